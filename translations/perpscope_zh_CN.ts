<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>perp::AboutDialog</name>
    <message>
      <source>About PerpScope</source>
      <translation>关于 PerpScope</translation>
    </message>
    <message>
      <source>A desktop decision engine for crypto perpetual futures: candles, estimated liquidation clusters, signals and alerts.</source>
      <translation>面向加密货币永续合约的桌面决策引擎：K线、估算的清算簇、信号和警报。</translation>
    </message>
    <message>
      <source>Not financial advice. PerpScope shows market data and estimates; estimates can be wrong, and simulated data is not real market data. You alone are responsible for your trading decisions.</source>
      <translation>不构成投资建议。PerpScope 显示市场数据和估算值；估算可能有误，模拟数据并非真实市场数据。您须对自己的交易决策独自负责。</translation>
    </message>
    <message>
      <source>Third-party software</source>
      <translation>第三方软件</translation>
    </message>
    <message>
      <source>public domain</source>
      <translation>公有领域</translation>
    </message>
    <message>
      <source>PerpScope itself is MIT licensed. Because it links QCustomPlot, distributed binaries are covered by the GPL-3.0.</source>
      <translation>PerpScope 本身采用 MIT 许可证。由于链接了 QCustomPlot，分发的二进制文件受 GPL-3.0 约束。</translation>
    </message>
  </context>
  <context>
    <name>perp::ChartExport</name>
    <message>
      <source>The chart has no size to export.</source>
      <translation>图表没有可导出的尺寸。</translation>
    </message>
    <message>
      <source>Could not write %1</source>
      <translation>无法写入 %1</translation>
    </message>
    <message>
      <source>Could not write %1: %2</source>
      <translation>无法写入 %1：%2</translation>
    </message>
  </context>
  <context>
    <name>perp::ChartReadout</name>
    <message>
      <source>USDT perpetual</source>
      <translation>USDT 永续</translation>
    </message>
    <message>
      <source> · one bar = %1 × %2 (zoomed out)</source>
      <translation> · 一根柱 = %1 × %2（已缩小）</translation>
    </message>
    <message>
      <source>Vol </source>
      <translation>量 </translation>
    </message>
    <message>
      <source>Taker buy </source>
      <translation>主动买 </translation>
    </message>
    <message>
      <source>sell </source>
      <translation>主动卖 </translation>
    </message>
    <message>
      <source>(buy %1%)</source>
      <translation>（买入 %1%）</translation>
    </message>
    <message>
      <source>Trades </source>
      <translation>成交笔数 </translation>
    </message>
    <message>
      <source>Waiting for trades…</source>
      <translation>等待成交…</translation>
    </message>
  </context>
  <context>
    <name>perp::ChartToolBar</name>
    <message>
      <source>Chart</source>
      <translation>图表</translation>
    </message>
    <message>
      <source>Symbol shown in the chart. Pick another one in the watchlist on the left.</source>
      <translation>图表中显示的交易对。可在左侧自选列表中选择其他交易对。</translation>
    </message>
    <message>
      <source>Show %1 candles (%2)</source>
      <translation>显示 %1 K线（%2）</translation>
    </message>
  </context>
  <context>
    <name>perp::ChartWidget</name>
    <message>
      <source>Candles</source>
      <translation>K线</translation>
    </message>
    <message>
      <source>Taker sell volume</source>
      <translation>主动卖出量</translation>
    </message>
    <message>
      <source>Taker buy volume</source>
      <translation>主动买入量</translation>
    </message>
    <message>
      <source>Volume · taker buy / sell</source>
      <translation>成交量 · 主动买 / 卖</translation>
    </message>
    <message>
      <source>Readout of the candle under the crosshair, or of the live candle when the mouse is elsewhere.
Time: candle open, UTC. O H L C: open, high, low, close price in USDT; the percentage is close against open.
Vol: traded volume in base units. Taker buy / sell: volume where the aggressor bought / sold (buy % is the taker-buy share). Trades: number of trades.
Volume pane: taker buy (green) stacked on taker sell (red).
Wheel: zoom the time axis. Drag: pan. Double-click or End: back to the live candle. The price axis fits the visible candles. Zoomed far out, neighbouring candles are merged into one bar with their exact combined open, high, low and close.</source>
      <translation>十字光标下K线的读数；鼠标不在图表上时为当前K线的读数。
时间：K线开盘时间，UTC。O H L C：以 USDT 计的开盘价、最高价、最低价、收盘价；百分比为收盘相对开盘的变化。
量：以基础单位计的成交量。主动买 / 卖：主动方买入 / 卖出的成交量（买入 % 为主动买入占比）。成交笔数：成交次数。
成交量面板：主动买入（绿）叠加在主动卖出（红）之上。
滚轮：缩放时间轴。拖动：平移。双击或 End：回到当前K线。价格轴自动适配可见K线。大幅缩小时，相邻K线会合并为一根柱，其开高低收为精确合并值。</translation>
    </message>
    <message>
      <source>Live »</source>
      <translation>实时 »</translation>
    </message>
    <message>
      <source>Back to the live candle and follow it (End, or double-click the chart)</source>
      <translation>回到当前K线并跟随（End 键或双击图表）</translation>
    </message>
    <message>
      <source>
SIMULATED DATA</source>
      <translation>
模拟数据</translation>
    </message>
  </context>
  <context>
    <name>perp::MainMenus</name>
    <message>
      <source>Save layout as…</source>
      <translation>布局另存为…</translation>
    </message>
    <message>
      <source>(no saved layouts)</source>
      <translation>（没有已保存的布局）</translation>
    </message>
    <message>
      <source>Delete layout</source>
      <translation>删除布局</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>Panels</source>
      <translation>面板</translation>
    </message>
    <message>
      <source>Layouts</source>
      <translation>布局</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Export chart as PNG…</source>
      <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
      <source>Export visible candles as CSV…</source>
      <translation>将可见K线导出为 CSV…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <source>Search symbol…</source>
      <translation>搜索交易对…</translation>
    </message>
    <message>
      <source>Go to latest candle</source>
      <translation>转到最新K线</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>深色</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>浅色</translation>
    </message>
    <message>
      <source>The numbers explained</source>
      <translation>数字说明</translation>
    </message>
    <message>
      <source>About PerpScope</source>
      <translation>关于 PerpScope</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
  </context>
  <context>
    <name>perp::MainWindow</name>
    <message>
      <source>Save layout</source>
      <translation>保存布局</translation>
    </message>
    <message>
      <source>Layout name:</source>
      <translation>布局名称：</translation>
    </message>
    <message>
      <source>Layout "%1" saved</source>
      <translation>布局“%1”已保存</translation>
    </message>
    <message>
      <source>Could not save the layout</source>
      <translation>无法保存布局</translation>
    </message>
    <message>
      <source>Export chart as PNG</source>
      <translation>将图表导出为 PNG</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
      <source>Export visible candles as CSV</source>
      <translation>将可见K线导出为 CSV</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>已导出 %1</translation>
    </message>
    <message>
      <source>Watchlist</source>
      <translation>自选列表</translation>
    </message>
    <message>
      <source>Time &amp; Sales</source>
      <translation>逐笔成交</translation>
    </message>
    <message>
      <source>Newest trades and liquidations of the chart symbol</source>
      <translation>图表交易对的最新成交与清算</translation>
    </message>
    <message>
      <source>PerpScope — SIMULATED DATA — %1 %2</source>
      <translation>PerpScope — 模拟数据 — %1 %2</translation>
    </message>
    <message>
      <source>PerpScope — %1 %2 — %3</source>
      <translation>PerpScope — %1 %2 — %3</translation>
    </message>
  </context>
  <context>
    <name>perp::NumbersHelp</name>
    <message>
      <source>The numbers explained</source>
      <translation>数字说明</translation>
    </message>
    <message>
      <source>Watchlist</source>
      <translation>自选列表</translation>
    </message>
    <message>
      <source>Last</source>
      <translation>最新价</translation>
    </message>
    <message>
      <source>Price of the newest trade. Green/red: it ticked up/down.</source>
      <translation>最新一笔成交的价格。绿/红：上涨/下跌。</translation>
    </message>
    <message>
      <source>24h %</source>
      <translation>24小时 %</translation>
    </message>
    <message>
      <source>Change of the last price against the open of the 1-minute candle 24 hours ago.</source>
      <translation>最新价相对 24 小时前 1 分钟K线开盘价的变化。</translation>
    </message>
    <message>
      <source>24h Vol</source>
      <translation>24小时量</translation>
    </message>
    <message>
      <source>Traded value in the quote currency (USDT) over the last 24 hours.</source>
      <translation>过去 24 小时以计价货币（USDT）计的成交额。</translation>
    </message>
    <message>
      <source>Chart</source>
      <translation>图表</translation>
    </message>
    <message>
      <source>O H L C</source>
      <translation>开 高 低 收</translation>
    </message>
    <message>
      <source>Open, high, low and close price of the candle under the cursor (UTC times).</source>
      <translation>光标下K线的开盘价、最高价、最低价和收盘价（UTC 时间）。</translation>
    </message>
    <message>
      <source>Vol / Buy / Sell</source>
      <translation>量 / 买 / 卖</translation>
    </message>
    <message>
      <source>Traded quantity in base units; Buy is taker buying (market buys), Sell taker selling.</source>
      <translation>以基础单位计的成交数量；买为主动买入（市价买），卖为主动卖出。</translation>
    </message>
    <message>
      <source>Liquidation clusters</source>
      <translation>清算簇</translation>
    </message>
    <message>
      <source>Estimated price levels where leveraged positions would be force-closed. They are estimates from open interest, leverage tiers and trades, never exact.</source>
      <translation>杠杆仓位将被强制平仓的估算价格水平。它们由持仓量、杠杆档位和成交估算得出，并不精确。</translation>
    </message>
    <message>
      <source>Time &amp; sales</source>
      <translation>逐笔成交</translation>
    </message>
    <message>
      <source>Buy / Sell</source>
      <translation>买 / 卖</translation>
    </message>
    <message>
      <source>One trade: the taker's side, its price and size.</source>
      <translation>一笔成交：主动方方向、价格和数量。</translation>
    </message>
    <message>
      <source>LIQ long / LIQ short</source>
      <translation>多头清算 / 空头清算</translation>
    </message>
    <message>
      <source>A forced order from the exchange closing a long (a forced sell) or a short (a forced buy).</source>
      <translation>交易所的强平订单，平掉多头（强制卖出）或空头（强制买入）。</translation>
    </message>
    <message>
      <source>Status bar</source>
      <translation>状态栏</translation>
    </message>
    <message>
      <source>Feed time</source>
      <translation>行情时间</translation>
    </message>
    <message>
      <source>Exchange time of the newest event received, in UTC.</source>
      <translation>收到的最新事件的交易所时间（UTC）。</translation>
    </message>
    <message>
      <source>SIMULATED DATA</source>
      <translation>模拟数据</translation>
    </message>
    <message>
      <source>Prices come from the built-in simulator, not from a real market.</source>
      <translation>价格来自内置模拟器，而非真实市场。</translation>
    </message>
  </context>
  <context>
    <name>perp::SettingsDialog</name>
    <message>
      <source>Base units (e.g. BTC)</source>
      <translation>基础单位（如 BTC）</translation>
    </message>
    <message>
      <source>Quote currency (USDT notional)</source>
      <translation>计价货币（USDT 名义价值）</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Symbols shown in the watchlist. At least one stays on.</source>
      <translation>自选列表中显示的交易对。至少保留一个。</translation>
    </message>
    <message>
      <source>Timeframe of the chart when PerpScope starts without --timeframe</source>
      <translation>PerpScope 未带 --timeframe 启动时图表的周期</translation>
    </message>
    <message>
      <source>Watchlist symbols</source>
      <translation>自选列表交易对</translation>
    </message>
    <message>
      <source>Default timeframe:</source>
      <translation>默认周期：</translation>
    </message>
    <message>
      <source>Trade sizes in time &amp; sales:</source>
      <translation>逐笔成交中的数量单位：</translation>
    </message>
  </context>
  <context>
    <name>perp::StatusPanel</name>
    <message>
      <source>SIMULATED DATA</source>
      <translation>模拟数据</translation>
    </message>
    <message>
      <source>Prices come from the built-in market simulator. They are NOT real market prices and must not be used for trading decisions.</source>
      <translation>价格来自内置市场模拟器。它们不是真实市场价格，不得用于交易决策。</translation>
    </message>
    <message>
      <source>LIVE</source>
      <translation>实时</translation>
    </message>
    <message>
      <source>Prices come from a real exchange feed.</source>
      <translation>价格来自真实交易所行情。</translation>
    </message>
    <message>
      <source>Source: %1</source>
      <translation>来源：%1</translation>
    </message>
    <message>
      <source>Where the market data shown comes from</source>
      <translation>所显示市场数据的来源</translation>
    </message>
    <message>
      <source>Feed clock: exchange time of the newest event received, in UTC. With the simulator it runs at the simulation speed.</source>
      <translation>行情时钟：收到的最新事件的交易所时间（UTC）。使用模拟器时按模拟速度运行。</translation>
    </message>
    <message>
      <source>Market events and trades processed by the engine since start</source>
      <translation>自启动以来引擎处理的市场事件和成交</translation>
    </message>
    <message>
      <source>Feed time %1 UTC</source>
      <translation>行情时间 %1 UTC</translation>
    </message>
    <message>
      <source>%1 events · %2 trades</source>
      <translation>%1 个事件 · %2 笔成交</translation>
    </message>
    <message>
      <source>Feed error: %1</source>
      <translation>行情错误：%1</translation>
    </message>
  </context>
  <context>
    <name>perp::SymbolSearch</name>
    <message>
      <source>Search symbol (Ctrl+K)</source>
      <translation>搜索交易对 (Ctrl+K)</translation>
    </message>
    <message>
      <source>Type part of a symbol name, e.g. "eth", and press Enter to show its chart</source>
      <translation>输入交易对名称的一部分，例如“eth”，按回车显示其图表</translation>
    </message>
  </context>
  <context>
    <name>perp::TapeModel</name>
    <message>
      <source>LIQ long</source>
      <translation>多头清算</translation>
    </message>
    <message>
      <source>LIQ short</source>
      <translation>空头清算</translation>
    </message>
    <message>
      <source>Buy</source>
      <translation>买</translation>
    </message>
    <message>
      <source>Sell</source>
      <translation>卖</translation>
    </message>
    <message>
      <source>Forced order (liquidation) at %1 UTC: %2 %3 closed by the exchange</source>
      <translation>强平订单（清算）于 %1 UTC：%2 %3 被交易所平仓</translation>
    </message>
    <message>
      <source>long</source>
      <translation>多头</translation>
    </message>
    <message>
      <source>short</source>
      <translation>空头</translation>
    </message>
    <message>
      <source>Trade at %1 UTC: the taker %2 %3</source>
      <translation>成交于 %1 UTC：主动方%2 %3</translation>
    </message>
    <message>
      <source>bought</source>
      <translation>买入</translation>
    </message>
    <message>
      <source>sold</source>
      <translation>卖出</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>方向</translation>
    </message>
    <message>
      <source>Exchange time of the print (UTC)</source>
      <translation>该笔成交的交易所时间（UTC）</translation>
    </message>
    <message>
      <source>Fill price</source>
      <translation>成交价</translation>
    </message>
    <message>
      <source>Quantity in base units (e.g. BTC)</source>
      <translation>以基础单位计的数量（如 BTC）</translation>
    </message>
    <message>
      <source>Buy/Sell: the taker's side. LIQ long/short: a forced order closing a long or short position</source>
      <translation>买/卖：主动方方向。多头/空头清算：平掉多头或空头仓位的强平订单</translation>
    </message>
    <message>
      <source>Size USDT</source>
      <translation>数量 USDT</translation>
    </message>
    <message>
      <source>Notional in USDT: price × quantity</source>
      <translation>USDT 名义价值：价格 × 数量</translation>
    </message>
  </context>
  <context>
    <name>perp::WatchlistModel</name>
    <message>
      <source>%1 perpetual future. Click to chart it.</source>
      <translation>%1 永续合约。点击查看图表。</translation>
    </message>
    <message>
      <source>%1 last trade price: %2 USDT (tick size %3). Green when it last moved up, red when down.</source>
      <translation>%1 最新成交价：%2 USDT（最小变动价位 %3）。最近上涨为绿色，下跌为红色。</translation>
    </message>
    <message>
      <source>%1 change of the last price against the open of the first 1-minute candle of the last 24 h (or since data started, if that is less than 24 h ago): %2</source>
      <translation>%1 最新价相对过去 24 小时内第一根 1 分钟K线开盘价的变化（若数据开始不足 24 小时，则自数据开始起）：%2</translation>
    </message>
    <message>
      <source>%1 traded notional in USDT over the last 24 h (or since data started), from 1-minute candles, each valued at its typical price (H+L+C)/3: %2</source>
      <translation>%1 过去 24 小时（或自数据开始起）以 USDT 计的成交名义价值，由 1 分钟K线按典型价 (H+L+C)/3 计算：%2</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>交易对</translation>
    </message>
    <message>
      <source>Last</source>
      <translation>最新价</translation>
    </message>
    <message>
      <source>24h %</source>
      <translation>24小时 %</translation>
    </message>
    <message>
      <source>24h Vol</source>
      <translation>24小时量</translation>
    </message>
    <message>
      <source>USDT-margined perpetual future</source>
      <translation>USDT 本位永续合约</translation>
    </message>
    <message>
      <source>Price of the most recent trade, in USDT</source>
      <translation>最近一笔成交的价格（USDT）</translation>
    </message>
    <message>
      <source>Change of the last price against the price 24 h ago (first 1-minute open in the last 24 h; shorter window right after start). Green up, red down.</source>
      <translation>最新价相对 24 小时前价格的变化（过去 24 小时内第一根 1 分钟开盘价；刚启动时窗口较短）。绿涨红跌。</translation>
    </message>
    <message>
      <source>Traded notional in USDT over the last 24 h (shorter window right after start)</source>
      <translation>过去 24 小时以 USDT 计的成交名义价值（刚启动时窗口较短）</translation>
    </message>
  </context>
</TS>