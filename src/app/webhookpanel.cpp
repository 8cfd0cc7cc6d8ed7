// SPDX-License-Identifier: MIT
#include "webhookpanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace perp {

WebhookPanel::WebhookPanel(QWidget* parent)
    : QWidget(parent)
    , m_sender(new notify::WebhookSender({}, this))
    , m_url(new QLineEdit)
    , m_enabled(new QCheckBox(tr("Send fired alerts to this webhook")))
    , m_test(new QPushButton(tr("Send test")))
    , m_status(new QLabel)
{
    m_url->setObjectName(QStringLiteral("webhookUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://example.com/hooks/perpscope"));
    m_url->setToolTip(tr("Each fired alert is POSTed as JSON (time, symbol, mode, rule, value, threshold, "
                         "message, replay); failures are retried with a growing delay."));
    m_enabled->setObjectName(QStringLiteral("webhookEnabled"));
    m_test->setObjectName(QStringLiteral("webhookTest"));
    m_test->setToolTip(tr("POST a clearly labelled test alert to the URL now."));
    m_status->setObjectName(QStringLiteral("webhookStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("No delivery yet."));

    auto* row = new QHBoxLayout;
    row->addWidget(m_url, 1);
    row->addWidget(m_test);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Webhook URL"), row);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Last delivery"), m_status);

    connect(m_test, &QPushButton::clicked, this, &WebhookPanel::sendTest);
    connect(m_url, &QLineEdit::editingFinished, this, &WebhookPanel::settingsChanged);
    connect(m_enabled, &QCheckBox::toggled, this, &WebhookPanel::settingsChanged);
    connect(m_sender, &notify::WebhookSender::delivered, this, [this](quint64, int attempts, int status) {
        showStatus(tr("delivered (HTTP %1, %2 attempt(s))").arg(status).arg(attempts), false);
    });
    connect(m_sender, &notify::WebhookSender::attemptFailed, this,
        [this](quint64, int attempt, const QString& error, int retryInMs) {
            showStatus(
                tr("attempt %1 failed: %2; retrying in %3 s").arg(attempt).arg(error).arg(retryInMs / 1000.0),
                true);
        });
    connect(
        m_sender, &notify::WebhookSender::failed, this, [this](quint64, int attempts, const QString& error) {
            showStatus(tr("failed after %1 attempt(s): %2").arg(attempts).arg(error), true);
        });
}

QString WebhookPanel::url() const
{
    return m_url->text().trimmed();
}

void WebhookPanel::setUrl(const QString& url)
{
    m_url->setText(url);
}

bool WebhookPanel::isEnabled() const
{
    return m_enabled->isChecked();
}

void WebhookPanel::setDeliveryEnabled(bool on)
{
    m_enabled->setChecked(on);
}

QString WebhookPanel::statusText() const
{
    return m_status->text();
}

void WebhookPanel::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #ff6b6b;") : QStringLiteral("color: #4caf50;"));
}

bool WebhookPanel::applyUrl()
{
    const QUrl u(url(), QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))
        || u.host().isEmpty()) {
        showStatus(tr("failed: '%1' is not an http(s) URL").arg(url()), true);
        return false;
    }
    notify::WebhookConfig c = m_sender->config();
    c.url = u;
    m_sender->setConfig(c);
    return true;
}

void WebhookPanel::deliver(const alerts::FiredAlert& alert)
{
    if (isEnabled() && applyUrl())
        m_sender->send(alert);
}

void WebhookPanel::sendTest()
{
    if (!applyUrl())
        return;
    showStatus(tr("sending test …"), false);
    m_sender->sendTest();
}

} // namespace perp
