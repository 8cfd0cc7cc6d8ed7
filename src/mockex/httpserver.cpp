// SPDX-License-Identifier: MIT
#include "httpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace perp::mockex {

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
} // namespace

HttpResponse HttpResponse::json(int status, QByteArray body)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

HttpServer::HttpServer(Handler handler, QObject* parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{
    connect(this, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

QByteArray HttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 418:
        return "I'm a teapot";
    case 429:
        return "Too Many Requests";
    case 451:
        return "Unavailable For Legal Reasons";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket* socket = nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void HttpServer::onReadyRead(QTcpSocket* socket)
{
    if (!m_buffers.contains(socket))
        return;
    // Look without consuming: a WebSocket handshake must reach QWebSocketServer intact.
    if (m_buffers[socket].isEmpty()) {
        const QByteArray peek = socket->peek(kMaxHeaderBytes);
        const qsizetype end = peek.indexOf("\r\n\r\n");
        if (end < 0 && peek.size() < kMaxHeaderBytes)
            return;
        const QByteArray head = peek.left(end).toLower();
        if (head.contains("\r\nupgrade: websocket") || head.contains("\r\nupgrade:websocket")) {
            m_buffers.remove(socket);
            disconnect(socket, nullptr, this, nullptr);
            emit upgradeRequested(socket);
            return;
        }
    }
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    while (takeRequest(socket, buffer)) {
        if (!m_buffers.contains(socket))
            return;
    }
}

bool HttpServer::takeRequest(QTcpSocket* socket, QByteArray& buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxHeaderBytes) {
            send(socket, HttpResponse::json(413, R"({"code":-1,"msg":"header too large"})"), false);
            buffer.clear();
        }
        return false;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    HttpRequest req;
    bool bad = requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.");
    for (qsizetype i = 1; i < lines.size() && !bad; ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            bad = true;
            break;
        }
        req.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = req.headers.value("content-length", "0").toLongLong();
    if (bad || length < 0 || length > kMaxBodyBytes) {
        send(socket, HttpResponse::json(400, R"({"code":-1,"msg":"malformed request"})"), false);
        buffer.clear();
        return false;
    }
    if (buffer.size() < headerEnd + 4 + length)
        return false;
    req.method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype q = target.indexOf('?');
    req.path = q < 0 ? target : target.left(q);
    if (q >= 0)
        req.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
    req.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    const bool http10 = requestLine[2] == "HTTP/1.0";
    const QByteArray conn = req.headers.value("connection").toLower();
    const bool keepAlive = http10 ? conn == "keep-alive" : conn != "close";
    send(socket, m_handler(req), keepAlive);
    return true;
}

void HttpServer::send(QTcpSocket* socket, const HttpResponse& response, bool keepAlive)
{
    QByteArray out
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    out += response.body;
    QPointer<QTcpSocket> guard(socket);
    auto write = [guard, out, keepAlive] {
        if (!guard)
            return;
        guard->write(out);
        if (!keepAlive)
            guard->disconnectFromHost();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, write);
    else
        write();
}

} // namespace perp::mockex
