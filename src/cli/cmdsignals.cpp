// SPDX-License-Identifier: MIT
// perpscope-cli signals [--json]: the catalog of signal cards.
#include "command.h"
#include "engine/signals/jsonwriter.h"
#include "engine/signals/signalengine.h"

#include <QTextStream>

namespace {

using namespace perp::sig;

void writeCard(JsonWriter& w, const CardInfo& c)
{
    w.beginObject();
    w.key("id").value(c.id);
    w.key("category").value(categoryName(c.category));
    w.key("category_key").value(categoryKey(c.category));
    w.key("name").value(c.name);
    w.key("description").value(c.measures + " " + c.reading);
    w.key("measures").value(c.measures);
    w.key("how_to_read").value(c.reading);
    w.key("formula").value(c.formula);
    w.key("inputs").beginArray();
    for (std::uint32_t rest = c.inputs; rest != 0; rest &= rest - 1)
        w.value(inputName(rest & (~rest + 1)));
    w.endArray();
    w.key("lookback_bars").value(c.bars);
    w.endObject();
}

void writeModes(JsonWriter& w)
{
    w.key("modes").beginArray();
    for (auto m : kAllModes) {
        const auto& p = modeParams(m);
        w.beginObject();
        w.key("mode").value(modeName(m));
        w.key("composite_cycle_s").value(static_cast<long long>(p.cycleMs / 1000));
        w.key("horizon_s").value(static_cast<long long>(p.horizonMs / 1000));
        w.key("primary_frame").value(frameName(p.primary));
        w.key("normalization_lookback_s").value(static_cast<long long>(p.normLookbackMs / 1000));
        w.endObject();
    }
    w.endArray();
}

int runSignals(const QStringList& args)
{
    QTextStream out(stdout);
    if (args.contains("--help") || args.contains("-h")) {
        out << "Usage: " << args[0]
            << " [--json]\n\nLists every signal card: id, category, name, description, "
               "formula and inputs.\n";
        return 0;
    }
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] != "--json") {
            QTextStream(stderr) << args[0] << ": unknown option '" << args[i] << "'\n";
            return 2;
        }
    }
    const CardList cards = builtinCards();
    if (args.contains("--json")) {
        JsonWriter w;
        w.beginObject();
        w.key("count").value(static_cast<long long>(cards.size()));
        w.key("categories").value(static_cast<long long>(kCategoryCount));
        w.key("normalization")
            .value("z = raw / rolling standard deviation of raw over the mode's lookback; "
                   "direction = sign(z) outside a dead band of |z| < 0.5; strength = "
                   "clamp((|z| - 0.5) / 2.5, 0, 1); confidence = agreement of the 1m/5m/1h "
                   "frames x data quality");
        w.key("composite")
            .value("bias = 100 x sum(direction x strength x confidence x weight) / sum(weight)");
        w.key("size_formula").value(kSizeFormula);
        writeModes(w);
        w.key("cards").beginArray();
        for (const auto& c : cards)
            writeCard(w, c->info());
        w.endArray();
        w.endObject();
        out << QString::fromStdString(w.str()) << "\n";
        return 0;
    }
    for (const auto& c : cards) {
        const auto& i = c->info();
        out << QString::fromStdString(i.id).leftJustified(28)
            << QString::fromUtf8(
                   categoryName(i.category).data(), static_cast<int>(categoryName(i.category).size()))
                   .leftJustified(26)
            << QString::fromStdString(i.name) << "\n";
    }
    out << cards.size() << " cards in " << kCategoryCount << " categories\n";
    return 0;
}

} // namespace

PERP_CLI_COMMAND("signals", "List the signal cards (--json for descriptions and formulas)", runSignals)
