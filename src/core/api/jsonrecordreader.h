#pragma once

#include "jsonrowscanner.h"
#include "recordparser.h"

#include <QList>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nbia {

// Reads a JSON array of objects straight into records, several times quicker than
// RecordParser::records, with exactly its result. Whatever it could read differently (bytes
// simdjson refuses, a row that is not an object, a key twice in a row, two spellings of one
// field, an unknown key that is not ASCII) it leaves to RecordParser by returning nothing.
template<class Record>
class JsonRecordReader final : private JsonRowScanner::Visitor {
public:
    static std::optional<QList<Record>> read(const QByteArray &array) {
        JsonRecordReader reader;
        if (!JsonRowScanner::scan(array, reader))
            return std::nullopt;
        return std::move(reader.m_records);
    }

private:
    struct Field {
        RecordField<Record> field;
        int slot = 0; // the same for every spelling of one member
    };
    // The previous row's string in a field: the next row often repeats it.
    struct LastText {
        std::string bytes;
        QString text;
    };

    JsonRecordReader() = default;

    // Every spelling of the record's keys, in UTF-8.
    static const std::map<std::string, Field, std::less<>> &fields() {
        static const std::map<std::string, Field, std::less<>> index = [] {
            std::map<std::string, Field, std::less<>> keys;
            QList<typename RecordField<Record>::Member> members;
            for (auto it = RecordParser::keyIndex<Record>().cbegin();
                 it != RecordParser::keyIndex<Record>().cend(); ++it) {
                qsizetype slot = members.indexOf(it->member);
                if (slot < 0) {
                    slot = members.size();
                    members.append(it->member);
                }
                keys.emplace(it.key().toStdString(), Field{*it, int(slot)});
            }
            Q_ASSERT(members.size() <= 64); // one bit each in a row's mask
            return keys;
        }();
        return index;
    }

    void begin(qsizetype rows) override { m_records.reserve(rows); }

    void beginRow() override {
        m_record = Record();
        m_assigned = 0;
        m_members = 0;
        m_extra.clear();
    }

    bool member(const JsonRowScanner::Member &member) override {
        const Field *field = lookUp(member.key, m_members++);
        if (!field)
            return keepExtra(member);
        const quint64 bit = quint64(1) << field->slot;
        if (m_assigned & bit)
            return false;
        m_assigned |= bit;
        const bool read =
            member.isString
                ? RecordParser::assignText(m_record, field->field, textOf(member.text, field->slot))
                : RecordParser::assign(m_record, field->field, member.value);
        return read || keepExtra(member);
    }

    bool endRow() override {
        if (m_members == 0)
            return true; // a `{}` row says nothing
        if (!m_extra.isEmpty()) {
            // QJsonObject orders its keys: the extras come in that order, a key once.
            std::sort(m_extra.begin(), m_extra.end(),
                      [](const auto &a, const auto &b) { return a.first < b.first; });
            for (qsizetype i = 1; i < m_extra.size(); ++i) {
                if (m_extra[i - 1].first == m_extra[i].first)
                    return false;
            }
            m_record.extra = m_extra;
        }
        m_records.append(std::move(m_record));
        return true;
    }

    // The field a key names, or null; the keys of the rows before stand in for a lookup.
    const Field *lookUp(std::string_view key, qsizetype position) {
        if (position < qsizetype(m_lastKeys.size()) && m_lastKeys[position].first == key)
            return m_lastKeys[position].second;
        const auto found = fields().find(key);
        const Field *field = found == fields().end() ? nullptr : &found->second;
        if (position < qsizetype(m_lastKeys.size()))
            m_lastKeys[position] = {std::string(key), field};
        else
            m_lastKeys.emplace_back(std::string(key), field);
        return field;
    }

    QString textOf(std::string_view bytes, int slot) {
        if (slot >= qsizetype(m_lastText.size()))
            m_lastText.resize(slot + 1);
        LastText &last = m_lastText[slot];
        if (last.bytes != bytes) {
            last.bytes = bytes;
            last.text =
                RecordParser::shared(QString::fromUtf8(bytes.data(), qsizetype(bytes.size())));
        }
        return last.text;
    }

    bool keepExtra(const JsonRowScanner::Member &member) {
        const bool ascii = std::all_of(member.key.cbegin(), member.key.cend(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (!ascii)
            return false; // Qt orders such keys by UTF-16; leave that to it
        m_extra.append({QString::fromLatin1(member.key.data(), qsizetype(member.key.size())),
                        member.isString ? QJsonValue(QString::fromUtf8(
                                              member.text.data(), qsizetype(member.text.size())))
                                        : member.value});
        return true;
    }

    QList<Record> m_records;
    Record m_record;
    quint64 m_assigned = 0;
    qsizetype m_members = 0;
    ExtraFields m_extra;
    std::vector<std::pair<std::string, const Field *>> m_lastKeys;
    std::vector<LastText> m_lastText;
};

} // namespace nbia
