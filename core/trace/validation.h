#pragma once

#include "core/result.h"
#include "core/trace/trace.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace pt::trace {

// Test cases a publisher may put in a package's metadata.json so users can check a trace
// against known values. No published package has them yet (docs/UPSTREAM.md: the plan's
// `expected_pdf 0.18394` is illustrative), so the reader is tolerant: the first array of
// objects found under a key "validation", "test_cases", "tests" or "validation_cases" (at the
// top level or one object deeper, e.g. {"validation": {"test_cases": [...]}}) whose entries
// carry θ ("theta" | "params" | "parameters"), a time ("time" | "t") and an expected value
// ("expected_pdf" | "expected_cdf" | "expected" — the latter meaning the PDF), with an optional
// absolute "tolerance" | "tol" (default 1e-6).

struct ValidationCase
{
    int index = 0;
    std::vector<double> theta;
    double time = 0.0;
    bool cdf = false;
    double expected = 0.0;
    double tolerance = 1e-6;
    double actual = 0.0;
    bool passed = false;
    QString message; // why it failed (or could not be evaluated)
};

struct ValidationReport
{
    QString sourceKey; // where the cases were found, e.g. "validation.test_cases"
    std::vector<ValidationCase> cases;
    int passed() const;
    int failed() const;
};

// Finds and runs the cases. An error only when metadata.json is not a JSON object or has no
// recognisable cases; individual bad cases are reported as failed with a message.
Result<ValidationReport> runValidation(const Trace &trace, QByteArrayView metadataJson);
Result<ValidationReport> runValidation(const Trace &trace, const QJsonObject &metadata);

QJsonObject validationToJson(const ValidationReport &report);

} // namespace pt::trace
