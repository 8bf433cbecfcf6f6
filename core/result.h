#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pt {

// What went wrong, said so that a person can act on it: the thing, the place, the next step.
// `code` lets callers branch (and the CLI choose an exit code) without parsing the text.
struct Error
{
    enum Code {
        Generic = 1,
        InvalidInput, // bytes or text from outside that do not parse or validate
        NotFound,     // an id, file, block or CID that is not there
        Unsupported,  // valid but beyond what we implement (a hash we cannot verify, ...)
        VerifyFailed, // content that does not match its CID or checksum
        Io,           // the file system said no
        Network,      // a transport failure (refused, reset, timeout)
        Cancelled,
    };

    Code code = Generic;
    QString message;

    Error() = default;
    Error(Code c, QString msg) : code(c), message(std::move(msg)) {}
    explicit Error(QString msg) : message(std::move(msg)) {}

    // Prepends context ("registry.json: ") while keeping the code.
    [[nodiscard]] Error wrapped(const QString &context) const;
};

// A value or an Error. GCC 12 has no std::expected; this is the small part of it we need.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    // On success an empty Error: so `QVERIFY2(r.ok(), qPrintable(r.error().message))`, which
    // evaluates the message either way, is safe.
    const Error &error() const
    {
        static const Error none(Error::Generic, QString());
        return ok() ? none : std::get<1>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

// Success without a value.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        static const Error none(Error::Generic, QString());
        return m_error ? *m_error : none;
    }

private:
    std::optional<Error> m_error;
};

} // namespace pt
