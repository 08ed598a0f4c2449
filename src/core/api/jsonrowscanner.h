#pragma once

#include <QByteArray>
#include <QJsonValue>

#include <string_view>

namespace nbia {

// Walks a JSON array of objects (simdjson) and hands each row's members to a visitor, with the
// values as Qt's own parser would make them, but without building a document first: a string
// stays UTF-8 for the visitor to convert once, into what it keeps.
class JsonRowScanner final {
public:
    // Bytes the scanner may read past the end of the array: with this much spare capacity
    // behind its bytes, the array is read in place instead of being copied first.
    static constexpr qsizetype padding = 64;

    struct Member {
        std::string_view key; // UTF-8, unescaped
        bool isString = false;
        std::string_view text; // a string value: UTF-8, unescaped
        QJsonValue value;      // any other value: a number, a boolean, null, an array, an object
    };

    class Visitor {
    public:
        virtual ~Visitor() = default;
        Visitor() = default;
        Visitor(const Visitor &) = delete;
        Visitor &operator=(const Visitor &) = delete;

        // Before the first row: how many rows the array holds.
        virtual void begin(qsizetype rows) = 0;
        virtual void beginRow() = 0;
        // False stops the scan: the row is one the visitor cannot read faithfully.
        virtual bool member(const Member &member) = 0;
        virtual bool endRow() = 0;
    };

    // False when the bytes are not a JSON array whose rows are all objects, or when the visitor
    // stopped; the rows visited before then are not taken back.
    static bool scan(const QByteArray &array, Visitor &visitor);
};

} // namespace nbia
