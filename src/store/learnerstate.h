// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"
#include "database.h"
#include "engine/signals/learner.h"

#include <QByteArray>
#include <QString>

namespace perp::store {

// The signal learner's track records (hits, calls, IC sums per signal, category and mode)
// kept in the blob store (area "learner", key "state") as versioned JSON, so learned weights
// survive a restart. Doubles are written shortest-round-trip: a restored learner gives
// exactly the weights it had.
QByteArray learnerToBlob(const sig::WeightLearner& learner, TimeMs savedAt);

struct LearnerRestore
{
    bool ok = false; // false: nothing applied, `error` says why
    bool found = false; // a stored state existed
    std::size_t applied = 0; // records restored
    std::size_t skipped = 0; // records for signals this build does not have, or not sane
    TimeMs savedAt = 0;
    QString error;
};

// Parses the whole blob first: a damaged one changes nothing.
LearnerRestore learnerFromBlob(const QByteArray& blob, sig::WeightLearner& learner);

bool saveLearner(Database& db, const sig::WeightLearner& learner, TimeMs savedAt, QString* error = nullptr);
// ok with found=false when nothing is stored yet.
LearnerRestore loadLearner(Database& db, sig::WeightLearner& learner);

} // namespace perp::store
