<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FeedHealth</name>
    <message>
        <source>Simulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>重连中</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Opening the connection; no data yet.</source>
        <translation>正在建立连接；尚无数据。</translation>
    </message>
    <message>
        <source>Data is arriving normally.</source>
        <translation>数据正常到达。</translation>
    </message>
    <message>
        <source>Connected, but this stream has been silent longer than it should be; PerpScope replaces the connection.</source>
        <translation>已连接，但该数据流沉默时间过长；PerpScope 将替换此连接。</translation>
    </message>
    <message>
        <source>The connection ended; PerpScope reconnects with growing pauses (exponential backoff with jitter), subscribes again and fetches missed trades and the order book from REST.</source>
        <translation>连接已断开；PerpScope 以逐渐增长的间隔重新连接（带随机抖动的指数退避），重新订阅，并通过 REST 补回错过的成交和订单簿。</translation>
    </message>
    <message>
        <source>The exchange refuses this client (for example HTTP 451 from a restricted location). PerpScope stops trying; stored history stays on screen.</source>
        <translation>交易所拒绝此客户端（例如来自受限地区的 HTTP 451）。PerpScope 停止重试；已存储的历史数据仍显示在屏幕上。</translation>
    </message>
    <message>
        <source>The source was stopped.</source>
        <translation>数据源已停止。</translation>
    </message>
    <message>
        <source>reconnecting now (attempt %1)</source>
        <translation>正在重连（第 %1 次尝试）</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>%1 秒后重连（第 %2 次尝试）</translation>
    </message>
    <message>
        <source>showing stored history</source>
        <translation>显示已存储的历史</translation>
    </message>
    <message>
        <source>no live data</source>
        <translation>无实时数据</translation>
    </message>
    <message>
        <source>%1 unavailable from your location (HTTP 451) — %2; try %3</source>
        <translation>%1 在您所在地区不可用（HTTP 451）— %2；请尝试 %3</translation>
    </message>
    <message>
        <source>%1 unavailable (%2) — %3; try %4</source>
        <translation>%1 不可用（%2）— %3；请尝试 %4</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>连接丢失</translation>
    </message>
    <message>
        <source>%1 %2 stream disconnected (%3) — reconnecting</source>
        <translation>%1 %2 数据流已断开（%3）— 正在重连</translation>
    </message>
    <message>
        <source>%1 %2 stream disconnected (%3) — %4</source>
        <translation>%1 %2 数据流已断开（%3）— %4</translation>
    </message>
    <message>
        <source>%1 %2 stream went silent — replacing the connection</source>
        <translation>%1 %2 数据流无数据 — 正在替换连接</translation>
    </message>
    <message>
        <source>%1: connecting to the %2 stream…</source>
        <translation>%1：正在连接 %2 数据流…</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 已结束</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 已停止</translation>
    </message>
    <message>
        <source>Last event: %1</source>
        <translation>最近事件：%1</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 条/秒</translation>
    </message>
    <message>
        <source>at %1 UTC</source>
        <translation>于 %1 UTC</translation>
    </message>
    <message>
        <source>lag %1 ms</source>
        <translation>延迟 %1 毫秒</translation>
    </message>
    <message>
        <source>%1 reconnects</source>
        <translation>重连 %1 次</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>拒绝 %1 条</translation>
    </message>
    <message>
        <source>Click for the feed-health panel.</source>
        <translation>点击打开数据源状态面板。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Threshold: composite bias, -100 .. +100.</source>
        <translation>阈值：综合偏向，-100 .. +100。</translation>
    </message>
    <message>
        <source>Low / high: the bias range, -100 .. +100. Above = enters, below = leaves.</source>
        <translation>下限 / 上限：偏向区间，-100 .. +100。高于 = 进入，低于 = 离开。</translation>
    </message>
    <message>
        <source>Threshold: confidence in percent; side long = bullish bias, short = bearish.</source>
        <translation>阈值：置信度（百分比）；方向多头 = 看涨偏向，空头 = 看跌。</translation>
    </message>
    <message>
        <source>Category key (e.g. order_flow); from/to states optional (empty = any).</source>
        <translation>类别键（例如 order_flow）；起始/目标状态可选（留空 = 任意）。</translation>
    </message>
    <message>
        <source>Threshold: distance to an ESTIMATED liquidation band, in % of price or in ATR.</source>
        <translation>阈值：与估算清算带的距离，以价格的 % 或 ATR 计。</translation>
    </message>
    <message>
        <source>Fires when a liquidation cascade starts (side = whose positions are liquidated).</source>
        <translation>清算连锁开始时触发（方向 = 被清算仓位的一方）。</translation>
    </message>
    <message>
        <source>Threshold: notional of one reported liquidation, in quote currency (USDT).</source>
        <translation>阈值：单笔已报告清算的名义价值，以计价货币（USDT）计。</translation>
    </message>
    <message>
        <source>Threshold: funding rate per interval as a fraction (0.0005 = 0.05 %), either sign.</source>
        <translation>阈值：每个周期的资金费率，以小数表示（0.0005 = 0.05 %），正负均可。</translation>
    </message>
    <message>
        <source>Zones come from the signal engine.</source>
        <translation>区域来自信号引擎。</translation>
    </message>
    <message>
        <source>Threshold: a price level.</source>
        <translation>阈值：一个价格水平。</translation>
    </message>
</context>
<context>
    <name>perp</name>
    <message>
        <source>Liquidation heatmap (estimated)</source>
        <translation>清算热力图（估算）</translation>
    </message>
    <message>
        <source>Liquidation bands (estimated)</source>
        <translation>清算带（估算）</translation>
    </message>
    <message>
        <source>Liquidation profile (estimated)</source>
        <translation>清算分布（估算）</translation>
    </message>
    <message>
        <source>Liquidation bubbles (realized)</source>
        <translation>清算气泡（已实现）</translation>
    </message>
    <message>
        <source>Liquidations by price (realized)</source>
        <translation>按价格的清算（已实现）</translation>
    </message>
    <message>
        <source>ESTIMATED open liquidation notional over time and price, behind the candles: brighter = more positions estimated to be liquidated at that price at that time. Empty levels are transparent. An estimate from open interest, trade flow and assumed leverage, not exchange data.</source>
        <translation>K线背后按时间和价格显示的估算未平清算名义价值：越亮 = 估计在该时间该价格被清算的仓位越多。空白价位透明。根据持仓量、成交流和假设杠杆估算，并非交易所数据。</translation>
    </message>
    <message>
        <source>The largest ESTIMATED liquidation clusters as translucent bands: amber = longs that would be liquidated below price, blue = shorts above. Label: side, range, estimated notional, distance from price. Hover a band for share, ATR distance and magnet score.</source>
        <translation>最大的估算清算簇以半透明带显示：琥珀色 = 价格下方将被清算的多头，蓝色 = 上方的空头。标签：方向、范围、估算名义价值、距价格距离。悬停查看占比、ATR 距离和磁吸分。</translation>
    </message>
    <message>
        <source>ESTIMATED liquidation notional by price right now, as bars on the right edge on the chart&apos;s price axis: amber longs (below price), blue shorts (above).</source>
        <translation>当前按价格的估算清算名义价值，以图表价格轴右侧的柱显示：琥珀色为多头（价格下方），蓝色为空头（上方）。</translation>
    </message>
    <message>
        <source>REALIZED liquidations reported by the exchange: hollow circles at time and price, area proportional to notional, amber = longs liquidated, blue = shorts liquidated. </source>
        <translation>交易所报告的已实现清算：在时间和价格处的空心圆，面积与名义价值成正比，琥珀色 = 多头被清算，蓝色 = 空头被清算。</translation>
    </message>
    <message>
        <source>REALIZED liquidation notional cumulated by price over the selected window (1h, 4h or 24h), as outlined hatched bars on the left edge. </source>
        <translation>在所选时间窗口（1h、4h 或 24h）内按价格累计的已实现清算名义价值，以左侧带轮廓的斜线柱显示。</translation>
    </message>
</context>
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
    <name>perp::AlertCentre</name>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>已触发</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected rule</source>
        <translation>编辑所选规则</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected rule</source>
        <translation>删除所选规则</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Replace the rules with a rules JSON file; a bad file changes nothing.</source>
        <translation>用规则 JSON 文件替换现有规则；无效文件不会做任何更改。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the rules to a JSON file.</source>
        <translation>将规则写入 JSON 文件。</translation>
    </message>
    <message>
        <source>Import alert rules</source>
        <translation>导入提醒规则</translation>
    </message>
    <message>
        <source>Alert rules (*.json);;All files (*)</source>
        <translation>提醒规则 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export alert rules</source>
        <translation>导出提醒规则</translation>
    </message>
    <message>
        <source>Alert rules (*.json)</source>
        <translation>提醒规则 (*.json)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Mark the selected alert as seen</source>
        <translation>将所选提醒标记为已读</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>全部确认</translation>
    </message>
    <message>
        <source>Mark every alert as seen</source>
        <translation>将所有提醒标记为已读</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>显示历史</translation>
    </message>
    <message>
        <source>Load the newest 1000 alerts of the alert log (kept across restarts)</source>
        <translation>从提醒日志加载最新的 1000 条提醒（重启后仍保留）</translation>
    </message>
    <message>
        <source>Show a tray notification when an alert fires</source>
        <translation>提醒触发时显示托盘通知</translation>
    </message>
    <message>
        <source>Tray notification (no system tray on this desktop)</source>
        <translation>托盘通知（此桌面没有系统托盘）</translation>
    </message>
    <message>
        <source>Beep when an alert fires</source>
        <translation>提醒触发时发出提示音</translation>
    </message>
    <message>
        <source>Import failed: %1
The rules were not changed.</source>
        <translation>导入失败：%1
规则未更改。</translation>
    </message>
    <message>
        <source>Imported %1 rules from %2.</source>
        <translation>已从 %2 导入 %1 条规则。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Exported %1 rules to %2.</source>
        <translation>已将 %1 条规则导出到 %2。</translation>
    </message>
    <message>
        <source>%1 new of %2</source>
        <translation>%2 条中 %1 条新提醒</translation>
    </message>
    <message>
        <source>Fired (%1)</source>
        <translation>已触发 (%1)</translation>
    </message>
</context>
<context>
    <name>perp::AlertNotifier</name>
    <message>
        <source>PerpScope alerts</source>
        <translation>PerpScope 提醒</translation>
    </message>
    <message>
        <source> (REPLAY)</source>
        <translation>（回放）</translation>
    </message>
    <message>
        <source>Alert: %1%2</source>
        <translation>提醒：%1%2</translation>
    </message>
    <message>
        <source>%1 alerts fired%2</source>
        <translation>已触发 %1 条提醒%2</translation>
    </message>
</context>
<context>
    <name>perp::BiasSparkline</name>
    <message>
        <source>minutes before the newest cycle</source>
        <translation>距最新周期的分钟数</translation>
    </message>
    <message>
        <source>%1 composite bias over its last cycles (newest at 0). Dashed lines: ±%2, beyond which the bias counts as bullish or bearish. Hover the line for a cycle&apos;s time and value.</source>
        <translation>%1 综合偏向在最近各周期的走势（最新为 0）。虚线：±%2，超出即视为看涨或看跌。将鼠标悬停在线上可查看某周期的时间和数值。</translation>
    </message>
    <message>
        <source>%1 bias %2 at %3 UTC</source>
        <translation>%1 偏向 %2，时间 %3 UTC</translation>
    </message>
</context>
<context>
    <name>perp::CategoryChart</name>
    <message>
        <source>bullish points</source>
        <translation>看涨点数</translation>
    </message>
    <message>
        <source>bearish points</source>
        <translation>看跌点数</translation>
    </message>
    <message>
        <source>points of bias (sum = composite bias)</source>
        <translation>偏向点数（总和 = 综合偏向）</translation>
    </message>
    <message>
        <source>Points each of the 25 categories adds to the %1 composite bias: green pushes up (bullish), red down (bearish). The bars add up to the bias. Hover a bar for its score, weight and signals; click it to list only that category&apos;s signals.</source>
        <translation>25 个类别各自为 %1 综合偏向贡献的点数：绿色向上推（看涨），红色向下推（看跌）。各柱之和即为偏向。悬停某柱可查看其得分、权重和信号；点击可只列出该类别的信号。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no signal of this category has data for this symbol in %2 mode, so it adds nothing (missing data is never made up).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：该类别在 %2 模式下没有任何信号有此品种的数据，因此贡献为零（缺失数据从不臆造）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 mode)&lt;br&gt;Adds %3 points to the bias.&lt;br&gt;Category score %4 (the same formula over this category&apos;s signals only, -100..+100).&lt;br&gt;Learned category weight %5× (how well the category has called the price lately; 1 = average).&lt;br&gt;Signals with data: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2 模式）&lt;br&gt;为偏向贡献 %3 点。&lt;br&gt;类别得分 %4（仅对本类别信号使用同一公式，-100..+100）。&lt;br&gt;学习得到的类别权重 %5×（该类别近期对价格判断的准确程度；1 = 平均）。&lt;br&gt;有数据的信号：%6</translation>
    </message>
</context>
<context>
    <name>perp::ChartActions</name>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Back to the live candle and follow it</source>
        <translation>回到当前K线并跟随</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Show fewer candles (also the mouse wheel)</source>
        <translation>显示更少K线（也可用鼠标滚轮）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Show more candles (also the mouse wheel)</source>
        <translation>显示更多K线（也可用鼠标滚轮）</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>Logarithmic price axis: equal distances are equal percentage moves. Off: linear axis.</source>
        <translation>对数价格轴：相同距离代表相同百分比变动。关闭：线性轴。</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>H-line</source>
        <translation>水平线</translation>
    </message>
    <message>
        <source>Horizontal line: click at a price</source>
        <translation>水平线：点击某个价格</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势线</translation>
    </message>
    <message>
        <source>Trend line: press, drag to the second point, release</source>
        <translation>趋势线：按下，拖到第二个点，松开</translation>
    </message>
    <message>
        <source>Rect</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Rectangle: press at one corner, drag to the other, release</source>
        <translation>矩形：在一个角按下，拖到对角，松开</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Measure: press and drag between two points to read the price change (% and absolute), the number of bars and the time between them</source>
        <translation>测量：在两点间按下并拖动，读取价格变化（百分比和绝对值）、K线数量及时间间隔</translation>
    </message>
    <message>
        <source>. Drawings are kept per symbol.</source>
        <translation>。绘图按交易对保存。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected drawing (click a drawing to select it)</source>
        <translation>删除所选绘图（点击绘图以选中）</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Delete every drawing of this symbol</source>
        <translation>删除此交易对的所有绘图</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Leave the drawing tool and clear the selection</source>
        <translation>退出绘图工具并清除选择</translation>
    </message>
    <message>
        <source>Chart tools</source>
        <translation>图表工具</translation>
    </message>
    <message>
        <source>Show or hide the panes under the candles</source>
        <translation>显示或隐藏K线下方的面板</translation>
    </message>
</context>
<context>
    <name>perp::ChartDrawings</name>
    <message>
        <source>%1 (%2%3) · %4 bars · %5</source>
        <translation>%1（%2%3）· %4 根 · %5</translation>
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
    <name>perp::ChartPane</name>
    <message>
        <source>Chart %1 · %2 %3 · %4</source>
        <translation>图表 %1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>已联动</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>独立</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>图表 %1</translation>
    </message>
    <message>
        <source>An extra chart pane with its own symbol and timeframe. Close it with the dock&apos;s close button; it is saved with the layout.</source>
        <translation>额外的图表窗格，有自己的交易对和周期。用停靠窗口的关闭按钮关闭；它随布局一起保存。</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>联动</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>独立</translation>
    </message>
    <message>
        <source>Linked: this pane shows the symbol selected in the watchlist, the symbol search or the main chart. Independent: it keeps the symbol picked here. Click to switch.</source>
        <translation>联动：此窗格显示在自选列表、交易对搜索或主图表中选中的交易对。独立：保留在此处选择的交易对。点击切换。</translation>
    </message>
    <message>
        <source>Symbol of this pane. Picking one makes the pane independent.</source>
        <translation>此窗格的交易对。选择后窗格变为独立。</translation>
    </message>
    <message>
        <source>Timeframe of this pane&apos;s candles (UTC), independent of the main chart.</source>
        <translation>此窗格K线的周期（UTC），与主图表无关。</translation>
    </message>
</context>
<context>
    <name>perp::ChartPaneManager</name>
    <message>
        <source>New chart pane</source>
        <translation>新建图表窗格</translation>
    </message>
    <message>
        <source>Open another chart pane with its own symbol and timeframe (%1)</source>
        <translation>打开另一个有自己交易对和周期的图表窗格 (%1)</translation>
    </message>
</context>
<context>
    <name>perp::ChartPanes</name>
    <message>
        <source>Volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <source>CVD</source>
        <translation>CVD</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>持仓量</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>资金费率</translation>
    </message>
    <message>
        <source>Traded volume per candle in %1: taker buy (green, the aggressor bought) stacked on taker sell (red).</source>
        <translation>以 %1 计的每根K线成交量：主动买入（绿色，主动方买入）叠加在主动卖出（红色）之上。</translation>
    </message>
    <message>
        <source>Cumulative volume delta in %1: running sum of taker buy minus taker sell volume over the candles held, starting at 0 before the first one. Rising: aggressive buyers dominate; falling: aggressive sellers. Only the slope matters, not the level.</source>
        <translation>以 %1 计的累计成交量差：所持K线上主动买入量减主动卖出量的累计和，从第一根之前的 0 开始。上升：主动买方占优；下降：主动卖方占优。只看斜率，不看水平。</translation>
    </message>
    <message>
        <source>Open interest in %1: contracts open (one side), summed over the venues that report it (latest value of each), last value in each minute. Rising with price: new longs; rising against price: new shorts; falling: positions closing or liquidated.</source>
        <translation>以 %1 计的持仓量：未平合约（单边），对报告该数据的交易所求和（各取最新值），每分钟取最后一个值。随价格上升：新多头；逆价格上升：新空头；下降：仓位平仓或被清算。</translation>
    </message>
    <message>
        <source>Funding rate in percent per funding interval (typically 8 h), mean of the venues that report it, last value in each minute (the predicted rate until it settles). Positive: longs pay shorts (crowded long); negative: shorts pay longs.</source>
        <translation>每个资金费周期（通常 8 小时）的资金费率百分比，取报告该数据的交易所均值，每分钟取最后一个值（结算前为预测费率）。正：多头付给空头（多头拥挤）；负：空头付给多头。</translation>
    </message>
    <message>
        <source>taker buy − sell, %1</source>
        <translation>主动买 − 卖，%1</translation>
    </message>
    <message>
        <source>% per interval</source>
        <translation>% 每周期</translation>
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
    <name>perp::EngineServices</name>
    <message>
        <source>History is not kept: %1</source>
        <translation>历史未保存：%1</translation>
    </message>
    <message>
        <source>History write failed (kept and retried): %1</source>
        <translation>历史写入失败（已保留并将重试）：%1</translation>
    </message>
    <message>
        <source>History: %1 stored candles loaded in %2 ms from %3</source>
        <translation>历史：已在 %2 ms 内从 %3 加载 %1 根已存储K线</translation>
    </message>
    <message>
        <source>; retention removed %1 old rows</source>
        <translation>；保留策略已删除 %1 行旧数据</translation>
    </message>
    <message>
        <source>Stored alert rules not loaded: %1</source>
        <translation>未能加载已存储的提醒规则：%1</translation>
    </message>
    <message>
        <source>Fired alerts not stored: %1</source>
        <translation>未能保存已触发的提醒：%1</translation>
    </message>
    <message>
        <source>Alert rules not saved: %1</source>
        <translation>未能保存提醒规则：%1</translation>
    </message>
    <message>
        <source>; learned signal weights not restored (learning starts afresh): %1</source>
        <translation>；未恢复已学习的信号权重（重新开始学习）：%1</translation>
    </message>
    <message>
        <source>; learned signal weights restored (%1 track records saved %2 UTC)</source>
        <translation>；已恢复已学习的信号权重（%1 条记录，保存于 %2 UTC）</translation>
    </message>
    <message>
        <source>Learned signal weights not saved: %1</source>
        <translation>未保存已学习的信号权重：%1</translation>
    </message>
    <message>
        <source>Zones not stored: %1</source>
        <translation>区域未保存：%1</translation>
    </message>
    <message>
        <source>Zones not restored: %1</source>
        <translation>区域未恢复：%1</translation>
    </message>
    <message>
        <source>Margin tiers file not used: %1</source>
        <translation>未使用保证金档位文件：%1</translation>
    </message>
    <message>
        <source>Margin tiers of %1 symbols from %2</source>
        <translation>%1 个交易对的保证金档位来自 %2</translation>
    </message>
</context>
<context>
    <name>perp::FeedHealthModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1% done · at %2 UTC</source>
        <translation>已完成 %1% · 于 %2 UTC</translation>
    </message>
    <message>
        <source>feed clock %1 UTC</source>
        <translation>数据时钟 %1 UTC</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <source>%1
Last event: %2</source>
        <translation>%1
最近事件：%2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>数据流</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <translation>条/秒</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>重连</translation>
    </message>
    <message>
        <source>Gaps filled</source>
        <translation>已补缺口</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最近消息</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>The exchange (or the simulator / replay) the row belongs to.</source>
        <translation>该行所属的交易所（或模拟器 / 回放）。</translation>
    </message>
    <message>
        <source>A connection (Binance &quot;market&quot; and &quot;public&quot;, Bybit &quot;linear&quot;), a kind of message on it (aggTrade, depth, markPrice ...), the REST pollers (&quot;rest&quot;), or for the simulator and replay the kind of event.</source>
        <translation>一个连接（Binance 的 “market” 和 “public”，Bybit 的 “linear”）、其上的一类消息（aggTrade、depth、markPrice ...）、REST 轮询（“rest”），或对模拟器和回放而言的事件类型。</translation>
    </message>
    <message>
        <source>live: data arriving; connecting; stale: silent too long, being replaced; reconnecting: waiting to reconnect; unavailable: the exchange refuses this client; stopped.</source>
        <translation>实时：数据到达；连接中；停滞：沉默过久，正在替换；重连中：等待重新连接；不可用：交易所拒绝此客户端；已停止。</translation>
    </message>
    <message>
        <source>Messages (events for the simulator and replay) per second over the last second.</source>
        <translation>最近一秒内每秒的消息数（模拟器和回放为事件数）。</translation>
    </message>
    <message>
        <source>Local receive time minus the exchange&apos;s event time of the newest message: network delay plus any clock difference. Not applicable to the simulator and replay.</source>
        <translation>最新消息的本地接收时间减去交易所事件时间：网络延迟加上任何时钟差异。不适用于模拟器和回放。</translation>
    </message>
    <message>
        <source>Messages received on this stream since start.</source>
        <translation>自启动以来在此数据流上收到的消息数。</translation>
    </message>
    <message>
        <source>How often this connection was re-established after it ended or went silent.</source>
        <translation>此连接在断开或沉默后重新建立的次数。</translation>
    </message>
    <message>
        <source>Holes found (missing trade ids, order-book sequence breaks) and filled from REST, so no trade is lost.</source>
        <translation>发现的缺口（缺失的成交 ID、订单簿序列中断）并通过 REST 补齐，因此不会丢失任何成交。</translation>
    </message>
    <message>
        <source>Messages that failed to parse or were out of sequence; each is counted and skipped, the rest of the stream is unaffected.</source>
        <translation>无法解析或顺序错误的消息；每条都会被计数并跳过，数据流的其余部分不受影响。</translation>
    </message>
    <message>
        <source>Trades dropped because their id was already seen (e.g. during a reconnect overlap).</source>
        <translation>因 ID 已出现而被丢弃的成交（例如重连重叠期间）。</translation>
    </message>
    <message>
        <source>Wall-clock time since the last message on this stream.</source>
        <translation>距此数据流上一条消息的实际时间。</translation>
    </message>
    <message>
        <source>What is happening now: the reason a connection ended and the next attempt, or for replay the share done and the replay clock, for the simulator its clock.</source>
        <translation>当前情况：连接断开的原因及下一次尝试；回放时为完成比例和回放时钟；模拟器为其时钟。</translation>
    </message>
</context>
<context>
    <name>perp::FeedHealthPanel</name>
    <message>
        <source>Feed health</source>
        <translation>数据源状态</translation>
    </message>
    <message>
        <source>Show or hide feed health: state, rates, lag, reconnects and gaps per exchange and stream</source>
        <translation>显示或隐藏数据源状态：各交易所和数据流的状态、速率、延迟、重连和缺口</translation>
    </message>
    <message>
        <source>Loading candle history from the exchange&apos;s REST API (one request per symbol); live data is shown meanwhile.</source>
        <translation>正在通过交易所的 REST API 加载 K 线历史（每个品种一个请求）；期间显示实时数据。</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 条/秒</translation>
    </message>
    <message>
        <source>Connected again — data is live</source>
        <translation>已重新连接 — 数据实时</translation>
    </message>
    <message>
        <source>Connected — data is live</source>
        <translation>已连接 — 数据实时</translation>
    </message>
    <message>
        <source>All streams are working. Hover a column title to see what it counts.</source>
        <translation>所有数据流工作正常。将鼠标悬停在列标题上可查看其含义。</translation>
    </message>
    <message>
        <source>Waiting for the first health report of the source…</source>
        <translation>正在等待数据源的第一份状态报告…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 已加载</translation>
    </message>
</context>
<context>
    <name>perp::FiredAlertModel</name>
    <message>
        <source>Engine time (exchange time, UTC) of the evaluation that fired the alert.</source>
        <translation>触发该提醒的评估所对应的引擎时间（交易所时间，UTC）。</translation>
    </message>
    <message>
        <source>The observed value that met the condition (bias points, percent, price or quote notional depending on the rule; liquidation bands are estimated).</source>
        <translation>满足条件的观测值（依规则而定：偏向点数、百分比、价格或计价货币名义价值；清算带为估算）。</translation>
    </message>
    <message>
        <source>The rule&apos;s threshold the value was compared against.</source>
        <translation>与该值进行比较的规则阈值。</translation>
    </message>
    <message>
        <source>REPLAY: fired while replaying recorded data. NEW: not acknowledged yet.</source>
        <translation>回放：在回放录制数据时触发。新：尚未确认。</translation>
    </message>
    <message>
        <source>REPLAY</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>新</translation>
    </message>
</context>
<context>
    <name>perp::LiqBandsLayer</name>
    <message>
        <source>
(Outside the visible price range.)</source>
        <translation>
（在可见价格范围之外。）</translation>
    </message>
</context>
<context>
    <name>perp::LiqBubblesLayer</name>
    <message>
        <source>%1 realized %2 liquidations merged at this zoom (exchange-reported)
Total notional: %3
Price: %4 – %5
Time: %6 – %7 UTC</source>
        <translation>此缩放级别下合并的 %1 笔已实现%2清算（交易所报告）
名义价值合计：%3
价格：%4 – %5
时间：%6 – %7 UTC</translation>
    </message>
    <message>
        <source>long</source>
        <translation>多头</translation>
    </message>
    <message>
        <source>short</source>
        <translation>空头</translation>
    </message>
</context>
<context>
    <name>perp::LiqChartLayers</name>
    <message>
        <source>%1 CASCADE · intensity %2</source>
        <translation>%1连锁清算 · 强度 %2</translation>
    </message>
    <message>
        <source>LONG</source>
        <translation>多头</translation>
    </message>
    <message>
        <source>SHORT</source>
        <translation>空头</translation>
    </message>
    <message>
        <source>Liquidation cascade in progress: %1 are being liquidated in a burst (realized liquidations far above their usual rate while price moves against them).
Intensity %2 (1 = just at the start threshold, 3+ = violent; peak %3). Realized since start: %4.</source>
        <translation>清算连锁反应进行中：%1 正在集中被清算（价格逆向运动时，已实现清算远高于平常速率）。
强度 %2（1 = 刚达启动阈值，3+ = 剧烈；峰值 %3）。开始以来已实现：%4。</translation>
    </message>
    <message>
        <source>longs</source>
        <translation>多头</translation>
    </message>
    <message>
        <source>shorts</source>
        <translation>空头</translation>
    </message>
    <message>
        <source>heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>bands</source>
        <translation>清算带</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>○ bubbles</source>
        <translation>○ 气泡</translation>
    </message>
    <message>
        <source>▭ by price %1</source>
        <translation>▭ 按价格 %1</translation>
    </message>
    <message>
        <source>Liquidations: &lt;span style=&apos;color:%1&apos;&gt;■ longs&lt;/span&gt; &lt;span style=&apos;color:%2&apos;&gt;■ shorts&lt;/span&gt;</source>
        <translation>清算：&lt;span style=&apos;color:%1&apos;&gt;■ 多头&lt;/span&gt; &lt;span style=&apos;color:%2&apos;&gt;■ 空头&lt;/span&gt;</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; ESTIMATED (soft fill): %1</source>
        <translation> &amp;nbsp;·&amp;nbsp; 估算（柔和填充）：%1</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; REALIZED (outline): %1</source>
        <translation> &amp;nbsp;·&amp;nbsp; 已实现（轮廓）：%1</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:#ff9f1a&apos;&gt;low confidence (no open-interest data)&lt;/span&gt;</source>
        <translation> &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:#ff9f1a&apos;&gt;低置信度（无持仓量数据）&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>perp::LiqHeatmapLayer</name>
    <message>
        <source>Estimated liquidation heatmap
%1 of open positions estimated to be liquidated at %2 – %3
(brightest colour in view = %4). An ESTIMATE, not exchange data.</source>
        <translation>估算清算热力图
估计有 %1 的未平仓位将在 %2 – %3 被清算
（视图中最亮颜色 = %4）。这是估算，并非交易所数据。</translation>
    </message>
</context>
<context>
    <name>perp::LiqHistogramLayer</name>
    <message>
        <source>Realized liquidations, last %1 (reported by the exchange)
%2 – %3
Longs liquidated: %4 · Shorts liquidated: %5</source>
        <translation>已实现清算，过去 %1（交易所报告）
%2 – %3
多头被清算：%4 · 空头被清算：%5</translation>
    </message>
    <message>
        <source>realized liq %1 · longs %2 · shorts %3</source>
        <translation>已实现清算 %1 · 多头 %2 · 空头 %3</translation>
    </message>
    <message>
        <source> · Binance: max 1 per second, undercounts</source>
        <translation> · Binance：每秒最多 1 笔，数据偏少</translation>
    </message>
</context>
<context>
    <name>perp::LiqLayerControls</name>
    <message>
        <source>Liquidations</source>
        <translation>清算</translation>
    </message>
    <message>
        <source>Show or hide the liquidation layers. Estimated layers (heatmap, bands, profile) are model estimates drawn as soft fills; realized layers (bubbles, by-price bars) are exchange-reported and drawn as outlines.</source>
        <translation>显示或隐藏清算图层。估算图层（热力图、清算带、分布）为模型估算，以柔和填充绘制；已实现图层（气泡、按价格柱）由交易所报告，以轮廓绘制。</translation>
    </message>
    <message>
        <source>Realized by price: window</source>
        <translation>按价格已实现：时间窗口</translation>
    </message>
    <message>
        <source>Last %1</source>
        <translation>过去 %1</translation>
    </message>
    <message>
        <source>Cumulate realized liquidations by price over the last %1.</source>
        <translation>按价格累计过去 %1 的已实现清算。</translation>
    </message>
    <message>
        <source>Support and resistance</source>
        <translation>支撑与阻力</translation>
    </message>
</context>
<context>
    <name>perp::LiqProfilePanel</name>
    <message>
        <source>Estimated liquidation profile (now)
%1 – %2
Longs: %3 · Shorts: %4
Notional of open positions estimated to be liquidated in this price range. An ESTIMATE.</source>
        <translation>估算清算分布（当前）
%1 – %2
多头：%3 · 空头：%4
估计在此价格区间被清算的未平仓位名义价值。这是估算。</translation>
    </message>
    <message>
        <source>est. liq profile</source>
        <translation>估算清算分布</translation>
    </message>
</context>
<context>
    <name>perp::LiqRecordText</name>
    <message>
        <source>bands&apos; record: no liquidations scored yet</source>
        <translation>价带战绩：尚无已评估的强平</translation>
    </message>
    <message>
        <source>bands&apos; record 24 h: %1 of liquidations in %2 of the range (%3×)</source>
        <translation>价带战绩 24 小时：%1 的强平落在占区间 %2 的价带内（%3×）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bands&apos; track record&lt;/b&gt; (last 24 h, this symbol): every REALIZED liquidation within ±10% of price is checked against the top 5 ESTIMATED bands drawn before it. &lt;i&gt;In bands&lt;/i&gt; is the share of liquidated notional that fell inside those bands; &lt;i&gt;range covered&lt;/i&gt; is the share of the ±10% range the bands took up, which is what bands placed at random would catch; &lt;i&gt;lift&lt;/i&gt; = in bands ÷ range covered (1× = no better than chance). Binance reports at most one liquidation per symbol per second, so bursts are undercounted. Past accuracy does not promise future accuracy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;价带战绩&lt;/b&gt;（最近 24 小时，本合约）：价格 ±10% 以内的每一笔已实现强平，都与其发生之前绘制的前 5 个估计价带比较。&lt;i&gt;落在价带内&lt;/i&gt;是落入这些价带的强平名义价值占比；&lt;i&gt;覆盖区间&lt;/i&gt;是这些价带占 ±10% 区间的比例，即随机放置的价带平均能捕获的比例；&lt;i&gt;提升&lt;/i&gt; = 落在价带内 ÷ 覆盖区间（1× = 不比随机好）。币安每个合约每秒最多推送一笔强平，因此集中爆发时会少计。过去的准确度不代表未来。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>bands on screen just before</source>
        <translation>强平前屏幕上的价带</translation>
    </message>
    <message>
        <source>bands drawn %1 h before</source>
        <translation>%1 小时前绘制的价带</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1:&lt;/td&gt;&lt;td&gt;no liquidations scored yet&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1：&lt;/td&gt;&lt;td&gt;尚无已评估的强平&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1:&lt;/td&gt;&lt;td&gt;%2 in bands, %3 range covered, lift %4× (%5 liquidations, %6)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1：&lt;/td&gt;&lt;td&gt;%2 落在价带内，覆盖区间 %3，提升 %4×（%5 笔强平，%6）&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The bands on screen just before a liquidation often score lower: price trading through a level removes it from the estimate before the exchange reports the liquidation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;强平前一刻屏幕上的价带得分往往较低：价格穿过某个水平时，该水平会先从估计中移除，之后交易所才报告这笔强平。&lt;/p&gt;</translation>
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
        <source>Layout &quot;%1&quot; saved</source>
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
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Show or hide the alert centre: rules, fired alerts, delivery</source>
        <translation>显示或隐藏提醒中心：规则、已触发提醒、推送</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>提醒 (%1)</translation>
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
        <source>One trade: the taker&apos;s side, its price and size.</source>
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
    <message>
        <source>Bands&apos; record</source>
        <translation>价带战绩</translation>
    </message>
    <message>
        <source>How often the estimated bands were right over the last 24 hours: the share of realized liquidations near price that fell inside the five largest bands drawn an hour before, against the share of the price range those bands covered (what bands placed at random would catch). Their ratio is the lift: 1× is no better than chance. Hover the chart legend for the bands on screen just before and 4 hours before. Past accuracy does not promise future accuracy.</source>
        <translation>估计价带在最近 24 小时内的准确程度：价格附近已实现的强平中，落入一小时前绘制的前五大价带内的比例，与这些价带覆盖的价格区间比例（随机放置的价带平均能捕获的比例）相比。两者之比即提升：1× 表示不比随机好。将鼠标悬停在图表图例上可查看强平前一刻屏幕上的价带和 4 小时前的价带。过去的准确度不代表未来。</translation>
    </message>
</context>
<context>
    <name>perp::RecordToggle</name>
    <message>
        <source>Recording failed: %1</source>
        <translation>录制失败：%1</translation>
    </message>
    <message>
        <source>● REC %1 · %2 frames · %3</source>
        <translation>● 录制 %1 · %2 帧 · %3</translation>
    </message>
    <message>
        <source>Recording every raw frame of the live feed with its receive time to %1 (%2 frames, %3 compressed on disk, %4 dropped). Replay it with --source replay:FILE.</source>
        <translation>正在将实时行情的每个原始帧连同接收时间录制到 %1（%2 帧，磁盘上压缩后 %3，丢弃 %4）。用 --source replay:FILE 回放。</translation>
    </message>
    <message>
        <source>Record raw feed</source>
        <translation>录制原始行情</translation>
    </message>
    <message>
        <source>Write every raw frame of the live feed, with its local receive time, to a file in %1 (Ctrl+Shift+R). Off by default.</source>
        <translation>将实时行情的每个原始帧连同本地接收时间写入 %1 中的文件（Ctrl+Shift+R）。默认关闭。</translation>
    </message>
    <message>
        <source>Recording is for live exchange sources (binance, bybit)</source>
        <translation>录制仅适用于实时交易所数据源（binance、bybit）</translation>
    </message>
</context>
<context>
    <name>perp::ReplayToolBar</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>loading %p%</source>
        <translation>加载中 %p%</translation>
    </message>
    <message>
        <source>seeking %p%</source>
        <translation>定位中 %p%</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>无事件</translation>
    </message>
    <message>
        <source>finished %p%</source>
        <translation>已完成 %p%</translation>
    </message>
    <message>
        <source>position %p%</source>
        <translation>位置 %p%</translation>
    </message>
    <message>
        <source>%1 / %2 events</source>
        <translation>%1 / %2 个事件</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Play or pause the replay (Space)</source>
        <translation>播放或暂停回放（空格）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Step one event batch: the events of the next received frame (Right)</source>
        <translation>前进一批事件：下一个接收帧的事件（右方向键）</translation>
    </message>
    <message>
        <source>Step candle</source>
        <translation>前进一根K线</translation>
    </message>
    <message>
        <source>Step one candle of the chart&apos;s timeframe: up to the first trade of the next candle (Shift+Right)</source>
        <translation>按图表周期前进一根K线：直到下一根K线的第一笔成交（Shift+右方向键）</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>加速</translation>
    </message>
    <message>
        <source>Next replay speed (Ctrl++ or ])</source>
        <translation>下一档回放速度（Ctrl++ 或 ]）</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>减速</translation>
    </message>
    <message>
        <source>Previous replay speed (Ctrl+- or [)</source>
        <translation>上一档回放速度（Ctrl+- 或 [）</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>Replay speed: recorded seconds per wall-clock second; max = as fast as the engine takes it (Ctrl++ / Ctrl+-, or ] / [)</source>
        <translation>回放速度：每个真实秒回放的录制秒数；最快 = 引擎能处理多快就多快（Ctrl++ / Ctrl+-，或 ] / [）</translation>
    </message>
    <message>
        <source>Timeline of the recording, by local receive time. Drag or click to seek: forward replays everything up to there at max speed; back restarts the engine and replays from the start (the chart is rebuilt).</source>
        <translation>录制的时间轴（按本地接收时间）。拖动或点击以定位：向前会以最快速度回放到该处的全部数据；向后会重置引擎并从头回放（图表会重建）。</translation>
    </message>
    <message>
        <source>Replay time: the receive time of the last event replayed (UTC)</source>
        <translation>回放时间：最后回放事件的接收时间（UTC）</translation>
    </message>
    <message>
        <source>Loading progress of the files, then seeking progress, then the share of the recording&apos;s events replayed</source>
        <translation>先是文件加载进度，然后是定位进度，然后是已回放事件占录制的比例</translation>
    </message>
    <message>
        <source>Events replayed / events in the recording (trades, liquidations, marks, open interest, book updates)</source>
        <translation>已回放事件 / 录制中的事件（成交、强平、标记价格、持仓量、订单簿更新）</translation>
    </message>
</context>
<context>
    <name>perp::RuleDialog</name>
    <message>
        <source>Alert rule</source>
        <translation>提醒规则</translation>
    </message>
    <message>
        <source>e.g. SOL swing bias above +60</source>
        <translation>例如：SOL 波段偏向高于 +60</translation>
    </message>
    <message>
        <source>All symbols (watchlist)</source>
        <translation>所有交易对（自选列表）</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>所有模式</translation>
    </message>
    <message>
        <source>scalp</source>
        <translation>剥头皮</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日内</translation>
    </message>
    <message>
        <source>swing</source>
        <translation>波段</translation>
    </message>
    <message>
        <source>Bias crosses a threshold</source>
        <translation>偏向穿越阈值</translation>
    </message>
    <message>
        <source>Bias enters / leaves a range</source>
        <translation>偏向进入 / 离开区间</translation>
    </message>
    <message>
        <source>Confidence at least x with a bias sign</source>
        <translation>置信度至少为 x 且偏向方向一致</translation>
    </message>
    <message>
        <source>A category changes state</source>
        <translation>某类别状态改变</translation>
    </message>
    <message>
        <source>Price near an estimated liquidation band</source>
        <translation>价格接近估算清算带</translation>
    </message>
    <message>
        <source>Liquidation cascade starts</source>
        <translation>清算连锁开始</translation>
    </message>
    <message>
        <source>Realized liquidation of at least a notional</source>
        <translation>已实现清算达到指定名义价值</translation>
    </message>
    <message>
        <source>Funding beyond ±x</source>
        <translation>资金费率超出 ±x</translation>
    </message>
    <message>
        <source>Price touches a zone</source>
        <translation>价格触及区域</translation>
    </message>
    <message>
        <source>A zone is broken</source>
        <translation>区域被突破</translation>
    </message>
    <message>
        <source>Price crosses a level</source>
        <translation>价格穿越水平位</translation>
    </message>
    <message>
        <source>above</source>
        <translation>高于</translation>
    </message>
    <message>
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <source>either</source>
        <translation>任一方向</translation>
    </message>
    <message>
        <source>enters the range</source>
        <translation>进入区间</translation>
    </message>
    <message>
        <source>leaves the range</source>
        <translation>离开区间</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
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
        <source>% of price</source>
        <translation>价格的 %</translation>
    </message>
    <message>
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message>
        <source>every time (with cooldown)</source>
        <translation>每次（含冷却）</translation>
    </message>
    <message>
        <source>once</source>
        <translation>仅一次</translation>
    </message>
    <message>
        <source>once per mode cycle</source>
        <translation>每个模式周期一次</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>default of the kind</source>
        <translation>该类型的默认值</translation>
    </message>
    <message>
        <source>How far the value must move back past the threshold before the rule can fire again (default: 2 points for bias/confidence, 2 % of the threshold otherwise).</source>
        <translation>规则再次触发前，数值须回撤越过阈值的幅度（默认：偏向/置信度为 2 点，其他为阈值的 2 %）。</translation>
    </message>
    <message>
        <source>expires at (UTC)</source>
        <translation>到期时间（UTC）</translation>
    </message>
    <message>
        <source>Placeholders: {symbol} {mode} {value} {threshold} {name} {direction} {state} {side} {price} {zone} {replay}; empty = the kind&apos;s default.</source>
        <translation>占位符：{symbol} {mode} {value} {threshold} {name} {direction} {state} {side} {price} {zone} {replay}；留空 = 该类型的默认值。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>交易对</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Range event</source>
        <translation>区间事件</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>区间下限</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>区间上限</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Distance unit</source>
        <translation>距离单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>From state</source>
        <translation>起始状态</translation>
    </message>
    <message>
        <source>To state</source>
        <translation>目标状态</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>冷却时间</translation>
    </message>
    <message>
        <source>Hysteresis</source>
        <translation>回滞</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>this rule</source>
        <translation>此规则</translation>
    </message>
</context>
<context>
    <name>perp::RuleTableModel</name>
    <message>
        <source>Switch the rule on or off; a disabled rule never fires.</source>
        <translation>启用或停用规则；停用的规则永不触发。</translation>
    </message>
    <message>
        <source>%1 — %2. Message: %3</source>
        <translation>%1 — %2。消息：%3</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>, cooldown %1 s</source>
        <translation>，冷却 %1 秒</translation>
    </message>
    <message>
        <source>above</source>
        <translation>高于</translation>
    </message>
    <message>
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <source>either way</source>
        <translation>任一方向</translation>
    </message>
    <message>
        <source> (longs)</source>
        <translation>（多头）</translation>
    </message>
    <message>
        <source> (shorts)</source>
        <translation>（空头）</translation>
    </message>
    <message>
        <source>bias crosses %1 %2</source>
        <translation>偏向穿越 %2（%1）</translation>
    </message>
    <message>
        <source>bias %1 range %2 .. %3</source>
        <translation>偏向%1区间 %2 .. %3</translation>
    </message>
    <message>
        <source>leaves</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>enters</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>enters or leaves</source>
        <translation>进入或离开</translation>
    </message>
    <message>
        <source>confidence at least %1 %%2</source>
        <translation>置信度至少 %1 %%2</translation>
    </message>
    <message>
        <source>category %1 changes state%2%3</source>
        <translation>类别 %1 状态改变%2%3</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation>，从 %1</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation>，变为 %1</translation>
    </message>
    <message>
        <source>price within %1 %2 of an estimated liquidation band%3</source>
        <translation>价格距估算清算带 %1 %2 以内%3</translation>
    </message>
    <message>
        <source>liquidation cascade starts%1</source>
        <translation>清算连锁开始%1</translation>
    </message>
    <message>
        <source>realized liquidation of at least %1%2</source>
        <translation>已实现清算至少 %1%2</translation>
    </message>
    <message>
        <source>funding beyond ±%1 %</source>
        <translation>资金费率超出 ±%1 %</translation>
    </message>
    <message>
        <source>price touches a zone</source>
        <translation>价格触及区域</translation>
    </message>
    <message>
        <source>a zone is broken</source>
        <translation>区域被突破</translation>
    </message>
    <message>
        <source>price crosses %1 %2</source>
        <translation>价格穿越 %2（%1）</translation>
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
    <name>perp::SignalCardModel</name>
    <message>
        <source>not enough history on this timeframe yet</source>
        <translation>该周期上的历史数据尚不足</translation>
    </message>
    <message>
        <source>missing or stale input: %1</source>
        <translation>输入缺失或过期：%1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;i&gt;(%2, %3)&lt;/i&gt;&lt;p&gt;&lt;b&gt;Measures:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to read it:&lt;/b&gt; %5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formula:&lt;/b&gt; &lt;code&gt;%6&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;i&gt;（%2，%3）&lt;/i&gt;&lt;p&gt;&lt;b&gt;衡量：&lt;/b&gt;%4&lt;/p&gt;&lt;p&gt;&lt;b&gt;解读：&lt;/b&gt;%5&lt;/p&gt;&lt;p&gt;&lt;b&gt;公式：&lt;/b&gt;&lt;code&gt;%6&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: weight %2 in %3 mode.&lt;p&gt;%4&lt;/p&gt;</source>
        <translation>%1：在 %3 模式下权重为 %2。&lt;p&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: hit rate %2 over %3 scored calls (forgotten slowly), rank IC %4.&lt;p&gt;%5&lt;/p&gt;</source>
        <translation>%1：命中率 %2，基于 %3 次已评分的判断（缓慢遗忘），秩 IC %4。&lt;p&gt;%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: no reading in %2 mode (%3). Missing data lowers confidence; it is never made up.</source>
        <translation>%1：在 %2 模式下无读数（%3）。缺失数据会降低置信度，但从不臆造。</translation>
    </message>
    <message>
        <source>%1: raw value %2 on the mode&apos;s main timeframe (positive = bullish, negative = bearish). Formula: %3</source>
        <translation>%1：该模式主周期上的原始值 %2（正 = 看涨，负 = 看跌）。公式：%3</translation>
    </message>
    <message>
        <source>%1: z = %2, the raw value divided by its rolling standard deviation over the mode&apos;s lookback. |z| below %3 counts as flat; at %4 and beyond the strength is full.</source>
        <translation>%1：z = %2，即原始值除以其在该模式回看窗口内的滚动标准差。|z| 低于 %3 视为持平；达到 %4 及以上强度为满。</translation>
    </message>
    <message>
        <source>%1: %2. Direction from the sign of z outside the dead band: ▲ long (bullish), ▼ short (bearish), · flat.</source>
        <translation>%1：%2。方向取自死区外 z 的符号：▲ 做多（看涨），▼ 做空（看跌），· 持平。</translation>
    </message>
    <message>
        <source>long</source>
        <translation>做多</translation>
    </message>
    <message>
        <source>short</source>
        <translation>做空</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>持平</translation>
    </message>
    <message>
        <source>%1: strength %2 = (|z| - %3) / %4, clamped to 0..100%.</source>
        <translation>%1：强度 %2 = (|z| - %3) / %4，限制在 0..100%。</translation>
    </message>
    <message>
        <source>%1: confidence %2 = agreement of the 1m, 5m and 1h windows (%3) x data quality (%4: freshness, warm-up, timeframe coverage).</source>
        <translation>%1：置信度 %2 = 1 分钟、5 分钟和 1 小时窗口的一致性（%3）x 数据质量（%4：新鲜度、预热、周期覆盖）。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Str</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Conf</source>
        <translation>置信</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>One of the 25 signal categories</source>
        <translation>25 个信号类别之一</translation>
    </message>
    <message>
        <source>The signal; hover a name for what it measures, how to read it and its formula</source>
        <translation>信号；悬停名称可查看其衡量内容、解读方式和公式</translation>
    </message>
    <message>
        <source>Raw value on the mode&apos;s main timeframe; positive is bullish</source>
        <translation>该模式主周期上的原始值；正值为看涨</translation>
    </message>
    <message>
        <source>Raw value / rolling standard deviation over the mode&apos;s lookback</source>
        <translation>原始值 / 该模式回看窗口内的滚动标准差</translation>
    </message>
    <message>
        <source>Direction: ▲ long, ▼ short, · flat (|z| in the dead band)</source>
        <translation>方向：▲ 做多，▼ 做空，· 持平（|z| 在死区内）</translation>
    </message>
    <message>
        <source>Strength 0..100%, from |z|</source>
        <translation>强度 0..100%，由 |z| 得出</translation>
    </message>
    <message>
        <source>Confidence 0..100%: timeframe agreement x data quality</source>
        <translation>置信度 0..100%：周期一致性 x 数据质量</translation>
    </message>
</context>
<context>
    <name>perp::SignalDocks</name>
    <message>
        <source>Signal heat</source>
        <translation>信号热力表</translation>
    </message>
    <message>
        <source>Composite bias of every watchlist symbol in the scalp, day and swing modes: red bearish, grey neutral, green bullish, violet frame conflicted; the number on the right is the confidence. Estimated, not financial advice.</source>
        <translation>自选列表中每个品种在超短线、日内和波段模式下的综合偏向：红色看跌，灰色中性，绿色看涨，紫色边框表示矛盾；右侧数字为置信度。估算值，不构成投资建议。</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Why the composite of the chart symbol leans the way it does: categories, history and every signal. Estimated, not financial advice.</source>
        <translation>图表品种的综合偏向为何如此：类别、历史和每个信号。估算值，不构成投资建议。</translation>
    </message>
</context>
<context>
    <name>perp::SignalHeatModel</name>
    <message>
        <source>%1: composite bias per trading mode. Click to chart it and open its signals.</source>
        <translation>%1：各交易模式的综合偏向。点击可在图表中显示并打开其信号。</translation>
    </message>
    <message>
        <source>%1 %2: no composite yet. It appears after the mode&apos;s first cycle with data.</source>
        <translation>%1 %2：尚无综合偏向。在该模式第一个有数据的周期后出现。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;Bias %3 · confidence %4 · %5&lt;br&gt;Signals with data: %6, missing: %7</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;偏向 %3 · 置信度 %4 · %5&lt;br&gt;有数据的信号：%6，缺失：%7</translation>
    </message>
    <message>
        <source>&lt;br&gt;Transition at the last cycle: the bias just turned directional or flipped.</source>
        <translation>&lt;br&gt;上一周期发生转换：偏向刚变为有方向或发生翻转。</translation>
    </message>
    <message>
        <source>&lt;br&gt;Deceleration: still directional, but |bias| fell for several cycles.</source>
        <translation>&lt;br&gt;减速：仍有方向，但 |偏向| 已连续多个周期下降。</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>USDT-margined perpetual future. Click a header to sort.</source>
        <translation>USDT 保证金永续合约。点击表头排序。</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Each cell: bias (-100 bearish .. +100 bullish, coloured red .. grey .. green) and confidence %. A violet frame and ≠ mark a conflicted state. Click to sort by bias.</source>
        <translation>%1&lt;br&gt;每个单元格：偏向（-100 看跌 .. +100 看涨，颜色由红 .. 灰 .. 绿）和置信度 %。紫色边框和 ≠ 表示矛盾状态。点击按偏向排序。</translation>
    </message>
</context>
<context>
    <name>perp::SignalMarkers</name>
    <message>
        <source>Signal markers</source>
        <translation>信号标记</translation>
    </message>
    <message>
        <source>Show transition (arrow) and deceleration (diamond) markers of the composite bias on the candles; S, D, W = scalp, day, swing mode (%1)</source>
        <translation>在 K 线上显示综合偏向的转换（箭头）和减速（菱形）标记；S、D、W = 超短线、日内、波段模式（%1）</translation>
    </message>
    <message>
        <source>the bias turned %1</source>
        <translation>偏向转为%1</translation>
    </message>
    <message>
        <source>still %1, but |bias| fell for %2 cycles in a row</source>
        <translation>仍为%1，但 |偏向| 已连续 %2 个周期下降</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt; (%3 mode)&lt;br&gt;%4&lt;br&gt;Bias %5 · confidence %6&lt;br&gt;Composite cycle %7 UTC</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt;（%3 模式）&lt;br&gt;%4&lt;br&gt;偏向 %5 · 置信度 %6&lt;br&gt;综合周期 %7 UTC</translation>
    </message>
</context>
<context>
    <name>perp::SignalPanel</name>
    <message>
        <source>as of %1 UTC</source>
        <translation>截至 %1 UTC</translation>
    </message>
    <message>
        <source>%1 of %2 signals · %3 with data</source>
        <translation>%2 个信号中显示 %1 个 · %3 个有数据</translation>
    </message>
    <message>
        <source>waiting for the first %1 cycle</source>
        <translation>等待第一个%1周期</translation>
    </message>
    <message>
        <source>Suggested size: — (estimated)</source>
        <translation>建议仓位：—（估算）</translation>
    </message>
    <message>
        <source>%1 composite bias %2.&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>%1 综合偏向 %2。&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>置信度 %1</translation>
    </message>
    <message>
        <source>%1 confidence %2.&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>%1 置信度 %2。&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · transition</source>
        <translation> · 转换</translation>
    </message>
    <message>
        <source> · decelerating</source>
        <translation> · 减速中</translation>
    </message>
    <message>
        <source>&lt;p&gt;Transition: the bias just turned directional or flipped. Decelerating: still directional, but |bias| fell for %1 cycles in a row.&lt;/p&gt;</source>
        <translation>&lt;p&gt;转换：偏向刚变为有方向或发生翻转。减速中：仍有方向，但 |偏向| 已连续 %1 个周期下降。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bias by timeframe (-100..+100): the weighted share of signals pointing up minus down on the 1m, 5m and 1h windows. Beyond ±%1 on both sides the state is conflicted.</source>
        <translation>各周期的偏向（-100..+100）：1 分钟、5 分钟和 1 小时窗口上看涨信号减去看跌信号的加权占比。两侧均超出 ±%1 时状态为矛盾。</translation>
    </message>
    <message>
        <source>Suggested size: %1 of your maximum position (estimated) · not financial advice</source>
        <translation>建议仓位：您最大仓位的 %1（估算）· 不构成投资建议</translation>
    </message>
    <message>
        <source>How the suggested size is computed. It is an estimate from the composite, not a recommendation: not financial advice.</source>
        <translation>建议仓位的计算方式。这是基于综合偏向的估算，并非推荐：不构成投资建议。</translation>
    </message>
    <message>
        <source>Engine time of the last signal cycle (cards run every 10 s)</source>
        <translation>最近一次信号周期的引擎时间（信号每 10 秒计算一次）</translation>
    </message>
    <message>
        <source>The chart symbol; pick another in the watchlist or the heat table</source>
        <translation>图表品种；可在自选列表或热力表中选择其他品种</translation>
    </message>
    <message>
        <source>Signals listed (after the category filter), in total, and with a reading</source>
        <translation>列出的信号数（类别筛选后）、总数以及有读数的数量</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Show only the signals of one category (or click a bar in the chart)</source>
        <translation>只显示某一类别的信号（或点击图表中的柱）</translation>
    </message>
</context>
<context>
    <name>perp::SignalText</name>
    <message>
        <source>Scalp</source>
        <translation>超短线</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日内</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>波段</translation>
    </message>
    <message>
        <source>Scalp mode: composite recomputed every 30 s from the 1-minute readings, scored against the price 5 minutes later.</source>
        <translation>超短线模式：每 30 秒根据 1 分钟读数重新计算综合偏向，以 5 分钟后的价格评分。</translation>
    </message>
    <message>
        <source>Day mode: composite recomputed every 60 s from the 5-minute readings, scored against the price 1 hour later.</source>
        <translation>日内模式：每 60 秒根据 5 分钟读数重新计算综合偏向，以 1 小时后的价格评分。</translation>
    </message>
    <message>
        <source>Swing mode: composite recomputed every 5 minutes from the 1-hour readings, scored against the price 4 hours later.</source>
        <translation>波段模式：每 5 分钟根据 1 小时读数重新计算综合偏向，以 4 小时后的价格评分。</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Bullish</source>
        <translation>看涨</translation>
    </message>
    <message>
        <source>Bearish</source>
        <translation>看跌</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>矛盾</translation>
    </message>
    <message>
        <source>Neutral: |bias| below %1, no clear lean: stay out or wait.</source>
        <translation>中性：|偏向| 低于 %1，没有明确倾向：观望或等待。</translation>
    </message>
    <message>
        <source>Bullish: bias at or above +%1 and the 1m, 5m and 1h windows do not disagree.</source>
        <translation>看涨：偏向达到 +%1 或以上，且 1 分钟、5 分钟和 1 小时窗口没有分歧。</translation>
    </message>
    <message>
        <source>Bearish: bias at or below -%1 and the 1m, 5m and 1h windows do not disagree.</source>
        <translation>看跌：偏向达到 -%1 或以下，且 1 分钟、5 分钟和 1 小时窗口没有分歧。</translation>
    </message>
    <message>
        <source>Conflicted: the 1m, 5m and 1h windows point in opposite directions (beyond ±%1 each), so confidence is halved and no size is suggested.</source>
        <translation>矛盾：1 分钟、5 分钟和 1 小时窗口指向相反方向（各自超出 ±%1），因此置信度减半，且不建议仓位。</translation>
    </message>
    <message>
        <source>Price Momentum</source>
        <translation>价格动量</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Mean Reversion</source>
        <translation>均值回归</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>波动率</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <source>Order Flow</source>
        <translation>订单流</translation>
    </message>
    <message>
        <source>Large Trades</source>
        <translation>大额成交</translation>
    </message>
    <message>
        <source>Order Book</source>
        <translation>订单簿</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>流动性</translation>
    </message>
    <message>
        <source>Funding Rate</source>
        <translation>资金费率</translation>
    </message>
    <message>
        <source>Open Interest</source>
        <translation>持仓量</translation>
    </message>
    <message>
        <source>Liquidation</source>
        <translation>爆仓</translation>
    </message>
    <message>
        <source>Basis and Premium</source>
        <translation>基差与溢价</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>持仓结构</translation>
    </message>
    <message>
        <source>Smart Money</source>
        <translation>聪明钱</translation>
    </message>
    <message>
        <source>Cross-Exchange</source>
        <translation>跨交易所</translation>
    </message>
    <message>
        <source>Market Structure</source>
        <translation>市场结构</translation>
    </message>
    <message>
        <source>Support/Resistance</source>
        <translation>支撑/阻力</translation>
    </message>
    <message>
        <source>Relative Strength</source>
        <translation>相对强度</translation>
    </message>
    <message>
        <source>Correlation and Beta</source>
        <translation>相关性与贝塔</translation>
    </message>
    <message>
        <source>Market Breadth</source>
        <translation>市场广度</translation>
    </message>
    <message>
        <source>Volume Profile</source>
        <translation>成交量分布</translation>
    </message>
    <message>
        <source>Session and Seasonality</source>
        <translation>时段与季节性</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>市场状态</translation>
    </message>
    <message>
        <source>Composite Alpha</source>
        <translation>复合阿尔法</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Deceleration</source>
        <translation>减速</translation>
    </message>
    <message>
        <source>Bias: the composite lean from -100 (every signal bearish, fully sure) to +100 (every signal bullish). bias = 100 x sum(direction x strength x confidence x weight) / sum(weight) over the signals with data. |bias| below %1 is neutral.</source>
        <translation>偏向：综合倾向，从 -100（所有信号看跌且完全确定）到 +100（所有信号看涨）。偏向 = 100 x 求和(方向 x 强度 x 置信度 x 权重) / 求和(权重)，仅计有数据的信号。|偏向| 低于 %1 为中性。</translation>
    </message>
    <message>
        <source>Confidence: how much to trust the bias, 0-100%. The weighted mean confidence of the signals (agreement of the 1m, 5m and 1h windows x data quality) times (0.5 + 0.5 x consensus), where consensus is how much the directional signals agree. Halved when conflicted.</source>
        <translation>置信度：偏向的可信程度，0-100%。信号的加权平均置信度（1 分钟、5 分钟和 1 小时窗口的一致性 x 数据质量）乘以 (0.5 + 0.5 x 共识)，共识为有方向信号的一致程度。矛盾时减半。</translation>
    </message>
    <message>
        <source>Weight: how much this signal counts in the composite, learned from how often it was right in this mode (card weight x category weight, between 0.1 and 6; 1 = average). Above 1: it has been right more often than a coin flip lately.</source>
        <translation>权重：该信号在综合偏向中的分量，根据其在本模式下判断正确的频率学习得到（信号权重 x 类别权重，介于 0.1 和 6 之间；1 = 平均）。大于 1：近期正确率高于抛硬币。</translation>
    </message>
    <message>
        <source>Hit rate: share of this signal&apos;s directional calls that matched the price move over the mode&apos;s horizon, with old calls slowly forgotten and shrunk toward 50% while there are few. &apos;—&apos;: no call has been scored yet.</source>
        <translation>命中率：该信号有方向的判断中，与该模式周期内价格走势一致的比例；旧判断会缓慢遗忘，判断较少时向 50% 收缩。&apos;—&apos;：尚无已评分的判断。</translation>
    </message>
    <message>
        <source>Estimated. Not financial advice.</source>
        <translation>估算值。不构成投资建议。</translation>
    </message>
</context>
<context>
    <name>perp::StatusPanel</name>
    <message>
        <source>REPLAY</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Real recorded prices replayed from a file, not the market now.</source>
        <translation>从文件回放的真实录制价格，并非当前市场。</translation>
    </message>
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
        <source>Type part of a symbol name, e.g. &quot;eth&quot;, and press Enter to show its chart</source>
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
        <source>Buy/Sell: the taker&apos;s side. LIQ long/short: a forced order closing a long or short position</source>
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
<context>
    <name>perp::WebhookPanel</name>
    <message>
        <source>Send fired alerts to this webhook</source>
        <translation>将已触发提醒发送到此 Webhook</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>发送测试</translation>
    </message>
    <message>
        <source>Each fired alert is POSTed as JSON (time, symbol, mode, rule, value, threshold, message, replay); failures are retried with a growing delay.</source>
        <translation>每条已触发提醒以 JSON 格式 POST 发送（时间、交易对、模式、规则、数值、阈值、消息、回放）；失败时以递增的间隔重试。</translation>
    </message>
    <message>
        <source>POST a clearly labelled test alert to the URL now.</source>
        <translation>立即向该 URL POST 一条明确标注的测试提醒。</translation>
    </message>
    <message>
        <source>No delivery yet.</source>
        <translation>尚无推送。</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>最近一次推送</translation>
    </message>
    <message>
        <source>delivered (HTTP %1, %2 attempt(s))</source>
        <translation>已送达（HTTP %1，%2 次尝试）</translation>
    </message>
    <message>
        <source>attempt %1 failed: %2; retrying in %3 s</source>
        <translation>第 %1 次尝试失败：%2；%3 秒后重试</translation>
    </message>
    <message>
        <source>failed after %1 attempt(s): %2</source>
        <translation>%1 次尝试后失败：%2</translation>
    </message>
    <message>
        <source>failed: &apos;%1&apos; is not an http(s) URL</source>
        <translation>失败：&apos;%1&apos; 不是 http(s) URL</translation>
    </message>
    <message>
        <source>sending test …</source>
        <translation>正在发送测试 …</translation>
    </message>
</context>
<context>
    <name>perp::liqstyle</name>
    <message>
        <source>est. %1 liq %2–%3 · %4 · %5</source>
        <translation>估算%1清算 %2–%3 · %4 · %5</translation>
    </message>
    <message>
        <source>Estimated liquidation band (%1 positions)
Range: %2 – %3 (densest at %4)
Side: %5
Estimated notional: %6 (%7% of all estimated liquidation notional within ±10%)
Distance from price: %8 · %9 ATR (5-minute ATR)
Magnet score: %10 (100 × share, halved at 3 ATR away)
This is an ESTIMATE from open interest, trade flow and assumed leverage, not exchange data.</source>
        <translation>估算清算带（%1 仓位）
范围：%2 – %3（最密集处 %4）
方向：%5
估算名义价值：%6（占 ±10% 内全部估算清算名义价值的 %7%）
距价格：%8 · %9 ATR（5 分钟 ATR）
磁吸分：%10（100 × 占比，距离 3 ATR 时减半）
这是根据持仓量、成交流和假设杠杆得出的估算，并非交易所数据。</translation>
    </message>
    <message>
        <source>longs would be liquidated if price falls here</source>
        <translation>若价格下跌至此，多头将被清算</translation>
    </message>
    <message>
        <source>shorts would be liquidated if price rises here</source>
        <translation>若价格上涨至此，空头将被清算</translation>
    </message>
    <message>
        <source>Binance publishes at most one liquidation per symbol per second, so its figures undercount during cascades.</source>
        <translation>Binance 每个交易对每秒最多发布一笔清算，因此连锁清算期间其数据偏少。</translation>
    </message>
    <message>
        <source>Realized %1 liquidation (reported by %2)
Price: %3
Notional: %4
Time: %5 UTC</source>
        <translation>已实现%1清算（由 %2 报告）
价格：%3
名义价值：%4
时间：%5 UTC</translation>
    </message>
    <message>
        <source>the simulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>the replayed recording</source>
        <translation>回放的录制数据</translation>
    </message>
</context>
<context>
    <name>perp::zonestyle</name>
    <message>
        <source>Support</source>
        <translation>支撑</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>阻力</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>新形成</translation>
    </message>
    <message>
        <source>tested</source>
        <translation>已测试</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>已突破</translation>
    </message>
    <message>
        <source>trap</source>
        <translation>陷阱</translation>
    </message>
    <message>
        <source>not revisited since it formed</source>
        <translation>形成后未再触及</translation>
    </message>
    <message>
        <source>revisited and held</source>
        <translation>再次触及并守住</translation>
    </message>
    <message>
        <source>price closed through it and stayed beyond</source>
        <translation>价格收盘穿越该区域并停留在另一侧</translation>
    </message>
    <message>
        <source>price swept beyond it and reclaimed it: a liquidity grab that trapped the breakout side</source>
        <translation>价格扫过该区域后又收回：一次流动性猎取，套住了突破方向的一方</translation>
    </message>
    <message>
        <source>%1 zone %2 – %3
State: %4 (%5)
Strength: %6 of 1 (touches, rejections, recency, traded volume, confluence of levels, order flow)
Touches: %7 (held %8, swept and reclaimed %9, broken %10)
Order flow at touches: %11 (-1..+1; + = taker flow defended the zone)
Volume inside: %12× the average for a band that wide
Why: %13
Zone #%14, computed from price and volume history and estimated liquidations; not a forecast.</source>
        <translation>%1区域 %2 – %3
状态：%4（%5）
强度：%6 / 1（触及次数、拒绝次数、新近程度、成交量、价位汇合、订单流）
触及：%7（守住 %8，扫过并收回 %9，突破 %10）
触及时的订单流：%11（-1..+1；+ = 主动成交方守护了该区域）
区域内成交量：同宽度价带平均值的 %12×
原因：%13
区域 #%14，由价格与成交量历史及估算的清算计算得出；并非预测。</translation>
    </message>
    <message>
        <source>Support/resistance zones</source>
        <translation>支撑/阻力区域</translation>
    </message>
    <message>
        <source>Support (green, below price) and resistance (red, above price) zones from swing highs and lows on 5m, 15m and 1h, high-volume price nodes and the largest estimated liquidation clusters, merged into bands about half an ATR wide. Outlined bands; the label shows state and strength (0..1). Hatched with a dashed outline: a trap (swept and reclaimed). Faded with a dotted outline: broken. Hover a zone for touches, order flow and the reason.</source>
        <translation>支撑区域（绿色，位于价格下方）与阻力区域（红色，位于价格上方），来自 5m、15m 和 1h 的波段高低点、高成交量价格节点以及最大的估算清算簇，合并为约半个 ATR 宽的价带。带边框的价带；标签显示状态和强度（0..1）。斜线填充并带虚线边框：陷阱（扫过后收回）。淡化并带点线边框：已突破。将鼠标悬停在区域上可查看触及次数、订单流和原因。</translation>
    </message>
</context>
</TS>
