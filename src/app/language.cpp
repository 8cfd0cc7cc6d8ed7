// SPDX-License-Identifier: MIT
#include "language.h"

#include <QCoreApplication>
#include <QTranslator>
#include <memory>

namespace perp {

namespace {
std::unique_ptr<QTranslator> g_translator;
QString g_current = QStringLiteral("en");
} // namespace

QList<LanguageInfo> Language::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")}, {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

bool Language::set(const QString& code)
{
    bool known = false;
    for (const LanguageInfo& l : available())
        known = known || l.code == code;
    if (!known)
        return false;
    std::unique_ptr<QTranslator> next;
    if (code != QLatin1String("en")) {
        next = std::make_unique<QTranslator>();
        if (!next->load(QStringLiteral(":/i18n/perpscope_%1.qm").arg(code)))
            return false;
    }
    if (g_translator)
        QCoreApplication::removeTranslator(g_translator.get());
    g_translator = std::move(next);
    if (g_translator)
        QCoreApplication::installTranslator(g_translator.get()); // both post LanguageChange
    g_current = code;
    return true;
}

QString Language::current()
{
    return g_current;
}

} // namespace perp
