// SPDX-License-Identifier: MIT
// A third-party Binance client (ccxt) against perpscope-mockex: reads klines, open
// interest and the aggTrade stream. Usage: node ccxt_mockex.js PORT
// Exit code 0 on success, 1 on a wrong answer, 77 when ccxt is not installed.
let ccxt;
try {
    ccxt = require('ccxt');
} catch (e) {
    console.log('SKIP: the npm package ccxt is not installed (NODE_PATH=' + (process.env.NODE_PATH || '') + ')');
    process.exit(77);
}

const port = process.argv[2];
const http = 'http://127.0.0.1:' + port;

function fail(msg) {
    console.error('FAIL: ' + msg);
    process.exit(1);
}

async function main() {
    const ex = new ccxt.pro.binanceusdm({ enableRateLimit: false });
    for (const key of Object.keys(ex.urls.api)) {
        if (typeof ex.urls.api[key] === 'string')
            ex.urls.api[key] = ex.urls.api[key].replace(/^https:\/\/[a-z]+\.binance\.com/, http);
    }
    // ccxt routes futures streams itself: .../ws becomes .../market/ws or .../public/ws.
    ex.urls.api.ws.future = 'ws://127.0.0.1:' + port + '/ws';

    await ex.loadHttpProxyAgent(); // ccxt needs an http agent for plain ws:// urls
    const markets = await ex.loadMarkets();
    if (!markets['BTC/USDT:USDT'])
        fail('BTC/USDT:USDT missing from loadMarkets: ' + Object.keys(markets).slice(0, 5).join(','));

    const candles = await ex.fetchOHLCV('BTC/USDT:USDT', '1m', undefined, 5);
    if (!Array.isArray(candles) || candles.length === 0)
        fail('fetchOHLCV returned no candles');
    for (const c of candles) {
        const [t, o, h, l, cl, v] = c;
        if (!(t > 0 && h >= l && o >= l && o <= h && cl >= l && cl <= h && v >= 0))
            fail('bad candle ' + JSON.stringify(c));
    }
    console.log('klines: ' + candles.length + ' candles, last ' + JSON.stringify(candles[candles.length - 1]));

    const oi = await ex.fetchOpenInterest('BTC/USDT:USDT');
    if (!(oi.openInterestAmount >= 0) || oi.symbol !== 'BTC/USDT:USDT')
        fail('fetchOpenInterest: ' + JSON.stringify(oi));
    console.log('open interest: ' + oi.openInterestAmount);

    // The trade stream, raw (@trade on /public, ccxt's default) and aggregated (@aggTrade
    // on /market); each streamed trade is compared with the server's record (REST by id).
    for (const name of ['trade', 'aggTrade']) {
        ex.options.watchTrades = { name: name };
        const symbol = name === 'trade' ? 'BTC/USDT:USDT' : 'ETH/USDT:USDT';
        let seen = [];
        const deadline = Date.now() + 15000;
        while (seen.length < 20 && Date.now() < deadline) {
            const trades = await ex.watchTrades(symbol);
            seen = seen.concat(trades.filter((t) => !seen.some((s) => s.id === t.id)));
        }
        if (seen.length < 20)
            fail('watchTrades (' + name + ') delivered only ' + seen.length + ' trades in 15 s');
        for (const t of [seen[0], seen[seen.length - 1]]) {
            const url = http + '/fapi/v1/aggTrades?symbol=' + t.info.s + '&fromId=' + t.id + '&limit=1';
            const rest = await (await fetch(url)).json();
            if (rest.length !== 1 || String(rest[0].a) !== String(t.id) || Number(rest[0].p) !== t.price ||
                Number(rest[0].q) !== t.amount || (rest[0].m ? 'sell' : 'buy') !== t.side || rest[0].T !== t.timestamp)
                fail('streamed trade ' + JSON.stringify(t.info) + ' differs from the record ' + JSON.stringify(rest));
        }
        console.log('trades (' + name + '): ' + seen.length + ' via watchTrades, match the server record');
    }
    await ex.close();
    process.exit(0);
}

main().catch((e) => fail(e && e.stack ? e.stack : String(e)));
