<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>perp::AboutDialog</name>
    <message>
      <source>About PerpScope</source>
      <translation>Über PerpScope</translation>
    </message>
    <message>
      <source>A desktop decision engine for crypto perpetual futures: candles, estimated liquidation clusters, signals and alerts.</source>
      <translation>Eine Desktop-Entscheidungshilfe für Krypto-Perpetual-Futures: Kerzen, geschätzte Liquidationscluster, Signale und Alarme.</translation>
    </message>
    <message>
      <source>Not financial advice. PerpScope shows market data and estimates; estimates can be wrong, and simulated data is not real market data. You alone are responsible for your trading decisions.</source>
      <translation>Keine Finanzberatung. PerpScope zeigt Marktdaten und Schätzungen; Schätzungen können falsch sein, und simulierte Daten sind keine echten Marktdaten. Für Ihre Handelsentscheidungen sind allein Sie verantwortlich.</translation>
    </message>
    <message>
      <source>Third-party software</source>
      <translation>Software von Drittanbietern</translation>
    </message>
    <message>
      <source>public domain</source>
      <translation>gemeinfrei</translation>
    </message>
    <message>
      <source>PerpScope itself is MIT licensed. Because it links QCustomPlot, distributed binaries are covered by the GPL-3.0.</source>
      <translation>PerpScope selbst steht unter der MIT-Lizenz. Da es QCustomPlot einbindet, fallen verteilte Programmdateien unter die GPL-3.0.</translation>
    </message>
  </context>
  <context>
    <name>perp::ChartExport</name>
    <message>
      <source>The chart has no size to export.</source>
      <translation>Das Diagramm hat keine Größe zum Exportieren.</translation>
    </message>
    <message>
      <source>Could not write %1</source>
      <translation>Konnte %1 nicht schreiben</translation>
    </message>
    <message>
      <source>Could not write %1: %2</source>
      <translation>Konnte %1 nicht schreiben: %2</translation>
    </message>
  </context>
  <context>
    <name>perp::ChartReadout</name>
    <message>
      <source>USDT perpetual</source>
      <translation>USDT-Perpetual</translation>
    </message>
    <message>
      <source> · one bar = %1 × %2 (zoomed out)</source>
      <translation> · ein Balken = %1 × %2 (herausgezoomt)</translation>
    </message>
    <message>
      <source>Vol </source>
      <translation>Vol </translation>
    </message>
    <message>
      <source>Taker buy </source>
      <translation>Taker-Kauf </translation>
    </message>
    <message>
      <source>sell </source>
      <translation>Verkauf </translation>
    </message>
    <message>
      <source>(buy %1%)</source>
      <translation>(Kauf %1%)</translation>
    </message>
    <message>
      <source>Trades </source>
      <translation>Trades </translation>
    </message>
    <message>
      <source>Waiting for trades…</source>
      <translation>Warte auf Trades…</translation>
    </message>
  </context>
  <context>
    <name>perp::ChartToolBar</name>
    <message>
      <source>Chart</source>
      <translation>Diagramm</translation>
    </message>
    <message>
      <source>Symbol shown in the chart. Pick another one in the watchlist on the left.</source>
      <translation>Im Diagramm gezeigtes Symbol. Wählen Sie links in der Watchlist ein anderes.</translation>
    </message>
    <message>
      <source>Show %1 candles (%2)</source>
      <translation>%1-Kerzen anzeigen (%2)</translation>
    </message>
  </context>
  <context>
    <name>perp::ChartWidget</name>
    <message>
      <source>Candles</source>
      <translation>Kerzen</translation>
    </message>
    <message>
      <source>Taker sell volume</source>
      <translation>Taker-Verkaufsvolumen</translation>
    </message>
    <message>
      <source>Taker buy volume</source>
      <translation>Taker-Kaufvolumen</translation>
    </message>
    <message>
      <source>Volume · taker buy / sell</source>
      <translation>Volumen · Taker-Kauf / -Verkauf</translation>
    </message>
    <message>
      <source>Readout of the candle under the crosshair, or of the live candle when the mouse is elsewhere.
Time: candle open, UTC. O H L C: open, high, low, close price in USDT; the percentage is close against open.
Vol: traded volume in base units. Taker buy / sell: volume where the aggressor bought / sold (buy % is the taker-buy share). Trades: number of trades.
Volume pane: taker buy (green) stacked on taker sell (red).
Wheel: zoom the time axis. Drag: pan. Double-click or End: back to the live candle. The price axis fits the visible candles. Zoomed far out, neighbouring candles are merged into one bar with their exact combined open, high, low and close.</source>
      <translation>Werte der Kerze unter dem Fadenkreuz, oder der laufenden Kerze, wenn die Maus woanders ist.
Zeit: Kerzenbeginn, UTC. O H L C: Eröffnungs-, Hoch-, Tief- und Schlusskurs in USDT; der Prozentwert ist Schluss gegen Eröffnung.
Vol: gehandeltes Volumen in Basiseinheiten. Taker-Kauf / -Verkauf: Volumen, bei dem der Aggressor kaufte / verkaufte (Kauf % ist der Taker-Kaufanteil). Trades: Anzahl der Trades.
Volumenbereich: Taker-Kauf (grün) über Taker-Verkauf (rot) gestapelt.
Mausrad: Zeitachse zoomen. Ziehen: verschieben. Doppelklick oder Ende: zurück zur laufenden Kerze. Die Preisachse passt sich den sichtbaren Kerzen an. Weit herausgezoomt werden benachbarte Kerzen zu einem Balken mit exakt kombiniertem Eröffnungs-, Hoch-, Tief- und Schlusskurs zusammengefasst.</translation>
    </message>
    <message>
      <source>Live »</source>
      <translation>Live »</translation>
    </message>
    <message>
      <source>Back to the live candle and follow it (End, or double-click the chart)</source>
      <translation>Zurück zur laufenden Kerze und ihr folgen (Ende, oder Doppelklick ins Diagramm)</translation>
    </message>
    <message>
      <source>
SIMULATED DATA</source>
      <translation>
SIMULIERTE DATEN</translation>
    </message>
  </context>
  <context>
    <name>perp::MainMenus</name>
    <message>
      <source>Save layout as…</source>
      <translation>Layout speichern unter…</translation>
    </message>
    <message>
      <source>(no saved layouts)</source>
      <translation>(keine gespeicherten Layouts)</translation>
    </message>
    <message>
      <source>Delete layout</source>
      <translation>Layout löschen</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>Panels</source>
      <translation>Bereiche</translation>
    </message>
    <message>
      <source>Layouts</source>
      <translation>Layouts</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Farbschema</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Export chart as PNG…</source>
      <translation>Diagramm als PNG exportieren…</translation>
    </message>
    <message>
      <source>Export visible candles as CSV…</source>
      <translation>Sichtbare Kerzen als CSV exportieren…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>Search symbol…</source>
      <translation>Symbol suchen…</translation>
    </message>
    <message>
      <source>Go to latest candle</source>
      <translation>Zur neuesten Kerze</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>The numbers explained</source>
      <translation>Die Zahlen erklärt</translation>
    </message>
    <message>
      <source>About PerpScope</source>
      <translation>Über PerpScope</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>Einstellungen…</translation>
    </message>
  </context>
  <context>
    <name>perp::MainWindow</name>
    <message>
      <source>Save layout</source>
      <translation>Layout speichern</translation>
    </message>
    <message>
      <source>Layout name:</source>
      <translation>Name des Layouts:</translation>
    </message>
    <message>
      <source>Layout "%1" saved</source>
      <translation>Layout „%1“ gespeichert</translation>
    </message>
    <message>
      <source>Could not save the layout</source>
      <translation>Das Layout konnte nicht gespeichert werden</translation>
    </message>
    <message>
      <source>Export chart as PNG</source>
      <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
      <source>Export visible candles as CSV</source>
      <translation>Sichtbare Kerzen als CSV exportieren</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>%1 exportiert</translation>
    </message>
    <message>
      <source>Watchlist</source>
      <translation>Watchlist</translation>
    </message>
    <message>
      <source>Time &amp; Sales</source>
      <translation>Time &amp; Sales</translation>
    </message>
    <message>
      <source>Newest trades and liquidations of the chart symbol</source>
      <translation>Neueste Trades und Liquidationen des Diagrammsymbols</translation>
    </message>
    <message>
      <source>PerpScope — SIMULATED DATA — %1 %2</source>
      <translation>PerpScope — SIMULIERTE DATEN — %1 %2</translation>
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
      <translation>Die Zahlen erklärt</translation>
    </message>
    <message>
      <source>Watchlist</source>
      <translation>Watchlist</translation>
    </message>
    <message>
      <source>Last</source>
      <translation>Letzter</translation>
    </message>
    <message>
      <source>Price of the newest trade. Green/red: it ticked up/down.</source>
      <translation>Preis des neuesten Trades. Grün/Rot: er ist gestiegen/gefallen.</translation>
    </message>
    <message>
      <source>24h %</source>
      <translation>24h %</translation>
    </message>
    <message>
      <source>Change of the last price against the open of the 1-minute candle 24 hours ago.</source>
      <translation>Änderung des letzten Preises gegenüber der Eröffnung der 1-Minuten-Kerze vor 24 Stunden.</translation>
    </message>
    <message>
      <source>24h Vol</source>
      <translation>24h Vol</translation>
    </message>
    <message>
      <source>Traded value in the quote currency (USDT) over the last 24 hours.</source>
      <translation>Gehandelter Wert in der Quotewährung (USDT) der letzten 24 Stunden.</translation>
    </message>
    <message>
      <source>Chart</source>
      <translation>Diagramm</translation>
    </message>
    <message>
      <source>O H L C</source>
      <translation>O H L C</translation>
    </message>
    <message>
      <source>Open, high, low and close price of the candle under the cursor (UTC times).</source>
      <translation>Eröffnungs-, Hoch-, Tief- und Schlusskurs der Kerze unter dem Cursor (Zeiten in UTC).</translation>
    </message>
    <message>
      <source>Vol / Buy / Sell</source>
      <translation>Vol / Kauf / Verkauf</translation>
    </message>
    <message>
      <source>Traded quantity in base units; Buy is taker buying (market buys), Sell taker selling.</source>
      <translation>Gehandelte Menge in Basiseinheiten; Kauf sind Taker-Käufe (Market-Käufe), Verkauf Taker-Verkäufe.</translation>
    </message>
    <message>
      <source>Liquidation clusters</source>
      <translation>Liquidationscluster</translation>
    </message>
    <message>
      <source>Estimated price levels where leveraged positions would be force-closed. They are estimates from open interest, leverage tiers and trades, never exact.</source>
      <translation>Geschätzte Preisniveaus, an denen gehebelte Positionen zwangsgeschlossen würden. Es sind Schätzungen aus Open Interest, Hebelstufen und Trades, nie exakt.</translation>
    </message>
    <message>
      <source>Time &amp; sales</source>
      <translation>Time &amp; Sales</translation>
    </message>
    <message>
      <source>Buy / Sell</source>
      <translation>Kauf / Verkauf</translation>
    </message>
    <message>
      <source>One trade: the taker's side, its price and size.</source>
      <translation>Ein Trade: die Seite des Takers, sein Preis und seine Größe.</translation>
    </message>
    <message>
      <source>LIQ long / LIQ short</source>
      <translation>LIQ Long / LIQ Short</translation>
    </message>
    <message>
      <source>A forced order from the exchange closing a long (a forced sell) or a short (a forced buy).</source>
      <translation>Eine Zwangsorder der Börse, die eine Long-Position (erzwungener Verkauf) oder eine Short-Position (erzwungener Kauf) schließt.</translation>
    </message>
    <message>
      <source>Status bar</source>
      <translation>Statusleiste</translation>
    </message>
    <message>
      <source>Feed time</source>
      <translation>Feed-Zeit</translation>
    </message>
    <message>
      <source>Exchange time of the newest event received, in UTC.</source>
      <translation>Börsenzeit des neuesten empfangenen Ereignisses, in UTC.</translation>
    </message>
    <message>
      <source>SIMULATED DATA</source>
      <translation>SIMULIERTE DATEN</translation>
    </message>
    <message>
      <source>Prices come from the built-in simulator, not from a real market.</source>
      <translation>Die Preise stammen vom eingebauten Simulator, nicht von einem echten Markt.</translation>
    </message>
  </context>
  <context>
    <name>perp::SettingsDialog</name>
    <message>
      <source>Base units (e.g. BTC)</source>
      <translation>Basiseinheiten (z. B. BTC)</translation>
    </message>
    <message>
      <source>Quote currency (USDT notional)</source>
      <translation>Quotewährung (USDT-Nominalwert)</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Symbols shown in the watchlist. At least one stays on.</source>
      <translation>In der Watchlist gezeigte Symbole. Mindestens eines bleibt an.</translation>
    </message>
    <message>
      <source>Timeframe of the chart when PerpScope starts without --timeframe</source>
      <translation>Zeitrahmen des Diagramms, wenn PerpScope ohne --timeframe startet</translation>
    </message>
    <message>
      <source>Watchlist symbols</source>
      <translation>Watchlist-Symbole</translation>
    </message>
    <message>
      <source>Default timeframe:</source>
      <translation>Standard-Zeitrahmen:</translation>
    </message>
    <message>
      <source>Trade sizes in time &amp; sales:</source>
      <translation>Handelsgrößen in Time &amp; Sales:</translation>
    </message>
  </context>
  <context>
    <name>perp::StatusPanel</name>
    <message>
      <source>SIMULATED DATA</source>
      <translation>SIMULIERTE DATEN</translation>
    </message>
    <message>
      <source>Prices come from the built-in market simulator. They are NOT real market prices and must not be used for trading decisions.</source>
      <translation>Die Preise stammen vom eingebauten Marktsimulator. Sie sind KEINE echten Marktpreise und dürfen nicht für Handelsentscheidungen verwendet werden.</translation>
    </message>
    <message>
      <source>LIVE</source>
      <translation>LIVE</translation>
    </message>
    <message>
      <source>Prices come from a real exchange feed.</source>
      <translation>Die Preise stammen aus einem echten Börsen-Feed.</translation>
    </message>
    <message>
      <source>Source: %1</source>
      <translation>Quelle: %1</translation>
    </message>
    <message>
      <source>Where the market data shown comes from</source>
      <translation>Woher die gezeigten Marktdaten stammen</translation>
    </message>
    <message>
      <source>Feed clock: exchange time of the newest event received, in UTC. With the simulator it runs at the simulation speed.</source>
      <translation>Feed-Uhr: Börsenzeit des neuesten empfangenen Ereignisses, in UTC. Mit dem Simulator läuft sie mit Simulationsgeschwindigkeit.</translation>
    </message>
    <message>
      <source>Market events and trades processed by the engine since start</source>
      <translation>Seit dem Start von der Engine verarbeitete Marktereignisse und Trades</translation>
    </message>
    <message>
      <source>Feed time %1 UTC</source>
      <translation>Feed-Zeit %1 UTC</translation>
    </message>
    <message>
      <source>%1 events · %2 trades</source>
      <translation>%1 Ereignisse · %2 Trades</translation>
    </message>
    <message>
      <source>Feed error: %1</source>
      <translation>Feed-Fehler: %1</translation>
    </message>
  </context>
  <context>
    <name>perp::SymbolSearch</name>
    <message>
      <source>Search symbol (Ctrl+K)</source>
      <translation>Symbol suchen (Strg+K)</translation>
    </message>
    <message>
      <source>Type part of a symbol name, e.g. "eth", and press Enter to show its chart</source>
      <translation>Geben Sie einen Teil eines Symbolnamens ein, z. B. „eth“, und drücken Sie Enter, um sein Diagramm zu zeigen</translation>
    </message>
  </context>
  <context>
    <name>perp::TapeModel</name>
    <message>
      <source>LIQ long</source>
      <translation>LIQ Long</translation>
    </message>
    <message>
      <source>LIQ short</source>
      <translation>LIQ Short</translation>
    </message>
    <message>
      <source>Buy</source>
      <translation>Kauf</translation>
    </message>
    <message>
      <source>Sell</source>
      <translation>Verkauf</translation>
    </message>
    <message>
      <source>Forced order (liquidation) at %1 UTC: %2 %3 closed by the exchange</source>
      <translation>Zwangsorder (Liquidation) um %1 UTC: %2 %3 von der Börse geschlossen</translation>
    </message>
    <message>
      <source>long</source>
      <translation>Long</translation>
    </message>
    <message>
      <source>short</source>
      <translation>Short</translation>
    </message>
    <message>
      <source>Trade at %1 UTC: the taker %2 %3</source>
      <translation>Trade um %1 UTC: der Taker %2 %3</translation>
    </message>
    <message>
      <source>bought</source>
      <translation>kaufte</translation>
    </message>
    <message>
      <source>sold</source>
      <translation>verkaufte</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Preis</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Seite</translation>
    </message>
    <message>
      <source>Exchange time of the print (UTC)</source>
      <translation>Börsenzeit des Prints (UTC)</translation>
    </message>
    <message>
      <source>Fill price</source>
      <translation>Ausführungspreis</translation>
    </message>
    <message>
      <source>Quantity in base units (e.g. BTC)</source>
      <translation>Menge in Basiseinheiten (z. B. BTC)</translation>
    </message>
    <message>
      <source>Buy/Sell: the taker's side. LIQ long/short: a forced order closing a long or short position</source>
      <translation>Kauf/Verkauf: die Seite des Takers. LIQ Long/Short: eine Zwangsorder, die eine Long- oder Short-Position schließt</translation>
    </message>
    <message>
      <source>Size USDT</source>
      <translation>Größe USDT</translation>
    </message>
    <message>
      <source>Notional in USDT: price × quantity</source>
      <translation>Nominalwert in USDT: Preis × Menge</translation>
    </message>
  </context>
  <context>
    <name>perp::WatchlistModel</name>
    <message>
      <source>%1 perpetual future. Click to chart it.</source>
      <translation>%1 Perpetual-Future. Klicken, um das Diagramm zu zeigen.</translation>
    </message>
    <message>
      <source>%1 last trade price: %2 USDT (tick size %3). Green when it last moved up, red when down.</source>
      <translation>%1 letzter Handelspreis: %2 USDT (Tick-Größe %3). Grün, wenn er zuletzt stieg, rot, wenn er fiel.</translation>
    </message>
    <message>
      <source>%1 change of the last price against the open of the first 1-minute candle of the last 24 h (or since data started, if that is less than 24 h ago): %2</source>
      <translation>%1 Änderung des letzten Preises gegenüber der Eröffnung der ersten 1-Minuten-Kerze der letzten 24 h (oder seit Datenbeginn, falls das weniger als 24 h her ist): %2</translation>
    </message>
    <message>
      <source>%1 traded notional in USDT over the last 24 h (or since data started), from 1-minute candles, each valued at its typical price (H+L+C)/3: %2</source>
      <translation>%1 gehandelter Nominalwert in USDT der letzten 24 h (oder seit Datenbeginn), aus 1-Minuten-Kerzen, jeweils zum typischen Preis (H+L+C)/3 bewertet: %2</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Symbol</translation>
    </message>
    <message>
      <source>Last</source>
      <translation>Letzter</translation>
    </message>
    <message>
      <source>24h %</source>
      <translation>24h %</translation>
    </message>
    <message>
      <source>24h Vol</source>
      <translation>24h Vol</translation>
    </message>
    <message>
      <source>USDT-margined perpetual future</source>
      <translation>USDT-margined Perpetual-Future</translation>
    </message>
    <message>
      <source>Price of the most recent trade, in USDT</source>
      <translation>Preis des jüngsten Trades, in USDT</translation>
    </message>
    <message>
      <source>Change of the last price against the price 24 h ago (first 1-minute open in the last 24 h; shorter window right after start). Green up, red down.</source>
      <translation>Änderung des letzten Preises gegenüber dem Preis vor 24 h (erste 1-Minuten-Eröffnung der letzten 24 h; kürzeres Fenster direkt nach dem Start). Grün steigend, rot fallend.</translation>
    </message>
    <message>
      <source>Traded notional in USDT over the last 24 h (shorter window right after start)</source>
      <translation>Gehandelter Nominalwert in USDT der letzten 24 h (kürzeres Fenster direkt nach dem Start)</translation>
    </message>
  </context>
</TS>