<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>DashboardFormat</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This debate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebateSetupDialog</name>
    <message>
        <source>New Debate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This house believes that…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debate format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debate language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuttal rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum tokens per speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;baters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debaters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add debater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove debater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste code below, or open a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code under debate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rostrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search debates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search debates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved debates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No debate yet&lt;/h2&gt;&lt;p&gt;Start a new debate with &lt;b&gt;File → New Debate&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Rostrum&lt;/h2&gt;&lt;p&gt;Rostrum runs debates between Mistral models. To talk to Mistral&apos;s API it needs an API key:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in at &lt;b&gt;console.mistral.ai&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;API Keys&lt;/b&gt; and create a key.&lt;/li&gt;&lt;li&gt;Paste it below. It is kept in your system keychain, never in a file.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your Mistral API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;custom endpoint instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or a local server such as rostrum-mock-server may not need a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in transcript (Ctrl+F, Enter for next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Debate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up and start a new debate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Debate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a debate saved as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the debate as Markdown, HTML, JSON or PDF (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key, endpoint, rate limits, models and prices (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the debate (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the debate (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regenerate Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the selected speech again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Speeches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rostrum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your Mistral API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom endpoint (a proxy, a local mock server) may not need a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per &amp;second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tokens per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Auto” learns your limits from the server&apos;s rate-limit headers. Choose “Custom” to set them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models &amp;&amp; prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model per debate language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model per language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reuse identical answers from the response cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep answers &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache lifetime in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache size in entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time Rostrum starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AI debates on the Mistral API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A debate saved as JSON to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshots of the main states to DIR, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ApiKeyStore</name>
    <message>
        <source>from environment (MISTRAL_API_KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; it may have been pasted incompletely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key contains characters Mistral keys do not use; it may be invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The API key is %n characters long, which is unusual for a Mistral key; it may be invalid or use an old format.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::DebateEngine</name>
    <message>
        <source>This engine already ran a debate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of %1 is not known, so the budget cap of $%2 cannot be guaranteed; stopped before sending. Set a price for it or run without --budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget cap reached: $%1 spent, and the next request could cost up to $%2, which would cross the cap of $%3. Stopped before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge&apos;s verdict was invalid even after one repair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge could not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::DebateSpec</name>
    <message>
        <source>The motion is empty: say what the debate is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The motion is longer than 2000 characters: state it in a sentence or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not supported (supported: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; is unknown (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 format takes %2 to %3 rebuttal rounds, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 format debates code: paste some code or give a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A debate needs 2 to 4 debaters, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debater %1 has side &quot;%2&quot;: a side is &quot;pro&quot; or &quot;con&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debater %1 speaks &quot;%2&quot;, which is not a supported language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debater %1&apos;s persona is longer than 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides need a debater: at least one &quot;pro&quot; and one &quot;con&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one debater must be an AI model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech length (max tokens) must be between 50 and 32000, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cap must be a positive amount in USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::HtmlExporter</name>
    <message>
        <source>Debaters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified against the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge gave no valid verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::InputSanitizer</name>
    <message>
        <source>Removed from your text: %1. These are chat-template control sequences or invisible characters that could change how the model reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is %1 tokens long, but %2 accepts at most %3 tokens. It has not been shortened: shorten it, or choose a model with a larger context window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::KeyVerifier</name>
    <message>
        <source>Checking the key with GET /v1/models (free)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that chat is allowed with a 1-token request to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — trying again in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is valid and chat is allowed (%1 models listed; 1-token test on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was refused (HTTP %1): it is wrong, revoked or expired. Create a key at console.mistral.ai and store it with &quot;rostrum-cli key set&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is valid, but chat with %1 was refused (HTTP %2): payment is not activated or the plan has no quota for this model. Activate payments or choose a plan in the Mistral console (Workspace → Billing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the API after %1 attempts: %2 Check the connection, proxy and base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server had trouble after %1 attempts (HTTP %2): %3 Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service (gnome-keyring, KWallet or KeePassXC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rostrum runs in a Flatpak sandbox that has no access to the Secret Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant it with &quot;flatpak override --user --talk-name=org.freedesktop.secrets %1&quot;, or install a Secret Service provider on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no D-Bus session bus, so no Secret Service (the Linux keychain) can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start Rostrum from a desktop session, or run it under &quot;dbus-run-session&quot; with a keyring daemon such as gnome-keyring-daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret Service has no unlocked default keyring (&quot;login&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or unlock the default keyring, e.g. in &quot;Passwords and Keys&quot; (Seahorse), or log in to a desktop session that unlocks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no program provides the Secret Service (org.freedesktop.secrets) on this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install and start one: gnome-keyring (package gnome-keyring), KWallet, or KeePassXC with Secret Service integration enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: %1. To keep your API key between sessions, %2. Until then Rostrum keeps the key in memory for this session only; it is never written to disk in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). Until it is, Rostrum keeps the API key in memory for this session only; it is never written to disk in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access or is locked. Unlock it (for example by logging in again, or in &quot;Passwords and Keys&quot;) and allow Rostrum to use it. Until then the API key is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::MarkdownExporter</name>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debaters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge gave no valid verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::MemorySecretStore</name>
    <message>
        <source>The in-memory test keychain was told to fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ModelCatalog</name>
    <message>
        <source>The model %1 is deprecated and will be removed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 is deprecated and will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another model (rostrum-cli models).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::Summarizer</name>
    <message>
        <source>The summary took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat model can make a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary came back empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ToolSchema</name>
    <message>
        <source>%1: the schema is nested more than %2 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a schema must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type: every entry of a type list must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type: must be a string or a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type: &quot;%2&quot; is not a JSON Schema type (use one of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: says neither its &quot;type&quot; nor &quot;enum&quot;, &quot;anyOf&quot;, &quot;oneOf&quot;, &quot;allOf&quot; or &quot;$ref&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.description: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.enum: must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: must be a non-empty list of schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an array must say what its &quot;items&quot; are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.properties: must be an object mapping names to schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.required: must be a list of property names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.required: every entry must be a property name (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.required: &quot;%2&quot; is not one of the properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.required: &quot;%2&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type: a tool must be of type &quot;function&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function: must be an object with name, description and parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name: a function needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.parameters: a function needs parameters (a schema of type &quot;object&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.parameters: must be a JSON Schema object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.parameters.type: function parameters must be of type &quot;object&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tools[%1]: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tools[%1]: the name &quot;%2&quot; is used by another tool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::gui::CodeHighlighter</name>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::gui::CodePane</name>
    <message>
        <source>Code under debate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or open code in the debate setup to discuss it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardCharts</name>
    <message>
        <source>Cumulative spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit rate — %1 hits, %2 saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardHost</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend, latency, errors and limits per model (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard in its own &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rostrum — Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardTableModel</name>
    <message numerus="yes">
        <source>%n request(s) of models with no known price are not included</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts of this class, including ones a retry made good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardWidget</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table of this range as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in the last minute against the known limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in the last minute against the known limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the current debate has cost against its budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debate budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No debate yet&lt;/h3&gt;&lt;p&gt;Start a debate: its requests will appear here as they finish.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No requests yet&lt;/h3&gt;&lt;p&gt;Requests in this range will appear here as they finish: spend, latency, errors and limits per model.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no known limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no debate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hit rate, %2 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateSession</name>
    <message>
        <source>rate limit (requests per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit (requests per minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit (tokens per minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateSetupDialog</name>
    <message>
        <source>&amp;Start Debate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debater %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — $%1 in / $%2 out per M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — price unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1k context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side of debater %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For (proposition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against (opposition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model of debater %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default for the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n requests. Cost: unknown (no price for %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n requests. Estimated cost: $%1 – $%2 (prices as of %3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The budget may stop the debate early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source files (*.c *.cc *.cpp *.cxx *.h *.hpp *.py *.js *.mjs *.ts *.tsx *.java *.go *.rs *.sh *.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::gui::MainWindow</name>
    <message>
        <source>Line %1 is not in the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debate has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the latest speech can be asked again, once nothing is streaming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Debate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rostrum debate (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Debate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html);;JSON (*.json);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rostrum debates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Debate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n speeches.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Rostrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;AI debates on the Mistral API: debaters argue a motion over rounds, in your language or about your code, with a judge, a budget and live charts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ScreenshotTour</name>
    <message>
        <source>This house would make public transport free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SessionListModel</name>
    <message numerus="yes">
        <source>%1
%2 · %3 · %n speeches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speeches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SettingsDialog</name>
    <message>
        <source>Auto (learn from the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobbyist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the key from the environment (MISTRAL_API_KEY). A key entered here is stored in the keychain for when that variable is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Enter a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is kept in memory for this session only (no keychain answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet. Get one at console.mistral.ai → API Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input $/M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output $/M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices as of %1. Edit a price to override it; your prices are kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the prices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The key works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The server refused this key. Check that it was copied whole, or create a new one in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The key is valid but has no quota: activate payments or a plan in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Could not reach the endpoint. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::gui::StatusIndicators</name>
    <message>
        <source>Request status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens used in this debate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend of this debate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Streaming %n requests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — sending in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>spend unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of $%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::gui::TranscriptDelegate</name>
    <message>
        <source>streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Speech text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
