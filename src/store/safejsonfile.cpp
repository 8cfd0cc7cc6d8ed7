// SPDX-License-Identifier: MIT
#include "safejsonfile.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

namespace perp::store {

namespace {

// "offset 57 (line 3, column 12)" for a byte offset into `data`.
QString describeOffset(const QByteArray& data, qsizetype offset)
{
    qsizetype line = 1, column = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("offset %1 (line %2, column %3)").arg(offset).arg(line).arg(column);
}

} // namespace

SafeJsonFile::SafeJsonFile(QString path, Validator validator)
    : m_path(std::move(path))
    , m_validator(std::move(validator))
{ }

SafeJsonFile::Parsed SafeJsonFile::parse(const QString& path) const
{
    Parsed p;
    QFile f(path);
    if (!f.exists())
        return p;
    p.exists = true;
    if (!f.open(QIODevice::ReadOnly)) {
        p.error = QStringLiteral("cannot be read: %1").arg(f.errorString());
        return p;
    }
    const QByteArray data = f.readAll();
    QJsonParseError err;
    p.doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError) {
        p.error = QStringLiteral("parse error at %1: %2")
                      .arg(describeOffset(data, err.offset), err.errorString());
        p.doc = {};
        return p;
    }
    if (m_validator) {
        p.error = m_validator(p.doc);
        if (!p.error.isEmpty())
            p.doc = {};
    }
    return p;
}

bool SafeJsonFile::writeAtomically(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        if (error)
            *error = QStringLiteral("cannot write '%1': %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool SafeJsonFile::save(const QJsonDocument& doc, QString* error)
{
    const QByteArray data = doc.toJson(QJsonDocument::Indented);
    return writeAtomically(m_path, data, error) && writeAtomically(backupPath(), data, error);
}

SafeJsonFile::LoadResult SafeJsonFile::load()
{
    LoadResult r;
    const Parsed main = parse(m_path);
    if (main.exists && main.error.isEmpty()) {
        r.document = main.doc;
        r.source = Source::File;
        const Parsed backup = parse(backupPath());
        if (!backup.exists || backup.doc != main.doc) // the file is good: it becomes the last good copy
            writeAtomically(backupPath(), main.doc.toJson(QJsonDocument::Indented), nullptr);
        return r;
    }
    if (!main.exists) // absent (first start, or removed to reset): nothing to recover
        return r;
    QString what;
    {
        const QString aside = m_path + QStringLiteral(".corrupt-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QFile::remove(aside);
        if (QFile::rename(m_path, aside)) {
            r.movedAsidePath = aside;
            what = QStringLiteral("File '%1' is corrupt (%2); it was moved aside to '%3'.")
                       .arg(m_path, main.error, aside);
        } else {
            what = QStringLiteral("File '%1' is corrupt (%2) and could not be moved aside.")
                       .arg(m_path, main.error);
        }
    }
    const Parsed backup = parse(backupPath());
    if (backup.exists && backup.error.isEmpty()) {
        r.document = backup.doc;
        r.source = Source::Backup;
        QString restoreError;
        const bool restored
            = writeAtomically(m_path, backup.doc.toJson(QJsonDocument::Indented), &restoreError);
        r.message = what
            + QStringLiteral(" Using the last good copy '%1'%2.")
                  .arg(backupPath(),
                      restored ? QStringLiteral(", restored in its place")
                               : QStringLiteral(" (") + restoreError + u')');
        return r;
    }
    r.message = what
        + (backup.exists ? QStringLiteral(" The last good copy '%1' is unusable too (%2); starting empty.")
                               .arg(backupPath(), backup.error)
                         : QStringLiteral(" There is no last good copy; starting empty."));
    return r;
}

} // namespace perp::store
