// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QUrlQuery>
#include <functional>

class QTcpSocket;

namespace perp::mockex {

struct HttpRequest
{
    QByteArray method;
    QByteArray path; // without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0; // answer after this long (slow REST fault)

    static HttpResponse json(int status, QByteArray body);
};

// A small HTTP/1.1 server: GET/POST with Content-Length bodies, keep-alive, pipelining.
// Requests carrying "Upgrade: websocket" are handed over untouched (nothing is read
// from the socket) through upgradeRequested, so WebSocket and REST share one port.
class HttpServer : public QTcpServer
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    explicit HttpServer(Handler handler, QObject* parent = nullptr);

    static QByteArray reasonPhrase(int status);

signals:
    void upgradeRequested(QTcpSocket* socket);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    // Returns false when the buffered bytes do not yet hold a whole request.
    bool takeRequest(QTcpSocket* socket, QByteArray& buffer);
    void send(QTcpSocket* socket, const HttpResponse& response, bool keepAlive);

    Handler m_handler;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace perp::mockex
