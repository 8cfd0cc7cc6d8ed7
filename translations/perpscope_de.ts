<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>FeedHealth</name>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Opening the connection; no data yet.</source>
        <translation>Die Verbindung wird aufgebaut; noch keine Daten.</translation>
    </message>
    <message>
        <source>Data is arriving normally.</source>
        <translation>Daten kommen normal an.</translation>
    </message>
    <message>
        <source>Connected, but this stream has been silent longer than it should be; PerpScope replaces the connection.</source>
        <translation>Verbunden, aber dieser Stream ist länger still als erwartet; PerpScope ersetzt die Verbindung.</translation>
    </message>
    <message>
        <source>The connection ended; PerpScope reconnects with growing pauses (exponential backoff with jitter), subscribes again and fetches missed trades and the order book from REST.</source>
        <translation>Die Verbindung wurde beendet; PerpScope verbindet mit wachsenden Pausen neu (exponentielles Backoff mit Zufallsanteil), abonniert erneut und holt verpasste Trades und das Orderbuch per REST nach.</translation>
    </message>
    <message>
        <source>The exchange refuses this client (for example HTTP 451 from a restricted location). PerpScope stops trying; stored history stays on screen.</source>
        <translation>Die Börse lehnt diesen Client ab (zum Beispiel HTTP 451 aus einer gesperrten Region). PerpScope versucht es nicht weiter; die gespeicherte Historie bleibt sichtbar.</translation>
    </message>
    <message>
        <source>The source was stopped.</source>
        <translation>Die Quelle wurde gestoppt.</translation>
    </message>
    <message>
        <source>reconnecting now (attempt %1)</source>
        <translation>verbindet jetzt neu (Versuch %1)</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>neue Verbindung in %1 s (Versuch %2)</translation>
    </message>
    <message>
        <source>showing stored history</source>
        <translation>gespeicherte Historie wird gezeigt</translation>
    </message>
    <message>
        <source>no live data</source>
        <translation>keine Live-Daten</translation>
    </message>
    <message>
        <source>%1 unavailable from your location (HTTP 451) — %2; try %3</source>
        <translation>%1 ist von Ihrem Standort aus nicht verfügbar (HTTP 451) — %2; versuchen Sie %3</translation>
    </message>
    <message>
        <source>%1 unavailable (%2) — %3; try %4</source>
        <translation>%1 nicht verfügbar (%2) — %3; versuchen Sie %4</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>%1 %2 stream disconnected (%3) — reconnecting</source>
        <translation>%1 %2-Stream getrennt (%3) — verbindet neu</translation>
    </message>
    <message>
        <source>%1 %2 stream disconnected (%3) — %4</source>
        <translation>%1 %2-Stream getrennt (%3) — %4</translation>
    </message>
    <message>
        <source>%1 %2 stream went silent — replacing the connection</source>
        <translation>%1 %2-Stream ist verstummt — Verbindung wird ersetzt</translation>
    </message>
    <message>
        <source>%1: connecting to the %2 stream…</source>
        <translation>%1: verbinde mit dem %2-Stream…</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 beendet</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 gestoppt</translation>
    </message>
    <message>
        <source>Last event: %1</source>
        <translation>Letztes Ereignis: %1</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <source>at %1 UTC</source>
        <translation>bei %1 UTC</translation>
    </message>
    <message>
        <source>lag %1 ms</source>
        <translation>Verzögerung %1 ms</translation>
    </message>
    <message>
        <source>%1 reconnects</source>
        <translation>%1 Neuverbindungen</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 verworfen</translation>
    </message>
    <message>
        <source>Click for the feed-health panel.</source>
        <translation>Klicken für das Feed-Zustand-Panel.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Threshold: composite bias, -100 .. +100.</source>
        <translation>Schwelle: zusammengesetzter Bias, -100 .. +100.</translation>
    </message>
    <message>
        <source>Low / high: the bias range, -100 .. +100. Above = enters, below = leaves.</source>
        <translation>Unten / oben: der Bias-Bereich, -100 .. +100. Darüber = tritt ein, darunter = verlässt.</translation>
    </message>
    <message>
        <source>Threshold: confidence in percent; side long = bullish bias, short = bearish.</source>
        <translation>Schwelle: Konfidenz in Prozent; Seite Long = bullischer Bias, Short = bärisch.</translation>
    </message>
    <message>
        <source>Category key (e.g. order_flow); from/to states optional (empty = any).</source>
        <translation>Kategorieschlüssel (z. B. order_flow); Von-/Nach-Zustand optional (leer = beliebig).</translation>
    </message>
    <message>
        <source>Threshold: distance to an ESTIMATED liquidation band, in % of price or in ATR.</source>
        <translation>Schwelle: Abstand zu einem GESCHÄTZTEN Liquidationsband, in % des Preises oder in ATR.</translation>
    </message>
    <message>
        <source>Fires when a liquidation cascade starts (side = whose positions are liquidated).</source>
        <translation>Löst aus, wenn eine Liquidationskaskade beginnt (Seite = wessen Positionen liquidiert werden).</translation>
    </message>
    <message>
        <source>Threshold: notional of one reported liquidation, in quote currency (USDT).</source>
        <translation>Schwelle: Nominalwert einer gemeldeten Liquidation, in Kurswährung (USDT).</translation>
    </message>
    <message>
        <source>Threshold: funding rate per interval as a fraction (0.0005 = 0.05 %), either sign.</source>
        <translation>Schwelle: Finanzierungsrate pro Intervall als Bruchteil (0.0005 = 0.05 %), beliebiges Vorzeichen.</translation>
    </message>
    <message>
        <source>Zones come from the signal engine.</source>
        <translation>Die Zonen stammen aus der Signal-Engine.</translation>
    </message>
    <message>
        <source>Threshold: a price level.</source>
        <translation>Schwelle: ein Preisniveau.</translation>
    </message>
</context>
<context>
    <name>perp</name>
    <message>
        <source>Liquidation heatmap (estimated)</source>
        <translation>Liquidations-Heatmap (geschätzt)</translation>
    </message>
    <message>
        <source>Liquidation bands (estimated)</source>
        <translation>Liquidationsbänder (geschätzt)</translation>
    </message>
    <message>
        <source>Liquidation profile (estimated)</source>
        <translation>Liquidationsprofil (geschätzt)</translation>
    </message>
    <message>
        <source>Liquidation bubbles (realized)</source>
        <translation>Liquidationsblasen (realisiert)</translation>
    </message>
    <message>
        <source>Liquidations by price (realized)</source>
        <translation>Liquidationen nach Preis (realisiert)</translation>
    </message>
    <message>
        <source>ESTIMATED open liquidation notional over time and price, behind the candles: brighter = more positions estimated to be liquidated at that price at that time. Empty levels are transparent. An estimate from open interest, trade flow and assumed leverage, not exchange data.</source>
        <translation>GESCHÄTZTER offener Liquidations-Nominalwert über Zeit und Preis, hinter den Kerzen: heller = mehr Positionen, die zu diesem Preis und Zeitpunkt voraussichtlich liquidiert würden. Leere Niveaus sind transparent. Eine Schätzung aus Open Interest, Handelsfluss und angenommenem Hebel, keine Börsendaten.</translation>
    </message>
    <message>
        <source>The largest ESTIMATED liquidation clusters as translucent bands: amber = longs that would be liquidated below price, blue = shorts above. Label: side, range, estimated notional, distance from price. Hover a band for share, ATR distance and magnet score.</source>
        <translation>Die größten GESCHÄTZTEN Liquidationscluster als durchscheinende Bänder: bernstein = Longs, die unter dem Preis liquidiert würden, blau = Shorts darüber. Beschriftung: Seite, Bereich, geschätzter Nominalwert, Abstand vom Preis. Über einem Band schweben für Anteil, ATR-Abstand und Magnetwert.</translation>
    </message>
    <message>
        <source>ESTIMATED liquidation notional by price right now, as bars on the right edge on the chart&apos;s price axis: amber longs (below price), blue shorts (above).</source>
        <translation>GESCHÄTZTER Liquidations-Nominalwert nach Preis im Moment, als Balken am rechten Rand an der Preisachse: bernstein Longs (unter dem Preis), blau Shorts (darüber).</translation>
    </message>
    <message>
        <source>REALIZED liquidations reported by the exchange: hollow circles at time and price, area proportional to notional, amber = longs liquidated, blue = shorts liquidated. </source>
        <translation>REALISIERTE, von der Börse gemeldete Liquidationen: hohle Kreise an Zeit und Preis, Fläche proportional zum Nominalwert, bernstein = Longs liquidiert, blau = Shorts liquidiert. </translation>
    </message>
    <message>
        <source>REALIZED liquidation notional cumulated by price over the selected window (1h, 4h or 24h), as outlined hatched bars on the left edge. </source>
        <translation>REALISIERTER Liquidations-Nominalwert, nach Preis über das gewählte Fenster (1h, 4h oder 24h) kumuliert, als umrandete schraffierte Balken am linken Rand. </translation>
    </message>
</context>
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
    <name>perp::AlertCentre</name>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected rule</source>
        <translation>Ausgewählte Regel bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected rule</source>
        <translation>Ausgewählte Regel löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Replace the rules with a rules JSON file; a bad file changes nothing.</source>
        <translation>Regeln durch eine Regel-JSON-Datei ersetzen; eine fehlerhafte Datei ändert nichts.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the rules to a JSON file.</source>
        <translation>Regeln in eine JSON-Datei schreiben.</translation>
    </message>
    <message>
        <source>Import alert rules</source>
        <translation>Alarmregeln importieren</translation>
    </message>
    <message>
        <source>Alert rules (*.json);;All files (*)</source>
        <translation>Alarmregeln (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export alert rules</source>
        <translation>Alarmregeln exportieren</translation>
    </message>
    <message>
        <source>Alert rules (*.json)</source>
        <translation>Alarmregeln (*.json)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Mark the selected alert as seen</source>
        <translation>Ausgewählten Alarm als gesehen markieren</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Alle bestätigen</translation>
    </message>
    <message>
        <source>Mark every alert as seen</source>
        <translation>Alle Alarme als gesehen markieren</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Load the newest 1000 alerts of the alert log (kept across restarts)</source>
        <translation>Die neuesten 1000 Alarme aus dem Alarmprotokoll laden (bleibt über Neustarts erhalten)</translation>
    </message>
    <message>
        <source>Show a tray notification when an alert fires</source>
        <translation>Tray-Benachrichtigung anzeigen, wenn ein Alarm auslöst</translation>
    </message>
    <message>
        <source>Tray notification (no system tray on this desktop)</source>
        <translation>Tray-Benachrichtigung (keine Taskleiste/System-Tray auf diesem Desktop)</translation>
    </message>
    <message>
        <source>Beep when an alert fires</source>
        <translation>Signalton, wenn ein Alarm auslöst</translation>
    </message>
    <message>
        <source>Import failed: %1
The rules were not changed.</source>
        <translation>Import fehlgeschlagen: %1
Die Regeln wurden nicht geändert.</translation>
    </message>
    <message>
        <source>Imported %1 rules from %2.</source>
        <translation>%1 Regeln aus %2 importiert.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported %1 rules to %2.</source>
        <translation>%1 Regeln nach %2 exportiert.</translation>
    </message>
    <message>
        <source>%1 new of %2</source>
        <translation>%1 neu von %2</translation>
    </message>
    <message>
        <source>Fired (%1)</source>
        <translation>Ausgelöst (%1)</translation>
    </message>
</context>
<context>
    <name>perp::AlertNotifier</name>
    <message>
        <source>PerpScope alerts</source>
        <translation>PerpScope-Alarme</translation>
    </message>
    <message>
        <source> (REPLAY)</source>
        <translation> (WIEDERGABE)</translation>
    </message>
    <message>
        <source>Alert: %1%2</source>
        <translation>Alarm: %1%2</translation>
    </message>
    <message>
        <source>%1 alerts fired%2</source>
        <translation>%1 Alarme ausgelöst%2</translation>
    </message>
</context>
<context>
    <name>perp::BiasSparkline</name>
    <message>
        <source>minutes before the newest cycle</source>
        <translation>Minuten vor dem neuesten Zyklus</translation>
    </message>
    <message>
        <source>%1 composite bias over its last cycles (newest at 0). Dashed lines: ±%2, beyond which the bias counts as bullish or bearish. Hover the line for a cycle&apos;s time and value.</source>
        <translation>%1-Gesamtbias über die letzten Zyklen (neuester bei 0). Gestrichelte Linien: ±%2, jenseits davon gilt der Bias als bullisch oder bärisch. Über die Linie fahren für Zeit und Wert eines Zyklus.</translation>
    </message>
    <message>
        <source>%1 bias %2 at %3 UTC</source>
        <translation>%1-Bias %2 um %3 UTC</translation>
    </message>
</context>
<context>
    <name>perp::CategoryChart</name>
    <message>
        <source>bullish points</source>
        <translation>bullische Punkte</translation>
    </message>
    <message>
        <source>bearish points</source>
        <translation>bärische Punkte</translation>
    </message>
    <message>
        <source>points of bias (sum = composite bias)</source>
        <translation>Bias-Punkte (Summe = Gesamtbias)</translation>
    </message>
    <message>
        <source>Points each of the 25 categories adds to the %1 composite bias: green pushes up (bullish), red down (bearish). The bars add up to the bias. Hover a bar for its score, weight and signals; click it to list only that category&apos;s signals.</source>
        <translation>Punkte, die jede der 25 Kategorien zum %1-Gesamtbias beiträgt: Grün drückt nach oben (bullisch), Rot nach unten (bärisch). Die Balken ergeben zusammen den Bias. Über einen Balken fahren für Wert, Gewicht und Signale; klicken, um nur die Signale dieser Kategorie zu listen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no signal of this category has data for this symbol in %2 mode, so it adds nothing (missing data is never made up).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Kein Signal dieser Kategorie hat Daten für dieses Symbol im Modus %2, daher trägt sie nichts bei (fehlende Daten werden nie erfunden).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 mode)&lt;br&gt;Adds %3 points to the bias.&lt;br&gt;Category score %4 (the same formula over this category&apos;s signals only, -100..+100).&lt;br&gt;Learned category weight %5× (how well the category has called the price lately; 1 = average).&lt;br&gt;Signals with data: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Modus %2)&lt;br&gt;Trägt %3 Punkte zum Bias bei.&lt;br&gt;Kategoriewert %4 (dieselbe Formel nur über die Signale dieser Kategorie, -100..+100).&lt;br&gt;Gelerntes Kategoriegewicht %5× (wie gut die Kategorie den Preis zuletzt vorhergesagt hat; 1 = Durchschnitt).&lt;br&gt;Signale mit Daten: %6</translation>
    </message>
</context>
<context>
    <name>perp::ChartActions</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Back to the live candle and follow it</source>
        <translation>Zurück zur laufenden Kerze und ihr folgen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Show fewer candles (also the mouse wheel)</source>
        <translation>Weniger Kerzen zeigen (auch per Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Show more candles (also the mouse wheel)</source>
        <translation>Mehr Kerzen zeigen (auch per Mausrad)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Logarithmic price axis: equal distances are equal percentage moves. Off: linear axis.</source>
        <translation>Logarithmische Preisachse: gleiche Abstände sind gleiche prozentuale Bewegungen. Aus: lineare Achse.</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>H-line</source>
        <translation>H-Linie</translation>
    </message>
    <message>
        <source>Horizontal line: click at a price</source>
        <translation>Horizontale Linie: auf einen Preis klicken</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Trend line: press, drag to the second point, release</source>
        <translation>Trendlinie: drücken, zum zweiten Punkt ziehen, loslassen</translation>
    </message>
    <message>
        <source>Rect</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Rectangle: press at one corner, drag to the other, release</source>
        <translation>Rechteck: an einer Ecke drücken, zur anderen ziehen, loslassen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Measure: press and drag between two points to read the price change (% and absolute), the number of bars and the time between them</source>
        <translation>Messen: zwischen zwei Punkten drücken und ziehen, um Preisänderung (% und absolut), Anzahl Balken und Zeit dazwischen abzulesen</translation>
    </message>
    <message>
        <source>. Drawings are kept per symbol.</source>
        <translation>. Zeichnungen werden pro Symbol gespeichert.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected drawing (click a drawing to select it)</source>
        <translation>Ausgewählte Zeichnung löschen (zum Auswählen eine Zeichnung anklicken)</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <source>Delete every drawing of this symbol</source>
        <translation>Alle Zeichnungen dieses Symbols löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Leave the drawing tool and clear the selection</source>
        <translation>Zeichenwerkzeug verlassen und Auswahl aufheben</translation>
    </message>
    <message>
        <source>Chart tools</source>
        <translation>Diagrammwerkzeuge</translation>
    </message>
    <message>
        <source>Show or hide the panes under the candles</source>
        <translation>Bereiche unter den Kerzen ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>perp::ChartDrawings</name>
    <message>
        <source>%1 (%2%3) · %4 bars · %5</source>
        <translation>%1 (%2%3) · %4 Balken · %5</translation>
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
    <name>perp::ChartPane</name>
    <message>
        <source>Chart %1 · %2 %3 · %4</source>
        <translation>Diagramm %1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>verknüpft</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>unabhängig</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>An extra chart pane with its own symbol and timeframe. Close it with the dock&apos;s close button; it is saved with the layout.</source>
        <translation>Ein weiterer Diagrammbereich mit eigenem Symbol und Zeitrahmen. Schließen Sie ihn mit der Schließen-Schaltfläche des Docks; er wird mit dem Layout gespeichert.</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Unabhängig</translation>
    </message>
    <message>
        <source>Linked: this pane shows the symbol selected in the watchlist, the symbol search or the main chart. Independent: it keeps the symbol picked here. Click to switch.</source>
        <translation>Verknüpft: Dieser Bereich zeigt das in der Watchlist, der Symbolsuche oder im Hauptdiagramm gewählte Symbol. Unabhängig: Er behält das hier gewählte Symbol. Klicken zum Umschalten.</translation>
    </message>
    <message>
        <source>Symbol of this pane. Picking one makes the pane independent.</source>
        <translation>Symbol dieses Bereichs. Eine Auswahl macht den Bereich unabhängig.</translation>
    </message>
    <message>
        <source>Timeframe of this pane&apos;s candles (UTC), independent of the main chart.</source>
        <translation>Zeitrahmen der Kerzen dieses Bereichs (UTC), unabhängig vom Hauptdiagramm.</translation>
    </message>
</context>
<context>
    <name>perp::ChartPaneManager</name>
    <message>
        <source>New chart pane</source>
        <translation>Neuer Diagrammbereich</translation>
    </message>
    <message>
        <source>Open another chart pane with its own symbol and timeframe (%1)</source>
        <translation>Einen weiteren Diagrammbereich mit eigenem Symbol und Zeitrahmen öffnen (%1)</translation>
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
        <translation>Open Interest</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Finanzierungsrate</translation>
    </message>
    <message>
        <source>Traded volume per candle in %1: taker buy (green, the aggressor bought) stacked on taker sell (red).</source>
        <translation>Gehandeltes Volumen pro Kerze in %1: Taker-Kauf (grün, der Aggressor kaufte) über Taker-Verkauf (rot) gestapelt.</translation>
    </message>
    <message>
        <source>Cumulative volume delta in %1: running sum of taker buy minus taker sell volume over the candles held, starting at 0 before the first one. Rising: aggressive buyers dominate; falling: aggressive sellers. Only the slope matters, not the level.</source>
        <translation>Kumuliertes Volumendelta in %1: laufende Summe aus Taker-Kauf- minus Taker-Verkaufsvolumen über die gehaltenen Kerzen, beginnend bei 0 vor der ersten. Steigend: aggressive Käufer dominieren; fallend: aggressive Verkäufer. Nur die Steigung zählt, nicht das Niveau.</translation>
    </message>
    <message>
        <source>Open interest in %1: contracts open (one side), summed over the venues that report it (latest value of each), last value in each minute. Rising with price: new longs; rising against price: new shorts; falling: positions closing or liquidated.</source>
        <translation>Open Interest in %1: offene Kontrakte (eine Seite), summiert über die meldenden Börsen (jeweils letzter Wert), letzter Wert jeder Minute. Steigt mit dem Preis: neue Longs; steigt gegen den Preis: neue Shorts; fällt: Positionen werden geschlossen oder liquidiert.</translation>
    </message>
    <message>
        <source>Funding rate in percent per funding interval (typically 8 h), mean of the venues that report it, last value in each minute (the predicted rate until it settles). Positive: longs pay shorts (crowded long); negative: shorts pay longs.</source>
        <translation>Finanzierungsrate in Prozent pro Finanzierungsintervall (typisch 8 h), Mittel der meldenden Börsen, letzter Wert jeder Minute (die prognostizierte Rate bis zur Abrechnung). Positiv: Longs zahlen Shorts (überfüllt long); negativ: Shorts zahlen Longs.</translation>
    </message>
    <message>
        <source>taker buy − sell, %1</source>
        <translation>Taker-Kauf − Verkauf, %1</translation>
    </message>
    <message>
        <source>% per interval</source>
        <translation>% pro Intervall</translation>
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
    <name>perp::EngineServices</name>
    <message>
        <source>History is not kept: %1</source>
        <translation>Verlauf wird nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>History write failed (kept and retried): %1</source>
        <translation>Schreiben des Verlaufs fehlgeschlagen (wird behalten und erneut versucht): %1</translation>
    </message>
    <message>
        <source>History: %1 stored candles loaded in %2 ms from %3</source>
        <translation>Verlauf: %1 gespeicherte Kerzen in %2 ms aus %3 geladen</translation>
    </message>
    <message>
        <source>; retention removed %1 old rows</source>
        <translation>; Aufbewahrung hat %1 alte Zeilen entfernt</translation>
    </message>
    <message>
        <source>Stored alert rules not loaded: %1</source>
        <translation>Gespeicherte Alarmregeln nicht geladen: %1</translation>
    </message>
    <message>
        <source>Fired alerts not stored: %1</source>
        <translation>Ausgelöste Alarme nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Alert rules not saved: %1</source>
        <translation>Alarmregeln nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>; learned signal weights not restored (learning starts afresh): %1</source>
        <translation>; gelernte Signalgewichte nicht wiederhergestellt (Lernen beginnt neu): %1</translation>
    </message>
    <message>
        <source>; learned signal weights restored (%1 track records saved %2 UTC)</source>
        <translation>; gelernte Signalgewichte wiederhergestellt (%1 Bilanzen, gespeichert %2 UTC)</translation>
    </message>
    <message>
        <source>Learned signal weights not saved: %1</source>
        <translation>Gelernte Signalgewichte nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Zones not stored: %1</source>
        <translation>Zonen nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Zones not restored: %1</source>
        <translation>Zonen nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Margin tiers file not used: %1</source>
        <translation>Margin-Stufen-Datei nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Margin tiers of %1 symbols from %2</source>
        <translation>Margin-Stufen von %1 Symbolen aus %2</translation>
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
        <translation>%1% erledigt · bei %2 UTC</translation>
    </message>
    <message>
        <source>feed clock %1 UTC</source>
        <translation>Feed-Uhr %1 UTC</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1
Last event: %2</source>
        <translation>%1
Letztes Ereignis: %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Neuverbindungen</translation>
    </message>
    <message>
        <source>Gaps filled</source>
        <translation>Lücken gefüllt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>The exchange (or the simulator / replay) the row belongs to.</source>
        <translation>Die Börse (oder der Simulator / die Wiedergabe), zu der die Zeile gehört.</translation>
    </message>
    <message>
        <source>A connection (Binance &quot;market&quot; and &quot;public&quot;, Bybit &quot;linear&quot;), a kind of message on it (aggTrade, depth, markPrice ...), the REST pollers (&quot;rest&quot;), or for the simulator and replay the kind of event.</source>
        <translation>Eine Verbindung (Binance „market“ und „public“, Bybit „linear“), eine Nachrichtenart darauf (aggTrade, depth, markPrice ...), die REST-Abfragen („rest“) oder beim Simulator und der Wiedergabe die Ereignisart.</translation>
    </message>
    <message>
        <source>live: data arriving; connecting; stale: silent too long, being replaced; reconnecting: waiting to reconnect; unavailable: the exchange refuses this client; stopped.</source>
        <translation>live: Daten kommen an; verbindet; veraltet: zu lange still, wird ersetzt; verbindet neu: wartet auf neue Verbindung; nicht verfügbar: die Börse lehnt diesen Client ab; gestoppt.</translation>
    </message>
    <message>
        <source>Messages (events for the simulator and replay) per second over the last second.</source>
        <translation>Nachrichten (beim Simulator und der Wiedergabe Ereignisse) pro Sekunde in der letzten Sekunde.</translation>
    </message>
    <message>
        <source>Local receive time minus the exchange&apos;s event time of the newest message: network delay plus any clock difference. Not applicable to the simulator and replay.</source>
        <translation>Lokale Empfangszeit minus Ereigniszeit der Börse der neuesten Nachricht: Netzwerkverzögerung plus etwaiger Uhrenunterschied. Gilt nicht für Simulator und Wiedergabe.</translation>
    </message>
    <message>
        <source>Messages received on this stream since start.</source>
        <translation>Seit dem Start auf diesem Stream empfangene Nachrichten.</translation>
    </message>
    <message>
        <source>How often this connection was re-established after it ended or went silent.</source>
        <translation>Wie oft diese Verbindung neu aufgebaut wurde, nachdem sie endete oder verstummte.</translation>
    </message>
    <message>
        <source>Holes found (missing trade ids, order-book sequence breaks) and filled from REST, so no trade is lost.</source>
        <translation>Gefundene Lücken (fehlende Trade-IDs, Sequenzbrüche im Orderbuch), per REST gefüllt, sodass kein Trade verloren geht.</translation>
    </message>
    <message>
        <source>Messages that failed to parse or were out of sequence; each is counted and skipped, the rest of the stream is unaffected.</source>
        <translation>Nachrichten, die sich nicht lesen ließen oder außer der Reihe kamen; jede wird gezählt und übersprungen, der Rest des Streams bleibt unberührt.</translation>
    </message>
    <message>
        <source>Trades dropped because their id was already seen (e.g. during a reconnect overlap).</source>
        <translation>Trades, die verworfen wurden, weil ihre ID schon gesehen war (z. B. während der Überlappung einer Neuverbindung).</translation>
    </message>
    <message>
        <source>Wall-clock time since the last message on this stream.</source>
        <translation>Zeit (Wanduhr) seit der letzten Nachricht auf diesem Stream.</translation>
    </message>
    <message>
        <source>What is happening now: the reason a connection ended and the next attempt, or for replay the share done and the replay clock, for the simulator its clock.</source>
        <translation>Was gerade geschieht: der Grund für das Ende einer Verbindung und der nächste Versuch, bei der Wiedergabe der erledigte Anteil und die Wiedergabe-Uhr, beim Simulator seine Uhr.</translation>
    </message>
</context>
<context>
    <name>perp::FeedHealthPanel</name>
    <message>
        <source>Feed health</source>
        <translation>Feed-Zustand</translation>
    </message>
    <message>
        <source>Show or hide feed health: state, rates, lag, reconnects and gaps per exchange and stream</source>
        <translation>Feed-Zustand zeigen oder verbergen: Zustand, Raten, Verzögerung, Neuverbindungen und Lücken je Börse und Stream</translation>
    </message>
    <message>
        <source>Loading candle history from the exchange&apos;s REST API (one request per symbol); live data is shown meanwhile.</source>
        <translation>Kerzenhistorie wird über die REST-API der Börse geladen (eine Anfrage pro Symbol); Live-Daten werden währenddessen gezeigt.</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <source>Connected again — data is live</source>
        <translation>Wieder verbunden — Daten sind live</translation>
    </message>
    <message>
        <source>Connected — data is live</source>
        <translation>Verbunden — Daten sind live</translation>
    </message>
    <message>
        <source>All streams are working. Hover a column title to see what it counts.</source>
        <translation>Alle Streams arbeiten. Fahren Sie über einen Spaltentitel, um zu sehen, was er zählt.</translation>
    </message>
    <message>
        <source>Waiting for the first health report of the source…</source>
        <translation>Warte auf den ersten Zustandsbericht der Quelle…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
</context>
<context>
    <name>perp::FiredAlertModel</name>
    <message>
        <source>Engine time (exchange time, UTC) of the evaluation that fired the alert.</source>
        <translation>Engine-Zeit (Börsenzeit, UTC) der Auswertung, die den Alarm ausgelöst hat.</translation>
    </message>
    <message>
        <source>The observed value that met the condition (bias points, percent, price or quote notional depending on the rule; liquidation bands are estimated).</source>
        <translation>Der beobachtete Wert, der die Bedingung erfüllt hat (Bias-Punkte, Prozent, Preis oder Nominalwert in Kurswährung, je nach Regel; Liquidationsbänder sind geschätzt).</translation>
    </message>
    <message>
        <source>The rule&apos;s threshold the value was compared against.</source>
        <translation>Die Schwelle der Regel, mit der der Wert verglichen wurde.</translation>
    </message>
    <message>
        <source>REPLAY: fired while replaying recorded data. NEW: not acknowledged yet.</source>
        <translation>WIEDERGABE: bei der Wiedergabe aufgezeichneter Daten ausgelöst. NEU: noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>REPLAY</source>
        <translation>WIEDERGABE</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
</context>
<context>
    <name>perp::LiqBandsLayer</name>
    <message>
        <source>
(Outside the visible price range.)</source>
        <translation>
(Außerhalb des sichtbaren Preisbereichs.)</translation>
    </message>
</context>
<context>
    <name>perp::LiqBubblesLayer</name>
    <message>
        <source>%1 realized %2 liquidations merged at this zoom (exchange-reported)
Total notional: %3
Price: %4 – %5
Time: %6 – %7 UTC</source>
        <translation>%1 realisierte %2-Liquidationen bei diesem Zoom zusammengefasst (von der Börse gemeldet)
Gesamter Nominalwert: %3
Preis: %4 – %5
Zeit: %6 – %7 UTC</translation>
    </message>
    <message>
        <source>long</source>
        <translation>Long</translation>
    </message>
    <message>
        <source>short</source>
        <translation>Short</translation>
    </message>
</context>
<context>
    <name>perp::LiqChartLayers</name>
    <message>
        <source>%1 CASCADE · intensity %2</source>
        <translation>%1-KASKADE · Intensität %2</translation>
    </message>
    <message>
        <source>LONG</source>
        <translation>LONG</translation>
    </message>
    <message>
        <source>SHORT</source>
        <translation>SHORT</translation>
    </message>
    <message>
        <source>Liquidation cascade in progress: %1 are being liquidated in a burst (realized liquidations far above their usual rate while price moves against them).
Intensity %2 (1 = just at the start threshold, 3+ = violent; peak %3). Realized since start: %4.</source>
        <translation>Liquidationskaskade läuft: %1 werden gehäuft liquidiert (realisierte Liquidationen weit über ihrer üblichen Rate, während sich der Preis gegen sie bewegt).
Intensität %2 (1 = gerade an der Startschwelle, 3+ = heftig; Spitze %3). Realisiert seit Beginn: %4.</translation>
    </message>
    <message>
        <source>longs</source>
        <translation>Longs</translation>
    </message>
    <message>
        <source>shorts</source>
        <translation>Shorts</translation>
    </message>
    <message>
        <source>heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>bands</source>
        <translation>Bänder</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>○ bubbles</source>
        <translation>○ Blasen</translation>
    </message>
    <message>
        <source>▭ by price %1</source>
        <translation>▭ nach Preis %1</translation>
    </message>
    <message>
        <source>Liquidations: &lt;span style=&apos;color:%1&apos;&gt;■ longs&lt;/span&gt; &lt;span style=&apos;color:%2&apos;&gt;■ shorts&lt;/span&gt;</source>
        <translation>Liquidationen: &lt;span style=&apos;color:%1&apos;&gt;■ Longs&lt;/span&gt; &lt;span style=&apos;color:%2&apos;&gt;■ Shorts&lt;/span&gt;</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; ESTIMATED (soft fill): %1</source>
        <translation> &amp;nbsp;·&amp;nbsp; GESCHÄTZT (weiche Füllung): %1</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; REALIZED (outline): %1</source>
        <translation> &amp;nbsp;·&amp;nbsp; REALISIERT (Umriss): %1</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:#ff9f1a&apos;&gt;low confidence (no open-interest data)&lt;/span&gt;</source>
        <translation> &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:#ff9f1a&apos;&gt;geringe Zuverlässigkeit (keine Open-Interest-Daten)&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>perp::LiqHeatmapLayer</name>
    <message>
        <source>Estimated liquidation heatmap
%1 of open positions estimated to be liquidated at %2 – %3
(brightest colour in view = %4). An ESTIMATE, not exchange data.</source>
        <translation>Geschätzte Liquidations-Heatmap
%1 offener Positionen werden voraussichtlich bei %2 – %3 liquidiert
(hellste Farbe im Bild = %4). Eine SCHÄTZUNG, keine Börsendaten.</translation>
    </message>
</context>
<context>
    <name>perp::LiqHistogramLayer</name>
    <message>
        <source>Realized liquidations, last %1 (reported by the exchange)
%2 – %3
Longs liquidated: %4 · Shorts liquidated: %5</source>
        <translation>Realisierte Liquidationen, letzte %1 (von der Börse gemeldet)
%2 – %3
Longs liquidiert: %4 · Shorts liquidiert: %5</translation>
    </message>
    <message>
        <source>realized liq %1 · longs %2 · shorts %3</source>
        <translation>realisierte Liq. %1 · Longs %2 · Shorts %3</translation>
    </message>
    <message>
        <source> · Binance: max 1 per second, undercounts</source>
        <translation> · Binance: max. 1 pro Sekunde, zu niedrig</translation>
    </message>
</context>
<context>
    <name>perp::LiqLayerControls</name>
    <message>
        <source>Liquidations</source>
        <translation>Liquidationen</translation>
    </message>
    <message>
        <source>Show or hide the liquidation layers. Estimated layers (heatmap, bands, profile) are model estimates drawn as soft fills; realized layers (bubbles, by-price bars) are exchange-reported and drawn as outlines.</source>
        <translation>Liquidationsebenen ein- oder ausblenden. Geschätzte Ebenen (Heatmap, Bänder, Profil) sind Modellschätzungen als weiche Füllungen; realisierte Ebenen (Blasen, Balken nach Preis) sind von der Börse gemeldet und als Umrisse gezeichnet.</translation>
    </message>
    <message>
        <source>Realized by price: window</source>
        <translation>Realisiert nach Preis: Fenster</translation>
    </message>
    <message>
        <source>Last %1</source>
        <translation>Letzte %1</translation>
    </message>
    <message>
        <source>Cumulate realized liquidations by price over the last %1.</source>
        <translation>Realisierte Liquidationen nach Preis über die letzten %1 kumulieren.</translation>
    </message>
    <message>
        <source>Support and resistance</source>
        <translation>Unterstützung und Widerstand</translation>
    </message>
</context>
<context>
    <name>perp::LiqProfilePanel</name>
    <message>
        <source>Estimated liquidation profile (now)
%1 – %2
Longs: %3 · Shorts: %4
Notional of open positions estimated to be liquidated in this price range. An ESTIMATE.</source>
        <translation>Geschätztes Liquidationsprofil (jetzt)
%1 – %2
Longs: %3 · Shorts: %4
Nominalwert offener Positionen, die in diesem Preisbereich voraussichtlich liquidiert würden. Eine SCHÄTZUNG.</translation>
    </message>
    <message>
        <source>est. liq profile</source>
        <translation>gesch. Liq.-Profil</translation>
    </message>
</context>
<context>
    <name>perp::LiqRecordText</name>
    <message>
        <source>bands&apos; record: no liquidations scored yet</source>
        <translation>Bilanz der Bänder: noch keine Liquidationen bewertet</translation>
    </message>
    <message>
        <source>bands&apos; record 24 h: %1 of liquidations in %2 of the range (%3×)</source>
        <translation>Bilanz der Bänder 24 h: %1 der Liquidationen in %2 des Bereichs (%3×)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bands&apos; track record&lt;/b&gt; (last 24 h, this symbol): every REALIZED liquidation within ±10% of price is checked against the top 5 ESTIMATED bands drawn before it. &lt;i&gt;In bands&lt;/i&gt; is the share of liquidated notional that fell inside those bands; &lt;i&gt;range covered&lt;/i&gt; is the share of the ±10% range the bands took up, which is what bands placed at random would catch; &lt;i&gt;lift&lt;/i&gt; = in bands ÷ range covered (1× = no better than chance). Binance reports at most one liquidation per symbol per second, so bursts are undercounted. Past accuracy does not promise future accuracy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bilanz der Bänder&lt;/b&gt; (letzte 24 h, dieses Symbol): Jede REALISIERTE Liquidation innerhalb von ±10% des Preises wird mit den 5 größten GESCHÄTZTEN Bändern verglichen, die vor ihr gezeichnet wurden. &lt;i&gt;In Bändern&lt;/i&gt; ist der Anteil des liquidierten Nominalwerts, der in diese Bänder fiel; &lt;i&gt;abgedeckter Bereich&lt;/i&gt; ist der Anteil des ±10%-Bereichs, den die Bänder einnahmen – so viel würden zufällig platzierte Bänder treffen; &lt;i&gt;Lift&lt;/i&gt; = in Bändern ÷ abgedeckter Bereich (1× = nicht besser als Zufall). Binance meldet höchstens eine Liquidation pro Symbol und Sekunde, Schübe werden daher untererfasst. Vergangene Treffsicherheit verspricht keine künftige.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>bands on screen just before</source>
        <translation>Bänder direkt davor auf dem Chart</translation>
    </message>
    <message>
        <source>bands drawn %1 h before</source>
        <translation>Bänder %1 h vorher gezeichnet</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1:&lt;/td&gt;&lt;td&gt;no liquidations scored yet&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1:&lt;/td&gt;&lt;td&gt;noch keine Liquidationen bewertet&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1:&lt;/td&gt;&lt;td&gt;%2 in bands, %3 range covered, lift %4× (%5 liquidations, %6)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1:&lt;/td&gt;&lt;td&gt;%2 in Bändern, %3 Bereich abgedeckt, Lift %4× (%5 Liquidationen, %6)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The bands on screen just before a liquidation often score lower: price trading through a level removes it from the estimate before the exchange reports the liquidation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die direkt vor einer Liquidation gezeigten Bänder schneiden oft schlechter ab: Handelt der Preis durch ein Niveau, verschwindet es aus der Schätzung, bevor die Börse die Liquidation meldet.&lt;/p&gt;</translation>
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
        <source>Layout &quot;%1&quot; saved</source>
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
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Show or hide the alert centre: rules, fired alerts, delivery</source>
        <translation>Alarmzentrale ein- oder ausblenden: Regeln, ausgelöste Alarme, Zustellung</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alarme (%1)</translation>
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
        <source>One trade: the taker&apos;s side, its price and size.</source>
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
    <message>
        <source>Bands&apos; record</source>
        <translation>Bilanz der Bänder</translation>
    </message>
    <message>
        <source>How often the estimated bands were right over the last 24 hours: the share of realized liquidations near price that fell inside the five largest bands drawn an hour before, against the share of the price range those bands covered (what bands placed at random would catch). Their ratio is the lift: 1× is no better than chance. Hover the chart legend for the bands on screen just before and 4 hours before. Past accuracy does not promise future accuracy.</source>
        <translation>Wie oft die geschätzten Bänder in den letzten 24 Stunden richtig lagen: der Anteil der realisierten Liquidationen nahe dem Preis, der in die fünf größten eine Stunde vorher gezeichneten Bänder fiel, im Vergleich zum Anteil des Preisbereichs, den diese Bänder abdeckten (so viel würden zufällig platzierte Bänder treffen). Ihr Verhältnis ist der Lift: 1× ist nicht besser als Zufall. Fahren Sie über die Legende des Charts für die Bänder direkt davor und 4 Stunden vorher. Vergangene Treffsicherheit verspricht keine künftige.</translation>
    </message>
</context>
<context>
    <name>perp::RecordToggle</name>
    <message>
        <source>Recording failed: %1</source>
        <translation>Aufzeichnung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>● REC %1 · %2 frames · %3</source>
        <translation>● REC %1 · %2 Frames · %3</translation>
    </message>
    <message>
        <source>Recording every raw frame of the live feed with its receive time to %1 (%2 frames, %3 compressed on disk, %4 dropped). Replay it with --source replay:FILE.</source>
        <translation>Jeder Roh-Frame des Live-Feeds wird mit seiner Empfangszeit in %1 aufgezeichnet (%2 Frames, %3 komprimiert auf der Festplatte, %4 verworfen). Wiedergabe mit --source replay:FILE.</translation>
    </message>
    <message>
        <source>Record raw feed</source>
        <translation>Roh-Feed aufzeichnen</translation>
    </message>
    <message>
        <source>Write every raw frame of the live feed, with its local receive time, to a file in %1 (Ctrl+Shift+R). Off by default.</source>
        <translation>Jeden Roh-Frame des Live-Feeds mit seiner lokalen Empfangszeit in eine Datei in %1 schreiben (Strg+Umschalt+R). Standardmäßig aus.</translation>
    </message>
    <message>
        <source>Recording is for live exchange sources (binance, bybit)</source>
        <translation>Aufzeichnen gibt es nur für Live-Börsenquellen (binance, bybit)</translation>
    </message>
</context>
<context>
    <name>perp::ReplayToolBar</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>loading %p%</source>
        <translation>lädt %p%</translation>
    </message>
    <message>
        <source>seeking %p%</source>
        <translation>springt %p%</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>keine Ereignisse</translation>
    </message>
    <message>
        <source>finished %p%</source>
        <translation>fertig %p%</translation>
    </message>
    <message>
        <source>position %p%</source>
        <translation>Position %p%</translation>
    </message>
    <message>
        <source>%1 / %2 events</source>
        <translation>%1 / %2 Ereignisse</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Play or pause the replay (Space)</source>
        <translation>Wiedergabe abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Step one event batch: the events of the next received frame (Right)</source>
        <translation>Einen Ereignisstapel weiter: die Ereignisse des nächsten empfangenen Frames (Rechts)</translation>
    </message>
    <message>
        <source>Step candle</source>
        <translation>Kerze weiter</translation>
    </message>
    <message>
        <source>Step one candle of the chart&apos;s timeframe: up to the first trade of the next candle (Shift+Right)</source>
        <translation>Eine Kerze des Diagramm-Zeitrahmens weiter: bis zum ersten Trade der nächsten Kerze (Umschalt+Rechts)</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Next replay speed (Ctrl++ or ])</source>
        <translation>Nächste Wiedergabegeschwindigkeit (Strg++ oder ])</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Previous replay speed (Ctrl+- or [)</source>
        <translation>Vorherige Wiedergabegeschwindigkeit (Strg+- oder [)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Replay speed: recorded seconds per wall-clock second; max = as fast as the engine takes it (Ctrl++ / Ctrl+-, or ] / [)</source>
        <translation>Wiedergabegeschwindigkeit: aufgezeichnete Sekunden pro realer Sekunde; max = so schnell, wie die Engine sie verarbeitet (Strg++ / Strg+-, oder ] / [)</translation>
    </message>
    <message>
        <source>Timeline of the recording, by local receive time. Drag or click to seek: forward replays everything up to there at max speed; back restarts the engine and replays from the start (the chart is rebuilt).</source>
        <translation>Zeitleiste der Aufzeichnung nach lokaler Empfangszeit. Ziehen oder klicken zum Springen: vorwärts wird alles bis dorthin mit maximaler Geschwindigkeit wiedergegeben; rückwärts startet die Engine neu und spielt vom Anfang ab (das Diagramm wird neu aufgebaut).</translation>
    </message>
    <message>
        <source>Replay time: the receive time of the last event replayed (UTC)</source>
        <translation>Wiedergabezeit: Empfangszeit des zuletzt wiedergegebenen Ereignisses (UTC)</translation>
    </message>
    <message>
        <source>Loading progress of the files, then seeking progress, then the share of the recording&apos;s events replayed</source>
        <translation>Ladefortschritt der Dateien, dann Sprungfortschritt, dann der Anteil der wiedergegebenen Ereignisse der Aufzeichnung</translation>
    </message>
    <message>
        <source>Events replayed / events in the recording (trades, liquidations, marks, open interest, book updates)</source>
        <translation>Wiedergegebene Ereignisse / Ereignisse der Aufzeichnung (Trades, Liquidationen, Markpreise, Open Interest, Orderbuch-Updates)</translation>
    </message>
</context>
<context>
    <name>perp::RuleDialog</name>
    <message>
        <source>Alert rule</source>
        <translation>Alarmregel</translation>
    </message>
    <message>
        <source>e.g. SOL swing bias above +60</source>
        <translation>z. B. SOL Swing-Bias über +60</translation>
    </message>
    <message>
        <source>All symbols (watchlist)</source>
        <translation>Alle Symbole (Watchlist)</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>Alle Modi</translation>
    </message>
    <message>
        <source>scalp</source>
        <translation>Scalp</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>swing</source>
        <translation>Swing</translation>
    </message>
    <message>
        <source>Bias crosses a threshold</source>
        <translation>Bias kreuzt eine Schwelle</translation>
    </message>
    <message>
        <source>Bias enters / leaves a range</source>
        <translation>Bias tritt in einen Bereich ein / verlässt ihn</translation>
    </message>
    <message>
        <source>Confidence at least x with a bias sign</source>
        <translation>Konfidenz mindestens x mit Bias-Vorzeichen</translation>
    </message>
    <message>
        <source>A category changes state</source>
        <translation>Eine Kategorie ändert ihren Zustand</translation>
    </message>
    <message>
        <source>Price near an estimated liquidation band</source>
        <translation>Preis nahe einem geschätzten Liquidationsband</translation>
    </message>
    <message>
        <source>Liquidation cascade starts</source>
        <translation>Liquidationskaskade beginnt</translation>
    </message>
    <message>
        <source>Realized liquidation of at least a notional</source>
        <translation>Realisierte Liquidation mit mindestens einem Nominalwert</translation>
    </message>
    <message>
        <source>Funding beyond ±x</source>
        <translation>Finanzierungsrate jenseits von ±x</translation>
    </message>
    <message>
        <source>Price touches a zone</source>
        <translation>Preis berührt eine Zone</translation>
    </message>
    <message>
        <source>A zone is broken</source>
        <translation>Eine Zone wird durchbrochen</translation>
    </message>
    <message>
        <source>Price crosses a level</source>
        <translation>Preis kreuzt ein Niveau</translation>
    </message>
    <message>
        <source>above</source>
        <translation>darüber</translation>
    </message>
    <message>
        <source>below</source>
        <translation>darunter</translation>
    </message>
    <message>
        <source>either</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>enters the range</source>
        <translation>tritt in den Bereich ein</translation>
    </message>
    <message>
        <source>leaves the range</source>
        <translation>verlässt den Bereich</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
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
        <source>% of price</source>
        <translation>% des Preises</translation>
    </message>
    <message>
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message>
        <source>every time (with cooldown)</source>
        <translation>jedes Mal (mit Abklingzeit)</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>once per mode cycle</source>
        <translation>einmal pro Modus-Zyklus</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>default of the kind</source>
        <translation>Standard der Art</translation>
    </message>
    <message>
        <source>How far the value must move back past the threshold before the rule can fire again (default: 2 points for bias/confidence, 2 % of the threshold otherwise).</source>
        <translation>Wie weit sich der Wert über die Schwelle zurückbewegen muss, bevor die Regel erneut auslösen kann (Standard: 2 Punkte für Bias/Konfidenz, sonst 2 % der Schwelle).</translation>
    </message>
    <message>
        <source>expires at (UTC)</source>
        <translation>läuft ab um (UTC)</translation>
    </message>
    <message>
        <source>Placeholders: {symbol} {mode} {value} {threshold} {name} {direction} {state} {side} {price} {zone} {replay}; empty = the kind&apos;s default.</source>
        <translation>Platzhalter: {symbol} {mode} {value} {threshold} {name} {direction} {state} {side} {price} {zone} {replay}; leer = Standard der Art.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Range event</source>
        <translation>Bereichsereignis</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>Bereich unten</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>Bereich oben</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Distance unit</source>
        <translation>Abstandseinheit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>From state</source>
        <translation>Von Zustand</translation>
    </message>
    <message>
        <source>To state</source>
        <translation>Nach Zustand</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslösung</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Abklingzeit</translation>
    </message>
    <message>
        <source>Hysteresis</source>
        <translation>Hysterese</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>this rule</source>
        <translation>diese Regel</translation>
    </message>
</context>
<context>
    <name>perp::RuleTableModel</name>
    <message>
        <source>Switch the rule on or off; a disabled rule never fires.</source>
        <translation>Regel ein- oder ausschalten; eine deaktivierte Regel löst nie aus.</translation>
    </message>
    <message>
        <source>%1 — %2. Message: %3</source>
        <translation>%1 — %2. Nachricht: %3</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>, cooldown %1 s</source>
        <translation>, Abklingzeit %1 s</translation>
    </message>
    <message>
        <source>above</source>
        <translation>darüber</translation>
    </message>
    <message>
        <source>below</source>
        <translation>darunter</translation>
    </message>
    <message>
        <source>either way</source>
        <translation>in beide Richtungen</translation>
    </message>
    <message>
        <source> (longs)</source>
        <translation> (Longs)</translation>
    </message>
    <message>
        <source> (shorts)</source>
        <translation> (Shorts)</translation>
    </message>
    <message>
        <source>bias crosses %1 %2</source>
        <translation>Bias kreuzt %2 (%1)</translation>
    </message>
    <message>
        <source>bias %1 range %2 .. %3</source>
        <translation>Bias %1 Bereich %2 .. %3</translation>
    </message>
    <message>
        <source>leaves</source>
        <translation>verlässt</translation>
    </message>
    <message>
        <source>enters</source>
        <translation>betritt</translation>
    </message>
    <message>
        <source>enters or leaves</source>
        <translation>betritt oder verlässt</translation>
    </message>
    <message>
        <source>confidence at least %1 %%2</source>
        <translation>Konfidenz mindestens %1 %%2</translation>
    </message>
    <message>
        <source>category %1 changes state%2%3</source>
        <translation>Kategorie %1 ändert Zustand%2%3</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> nach %1</translation>
    </message>
    <message>
        <source>price within %1 %2 of an estimated liquidation band%3</source>
        <translation>Preis innerhalb %1 %2 eines geschätzten Liquidationsbands%3</translation>
    </message>
    <message>
        <source>liquidation cascade starts%1</source>
        <translation>Liquidationskaskade beginnt%1</translation>
    </message>
    <message>
        <source>realized liquidation of at least %1%2</source>
        <translation>realisierte Liquidation von mindestens %1%2</translation>
    </message>
    <message>
        <source>funding beyond ±%1 %</source>
        <translation>Finanzierungsrate jenseits von ±%1 %</translation>
    </message>
    <message>
        <source>price touches a zone</source>
        <translation>Preis berührt eine Zone</translation>
    </message>
    <message>
        <source>a zone is broken</source>
        <translation>eine Zone wird durchbrochen</translation>
    </message>
    <message>
        <source>price crosses %1 %2</source>
        <translation>Preis kreuzt %2 (%1)</translation>
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
    <name>perp::SignalCardModel</name>
    <message>
        <source>not enough history on this timeframe yet</source>
        <translation>noch nicht genug Historie auf diesem Zeitrahmen</translation>
    </message>
    <message>
        <source>missing or stale input: %1</source>
        <translation>fehlende oder veraltete Eingabe: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;i&gt;(%2, %3)&lt;/i&gt;&lt;p&gt;&lt;b&gt;Measures:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to read it:&lt;/b&gt; %5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formula:&lt;/b&gt; &lt;code&gt;%6&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;i&gt;(%2, %3)&lt;/i&gt;&lt;p&gt;&lt;b&gt;Misst:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;So liest man es:&lt;/b&gt; %5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formel:&lt;/b&gt; &lt;code&gt;%6&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: weight %2 in %3 mode.&lt;p&gt;%4&lt;/p&gt;</source>
        <translation>%1: Gewicht %2 im Modus %3.&lt;p&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: hit rate %2 over %3 scored calls (forgotten slowly), rank IC %4.&lt;p&gt;%5&lt;/p&gt;</source>
        <translation>%1: Trefferquote %2 über %3 bewertete Signale (langsam vergessen), Rang-IC %4.&lt;p&gt;%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: no reading in %2 mode (%3). Missing data lowers confidence; it is never made up.</source>
        <translation>%1: kein Messwert im Modus %2 (%3). Fehlende Daten senken die Konfidenz; sie werden nie erfunden.</translation>
    </message>
    <message>
        <source>%1: raw value %2 on the mode&apos;s main timeframe (positive = bullish, negative = bearish). Formula: %3</source>
        <translation>%1: Rohwert %2 auf dem Hauptzeitrahmen des Modus (positiv = bullisch, negativ = bärisch). Formel: %3</translation>
    </message>
    <message>
        <source>%1: z = %2, the raw value divided by its rolling standard deviation over the mode&apos;s lookback. |z| below %3 counts as flat; at %4 and beyond the strength is full.</source>
        <translation>%1: z = %2, der Rohwert geteilt durch seine gleitende Standardabweichung über das Rückblickfenster des Modus. |z| unter %3 gilt als neutral; ab %4 ist die Stärke voll.</translation>
    </message>
    <message>
        <source>%1: %2. Direction from the sign of z outside the dead band: ▲ long (bullish), ▼ short (bearish), · flat.</source>
        <translation>%1: %2. Richtung aus dem Vorzeichen von z außerhalb des Totbands: ▲ long (bullisch), ▼ short (bärisch), · neutral.</translation>
    </message>
    <message>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <source>short</source>
        <translation>short</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>%1: strength %2 = (|z| - %3) / %4, clamped to 0..100%.</source>
        <translation>%1: Stärke %2 = (|z| - %3) / %4, begrenzt auf 0..100%.</translation>
    </message>
    <message>
        <source>%1: confidence %2 = agreement of the 1m, 5m and 1h windows (%3) x data quality (%4: freshness, warm-up, timeframe coverage).</source>
        <translation>%1: Konfidenz %2 = Übereinstimmung der 1m-, 5m- und 1h-Fenster (%3) x Datenqualität (%4: Aktualität, Einlaufphase, Abdeckung der Zeitrahmen).</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Ri.</translation>
    </message>
    <message>
        <source>Str</source>
        <translation>Stä.</translation>
    </message>
    <message>
        <source>Conf</source>
        <translation>Konf.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>One of the 25 signal categories</source>
        <translation>Eine der 25 Signalkategorien</translation>
    </message>
    <message>
        <source>The signal; hover a name for what it measures, how to read it and its formula</source>
        <translation>Das Signal; über einen Namen fahren für das, was es misst, wie man es liest und seine Formel</translation>
    </message>
    <message>
        <source>Raw value on the mode&apos;s main timeframe; positive is bullish</source>
        <translation>Rohwert auf dem Hauptzeitrahmen des Modus; positiv ist bullisch</translation>
    </message>
    <message>
        <source>Raw value / rolling standard deviation over the mode&apos;s lookback</source>
        <translation>Rohwert / gleitende Standardabweichung über das Rückblickfenster des Modus</translation>
    </message>
    <message>
        <source>Direction: ▲ long, ▼ short, · flat (|z| in the dead band)</source>
        <translation>Richtung: ▲ long, ▼ short, · neutral (|z| im Totband)</translation>
    </message>
    <message>
        <source>Strength 0..100%, from |z|</source>
        <translation>Stärke 0..100%, aus |z|</translation>
    </message>
    <message>
        <source>Confidence 0..100%: timeframe agreement x data quality</source>
        <translation>Konfidenz 0..100%: Übereinstimmung der Zeitrahmen x Datenqualität</translation>
    </message>
</context>
<context>
    <name>perp::SignalDocks</name>
    <message>
        <source>Signal heat</source>
        <translation>Signal-Heatmap</translation>
    </message>
    <message>
        <source>Composite bias of every watchlist symbol in the scalp, day and swing modes: red bearish, grey neutral, green bullish, violet frame conflicted; the number on the right is the confidence. Estimated, not financial advice.</source>
        <translation>Gesamtbias jedes Watchlist-Symbols in den Modi Scalp, Day und Swing: rot bärisch, grau neutral, grün bullisch, violetter Rahmen widersprüchlich; die Zahl rechts ist die Konfidenz. Geschätzt, keine Finanzberatung.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Why the composite of the chart symbol leans the way it does: categories, history and every signal. Estimated, not financial advice.</source>
        <translation>Warum der Gesamtbias des Chartsymbols so ausfällt: Kategorien, Verlauf und jedes Signal. Geschätzt, keine Finanzberatung.</translation>
    </message>
</context>
<context>
    <name>perp::SignalHeatModel</name>
    <message>
        <source>%1: composite bias per trading mode. Click to chart it and open its signals.</source>
        <translation>%1: Gesamtbias je Handelsmodus. Klicken, um es im Chart zu zeigen und seine Signale zu öffnen.</translation>
    </message>
    <message>
        <source>%1 %2: no composite yet. It appears after the mode&apos;s first cycle with data.</source>
        <translation>%1 %2: noch kein Gesamtbias. Er erscheint nach dem ersten Zyklus des Modus mit Daten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;Bias %3 · confidence %4 · %5&lt;br&gt;Signals with data: %6, missing: %7</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;Bias %3 · Konfidenz %4 · %5&lt;br&gt;Signale mit Daten: %6, fehlend: %7</translation>
    </message>
    <message>
        <source>&lt;br&gt;Transition at the last cycle: the bias just turned directional or flipped.</source>
        <translation>&lt;br&gt;Wechsel im letzten Zyklus: Der Bias wurde gerade gerichtet oder hat gedreht.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Deceleration: still directional, but |bias| fell for several cycles.</source>
        <translation>&lt;br&gt;Abschwächung: weiterhin gerichtet, aber |Bias| fiel über mehrere Zyklen.</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>USDT-margined perpetual future. Click a header to sort.</source>
        <translation>USDT-margined Perpetual Future. Auf eine Kopfzeile klicken zum Sortieren.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Each cell: bias (-100 bearish .. +100 bullish, coloured red .. grey .. green) and confidence %. A violet frame and ≠ mark a conflicted state. Click to sort by bias.</source>
        <translation>%1&lt;br&gt;Jede Zelle: Bias (-100 bärisch .. +100 bullisch, gefärbt rot .. grau .. grün) und Konfidenz in %. Ein violetter Rahmen und ≠ kennzeichnen einen widersprüchlichen Zustand. Klicken sortiert nach Bias.</translation>
    </message>
</context>
<context>
    <name>perp::SignalMarkers</name>
    <message>
        <source>Signal markers</source>
        <translation>Signalmarker</translation>
    </message>
    <message>
        <source>Show transition (arrow) and deceleration (diamond) markers of the composite bias on the candles; S, D, W = scalp, day, swing mode (%1)</source>
        <translation>Wechsel- (Pfeil) und Abschwächungsmarker (Raute) des Gesamtbias an den Kerzen zeigen; S, D, W = Modus Scalp, Day, Swing (%1)</translation>
    </message>
    <message>
        <source>the bias turned %1</source>
        <translation>der Bias wurde %1</translation>
    </message>
    <message>
        <source>still %1, but |bias| fell for %2 cycles in a row</source>
        <translation>weiterhin %1, aber |Bias| fiel %2 Zyklen in Folge</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt; (%3 mode)&lt;br&gt;%4&lt;br&gt;Bias %5 · confidence %6&lt;br&gt;Composite cycle %7 UTC</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt; (Modus %3)&lt;br&gt;%4&lt;br&gt;Bias %5 · Konfidenz %6&lt;br&gt;Zyklus %7 UTC</translation>
    </message>
</context>
<context>
    <name>perp::SignalPanel</name>
    <message>
        <source>as of %1 UTC</source>
        <translation>Stand %1 UTC</translation>
    </message>
    <message>
        <source>%1 of %2 signals · %3 with data</source>
        <translation>%1 von %2 Signalen · %3 mit Daten</translation>
    </message>
    <message>
        <source>waiting for the first %1 cycle</source>
        <translation>warte auf den ersten %1-Zyklus</translation>
    </message>
    <message>
        <source>Suggested size: — (estimated)</source>
        <translation>Vorgeschlagene Größe: — (geschätzt)</translation>
    </message>
    <message>
        <source>%1 composite bias %2.&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>%1-Gesamtbias %2.&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>Konfidenz %1</translation>
    </message>
    <message>
        <source>%1 confidence %2.&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>%1-Konfidenz %2.&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · transition</source>
        <translation> · Wechsel</translation>
    </message>
    <message>
        <source> · decelerating</source>
        <translation> · schwächt ab</translation>
    </message>
    <message>
        <source>&lt;p&gt;Transition: the bias just turned directional or flipped. Decelerating: still directional, but |bias| fell for %1 cycles in a row.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wechsel: Der Bias wurde gerade gerichtet oder hat gedreht. Schwächt ab: weiterhin gerichtet, aber |Bias| fiel %1 Zyklen in Folge.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bias by timeframe (-100..+100): the weighted share of signals pointing up minus down on the 1m, 5m and 1h windows. Beyond ±%1 on both sides the state is conflicted.</source>
        <translation>Bias je Zeitrahmen (-100..+100): gewichteter Anteil der Signale nach oben minus nach unten auf den 1m-, 5m- und 1h-Fenstern. Jenseits von ±%1 auf beiden Seiten ist der Zustand widersprüchlich.</translation>
    </message>
    <message>
        <source>Suggested size: %1 of your maximum position (estimated) · not financial advice</source>
        <translation>Vorgeschlagene Größe: %1 Ihrer maximalen Position (geschätzt) · keine Finanzberatung</translation>
    </message>
    <message>
        <source>How the suggested size is computed. It is an estimate from the composite, not a recommendation: not financial advice.</source>
        <translation>Wie die vorgeschlagene Größe berechnet wird. Eine Schätzung aus dem Gesamtbias, keine Empfehlung: keine Finanzberatung.</translation>
    </message>
    <message>
        <source>Engine time of the last signal cycle (cards run every 10 s)</source>
        <translation>Engine-Zeit des letzten Signalzyklus (Signale laufen alle 10 s)</translation>
    </message>
    <message>
        <source>The chart symbol; pick another in the watchlist or the heat table</source>
        <translation>Das Chartsymbol; ein anderes in der Watchlist oder der Heatmap wählen</translation>
    </message>
    <message>
        <source>Signals listed (after the category filter), in total, and with a reading</source>
        <translation>Gelistete Signale (nach dem Kategoriefilter), insgesamt und mit Messwert</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Show only the signals of one category (or click a bar in the chart)</source>
        <translation>Nur die Signale einer Kategorie zeigen (oder einen Balken im Diagramm anklicken)</translation>
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
        <translation>Scalp-Modus: Gesamtbias alle 30 s aus den 1-Minuten-Werten neu berechnet, bewertet am Preis 5 Minuten später.</translation>
    </message>
    <message>
        <source>Day mode: composite recomputed every 60 s from the 5-minute readings, scored against the price 1 hour later.</source>
        <translation>Day-Modus: Gesamtbias alle 60 s aus den 5-Minuten-Werten neu berechnet, bewertet am Preis 1 Stunde später.</translation>
    </message>
    <message>
        <source>Swing mode: composite recomputed every 5 minutes from the 1-hour readings, scored against the price 4 hours later.</source>
        <translation>Swing-Modus: Gesamtbias alle 5 Minuten aus den 1-Stunden-Werten neu berechnet, bewertet am Preis 4 Stunden später.</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Bullish</source>
        <translation>Bullisch</translation>
    </message>
    <message>
        <source>Bearish</source>
        <translation>Bärisch</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>Widersprüchlich</translation>
    </message>
    <message>
        <source>Neutral: |bias| below %1, no clear lean: stay out or wait.</source>
        <translation>Neutral: |Bias| unter %1, keine klare Neigung: draußen bleiben oder abwarten.</translation>
    </message>
    <message>
        <source>Bullish: bias at or above +%1 and the 1m, 5m and 1h windows do not disagree.</source>
        <translation>Bullisch: Bias bei +%1 oder darüber, und die 1m-, 5m- und 1h-Fenster widersprechen sich nicht.</translation>
    </message>
    <message>
        <source>Bearish: bias at or below -%1 and the 1m, 5m and 1h windows do not disagree.</source>
        <translation>Bärisch: Bias bei -%1 oder darunter, und die 1m-, 5m- und 1h-Fenster widersprechen sich nicht.</translation>
    </message>
    <message>
        <source>Conflicted: the 1m, 5m and 1h windows point in opposite directions (beyond ±%1 each), so confidence is halved and no size is suggested.</source>
        <translation>Widersprüchlich: Die 1m-, 5m- und 1h-Fenster zeigen in entgegengesetzte Richtungen (jeweils jenseits von ±%1), daher wird die Konfidenz halbiert und keine Größe vorgeschlagen.</translation>
    </message>
    <message>
        <source>Price Momentum</source>
        <translation>Preismomentum</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Mean Reversion</source>
        <translation>Mean Reversion</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Volatilität</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Order Flow</source>
        <translation>Orderflow</translation>
    </message>
    <message>
        <source>Large Trades</source>
        <translation>Große Trades</translation>
    </message>
    <message>
        <source>Order Book</source>
        <translation>Orderbuch</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>Liquidität</translation>
    </message>
    <message>
        <source>Funding Rate</source>
        <translation>Funding-Rate</translation>
    </message>
    <message>
        <source>Open Interest</source>
        <translation>Open Interest</translation>
    </message>
    <message>
        <source>Liquidation</source>
        <translation>Liquidation</translation>
    </message>
    <message>
        <source>Basis and Premium</source>
        <translation>Basis und Prämie</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Positionierung</translation>
    </message>
    <message>
        <source>Smart Money</source>
        <translation>Smart Money</translation>
    </message>
    <message>
        <source>Cross-Exchange</source>
        <translation>Börsenübergreifend</translation>
    </message>
    <message>
        <source>Market Structure</source>
        <translation>Marktstruktur</translation>
    </message>
    <message>
        <source>Support/Resistance</source>
        <translation>Unterstützung/Widerstand</translation>
    </message>
    <message>
        <source>Relative Strength</source>
        <translation>Relative Stärke</translation>
    </message>
    <message>
        <source>Correlation and Beta</source>
        <translation>Korrelation und Beta</translation>
    </message>
    <message>
        <source>Market Breadth</source>
        <translation>Marktbreite</translation>
    </message>
    <message>
        <source>Volume Profile</source>
        <translation>Volumenprofil</translation>
    </message>
    <message>
        <source>Session and Seasonality</source>
        <translation>Sitzung und Saisonalität</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <source>Composite Alpha</source>
        <translation>Zusammengesetztes Alpha</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>Deceleration</source>
        <translation>Abschwächung</translation>
    </message>
    <message>
        <source>Bias: the composite lean from -100 (every signal bearish, fully sure) to +100 (every signal bullish). bias = 100 x sum(direction x strength x confidence x weight) / sum(weight) over the signals with data. |bias| below %1 is neutral.</source>
        <translation>Bias: die Gesamtneigung von -100 (jedes Signal bärisch, völlig sicher) bis +100 (jedes Signal bullisch). Bias = 100 x Summe(Richtung x Stärke x Konfidenz x Gewicht) / Summe(Gewicht) über die Signale mit Daten. |Bias| unter %1 ist neutral.</translation>
    </message>
    <message>
        <source>Confidence: how much to trust the bias, 0-100%. The weighted mean confidence of the signals (agreement of the 1m, 5m and 1h windows x data quality) times (0.5 + 0.5 x consensus), where consensus is how much the directional signals agree. Halved when conflicted.</source>
        <translation>Konfidenz: wie sehr man dem Bias trauen kann, 0-100%. Die gewichtete mittlere Konfidenz der Signale (Übereinstimmung der 1m-, 5m- und 1h-Fenster x Datenqualität) mal (0,5 + 0,5 x Konsens), wobei Konsens angibt, wie sehr die gerichteten Signale übereinstimmen. Halbiert, wenn widersprüchlich.</translation>
    </message>
    <message>
        <source>Weight: how much this signal counts in the composite, learned from how often it was right in this mode (card weight x category weight, between 0.1 and 6; 1 = average). Above 1: it has been right more often than a coin flip lately.</source>
        <translation>Gewicht: wie stark dieses Signal im Gesamtbias zählt, gelernt daraus, wie oft es in diesem Modus richtig lag (Signalgewicht x Kategoriegewicht, zwischen 0,1 und 6; 1 = Durchschnitt). Über 1: Es lag zuletzt öfter richtig als ein Münzwurf.</translation>
    </message>
    <message>
        <source>Hit rate: share of this signal&apos;s directional calls that matched the price move over the mode&apos;s horizon, with old calls slowly forgotten and shrunk toward 50% while there are few. &apos;—&apos;: no call has been scored yet.</source>
        <translation>Trefferquote: Anteil der gerichteten Signale, die zur Preisbewegung über den Horizont des Modus passten; alte Signale werden langsam vergessen und bei wenigen zu 50% hin geschrumpft. &apos;—&apos;: noch kein Signal bewertet.</translation>
    </message>
    <message>
        <source>Estimated. Not financial advice.</source>
        <translation>Geschätzt. Keine Finanzberatung.</translation>
    </message>
</context>
<context>
    <name>perp::StatusPanel</name>
    <message>
        <source>REPLAY</source>
        <translation>WIEDERGABE</translation>
    </message>
    <message>
        <source>Real recorded prices replayed from a file, not the market now.</source>
        <translation>Echte aufgezeichnete Preise, aus einer Datei wiedergegeben, nicht der aktuelle Markt.</translation>
    </message>
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
        <source>Type part of a symbol name, e.g. &quot;eth&quot;, and press Enter to show its chart</source>
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
        <source>Buy/Sell: the taker&apos;s side. LIQ long/short: a forced order closing a long or short position</source>
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
<context>
    <name>perp::WebhookPanel</name>
    <message>
        <source>Send fired alerts to this webhook</source>
        <translation>Ausgelöste Alarme an diesen Webhook senden</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <source>Each fired alert is POSTed as JSON (time, symbol, mode, rule, value, threshold, message, replay); failures are retried with a growing delay.</source>
        <translation>Jeder ausgelöste Alarm wird als JSON per POST gesendet (Zeit, Symbol, Modus, Regel, Wert, Schwelle, Nachricht, Wiedergabe); Fehlschläge werden mit wachsender Verzögerung wiederholt.</translation>
    </message>
    <message>
        <source>POST a clearly labelled test alert to the URL now.</source>
        <translation>Jetzt einen deutlich gekennzeichneten Testalarm per POST an die URL senden.</translation>
    </message>
    <message>
        <source>No delivery yet.</source>
        <translation>Noch keine Zustellung.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <source>delivered (HTTP %1, %2 attempt(s))</source>
        <translation>zugestellt (HTTP %1, %2 Versuch(e))</translation>
    </message>
    <message>
        <source>attempt %1 failed: %2; retrying in %3 s</source>
        <translation>Versuch %1 fehlgeschlagen: %2; erneuter Versuch in %3 s</translation>
    </message>
    <message>
        <source>failed after %1 attempt(s): %2</source>
        <translation>fehlgeschlagen nach %1 Versuch(en): %2</translation>
    </message>
    <message>
        <source>failed: &apos;%1&apos; is not an http(s) URL</source>
        <translation>fehlgeschlagen: &apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>sending test …</source>
        <translation>Test wird gesendet …</translation>
    </message>
</context>
<context>
    <name>perp::liqstyle</name>
    <message>
        <source>est. %1 liq %2–%3 · %4 · %5</source>
        <translation>gesch. %1-Liq. %2–%3 · %4 · %5</translation>
    </message>
    <message>
        <source>Estimated liquidation band (%1 positions)
Range: %2 – %3 (densest at %4)
Side: %5
Estimated notional: %6 (%7% of all estimated liquidation notional within ±10%)
Distance from price: %8 · %9 ATR (5-minute ATR)
Magnet score: %10 (100 × share, halved at 3 ATR away)
This is an ESTIMATE from open interest, trade flow and assumed leverage, not exchange data.</source>
        <translation>Geschätztes Liquidationsband (%1-Positionen)
Bereich: %2 – %3 (am dichtesten bei %4)
Seite: %5
Geschätzter Nominalwert: %6 (%7% des gesamten geschätzten Liquidations-Nominalwerts innerhalb ±10%)
Abstand vom Preis: %8 · %9 ATR (5-Minuten-ATR)
Magnetwert: %10 (100 × Anteil, halbiert bei 3 ATR Abstand)
Dies ist eine SCHÄTZUNG aus Open Interest, Handelsfluss und angenommenem Hebel, keine Börsendaten.</translation>
    </message>
    <message>
        <source>longs would be liquidated if price falls here</source>
        <translation>Longs würden liquidiert, wenn der Preis hierhin fällt</translation>
    </message>
    <message>
        <source>shorts would be liquidated if price rises here</source>
        <translation>Shorts würden liquidiert, wenn der Preis hierhin steigt</translation>
    </message>
    <message>
        <source>Binance publishes at most one liquidation per symbol per second, so its figures undercount during cascades.</source>
        <translation>Binance veröffentlicht höchstens eine Liquidation pro Symbol und Sekunde, daher sind die Zahlen bei Kaskaden zu niedrig.</translation>
    </message>
    <message>
        <source>Realized %1 liquidation (reported by %2)
Price: %3
Notional: %4
Time: %5 UTC</source>
        <translation>Realisierte %1-Liquidation (gemeldet von %2)
Preis: %3
Nominalwert: %4
Zeit: %5 UTC</translation>
    </message>
    <message>
        <source>the simulator</source>
        <translation>dem Simulator</translation>
    </message>
    <message>
        <source>the replayed recording</source>
        <translation>der wiedergegebenen Aufzeichnung</translation>
    </message>
</context>
<context>
    <name>perp::zonestyle</name>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>Widerstand</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>frisch</translation>
    </message>
    <message>
        <source>tested</source>
        <translation>getestet</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <source>trap</source>
        <translation>Falle</translation>
    </message>
    <message>
        <source>not revisited since it formed</source>
        <translation>seit der Entstehung nicht erneut erreicht</translation>
    </message>
    <message>
        <source>revisited and held</source>
        <translation>erneut erreicht und gehalten</translation>
    </message>
    <message>
        <source>price closed through it and stayed beyond</source>
        <translation>der Kurs schloss durch die Zone und blieb jenseits</translation>
    </message>
    <message>
        <source>price swept beyond it and reclaimed it: a liquidity grab that trapped the breakout side</source>
        <translation>der Kurs stieß über die Zone hinaus und eroberte sie zurück: ein Liquiditätsgriff, der die Ausbruchsseite in die Falle lockte</translation>
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
        <translation>%1-Zone %2 – %3
Zustand: %4 (%5)
Stärke: %6 von 1 (Berührungen, Abpraller, Aktualität, gehandeltes Volumen, Zusammentreffen von Niveaus, Orderflow)
Berührungen: %7 (gehalten %8, durchstoßen und zurückerobert %9, gebrochen %10)
Orderflow bei Berührungen: %11 (-1..+1; + = Taker-Flow verteidigte die Zone)
Volumen in der Zone: %12× der Durchschnitt für ein so breites Band
Warum: %13
Zone #%14, berechnet aus Kurs- und Volumenhistorie und geschätzten Liquidationen; keine Prognose.</translation>
    </message>
    <message>
        <source>Support/resistance zones</source>
        <translation>Unterstützungs-/Widerstandszonen</translation>
    </message>
    <message>
        <source>Support (green, below price) and resistance (red, above price) zones from swing highs and lows on 5m, 15m and 1h, high-volume price nodes and the largest estimated liquidation clusters, merged into bands about half an ATR wide. Outlined bands; the label shows state and strength (0..1). Hatched with a dashed outline: a trap (swept and reclaimed). Faded with a dotted outline: broken. Hover a zone for touches, order flow and the reason.</source>
        <translation>Unterstützungszonen (grün, unter dem Kurs) und Widerstandszonen (rot, über dem Kurs) aus Swing-Hochs und -Tiefs auf 5m, 15m und 1h, Preisniveaus mit hohem Volumen und den größten geschätzten Liquidationsclustern, zusammengefasst zu Bändern von etwa einer halben ATR Breite. Umrandete Bänder; die Beschriftung zeigt Zustand und Stärke (0..1). Schraffiert mit gestrichelter Umrandung: eine Falle (durchstoßen und zurückerobert). Verblasst mit gepunkteter Umrandung: gebrochen. Zeigen Sie auf eine Zone für Berührungen, Orderflow und Begründung.</translation>
    </message>
</context>
</TS>
