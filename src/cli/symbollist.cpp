// SPDX-License-Identifier: MIT
#include "symbollist.h"

#include <QStringList>

namespace perp::cli {

QString parseSymbolList(const QString& text, const char* kind, std::vector<SymbolId>& out)
{
    for (const QString& name : text.split(',', Qt::SkipEmptyParts)) {
        const auto id = findSymbol(name.trimmed().toUpper().toStdString());
        if (!id || *id >= kDefaultSymbolCount)
            return QStringLiteral("--symbols: '%1' is not one of the 21 %2 perps")
                .arg(name, QLatin1String(kind));
        out.push_back(*id);
    }
    return {};
}

} // namespace perp::cli
