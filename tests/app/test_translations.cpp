// SPDX-License-Identifier: MIT
// Every translation complete; switching the language retranslates the live window.
#include "app/chartwidget.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/marketpipeline.h"
#include "app/statuspanel.h"
#include "app/symbolsearch.h"
#include "app/tapemodel.h"
#include "app/theme.h"
#include "app/watchlistmodel.h"
#include "testfeed.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <qcustomplot.h>

using namespace perp;

namespace {

QStringList menuTitles(MainWindow& w)
{
    QStringList out;
    for (QAction* a : w.menuBar()->actions())
        out << a->text();
    return out;
}

QSet<QString> placeholders(const QString& s)
{
    QSet<QString> out;
    static const QRegularExpression re(QStringLiteral("%\\d"));
    for (auto it = re.globalMatch(s); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("code");
        for (const char* c : {"de", "es", "zh_CN"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void tsFilesAreComplete()
    {
        QFETCH(QString, code);
        QFile f(QStringLiteral(PERPSCOPE_SOURCE_DIR "/translations/perpscope_%1.ts").arg(code));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("TS"))
                QCOMPARE(xml.attributes().value(QStringLiteral("language")).toString(), code);
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                const QString text = xml.readElementText();
                ++messages;
                QVERIFY2(type != QLatin1String("unfinished") && type != QLatin1String("vanished")
                        && type != QLatin1String("obsolete"),
                    qPrintable(code + QStringLiteral(": ") + type + QStringLiteral(" for ") + source));
                QVERIFY2(
                    !text.trimmed().isEmpty(), qPrintable(code + QStringLiteral(": empty for ") + source));
                QVERIFY2(placeholders(text) == placeholders(source),
                    qPrintable(code + QStringLiteral(": placeholders differ for ") + source));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
    }

    void switchingLanguageRetranslatesTheWindow()
    {
        QTemporaryDir config;
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config.path());
        theme::applyDarkTheme(*qApp);
        MarketPipeline pipeline(std::make_unique<test::TestFeed>(std::vector<EventBatchPtr> {}, true));
        MainWindow w(&pipeline, ChartView {});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(menuTitles(w),
            QStringList({QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")}));
        QCOMPARE(w.tapeDock()->windowTitle(), QStringLiteral("Time & Sales"));

        struct Expect
        {
            const char* code;
            const char* file;
            const char* tape;
            const char* price;
            const char* symbol;
            const char* simulated;
        };
        for (const Expect& e :
            {Expect {"de", "&Datei", "Time & Sales", "Preis", "Symbol", "SIMULIERTE DATEN"},
                Expect {"es", "&Archivo", "Tiempo y ventas", "Precio", "Símbolo", "DATOS SIMULADOS"},
                Expect {"zh_CN", "文件(&F)", "逐笔成交", "价格", "交易对", "模拟数据"}}) {
            QAction* item = w.findChild<QAction*>(QStringLiteral("language_") + QLatin1String(e.code));
            QVERIFY(item);
            item->trigger();
            QCOMPARE(Language::current(), QString::fromLatin1(e.code));
            QTRY_COMPARE(menuTitles(w).value(0), QString::fromUtf8(e.file));
            QCOMPARE(w.tapeDock()->windowTitle(), QString::fromUtf8(e.tape));
            QCOMPARE(w.tapeModel()->headerData(TapeModel::PriceColumn, Qt::Horizontal).toString(),
                QString::fromUtf8(e.price));
            QCOMPARE(w.watchlistModel()->headerData(WatchlistModel::SymbolColumn, Qt::Horizontal).toString(),
                QString::fromUtf8(e.symbol));
            QVERIFY2(w.windowTitle().contains(QString::fromUtf8(e.simulated)), qPrintable(w.windowTitle()));
            QVERIFY(item->isChecked());
            QCOMPARE(
                w.settings()->value(QStringLiteral("appearance/language")).toString(), QLatin1String(e.code));
        }
        QVERIFY(w.statusPanel()->badgeText() == QStringLiteral("模拟数据"));
        // A screenshot in Chinese shows that CJK text renders.
        w.chart()->plot()->replot();
        QTest::qWait(50);
        QVERIFY(w.grab().save(QDir(qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath()))
                                  .filePath(QStringLiteral("workspace-zh_CN.png"))));

        QVERIFY(!w.setLanguage(QStringLiteral("xx")));
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier | Qt::AltModifier); // English
        QCOMPARE(Language::current(), QStringLiteral("en"));
        QTRY_COMPARE(menuTitles(w).value(0), QStringLiteral("&File"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("SIMULATED DATA")));

        // The choice survives a restart; a corrupt value falls back to English.
        w.setLanguage(QStringLiteral("de"));
        {
            MainWindow w2(&pipeline, ChartView {});
            w2.restoreSettings();
            QCOMPARE(Language::current(), QStringLiteral("de"));
            QCOMPARE(w2.watchlistDock()->windowTitle(), QStringLiteral("Watchlist"));
            w2.settings()->setValue(QStringLiteral("appearance/language"), QStringLiteral("\x01garbage"));
            w2.restoreSettings();
            QCOMPARE(Language::current(), QStringLiteral("en"));
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
