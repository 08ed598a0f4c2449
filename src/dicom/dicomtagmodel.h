#pragma once

#include <QAbstractItemModel>
#include <QString>

#include <memory>
#include <vector>

namespace nbia {

// Every element of a DICOM file, as a tree (sequence items under their sequence): tag, name,
// VR and value. The file meta information comes first. Long values are cut, binary ones said
// by their length, so that a file of any size shows at once.
class DicomTagModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { TagColumn, NameColumn, VrColumn, ValueColumn, ColumnCount };

    explicit DicomTagModel(QObject *parent = nullptr);
    ~DicomTagModel() override;

    // Shows the elements of `path`; false (and an empty model) with errorString() set when it
    // is not a readable DICOM file.
    bool load(const QString &path);
    void clear();
    [[nodiscard]] QString errorString() const { return m_error; }

    // The row of a top-level element, e.g. "(0010,0010)", or an invalid index.
    [[nodiscard]] QModelIndex findTag(const QString &tag) const;

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    struct Node {
        QString tag, name, vr, value;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

private:
    [[nodiscard]] const Node *nodeOf(const QModelIndex &index) const;

    Node m_root;
    QString m_error;
};

} // namespace nbia
