<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The API key was refused. Check it in Settings (or MISTRAL_API_KEY) and try again.</source>
        <translation>La clave de API fue rechazada. Compruébela en Ajustes (o MISTRAL_API_KEY) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Rate limit reached. Rostrum waits for the limit window to reset.</source>
        <translation>Se alcanzó el límite de frecuencia. Rostrum espera a que se reinicie la ventana del límite.</translation>
    </message>
    <message>
        <source>The service is at capacity for this model. Try again shortly or pick another model.</source>
        <translation>El servicio está al límite de capacidad para este modelo. Inténtelo de nuevo en breve o elija otro modelo.</translation>
    </message>
    <message>
        <source>Your plan has no quota for this model, or payment is not activated. Check your plan in the Mistral console.</source>
        <translation>Su plan no tiene cuota para este modelo o el pago no está activado. Revise su plan en la consola de Mistral.</translation>
    </message>
    <message>
        <source>Rostrum did not send the request: %1</source>
        <translation>Rostrum no envió la solicitud: %1</translation>
    </message>
    <message>
        <source>The API rejected the request.</source>
        <translation>La API rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The API rejected the request: field &quot;%1&quot; is not valid.</source>
        <translation>La API rechazó la solicitud: el campo «%1» no es válido.</translation>
    </message>
    <message>
        <source>The conversation is too long for this model&apos;s context window. Shorten it or choose a model with a larger window.</source>
        <translation>La conversación es demasiado larga para la ventana de contexto de este modelo. Acórtela o elija un modelo con una ventana mayor.</translation>
    </message>
    <message>
        <source>The server had an error (HTTP %1). Try again later.</source>
        <translation>El servidor tuvo un error (HTTP %1). Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was not accepted, so nothing was sent. Check the endpoint URL, the system clock and the installed CA certificates.</source>
        <translation>No se aceptó el certificado TLS del servidor, así que no se envió nada. Compruebe la URL del punto de acceso, el reloj del sistema y los certificados de CA instalados.</translation>
    </message>
    <message>
        <source>Could not reach the API. Check your network connection and the endpoint URL.</source>
        <translation>No se pudo contactar con la API. Compruebe su conexión de red y la URL del punto de acceso.</translation>
    </message>
    <message>
        <source>The API stopped answering (timeout). Try again, or raise the timeout.</source>
        <translation>La API dejó de responder (tiempo de espera agotado). Inténtelo de nuevo o aumente el tiempo de espera.</translation>
    </message>
    <message>
        <source>The answer was cut off before it finished. The text received so far is kept.</source>
        <translation>La respuesta se cortó antes de terminar. Se conserva el texto recibido hasta ahora.</translation>
    </message>
    <message>
        <source>The model reported an error while answering. The text received so far is kept.</source>
        <translation>El modelo informó de un error mientras respondía. Se conserva el texto recibido hasta ahora.</translation>
    </message>
    <message>
        <source>The server sent an answer Rostrum could not read.</source>
        <translation>El servidor envió una respuesta que Rostrum no pudo leer.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>El servidor dijo: %1</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>This debate</source>
        <translation>Este debate</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el período</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>DebateSetupDialog</name>
    <message>
        <source>New Debate</source>
        <translation>Nuevo debate</translation>
    </message>
    <message>
        <source>&amp;Debate</source>
        <translation>&amp;Debate</translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation>&amp;Moción:</translation>
    </message>
    <message>
        <source>This house believes that…</source>
        <translation>Esta cámara cree que…</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Moción</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Debate format</source>
        <translation>Formato del debate</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Debate language</source>
        <translation>Idioma del debate</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Rondas:</translation>
    </message>
    <message>
        <source>Rebuttal rounds</source>
        <translation>Rondas de réplica</translation>
    </message>
    <message>
        <source>Maximum tokens per speech</source>
        <translation>Máximo de tokens por discurso</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Limit the spend</source>
        <translation>Limitar el gasto</translation>
    </message>
    <message>
        <source>Budget in US dollars</source>
        <translation>Presupuesto en dólares estadounidenses</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>De&amp;baters</source>
        <translation>&amp;Oradores</translation>
    </message>
    <message>
        <source>Debaters</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>&amp;Add debater</source>
        <translation>&amp;Añadir orador</translation>
    </message>
    <message>
        <source>&amp;Remove debater</source>
        <translation>&amp;Quitar orador</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Juez:</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>Modelo del juez</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Abrir archivo…</translation>
    </message>
    <message>
        <source>Paste code below, or open a file.</source>
        <translation>Pegue el código abajo o abra un archivo.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Len&amp;guaje:</translation>
    </message>
    <message>
        <source>Code language</source>
        <translation>Lenguaje del código</translation>
    </message>
    <message>
        <source>Code under debate</source>
        <translation>Código en debate</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <source>Speech le&amp;ngth:</source>
        <translation>Longitud del dis&amp;curso:</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>Presu&amp;puesto:</translation>
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
        <translation>Buscar debates…</translation>
    </message>
    <message>
        <source>Search debates</source>
        <translation>Buscar debates</translation>
    </message>
    <message>
        <source>Saved debates</source>
        <translation>Debates guardados</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Rostrum&lt;/h2&gt;&lt;p&gt;Rostrum runs debates between Mistral models. To talk to Mistral&apos;s API it needs an API key:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in at &lt;b&gt;console.mistral.ai&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;API Keys&lt;/b&gt; and create a key.&lt;/li&gt;&lt;li&gt;Paste it below. It is kept in your system keychain, never in a file.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h2&gt;Le damos la bienvenida a Rostrum&lt;/h2&gt;&lt;p&gt;Rostrum organiza debates entre modelos de Mistral. Para comunicarse con la API de Mistral necesita una clave de API:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Inicie sesión en &lt;b&gt;console.mistral.ai&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Abra &lt;b&gt;API Keys&lt;/b&gt; y cree una clave.&lt;/li&gt;&lt;li&gt;Péguela abajo. Se guarda en el llavero del sistema, nunca en un archivo.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Paste your Mistral API key</source>
        <translation>Pegue su clave de API de Mistral</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>&amp;Save Key</source>
        <translation>&amp;Guardar clave</translation>
    </message>
    <message>
        <source>Use a &amp;custom endpoint instead…</source>
        <translation>Usar un punto de conexión &amp;personalizado…</translation>
    </message>
    <message>
        <source>A proxy or a local server such as rostrum-mock-server may not need a key</source>
        <translation>Un proxy o un servidor local como rostrum-mock-server puede no necesitar clave</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Find in transcript (Ctrl+F, Enter for next)</source>
        <translation>Buscar en la transcripción (Ctrl+F; Intro para el siguiente)</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Buscar en la transcripción</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Debate</source>
        <translation>&amp;Debate</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;New Debate…</source>
        <translation>&amp;Nuevo debate…</translation>
    </message>
    <message>
        <source>Set up and start a new debate</source>
        <translation>Configurar e iniciar un debate nuevo</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open Debate…</source>
        <translation>&amp;Abrir debate…</translation>
    </message>
    <message>
        <source>Open a debate saved as JSON</source>
        <translation>Abrir un debate guardado como JSON</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the debate as Markdown, HTML, JSON or PDF (Ctrl+E)</source>
        <translation>Exportar el debate como Markdown, HTML, JSON o PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>API key, endpoint, rate limits, models and prices (Ctrl+,)</source>
        <translation>Clave de API, punto de conexión, límites de frecuencia, modelos y precios (Ctrl+,)</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start or pause the debate (F5)</source>
        <translation>Iniciar o pausar el debate (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the debate (Shift+F5)</source>
        <translation>Detener el debate (Mayús+F5)</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>&amp;Regenerate Speech</source>
        <translation>Re&amp;generar discurso</translation>
    </message>
    <message>
        <source>Ask for the selected speech again (Ctrl+R)</source>
        <translation>Volver a pedir el discurso seleccionado (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Copy Speeches</source>
        <translation>&amp;Copiar discursos</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Find in Transcript</source>
        <translation>&amp;Buscar en la transcripción</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Code Pane</source>
        <translation>Panel de &amp;código</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Rostrum</source>
        <translation>&amp;Acerca de Rostrum</translation>
    </message>
    <message>
        <source>No debate yet</source>
        <translation>Aún no hay ningún debate</translation>
    </message>
    <message>
        <source>Start a new debate with File → New Debate (Ctrl+N).</source>
        <translation>Inicie un debate nuevo con Archivo → Nuevo debate (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>MotionFile</name>
    <message>
        <source>unknown language &quot;%1&quot; (supported: %2)</source>
        <translation>idioma desconocido «%1» (compatibles: %2)</translation>
    </message>
    <message>
        <source>the motion is empty</source>
        <translation>la moción está vacía</translation>
    </message>
    <message>
        <source>the motion is longer than %1 characters</source>
        <translation>la moción supera los %1 caracteres</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>this motion is already listed</source>
        <translation>esta moción ya está en la lista</translation>
    </message>
    <message>
        <source>no motion in the file (one motion a line; blank lines and # comments are skipped)</source>
        <translation>no hay ninguna moción en el archivo (una moción por línea; se omiten las líneas en blanco y los comentarios #)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Paste your Mistral API key</source>
        <translation>Pegue su clave de API de Mistral</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verify the API key</source>
        <translation>Verificar la clave de API</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Punto de conexión:</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Punto de conexión de la API</translation>
    </message>
    <message>
        <source>A custom endpoint (a proxy, a local mock server) may not need a key.</source>
        <translation>Un punto de conexión personalizado (un proxy, un servidor de simulación local) puede no necesitar clave.</translation>
    </message>
    <message>
        <source>&amp;Rate limits</source>
        <translation>&amp;Límites de frecuencia</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Rate-limit profile</source>
        <translation>Perfil de límites de frecuencia</translation>
    </message>
    <message>
        <source>Requests per &amp;second:</source>
        <translation>Solicitudes por &amp;segundo:</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Solicitudes por segundo</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Solicitudes por minuto</translation>
    </message>
    <message>
        <source>&amp;Tokens per minute:</source>
        <translation>&amp;Tokens por minuto:</translation>
    </message>
    <message>
        <source>Tokens per minute</source>
        <translation>Tokens por minuto</translation>
    </message>
    <message>
        <source>“Auto” learns your limits from the server&apos;s rate-limit headers. Choose “Custom” to set them yourself.</source>
        <translation>«Automático» aprende sus límites de las cabeceras de límite de frecuencia del servidor. Elija «Personalizado» para establecerlos usted mismo.</translation>
    </message>
    <message>
        <source>&amp;Models &amp;&amp; prices</source>
        <translation>&amp;Modelos y precios</translation>
    </message>
    <message>
        <source>Model per debate language:</source>
        <translation>Modelo por idioma del debate:</translation>
    </message>
    <message>
        <source>Model per language</source>
        <translation>Modelo por idioma</translation>
    </message>
    <message>
        <source>Price table</source>
        <translation>Tabla de precios</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>Ca&amp;ché</translation>
    </message>
    <message>
        <source>Keep answers &amp;for:</source>
        <translation>Conservar respuestas &amp;durante:</translation>
    </message>
    <message>
        <source>Cache lifetime in minutes</source>
        <translation>Duración de la caché en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Cache size in entries</source>
        <translation>Tamaño de la caché en entradas</translation>
    </message>
    <message>
        <source> answers</source>
        <translation> respuestas</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Interfaz</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>I&amp;dioma de la interfaz:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Takes effect the next time Rostrum starts.</source>
        <translation>Se aplicará la próxima vez que se inicie Rostrum.</translation>
    </message>
    <message>
        <source>Requests per mi&amp;nute:</source>
        <translation>Solicitudes por mi&amp;nuto:</translation>
    </message>
    <message>
        <source>R&amp;euse identical answers from the response cache</source>
        <translation>R&amp;eutilizar respuestas idénticas de la caché de respuestas</translation>
    </message>
    <message>
        <source>At mo&amp;st:</source>
        <translation>Como má&amp;ximo:</translation>
    </message>
</context>
<context>
    <name>TournamentSpec</name>
    <message>
        <source>A tournament needs at least two models.</source>
        <translation>Un torneo necesita al menos dos modelos.</translation>
    </message>
    <message>
        <source>Each model may take part only once.</source>
        <translation>Cada modelo solo puede participar una vez.</translation>
    </message>
    <message>
        <source>A model name is empty.</source>
        <translation>Hay un nombre de modelo vacío.</translation>
    </message>
    <message>
        <source>A tournament needs at least one motion.</source>
        <translation>Un torneo necesita al menos una moción.</translation>
    </message>
    <message>
        <source>A tournament needs one to %1 judges.</source>
        <translation>Un torneo necesita de uno a %1 jueces.</translation>
    </message>
    <message>
        <source>Rounds must be between 1 and %1.</source>
        <translation>Las rondas deben estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>The budget must be a positive amount.</source>
        <translation>El presupuesto debe ser un importe positivo.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not supported (supported: %2).</source>
        <translation>El idioma &quot;%1&quot; no es compatible (compatibles: %2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AI debates on the Mistral API</source>
        <translation>Debates de IA con la API de Mistral</translation>
    </message>
    <message>
        <source>A debate saved as JSON to open.</source>
        <translation>Debate guardado como JSON que se abrirá.</translation>
    </message>
</context>
<context>
    <name>rostrum::ApiKeyStore</name>
    <message>
        <source>from environment (MISTRAL_API_KEY)</source>
        <translation>de la variable de entorno (MISTRAL_API_KEY)</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation>del llavero</translation>
    </message>
    <message>
        <source>in memory for this session only</source>
        <translation>en memoria solo para esta sesión</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks; it may have been pasted incompletely.</source>
        <translation>La clave de API contiene espacios o saltos de línea; puede que no se haya pegado completa.</translation>
    </message>
    <message>
        <source>The API key contains characters Mistral keys do not use; it may be invalid.</source>
        <translation>La clave de API contiene caracteres que las claves de Mistral no usan; puede que no sea válida.</translation>
    </message>
    <message numerus="yes">
        <source>The API key is %n characters long, which is unusual for a Mistral key; it may be invalid or use an old format.</source>
        <translation>
            <numerusform>La clave de API tiene %n carácter, algo inusual en una clave de Mistral; puede que no sea válida o que use un formato antiguo.</numerusform>
            <numerusform>La clave de API tiene %n caracteres, algo inusual en una clave de Mistral; puede que no sea válida o que use un formato antiguo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::AppServices</name>
    <message>
        <source>no data folder</source>
        <translation>no hay carpeta de datos</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateEngine</name>
    <message>
        <source>This engine already ran a debate.</source>
        <translation>Este motor ya ha ejecutado un debate.</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>The price of %1 is not known, so the budget cap of $%2 cannot be guaranteed; stopped before sending. Set a price for it or run without --budget.</source>
        <translation>Se desconoce el precio de %1, por lo que no se puede garantizar el límite de presupuesto de $%2; se ha detenido antes de enviar. Defina un precio para él o ejecute sin --budget.</translation>
    </message>
    <message>
        <source>Budget cap reached: $%1 spent, and the next request could cost up to $%2, which would cross the cap of $%3. Stopped before sending it.</source>
        <translation>Se ha alcanzado el límite de presupuesto: se han gastado $%1 y la siguiente solicitud podría costar hasta $%2, lo que superaría el límite de $%3. Se ha detenido antes de enviarla.</translation>
    </message>
    <message>
        <source>The judge&apos;s verdict was invalid even after one repair: %1</source>
        <translation>El veredicto del juez no era válido ni siquiera tras una corrección: %1</translation>
    </message>
    <message>
        <source>The judge could not answer: %1</source>
        <translation>El juez no pudo responder: %1</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Detenido por el usuario.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Debate %1 has no debaters to swap.</source>
        <translation>El debate %1 no tiene oradores cuyas posturas intercambiar.</translation>
    </message>
    <message>
        <source>The cite_lines tool definition is not valid: %1</source>
        <translation>La definición de la herramienta cite_lines no es válida: %1</translation>
    </message>
    <message>
        <source>Debate %1 has no judge.</source>
        <translation>El debate %1 no tiene juez.</translation>
    </message>
    <message>
        <source>Debate %1 is still running.</source>
        <translation>El debate %1 sigue en curso.</translation>
    </message>
    <message>
        <source>Debate %1 is not over: resume it before it is judged.</source>
        <translation>El debate %1 no ha terminado: reanúdelo antes de que se juzgue.</translation>
    </message>
    <message>
        <source>This engine is still running a debate.</source>
        <translation>Este motor todavía está ejecutando un debate.</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateFork</name>
    <message>
        <source>Only a saved debate can be continued from one of its speeches.</source>
        <translation>Solo un debate guardado puede continuarse desde uno de sus discursos.</translation>
    </message>
    <message>
        <source>Speech %1 is not a finished speech of this debate.</source>
        <translation>El discurso %1 no es un discurso terminado de este debate.</translation>
    </message>
    <message>
        <source>A fork keeps the debaters on their sides; only their model, language and persona change.</source>
        <translation>Una bifurcación mantiene a los oradores en sus posturas; solo cambian su modelo, su idioma y su perfil.</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateImport</name>
    <message>
        <source>it has no &quot;%1&quot; field</source>
        <translation>no tiene el campo «%1»</translation>
    </message>
    <message>
        <source>its &quot;spec&quot; is not an object</source>
        <translation>su «spec» no es un objeto</translation>
    </message>
    <message>
        <source>its status &quot;%1&quot; is not a debate&apos;s</source>
        <translation>su estado «%1» no es el de un debate</translation>
    </message>
    <message>
        <source>its &quot;speeches&quot; is not a list</source>
        <translation>su «speeches» no es una lista</translation>
    </message>
    <message>
        <source>speech %1 is not a speech of a debate</source>
        <translation>el discurso %1 no es un discurso de un debate</translation>
    </message>
    <message>
        <source>its &quot;verdict&quot; is neither an object nor null</source>
        <translation>su «verdict» no es ni un objeto ni null</translation>
    </message>
    <message>
        <source>its &quot;panel&quot; has no list of judges</source>
        <translation>su «panel» no tiene una lista de jueces</translation>
    </message>
    <message>
        <source>This is not a Rostrum debate export: %1.</source>
        <translation>Esto no es una exportación de debate de Rostrum: %1.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>no es un JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>its debate cannot be read here (%1)</source>
        <translation>su debate no se puede leer aquí (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
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
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stopped because</source>
        <translation>Motivo de la detención</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>human</source>
        <translation>humano</translation>
    </message>
    <message>
        <source>Debaters</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Audience vote</source>
        <translation>Votación del público</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indecisos</translation>
    </message>
    <message>
        <source>Swing: %1 points</source>
        <translation>Variación: %1 puntos</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Audience question</source>
        <translation>Pregunta del público</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>The judge gave no valid verdict</source>
        <translation>El juez no emitió un veredicto válido</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>empate</translation>
    </message>
    <message>
        <source>Winner: %1</source>
        <translation>Ganador: %1</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>margen</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>Juzgado por</translation>
    </message>
    <message>
        <source>valid after one repair</source>
        <translation>válido tras una corrección</translation>
    </message>
    <message>
        <source>Audience swing: %1 points for the motion</source>
        <translation>Variación del público: %1 puntos a favor de la moción</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Jueces</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>coherente</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>incoherente</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Ganador</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Read first</source>
        <translation>Leído primero</translation>
    </message>
    <message>
        <source>Order swap</source>
        <translation>Intercambio de orden</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>agreement %1%</source>
        <translation>acuerdo del %1%</translation>
    </message>
    <message>
        <source>Reasoning (not heard by the others)</source>
        <translation>Razonamiento (no lo oyen los demás)</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Discurso</translation>
    </message>
</context>
<context>
    <name>rostrum::DebateSpec</name>
    <message>
        <source>The motion is empty: say what the debate is about.</source>
        <translation>La moción está vacía: indique de qué trata el debate.</translation>
    </message>
    <message>
        <source>The motion is longer than 2000 characters: state it in a sentence or two.</source>
        <translation>La moción supera los 2000 caracteres: formúlela en una o dos frases.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not supported (supported: %2).</source>
        <translation>El idioma &quot;%1&quot; no es compatible (compatibles: %2).</translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; is unknown (known: %2).</source>
        <translation>El formato &quot;%1&quot; es desconocido (conocidos: %2).</translation>
    </message>
    <message>
        <source>The %1 format takes %2 to %3 rebuttal rounds, not %4.</source>
        <translation>El formato %1 admite de %2 a %3 rondas de réplica, no %4.</translation>
    </message>
    <message>
        <source>The %1 format debates code: paste some code or give a file.</source>
        <translation>El formato %1 debate sobre código: pegue código o indique un archivo.</translation>
    </message>
    <message>
        <source>A debate needs 2 to 4 debaters, not %1.</source>
        <translation>Un debate necesita de 2 a 4 oradores, no %1.</translation>
    </message>
    <message>
        <source>Debater %1 has side &quot;%2&quot;: a side is &quot;pro&quot; or &quot;con&quot;.</source>
        <translation>El orador %1 tiene la postura &quot;%2&quot;: una postura es &quot;pro&quot; o &quot;con&quot;.</translation>
    </message>
    <message>
        <source>Debater %1 speaks &quot;%2&quot;, which is not a supported language.</source>
        <translation>El orador %1 habla &quot;%2&quot;, que no es un idioma compatible.</translation>
    </message>
    <message>
        <source>Debater %1&apos;s persona is longer than 2000 characters.</source>
        <translation>El perfil del orador %1 supera los 2000 caracteres.</translation>
    </message>
    <message>
        <source>Both sides need a debater: at least one &quot;pro&quot; and one &quot;con&quot;.</source>
        <translation>Ambas posturas necesitan un orador: al menos uno &quot;pro&quot; y uno &quot;con&quot;.</translation>
    </message>
    <message>
        <source>At least one debater must be an AI model.</source>
        <translation>Al menos un orador debe ser un modelo de IA.</translation>
    </message>
    <message>
        <source>The speech length (max tokens) must be between 50 and 32000, not %1.</source>
        <translation>La longitud del discurso (máximo de tokens) debe estar entre 50 y 32000, no %1.</translation>
    </message>
    <message>
        <source>The budget cap must be a positive amount in USD.</source>
        <translation>El límite de presupuesto debe ser un importe positivo en USD.</translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 1.5.</source>
        <translation>La temperatura debe estar entre 0 y 1,5.</translation>
    </message>
    <message>
        <source>A debate takes 1 to %1 judges, not %2.</source>
        <translation>Un debate admite de 1 a %1 jueces, no %2.</translation>
    </message>
    <message>
        <source>Every judge needs a model.</source>
        <translation>Cada juez necesita un modelo.</translation>
    </message>
    <message>
        <source>The order swap asks the judges again: choose a judge.</source>
        <translation>El intercambio de orden vuelve a consultar a los jueces: elija un juez.</translation>
    </message>
</context>
<context>
    <name>rostrum::HtmlExporter</name>
    <message>
        <source>verified against the code</source>
        <translation>verificado con el código</translation>
    </message>
</context>
<context>
    <name>rostrum::InputSanitizer</name>
    <message>
        <source>Removed from your text: %1. These are chat-template control sequences or invisible characters that could change how the model reads it.</source>
        <translation>Se ha eliminado de su texto: %1. Son secuencias de control de plantillas de chat o caracteres invisibles que podrían cambiar cómo lo interpreta el modelo.</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>el modelo</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>unos %1</translation>
    </message>
    <message>
        <source>This text is %1 tokens long, but %2 accepts at most %3 tokens. It has not been shortened: shorten it, or choose a model with a larger context window.</source>
        <translation>Este texto tiene %1 tokens, pero %2 admite como máximo %3 tokens. No se ha acortado: acórtelo o elija un modelo con una ventana de contexto mayor.</translation>
    </message>
</context>
<context>
    <name>rostrum::JudgePanel</name>
    <message>
        <source>No judge gave a valid verdict: %1</source>
        <translation>Ningún juez emitió un veredicto válido: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::KeyVerifier</name>
    <message>
        <source>Checking the key with GET /v1/models (free)…</source>
        <translation>Comprobando la clave con GET /v1/models (gratuito)…</translation>
    </message>
    <message>
        <source>Checking that chat is allowed with a 1-token request to %1…</source>
        <translation>Comprobando que el chat está permitido con una solicitud de 1 token a %1…</translation>
    </message>
    <message>
        <source>%1 — trying again in %2 s</source>
        <translation>%1 — reintentando en %2 s</translation>
    </message>
    <message>
        <source>The key is valid and chat is allowed (%1 models listed; 1-token test on %2).</source>
        <translation>La clave es válida y el chat está permitido (%1 modelos disponibles; prueba de 1 token con %2).</translation>
    </message>
    <message>
        <source>The API key was refused (HTTP %1): it is wrong, revoked or expired. Create a key at console.mistral.ai and store it with &quot;rostrum-cli key set&quot;.</source>
        <translation>Se ha rechazado la clave de API (HTTP %1): es incorrecta, se ha revocado o ha caducado. Cree una clave en console.mistral.ai y guárdela con &quot;rostrum-cli key set&quot;.</translation>
    </message>
    <message>
        <source>The key is valid, but chat with %1 was refused (HTTP %2): payment is not activated or the plan has no quota for this model. Activate payments or choose a plan in the Mistral console (Workspace → Billing).</source>
        <translation>La clave es válida, pero se ha rechazado el chat con %1 (HTTP %2): los pagos no están activados o el plan no tiene cuota para este modelo. Active los pagos o elija un plan en la consola de Mistral (Workspace → Billing).</translation>
    </message>
    <message>
        <source>Could not reach the API after %1 attempts: %2 Check the connection, proxy and base URL.</source>
        <translation>No se pudo conectar con la API tras %1 intentos: %2 Compruebe la conexión, el proxy y la URL base.</translation>
    </message>
    <message>
        <source>The API server had trouble after %1 attempts (HTTP %2): %3 Try again later.</source>
        <translation>El servidor de la API ha tenido problemas tras %1 intentos (HTTP %2): %3 Vuelva a intentarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>rostrum::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>Secret Service (gnome-keyring, KWallet or KeePassXC)</source>
        <translation>Secret Service (gnome-keyring, KWallet o KeePassXC)</translation>
    </message>
    <message>
        <source>Rostrum runs in a Flatpak sandbox that has no access to the Secret Service</source>
        <translation>Rostrum se ejecuta en un entorno aislado de Flatpak sin acceso a Secret Service</translation>
    </message>
    <message>
        <source>grant it with &quot;flatpak override --user --talk-name=org.freedesktop.secrets %1&quot;, or install a Secret Service provider on the host</source>
        <translation>concédale acceso con &quot;flatpak override --user --talk-name=org.freedesktop.secrets %1&quot; o instale un proveedor de Secret Service en el sistema anfitrión</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus, so no Secret Service (the Linux keychain) can be reached</source>
        <translation>no hay bus de sesión de D-Bus, por lo que no se puede acceder a ningún Secret Service (el llavero de Linux)</translation>
    </message>
    <message>
        <source>start Rostrum from a desktop session, or run it under &quot;dbus-run-session&quot; with a keyring daemon such as gnome-keyring-daemon</source>
        <translation>inicie Rostrum desde una sesión de escritorio o ejecútelo con &quot;dbus-run-session&quot; y un demonio de llavero como gnome-keyring-daemon</translation>
    </message>
    <message>
        <source>the Secret Service has no unlocked default keyring (&quot;login&quot;)</source>
        <translation>Secret Service no tiene ningún llavero predeterminado desbloqueado (&quot;login&quot;)</translation>
    </message>
    <message>
        <source>create or unlock the default keyring, e.g. in &quot;Passwords and Keys&quot; (Seahorse), or log in to a desktop session that unlocks it</source>
        <translation>cree o desbloquee el llavero predeterminado, p. ej. en &quot;Contraseñas y claves&quot; (Seahorse), o inicie una sesión de escritorio que lo desbloquee</translation>
    </message>
    <message>
        <source>no program provides the Secret Service (org.freedesktop.secrets) on this session</source>
        <translation>ningún programa proporciona Secret Service (org.freedesktop.secrets) en esta sesión</translation>
    </message>
    <message>
        <source>install and start one: gnome-keyring (package gnome-keyring), KWallet, or KeePassXC with Secret Service integration enabled</source>
        <translation>instale e inicie uno: gnome-keyring (paquete gnome-keyring), KWallet o KeePassXC con la integración de Secret Service activada</translation>
    </message>
    <message>
        <source>No keychain is available: %1. To keep your API key between sessions, %2. Until then Rostrum keeps the key in memory for this session only; it is never written to disk in plain text.</source>
        <translation>No hay ningún llavero disponible: %1. Para conservar la clave de API entre sesiones, %2. Mientras tanto, Rostrum guarda la clave en memoria solo para esta sesión; nunca se escribe en disco como texto sin cifrar.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Until it is, Rostrum keeps the API key in memory for this session only; it is never written to disk in plain text.</source>
        <translation>No hay ningún llavero disponible (%1). Mientras no lo haya, Rostrum guarda la clave de API en memoria solo para esta sesión; nunca se escribe en disco como texto sin cifrar.</translation>
    </message>
    <message>
        <source>The keychain refused access or is locked. Unlock it (for example by logging in again, or in &quot;Passwords and Keys&quot;) and allow Rostrum to use it. Until then the API key is kept in memory for this session only.</source>
        <translation>El llavero ha denegado el acceso o está bloqueado. Desbloquéelo (por ejemplo, volviendo a iniciar sesión o en &quot;Contraseñas y claves&quot;) y permita que Rostrum lo use. Mientras tanto, la clave de API se guarda en memoria solo para esta sesión.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry: %1</source>
        <translation>El llavero no pudo eliminar la entrada: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::MarkdownExporter</name>
    <message>
        <source>✗ unverified</source>
        <translation>✗ sin verificar</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citas</translation>
    </message>
</context>
<context>
    <name>rostrum::MemorySecretStore</name>
    <message>
        <source>The in-memory test keychain was told to fail.</source>
        <translation>Se indicó al llavero de prueba en memoria que fallara.</translation>
    </message>
    <message>
        <source>in memory (this session only)</source>
        <translation>en memoria (solo esta sesión)</translation>
    </message>
</context>
<context>
    <name>rostrum::ModelCatalog</name>
    <message>
        <source>The model %1 is deprecated and will be removed on %2.</source>
        <translation>El modelo %1 está obsoleto y se retirará el %2.</translation>
    </message>
    <message>
        <source>The model %1 is deprecated and will be removed.</source>
        <translation>El modelo %1 está obsoleto y se retirará.</translation>
    </message>
    <message>
        <source>Move to %1.</source>
        <translation>Cambie a %1.</translation>
    </message>
    <message>
        <source>Choose another model (rostrum-cli models).</source>
        <translation>Elija otro modelo (rostrum-cli models).</translation>
    </message>
</context>
<context>
    <name>rostrum::Summarizer</name>
    <message>
        <source>The summary took too long.</source>
        <translation>El resumen tardó demasiado.</translation>
    </message>
    <message>
        <source>No chat model can make a summary.</source>
        <translation>Ningún modelo de chat puede hacer un resumen.</translation>
    </message>
    <message>
        <source>The summary came back empty.</source>
        <translation>El resumen llegó vacío.</translation>
    </message>
</context>
<context>
    <name>rostrum::ToolSchema</name>
    <message>
        <source>%1: the schema is nested more than %2 levels deep</source>
        <translation>%1: el esquema tiene más de %2 niveles de anidamiento</translation>
    </message>
    <message>
        <source>%1: a schema must be a JSON object</source>
        <translation>%1: un esquema debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>%1.type: every entry of a type list must be a string</source>
        <translation>%1.type: cada entrada de una lista de tipos debe ser una cadena</translation>
    </message>
    <message>
        <source>%1.type: must be a string or a list of strings</source>
        <translation>%1.type: debe ser una cadena o una lista de cadenas</translation>
    </message>
    <message>
        <source>%1.type: &quot;%2&quot; is not a JSON Schema type (use one of %3)</source>
        <translation>%1.type: &quot;%2&quot; no es un tipo de JSON Schema (use uno de %3)</translation>
    </message>
    <message>
        <source>%1: says neither its &quot;type&quot; nor &quot;enum&quot;, &quot;anyOf&quot;, &quot;oneOf&quot;, &quot;allOf&quot; or &quot;$ref&quot;</source>
        <translation>%1: no indica ni su &quot;type&quot; ni &quot;enum&quot;, &quot;anyOf&quot;, &quot;oneOf&quot;, &quot;allOf&quot; o &quot;$ref&quot;</translation>
    </message>
    <message>
        <source>%1.description: must be a string</source>
        <translation>%1.description: debe ser una cadena</translation>
    </message>
    <message>
        <source>%1.enum: must be a non-empty list</source>
        <translation>%1.enum: debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>%1.%2: must be a non-empty list of schemas</source>
        <translation>%1.%2: debe ser una lista no vacía de esquemas</translation>
    </message>
    <message>
        <source>%1: an array must say what its &quot;items&quot; are</source>
        <translation>%1: un array debe indicar cuáles son sus &quot;items&quot;</translation>
    </message>
    <message>
        <source>%1.properties: must be an object mapping names to schemas</source>
        <translation>%1.properties: debe ser un objeto que asocie nombres a esquemas</translation>
    </message>
    <message>
        <source>%1.required: must be a list of property names</source>
        <translation>%1.required: debe ser una lista de nombres de propiedades</translation>
    </message>
    <message>
        <source>%1.required: every entry must be a property name (a string)</source>
        <translation>%1.required: cada entrada debe ser un nombre de propiedad (una cadena)</translation>
    </message>
    <message>
        <source>%1.required: &quot;%2&quot; is not one of the properties</source>
        <translation>%1.required: &quot;%2&quot; no es una de las propiedades</translation>
    </message>
    <message>
        <source>%1.required: &quot;%2&quot; is listed twice</source>
        <translation>%1.required: &quot;%2&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>type: a tool must be of type &quot;function&quot;, not &quot;%1&quot;</source>
        <translation>type: una herramienta debe ser de tipo &quot;function&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>function: must be an object with name, description and parameters</source>
        <translation>function: debe ser un objeto con name, description y parameters</translation>
    </message>
    <message>
        <source>%1.name: a function needs a name</source>
        <translation>%1.name: una función necesita un nombre</translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1.name: &quot;%2&quot; debe tener de 1 a 64 letras, dígitos, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1.parameters: a function needs parameters (a schema of type &quot;object&quot;)</source>
        <translation>%1.parameters: una función necesita parámetros (un esquema de tipo &quot;object&quot;)</translation>
    </message>
    <message>
        <source>%1.parameters: must be a JSON Schema object</source>
        <translation>%1.parameters: debe ser un objeto JSON Schema</translation>
    </message>
    <message>
        <source>%1.parameters.type: function parameters must be of type &quot;object&quot;</source>
        <translation>%1.parameters.type: los parámetros de una función deben ser de tipo &quot;object&quot;</translation>
    </message>
    <message>
        <source>tools[%1]: must be an object</source>
        <translation>tools[%1]: debe ser un objeto</translation>
    </message>
    <message>
        <source>tools[%1]: the name &quot;%2&quot; is used by another tool</source>
        <translation>tools[%1]: otra herramienta ya usa el nombre &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>rostrum::TournamentBatchRounds</name>
    <message numerus="yes">
        <source>The batch job %1 ended %2 without answering %n request(s), after %3 attempts.</source>
        <translation>
            <numerusform>El trabajo por lotes %1 terminó con %2 sin responder a %n solicitud, tras %3 intentos.</numerusform>
            <numerusform>El trabajo por lotes %1 terminó con %2 sin responder a %n solicitudes, tras %3 intentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::TournamentRunner</name>
    <message>
        <source>This tournament is already running.</source>
        <translation>Este torneo ya está en curso.</translation>
    </message>
    <message>
        <source>Tournament %1 is still running in another process.</source>
        <translation>El torneo %1 sigue en curso en otro proceso.</translation>
    </message>
    <message>
        <source>Tournament %1 is already finished.</source>
        <translation>El torneo %1 ya ha terminado.</translation>
    </message>
    <message>
        <source>The tournament could not be saved.</source>
        <translation>No se pudo guardar el torneo.</translation>
    </message>
    <message>
        <source>Debate %1 of the tournament cannot run: %2</source>
        <translation>El debate %1 del torneo no puede ejecutarse: %2</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Detenido por el usuario.</translation>
    </message>
    <message>
        <source>This tournament runs on the Batch API, which is not available here.</source>
        <translation>Este torneo usa la API Batch, que no está disponible aquí.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ApiKeyFlow</name>
    <message>
        <source>Mistral&apos;s API needs a key: paste yours here, or choose a custom endpoint.</source>
        <translation>La API de Mistral necesita una clave: pegue la suya aquí o elija un punto de conexión personalizado.</translation>
    </message>
    <message>
        <source>Key saved (%1).</source>
        <translation>Clave guardada (%1).</translation>
    </message>
    <message>
        <source>no key entered or stored</source>
        <translation>no se ha introducido ni guardado ninguna clave</translation>
    </message>
    <message numerus="yes">
        <source>%n models available</source>
        <translation>
            <numerusform>%n modelo disponible</numerusform>
            <numerusform>%n modelos disponibles</numerusform>
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
        <translation>Mostrar la clasificación de los torneos, la matriz de enfrentamientos directos y los jueces</translation>
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
        <translation>%1 no juega contra sí mismo</translation>
    </message>
    <message>
        <source>%1 against %2: %3 wins, %4 losses, %5 ties</source>
        <translation>%1 contra %2: %3 victorias, %4 derrotas, %5 empates</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ArenaRatingChart</name>
    <message>
        <source>Ratings with their 95% intervals</source>
        <translation>Puntuaciones con sus intervalos del 95 %</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: de %2 a %3</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Rating (Elo scale)</source>
        <translation>Puntuación (escala Elo)</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1–%2–%3</source>
        <translation>%1–%2–%3</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
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
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the tournament again from the database (F5)</source>
        <translation>Volver a leer el torneo desde la base de datos (F5)</translation>
    </message>
    <message>
        <source>Tournament summary</source>
        <translation>Resumen del torneo</translation>
    </message>
    <message>
        <source>Arena views</source>
        <translation>Vistas de la arena</translation>
    </message>
    <message>
        <source>&amp;Leaderboard</source>
        <translation>&amp;Clasificación</translation>
    </message>
    <message>
        <source>Head-to-head matrix</source>
        <translation>Matriz de enfrentamientos directos</translation>
    </message>
    <message>
        <source>Each cell: the row model&apos;s wins, losses and ties against the column model</source>
        <translation>Cada celda: victorias, derrotas y empates del modelo de la fila contra el modelo de la columna</translation>
    </message>
    <message>
        <source>&amp;Head to head</source>
        <translation>&amp;Enfrentamientos directos</translation>
    </message>
    <message>
        <source>&amp;Judges</source>
        <translation>&amp;Jueces</translation>
    </message>
    <message>
        <source>&amp;Debates</source>
        <translation>&amp;Debates</translation>
    </message>
    <message>
        <source>Ratings chart</source>
        <translation>Gráfico de puntuaciones</translation>
    </message>
    <message>
        <source>Each model&apos;s rating as a dot and its 95% interval as a bar</source>
        <translation>La puntuación de cada modelo como un punto y su intervalo del 95 % como una barra</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>Won–lost–tied</source>
        <translation>Ganados–perdidos–empatados</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Agreement between the judges</source>
        <translation>Acuerdo entre los jueces</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Veredictos</translation>
    </message>
    <message>
        <source>First-position win rate</source>
        <translation>Tasa de victorias en primera posición</translation>
    </message>
    <message>
        <source>Flip rate</source>
        <translation>Tasa de inversión</translation>
    </message>
    <message>
        <source>Agreement with the majority</source>
        <translation>Acuerdo con la mayoría</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Jueces</translation>
    </message>
    <message>
        <source>First-position win rate: how often the side read first won (50% is fair). Flip rate: how often swapping the order changed the winner.</source>
        <translation>Tasa de victorias en primera posición: con qué frecuencia ganó la postura leída en primer lugar (50 % es lo justo). Tasa de inversión: con qué frecuencia el cambio de orden alteró el ganador.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Con</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Moción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tournament debates</source>
        <translation>Debates del torneo</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a debate in the main window</source>
        <translation>Haga doble clic o pulse Intro para abrir un debate en la ventana principal</translation>
    </message>
    <message>
        <source>%1 — %2 models, %3 debates (%4)</source>
        <translation>%1 — %2 modelos, %3 debates (%4)</translation>
    </message>
    <message>
        <source>No tournament saved yet. Run one with “rostrum-cli tournament”.</source>
        <translation>Aún no hay ningún torneo guardado. Ejecute uno con «rostrum-cli tournament».</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 debates finished, %4 games rated. Cost: $%5</source>
        <translation>%1 — %2 de %3 debates terminados, %4 partidas puntuadas. Coste: $%5</translation>
    </message>
    <message>
        <source> of a $%1 budget</source>
        <translation> de un presupuesto de $%1</translation>
    </message>
    <message>
        <source>. Stopped: %1</source>
        <translation>. Detenido: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ (agreement between the judges): %1</source>
        <translation>κ de Fleiss (acuerdo entre los jueces): %1</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ: n/a (needs at least two judges on the same debates)</source>
        <translation>κ de Fleiss: n/d (se necesitan al menos dos jueces en los mismos debates)</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::AudienceVoteDialog</name>
    <message>
        <source>Audience Vote</source>
        <translation>Votación del público</translation>
    </message>
    <message>
        <source>The debate is over. How does the audience vote now? Before the debate: %1.</source>
        <translation>El debate ha terminado. ¿Cómo vota ahora el público? Antes del debate: %1.</translation>
    </message>
    <message>
        <source>The debate is over. How does the audience vote now?</source>
        <translation>El debate ha terminado. ¿Cómo vota ahora el público?</translation>
    </message>
    <message>
        <source>&amp;Record Vote</source>
        <translation>&amp;Registrar votación</translation>
    </message>
    <message>
        <source>&amp;No Vote</source>
        <translation>&amp;Sin votación</translation>
    </message>
    <message>
        <source>Enter at least one vote, or choose No Vote.</source>
        <translation>Introduzca al menos un voto o elija «Sin votación».</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::AudienceVoteForm</name>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Votes for the motion after the debate</source>
        <translation>Votos a favor de la moción después del debate</translation>
    </message>
    <message>
        <source>Votes for the motion before the debate</source>
        <translation>Votos a favor de la moción antes del debate</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Votes against the motion after the debate</source>
        <translation>Votos en contra de la moción después del debate</translation>
    </message>
    <message>
        <source>Votes against the motion before the debate</source>
        <translation>Votos en contra de la moción antes del debate</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indecisos</translation>
    </message>
    <message>
        <source>Undecided votes after the debate</source>
        <translation>Votos indecisos después del debate</translation>
    </message>
    <message>
        <source>Undecided votes before the debate</source>
        <translation>Votos indecisos antes del debate</translation>
    </message>
    <message>
        <source>%1 for (%2%), %3 against, %4 undecided</source>
        <translation>%1 a favor (%2%), %3 en contra, %4 indecisos</translation>
    </message>
    <message>
        <source>%1 points: the motion lost ground</source>
        <translation>%1 puntos: la moción perdió terreno</translation>
    </message>
    <message>
        <source>%1 points for the motion</source>
        <translation>%1 puntos a favor de la moción</translation>
    </message>
    <message>
        <source>Audience before: %1.</source>
        <translation>Público antes: %1.</translation>
    </message>
    <message>
        <source>After: %1.</source>
        <translation>Después: %1.</translation>
    </message>
    <message>
        <source>Swing: %1.</source>
        <translation>Variación: %1.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::CodeHighlighter</name>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::CodePane</name>
    <message>
        <source>Code under debate</source>
        <translation>Código en debate</translation>
    </message>
    <message>
        <source>Paste or open code in the debate setup to discuss it here.</source>
        <translation>Pegue o abra código en la configuración del debate para debatirlo aquí.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardCharts</name>
    <message>
        <source>Cumulative spend</source>
        <translation>Gasto acumulado</translation>
    </message>
    <message>
        <source>US$</source>
        <translation>US$</translation>
    </message>
    <message>
        <source>Cost per model</source>
        <translation>Coste por modelo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Latency per model</source>
        <translation>Latencia por modelo</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latencia p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latencia p95</translation>
    </message>
    <message>
        <source>Time to first token p50</source>
        <translation>Tiempo hasta el primer token p50</translation>
    </message>
    <message>
        <source>Time to first token p95</source>
        <translation>Tiempo hasta el primer token p95</translation>
    </message>
    <message>
        <source>Errors per model</source>
        <translation>Errores por modelo</translation>
    </message>
    <message>
        <source>Speed per model</source>
        <translation>Velocidad por modelo</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens por segundo</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Tasa de aciertos de caché</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Tasa de aciertos</translation>
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
        <translation>Panel de uso</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel de uso</translation>
    </message>
    <message>
        <source>Spend, latency, errors and limits per model (Ctrl+D)</source>
        <translation>Gasto, latencia, errores y límites por modelo (Ctrl+D)</translation>
    </message>
    <message>
        <source>Dashboard in its own &amp;window</source>
        <translation>Panel de uso en una &amp;ventana aparte</translation>
    </message>
    <message>
        <source>Rostrum — Dashboard</source>
        <translation>Rostrum — Panel de uso</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardTableModel</name>
    <message numerus="yes">
        <source>%n request(s) of models with no known price are not included</source>
        <translation>
            <numerusform>No se incluye %n solicitud a modelos sin precio conocido</numerusform>
            <numerusform>No se incluyen %n solicitudes a modelos sin precio conocido</numerusform>
        </translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <source>Failed attempts of this class, including ones a retry made good</source>
        <translation>Intentos fallidos de esta clase, incluidos los que un reintento resolvió</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Tokens de entrada</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Tokens de salida</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latencia p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latencia p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latencia p99</translation>
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
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>Aciertos de caché</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Ahorrado</translation>
    </message>
    <message>
        <source>Prompt cache saved</source>
        <translation>Ahorro por caché de prompts</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DashboardWidget</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the table of this range as a CSV file</source>
        <translation>Guardar la tabla de este intervalo como archivo CSV</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Intervalo:</translation>
    </message>
    <message>
        <source>Requests in the last minute against the known limit</source>
        <translation>Solicitudes en el último minuto frente al límite conocido</translation>
    </message>
    <message>
        <source>Tokens in the last minute against the known limit</source>
        <translation>Tokens en el último minuto frente al límite conocido</translation>
    </message>
    <message>
        <source>What the current debate has cost against its budget</source>
        <translation>Lo que ha costado el debate actual frente a su presupuesto</translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation>Solicitudes/min</translation>
    </message>
    <message>
        <source>Tokens/min</source>
        <translation>Tokens/min</translation>
    </message>
    <message>
        <source>Debate budget</source>
        <translation>Presupuesto del debate</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No debate yet&lt;/h3&gt;&lt;p&gt;Start a debate: its requests will appear here as they finish.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay ningún debate&lt;/h3&gt;&lt;p&gt;Inicie un debate: sus solicitudes aparecerán aquí a medida que terminen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No requests yet&lt;/h3&gt;&lt;p&gt;Requests in this range will appear here as they finish: spend, latency, errors and limits per model.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay solicitudes&lt;/h3&gt;&lt;p&gt;Las solicitudes de este intervalo aparecerán aquí a medida que terminen: gasto, latencia, errores y límites por modelo.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1</source>
        <translation>
            <numerusform>%n solicitud, %1</numerusform>
            <numerusform>%n solicitudes, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (no known limit)</source>
        <translation>%1 (sin límite conocido)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>no debate</source>
        <translation>sin debate</translation>
    </message>
    <message>
        <source>%1 (no budget)</source>
        <translation>%1 (sin presupuesto)</translation>
    </message>
    <message>
        <source>%1 hit rate, %2 saved</source>
        <translation>%1 de aciertos, %2 ahorrados</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>aún sin usar</translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation>Exportar el uso como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Prompt tokens the API served from its prompt cache, billed at a lower price, and what that saved against the full input price</source>
        <translation>Tokens de entrada que la API sirvió desde su caché de prompts, facturados a un precio menor, y lo que eso ahorró frente al precio de entrada completo</translation>
    </message>
    <message>
        <source>Prompt cache</source>
        <translation>Caché de prompts</translation>
    </message>
    <message>
        <source>%1 tokens cached, %2 saved</source>
        <translation>%1 tokens en caché, %2 ahorrados</translation>
    </message>
    <message>
        <source>no cached tokens yet</source>
        <translation>aún no hay tokens en caché</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateFileJobs</name>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Open Debate</source>
        <translation>Abrir debate</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se ha abierto %1.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Rostrum debates (*.json)</source>
        <translation>Debates de Rostrum (*.json)</translation>
    </message>
    <message>
        <source>Export Debate</source>
        <translation>Exportar debate</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html);;JSON (*.json);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;HTML (*.html);;JSON (*.json);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rostrum debate (%2).</source>
        <translation>%1 no es un debate de Rostrum (%2).</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import Debate</source>
        <translation>Importar debate</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message>
        <source>Debate exports (*.json)</source>
        <translation>Exportaciones de debates (*.json)</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebatePane</name>
    <message>
        <source>Line %1 is not in the code.</source>
        <translation>La línea %1 no está en el código.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateSession</name>
    <message>
        <source>rate limit (requests per second)</source>
        <translation>límite de frecuencia (solicitudes por segundo)</translation>
    </message>
    <message>
        <source>rate limit (requests per minute)</source>
        <translation>límite de frecuencia (solicitudes por minuto)</translation>
    </message>
    <message>
        <source>rate limit (tokens per minute)</source>
        <translation>límite de frecuencia (tokens por minuto)</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>límite de frecuencia</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>límite de frecuencia alcanzado</translation>
    </message>
    <message>
        <source>rate limit (none left this minute)</source>
        <translation>límite de frecuencia (nada más este minuto)</translation>
    </message>
    <message>
        <source>learning the rate limits</source>
        <translation>aprendiendo los límites de frecuencia</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateSetupDialog</name>
    <message>
        <source>&amp;Start Debate</source>
        <translation>I&amp;niciar debate</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Debater %1</source>
        <translation>Orador %1</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposición</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>Oposición</translation>
    </message>
    <message>
        <source> — $%1 in / $%2 out per M tokens</source>
        <translation> — $%1 entrada / $%2 salida por M de tokens</translation>
    </message>
    <message>
        <source> — price unknown</source>
        <translation> — precio desconocido</translation>
    </message>
    <message>
        <source> · %1k context</source>
        <translation> · contexto de %1k</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Sin juez</translation>
    </message>
    <message>
        <source>Side of debater %1</source>
        <translation>Postura del orador %1</translation>
    </message>
    <message>
        <source>For (proposition)</source>
        <translation>A favor (proposición)</translation>
    </message>
    <message>
        <source>Against (opposition)</source>
        <translation>En contra (oposición)</translation>
    </message>
    <message>
        <source>Model of debater %1</source>
        <translation>Modelo del orador %1</translation>
    </message>
    <message>
        <source>Default for the language</source>
        <translation>Predeterminado para el idioma</translation>
    </message>
    <message numerus="yes">
        <source>%n requests. Cost: unknown (no price for %1).</source>
        <translation>
            <numerusform>%n solicitud. Coste: desconocido (sin precio para %1).</numerusform>
            <numerusform>%n solicitudes. Coste: desconocido (sin precio para %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>desconocida</translation>
    </message>
    <message numerus="yes">
        <source>%n requests. Estimated cost: $%1 – $%2 (prices as of %3).</source>
        <translation>
            <numerusform>%n solicitud. Coste estimado: $%1 – $%2 (fecha de los precios: %3).</numerusform>
            <numerusform>%n solicitudes. Coste estimado: $%1 – $%2 (fecha de los precios: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget may stop the debate early.</source>
        <translation>El presupuesto puede detener el debate antes de tiempo.</translation>
    </message>
    <message>
        <source>Open Code</source>
        <translation>Abrir código</translation>
    </message>
    <message>
        <source>Source files (*.c *.cc *.cpp *.cxx *.h *.hpp *.py *.js *.mjs *.ts *.tsx *.java *.go *.rs *.sh *.sql);;All files (*)</source>
        <translation>Archivos de código fuente (*.c *.cc *.cpp *.cxx *.h *.hpp *.py *.js *.mjs *.ts *.tsx *.java *.go *.rs *.sh *.sql);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
    <message>
        <source>Default for the language (%1)</source>
        <translation>Predeterminado para el idioma (%1)</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Clásico</translation>
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
        <translation>Revisión de código</translation>
    </message>
    <message>
        <source>Prompt tokens counted exactly with each model&apos;s tokenizer.</source>
        <translation>Tokens de entrada contados exactamente con el tokenizador de cada modelo.</translation>
    </message>
    <message>
        <source>Prompt tokens estimated (no tokenizer data for some model).</source>
        <translation>Tokens de entrada estimados (faltan datos del tokenizador de algún modelo).</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>You type this debater&apos;s speeches</source>
        <translation>Usted escribe los discursos de este orador</translation>
    </message>
    <message>
        <source>An Oxford debate is won by the swing: the audience votes before and after it</source>
        <translation>Un debate de Oxford lo gana la variación: el público vota antes y después</translation>
    </message>
    <message>
        <source>Audience &amp;vote before:</source>
        <translation>&amp;Votación del público antes:</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DebateStudio</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Rematch with Sides S&amp;wapped</source>
        <translation>Revancha con las posturas &amp;intercambiadas</translation>
    </message>
    <message>
        <source>Ask the &amp;Judge Again</source>
        <translation>Volver a consultar al &amp;juez</translation>
    </message>
    <message>
        <source>Include &amp;Reasoning in Exports</source>
        <translation>Incluir el &amp;razonamiento en las exportaciones</translation>
    </message>
    <message>
        <source>Run this debate again with the debaters on the other sides, then compare the verdicts</source>
        <translation>Repetir este debate con los oradores en las posturas contrarias y comparar los veredictos</translation>
    </message>
    <message>
        <source>Ask the judge for a new verdict (a new, costed request)</source>
        <translation>Pedir al juez un nuevo veredicto (una nueva solicitud con coste)</translation>
    </message>
    <message>
        <source>Exports also write what reasoning models thought before they spoke</source>
        <translation>Las exportaciones incluyen también lo que pensaron los modelos de razonamiento antes de hablar</translation>
    </message>
    <message>
        <source>Read a debate exported as JSON and save it as a new debate</source>
        <translation>Leer un debate exportado como JSON y guardarlo como un debate nuevo</translation>
    </message>
    <message>
        <source>Rematch with Sides Swapped</source>
        <translation>Revancha con las posturas intercambiadas</translation>
    </message>
    <message>
        <source>Ask the Judge Again</source>
        <translation>Volver a consultar al juez</translation>
    </message>
    <message>
        <source>Asking the judge again…</source>
        <translation>Volviendo a consultar al juez…</translation>
    </message>
    <message>
        <source>Import Debate</source>
        <translation>Importar debate</translation>
    </message>
    <message>
        <source>The debate was not imported: the database could not be opened.</source>
        <translation>El debate no se importó: no se pudo abrir la base de datos.</translation>
    </message>
    <message>
        <source>Imported as a new debate.</source>
        <translation>Importado como un debate nuevo.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::DeprecationBadge</name>
    <message numerus="yes">
        <source>⚠ %n deprecated model(s)</source>
        <translation>
            <numerusform>⚠ %n modelo obsoleto</numerusform>
            <numerusform>⚠ %n modelos obsoletos</numerusform>
        </translation>
    </message>
    <message>
        <source>Deprecated models</source>
        <translation>Modelos obsoletos</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::FirstRunPage</name>
    <message>
        <source>Paste a key first.</source>
        <translation>Pegue primero una clave.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ForkController</name>
    <message>
        <source>Continue from &amp;Here…</source>
        <translation>Continuar desde a&amp;quí…</translation>
    </message>
    <message>
        <source>Start a new debate that shares the speeches up to this one (Ctrl+Shift+N)</source>
        <translation>Iniciar un debate nuevo que comparte los discursos hasta este (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Choose a finished speech of a saved debate to continue from.</source>
        <translation>Elija un discurso terminado de un debate guardado desde el que continuar.</translation>
    </message>
    <message>
        <source>Stop the running debate before continuing from one of its speeches.</source>
        <translation>Detenga el debate en curso antes de continuar desde uno de sus discursos.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ForkDialog</name>
    <message>
        <source>Against (debater %1)</source>
        <translation>En contra (orador %1)</translation>
    </message>
    <message>
        <source>For (debater %1)</source>
        <translation>A favor (orador %1)</translation>
    </message>
    <message>
        <source>Continue from Here</source>
        <translation>Continuar desde aquí</translation>
    </message>
    <message numerus="yes">
        <source>A new debate shares the first %n entries of this one, up to and including speech %1 (%2), and goes on from there. The original debate is kept as it is.</source>
        <translation>
            <numerusform>Un debate nuevo comparte %n entrada inicial de este, hasta el discurso %1 (%2) inclusive, y continúa a partir de ahí. El debate original se conserva tal como está.</numerusform>
            <numerusform>Un debate nuevo comparte las %n primeras entradas de este, hasta el discurso %1 (%2) inclusive, y continúa a partir de ahí. El debate original se conserva tal como está.</numerusform>
        </translation>
    </message>
    <message>
        <source>No debater speaks after this speech: the new debate would only be judged.</source>
        <translation>Ningún orador habla después de este discurso: el debate nuevo solo se juzgaría.</translation>
    </message>
    <message>
        <source>&amp;Start the New Debate</source>
        <translation>&amp;Iniciar el debate nuevo</translation>
    </message>
    <message>
        <source>Speaks next: %1</source>
        <translation>Habla a continuación: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Model of %1</source>
        <translation>Modelo de %1</translation>
    </message>
    <message>
        <source>Language of %1</source>
        <translation>Idioma de %1</translation>
    </message>
    <message>
        <source>Persona of %1</source>
        <translation>Perfil de %1</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Default for the language</source>
        <translation>Predeterminado para el idioma</translation>
    </message>
    <message>
        <source>e.g. a pragmatic economist</source>
        <translation>p. ej., un economista pragmático</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::HistoryController</name>
    <message>
        <source>Loading saved debates…</source>
        <translation>Cargando los debates guardados…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::HumanSpeechEditor</name>
    <message>
        <source>&amp;Submit Speech</source>
        <translation>&amp;Enviar discurso</translation>
    </message>
    <message>
        <source>Your speech</source>
        <translation>Su discurso</translation>
    </message>
    <message>
        <source>Write your speech here. Ctrl+Enter delivers it.</source>
        <translation>Escriba aquí su discurso. Ctrl+Intro lo pronuncia.</translation>
    </message>
    <message>
        <source>Length of your speech</source>
        <translation>Longitud de su discurso</translation>
    </message>
    <message>
        <source>Deliver your speech and let the debate go on (Ctrl+Enter)</source>
        <translation>Pronunciar su discurso y dejar que el debate continúe (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 de %2 tokens</translation>
    </message>
    <message>
        <source>about %1 of %2 tokens</source>
        <translation>unos %1 de %2 tokens</translation>
    </message>
    <message>
        <source>%1 — %2 over the speech length</source>
        <translation>%1 — %2 por encima de la longitud del discurso</translation>
    </message>
    <message>
        <source>The debate is not waiting for your speech. Your draft is kept.</source>
        <translation>El debate no está esperando su discurso. Su borrador se conserva.</translation>
    </message>
    <message>
        <source>Your speech is empty: write something before submitting it.</source>
        <translation>Su discurso está vacío: escriba algo antes de enviarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Your speech is %n token(s) over the speech length: shorten it before submitting it.</source>
        <translation>
            <numerusform>Su discurso supera en %n token la longitud del discurso: acórtelo antes de enviarlo.</numerusform>
            <numerusform>Su discurso supera en %n tokens la longitud del discurso: acórtelo antes de enviarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::gui::InterjectionBar</name>
    <message>
        <source>Inter&amp;ject</source>
        <translation>Inter&amp;pelar</translation>
    </message>
    <message>
        <source>Interjection</source>
        <translation>Interpelación</translation>
    </message>
    <message>
        <source>A question for the next speaker (Ctrl+I, Enter to send)</source>
        <translation>Una pregunta para el próximo orador (Ctrl+I; Intro para enviar)</translation>
    </message>
    <message>
        <source>Interject as</source>
        <translation>Interpelar como</translation>
    </message>
    <message>
        <source>as moderator</source>
        <translation>como moderador</translation>
    </message>
    <message>
        <source>from the audience</source>
        <translation>desde el público</translation>
    </message>
    <message>
        <source>Put this to the next speaker, who is asked to address it</source>
        <translation>Plantear esto al próximo orador, a quien se pide que lo aborde</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::LecternController</name>
    <message>
        <source>&amp;Interject…</source>
        <translation>&amp;Interpelar…</translation>
    </message>
    <message>
        <source>Put a question to the next speaker, as moderator or from the audience (Ctrl+I)</source>
        <translation>Plantear una pregunta al próximo orador, como moderador o desde el público (Ctrl+I)</translation>
    </message>
    <message>
        <source>Audience swing: %1.</source>
        <translation>Variación del público: %1.</translation>
    </message>
    <message>
        <source>Your question from the audience goes to the next speaker.</source>
        <translation>Su pregunta desde el público va al próximo orador.</translation>
    </message>
    <message>
        <source>Your question as moderator goes to the next speaker.</source>
        <translation>Su pregunta como moderador va al próximo orador.</translation>
    </message>
    <message>
        <source>against the motion</source>
        <translation>en contra de la moción</translation>
    </message>
    <message>
        <source>for the motion</source>
        <translation>a favor de la moción</translation>
    </message>
    <message>
        <source>Your turn, %1 (%2): %3 — speech %4 of %5</source>
        <translation>Su turno, %1 (%2): %3 — discurso %4 de %5</translation>
    </message>
    <message>
        <source>Your turn: write your speech, then press Ctrl+Enter.</source>
        <translation>Su turno: escriba su discurso y pulse Ctrl+Intro.</translation>
    </message>
    <message>
        <source>The debate is paused: resume it to deliver your speech.</source>
        <translation>El debate está en pausa: reanúdelo para pronunciar su discurso.</translation>
    </message>
    <message>
        <source>The debate has stopped. Your draft is kept: Resume continues the debate.</source>
        <translation>El debate se ha detenido. Su borrador se conserva: Reanudar continúa el debate.</translation>
    </message>
    <message>
        <source>The debate did not take your speech. Your draft is kept.</source>
        <translation>El debate no aceptó su discurso. Su borrador se conserva.</translation>
    </message>
    <message>
        <source>Your speech is delivered.</source>
        <translation>Su discurso se ha pronunciado.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::MainWindow</name>
    <message>
        <source>The debate has ended.</source>
        <translation>El debate ha terminado.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Only the latest speech can be asked again, once nothing is streaming.</source>
        <translation>Solo se puede volver a pedir el último discurso, cuando no haya nada en curso.</translation>
    </message>
    <message>
        <source>New Debate</source>
        <translation>Nuevo debate</translation>
    </message>
    <message>
        <source>About Rostrum</source>
        <translation>Acerca de Rostrum</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;AI debates on the Mistral API: debaters argue a motion over rounds, in your language or about your code, with a judge, a budget and live charts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;Debates de IA con la API de Mistral: los oradores defienden una moción a lo largo de varias rondas, en su idioma o sobre su código, con un juez, un presupuesto y gráficos en tiempo real.&lt;/p&gt;&lt;p&gt;Creado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Debates will not be saved: the database could not be opened (%1).</source>
        <translation>Los debates no se guardarán: no se pudo abrir la base de datos (%1).</translation>
    </message>
    <message>
        <source>Stop the running debate before opening another one.</source>
        <translation>Detenga el debate en curso antes de abrir otro.</translation>
    </message>
    <message>
        <source>Opening the saved debate…</source>
        <translation>Abriendo el debate guardado…</translation>
    </message>
    <message>
        <source>That debate is no longer in the database.</source>
        <translation>Ese debate ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>Opened. This debate did not finish: Resume continues it.</source>
        <translation>Abierto. Este debate no llegó a terminar: puede continuarlo con «Reanudar debate guardado».</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>Abierto.</translation>
    </message>
    <message>
        <source>Resume Debate</source>
        <translation>Reanudar debate</translation>
    </message>
    <message>
        <source>Resuming the debate.</source>
        <translation>Reanudando el debate.</translation>
    </message>
    <message>
        <source>Continue from Here</source>
        <translation>Continuar desde aquí</translation>
    </message>
    <message>
        <source>A new debate continues from speech %1.</source>
        <translation>Un debate nuevo continúa desde el discurso %1.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::MainWindowActions</name>
    <message>
        <source>Res&amp;ume Saved Debate</source>
        <translation>Re&amp;anudar debate guardado</translation>
    </message>
    <message>
        <source>Continue a debate that was interrupted or stopped before its end</source>
        <translation>Continuar un debate que se interrumpió o se detuvo antes de terminar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::ScreenshotTour</name>
    <message>
        <source>This house would make public transport free</source>
        <translation>Esta cámara haría gratuito el transporte público</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposición</translation>
    </message>
    <message>
        <source>Camille</source>
        <translation>Camille</translation>
    </message>
    <message>
        <source>Free public transport pays for itself in cleaner air, quieter streets and fuller buses. Cities that tried it, from Tallinn to Dunkirk, saw ridership rise by a fifth within two years, and the cost of collecting fares (ticket machines, inspectors, fraud) often ate a third of what the fares brought in.</source>
        <translation>El transporte público gratuito se paga solo con un aire más limpio, calles más tranquilas y autobuses más llenos. Las ciudades que lo probaron, de Tallin a Dunkerque, vieron crecer el número de viajeros en una quinta parte en dos años, y el coste de cobrar los billetes (máquinas expendedoras, revisores, fraude) se comía a menudo un tercio de lo que recaudaban.</translation>
    </message>
    <message>
        <source>A fare-free network is not free: someone pays. The proposition&apos;s own examples show it: Tallinn raised local taxes, and Dunkirk&apos;s buses are fuller because people walk less, not because they drive less.</source>
        <translation>Una red sin billetes no es gratis: alguien la paga. Los propios ejemplos de la proposición lo demuestran: Tallin subió los impuestos locales, y los autobuses de Dunkerque van más llenos porque la gente camina menos, no porque conduzca menos.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SessionListModel</name>
    <message numerus="yes">
        <source>%1
%2 · %3 · %n speeches</source>
        <translation>
            <numerusform>%1
%2 · %3 · %n discurso</numerusform>
            <numerusform>%1
%2 · %3 · %n discursos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speeches</source>
        <translation>
            <numerusform>%n discurso</numerusform>
            <numerusform>%n discursos</numerusform>
        </translation>
    </message>
    <message>
        <source>Fork from speech %1 · %2</source>
        <translation>Bifurcación desde el discurso %1 · %2</translation>
    </message>
    <message>
        <source>Fork of “%1”: %2</source>
        <translation>Bifurcación de «%1»: %2</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coste: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SessionRowFactory</name>
    <message>
        <source>for</source>
        <translation>a favor</translation>
    </message>
    <message>
        <source>against</source>
        <translation>en contra</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>público</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderador</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SettingsDialog</name>
    <message>
        <source>Auto (learn from the server)</source>
        <translation>Automático (aprender del servidor)</translation>
    </message>
    <message>
        <source>Free tier</source>
        <translation>Nivel gratuito</translation>
    </message>
    <message>
        <source>Hobbyist</source>
        <translation>Aficionado</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Model for %1</source>
        <translation>Modelo para %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>Buscando una clave guardada…</translation>
    </message>
    <message>
        <source>No keychain available.</source>
        <translation>No hay ningún llavero disponible.</translation>
    </message>
    <message>
        <source>Using the key from the environment (MISTRAL_API_KEY). A key entered here is stored in the keychain for when that variable is not set.</source>
        <translation>Se está usando la clave de la variable de entorno (MISTRAL_API_KEY). Una clave introducida aquí se guarda en el llavero para cuando esa variable no esté definida.</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Enter a new one to replace it.</source>
        <translation>Hay una clave guardada en el llavero del sistema. Introduzca una nueva para sustituirla.</translation>
    </message>
    <message>
        <source>A key is kept in memory for this session only (no keychain answered).</source>
        <translation>Hay una clave en memoria solo para esta sesión (ningún llavero respondió).</translation>
    </message>
    <message>
        <source>No key yet. Get one at console.mistral.ai → API Keys.</source>
        <translation>Aún no hay ninguna clave. Obtenga una en console.mistral.ai → API Keys.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Input $/M tokens</source>
        <translation>Entrada $/M tokens</translation>
    </message>
    <message>
        <source>Output $/M tokens</source>
        <translation>Salida $/M tokens</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Prices as of %1. Edit a price to override it; your prices are kept in %2.</source>
        <translation>Fecha de los precios: %1. Edite un precio para sustituirlo; sus precios se guardan en %2.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Could not save the prices: %1</source>
        <translation>No se pudieron guardar los precios: %1</translation>
    </message>
    <message>
        <source>✔ The key works.</source>
        <translation>✔ La clave funciona.</translation>
    </message>
    <message>
        <source>✘ The server refused this key. Check that it was copied whole, or create a new one in the console.</source>
        <translation>✘ El servidor ha rechazado esta clave. Compruebe que se copió completa o cree una nueva en la consola.</translation>
    </message>
    <message>
        <source>⚠ The key is valid but has no quota: activate payments or a plan in the console.</source>
        <translation>⚠ La clave es válida, pero no tiene cuota: active los pagos o un plan en la consola.</translation>
    </message>
    <message>
        <source>⚠ Could not reach the endpoint. Check the address and your connection.</source>
        <translation>⚠ No se pudo acceder al punto de conexión. Compruebe la dirección y su conexión a Internet.</translation>
    </message>
    <message>
        <source>Mistral (global)</source>
        <translation>Mistral (global)</translation>
    </message>
    <message>
        <source>Mistral (EU)</source>
        <translation>Mistral (UE)</translation>
    </message>
    <message>
        <source>Mistral (US)</source>
        <translation>Mistral (EE. UU.)</translation>
    </message>
    <message>
        <source>Choose Mistral&apos;s global, EU or US endpoint, or type the address of another one (a proxy, a local server).</source>
        <translation>Elija el punto de conexión global, de la UE o de EE. UU. de Mistral, o escriba la dirección de otro (un proxy, un servidor local).</translation>
    </message>
    <message>
        <source>Rostrum will use %1 the next time it starts.</source>
        <translation>Rostrum usará %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Takes effect the next time Rostrum starts.</source>
        <translation>Se aplicará la próxima vez que se inicie Rostrum.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::SpeechBody</name>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::StatusIndicators</name>
    <message>
        <source>Request status</source>
        <translation>Estado de las solicitudes</translation>
    </message>
    <message>
        <source>Tokens used in this debate</source>
        <translation>Tokens usados en este debate</translation>
    </message>
    <message>
        <source>Spend of this debate</source>
        <translation>Gasto de este debate</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message numerus="yes">
        <source>Streaming %n requests</source>
        <translation>
            <numerusform>%n solicitud en curso</numerusform>
            <numerusform>%n solicitudes en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>En pausa — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — sending in %n s</source>
        <translation>
            <numerusform>%1 — envío en %n s</numerusform>
            <numerusform>%1 — envío en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>límite de frecuencia</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n s</source>
        <translation>
            <numerusform>%1 — reintento en %n s</numerusform>
            <numerusform>%1 — reintento en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>límite de frecuencia alcanzado</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>spend unknown</source>
        <translation>gasto desconocido</translation>
    </message>
    <message>
        <source>%1 of $%2</source>
        <translation>%1 de $%2</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::StudioScreenshots</name>
    <message>
        <source>evidence</source>
        <translation>pruebas</translation>
    </message>
    <message>
        <source>rebuttal</source>
        <translation>réplica</translation>
    </message>
    <message>
        <source>clarity</source>
        <translation>claridad</translation>
    </message>
    <message>
        <source>The opposition showed that frequency, not price, moves drivers; the proposition never answered it.</source>
        <translation>La oposición demostró que es la frecuencia, y no el precio, lo que atrae a los automovilistas; la proposición nunca lo rebatió.</translation>
    </message>
    <message>
        <source>I think the opposition won: free fares mostly move walkers.</source>
        <translation>Creo que ganó la oposición: la gratuidad atrae sobre todo a peatones.</translation>
    </message>
    <message>
        <source>A fare-free network is not free: someone pays. The proposition&apos;s own examples show it: Tallinn raised local taxes, and Dunkirk&apos;s buses are fuller because people walk less, not because they drive less.</source>
        <translation>Una red sin billetes no es gratis: alguien la paga. Los propios ejemplos de la proposición lo demuestran: Tallin subió los impuestos locales, y los autobuses de Dunkerque van más llenos porque la gente camina menos, no porque conduzca menos.</translation>
    </message>
    <message>
        <source>Walking less is not the whole story: in Dunkirk car trips into the centre fell too, and the taxes that pay for the network are levied on those who can afford them, not at the turnstile.</source>
        <translation>Caminar menos no lo explica todo: en Dunkerque también bajaron los trayectos en coche al centro, y los impuestos que financian la red se cobran a quienes pueden permitírselo, no en el torniquete.</translation>
    </message>
    <message>
        <source>The proposition counts riders, not results. Money spent on free fares is money not spent on more buses, and it is frequency, not price, that moves drivers out of their cars.</source>
        <translation>La proposición cuenta viajeros, no resultados. El dinero que se gasta en la gratuidad es dinero que no se gasta en más autobuses, y es la frecuencia, y no el precio, lo que saca a los automovilistas de sus coches.</translation>
    </message>
    <message>
        <source>Free fares and more buses are not rivals: collecting fares costs a third of what they bring in. Remove the turnstile and that third pays for the frequency the opposition asks for.</source>
        <translation>La gratuidad y más autobuses no están reñidos: cobrar los billetes cuesta un tercio de lo que se recauda con ellos. Si se quita el torniquete, ese tercio paga la frecuencia que pide la oposición.</translation>
    </message>
    <message>
        <source>A cleaner city is the goal we share. Spend on what moves drivers: more buses, more often. Free fares mostly move walkers.</source>
        <translation>Una ciudad más limpia es el objetivo que compartimos. Invirtamos en lo que atrae a los automovilistas: más autobuses, con más frecuencia. La gratuidad atrae sobre todo a peatones.</translation>
    </message>
    <message>
        <source>Whether free fares move drivers decided it.</source>
        <translation>Lo decisivo fue si la gratuidad atrae o no a los automovilistas.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::TranscriptController</name>
    <message>
        <source>“%1” is not in the transcript.</source>
        <translation>«%1» no aparece en la transcripción.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n speeches.</source>
        <translation>
            <numerusform>Se ha copiado %n discurso.</numerusform>
            <numerusform>Se han copiado %n discursos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>Ocultar razonamiento</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Mostrar razonamiento</translation>
    </message>
    <message>
        <source>Reasoning shown.</source>
        <translation>Razonamiento visible.</translation>
    </message>
    <message>
        <source>Reasoning hidden.</source>
        <translation>Razonamiento oculto.</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::TranscriptDelegate</name>
    <message>
        <source>streaming</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>reintentando</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>desde caché</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>ronda %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coste desconocido</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>reintento en %n s</numerusform>
            <numerusform>reintento en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Speech text</source>
        <translation>Texto del discurso</translation>
    </message>
</context>
<context>
    <name>rostrum::gui::TranscriptModel</name>
    <message>
        <source>Reasoning shown</source>
        <translation>Razonamiento visible</translation>
    </message>
    <message>
        <source>Reasoning hidden</source>
        <translation>Razonamiento oculto</translation>
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
        <translation>A favor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>%1: for %2, against %3.</source>
        <translation>%1: a favor %2, en contra %3.</translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation>no válido: %1</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>un empate</translation>
    </message>
    <message>
        <source>%1, margin %2</source>
        <translation>%1, margen %2</translation>
    </message>
    <message>
        <source>inconsistent: its winner flipped when the sides were swapped</source>
        <translation>incoherente: su ganador cambió al intercambiar las posturas</translation>
    </message>
    <message>
        <source>%1 for, %2 against, %3 tie, %4 not valid</source>
        <translation>%1 a favor, %2 en contra, %3 empate, %4 no válidos</translation>
    </message>
    <message>
        <source>Votes: %1 · agreement %2</source>
        <translation>Votos: %1 · acuerdo %2</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Judge %1: %2.</source>
        <translation>Juez %1: %2.</translation>
    </message>
    <message>
        <source>Each judge was asked twice, the sides in both orders.</source>
        <translation>A cada juez se le consultó dos veces, con las posturas en ambos órdenes.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>a favor</translation>
    </message>
    <message>
        <source>against</source>
        <translation>en contra</translation>
    </message>
    <message>
        <source>No judge of the panel gave a valid verdict.</source>
        <translation>Ningún juez del panel emitió un veredicto válido.</translation>
    </message>
    <message numerus="yes">
        <source>Panel verdict: a tie — no side has a majority of the %n judges.</source>
        <translation>
            <numerusform>Veredicto del panel: empate — ninguna postura tiene la mayoría de %n juez.</numerusform>
            <numerusform>Veredicto del panel: empate — ninguna postura tiene la mayoría de los %n jueces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Panel verdict: the side %1 the motion wins, %2 of %3 judges.</source>
        <translation>Veredicto del panel: gana la postura %1, con %2 de %3 jueces.</translation>
    </message>
    <message>
        <source>The judge&apos;s verdict is not valid: %1</source>
        <translation>El veredicto del juez no es válido: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Verdict: a tie.</source>
        <translation>Veredicto: empate.</translation>
    </message>
    <message>
        <source>Verdict: the side %1 the motion wins, margin %2 of 10.</source>
        <translation>Veredicto: gana la postura %1, con un margen de %2 sobre 10.</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>juez</translation>
    </message>
    <message>
        <source>Ask the judges again</source>
        <translation>Volver a consultar a los jueces</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Motivos: %1</translation>
    </message>
    <message>
        <source>Valid after one repair request.</source>
        <translation>Válido tras una solicitud de corrección.</translation>
    </message>
    <message>
        <source>Ask the judge again</source>
        <translation>Volver a consultar al juez</translation>
    </message>
    <message>
        <source>The judge answered:</source>
        <translation>El juez respondió:</translation>
    </message>
    <message>
        <source>Judged by %1 · the judges&apos; cost %2</source>
        <translation>Juzgado por %1 · coste de los jueces %2</translation>
    </message>
    <message>
        <source>Judged by %1 · judge&apos;s cost %2</source>
        <translation>Juzgado por %1 · coste del juez %2</translation>
    </message>
    <message>
        <source>Verdict.</source>
        <translation>Veredicto.</translation>
    </message>
    <message>
        <source>The side %1 the motion won both times although the debaters swapped sides (%2, then %3): the verdict followed the side.</source>
        <translation>La postura %1 ganó las dos veces aunque los oradores intercambiaron posturas (%2 y luego %3): el veredicto siguió a la postura.</translation>
    </message>
    <message>
        <source>%1 won both times, first %2 the motion, then %3 it: the verdict followed the argument.</source>
        <translation>%1 ganó las dos veces, primero como %2 y luego como %3: el veredicto siguió al argumento.</translation>
    </message>
    <message>
        <source>Inconclusive: one of the two debates has no valid verdict.</source>
        <translation>No concluyente: uno de los dos debates no tiene un veredicto válido.</translation>
    </message>
    <message>
        <source>Inconclusive: one of the two verdicts is a tie.</source>
        <translation>No concluyente: uno de los dos veredictos es un empate.</translation>
    </message>
    <message>
        <source>Inconclusive: the rematch&apos;s debaters are not the original&apos;s on swapped sides.</source>
        <translation>No concluyente: los oradores de la revancha no son los del original con las posturas intercambiadas.</translation>
    </message>
    <message>
        <source>Rematch with sides swapped</source>
        <translation>Revancha con las posturas intercambiadas</translation>
    </message>
    <message>
        <source>no valid verdict</source>
        <translation>sin veredicto válido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Original debate</source>
        <translation>Debate original</translation>
    </message>
    <message>
        <source>Rematch</source>
        <translation>Revancha</translation>
    </message>
    <message>
        <source>Open the original debate</source>
        <translation>Abrir el debate original</translation>
    </message>
</context>
</TS>
