#include "core/trace/validation.h"

#include "core/trace/evaluate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace pt::trace {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::trace)
};

const QStringList &caseKeys()
{
    static const QStringList keys{QStringLiteral("validation"), QStringLiteral("test_cases"),
                                  QStringLiteral("tests"), QStringLiteral("validation_cases")};
    return keys;
}

bool looksLikeCase(const QJsonValue &v)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    const bool hasTime = o.contains(QStringLiteral("time")) || o.contains(QStringLiteral("t"));
    const bool hasExpected = o.contains(QStringLiteral("expected_pdf")) ||
                             o.contains(QStringLiteral("expected_cdf")) ||
                             o.contains(QStringLiteral("expected"));
    return hasTime && hasExpected;
}

bool isCaseArray(const QJsonValue &v)
{
    if (!v.isArray() || v.toArray().isEmpty())
        return false;
    const QJsonArray a = v.toArray();
    return std::any_of(a.begin(), a.end(), [](const QJsonValue &x) { return looksLikeCase(x); });
}

// Breadth-first over at most two object levels under the known keys.
bool findCases(const QJsonObject &root, QJsonArray *out, QString *where)
{
    for (const QString &k : caseKeys()) {
        const QJsonValue v = root.value(k);
        if (isCaseArray(v)) {
            *out = v.toArray();
            *where = k;
            return true;
        }
    }
    for (const QString &k : caseKeys()) {
        const QJsonValue v = root.value(k);
        if (!v.isObject())
            continue;
        const QJsonObject inner = v.toObject();
        for (const QString &k2 : caseKeys()) {
            if (isCaseArray(inner.value(k2))) {
                *out = inner.value(k2).toArray();
                *where = k + QLatin1Char('.') + k2;
                return true;
            }
        }
        // {"validation": {"cases": [...]}} and similar: any case array one level down.
        for (auto it = inner.begin(); it != inner.end(); ++it) {
            if (isCaseArray(it.value())) {
                *out = it.value().toArray();
                *where = k + QLatin1Char('.') + it.key();
                return true;
            }
        }
    }
    return false;
}

bool readDouble(const QJsonValue &v, double *out)
{
    if (v.isDouble() && std::isfinite(v.toDouble())) {
        *out = v.toDouble();
        return true;
    }
    if (v.isString()) { // some writers quote numbers
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok && std::isfinite(d)) {
            *out = d;
            return true;
        }
    }
    return false;
}

} // namespace

int ValidationReport::passed() const
{
    return int(std::count_if(cases.begin(), cases.end(),
                             [](const ValidationCase &c) { return c.passed; }));
}

int ValidationReport::failed() const
{
    return int(cases.size()) - passed();
}

Result<ValidationReport> runValidation(const Trace &trace, QByteArrayView metadataJson)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(metadataJson.data(), metadataJson.size()), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error(Error::InvalidInput, Msg::tr("metadata.json is not valid JSON at byte "
                                                  "%1: %2")
                                              .arg(pe.offset)
                                              .arg(pe.errorString()));
    if (!doc.isObject())
        return Error(Error::InvalidInput, Msg::tr("metadata.json must be a JSON object"));
    return runValidation(trace, doc.object());
}

Result<ValidationReport> runValidation(const Trace &trace, const QJsonObject &metadata)
{
    QJsonArray cases;
    ValidationReport report;
    if (!findCases(metadata, &cases, &report.sourceKey))
        return Error(Error::NotFound,
                     Msg::tr("metadata.json has no validation cases (looked for an array of "
                             "objects with time and expected_pdf under \"validation\" or "
                             "\"test_cases\")"));
    for (qsizetype i = 0; i < cases.size(); ++i) {
        ValidationCase c;
        c.index = int(i);
        const QJsonObject o = cases.at(i).toObject();
        auto failCase = [&](const QString &msg) {
            c.passed = false;
            c.message = msg;
            report.cases.push_back(c);
        };
        if (!cases.at(i).isObject()) {
            failCase(Msg::tr("case %1 is not an object").arg(i));
            continue;
        }
        QJsonValue th = o.value(QStringLiteral("theta"));
        if (th.isUndefined())
            th = o.value(QStringLiteral("params"));
        if (th.isUndefined())
            th = o.value(QStringLiteral("parameters"));
        bool thetaOk = true;
        if (th.isArray()) {
            for (const QJsonValue &x : th.toArray()) {
                double d = 0;
                thetaOk = thetaOk && readDouble(x, &d);
                c.theta.push_back(d);
            }
        } else {
            double d = 0;
            thetaOk = readDouble(th, &d);
            c.theta.push_back(d);
        }
        if (!thetaOk) {
            failCase(Msg::tr("case %1: theta is missing or not a number / array of "
                             "numbers")
                         .arg(i));
            continue;
        }
        const QJsonValue tv = o.contains(QStringLiteral("time")) ? o.value(QStringLiteral("time"))
                                                                 : o.value(QStringLiteral("t"));
        if (!readDouble(tv, &c.time) || c.time < 0) {
            failCase(Msg::tr("case %1: time is missing, not a number or negative").arg(i));
            continue;
        }
        QJsonValue ev = o.value(QStringLiteral("expected_pdf"));
        if (ev.isUndefined() && o.contains(QStringLiteral("expected_cdf"))) {
            ev = o.value(QStringLiteral("expected_cdf"));
            c.cdf = true;
        }
        if (ev.isUndefined())
            ev = o.value(QStringLiteral("expected"));
        if (!readDouble(ev, &c.expected)) {
            failCase(Msg::tr("case %1: the expected value is missing or not a number").arg(i));
            continue;
        }
        const QJsonValue tol = o.contains(QStringLiteral("tolerance"))
                                   ? o.value(QStringLiteral("tolerance"))
                                   : o.value(QStringLiteral("tol"));
        if (!tol.isUndefined() && !tol.isNull()) {
            if (!readDouble(tol, &c.tolerance) || c.tolerance < 0) {
                failCase(Msg::tr("case %1: tolerance is not a number ≥ 0").arg(i));
                continue;
            }
        }
        auto values = evaluate(trace, c.theta, {c.time}, c.cdf ? Quantity::Cdf : Quantity::Pdf);
        if (!values) {
            failCase(Msg::tr("case %1: %2").arg(i).arg(values.error().message));
            continue;
        }
        c.actual = values->front();
        c.passed = std::fabs(c.actual - c.expected) <= c.tolerance;
        if (!c.passed)
            c.message = Msg::tr("case %1: %2(%3) = %4, expected %5 ± %6")
                            .arg(i)
                            .arg(c.cdf ? QStringLiteral("F") : QStringLiteral("f"))
                            .arg(c.time)
                            .arg(QString::number(c.actual, 'g', 12))
                            .arg(QString::number(c.expected, 'g', 12))
                            .arg(c.tolerance);
        report.cases.push_back(c);
    }
    return report;
}

QJsonObject validationToJson(const ValidationReport &r)
{
    QJsonArray cases;
    for (const ValidationCase &c : r.cases) {
        QJsonArray theta;
        for (double x : c.theta)
            theta.append(x);
        QJsonObject o{
            {QStringLiteral("index"), c.index},
            {QStringLiteral("theta"), theta},
            {QStringLiteral("time"), c.time},
            {QStringLiteral("quantity"), c.cdf ? QStringLiteral("cdf") : QStringLiteral("pdf")},
            {QStringLiteral("expected"), c.expected},
            {QStringLiteral("actual"), c.actual},
            {QStringLiteral("tolerance"), c.tolerance},
            {QStringLiteral("passed"), c.passed}};
        if (!c.message.isEmpty())
            o.insert(QStringLiteral("message"), c.message);
        cases.append(o);
    }
    return QJsonObject{{QStringLiteral("source"), r.sourceKey},
                       {QStringLiteral("passed"), r.passed()},
                       {QStringLiteral("failed"), r.failed()},
                       {QStringLiteral("cases"), cases}};
}

} // namespace pt::trace
