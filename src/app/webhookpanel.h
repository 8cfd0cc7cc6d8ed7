// SPDX-License-Identifier: MIT
#pragma once

#include "alerttypes.h"
#include "notify/webhooksender.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace perp {

// Webhook settings of the alert centre: URL, on/off, a "Send test" button and the
// outcome of the last delivery (delivered with the HTTP status, or failed with why).
class WebhookPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WebhookPanel(QWidget* parent = nullptr);

    QString url() const;
    void setUrl(const QString& url);
    bool isEnabled() const;
    void setDeliveryEnabled(bool on);
    QString statusText() const;
    notify::WebhookSender* sender() const { return m_sender; }

    // POSTs a fired alert when the webhook is on and has a valid URL.
    void deliver(const alerts::FiredAlert& alert);
    // The "Send test" button.
    void sendTest();

signals:
    void settingsChanged();

private:
    bool applyUrl();
    void showStatus(const QString& text, bool error);

    notify::WebhookSender* m_sender;
    QLineEdit* m_url;
    QCheckBox* m_enabled;
    QPushButton* m_test;
    QLabel* m_status;
};

} // namespace perp
