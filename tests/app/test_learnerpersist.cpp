// SPDX-License-Identifier: MIT
// Learned signal weights persist: the learner's state goes to SQLite and a new engine
// restored from it has exactly the same weights; a damaged state changes nothing.
#include "app/engineservices.h"
#include "engine/engine.h"
#include "feed/sim/simulator.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/historystore.h"
#include "store/learnerstate.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace perp;

namespace {

// 40 simulated minutes: the scalp horizon (5 min) resolves many cycles, so weights move.
void learnOnSimulator(Engine& engine, EngineServices* services = nullptr, int minutes = 40)
{
    sim::SimConfig cfg;
    cfg.seed = 11;
    cfg.speed = 0;
    sim::Simulator simulator(cfg);
    std::vector<MarketEvent> events;
    for (TimeMs t = cfg.startTime; t < cfg.startTime + minutes * kMinuteMs;) {
        t += 10'000;
        events.clear();
        simulator.advanceTo(t, events);
        EventBatch batch {std::move(events)};
        engine.apply(batch);
        if (services)
            services->afterBatch(batch, engine);
    }
}

// Every weight the composite uses, in one list.
std::vector<double> weights(const sig::WeightLearner& l)
{
    std::vector<double> w;
    for (auto m : sig::kAllModes) {
        for (std::size_t c = 0; c < l.cardCount(); ++c)
            w.push_back(l.weight(m, c));
        for (std::size_t k = 0; k < sig::kCategoryCount; ++k)
            w.push_back(l.categoryWeight(m, static_cast<sig::Category>(k)));
    }
    return w;
}

bool anyMoved(const std::vector<double>& w, const std::vector<double>& fresh)
{
    for (std::size_t i = 0; i < w.size(); ++i)
        if (w[i] != fresh[i])
            return true;
    return false;
}

EngineServices::Options historyIn(const QString& dir)
{
    EngineServices::Options o;
    o.history = true;
    o.dataDir = dir;
    o.seedPerSeries = 0;
    return o;
}

} // namespace

class TestLearnerPersist : public QObject
{
    Q_OBJECT
private slots:
    void storeToNewEngineGivesSameWeights()
    {
        Engine engine;
        learnOnSimulator(engine);
        const sig::WeightLearner& learned = engine.signalEngine().learner();
        const std::vector<double> before = weights(learned);
        QVERIFY(anyMoved(before, weights(Engine().signalEngine().learner())));

        QTemporaryDir dir;
        store::Database db(store::databasePath(dir.path()));
        QVERIFY(db.open());
        QString error;
        QVERIFY2(store::saveLearner(db, learned, 1'764'000'000'000, &error), qPrintable(error));

        Engine restored;
        const store::LearnerRestore r = store::loadLearner(db, restored.signalEngine().learner());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.found);
        QCOMPARE(r.applied, learned.exportState().size());
        QCOMPARE(r.skipped, std::size_t(0));
        QCOMPARE(r.savedAt, TimeMs(1'764'000'000'000));
        QVERIFY(weights(restored.signalEngine().learner()) == before); // exactly, not approximately
        const auto a = learned.exportState();
        const auto b = restored.signalEngine().learner().exportState();
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].key, a[i].key);
            QCOMPARE(b[i].skill.hits, a[i].skill.hits);
            QCOMPARE(b[i].skill.icSum, a[i].skill.icSum);
        }
    }

    void nothingStoredIsNotAnError()
    {
        QTemporaryDir dir;
        store::Database db(store::databasePath(dir.path()));
        QVERIFY(db.open());
        Engine engine;
        const auto r = store::loadLearner(db, engine.signalEngine().learner());
        QVERIFY(r.ok);
        QVERIFY(!r.found);
        QCOMPARE(r.applied, std::size_t(0));
    }

    void damagedStateChangesNothing()
    {
        Engine engine;
        const std::vector<double> fresh = weights(engine.signalEngine().learner());
        sig::WeightLearner& l = engine.signalEngine().learner();
        auto r = store::learnerFromBlob("{\"format\":1,\"records\":[[\"scalp/x\",1,2", l);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("not JSON"), qPrintable(r.error));
        // the first record valid, the second broken: the valid one is not applied either
        const QByteArray oneBad = "{\"format\":1,\"records\":[[\""
            + QByteArray::fromStdString(l.exportState()[0].key)
            + "\",30,40,2,5],[\"scalp/y\",\"many\",1,0,0]]}";
        r = store::learnerFromBlob(oneBad, l);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("record 2"), qPrintable(r.error));
        QVERIFY(weights(l) == fresh);
        r = store::learnerFromBlob("{\"format\":7,\"records\":[]}", l);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("format 7"), qPrintable(r.error));
        // unknown signals (from another build) and insane records are counted and skipped
        const QByteArray mixed = "{\"format\":1,\"records\":[[\""
            + QByteArray::fromStdString(l.exportState()[0].key)
            + "\",30,40,2,5],[\"scalp/no-such-card\",1,2,0,0],[\"day/cat:trend\",5,2,0,0]]}";
        r = store::learnerFromBlob(mixed, l);
        QVERIFY(r.ok);
        QCOMPARE(r.applied, std::size_t(1));
        QCOMPARE(r.skipped, std::size_t(2));
        QCOMPARE(l.exportState()[0].skill.calls, 40.0);
    }

    // The app's engine thread services: saved while learning and on stop, restored at start.
    void servicesKeepWeightsAcrossRestart()
    {
        QTemporaryDir dir;
        std::vector<double> learned;
        {
            EngineServices services;
            EngineServices::Options o = historyIn(dir.path());
            o.learnerSaveIntervalMs = 0; // save after every batch that follows a new cycle
            services.configure(o);
            Engine engine;
            services.start(engine);
            QVERIFY(services.historyOpen());
            learnOnSimulator(engine, &services, 20);
            {
                // saved while running, before any stop
                store::Database db(store::databasePath(dir.path()));
                QVERIFY(db.open());
                QVERIFY(store::BlobStore(db).get("learner", "state").has_value());
            }
            learnOnSimulator(engine, &services, 40);
            learned = weights(engine.signalEngine().learner());
            services.stop(engine);
        }
        EngineServices services;
        services.configure(historyIn(dir.path()));
        QSignalSpy status(&services, &EngineServices::historyStatus);
        Engine engine;
        const std::vector<double> fresh = weights(engine.signalEngine().learner());
        services.start(engine);
        QVERIFY(anyMoved(learned, fresh));
        QVERIFY(weights(engine.signalEngine().learner()) == learned);
        bool said = false;
        for (const auto& s : status)
            said = said || s.at(0).toString().contains("; learned signal weights restored");
        QVERIFY(said);
        services.stop(engine);
    }
};

QTEST_GUILESS_MAIN(TestLearnerPersist)
#include "test_learnerpersist.moc"
