<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>perp::AboutDialog</name>
    <message>
      <source>About PerpScope</source>
      <translation>Acerca de PerpScope</translation>
    </message>
    <message>
      <source>A desktop decision engine for crypto perpetual futures: candles, estimated liquidation clusters, signals and alerts.</source>
      <translation>Un motor de decisión de escritorio para futuros perpetuos de criptomonedas: velas, clústeres de liquidación estimados, señales y alertas.</translation>
    </message>
    <message>
      <source>Not financial advice. PerpScope shows market data and estimates; estimates can be wrong, and simulated data is not real market data. You alone are responsible for your trading decisions.</source>
      <translation>No es asesoramiento financiero. PerpScope muestra datos de mercado y estimaciones; las estimaciones pueden ser erróneas y los datos simulados no son datos reales de mercado. Usted es el único responsable de sus decisiones de trading.</translation>
    </message>
    <message>
      <source>Third-party software</source>
      <translation>Software de terceros</translation>
    </message>
    <message>
      <source>public domain</source>
      <translation>dominio público</translation>
    </message>
    <message>
      <source>PerpScope itself is MIT licensed. Because it links QCustomPlot, distributed binaries are covered by the GPL-3.0.</source>
      <translation>PerpScope en sí tiene licencia MIT. Como enlaza QCustomPlot, los binarios distribuidos están cubiertos por la GPL-3.0.</translation>
    </message>
  </context>
  <context>
    <name>perp::ChartExport</name>
    <message>
      <source>The chart has no size to export.</source>
      <translation>El gráfico no tiene tamaño para exportar.</translation>
    </message>
    <message>
      <source>Could not write %1</source>
      <translation>No se pudo escribir %1</translation>
    </message>
    <message>
      <source>Could not write %1: %2</source>
      <translation>No se pudo escribir %1: %2</translation>
    </message>
  </context>
  <context>
    <name>perp::ChartReadout</name>
    <message>
      <source>USDT perpetual</source>
      <translation>perpetuo USDT</translation>
    </message>
    <message>
      <source> · one bar = %1 × %2 (zoomed out)</source>
      <translation> · una barra = %1 × %2 (alejado)</translation>
    </message>
    <message>
      <source>Vol </source>
      <translation>Vol </translation>
    </message>
    <message>
      <source>Taker buy </source>
      <translation>Compra taker </translation>
    </message>
    <message>
      <source>sell </source>
      <translation>venta </translation>
    </message>
    <message>
      <source>(buy %1%)</source>
      <translation>(compra %1%)</translation>
    </message>
    <message>
      <source>Trades </source>
      <translation>Operaciones </translation>
    </message>
    <message>
      <source>Waiting for trades…</source>
      <translation>Esperando operaciones…</translation>
    </message>
  </context>
  <context>
    <name>perp::ChartToolBar</name>
    <message>
      <source>Chart</source>
      <translation>Gráfico</translation>
    </message>
    <message>
      <source>Symbol shown in the chart. Pick another one in the watchlist on the left.</source>
      <translation>Símbolo mostrado en el gráfico. Elija otro en la lista de seguimiento de la izquierda.</translation>
    </message>
    <message>
      <source>Show %1 candles (%2)</source>
      <translation>Mostrar velas de %1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>perp::ChartWidget</name>
    <message>
      <source>Candles</source>
      <translation>Velas</translation>
    </message>
    <message>
      <source>Taker sell volume</source>
      <translation>Volumen de venta taker</translation>
    </message>
    <message>
      <source>Taker buy volume</source>
      <translation>Volumen de compra taker</translation>
    </message>
    <message>
      <source>Volume · taker buy / sell</source>
      <translation>Volumen · compra / venta taker</translation>
    </message>
    <message>
      <source>Readout of the candle under the crosshair, or of the live candle when the mouse is elsewhere.
Time: candle open, UTC. O H L C: open, high, low, close price in USDT; the percentage is close against open.
Vol: traded volume in base units. Taker buy / sell: volume where the aggressor bought / sold (buy % is the taker-buy share). Trades: number of trades.
Volume pane: taker buy (green) stacked on taker sell (red).
Wheel: zoom the time axis. Drag: pan. Double-click or End: back to the live candle. The price axis fits the visible candles. Zoomed far out, neighbouring candles are merged into one bar with their exact combined open, high, low and close.</source>
      <translation>Lectura de la vela bajo la cruz, o de la vela en curso cuando el ratón está en otro sitio.
Hora: apertura de la vela, UTC. O H L C: precio de apertura, máximo, mínimo y cierre en USDT; el porcentaje es cierre frente a apertura.
Vol: volumen negociado en unidades base. Compra / venta taker: volumen en que el agresor compró / vendió (compra % es la parte de compra taker). Operaciones: número de operaciones.
Panel de volumen: compra taker (verde) apilada sobre venta taker (rojo).
Rueda: zoom del eje de tiempo. Arrastrar: desplazar. Doble clic o Fin: volver a la vela en curso. El eje de precios se ajusta a las velas visibles. Muy alejado, las velas vecinas se fusionan en una barra con su apertura, máximo, mínimo y cierre combinados exactos.</translation>
    </message>
    <message>
      <source>Live »</source>
      <translation>En vivo »</translation>
    </message>
    <message>
      <source>Back to the live candle and follow it (End, or double-click the chart)</source>
      <translation>Volver a la vela en curso y seguirla (Fin, o doble clic en el gráfico)</translation>
    </message>
    <message>
      <source>
SIMULATED DATA</source>
      <translation>
DATOS SIMULADOS</translation>
    </message>
  </context>
  <context>
    <name>perp::MainMenus</name>
    <message>
      <source>Save layout as…</source>
      <translation>Guardar diseño como…</translation>
    </message>
    <message>
      <source>(no saved layouts)</source>
      <translation>(no hay diseños guardados)</translation>
    </message>
    <message>
      <source>Delete layout</source>
      <translation>Eliminar diseño</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <source>Panels</source>
      <translation>Paneles</translation>
    </message>
    <message>
      <source>Layouts</source>
      <translation>Diseños</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Export chart as PNG…</source>
      <translation>Exportar gráfico como PNG…</translation>
    </message>
    <message>
      <source>Export visible candles as CSV…</source>
      <translation>Exportar velas visibles como CSV…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
    <message>
      <source>Search symbol…</source>
      <translation>Buscar símbolo…</translation>
    </message>
    <message>
      <source>Go to latest candle</source>
      <translation>Ir a la última vela</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Oscuro</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Claro</translation>
    </message>
    <message>
      <source>The numbers explained</source>
      <translation>Las cifras explicadas</translation>
    </message>
    <message>
      <source>About PerpScope</source>
      <translation>Acerca de PerpScope</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>Configuración…</translation>
    </message>
  </context>
  <context>
    <name>perp::MainWindow</name>
    <message>
      <source>Save layout</source>
      <translation>Guardar diseño</translation>
    </message>
    <message>
      <source>Layout name:</source>
      <translation>Nombre del diseño:</translation>
    </message>
    <message>
      <source>Layout "%1" saved</source>
      <translation>Diseño «%1» guardado</translation>
    </message>
    <message>
      <source>Could not save the layout</source>
      <translation>No se pudo guardar el diseño</translation>
    </message>
    <message>
      <source>Export chart as PNG</source>
      <translation>Exportar gráfico como PNG</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
      <source>Export visible candles as CSV</source>
      <translation>Exportar velas visibles como CSV</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>Exportado %1</translation>
    </message>
    <message>
      <source>Watchlist</source>
      <translation>Lista de seguimiento</translation>
    </message>
    <message>
      <source>Time &amp; Sales</source>
      <translation>Tiempo y ventas</translation>
    </message>
    <message>
      <source>Newest trades and liquidations of the chart symbol</source>
      <translation>Últimas operaciones y liquidaciones del símbolo del gráfico</translation>
    </message>
    <message>
      <source>PerpScope — SIMULATED DATA — %1 %2</source>
      <translation>PerpScope — DATOS SIMULADOS — %1 %2</translation>
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
      <translation>Las cifras explicadas</translation>
    </message>
    <message>
      <source>Watchlist</source>
      <translation>Lista de seguimiento</translation>
    </message>
    <message>
      <source>Last</source>
      <translation>Último</translation>
    </message>
    <message>
      <source>Price of the newest trade. Green/red: it ticked up/down.</source>
      <translation>Precio de la última operación. Verde/rojo: subió/bajó.</translation>
    </message>
    <message>
      <source>24h %</source>
      <translation>24h %</translation>
    </message>
    <message>
      <source>Change of the last price against the open of the 1-minute candle 24 hours ago.</source>
      <translation>Cambio del último precio frente a la apertura de la vela de 1 minuto de hace 24 horas.</translation>
    </message>
    <message>
      <source>24h Vol</source>
      <translation>Vol 24h</translation>
    </message>
    <message>
      <source>Traded value in the quote currency (USDT) over the last 24 hours.</source>
      <translation>Valor negociado en la moneda de cotización (USDT) en las últimas 24 horas.</translation>
    </message>
    <message>
      <source>Chart</source>
      <translation>Gráfico</translation>
    </message>
    <message>
      <source>O H L C</source>
      <translation>O H L C</translation>
    </message>
    <message>
      <source>Open, high, low and close price of the candle under the cursor (UTC times).</source>
      <translation>Precio de apertura, máximo, mínimo y cierre de la vela bajo el cursor (horas UTC).</translation>
    </message>
    <message>
      <source>Vol / Buy / Sell</source>
      <translation>Vol / Compra / Venta</translation>
    </message>
    <message>
      <source>Traded quantity in base units; Buy is taker buying (market buys), Sell taker selling.</source>
      <translation>Cantidad negociada en unidades base; Compra son compras taker (a mercado), Venta ventas taker.</translation>
    </message>
    <message>
      <source>Liquidation clusters</source>
      <translation>Clústeres de liquidación</translation>
    </message>
    <message>
      <source>Estimated price levels where leveraged positions would be force-closed. They are estimates from open interest, leverage tiers and trades, never exact.</source>
      <translation>Niveles de precio estimados donde las posiciones apalancadas se cerrarían forzosamente. Son estimaciones a partir del interés abierto, los niveles de apalancamiento y las operaciones, nunca exactas.</translation>
    </message>
    <message>
      <source>Time &amp; sales</source>
      <translation>Tiempo y ventas</translation>
    </message>
    <message>
      <source>Buy / Sell</source>
      <translation>Compra / Venta</translation>
    </message>
    <message>
      <source>One trade: the taker's side, its price and size.</source>
      <translation>Una operación: el lado del taker, su precio y tamaño.</translation>
    </message>
    <message>
      <source>LIQ long / LIQ short</source>
      <translation>LIQ largo / LIQ corto</translation>
    </message>
    <message>
      <source>A forced order from the exchange closing a long (a forced sell) or a short (a forced buy).</source>
      <translation>Una orden forzada del exchange que cierra un largo (venta forzada) o un corto (compra forzada).</translation>
    </message>
    <message>
      <source>Status bar</source>
      <translation>Barra de estado</translation>
    </message>
    <message>
      <source>Feed time</source>
      <translation>Hora del feed</translation>
    </message>
    <message>
      <source>Exchange time of the newest event received, in UTC.</source>
      <translation>Hora del exchange del último evento recibido, en UTC.</translation>
    </message>
    <message>
      <source>SIMULATED DATA</source>
      <translation>DATOS SIMULADOS</translation>
    </message>
    <message>
      <source>Prices come from the built-in simulator, not from a real market.</source>
      <translation>Los precios vienen del simulador integrado, no de un mercado real.</translation>
    </message>
  </context>
  <context>
    <name>perp::SettingsDialog</name>
    <message>
      <source>Base units (e.g. BTC)</source>
      <translation>Unidades base (p. ej. BTC)</translation>
    </message>
    <message>
      <source>Quote currency (USDT notional)</source>
      <translation>Moneda de cotización (nocional en USDT)</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <source>Symbols shown in the watchlist. At least one stays on.</source>
      <translation>Símbolos mostrados en la lista de seguimiento. Al menos uno queda activo.</translation>
    </message>
    <message>
      <source>Timeframe of the chart when PerpScope starts without --timeframe</source>
      <translation>Marco temporal del gráfico cuando PerpScope se inicia sin --timeframe</translation>
    </message>
    <message>
      <source>Watchlist symbols</source>
      <translation>Símbolos de la lista</translation>
    </message>
    <message>
      <source>Default timeframe:</source>
      <translation>Marco temporal predeterminado:</translation>
    </message>
    <message>
      <source>Trade sizes in time &amp; sales:</source>
      <translation>Tamaños en tiempo y ventas:</translation>
    </message>
  </context>
  <context>
    <name>perp::StatusPanel</name>
    <message>
      <source>SIMULATED DATA</source>
      <translation>DATOS SIMULADOS</translation>
    </message>
    <message>
      <source>Prices come from the built-in market simulator. They are NOT real market prices and must not be used for trading decisions.</source>
      <translation>Los precios vienen del simulador de mercado integrado. NO son precios reales de mercado y no deben usarse para decisiones de trading.</translation>
    </message>
    <message>
      <source>LIVE</source>
      <translation>EN VIVO</translation>
    </message>
    <message>
      <source>Prices come from a real exchange feed.</source>
      <translation>Los precios vienen de un feed real de un exchange.</translation>
    </message>
    <message>
      <source>Source: %1</source>
      <translation>Fuente: %1</translation>
    </message>
    <message>
      <source>Where the market data shown comes from</source>
      <translation>De dónde vienen los datos de mercado mostrados</translation>
    </message>
    <message>
      <source>Feed clock: exchange time of the newest event received, in UTC. With the simulator it runs at the simulation speed.</source>
      <translation>Reloj del feed: hora del exchange del último evento recibido, en UTC. Con el simulador avanza a la velocidad de simulación.</translation>
    </message>
    <message>
      <source>Market events and trades processed by the engine since start</source>
      <translation>Eventos de mercado y operaciones procesados por el motor desde el inicio</translation>
    </message>
    <message>
      <source>Feed time %1 UTC</source>
      <translation>Hora del feed %1 UTC</translation>
    </message>
    <message>
      <source>%1 events · %2 trades</source>
      <translation>%1 eventos · %2 operaciones</translation>
    </message>
    <message>
      <source>Feed error: %1</source>
      <translation>Error del feed: %1</translation>
    </message>
  </context>
  <context>
    <name>perp::SymbolSearch</name>
    <message>
      <source>Search symbol (Ctrl+K)</source>
      <translation>Buscar símbolo (Ctrl+K)</translation>
    </message>
    <message>
      <source>Type part of a symbol name, e.g. "eth", and press Enter to show its chart</source>
      <translation>Escriba parte del nombre de un símbolo, p. ej. «eth», y pulse Intro para ver su gráfico</translation>
    </message>
  </context>
  <context>
    <name>perp::TapeModel</name>
    <message>
      <source>LIQ long</source>
      <translation>LIQ largo</translation>
    </message>
    <message>
      <source>LIQ short</source>
      <translation>LIQ corto</translation>
    </message>
    <message>
      <source>Buy</source>
      <translation>Compra</translation>
    </message>
    <message>
      <source>Sell</source>
      <translation>Venta</translation>
    </message>
    <message>
      <source>Forced order (liquidation) at %1 UTC: %2 %3 closed by the exchange</source>
      <translation>Orden forzada (liquidación) a las %1 UTC: %2 %3 cerrado por el exchange</translation>
    </message>
    <message>
      <source>long</source>
      <translation>largo</translation>
    </message>
    <message>
      <source>short</source>
      <translation>corto</translation>
    </message>
    <message>
      <source>Trade at %1 UTC: the taker %2 %3</source>
      <translation>Operación a las %1 UTC: el taker %2 %3</translation>
    </message>
    <message>
      <source>bought</source>
      <translation>compró</translation>
    </message>
    <message>
      <source>sold</source>
      <translation>vendió</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Precio</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Lado</translation>
    </message>
    <message>
      <source>Exchange time of the print (UTC)</source>
      <translation>Hora del exchange de la operación (UTC)</translation>
    </message>
    <message>
      <source>Fill price</source>
      <translation>Precio de ejecución</translation>
    </message>
    <message>
      <source>Quantity in base units (e.g. BTC)</source>
      <translation>Cantidad en unidades base (p. ej. BTC)</translation>
    </message>
    <message>
      <source>Buy/Sell: the taker's side. LIQ long/short: a forced order closing a long or short position</source>
      <translation>Compra/Venta: el lado del taker. LIQ largo/corto: una orden forzada que cierra una posición larga o corta</translation>
    </message>
    <message>
      <source>Size USDT</source>
      <translation>Tamaño USDT</translation>
    </message>
    <message>
      <source>Notional in USDT: price × quantity</source>
      <translation>Nocional en USDT: precio × cantidad</translation>
    </message>
  </context>
  <context>
    <name>perp::WatchlistModel</name>
    <message>
      <source>%1 perpetual future. Click to chart it.</source>
      <translation>Futuro perpetuo %1. Haga clic para ver su gráfico.</translation>
    </message>
    <message>
      <source>%1 last trade price: %2 USDT (tick size %3). Green when it last moved up, red when down.</source>
      <translation>%1 último precio negociado: %2 USDT (tamaño de tick %3). Verde si subió por última vez, rojo si bajó.</translation>
    </message>
    <message>
      <source>%1 change of the last price against the open of the first 1-minute candle of the last 24 h (or since data started, if that is less than 24 h ago): %2</source>
      <translation>%1 cambio del último precio frente a la apertura de la primera vela de 1 minuto de las últimas 24 h (o desde el inicio de los datos, si fue hace menos de 24 h): %2</translation>
    </message>
    <message>
      <source>%1 traded notional in USDT over the last 24 h (or since data started), from 1-minute candles, each valued at its typical price (H+L+C)/3: %2</source>
      <translation>%1 nocional negociado en USDT en las últimas 24 h (o desde el inicio de los datos), a partir de velas de 1 minuto, cada una valorada a su precio típico (H+L+C)/3: %2</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Símbolo</translation>
    </message>
    <message>
      <source>Last</source>
      <translation>Último</translation>
    </message>
    <message>
      <source>24h %</source>
      <translation>24h %</translation>
    </message>
    <message>
      <source>24h Vol</source>
      <translation>Vol 24h</translation>
    </message>
    <message>
      <source>USDT-margined perpetual future</source>
      <translation>Futuro perpetuo con margen en USDT</translation>
    </message>
    <message>
      <source>Price of the most recent trade, in USDT</source>
      <translation>Precio de la operación más reciente, en USDT</translation>
    </message>
    <message>
      <source>Change of the last price against the price 24 h ago (first 1-minute open in the last 24 h; shorter window right after start). Green up, red down.</source>
      <translation>Cambio del último precio frente al precio de hace 24 h (primera apertura de 1 minuto de las últimas 24 h; ventana más corta justo tras el inicio). Verde sube, rojo baja.</translation>
    </message>
    <message>
      <source>Traded notional in USDT over the last 24 h (shorter window right after start)</source>
      <translation>Nocional negociado en USDT en las últimas 24 h (ventana más corta justo tras el inicio)</translation>
    </message>
  </context>
</TS>