// SPDX-License-Identifier: MIT
// The REST side of MockExchange: a minimal HTTP/1.1 responder for the Binance USD-M
// endpoints PerpScope uses.
#include "mockexchange.h"

#include "feed/sim/simulator.h"

#include <QTcpSocket>
#include <QUrlQuery>

namespace perp::mockex {

namespace {

QByteArray statusText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    default:
        return "Error";
    }
}

QByteArray exchangeInfo(TimeMs now)
{
    QByteArray out = "{\"timezone\":\"UTC\",\"serverTime\":" + QByteArray::number(now)
        + ",\"rateLimits\":[{\"rateLimitType\":\"REQUEST_WEIGHT\",\"interval\":\"MINUTE\","
          "\"intervalNum\":1,\"limit\":2400}],\"exchangeFilters\":[],\"assets\":[],\"symbols\":[";
    bool first = true;
    for (const auto& s : defaultSymbols()) {
        if (!first)
            out += ',';
        first = false;
        out += "{\"symbol\":\"" + QByteArray::fromStdString(s.name) + "\",\"pair\":\""
            + QByteArray::fromStdString(s.name)
            + "\",\"contractType\":\"PERPETUAL\",\"status\":\"TRADING\",\"baseAsset\":\""
            + QByteArray::fromStdString(s.base)
            + "\",\"quoteAsset\":\"USDT\",\"marginAsset\":\"USDT\",\"underlyingType\":\"COIN\","
              "\"pricePrecision\":8,\"quantityPrecision\":6,\"filters\":[{\"filterType\":\"PRICE_FILTER\","
              "\"tickSize\":\""
            + QByteArray::fromStdString(s.tickSize.toString())
            + "\"},{\"filterType\":\"LOT_SIZE\",\"stepSize\":\""
            + QByteArray::fromStdString(s.qtyStep.toString())
            + "\"}],\"orderTypes\":[\"LIMIT\",\"MARKET\"],\"timeInForce\":[\"GTC\",\"IOC\"]}";
    }
    return out + "]}";
}

} // namespace

QByteArray MockExchange::restBody(const QString& path, const QString& query, int& status) const
{
    const QUrlQuery q(query);
    const TimeMs now = m_sim->now();
    status = 200;
    if (path == QLatin1String("/fapi/v1/ping"))
        return "{}";
    if (path == QLatin1String("/fapi/v1/time"))
        return "{\"serverTime\":" + QByteArray::number(now) + "}";
    if (path == QLatin1String("/fapi/v1/exchangeInfo"))
        return exchangeInfo(now);
    const auto known
        = {"/fapi/v1/klines", "/fapi/v1/aggTrades", "/fapi/v1/openInterest", "/fapi/v1/premiumIndex"};
    if (std::find_if(known.begin(), known.end(), [&](const char* p) { return path == QLatin1String(p); })
        == known.end()) {
        status = 404;
        return "{\"code\":-1,\"msg\":\"Unknown endpoint.\"}";
    }
    const auto symbol = findSymbol(q.queryItemValue("symbol").toStdString());
    const auto& simSymbols = m_sim->symbols();
    if (!symbol || std::find(simSymbols.begin(), simSymbols.end(), *symbol) == simSymbols.end()) {
        status = 400;
        return "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}";
    }
    bool ok = false;
    int limit = q.queryItemValue("limit").toInt(&ok);
    if (path == QLatin1String("/fapi/v1/klines")) {
        const auto tf = parseTimeframe(q.queryItemValue("interval").toStdString());
        if (!tf) {
            status = 400;
            return "{\"code\":-1120,\"msg\":\"Invalid interval.\"}";
        }
        return QByteArray::fromStdString(
            m_encoder.klinesJson(*symbol, *tf, ok ? std::clamp(limit, 1, 1500) : 500));
    }
    if (path == QLatin1String("/fapi/v1/aggTrades")) {
        bool hasFrom = false;
        const qint64 from = q.queryItemValue("fromId").toLongLong(&hasFrom);
        return QByteArray::fromStdString(
            m_encoder.aggTradesJson(*symbol, hasFrom ? from : -1, ok ? std::clamp(limit, 1, 1000) : 500));
    }
    if (path == QLatin1String("/fapi/v1/openInterest"))
        return QByteArray::fromStdString(
            m_encoder.openInterestJson(*symbol, m_sim->openInterest(*symbol), now));
    return QByteArray::fromStdString(m_encoder.premiumIndexJson(*symbol, now));
}

void MockExchange::serveHttp(QTcpSocket* socket, const QByteArray& request)
{
    const auto line = request.left(request.indexOf("\r\n")).split(' ');
    int status = 400;
    QByteArray body = "{\"code\":-1,\"msg\":\"Bad request.\"}";
    if (line.size() >= 2 && line[0] == "GET") {
        const QString target = QString::fromUtf8(line[1]);
        const QString path = target.section('?', 0, 0);
        const QString query = target.section('?', 1);
        std::uniform_real_distribution<double> u(0, 1);
        if (m_config.faults.rate429 > 0 && u(m_rng) < m_config.faults.rate429) {
            status = 429;
            body = "{\"code\":-1003,\"msg\":\"Too many requests; current limit is 2400 request weight per 1 "
                   "MINUTE.\"}";
        } else {
            body = restBody(path, query, status);
        }
    }
    ++m_weightUsed;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " " + statusText(status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nX-MBX-USED-WEIGHT-1M: " + QByteArray::number(m_weightUsed) + "\r\nConnection: close\r\n";
    if (status == 429)
        head += "Retry-After: 1\r\n";
    socket->write(head + "\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace perp::mockex
