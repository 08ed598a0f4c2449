#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace nbia::emulator {

// The Java type of a result column: decides its JSON representation and its XML type name.
enum class JavaType { String, Integer, Long, Double, Boolean, Timestamp };

struct ResultColumn {
    QString name;
    JavaType type = JavaType::String;
};

// An endpoint's result before formatting: columns in the server's order, rows of values where
// a null QVariant is a SQL NULL (left out of JSON, empty in CSV).
struct ResultTable {
    QList<ResultColumn> columns;
    QList<QList<QVariant>> rows;
};

} // namespace nbia::emulator
