// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>

namespace perp::alerts {

// Alert message templates: text with placeholders in braces, "{{" and "}}" for
// literal braces. Placeholders: {symbol} {mode} {value} {threshold} {rule} {name}
// {time} {direction} {state} {previous} {category} {side} {unit} {price} {zone}
// {replay}. One that does not apply to a condition renders as "-".
using TemplateVars = std::map<std::string, std::string>;

struct TemplateError
{
    std::size_t position; // byte offset into the template
    std::string message;
};

std::optional<TemplateError> validateTemplate(const std::string& text);
// Renders a template that passed validateTemplate (anything else is copied as is).
std::string renderTemplate(const std::string& text, const TemplateVars& vars);

// Numbers in messages: up to 2 decimals for |v| >= 1 (trailing zeros dropped),
// else up to 6 significant digits.
std::string formatNumber(double v);

} // namespace perp::alerts
