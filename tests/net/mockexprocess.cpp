// SPDX-License-Identifier: MIT
#include "mockexprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace perp::test {

MockexProcess::~MockexProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool MockexProcess::start(const QStringList& args, QString& error)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral(PERPSCOPE_MOCKEX_PATH), QStringList {"--port", "0"} + args);
    if (!m_process.waitForStarted(5000)) {
        error = QStringLiteral("cannot start %1: %2").arg(PERPSCOPE_MOCKEX_PATH, m_process.errorString());
        return false;
    }
    static const QRegularExpression portLine(
        QStringLiteral("^PORT (\\d+)$"), QRegularExpression::MultilineOption);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10'000) {
        m_process.waitForReadyRead(200);
        m_output += QString::fromUtf8(m_process.readAll());
        const auto m = portLine.match(m_output);
        if (m.hasMatch()) {
            m_port = static_cast<quint16>(m.captured(1).toUInt());
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    error = QStringLiteral("perpscope-mockex did not report its port: %1").arg(m_output);
    return false;
}

QByteArray MockexProcess::get(const QString& pathAndQuery, int* status) const
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(baseUrl().toString() + pathAndQuery));
    req.setTransferTimeout(10'000);
    QNetworkReply* reply = nam.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

QJsonObject MockexProcess::stats() const
{
    return QJsonDocument::fromJson(get(QStringLiteral("/mockex/stats"))).object();
}

} // namespace perp::test
