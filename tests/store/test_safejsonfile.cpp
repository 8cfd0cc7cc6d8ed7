// SPDX-License-Identifier: MIT
#include "store/safejsonfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace perp::store;

namespace {

void writeRaw(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QJsonDocument doc(int v)
{
    return QJsonDocument(
        QJsonObject {{QStringLiteral("version"), v}, {QStringLiteral("rules"), QJsonArray {1, 2}}});
}

} // namespace

class TestSafeJsonFile : public QObject
{
    Q_OBJECT
private slots:
    void absentFileIsNotAnError()
    {
        QTemporaryDir tmp;
        SafeJsonFile f(tmp.filePath(QStringLiteral("settings.json")));
        const auto r = f.load();
        QCOMPARE(r.source, SafeJsonFile::Source::None);
        QVERIFY(r.message.isEmpty());
        QVERIFY(r.document.isNull());
    }

    void saveThenLoad()
    {
        QTemporaryDir tmp;
        SafeJsonFile f(tmp.filePath(QStringLiteral("settings.json")));
        QString error;
        QVERIFY2(f.save(doc(1), &error), qPrintable(error));
        QVERIFY(QFile::exists(f.backupPath()));
        const auto r = f.load();
        QCOMPARE(r.source, SafeJsonFile::Source::File);
        QCOMPARE(r.document, doc(1));
        QVERIFY(r.message.isEmpty());
    }

    void corruptFileFallsBackToLastGood()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("rules.json"));
        SafeJsonFile f(path);
        QVERIFY(f.save(doc(7)));
        writeRaw(path, "{\n  \"version\": 8,\n  \"rules\": [1, 2\n");
        const auto r = f.load();
        QCOMPARE(r.source, SafeJsonFile::Source::Backup);
        QCOMPARE(r.document, doc(7));
        QVERIFY2(r.message.contains(path), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("parse error at offset 35 (line 4, column 1)")),
            qPrintable(r.message));
        QVERIFY2(r.message.contains(f.backupPath()), qPrintable(r.message));
        // The bad file is kept aside, the good copy is back in place.
        QVERIFY(r.movedAsidePath.startsWith(path + QStringLiteral(".corrupt-")));
        QFile aside(r.movedAsidePath);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QVERIFY(aside.readAll().contains("\"version\": 8"));
        const auto again = f.load();
        QCOMPARE(again.source, SafeJsonFile::Source::File);
        QCOMPARE(again.document, doc(7));
        QVERIFY(again.message.isEmpty());
    }

    void corruptWithoutBackupStartsEmpty()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("settings.json"));
        writeRaw(path, "not json");
        SafeJsonFile f(path);
        const auto r = f.load();
        QCOMPARE(r.source, SafeJsonFile::Source::None);
        QVERIFY(r.document.isNull());
        QVERIFY2(r.message.contains(QStringLiteral("offset 1 (line 1, column 2)"))
                && r.message.contains(QStringLiteral("no last good")),
            qPrintable(r.message));
        QVERIFY(!QFile::exists(path));
    }

    void validatorRejectsAndHandEditsBecomeLastGood()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("settings.json"));
        SafeJsonFile f(path, [](const QJsonDocument& d) {
            return d.isObject() && d.object().contains(QStringLiteral("version"))
                ? QString()
                : QStringLiteral("missing \"version\"");
        });
        QVERIFY(f.save(doc(1)));
        writeRaw(
            path, QJsonDocument(QJsonObject {{QStringLiteral("version"), 2}}).toJson()); // valid hand edit
        QCOMPARE(f.load().source, SafeJsonFile::Source::File);
        writeRaw(path, "[1, 2, 3]"); // parses but is not acceptable
        const auto r = f.load();
        QCOMPARE(r.source, SafeJsonFile::Source::Backup);
        QCOMPARE(r.document.object().value(QStringLiteral("version")).toInt(), 2);
        QVERIFY2(r.message.contains(QStringLiteral("missing \"version\"")), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestSafeJsonFile)
#include "test_safejsonfile.moc"
