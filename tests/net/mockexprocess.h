// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace perp::test {

// perpscope-mockex started as a child process on a free 127.0.0.1 port.
class MockexProcess
{
public:
    MockexProcess() = default;
    ~MockexProcess();

    // Starts the server and waits for it to print its port. False with error set on failure.
    bool start(const QStringList& args, QString& error);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    // A blocking GET against the server (the event loop keeps running meanwhile).
    QByteArray get(const QString& pathAndQuery, int* status = nullptr) const;
    QJsonObject stats() const;
    QString output() const { return m_output; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    mutable QString m_output;
};

} // namespace perp::test
