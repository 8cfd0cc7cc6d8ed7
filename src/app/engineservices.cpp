// SPDX-License-Identifier: MIT
#include "engineservices.h"

#include "engine/alerts/liqinput.h"
#include "engine/alerts/signalinput.h"
#include "engine/alerts/zoneinput.h"
#include "store/alertrulesjson.h"
#include "store/alertstore.h"
#include "store/blobstore.h"
#include "store/learnerstate.h"
#include "store/storewriter.h"
#include "store/tiertable.h"
#include "store/zonestore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace perp {

EngineServices::EngineServices(QObject* parent)
    : QObject(parent)
{
    registerAlertTypes();
}

EngineServices::~EngineServices() = default;

void EngineServices::start(Engine& engine)
{
    if (!m_options.history)
        return;
    store::HistorySession::Options o;
    o.dataDir = m_options.dataDir;
    QString error;
    if (!m_history.open(o, &error)) {
        emit historyStatus(tr("History is not kept: %1").arg(error), true);
        return;
    }
    connect(m_history.writer(), &store::StoreWriter::failed, this, [this](const QString& e) {
        emit historyStatus(tr("History write failed (kept and retried): %1").arg(e), true);
    });
    QElapsedTimer timer;
    timer.start();
    const std::size_t seeded = m_history.seedEngine(engine, m_options.seedPerSeries);
    restoreZones(engine);
    const store::PruneResult& pruned = m_history.openPrune();
    QString text = tr("History: %1 stored candles loaded in %2 ms from %3")
                       .arg(seeded)
                       .arg(timer.elapsed())
                       .arg(m_history.dataDir());
    qint64 removed = 0;
    for (const auto& [name, rows] : pruned.deleted)
        removed += rows;
    if (removed > 0)
        text += tr("; retention removed %1 old rows").arg(removed);
    bool learnerFailed = false;
    text += restoreLearner(engine, &learnerFailed);
    // A damaged file that was moved aside stays on the status line (with what happened next).
    const QString& recovery = m_history.recoveryMessage();
    emit historyStatus(recovery.isEmpty() ? text : recovery + QStringLiteral(" ") + text,
        !recovery.isEmpty() || learnerFailed);
    loadUserTiers(engine);

    store::AlertStore alertStore(m_history.database());
    const store::RulesParseResult rules = store::rulesFromStore(alertStore.rules());
    if (!rules.ok()) {
        emit historyStatus(tr("Stored alert rules not loaded: %1").arg(rules.error), true);
        return;
    }
    m_evaluator.setRules(rules.rules);
    loadSpent();
    emit rulesLoaded(rules.rules);
    requestHistory(200);
}

void EngineServices::loadUserTiers(Engine& engine)
{
    const QString path = QDir(m_history.dataDir()).filePath(QString::fromLatin1(store::kTierTableFile));
    if (!QFileInfo::exists(path))
        return;
    QString error;
    const auto table = store::loadTierTable(path, error);
    if (!table) {
        emit historyStatus(tr("Margin tiers file not used: %1").arg(error), true);
        return;
    }
    for (const auto& [id, tiers] : *table) {
        engine.setMarginTiers(id, tiers);
        m_userTiers.insert(id);
    }
    emit historyStatus(tr("Margin tiers of %1 symbols from %2").arg(table->size()).arg(path), false);
}

void EngineServices::afterFill(SymbolId symbol, TimeMs from)
{
    if (!m_stopped && m_history.isOpen())
        m_history.recorder().noteFilled(symbol, from);
}

void EngineServices::afterBatch(const EventBatch& batch, const Engine& engine)
{
    if (m_stopped)
        return;
    m_history.afterBatch(batch, engine);
    if (batch.history)
        return; // REST history on start: stored, but it is not news for bias or alerts
    recordBias(engine);
    saveZones(engine);
    if (m_history.isOpen() && m_learnerClock.isValid()
        && m_learnerClock.elapsed() >= m_options.learnerSaveIntervalMs)
        saveLearner(engine);
    if (m_evaluator.rules().empty())
        return; // nothing to evaluate: no input is built (a rule added later starts fresh)
    m_collector.observe(batch);
    evaluate(engine);
}

// Bias history: one row per symbol each time a mode's composite runs (scalp 30 s, day 60 s, swing
// 300 s of engine time); category scores with the swing composite.
void EngineServices::recordBias(const Engine& engine)
{
    if (!m_history.isOpen())
        return;
    const sig::SignalEngine& sigEngine = engine.signalEngine();
    for (sig::Mode m : sig::kAllModes) {
        const TimeMs cycle = sig::modeParams(m).cycleMs;
        const TimeMs start = cycle > 0 ? sigEngine.lastCycle() / cycle * cycle : sigEngine.lastCycle();
        auto& recorded = m_biasRecorded[static_cast<std::size_t>(m)];
        if (start <= recorded)
            continue;
        recorded = start;
        std::vector<store::BiasRecord> bias;
        std::vector<store::SignalRecord> categories;
        const std::string mode(sig::modeName(m));
        for (SymbolId id = 0; id < kDefaultSymbolCount; ++id) {
            const sig::CompositeResult* c = sigEngine.composite(id, m);
            if (!c)
                continue;
            bias.push_back(
                {id, mode, start, c->bias, c->confidence, std::string(sig::biasStateName(c->state))});
            if (m != sig::Mode::Swing)
                continue;
            for (std::size_t k = 0; k < sig::kCategoryCount; ++k)
                if (c->categoryCards[k] > 0)
                    categories.push_back({id, mode, start, std::string(sig::categoryKey(sig::Category(k))),
                        c->categoryScore[k], alerts::categoryStateName(c->categoryScore[k])});
        }
        if (!bias.empty())
            m_history.recorder().addBias(std::move(bias));
        if (!categories.empty())
            m_history.recorder().addSignals(std::move(categories));
    }
}

void EngineServices::evaluate(const Engine& engine)
{
    alerts::AlertInput input = m_collector.build(engine, m_options.replay);
    alerts::fillLiquidity(input, engine);
    alerts::fillSignals(input, engine);
    alerts::fillZones(input, engine);
    FiredAlertList fired = m_evaluator.evaluate(input);
    if (fired.empty())
        return;
    if (m_history.isOpen()) {
        store::AlertStore alertStore(m_history.database());
        QString error;
        if (!alertStore.log(fired, &error))
            emit historyStatus(tr("Fired alerts not stored: %1").arg(error), true);
        if (m_evaluator.spentRules().size() != m_spentSaved)
            saveSpent();
    }
    emit alertsFired(fired);
}

// "Once" rules that fired stay spent across restarts.
void EngineServices::loadSpent()
{
    const auto blob
        = store::BlobStore(m_history.database()).get(QStringLiteral("alerts"), QStringLiteral("spent"));
    if (!blob)
        return;
    std::vector<std::string> ids;
    for (const QJsonValue& v : QJsonDocument::fromJson(*blob).array())
        ids.push_back(v.toString().toStdString());
    m_evaluator.setSpent(ids);
    m_spentSaved = ids.size();
}

void EngineServices::saveSpent()
{
    QJsonArray ids;
    for (const std::string& id : m_evaluator.spentRules())
        ids.append(QString::fromStdString(id));
    m_spentSaved = std::size_t(ids.size());
    store::BlobStore(m_history.database())
        .put(QStringLiteral("alerts"), QStringLiteral("spent"),
            QJsonDocument(ids).toJson(QJsonDocument::Compact), nowUs() / 1000);
}

// Learned signal weights survive restarts: restored at start, saved while learning and on stop.
QString EngineServices::restoreLearner(Engine& engine, bool* failed)
{
    m_learnerClock.start();
    const store::LearnerRestore r = store::loadLearner(m_history.database(), engine.signalEngine().learner());
    if (!r.ok) {
        *failed = true;
        return tr("; learned signal weights not restored (learning starts afresh): %1").arg(r.error);
    }
    if (!r.found)
        return {};
    return tr("; learned signal weights restored (%1 track records saved %2 UTC)")
        .arg(r.applied)
        .arg(QDateTime::fromMSecsSinceEpoch(r.savedAt, QTimeZone::utc())
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

void EngineServices::saveLearner(const Engine& engine)
{
    m_learnerClock.start();
    const std::uint64_t cycles = engine.signalEngine().cycles();
    if (cycles == m_learnerSavedCycles)
        return; // nothing learned since the last save
    QString error;
    if (!store::saveLearner(m_history.database(), engine.signalEngine().learner(), nowUs() / 1000, &error)) {
        emit historyStatus(tr("Learned signal weights not saved: %1").arg(error), true);
        return;
    }
    m_learnerSavedCycles = cycles;
}

void EngineServices::stop(const Engine& engine)
{
    if (m_stopped)
        return;
    if (m_history.isOpen())
        saveLearner(engine);
    m_stopped = true;
    if (m_history.isOpen())
        m_history.database().closeThreadConnection();
    m_history.close(&engine);
}

void EngineServices::setRules(perp::RuleList rules)
{
    m_evaluator.setRules(rules);
    if (!m_history.isOpen() || m_stopped)
        return;
    store::AlertStore alertStore(m_history.database());
    QString error;
    if (!alertStore.replaceRules(store::rulesForStore(rules), nowUs() / 1000, &error))
        emit historyStatus(tr("Alert rules not saved: %1").arg(error), true);
}

void EngineServices::acknowledge(qint64 id)
{
    if (m_history.isOpen() && !m_stopped)
        store::AlertStore(m_history.database()).acknowledge(id);
}

void EngineServices::acknowledgeAll()
{
    if (m_history.isOpen() && !m_stopped)
        store::AlertStore(m_history.database()).acknowledgeAll();
}

void EngineServices::requestHistory(int limit)
{
    if (!m_history.isOpen() || m_stopped || limit <= 0)
        return;
    emit alertHistory(store::AlertStore(m_history.database()).history(std::size_t(limit)));
}

// Support/resistance zones of every symbol, once a minute of engine time, so a restart
// shows them at once and keeps their ids.
void EngineServices::saveZones(const Engine& engine)
{
    if (!m_history.isOpen() || engine.now() < m_zonesSaved + kMinuteMs)
        return;
    m_zonesSaved = engine.now();
    store::ZoneStore zoneStore(m_history.database());
    for (SymbolId id : engine.symbols()) {
        QString error;
        if (!engine.zones(id).empty() && !zoneStore.save(id, engine.zones(id), engine.now(), &error)) {
            emit historyStatus(tr("Zones not stored: %1").arg(error), true);
            return;
        }
    }
}

void EngineServices::restoreZones(Engine& engine)
{
    store::ZoneStore zoneStore(m_history.database());
    for (SymbolId id : engine.symbols()) {
        QString error;
        if (auto stored = zoneStore.load(id, &error))
            engine.restoreZones(id, std::move(*stored));
        else if (!error.isEmpty())
            emit historyStatus(tr("Zones not restored: %1").arg(error), true);
    }
}

} // namespace perp
