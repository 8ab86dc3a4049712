<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The API key was refused. Check it in Settings (or MISTRAL_API_KEY) and try again.</source>
        <translation>La clé d&apos;API a été refusée. Vérifiez-la dans les Paramètres (ou MISTRAL_API_KEY) et réessayez.</translation>
    </message>
    <message>
        <source>Rate limit reached. Rostrum waits for the limit window to reset.</source>
        <translation>Limite de débit atteinte. Rostrum attend que la fenêtre de limite se réinitialise.</translation>
    </message>
    <message>
        <source>The service is at capacity for this model. Try again shortly or pick another model.</source>
        <translation>Le service est saturé pour ce modèle. Réessayez dans un instant ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>Your plan has no quota for this model, or payment is not activated. Check your plan in the Mistral console.</source>
        <translation>Votre offre n&apos;a pas de quota pour ce modèle, ou le paiement n&apos;est pas activé. Vérifiez votre offre dans la console Mistral.</translation>
    </message>
    <message>
        <source>Rostrum did not send the request: %1</source>
        <translation>Rostrum n&apos;a pas envoyé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>The API rejected the request.</source>
        <translation>L&apos;API a refusé la requête.</translation>
    </message>
    <message>
        <source>The API rejected the request: field &quot;%1&quot; is not valid.</source>
        <translation>L&apos;API a refusé la requête&#xa0;: le champ «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The conversation is too long for this model&apos;s context window. Shorten it or choose a model with a larger window.</source>
        <translation>La conversation est trop longue pour la fenêtre de contexte de ce modèle. Raccourcissez-la ou choisissez un modèle avec une fenêtre plus grande.</translation>
    </message>
    <message>
        <source>The server had an error (HTTP %1). Try again later.</source>
        <translation>Le serveur a rencontré une erreur (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was not accepted, so nothing was sent. Check the endpoint URL, the system clock and the installed CA certificates.</source>
        <translation>Le certificat TLS du serveur n&apos;a pas été accepté, rien n&apos;a donc été envoyé. Vérifiez l&apos;URL du point d&apos;accès, l&apos;horloge du système et les certificats d&apos;autorité installés.</translation>
    </message>
    <message>
        <source>Could not reach the API. Check your network connection and the endpoint URL.</source>
        <translation>Impossible de joindre l&apos;API. Vérifiez votre connexion réseau et l&apos;URL du point d&apos;accès.</translation>
    </message>
    <message>
        <source>The API stopped answering (timeout). Try again, or raise the timeout.</source>
        <translation>L&apos;API a cessé de répondre (délai dépassé). Réessayez ou augmentez le délai.</translation>
    </message>
    <message>
        <source>The answer was cut off before it finished. The text received so far is kept.</source>
        <translation>La réponse a été coupée avant la fin. Le texte reçu jusqu&apos;ici est conservé.</translation>
    </message>
    <message>
        <source>The model reported an error while answering. The text received so far is kept.</source>
        <translation>Le modèle a signalé une erreur pendant sa réponse. Le texte reçu jusqu&apos;ici est conservé.</translation>
    </message>
    <message>
        <source>The server sent an answer Rostrum could not read.</source>
        <translation>Le serveur a envoyé une réponse que Rostrum n&apos;a pas pu lire.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Le serveur a répondu&#xa0;: %1</translation>
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
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>This debate</source>
        <translation>Ce débat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>DebateSetupDialog</name>
    <message>
        <source>New Debate</source>
        <translation>Nouveau débat</translation>
    </message>
    <message>
        <source>&amp;Debate</source>
        <translation>&amp;Débat</translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation>&amp;Motion&#xa0;:</translation>
    </message>
    <message>
        <source>This house believes that…</source>
        <translation>Cette assemblée estime que…</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Motion</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Debate format</source>
        <translation>Format du débat</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Debate language</source>
        <translation>Langue du débat</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>Ma&amp;nches&#xa0;:</translation>
    </message>
    <message>
        <source>Rebuttal rounds</source>
        <translation>Manches de réfutation</translation>
    </message>
    <message>
        <source>Maximum tokens per speech</source>
        <translation>Nombre maximal de jetons par discours</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <source>Limit the spend</source>
        <translation>Limiter les dépenses</translation>
    </message>
    <message>
        <source>Budget in US dollars</source>
        <translation>Budget en dollars US</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>De&amp;baters</source>
        <translation>Dé&amp;batteurs</translation>
    </message>
    <message>
        <source>Debaters</source>
        <translation>Débatteurs</translation>
    </message>
    <message>
        <source>&amp;Add debater</source>
        <translation>&amp;Ajouter un débatteur</translation>
    </message>
    <message>
        <source>&amp;Remove debater</source>
        <translation>&amp;Retirer le débatteur</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Juge&#xa0;:</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>Modèle du juge</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Paste code below, or open a file.</source>
        <translation>Collez du code ci-dessous ou ouvrez un fichier.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gage&#xa0;:</translation>
    </message>
    <message>
        <source>Code language</source>
        <translation>Langage du code</translation>
    </message>
    <message>
        <source>Code under debate</source>
        <translation>Code débattu</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <source>Speech le&amp;ngth:</source>
        <translation>Longueur des di&amp;scours&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget&#xa0;:</translation>
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
        <translation>Rechercher des débats…</translation>
    </message>
    <message>
        <source>Search debates</source>
        <translation>Rechercher des débats</translation>
    </message>
    <message>
        <source>Saved debates</source>
        <translation>Débats enregistrés</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Rostrum&lt;/h2&gt;&lt;p&gt;Rostrum runs debates between Mistral models. To talk to Mistral&apos;s API it needs an API key:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in at &lt;b&gt;console.mistral.ai&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;API Keys&lt;/b&gt; and create a key.&lt;/li&gt;&lt;li&gt;Paste it below. It is kept in your system keychain, never in a file.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Rostrum&lt;/h2&gt;&lt;p&gt;Rostrum organise des débats entre modèles Mistral. Pour communiquer avec l&apos;API de Mistral, il a besoin d&apos;une clé d&apos;API&#xa0;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Connectez-vous sur &lt;b&gt;console.mistral.ai&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Ouvrez &lt;b&gt;API Keys&lt;/b&gt; et créez une clé.&lt;/li&gt;&lt;li&gt;Collez-la ci-dessous. Elle est conservée dans le trousseau de clés de votre système, jamais dans un fichier.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Paste your Mistral API key</source>
        <translation>Collez votre clé d&apos;API Mistral</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Save Key</source>
        <translation>&amp;Enregistrer la clé</translation>
    </message>
    <message>
        <source>Use a &amp;custom endpoint instead…</source>
        <translation>Utiliser un point de terminaison &amp;personnalisé…</translation>
    </message>
    <message>
        <source>A proxy or a local server such as rostrum-mock-server may not need a key</source>
        <translation>Un proxy ou un serveur local comme rostrum-mock-server peut ne pas nécessiter de clé</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Find in transcript (Ctrl+F, Enter for next)</source>
        <translation>Rechercher dans la transcription (Ctrl+F, Entrée pour le suivant)</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Rechercher dans la transcription</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Debate</source>
        <translation>&amp;Débat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;New Debate…</source>
        <translation>&amp;Nouveau débat…</translation>
    </message>
    <message>
        <source>Set up and start a new debate</source>
        <translation>Configurer et lancer un nouveau débat</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open Debate…</source>
        <translation>&amp;Ouvrir un débat…</translation>
    </message>
    <message>
        <source>Open a debate saved as JSON</source>
        <translation>Ouvrir un débat enregistré au format JSON</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the debate as Markdown, HTML, JSON or PDF (Ctrl+E)</source>
        <translation>Exporter le débat en Markdown, HTML, JSON ou PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>API key, endpoint, rate limits, models and prices (Ctrl+,)</source>
        <translation>Clé d&apos;API, point de terminaison, limites de débit, modèles et prix (Ctrl+,)</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start or pause the debate (F5)</source>
        <translation>Démarrer ou mettre en pause le débat (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the debate (Shift+F5)</source>
        <translation>Arrêter le débat (Maj+F5)</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>&amp;Regenerate Speech</source>
        <translation>Ré&amp;générer le discours</translation>
    </message>
    <message>
        <source>Ask for the selected speech again (Ctrl+R)</source>
        <translation>Redemander le discours sélectionné (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Copy Speeches</source>
        <translation>&amp;Copier les discours</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Find in Transcript</source>
        <translation>Rec&amp;hercher dans la transcription</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Code Pane</source>
        <translation>Volet de &amp;code</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Rostrum</source>
        <translation>À &amp;propos de Rostrum</translation>
    </message>
    <message>
        <source>No debate yet</source>
        <translation>Aucun débat pour le moment</translation>
    </message>
    <message>
        <source>Start a new debate with File → New Debate (Ctrl+N).</source>
        <translation>Lancez un nouveau débat avec Fichier → Nouveau débat (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>MotionFile</name>
    <message>
        <source>unknown language &quot;%1&quot; (supported: %2)</source>
        <translation>langue «&#xa0;%1&#xa0;» inconnue (prises en charge&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the motion is empty</source>
        <translation>la motion est vide</translation>
    </message>
    <message>
        <source>the motion is longer than %1 characters</source>
        <translation>la motion dépasse %1 caractères</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>this motion is already listed</source>
        <translation>cette motion figure déjà dans la liste</translation>
    </message>
    <message>
        <source>no motion in the file (one motion a line; blank lines and # comments are skipped)</source>
        <translation>aucune motion dans le fichier (une motion par ligne&#xa0;; les lignes vides et les commentaires # sont ignorés)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clé d&apos;&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Paste your Mistral API key</source>
        <translation>Collez votre clé d&apos;API Mistral</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verify the API key</source>
        <translation>Vérifier la clé d&apos;API</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>Point de &amp;terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Point de terminaison de l&apos;API</translation>
    </message>
    <message>
        <source>A custom endpoint (a proxy, a local mock server) may not need a key.</source>
        <translation>Un point de terminaison personnalisé (un proxy, un serveur factice local) peut ne pas nécessiter de clé.</translation>
    </message>
    <message>
        <source>&amp;Rate limits</source>
        <translation>&amp;Limites de débit</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Rate-limit profile</source>
        <translation>Profil de limites de débit</translation>
    </message>
    <message>
        <source>Requests per &amp;second:</source>
        <translation>Requêtes par &amp;seconde&#xa0;:</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Requêtes par minute</translation>
    </message>
    <message>
        <source>&amp;Tokens per minute:</source>
        <translation>&amp;Jetons par minute&#xa0;:</translation>
    </message>
    <message>
        <source>Tokens per minute</source>
        <translation>Jetons par minute</translation>
    </message>
    <message>
        <source>“Auto” learns your limits from the server&apos;s rate-limit headers. Choose “Custom” to set them yourself.</source>
        <translation>«&#xa0;Auto&#xa0;» déduit vos limites des en-têtes de limite de débit du serveur. Choisissez «&#xa0;Personnalisé&#xa0;» pour les définir vous-même.</translation>
    </message>
    <message>
        <source>&amp;Models &amp;&amp; prices</source>
        <translation>&amp;Modèles et prix</translation>
    </message>
    <message>
        <source>Model per debate language:</source>
        <translation>Modèle par langue de débat&#xa0;:</translation>
    </message>
    <message>
        <source>Model per language</source>
        <translation>Modèle par langue</translation>
    </message>
    <message>
        <source>Price table</source>
        <translation>Tableau des prix</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>Cac&amp;he</translation>
    </message>
    <message>
        <source>Keep answers &amp;for:</source>
        <translation>Conserver les réponses &amp;pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Cache lifetime in minutes</source>
        <translation>Durée de conservation du cache en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Cache size in entries</source>
        <translation>Taille du cache en nombre d&apos;entrées</translation>
    </message>
    <message>
        <source> answers</source>
        <translation> réponses</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Lan&amp;gue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Takes effect the next time Rostrum starts.</source>
        <translation>Prend effet au prochain démarrage de Rostrum.</translation>
    </message>
    <message>
        <source>Requests per mi&amp;nute:</source>
        <translation>Requêtes par mi&amp;nute&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;euse identical answers from the response cache</source>
        <translation>&amp;Réutiliser les réponses identiques du cache de réponses</translation>
    </message>
    <message>
        <source>At mo&amp;st:</source>
        <translation>Au pl&amp;us&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TournamentSpec</name>
    <message>
        <source>A tournament needs at least two models.</source>
        <translation>Un tournoi nécessite au moins deux modèles.</translation>
    </message>
    <message>
        <source>Each model may take part only once.</source>
        <translation>Chaque modèle ne peut participer qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>A model name is empty.</source>
        <translation>Un nom de modèle est vide.</translation>
    </message>
    <message>
        <source>A tournament needs at least one motion.</source>
        <translation>Un tournoi nécessite au moins une motion.</translation>
    </message>
    <message>
        <source>A tournament needs one to %1 judges.</source>
        <translation>Un tournoi nécessite de un à %1 juges.</translation>
    </message>
    <message>
        <source>Rounds must be between 1 and %1.</source>
        <translation>Le nombre de manches doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>The budget must be a positive amount.</source>
        <translation>Le budget doit être un montant positif.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not supported (supported: %2).</source>
        <translation>La langue «&#xa0;%1&#xa0;» n&apos;est pas prise en charge (langues prises en charge&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AI debates on the Mistral API</source>
        <translation>Débats d&apos;IA sur l&apos;API Mistral</translation>
    </message>
    <message>
        <source>A debate saved as JSON to open.</source>
        <translation>Un débat enregistré au format JSON à ouvrir.</translation>
    </message>
</context>
<context>
    <name>rostrum::ApiKeyStore</name>
    <message>
        <source>from environment (MISTRAL_API_KEY)</source>
        <translation>depuis l&apos;environnement (MISTRAL_API_KEY)</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation>dans le trousseau de clés</translation>
    </message>
    <message>
        <source>in memory for this session only</source>
        <translation>en mémoire, pour cette session uniquement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; it may have been pasted incompletely.</source>
        <translation>La clé d&apos;API contient des espaces ou des sauts de ligne&#xa0;; elle a peut-être été collée de façon incomplète.</translation>
    </message>
    <message>
        <source>The API key contains characters Mistral keys do not use; it may be invalid.</source>
        <translation>La clé d&apos;API contient des caractères que les clés Mistral n&apos;utilisent pas&#xa0;; elle n&apos;est peut-être pas valide.</translation>
    </message>
    <message numerus="yes">
        <source>The API key is %n characters long, which is unusual for a Mistral key; it may be invalid or use an old format.</source>
        <translation>
            <numerusform>La clé d&apos;API compte %n caractère, ce qui est inhabituel pour une clé Mistral&#xa0;; elle n&apos;est peut-être pas valide ou utilise un ancien format.</numerusform>
            <numerusform>La clé d&apos;API compte %n caractères, ce qui est inhabituel pour une clé Mistral&#xa0;; elle n&apos;est peut-être pas valide ou utilise un ancien format.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::AppServices</name>
    <message>
        <source>no data folder</source>
        <translation>aucun dossier de données</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateEngine</name>
    <message>
        <source>This engine already ran a debate.</source>
        <translation>Ce moteur a déjà exécuté un débat.</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>The price of %1 is not known, so the budget cap of $%2 cannot be guaranteed; stopped before sending. Set a price for it or run without --budget.</source>
        <translation>Le prix de %1 est inconnu&#xa0;: le plafond budgétaire de $%2 ne peut donc pas être garanti. Arrêt avant l&apos;envoi. Définissez un prix pour ce modèle ou lancez sans --budget.</translation>
    </message>
    <message>
        <source>Budget cap reached: $%1 spent, and the next request could cost up to $%2, which would cross the cap of $%3. Stopped before sending it.</source>
        <translation>Plafond budgétaire atteint&#xa0;: $%1 dépensés, et la prochaine requête pourrait coûter jusqu&apos;à $%2, ce qui dépasserait le plafond de $%3. Arrêt avant son envoi.</translation>
    </message>
    <message>
        <source>The judge&apos;s verdict was invalid even after one repair: %1</source>
        <translation>Le verdict du juge n&apos;était pas valide, même après une correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>The judge could not answer: %1</source>
        <translation>Le juge n&apos;a pas pu répondre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Arrêté par l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Debate %1 has no debaters to swap.</source>
        <translation>Le débat %1 n&apos;a pas de débatteurs à intervertir.</translation>
    </message>
    <message>
        <source>The cite_lines tool definition is not valid: %1</source>
        <translation>La définition de l&apos;outil cite_lines n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Debate %1 has no judge.</source>
        <translation>Le débat %1 n&apos;a pas de juge.</translation>
    </message>
    <message>
        <source>Debate %1 is still running.</source>
        <translation>Le débat %1 est toujours en cours.</translation>
    </message>
    <message>
        <source>Debate %1 is not over: resume it before it is judged.</source>
        <translation>Le débat %1 n&apos;est pas terminé&#xa0;: reprenez-le avant qu&apos;il soit jugé.</translation>
    </message>
    <message>
        <source>This engine is still running a debate.</source>
        <translation>Ce moteur exécute encore un débat.</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateFork</name>
    <message>
        <source>Only a saved debate can be continued from one of its speeches.</source>
        <translation>Seul un débat enregistré peut être poursuivi à partir de l&apos;un de ses discours.</translation>
    </message>
    <message>
        <source>Speech %1 is not a finished speech of this debate.</source>
        <translation>Le discours %1 n&apos;est pas un discours terminé de ce débat.</translation>
    </message>
    <message>
        <source>A fork keeps the debaters on their sides; only their model, language and persona change.</source>
        <translation>Une branche garde les débatteurs dans leur camp&#xa0;; seuls leur modèle, leur langue et leur persona changent.</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateImport</name>
    <message>
        <source>it has no &quot;%1&quot; field</source>
        <translation>il n&apos;a pas de champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>its &quot;spec&quot; is not an object</source>
        <translation>son «&#xa0;spec&#xa0;» n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>its status &quot;%1&quot; is not a debate&apos;s</source>
        <translation>son statut «&#xa0;%1&#xa0;» n&apos;est pas celui d&apos;un débat</translation>
    </message>
    <message>
        <source>its &quot;speeches&quot; is not a list</source>
        <translation>son «&#xa0;speeches&#xa0;» n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>speech %1 is not a speech of a debate</source>
        <translation>le discours %1 n&apos;est pas un discours de débat</translation>
    </message>
    <message>
        <source>its &quot;verdict&quot; is neither an object nor null</source>
        <translation>son «&#xa0;verdict&#xa0;» n&apos;est ni un objet ni null</translation>
    </message>
    <message>
        <source>its &quot;panel&quot; has no list of judges</source>
        <translation>son «&#xa0;panel&#xa0;» n&apos;a pas de liste de juges</translation>
    </message>
    <message>
        <source>This is not a Rostrum debate export: %1.</source>
        <translation>Ce n&apos;est pas un export de débat Rostrum&#xa0;: %1.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>ce n&apos;est pas du JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>its debate cannot be read here (%1)</source>
        <translation>son débat ne peut pas être lu ici (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
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
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stopped because</source>
        <translation>Motif de l&apos;arrêt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>human</source>
        <translation>humain</translation>
    </message>
    <message>
        <source>Debaters</source>
        <translation>Débatteurs</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Audience vote</source>
        <translation>Vote du public</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <source>Swing: %1 points</source>
        <translation>Évolution : %1 points</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Audience question</source>
        <translation>Question du public</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>The judge gave no valid verdict</source>
        <translation>Le juge n&apos;a rendu aucun verdict valide</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>égalité</translation>
    </message>
    <message>
        <source>Winner: %1</source>
        <translation>Vainqueur : %1</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>Jugé par</translation>
    </message>
    <message>
        <source>valid after one repair</source>
        <translation>valide après une correction</translation>
    </message>
    <message>
        <source>Audience swing: %1 points for the motion</source>
        <translation>Évolution du public&#xa0;: %1 points en faveur de la motion</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Juges</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>cohérent</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>incohérent</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juge</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Vainqueur</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Read first</source>
        <translation>Lu en premier</translation>
    </message>
    <message>
        <source>Order swap</source>
        <translation>Inversion de l&apos;ordre</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>agreement %1%</source>
        <translation>accord %1&#xa0;%</translation>
    </message>
    <message>
        <source>Reasoning (not heard by the others)</source>
        <translation>Raisonnement (non entendu par les autres)</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Discours</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateSpec</name>
    <message>
        <source>The motion is empty: say what the debate is about.</source>
        <translation>La motion est vide&#xa0;: indiquez le sujet du débat.</translation>
    </message>
    <message>
        <source>The motion is longer than 2000 characters: state it in a sentence or two.</source>
        <translation>La motion dépasse 2000 caractères&#xa0;: formulez-la en une ou deux phrases.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not supported (supported: %2).</source>
        <translation>La langue «&#xa0;%1&#xa0;» n&apos;est pas prise en charge (langues prises en charge&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; is unknown (known: %2).</source>
        <translation>Le format «&#xa0;%1&#xa0;» est inconnu (formats connus&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The %1 format takes %2 to %3 rebuttal rounds, not %4.</source>
        <translation>Le format %1 comporte de %2 à %3 manches de réfutation, et non %4.</translation>
    </message>
    <message>
        <source>The %1 format debates code: paste some code or give a file.</source>
        <translation>Le format %1 porte sur du code&#xa0;: collez du code ou indiquez un fichier.</translation>
    </message>
    <message>
        <source>A debate needs 2 to 4 debaters, not %1.</source>
        <translation>Un débat nécessite de 2 à 4 débatteurs, et non %1.</translation>
    </message>
    <message>
        <source>Debater %1 has side &quot;%2&quot;: a side is &quot;pro&quot; or &quot;con&quot;.</source>
        <translation>Le débatteur %1 a pour camp «&#xa0;%2&#xa0;»&#xa0;: un camp vaut «&#xa0;pro&#xa0;» ou «&#xa0;con&#xa0;».</translation>
    </message>
    <message>
        <source>Debater %1 speaks &quot;%2&quot;, which is not a supported language.</source>
        <translation>Le débatteur %1 parle «&#xa0;%2&#xa0;», qui n&apos;est pas une langue prise en charge.</translation>
    </message>
    <message>
        <source>Debater %1&apos;s persona is longer than 2000 characters.</source>
        <translation>La persona du débatteur %1 dépasse 2000 caractères.</translation>
    </message>
    <message>
        <source>Both sides need a debater: at least one &quot;pro&quot; and one &quot;con&quot;.</source>
        <translation>Chaque camp doit avoir un débatteur&#xa0;: au moins un «&#xa0;pro&#xa0;» et un «&#xa0;con&#xa0;».</translation>
    </message>
    <message>
        <source>At least one debater must be an AI model.</source>
        <translation>Au moins un débatteur doit être un modèle d&apos;IA.</translation>
    </message>
    <message>
        <source>The speech length (max tokens) must be between 50 and 32000, not %1.</source>
        <translation>La longueur des discours (jetons max.) doit être comprise entre 50 et 32000, et non %1.</translation>
    </message>
    <message>
        <source>The budget cap must be a positive amount in USD.</source>
        <translation>Le plafond budgétaire doit être un montant positif en USD.</translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 1.5.</source>
        <translation>La température doit être comprise entre 0 et 1,5.</translation>
    </message>
    <message>
        <source>A debate takes 1 to %1 judges, not %2.</source>
        <translation>Un débat compte de 1 à %1 juges, et non %2.</translation>
    </message>
    <message>
        <source>Every judge needs a model.</source>
        <translation>Chaque juge doit avoir un modèle.</translation>
    </message>
    <message>
        <source>The order swap asks the judges again: choose a judge.</source>
        <translation>L&apos;inversion de l&apos;ordre interroge à nouveau les juges&#xa0;: choisissez un juge.</translation>
    </message>
</context>
<context>
    <name>rostrum::HtmlExporter</name>
    <message>
        <source>verified against the code</source>
        <translation>vérifié dans le code</translation>
    </message>
</context>
<context>
    <name>rostrum::InputSanitizer</name>
    <message>
        <source>Removed from your text: %1. These are chat-template control sequences or invisible characters that could change how the model reads it.</source>
        <translation>Supprimé de votre texte&#xa0;: %1. Il s&apos;agit de séquences de contrôle de modèle de chat ou de caractères invisibles qui pourraient modifier la façon dont le modèle le lit.</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>This text is %1 tokens long, but %2 accepts at most %3 tokens. It has not been shortened: shorten it, or choose a model with a larger context window.</source>
        <translation>Ce texte compte %1 jetons, mais %2 en accepte au plus %3. Il n&apos;a pas été raccourci&#xa0;: raccourcissez-le ou choisissez un modèle doté d&apos;une fenêtre de contexte plus grande.</translation>
    </message>
</context>
<context>
    <name>rostrum::JudgePanel</name>
    <message>
        <source>No judge gave a valid verdict: %1</source>
        <translation>Aucun juge n&apos;a rendu de verdict valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::KeyVerifier</name>
    <message>
        <source>Checking the key with GET /v1/models (free)…</source>
        <translation>Vérification de la clé avec GET /v1/models (gratuit)…</translation>
    </message>
    <message>
        <source>Checking that chat is allowed with a 1-token request to %1…</source>
        <translation>Vérification de l&apos;autorisation du chat par une requête d&apos;un jeton à %1…</translation>
    </message>
    <message>
        <source>%1 — trying again in %2 s</source>
        <translation>%1 — nouvel essai dans %2 s</translation>
    </message>
    <message>
        <source>The key is valid and chat is allowed (%1 models listed; 1-token test on %2).</source>
        <translation>La clé est valide et le chat est autorisé (%1 modèles listés&#xa0;; test d&apos;un jeton sur %2).</translation>
    </message>
    <message>
        <source>The API key was refused (HTTP %1): it is wrong, revoked or expired. Create a key at console.mistral.ai and store it with &quot;rostrum-cli key set&quot;.</source>
        <translation>La clé d&apos;API a été refusée (HTTP %1)&#xa0;: elle est erronée, révoquée ou expirée. Créez une clé sur console.mistral.ai et enregistrez-la avec «&#xa0;rostrum-cli key set&#xa0;».</translation>
    </message>
    <message>
        <source>The key is valid, but chat with %1 was refused (HTTP %2): payment is not activated or the plan has no quota for this model. Activate payments or choose a plan in the Mistral console (Workspace → Billing).</source>
        <translation>La clé est valide, mais le chat avec %1 a été refusé (HTTP %2)&#xa0;: le paiement n&apos;est pas activé ou l&apos;offre n&apos;inclut pas de quota pour ce modèle. Activez les paiements ou choisissez une offre dans la console Mistral (Workspace → Billing).</translation>
    </message>
    <message>
        <source>Could not reach the API after %1 attempts: %2 Check the connection, proxy and base URL.</source>
        <translation>Impossible de joindre l&apos;API après %1 tentatives&#xa0;: %2 Vérifiez la connexion, le proxy et l&apos;URL de base.</translation>
    </message>
    <message>
        <source>The API server had trouble after %1 attempts (HTTP %2): %3 Try again later.</source>
        <translation>Le serveur de l&apos;API a rencontré des problèmes après %1 tentatives (HTTP %2)&#xa0;: %3 Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>rostrum::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>Secret Service (gnome-keyring, KWallet or KeePassXC)</source>
        <translation>Secret Service (gnome-keyring, KWallet ou KeePassXC)</translation>
    </message>
    <message>
        <source>Rostrum runs in a Flatpak sandbox that has no access to the Secret Service</source>
        <translation>Rostrum s&apos;exécute dans un bac à sable Flatpak qui n&apos;a pas accès au Secret Service</translation>
    </message>
    <message>
        <source>grant it with &quot;flatpak override --user --talk-name=org.freedesktop.secrets %1&quot;, or install a Secret Service provider on the host</source>
        <translation>accordez-lui cet accès avec «&#xa0;flatpak override --user --talk-name=org.freedesktop.secrets %1&#xa0;» ou installez un fournisseur Secret Service sur l&apos;hôte</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus, so no Secret Service (the Linux keychain) can be reached</source>
        <translation>il n&apos;y a pas de bus de session D-Bus, donc aucun Secret Service (le trousseau de clés Linux) n&apos;est joignable</translation>
    </message>
    <message>
        <source>start Rostrum from a desktop session, or run it under &quot;dbus-run-session&quot; with a keyring daemon such as gnome-keyring-daemon</source>
        <translation>lancez Rostrum depuis une session de bureau, ou exécutez-le sous «&#xa0;dbus-run-session&#xa0;» avec un démon de trousseau tel que gnome-keyring-daemon</translation>
    </message>
    <message>
        <source>the Secret Service has no unlocked default keyring (&quot;login&quot;)</source>
        <translation>le Secret Service n&apos;a pas de trousseau par défaut déverrouillé («&#xa0;login&#xa0;»)</translation>
    </message>
    <message>
        <source>create or unlock the default keyring, e.g. in &quot;Passwords and Keys&quot; (Seahorse), or log in to a desktop session that unlocks it</source>
        <translation>créez ou déverrouillez le trousseau par défaut, par exemple dans «&#xa0;Mots de passe et clés&#xa0;» (Seahorse), ou ouvrez une session de bureau qui le déverrouille</translation>
    </message>
    <message>
        <source>no program provides the Secret Service (org.freedesktop.secrets) on this session</source>
        <translation>aucun programme ne fournit le Secret Service (org.freedesktop.secrets) dans cette session</translation>
    </message>
    <message>
        <source>install and start one: gnome-keyring (package gnome-keyring), KWallet, or KeePassXC with Secret Service integration enabled</source>
        <translation>installez-en un et démarrez-le&#xa0;: gnome-keyring (paquet gnome-keyring), KWallet ou KeePassXC avec l&apos;intégration Secret Service activée</translation>
    </message>
    <message>
        <source>No keychain is available: %1. To keep your API key between sessions, %2. Until then Rostrum keeps the key in memory for this session only; it is never written to disk in plain text.</source>
        <translation>Aucun trousseau de clés n&apos;est disponible&#xa0;: %1. Pour conserver votre clé d&apos;API d&apos;une session à l&apos;autre, %2. D&apos;ici là, Rostrum garde la clé en mémoire pour cette session uniquement&#xa0;; elle n&apos;est jamais écrite en clair sur le disque.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Until it is, Rostrum keeps the API key in memory for this session only; it is never written to disk in plain text.</source>
        <translation>Aucun trousseau de clés n&apos;est disponible (%1). En attendant, Rostrum garde la clé d&apos;API en mémoire pour cette session uniquement&#xa0;; elle n&apos;est jamais écrite en clair sur le disque.</translation>
    </message>
    <message>
        <source>The keychain refused access or is locked. Unlock it (for example by logging in again, or in &quot;Passwords and Keys&quot;) and allow Rostrum to use it. Until then the API key is kept in memory for this session only.</source>
        <translation>Le trousseau de clés a refusé l&apos;accès ou est verrouillé. Déverrouillez-le (par exemple en vous reconnectant, ou dans «&#xa0;Mots de passe et clés&#xa0;») et autorisez Rostrum à l&apos;utiliser. D&apos;ici là, la clé d&apos;API est gardée en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry: %1</source>
        <translation>Le trousseau de clés n&apos;a pas pu supprimer l&apos;entrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::MarkdownExporter</name>
    <message>
        <source>✗ unverified</source>
        <translation>✗ non vérifié</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
</context>
<context>
    <name>rostrum::MemorySecretStore</name>
    <message>
        <source>The in-memory test keychain was told to fail.</source>
        <translation>Le trousseau de test en mémoire a reçu l&apos;ordre d&apos;échouer.</translation>
    </message>
    <message>
        <source>in memory (this session only)</source>
        <translation>en mémoire (cette session uniquement)</translation>
    </message>
</context>
<context>
    <name>rostrum::ModelCatalog</name>
    <message>
        <source>The model %1 is deprecated and will be removed on %2.</source>
        <translation>Le modèle %1 est obsolète et sera retiré le %2.</translation>
    </message>
    <message>
        <source>The model %1 is deprecated and will be removed.</source>
        <translation>Le modèle %1 est obsolète et sera retiré.</translation>
    </message>
    <message>
        <source>Move to %1.</source>
        <translation>Passez à %1.</translation>
    </message>
    <message>
        <source>Choose another model (rostrum-cli models).</source>
        <translation>Choisissez un autre modèle (rostrum-cli models).</translation>
    </message>
</context>
<context>
    <name>rostrum::Summarizer</name>
    <message>
        <source>The summary took too long.</source>
        <translation>Le résumé a pris trop de temps.</translation>
    </message>
    <message>
        <source>No chat model can make a summary.</source>
        <translation>Aucun modèle de chat ne peut produire de résumé.</translation>
    </message>
    <message>
        <source>The summary came back empty.</source>
        <translation>Le résumé est revenu vide.</translation>
    </message>
</context>
<context>
    <name>rostrum::ToolSchema</name>
    <message>
        <source>%1: the schema is nested more than %2 levels deep</source>
        <translation>%1&#xa0;: le schéma est imbriqué sur plus de %2 niveaux</translation>
    </message>
    <message>
        <source>%1: a schema must be a JSON object</source>
        <translation>%1&#xa0;: un schéma doit être un objet JSON</translation>
    </message>
    <message>
        <source>%1.type: every entry of a type list must be a string</source>
        <translation>%1.type&#xa0;: chaque entrée d&apos;une liste de types doit être une chaîne</translation>
    </message>
    <message>
        <source>%1.type: must be a string or a list of strings</source>
        <translation>%1.type&#xa0;: doit être une chaîne ou une liste de chaînes</translation>
    </message>
    <message>
        <source>%1.type: &quot;%2&quot; is not a JSON Schema type (use one of %3)</source>
        <translation>%1.type&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un type JSON Schema (utilisez l&apos;un des types %3)</translation>
    </message>
    <message>
        <source>%1: says neither its &quot;type&quot; nor &quot;enum&quot;, &quot;anyOf&quot;, &quot;oneOf&quot;, &quot;allOf&quot; or &quot;$ref&quot;</source>
        <translation>%1&#xa0;: n&apos;indique ni «&#xa0;type&#xa0;» ni «&#xa0;enum&#xa0;», «&#xa0;anyOf&#xa0;», «&#xa0;oneOf&#xa0;», «&#xa0;allOf&#xa0;» ou «&#xa0;$ref&#xa0;»</translation>
    </message>
    <message>
        <source>%1.description: must be a string</source>
        <translation>%1.description&#xa0;: doit être une chaîne</translation>
    </message>
    <message>
        <source>%1.enum: must be a non-empty list</source>
        <translation>%1.enum&#xa0;: doit être une liste non vide</translation>
    </message>
    <message>
        <source>%1.%2: must be a non-empty list of schemas</source>
        <translation>%1.%2&#xa0;: doit être une liste non vide de schémas</translation>
    </message>
    <message>
        <source>%1: an array must say what its &quot;items&quot; are</source>
        <translation>%1&#xa0;: un tableau doit préciser ses «&#xa0;items&#xa0;»</translation>
    </message>
    <message>
        <source>%1.properties: must be an object mapping names to schemas</source>
        <translation>%1.properties&#xa0;: doit être un objet associant des noms à des schémas</translation>
    </message>
    <message>
        <source>%1.required: must be a list of property names</source>
        <translation>%1.required&#xa0;: doit être une liste de noms de propriétés</translation>
    </message>
    <message>
        <source>%1.required: every entry must be a property name (a string)</source>
        <translation>%1.required&#xa0;: chaque entrée doit être un nom de propriété (une chaîne)</translation>
    </message>
    <message>
        <source>%1.required: &quot;%2&quot; is not one of the properties</source>
        <translation>%1.required&#xa0;: «&#xa0;%2&#xa0;» ne fait pas partie des propriétés</translation>
    </message>
    <message>
        <source>%1.required: &quot;%2&quot; is listed twice</source>
        <translation>%1.required&#xa0;: «&#xa0;%2&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>type: a tool must be of type &quot;function&quot;, not &quot;%1&quot;</source>
        <translation>type&#xa0;: un outil doit être de type «&#xa0;function&#xa0;», et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>function: must be an object with name, description and parameters</source>
        <translation>function&#xa0;: doit être un objet avec name, description et parameters</translation>
    </message>
    <message>
        <source>%1.name: a function needs a name</source>
        <translation>%1.name&#xa0;: une fonction doit avoir un nom</translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1.name&#xa0;: «&#xa0;%2&#xa0;» doit comporter de 1 à 64 lettres, chiffres, «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>%1.parameters: a function needs parameters (a schema of type &quot;object&quot;)</source>
        <translation>%1.parameters&#xa0;: une fonction doit avoir des paramètres (un schéma de type «&#xa0;object&#xa0;»)</translation>
    </message>
    <message>
        <source>%1.parameters: must be a JSON Schema object</source>
        <translation>%1.parameters&#xa0;: doit être un objet JSON Schema</translation>
    </message>
    <message>
        <source>%1.parameters.type: function parameters must be of type &quot;object&quot;</source>
        <translation>%1.parameters.type&#xa0;: les paramètres de fonction doivent être de type «&#xa0;object&#xa0;»</translation>
    </message>
    <message>
        <source>tools[%1]: must be an object</source>
        <translation>tools[%1]&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>tools[%1]: the name &quot;%2&quot; is used by another tool</source>
        <translation>tools[%1]&#xa0;: le nom «&#xa0;%2&#xa0;» est déjà utilisé par un autre outil</translation>
    </message>
</context>
<context>
    <name>rostrum::TournamentBatchRounds</name>
    <message numerus="yes">
        <source>The batch job %1 ended %2 without answering %n request(s), after %3 attempts.</source>
        <translation>
            <numerusform>La tâche batch %1 s&apos;est terminée (%2) sans répondre à %n requête, après %3 tentatives.</numerusform>
            <numerusform>La tâche batch %1 s&apos;est terminée (%2) sans répondre à %n requêtes, après %3 tentatives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::TournamentRunner</name>
    <message>
        <source>This tournament is already running.</source>
        <translation>Ce tournoi est déjà en cours.</translation>
    </message>
    <message>
        <source>Tournament %1 is still running in another process.</source>
        <translation>Le tournoi %1 est toujours en cours dans un autre processus.</translation>
    </message>
    <message>
        <source>Tournament %1 is already finished.</source>
        <translation>Le tournoi %1 est déjà terminé.</translation>
    </message>
    <message>
        <source>The tournament could not be saved.</source>
        <translation>Le tournoi n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Debate %1 of the tournament cannot run: %2</source>
        <translation>Le débat %1 du tournoi ne peut pas être lancé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Arrêté par l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>This tournament runs on the Batch API, which is not available here.</source>
        <translation>Ce tournoi utilise l&apos;API Batch, qui n&apos;est pas disponible ici.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Plus d&apos;outils</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ApiKeyFlow</name>
    <message>
        <source>Mistral&apos;s API needs a key: paste yours here, or choose a custom endpoint.</source>
        <translation>L&apos;API de Mistral demande une clé&#xa0;: collez la vôtre ici, ou choisissez un point de terminaison personnalisé.</translation>
    </message>
    <message>
        <source>Key saved (%1).</source>
        <translation>Clé enregistrée (%1).</translation>
    </message>
    <message>
        <source>no key entered or stored</source>
        <translation>aucune clé saisie ni enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>%n models available</source>
        <translation>
            <numerusform>%n modèle disponible</numerusform>
            <numerusform>%n modèles disponibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ArenaHost</name>
    <message>
        <source>&amp;Arena</source>
        <translation>&amp;Arène</translation>
    </message>
    <message>
        <source>Show the tournaments&apos; leaderboard, head-to-head matrix and judges</source>
        <translation>Afficher le classement des tournois, la matrice des confrontations directes et les juges</translation>
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
        <translation>%1 ne joue pas contre lui-même</translation>
    </message>
    <message>
        <source>%1 against %2: %3 wins, %4 losses, %5 ties</source>
        <translation>%1 contre %2&#xa0;: %3 victoires, %4 défaites, %5 égalités</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ArenaRatingChart</name>
    <message>
        <source>Ratings with their 95% intervals</source>
        <translation>Scores avec leurs intervalles à 95&#xa0;%</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1&#xa0;: de %2 à %3</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Rating (Elo scale)</source>
        <translation>Score (échelle Elo)</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ArenaWindow</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
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
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Arène</translation>
    </message>
    <message>
        <source>&amp;Tournament:</source>
        <translation>&amp;Tournoi&#xa0;:</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Tournoi</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the tournament again from the database (F5)</source>
        <translation>Relire le tournoi depuis la base de données (F5)</translation>
    </message>
    <message>
        <source>Tournament summary</source>
        <translation>Résumé du tournoi</translation>
    </message>
    <message>
        <source>Arena views</source>
        <translation>Vues de l&apos;arène</translation>
    </message>
    <message>
        <source>&amp;Leaderboard</source>
        <translation>&amp;Classement</translation>
    </message>
    <message>
        <source>Head-to-head matrix</source>
        <translation>Matrice des confrontations directes</translation>
    </message>
    <message>
        <source>Each cell: the row model&apos;s wins, losses and ties against the column model</source>
        <translation>Chaque cellule&#xa0;: victoires, défaites et égalités du modèle de la ligne contre le modèle de la colonne</translation>
    </message>
    <message>
        <source>&amp;Head to head</source>
        <translation>C&amp;onfrontations directes</translation>
    </message>
    <message>
        <source>&amp;Judges</source>
        <translation>&amp;Juges</translation>
    </message>
    <message>
        <source>&amp;Debates</source>
        <translation>&amp;Débats</translation>
    </message>
    <message>
        <source>Ratings chart</source>
        <translation>Graphique des scores</translation>
    </message>
    <message>
        <source>Each model&apos;s rating as a dot and its 95% interval as a bar</source>
        <translation>Le score de chaque modèle sous forme de point et son intervalle à 95&#xa0;% sous forme de barre</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <source>Won–lost–tied</source>
        <translation>Victoires–défaites–égalités</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Agreement between the judges</source>
        <translation>Accord entre les juges</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juge</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>First-position win rate</source>
        <translation>Taux de victoire en première position</translation>
    </message>
    <message>
        <source>Flip rate</source>
        <translation>Taux d&apos;inversion</translation>
    </message>
    <message>
        <source>Agreement with the majority</source>
        <translation>Accord avec la majorité</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Juges</translation>
    </message>
    <message>
        <source>First-position win rate: how often the side read first won (50% is fair). Flip rate: how often swapping the order changed the winner.</source>
        <translation>Taux de victoire en première position&#xa0;: fréquence à laquelle le camp lu en premier a gagné (50&#xa0;% est équitable). Taux d&apos;inversion&#xa0;: fréquence à laquelle l&apos;échange de l&apos;ordre a changé le vainqueur.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Con</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Motion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tournament debates</source>
        <translation>Débats du tournoi</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a debate in the main window</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir un débat dans la fenêtre principale</translation>
    </message>
    <message>
        <source>%1 — %2 models, %3 debates (%4)</source>
        <translation>%1 — %2 modèles, %3 débats (%4)</translation>
    </message>
    <message>
        <source>No tournament saved yet. Run one with “rostrum-cli tournament”.</source>
        <translation>Aucun tournoi enregistré pour l&apos;instant. Lancez-en un avec «&#xa0;rostrum-cli tournament&#xa0;».</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 debates finished, %4 games rated. Cost: $%5</source>
        <translation>%1 — %2 débats terminés sur %3, %4 parties notées. Coût&#xa0;: $%5</translation>
    </message>
    <message>
        <source> of a $%1 budget</source>
        <translation> sur un budget de $%1</translation>
    </message>
    <message>
        <source>. Stopped: %1</source>
        <translation>. Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ (agreement between the judges): %1</source>
        <translation>κ de Fleiss (accord entre les juges)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ: n/a (needs at least two judges on the same debates)</source>
        <translation>κ de Fleiss&#xa0;: n.d. (il faut au moins deux juges sur les mêmes débats)</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::AudienceVoteDialog</name>
    <message>
        <source>Audience Vote</source>
        <translation>Vote du public</translation>
    </message>
    <message>
        <source>The debate is over. How does the audience vote now? Before the debate: %1.</source>
        <translation>Le débat est terminé. Comment le public vote-t-il maintenant&#xa0;? Avant le débat&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The debate is over. How does the audience vote now?</source>
        <translation>Le débat est terminé. Comment le public vote-t-il maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Record Vote</source>
        <translation>&amp;Enregistrer le vote</translation>
    </message>
    <message>
        <source>&amp;No Vote</source>
        <translation>&amp;Pas de vote</translation>
    </message>
    <message>
        <source>Enter at least one vote, or choose No Vote.</source>
        <translation>Saisissez au moins un vote, ou choisissez Pas de vote.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::AudienceVoteForm</name>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Votes for the motion after the debate</source>
        <translation>Votes pour la motion après le débat</translation>
    </message>
    <message>
        <source>Votes for the motion before the debate</source>
        <translation>Votes pour la motion avant le débat</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Votes against the motion after the debate</source>
        <translation>Votes contre la motion après le débat</translation>
    </message>
    <message>
        <source>Votes against the motion before the debate</source>
        <translation>Votes contre la motion avant le débat</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <source>Undecided votes after the debate</source>
        <translation>Indécis après le débat</translation>
    </message>
    <message>
        <source>Undecided votes before the debate</source>
        <translation>Indécis avant le débat</translation>
    </message>
    <message>
        <source>%1 for (%2%), %3 against, %4 undecided</source>
        <translation>%1 pour (%2&#xa0;%), %3 contre, %4 indécis</translation>
    </message>
    <message>
        <source>%1 points: the motion lost ground</source>
        <translation>%1 points&#xa0;: la motion a perdu du terrain</translation>
    </message>
    <message>
        <source>%1 points for the motion</source>
        <translation>%1 points en faveur de la motion</translation>
    </message>
    <message>
        <source>Audience before: %1.</source>
        <translation>Public avant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>After: %1.</source>
        <translation>Après&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Swing: %1.</source>
        <translation>Évolution&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::CodeHighlighter</name>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::CodePane</name>
    <message>
        <source>Code under debate</source>
        <translation>Code débattu</translation>
    </message>
    <message>
        <source>Paste or open code in the debate setup to discuss it here.</source>
        <translation>Collez ou ouvrez du code dans la configuration du débat pour en débattre ici.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardCharts</name>
    <message>
        <source>Cumulative spend</source>
        <translation>Dépenses cumulées</translation>
    </message>
    <message>
        <source>US$</source>
        <translation>$ US</translation>
    </message>
    <message>
        <source>Cost per model</source>
        <translation>Coût par modèle</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Latency per model</source>
        <translation>Latence par modèle</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latence p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latence p95</translation>
    </message>
    <message>
        <source>Time to first token p50</source>
        <translation>Délai du premier jeton p50</translation>
    </message>
    <message>
        <source>Time to first token p95</source>
        <translation>Délai du premier jeton p95</translation>
    </message>
    <message>
        <source>Errors per model</source>
        <translation>Erreurs par modèle</translation>
    </message>
    <message>
        <source>Speed per model</source>
        <translation>Vitesse par modèle</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Jetons par seconde</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Taux de succès du cache</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>jetons/s</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardHost</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Spend, latency, errors and limits per model (Ctrl+D)</source>
        <translation>Dépenses, latence, erreurs et limites par modèle (Ctrl+D)</translation>
    </message>
    <message>
        <source>Dashboard in its own &amp;window</source>
        <translation>Tableau de bord dans une &amp;fenêtre séparée</translation>
    </message>
    <message>
        <source>Rostrum — Dashboard</source>
        <translation>Rostrum — Tableau de bord</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardTableModel</name>
    <message numerus="yes">
        <source>%n request(s) of models with no known price are not included</source>
        <translation>
            <numerusform>%n requête vers un modèle sans prix connu n&apos;est pas prise en compte</numerusform>
            <numerusform>%n requêtes vers des modèles sans prix connu ne sont pas prises en compte</numerusform>
        </translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Failed attempts of this class, including ones a retry made good</source>
        <translation>Tentatives échouées de cette catégorie, y compris celles rattrapées par un nouvel essai</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Jetons d&apos;entrée</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Jetons de sortie</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latence p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latence p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latence p99</translation>
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
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>Succès du cache</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Économisé</translation>
    </message>
    <message>
        <source>Prompt cache saved</source>
        <translation>Économies du cache de prompt</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardWidget</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the table of this range as a CSV file</source>
        <translation>Enregistrer le tableau de cette période dans un fichier CSV</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Requests in the last minute against the known limit</source>
        <translation>Requêtes de la dernière minute par rapport à la limite connue</translation>
    </message>
    <message>
        <source>Tokens in the last minute against the known limit</source>
        <translation>Jetons de la dernière minute par rapport à la limite connue</translation>
    </message>
    <message>
        <source>What the current debate has cost against its budget</source>
        <translation>Coût du débat en cours par rapport à son budget</translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation>Requêtes/min</translation>
    </message>
    <message>
        <source>Tokens/min</source>
        <translation>Jetons/min</translation>
    </message>
    <message>
        <source>Debate budget</source>
        <translation>Budget du débat</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No debate yet&lt;/h3&gt;&lt;p&gt;Start a debate: its requests will appear here as they finish.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun débat pour le moment&lt;/h3&gt;&lt;p&gt;Lancez un débat&#xa0;: ses requêtes apparaîtront ici au fur et à mesure de leur achèvement.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No requests yet&lt;/h3&gt;&lt;p&gt;Requests in this range will appear here as they finish: spend, latency, errors and limits per model.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune requête pour le moment&lt;/h3&gt;&lt;p&gt;Les requêtes de cette période apparaîtront ici au fur et à mesure de leur achèvement&#xa0;: dépenses, latence, erreurs et limites par modèle.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1</source>
        <translation>
            <numerusform>%n requête, %1</numerusform>
            <numerusform>%n requêtes, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (no known limit)</source>
        <translation>%1 (aucune limite connue)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>no debate</source>
        <translation>aucun débat</translation>
    </message>
    <message>
        <source>%1 (no budget)</source>
        <translation>%1 (sans budget)</translation>
    </message>
    <message>
        <source>%1 hit rate, %2 saved</source>
        <translation>%1 de succès, %2 économisés</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>pas encore utilisé</translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation>Exporter l&apos;utilisation en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prompt tokens the API served from its prompt cache, billed at a lower price, and what that saved against the full input price</source>
        <translation>Jetons d&apos;entrée que l&apos;API a servis depuis son cache de prompt, facturés à un prix réduit, et l&apos;économie réalisée par rapport au prix d&apos;entrée plein</translation>
    </message>
    <message>
        <source>Prompt cache</source>
        <translation>Cache de prompt</translation>
    </message>
    <message>
        <source>%1 tokens cached, %2 saved</source>
        <translation>%1 jetons en cache, %2 économisés</translation>
    </message>
    <message>
        <source>no cached tokens yet</source>
        <translation>aucun jeton en cache pour le moment</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateFileJobs</name>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Open Debate</source>
        <translation>Ouvrir un débat</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Rostrum debates (*.json)</source>
        <translation>Débats Rostrum (*.json)</translation>
    </message>
    <message>
        <source>Export Debate</source>
        <translation>Exporter le débat</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html);;JSON (*.json);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;HTML (*.html);;JSON (*.json);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rostrum debate (%2).</source>
        <translation>%1 n&apos;est pas un débat Rostrum (%2).</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Import Debate</source>
        <translation>Importer un débat</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Debate exports (*.json)</source>
        <translation>Exports de débats (*.json)</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebatePane</name>
    <message>
        <source>Line %1 is not in the code.</source>
        <translation>La ligne %1 ne figure pas dans le code.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateSession</name>
    <message>
        <source>rate limit (requests per second)</source>
        <translation>limite de débit (requêtes par seconde)</translation>
    </message>
    <message>
        <source>rate limit (requests per minute)</source>
        <translation>limite de débit (requêtes par minute)</translation>
    </message>
    <message>
        <source>rate limit (tokens per minute)</source>
        <translation>limite de débit (jetons par minute)</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>limite de débit</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de débit atteinte</translation>
    </message>
    <message>
        <source>rate limit (none left this minute)</source>
        <translation>limite de débit (plus rien cette minute)</translation>
    </message>
    <message>
        <source>learning the rate limits</source>
        <translation>apprentissage des limites de débit</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateSetupDialog</name>
    <message>
        <source>&amp;Start Debate</source>
        <translation>&amp;Lancer le débat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Camp</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Debater %1</source>
        <translation>Débatteur %1</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source> — $%1 in / $%2 out per M tokens</source>
        <translation> — $%1 en entrée / $%2 en sortie par million de jetons</translation>
    </message>
    <message>
        <source> — price unknown</source>
        <translation> — prix inconnu</translation>
    </message>
    <message>
        <source> · %1k context</source>
        <translation> · contexte de %1k</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Aucun juge</translation>
    </message>
    <message>
        <source>Side of debater %1</source>
        <translation>Camp du débatteur %1</translation>
    </message>
    <message>
        <source>For (proposition)</source>
        <translation>Pour (proposition)</translation>
    </message>
    <message>
        <source>Against (opposition)</source>
        <translation>Contre (opposition)</translation>
    </message>
    <message>
        <source>Model of debater %1</source>
        <translation>Modèle du débatteur %1</translation>
    </message>
    <message>
        <source>Default for the language</source>
        <translation>Par défaut pour la langue</translation>
    </message>
    <message numerus="yes">
        <source>%n requests. Cost: unknown (no price for %1).</source>
        <translation>
            <numerusform>%n requête. Coût&#xa0;: inconnu (aucun prix pour %1).</numerusform>
            <numerusform>%n requêtes. Coût&#xa0;: inconnu (aucun prix pour %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%n requests. Estimated cost: $%1 – $%2 (prices as of %3).</source>
        <translation>
            <numerusform>%n requête. Coût estimé&#xa0;: $%1 – $%2 (date des prix&#xa0;: %3).</numerusform>
            <numerusform>%n requêtes. Coût estimé&#xa0;: $%1 – $%2 (date des prix&#xa0;: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget may stop the debate early.</source>
        <translation>Le budget peut interrompre le débat avant la fin.</translation>
    </message>
    <message>
        <source>Open Code</source>
        <translation>Ouvrir du code</translation>
    </message>
    <message>
        <source>Source files (*.c *.cc *.cpp *.cxx *.h *.hpp *.py *.js *.mjs *.ts *.tsx *.java *.go *.rs *.sh *.sql);;All files (*)</source>
        <translation>Fichiers source (*.c *.cc *.cpp *.cxx *.h *.hpp *.py *.js *.mjs *.ts *.tsx *.java *.go *.rs *.sh *.sql);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Default for the language (%1)</source>
        <translation>Par défaut pour la langue (%1)</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Classique</translation>
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
        <translation>Revue de code</translation>
    </message>
    <message>
        <source>Prompt tokens counted exactly with each model&apos;s tokenizer.</source>
        <translation>Jetons d&apos;entrée comptés exactement avec le tokenizer de chaque modèle.</translation>
    </message>
    <message>
        <source>Prompt tokens estimated (no tokenizer data for some model).</source>
        <translation>Jetons d&apos;entrée estimés (pas de données de tokenizer pour un des modèles).</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>You type this debater&apos;s speeches</source>
        <translation>Vous rédigez les discours de ce débatteur</translation>
    </message>
    <message>
        <source>An Oxford debate is won by the swing: the audience votes before and after it</source>
        <translation>Un débat Oxford se gagne à l&apos;évolution du vote&#xa0;: le public vote avant et après</translation>
    </message>
    <message>
        <source>Audience &amp;vote before:</source>
        <translation>&amp;Vote du public avant&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateStudio</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Rematch with Sides S&amp;wapped</source>
        <translation>Revanche avec camps in&amp;versés</translation>
    </message>
    <message>
        <source>Ask the &amp;Judge Again</source>
        <translation>Interroger à nouveau le &amp;juge</translation>
    </message>
    <message>
        <source>Include &amp;Reasoning in Exports</source>
        <translation>Inclure le &amp;raisonnement dans les exports</translation>
    </message>
    <message>
        <source>Run this debate again with the debaters on the other sides, then compare the verdicts</source>
        <translation>Relancer ce débat avec les débatteurs dans les camps opposés, puis comparer les verdicts</translation>
    </message>
    <message>
        <source>Ask the judge for a new verdict (a new, costed request)</source>
        <translation>Demander un nouveau verdict au juge (une nouvelle requête, facturée)</translation>
    </message>
    <message>
        <source>Exports also write what reasoning models thought before they spoke</source>
        <translation>Les exports incluent aussi ce que les modèles de raisonnement ont pensé avant de parler</translation>
    </message>
    <message>
        <source>Read a debate exported as JSON and save it as a new debate</source>
        <translation>Lire un débat exporté au format JSON et l&apos;enregistrer comme nouveau débat</translation>
    </message>
    <message>
        <source>Rematch with Sides Swapped</source>
        <translation>Revanche avec camps inversés</translation>
    </message>
    <message>
        <source>Ask the Judge Again</source>
        <translation>Interroger à nouveau le juge</translation>
    </message>
    <message>
        <source>Asking the judge again…</source>
        <translation>Nouvelle interrogation du juge…</translation>
    </message>
    <message>
        <source>Import Debate</source>
        <translation>Importer un débat</translation>
    </message>
    <message>
        <source>The debate was not imported: the database could not be opened.</source>
        <translation>Le débat n&apos;a pas été importé&#xa0;: la base de données n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Imported as a new debate.</source>
        <translation>Importé comme nouveau débat.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DeprecationBadge</name>
    <message numerus="yes">
        <source>⚠ %n deprecated model(s)</source>
        <translation>
            <numerusform>⚠ %n modèle obsolète</numerusform>
            <numerusform>⚠ %n modèles obsolètes</numerusform>
        </translation>
    </message>
    <message>
        <source>Deprecated models</source>
        <translation>Modèles obsolètes</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::FirstRunPage</name>
    <message>
        <source>Paste a key first.</source>
        <translation>Collez d&apos;abord une clé.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ForkController</name>
    <message>
        <source>Continue from &amp;Here…</source>
        <translation>Continuer à partir d&apos;&amp;ici…</translation>
    </message>
    <message>
        <source>Start a new debate that shares the speeches up to this one (Ctrl+Shift+N)</source>
        <translation>Lancer un nouveau débat qui reprend les discours jusqu&apos;à celui-ci (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Choose a finished speech of a saved debate to continue from.</source>
        <translation>Choisissez un discours terminé d&apos;un débat enregistré à partir duquel continuer.</translation>
    </message>
    <message>
        <source>Stop the running debate before continuing from one of its speeches.</source>
        <translation>Arrêtez le débat en cours avant de continuer à partir de l&apos;un de ses discours.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ForkDialog</name>
    <message>
        <source>Against (debater %1)</source>
        <translation>Contre (débatteur %1)</translation>
    </message>
    <message>
        <source>For (debater %1)</source>
        <translation>Pour (débatteur %1)</translation>
    </message>
    <message>
        <source>Continue from Here</source>
        <translation>Continuer à partir d&apos;ici</translation>
    </message>
    <message numerus="yes">
        <source>A new debate shares the first %n entries of this one, up to and including speech %1 (%2), and goes on from there. The original debate is kept as it is.</source>
        <translation>
            <numerusform>Un nouveau débat reprend %n entrée de celui-ci, jusqu&apos;au discours %1 (%2) inclus, et continue à partir de là. Le débat d&apos;origine est conservé tel quel.</numerusform>
            <numerusform>Un nouveau débat reprend les %n premières entrées de celui-ci, jusqu&apos;au discours %1 (%2) inclus, et continue à partir de là. Le débat d&apos;origine est conservé tel quel.</numerusform>
        </translation>
    </message>
    <message>
        <source>No debater speaks after this speech: the new debate would only be judged.</source>
        <translation>Aucun débatteur ne parle après ce discours&#xa0;: le nouveau débat serait seulement jugé.</translation>
    </message>
    <message>
        <source>&amp;Start the New Debate</source>
        <translation>&amp;Lancer le nouveau débat</translation>
    </message>
    <message>
        <source>Speaks next: %1</source>
        <translation>Parle ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Puis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Model of %1</source>
        <translation>Modèle de %1</translation>
    </message>
    <message>
        <source>Language of %1</source>
        <translation>Langue de %1</translation>
    </message>
    <message>
        <source>Persona of %1</source>
        <translation>Persona de %1</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona&#xa0;:</translation>
    </message>
    <message>
        <source>Default for the language</source>
        <translation>Par défaut pour la langue</translation>
    </message>
    <message>
        <source>e.g. a pragmatic economist</source>
        <translation>p. ex. une économiste pragmatique</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::HistoryController</name>
    <message>
        <source>Loading saved debates…</source>
        <translation>Chargement des débats enregistrés…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::HumanSpeechEditor</name>
    <message>
        <source>&amp;Submit Speech</source>
        <translation>&amp;Prononcer le discours</translation>
    </message>
    <message>
        <source>Your speech</source>
        <translation>Votre discours</translation>
    </message>
    <message>
        <source>Write your speech here. Ctrl+Enter delivers it.</source>
        <translation>Rédigez votre discours ici. Ctrl+Entrée le prononce.</translation>
    </message>
    <message>
        <source>Length of your speech</source>
        <translation>Longueur de votre discours</translation>
    </message>
    <message>
        <source>Deliver your speech and let the debate go on (Ctrl+Enter)</source>
        <translation>Prononcer votre discours et laisser le débat se poursuivre (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 jetons sur %2</translation>
    </message>
    <message>
        <source>about %1 of %2 tokens</source>
        <translation>environ %1 jetons sur %2</translation>
    </message>
    <message>
        <source>%1 — %2 over the speech length</source>
        <translation>%1 — %2 au-delà de la longueur des discours</translation>
    </message>
    <message>
        <source>The debate is not waiting for your speech. Your draft is kept.</source>
        <translation>Le débat n&apos;attend pas votre discours. Votre brouillon est conservé.</translation>
    </message>
    <message>
        <source>Your speech is empty: write something before submitting it.</source>
        <translation>Votre discours est vide&#xa0;: écrivez quelque chose avant de le prononcer.</translation>
    </message>
    <message numerus="yes">
        <source>Your speech is %n token(s) over the speech length: shorten it before submitting it.</source>
        <translation>
            <numerusform>Votre discours dépasse de %n jeton la longueur des discours&#xa0;: raccourcissez-le avant de le prononcer.</numerusform>
            <numerusform>Votre discours dépasse de %n jetons la longueur des discours&#xa0;: raccourcissez-le avant de le prononcer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::gui::InterjectionBar</name>
    <message>
        <source>Inter&amp;ject</source>
        <translation>&amp;Interpeller</translation>
    </message>
    <message>
        <source>Interjection</source>
        <translation>Interpellation</translation>
    </message>
    <message>
        <source>A question for the next speaker (Ctrl+I, Enter to send)</source>
        <translation>Une question pour le prochain orateur (Ctrl+I, Entrée pour envoyer)</translation>
    </message>
    <message>
        <source>Interject as</source>
        <translation>Interpeller en tant que</translation>
    </message>
    <message>
        <source>as moderator</source>
        <translation>en tant que modérateur</translation>
    </message>
    <message>
        <source>from the audience</source>
        <translation>depuis le public</translation>
    </message>
    <message>
        <source>Put this to the next speaker, who is asked to address it</source>
        <translation>Soumettre ceci au prochain orateur, qui est invité à y répondre</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::LecternController</name>
    <message>
        <source>&amp;Interject…</source>
        <translation>&amp;Interpeller…</translation>
    </message>
    <message>
        <source>Put a question to the next speaker, as moderator or from the audience (Ctrl+I)</source>
        <translation>Poser une question au prochain orateur, en tant que modérateur ou depuis le public (Ctrl+I)</translation>
    </message>
    <message>
        <source>Audience swing: %1.</source>
        <translation>Évolution du public&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your question from the audience goes to the next speaker.</source>
        <translation>Votre question du public sera posée au prochain orateur.</translation>
    </message>
    <message>
        <source>Your question as moderator goes to the next speaker.</source>
        <translation>Votre question de modérateur sera posée au prochain orateur.</translation>
    </message>
    <message>
        <source>against the motion</source>
        <translation>contre la motion</translation>
    </message>
    <message>
        <source>for the motion</source>
        <translation>pour la motion</translation>
    </message>
    <message>
        <source>Your turn, %1 (%2): %3 — speech %4 of %5</source>
        <translation>À vous, %1 (%2)&#xa0;: %3 — discours %4 sur %5</translation>
    </message>
    <message>
        <source>Your turn: write your speech, then press Ctrl+Enter.</source>
        <translation>À vous&#xa0;: rédigez votre discours, puis appuyez sur Ctrl+Entrée.</translation>
    </message>
    <message>
        <source>The debate is paused: resume it to deliver your speech.</source>
        <translation>Le débat est en pause&#xa0;: reprenez-le pour prononcer votre discours.</translation>
    </message>
    <message>
        <source>The debate has stopped. Your draft is kept: Resume continues the debate.</source>
        <translation>Le débat s&apos;est arrêté. Votre brouillon est conservé&#xa0;: Reprendre poursuit le débat.</translation>
    </message>
    <message>
        <source>The debate did not take your speech. Your draft is kept.</source>
        <translation>Le débat n&apos;a pas accepté votre discours. Votre brouillon est conservé.</translation>
    </message>
    <message>
        <source>Your speech is delivered.</source>
        <translation>Votre discours est prononcé.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::MainWindow</name>
    <message>
        <source>The debate has ended.</source>
        <translation>Le débat est terminé.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Only the latest speech can be asked again, once nothing is streaming.</source>
        <translation>Seul le dernier discours peut être redemandé, une fois la réception terminée.</translation>
    </message>
    <message>
        <source>New Debate</source>
        <translation>Nouveau débat</translation>
    </message>
    <message>
        <source>About Rostrum</source>
        <translation>À propos de Rostrum</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;AI debates on the Mistral API: debaters argue a motion over rounds, in your language or about your code, with a judge, a budget and live charts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;Des débats d&apos;IA sur l&apos;API Mistral&#xa0;: les débatteurs défendent ou combattent une motion au fil des manches, dans votre langue ou à propos de votre code, avec un juge, un budget et des graphiques en direct.&lt;/p&gt;&lt;p&gt;Conçu avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Debates will not be saved: the database could not be opened (%1).</source>
        <translation>Les débats ne seront pas enregistrés&#xa0;: la base de données n&apos;a pas pu être ouverte (%1).</translation>
    </message>
    <message>
        <source>Stop the running debate before opening another one.</source>
        <translation>Arrêtez le débat en cours avant d&apos;en ouvrir un autre.</translation>
    </message>
    <message>
        <source>Opening the saved debate…</source>
        <translation>Ouverture du débat enregistré…</translation>
    </message>
    <message>
        <source>That debate is no longer in the database.</source>
        <translation>Ce débat ne figure plus dans la base de données.</translation>
    </message>
    <message>
        <source>Opened. This debate did not finish: Resume continues it.</source>
        <translation>Débat ouvert. Il n&apos;est pas terminé&#xa0;: Reprendre permet de le poursuivre.</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>Débat ouvert.</translation>
    </message>
    <message>
        <source>Resume Debate</source>
        <translation>Reprendre le débat</translation>
    </message>
    <message>
        <source>Resuming the debate.</source>
        <translation>Reprise du débat.</translation>
    </message>
    <message>
        <source>Continue from Here</source>
        <translation>Continuer à partir d&apos;ici</translation>
    </message>
    <message>
        <source>A new debate continues from speech %1.</source>
        <translation>Un nouveau débat continue à partir du discours %1.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::MainWindowActions</name>
    <message>
        <source>Res&amp;ume Saved Debate</source>
        <translation>Reprendre un débat &amp;enregistré</translation>
    </message>
    <message>
        <source>Continue a debate that was interrupted or stopped before its end</source>
        <translation>Poursuivre un débat interrompu ou arrêté avant la fin</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ScreenshotTour</name>
    <message>
        <source>This house would make public transport free</source>
        <translation>Cette assemblée rendrait les transports publics gratuits</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Camille</source>
        <translation>Camille</translation>
    </message>
    <message>
        <source>Free public transport pays for itself in cleaner air, quieter streets and fuller buses. Cities that tried it, from Tallinn to Dunkirk, saw ridership rise by a fifth within two years, and the cost of collecting fares (ticket machines, inspectors, fraud) often ate a third of what the fares brought in.</source>
        <translation>Les transports publics gratuits se financent d&apos;eux-mêmes&#xa0;: un air plus pur, des rues plus calmes et des bus plus remplis. Les villes qui ont essayé, de Tallinn à Dunkerque, ont vu la fréquentation augmenter d&apos;un cinquième en deux ans, et le coût de la perception des billets (distributeurs, contrôleurs, fraude) absorbait souvent un tiers de ce qu&apos;ils rapportaient.</translation>
    </message>
    <message>
        <source>A fare-free network is not free: someone pays. The proposition&apos;s own examples show it: Tallinn raised local taxes, and Dunkirk&apos;s buses are fuller because people walk less, not because they drive less.</source>
        <translation>Un réseau gratuit n&apos;est pas gratuit&#xa0;: quelqu&apos;un paie. Les exemples mêmes de la proposition le montrent&#xa0;: Tallinn a augmenté les impôts locaux, et les bus de Dunkerque sont plus remplis parce que les gens marchent moins, pas parce qu&apos;ils conduisent moins.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SessionListModel</name>
    <message numerus="yes">
        <source>%1
%2 · %3 · %n speeches</source>
        <translation>
            <numerusform>%1
%2 · %3 · %n discours</numerusform>
            <numerusform>%1
%2 · %3 · %n discours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speeches</source>
        <translation>
            <numerusform>%n discours</numerusform>
            <numerusform>%n discours</numerusform>
        </translation>
    </message>
    <message>
        <source>Fork from speech %1 · %2</source>
        <translation>Branche depuis le discours %1 · %2</translation>
    </message>
    <message>
        <source>Fork of “%1”: %2</source>
        <translation>Branche de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coût&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SessionRowFactory</name>
    <message>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>public</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>modérateur</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SettingsDialog</name>
    <message>
        <source>Auto (learn from the server)</source>
        <translation>Auto (déduit du serveur)</translation>
    </message>
    <message>
        <source>Free tier</source>
        <translation>Offre gratuite</translation>
    </message>
    <message>
        <source>Hobbyist</source>
        <translation>Amateur</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Model for %1</source>
        <translation>Modèle pour %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>Recherche d&apos;une clé enregistrée…</translation>
    </message>
    <message>
        <source>No keychain available.</source>
        <translation>Aucun trousseau de clés disponible.</translation>
    </message>
    <message>
        <source>Using the key from the environment (MISTRAL_API_KEY). A key entered here is stored in the keychain for when that variable is not set.</source>
        <translation>La clé provient de l&apos;environnement (MISTRAL_API_KEY). Une clé saisie ici est enregistrée dans le trousseau de clés pour les cas où cette variable n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Enter a new one to replace it.</source>
        <translation>Une clé est enregistrée dans le trousseau de clés du système. Saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <source>A key is kept in memory for this session only (no keychain answered).</source>
        <translation>Une clé est gardée en mémoire pour cette session uniquement (aucun trousseau de clés n&apos;a répondu).</translation>
    </message>
    <message>
        <source>No key yet. Get one at console.mistral.ai → API Keys.</source>
        <translation>Aucune clé pour l&apos;instant. Obtenez-en une sur console.mistral.ai → API Keys.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Input $/M tokens</source>
        <translation>Entrée $/M jetons</translation>
    </message>
    <message>
        <source>Output $/M tokens</source>
        <translation>Sortie $/M jetons</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Prices as of %1. Edit a price to override it; your prices are kept in %2.</source>
        <translation>Date des prix&#xa0;: %1. Modifiez un prix pour le remplacer&#xa0;; vos prix sont conservés dans %2.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Could not save the prices: %1</source>
        <translation>Impossible d&apos;enregistrer les prix&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ The key works.</source>
        <translation>✔ La clé fonctionne.</translation>
    </message>
    <message>
        <source>✘ The server refused this key. Check that it was copied whole, or create a new one in the console.</source>
        <translation>✘ Le serveur a refusé cette clé. Vérifiez qu&apos;elle a été copiée en entier ou créez-en une nouvelle dans la console.</translation>
    </message>
    <message>
        <source>⚠ The key is valid but has no quota: activate payments or a plan in the console.</source>
        <translation>⚠ La clé est valide mais n&apos;a aucun quota&#xa0;: activez les paiements ou une offre dans la console.</translation>
    </message>
    <message>
        <source>⚠ Could not reach the endpoint. Check the address and your connection.</source>
        <translation>⚠ Impossible de joindre le point de terminaison. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <source>Mistral (global)</source>
        <translation>Mistral (mondial)</translation>
    </message>
    <message>
        <source>Mistral (EU)</source>
        <translation>Mistral (UE)</translation>
    </message>
    <message>
        <source>Mistral (US)</source>
        <translation>Mistral (États-Unis)</translation>
    </message>
    <message>
        <source>Choose Mistral&apos;s global, EU or US endpoint, or type the address of another one (a proxy, a local server).</source>
        <translation>Choisissez le point de terminaison mondial, européen ou américain de Mistral, ou saisissez l&apos;adresse d&apos;un autre (un proxy, un serveur local).</translation>
    </message>
    <message>
        <source>Rostrum will use %1 the next time it starts.</source>
        <translation>Langue choisie&#xa0;: %1. Elle prendra effet au prochain démarrage de Rostrum.</translation>
    </message>
    <message>
        <source>Takes effect the next time Rostrum starts.</source>
        <translation>Prend effet au prochain démarrage de Rostrum.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SpeechBody</name>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::StatusIndicators</name>
    <message>
        <source>Request status</source>
        <translation>État des requêtes</translation>
    </message>
    <message>
        <source>Tokens used in this debate</source>
        <translation>Jetons utilisés dans ce débat</translation>
    </message>
    <message>
        <source>Spend of this debate</source>
        <translation>Dépenses de ce débat</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message numerus="yes">
        <source>Streaming %n requests</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Réception en cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>En pause — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — sending in %n s</source>
        <translation>
            <numerusform>%1 — envoi dans %n s</numerusform>
            <numerusform>%1 — envoi dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>limite de débit</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n s</source>
        <translation>
            <numerusform>%1 — nouvel essai dans %n s</numerusform>
            <numerusform>%1 — nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de débit atteinte</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>spend unknown</source>
        <translation>dépenses inconnues</translation>
    </message>
    <message>
        <source>%1 of $%2</source>
        <translation>%1 sur $%2</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Nouvel essai…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::StudioScreenshots</name>
    <message>
        <source>evidence</source>
        <translation>preuves</translation>
    </message>
    <message>
        <source>rebuttal</source>
        <translation>réfutation</translation>
    </message>
    <message>
        <source>clarity</source>
        <translation>clarté</translation>
    </message>
    <message>
        <source>The opposition showed that frequency, not price, moves drivers; the proposition never answered it.</source>
        <translation>L&apos;opposition a montré que c&apos;est la fréquence, et non le prix, qui attire les automobilistes&#xa0;; la proposition n&apos;y a jamais répondu.</translation>
    </message>
    <message>
        <source>I think the opposition won: free fares mostly move walkers.</source>
        <translation>Je pense que l&apos;opposition a gagné&#xa0;: la gratuité attire surtout des piétons.</translation>
    </message>
    <message>
        <source>A fare-free network is not free: someone pays. The proposition&apos;s own examples show it: Tallinn raised local taxes, and Dunkirk&apos;s buses are fuller because people walk less, not because they drive less.</source>
        <translation>Un réseau gratuit n&apos;est pas gratuit&#xa0;: quelqu&apos;un paie. Les exemples mêmes de la proposition le montrent&#xa0;: Tallinn a augmenté les impôts locaux, et les bus de Dunkerque sont plus remplis parce que les gens marchent moins, pas parce qu&apos;ils conduisent moins.</translation>
    </message>
    <message>
        <source>Walking less is not the whole story: in Dunkirk car trips into the centre fell too, and the taxes that pay for the network are levied on those who can afford them, not at the turnstile.</source>
        <translation>Marcher moins n&apos;explique pas tout&#xa0;: à Dunkerque, les trajets en voiture vers le centre ont aussi baissé, et les impôts qui financent le réseau sont prélevés sur ceux qui en ont les moyens, pas au tourniquet.</translation>
    </message>
    <message>
        <source>The proposition counts riders, not results. Money spent on free fares is money not spent on more buses, and it is frequency, not price, that moves drivers out of their cars.</source>
        <translation>La proposition compte les voyageurs, pas les résultats. L&apos;argent consacré à la gratuité, c&apos;est de l&apos;argent en moins pour ajouter des bus, et c&apos;est la fréquence, et non le prix, qui fait sortir les automobilistes de leur voiture.</translation>
    </message>
    <message>
        <source>Free fares and more buses are not rivals: collecting fares costs a third of what they bring in. Remove the turnstile and that third pays for the frequency the opposition asks for.</source>
        <translation>Gratuité et bus supplémentaires ne s&apos;opposent pas&#xa0;: percevoir les billets coûte un tiers de ce qu&apos;ils rapportent. Supprimez le tourniquet, et ce tiers finance la fréquence que réclame l&apos;opposition.</translation>
    </message>
    <message>
        <source>A cleaner city is the goal we share. Spend on what moves drivers: more buses, more often. Free fares mostly move walkers.</source>
        <translation>Une ville moins polluée, voilà l&apos;objectif que nous partageons. Investissons dans ce qui attire les automobilistes&#xa0;: plus de bus, plus souvent. La gratuité attire surtout des piétons.</translation>
    </message>
    <message>
        <source>Whether free fares move drivers decided it.</source>
        <translation>Tout s&apos;est joué sur un point&#xa0;: la gratuité attire-t-elle les automobilistes&#xa0;?</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::TranscriptController</name>
    <message>
        <source>“%1” is not in the transcript.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans la transcription.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n speeches.</source>
        <translation>
            <numerusform>%n discours copié.</numerusform>
            <numerusform>%n discours copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>Masquer le raisonnement</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Afficher le raisonnement</translation>
    </message>
    <message>
        <source>Reasoning shown.</source>
        <translation>Raisonnement affiché.</translation>
    </message>
    <message>
        <source>Reasoning hidden.</source>
        <translation>Raisonnement masqué.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::TranscriptDelegate</name>
    <message>
        <source>streaming</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>manche %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>nouvel essai dans %n s</numerusform>
            <numerusform>nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Speech text</source>
        <translation>Texte du discours</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::TranscriptModel</name>
    <message>
        <source>Reasoning shown</source>
        <translation>Raisonnement affiché</translation>
    </message>
    <message>
        <source>Reasoning hidden</source>
        <translation>Raisonnement masqué</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::VerdictCard</name>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>%1: for %2, against %3.</source>
        <translation>%1&#xa0;: pour %2, contre %3.</translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation>non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>égalité</translation>
    </message>
    <message>
        <source>%1, margin %2</source>
        <translation>%1, écart %2</translation>
    </message>
    <message>
        <source>inconsistent: its winner flipped when the sides were swapped</source>
        <translation>incohérent&#xa0;: son vainqueur a changé quand les camps ont été inversés</translation>
    </message>
    <message>
        <source>%1 for, %2 against, %3 tie, %4 not valid</source>
        <translation>%1 pour, %2 contre, %3 égalité, %4 non valide</translation>
    </message>
    <message>
        <source>Votes: %1 · agreement %2</source>
        <translation>Votes&#xa0;: %1 · accord %2</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juge</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Judge %1: %2.</source>
        <translation>Juge %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Each judge was asked twice, the sides in both orders.</source>
        <translation>Chaque juge a été interrogé deux fois, avec les camps dans les deux ordres.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <source>No judge of the panel gave a valid verdict.</source>
        <translation>Aucun juge du jury n&apos;a rendu de verdict valide.</translation>
    </message>
    <message numerus="yes">
        <source>Panel verdict: a tie — no side has a majority of the %n judges.</source>
        <translation>
            <numerusform>Verdict du jury&#xa0;: égalité — aucun camp n&apos;a la majorité (%n juge).</numerusform>
            <numerusform>Verdict du jury&#xa0;: égalité — aucun camp n&apos;a la majorité des %n juges.</numerusform>
        </translation>
    </message>
    <message>
        <source>Panel verdict: the side %1 the motion wins, %2 of %3 judges.</source>
        <translation>Verdict du jury&#xa0;: le camp %1 l&apos;emporte, avec %2 juges sur %3.</translation>
    </message>
    <message>
        <source>The judge&apos;s verdict is not valid: %1</source>
        <translation>Le verdict du juge n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>Verdict: a tie.</source>
        <translation>Verdict&#xa0;: égalité.</translation>
    </message>
    <message>
        <source>Verdict: the side %1 the motion wins, margin %2 of 10.</source>
        <translation>Verdict&#xa0;: le camp %1 l&apos;emporte, écart de %2 sur 10.</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>juge</translation>
    </message>
    <message>
        <source>Ask the judges again</source>
        <translation>Interroger à nouveau les juges</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Motifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid after one repair request.</source>
        <translation>Valide après une demande de correction.</translation>
    </message>
    <message>
        <source>Ask the judge again</source>
        <translation>Interroger à nouveau le juge</translation>
    </message>
    <message>
        <source>The judge answered:</source>
        <translation>Le juge a répondu&#xa0;:</translation>
    </message>
    <message>
        <source>Judged by %1 · the judges&apos; cost %2</source>
        <translation>Jugé par %1 · coût des juges %2</translation>
    </message>
    <message>
        <source>Judged by %1 · judge&apos;s cost %2</source>
        <translation>Jugé par %1 · coût du juge %2</translation>
    </message>
    <message>
        <source>Verdict.</source>
        <translation>Verdict.</translation>
    </message>
    <message>
        <source>The side %1 the motion won both times although the debaters swapped sides (%2, then %3): the verdict followed the side.</source>
        <translation>Le camp %1 l&apos;a emporté les deux fois alors que les débatteurs avaient changé de camp (%2, puis %3)&#xa0;: le verdict a suivi le camp.</translation>
    </message>
    <message>
        <source>%1 won both times, first %2 the motion, then %3 it: the verdict followed the argument.</source>
        <translation>%1 l&apos;a emporté les deux fois, d&apos;abord en tant que %2, puis en tant que %3&#xa0;: le verdict a suivi l&apos;argumentation.</translation>
    </message>
    <message>
        <source>Inconclusive: one of the two debates has no valid verdict.</source>
        <translation>Non concluant&#xa0;: l&apos;un des deux débats n&apos;a pas de verdict valide.</translation>
    </message>
    <message>
        <source>Inconclusive: one of the two verdicts is a tie.</source>
        <translation>Non concluant&#xa0;: l&apos;un des deux verdicts est une égalité.</translation>
    </message>
    <message>
        <source>Inconclusive: the rematch&apos;s debaters are not the original&apos;s on swapped sides.</source>
        <translation>Non concluant&#xa0;: les débatteurs de la revanche ne sont pas ceux du débat d&apos;origine dans les camps inversés.</translation>
    </message>
    <message>
        <source>Rematch with sides swapped</source>
        <translation>Revanche avec camps inversés</translation>
    </message>
    <message>
        <source>no valid verdict</source>
        <translation>aucun verdict valide</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Original debate</source>
        <translation>Débat d&apos;origine</translation>
    </message>
    <message>
        <source>Rematch</source>
        <translation>Revanche</translation>
    </message>
    <message>
        <source>Open the original debate</source>
        <translation>Ouvrir le débat d&apos;origine</translation>
    </message>
</context>
</TS>
