<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The API key was refused. Check it in Settings (or MISTRAL_API_KEY) and try again.</source>
        <translation>La chiave API è stata rifiutata. Controllala nelle Impostazioni (o MISTRAL_API_KEY) e riprova.</translation>
    </message>
    <message>
        <source>Rate limit reached. Rostrum waits for the limit window to reset.</source>
        <translation>Limite di frequenza raggiunto. Rostrum attende che la finestra del limite si azzeri.</translation>
    </message>
    <message>
        <source>The service is at capacity for this model. Try again shortly or pick another model.</source>
        <translation>Il servizio è al limite di capacità per questo modello. Riprova tra poco o scegli un altro modello.</translation>
    </message>
    <message>
        <source>Your plan has no quota for this model, or payment is not activated. Check your plan in the Mistral console.</source>
        <translation>Il tuo piano non ha quota per questo modello, oppure il pagamento non è attivo. Controlla il piano nella console Mistral.</translation>
    </message>
    <message>
        <source>Rostrum did not send the request: %1</source>
        <translation>Rostrum non ha inviato la richiesta: %1</translation>
    </message>
    <message>
        <source>The API rejected the request.</source>
        <translation>L&apos;API ha rifiutato la richiesta.</translation>
    </message>
    <message>
        <source>The API rejected the request: field &quot;%1&quot; is not valid.</source>
        <translation>L&apos;API ha rifiutato la richiesta: il campo «%1» non è valido.</translation>
    </message>
    <message>
        <source>The conversation is too long for this model&apos;s context window. Shorten it or choose a model with a larger window.</source>
        <translation>La conversazione è troppo lunga per la finestra di contesto di questo modello. Accorciala o scegli un modello con una finestra più ampia.</translation>
    </message>
    <message>
        <source>The server had an error (HTTP %1). Try again later.</source>
        <translation>Il server ha avuto un errore (HTTP %1). Riprova più tardi.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was not accepted, so nothing was sent. Check the endpoint URL, the system clock and the installed CA certificates.</source>
        <translation>Il certificato TLS del server non è stato accettato, quindi non è stato inviato nulla. Controlla l&apos;URL dell&apos;endpoint, l&apos;orologio di sistema e i certificati CA installati.</translation>
    </message>
    <message>
        <source>Could not reach the API. Check your network connection and the endpoint URL.</source>
        <translation>Impossibile raggiungere l&apos;API. Controlla la connessione di rete e l&apos;URL dell&apos;endpoint.</translation>
    </message>
    <message>
        <source>The API stopped answering (timeout). Try again, or raise the timeout.</source>
        <translation>L&apos;API ha smesso di rispondere (timeout). Riprova o aumenta il timeout.</translation>
    </message>
    <message>
        <source>The answer was cut off before it finished. The text received so far is kept.</source>
        <translation>La risposta è stata interrotta prima della fine. Il testo ricevuto finora viene conservato.</translation>
    </message>
    <message>
        <source>The model reported an error while answering. The text received so far is kept.</source>
        <translation>Il modello ha segnalato un errore durante la risposta. Il testo ricevuto finora viene conservato.</translation>
    </message>
    <message>
        <source>The server sent an answer Rostrum could not read.</source>
        <translation>Il server ha inviato una risposta che Rostrum non è riuscito a leggere.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Il server ha risposto: %1</translation>
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
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>This debate</source>
        <translation>Questo dibattito</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Tutto il periodo</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite di frequenza</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacità</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticazione</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>DebateSetupDialog</name>
    <message>
        <source>New Debate</source>
        <translation>Nuovo dibattito</translation>
    </message>
    <message>
        <source>&amp;Debate</source>
        <translation>&amp;Dibattito</translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation>&amp;Mozione:</translation>
    </message>
    <message>
        <source>This house believes that…</source>
        <translation>Questa assemblea ritiene che…</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Mozione</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Debate format</source>
        <translation>Formato del dibattito</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Debate language</source>
        <translation>Lingua del dibattito</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Turni:</translation>
    </message>
    <message>
        <source>Rebuttal rounds</source>
        <translation>Turni di replica</translation>
    </message>
    <message>
        <source>Maximum tokens per speech</source>
        <translation>Numero massimo di token per intervento</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>Limit the spend</source>
        <translation>Limita la spesa</translation>
    </message>
    <message>
        <source>Budget in US dollars</source>
        <translation>Budget in dollari statunitensi</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>De&amp;baters</source>
        <translation>&amp;Oratori</translation>
    </message>
    <message>
        <source>Debaters</source>
        <translation>Oratori</translation>
    </message>
    <message>
        <source>&amp;Add debater</source>
        <translation>&amp;Aggiungi oratore</translation>
    </message>
    <message>
        <source>&amp;Remove debater</source>
        <translation>&amp;Rimuovi oratore</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Giudice:</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>Modello del giudice</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Codice</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>A&amp;pri file…</translation>
    </message>
    <message>
        <source>Paste code below, or open a file.</source>
        <translation>Incollare il codice qui sotto o aprire un file.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lin&amp;guaggio:</translation>
    </message>
    <message>
        <source>Code language</source>
        <translation>Linguaggio del codice</translation>
    </message>
    <message>
        <source>Code under debate</source>
        <translation>Codice in discussione</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Costo stimato</translation>
    </message>
    <message>
        <source>Speech le&amp;ngth:</source>
        <translation>Lunghezza dell&apos;interve&amp;nto:</translation>
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
        <translation>Cerca dibattiti…</translation>
    </message>
    <message>
        <source>Search debates</source>
        <translation>Cerca dibattiti</translation>
    </message>
    <message>
        <source>Saved debates</source>
        <translation>Dibattiti salvati</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Rostrum&lt;/h2&gt;&lt;p&gt;Rostrum runs debates between Mistral models. To talk to Mistral&apos;s API it needs an API key:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in at &lt;b&gt;console.mistral.ai&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;API Keys&lt;/b&gt; and create a key.&lt;/li&gt;&lt;li&gt;Paste it below. It is kept in your system keychain, never in a file.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h2&gt;Benvenuti in Rostrum&lt;/h2&gt;&lt;p&gt;Rostrum organizza dibattiti tra modelli Mistral. Per comunicare con l&apos;API di Mistral serve una chiave API:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Accedere a &lt;b&gt;console.mistral.ai&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Aprire &lt;b&gt;API Keys&lt;/b&gt; e creare una chiave.&lt;/li&gt;&lt;li&gt;Incollarla qui sotto. Viene conservata nel portachiavi di sistema, mai in un file.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Paste your Mistral API key</source>
        <translation>Incollare la chiave API di Mistral</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>&amp;Save Key</source>
        <translation>&amp;Salva chiave</translation>
    </message>
    <message>
        <source>Use a &amp;custom endpoint instead…</source>
        <translation>Usa un endpoint &amp;personalizzato…</translation>
    </message>
    <message>
        <source>A proxy or a local server such as rostrum-mock-server may not need a key</source>
        <translation>Un proxy o un server locale come rostrum-mock-server potrebbe non richiedere una chiave</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Più &amp;tardi</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Trascrizione</translation>
    </message>
    <message>
        <source>Find in transcript (Ctrl+F, Enter for next)</source>
        <translation>Trova nella trascrizione (Ctrl+F, Invio per il successivo)</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Trova nella trascrizione</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Debate</source>
        <translation>&amp;Dibattito</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>&amp;New Debate…</source>
        <translation>&amp;Nuovo dibattito…</translation>
    </message>
    <message>
        <source>Set up and start a new debate</source>
        <translation>Configura e avvia un nuovo dibattito</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open Debate…</source>
        <translation>&amp;Apri dibattito…</translation>
    </message>
    <message>
        <source>Open a debate saved as JSON</source>
        <translation>Apri un dibattito salvato in JSON</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>Export the debate as Markdown, HTML, JSON or PDF (Ctrl+E)</source>
        <translation>Esporta il dibattito in Markdown, HTML, JSON o PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>API key, endpoint, rate limits, models and prices (Ctrl+,)</source>
        <translation>Chiave API, endpoint, limiti di frequenza, modelli e prezzi (Ctrl+,)</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>Start or pause the debate (F5)</source>
        <translation>Avvia o metti in pausa il dibattito (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Interrompi</translation>
    </message>
    <message>
        <source>Stop the debate (Shift+F5)</source>
        <translation>Interrompi il dibattito (Maiusc+F5)</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>&amp;Regenerate Speech</source>
        <translation>Ri&amp;genera intervento</translation>
    </message>
    <message>
        <source>Ask for the selected speech again (Ctrl+R)</source>
        <translation>Richiedi di nuovo l&apos;intervento selezionato (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Copy Speeches</source>
        <translation>&amp;Copia interventi</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Find in Transcript</source>
        <translation>&amp;Trova nella trascrizione</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Code Pane</source>
        <translation>Pannello del &amp;codice</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Es&amp;ci</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Rostrum</source>
        <translation>&amp;Informazioni su Rostrum</translation>
    </message>
    <message>
        <source>No debate yet</source>
        <translation>Nessun dibattito</translation>
    </message>
    <message>
        <source>Start a new debate with File → New Debate (Ctrl+N).</source>
        <translation>Avviare un nuovo dibattito con File → Nuovo dibattito (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>MotionFile</name>
    <message>
        <source>unknown language &quot;%1&quot; (supported: %2)</source>
        <translation>lingua sconosciuta «%1» (supportate: %2)</translation>
    </message>
    <message>
        <source>the motion is empty</source>
        <translation>la mozione è vuota</translation>
    </message>
    <message>
        <source>the motion is longer than %1 characters</source>
        <translation>la mozione supera i %1 caratteri</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>this motion is already listed</source>
        <translation>questa mozione è già nell&apos;elenco</translation>
    </message>
    <message>
        <source>no motion in the file (one motion a line; blank lines and # comments are skipped)</source>
        <translation>nessuna mozione nel file (una mozione per riga; le righe vuote e i commenti # vengono ignorati)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Chiave A&amp;PI:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>Paste your Mistral API key</source>
        <translation>Incollare la chiave API di Mistral</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifica</translation>
    </message>
    <message>
        <source>Verify the API key</source>
        <translation>Verifica la chiave API</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Risultato della verifica</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Endpoint dell&apos;API</translation>
    </message>
    <message>
        <source>A custom endpoint (a proxy, a local mock server) may not need a key.</source>
        <translation>Un endpoint personalizzato (un proxy, un server mock locale) potrebbe non richiedere una chiave.</translation>
    </message>
    <message>
        <source>&amp;Rate limits</source>
        <translation>&amp;Limiti di frequenza</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profilo:</translation>
    </message>
    <message>
        <source>Rate-limit profile</source>
        <translation>Profilo dei limiti di frequenza</translation>
    </message>
    <message>
        <source>Requests per &amp;second:</source>
        <translation>Richieste al &amp;secondo:</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Richieste al secondo</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Richieste al minuto</translation>
    </message>
    <message>
        <source>&amp;Tokens per minute:</source>
        <translation>&amp;Token al minuto:</translation>
    </message>
    <message>
        <source>Tokens per minute</source>
        <translation>Token al minuto</translation>
    </message>
    <message>
        <source>“Auto” learns your limits from the server&apos;s rate-limit headers. Choose “Custom” to set them yourself.</source>
        <translation>«Automatico» ricava i limiti dalle intestazioni di limite di frequenza inviate dal server. Scegliere «Personalizzato» per impostarli manualmente.</translation>
    </message>
    <message>
        <source>&amp;Models &amp;&amp; prices</source>
        <translation>&amp;Modelli e prezzi</translation>
    </message>
    <message>
        <source>Model per debate language:</source>
        <translation>Modello per lingua del dibattito:</translation>
    </message>
    <message>
        <source>Model per language</source>
        <translation>Modello per lingua</translation>
    </message>
    <message>
        <source>Price table</source>
        <translation>Tabella dei prezzi</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>&amp;Cache</translation>
    </message>
    <message>
        <source>Keep answers &amp;for:</source>
        <translation>Conserva le risposte &amp;per:</translation>
    </message>
    <message>
        <source>Cache lifetime in minutes</source>
        <translation>Durata della cache in minuti</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Cache size in entries</source>
        <translation>Dimensione della cache in voci</translation>
    </message>
    <message>
        <source> answers</source>
        <translation> risposte</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Interfaccia</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Lin&amp;gua dell&apos;interfaccia:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>Takes effect the next time Rostrum starts.</source>
        <translation>Avrà effetto al prossimo avvio di Rostrum.</translation>
    </message>
    <message>
        <source>Requests per mi&amp;nute:</source>
        <translation>Richieste al mi&amp;nuto:</translation>
    </message>
    <message>
        <source>R&amp;euse identical answers from the response cache</source>
        <translation>Ri&amp;usa le risposte identiche dalla cache delle risposte</translation>
    </message>
    <message>
        <source>At mo&amp;st:</source>
        <translation>A&amp;l massimo:</translation>
    </message>
</context>
<context>
    <name>TournamentSpec</name>
    <message>
        <source>A tournament needs at least two models.</source>
        <translation>Un torneo richiede almeno due modelli.</translation>
    </message>
    <message>
        <source>Each model may take part only once.</source>
        <translation>Ogni modello può partecipare una sola volta.</translation>
    </message>
    <message>
        <source>A model name is empty.</source>
        <translation>Il nome di un modello è vuoto.</translation>
    </message>
    <message>
        <source>A tournament needs at least one motion.</source>
        <translation>Un torneo richiede almeno una mozione.</translation>
    </message>
    <message>
        <source>A tournament needs one to %1 judges.</source>
        <translation>Un torneo richiede da uno a %1 giudici.</translation>
    </message>
    <message>
        <source>Rounds must be between 1 and %1.</source>
        <translation>I turni devono essere compresi tra 1 e %1.</translation>
    </message>
    <message>
        <source>The budget must be a positive amount.</source>
        <translation>Il budget deve essere un importo positivo.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not supported (supported: %2).</source>
        <translation>La lingua &quot;%1&quot; non è supportata (supportate: %2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AI debates on the Mistral API</source>
        <translation>Dibattiti tra IA con l&apos;API di Mistral</translation>
    </message>
    <message>
        <source>A debate saved as JSON to open.</source>
        <translation>Dibattito salvato in JSON da aprire.</translation>
    </message>
</context>
<context>
    <name>rostrum::ApiKeyStore</name>
    <message>
        <source>from environment (MISTRAL_API_KEY)</source>
        <translation>dalla variabile d&apos;ambiente (MISTRAL_API_KEY)</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation>dal portachiavi</translation>
    </message>
    <message>
        <source>in memory for this session only</source>
        <translation>in memoria solo per questa sessione</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; it may have been pasted incompletely.</source>
        <translation>La chiave API contiene spazi o interruzioni di riga; potrebbe essere stata incollata in modo incompleto.</translation>
    </message>
    <message>
        <source>The API key contains characters Mistral keys do not use; it may be invalid.</source>
        <translation>La chiave API contiene caratteri non usati nelle chiavi Mistral; potrebbe non essere valida.</translation>
    </message>
    <message numerus="yes">
        <source>The API key is %n characters long, which is unusual for a Mistral key; it may be invalid or use an old format.</source>
        <translation>
            <numerusform>La chiave API è lunga %n carattere, insolito per una chiave Mistral; potrebbe non essere valida o usare un vecchio formato.</numerusform>
            <numerusform>La chiave API è lunga %n caratteri, insolito per una chiave Mistral; potrebbe non essere valida o usare un vecchio formato.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::AppServices</name>
    <message>
        <source>no data folder</source>
        <translation>nessuna cartella dei dati</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateEngine</name>
    <message>
        <source>This engine already ran a debate.</source>
        <translation>Questo motore ha già eseguito un dibattito.</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderatore</translation>
    </message>
    <message>
        <source>The price of %1 is not known, so the budget cap of $%2 cannot be guaranteed; stopped before sending. Set a price for it or run without --budget.</source>
        <translation>Il prezzo di %1 non è noto, quindi il limite di budget di $%2 non può essere garantito; interrotto prima dell&apos;invio. Impostarne il prezzo o eseguire senza --budget.</translation>
    </message>
    <message>
        <source>Budget cap reached: $%1 spent, and the next request could cost up to $%2, which would cross the cap of $%3. Stopped before sending it.</source>
        <translation>Limite di budget raggiunto: spesi $%1, e la richiesta successiva potrebbe costare fino a $%2, superando il limite di $%3. Interrotto prima di inviarla.</translation>
    </message>
    <message>
        <source>The judge&apos;s verdict was invalid even after one repair: %1</source>
        <translation>Il verdetto del giudice non era valido nemmeno dopo una correzione: %1</translation>
    </message>
    <message>
        <source>The judge could not answer: %1</source>
        <translation>Il giudice non ha potuto rispondere: %1</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Interrotto dall&apos;utente.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Pubblico</translation>
    </message>
    <message>
        <source>Debate %1 has no debaters to swap.</source>
        <translation>Il dibattito %1 non ha oratori di cui scambiare le posizioni.</translation>
    </message>
    <message>
        <source>The cite_lines tool definition is not valid: %1</source>
        <translation>La definizione dello strumento cite_lines non è valida: %1</translation>
    </message>
    <message>
        <source>Debate %1 has no judge.</source>
        <translation>Il dibattito %1 non ha un giudice.</translation>
    </message>
    <message>
        <source>Debate %1 is still running.</source>
        <translation>Il dibattito %1 è ancora in corso.</translation>
    </message>
    <message>
        <source>Debate %1 is not over: resume it before it is judged.</source>
        <translation>Il dibattito %1 non è terminato: riprendilo prima che venga giudicato.</translation>
    </message>
    <message>
        <source>This engine is still running a debate.</source>
        <translation>Questo motore sta ancora eseguendo un dibattito.</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateFork</name>
    <message>
        <source>Only a saved debate can be continued from one of its speeches.</source>
        <translation>Solo un dibattito salvato può essere proseguito da uno dei suoi interventi.</translation>
    </message>
    <message>
        <source>Speech %1 is not a finished speech of this debate.</source>
        <translation>L&apos;intervento %1 non è un intervento concluso di questo dibattito.</translation>
    </message>
    <message>
        <source>A fork keeps the debaters on their sides; only their model, language and persona change.</source>
        <translation>Una diramazione mantiene gli oratori nelle loro posizioni; cambiano solo il modello, la lingua e il profilo.</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateImport</name>
    <message>
        <source>it has no &quot;%1&quot; field</source>
        <translation>non ha il campo «%1»</translation>
    </message>
    <message>
        <source>its &quot;spec&quot; is not an object</source>
        <translation>il suo «spec» non è un oggetto</translation>
    </message>
    <message>
        <source>its status &quot;%1&quot; is not a debate&apos;s</source>
        <translation>il suo stato «%1» non è quello di un dibattito</translation>
    </message>
    <message>
        <source>its &quot;speeches&quot; is not a list</source>
        <translation>il suo «speeches» non è un elenco</translation>
    </message>
    <message>
        <source>speech %1 is not a speech of a debate</source>
        <translation>l&apos;intervento %1 non è un intervento di un dibattito</translation>
    </message>
    <message>
        <source>its &quot;verdict&quot; is neither an object nor null</source>
        <translation>il suo «verdict» non è né un oggetto né null</translation>
    </message>
    <message>
        <source>its &quot;panel&quot; has no list of judges</source>
        <translation>il suo «panel» non ha un elenco di giudici</translation>
    </message>
    <message>
        <source>This is not a Rostrum debate export: %1.</source>
        <translation>Questa non è un&apos;esportazione di dibattito di Rostrum: %1.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>non è un JSON valido (%1 al byte %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>its debate cannot be read here (%1)</source>
        <translation>il suo dibattito non può essere letto qui (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateReport</name>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Stopped because</source>
        <translation>Motivo dell&apos;interruzione</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>human</source>
        <translation>umano</translation>
    </message>
    <message>
        <source>Debaters</source>
        <translation>Oratori</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Audience vote</source>
        <translation>Voto del pubblico</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favore</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contro</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indecisi</translation>
    </message>
    <message>
        <source>Swing: %1 points</source>
        <translation>Variazione: %1 punti</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Audience question</source>
        <translation>Domanda del pubblico</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderatore</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Trascrizione</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>The judge gave no valid verdict</source>
        <translation>Il giudice non ha emesso un verdetto valido</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>pareggio</translation>
    </message>
    <message>
        <source>Winner: %1</source>
        <translation>Vincitore: %1</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>margine</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>Giudicato da</translation>
    </message>
    <message>
        <source>valid after one repair</source>
        <translation>valido dopo una correzione</translation>
    </message>
    <message>
        <source>Audience swing: %1 points for the motion</source>
        <translation>Variazione del pubblico: %1 punti a favore della mozione</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Giudici</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>coerente</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>incoerente</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valido</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Giudice</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Vincitore</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margine</translation>
    </message>
    <message>
        <source>Read first</source>
        <translation>Letto per primo</translation>
    </message>
    <message>
        <source>Order swap</source>
        <translation>Inversione dell&apos;ordine</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voti</translation>
    </message>
    <message>
        <source>agreement %1%</source>
        <translation>accordo del %1%</translation>
    </message>
    <message>
        <source>Reasoning (not heard by the others)</source>
        <translation>Ragionamento (non ascoltato dagli altri)</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Intervento</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateSpec</name>
    <message>
        <source>The motion is empty: say what the debate is about.</source>
        <translation>La mozione è vuota: indicare l&apos;argomento del dibattito.</translation>
    </message>
    <message>
        <source>The motion is longer than 2000 characters: state it in a sentence or two.</source>
        <translation>La mozione supera i 2000 caratteri: formularla in una o due frasi.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not supported (supported: %2).</source>
        <translation>La lingua &quot;%1&quot; non è supportata (supportate: %2).</translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; is unknown (known: %2).</source>
        <translation>Il formato &quot;%1&quot; è sconosciuto (noti: %2).</translation>
    </message>
    <message>
        <source>The %1 format takes %2 to %3 rebuttal rounds, not %4.</source>
        <translation>Il formato %1 prevede da %2 a %3 turni di replica, non %4.</translation>
    </message>
    <message>
        <source>The %1 format debates code: paste some code or give a file.</source>
        <translation>Il formato %1 discute di codice: incollare del codice o indicare un file.</translation>
    </message>
    <message>
        <source>A debate needs 2 to 4 debaters, not %1.</source>
        <translation>Un dibattito richiede da 2 a 4 oratori, non %1.</translation>
    </message>
    <message>
        <source>Debater %1 has side &quot;%2&quot;: a side is &quot;pro&quot; or &quot;con&quot;.</source>
        <translation>L&apos;oratore %1 ha la posizione &quot;%2&quot;: una posizione è &quot;pro&quot; o &quot;con&quot;.</translation>
    </message>
    <message>
        <source>Debater %1 speaks &quot;%2&quot;, which is not a supported language.</source>
        <translation>L&apos;oratore %1 parla &quot;%2&quot;, che non è una lingua supportata.</translation>
    </message>
    <message>
        <source>Debater %1&apos;s persona is longer than 2000 characters.</source>
        <translation>Il profilo dell&apos;oratore %1 supera i 2000 caratteri.</translation>
    </message>
    <message>
        <source>Both sides need a debater: at least one &quot;pro&quot; and one &quot;con&quot;.</source>
        <translation>Entrambe le posizioni richiedono un oratore: almeno uno &quot;pro&quot; e uno &quot;con&quot;.</translation>
    </message>
    <message>
        <source>At least one debater must be an AI model.</source>
        <translation>Almeno un oratore deve essere un modello di IA.</translation>
    </message>
    <message>
        <source>The speech length (max tokens) must be between 50 and 32000, not %1.</source>
        <translation>La lunghezza dell&apos;intervento (numero massimo di token) deve essere compresa tra 50 e 32000, non %1.</translation>
    </message>
    <message>
        <source>The budget cap must be a positive amount in USD.</source>
        <translation>Il limite di budget deve essere un importo positivo in USD.</translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 1.5.</source>
        <translation>La temperatura deve essere compresa tra 0 e 1,5.</translation>
    </message>
    <message>
        <source>A debate takes 1 to %1 judges, not %2.</source>
        <translation>Un dibattito prevede da 1 a %1 giudici, non %2.</translation>
    </message>
    <message>
        <source>Every judge needs a model.</source>
        <translation>Ogni giudice ha bisogno di un modello.</translation>
    </message>
    <message>
        <source>The order swap asks the judges again: choose a judge.</source>
        <translation>L&apos;inversione dell&apos;ordine consulta di nuovo i giudici: scegli un giudice.</translation>
    </message>
</context>
<context>
    <name>rostrum::HtmlExporter</name>
    <message>
        <source>verified against the code</source>
        <translation>verificato sul codice</translation>
    </message>
</context>
<context>
    <name>rostrum::InputSanitizer</name>
    <message>
        <source>Removed from your text: %1. These are chat-template control sequences or invisible characters that could change how the model reads it.</source>
        <translation>Rimosso dal testo: %1. Si tratta di sequenze di controllo dei template di chat o di caratteri invisibili che potrebbero cambiare il modo in cui il modello lo interpreta.</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>il modello</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>circa %1</translation>
    </message>
    <message>
        <source>This text is %1 tokens long, but %2 accepts at most %3 tokens. It has not been shortened: shorten it, or choose a model with a larger context window.</source>
        <translation>Questo testo è lungo %1 token, ma %2 accetta al massimo %3 token. Non è stato accorciato: accorciarlo o scegliere un modello con una finestra di contesto più ampia.</translation>
    </message>
</context>
<context>
    <name>rostrum::JudgePanel</name>
    <message>
        <source>No judge gave a valid verdict: %1</source>
        <translation>Nessun giudice ha emesso un verdetto valido: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::KeyVerifier</name>
    <message>
        <source>Checking the key with GET /v1/models (free)…</source>
        <translation>Verifica della chiave con GET /v1/models (gratuita)…</translation>
    </message>
    <message>
        <source>Checking that chat is allowed with a 1-token request to %1…</source>
        <translation>Verifica che la chat sia consentita con una richiesta da 1 token a %1…</translation>
    </message>
    <message>
        <source>%1 — trying again in %2 s</source>
        <translation>%1 — nuovo tentativo tra %2 s</translation>
    </message>
    <message>
        <source>The key is valid and chat is allowed (%1 models listed; 1-token test on %2).</source>
        <translation>La chiave è valida e la chat è consentita (%1 modelli elencati; test da 1 token su %2).</translation>
    </message>
    <message>
        <source>The API key was refused (HTTP %1): it is wrong, revoked or expired. Create a key at console.mistral.ai and store it with &quot;rostrum-cli key set&quot;.</source>
        <translation>La chiave API è stata rifiutata (HTTP %1): è errata, revocata o scaduta. Creare una chiave su console.mistral.ai e salvarla con &quot;rostrum-cli key set&quot;.</translation>
    </message>
    <message>
        <source>The key is valid, but chat with %1 was refused (HTTP %2): payment is not activated or the plan has no quota for this model. Activate payments or choose a plan in the Mistral console (Workspace → Billing).</source>
        <translation>La chiave è valida, ma la chat con %1 è stata rifiutata (HTTP %2): i pagamenti non sono attivi o il piano non ha quota per questo modello. Attivare i pagamenti o scegliere un piano nella console Mistral (Workspace → Billing).</translation>
    </message>
    <message>
        <source>Could not reach the API after %1 attempts: %2 Check the connection, proxy and base URL.</source>
        <translation>Impossibile raggiungere l&apos;API dopo %1 tentativi: %2 Controllare la connessione, il proxy e l&apos;URL di base.</translation>
    </message>
    <message>
        <source>The API server had trouble after %1 attempts (HTTP %2): %3 Try again later.</source>
        <translation>Il server dell&apos;API ha avuto problemi dopo %1 tentativi (HTTP %2): %3 Riprovare più tardi.</translation>
    </message>
</context>
<context>
    <name>rostrum::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>Portachiavi di macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestione credenziali di Windows</translation>
    </message>
    <message>
        <source>Secret Service (gnome-keyring, KWallet or KeePassXC)</source>
        <translation>Secret Service (gnome-keyring, KWallet o KeePassXC)</translation>
    </message>
    <message>
        <source>Rostrum runs in a Flatpak sandbox that has no access to the Secret Service</source>
        <translation>Rostrum è in esecuzione in una sandbox Flatpak senza accesso al Secret Service</translation>
    </message>
    <message>
        <source>grant it with &quot;flatpak override --user --talk-name=org.freedesktop.secrets %1&quot;, or install a Secret Service provider on the host</source>
        <translation>concedere l&apos;accesso con &quot;flatpak override --user --talk-name=org.freedesktop.secrets %1&quot; oppure installare un provider di Secret Service sull&apos;host</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus, so no Secret Service (the Linux keychain) can be reached</source>
        <translation>non c&apos;è un bus di sessione D-Bus, quindi non è raggiungibile alcun Secret Service (il portachiavi di Linux)</translation>
    </message>
    <message>
        <source>start Rostrum from a desktop session, or run it under &quot;dbus-run-session&quot; with a keyring daemon such as gnome-keyring-daemon</source>
        <translation>avviare Rostrum da una sessione desktop oppure eseguirlo con &quot;dbus-run-session&quot; e un demone portachiavi come gnome-keyring-daemon</translation>
    </message>
    <message>
        <source>the Secret Service has no unlocked default keyring (&quot;login&quot;)</source>
        <translation>il Secret Service non ha un portachiavi predefinito sbloccato (&quot;login&quot;)</translation>
    </message>
    <message>
        <source>create or unlock the default keyring, e.g. in &quot;Passwords and Keys&quot; (Seahorse), or log in to a desktop session that unlocks it</source>
        <translation>creare o sbloccare il portachiavi predefinito, ad esempio in &quot;Password e chiavi&quot; (Seahorse), oppure accedere a una sessione desktop che lo sblocchi</translation>
    </message>
    <message>
        <source>no program provides the Secret Service (org.freedesktop.secrets) on this session</source>
        <translation>nessun programma fornisce il Secret Service (org.freedesktop.secrets) in questa sessione</translation>
    </message>
    <message>
        <source>install and start one: gnome-keyring (package gnome-keyring), KWallet, or KeePassXC with Secret Service integration enabled</source>
        <translation>installarne e avviarne uno: gnome-keyring (pacchetto gnome-keyring), KWallet o KeePassXC con l&apos;integrazione Secret Service attivata</translation>
    </message>
    <message>
        <source>No keychain is available: %1. To keep your API key between sessions, %2. Until then Rostrum keeps the key in memory for this session only; it is never written to disk in plain text.</source>
        <translation>Nessun portachiavi disponibile: %1. Per conservare la chiave API tra una sessione e l&apos;altra, %2. Nel frattempo Rostrum conserva la chiave in memoria solo per questa sessione; non viene mai scritta su disco in chiaro.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Until it is, Rostrum keeps the API key in memory for this session only; it is never written to disk in plain text.</source>
        <translation>Nessun portachiavi disponibile (%1). Finché non lo sarà, Rostrum conserva la chiave API in memoria solo per questa sessione; non viene mai scritta su disco in chiaro.</translation>
    </message>
    <message>
        <source>The keychain refused access or is locked. Unlock it (for example by logging in again, or in &quot;Passwords and Keys&quot;) and allow Rostrum to use it. Until then the API key is kept in memory for this session only.</source>
        <translation>Il portachiavi ha negato l&apos;accesso o è bloccato. Sbloccarlo (ad esempio accedendo di nuovo, oppure in &quot;Password e chiavi&quot;) e consentire a Rostrum di usarlo. Nel frattempo la chiave API viene conservata in memoria solo per questa sessione.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry: %1</source>
        <translation>Il portachiavi non è riuscito a eliminare la voce: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::MarkdownExporter</name>
    <message>
        <source>✗ unverified</source>
        <translation>✗ non verificato</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citazioni</translation>
    </message>
</context>
<context>
    <name>rostrum::MemorySecretStore</name>
    <message>
        <source>The in-memory test keychain was told to fail.</source>
        <translation>Al portachiavi di prova in memoria è stato chiesto di fallire.</translation>
    </message>
    <message>
        <source>in memory (this session only)</source>
        <translation>in memoria (solo questa sessione)</translation>
    </message>
</context>
<context>
    <name>rostrum::ModelCatalog</name>
    <message>
        <source>The model %1 is deprecated and will be removed on %2.</source>
        <translation>Il modello %1 è deprecato e sarà rimosso il %2.</translation>
    </message>
    <message>
        <source>The model %1 is deprecated and will be removed.</source>
        <translation>Il modello %1 è deprecato e sarà rimosso.</translation>
    </message>
    <message>
        <source>Move to %1.</source>
        <translation>Passare a %1.</translation>
    </message>
    <message>
        <source>Choose another model (rostrum-cli models).</source>
        <translation>Scegliere un altro modello (rostrum-cli models).</translation>
    </message>
</context>
<context>
    <name>rostrum::Summarizer</name>
    <message>
        <source>The summary took too long.</source>
        <translation>Il riepilogo ha richiesto troppo tempo.</translation>
    </message>
    <message>
        <source>No chat model can make a summary.</source>
        <translation>Nessun modello di chat è in grado di creare un riepilogo.</translation>
    </message>
    <message>
        <source>The summary came back empty.</source>
        <translation>Il riepilogo è risultato vuoto.</translation>
    </message>
</context>
<context>
    <name>rostrum::ToolSchema</name>
    <message>
        <source>%1: the schema is nested more than %2 levels deep</source>
        <translation>%1: lo schema ha più di %2 livelli di annidamento</translation>
    </message>
    <message>
        <source>%1: a schema must be a JSON object</source>
        <translation>%1: uno schema deve essere un oggetto JSON</translation>
    </message>
    <message>
        <source>%1.type: every entry of a type list must be a string</source>
        <translation>%1.type: ogni voce di un elenco di tipi deve essere una stringa</translation>
    </message>
    <message>
        <source>%1.type: must be a string or a list of strings</source>
        <translation>%1.type: deve essere una stringa o un elenco di stringhe</translation>
    </message>
    <message>
        <source>%1.type: &quot;%2&quot; is not a JSON Schema type (use one of %3)</source>
        <translation>%1.type: &quot;%2&quot; non è un tipo JSON Schema (usare uno tra %3)</translation>
    </message>
    <message>
        <source>%1: says neither its &quot;type&quot; nor &quot;enum&quot;, &quot;anyOf&quot;, &quot;oneOf&quot;, &quot;allOf&quot; or &quot;$ref&quot;</source>
        <translation>%1: non indica né il suo &quot;type&quot; né &quot;enum&quot;, &quot;anyOf&quot;, &quot;oneOf&quot;, &quot;allOf&quot; o &quot;$ref&quot;</translation>
    </message>
    <message>
        <source>%1.description: must be a string</source>
        <translation>%1.description: deve essere una stringa</translation>
    </message>
    <message>
        <source>%1.enum: must be a non-empty list</source>
        <translation>%1.enum: deve essere un elenco non vuoto</translation>
    </message>
    <message>
        <source>%1.%2: must be a non-empty list of schemas</source>
        <translation>%1.%2: deve essere un elenco non vuoto di schemi</translation>
    </message>
    <message>
        <source>%1: an array must say what its &quot;items&quot; are</source>
        <translation>%1: un array deve indicare quali sono i suoi &quot;items&quot;</translation>
    </message>
    <message>
        <source>%1.properties: must be an object mapping names to schemas</source>
        <translation>%1.properties: deve essere un oggetto che associa nomi a schemi</translation>
    </message>
    <message>
        <source>%1.required: must be a list of property names</source>
        <translation>%1.required: deve essere un elenco di nomi di proprietà</translation>
    </message>
    <message>
        <source>%1.required: every entry must be a property name (a string)</source>
        <translation>%1.required: ogni voce deve essere un nome di proprietà (una stringa)</translation>
    </message>
    <message>
        <source>%1.required: &quot;%2&quot; is not one of the properties</source>
        <translation>%1.required: &quot;%2&quot; non è una delle proprietà</translation>
    </message>
    <message>
        <source>%1.required: &quot;%2&quot; is listed twice</source>
        <translation>%1.required: &quot;%2&quot; è elencato due volte</translation>
    </message>
    <message>
        <source>type: a tool must be of type &quot;function&quot;, not &quot;%1&quot;</source>
        <translation>type: uno strumento deve essere di tipo &quot;function&quot;, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>function: must be an object with name, description and parameters</source>
        <translation>function: deve essere un oggetto con name, description e parameters</translation>
    </message>
    <message>
        <source>%1.name: a function needs a name</source>
        <translation>%1.name: una funzione richiede un nome</translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1.name: &quot;%2&quot; deve contenere da 1 a 64 lettere, cifre, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1.parameters: a function needs parameters (a schema of type &quot;object&quot;)</source>
        <translation>%1.parameters: una funzione richiede parametri (uno schema di tipo &quot;object&quot;)</translation>
    </message>
    <message>
        <source>%1.parameters: must be a JSON Schema object</source>
        <translation>%1.parameters: deve essere un oggetto JSON Schema</translation>
    </message>
    <message>
        <source>%1.parameters.type: function parameters must be of type &quot;object&quot;</source>
        <translation>%1.parameters.type: i parametri di una funzione devono essere di tipo &quot;object&quot;</translation>
    </message>
    <message>
        <source>tools[%1]: must be an object</source>
        <translation>tools[%1]: deve essere un oggetto</translation>
    </message>
    <message>
        <source>tools[%1]: the name &quot;%2&quot; is used by another tool</source>
        <translation>tools[%1]: il nome &quot;%2&quot; è già usato da un altro strumento</translation>
    </message>
</context>
<context>
    <name>rostrum::TournamentBatchRounds</name>
    <message numerus="yes">
        <source>The batch job %1 ended %2 without answering %n request(s), after %3 attempts.</source>
        <translation>
            <numerusform>Il job batch %1 è terminato con %2 senza rispondere a %n richiesta, dopo %3 tentativi.</numerusform>
            <numerusform>Il job batch %1 è terminato con %2 senza rispondere a %n richieste, dopo %3 tentativi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::TournamentRunner</name>
    <message>
        <source>This tournament is already running.</source>
        <translation>Questo torneo è già in corso.</translation>
    </message>
    <message>
        <source>Tournament %1 is still running in another process.</source>
        <translation>Il torneo %1 è ancora in corso in un altro processo.</translation>
    </message>
    <message>
        <source>Tournament %1 is already finished.</source>
        <translation>Il torneo %1 è già terminato.</translation>
    </message>
    <message>
        <source>The tournament could not be saved.</source>
        <translation>Impossibile salvare il torneo.</translation>
    </message>
    <message>
        <source>Debate %1 of the tournament cannot run: %2</source>
        <translation>Il dibattito %1 del torneo non può essere eseguito: %2</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Interrotto dall&apos;utente.</translation>
    </message>
    <message>
        <source>This tournament runs on the Batch API, which is not available here.</source>
        <translation>Questo torneo usa la Batch API, che qui non è disponibile.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Altri strumenti</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ApiKeyFlow</name>
    <message>
        <source>Mistral&apos;s API needs a key: paste yours here, or choose a custom endpoint.</source>
        <translation>L&apos;API di Mistral richiede una chiave: incolla qui la tua o scegli un endpoint personalizzato.</translation>
    </message>
    <message>
        <source>Key saved (%1).</source>
        <translation>Chiave salvata (%1).</translation>
    </message>
    <message>
        <source>no key entered or stored</source>
        <translation>nessuna chiave inserita o salvata</translation>
    </message>
    <message numerus="yes">
        <source>%n models available</source>
        <translation>
            <numerusform>%n modello disponibile</numerusform>
            <numerusform>%n modelli disponibili</numerusform>
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
        <translation>Mostra la classifica dei tornei, la matrice degli scontri diretti e i giudici</translation>
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
        <translation>%1 non gioca contro se stesso</translation>
    </message>
    <message>
        <source>%1 against %2: %3 wins, %4 losses, %5 ties</source>
        <translation>%1 contro %2: %3 vittorie, %4 sconfitte, %5 pareggi</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ArenaRatingChart</name>
    <message>
        <source>Ratings with their 95% intervals</source>
        <translation>Punteggi con i relativi intervalli al 95%</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: da %2 a %3</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Rating (Elo scale)</source>
        <translation>Punteggio (scala Elo)</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ArenaWindow</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1–%2–%3</source>
        <translation>%1–%2–%3</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminato</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrotto</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fermato</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>&amp;Tournament:</source>
        <translation>&amp;Torneo:</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Read the tournament again from the database (F5)</source>
        <translation>Rileggi il torneo dal database (F5)</translation>
    </message>
    <message>
        <source>Tournament summary</source>
        <translation>Riepilogo del torneo</translation>
    </message>
    <message>
        <source>Arena views</source>
        <translation>Viste dell&apos;arena</translation>
    </message>
    <message>
        <source>&amp;Leaderboard</source>
        <translation>&amp;Classifica</translation>
    </message>
    <message>
        <source>Head-to-head matrix</source>
        <translation>Matrice degli scontri diretti</translation>
    </message>
    <message>
        <source>Each cell: the row model&apos;s wins, losses and ties against the column model</source>
        <translation>Ogni cella: vittorie, sconfitte e pareggi del modello della riga contro il modello della colonna</translation>
    </message>
    <message>
        <source>&amp;Head to head</source>
        <translation>&amp;Scontri diretti</translation>
    </message>
    <message>
        <source>&amp;Judges</source>
        <translation>&amp;Giudici</translation>
    </message>
    <message>
        <source>&amp;Debates</source>
        <translation>&amp;Dibattiti</translation>
    </message>
    <message>
        <source>Ratings chart</source>
        <translation>Grafico dei punteggi</translation>
    </message>
    <message>
        <source>Each model&apos;s rating as a dot and its 95% interval as a bar</source>
        <translation>Il punteggio di ogni modello come punto e il suo intervallo al 95% come barra</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervallo al 95%</translation>
    </message>
    <message>
        <source>Won–lost–tied</source>
        <translation>Vinte–perse–pareggiate</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Partite</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classifica</translation>
    </message>
    <message>
        <source>Agreement between the judges</source>
        <translation>Accordo tra i giudici</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Giudice</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdetti</translation>
    </message>
    <message>
        <source>First-position win rate</source>
        <translation>Tasso di vittoria in prima posizione</translation>
    </message>
    <message>
        <source>Flip rate</source>
        <translation>Tasso di inversione</translation>
    </message>
    <message>
        <source>Agreement with the majority</source>
        <translation>Accordo con la maggioranza</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Giudici</translation>
    </message>
    <message>
        <source>First-position win rate: how often the side read first won (50% is fair). Flip rate: how often swapping the order changed the winner.</source>
        <translation>Tasso di vittoria in prima posizione: quanto spesso ha vinto la posizione letta per prima (50% è equo). Tasso di inversione: quanto spesso scambiare l&apos;ordine ha cambiato il vincitore.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>A favore</translation>
    </message>
    <message>
        <source>Con</source>
        <translation>Contro</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Mozione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Tournament debates</source>
        <translation>Dibattiti del torneo</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a debate in the main window</source>
        <translation>Fai doppio clic o premi Invio per aprire un dibattito nella finestra principale</translation>
    </message>
    <message>
        <source>%1 — %2 models, %3 debates (%4)</source>
        <translation>%1 — %2 modelli, %3 dibattiti (%4)</translation>
    </message>
    <message>
        <source>No tournament saved yet. Run one with “rostrum-cli tournament”.</source>
        <translation>Nessun torneo ancora salvato. Avviane uno con «rostrum-cli tournament».</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Il database non è aperto.</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 debates finished, %4 games rated. Cost: $%5</source>
        <translation>%1 — %2 di %3 dibattiti terminati, %4 partite valutate. Costo: $%5</translation>
    </message>
    <message>
        <source> of a $%1 budget</source>
        <translation> di un budget di $%1</translation>
    </message>
    <message>
        <source>. Stopped: %1</source>
        <translation>. Interrotto: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ (agreement between the judges): %1</source>
        <translation>κ di Fleiss (accordo tra i giudici): %1</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ: n/a (needs at least two judges on the same debates)</source>
        <translation>κ di Fleiss: n/d (servono almeno due giudici sugli stessi dibattiti)</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::AudienceVoteDialog</name>
    <message>
        <source>Audience Vote</source>
        <translation>Voto del pubblico</translation>
    </message>
    <message>
        <source>The debate is over. How does the audience vote now? Before the debate: %1.</source>
        <translation>Il dibattito è terminato. Come vota ora il pubblico? Prima del dibattito: %1.</translation>
    </message>
    <message>
        <source>The debate is over. How does the audience vote now?</source>
        <translation>Il dibattito è terminato. Come vota ora il pubblico?</translation>
    </message>
    <message>
        <source>&amp;Record Vote</source>
        <translation>&amp;Registra voto</translation>
    </message>
    <message>
        <source>&amp;No Vote</source>
        <translation>&amp;Nessun voto</translation>
    </message>
    <message>
        <source>Enter at least one vote, or choose No Vote.</source>
        <translation>Inserisci almeno un voto oppure scegli «Nessun voto».</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::AudienceVoteForm</name>
    <message>
        <source>For</source>
        <translation>A favore</translation>
    </message>
    <message>
        <source>Votes for the motion after the debate</source>
        <translation>Voti a favore della mozione dopo il dibattito</translation>
    </message>
    <message>
        <source>Votes for the motion before the debate</source>
        <translation>Voti a favore della mozione prima del dibattito</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contro</translation>
    </message>
    <message>
        <source>Votes against the motion after the debate</source>
        <translation>Voti contro la mozione dopo il dibattito</translation>
    </message>
    <message>
        <source>Votes against the motion before the debate</source>
        <translation>Voti contro la mozione prima del dibattito</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indecisi</translation>
    </message>
    <message>
        <source>Undecided votes after the debate</source>
        <translation>Voti indecisi dopo il dibattito</translation>
    </message>
    <message>
        <source>Undecided votes before the debate</source>
        <translation>Voti indecisi prima del dibattito</translation>
    </message>
    <message>
        <source>%1 for (%2%), %3 against, %4 undecided</source>
        <translation>%1 a favore (%2%), %3 contro, %4 indecisi</translation>
    </message>
    <message>
        <source>%1 points: the motion lost ground</source>
        <translation>%1 punti: la mozione ha perso terreno</translation>
    </message>
    <message>
        <source>%1 points for the motion</source>
        <translation>%1 punti a favore della mozione</translation>
    </message>
    <message>
        <source>Audience before: %1.</source>
        <translation>Pubblico prima: %1.</translation>
    </message>
    <message>
        <source>After: %1.</source>
        <translation>Dopo: %1.</translation>
    </message>
    <message>
        <source>Swing: %1.</source>
        <translation>Variazione: %1.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::CodeHighlighter</name>
    <message>
        <source>Plain text</source>
        <translation>Testo semplice</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::CodePane</name>
    <message>
        <source>Code under debate</source>
        <translation>Codice in discussione</translation>
    </message>
    <message>
        <source>Paste or open code in the debate setup to discuss it here.</source>
        <translation>Incollare o aprire del codice nella configurazione del dibattito per discuterlo qui.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardCharts</name>
    <message>
        <source>Cumulative spend</source>
        <translation>Spesa cumulativa</translation>
    </message>
    <message>
        <source>US$</source>
        <translation>US$</translation>
    </message>
    <message>
        <source>Cost per model</source>
        <translation>Costo per modello</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Latency per model</source>
        <translation>Latenza per modello</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latenza p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latenza p95</translation>
    </message>
    <message>
        <source>Time to first token p50</source>
        <translation>Tempo al primo token p50</translation>
    </message>
    <message>
        <source>Time to first token p95</source>
        <translation>Tempo al primo token p95</translation>
    </message>
    <message>
        <source>Errors per model</source>
        <translation>Errori per modello</translation>
    </message>
    <message>
        <source>Speed per model</source>
        <translation>Velocità per modello</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Token al secondo</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Tasso di hit della cache</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Tasso di hit</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
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
        <translation>Spesa, latenza, errori e limiti per modello (Ctrl+D)</translation>
    </message>
    <message>
        <source>Dashboard in its own &amp;window</source>
        <translation>Dashboard in una &amp;finestra separata</translation>
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
            <numerusform>Non è inclusa %n richiesta a modelli senza prezzo noto</numerusform>
            <numerusform>Non sono incluse %n richieste a modelli senza prezzo noto</numerusform>
        </translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Tutti i modelli</translation>
    </message>
    <message>
        <source>Failed attempts of this class, including ones a retry made good</source>
        <translation>Tentativi non riusciti di questa classe, compresi quelli risolti da un nuovo tentativo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscite</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Token di input</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Token di output</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latenza p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latenza p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latenza p99</translation>
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
        <translation>Velocità</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nuovi tentativi</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>Hit della cache</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Tasso di hit</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Risparmiato</translation>
    </message>
    <message>
        <source>Prompt cache saved</source>
        <translation>Risparmio dalla cache dei prompt</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardWidget</name>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Save the table of this range as a CSV file</source>
        <translation>Salva la tabella di questo intervallo come file CSV</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Intervallo:</translation>
    </message>
    <message>
        <source>Requests in the last minute against the known limit</source>
        <translation>Richieste nell&apos;ultimo minuto rispetto al limite noto</translation>
    </message>
    <message>
        <source>Tokens in the last minute against the known limit</source>
        <translation>Token nell&apos;ultimo minuto rispetto al limite noto</translation>
    </message>
    <message>
        <source>What the current debate has cost against its budget</source>
        <translation>Quanto è costato il dibattito in corso rispetto al suo budget</translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation>Richieste/min</translation>
    </message>
    <message>
        <source>Tokens/min</source>
        <translation>Token/min</translation>
    </message>
    <message>
        <source>Debate budget</source>
        <translation>Budget del dibattito</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No debate yet&lt;/h3&gt;&lt;p&gt;Start a debate: its requests will appear here as they finish.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nessun dibattito&lt;/h3&gt;&lt;p&gt;Avviare un dibattito: le sue richieste compariranno qui man mano che terminano.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No requests yet&lt;/h3&gt;&lt;p&gt;Requests in this range will appear here as they finish: spend, latency, errors and limits per model.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nessuna richiesta&lt;/h3&gt;&lt;p&gt;Le richieste di questo intervallo compariranno qui man mano che terminano: spesa, latenza, errori e limiti per modello.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1</source>
        <translation>
            <numerusform>%n richiesta, %1</numerusform>
            <numerusform>%n richieste, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (no known limit)</source>
        <translation>%1 (nessun limite noto)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connesso</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>no debate</source>
        <translation>nessun dibattito</translation>
    </message>
    <message>
        <source>%1 (no budget)</source>
        <translation>%1 (nessun budget)</translation>
    </message>
    <message>
        <source>%1 hit rate, %2 saved</source>
        <translation>%1 di hit, %2 risparmiati</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>non ancora usata</translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation>Esporta l&apos;utilizzo in CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Impossibile salvare: %1</translation>
    </message>
    <message>
        <source>Prompt tokens the API served from its prompt cache, billed at a lower price, and what that saved against the full input price</source>
        <translation>Token di input che l&apos;API ha servito dalla sua cache dei prompt, fatturati a un prezzo inferiore, e quanto si è risparmiato rispetto al prezzo pieno di input</translation>
    </message>
    <message>
        <source>Prompt cache</source>
        <translation>Cache dei prompt</translation>
    </message>
    <message>
        <source>%1 tokens cached, %2 saved</source>
        <translation>%1 token in cache, %2 risparmiati</translation>
    </message>
    <message>
        <source>no cached tokens yet</source>
        <translation>ancora nessun token in cache</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateFileJobs</name>
    <message>
        <source>Opening %1…</source>
        <translation>Apertura di %1…</translation>
    </message>
    <message>
        <source>Open Debate</source>
        <translation>Apri dibattito</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Aperto: %1.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Esportazione in %1…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Esportato in %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Rostrum debates (*.json)</source>
        <translation>Dibattiti di Rostrum (*.json)</translation>
    </message>
    <message>
        <source>Export Debate</source>
        <translation>Esporta dibattito</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html);;JSON (*.json);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;HTML (*.html);;JSON (*.json);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rostrum debate (%2).</source>
        <translation>%1 non è un dibattito di Rostrum (%2).</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importazione di %1…</translation>
    </message>
    <message>
        <source>Import Debate</source>
        <translation>Importa dibattito</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 non è stato importato: %2</translation>
    </message>
    <message>
        <source>Debate exports (*.json)</source>
        <translation>Esportazioni di dibattiti (*.json)</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebatePane</name>
    <message>
        <source>Line %1 is not in the code.</source>
        <translation>La riga %1 non è presente nel codice.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateSession</name>
    <message>
        <source>rate limit (requests per second)</source>
        <translation>limite di frequenza (richieste al secondo)</translation>
    </message>
    <message>
        <source>rate limit (requests per minute)</source>
        <translation>limite di frequenza (richieste al minuto)</translation>
    </message>
    <message>
        <source>rate limit (tokens per minute)</source>
        <translation>limite di frequenza (token al minuto)</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>limite di frequenza</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite di frequenza raggiunto</translation>
    </message>
    <message>
        <source>rate limit (none left this minute)</source>
        <translation>limite di frequenza (niente più in questo minuto)</translation>
    </message>
    <message>
        <source>learning the rate limits</source>
        <translation>apprendimento dei limiti di frequenza</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateSetupDialog</name>
    <message>
        <source>&amp;Start Debate</source>
        <translation>A&amp;vvia dibattito</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Debater %1</source>
        <translation>Oratore %1</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposizione</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>Opposizione</translation>
    </message>
    <message>
        <source> — $%1 in / $%2 out per M tokens</source>
        <translation> — $%1 input / $%2 output per M token</translation>
    </message>
    <message>
        <source> — price unknown</source>
        <translation> — prezzo sconosciuto</translation>
    </message>
    <message>
        <source> · %1k context</source>
        <translation> · contesto di %1k</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Nessun giudice</translation>
    </message>
    <message>
        <source>Side of debater %1</source>
        <translation>Posizione dell&apos;oratore %1</translation>
    </message>
    <message>
        <source>For (proposition)</source>
        <translation>A favore (proposizione)</translation>
    </message>
    <message>
        <source>Against (opposition)</source>
        <translation>Contro (opposizione)</translation>
    </message>
    <message>
        <source>Model of debater %1</source>
        <translation>Modello dell&apos;oratore %1</translation>
    </message>
    <message>
        <source>Default for the language</source>
        <translation>Predefinito per la lingua</translation>
    </message>
    <message numerus="yes">
        <source>%n requests. Cost: unknown (no price for %1).</source>
        <translation>
            <numerusform>%n richiesta. Costo: sconosciuto (nessun prezzo per %1).</numerusform>
            <numerusform>%n richieste. Costo: sconosciuto (nessun prezzo per %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>sconosciuta</translation>
    </message>
    <message numerus="yes">
        <source>%n requests. Estimated cost: $%1 – $%2 (prices as of %3).</source>
        <translation>
            <numerusform>%n richiesta. Costo stimato: $%1 – $%2 (data dei prezzi: %3).</numerusform>
            <numerusform>%n richieste. Costo stimato: $%1 – $%2 (data dei prezzi: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget may stop the debate early.</source>
        <translation>Il budget potrebbe interrompere il dibattito in anticipo.</translation>
    </message>
    <message>
        <source>Open Code</source>
        <translation>Apri codice</translation>
    </message>
    <message>
        <source>Source files (*.c *.cc *.cpp *.cxx *.h *.hpp *.py *.js *.mjs *.ts *.tsx *.java *.go *.rs *.sh *.sql);;All files (*)</source>
        <translation>File sorgente (*.c *.cc *.cpp *.cxx *.h *.hpp *.py *.js *.mjs *.ts *.tsx *.java *.go *.rs *.sh *.sql);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Caricamento di %1…</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossibile leggere %1.</translation>
    </message>
    <message>
        <source>Default for the language (%1)</source>
        <translation>Predefinito per la lingua (%1)</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Classico</translation>
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
        <translation>Revisione del codice</translation>
    </message>
    <message>
        <source>Prompt tokens counted exactly with each model&apos;s tokenizer.</source>
        <translation>Token di input contati esattamente con il tokenizer di ciascun modello.</translation>
    </message>
    <message>
        <source>Prompt tokens estimated (no tokenizer data for some model).</source>
        <translation>Token di input stimati (mancano i dati del tokenizer per qualche modello).</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>You type this debater&apos;s speeches</source>
        <translation>Scrivi tu gli interventi di questo oratore</translation>
    </message>
    <message>
        <source>An Oxford debate is won by the swing: the audience votes before and after it</source>
        <translation>Un dibattito Oxford si vince con la variazione: il pubblico vota prima e dopo</translation>
    </message>
    <message>
        <source>Audience &amp;vote before:</source>
        <translation>Voto del &amp;pubblico prima:</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateStudio</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Rematch with Sides S&amp;wapped</source>
        <translation>Rivincita a posizioni &amp;invertite</translation>
    </message>
    <message>
        <source>Ask the &amp;Judge Again</source>
        <translation>Chiedi di nuovo al &amp;giudice</translation>
    </message>
    <message>
        <source>Include &amp;Reasoning in Exports</source>
        <translation>Includi il &amp;ragionamento nelle esportazioni</translation>
    </message>
    <message>
        <source>Run this debate again with the debaters on the other sides, then compare the verdicts</source>
        <translation>Ripeti questo dibattito con gli oratori nelle posizioni opposte, poi confronta i verdetti</translation>
    </message>
    <message>
        <source>Ask the judge for a new verdict (a new, costed request)</source>
        <translation>Chiedi al giudice un nuovo verdetto (una nuova richiesta a pagamento)</translation>
    </message>
    <message>
        <source>Exports also write what reasoning models thought before they spoke</source>
        <translation>Le esportazioni riportano anche ciò che i modelli di ragionamento hanno pensato prima di parlare</translation>
    </message>
    <message>
        <source>Read a debate exported as JSON and save it as a new debate</source>
        <translation>Leggi un dibattito esportato in JSON e salvalo come nuovo dibattito</translation>
    </message>
    <message>
        <source>Rematch with Sides Swapped</source>
        <translation>Rivincita a posizioni invertite</translation>
    </message>
    <message>
        <source>Ask the Judge Again</source>
        <translation>Chiedi di nuovo al giudice</translation>
    </message>
    <message>
        <source>Asking the judge again…</source>
        <translation>Nuova richiesta al giudice in corso…</translation>
    </message>
    <message>
        <source>Import Debate</source>
        <translation>Importa dibattito</translation>
    </message>
    <message>
        <source>The debate was not imported: the database could not be opened.</source>
        <translation>Il dibattito non è stato importato: impossibile aprire il database.</translation>
    </message>
    <message>
        <source>Imported as a new debate.</source>
        <translation>Importato come nuovo dibattito.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DeprecationBadge</name>
    <message numerus="yes">
        <source>⚠ %n deprecated model(s)</source>
        <translation>
            <numerusform>⚠ %n modello deprecato</numerusform>
            <numerusform>⚠ %n modelli deprecati</numerusform>
        </translation>
    </message>
    <message>
        <source>Deprecated models</source>
        <translation>Modelli deprecati</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::FirstRunPage</name>
    <message>
        <source>Paste a key first.</source>
        <translation>Incollare prima una chiave.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ForkController</name>
    <message>
        <source>Continue from &amp;Here…</source>
        <translation>Continua da &amp;qui…</translation>
    </message>
    <message>
        <source>Start a new debate that shares the speeches up to this one (Ctrl+Shift+N)</source>
        <translation>Avvia un nuovo dibattito che condivide gli interventi fino a questo (Ctrl+Maiusc+N)</translation>
    </message>
    <message>
        <source>Choose a finished speech of a saved debate to continue from.</source>
        <translation>Scegli un intervento concluso di un dibattito salvato da cui proseguire.</translation>
    </message>
    <message>
        <source>Stop the running debate before continuing from one of its speeches.</source>
        <translation>Interrompi il dibattito in corso prima di proseguire da uno dei suoi interventi.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ForkDialog</name>
    <message>
        <source>Against (debater %1)</source>
        <translation>Contro (oratore %1)</translation>
    </message>
    <message>
        <source>For (debater %1)</source>
        <translation>A favore (oratore %1)</translation>
    </message>
    <message>
        <source>Continue from Here</source>
        <translation>Continua da qui</translation>
    </message>
    <message numerus="yes">
        <source>A new debate shares the first %n entries of this one, up to and including speech %1 (%2), and goes on from there. The original debate is kept as it is.</source>
        <translation>
            <numerusform>Un nuovo dibattito condivide %n voce iniziale di questo, fino all&apos;intervento %1 (%2) compreso, e prosegue da lì. Il dibattito originale resta com&apos;è.</numerusform>
            <numerusform>Un nuovo dibattito condivide le prime %n voci di questo, fino all&apos;intervento %1 (%2) compreso, e prosegue da lì. Il dibattito originale resta com&apos;è.</numerusform>
        </translation>
    </message>
    <message>
        <source>No debater speaks after this speech: the new debate would only be judged.</source>
        <translation>Nessun oratore parla dopo questo intervento: il nuovo dibattito verrebbe solo giudicato.</translation>
    </message>
    <message>
        <source>&amp;Start the New Debate</source>
        <translation>&amp;Avvia il nuovo dibattito</translation>
    </message>
    <message>
        <source>Speaks next: %1</source>
        <translation>Prossimo a parlare: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Poi: %1</translation>
    </message>
    <message>
        <source>Model of %1</source>
        <translation>Modello di %1</translation>
    </message>
    <message>
        <source>Language of %1</source>
        <translation>Lingua di %1</translation>
    </message>
    <message>
        <source>Persona of %1</source>
        <translation>Profilo di %1</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modello:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Profilo:</translation>
    </message>
    <message>
        <source>Default for the language</source>
        <translation>Predefinito per la lingua</translation>
    </message>
    <message>
        <source>e.g. a pragmatic economist</source>
        <translation>ad es. un economista pragmatico</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::HistoryController</name>
    <message>
        <source>Loading saved debates…</source>
        <translation>Caricamento dei dibattiti salvati…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::HumanSpeechEditor</name>
    <message>
        <source>&amp;Submit Speech</source>
        <translation>&amp;Invia intervento</translation>
    </message>
    <message>
        <source>Your speech</source>
        <translation>Il tuo intervento</translation>
    </message>
    <message>
        <source>Write your speech here. Ctrl+Enter delivers it.</source>
        <translation>Scrivi qui il tuo intervento. Ctrl+Invio lo pronuncia.</translation>
    </message>
    <message>
        <source>Length of your speech</source>
        <translation>Lunghezza del tuo intervento</translation>
    </message>
    <message>
        <source>Deliver your speech and let the debate go on (Ctrl+Enter)</source>
        <translation>Pronuncia il tuo intervento e lascia proseguire il dibattito (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 di %2 token</translation>
    </message>
    <message>
        <source>about %1 of %2 tokens</source>
        <translation>circa %1 di %2 token</translation>
    </message>
    <message>
        <source>%1 — %2 over the speech length</source>
        <translation>%1 — %2 oltre la lunghezza dell&apos;intervento</translation>
    </message>
    <message>
        <source>The debate is not waiting for your speech. Your draft is kept.</source>
        <translation>Il dibattito non è in attesa del tuo intervento. La bozza viene conservata.</translation>
    </message>
    <message>
        <source>Your speech is empty: write something before submitting it.</source>
        <translation>Il tuo intervento è vuoto: scrivi qualcosa prima di inviarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Your speech is %n token(s) over the speech length: shorten it before submitting it.</source>
        <translation>
            <numerusform>Il tuo intervento supera di %n token la lunghezza prevista: accorcialo prima di inviarlo.</numerusform>
            <numerusform>Il tuo intervento supera di %n token la lunghezza prevista: accorcialo prima di inviarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::gui::InterjectionBar</name>
    <message>
        <source>Inter&amp;ject</source>
        <translation>Inter&amp;pella</translation>
    </message>
    <message>
        <source>Interjection</source>
        <translation>Interpellanza</translation>
    </message>
    <message>
        <source>A question for the next speaker (Ctrl+I, Enter to send)</source>
        <translation>Una domanda per il prossimo oratore (Ctrl+I, Invio per inviare)</translation>
    </message>
    <message>
        <source>Interject as</source>
        <translation>Interpella come</translation>
    </message>
    <message>
        <source>as moderator</source>
        <translation>come moderatore</translation>
    </message>
    <message>
        <source>from the audience</source>
        <translation>dal pubblico</translation>
    </message>
    <message>
        <source>Put this to the next speaker, who is asked to address it</source>
        <translation>Rivolgi questa domanda al prossimo oratore, che è tenuto a rispondere</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::LecternController</name>
    <message>
        <source>&amp;Interject…</source>
        <translation>&amp;Interpella…</translation>
    </message>
    <message>
        <source>Put a question to the next speaker, as moderator or from the audience (Ctrl+I)</source>
        <translation>Rivolgi una domanda al prossimo oratore, come moderatore o dal pubblico (Ctrl+I)</translation>
    </message>
    <message>
        <source>Audience swing: %1.</source>
        <translation>Variazione del pubblico: %1.</translation>
    </message>
    <message>
        <source>Your question from the audience goes to the next speaker.</source>
        <translation>La tua domanda dal pubblico va al prossimo oratore.</translation>
    </message>
    <message>
        <source>Your question as moderator goes to the next speaker.</source>
        <translation>La tua domanda come moderatore va al prossimo oratore.</translation>
    </message>
    <message>
        <source>against the motion</source>
        <translation>contro la mozione</translation>
    </message>
    <message>
        <source>for the motion</source>
        <translation>a favore della mozione</translation>
    </message>
    <message>
        <source>Your turn, %1 (%2): %3 — speech %4 of %5</source>
        <translation>Tocca a te, %1 (%2): %3 — intervento %4 di %5</translation>
    </message>
    <message>
        <source>Your turn: write your speech, then press Ctrl+Enter.</source>
        <translation>Tocca a te: scrivi il tuo intervento, poi premi Ctrl+Invio.</translation>
    </message>
    <message>
        <source>The debate is paused: resume it to deliver your speech.</source>
        <translation>Il dibattito è in pausa: riprendilo per pronunciare il tuo intervento.</translation>
    </message>
    <message>
        <source>The debate has stopped. Your draft is kept: Resume continues the debate.</source>
        <translation>Il dibattito si è interrotto. La bozza viene conservata: Riprendi fa proseguire il dibattito.</translation>
    </message>
    <message>
        <source>The debate did not take your speech. Your draft is kept.</source>
        <translation>Il dibattito non ha accettato il tuo intervento. La bozza viene conservata.</translation>
    </message>
    <message>
        <source>Your speech is delivered.</source>
        <translation>Il tuo intervento è stato pronunciato.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::MainWindow</name>
    <message>
        <source>The debate has ended.</source>
        <translation>Il dibattito è terminato.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Only the latest speech can be asked again, once nothing is streaming.</source>
        <translation>È possibile richiedere di nuovo solo l&apos;ultimo intervento, quando non c&apos;è nulla in corso.</translation>
    </message>
    <message>
        <source>New Debate</source>
        <translation>Nuovo dibattito</translation>
    </message>
    <message>
        <source>About Rostrum</source>
        <translation>Informazioni su Rostrum</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;AI debates on the Mistral API: debaters argue a motion over rounds, in your language or about your code, with a judge, a budget and live charts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;Dibattiti tra IA con l&apos;API di Mistral: gli oratori discutono una mozione in più turni, nella propria lingua o sul proprio codice, con un giudice, un budget e grafici in tempo reale.&lt;/p&gt;&lt;p&gt;Realizzato con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Debates will not be saved: the database could not be opened (%1).</source>
        <translation>I dibattiti non verranno salvati: impossibile aprire il database (%1).</translation>
    </message>
    <message>
        <source>Stop the running debate before opening another one.</source>
        <translation>Interrompere il dibattito in corso prima di aprirne un altro.</translation>
    </message>
    <message>
        <source>Opening the saved debate…</source>
        <translation>Apertura del dibattito salvato…</translation>
    </message>
    <message>
        <source>That debate is no longer in the database.</source>
        <translation>Quel dibattito non è più presente nel database.</translation>
    </message>
    <message>
        <source>Opened. This debate did not finish: Resume continues it.</source>
        <translation>Aperto. Questo dibattito non è terminato: per continuarlo usare «Riprendi dibattito salvato».</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>Aperto.</translation>
    </message>
    <message>
        <source>Resume Debate</source>
        <translation>Riprendi dibattito</translation>
    </message>
    <message>
        <source>Resuming the debate.</source>
        <translation>Ripresa del dibattito.</translation>
    </message>
    <message>
        <source>Continue from Here</source>
        <translation>Continua da qui</translation>
    </message>
    <message>
        <source>A new debate continues from speech %1.</source>
        <translation>Un nuovo dibattito prosegue dall&apos;intervento %1.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::MainWindowActions</name>
    <message>
        <source>Res&amp;ume Saved Debate</source>
        <translation>Riprendi dibattito &amp;salvato</translation>
    </message>
    <message>
        <source>Continue a debate that was interrupted or stopped before its end</source>
        <translation>Continua un dibattito interrotto o fermato prima della fine</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ScreenshotTour</name>
    <message>
        <source>This house would make public transport free</source>
        <translation>Questa assemblea renderebbe gratuiti i trasporti pubblici</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposizione</translation>
    </message>
    <message>
        <source>Camille</source>
        <translation>Camille</translation>
    </message>
    <message>
        <source>Free public transport pays for itself in cleaner air, quieter streets and fuller buses. Cities that tried it, from Tallinn to Dunkirk, saw ridership rise by a fifth within two years, and the cost of collecting fares (ticket machines, inspectors, fraud) often ate a third of what the fares brought in.</source>
        <translation>Il trasporto pubblico gratuito si ripaga da solo con aria più pulita, strade più silenziose e autobus più pieni. Le città che l&apos;hanno provato, da Tallinn a Dunkerque, hanno visto i passeggeri aumentare di un quinto in due anni, e il costo della riscossione delle tariffe (biglietterie automatiche, controllori, evasione) si mangiava spesso un terzo degli incassi.</translation>
    </message>
    <message>
        <source>A fare-free network is not free: someone pays. The proposition&apos;s own examples show it: Tallinn raised local taxes, and Dunkirk&apos;s buses are fuller because people walk less, not because they drive less.</source>
        <translation>Una rete senza biglietti non è gratuita: qualcuno paga. Lo dimostrano gli esempi stessi della proposizione: Tallinn ha aumentato le tasse locali, e gli autobus di Dunkerque sono più pieni perché la gente cammina meno, non perché guida meno.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SessionListModel</name>
    <message numerus="yes">
        <source>%1
%2 · %3 · %n speeches</source>
        <translation>
            <numerusform>%1
%2 · %3 · %n intervento</numerusform>
            <numerusform>%1
%2 · %3 · %n interventi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speeches</source>
        <translation>
            <numerusform>%n intervento</numerusform>
            <numerusform>%n interventi</numerusform>
        </translation>
    </message>
    <message>
        <source>Fork from speech %1 · %2</source>
        <translation>Diramazione dall&apos;intervento %1 · %2</translation>
    </message>
    <message>
        <source>Fork of “%1”: %2</source>
        <translation>Diramazione di «%1»: %2</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Costo: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SessionRowFactory</name>
    <message>
        <source>for</source>
        <translation>a favore</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contro</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>pubblico</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderatore</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SettingsDialog</name>
    <message>
        <source>Auto (learn from the server)</source>
        <translation>Automatico (appreso dal server)</translation>
    </message>
    <message>
        <source>Free tier</source>
        <translation>Piano gratuito</translation>
    </message>
    <message>
        <source>Hobbyist</source>
        <translation>Hobbista</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Model for %1</source>
        <translation>Modello per %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>Ricerca di una chiave salvata…</translation>
    </message>
    <message>
        <source>No keychain available.</source>
        <translation>Nessun portachiavi disponibile.</translation>
    </message>
    <message>
        <source>Using the key from the environment (MISTRAL_API_KEY). A key entered here is stored in the keychain for when that variable is not set.</source>
        <translation>Viene usata la chiave della variabile d&apos;ambiente (MISTRAL_API_KEY). Una chiave inserita qui viene salvata nel portachiavi per quando la variabile non è impostata.</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Enter a new one to replace it.</source>
        <translation>Una chiave è salvata nel portachiavi di sistema. Inserirne una nuova per sostituirla.</translation>
    </message>
    <message>
        <source>A key is kept in memory for this session only (no keychain answered).</source>
        <translation>Una chiave è conservata in memoria solo per questa sessione (nessun portachiavi ha risposto).</translation>
    </message>
    <message>
        <source>No key yet. Get one at console.mistral.ai → API Keys.</source>
        <translation>Nessuna chiave. Ottenerne una su console.mistral.ai → API Keys.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Input $/M tokens</source>
        <translation>Input $/M token</translation>
    </message>
    <message>
        <source>Output $/M tokens</source>
        <translation>Output $/M token</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contesto</translation>
    </message>
    <message>
        <source>Prices as of %1. Edit a price to override it; your prices are kept in %2.</source>
        <translation>Data dei prezzi: %1. Modificare un prezzo per sostituirlo; i prezzi personalizzati vengono salvati in %2.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Could not save the prices: %1</source>
        <translation>Impossibile salvare i prezzi: %1</translation>
    </message>
    <message>
        <source>✔ The key works.</source>
        <translation>✔ La chiave funziona.</translation>
    </message>
    <message>
        <source>✘ The server refused this key. Check that it was copied whole, or create a new one in the console.</source>
        <translation>✘ Il server ha rifiutato questa chiave. Verificare che sia stata copiata per intero o crearne una nuova nella console.</translation>
    </message>
    <message>
        <source>⚠ The key is valid but has no quota: activate payments or a plan in the console.</source>
        <translation>⚠ La chiave è valida ma non ha quota: attivare i pagamenti o un piano nella console.</translation>
    </message>
    <message>
        <source>⚠ Could not reach the endpoint. Check the address and your connection.</source>
        <translation>⚠ Impossibile raggiungere l&apos;endpoint. Controllare l&apos;indirizzo e la connessione.</translation>
    </message>
    <message>
        <source>Mistral (global)</source>
        <translation>Mistral (globale)</translation>
    </message>
    <message>
        <source>Mistral (EU)</source>
        <translation>Mistral (UE)</translation>
    </message>
    <message>
        <source>Mistral (US)</source>
        <translation>Mistral (USA)</translation>
    </message>
    <message>
        <source>Choose Mistral&apos;s global, EU or US endpoint, or type the address of another one (a proxy, a local server).</source>
        <translation>Scegliere l&apos;endpoint globale, UE o USA di Mistral, oppure digitare l&apos;indirizzo di un altro endpoint (un proxy, un server locale).</translation>
    </message>
    <message>
        <source>Rostrum will use %1 the next time it starts.</source>
        <translation>Rostrum userà %1 al prossimo avvio.</translation>
    </message>
    <message>
        <source>Takes effect the next time Rostrum starts.</source>
        <translation>Avrà effetto al prossimo avvio di Rostrum.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SpeechBody</name>
    <message>
        <source>Thinking…</source>
        <translation>Sta pensando…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::StatusIndicators</name>
    <message>
        <source>Request status</source>
        <translation>Stato delle richieste</translation>
    </message>
    <message>
        <source>Tokens used in this debate</source>
        <translation>Token usati in questo dibattito</translation>
    </message>
    <message>
        <source>Spend of this debate</source>
        <translation>Spesa di questo dibattito</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message numerus="yes">
        <source>Streaming %n requests</source>
        <translation>
            <numerusform>%n richiesta in corso</numerusform>
            <numerusform>%n richieste in corso</numerusform>
        </translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>In pausa — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — sending in %n s</source>
        <translation>
            <numerusform>%1 — invio tra %n s</numerusform>
            <numerusform>%1 — invio tra %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>limite di frequenza</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n s</source>
        <translation>
            <numerusform>%1 — nuovo tentativo tra %n s</numerusform>
            <numerusform>%1 — nuovo tentativo tra %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite di frequenza raggiunto</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n token</numerusform>
        </translation>
    </message>
    <message>
        <source>spend unknown</source>
        <translation>spesa sconosciuta</translation>
    </message>
    <message>
        <source>%1 of $%2</source>
        <translation>%1 di $%2</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Nuovo tentativo…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::StudioScreenshots</name>
    <message>
        <source>evidence</source>
        <translation>prove</translation>
    </message>
    <message>
        <source>rebuttal</source>
        <translation>replica</translation>
    </message>
    <message>
        <source>clarity</source>
        <translation>chiarezza</translation>
    </message>
    <message>
        <source>The opposition showed that frequency, not price, moves drivers; the proposition never answered it.</source>
        <translation>L&apos;opposizione ha dimostrato che a convincere gli automobilisti è la frequenza, non il prezzo; la proposizione non ha mai risposto.</translation>
    </message>
    <message>
        <source>I think the opposition won: free fares mostly move walkers.</source>
        <translation>Credo che abbia vinto l&apos;opposizione: la gratuità attira soprattutto chi andava a piedi.</translation>
    </message>
    <message>
        <source>A fare-free network is not free: someone pays. The proposition&apos;s own examples show it: Tallinn raised local taxes, and Dunkirk&apos;s buses are fuller because people walk less, not because they drive less.</source>
        <translation>Una rete senza biglietti non è gratuita: qualcuno paga. Lo dimostrano gli esempi stessi della proposizione: Tallinn ha aumentato le tasse locali, e gli autobus di Dunkerque sono più pieni perché la gente cammina meno, non perché guida meno.</translation>
    </message>
    <message>
        <source>Walking less is not the whole story: in Dunkirk car trips into the centre fell too, and the taxes that pay for the network are levied on those who can afford them, not at the turnstile.</source>
        <translation>Camminare meno non spiega tutto: a Dunkerque sono calati anche gli spostamenti in auto verso il centro, e le tasse che pagano la rete si riscuotono da chi può permettersele, non al tornello.</translation>
    </message>
    <message>
        <source>The proposition counts riders, not results. Money spent on free fares is money not spent on more buses, and it is frequency, not price, that moves drivers out of their cars.</source>
        <translation>La proposizione conta i passeggeri, non i risultati. I soldi spesi per la gratuità sono soldi non spesi per più autobus, ed è la frequenza, non il prezzo, a far lasciare l&apos;auto agli automobilisti.</translation>
    </message>
    <message>
        <source>Free fares and more buses are not rivals: collecting fares costs a third of what they bring in. Remove the turnstile and that third pays for the frequency the opposition asks for.</source>
        <translation>Gratuità e più autobus non sono in conflitto: riscuotere le tariffe costa un terzo di ciò che rendono. Togliete il tornello e quel terzo paga la frequenza che chiede l&apos;opposizione.</translation>
    </message>
    <message>
        <source>A cleaner city is the goal we share. Spend on what moves drivers: more buses, more often. Free fares mostly move walkers.</source>
        <translation>Una città più pulita è l&apos;obiettivo che condividiamo. Investiamo in ciò che convince gli automobilisti: più autobus, più frequenti. La gratuità attira soprattutto chi andava a piedi.</translation>
    </message>
    <message>
        <source>Whether free fares move drivers decided it.</source>
        <translation>Il punto decisivo è stato se la gratuità convinca gli automobilisti.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::TranscriptController</name>
    <message>
        <source>“%1” is not in the transcript.</source>
        <translation>«%1» non è presente nella trascrizione.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n speeches.</source>
        <translation>
            <numerusform>Copiato %n intervento.</numerusform>
            <numerusform>Copiati %n interventi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>Nascondi ragionamento</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Mostra ragionamento</translation>
    </message>
    <message>
        <source>Reasoning shown.</source>
        <translation>Ragionamento visibile.</translation>
    </message>
    <message>
        <source>Reasoning hidden.</source>
        <translation>Ragionamento nascosto.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::TranscriptDelegate</name>
    <message>
        <source>streaming</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nuovo tentativo</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrotto</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>dalla cache</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>turno %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n token</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>costo sconosciuto</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>nuovo tentativo tra %n s</numerusform>
            <numerusform>nuovo tentativo tra %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Speech text</source>
        <translation>Testo dell&apos;intervento</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::TranscriptModel</name>
    <message>
        <source>Reasoning shown</source>
        <translation>Ragionamento visibile</translation>
    </message>
    <message>
        <source>Reasoning hidden</source>
        <translation>Ragionamento nascosto</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::VerdictCard</name>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favore</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contro</translation>
    </message>
    <message>
        <source>%1: for %2, against %3.</source>
        <translation>%1: a favore %2, contro %3.</translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation>non valido: %1</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>un pareggio</translation>
    </message>
    <message>
        <source>%1, margin %2</source>
        <translation>%1, margine %2</translation>
    </message>
    <message>
        <source>inconsistent: its winner flipped when the sides were swapped</source>
        <translation>incoerente: il vincitore è cambiato invertendo le posizioni</translation>
    </message>
    <message>
        <source>%1 for, %2 against, %3 tie, %4 not valid</source>
        <translation>%1 a favore, %2 contro, %3 pareggio, %4 non validi</translation>
    </message>
    <message>
        <source>Votes: %1 · agreement %2</source>
        <translation>Voti: %1 · accordo %2</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Giudice</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Judge %1: %2.</source>
        <translation>Giudice %1: %2.</translation>
    </message>
    <message>
        <source>Each judge was asked twice, the sides in both orders.</source>
        <translation>Ogni giudice è stato consultato due volte, con le posizioni in entrambi gli ordini.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>a favore</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contro</translation>
    </message>
    <message>
        <source>No judge of the panel gave a valid verdict.</source>
        <translation>Nessun giudice della giuria ha emesso un verdetto valido.</translation>
    </message>
    <message numerus="yes">
        <source>Panel verdict: a tie — no side has a majority of the %n judges.</source>
        <translation>
            <numerusform>Verdetto della giuria: pareggio — nessuna posizione ha la maggioranza di %n giudice.</numerusform>
            <numerusform>Verdetto della giuria: pareggio — nessuna posizione ha la maggioranza dei %n giudici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Panel verdict: the side %1 the motion wins, %2 of %3 judges.</source>
        <translation>Verdetto della giuria: vince la posizione %1, con %2 giudici su %3.</translation>
    </message>
    <message>
        <source>The judge&apos;s verdict is not valid: %1</source>
        <translation>Il verdetto del giudice non è valido: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessuna motivazione fornita</translation>
    </message>
    <message>
        <source>Verdict: a tie.</source>
        <translation>Verdetto: pareggio.</translation>
    </message>
    <message>
        <source>Verdict: the side %1 the motion wins, margin %2 of 10.</source>
        <translation>Verdetto: vince la posizione %1, con un margine di %2 su 10.</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>giudice</translation>
    </message>
    <message>
        <source>Ask the judges again</source>
        <translation>Chiedi di nuovo ai giudici</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Motivazioni: %1</translation>
    </message>
    <message>
        <source>Valid after one repair request.</source>
        <translation>Valido dopo una richiesta di correzione.</translation>
    </message>
    <message>
        <source>Ask the judge again</source>
        <translation>Chiedi di nuovo al giudice</translation>
    </message>
    <message>
        <source>The judge answered:</source>
        <translation>Il giudice ha risposto:</translation>
    </message>
    <message>
        <source>Judged by %1 · the judges&apos; cost %2</source>
        <translation>Giudicato da %1 · costo dei giudici %2</translation>
    </message>
    <message>
        <source>Judged by %1 · judge&apos;s cost %2</source>
        <translation>Giudicato da %1 · costo del giudice %2</translation>
    </message>
    <message>
        <source>Verdict.</source>
        <translation>Verdetto.</translation>
    </message>
    <message>
        <source>The side %1 the motion won both times although the debaters swapped sides (%2, then %3): the verdict followed the side.</source>
        <translation>La posizione %1 ha vinto entrambe le volte benché gli oratori si siano scambiati le posizioni (%2, poi %3): il verdetto ha seguito la posizione.</translation>
    </message>
    <message>
        <source>%1 won both times, first %2 the motion, then %3 it: the verdict followed the argument.</source>
        <translation>%1 ha vinto entrambe le volte, prima come %2, poi come %3: il verdetto ha seguito l&apos;argomentazione.</translation>
    </message>
    <message>
        <source>Inconclusive: one of the two debates has no valid verdict.</source>
        <translation>Non conclusivo: uno dei due dibattiti non ha un verdetto valido.</translation>
    </message>
    <message>
        <source>Inconclusive: one of the two verdicts is a tie.</source>
        <translation>Non conclusivo: uno dei due verdetti è un pareggio.</translation>
    </message>
    <message>
        <source>Inconclusive: the rematch&apos;s debaters are not the original&apos;s on swapped sides.</source>
        <translation>Non conclusivo: gli oratori della rivincita non sono quelli dell&apos;originale a posizioni invertite.</translation>
    </message>
    <message>
        <source>Rematch with sides swapped</source>
        <translation>Rivincita a posizioni invertite</translation>
    </message>
    <message>
        <source>no valid verdict</source>
        <translation>nessun verdetto valido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Original debate</source>
        <translation>Dibattito originale</translation>
    </message>
    <message>
        <source>Rematch</source>
        <translation>Rivincita</translation>
    </message>
    <message>
        <source>Open the original debate</source>
        <translation>Apri il dibattito originale</translation>
    </message>
</context>
</TS>
