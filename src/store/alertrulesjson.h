// SPDX-License-Identifier: MIT
#pragma once

#include "alertstore.h"
#include "engine/alerts/rule.h"
#include "safejsonfile.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace perp::store {

// Alert rules as JSON: {"format": "perpscope-alert-rules", "version": 1, "rules": [...]}
// (a bare array of rules is accepted too). Reading is strict: an unknown key, a
// wrong type, a value out of range, a duplicate id or a bad message template is an
// error naming the source, the rule and the field (or the offset, line and
// column of a JSON syntax error), and no rule is returned. See
// resources/alerts/example-rules.json and docs in alertrulesjson.cpp.
struct RulesParseResult
{
    std::vector<alerts::Rule> rules;
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

RulesParseResult parseRules(const QByteArray& json, const QString& source);
QByteArray rulesToJson(const std::vector<alerts::Rule>& rules);
// One rule as a JSON object (what AlertStore keeps per rule).
QByteArray ruleToJson(const alerts::Rule& rule);

// Import reads the whole file first; nothing is changed by a failed import.
RulesParseResult importRulesFile(const QString& path);
// Writes atomically (a crash leaves the old file or the new one).
bool exportRulesFile(const QString& path, const std::vector<alerts::Rule>& rules, QString* error = nullptr);

// Rules as AlertStore keeps them (one JSON object each), and back. A stored rule
// that no longer parses is an error naming it; nothing is returned then.
std::vector<StoredRule> rulesForStore(const std::vector<alerts::Rule>& rules);
RulesParseResult rulesFromStore(const std::vector<StoredRule>& stored);

// A rules file kept by the app (e.g. <data-dir>/alert-rules.json) as a SafeJsonFile:
// atomic saves, a last-good copy, and a file that does not parse or holds an invalid
// rule is moved aside with a message naming the rule and field.
SafeJsonFile rulesFile(const QString& path);

} // namespace perp::store
