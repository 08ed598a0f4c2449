#include "dicomtagmodel.h"

#include "dicomheader.h"

#include <QFile>
#include <QFileInfo>

#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvr.h>

namespace nbia {

namespace {

constexpr Uint32 ValueReadLimit = 4096; // larger elements (pixel data) are not read
constexpr int ShownValueLength = 200;

QString valueOf(DcmElement &element) {
    const DcmEVR vr = element.ident();
    const bool binary = vr == EVR_OB || vr == EVR_OW || vr == EVR_OF || vr == EVR_OD ||
                        vr == EVR_OL || vr == EVR_UN || vr == EVR_ox || vr == EVR_px ||
                        vr == EVR_pixelSQ;
    if (binary || element.getLength() > ValueReadLimit)
        return DicomTagModel::tr("(%1 bytes)").arg(element.getLength());
    OFString value;
    if (element.getOFStringArray(value).bad())
        return {};
    QString text = QString::fromUtf8(value.c_str());
    if (text.size() > ShownValueLength)
        text = text.left(ShownValueLength) + QStringLiteral("…");
    return text;
}

void addItem(DcmItem &item, DicomTagModel::Node &parent);

void addElement(DcmElement &element, DicomTagModel::Node &parent) {
    auto node = std::make_unique<DicomTagModel::Node>();
    DcmTag tag = element.getTag(); // getTagName() is not const
    node->tag = QStringLiteral("(%1,%2)")
                    .arg(tag.getGTag(), 4, 16, QLatin1Char('0'))
                    .arg(tag.getETag(), 4, 16, QLatin1Char('0'))
                    .toUpper();
    node->name = QString::fromLatin1(tag.getTagName());
    node->vr = QString::fromLatin1(DcmVR(element.ident()).getVRName());
    node->parent = &parent;
    node->row = int(parent.children.size());
    if (auto *sequence = dynamic_cast<DcmSequenceOfItems *>(&element);
        sequence && element.ident() == EVR_SQ) {
        node->value = DicomTagModel::tr("Items: %1").arg(sequence->card());
        for (unsigned long i = 0; i < sequence->card(); ++i) {
            auto itemNode = std::make_unique<DicomTagModel::Node>();
            itemNode->tag = QStringLiteral("(FFFE,E000)");
            itemNode->name = DicomTagModel::tr("Item %1").arg(i + 1);
            itemNode->parent = node.get();
            itemNode->row = int(node->children.size());
            addItem(*sequence->getItem(i), *itemNode);
            node->children.push_back(std::move(itemNode));
        }
    } else {
        node->value = valueOf(element);
    }
    parent.children.push_back(std::move(node));
}

void addItem(DcmItem &item, DicomTagModel::Node &parent) {
    for (unsigned long i = 0; i < item.card(); ++i)
        addElement(*item.getElement(i), parent);
}

} // namespace

DicomTagModel::DicomTagModel(QObject *parent)
    : QAbstractItemModel(parent) {}

DicomTagModel::~DicomTagModel() = default;

bool DicomTagModel::load(const QString &path) {
    beginResetModel();
    m_root.children.clear();
    m_error.clear();
    DcmFileFormat file;
    const OFCondition status = DicomHeader::isPart10(path)
                                   ? file.loadFile(QFile::encodeName(path).constData(), EXS_Unknown,
                                                   EGL_noChange, ValueReadLimit)
                                   : OFCondition(EC_InvalidStream);
    if (status.bad()) {
        m_error = tr("%1 cannot be read as DICOM: %2")
                      .arg(QFileInfo(path).fileName(), QString::fromLatin1(status.text()));
    }
    // A file damaged after its start still shows the elements before the damage.
    if (status != EC_InvalidStream) {
        addItem(*file.getMetaInfo(), m_root);
        addItem(*file.getDataset(), m_root);
    }
    endResetModel();
    return m_error.isEmpty();
}

void DicomTagModel::clear() {
    beginResetModel();
    m_root.children.clear();
    m_error.clear();
    endResetModel();
}

QModelIndex DicomTagModel::findTag(const QString &tag) const {
    for (const auto &node : m_root.children) {
        if (node->tag.compare(tag, Qt::CaseInsensitive) == 0)
            return createIndex(node->row, 0, node.get());
    }
    return {};
}

const DicomTagModel::Node *DicomTagModel::nodeOf(const QModelIndex &index) const {
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : &m_root;
}

QModelIndex DicomTagModel::index(int row, int column, const QModelIndex &parent) const {
    const Node *node = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex DicomTagModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return {};
    const Node *parentNode = nodeOf(child)->parent;
    if (!parentNode || parentNode == &m_root)
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int DicomTagModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int DicomTagModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant DicomTagModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Node *node = nodeOf(index);
    switch (index.column()) {
    case TagColumn:
        return node->tag;
    case NameColumn:
        return node->name;
    case VrColumn:
        return node->vr;
    case ValueColumn:
        return node->value;
    default:
        return {};
    }
}

QVariant DicomTagModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case NameColumn:
        return tr("Name");
    case VrColumn:
        return tr("VR");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace nbia
