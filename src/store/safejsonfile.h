// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonDocument>
#include <QString>

#include <functional>

namespace perp::store {

// A JSON settings or rules file that survives crashes and corruption.
// save() writes atomically (QSaveFile: a crash leaves the old or the new file,
// never half of one) and keeps a copy of the last good content in <name>.bak.
// load() uses the file if it parses (and passes the validator); otherwise it moves
// the bad file aside to <name>.corrupt-<UTC time>, falls back to the last good
// copy (restoring it as the file), and explains what happened in `message`.
// An absent file is not an error (first start, or removed to reset): Source::None.
class SafeJsonFile
{
public:
    // Returns an empty string when the document is acceptable, else what is wrong.
    using Validator = std::function<QString(const QJsonDocument&)>;

    enum class Source { File, Backup, None };
    struct LoadResult
    {
        QJsonDocument document; // what to use (null when Source::None)
        Source source = Source::None;
        QString message; // empty when the file was fine or simply absent
        QString movedAsidePath; // where a corrupt file went
    };

    explicit SafeJsonFile(QString path, Validator validator = {});

    LoadResult load();
    bool save(const QJsonDocument& doc, QString* error = nullptr);

    const QString& path() const { return m_path; }
    QString backupPath() const { return m_path + QStringLiteral(".bak"); }

private:
    struct Parsed
    {
        QJsonDocument doc;
        QString error; // empty when fine
        bool exists = false;
    };
    Parsed parse(const QString& path) const;
    static bool writeAtomically(const QString& path, const QByteArray& data, QString* error);

    QString m_path;
    Validator m_validator;
};

} // namespace perp::store
