// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

class QTranslator;

namespace perp {

struct LanguageInfo
{
    QString code; // "en", "de", "es", "zh_CN"
    QString nativeName; // shown in the menu in its own language
};

// The languages of the app and the one translator installed. English is the source
// language; the others are embedded .qm resources under :/i18n.
class Language
{
public:
    static QList<LanguageInfo> available();
    // Installs the translator of `code` (removing the previous one); Qt then sends every
    // widget a LanguageChange event. False for an unknown code or a missing .qm.
    static bool set(const QString& code);
    static QString current();
};

} // namespace perp
