#pragma once

#include "apierror.h"

#include <utility>

namespace nbia {

// The outcome of one API call: a value, or an error (never both).
template<class T>
class ApiResult final {
public:
    ApiResult(T value)
        : m_value(std::move(value)) {}
    ApiResult(ApiError error)
        : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_error.isError(); }
    [[nodiscard]] const T &value() const { return m_value; }
    [[nodiscard]] T &value() { return m_value; }
    [[nodiscard]] const ApiError &error() const { return m_error; }

private:
    T m_value{};
    ApiError m_error;
};

} // namespace nbia
