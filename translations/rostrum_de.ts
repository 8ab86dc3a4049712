<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The API key was refused. Check it in Settings (or MISTRAL_API_KEY) and try again.</source>
        <translation>Der API-Schlüssel wurde abgelehnt. Prüfen Sie ihn in den Einstellungen (oder MISTRAL_API_KEY) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Rate limit reached. Rostrum waits for the limit window to reset.</source>
        <translation>Ratenlimit erreicht. Rostrum wartet, bis das Limitfenster zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>The service is at capacity for this model. Try again shortly or pick another model.</source>
        <translation>Der Dienst ist für dieses Modell ausgelastet. Versuchen Sie es gleich noch einmal oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>Your plan has no quota for this model, or payment is not activated. Check your plan in the Mistral console.</source>
        <translation>Ihr Tarif hat kein Kontingent für dieses Modell, oder die Zahlung ist nicht aktiviert. Prüfen Sie Ihren Tarif in der Mistral-Konsole.</translation>
    </message>
    <message>
        <source>Rostrum did not send the request: %1</source>
        <translation>Rostrum hat die Anfrage nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The API rejected the request.</source>
        <translation>Die API hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The API rejected the request: field &quot;%1&quot; is not valid.</source>
        <translation>Die API hat die Anfrage abgelehnt: Das Feld „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>The conversation is too long for this model&apos;s context window. Shorten it or choose a model with a larger window.</source>
        <translation>Das Gespräch ist zu lang für das Kontextfenster dieses Modells. Kürzen Sie es oder wählen Sie ein Modell mit größerem Fenster.</translation>
    </message>
    <message>
        <source>The server had an error (HTTP %1). Try again later.</source>
        <translation>Auf dem Server ist ein Fehler aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was not accepted, so nothing was sent. Check the endpoint URL, the system clock and the installed CA certificates.</source>
        <translation>Das TLS-Zertifikat des Servers wurde nicht akzeptiert, daher wurde nichts gesendet. Prüfen Sie die Endpunkt-URL, die Systemuhr und die installierten CA-Zertifikate.</translation>
    </message>
    <message>
        <source>Could not reach the API. Check your network connection and the endpoint URL.</source>
        <translation>Die API ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung und die Endpunkt-URL.</translation>
    </message>
    <message>
        <source>The API stopped answering (timeout). Try again, or raise the timeout.</source>
        <translation>Die API antwortet nicht mehr (Zeitüberschreitung). Versuchen Sie es erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>The answer was cut off before it finished. The text received so far is kept.</source>
        <translation>Die Antwort wurde vor ihrem Ende abgeschnitten. Der bisher empfangene Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>The model reported an error while answering. The text received so far is kept.</source>
        <translation>Das Modell hat beim Antworten einen Fehler gemeldet. Der bisher empfangene Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>The server sent an answer Rostrum could not read.</source>
        <translation>Der Server hat eine Antwort gesendet, die Rostrum nicht lesen konnte.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>This debate</source>
        <translation>Diese Debatte</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>DebateSetupDialog</name>
    <message>
        <source>New Debate</source>
        <translation>Neue Debatte</translation>
    </message>
    <message>
        <source>&amp;Debate</source>
        <translation>&amp;Debatte</translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation>&amp;These:</translation>
    </message>
    <message>
        <source>This house believes that…</source>
        <translation>Dieses Haus ist der Ansicht, dass…</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>These</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Debate format</source>
        <translation>Debattenformat</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Debate language</source>
        <translation>Debattensprache</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Runden:</translation>
    </message>
    <message>
        <source>Rebuttal rounds</source>
        <translation>Erwiderungsrunden</translation>
    </message>
    <message>
        <source>Maximum tokens per speech</source>
        <translation>Maximale Token pro Rede</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <source>Limit the spend</source>
        <translation>Ausgaben begrenzen</translation>
    </message>
    <message>
        <source>Budget in US dollars</source>
        <translation>Budget in US-Dollar</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>De&amp;baters</source>
        <translation>Red&amp;ner</translation>
    </message>
    <message>
        <source>Debaters</source>
        <translation>Redner</translation>
    </message>
    <message>
        <source>&amp;Add debater</source>
        <translation>Redner &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove debater</source>
        <translation>Redner &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Jury:</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>Modell der Jury</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Paste code below, or open a file.</source>
        <translation>Fügen Sie unten Code ein oder öffnen Sie eine Datei.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Code language</source>
        <translation>Programmiersprache</translation>
    </message>
    <message>
        <source>Code under debate</source>
        <translation>Code in der Debatte</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Speech le&amp;ngth:</source>
        <translation>Rede&amp;länge:</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rostrum</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <source>Search debates…</source>
        <translation>Debatten durchsuchen…</translation>
    </message>
    <message>
        <source>Search debates</source>
        <translation>Debatten durchsuchen</translation>
    </message>
    <message>
        <source>Saved debates</source>
        <translation>Gespeicherte Debatten</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Rostrum&lt;/h2&gt;&lt;p&gt;Rostrum runs debates between Mistral models. To talk to Mistral&apos;s API it needs an API key:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in at &lt;b&gt;console.mistral.ai&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;API Keys&lt;/b&gt; and create a key.&lt;/li&gt;&lt;li&gt;Paste it below. It is kept in your system keychain, never in a file.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Rostrum&lt;/h2&gt;&lt;p&gt;Rostrum lässt Mistral-Modelle gegeneinander debattieren. Für den Zugriff auf die Mistral-API wird ein API-Schlüssel benötigt:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Melden Sie sich bei &lt;b&gt;console.mistral.ai&lt;/b&gt; an.&lt;/li&gt;&lt;li&gt;Öffnen Sie &lt;b&gt;API Keys&lt;/b&gt; und erstellen Sie einen Schlüssel.&lt;/li&gt;&lt;li&gt;Fügen Sie ihn unten ein. Er wird im Schlüsselbund Ihres Systems gespeichert, nie in einer Datei.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Paste your Mistral API key</source>
        <translation>Fügen Sie Ihren Mistral-API-Schlüssel ein</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Save Key</source>
        <translation>Schlüssel spei&amp;chern</translation>
    </message>
    <message>
        <source>Use a &amp;custom endpoint instead…</source>
        <translation>Stattdessen &amp;eigenen Endpunkt verwenden…</translation>
    </message>
    <message>
        <source>A proxy or a local server such as rostrum-mock-server may not need a key</source>
        <translation>Ein Proxy oder ein lokaler Server wie rostrum-mock-server benötigt eventuell keinen Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Find in transcript (Ctrl+F, Enter for next)</source>
        <translation>Im Protokoll suchen (Strg+F, Eingabetaste für nächsten Treffer)</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Debate</source>
        <translation>De&amp;batte</translation>
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
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New Debate…</source>
        <translation>&amp;Neue Debatte…</translation>
    </message>
    <message>
        <source>Set up and start a new debate</source>
        <translation>Neue Debatte einrichten und starten</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open Debate…</source>
        <translation>Debatte ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a debate saved as JSON</source>
        <translation>Eine als JSON gespeicherte Debatte öffnen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the debate as Markdown, HTML, JSON or PDF (Ctrl+E)</source>
        <translation>Debatte als Markdown, HTML, JSON oder PDF exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>API key, endpoint, rate limits, models and prices (Ctrl+,)</source>
        <translation>API-Schlüssel, Endpunkt, Ratenlimits, Modelle und Preise (Strg+,)</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start or pause the debate (F5)</source>
        <translation>Debatte starten oder pausieren (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the debate (Shift+F5)</source>
        <translation>Debatte stoppen (Umschalt+F5)</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>&amp;Regenerate Speech</source>
        <translation>Rede &amp;neu generieren</translation>
    </message>
    <message>
        <source>Ask for the selected speech again (Ctrl+R)</source>
        <translation>Ausgewählte Rede erneut anfordern (Strg+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Copy Speeches</source>
        <translation>Reden &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Find in Transcript</source>
        <translation>Im Protokoll s&amp;uchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Code Pane</source>
        <translation>&amp;Code-Bereich</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Rostrum</source>
        <translation>Ü&amp;ber Rostrum</translation>
    </message>
    <message>
        <source>No debate yet</source>
        <translation>Noch keine Debatte</translation>
    </message>
    <message>
        <source>Start a new debate with File → New Debate (Ctrl+N).</source>
        <translation>Starten Sie eine neue Debatte über Datei → Neue Debatte (Strg+N).</translation>
    </message>
</context>
<context>
    <name>MotionFile</name>
    <message>
        <source>unknown language &quot;%1&quot; (supported: %2)</source>
        <translation>unbekannte Sprache „%1“ (unterstützt: %2)</translation>
    </message>
    <message>
        <source>the motion is empty</source>
        <translation>die These ist leer</translation>
    </message>
    <message>
        <source>the motion is longer than %1 characters</source>
        <translation>die These ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>this motion is already listed</source>
        <translation>diese These ist bereits aufgeführt</translation>
    </message>
    <message>
        <source>no motion in the file (one motion a line; blank lines and # comments are skipped)</source>
        <translation>keine These in der Datei (eine These pro Zeile; Leerzeilen und #-Kommentare werden übersprungen)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste your Mistral API key</source>
        <translation>Fügen Sie Ihren Mistral-API-Schlüssel ein</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Verify the API key</source>
        <translation>API-Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API-Endpunkt</translation>
    </message>
    <message>
        <source>A custom endpoint (a proxy, a local mock server) may not need a key.</source>
        <translation>Ein eigener Endpunkt (ein Proxy, ein lokaler Mock-Server) benötigt eventuell keinen Schlüssel.</translation>
    </message>
    <message>
        <source>&amp;Rate limits</source>
        <translation>&amp;Ratenlimits</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Rate-limit profile</source>
        <translation>Ratenlimit-Profil</translation>
    </message>
    <message>
        <source>Requests per &amp;second:</source>
        <translation>Anfragen pro &amp;Sekunde:</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>&amp;Tokens per minute:</source>
        <translation>&amp;Token pro Minute:</translation>
    </message>
    <message>
        <source>Tokens per minute</source>
        <translation>Token pro Minute</translation>
    </message>
    <message>
        <source>“Auto” learns your limits from the server&apos;s rate-limit headers. Choose “Custom” to set them yourself.</source>
        <translation>„Automatisch“ ermittelt Ihre Limits aus den Ratenlimit-Headern des Servers. Wählen Sie „Benutzerdefiniert“, um sie selbst festzulegen.</translation>
    </message>
    <message>
        <source>&amp;Models &amp;&amp; prices</source>
        <translation>&amp;Modelle und Preise</translation>
    </message>
    <message>
        <source>Model per debate language:</source>
        <translation>Modell pro Debattensprache:</translation>
    </message>
    <message>
        <source>Model per language</source>
        <translation>Modell pro Sprache</translation>
    </message>
    <message>
        <source>Price table</source>
        <translation>Preistabelle</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>&amp;Cache</translation>
    </message>
    <message>
        <source>Keep answers &amp;for:</source>
        <translation>Antworten &amp;aufbewahren für:</translation>
    </message>
    <message>
        <source>Cache lifetime in minutes</source>
        <translation>Cache-Lebensdauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Cache size in entries</source>
        <translation>Cache-Größe in Einträgen</translation>
    </message>
    <message>
        <source> answers</source>
        <translation> Antworten</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Oberfläche</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Takes effect the next time Rostrum starts.</source>
        <translation>Wird beim nächsten Start von Rostrum wirksam.</translation>
    </message>
    <message>
        <source>Requests per mi&amp;nute:</source>
        <translation>Anfragen pro Mi&amp;nute:</translation>
    </message>
    <message>
        <source>R&amp;euse identical answers from the response cache</source>
        <translation>Identische Antworten aus dem Antwort-Cache &amp;wiederverwenden</translation>
    </message>
    <message>
        <source>At mo&amp;st:</source>
        <translation>&amp;Höchstens:</translation>
    </message>
</context>
<context>
    <name>TournamentSpec</name>
    <message>
        <source>A tournament needs at least two models.</source>
        <translation>Ein Turnier braucht mindestens zwei Modelle.</translation>
    </message>
    <message>
        <source>Each model may take part only once.</source>
        <translation>Jedes Modell darf nur einmal teilnehmen.</translation>
    </message>
    <message>
        <source>A model name is empty.</source>
        <translation>Ein Modellname ist leer.</translation>
    </message>
    <message>
        <source>A tournament needs at least one motion.</source>
        <translation>Ein Turnier braucht mindestens eine These.</translation>
    </message>
    <message>
        <source>A tournament needs one to %1 judges.</source>
        <translation>Ein Turnier braucht einen bis %1 Juroren.</translation>
    </message>
    <message>
        <source>Rounds must be between 1 and %1.</source>
        <translation>Die Anzahl der Runden muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The budget must be a positive amount.</source>
        <translation>Das Budget muss ein positiver Betrag sein.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not supported (supported: %2).</source>
        <translation>Die Sprache „%1“ wird nicht unterstützt (unterstützt: %2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AI debates on the Mistral API</source>
        <translation>KI-Debatten über die Mistral-API</translation>
    </message>
    <message>
        <source>A debate saved as JSON to open.</source>
        <translation>Eine als JSON gespeicherte Debatte, die geöffnet werden soll.</translation>
    </message>
</context>
<context>
    <name>rostrum::ApiKeyStore</name>
    <message>
        <source>from environment (MISTRAL_API_KEY)</source>
        <translation>aus der Umgebung (MISTRAL_API_KEY)</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>in memory for this session only</source>
        <translation>nur für diese Sitzung im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; it may have been pasted incompletely.</source>
        <translation>Der API-Schlüssel enthält Leerzeichen oder Zeilenumbrüche; er wurde möglicherweise unvollständig eingefügt.</translation>
    </message>
    <message>
        <source>The API key contains characters Mistral keys do not use; it may be invalid.</source>
        <translation>Der API-Schlüssel enthält Zeichen, die in Mistral-Schlüsseln nicht vorkommen; er ist möglicherweise ungültig.</translation>
    </message>
    <message numerus="yes">
        <source>The API key is %n characters long, which is unusual for a Mistral key; it may be invalid or use an old format.</source>
        <translation>
            <numerusform>Der API-Schlüssel ist %n Zeichen lang, was für einen Mistral-Schlüssel ungewöhnlich ist; er ist möglicherweise ungültig oder hat ein altes Format.</numerusform>
            <numerusform>Der API-Schlüssel ist %n Zeichen lang, was für einen Mistral-Schlüssel ungewöhnlich ist; er ist möglicherweise ungültig oder hat ein altes Format.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::AppServices</name>
    <message>
        <source>no data folder</source>
        <translation>kein Datenordner</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateEngine</name>
    <message>
        <source>This engine already ran a debate.</source>
        <translation>Diese Engine hat bereits eine Debatte durchgeführt.</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>The price of %1 is not known, so the budget cap of $%2 cannot be guaranteed; stopped before sending. Set a price for it or run without --budget.</source>
        <translation>Der Preis von %1 ist unbekannt, daher kann die Budgetgrenze von $%2 nicht garantiert werden; vor dem Senden gestoppt. Legen Sie einen Preis dafür fest oder starten Sie ohne --budget.</translation>
    </message>
    <message>
        <source>Budget cap reached: $%1 spent, and the next request could cost up to $%2, which would cross the cap of $%3. Stopped before sending it.</source>
        <translation>Budgetgrenze erreicht: $%1 ausgegeben, und die nächste Anfrage könnte bis zu $%2 kosten, womit die Grenze von $%3 überschritten würde. Vor dem Senden gestoppt.</translation>
    </message>
    <message>
        <source>The judge&apos;s verdict was invalid even after one repair: %1</source>
        <translation>Das Urteil der Jury war auch nach einer Korrektur ungültig: %1</translation>
    </message>
    <message>
        <source>The judge could not answer: %1</source>
        <translation>Die Jury konnte nicht antworten: %1</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Benutzer gestoppt.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <source>Debate %1 has no debaters to swap.</source>
        <translation>Debatte %1 hat keine Redner, deren Seiten getauscht werden können.</translation>
    </message>
    <message>
        <source>The cite_lines tool definition is not valid: %1</source>
        <translation>Die Definition des Tools cite_lines ist ungültig: %1</translation>
    </message>
    <message>
        <source>Debate %1 has no judge.</source>
        <translation>Debatte %1 hat keine Jury.</translation>
    </message>
    <message>
        <source>Debate %1 is still running.</source>
        <translation>Debatte %1 läuft noch.</translation>
    </message>
    <message>
        <source>Debate %1 is not over: resume it before it is judged.</source>
        <translation>Debatte %1 ist nicht beendet: Setzen Sie sie fort, bevor sie bewertet wird.</translation>
    </message>
    <message>
        <source>This engine is still running a debate.</source>
        <translation>Diese Engine führt noch eine Debatte durch.</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateFork</name>
    <message>
        <source>Only a saved debate can be continued from one of its speeches.</source>
        <translation>Nur eine gespeicherte Debatte kann ab einer ihrer Reden fortgeführt werden.</translation>
    </message>
    <message>
        <source>Speech %1 is not a finished speech of this debate.</source>
        <translation>Rede %1 ist keine abgeschlossene Rede dieser Debatte.</translation>
    </message>
    <message>
        <source>A fork keeps the debaters on their sides; only their model, language and persona change.</source>
        <translation>Bei einer Abzweigung bleiben die Redner auf ihren Seiten; nur Modell, Sprache und Persona ändern sich.</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateImport</name>
    <message>
        <source>it has no &quot;%1&quot; field</source>
        <translation>es hat kein Feld „%1“</translation>
    </message>
    <message>
        <source>its &quot;spec&quot; is not an object</source>
        <translation>sein „spec“ ist kein Objekt</translation>
    </message>
    <message>
        <source>its status &quot;%1&quot; is not a debate&apos;s</source>
        <translation>sein Status „%1“ ist kein Debattenstatus</translation>
    </message>
    <message>
        <source>its &quot;speeches&quot; is not a list</source>
        <translation>sein „speeches“ ist keine Liste</translation>
    </message>
    <message>
        <source>speech %1 is not a speech of a debate</source>
        <translation>Rede %1 ist keine Rede einer Debatte</translation>
    </message>
    <message>
        <source>its &quot;verdict&quot; is neither an object nor null</source>
        <translation>sein „verdict“ ist weder ein Objekt noch null</translation>
    </message>
    <message>
        <source>its &quot;panel&quot; has no list of judges</source>
        <translation>sein „panel“ enthält keine Liste von Juroren</translation>
    </message>
    <message>
        <source>This is not a Rostrum debate export: %1.</source>
        <translation>Dies ist kein Rostrum-Debattenexport: %1.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>es ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>its debate cannot be read here (%1)</source>
        <translation>seine Debatte kann hier nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateReport</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stopped because</source>
        <translation>Gestoppt wegen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <source>Debaters</source>
        <translation>Redner</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Audience vote</source>
        <translation>Publikumsabstimmung</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contra</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Swing: %1 points</source>
        <translation>Verschiebung: %1 Prozentpunkte</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Audience question</source>
        <translation>Frage aus dem Publikum</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>The judge gave no valid verdict</source>
        <translation>Die Jury hat kein gültiges Urteil gefällt</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Winner: %1</source>
        <translation>Sieger: %1</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>Vorsprung</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>valid after one repair</source>
        <translation>gültig nach einer Korrektur</translation>
    </message>
    <message>
        <source>Audience swing: %1 points for the motion</source>
        <translation>Verschiebung im Publikum: %1 Prozentpunkte für die These</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Juroren</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>konsistent</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>inkonsistent</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Sieger</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Vorsprung</translation>
    </message>
    <message>
        <source>Read first</source>
        <translation>Zuerst gelesen</translation>
    </message>
    <message>
        <source>Order swap</source>
        <translation>Reihenfolge getauscht</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>agreement %1%</source>
        <translation>Übereinstimmung %1 %</translation>
    </message>
    <message>
        <source>Reasoning (not heard by the others)</source>
        <translation>Überlegungen (von den anderen nicht gehört)</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Rede</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateSpec</name>
    <message>
        <source>The motion is empty: say what the debate is about.</source>
        <translation>Die These ist leer: Geben Sie an, worum es in der Debatte geht.</translation>
    </message>
    <message>
        <source>The motion is longer than 2000 characters: state it in a sentence or two.</source>
        <translation>Die These ist länger als 2000 Zeichen: Formulieren Sie sie in ein oder zwei Sätzen.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not supported (supported: %2).</source>
        <translation>Die Sprache „%1“ wird nicht unterstützt (unterstützt: %2).</translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; is unknown (known: %2).</source>
        <translation>Das Format „%1“ ist unbekannt (bekannt: %2).</translation>
    </message>
    <message>
        <source>The %1 format takes %2 to %3 rebuttal rounds, not %4.</source>
        <translation>Das Format %1 sieht %2 bis %3 Erwiderungsrunden vor, nicht %4.</translation>
    </message>
    <message>
        <source>The %1 format debates code: paste some code or give a file.</source>
        <translation>Im Format %1 wird über Code debattiert: Fügen Sie Code ein oder geben Sie eine Datei an.</translation>
    </message>
    <message>
        <source>A debate needs 2 to 4 debaters, not %1.</source>
        <translation>Eine Debatte braucht 2 bis 4 Redner, nicht %1.</translation>
    </message>
    <message>
        <source>Debater %1 has side &quot;%2&quot;: a side is &quot;pro&quot; or &quot;con&quot;.</source>
        <translation>Redner %1 hat die Seite „%2“: Eine Seite ist „pro“ oder „con“.</translation>
    </message>
    <message>
        <source>Debater %1 speaks &quot;%2&quot;, which is not a supported language.</source>
        <translation>Redner %1 spricht „%2“, was keine unterstützte Sprache ist.</translation>
    </message>
    <message>
        <source>Debater %1&apos;s persona is longer than 2000 characters.</source>
        <translation>Die Persona von Redner %1 ist länger als 2000 Zeichen.</translation>
    </message>
    <message>
        <source>Both sides need a debater: at least one &quot;pro&quot; and one &quot;con&quot;.</source>
        <translation>Beide Seiten brauchen einen Redner: mindestens einen „pro“ und einen „con“.</translation>
    </message>
    <message>
        <source>At least one debater must be an AI model.</source>
        <translation>Mindestens ein Redner muss ein KI-Modell sein.</translation>
    </message>
    <message>
        <source>The speech length (max tokens) must be between 50 and 32000, not %1.</source>
        <translation>Die Redelänge (max. Token) muss zwischen 50 und 32000 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The budget cap must be a positive amount in USD.</source>
        <translation>Die Budgetgrenze muss ein positiver Betrag in USD sein.</translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 1.5.</source>
        <translation>Die Temperatur muss zwischen 0 und 1,5 liegen.</translation>
    </message>
    <message>
        <source>A debate takes 1 to %1 judges, not %2.</source>
        <translation>Eine Debatte hat 1 bis %1 Juroren, nicht %2.</translation>
    </message>
    <message>
        <source>Every judge needs a model.</source>
        <translation>Jeder Juror braucht ein Modell.</translation>
    </message>
    <message>
        <source>The order swap asks the judges again: choose a judge.</source>
        <translation>Beim Tausch der Reihenfolge wird die Jury erneut befragt: Wählen Sie eine Jury.</translation>
    </message>
</context>
<context>
    <name>rostrum::HtmlExporter</name>
    <message>
        <source>verified against the code</source>
        <translation>am Code überprüft</translation>
    </message>
</context>
<context>
    <name>rostrum::InputSanitizer</name>
    <message>
        <source>Removed from your text: %1. These are chat-template control sequences or invisible characters that could change how the model reads it.</source>
        <translation>Aus Ihrem Text entfernt: %1. Dies sind Steuersequenzen aus Chat-Vorlagen oder unsichtbare Zeichen, die beeinflussen könnten, wie das Modell ihn liest.</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>das Modell</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>This text is %1 tokens long, but %2 accepts at most %3 tokens. It has not been shortened: shorten it, or choose a model with a larger context window.</source>
        <translation>Dieser Text ist %1 Token lang, aber %2 akzeptiert höchstens %3 Token. Er wurde nicht gekürzt: Kürzen Sie ihn oder wählen Sie ein Modell mit größerem Kontextfenster.</translation>
    </message>
</context>
<context>
    <name>rostrum::JudgePanel</name>
    <message>
        <source>No judge gave a valid verdict: %1</source>
        <translation>Kein Juror hat ein gültiges Urteil gefällt: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::KeyVerifier</name>
    <message>
        <source>Checking the key with GET /v1/models (free)…</source>
        <translation>Schlüssel wird mit GET /v1/models geprüft (kostenlos)…</translation>
    </message>
    <message>
        <source>Checking that chat is allowed with a 1-token request to %1…</source>
        <translation>Es wird geprüft, ob Chat erlaubt ist (Anfrage mit 1 Token an %1)…</translation>
    </message>
    <message>
        <source>%1 — trying again in %2 s</source>
        <translation>%1 — neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>The key is valid and chat is allowed (%1 models listed; 1-token test on %2).</source>
        <translation>Der Schlüssel ist gültig und Chat ist erlaubt (%1 Modelle aufgelistet; 1-Token-Test mit %2).</translation>
    </message>
    <message>
        <source>The API key was refused (HTTP %1): it is wrong, revoked or expired. Create a key at console.mistral.ai and store it with &quot;rostrum-cli key set&quot;.</source>
        <translation>Der API-Schlüssel wurde abgelehnt (HTTP %1): Er ist falsch, widerrufen oder abgelaufen. Erstellen Sie einen Schlüssel auf console.mistral.ai und speichern Sie ihn mit „rostrum-cli key set“.</translation>
    </message>
    <message>
        <source>The key is valid, but chat with %1 was refused (HTTP %2): payment is not activated or the plan has no quota for this model. Activate payments or choose a plan in the Mistral console (Workspace → Billing).</source>
        <translation>Der Schlüssel ist gültig, aber Chat mit %1 wurde abgelehnt (HTTP %2): Die Zahlung ist nicht aktiviert oder der Tarif enthält kein Kontingent für dieses Modell. Aktivieren Sie Zahlungen oder wählen Sie einen Tarif in der Mistral-Konsole (Workspace → Billing).</translation>
    </message>
    <message>
        <source>Could not reach the API after %1 attempts: %2 Check the connection, proxy and base URL.</source>
        <translation>Die API war nach %1 Versuchen nicht erreichbar: %2 Prüfen Sie Verbindung, Proxy und Basis-URL.</translation>
    </message>
    <message>
        <source>The API server had trouble after %1 attempts (HTTP %2): %3 Try again later.</source>
        <translation>Der API-Server hatte nach %1 Versuchen Probleme (HTTP %2): %3 Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>rostrum::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>Secret Service (gnome-keyring, KWallet or KeePassXC)</source>
        <translation>Secret Service (gnome-keyring, KWallet oder KeePassXC)</translation>
    </message>
    <message>
        <source>Rostrum runs in a Flatpak sandbox that has no access to the Secret Service</source>
        <translation>Rostrum läuft in einer Flatpak-Sandbox ohne Zugriff auf den Secret Service</translation>
    </message>
    <message>
        <source>grant it with &quot;flatpak override --user --talk-name=org.freedesktop.secrets %1&quot;, or install a Secret Service provider on the host</source>
        <translation>gewähren Sie den Zugriff mit „flatpak override --user --talk-name=org.freedesktop.secrets %1“ oder installieren Sie einen Secret-Service-Anbieter auf dem Host</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus, so no Secret Service (the Linux keychain) can be reached</source>
        <translation>es gibt keinen D-Bus-Sitzungsbus, daher ist kein Secret Service (der Linux-Schlüsselbund) erreichbar</translation>
    </message>
    <message>
        <source>start Rostrum from a desktop session, or run it under &quot;dbus-run-session&quot; with a keyring daemon such as gnome-keyring-daemon</source>
        <translation>starten Sie Rostrum aus einer Desktop-Sitzung oder führen Sie es unter „dbus-run-session“ mit einem Schlüsselbund-Dienst wie gnome-keyring-daemon aus</translation>
    </message>
    <message>
        <source>the Secret Service has no unlocked default keyring (&quot;login&quot;)</source>
        <translation>der Secret Service hat keinen entsperrten Standard-Schlüsselbund („login“)</translation>
    </message>
    <message>
        <source>create or unlock the default keyring, e.g. in &quot;Passwords and Keys&quot; (Seahorse), or log in to a desktop session that unlocks it</source>
        <translation>erstellen oder entsperren Sie den Standard-Schlüsselbund, z. B. in „Passwörter und Verschlüsselung“ (Seahorse), oder melden Sie sich bei einer Desktop-Sitzung an, die ihn entsperrt</translation>
    </message>
    <message>
        <source>no program provides the Secret Service (org.freedesktop.secrets) on this session</source>
        <translation>kein Programm stellt in dieser Sitzung den Secret Service (org.freedesktop.secrets) bereit</translation>
    </message>
    <message>
        <source>install and start one: gnome-keyring (package gnome-keyring), KWallet, or KeePassXC with Secret Service integration enabled</source>
        <translation>installieren und starten Sie einen: gnome-keyring (Paket gnome-keyring), KWallet oder KeePassXC mit aktivierter Secret-Service-Integration</translation>
    </message>
    <message>
        <source>No keychain is available: %1. To keep your API key between sessions, %2. Until then Rostrum keeps the key in memory for this session only; it is never written to disk in plain text.</source>
        <translation>Kein Schlüsselbund verfügbar: %1. Um Ihren API-Schlüssel über Sitzungen hinweg zu behalten, %2. Bis dahin speichert Rostrum den Schlüssel nur für diese Sitzung im Arbeitsspeicher; er wird nie im Klartext auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Until it is, Rostrum keeps the API key in memory for this session only; it is never written to disk in plain text.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Bis dahin speichert Rostrum den API-Schlüssel nur für diese Sitzung im Arbeitsspeicher; er wird nie im Klartext auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The keychain refused access or is locked. Unlock it (for example by logging in again, or in &quot;Passwords and Keys&quot;) and allow Rostrum to use it. Until then the API key is kept in memory for this session only.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert oder ist gesperrt. Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden oder in „Passwörter und Verschlüsselung“) und erlauben Sie Rostrum den Zugriff. Bis dahin wird der API-Schlüssel nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry: %1</source>
        <translation>Der Schlüsselbund konnte den Eintrag nicht löschen: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::MarkdownExporter</name>
    <message>
        <source>✗ unverified</source>
        <translation>✗ nicht überprüft</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Zitate</translation>
    </message>
</context>
<context>
    <name>rostrum::MemorySecretStore</name>
    <message>
        <source>The in-memory test keychain was told to fail.</source>
        <translation>Der Test-Schlüsselbund im Arbeitsspeicher wurde angewiesen fehlzuschlagen.</translation>
    </message>
    <message>
        <source>in memory (this session only)</source>
        <translation>im Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>rostrum::ModelCatalog</name>
    <message>
        <source>The model %1 is deprecated and will be removed on %2.</source>
        <translation>Das Modell %1 ist veraltet und wird am %2 entfernt.</translation>
    </message>
    <message>
        <source>The model %1 is deprecated and will be removed.</source>
        <translation>Das Modell %1 ist veraltet und wird entfernt.</translation>
    </message>
    <message>
        <source>Move to %1.</source>
        <translation>Wechseln Sie zu %1.</translation>
    </message>
    <message>
        <source>Choose another model (rostrum-cli models).</source>
        <translation>Wählen Sie ein anderes Modell (rostrum-cli models).</translation>
    </message>
</context>
<context>
    <name>rostrum::Summarizer</name>
    <message>
        <source>The summary took too long.</source>
        <translation>Die Zusammenfassung hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>No chat model can make a summary.</source>
        <translation>Kein Chatmodell kann eine Zusammenfassung erstellen.</translation>
    </message>
    <message>
        <source>The summary came back empty.</source>
        <translation>Die Zusammenfassung war leer.</translation>
    </message>
</context>
<context>
    <name>rostrum::ToolSchema</name>
    <message>
        <source>%1: the schema is nested more than %2 levels deep</source>
        <translation>%1: Das Schema ist tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>%1: a schema must be a JSON object</source>
        <translation>%1: Ein Schema muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1.type: every entry of a type list must be a string</source>
        <translation>%1.type: Jeder Eintrag einer Typliste muss ein String sein</translation>
    </message>
    <message>
        <source>%1.type: must be a string or a list of strings</source>
        <translation>%1.type: Muss ein String oder eine Liste von Strings sein</translation>
    </message>
    <message>
        <source>%1.type: &quot;%2&quot; is not a JSON Schema type (use one of %3)</source>
        <translation>%1.type: „%2“ ist kein JSON-Schema-Typ (verwenden Sie einen von %3)</translation>
    </message>
    <message>
        <source>%1: says neither its &quot;type&quot; nor &quot;enum&quot;, &quot;anyOf&quot;, &quot;oneOf&quot;, &quot;allOf&quot; or &quot;$ref&quot;</source>
        <translation>%1: Gibt weder „type“ noch „enum“, „anyOf“, „oneOf“, „allOf“ oder „$ref“ an</translation>
    </message>
    <message>
        <source>%1.description: must be a string</source>
        <translation>%1.description: Muss ein String sein</translation>
    </message>
    <message>
        <source>%1.enum: must be a non-empty list</source>
        <translation>%1.enum: Muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>%1.%2: must be a non-empty list of schemas</source>
        <translation>%1.%2: Muss eine nicht leere Liste von Schemas sein</translation>
    </message>
    <message>
        <source>%1: an array must say what its &quot;items&quot; are</source>
        <translation>%1: Ein Array muss seine „items“ angeben</translation>
    </message>
    <message>
        <source>%1.properties: must be an object mapping names to schemas</source>
        <translation>%1.properties: Muss ein Objekt sein, das Namen auf Schemas abbildet</translation>
    </message>
    <message>
        <source>%1.required: must be a list of property names</source>
        <translation>%1.required: Muss eine Liste von Eigenschaftsnamen sein</translation>
    </message>
    <message>
        <source>%1.required: every entry must be a property name (a string)</source>
        <translation>%1.required: Jeder Eintrag muss ein Eigenschaftsname (ein String) sein</translation>
    </message>
    <message>
        <source>%1.required: &quot;%2&quot; is not one of the properties</source>
        <translation>%1.required: „%2“ ist keine der Eigenschaften</translation>
    </message>
    <message>
        <source>%1.required: &quot;%2&quot; is listed twice</source>
        <translation>%1.required: „%2“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>type: a tool must be of type &quot;function&quot;, not &quot;%1&quot;</source>
        <translation>type: Ein Tool muss vom Typ „function“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>function: must be an object with name, description and parameters</source>
        <translation>function: Muss ein Objekt mit name, description und parameters sein</translation>
    </message>
    <message>
        <source>%1.name: a function needs a name</source>
        <translation>%1.name: Eine Funktion braucht einen Namen</translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1.name: „%2“ muss aus 1 bis 64 Buchstaben, Ziffern, ‚_‘ oder ‚-‘ bestehen</translation>
    </message>
    <message>
        <source>%1.parameters: a function needs parameters (a schema of type &quot;object&quot;)</source>
        <translation>%1.parameters: Eine Funktion braucht Parameter (ein Schema vom Typ „object“)</translation>
    </message>
    <message>
        <source>%1.parameters: must be a JSON Schema object</source>
        <translation>%1.parameters: Muss ein JSON-Schema-Objekt sein</translation>
    </message>
    <message>
        <source>%1.parameters.type: function parameters must be of type &quot;object&quot;</source>
        <translation>%1.parameters.type: Funktionsparameter müssen vom Typ „object“ sein</translation>
    </message>
    <message>
        <source>tools[%1]: must be an object</source>
        <translation>tools[%1]: Muss ein Objekt sein</translation>
    </message>
    <message>
        <source>tools[%1]: the name &quot;%2&quot; is used by another tool</source>
        <translation>tools[%1]: Der Name „%2“ wird bereits von einem anderen Tool verwendet</translation>
    </message>
</context>
<context>
    <name>rostrum::TournamentBatchRounds</name>
    <message numerus="yes">
        <source>The batch job %1 ended %2 without answering %n request(s), after %3 attempts.</source>
        <translation>
            <numerusform>Der Batch-Job %1 endete mit %2, ohne %n Anfrage zu beantworten, nach %3 Versuchen.</numerusform>
            <numerusform>Der Batch-Job %1 endete mit %2, ohne %n Anfragen zu beantworten, nach %3 Versuchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::TournamentRunner</name>
    <message>
        <source>This tournament is already running.</source>
        <translation>Dieses Turnier läuft bereits.</translation>
    </message>
    <message>
        <source>Tournament %1 is still running in another process.</source>
        <translation>Turnier %1 läuft noch in einem anderen Prozess.</translation>
    </message>
    <message>
        <source>Tournament %1 is already finished.</source>
        <translation>Turnier %1 ist bereits beendet.</translation>
    </message>
    <message>
        <source>The tournament could not be saved.</source>
        <translation>Das Turnier konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Debate %1 of the tournament cannot run: %2</source>
        <translation>Debatte %1 des Turniers kann nicht durchgeführt werden: %2</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Benutzer gestoppt.</translation>
    </message>
    <message>
        <source>This tournament runs on the Batch API, which is not available here.</source>
        <translation>Dieses Turnier läuft über die Batch-API, die hier nicht verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ApiKeyFlow</name>
    <message>
        <source>Mistral&apos;s API needs a key: paste yours here, or choose a custom endpoint.</source>
        <translation>Die Mistral-API braucht einen Schlüssel: Fügen Sie Ihren hier ein oder wählen Sie einen eigenen Endpunkt.</translation>
    </message>
    <message>
        <source>Key saved (%1).</source>
        <translation>Schlüssel gespeichert (%1).</translation>
    </message>
    <message>
        <source>no key entered or stored</source>
        <translation>kein Schlüssel eingegeben oder gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n models available</source>
        <translation>
            <numerusform>%n Modell verfügbar</numerusform>
            <numerusform>%n Modelle verfügbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ArenaHost</name>
    <message>
        <source>&amp;Arena</source>
        <translation>&amp;Arena</translation>
    </message>
    <message>
        <source>Show the tournaments&apos; leaderboard, head-to-head matrix and judges</source>
        <translation>Rangliste, Direktvergleichsmatrix und Juroren der Turniere anzeigen</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ArenaMatrixModel</name>
    <message>
        <source>%1–%2–%3</source>
        <translation>%1–%2–%3</translation>
    </message>
    <message>
        <source>%1 does not play itself</source>
        <translation>%1 spielt nicht gegen sich selbst</translation>
    </message>
    <message>
        <source>%1 against %2: %3 wins, %4 losses, %5 ties</source>
        <translation>%1 gegen %2: %3 Siege, %4 Niederlagen, %5 Unentschieden</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ArenaRatingChart</name>
    <message>
        <source>Ratings with their 95% intervals</source>
        <translation>Wertungen mit ihren 95-%-Intervallen</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 bis %3</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>Rating (Elo scale)</source>
        <translation>Wertung (Elo-Skala)</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ArenaWindow</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1–%2–%3</source>
        <translation>%1–%2–%3</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>&amp;Tournament:</source>
        <translation>&amp;Turnier:</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Turnier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the tournament again from the database (F5)</source>
        <translation>Turnier erneut aus der Datenbank lesen (F5)</translation>
    </message>
    <message>
        <source>Tournament summary</source>
        <translation>Turnierübersicht</translation>
    </message>
    <message>
        <source>Arena views</source>
        <translation>Arena-Ansichten</translation>
    </message>
    <message>
        <source>&amp;Leaderboard</source>
        <translation>&amp;Rangliste</translation>
    </message>
    <message>
        <source>Head-to-head matrix</source>
        <translation>Direktvergleichsmatrix</translation>
    </message>
    <message>
        <source>Each cell: the row model&apos;s wins, losses and ties against the column model</source>
        <translation>Jede Zelle: Siege, Niederlagen und Unentschieden des Zeilenmodells gegen das Spaltenmodell</translation>
    </message>
    <message>
        <source>&amp;Head to head</source>
        <translation>&amp;Direktvergleich</translation>
    </message>
    <message>
        <source>&amp;Judges</source>
        <translation>&amp;Juroren</translation>
    </message>
    <message>
        <source>&amp;Debates</source>
        <translation>D&amp;ebatten</translation>
    </message>
    <message>
        <source>Ratings chart</source>
        <translation>Wertungsdiagramm</translation>
    </message>
    <message>
        <source>Each model&apos;s rating as a dot and its 95% interval as a bar</source>
        <translation>Die Wertung jedes Modells als Punkt und ihr 95-%-Intervall als Balken</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Won–lost–tied</source>
        <translation>Gewonnen–verloren–unentschieden</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Partien</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Agreement between the judges</source>
        <translation>Übereinstimmung zwischen den Juroren</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>First-position win rate</source>
        <translation>Siegquote an erster Position</translation>
    </message>
    <message>
        <source>Flip rate</source>
        <translation>Umkehrquote</translation>
    </message>
    <message>
        <source>Agreement with the majority</source>
        <translation>Übereinstimmung mit der Mehrheit</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Juroren</translation>
    </message>
    <message>
        <source>First-position win rate: how often the side read first won (50% is fair). Flip rate: how often swapping the order changed the winner.</source>
        <translation>Siegquote an erster Position: wie oft die zuerst gelesene Seite gewonnen hat (50&#xa0;% ist fair). Umkehrquote: wie oft das Vertauschen der Reihenfolge den Sieger geändert hat.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Con</source>
        <translation>Contra</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>These</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tournament debates</source>
        <translation>Turnierdebatten</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a debate in the main window</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um eine Debatte im Hauptfenster zu öffnen</translation>
    </message>
    <message>
        <source>%1 — %2 models, %3 debates (%4)</source>
        <translation>%1 — %2 Modelle, %3 Debatten (%4)</translation>
    </message>
    <message>
        <source>No tournament saved yet. Run one with “rostrum-cli tournament”.</source>
        <translation>Noch kein Turnier gespeichert. Starten Sie eines mit „rostrum-cli tournament“.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 debates finished, %4 games rated. Cost: $%5</source>
        <translation>%1 — %2 von %3 Debatten beendet, %4 Partien gewertet. Kosten: $%5</translation>
    </message>
    <message>
        <source> of a $%1 budget</source>
        <translation> von einem Budget von $%1</translation>
    </message>
    <message>
        <source>. Stopped: %1</source>
        <translation>. Gestoppt: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ (agreement between the judges): %1</source>
        <translation>Fleiss’ κ (Übereinstimmung zwischen den Juroren): %1</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ: n/a (needs at least two judges on the same debates)</source>
        <translation>Fleiss’ κ: k. A. (erfordert mindestens zwei Juroren bei denselben Debatten)</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::AudienceVoteDialog</name>
    <message>
        <source>Audience Vote</source>
        <translation>Publikumsabstimmung</translation>
    </message>
    <message>
        <source>The debate is over. How does the audience vote now? Before the debate: %1.</source>
        <translation>Die Debatte ist beendet. Wie stimmt das Publikum jetzt ab? Vor der Debatte: %1.</translation>
    </message>
    <message>
        <source>The debate is over. How does the audience vote now?</source>
        <translation>Die Debatte ist beendet. Wie stimmt das Publikum jetzt ab?</translation>
    </message>
    <message>
        <source>&amp;Record Vote</source>
        <translation>Abstimmung &amp;erfassen</translation>
    </message>
    <message>
        <source>&amp;No Vote</source>
        <translation>&amp;Keine Abstimmung</translation>
    </message>
    <message>
        <source>Enter at least one vote, or choose No Vote.</source>
        <translation>Geben Sie mindestens eine Stimme ein oder wählen Sie „Keine Abstimmung“.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::AudienceVoteForm</name>
    <message>
        <source>For</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Votes for the motion after the debate</source>
        <translation>Stimmen für die These nach der Debatte</translation>
    </message>
    <message>
        <source>Votes for the motion before the debate</source>
        <translation>Stimmen für die These vor der Debatte</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contra</translation>
    </message>
    <message>
        <source>Votes against the motion after the debate</source>
        <translation>Stimmen gegen die These nach der Debatte</translation>
    </message>
    <message>
        <source>Votes against the motion before the debate</source>
        <translation>Stimmen gegen die These vor der Debatte</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Undecided votes after the debate</source>
        <translation>Unentschlossene nach der Debatte</translation>
    </message>
    <message>
        <source>Undecided votes before the debate</source>
        <translation>Unentschlossene vor der Debatte</translation>
    </message>
    <message>
        <source>%1 for (%2%), %3 against, %4 undecided</source>
        <translation>%1 dafür (%2 %), %3 dagegen, %4 unentschlossen</translation>
    </message>
    <message>
        <source>%1 points: the motion lost ground</source>
        <translation>%1 Prozentpunkte: Die These hat an Boden verloren</translation>
    </message>
    <message>
        <source>%1 points for the motion</source>
        <translation>%1 Prozentpunkte für die These</translation>
    </message>
    <message>
        <source>Audience before: %1.</source>
        <translation>Publikum vorher: %1.</translation>
    </message>
    <message>
        <source>After: %1.</source>
        <translation>Nachher: %1.</translation>
    </message>
    <message>
        <source>Swing: %1.</source>
        <translation>Verschiebung: %1.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::CodeHighlighter</name>
    <message>
        <source>Plain text</source>
        <translation>Nur-Text</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::CodePane</name>
    <message>
        <source>Code under debate</source>
        <translation>Code in der Debatte</translation>
    </message>
    <message>
        <source>Paste or open code in the debate setup to discuss it here.</source>
        <translation>Fügen Sie in der Debatteneinrichtung Code ein oder öffnen Sie ihn, um hier darüber zu debattieren.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardCharts</name>
    <message>
        <source>Cumulative spend</source>
        <translation>Kumulierte Ausgaben</translation>
    </message>
    <message>
        <source>US$</source>
        <translation>US-$</translation>
    </message>
    <message>
        <source>Cost per model</source>
        <translation>Kosten pro Modell</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Latency per model</source>
        <translation>Latenz pro Modell</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latenz p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <source>Time to first token p50</source>
        <translation>Zeit bis zum ersten Token p50</translation>
    </message>
    <message>
        <source>Time to first token p95</source>
        <translation>Zeit bis zum ersten Token p95</translation>
    </message>
    <message>
        <source>Errors per model</source>
        <translation>Fehler pro Modell</translation>
    </message>
    <message>
        <source>Speed per model</source>
        <translation>Geschwindigkeit pro Modell</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Token pro Sekunde</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardHost</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Spend, latency, errors and limits per model (Ctrl+D)</source>
        <translation>Ausgaben, Latenz, Fehler und Limits pro Modell (Strg+D)</translation>
    </message>
    <message>
        <source>Dashboard in its own &amp;window</source>
        <translation>Dashboard in eigenem &amp;Fenster</translation>
    </message>
    <message>
        <source>Rostrum — Dashboard</source>
        <translation>Rostrum — Dashboard</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardTableModel</name>
    <message numerus="yes">
        <source>%n request(s) of models with no known price are not included</source>
        <translation>
            <numerusform>%n Anfrage an ein Modell ohne bekannten Preis ist nicht enthalten</numerusform>
            <numerusform>%n Anfragen an Modelle ohne bekannten Preis sind nicht enthalten</numerusform>
        </translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Failed attempts of this class, including ones a retry made good</source>
        <translation>Fehlgeschlagene Versuche dieser Art, einschließlich solcher, die ein erneuter Versuch behoben hat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt-Token</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Antwort-Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latenz p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latenz p99</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>TTFT p95</source>
        <translation>TTFT p95</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Gewartet</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespart</translation>
    </message>
    <message>
        <source>Prompt cache saved</source>
        <translation>Ersparnis durch Prompt-Cache</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardWidget</name>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the table of this range as a CSV file</source>
        <translation>Tabelle dieses Zeitraums als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Requests in the last minute against the known limit</source>
        <translation>Anfragen der letzten Minute im Verhältnis zum bekannten Limit</translation>
    </message>
    <message>
        <source>Tokens in the last minute against the known limit</source>
        <translation>Token der letzten Minute im Verhältnis zum bekannten Limit</translation>
    </message>
    <message>
        <source>What the current debate has cost against its budget</source>
        <translation>Bisherige Kosten der aktuellen Debatte im Verhältnis zum Budget</translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation>Anfragen/min</translation>
    </message>
    <message>
        <source>Tokens/min</source>
        <translation>Token/min</translation>
    </message>
    <message>
        <source>Debate budget</source>
        <translation>Debattenbudget</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No debate yet&lt;/h3&gt;&lt;p&gt;Start a debate: its requests will appear here as they finish.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Debatte&lt;/h3&gt;&lt;p&gt;Starten Sie eine Debatte: Ihre Anfragen erscheinen hier, sobald sie abgeschlossen sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No requests yet&lt;/h3&gt;&lt;p&gt;Requests in this range will appear here as they finish: spend, latency, errors and limits per model.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Anfragen&lt;/h3&gt;&lt;p&gt;Anfragen in diesem Zeitraum erscheinen hier, sobald sie abgeschlossen sind: Ausgaben, Latenz, Fehler und Limits pro Modell.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1</source>
        <translation>
            <numerusform>%n Anfrage, %1</numerusform>
            <numerusform>%n Anfragen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (no known limit)</source>
        <translation>%1 (kein bekanntes Limit)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>no debate</source>
        <translation>keine Debatte</translation>
    </message>
    <message>
        <source>%1 (no budget)</source>
        <translation>%1 (kein Budget)</translation>
    </message>
    <message>
        <source>%1 hit rate, %2 saved</source>
        <translation>%1 Trefferquote, %2 gespart</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>noch nicht verwendet</translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation>Nutzung als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>Prompt tokens the API served from its prompt cache, billed at a lower price, and what that saved against the full input price</source>
        <translation>Prompt-Token, die die API aus ihrem Prompt-Cache geliefert und günstiger berechnet hat, und die Ersparnis gegenüber dem vollen Eingabepreis</translation>
    </message>
    <message>
        <source>Prompt cache</source>
        <translation>Prompt-Cache</translation>
    </message>
    <message>
        <source>%1 tokens cached, %2 saved</source>
        <translation>%1 Token aus dem Cache, %2 gespart</translation>
    </message>
    <message>
        <source>no cached tokens yet</source>
        <translation>noch keine Token aus dem Cache</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateFileJobs</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Open Debate</source>
        <translation>Debatte öffnen</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Rostrum debates (*.json)</source>
        <translation>Rostrum-Debatten (*.json)</translation>
    </message>
    <message>
        <source>Export Debate</source>
        <translation>Debatte exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html);;JSON (*.json);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;HTML (*.html);;JSON (*.json);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rostrum debate (%2).</source>
        <translation>%1 ist keine Rostrum-Debatte (%2).</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Import Debate</source>
        <translation>Debatte importieren</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Debate exports (*.json)</source>
        <translation>Debattenexporte (*.json)</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebatePane</name>
    <message>
        <source>Line %1 is not in the code.</source>
        <translation>Zeile %1 ist nicht im Code enthalten.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateSession</name>
    <message>
        <source>rate limit (requests per second)</source>
        <translation>Ratenlimit (Anfragen pro Sekunde)</translation>
    </message>
    <message>
        <source>rate limit (requests per minute)</source>
        <translation>Ratenlimit (Anfragen pro Minute)</translation>
    </message>
    <message>
        <source>rate limit (tokens per minute)</source>
        <translation>Ratenlimit (Token pro Minute)</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>rate limit (none left this minute)</source>
        <translation>Ratenlimit (nichts mehr in dieser Minute)</translation>
    </message>
    <message>
        <source>learning the rate limits</source>
        <translation>Ratenlimits werden ermittelt</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateSetupDialog</name>
    <message>
        <source>&amp;Start Debate</source>
        <translation>Debatte &amp;starten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Debater %1</source>
        <translation>Redner %1</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Pro-Seite</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>Contra-Seite</translation>
    </message>
    <message>
        <source> — $%1 in / $%2 out per M tokens</source>
        <translation> — $%1 Eingabe / $%2 Ausgabe pro Mio. Token</translation>
    </message>
    <message>
        <source> — price unknown</source>
        <translation> — Preis unbekannt</translation>
    </message>
    <message>
        <source> · %1k context</source>
        <translation> · %1k Kontext</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Keine Jury</translation>
    </message>
    <message>
        <source>Side of debater %1</source>
        <translation>Seite von Redner %1</translation>
    </message>
    <message>
        <source>For (proposition)</source>
        <translation>Pro (dafür)</translation>
    </message>
    <message>
        <source>Against (opposition)</source>
        <translation>Contra (dagegen)</translation>
    </message>
    <message>
        <source>Model of debater %1</source>
        <translation>Modell von Redner %1</translation>
    </message>
    <message>
        <source>Default for the language</source>
        <translation>Standard für die Sprache</translation>
    </message>
    <message numerus="yes">
        <source>%n requests. Cost: unknown (no price for %1).</source>
        <translation>
            <numerusform>%n Anfrage. Kosten: unbekannt (kein Preis für %1).</numerusform>
            <numerusform>%n Anfragen. Kosten: unbekannt (kein Preis für %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n requests. Estimated cost: $%1 – $%2 (prices as of %3).</source>
        <translation>
            <numerusform>%n Anfrage. Geschätzte Kosten: $%1 – $%2 (Preisstand: %3).</numerusform>
            <numerusform>%n Anfragen. Geschätzte Kosten: $%1 – $%2 (Preisstand: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget may stop the debate early.</source>
        <translation>Das Budget kann die Debatte vorzeitig beenden.</translation>
    </message>
    <message>
        <source>Open Code</source>
        <translation>Code öffnen</translation>
    </message>
    <message>
        <source>Source files (*.c *.cc *.cpp *.cxx *.h *.hpp *.py *.js *.mjs *.ts *.tsx *.java *.go *.rs *.sh *.sql);;All files (*)</source>
        <translation>Quelldateien (*.c *.cc *.cpp *.cxx *.h *.hpp *.py *.js *.mjs *.ts *.tsx *.java *.go *.rs *.sh *.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Default for the language (%1)</source>
        <translation>Standard für die Sprache (%1)</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Klassisch</translation>
    </message>
    <message>
        <source>Oxford</source>
        <translation>Oxford</translation>
    </message>
    <message>
        <source>Lincoln–Douglas</source>
        <translation>Lincoln–Douglas</translation>
    </message>
    <message>
        <source>Code review</source>
        <translation>Code-Review</translation>
    </message>
    <message>
        <source>Prompt tokens counted exactly with each model&apos;s tokenizer.</source>
        <translation>Prompt-Token exakt mit dem Tokenizer jedes Modells gezählt.</translation>
    </message>
    <message>
        <source>Prompt tokens estimated (no tokenizer data for some model).</source>
        <translation>Prompt-Token geschätzt (für ein Modell fehlen Tokenizer-Daten).</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>You type this debater&apos;s speeches</source>
        <translation>Sie schreiben die Reden dieses Redners</translation>
    </message>
    <message>
        <source>An Oxford debate is won by the swing: the audience votes before and after it</source>
        <translation>Eine Oxford-Debatte entscheidet die Verschiebung: Das Publikum stimmt vorher und nachher ab</translation>
    </message>
    <message>
        <source>Audience &amp;vote before:</source>
        <translation>Publikums&amp;abstimmung vorher:</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateStudio</name>
    <message>
        <source>&amp;Import…</source>
        <translation>Im&amp;portieren…</translation>
    </message>
    <message>
        <source>Rematch with Sides S&amp;wapped</source>
        <translation>Re&amp;vanche mit getauschten Seiten</translation>
    </message>
    <message>
        <source>Ask the &amp;Judge Again</source>
        <translation>&amp;Jury erneut befragen</translation>
    </message>
    <message>
        <source>Include &amp;Reasoning in Exports</source>
        <translation>Über&amp;legungen in Exporte aufnehmen</translation>
    </message>
    <message>
        <source>Run this debate again with the debaters on the other sides, then compare the verdicts</source>
        <translation>Diese Debatte mit den Rednern auf den jeweils anderen Seiten erneut durchführen und die Urteile vergleichen</translation>
    </message>
    <message>
        <source>Ask the judge for a new verdict (a new, costed request)</source>
        <translation>Die Jury um ein neues Urteil bitten (eine neue, kostenpflichtige Anfrage)</translation>
    </message>
    <message>
        <source>Exports also write what reasoning models thought before they spoke</source>
        <translation>Exporte enthalten auch, was Reasoning-Modelle vor ihrer Rede überlegt haben</translation>
    </message>
    <message>
        <source>Read a debate exported as JSON and save it as a new debate</source>
        <translation>Eine als JSON exportierte Debatte einlesen und als neue Debatte speichern</translation>
    </message>
    <message>
        <source>Rematch with Sides Swapped</source>
        <translation>Revanche mit getauschten Seiten</translation>
    </message>
    <message>
        <source>Ask the Judge Again</source>
        <translation>Jury erneut befragen</translation>
    </message>
    <message>
        <source>Asking the judge again…</source>
        <translation>Jury wird erneut befragt…</translation>
    </message>
    <message>
        <source>Import Debate</source>
        <translation>Debatte importieren</translation>
    </message>
    <message>
        <source>The debate was not imported: the database could not be opened.</source>
        <translation>Die Debatte wurde nicht importiert: Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Imported as a new debate.</source>
        <translation>Als neue Debatte importiert.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DeprecationBadge</name>
    <message numerus="yes">
        <source>⚠ %n deprecated model(s)</source>
        <translation>
            <numerusform>⚠ %n veraltetes Modell</numerusform>
            <numerusform>⚠ %n veraltete Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Deprecated models</source>
        <translation>Veraltete Modelle</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::FirstRunPage</name>
    <message>
        <source>Paste a key first.</source>
        <translation>Fügen Sie zuerst einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ForkController</name>
    <message>
        <source>Continue from &amp;Here…</source>
        <translation>Ab &amp;hier fortführen…</translation>
    </message>
    <message>
        <source>Start a new debate that shares the speeches up to this one (Ctrl+Shift+N)</source>
        <translation>Eine neue Debatte starten, die die Reden bis zu dieser übernimmt (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Choose a finished speech of a saved debate to continue from.</source>
        <translation>Wählen Sie eine abgeschlossene Rede einer gespeicherten Debatte, ab der fortgeführt werden soll.</translation>
    </message>
    <message>
        <source>Stop the running debate before continuing from one of its speeches.</source>
        <translation>Stoppen Sie die laufende Debatte, bevor Sie ab einer ihrer Reden fortführen.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ForkDialog</name>
    <message>
        <source>Against (debater %1)</source>
        <translation>Contra (Redner %1)</translation>
    </message>
    <message>
        <source>For (debater %1)</source>
        <translation>Pro (Redner %1)</translation>
    </message>
    <message>
        <source>Continue from Here</source>
        <translation>Ab hier fortführen</translation>
    </message>
    <message numerus="yes">
        <source>A new debate shares the first %n entries of this one, up to and including speech %1 (%2), and goes on from there. The original debate is kept as it is.</source>
        <translation>
            <numerusform>Eine neue Debatte übernimmt den ersten Eintrag (%n) dieser Debatte bis einschließlich Rede %1 (%2) und geht von dort aus weiter. Die ursprüngliche Debatte bleibt unverändert.</numerusform>
            <numerusform>Eine neue Debatte übernimmt die ersten %n Einträge dieser Debatte bis einschließlich Rede %1 (%2) und geht von dort aus weiter. Die ursprüngliche Debatte bleibt unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No debater speaks after this speech: the new debate would only be judged.</source>
        <translation>Nach dieser Rede spricht kein Redner mehr: Die neue Debatte würde nur noch bewertet.</translation>
    </message>
    <message>
        <source>&amp;Start the New Debate</source>
        <translation>Neue Debatte &amp;starten</translation>
    </message>
    <message>
        <source>Speaks next: %1</source>
        <translation>Spricht als Nächstes: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Danach: %1</translation>
    </message>
    <message>
        <source>Model of %1</source>
        <translation>Modell von %1</translation>
    </message>
    <message>
        <source>Language of %1</source>
        <translation>Sprache von %1</translation>
    </message>
    <message>
        <source>Persona of %1</source>
        <translation>Persona von %1</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>P&amp;ersona:</translation>
    </message>
    <message>
        <source>Default for the language</source>
        <translation>Standard für die Sprache</translation>
    </message>
    <message>
        <source>e.g. a pragmatic economist</source>
        <translation>z. B. eine pragmatische Ökonomin</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::HistoryController</name>
    <message>
        <source>Loading saved debates…</source>
        <translation>Gespeicherte Debatten werden geladen…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::HumanSpeechEditor</name>
    <message>
        <source>&amp;Submit Speech</source>
        <translation>Rede &amp;halten</translation>
    </message>
    <message>
        <source>Your speech</source>
        <translation>Ihre Rede</translation>
    </message>
    <message>
        <source>Write your speech here. Ctrl+Enter delivers it.</source>
        <translation>Schreiben Sie Ihre Rede hier. Mit Strg+Eingabe halten Sie sie.</translation>
    </message>
    <message>
        <source>Length of your speech</source>
        <translation>Länge Ihrer Rede</translation>
    </message>
    <message>
        <source>Deliver your speech and let the debate go on (Ctrl+Enter)</source>
        <translation>Ihre Rede halten und die Debatte weiterlaufen lassen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 von %2 Token</translation>
    </message>
    <message>
        <source>about %1 of %2 tokens</source>
        <translation>etwa %1 von %2 Token</translation>
    </message>
    <message>
        <source>%1 — %2 over the speech length</source>
        <translation>%1 — %2 über der Redelänge</translation>
    </message>
    <message>
        <source>The debate is not waiting for your speech. Your draft is kept.</source>
        <translation>Die Debatte wartet nicht auf Ihre Rede. Ihr Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Your speech is empty: write something before submitting it.</source>
        <translation>Ihre Rede ist leer: Schreiben Sie etwas, bevor Sie sie halten.</translation>
    </message>
    <message numerus="yes">
        <source>Your speech is %n token(s) over the speech length: shorten it before submitting it.</source>
        <translation>
            <numerusform>Ihre Rede liegt %n Token über der Redelänge: Kürzen Sie sie, bevor Sie sie halten.</numerusform>
            <numerusform>Ihre Rede liegt %n Token über der Redelänge: Kürzen Sie sie, bevor Sie sie halten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::gui::InterjectionBar</name>
    <message>
        <source>Inter&amp;ject</source>
        <translation>&amp;Zwischenfrage</translation>
    </message>
    <message>
        <source>Interjection</source>
        <translation>Zwischenfrage</translation>
    </message>
    <message>
        <source>A question for the next speaker (Ctrl+I, Enter to send)</source>
        <translation>Eine Frage an den nächsten Redner (Strg+I, Eingabe zum Senden)</translation>
    </message>
    <message>
        <source>Interject as</source>
        <translation>Zwischenfrage stellen als</translation>
    </message>
    <message>
        <source>as moderator</source>
        <translation>als Moderation</translation>
    </message>
    <message>
        <source>from the audience</source>
        <translation>aus dem Publikum</translation>
    </message>
    <message>
        <source>Put this to the next speaker, who is asked to address it</source>
        <translation>Dem nächsten Redner vorlegen, der darauf eingehen soll</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::LecternController</name>
    <message>
        <source>&amp;Interject…</source>
        <translation>&amp;Zwischenfrage…</translation>
    </message>
    <message>
        <source>Put a question to the next speaker, as moderator or from the audience (Ctrl+I)</source>
        <translation>Dem nächsten Redner eine Frage stellen, als Moderation oder aus dem Publikum (Strg+I)</translation>
    </message>
    <message>
        <source>Audience swing: %1.</source>
        <translation>Verschiebung im Publikum: %1.</translation>
    </message>
    <message>
        <source>Your question from the audience goes to the next speaker.</source>
        <translation>Ihre Frage aus dem Publikum geht an den nächsten Redner.</translation>
    </message>
    <message>
        <source>Your question as moderator goes to the next speaker.</source>
        <translation>Ihre Frage als Moderation geht an den nächsten Redner.</translation>
    </message>
    <message>
        <source>against the motion</source>
        <translation>gegen die These</translation>
    </message>
    <message>
        <source>for the motion</source>
        <translation>für die These</translation>
    </message>
    <message>
        <source>Your turn, %1 (%2): %3 — speech %4 of %5</source>
        <translation>Sie sind dran, %1 (%2): %3 — Rede %4 von %5</translation>
    </message>
    <message>
        <source>Your turn: write your speech, then press Ctrl+Enter.</source>
        <translation>Sie sind dran: Schreiben Sie Ihre Rede und drücken Sie dann Strg+Eingabe.</translation>
    </message>
    <message>
        <source>The debate is paused: resume it to deliver your speech.</source>
        <translation>Die Debatte ist pausiert: Setzen Sie sie fort, um Ihre Rede zu halten.</translation>
    </message>
    <message>
        <source>The debate has stopped. Your draft is kept: Resume continues the debate.</source>
        <translation>Die Debatte wurde gestoppt. Ihr Entwurf bleibt erhalten: Mit „Fortsetzen“ geht die Debatte weiter.</translation>
    </message>
    <message>
        <source>The debate did not take your speech. Your draft is kept.</source>
        <translation>Die Debatte hat Ihre Rede nicht angenommen. Ihr Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Your speech is delivered.</source>
        <translation>Ihre Rede ist gehalten.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::MainWindow</name>
    <message>
        <source>The debate has ended.</source>
        <translation>Die Debatte ist beendet.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Only the latest speech can be asked again, once nothing is streaming.</source>
        <translation>Nur die letzte Rede kann erneut angefordert werden, und erst wenn nichts mehr empfangen wird.</translation>
    </message>
    <message>
        <source>New Debate</source>
        <translation>Neue Debatte</translation>
    </message>
    <message>
        <source>About Rostrum</source>
        <translation>Über Rostrum</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;AI debates on the Mistral API: debaters argue a motion over rounds, in your language or about your code, with a judge, a budget and live charts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;KI-Debatten über die Mistral-API: Redner streiten über mehrere Runden über eine These, in Ihrer Sprache oder über Ihren Code, mit Jury, Budget und Live-Diagrammen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Debates will not be saved: the database could not be opened (%1).</source>
        <translation>Debatten werden nicht gespeichert: Die Datenbank konnte nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>Stop the running debate before opening another one.</source>
        <translation>Stoppen Sie die laufende Debatte, bevor Sie eine andere öffnen.</translation>
    </message>
    <message>
        <source>Opening the saved debate…</source>
        <translation>Gespeicherte Debatte wird geöffnet…</translation>
    </message>
    <message>
        <source>That debate is no longer in the database.</source>
        <translation>Diese Debatte ist nicht mehr in der Datenbank vorhanden.</translation>
    </message>
    <message>
        <source>Opened. This debate did not finish: Resume continues it.</source>
        <translation>Debatte geöffnet. Sie wurde nicht beendet: Mit „Fortsetzen“ geht sie weiter.</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>Debatte geöffnet.</translation>
    </message>
    <message>
        <source>Resume Debate</source>
        <translation>Debatte fortsetzen</translation>
    </message>
    <message>
        <source>Resuming the debate.</source>
        <translation>Die Debatte wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Continue from Here</source>
        <translation>Ab hier fortführen</translation>
    </message>
    <message>
        <source>A new debate continues from speech %1.</source>
        <translation>Eine neue Debatte wird ab Rede %1 fortgeführt.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::MainWindowActions</name>
    <message>
        <source>Res&amp;ume Saved Debate</source>
        <translation>&amp;Gespeicherte Debatte fortsetzen</translation>
    </message>
    <message>
        <source>Continue a debate that was interrupted or stopped before its end</source>
        <translation>Eine Debatte fortsetzen, die unterbrochen oder vor dem Ende gestoppt wurde</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ScreenshotTour</name>
    <message>
        <source>This house would make public transport free</source>
        <translation>Dieses Haus würde den öffentlichen Nahverkehr kostenlos machen</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Pro-Seite</translation>
    </message>
    <message>
        <source>Camille</source>
        <translation>Camille</translation>
    </message>
    <message>
        <source>Free public transport pays for itself in cleaner air, quieter streets and fuller buses. Cities that tried it, from Tallinn to Dunkirk, saw ridership rise by a fifth within two years, and the cost of collecting fares (ticket machines, inspectors, fraud) often ate a third of what the fares brought in.</source>
        <translation>Kostenloser Nahverkehr zahlt sich selbst aus: sauberere Luft, ruhigere Straßen und vollere Busse. Städte, die es versucht haben, von Tallinn bis Dünkirchen, verzeichneten binnen zwei Jahren ein Fünftel mehr Fahrgäste, und die Kosten für den Fahrscheinverkauf (Automaten, Kontrolleure, Schwarzfahren) verschlangen oft ein Drittel der Fahrgeldeinnahmen.</translation>
    </message>
    <message>
        <source>A fare-free network is not free: someone pays. The proposition&apos;s own examples show it: Tallinn raised local taxes, and Dunkirk&apos;s buses are fuller because people walk less, not because they drive less.</source>
        <translation>Ein fahrscheinfreies Netz ist nicht kostenlos: Irgendwer zahlt. Die Beispiele der Pro-Seite selbst zeigen es: Tallinn hat die lokalen Steuern erhöht, und die Busse in Dünkirchen sind voller, weil die Menschen weniger zu Fuß gehen, nicht weil sie weniger Auto fahren.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SessionListModel</name>
    <message numerus="yes">
        <source>%1
%2 · %3 · %n speeches</source>
        <translation>
            <numerusform>%1
%2 · %3 · %n Rede</numerusform>
            <numerusform>%1
%2 · %3 · %n Reden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speeches</source>
        <translation>
            <numerusform>%n Rede</numerusform>
            <numerusform>%n Reden</numerusform>
        </translation>
    </message>
    <message>
        <source>Fork from speech %1 · %2</source>
        <translation>Abzweigung ab Rede %1 · %2</translation>
    </message>
    <message>
        <source>Fork of “%1”: %2</source>
        <translation>Abzweigung von „%1“: %2</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SessionRowFactory</name>
    <message>
        <source>for</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>against</source>
        <translation>Contra</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>Moderation</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SettingsDialog</name>
    <message>
        <source>Auto (learn from the server)</source>
        <translation>Automatisch (vom Server ermitteln)</translation>
    </message>
    <message>
        <source>Free tier</source>
        <translation>Kostenloser Tarif</translation>
    </message>
    <message>
        <source>Hobbyist</source>
        <translation>Hobby</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model for %1</source>
        <translation>Modell für %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>Gespeicherter Schlüssel wird gesucht…</translation>
    </message>
    <message>
        <source>No keychain available.</source>
        <translation>Kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Using the key from the environment (MISTRAL_API_KEY). A key entered here is stored in the keychain for when that variable is not set.</source>
        <translation>Der Schlüssel aus der Umgebung (MISTRAL_API_KEY) wird verwendet. Ein hier eingegebener Schlüssel wird im Schlüsselbund gespeichert, für den Fall, dass diese Variable nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Enter a new one to replace it.</source>
        <translation>Im Schlüsselbund des Systems ist ein Schlüssel gespeichert. Geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>A key is kept in memory for this session only (no keychain answered).</source>
        <translation>Ein Schlüssel wird nur für diese Sitzung im Arbeitsspeicher gehalten (kein Schlüsselbund hat geantwortet).</translation>
    </message>
    <message>
        <source>No key yet. Get one at console.mistral.ai → API Keys.</source>
        <translation>Noch kein Schlüssel. Sie erhalten einen unter console.mistral.ai → API Keys.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Input $/M tokens</source>
        <translation>Eingabe $/Mio. Token</translation>
    </message>
    <message>
        <source>Output $/M tokens</source>
        <translation>Ausgabe $/Mio. Token</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Prices as of %1. Edit a price to override it; your prices are kept in %2.</source>
        <translation>Preisstand: %1. Bearbeiten Sie einen Preis, um ihn zu überschreiben; Ihre Preise werden in %2 gespeichert.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Could not save the prices: %1</source>
        <translation>Die Preise konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>✔ The key works.</source>
        <translation>✔ Der Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>✘ The server refused this key. Check that it was copied whole, or create a new one in the console.</source>
        <translation>✘ Der Server hat diesen Schlüssel abgelehnt. Prüfen Sie, ob er vollständig kopiert wurde, oder erstellen Sie in der Konsole einen neuen.</translation>
    </message>
    <message>
        <source>⚠ The key is valid but has no quota: activate payments or a plan in the console.</source>
        <translation>⚠ Der Schlüssel ist gültig, hat aber kein Kontingent: Aktivieren Sie Zahlungen oder einen Tarif in der Konsole.</translation>
    </message>
    <message>
        <source>⚠ Could not reach the endpoint. Check the address and your connection.</source>
        <translation>⚠ Der Endpunkt ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>Mistral (global)</source>
        <translation>Mistral (global)</translation>
    </message>
    <message>
        <source>Mistral (EU)</source>
        <translation>Mistral (EU)</translation>
    </message>
    <message>
        <source>Mistral (US)</source>
        <translation>Mistral (USA)</translation>
    </message>
    <message>
        <source>Choose Mistral&apos;s global, EU or US endpoint, or type the address of another one (a proxy, a local server).</source>
        <translation>Wählen Sie den globalen, EU- oder US-Endpunkt von Mistral oder geben Sie die Adresse eines anderen ein (ein Proxy, ein lokaler Server).</translation>
    </message>
    <message>
        <source>Rostrum will use %1 the next time it starts.</source>
        <translation>Ausgewählte Sprache: %1. Wird beim nächsten Start von Rostrum wirksam.</translation>
    </message>
    <message>
        <source>Takes effect the next time Rostrum starts.</source>
        <translation>Wird beim nächsten Start von Rostrum wirksam.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SpeechBody</name>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::StatusIndicators</name>
    <message>
        <source>Request status</source>
        <translation>Anfragestatus</translation>
    </message>
    <message>
        <source>Tokens used in this debate</source>
        <translation>In dieser Debatte verbrauchte Token</translation>
    </message>
    <message>
        <source>Spend of this debate</source>
        <translation>Ausgaben dieser Debatte</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message numerus="yes">
        <source>Streaming %n requests</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Empfang läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>Pausiert — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — sending in %n s</source>
        <translation>
            <numerusform>%1 — Senden in %n s</numerusform>
            <numerusform>%1 — Senden in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n s</source>
        <translation>
            <numerusform>%1 — neuer Versuch in %n s</numerusform>
            <numerusform>%1 — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>spend unknown</source>
        <translation>Ausgaben unbekannt</translation>
    </message>
    <message>
        <source>%1 of $%2</source>
        <translation>%1 von $%2</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Neuer Versuch…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::StudioScreenshots</name>
    <message>
        <source>evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>rebuttal</source>
        <translation>Erwiderung</translation>
    </message>
    <message>
        <source>clarity</source>
        <translation>Klarheit</translation>
    </message>
    <message>
        <source>The opposition showed that frequency, not price, moves drivers; the proposition never answered it.</source>
        <translation>Die Contra-Seite hat gezeigt, dass der Takt und nicht der Preis Autofahrer zum Umsteigen bewegt; die Pro-Seite ist nie darauf eingegangen.</translation>
    </message>
    <message>
        <source>I think the opposition won: free fares mostly move walkers.</source>
        <translation>Ich glaube, die Contra-Seite hat gewonnen: Der Nulltarif lockt vor allem Fußgänger in die Busse.</translation>
    </message>
    <message>
        <source>A fare-free network is not free: someone pays. The proposition&apos;s own examples show it: Tallinn raised local taxes, and Dunkirk&apos;s buses are fuller because people walk less, not because they drive less.</source>
        <translation>Ein fahrscheinfreies Netz ist nicht kostenlos: Irgendwer zahlt. Die Beispiele der Pro-Seite selbst zeigen es: Tallinn hat die lokalen Steuern erhöht, und die Busse in Dünkirchen sind voller, weil die Menschen weniger zu Fuß gehen, nicht weil sie weniger Auto fahren.</translation>
    </message>
    <message>
        <source>Walking less is not the whole story: in Dunkirk car trips into the centre fell too, and the taxes that pay for the network are levied on those who can afford them, not at the turnstile.</source>
        <translation>Dass weniger Menschen zu Fuß gehen, erklärt nicht alles: In Dünkirchen sind auch die Autofahrten in die Innenstadt zurückgegangen, und die Steuern, die das Netz finanzieren, werden bei denen erhoben, die sie sich leisten können, nicht am Drehkreuz.</translation>
    </message>
    <message>
        <source>The proposition counts riders, not results. Money spent on free fares is money not spent on more buses, and it is frequency, not price, that moves drivers out of their cars.</source>
        <translation>Die Pro-Seite zählt Fahrgäste, nicht Ergebnisse. Geld, das in den Nulltarif fließt, fehlt für zusätzliche Busse, und es ist der Takt, nicht der Preis, der Autofahrer aus ihren Autos holt.</translation>
    </message>
    <message>
        <source>Free fares and more buses are not rivals: collecting fares costs a third of what they bring in. Remove the turnstile and that third pays for the frequency the opposition asks for.</source>
        <translation>Nulltarif und mehr Busse schließen sich nicht aus: Der Fahrscheinverkauf kostet ein Drittel dessen, was er einbringt. Schafft man das Drehkreuz ab, bezahlt dieses Drittel genau den dichteren Takt, den die Contra-Seite fordert.</translation>
    </message>
    <message>
        <source>A cleaner city is the goal we share. Spend on what moves drivers: more buses, more often. Free fares mostly move walkers.</source>
        <translation>Eine sauberere Stadt ist unser gemeinsames Ziel. Investieren wir in das, was Autofahrer zum Umsteigen bewegt: mehr Busse, die öfter fahren. Der Nulltarif lockt vor allem Fußgänger in die Busse.</translation>
    </message>
    <message>
        <source>Whether free fares move drivers decided it.</source>
        <translation>Entscheidend war, ob der Nulltarif Autofahrer zum Umsteigen bewegt.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::TranscriptController</name>
    <message>
        <source>“%1” is not in the transcript.</source>
        <translation>„%1“ kommt im Protokoll nicht vor.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n speeches.</source>
        <translation>
            <numerusform>%n Rede kopiert.</numerusform>
            <numerusform>%n Reden kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>Überlegungen ausblenden</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Überlegungen einblenden</translation>
    </message>
    <message>
        <source>Reasoning shown.</source>
        <translation>Überlegungen eingeblendet.</translation>
    </message>
    <message>
        <source>Reasoning hidden.</source>
        <translation>Überlegungen ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::TranscriptDelegate</name>
    <message>
        <source>streaming</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>neuer Versuch</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>neuer Versuch in %n s</numerusform>
            <numerusform>neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Speech text</source>
        <translation>Redetext</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::TranscriptModel</name>
    <message>
        <source>Reasoning shown</source>
        <translation>Überlegungen eingeblendet</translation>
    </message>
    <message>
        <source>Reasoning hidden</source>
        <translation>Überlegungen ausgeblendet</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::VerdictCard</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contra</translation>
    </message>
    <message>
        <source>%1: for %2, against %3.</source>
        <translation>%1: Pro %2, Contra %3.</translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>%1, margin %2</source>
        <translation>%1, Vorsprung %2</translation>
    </message>
    <message>
        <source>inconsistent: its winner flipped when the sides were swapped</source>
        <translation>inkonsistent: Der Sieger wechselte, als die Seiten getauscht wurden</translation>
    </message>
    <message>
        <source>%1 for, %2 against, %3 tie, %4 not valid</source>
        <translation>%1 Pro, %2 Contra, %3 unentschieden, %4 ungültig</translation>
    </message>
    <message>
        <source>Votes: %1 · agreement %2</source>
        <translation>Stimmen: %1 · Übereinstimmung %2</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juror</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Judge %1: %2.</source>
        <translation>Juror %1: %2.</translation>
    </message>
    <message>
        <source>Each judge was asked twice, the sides in both orders.</source>
        <translation>Jeder Juror wurde zweimal befragt, mit den Seiten in beiden Reihenfolgen.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>against</source>
        <translation>Contra</translation>
    </message>
    <message>
        <source>No judge of the panel gave a valid verdict.</source>
        <translation>Kein Juror der Jury hat ein gültiges Urteil gefällt.</translation>
    </message>
    <message numerus="yes">
        <source>Panel verdict: a tie — no side has a majority of the %n judges.</source>
        <translation>
            <numerusform>Urteil der Jury: Unentschieden — keine Seite hat die Mehrheit des %n Jurors.</numerusform>
            <numerusform>Urteil der Jury: Unentschieden — keine Seite hat die Mehrheit der %n Juroren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Panel verdict: the side %1 the motion wins, %2 of %3 judges.</source>
        <translation>Urteil der Jury: Die Seite %1 gewinnt, mit %2 von %3 Juroren.</translation>
    </message>
    <message>
        <source>The judge&apos;s verdict is not valid: %1</source>
        <translation>Das Urteil der Jury ist ungültig: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>keine Begründung angegeben</translation>
    </message>
    <message>
        <source>Verdict: a tie.</source>
        <translation>Urteil: Unentschieden.</translation>
    </message>
    <message>
        <source>Verdict: the side %1 the motion wins, margin %2 of 10.</source>
        <translation>Urteil: Die Seite %1 gewinnt, Vorsprung %2 von 10.</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Ask the judges again</source>
        <translation>Juroren erneut befragen</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Valid after one repair request.</source>
        <translation>Gültig nach einer Korrekturanfrage.</translation>
    </message>
    <message>
        <source>Ask the judge again</source>
        <translation>Jury erneut befragen</translation>
    </message>
    <message>
        <source>The judge answered:</source>
        <translation>Die Jury antwortete:</translation>
    </message>
    <message>
        <source>Judged by %1 · the judges&apos; cost %2</source>
        <translation>Bewertet von %1 · Kosten der Juroren %2</translation>
    </message>
    <message>
        <source>Judged by %1 · judge&apos;s cost %2</source>
        <translation>Bewertet von %1 · Kosten der Jury %2</translation>
    </message>
    <message>
        <source>Verdict.</source>
        <translation>Urteil.</translation>
    </message>
    <message>
        <source>The side %1 the motion won both times although the debaters swapped sides (%2, then %3): the verdict followed the side.</source>
        <translation>Die Seite %1 hat beide Male gewonnen, obwohl die Redner die Seiten getauscht haben (%2, dann %3): Das Urteil folgte der Seite.</translation>
    </message>
    <message>
        <source>%1 won both times, first %2 the motion, then %3 it: the verdict followed the argument.</source>
        <translation>%1 hat beide Male gewonnen, zuerst als %2, dann als %3: Das Urteil folgte der Argumentation.</translation>
    </message>
    <message>
        <source>Inconclusive: one of the two debates has no valid verdict.</source>
        <translation>Nicht eindeutig: Eine der beiden Debatten hat kein gültiges Urteil.</translation>
    </message>
    <message>
        <source>Inconclusive: one of the two verdicts is a tie.</source>
        <translation>Nicht eindeutig: Eines der beiden Urteile ist ein Unentschieden.</translation>
    </message>
    <message>
        <source>Inconclusive: the rematch&apos;s debaters are not the original&apos;s on swapped sides.</source>
        <translation>Nicht eindeutig: Die Redner der Revanche sind nicht die der ursprünglichen Debatte mit getauschten Seiten.</translation>
    </message>
    <message>
        <source>Rematch with sides swapped</source>
        <translation>Revanche mit getauschten Seiten</translation>
    </message>
    <message>
        <source>no valid verdict</source>
        <translation>kein gültiges Urteil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Original debate</source>
        <translation>Ursprüngliche Debatte</translation>
    </message>
    <message>
        <source>Rematch</source>
        <translation>Revanche</translation>
    </message>
    <message>
        <source>Open the original debate</source>
        <translation>Ursprüngliche Debatte öffnen</translation>
    </message>
</context>
</TS>
