<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>FeedHealth</name>
    <message>
        <source>Simulator</source>
        <translation>Simulador</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en vivo</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconectando</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>Opening the connection; no data yet.</source>
        <translation>Abriendo la conexión; aún no hay datos.</translation>
    </message>
    <message>
        <source>Data is arriving normally.</source>
        <translation>Los datos llegan con normalidad.</translation>
    </message>
    <message>
        <source>Connected, but this stream has been silent longer than it should be; PerpScope replaces the connection.</source>
        <translation>Conectado, pero este flujo lleva en silencio más de lo debido; PerpScope sustituye la conexión.</translation>
    </message>
    <message>
        <source>The connection ended; PerpScope reconnects with growing pauses (exponential backoff with jitter), subscribes again and fetches missed trades and the order book from REST.</source>
        <translation>La conexión terminó; PerpScope vuelve a conectar con pausas crecientes (espera exponencial con variación aleatoria), se suscribe de nuevo y recupera por REST las operaciones perdidas y el libro de órdenes.</translation>
    </message>
    <message>
        <source>The exchange refuses this client (for example HTTP 451 from a restricted location). PerpScope stops trying; stored history stays on screen.</source>
        <translation>El exchange rechaza este cliente (por ejemplo HTTP 451 desde una ubicación restringida). PerpScope deja de intentarlo; el historial guardado sigue en pantalla.</translation>
    </message>
    <message>
        <source>The source was stopped.</source>
        <translation>La fuente se detuvo.</translation>
    </message>
    <message>
        <source>reconnecting now (attempt %1)</source>
        <translation>reconectando ahora (intento %1)</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>reconectando en %1 s (intento %2)</translation>
    </message>
    <message>
        <source>showing stored history</source>
        <translation>se muestra el historial guardado</translation>
    </message>
    <message>
        <source>no live data</source>
        <translation>sin datos en vivo</translation>
    </message>
    <message>
        <source>%1 unavailable from your location (HTTP 451) — %2; try %3</source>
        <translation>%1 no está disponible desde su ubicación (HTTP 451) — %2; pruebe %3</translation>
    </message>
    <message>
        <source>%1 unavailable (%2) — %3; try %4</source>
        <translation>%1 no disponible (%2) — %3; pruebe %4</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <source>%1 %2 stream disconnected (%3) — reconnecting</source>
        <translation>flujo %2 de %1 desconectado (%3) — reconectando</translation>
    </message>
    <message>
        <source>%1 %2 stream disconnected (%3) — %4</source>
        <translation>flujo %2 de %1 desconectado (%3) — %4</translation>
    </message>
    <message>
        <source>%1 %2 stream went silent — replacing the connection</source>
        <translation>el flujo %2 de %1 quedó en silencio — sustituyendo la conexión</translation>
    </message>
    <message>
        <source>%1: connecting to the %2 stream…</source>
        <translation>%1: conectando al flujo %2…</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 terminó</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 detenido</translation>
    </message>
    <message>
        <source>Last event: %1</source>
        <translation>Último evento: %1</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 msj/s</translation>
    </message>
    <message>
        <source>at %1 UTC</source>
        <translation>en %1 UTC</translation>
    </message>
    <message>
        <source>lag %1 ms</source>
        <translation>retraso %1 ms</translation>
    </message>
    <message>
        <source>%1 reconnects</source>
        <translation>%1 reconexiones</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rechazados</translation>
    </message>
    <message>
        <source>Click for the feed-health panel.</source>
        <translation>Haga clic para el panel de estado de los flujos.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Threshold: composite bias, -100 .. +100.</source>
        <translation>Umbral: sesgo compuesto, -100 .. +100.</translation>
    </message>
    <message>
        <source>Low / high: the bias range, -100 .. +100. Above = enters, below = leaves.</source>
        <translation>Mínimo / máximo: el rango del sesgo, -100 .. +100. Por encima = entra, por debajo = sale.</translation>
    </message>
    <message>
        <source>Threshold: confidence in percent; side long = bullish bias, short = bearish.</source>
        <translation>Umbral: confianza en porcentaje; lado largo = sesgo alcista, corto = bajista.</translation>
    </message>
    <message>
        <source>Category key (e.g. order_flow); from/to states optional (empty = any).</source>
        <translation>Clave de categoría (p. ej., order_flow); estados de origen/destino opcionales (vacío = cualquiera).</translation>
    </message>
    <message>
        <source>Threshold: distance to an ESTIMATED liquidation band, in % of price or in ATR.</source>
        <translation>Umbral: distancia a una banda de liquidación ESTIMADA, en % del precio o en ATR.</translation>
    </message>
    <message>
        <source>Fires when a liquidation cascade starts (side = whose positions are liquidated).</source>
        <translation>Se activa cuando empieza una cascada de liquidaciones (lado = las posiciones que se liquidan).</translation>
    </message>
    <message>
        <source>Threshold: notional of one reported liquidation, in quote currency (USDT).</source>
        <translation>Umbral: nocional de una liquidación reportada, en moneda de cotización (USDT).</translation>
    </message>
    <message>
        <source>Threshold: funding rate per interval as a fraction (0.0005 = 0.05 %), either sign.</source>
        <translation>Umbral: tasa de financiación por intervalo como fracción (0.0005 = 0.05 %), con cualquier signo.</translation>
    </message>
    <message>
        <source>Zones come from the signal engine.</source>
        <translation>Las zonas provienen del motor de señales.</translation>
    </message>
    <message>
        <source>Threshold: a price level.</source>
        <translation>Umbral: un nivel de precio.</translation>
    </message>
</context>
<context>
    <name>perp</name>
    <message>
        <source>Liquidation heatmap (estimated)</source>
        <translation>Mapa de calor de liquidaciones (estimado)</translation>
    </message>
    <message>
        <source>Liquidation bands (estimated)</source>
        <translation>Bandas de liquidación (estimadas)</translation>
    </message>
    <message>
        <source>Liquidation profile (estimated)</source>
        <translation>Perfil de liquidación (estimado)</translation>
    </message>
    <message>
        <source>Liquidation bubbles (realized)</source>
        <translation>Burbujas de liquidación (realizadas)</translation>
    </message>
    <message>
        <source>Liquidations by price (realized)</source>
        <translation>Liquidaciones por precio (realizadas)</translation>
    </message>
    <message>
        <source>ESTIMATED open liquidation notional over time and price, behind the candles: brighter = more positions estimated to be liquidated at that price at that time. Empty levels are transparent. An estimate from open interest, trade flow and assumed leverage, not exchange data.</source>
        <translation>Nocional de liquidación abierto ESTIMADO en el tiempo y el precio, detrás de las velas: más brillante = más posiciones que se estima se liquidarían a ese precio en ese momento. Los niveles vacíos son transparentes. Una estimación a partir del interés abierto, el flujo de operaciones y el apalancamiento supuesto, no datos del exchange.</translation>
    </message>
    <message>
        <source>The largest ESTIMATED liquidation clusters as translucent bands: amber = longs that would be liquidated below price, blue = shorts above. Label: side, range, estimated notional, distance from price. Hover a band for share, ATR distance and magnet score.</source>
        <translation>Los mayores clústeres de liquidación ESTIMADOS como bandas translúcidas: ámbar = largos que se liquidarían por debajo del precio, azul = cortos por encima. Etiqueta: lado, rango, nocional estimado, distancia al precio. Pase el ratón sobre una banda para ver cuota, distancia en ATR y puntuación de imán.</translation>
    </message>
    <message>
        <source>ESTIMATED liquidation notional by price right now, as bars on the right edge on the chart&apos;s price axis: amber longs (below price), blue shorts (above).</source>
        <translation>Nocional de liquidación ESTIMADO por precio en este momento, como barras en el borde derecho sobre el eje de precios: ámbar largos (bajo el precio), azul cortos (encima).</translation>
    </message>
    <message>
        <source>REALIZED liquidations reported by the exchange: hollow circles at time and price, area proportional to notional, amber = longs liquidated, blue = shorts liquidated. </source>
        <translation>Liquidaciones REALIZADAS informadas por el exchange: círculos huecos en hora y precio, área proporcional al nocional, ámbar = largos liquidados, azul = cortos liquidados. </translation>
    </message>
    <message>
        <source>REALIZED liquidation notional cumulated by price over the selected window (1h, 4h or 24h), as outlined hatched bars on the left edge. </source>
        <translation>Nocional de liquidaciones REALIZADAS acumulado por precio en la ventana elegida (1h, 4h o 24h), como barras rayadas con contorno en el borde izquierdo. </translation>
    </message>
</context>
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
    <name>perp::AlertCentre</name>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Disparadas</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Añadir una regla</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected rule</source>
        <translation>Editar la regla seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected rule</source>
        <translation>Eliminar la regla seleccionada</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Replace the rules with a rules JSON file; a bad file changes nothing.</source>
        <translation>Reemplazar las reglas por un archivo JSON de reglas; un archivo erróneo no cambia nada.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the rules to a JSON file.</source>
        <translation>Escribir las reglas en un archivo JSON.</translation>
    </message>
    <message>
        <source>Import alert rules</source>
        <translation>Importar reglas de alerta</translation>
    </message>
    <message>
        <source>Alert rules (*.json);;All files (*)</source>
        <translation>Reglas de alerta (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export alert rules</source>
        <translation>Exportar reglas de alerta</translation>
    </message>
    <message>
        <source>Alert rules (*.json)</source>
        <translation>Reglas de alerta (*.json)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Mark the selected alert as seen</source>
        <translation>Marcar la alerta seleccionada como vista</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Confirmar todas</translation>
    </message>
    <message>
        <source>Mark every alert as seen</source>
        <translation>Marcar todas las alertas como vistas</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Mostrar historial</translation>
    </message>
    <message>
        <source>Load the newest 1000 alerts of the alert log (kept across restarts)</source>
        <translation>Cargar las 1000 alertas más recientes del registro de alertas (se conserva entre reinicios)</translation>
    </message>
    <message>
        <source>Show a tray notification when an alert fires</source>
        <translation>Mostrar una notificación en la bandeja cuando se dispare una alerta</translation>
    </message>
    <message>
        <source>Tray notification (no system tray on this desktop)</source>
        <translation>Notificación en la bandeja (no hay bandeja del sistema en este escritorio)</translation>
    </message>
    <message>
        <source>Beep when an alert fires</source>
        <translation>Emitir un pitido cuando se dispare una alerta</translation>
    </message>
    <message>
        <source>Import failed: %1
The rules were not changed.</source>
        <translation>Error al importar: %1
Las reglas no se han modificado.</translation>
    </message>
    <message>
        <source>Imported %1 rules from %2.</source>
        <translation>Se importaron %1 reglas desde %2.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <source>Exported %1 rules to %2.</source>
        <translation>Se exportaron %1 reglas a %2.</translation>
    </message>
    <message>
        <source>%1 new of %2</source>
        <translation>%1 nuevas de %2</translation>
    </message>
    <message>
        <source>Fired (%1)</source>
        <translation>Disparadas (%1)</translation>
    </message>
</context>
<context>
    <name>perp::AlertNotifier</name>
    <message>
        <source>PerpScope alerts</source>
        <translation>Alertas de PerpScope</translation>
    </message>
    <message>
        <source> (REPLAY)</source>
        <translation> (REPRODUCCIÓN)</translation>
    </message>
    <message>
        <source>Alert: %1%2</source>
        <translation>Alerta: %1%2</translation>
    </message>
    <message>
        <source>%1 alerts fired%2</source>
        <translation>%1 alertas disparadas%2</translation>
    </message>
</context>
<context>
    <name>perp::BiasSparkline</name>
    <message>
        <source>minutes before the newest cycle</source>
        <translation>minutos antes del ciclo más reciente</translation>
    </message>
    <message>
        <source>%1 composite bias over its last cycles (newest at 0). Dashed lines: ±%2, beyond which the bias counts as bullish or bearish. Hover the line for a cycle&apos;s time and value.</source>
        <translation>Sesgo compuesto %1 en sus últimos ciclos (el más reciente en 0). Líneas discontinuas: ±%2, más allá de las cuales el sesgo cuenta como alcista o bajista. Pase el ratón por la línea para ver la hora y el valor de un ciclo.</translation>
    </message>
    <message>
        <source>%1 bias %2 at %3 UTC</source>
        <translation>Sesgo %1 %2 a las %3 UTC</translation>
    </message>
</context>
<context>
    <name>perp::CategoryChart</name>
    <message>
        <source>bullish points</source>
        <translation>puntos alcistas</translation>
    </message>
    <message>
        <source>bearish points</source>
        <translation>puntos bajistas</translation>
    </message>
    <message>
        <source>points of bias (sum = composite bias)</source>
        <translation>puntos de sesgo (suma = sesgo compuesto)</translation>
    </message>
    <message>
        <source>Points each of the 25 categories adds to the %1 composite bias: green pushes up (bullish), red down (bearish). The bars add up to the bias. Hover a bar for its score, weight and signals; click it to list only that category&apos;s signals.</source>
        <translation>Puntos que cada una de las 25 categorías aporta al sesgo compuesto %1: el verde empuja hacia arriba (alcista), el rojo hacia abajo (bajista). Las barras suman el sesgo. Pase el ratón por una barra para ver su puntuación, peso y señales; haga clic para listar solo las señales de esa categoría.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no signal of this category has data for this symbol in %2 mode, so it adds nothing (missing data is never made up).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: ninguna señal de esta categoría tiene datos para este símbolo en modo %2, así que no aporta nada (los datos que faltan nunca se inventan).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 mode)&lt;br&gt;Adds %3 points to the bias.&lt;br&gt;Category score %4 (the same formula over this category&apos;s signals only, -100..+100).&lt;br&gt;Learned category weight %5× (how well the category has called the price lately; 1 = average).&lt;br&gt;Signals with data: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (modo %2)&lt;br&gt;Aporta %3 puntos al sesgo.&lt;br&gt;Puntuación de la categoría %4 (la misma fórmula solo sobre las señales de esta categoría, -100..+100).&lt;br&gt;Peso aprendido de la categoría %5× (lo bien que la categoría ha acertado el precio últimamente; 1 = media).&lt;br&gt;Señales con datos: %6</translation>
    </message>
</context>
<context>
    <name>perp::ChartActions</name>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Back to the live candle and follow it</source>
        <translation>Volver a la vela en curso y seguirla</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Show fewer candles (also the mouse wheel)</source>
        <translation>Mostrar menos velas (también con la rueda del ratón)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Show more candles (also the mouse wheel)</source>
        <translation>Mostrar más velas (también con la rueda del ratón)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Logarithmic price axis: equal distances are equal percentage moves. Off: linear axis.</source>
        <translation>Eje de precios logarítmico: distancias iguales son movimientos porcentuales iguales. Desactivado: eje lineal.</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>H-line</source>
        <translation>Línea H</translation>
    </message>
    <message>
        <source>Horizontal line: click at a price</source>
        <translation>Línea horizontal: haga clic en un precio</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Trend line: press, drag to the second point, release</source>
        <translation>Línea de tendencia: pulse, arrastre hasta el segundo punto, suelte</translation>
    </message>
    <message>
        <source>Rect</source>
        <translation>Rect.</translation>
    </message>
    <message>
        <source>Rectangle: press at one corner, drag to the other, release</source>
        <translation>Rectángulo: pulse en una esquina, arrastre hasta la otra, suelte</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <source>Measure: press and drag between two points to read the price change (% and absolute), the number of bars and the time between them</source>
        <translation>Medir: pulse y arrastre entre dos puntos para leer el cambio de precio (% y absoluto), el número de barras y el tiempo entre ellos</translation>
    </message>
    <message>
        <source>. Drawings are kept per symbol.</source>
        <translation>. Los dibujos se guardan por símbolo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected drawing (click a drawing to select it)</source>
        <translation>Eliminar el dibujo seleccionado (haga clic en un dibujo para seleccionarlo)</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Delete every drawing of this symbol</source>
        <translation>Eliminar todos los dibujos de este símbolo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Leave the drawing tool and clear the selection</source>
        <translation>Salir de la herramienta de dibujo y borrar la selección</translation>
    </message>
    <message>
        <source>Chart tools</source>
        <translation>Herramientas del gráfico</translation>
    </message>
    <message>
        <source>Show or hide the panes under the candles</source>
        <translation>Mostrar u ocultar los paneles bajo las velas</translation>
    </message>
</context>
<context>
    <name>perp::ChartDrawings</name>
    <message>
        <source>%1 (%2%3) · %4 bars · %5</source>
        <translation>%1 (%2%3) · %4 barras · %5</translation>
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
    <name>perp::ChartPane</name>
    <message>
        <source>Chart %1 · %2 %3 · %4</source>
        <translation>Gráfico %1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>vinculado</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>independiente</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>Gráfico %1</translation>
    </message>
    <message>
        <source>An extra chart pane with its own symbol and timeframe. Close it with the dock&apos;s close button; it is saved with the layout.</source>
        <translation>Un panel de gráfico adicional con su propio símbolo y temporalidad. Ciérrelo con el botón de cierre del panel; se guarda con el diseño.</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <source>Linked: this pane shows the symbol selected in the watchlist, the symbol search or the main chart. Independent: it keeps the symbol picked here. Click to switch.</source>
        <translation>Vinculado: este panel muestra el símbolo elegido en la lista de seguimiento, la búsqueda de símbolos o el gráfico principal. Independiente: conserva el símbolo elegido aquí. Haga clic para cambiar.</translation>
    </message>
    <message>
        <source>Symbol of this pane. Picking one makes the pane independent.</source>
        <translation>Símbolo de este panel. Elegir uno hace el panel independiente.</translation>
    </message>
    <message>
        <source>Timeframe of this pane&apos;s candles (UTC), independent of the main chart.</source>
        <translation>Temporalidad de las velas de este panel (UTC), independiente del gráfico principal.</translation>
    </message>
</context>
<context>
    <name>perp::ChartPaneManager</name>
    <message>
        <source>New chart pane</source>
        <translation>Nuevo panel de gráfico</translation>
    </message>
    <message>
        <source>Open another chart pane with its own symbol and timeframe (%1)</source>
        <translation>Abrir otro panel de gráfico con su propio símbolo y temporalidad (%1)</translation>
    </message>
</context>
<context>
    <name>perp::ChartPanes</name>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>CVD</source>
        <translation>CVD</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>Interés abierto</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Tasa de financiación</translation>
    </message>
    <message>
        <source>Traded volume per candle in %1: taker buy (green, the aggressor bought) stacked on taker sell (red).</source>
        <translation>Volumen negociado por vela en %1: compra taker (verde, el agresor compró) apilada sobre venta taker (rojo).</translation>
    </message>
    <message>
        <source>Cumulative volume delta in %1: running sum of taker buy minus taker sell volume over the candles held, starting at 0 before the first one. Rising: aggressive buyers dominate; falling: aggressive sellers. Only the slope matters, not the level.</source>
        <translation>Delta de volumen acumulado en %1: suma acumulada del volumen de compra taker menos venta taker en las velas mantenidas, empezando en 0 antes de la primera. Sube: dominan los compradores agresivos; baja: los vendedores agresivos. Solo importa la pendiente, no el nivel.</translation>
    </message>
    <message>
        <source>Open interest in %1: contracts open (one side), summed over the venues that report it (latest value of each), last value in each minute. Rising with price: new longs; rising against price: new shorts; falling: positions closing or liquidated.</source>
        <translation>Interés abierto en %1: contratos abiertos (un lado), sumados sobre los exchanges que lo informan (último valor de cada uno), último valor de cada minuto. Sube con el precio: nuevos largos; sube contra el precio: nuevos cortos; baja: posiciones que se cierran o liquidan.</translation>
    </message>
    <message>
        <source>Funding rate in percent per funding interval (typically 8 h), mean of the venues that report it, last value in each minute (the predicted rate until it settles). Positive: longs pay shorts (crowded long); negative: shorts pay longs.</source>
        <translation>Tasa de financiación en porcentaje por intervalo (normalmente 8 h), media de los exchanges que la informan, último valor de cada minuto (la tasa prevista hasta que se liquida). Positiva: los largos pagan a los cortos (exceso de largos); negativa: los cortos pagan a los largos.</translation>
    </message>
    <message>
        <source>taker buy − sell, %1</source>
        <translation>compra − venta taker, %1</translation>
    </message>
    <message>
        <source>% per interval</source>
        <translation>% por intervalo</translation>
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
    <name>perp::EngineServices</name>
    <message>
        <source>History is not kept: %1</source>
        <translation>El historial no se conserva: %1</translation>
    </message>
    <message>
        <source>History write failed (kept and retried): %1</source>
        <translation>Error al escribir el historial (se conserva y se reintenta): %1</translation>
    </message>
    <message>
        <source>History: %1 stored candles loaded in %2 ms from %3</source>
        <translation>Historial: %1 velas almacenadas cargadas en %2 ms desde %3</translation>
    </message>
    <message>
        <source>; retention removed %1 old rows</source>
        <translation>; la retención eliminó %1 filas antiguas</translation>
    </message>
    <message>
        <source>Stored alert rules not loaded: %1</source>
        <translation>No se cargaron las reglas de alerta almacenadas: %1</translation>
    </message>
    <message>
        <source>Fired alerts not stored: %1</source>
        <translation>No se guardaron las alertas disparadas: %1</translation>
    </message>
    <message>
        <source>Alert rules not saved: %1</source>
        <translation>No se guardaron las reglas de alerta: %1</translation>
    </message>
    <message>
        <source>; learned signal weights not restored (learning starts afresh): %1</source>
        <translation>; pesos de señales aprendidos no restaurados (el aprendizaje empieza de nuevo): %1</translation>
    </message>
    <message>
        <source>; learned signal weights restored (%1 track records saved %2 UTC)</source>
        <translation>; pesos de señales aprendidos restaurados (%1 historiales guardados %2 UTC)</translation>
    </message>
    <message>
        <source>Learned signal weights not saved: %1</source>
        <translation>Pesos de señales aprendidos no guardados: %1</translation>
    </message>
    <message>
        <source>Zones not stored: %1</source>
        <translation>Zonas no guardadas: %1</translation>
    </message>
    <message>
        <source>Zones not restored: %1</source>
        <translation>Zonas no restauradas: %1</translation>
    </message>
    <message>
        <source>Margin tiers file not used: %1</source>
        <translation>Archivo de niveles de margen no usado: %1</translation>
    </message>
    <message>
        <source>Margin tiers of %1 symbols from %2</source>
        <translation>Niveles de margen de %1 símbolos desde %2</translation>
    </message>
</context>
<context>
    <name>perp::FeedHealthModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1% done · at %2 UTC</source>
        <translation>%1% hecho · en %2 UTC</translation>
    </message>
    <message>
        <source>feed clock %1 UTC</source>
        <translation>reloj del flujo %1 UTC</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>hace %1 s</translation>
    </message>
    <message>
        <source>%1
Last event: %2</source>
        <translation>%1
Último evento: %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <translation>Msj/s</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconexiones</translation>
    </message>
    <message>
        <source>Gaps filled</source>
        <translation>Huecos rellenados</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>The exchange (or the simulator / replay) the row belongs to.</source>
        <translation>El exchange (o el simulador / la reproducción) al que pertenece la fila.</translation>
    </message>
    <message>
        <source>A connection (Binance &quot;market&quot; and &quot;public&quot;, Bybit &quot;linear&quot;), a kind of message on it (aggTrade, depth, markPrice ...), the REST pollers (&quot;rest&quot;), or for the simulator and replay the kind of event.</source>
        <translation>Una conexión (Binance «market» y «public», Bybit «linear»), un tipo de mensaje en ella (aggTrade, depth, markPrice ...), las consultas REST («rest») o, para el simulador y la reproducción, el tipo de evento.</translation>
    </message>
    <message>
        <source>live: data arriving; connecting; stale: silent too long, being replaced; reconnecting: waiting to reconnect; unavailable: the exchange refuses this client; stopped.</source>
        <translation>en vivo: llegan datos; conectando; inactivo: demasiado tiempo en silencio, se sustituye; reconectando: esperando para reconectar; no disponible: el exchange rechaza este cliente; detenido.</translation>
    </message>
    <message>
        <source>Messages (events for the simulator and replay) per second over the last second.</source>
        <translation>Mensajes (eventos para el simulador y la reproducción) por segundo durante el último segundo.</translation>
    </message>
    <message>
        <source>Local receive time minus the exchange&apos;s event time of the newest message: network delay plus any clock difference. Not applicable to the simulator and replay.</source>
        <translation>Hora local de recepción menos la hora del evento en el exchange del mensaje más reciente: retardo de red más cualquier diferencia de reloj. No aplica al simulador ni a la reproducción.</translation>
    </message>
    <message>
        <source>Messages received on this stream since start.</source>
        <translation>Mensajes recibidos en este flujo desde el inicio.</translation>
    </message>
    <message>
        <source>How often this connection was re-established after it ended or went silent.</source>
        <translation>Cuántas veces se restableció esta conexión tras terminar o quedar en silencio.</translation>
    </message>
    <message>
        <source>Holes found (missing trade ids, order-book sequence breaks) and filled from REST, so no trade is lost.</source>
        <translation>Huecos detectados (ids de operación ausentes, saltos de secuencia del libro) y rellenados por REST, para no perder ninguna operación.</translation>
    </message>
    <message>
        <source>Messages that failed to parse or were out of sequence; each is counted and skipped, the rest of the stream is unaffected.</source>
        <translation>Mensajes que no se pudieron leer o llegaron fuera de secuencia; cada uno se cuenta y se omite, el resto del flujo no se ve afectado.</translation>
    </message>
    <message>
        <source>Trades dropped because their id was already seen (e.g. during a reconnect overlap).</source>
        <translation>Operaciones descartadas porque su id ya se había visto (p. ej. durante el solapamiento de una reconexión).</translation>
    </message>
    <message>
        <source>Wall-clock time since the last message on this stream.</source>
        <translation>Tiempo real transcurrido desde el último mensaje en este flujo.</translation>
    </message>
    <message>
        <source>What is happening now: the reason a connection ended and the next attempt, or for replay the share done and the replay clock, for the simulator its clock.</source>
        <translation>Qué ocurre ahora: el motivo por el que terminó una conexión y el próximo intento; en la reproducción, la parte hecha y su reloj; en el simulador, su reloj.</translation>
    </message>
</context>
<context>
    <name>perp::FeedHealthPanel</name>
    <message>
        <source>Feed health</source>
        <translation>Estado de los flujos</translation>
    </message>
    <message>
        <source>Show or hide feed health: state, rates, lag, reconnects and gaps per exchange and stream</source>
        <translation>Mostrar u ocultar el estado de los flujos: estado, tasas, retraso, reconexiones y huecos por exchange y flujo</translation>
    </message>
    <message>
        <source>Loading candle history from the exchange&apos;s REST API (one request per symbol); live data is shown meanwhile.</source>
        <translation>Cargando el historial de velas desde la API REST del exchange (una petición por símbolo); mientras tanto se muestran los datos en vivo.</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 msj/s</translation>
    </message>
    <message>
        <source>Connected again — data is live</source>
        <translation>Conectado de nuevo — datos en vivo</translation>
    </message>
    <message>
        <source>Connected — data is live</source>
        <translation>Conectado — datos en vivo</translation>
    </message>
    <message>
        <source>All streams are working. Hover a column title to see what it counts.</source>
        <translation>Todos los flujos funcionan. Pase el ratón sobre el título de una columna para ver qué cuenta.</translation>
    </message>
    <message>
        <source>Waiting for the first health report of the source…</source>
        <translation>Esperando el primer informe de estado de la fuente…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 cargado</translation>
    </message>
</context>
<context>
    <name>perp::FiredAlertModel</name>
    <message>
        <source>Engine time (exchange time, UTC) of the evaluation that fired the alert.</source>
        <translation>Hora del motor (hora del exchange, UTC) de la evaluación que disparó la alerta.</translation>
    </message>
    <message>
        <source>The observed value that met the condition (bias points, percent, price or quote notional depending on the rule; liquidation bands are estimated).</source>
        <translation>El valor observado que cumplió la condición (puntos de sesgo, porcentaje, precio o nocional en moneda de cotización según la regla; las bandas de liquidación son estimadas).</translation>
    </message>
    <message>
        <source>The rule&apos;s threshold the value was compared against.</source>
        <translation>El umbral de la regla con el que se comparó el valor.</translation>
    </message>
    <message>
        <source>REPLAY: fired while replaying recorded data. NEW: not acknowledged yet.</source>
        <translation>REPRODUCCIÓN: disparada al reproducir datos grabados. NUEVA: aún no confirmada.</translation>
    </message>
    <message>
        <source>REPLAY</source>
        <translation>REPRODUCCIÓN</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NUEVA</translation>
    </message>
</context>
<context>
    <name>perp::LiqBandsLayer</name>
    <message>
        <source>
(Outside the visible price range.)</source>
        <translation>
(Fuera del rango de precios visible.)</translation>
    </message>
</context>
<context>
    <name>perp::LiqBubblesLayer</name>
    <message>
        <source>%1 realized %2 liquidations merged at this zoom (exchange-reported)
Total notional: %3
Price: %4 – %5
Time: %6 – %7 UTC</source>
        <translation>%1 liquidaciones %2 realizadas fusionadas con este zoom (informadas por el exchange)
Nocional total: %3
Precio: %4 – %5
Hora: %6 – %7 UTC</translation>
    </message>
    <message>
        <source>long</source>
        <translation>largo</translation>
    </message>
    <message>
        <source>short</source>
        <translation>corto</translation>
    </message>
</context>
<context>
    <name>perp::LiqChartLayers</name>
    <message>
        <source>%1 CASCADE · intensity %2</source>
        <translation>CASCADA %1 · intensidad %2</translation>
    </message>
    <message>
        <source>LONG</source>
        <translation>LARGO</translation>
    </message>
    <message>
        <source>SHORT</source>
        <translation>CORTO</translation>
    </message>
    <message>
        <source>Liquidation cascade in progress: %1 are being liquidated in a burst (realized liquidations far above their usual rate while price moves against them).
Intensity %2 (1 = just at the start threshold, 3+ = violent; peak %3). Realized since start: %4.</source>
        <translation>Cascada de liquidaciones en curso: %1 se están liquidando en ráfaga (liquidaciones realizadas muy por encima de su ritmo habitual mientras el precio va en su contra).
Intensidad %2 (1 = justo en el umbral de inicio, 3+ = violenta; pico %3). Realizado desde el inicio: %4.</translation>
    </message>
    <message>
        <source>longs</source>
        <translation>largos</translation>
    </message>
    <message>
        <source>shorts</source>
        <translation>cortos</translation>
    </message>
    <message>
        <source>heatmap</source>
        <translation>mapa de calor</translation>
    </message>
    <message>
        <source>bands</source>
        <translation>bandas</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>○ bubbles</source>
        <translation>○ burbujas</translation>
    </message>
    <message>
        <source>▭ by price %1</source>
        <translation>▭ por precio %1</translation>
    </message>
    <message>
        <source>Liquidations: &lt;span style=&apos;color:%1&apos;&gt;■ longs&lt;/span&gt; &lt;span style=&apos;color:%2&apos;&gt;■ shorts&lt;/span&gt;</source>
        <translation>Liquidaciones: &lt;span style=&apos;color:%1&apos;&gt;■ largos&lt;/span&gt; &lt;span style=&apos;color:%2&apos;&gt;■ cortos&lt;/span&gt;</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; ESTIMATED (soft fill): %1</source>
        <translation> &amp;nbsp;·&amp;nbsp; ESTIMADO (relleno suave): %1</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; REALIZED (outline): %1</source>
        <translation> &amp;nbsp;·&amp;nbsp; REALIZADO (contorno): %1</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:#ff9f1a&apos;&gt;low confidence (no open-interest data)&lt;/span&gt;</source>
        <translation> &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:#ff9f1a&apos;&gt;confianza baja (sin datos de interés abierto)&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>perp::LiqHeatmapLayer</name>
    <message>
        <source>Estimated liquidation heatmap
%1 of open positions estimated to be liquidated at %2 – %3
(brightest colour in view = %4). An ESTIMATE, not exchange data.</source>
        <translation>Mapa de calor de liquidaciones estimado
%1 de posiciones abiertas que se estima se liquidarían en %2 – %3
(color más brillante visible = %4). Una ESTIMACIÓN, no datos del exchange.</translation>
    </message>
</context>
<context>
    <name>perp::LiqHistogramLayer</name>
    <message>
        <source>Realized liquidations, last %1 (reported by the exchange)
%2 – %3
Longs liquidated: %4 · Shorts liquidated: %5</source>
        <translation>Liquidaciones realizadas, últimas %1 (informadas por el exchange)
%2 – %3
Largos liquidados: %4 · Cortos liquidados: %5</translation>
    </message>
    <message>
        <source>realized liq %1 · longs %2 · shorts %3</source>
        <translation>liq. realizadas %1 · largos %2 · cortos %3</translation>
    </message>
    <message>
        <source> · Binance: max 1 per second, undercounts</source>
        <translation> · Binance: máx. 1 por segundo, se queda corto</translation>
    </message>
</context>
<context>
    <name>perp::LiqLayerControls</name>
    <message>
        <source>Liquidations</source>
        <translation>Liquidaciones</translation>
    </message>
    <message>
        <source>Show or hide the liquidation layers. Estimated layers (heatmap, bands, profile) are model estimates drawn as soft fills; realized layers (bubbles, by-price bars) are exchange-reported and drawn as outlines.</source>
        <translation>Mostrar u ocultar las capas de liquidación. Las capas estimadas (mapa de calor, bandas, perfil) son estimaciones del modelo dibujadas como rellenos suaves; las realizadas (burbujas, barras por precio) las informa el exchange y se dibujan como contornos.</translation>
    </message>
    <message>
        <source>Realized by price: window</source>
        <translation>Realizadas por precio: ventana</translation>
    </message>
    <message>
        <source>Last %1</source>
        <translation>Últimas %1</translation>
    </message>
    <message>
        <source>Cumulate realized liquidations by price over the last %1.</source>
        <translation>Acumular las liquidaciones realizadas por precio en las últimas %1.</translation>
    </message>
    <message>
        <source>Support and resistance</source>
        <translation>Soporte y resistencia</translation>
    </message>
</context>
<context>
    <name>perp::LiqProfilePanel</name>
    <message>
        <source>Estimated liquidation profile (now)
%1 – %2
Longs: %3 · Shorts: %4
Notional of open positions estimated to be liquidated in this price range. An ESTIMATE.</source>
        <translation>Perfil de liquidación estimado (ahora)
%1 – %2
Largos: %3 · Cortos: %4
Nocional de posiciones abiertas que se estima se liquidarían en este rango de precios. Una ESTIMACIÓN.</translation>
    </message>
    <message>
        <source>est. liq profile</source>
        <translation>perfil liq. est.</translation>
    </message>
</context>
<context>
    <name>perp::LiqRecordText</name>
    <message>
        <source>bands&apos; record: no liquidations scored yet</source>
        <translation>historial de las bandas: aún no hay liquidaciones evaluadas</translation>
    </message>
    <message>
        <source>bands&apos; record 24 h: %1 of liquidations in %2 of the range (%3×)</source>
        <translation>historial de las bandas 24 h: %1 de las liquidaciones en %2 del rango (%3×)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bands&apos; track record&lt;/b&gt; (last 24 h, this symbol): every REALIZED liquidation within ±10% of price is checked against the top 5 ESTIMATED bands drawn before it. &lt;i&gt;In bands&lt;/i&gt; is the share of liquidated notional that fell inside those bands; &lt;i&gt;range covered&lt;/i&gt; is the share of the ±10% range the bands took up, which is what bands placed at random would catch; &lt;i&gt;lift&lt;/i&gt; = in bands ÷ range covered (1× = no better than chance). Binance reports at most one liquidation per symbol per second, so bursts are undercounted. Past accuracy does not promise future accuracy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Historial de las bandas&lt;/b&gt; (últimas 24 h, este símbolo): cada liquidación REALIZADA dentro de ±10% del precio se compara con las 5 mayores bandas ESTIMADAS dibujadas antes de ella. &lt;i&gt;En bandas&lt;/i&gt; es la parte del nocional liquidado que cayó dentro de esas bandas; &lt;i&gt;rango cubierto&lt;/i&gt; es la parte del rango de ±10% que ocupaban las bandas, lo que atraparían bandas colocadas al azar; &lt;i&gt;mejora&lt;/i&gt; = en bandas ÷ rango cubierto (1× = no mejor que el azar). Binance publica como máximo una liquidación por símbolo y segundo, así que las ráfagas quedan infracontadas. La precisión pasada no garantiza la futura.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>bands on screen just before</source>
        <translation>bandas en pantalla justo antes</translation>
    </message>
    <message>
        <source>bands drawn %1 h before</source>
        <translation>bandas dibujadas %1 h antes</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1:&lt;/td&gt;&lt;td&gt;no liquidations scored yet&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1:&lt;/td&gt;&lt;td&gt;aún no hay liquidaciones evaluadas&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1:&lt;/td&gt;&lt;td&gt;%2 in bands, %3 range covered, lift %4× (%5 liquidations, %6)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1:&lt;/td&gt;&lt;td&gt;%2 en bandas, %3 del rango cubierto, mejora %4× (%5 liquidaciones, %6)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The bands on screen just before a liquidation often score lower: price trading through a level removes it from the estimate before the exchange reports the liquidation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las bandas en pantalla justo antes de una liquidación suelen puntuar peor: cuando el precio cruza un nivel, este sale de la estimación antes de que el exchange informe la liquidación.&lt;/p&gt;</translation>
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
        <source>Layout &quot;%1&quot; saved</source>
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
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Show or hide the alert centre: rules, fired alerts, delivery</source>
        <translation>Mostrar u ocultar el centro de alertas: reglas, alertas disparadas, entrega</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertas (%1)</translation>
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
        <source>One trade: the taker&apos;s side, its price and size.</source>
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
    <message>
        <source>Bands&apos; record</source>
        <translation>Historial de las bandas</translation>
    </message>
    <message>
        <source>How often the estimated bands were right over the last 24 hours: the share of realized liquidations near price that fell inside the five largest bands drawn an hour before, against the share of the price range those bands covered (what bands placed at random would catch). Their ratio is the lift: 1× is no better than chance. Hover the chart legend for the bands on screen just before and 4 hours before. Past accuracy does not promise future accuracy.</source>
        <translation>Con qué frecuencia acertaron las bandas estimadas en las últimas 24 horas: la parte de las liquidaciones realizadas cerca del precio que cayó dentro de las cinco mayores bandas dibujadas una hora antes, frente a la parte del rango de precios que cubrían esas bandas (lo que atraparían bandas colocadas al azar). Su cociente es la mejora: 1× no es mejor que el azar. Pase el ratón sobre la leyenda del gráfico para las bandas en pantalla justo antes y 4 horas antes. La precisión pasada no garantiza la futura.</translation>
    </message>
</context>
<context>
    <name>perp::RecordToggle</name>
    <message>
        <source>Recording failed: %1</source>
        <translation>La grabación falló: %1</translation>
    </message>
    <message>
        <source>● REC %1 · %2 frames · %3</source>
        <translation>● REC %1 · %2 tramas · %3</translation>
    </message>
    <message>
        <source>Recording every raw frame of the live feed with its receive time to %1 (%2 frames, %3 compressed on disk, %4 dropped). Replay it with --source replay:FILE.</source>
        <translation>Se graba cada trama sin procesar del feed en vivo con su hora de recepción en %1 (%2 tramas, %3 comprimidos en disco, %4 descartadas). Reprodúzcalo con --source replay:FILE.</translation>
    </message>
    <message>
        <source>Record raw feed</source>
        <translation>Grabar feed sin procesar</translation>
    </message>
    <message>
        <source>Write every raw frame of the live feed, with its local receive time, to a file in %1 (Ctrl+Shift+R). Off by default.</source>
        <translation>Escribir cada trama sin procesar del feed en vivo, con su hora local de recepción, en un archivo en %1 (Ctrl+Mayús+R). Desactivado por defecto.</translation>
    </message>
    <message>
        <source>Recording is for live exchange sources (binance, bybit)</source>
        <translation>La grabación es solo para fuentes de exchange en vivo (binance, bybit)</translation>
    </message>
</context>
<context>
    <name>perp::ReplayToolBar</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>loading %p%</source>
        <translation>cargando %p%</translation>
    </message>
    <message>
        <source>seeking %p%</source>
        <translation>buscando %p%</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>sin eventos</translation>
    </message>
    <message>
        <source>finished %p%</source>
        <translation>terminado %p%</translation>
    </message>
    <message>
        <source>position %p%</source>
        <translation>posición %p%</translation>
    </message>
    <message>
        <source>%1 / %2 events</source>
        <translation>%1 / %2 eventos</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Play or pause the replay (Space)</source>
        <translation>Reproducir o pausar la reproducción (Espacio)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Step one event batch: the events of the next received frame (Right)</source>
        <translation>Avanzar un lote de eventos: los eventos de la siguiente trama recibida (Derecha)</translation>
    </message>
    <message>
        <source>Step candle</source>
        <translation>Avanzar vela</translation>
    </message>
    <message>
        <source>Step one candle of the chart&apos;s timeframe: up to the first trade of the next candle (Shift+Right)</source>
        <translation>Avanzar una vela del intervalo del gráfico: hasta la primera operación de la vela siguiente (Mayús+Derecha)</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>Next replay speed (Ctrl++ or ])</source>
        <translation>Siguiente velocidad de reproducción (Ctrl++ o ])</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>Previous replay speed (Ctrl+- or [)</source>
        <translation>Velocidad de reproducción anterior (Ctrl+- o [)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx</translation>
    </message>
    <message>
        <source>Replay speed: recorded seconds per wall-clock second; max = as fast as the engine takes it (Ctrl++ / Ctrl+-, or ] / [)</source>
        <translation>Velocidad de reproducción: segundos grabados por segundo real; máx = tan rápido como el motor lo procese (Ctrl++ / Ctrl+-, o ] / [)</translation>
    </message>
    <message>
        <source>Timeline of the recording, by local receive time. Drag or click to seek: forward replays everything up to there at max speed; back restarts the engine and replays from the start (the chart is rebuilt).</source>
        <translation>Línea de tiempo de la grabación, por hora local de recepción. Arrastre o haga clic para saltar: hacia delante reproduce todo hasta allí a máxima velocidad; hacia atrás reinicia el motor y reproduce desde el principio (el gráfico se reconstruye).</translation>
    </message>
    <message>
        <source>Replay time: the receive time of the last event replayed (UTC)</source>
        <translation>Hora de reproducción: hora de recepción del último evento reproducido (UTC)</translation>
    </message>
    <message>
        <source>Loading progress of the files, then seeking progress, then the share of the recording&apos;s events replayed</source>
        <translation>Progreso de carga de los archivos, luego progreso de la búsqueda, luego la parte de los eventos de la grabación ya reproducidos</translation>
    </message>
    <message>
        <source>Events replayed / events in the recording (trades, liquidations, marks, open interest, book updates)</source>
        <translation>Eventos reproducidos / eventos de la grabación (operaciones, liquidaciones, precios de marca, interés abierto, actualizaciones del libro)</translation>
    </message>
</context>
<context>
    <name>perp::RuleDialog</name>
    <message>
        <source>Alert rule</source>
        <translation>Regla de alerta</translation>
    </message>
    <message>
        <source>e.g. SOL swing bias above +60</source>
        <translation>p. ej., sesgo swing de SOL por encima de +60</translation>
    </message>
    <message>
        <source>All symbols (watchlist)</source>
        <translation>Todos los símbolos (lista de seguimiento)</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>Todos los modos</translation>
    </message>
    <message>
        <source>scalp</source>
        <translation>scalp</translation>
    </message>
    <message>
        <source>day</source>
        <translation>intradía</translation>
    </message>
    <message>
        <source>swing</source>
        <translation>swing</translation>
    </message>
    <message>
        <source>Bias crosses a threshold</source>
        <translation>El sesgo cruza un umbral</translation>
    </message>
    <message>
        <source>Bias enters / leaves a range</source>
        <translation>El sesgo entra en / sale de un rango</translation>
    </message>
    <message>
        <source>Confidence at least x with a bias sign</source>
        <translation>Confianza de al menos x con un signo de sesgo</translation>
    </message>
    <message>
        <source>A category changes state</source>
        <translation>Una categoría cambia de estado</translation>
    </message>
    <message>
        <source>Price near an estimated liquidation band</source>
        <translation>Precio cerca de una banda de liquidación estimada</translation>
    </message>
    <message>
        <source>Liquidation cascade starts</source>
        <translation>Empieza una cascada de liquidaciones</translation>
    </message>
    <message>
        <source>Realized liquidation of at least a notional</source>
        <translation>Liquidación realizada de al menos un nocional</translation>
    </message>
    <message>
        <source>Funding beyond ±x</source>
        <translation>Financiación más allá de ±x</translation>
    </message>
    <message>
        <source>Price touches a zone</source>
        <translation>El precio toca una zona</translation>
    </message>
    <message>
        <source>A zone is broken</source>
        <translation>Se rompe una zona</translation>
    </message>
    <message>
        <source>Price crosses a level</source>
        <translation>El precio cruza un nivel</translation>
    </message>
    <message>
        <source>above</source>
        <translation>por encima</translation>
    </message>
    <message>
        <source>below</source>
        <translation>por debajo</translation>
    </message>
    <message>
        <source>either</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>enters the range</source>
        <translation>entra en el rango</translation>
    </message>
    <message>
        <source>leaves the range</source>
        <translation>sale del rango</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
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
        <source>% of price</source>
        <translation>% del precio</translation>
    </message>
    <message>
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message>
        <source>every time (with cooldown)</source>
        <translation>cada vez (con enfriamiento)</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>once per mode cycle</source>
        <translation>una vez por ciclo de modo</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>default of the kind</source>
        <translation>predeterminado del tipo</translation>
    </message>
    <message>
        <source>How far the value must move back past the threshold before the rule can fire again (default: 2 points for bias/confidence, 2 % of the threshold otherwise).</source>
        <translation>Cuánto debe retroceder el valor más allá del umbral antes de que la regla pueda dispararse de nuevo (predeterminado: 2 puntos para sesgo/confianza, 2 % del umbral en los demás casos).</translation>
    </message>
    <message>
        <source>expires at (UTC)</source>
        <translation>caduca el (UTC)</translation>
    </message>
    <message>
        <source>Placeholders: {symbol} {mode} {value} {threshold} {name} {direction} {state} {side} {price} {zone} {replay}; empty = the kind&apos;s default.</source>
        <translation>Marcadores: {symbol} {mode} {value} {threshold} {name} {direction} {state} {side} {price} {zone} {replay}; vacío = el predeterminado del tipo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Range event</source>
        <translation>Evento de rango</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>Mínimo del rango</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>Máximo del rango</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Distance unit</source>
        <translation>Unidad de distancia</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>From state</source>
        <translation>Estado de origen</translation>
    </message>
    <message>
        <source>To state</source>
        <translation>Estado de destino</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Enfriamiento</translation>
    </message>
    <message>
        <source>Hysteresis</source>
        <translation>Histéresis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>this rule</source>
        <translation>esta regla</translation>
    </message>
</context>
<context>
    <name>perp::RuleTableModel</name>
    <message>
        <source>Switch the rule on or off; a disabled rule never fires.</source>
        <translation>Activar o desactivar la regla; una regla desactivada nunca se dispara.</translation>
    </message>
    <message>
        <source>%1 — %2. Message: %3</source>
        <translation>%1 — %2. Mensaje: %3</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>, cooldown %1 s</source>
        <translation>, enfriamiento %1 s</translation>
    </message>
    <message>
        <source>above</source>
        <translation>por encima</translation>
    </message>
    <message>
        <source>below</source>
        <translation>por debajo</translation>
    </message>
    <message>
        <source>either way</source>
        <translation>en cualquier sentido</translation>
    </message>
    <message>
        <source> (longs)</source>
        <translation> (largos)</translation>
    </message>
    <message>
        <source> (shorts)</source>
        <translation> (cortos)</translation>
    </message>
    <message>
        <source>bias crosses %1 %2</source>
        <translation>el sesgo cruza %2 (%1)</translation>
    </message>
    <message>
        <source>bias %1 range %2 .. %3</source>
        <translation>el sesgo %1 %2 .. %3</translation>
    </message>
    <message>
        <source>leaves</source>
        <translation>sale del rango</translation>
    </message>
    <message>
        <source>enters</source>
        <translation>entra en el rango</translation>
    </message>
    <message>
        <source>enters or leaves</source>
        <translation>entra en o sale del rango</translation>
    </message>
    <message>
        <source>confidence at least %1 %%2</source>
        <translation>confianza de al menos %1 %%2</translation>
    </message>
    <message>
        <source>category %1 changes state%2%3</source>
        <translation>la categoría %1 cambia de estado%2%3</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> a %1</translation>
    </message>
    <message>
        <source>price within %1 %2 of an estimated liquidation band%3</source>
        <translation>precio a menos de %1 %2 de una banda de liquidación estimada%3</translation>
    </message>
    <message>
        <source>liquidation cascade starts%1</source>
        <translation>empieza una cascada de liquidaciones%1</translation>
    </message>
    <message>
        <source>realized liquidation of at least %1%2</source>
        <translation>liquidación realizada de al menos %1%2</translation>
    </message>
    <message>
        <source>funding beyond ±%1 %</source>
        <translation>financiación más allá de ±%1 %</translation>
    </message>
    <message>
        <source>price touches a zone</source>
        <translation>el precio toca una zona</translation>
    </message>
    <message>
        <source>a zone is broken</source>
        <translation>se rompe una zona</translation>
    </message>
    <message>
        <source>price crosses %1 %2</source>
        <translation>el precio cruza %2 (%1)</translation>
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
    <name>perp::SignalCardModel</name>
    <message>
        <source>not enough history on this timeframe yet</source>
        <translation>todavía no hay suficiente historial en este marco temporal</translation>
    </message>
    <message>
        <source>missing or stale input: %1</source>
        <translation>entrada ausente o desactualizada: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;i&gt;(%2, %3)&lt;/i&gt;&lt;p&gt;&lt;b&gt;Measures:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to read it:&lt;/b&gt; %5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formula:&lt;/b&gt; &lt;code&gt;%6&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;i&gt;(%2, %3)&lt;/i&gt;&lt;p&gt;&lt;b&gt;Mide:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cómo leerla:&lt;/b&gt; %5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fórmula:&lt;/b&gt; &lt;code&gt;%6&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: weight %2 in %3 mode.&lt;p&gt;%4&lt;/p&gt;</source>
        <translation>%1: peso %2 en modo %3.&lt;p&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: hit rate %2 over %3 scored calls (forgotten slowly), rank IC %4.&lt;p&gt;%5&lt;/p&gt;</source>
        <translation>%1: tasa de acierto %2 sobre %3 señales evaluadas (olvidadas lentamente), IC de rango %4.&lt;p&gt;%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: no reading in %2 mode (%3). Missing data lowers confidence; it is never made up.</source>
        <translation>%1: sin lectura en modo %2 (%3). Los datos que faltan reducen la confianza; nunca se inventan.</translation>
    </message>
    <message>
        <source>%1: raw value %2 on the mode&apos;s main timeframe (positive = bullish, negative = bearish). Formula: %3</source>
        <translation>%1: valor bruto %2 en el marco temporal principal del modo (positivo = alcista, negativo = bajista). Fórmula: %3</translation>
    </message>
    <message>
        <source>%1: z = %2, the raw value divided by its rolling standard deviation over the mode&apos;s lookback. |z| below %3 counts as flat; at %4 and beyond the strength is full.</source>
        <translation>%1: z = %2, el valor bruto dividido por su desviación típica móvil en la ventana del modo. |z| por debajo de %3 cuenta como plano; a partir de %4 la fuerza es completa.</translation>
    </message>
    <message>
        <source>%1: %2. Direction from the sign of z outside the dead band: ▲ long (bullish), ▼ short (bearish), · flat.</source>
        <translation>%1: %2. Dirección según el signo de z fuera de la banda muerta: ▲ largo (alcista), ▼ corto (bajista), · plano.</translation>
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
        <source>flat</source>
        <translation>plano</translation>
    </message>
    <message>
        <source>%1: strength %2 = (|z| - %3) / %4, clamped to 0..100%.</source>
        <translation>%1: fuerza %2 = (|z| - %3) / %4, limitada a 0..100%.</translation>
    </message>
    <message>
        <source>%1: confidence %2 = agreement of the 1m, 5m and 1h windows (%3) x data quality (%4: freshness, warm-up, timeframe coverage).</source>
        <translation>%1: confianza %2 = acuerdo de las ventanas de 1m, 5m y 1h (%3) x calidad de datos (%4: actualidad, calentamiento, cobertura de marcos temporales).</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Dir</translation>
    </message>
    <message>
        <source>Str</source>
        <translation>Fue.</translation>
    </message>
    <message>
        <source>Conf</source>
        <translation>Conf</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Acierto</translation>
    </message>
    <message>
        <source>One of the 25 signal categories</source>
        <translation>Una de las 25 categorías de señales</translation>
    </message>
    <message>
        <source>The signal; hover a name for what it measures, how to read it and its formula</source>
        <translation>La señal; pase el ratón por un nombre para ver qué mide, cómo leerla y su fórmula</translation>
    </message>
    <message>
        <source>Raw value on the mode&apos;s main timeframe; positive is bullish</source>
        <translation>Valor bruto en el marco temporal principal del modo; positivo es alcista</translation>
    </message>
    <message>
        <source>Raw value / rolling standard deviation over the mode&apos;s lookback</source>
        <translation>Valor bruto / desviación típica móvil en la ventana del modo</translation>
    </message>
    <message>
        <source>Direction: ▲ long, ▼ short, · flat (|z| in the dead band)</source>
        <translation>Dirección: ▲ largo, ▼ corto, · plano (|z| en la banda muerta)</translation>
    </message>
    <message>
        <source>Strength 0..100%, from |z|</source>
        <translation>Fuerza 0..100%, a partir de |z|</translation>
    </message>
    <message>
        <source>Confidence 0..100%: timeframe agreement x data quality</source>
        <translation>Confianza 0..100%: acuerdo entre marcos temporales x calidad de datos</translation>
    </message>
</context>
<context>
    <name>perp::SignalDocks</name>
    <message>
        <source>Signal heat</source>
        <translation>Mapa de calor de señales</translation>
    </message>
    <message>
        <source>Composite bias of every watchlist symbol in the scalp, day and swing modes: red bearish, grey neutral, green bullish, violet frame conflicted; the number on the right is the confidence. Estimated, not financial advice.</source>
        <translation>Sesgo compuesto de cada símbolo de la lista en los modos scalp, day y swing: rojo bajista, gris neutral, verde alcista, marco violeta en conflicto; el número de la derecha es la confianza. Estimado, no es asesoramiento financiero.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>Why the composite of the chart symbol leans the way it does: categories, history and every signal. Estimated, not financial advice.</source>
        <translation>Por qué el sesgo compuesto del símbolo del gráfico se inclina así: categorías, historial y cada señal. Estimado, no es asesoramiento financiero.</translation>
    </message>
</context>
<context>
    <name>perp::SignalHeatModel</name>
    <message>
        <source>%1: composite bias per trading mode. Click to chart it and open its signals.</source>
        <translation>%1: sesgo compuesto por modo de trading. Haga clic para verlo en el gráfico y abrir sus señales.</translation>
    </message>
    <message>
        <source>%1 %2: no composite yet. It appears after the mode&apos;s first cycle with data.</source>
        <translation>%1 %2: aún no hay sesgo compuesto. Aparece tras el primer ciclo del modo con datos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;Bias %3 · confidence %4 · %5&lt;br&gt;Signals with data: %6, missing: %7</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;Sesgo %3 · confianza %4 · %5&lt;br&gt;Señales con datos: %6, ausentes: %7</translation>
    </message>
    <message>
        <source>&lt;br&gt;Transition at the last cycle: the bias just turned directional or flipped.</source>
        <translation>&lt;br&gt;Transición en el último ciclo: el sesgo acaba de volverse direccional o de girar.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Deceleration: still directional, but |bias| fell for several cycles.</source>
        <translation>&lt;br&gt;Desaceleración: sigue siendo direccional, pero |sesgo| ha caído durante varios ciclos.</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>USDT-margined perpetual future. Click a header to sort.</source>
        <translation>Futuro perpetuo con margen en USDT. Haga clic en un encabezado para ordenar.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Each cell: bias (-100 bearish .. +100 bullish, coloured red .. grey .. green) and confidence %. A violet frame and ≠ mark a conflicted state. Click to sort by bias.</source>
        <translation>%1&lt;br&gt;Cada celda: sesgo (-100 bajista .. +100 alcista, coloreado rojo .. gris .. verde) y confianza en %. Un marco violeta y ≠ indican un estado en conflicto. Haga clic para ordenar por sesgo.</translation>
    </message>
</context>
<context>
    <name>perp::SignalMarkers</name>
    <message>
        <source>Signal markers</source>
        <translation>Marcadores de señales</translation>
    </message>
    <message>
        <source>Show transition (arrow) and deceleration (diamond) markers of the composite bias on the candles; S, D, W = scalp, day, swing mode (%1)</source>
        <translation>Mostrar en las velas los marcadores de transición (flecha) y desaceleración (rombo) del sesgo compuesto; S, D, W = modo scalp, day, swing (%1)</translation>
    </message>
    <message>
        <source>the bias turned %1</source>
        <translation>el sesgo se volvió %1</translation>
    </message>
    <message>
        <source>still %1, but |bias| fell for %2 cycles in a row</source>
        <translation>sigue %1, pero |sesgo| cayó %2 ciclos seguidos</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt; (%3 mode)&lt;br&gt;%4&lt;br&gt;Bias %5 · confidence %6&lt;br&gt;Composite cycle %7 UTC</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt; (modo %3)&lt;br&gt;%4&lt;br&gt;Sesgo %5 · confianza %6&lt;br&gt;Ciclo compuesto %7 UTC</translation>
    </message>
</context>
<context>
    <name>perp::SignalPanel</name>
    <message>
        <source>as of %1 UTC</source>
        <translation>a las %1 UTC</translation>
    </message>
    <message>
        <source>%1 of %2 signals · %3 with data</source>
        <translation>%1 de %2 señales · %3 con datos</translation>
    </message>
    <message>
        <source>waiting for the first %1 cycle</source>
        <translation>esperando el primer ciclo %1</translation>
    </message>
    <message>
        <source>Suggested size: — (estimated)</source>
        <translation>Tamaño sugerido: — (estimado)</translation>
    </message>
    <message>
        <source>%1 composite bias %2.&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>Sesgo compuesto %1 %2.&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>confianza %1</translation>
    </message>
    <message>
        <source>%1 confidence %2.&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>Confianza %1 %2.&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · transition</source>
        <translation> · transición</translation>
    </message>
    <message>
        <source> · decelerating</source>
        <translation> · desacelerando</translation>
    </message>
    <message>
        <source>&lt;p&gt;Transition: the bias just turned directional or flipped. Decelerating: still directional, but |bias| fell for %1 cycles in a row.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Transición: el sesgo acaba de volverse direccional o de girar. Desacelerando: sigue siendo direccional, pero |sesgo| cayó %1 ciclos seguidos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bias by timeframe (-100..+100): the weighted share of signals pointing up minus down on the 1m, 5m and 1h windows. Beyond ±%1 on both sides the state is conflicted.</source>
        <translation>Sesgo por marco temporal (-100..+100): proporción ponderada de señales hacia arriba menos hacia abajo en las ventanas de 1m, 5m y 1h. Más allá de ±%1 en ambos lados el estado está en conflicto.</translation>
    </message>
    <message>
        <source>Suggested size: %1 of your maximum position (estimated) · not financial advice</source>
        <translation>Tamaño sugerido: %1 de su posición máxima (estimado) · no es asesoramiento financiero</translation>
    </message>
    <message>
        <source>How the suggested size is computed. It is an estimate from the composite, not a recommendation: not financial advice.</source>
        <translation>Cómo se calcula el tamaño sugerido. Es una estimación a partir del sesgo compuesto, no una recomendación: no es asesoramiento financiero.</translation>
    </message>
    <message>
        <source>Engine time of the last signal cycle (cards run every 10 s)</source>
        <translation>Hora del motor del último ciclo de señales (las señales se calculan cada 10 s)</translation>
    </message>
    <message>
        <source>The chart symbol; pick another in the watchlist or the heat table</source>
        <translation>El símbolo del gráfico; elija otro en la lista o en el mapa de calor</translation>
    </message>
    <message>
        <source>Signals listed (after the category filter), in total, and with a reading</source>
        <translation>Señales listadas (tras el filtro de categoría), en total y con lectura</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Show only the signals of one category (or click a bar in the chart)</source>
        <translation>Mostrar solo las señales de una categoría (o haga clic en una barra del gráfico)</translation>
    </message>
</context>
<context>
    <name>perp::SignalText</name>
    <message>
        <source>Scalp</source>
        <translation>Scalp</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Swing</translation>
    </message>
    <message>
        <source>Scalp mode: composite recomputed every 30 s from the 1-minute readings, scored against the price 5 minutes later.</source>
        <translation>Modo scalp: sesgo compuesto recalculado cada 30 s a partir de las lecturas de 1 minuto, evaluado contra el precio 5 minutos después.</translation>
    </message>
    <message>
        <source>Day mode: composite recomputed every 60 s from the 5-minute readings, scored against the price 1 hour later.</source>
        <translation>Modo day: sesgo compuesto recalculado cada 60 s a partir de las lecturas de 5 minutos, evaluado contra el precio 1 hora después.</translation>
    </message>
    <message>
        <source>Swing mode: composite recomputed every 5 minutes from the 1-hour readings, scored against the price 4 hours later.</source>
        <translation>Modo swing: sesgo compuesto recalculado cada 5 minutos a partir de las lecturas de 1 hora, evaluado contra el precio 4 horas después.</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Bullish</source>
        <translation>Alcista</translation>
    </message>
    <message>
        <source>Bearish</source>
        <translation>Bajista</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <source>Neutral: |bias| below %1, no clear lean: stay out or wait.</source>
        <translation>Neutral: |sesgo| por debajo de %1, sin inclinación clara: quedarse fuera o esperar.</translation>
    </message>
    <message>
        <source>Bullish: bias at or above +%1 and the 1m, 5m and 1h windows do not disagree.</source>
        <translation>Alcista: sesgo en +%1 o más y las ventanas de 1m, 5m y 1h no se contradicen.</translation>
    </message>
    <message>
        <source>Bearish: bias at or below -%1 and the 1m, 5m and 1h windows do not disagree.</source>
        <translation>Bajista: sesgo en -%1 o menos y las ventanas de 1m, 5m y 1h no se contradicen.</translation>
    </message>
    <message>
        <source>Conflicted: the 1m, 5m and 1h windows point in opposite directions (beyond ±%1 each), so confidence is halved and no size is suggested.</source>
        <translation>En conflicto: las ventanas de 1m, 5m y 1h apuntan en direcciones opuestas (más allá de ±%1 cada una), así que la confianza se reduce a la mitad y no se sugiere tamaño.</translation>
    </message>
    <message>
        <source>Price Momentum</source>
        <translation>Momento del precio</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Mean Reversion</source>
        <translation>Reversión a la media</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Volatilidad</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Order Flow</source>
        <translation>Flujo de órdenes</translation>
    </message>
    <message>
        <source>Large Trades</source>
        <translation>Operaciones grandes</translation>
    </message>
    <message>
        <source>Order Book</source>
        <translation>Libro de órdenes</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>Liquidez</translation>
    </message>
    <message>
        <source>Funding Rate</source>
        <translation>Tasa de financiación</translation>
    </message>
    <message>
        <source>Open Interest</source>
        <translation>Interés abierto</translation>
    </message>
    <message>
        <source>Liquidation</source>
        <translation>Liquidación</translation>
    </message>
    <message>
        <source>Basis and Premium</source>
        <translation>Base y prima</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Posicionamiento</translation>
    </message>
    <message>
        <source>Smart Money</source>
        <translation>Dinero inteligente</translation>
    </message>
    <message>
        <source>Cross-Exchange</source>
        <translation>Entre exchanges</translation>
    </message>
    <message>
        <source>Market Structure</source>
        <translation>Estructura de mercado</translation>
    </message>
    <message>
        <source>Support/Resistance</source>
        <translation>Soporte/Resistencia</translation>
    </message>
    <message>
        <source>Relative Strength</source>
        <translation>Fuerza relativa</translation>
    </message>
    <message>
        <source>Correlation and Beta</source>
        <translation>Correlación y beta</translation>
    </message>
    <message>
        <source>Market Breadth</source>
        <translation>Amplitud de mercado</translation>
    </message>
    <message>
        <source>Volume Profile</source>
        <translation>Perfil de volumen</translation>
    </message>
    <message>
        <source>Session and Seasonality</source>
        <translation>Sesión y estacionalidad</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régimen</translation>
    </message>
    <message>
        <source>Composite Alpha</source>
        <translation>Alfa compuesto</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transición</translation>
    </message>
    <message>
        <source>Deceleration</source>
        <translation>Desaceleración</translation>
    </message>
    <message>
        <source>Bias: the composite lean from -100 (every signal bearish, fully sure) to +100 (every signal bullish). bias = 100 x sum(direction x strength x confidence x weight) / sum(weight) over the signals with data. |bias| below %1 is neutral.</source>
        <translation>Sesgo: la inclinación compuesta de -100 (todas las señales bajistas, totalmente seguras) a +100 (todas alcistas). sesgo = 100 x suma(dirección x fuerza x confianza x peso) / suma(peso) sobre las señales con datos. |sesgo| por debajo de %1 es neutral.</translation>
    </message>
    <message>
        <source>Confidence: how much to trust the bias, 0-100%. The weighted mean confidence of the signals (agreement of the 1m, 5m and 1h windows x data quality) times (0.5 + 0.5 x consensus), where consensus is how much the directional signals agree. Halved when conflicted.</source>
        <translation>Confianza: cuánto fiarse del sesgo, 0-100%. La confianza media ponderada de las señales (acuerdo de las ventanas de 1m, 5m y 1h x calidad de datos) por (0,5 + 0,5 x consenso), donde el consenso mide cuánto coinciden las señales direccionales. Se reduce a la mitad en conflicto.</translation>
    </message>
    <message>
        <source>Weight: how much this signal counts in the composite, learned from how often it was right in this mode (card weight x category weight, between 0.1 and 6; 1 = average). Above 1: it has been right more often than a coin flip lately.</source>
        <translation>Peso: cuánto cuenta esta señal en el sesgo compuesto, aprendido de cuántas veces acertó en este modo (peso de la señal x peso de la categoría, entre 0,1 y 6; 1 = media). Por encima de 1: ha acertado últimamente más que lanzar una moneda.</translation>
    </message>
    <message>
        <source>Hit rate: share of this signal&apos;s directional calls that matched the price move over the mode&apos;s horizon, with old calls slowly forgotten and shrunk toward 50% while there are few. &apos;—&apos;: no call has been scored yet.</source>
        <translation>Tasa de acierto: proporción de las señales direccionales que coincidieron con el movimiento del precio en el horizonte del modo; las antiguas se olvidan lentamente y, con pocas, se acercan al 50%. &apos;—&apos;: aún no se ha evaluado ninguna.</translation>
    </message>
    <message>
        <source>Estimated. Not financial advice.</source>
        <translation>Estimado. No es asesoramiento financiero.</translation>
    </message>
</context>
<context>
    <name>perp::StatusPanel</name>
    <message>
        <source>REPLAY</source>
        <translation>REPRODUCCIÓN</translation>
    </message>
    <message>
        <source>Real recorded prices replayed from a file, not the market now.</source>
        <translation>Precios reales grabados, reproducidos desde un archivo, no el mercado actual.</translation>
    </message>
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
        <source>Type part of a symbol name, e.g. &quot;eth&quot;, and press Enter to show its chart</source>
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
        <source>Buy/Sell: the taker&apos;s side. LIQ long/short: a forced order closing a long or short position</source>
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
<context>
    <name>perp::WebhookPanel</name>
    <message>
        <source>Send fired alerts to this webhook</source>
        <translation>Enviar las alertas disparadas a este webhook</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Enviar prueba</translation>
    </message>
    <message>
        <source>Each fired alert is POSTed as JSON (time, symbol, mode, rule, value, threshold, message, replay); failures are retried with a growing delay.</source>
        <translation>Cada alerta disparada se envía por POST como JSON (hora, símbolo, modo, regla, valor, umbral, mensaje, reproducción); los fallos se reintentan con un retardo creciente.</translation>
    </message>
    <message>
        <source>POST a clearly labelled test alert to the URL now.</source>
        <translation>Enviar ahora por POST a la URL una alerta de prueba claramente identificada.</translation>
    </message>
    <message>
        <source>No delivery yet.</source>
        <translation>Aún no hay entregas.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Última entrega</translation>
    </message>
    <message>
        <source>delivered (HTTP %1, %2 attempt(s))</source>
        <translation>entregada (HTTP %1, %2 intento(s))</translation>
    </message>
    <message>
        <source>attempt %1 failed: %2; retrying in %3 s</source>
        <translation>el intento %1 falló: %2; reintentando en %3 s</translation>
    </message>
    <message>
        <source>failed after %1 attempt(s): %2</source>
        <translation>falló tras %1 intento(s): %2</translation>
    </message>
    <message>
        <source>failed: &apos;%1&apos; is not an http(s) URL</source>
        <translation>falló: &apos;%1&apos; no es una URL http(s)</translation>
    </message>
    <message>
        <source>sending test …</source>
        <translation>enviando prueba …</translation>
    </message>
</context>
<context>
    <name>perp::liqstyle</name>
    <message>
        <source>est. %1 liq %2–%3 · %4 · %5</source>
        <translation>liq. %1 est. %2–%3 · %4 · %5</translation>
    </message>
    <message>
        <source>Estimated liquidation band (%1 positions)
Range: %2 – %3 (densest at %4)
Side: %5
Estimated notional: %6 (%7% of all estimated liquidation notional within ±10%)
Distance from price: %8 · %9 ATR (5-minute ATR)
Magnet score: %10 (100 × share, halved at 3 ATR away)
This is an ESTIMATE from open interest, trade flow and assumed leverage, not exchange data.</source>
        <translation>Banda de liquidación estimada (posiciones %1)
Rango: %2 – %3 (más densa en %4)
Lado: %5
Nocional estimado: %6 (%7% de todo el nocional de liquidación estimado dentro de ±10%)
Distancia al precio: %8 · %9 ATR (ATR de 5 minutos)
Puntuación de imán: %10 (100 × cuota, a la mitad a 3 ATR)
Esto es una ESTIMACIÓN a partir del interés abierto, el flujo de operaciones y el apalancamiento supuesto, no datos del exchange.</translation>
    </message>
    <message>
        <source>longs would be liquidated if price falls here</source>
        <translation>los largos se liquidarían si el precio baja hasta aquí</translation>
    </message>
    <message>
        <source>shorts would be liquidated if price rises here</source>
        <translation>los cortos se liquidarían si el precio sube hasta aquí</translation>
    </message>
    <message>
        <source>Binance publishes at most one liquidation per symbol per second, so its figures undercount during cascades.</source>
        <translation>Binance publica como máximo una liquidación por símbolo y segundo, por lo que sus cifras se quedan cortas durante las cascadas.</translation>
    </message>
    <message>
        <source>Realized %1 liquidation (reported by %2)
Price: %3
Notional: %4
Time: %5 UTC</source>
        <translation>Liquidación %1 realizada (informada por %2)
Precio: %3
Nocional: %4
Hora: %5 UTC</translation>
    </message>
    <message>
        <source>the simulator</source>
        <translation>el simulador</translation>
    </message>
    <message>
        <source>the replayed recording</source>
        <translation>la grabación reproducida</translation>
    </message>
</context>
<context>
    <name>perp::zonestyle</name>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>Resistencia</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>tested</source>
        <translation>probada</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>rota</translation>
    </message>
    <message>
        <source>trap</source>
        <translation>trampa</translation>
    </message>
    <message>
        <source>not revisited since it formed</source>
        <translation>no se ha vuelto a visitar desde que se formó</translation>
    </message>
    <message>
        <source>revisited and held</source>
        <translation>visitada de nuevo y aguantó</translation>
    </message>
    <message>
        <source>price closed through it and stayed beyond</source>
        <translation>el precio cerró a través de ella y se quedó al otro lado</translation>
    </message>
    <message>
        <source>price swept beyond it and reclaimed it: a liquidity grab that trapped the breakout side</source>
        <translation>el precio la barrió y la recuperó: una toma de liquidez que atrapó al lado de la ruptura</translation>
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
        <translation>Zona de %1 %2 – %3
Estado: %4 (%5)
Fuerza: %6 de 1 (toques, rechazos, actualidad, volumen negociado, confluencia de niveles, flujo de órdenes)
Toques: %7 (aguantó %8, barrida y recuperada %9, rota %10)
Flujo de órdenes en los toques: %11 (-1..+1; + = el flujo tomador defendió la zona)
Volumen dentro: %12× la media para una banda de ese ancho
Por qué: %13
Zona #%14, calculada a partir del historial de precio y volumen y de liquidaciones estimadas; no es una previsión.</translation>
    </message>
    <message>
        <source>Support/resistance zones</source>
        <translation>Zonas de soporte/resistencia</translation>
    </message>
    <message>
        <source>Support (green, below price) and resistance (red, above price) zones from swing highs and lows on 5m, 15m and 1h, high-volume price nodes and the largest estimated liquidation clusters, merged into bands about half an ATR wide. Outlined bands; the label shows state and strength (0..1). Hatched with a dashed outline: a trap (swept and reclaimed). Faded with a dotted outline: broken. Hover a zone for touches, order flow and the reason.</source>
        <translation>Zonas de soporte (verde, bajo el precio) y de resistencia (rojo, sobre el precio) a partir de máximos y mínimos de swing en 5m, 15m y 1h, nodos de precio con alto volumen y los mayores clústeres de liquidación estimados, fusionados en bandas de aproximadamente media ATR de ancho. Bandas con contorno; la etiqueta muestra estado y fuerza (0..1). Rayada con contorno discontinuo: una trampa (barrida y recuperada). Atenuada con contorno punteado: rota. Pase el ratón sobre una zona para ver toques, flujo de órdenes y el motivo.</translation>
    </message>
</context>
</TS>
