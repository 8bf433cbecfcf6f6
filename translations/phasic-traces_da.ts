<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>OpenRequest</name>
    <message>
        <source>%1: a &apos;%&apos; that is not followed by two hex digits</source>
        <translation>%1: et &apos;%&apos;, der ikke efterfølges af to hexcifre</translation>
    </message>
    <message>
        <source>%1: an IPFS address takes no &apos;?&apos; or &apos;#&apos; part</source>
        <translation>%1: en IPFS-adresse kan ikke have en &apos;?&apos;- eller &apos;#&apos;-del</translation>
    </message>
    <message>
        <source>%1: the CID is missing</source>
        <translation>%1: CID&apos;en mangler</translation>
    </message>
    <message>
        <source>%1 is not a valid CID: %2</source>
        <translation>%1 er ikke en gyldig CID: %2</translation>
    </message>
    <message>
        <source>path segment in %1</source>
        <translation>stidel i %1</translation>
    </message>
    <message>
        <source>%1: %2 (expected phasic-traces://trace/&lt;id&gt;)</source>
        <translation>%1: %2 (forventede phasic-traces://trace/&lt;id&gt;)</translation>
    </message>
    <message>
        <source>&apos;//&apos; is missing after the scheme</source>
        <translation>&apos;//&apos; mangler efter skemaet</translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation>ukendt slags %1</translation>
    </message>
    <message>
        <source>a &apos;?&apos; or &apos;#&apos; part is not allowed</source>
        <translation>en &apos;?&apos;- eller &apos;#&apos;-del er ikke tilladt</translation>
    </message>
    <message>
        <source>the trace id is missing</source>
        <translation>spor-id&apos;et mangler</translation>
    </message>
    <message>
        <source>a trace id is one name, without &apos;/&apos;</source>
        <translation>et spor-id er ét navn uden &apos;/&apos;</translation>
    </message>
    <message>
        <source>trace id</source>
        <translation>spor-id</translation>
    </message>
    <message>
        <source>%1: the file path is empty</source>
        <translation>%1: filstien er tom</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: filen findes ikke</translation>
    </message>
    <message>
        <source>%1 is a folder; open a trace file in it (.json.gz, .json or .bin)</source>
        <translation>%1 er en mappe; åbn en sporfil i den (.json.gz, .json eller .bin)</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 er ikke en almindelig fil</translation>
    </message>
    <message>
        <source>%1 is not a trace file (expected .json.gz, .json or .bin)</source>
        <translation>%1 er ikke en sporfil (forventede .json.gz, .json eller .bin)</translation>
    </message>
    <message>
        <source>an argument of %1 characters is too long to be a file, CID or link (at most %2)</source>
        <translation>et argument på %1 tegn er for langt til at være en fil, en CID eller et link (højst %2)</translation>
    </message>
    <message>
        <source>an empty argument names nothing to open</source>
        <translation>et tomt argument angiver intet at åbne</translation>
    </message>
    <message>
        <source>%1 contains a control character; refusing it</source>
        <translation>%1 indeholder et kontroltegn og afvises</translation>
    </message>
    <message>
        <source>%1: expected ipfs://CID[/path]</source>
        <translation>%1: forventede ipfs://CID[/sti]</translation>
    </message>
    <message>
        <source>%1 is not a local file:// URL</source>
        <translation>%1 er ikke en lokal file://-URL</translation>
    </message>
    <message>
        <source>%1 names a file on host %2; only files on this computer can be opened</source>
        <translation>%1 angiver en fil på værten %2; kun filer på denne computer kan åbnes</translation>
    </message>
    <message>
        <source>%1: unknown scheme &apos;%2:&apos; (the app opens phasic-traces://trace/&lt;id&gt;, ipfs://CID[/path], file:// URLs and trace files)</source>
        <translation>%1: ukendt skema &apos;%2:&apos; (programmet åbner phasic-traces://trace/&lt;id&gt;, ipfs://CID[/sti], file://-URL&apos;er og sporfiler)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan ikke læse %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
</context>
<context>
    <name>pt</name>
    <message>
        <source>%1 &quot;%2&quot; cannot be used as a file name: %3</source>
        <translation>%1 »%2« kan ikke bruges som filnavn: %3</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>det er tomt</translation>
    </message>
    <message>
        <source>it refers to a directory, not a name</source>
        <translation>det henviser til en mappe, ikke et navn</translation>
    </message>
    <message>
        <source>it contains a path separator</source>
        <translation>det indeholder en stiseparator</translation>
    </message>
    <message>
        <source>it contains a control character (U+%1)</source>
        <translation>det indeholder et kontroltegn (U+%1)</translation>
    </message>
    <message>
        <source>it starts with a drive letter</source>
        <translation>det begynder med et drevbogstav</translation>
    </message>
    <message>
        <source>it is longer than 255 bytes</source>
        <translation>det er længere end 255 byte</translation>
    </message>
    <message>
        <source>reading the secret %1 (account %2)</source>
        <translation>læsning af hemmeligheden %1 (konto %2)</translation>
    </message>
    <message>
        <source>storing the secret %1 (account %2)</source>
        <translation>lagring af hemmeligheden %1 (konto %2)</translation>
    </message>
    <message>
        <source>removing the secret %1 (account %2)</source>
        <translation>fjernelse af hemmeligheden %1 (konto %2)</translation>
    </message>
    <message>
        <source>secret service name &apos;%1&apos; is not one of github, pinata, web3storage, kubo-api, psa:&lt;name&gt;</source>
        <translation>tjenestenavnet »%1« for en hemmelighed er ikke et af github, pinata, web3storage, kubo-api, psa:&lt;navn&gt;</translation>
    </message>
    <message>
        <source>account name for %1 must be 1-128 printable characters</source>
        <translation>kontonavnet for %1 skal være 1-128 skrivbare tegn</translation>
    </message>
    <message>
        <source>No secret service is running (org.freedesktop.secrets). Start GNOME Keyring or KWallet, or unlock it, then try again.</source>
        <translation>Der kører ingen hemmelighedstjeneste (org.freedesktop.secrets). Start GNOME Keyring eller KWallet, eller lås den op, og prøv så igen.</translation>
    </message>
    <message>
        <source>refusing to store an empty secret for %1</source>
        <translation>gemmer ikke en tom hemmelighed for %1</translation>
    </message>
    <message>
        <source> (while %1: %2)</source>
        <translation> (under %1: %2)</translation>
    </message>
    <message>
        <source>no secret stored for %1 (account %2)</source>
        <translation>der er ingen hemmelighed gemt for %1 (konto %2)</translation>
    </message>
    <message>
        <source>the keyring refused access while %1: %2. Unlock the keyring and try again.</source>
        <translation>nøgleringen nægtede adgang under %1: %2. Lås nøgleringen op, og prøv igen.</translation>
    </message>
    <message>
        <source>the keyring is locked or has no default (login) keyring, and no unlock prompt could be shown (%1: %2). Unlock or create it in GNOME Keyring (Seahorse) or KWallet, then try again.</source>
        <translation>nøgleringen er låst eller har ingen standardnøglering (login), og der kunne ikke vises en dialog til at låse den op (%1: %2). Lås den op eller opret den i GNOME Keyring (Seahorse) eller KWallet, og prøv så igen.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 mislykkedes: %2</translation>
    </message>
    <message>
        <source>the secret service did not answer within %1 s while %2 (is it waiting for an unlock prompt?)</source>
        <translation>hemmelighedstjenesten svarede ikke inden for %1 s under %2 (venter den på, at den bliver låst op?)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a valid URL</source>
        <translation>%1 »%2« er ikke en gyldig URL</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: scheme must be one of %3</source>
        <translation>%1 »%2«: skemaet skal være et af %3</translation>
    </message>
    <message>
        <source>%1 for host %2 carries credentials; settings never store credentials (use `phasic-traces-cli login`)</source>
        <translation>%1 for værten %2 indeholder loginoplysninger; indstillingerne gemmer aldrig loginoplysninger (brug `phasic-traces-cli login`)</translation>
    </message>
    <message>
        <source>%1 looks like a token or password; settings never store secrets (store it in the keychain with `phasic-traces-cli login … --token-stdin`)</source>
        <translation>%1 ligner et token eller en adgangskode; indstillingerne gemmer aldrig hemmeligheder (gem det i nøgleringen med `phasic-traces-cli login … --token-stdin`)</translation>
    </message>
    <message>
        <source>setting %1 takes text</source>
        <translation>indstillingen %1 skal være tekst</translation>
    </message>
    <message>
        <source>value for %1</source>
        <translation>værdien for %1</translation>
    </message>
    <message>
        <source>ORCID &apos;%1&apos; is not of the form 0000-0002-1825-0097</source>
        <translation>ORCID »%1« har ikke formen 0000-0002-1825-0097</translation>
    </message>
    <message>
        <source>setting %1 takes a list of text</source>
        <translation>indstillingen %1 skal være en liste af tekster</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>gateway</translation>
    </message>
    <message>
        <source>registry source</source>
        <translation>registerkilde</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 »%2«</translation>
    </message>
    <message>
        <source>setting %1 takes true or false</source>
        <translation>indstillingen %1 skal være true eller false</translation>
    </message>
    <message>
        <source>setting %1 takes a whole number</source>
        <translation>indstillingen %1 skal være et heltal</translation>
    </message>
    <message>
        <source>%1 must be between 1 and %2, not %3</source>
        <translation>%1 skal være mellem 1 og %2, ikke %3</translation>
    </message>
    <message>
        <source>setting %1 takes bytes</source>
        <translation>indstillingen %1 skal være et antal byte</translation>
    </message>
    <message>
        <source>cannot create the settings directory %1</source>
        <translation>kan ikke oprette mappen til indstillinger %1</translation>
    </message>
    <message>
        <source>cannot write settings file %1 (check permissions of %2; it is replaced atomically, so the directory must be writable)</source>
        <translation>kan ikke skrive indstillingsfilen %1 (kontrollér rettighederne for %2; filen erstattes atomart, så der skal kunne skrives i mappen)</translation>
    </message>
    <message>
        <source>settings file %1 is malformed; fix or remove it</source>
        <translation>indstillingsfilen %1 er ugyldig; ret eller fjern den</translation>
    </message>
    <message>
        <source>cannot write settings file %1</source>
        <translation>kan ikke skrive indstillingsfilen %1</translation>
    </message>
    <message>
        <source>settings file %1 was written by a newer version (settings_version %2, this build knows %3); it is left untouched</source>
        <translation>indstillingsfilen %1 er skrevet af en nyere version (settings_version %2, denne version kender %3); den røres ikke</translation>
    </message>
    <message>
        <source>no migration path for settings file %1 from settings_version %2</source>
        <translation>indstillingsfilen %1 kan ikke migreres fra settings_version %2</translation>
    </message>
    <message>
        <source>pinning services must be a list of entries</source>
        <translation>pinning-tjenester skal være en liste af poster</translation>
    </message>
    <message>
        <source>pinning service entries must be maps</source>
        <translation>posterne for pinning-tjenester skal være tabeller (maps)</translation>
    </message>
    <message>
        <source>pinning service &apos;%1&apos;: field &apos;%2&apos; is not stored in settings; tokens go to the keychain (`phasic-traces-cli login psa %1 --token-stdin`)</source>
        <translation>pinning-tjenesten »%1«: feltet »%2« gemmes ikke i indstillingerne; tokens gemmes i nøgleringen (`phasic-traces-cli login psa %1 --token-stdin`)</translation>
    </message>
    <message>
        <source>pinning service name &apos;%1&apos; must be 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>navnet på pinning-tjenesten »%1« skal være 1-64 bogstaver, cifre, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos;</translation>
    </message>
    <message>
        <source>pinning service name &apos;%1&apos; is used twice</source>
        <translation>navnet på pinning-tjenesten »%1« er brugt to gange</translation>
    </message>
    <message>
        <source>pinning service &apos;%1&apos;: kind &apos;%2&apos; is not psa, pinata or web3storage</source>
        <translation>pinning-tjenesten »%1«: typen »%2« er ikke psa, pinata eller web3storage</translation>
    </message>
    <message>
        <source>endpoint of pinning service &apos;%1&apos;</source>
        <translation>adressen på pinning-tjenesten »%1«</translation>
    </message>
</context>
<context>
    <name>pt::GlobalOptions</name>
    <message>
        <source>Print JSON.</source>
        <translation>Skriv JSON.</translation>
    </message>
    <message>
        <source>Registry to use (https://, file://, ipfs://, a path) instead of the configured locations.</source>
        <translation>Register, der skal bruges (https://, file://, ipfs://, en sti) i stedet for de konfigurerede placeringer.</translation>
    </message>
    <message>
        <source>Trustless gateway (repeatable; replaces the configured list).</source>
        <translation>Trustless gateway (kan gentages; erstatter den konfigurerede liste).</translation>
    </message>
    <message>
        <source>Do not use or start a local IPFS daemon.</source>
        <translation>Brug eller start ikke en lokal IPFS-dæmon.</translation>
    </message>
    <message>
        <source>Kubo RPC API address (multiaddr or URL).</source>
        <translation>Adressen på Kubos RPC-API (multiaddr eller URL).</translation>
    </message>
    <message>
        <source>Path of the ipfs (Kubo) binary.</source>
        <translation>Stien til programmet ipfs (Kubo).</translation>
    </message>
    <message>
        <source>Keep everything the program writes below DIR.</source>
        <translation>Gem alt, hvad programmet skriver, under MAPPE.</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>tilvalget %1 skal have en værdi</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (kan gentages)</translation>
    </message>
</context>
<context>
    <name>pt::daemon</name>
    <message>
        <source>(empty body)</source>
        <translation>(tomt svar)</translation>
    </message>
    <message>
        <source>%1: the daemon&apos;s answer is not a JSON object (%2): %3</source>
        <translation>%1: dæmonens svar er ikke et JSON-objekt (%2): %3</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ikke et objekt</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is out of range: %3</source>
        <translation>%1: feltet »%2« er uden for det tilladte område: %3</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing or not a number</source>
        <translation>%1: feltet »%2« mangler eller er ikke et tal</translation>
    </message>
    <message>
        <source>version: the answer has no &quot;Version&quot; string, so this is not a Kubo RPC API: %1</source>
        <translation>version: svaret har ingen »Version«-tekst, så dette er ikke et Kubo RPC-API: %1</translation>
    </message>
    <message>
        <source>id: the answer has no &quot;ID&quot;</source>
        <translation>id: svaret har intet »ID«</translation>
    </message>
    <message>
        <source>swarm/peers: &quot;Peers&quot; is neither a list nor null: %1</source>
        <translation>swarm/peers: »Peers« er hverken en liste eller null: %1</translation>
    </message>
    <message>
        <source>ipfs %1: the daemon answered: %2</source>
        <translation>ipfs %1: dæmonen svarede: %2</translation>
    </message>
    <message>
        <source>ipfs %1: the daemon refused the request (HTTP 403: %2); check API.HTTPHeaders and API.Authorizations in the IPFS config</source>
        <translation>ipfs %1: dæmonen afviste forespørgslen (HTTP 403: %2); kontrollér API.HTTPHeaders og API.Authorizations i IPFS-konfigurationen</translation>
    </message>
    <message>
        <source>ipfs %1: the daemon requires authorization (HTTP 401); set the API authorization secret in the settings</source>
        <translation>ipfs %1: dæmonen kræver godkendelse (HTTP 401); angiv API-godkendelsens hemmelighed i indstillingerne</translation>
    </message>
    <message>
        <source>ipfs %1: the daemon does not know this command (HTTP 404); it may be too old</source>
        <translation>ipfs %1: dæmonen kender ikke denne kommando (HTTP 404); den er måske for gammel</translation>
    </message>
    <message>
        <source>ipfs %1: the server answered HTTP %2 with something that is not the Kubo RPC API: %3</source>
        <translation>ipfs %1: serveren svarede HTTP %2 med noget, der ikke er Kubos RPC-API: %3</translation>
    </message>
    <message>
        <source>%1 does not exist: no IPFS daemon is running on this repository</source>
        <translation>%1 findes ikke: der kører ingen IPFS-dæmon på dette lager</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>ipfs %1: no API address configured (no daemon found)</source>
        <translation>ipfs %1: der er ingen API-adresse konfigureret (ingen dæmon fundet)</translation>
    </message>
    <message>
        <source>ipfs %1: no answer from %2 within %3 s</source>
        <translation>ipfs %1: intet svar fra %2 inden for %3 s</translation>
    </message>
    <message>
        <source>connection refused: no daemon is listening there</source>
        <translation>forbindelsen blev afvist: ingen dæmon lytter der</translation>
    </message>
    <message>
        <source>ipfs %1: cannot reach %2 (%3)</source>
        <translation>ipfs %1: kan ikke nå %2 (%3)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains a line break; a login service definition cannot hold it safely. Move or rename it to a path without line breaks.</source>
        <translation>%1 »%2« indeholder et linjeskift; en login-tjenestes definition kan ikke rumme det sikkert. Flyt eller omdøb den til en sti uden linjeskift.</translation>
    </message>
    <message>
        <source>%1 contains the control character U+%2 at position %3; refusing to write it into a login service definition.</source>
        <translation>%1 indeholder kontroltegnet U+%2 på position %3; det skrives ikke ind i en login-tjenestes definition.</translation>
    </message>
    <message>
        <source>no %1 given</source>
        <translation>der er ikke angivet nogen %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an absolute Windows path (C:\… or \\server\…)</source>
        <translation>%1 »%2« er ikke en absolut Windows-sti (C:\… eller \\server\…)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains a double quote, which Windows paths cannot hold</source>
        <translation>%1 »%2« indeholder et dobbelt anførselstegn, som Windows-stier ikke kan indeholde</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains &apos;%&apos;, which Task Scheduler would expand as an environment variable; choose a directory without it</source>
        <translation>%1 »%2« indeholder &apos;%&apos;, som Opgavestyring ville udfolde som en miljøvariabel; vælg en mappe uden det</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an absolute path</source>
        <translation>%1 »%2« er ikke en absolut sti</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>tjenestenavn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid systemd unit name (letters, digits, &apos;:_.-\&apos;, ending in .service, e.g. phasic-traces-ipfs.service)</source>
        <translation>»%1« er ikke et gyldigt navn på en systemd-enhed (bogstaver, cifre, &apos;:_.-\&apos;, med endelsen .service, f.eks. phasic-traces-ipfs.service)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid launchd label (reverse-DNS letters, digits, &apos;._-&apos;, e.g. io.github.munch_group.PhasicTraces.ipfs)</source>
        <translation>»%1« er ikke en gyldig launchd-etiket (omvendt DNS: bogstaver, cifre, &apos;._-&apos;, f.eks. io.github.munch_group.PhasicTraces.ipfs)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid scheduled task name (at most 238 characters, none of &lt;&gt;:&quot;/|?*%%)</source>
        <translation>»%1« er ikke et gyldigt navn på en planlagt opgave (højst 238 tegn, ingen af &lt;&gt;:&quot;/|?*%%)</translation>
    </message>
    <message>
        <source>XDG config directory</source>
        <translation>XDG-konfigurationsmappe</translation>
    </message>
    <message>
        <source>is a systemd user instance running in this session?</source>
        <translation>kører der en systemd-brugerinstans i denne session?</translation>
    </message>
    <message>
        <source>the unit file</source>
        <translation>enhedsfilen</translation>
    </message>
    <message>
        <source>make systemd read the new unit file</source>
        <translation>få systemd til at læse den nye enhedsfil</translation>
    </message>
    <message>
        <source>start it at every login</source>
        <translation>start den ved hvert login</translation>
    </message>
    <message>
        <source>(re)start it now</source>
        <translation>(gen)start den nu</translation>
    </message>
    <message>
        <source>stop it and remove it from login (fails harmlessly when not installed)</source>
        <translation>stop den, og fjern den fra login (fejler harmløst, hvis den ikke er installeret)</translation>
    </message>
    <message>
        <source>make systemd forget the unit</source>
        <translation>få systemd til at glemme enheden</translation>
    </message>
    <message>
        <source>clear a remembered failure (fails harmlessly)</source>
        <translation>ryd en husket fejl (fejler harmløst)</translation>
    </message>
    <message>
        <source>started at login?</source>
        <translation>startes ved login?</translation>
    </message>
    <message>
        <source>running now?</source>
        <translation>kører den nu?</translation>
    </message>
    <message>
        <source>home directory</source>
        <translation>hjemmemappe</translation>
    </message>
    <message>
        <source>launchd needs the numeric user id for gui/&lt;uid&gt;, got &quot;%1&quot;</source>
        <translation>launchd skal bruge det numeriske bruger-id til gui/&lt;uid&gt;, fik »%1«</translation>
    </message>
    <message>
        <source>the agent&apos;s property list</source>
        <translation>agentens egenskabsliste</translation>
    </message>
    <message>
        <source>the log directory (launchd does not create it)</source>
        <translation>logmappen (launchd opretter den ikke)</translation>
    </message>
    <message>
        <source>unload a previous version (fails harmlessly when not loaded)</source>
        <translation>afindlæs en tidligere version (fejler harmløst, hvis den ikke er indlæst)</translation>
    </message>
    <message>
        <source>clear an earlier `launchctl disable`</source>
        <translation>ophæv en tidligere `launchctl disable`</translation>
    </message>
    <message>
        <source>load it now; RunAtLoad starts the daemon</source>
        <translation>indlæs den nu; RunAtLoad starter dæmonen</translation>
    </message>
    <message>
        <source>stop and unload it (fails harmlessly when not loaded)</source>
        <translation>stop og afindlæs den (fejler harmløst, hvis den ikke er indlæst)</translation>
    </message>
    <message>
        <source>loaded and running?</source>
        <translation>indlæst og kører?</translation>
    </message>
    <message>
        <source>data directory for the task files</source>
        <translation>datamappe til opgavens filer</translation>
    </message>
    <message>
        <source>Windows user</source>
        <translation>Windows-bruger</translation>
    </message>
    <message>
        <source>no Windows user (DOMAIN\name) given</source>
        <translation>der er ikke angivet nogen Windows-bruger (DOMÆNE\navn)</translation>
    </message>
    <message>
        <source>wrapper that sets IPFS_PATH and runs the daemon</source>
        <translation>indpakning, der sætter IPFS_PATH og kører dæmonen</translation>
    </message>
    <message>
        <source>the task definition (schtasks reads UTF-16)</source>
        <translation>opgavens definition (schtasks læser UTF-16)</translation>
    </message>
    <message>
        <source>register the logon task (replaces an earlier one)</source>
        <translation>registrér logon-opgaven (erstatter en tidligere)</translation>
    </message>
    <message>
        <source>start it now</source>
        <translation>start den nu</translation>
    </message>
    <message>
        <source>stop it (fails harmlessly when not running)</source>
        <translation>stop den (fejler harmløst, hvis den ikke kører)</translation>
    </message>
    <message>
        <source>unregister it (fails harmlessly when not installed)</source>
        <translation>afregistrér den (fejler harmløst, hvis den ikke er installeret)</translation>
    </message>
    <message>
        <source>the task definition</source>
        <translation>opgavens definition</translation>
    </message>
    <message>
        <source>the wrapper</source>
        <translation>indpakningen</translation>
    </message>
    <message>
        <source>registered, enabled, running?</source>
        <translation>registreret, aktiveret, kører?</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot; (choose systemd, launchd or windows)</source>
        <translation>ukendt platform »%1« (vælg systemd, launchd eller windows)</translation>
    </message>
    <message>
        <source>no ipfs (Kubo) executable given; install Kubo (https://docs.ipfs.tech/install/command-line/) or pass --ipfs-bin</source>
        <translation>der er ikke angivet noget ipfs-program (Kubo); installér Kubo (https://docs.ipfs.tech/install/command-line/), eller angiv --ipfs-bin</translation>
    </message>
    <message>
        <source>ipfs executable</source>
        <translation>ipfs-program</translation>
    </message>
    <message>
        <source>daemon argument</source>
        <translation>dæmonargument</translation>
    </message>
    <message>
        <source>daemon argument &quot;%1&quot; contains a double quote, which the .cmd wrapper cannot pass on safely</source>
        <translation>dæmonargumentet »%1« indeholder et dobbelt anførselstegn, som .cmd-indpakningen ikke kan videregive sikkert</translation>
    </message>
    <message>
        <source>unknown platform</source>
        <translation>ukendt platform</translation>
    </message>
    <message>
        <source>the unit was not installed</source>
        <translation>enheden blev ikke installeret</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>intet blev ændret</translation>
    </message>
    <message>
        <source>the state shown is what the unit files say</source>
        <translation>den viste tilstand er det, enhedsfilerne siger</translation>
    </message>
    <message>
        <source>Could not ask systemd (%1); %2. This system may not use systemd: run the IPFS daemon from the app instead, which starts and supervises one.</source>
        <translation>Kunne ikke spørge systemd (%1); %2. Dette system bruger måske ikke systemd: kør i stedet IPFS-dæmonen fra programmet, som starter og overvåger en.</translation>
    </message>
    <message>
        <source>; XDG_RUNTIME_DIR is not set</source>
        <translation>; XDG_RUNTIME_DIR er ikke sat</translation>
    </message>
    <message>
        <source>No systemd user instance is running in this session (`systemctl --user is-system-running` said &quot;%1&quot;%3); %2. On a desktop login this works; on a server enable lingering with `loginctl enable-linger $USER` and log in again. Until then, run the IPFS daemon from the app.</source>
        <translation>Der kører ingen systemd-brugerinstans i denne session (`systemctl --user is-system-running` sagde »%1«%3); %2. Ved et login på et skrivebord virker det; på en server skal du slå lingering til med `loginctl enable-linger $USER` og logge ind igen. Indtil da kan du køre IPFS-dæmonen fra programmet.</translation>
    </message>
    <message>
        <source>could not create the directory %1</source>
        <translation>kunne ikke oprette mappen %1</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>could not remove %1</source>
        <translation>kunne ikke fjerne %1</translation>
    </message>
    <message>
        <source>`%1` crashed</source>
        <translation>`%1` gik ned</translation>
    </message>
    <message>
        <source>`%1` exited with code %2%3</source>
        <translation>`%1` sluttede med koden %2%3</translation>
    </message>
    <message>
        <source>could not start %1 (not installed or not in PATH)</source>
        <translation>kunne ikke starte %1 (ikke installeret eller ikke i PATH)</translation>
    </message>
    <message>
        <source>no answer within %1 s; stopped it</source>
        <translation>intet svar inden for %1 s; den blev stoppet</translation>
    </message>
    <message>
        <source>step %1 of %2 (%3) failed: %4</source>
        <translation>trin %1 af %2 (%3) mislykkedes: %4</translation>
    </message>
    <message>
        <source>API address &quot;%1&quot;: %2</source>
        <translation>API-adressen »%1«: %2</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>længere end %1 tegn</translation>
    </message>
    <message>
        <source>a multiaddr starts with &apos;/&apos; (e.g. /ip4/127.0.0.1/tcp/5001)</source>
        <translation>en multiaddr begynder med &apos;/&apos; (f.eks. /ip4/127.0.0.1/tcp/5001)</translation>
    </message>
    <message>
        <source>API address &quot;%1&quot;: unix-socket API addresses are not supported; set Addresses.API to a TCP address such as /ip4/127.0.0.1/tcp/5001</source>
        <translation>API-adressen »%1«: API-adresser med unix-sokler understøttes ikke; sæt Addresses.API til en TCP-adresse såsom /ip4/127.0.0.1/tcp/5001</translation>
    </message>
    <message>
        <source>expected /&lt;ip4|ip6|dns|dns4|dns6&gt;/&lt;host&gt;/tcp/&lt;port&gt;</source>
        <translation>forventede /&lt;ip4|ip6|dns|dns4|dns6&gt;/&lt;vært&gt;/tcp/&lt;port&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>»%1« er ikke en IPv4-adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>»%1« er ikke en IPv6-adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name</source>
        <translation>»%1« er ikke et gyldigt DNS-navn</translation>
    </message>
    <message>
        <source>unknown or unsupported protocol &quot;%1&quot; (expected ip4, ip6, dns, dns4 or dns6)</source>
        <translation>ukendt eller ikke-understøttet protokol »%1« (forventede ip4, ip6, dns, dns4 eller dns6)</translation>
    </message>
    <message>
        <source>the RPC API needs /tcp/&lt;port&gt; after the host, found &quot;/%1&quot;</source>
        <translation>RPC-API&apos;et skal have /tcp/&lt;port&gt; efter værten, fandt »/%1«</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TCP port (1-65535)</source>
        <translation>»%1« er ikke en TCP-port (1-65535)</translation>
    </message>
    <message>
        <source>unexpected components after the port (only /http, /https or /tls/http may follow)</source>
        <translation>uventede dele efter porten (kun /http, /https eller /tls/http må følge)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <source>neither a multiaddr (/ip4/127.0.0.1/tcp/5001) nor an http(s) URL</source>
        <translation>hverken en multiaddr (/ip4/127.0.0.1/tcp/5001) eller en http(s)-URL</translation>
    </message>
    <message>
        <source>API address %1://…@%2: credentials in the URL are not supported; configure an Authorization header instead</source>
        <translation>API-adressen %1://…@%2: loginoplysninger i URL&apos;en understøttes ikke; konfigurér i stedet en Authorization-header</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 findes ikke</translation>
    </message>
    <message>
        <source>%1 is stale (no process holds it)</source>
        <translation>%1 er forældet (ingen proces holder den)</translation>
    </message>
    <message>
        <source>%1 is held by process %2%3</source>
        <translation>%1 holdes af processen %2%3</translation>
    </message>
    <message>
        <source>%1 is held by another process</source>
        <translation>%1 holdes af en anden proces</translation>
    </message>
    <message>
        <source>the IPFS binary %1 does not exist</source>
        <translation>IPFS-programmet %1 findes ikke</translation>
    </message>
    <message>
        <source>ipfs (Kubo) was not found in PATH, ~/.local/bin, /usr/local/bin, /opt/homebrew/bin or /usr/bin</source>
        <translation>ipfs (Kubo) blev ikke fundet i PATH, ~/.local/bin, /usr/local/bin, /opt/homebrew/bin eller /usr/bin</translation>
    </message>
    <message>
        <source>give the API address as a multiaddr (/ip4/127.0.0.1/tcp/5001) or an http URL</source>
        <translation>angiv API-adressen som en multiaddr (/ip4/127.0.0.1/tcp/5001) eller en http-URL</translation>
    </message>
    <message>
        <source>IPFS daemon %1 (started by Phasic Traces, pid %2) at %3</source>
        <translation>IPFS-dæmon %1 (startet af Phasic Traces, pid %2) på %3</translation>
    </message>
    <message>
        <source>IPFS daemon %1 at %2 (started outside Phasic Traces)</source>
        <translation>IPFS-dæmon %1 på %2 (startet uden for Phasic Traces)</translation>
    </message>
    <message>
        <source>stop that program, or move the IPFS API elsewhere: ipfs config Addresses.API /ip4/127.0.0.1/tcp/5002</source>
        <translation>stop det program, eller flyt IPFS-API&apos;et et andet sted hen: ipfs config Addresses.API /ip4/127.0.0.1/tcp/5002</translation>
    </message>
    <message>
        <source>install Kubo (https://docs.ipfs.tech/install/command-line/) or point --ipfs-bin / the settings at the ipfs binary</source>
        <translation>installér Kubo (https://docs.ipfs.tech/install/command-line/), eller angiv ipfs-programmet med --ipfs-bin eller i indstillingerne</translation>
    </message>
    <message>
        <source>fix the file&apos;s permissions or choose another binary</source>
        <translation>ret filens rettigheder, eller vælg et andet program</translation>
    </message>
    <message>
        <source>the IPFS daemon started by Phasic Traces (pid %1) runs but its API does not answer at %2 yet</source>
        <translation>IPFS-dæmonen, som Phasic Traces startede (pid %1), kører, men dens API svarer endnu ikke på %2</translation>
    </message>
    <message>
        <source>wait for it, or look at its log (%1)</source>
        <translation>vent på den, eller se dens log (%1)</translation>
    </message>
    <message>
        <source>no IPFS daemon is running for %1</source>
        <translation>der kører ingen IPFS-dæmon for %1</translation>
    </message>
    <message>
        <source>`ipfs %1` for %2 failed (exit %3): %4</source>
        <translation>`ipfs %1` for %2 mislykkedes (slutkode %3): %4</translation>
    </message>
    <message>
        <source>crashed or timed out</source>
        <translation>gik ned eller fik timeout</translation>
    </message>
    <message>
        <source>check that %1 is writable, or run `ipfs init` yourself</source>
        <translation>kontrollér, at der kan skrives i %1, eller kør selv `ipfs init`</translation>
    </message>
    <message>
        <source>install Kubo or point --ipfs-bin at the ipfs binary</source>
        <translation>installér Kubo, eller angiv ipfs-programmet med --ipfs-bin</translation>
    </message>
    <message>
        <source>the IPFS repository %1 already exists</source>
        <translation>IPFS-lageret %1 findes allerede</translation>
    </message>
    <message>
        <source>initialised the IPFS repository %1</source>
        <translation>IPFS-lageret %1 er oprettet</translation>
    </message>
    <message>
        <source>waiting for the IPFS daemon (pid %1)</source>
        <translation>venter på IPFS-dæmonen (pid %1)</translation>
    </message>
    <message>
        <source>cannot start the IPFS daemon: %1, and the API does not answer at %2</source>
        <translation>kan ikke starte IPFS-dæmonen: %1, og API&apos;et svarer ikke på %2</translation>
    </message>
    <message>
        <source>another ipfs process is using the repository; wait for it to finish or stop it (kill %1)</source>
        <translation>en anden ipfs-proces bruger lageret; vent, til den er færdig, eller stop den (kill %1)</translation>
    </message>
    <message>
        <source>another ipfs process is using the repository; wait for it to finish or stop it</source>
        <translation>en anden ipfs-proces bruger lageret; vent, til den er færdig, eller stop den</translation>
    </message>
    <message>
        <source>cannot create the log directory %1</source>
        <translation>kan ikke oprette logmappen %1</translation>
    </message>
    <message>
        <source>check the permissions of the cache directory</source>
        <translation>kontrollér rettighederne for cachemappen</translation>
    </message>
    <message>
        <source>cannot write the daemon log %1: %2</source>
        <translation>kan ikke skrive dæmonens log %1: %2</translation>
    </message>
    <message>
        <source>cannot start %1 daemon: %2</source>
        <translation>kan ikke starte `%1 daemon`: %2</translation>
    </message>
    <message>
        <source>check that the binary runs: %1 version</source>
        <translation>kontrollér, at programmet kan køre: %1 version</translation>
    </message>
    <message>
        <source>starting the IPFS daemon (pid %1)</source>
        <translation>starter IPFS-dæmonen (pid %1)</translation>
    </message>
    <message>
        <source>it may be busy (a large repository, a migration); wait and check again, or stop it and look at the log (%1)</source>
        <translation>den har måske travlt (et stort lager, en migrering); vent, og kontrollér igen, eller stop den, og se loggen (%1)</translation>
    </message>
    <message>
        <source>another ipfs process is using %1; stop it or wait for it</source>
        <translation>en anden ipfs-proces bruger %1; stop den, eller vent på den</translation>
    </message>
    <message>
        <source>free the port or change Addresses.API / Addresses.Gateway / Addresses.Swarm with `ipfs config`</source>
        <translation>frigør porten, eller ændr Addresses.API / Addresses.Gateway / Addresses.Swarm med `ipfs config`</translation>
    </message>
    <message>
        <source>run `daemon init`</source>
        <translation>kør `daemon init`</translation>
    </message>
    <message>
        <source>run `ipfs repo migrate` (or start once with `ipfs daemon --migrate`)</source>
        <translation>kør `ipfs repo migrate` (eller start én gang med `ipfs daemon --migrate`)</translation>
    </message>
    <message>
        <source>see the full log: %1</source>
        <translation>se hele loggen: %1</translation>
    </message>
    <message>
        <source>stopping the IPFS daemon (pid %1)</source>
        <translation>stopper IPFS-dæmonen (pid %1)</translation>
    </message>
    <message>
        <source>stopping the IPFS daemon at %1</source>
        <translation>stopper IPFS-dæmonen på %1</translation>
    </message>
    <message>
        <source>it was not started by Phasic Traces; stop it where it was started</source>
        <translation>den blev ikke startet af Phasic Traces; stop den dér, hvor den blev startet</translation>
    </message>
    <message>
        <source>the IPFS daemon stopped</source>
        <translation>IPFS-dæmonen er stoppet</translation>
    </message>
    <message>
        <source>kill it by hand (pid %1)</source>
        <translation>stop den manuelt (pid %1)</translation>
    </message>
    <message>
        <source>the IPFS daemon at %1 stopped answering: %2</source>
        <translation>IPFS-dæmonen på %1 holdt op med at svare: %2</translation>
    </message>
    <message>
        <source>%1: the answer has no &quot;Cid&quot; string: %2</source>
        <translation>%1: svaret har ingen »Cid«-tekst: %2</translation>
    </message>
    <message>
        <source>%1: &quot;Status&quot; is not queued, pinning, pinned or failed: %2</source>
        <translation>%1: »Status« er ikke queued, pinning, pinned eller failed: %2</translation>
    </message>
    <message>
        <source>pin/remote/service/ls: &quot;RemoteServices&quot; is neither a list nor null: %1</source>
        <translation>pin/remote/service/ls: »RemoteServices« er hverken en liste eller null: %1</translation>
    </message>
    <message>
        <source>pin/remote/service/ls: an entry has no &quot;Service&quot; name: %1</source>
        <translation>pin/remote/service/ls: en post har intet »Service«-navn: %1</translation>
    </message>
    <message>
        <source>pin/remote/ls: more than %1 pins in the answer</source>
        <translation>pin/remote/ls: mere end %1 pins i svaret</translation>
    </message>
    <message>
        <source>ipfs pin/remote/ls: the daemon answered: %1</source>
        <translation>ipfs pin/remote/ls: dæmonen svarede: %1</translation>
    </message>
    <message>
        <source>port %1 (the IPFS API address) is in use by a program that is not an IPFS daemon: %2</source>
        <translation>port %1 (IPFS-API&apos;ets adresse) bruges af et program, der ikke er en IPFS-dæmon: %2</translation>
    </message>
    <message>
        <source>the IPFS daemon (pid %1) did not answer at %2 within %3 s; it is still running. Last output:
%4</source>
        <translation>IPFS-dæmonen (pid %1) svarede ikke på %2 inden for %3 s; den kører stadig. Sidste output:
%4</translation>
    </message>
    <message>
        <source>the IPFS daemon exited during start-up</source>
        <translation>IPFS-dæmonen stoppede under opstarten</translation>
    </message>
    <message>
        <source>the IPFS daemon (pid %1) exited unexpectedly</source>
        <translation>IPFS-dæmonen (pid %1) stoppede uventet</translation>
    </message>
    <message>
        <source>%1: the repository is locked (%2)</source>
        <translation>%1: lageret er låst (%2)</translation>
    </message>
    <message>
        <source>%1: a port it needs is in use. Last output:
%2</source>
        <translation>%1: en port, den skal bruge, er optaget. Sidste output:
%2</translation>
    </message>
    <message>
        <source>%1: no repository at %2</source>
        <translation>%1: intet lager i %2</translation>
    </message>
    <message>
        <source>%1: the repository needs a migration. Last output:
%2</source>
        <translation>%1: lageret skal migreres. Sidste output:
%2</translation>
    </message>
    <message>
        <source>%1 without output</source>
        <translation>%1 uden output</translation>
    </message>
    <message>
        <source>%1. Last output:
%2</source>
        <translation>%1. Sidste output:
%2</translation>
    </message>
    <message>
        <source>the IPFS daemon at %1 refused to shut down: %2</source>
        <translation>IPFS-dæmonen på %1 nægtede at lukke ned: %2</translation>
    </message>
    <message>
        <source>the IPFS daemon at %1 did not stop within %2 s</source>
        <translation>IPFS-dæmonen på %1 stoppede ikke inden for %2 s</translation>
    </message>
</context>
<context>
    <name>pt::fetch</name>
    <message>
        <source>CAR stream: bad length prefix at byte %1</source>
        <translation>CAR-strøm: ugyldigt længdepræfiks ved byte %1</translation>
    </message>
    <message>
        <source>CAR stream: %1 at byte %2 is %3 bytes (limit %4)</source>
        <translation>CAR-strøm: %1 ved byte %2 er %3 byte (grænse %4)</translation>
    </message>
    <message>
        <source>CAR stream header</source>
        <translation>CAR-strømmens hoved</translation>
    </message>
    <message>
        <source>CAR stream: section at byte %1</source>
        <translation>CAR-strøm: afsnit ved byte %1</translation>
    </message>
    <message>
        <source>CAR stream: block %1 at byte %2 is %3 bytes, over the %4-byte limit</source>
        <translation>CAR-strøm: blok %1 ved byte %2 er %3 byte, over grænsen på %4 byte</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>kan ikke oprette mappen til %1</translation>
    </message>
    <message>
        <source>cannot %1 %2: %3</source>
        <translation>kan ikke %1 %2: %3</translation>
    </message>
    <message>
        <source>trim</source>
        <translation>afkorte</translation>
    </message>
    <message>
        <source>read back</source>
        <translation>læse tilbage</translation>
    </message>
    <message>
        <source>%1 matches its CID but its sha256 is %2 while the registry says %3; the registry entry is wrong — nothing was saved</source>
        <translation>%1 passer til sin CID, men dens sha256 er %2, mens registret siger %3; posten i registret er forkert – intet blev gemt</translation>
    </message>
    <message>
        <source>flush</source>
        <translation>skrive til disken</translation>
    </message>
    <message>
        <source>cannot move %1 into place as %2: %3</source>
        <translation>kan ikke flytte %1 på plads som %2: %3</translation>
    </message>
    <message>
        <source>%1 (below %2)</source>
        <translation>%1 (under %2)</translation>
    </message>
    <message>
        <source>the DAG of %1 is more than %2 levels deep; refusing it</source>
        <translation>DAG&apos;en for %1 er mere end %2 niveauer dyb; den afvises</translation>
    </message>
    <message>
        <source>block %1 is %2 bytes, over the 2 MiB block limit</source>
        <translation>blok %1 er %2 byte, over blokgrænsen på 2 MiB</translation>
    </message>
    <message>
        <source>the DAG of %1 references more than %2 blocks; refusing it</source>
        <translation>DAG&apos;en for %1 henviser til mere end %2 blokke; den afvises</translation>
    </message>
    <message>
        <source>%1 is %2, not a directory: there is no &quot;%3&quot; below it</source>
        <translation>%1 er %2, ikke en mappe: der er ingen »%3« under den</translation>
    </message>
    <message>
        <source>a raw block</source>
        <translation>en rå blok</translation>
    </message>
    <message>
        <source>directory node %1 of %2</source>
        <translation>mappeknude %1 i %2</translation>
    </message>
    <message>
        <source>a dag-pb node without UnixFS data</source>
        <translation>en dag-pb-knude uden UnixFS-data</translation>
    </message>
    <message>
        <source>UnixFS data of %1 (%2)</source>
        <translation>UnixFS-data for %1 (%2)</translation>
    </message>
    <message>
        <source>sharded directory %1 (%2) uses fanout %3 / hash 0x%4; only fanout 256 with murmur3 (what Kubo writes) is supported</source>
        <translation>den opdelte mappe %1 (%2) bruger fanout %3 / hash 0x%4; kun fanout 256 med murmur3 (det, Kubo skriver) understøttes</translation>
    </message>
    <message>
        <source>sharded directory %1 (%2) nests deeper than its hash allows; the DAG is malformed</source>
        <translation>den opdelte mappe %1 (%2) er indlejret dybere, end dens hash tillader; DAG&apos;en er ugyldig</translation>
    </message>
    <message>
        <source>directory %1 (%2) lists &quot;%3&quot; twice; the DAG is malformed</source>
        <translation>mappen %1 (%2) angiver »%3« to gange; DAG&apos;en er ugyldig</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>en fil</translation>
    </message>
    <message>
        <source>directory %1 has no entry &quot;%2&quot;</source>
        <translation>mappen %1 har ingen post »%2«</translation>
    </message>
    <message>
        <source>block %1 of %2 is malformed: %3</source>
        <translation>blok %1 i %2 er ugyldig: %3</translation>
    </message>
    <message>
        <source>it holds %1 file bytes but its parent says %2</source>
        <translation>den indeholder %1 byte fildata, men dens forælder siger %2</translation>
    </message>
    <message>
        <source>block %1 of %2 uses the %3 codec; only UnixFS (dag-pb and raw) content can be downloaded</source>
        <translation>blok %1 i %2 bruger codec&apos;en %3; kun UnixFS-indhold (dag-pb og raw) kan downloades</translation>
    </message>
    <message>
        <source>it has no UnixFS data</source>
        <translation>den har ingen UnixFS-data</translation>
    </message>
    <message>
        <source>it has %1 links but %2 block sizes</source>
        <translation>den har %1 links, men %2 blokstørrelser</translation>
    </message>
    <message>
        <source>its block sizes overflow</source>
        <translation>dens blokstørrelser løber over</translation>
    </message>
    <message>
        <source>its filesize is %1 but its data and children hold %2 bytes</source>
        <translation>dens filstørrelse er %1, men dens data og børn indeholder %2 byte</translation>
    </message>
    <message>
        <source>block %1 of %2 is a UnixFS Metadata node, which is not supported</source>
        <translation>blok %1 i %2 er en UnixFS-metadataknude, som ikke understøttes</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; lists no files to download</source>
        <translation>posten »%1« angiver ingen filer at downloade</translation>
    </message>
    <message>
        <source>download &quot;%1&quot; has no files; nothing was queued</source>
        <translation>downloaden »%1« har ingen filer; intet blev sat i kø</translation>
    </message>
    <message>
        <source>download &quot;%1&quot;: file &quot;%2&quot; has no absolute destination; nothing was queued</source>
        <translation>downloaden »%1«: filen »%2« har ingen absolut destination; intet blev sat i kø</translation>
    </message>
    <message>
        <source>download &quot;%1&quot; writes %2 twice; nothing was queued</source>
        <translation>downloaden »%1« skriver %2 to gange; intet blev sat i kø</translation>
    </message>
    <message numerus="yes">
        <source>queued: %n file(s)</source>
        <translation>
            <numerusform>sat i kø: %n fil</numerusform>
            <numerusform>sat i kø: %n filer</numerusform>
        </translation>
    </message>
    <message>
        <source>download of %1 cancelled</source>
        <translation>download af %1 annulleret</translation>
    </message>
    <message>
        <source>queued again</source>
        <translation>sat i kø igen</translation>
    </message>
    <message>
        <source>%1: started (%2)</source>
        <translation>%1: startet (%2)</translation>
    </message>
    <message>
        <source>%1: saved to %2</source>
        <translation>%1: gemt i %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 mislykkedes</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: mislykkedes: %2</translation>
    </message>
    <message>
        <source>%1 has no valid sha256 in the registry; it cannot be verified, so it is not downloaded</source>
        <translation>%1 har ingen gyldig sha256 i registret; den kan ikke kontrolleres og downloades derfor ikke</translation>
    </message>
    <message>
        <source>%1 has an unusable location &quot;%2&quot;</source>
        <translation>%1 har en placering, der ikke kan bruges: »%2«</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; cannot be downloaded: %2</source>
        <translation>posten »%1« kan ikke downloades: %2</translation>
    </message>
    <message>
        <source>registry id</source>
        <translation>register-id</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: its directory CID &quot;%2&quot; is not a CID (%3)</source>
        <translation>posten »%1«: dens mappe-CID »%2« er ikke en CID (%3)</translation>
    </message>
    <message>
        <source>file name in entry &quot;%1&quot;</source>
        <translation>filnavn i posten »%1«</translation>
    </message>
    <message>
        <source>graph_hash of &quot;%1&quot;</source>
        <translation>graph_hash for »%1«</translation>
    </message>
    <message>
        <source>the parent artifact of &quot;%1&quot;</source>
        <translation>forælderartefaktet for »%1«</translation>
    </message>
    <message>
        <source>SCC artifact %1 of &quot;%2&quot;</source>
        <translation>SCC-artefakt %1 for »%2«</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; has no file &quot;%2&quot;; it has: %3</source>
        <translation>posten »%1« har ingen fil »%2«; den har: %3</translation>
    </message>
    <message>
        <source>not using an IPFS daemon (%1)</source>
        <translation>bruger ingen IPFS-dæmon (%1)</translation>
    </message>
    <message>
        <source>local store</source>
        <translation>lokalt bloklager</translation>
    </message>
    <message>
        <source>%1 is not in the local store and no source is configured (no daemon, no gateway)</source>
        <translation>%1 er ikke i det lokale bloklager, og der er ingen kilde konfigureret (ingen dæmon, ingen gateway)</translation>
    </message>
    <message>
        <source>: not tried</source>
        <translation>: ikke forsøgt</translation>
    </message>
    <message>
        <source>no source could deliver verified bytes of %1 — %2</source>
        <translation>ingen kilde kunne levere kontrollerede data for %1 – %2</translation>
    </message>
    <message>
        <source>%1; dropped for this download%2</source>
        <translation>%1; fravalgt for denne download%2</translation>
    </message>
    <message>
        <source>, trying %1</source>
        <translation>, prøver %1</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s (attempt %3 of %4)</source>
        <translation>%1; prøver igen om %2 s (forsøg %3 af %4)</translation>
    </message>
    <message>
        <source>%1; giving up on it after %2 attempts</source>
        <translation>%1; opgiver den efter %2 forsøg</translation>
    </message>
    <message>
        <source>%1 is slow (%2 KiB/s); also trying %3</source>
        <translation>%1 er langsom (%2 KiB/s); prøver også %3</translation>
    </message>
    <message>
        <source>cannot move the old %1 aside</source>
        <translation>kan ikke flytte den gamle %1 til side</translation>
    </message>
    <message>
        <source>cannot move %1 into place</source>
        <translation>kan ikke flytte %1 på plads</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>kan ikke gemme %1: %2</translation>
    </message>
    <message>
        <source>%1 has no sha256 to check it against; refusing to download it unverified</source>
        <translation>%1 har ingen sha256 at kontrollere mod; den downloades ikke ukontrolleret</translation>
    </message>
    <message>
        <source>no source delivered verifiable blocks; trying the gateways&apos; plain paths, each file checked against the registry&apos;s sha256</source>
        <translation>ingen kilde leverede blokke, der kunne kontrolleres; prøver gatewayenes almindelige stier, og hver fil kontrolleres mod registrets sha256</translation>
    </message>
    <message>
        <source> (path)</source>
        <translation> (sti)</translation>
    </message>
    <message>
        <source>%1: %2 (HTTP %3); the partial download is kept and resumes next time</source>
        <translation>%1: %2 (HTTP %3); den delvise download gemmes og fortsætter næste gang</translation>
    </message>
    <message>
        <source>%1 sent a file whose sha256 is %2, but the registry says %3; it was discarded</source>
        <translation>%1 sendte en fil med sha256 %2, men registret siger %3; den blev kasseret</translation>
    </message>
    <message>
        <source>cannot flush %1 to disk</source>
        <translation>kan ikke skrive %1 til disken</translation>
    </message>
    <message>
        <source>%1 delivered the file; its sha256 matches the registry</source>
        <translation>%1 leverede filen; dens sha256 passer til registret</translation>
    </message>
    <message>
        <source>block %1 is not in the local store</source>
        <translation>blok %1 er ikke i det lokale bloklager</translation>
    </message>
    <message>
        <source>block %1 in the local store was oversized and has been removed</source>
        <translation>blok %1 i det lokale bloklager var for stor og er fjernet</translation>
    </message>
    <message>
        <source>block %1 in the local store was corrupt (%2) and has been removed; it will be fetched again</source>
        <translation>blok %1 i det lokale bloklager var beskadiget (%2) og er fjernet; den hentes igen</translation>
    </message>
    <message>
        <source>block %1 is %2 bytes, over the 2 MiB limit</source>
        <translation>blok %1 er %2 byte, over grænsen på 2 MiB</translation>
    </message>
    <message>
        <source>cannot create the store folder %1</source>
        <translation>kan ikke oprette lagermappen %1</translation>
    </message>
    <message>
        <source>cannot write block %1 to %2: %3</source>
        <translation>kan ikke skrive blok %1 til %2: %3</translation>
    </message>
    <message>
        <source>cannot move block %1 into place at %2</source>
        <translation>kan ikke flytte blok %1 på plads i %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>kan ikke fjerne %1</translation>
    </message>
    <message>
        <source>cannot remove every block below %1</source>
        <translation>kan ikke fjerne alle blokke under %1</translation>
    </message>
    <message>
        <source>no entry %1 in the registry; try `search`</source>
        <translation>ingen post %1 i registret; prøv `search`</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a CID (%3)</source>
        <translation>%1 »%2« er ikke en CID (%3)</translation>
    </message>
    <message>
        <source>no valid directory CID (&quot;%1&quot;)</source>
        <translation>ingen gyldig mappe-CID (»%1«)</translation>
    </message>
    <message>
        <source>its artifacts are URLs or repository paths, not CIDs</source>
        <translation>dens artefakter er URL&apos;er eller stier i et repository, ikke CID&apos;er</translation>
    </message>
    <message>
        <source>no collection &quot;%1&quot; in the registry (there are: %2)</source>
        <translation>ingen samling »%1« i registret (der er: %2)</translation>
    </message>
    <message>
        <source>findprovs line %1 is not a JSON object</source>
        <translation>findprovs-linje %1 er ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>HTTP 404: not found there</source>
        <translation>HTTP 404: ikke fundet dér</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>answered %1 bytes that do not match the CID (%2)</source>
        <translation>svarede med %1 byte, der ikke passer til CID&apos;en (%2)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ikke kontrolleret</translation>
    </message>
    <message>
        <source>answered more than %1 bytes for one block</source>
        <translation>svarede med mere end %1 byte for én blok</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>intet svar inden for %1 ms</translation>
    </message>
    <message>
        <source>the daemon cannot look up providers: %1</source>
        <translation>dæmonen kan ikke slå udbydere op: %1</translation>
    </message>
    <message>
        <source>no provider found on the network</source>
        <translation>ingen udbyder fundet på netværket</translation>
    </message>
    <message>
        <source>not in the node&apos;s store (%1)</source>
        <translation>ikke i nodens lager (%1)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>ikke tilgængelig</translation>
    </message>
    <message>
        <source>not checked (cancelled)</source>
        <translation>ikke kontrolleret (annulleret)</translation>
    </message>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>ikke JSON ved byte %1: %2</translation>
    </message>
    <message>
        <source>not a version 1 health cache</source>
        <translation>ikke en tilgængelighedscache af version 1</translation>
    </message>
    <message>
        <source>result %1 lacks id, cid or checked_at</source>
        <translation>resultat %1 mangler id, cid eller checked_at</translation>
    </message>
    <message>
        <source>%1: larger than 64 MiB; delete it, the next check rebuilds it</source>
        <translation>%1: større end 64 MiB; slet den, næste kontrol genopbygger den</translation>
    </message>
    <message>
        <source>gateway &quot;%1&quot;: %2</source>
        <translation>gateway »%1«: %2</translation>
    </message>
    <message>
        <source>a subdomain gateway looks like https://{cid}.ipfs.example.org</source>
        <translation>en subdomæne-gateway ser ud som https://{cid}.ipfs.example.org</translation>
    </message>
    <message>
        <source>not a URL</source>
        <translation>ikke en URL</translation>
    </message>
    <message>
        <source>only http:// and https:// gateways are supported</source>
        <translation>kun http://- og https://-gateways understøttes</translation>
    </message>
    <message>
        <source>a gateway URL has no query, fragment or user name</source>
        <translation>en gateway-URL har ingen forespørgsel, intet fragment og intet brugernavn</translation>
    </message>
    <message>
        <source>IPFS daemon at %1</source>
        <translation>IPFS-dæmon på %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>gateway %1</translation>
    </message>
    <message>
        <source>%1 answered a CAR request with Content-Type &quot;%2&quot;; it does not speak the trustless gateway protocol</source>
        <translation>%1 besvarede en CAR-forespørgsel med Content-Type »%2«; den taler ikke trustless gateway-protokollen</translation>
    </message>
    <message>
        <source>%1 sent a block that does not match CID %2 (%3)</source>
        <translation>%1 sendte en blok, der ikke passer til CID %2 (%3)</translation>
    </message>
    <message>
        <source>%1 redirected to %2; redirects to another host are not followed</source>
        <translation>%1 viderestillede til %2; viderestillinger til en anden vært følges ikke</translation>
    </message>
    <message>
        <source>%1 does not have it (HTTP %2)</source>
        <translation>%1 har den ikke (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 svarede HTTP %2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2%3)</source>
        <translation>%1 afviste forespørgslen (HTTP %2%3)</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s</source>
        <translation>%1 har ikke sendt noget i %2 s</translation>
    </message>
    <message>
        <source>%1 sent more than 2 MiB for block %2</source>
        <translation>%1 sendte mere end 2 MiB for blok %2</translation>
    </message>
    <message>
        <source>%1 (block %2)</source>
        <translation>%1 (blok %2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
</context>
<context>
    <name>pt::fetch::DownloadManager</name>
    <message>
        <source>Check the network connection and the gateway list in Settings, then retry.</source>
        <translation>Kontrollér netværksforbindelsen og listen over gateways i Indstillinger, og prøv så igen.</translation>
    </message>
    <message>
        <source>No source had this content. Start the IPFS daemon or add a gateway in Settings, then retry.</source>
        <translation>Ingen kilde havde dette indhold. Start IPFS-dæmonen, eller tilføj en gateway i Indstillinger, og prøv så igen.</translation>
    </message>
    <message>
        <source>A source sent data that does not match its hash and was dropped. Retry to use the other sources; if it keeps failing, the registry entry may be wrong.</source>
        <translation>En kilde sendte data, der ikke passer til deres hash, og blev fravalgt. Prøv igen for at bruge de andre kilder; bliver det ved med at mislykkes, er posten i registret måske forkert.</translation>
    </message>
    <message>
        <source>Check that the download folder is writable and the disk has space, then retry.</source>
        <translation>Kontrollér, at der kan skrives i downloadmappen, og at der er plads på disken, og prøv så igen.</translation>
    </message>
    <message>
        <source>This entry cannot be downloaded as listed. Refresh the registry (F5) or update the app.</source>
        <translation>Denne post kan ikke downloades, som den står. Opdatér registret (F5), eller opdatér programmet.</translation>
    </message>
    <message>
        <source>Retry to resume from the data already verified.</source>
        <translation>Prøv igen for at fortsætte fra de data, der allerede er kontrolleret.</translation>
    </message>
    <message>
        <source>Retry; the log of this download has the details.</source>
        <translation>Prøv igen; loggen for denne download har detaljerne.</translation>
    </message>
</context>
<context>
    <name>pt::ipfs</name>
    <message>
        <source>%1 at offset %2: the stream ends inside its length varint</source>
        <translation>%1 ved offset %2: strømmen slutter midt i sin længde-varint</translation>
    </message>
    <message>
        <source>%1 at offset %2: bad length: %3</source>
        <translation>%1 ved offset %2: ugyldig længde: %3</translation>
    </message>
    <message>
        <source>CAR header: </source>
        <translation>CAR-hoved: </translation>
    </message>
    <message>
        <source>not valid CBOR (%1)</source>
        <translation>ikke gyldig CBOR (%1)</translation>
    </message>
    <message>
        <source>%1 trailing byte(s) after the CBOR map</source>
        <translation>%1 overskydende byte efter CBOR-tabellen</translation>
    </message>
    <message>
        <source>not a CBOR map (CARv1 starts with {roots, version})</source>
        <translation>ikke en CBOR-tabel (CARv1 begynder med {roots, version})</translation>
    </message>
    <message>
        <source>no integer version</source>
        <translation>ingen heltalsversion</translation>
    </message>
    <message>
        <source>CAR header: this is a CARv2 file; only CARv1 is supported (convert it with `ipfs dag export` or `car convert`)</source>
        <translation>CAR-hoved: dette er en CARv2-fil; kun CARv1 understøttes (konvertér den med `ipfs dag export` eller `car convert`)</translation>
    </message>
    <message>
        <source>version %1 (only 1 is supported)</source>
        <translation>version %1 (kun 1 understøttes)</translation>
    </message>
    <message>
        <source>unexpected key %1 (a CARv1 header has only roots and version)</source>
        <translation>uventet nøgle %1 (et CARv1-hoved har kun roots og version)</translation>
    </message>
    <message>
        <source>roots is not an array</source>
        <translation>roots er ikke en liste</translation>
    </message>
    <message>
        <source>roots is empty (a CARv1 names at least one root)</source>
        <translation>roots er tom (en CARv1 angiver mindst én rod)</translation>
    </message>
    <message>
        <source>root %1 is not a CID (tag 42 over bytes)</source>
        <translation>rod %1 er ikke en CID (tag 42 over byte)</translation>
    </message>
    <message>
        <source>root %1: CID bytes do not start with the 00 prefix</source>
        <translation>rod %1: CID&apos;ens byte begynder ikke med præfikset 00</translation>
    </message>
    <message>
        <source>root %1: %2</source>
        <translation>rod %1: %2</translation>
    </message>
    <message>
        <source>%1 entries (expected exactly roots and version once each)</source>
        <translation>%1 elementer (forventede præcis roots og version én gang hver)</translation>
    </message>
    <message>
        <source>a CAR needs at least one root</source>
        <translation>en CAR skal have mindst én rod</translation>
    </message>
    <message>
        <source>null CID as a CAR root</source>
        <translation>tom CID som rod i en CAR</translation>
    </message>
    <message>
        <source>writing the CAR header</source>
        <translation>skrivning af CAR-hovedet</translation>
    </message>
    <message>
        <source>CAR block %1 written before the header</source>
        <translation>CAR-blok %1 skrevet før hovedet</translation>
    </message>
    <message>
        <source>CAR block with a null CID</source>
        <translation>CAR-blok med en tom CID</translation>
    </message>
    <message>
        <source>block %1 is %2 bytes, more than the %3 a CAR may carry</source>
        <translation>blok %1 er %2 byte, mere end de %3, en CAR må indeholde</translation>
    </message>
    <message>
        <source>writing CAR block %1</source>
        <translation>skrivning af CAR-blok %1</translation>
    </message>
    <message>
        <source>CAR header: the stream is empty</source>
        <translation>CAR-hoved: strømmen er tom</translation>
    </message>
    <message>
        <source>CAR header: length 0</source>
        <translation>CAR-hoved: længde 0</translation>
    </message>
    <message>
        <source>CAR header: %1 bytes, more than the %2 accepted (not a CARv1?)</source>
        <translation>CAR-hoved: %1 byte, mere end de %2, der accepteres (ikke en CARv1?)</translation>
    </message>
    <message>
        <source>CAR header: truncated (%1 of %2 bytes)</source>
        <translation>CAR-hoved: afkortet (%1 af %2 byte)</translation>
    </message>
    <message>
        <source>CAR section at offset %1: length 0 (no CID)</source>
        <translation>CAR-afsnit ved offset %1: længde 0 (ingen CID)</translation>
    </message>
    <message>
        <source>CAR section at offset %1: %2 bytes, more than a block of %3 bytes plus its CID</source>
        <translation>CAR-afsnit ved offset %1: %2 byte, mere end en blok på %3 byte plus dens CID</translation>
    </message>
    <message>
        <source>CAR section at offset %1: truncated (%2 of %3 bytes); the download or file is incomplete</source>
        <translation>CAR-afsnit ved offset %1: afkortet (%2 af %3 byte); downloaden eller filen er ufuldstændig</translation>
    </message>
    <message>
        <source>CAR section at offset %1: unparsable CID: %2</source>
        <translation>CAR-afsnit ved offset %1: CID&apos;en kan ikke læses: %2</translation>
    </message>
    <message>
        <source>CAR section at offset %1: block %2 is %3 bytes, more than the %4 accepted</source>
        <translation>CAR-afsnit ved offset %1: blok %2 er %3 byte, mere end de %4, der accepteres</translation>
    </message>
    <message>
        <source>dag-pb block does not decode: </source>
        <translation>dag-pb-blokken kan ikke afkodes: </translation>
    </message>
    <message>
        <source>codec %1 cannot be walked, so its links cannot be checked</source>
        <translation>codec %1 kan ikke gennemløbes, så dens links kan ikke kontrolleres</translation>
    </message>
    <message>
        <source>the CAR names %1 roots; say which one to verify</source>
        <translation>CAR&apos;en angiver %1 rødder; angiv, hvilken der skal kontrolleres</translation>
    </message>
    <message>
        <source>section at offset %1: %2</source>
        <translation>afsnit ved offset %1: %2</translation>
    </message>
    <message>
        <source>section at offset %1: block %2: %3</source>
        <translation>afsnit ved offset %1: blok %2: %3</translation>
    </message>
    <message>
        <source>inline block %1: %2</source>
        <translation>indlejret blok %1: %2</translation>
    </message>
    <message>
        <source>cannot open CAR %1: %2</source>
        <translation>kan ikke åbne CAR %1: %2</translation>
    </message>
    <message>
        <source>%1: section at offset %2</source>
        <translation>%1: afsnit ved offset %2</translation>
    </message>
    <message>
        <source>block %1 is not in CAR %2</source>
        <translation>blok %1 er ikke i CAR %2</translation>
    </message>
    <message>
        <source>CAR %1: seeking to block %2</source>
        <translation>CAR %1: søgning til blok %2</translation>
    </message>
    <message>
        <source>CAR %1: block %2 at offset %3 is cut short; the file changed since it was indexed</source>
        <translation>CAR %1: blok %2 ved offset %3 er afkortet; filen er ændret, siden den blev indekseret</translation>
    </message>
    <message>
        <source>CAR %1 (changed since it was indexed?)</source>
        <translation>CAR %1 (ændret, siden den blev indekseret?)</translation>
    </message>
    <message>
        <source>a CIDv0 needs a 32-byte sha2-256 multihash, not %1 of %2 bytes</source>
        <translation>en CIDv0 skal have en sha2-256-multihash på 32 byte, ikke %1 på %2 byte</translation>
    </message>
    <message>
        <source>empty CID</source>
        <translation>tom CID</translation>
    </message>
    <message>
        <source>CID %1: %2 characters, longer than any CID we accept (%3)</source>
        <translation>CID %1: %2 tegn, længere end nogen CID, vi accepterer (%3)</translation>
    </message>
    <message>
        <source>CIDv0 %1</source>
        <translation>CIDv0 %1</translation>
    </message>
    <message>
        <source>CIDv0 %1: not a 34-byte sha2-256 multihash</source>
        <translation>CIDv0 %1: ikke en sha2-256-multihash på 34 byte</translation>
    </message>
    <message>
        <source>CID %1</source>
        <translation>CID %1</translation>
    </message>
    <message>
        <source>CID %1: decodes to a bare sha2-256 multihash (a CIDv0), which never carries a multibase prefix</source>
        <translation>CID %1: afkodes til en bar sha2-256-multihash (en CIDv0), som aldrig har et multibase-præfiks</translation>
    </message>
    <message>
        <source>CID %1: %2 trailing byte(s) after the multihash</source>
        <translation>CID %1: %2 overskydende byte efter multihashen</translation>
    </message>
    <message>
        <source>binary CID: %1 trailing byte(s) after the multihash</source>
        <translation>binær CID: %1 overskydende byte efter multihashen</translation>
    </message>
    <message>
        <source>binary CID at offset %1: no bytes</source>
        <translation>binær CID ved offset %1: ingen byte</translation>
    </message>
    <message>
        <source>binary CIDv0 at offset %1: needs 34 bytes `12 20 …`, found %2 byte(s)</source>
        <translation>binær CIDv0 ved offset %1: kræver 34 byte `12 20 …`, fandt %2 byte</translation>
    </message>
    <message>
        <source>CID version</source>
        <translation>CID-version</translation>
    </message>
    <message>
        <source>binary CID at offset %1: version %2 (only 1 is defined, and v0 has no version byte)</source>
        <translation>binær CID ved offset %1: version %2 (kun 1 er defineret, og v0 har ingen versionsbyte)</translation>
    </message>
    <message>
        <source>CID codec</source>
        <translation>CID-codec</translation>
    </message>
    <message>
        <source>CID multihash</source>
        <translation>CID-multihash</translation>
    </message>
    <message>
        <source>cannot convert a null CID to v0</source>
        <translation>kan ikke konvertere en tom CID til v0</translation>
    </message>
    <message>
        <source>%1 cannot be a CIDv0: codec %2 (v0 is always dag-pb)</source>
        <translation>%1 kan ikke være en CIDv0: codec %2 (v0 er altid dag-pb)</translation>
    </message>
    <message>
        <source>%1 cannot be a CIDv0</source>
        <translation>%1 kan ikke være en CIDv0</translation>
    </message>
    <message>
        <source>cannot verify a block against a null CID</source>
        <translation>kan ikke kontrollere en blok mod en tom CID</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>blok %1</translation>
    </message>
    <message>
        <source>dag-pb %1 at offset %2: %3</source>
        <translation>dag-pb %1 ved offset %2: %3</translation>
    </message>
    <message>
        <source>length: </source>
        <translation>længde: </translation>
    </message>
    <message>
        <source>length %1 but only %2 byte(s) left</source>
        <translation>længde %1, men kun %2 byte tilbage</translation>
    </message>
    <message>
        <source>%1 field %2</source>
        <translation>%1 felt %2</translation>
    </message>
    <message>
        <source>unknown field %1 (PBLink has Hash=1, Name=2, Tsize=3)</source>
        <translation>ukendt felt %1 (PBLink har Hash=1, Name=2, Tsize=3)</translation>
    </message>
    <message>
        <source>%1 out of order or repeated</source>
        <translation>%1 i forkert rækkefølge eller gentaget</translation>
    </message>
    <message>
        <source>%1 has wire type %2 (expected %3)</source>
        <translation>%1 har wire-typen %2 (forventede %3)</translation>
    </message>
    <message>
        <source>Tsize: </source>
        <translation>Tsize: </translation>
    </message>
    <message>
        <source>Hash is not a CID: </source>
        <translation>Hash er ikke en CID: </translation>
    </message>
    <message>
        <source>link without Hash</source>
        <translation>link uden Hash</translation>
    </message>
    <message>
        <source>unknown field %1 (PBNode has Data=1, Links=2)</source>
        <translation>ukendt felt %1 (PBNode har Data=1, Links=2)</translation>
    </message>
    <message>
        <source>%1 has wire type %2 (expected 2)</source>
        <translation>%1 har wire-typen %2 (forventede 2)</translation>
    </message>
    <message>
        <source>duplicate Data</source>
        <translation>Data to gange</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>link %1</translation>
    </message>
    <message>
        <source>empty name</source>
        <translation>tomt navn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would leave the directory</source>
        <translation>»%1« ville føre uden for mappen</translation>
    </message>
    <message>
        <source>name &apos;%1&apos; contains a path separator</source>
        <translation>navnet »%1« indeholder en stiseparator</translation>
    </message>
    <message>
        <source>name contains a NUL byte</source>
        <translation>navnet indeholder en NUL-byte</translation>
    </message>
    <message>
        <source>name &apos;%1&apos; is not valid UTF-8</source>
        <translation>navnet »%1« er ikke gyldig UTF-8</translation>
    </message>
    <message>
        <source>export cancelled at %1</source>
        <translation>eksporten blev annulleret ved %1</translation>
    </message>
    <message>
        <source>%1 (at %2) uses hash function %3, which we cannot verify: refused</source>
        <translation>%1 (ved %2) bruger hashfunktionen %3, som vi ikke kan kontrollere: afvist</translation>
    </message>
    <message>
        <source>%1 (at %2) has codec %3: only dag-pb and raw UnixFS are supported</source>
        <translation>%1 (ved %2) har codec %3: kun dag-pb og rå UnixFS understøttes</translation>
    </message>
    <message>
        <source>block %1 (at %2) is missing</source>
        <translation>blok %1 (ved %2) mangler</translation>
    </message>
    <message>
        <source>block %1 (at %2): </source>
        <translation>blok %1 (ved %2): </translation>
    </message>
    <message>
        <source>block %1 (at %2) is %3 bytes, over the %4-byte limit</source>
        <translation>blok %1 (ved %2) er %3 byte, over grænsen på %4 byte</translation>
    </message>
    <message>
        <source>block %1 (at %2) does not match its CID: %3</source>
        <translation>blok %1 (ved %2) passer ikke til sin CID: %3</translation>
    </message>
    <message>
        <source>%1 (at %2): DAG deeper than %3 levels</source>
        <translation>%1 (ved %2): DAG dybere end %3 niveauer</translation>
    </message>
    <message>
        <source>%1 (at %2) links back to itself: the DAG has a loop</source>
        <translation>%1 (ved %2) linker tilbage til sig selv: DAG&apos;en har en løkke</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: skrivning mislykkedes: %2</translation>
    </message>
    <message>
        <source>%1 (at %2, offset %3)</source>
        <translation>%1 (ved %2, offset %3)</translation>
    </message>
    <message>
        <source>: dag-pb node without UnixFS data</source>
        <translation>: dag-pb-knude uden UnixFS-data</translation>
    </message>
    <message>
        <source>: expected a file node, found UnixFS type %1</source>
        <translation>: forventede en filknude, fandt UnixFS-typen %1</translation>
    </message>
    <message>
        <source>: %1 links but %2 blocksizes</source>
        <translation>: %1 links, men %2 blocksizes</translation>
    </message>
    <message>
        <source>: blocksizes overflow</source>
        <translation>: blocksizes løber over</translation>
    </message>
    <message>
        <source>: filesize %1 disagrees with data + blocksizes = %2</source>
        <translation>: filesize %1 stemmer ikke med data + blocksizes = %2</translation>
    </message>
    <message>
        <source>%1 [block %2 of %3]</source>
        <translation>%1 [blok %2 af %3]</translation>
    </message>
    <message>
        <source>%1 (at %2) links back to %3: the DAG has a loop</source>
        <translation>%1 (ved %2) linker tilbage til %3: DAG&apos;en har en løkke</translation>
    </message>
    <message>
        <source>%1 (at %2): child %3 (%4) holds %5 bytes but blocksizes says %6</source>
        <translation>%1 (ved %2): barn %3 (%4) indeholder %5 byte, men blocksizes siger %6</translation>
    </message>
    <message>
        <source>%1 (HAMT shard at %2)</source>
        <translation>%1 (HAMT-shard ved %2)</translation>
    </message>
    <message>
        <source>: a shard must be dag-pb</source>
        <translation>: en shard skal være dag-pb</translation>
    </message>
    <message>
        <source>: no UnixFS data</source>
        <translation>: ingen UnixFS-data</translation>
    </message>
    <message>
        <source>: sub-shard link to a node of UnixFS type %1</source>
        <translation>: under-shard-link til en knude af UnixFS-typen %1</translation>
    </message>
    <message>
        <source>: hash type 0x%1 (only murmur3 0x22 is supported)</source>
        <translation>: hashtype 0x%1 (kun murmur3 0x22 understøttes)</translation>
    </message>
    <message>
        <source>: fanout %1 (only 256 is supported)</source>
        <translation>: fanout %1 (kun 256 understøttes)</translation>
    </message>
    <message>
        <source>: shards nested deeper than the 64-bit hash</source>
        <translation>: shards indlejret dybere end 64-bit-hashen</translation>
    </message>
    <message>
        <source>: bitfield of %1 bytes for fanout 256</source>
        <translation>: bitfelt på %1 byte til fanout 256</translation>
    </message>
    <message>
        <source>: bitfield has %1 bits set but the node has %2 links</source>
        <translation>: bitfeltet har %1 bit sat, men knuden har %2 links</translation>
    </message>
    <message>
        <source>: link name &apos;%1&apos; does not start with two hex digits</source>
        <translation>: linknavnet »%1« begynder ikke med to hexcifre</translation>
    </message>
    <message>
        <source>: link &apos;%1&apos; is not in bitfield order</source>
        <translation>: linket »%1« er ikke i bitfeltets rækkefølge</translation>
    </message>
    <message>
        <source>%1: sub-shard %2 links back: the DAG has a loop</source>
        <translation>%1: under-shard %2 linker tilbage: DAG&apos;en har en løkke</translation>
    </message>
    <message>
        <source>%1 [shard %2]</source>
        <translation>%1 [shard %2]</translation>
    </message>
    <message>
        <source>: entry &apos;%1&apos; is in bucket %2, its hash says otherwise</source>
        <translation>: posten »%1« er i spand %2, men dens hash siger noget andet</translation>
    </message>
    <message>
        <source>%1 (at %2) is its own ancestor: the DAG has a loop</source>
        <translation>%1 (ved %2) er sin egen forfader: DAG&apos;en har en løkke</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: kan ikke oprettes: %2</translation>
    </message>
    <message>
        <source>%1 (at %2): </source>
        <translation>%1 (ved %2): </translation>
    </message>
    <message>
        <source>%1 (at %2): dag-pb node without UnixFS data</source>
        <translation>%1 (ved %2): dag-pb-knude uden UnixFS-data</translation>
    </message>
    <message>
        <source>%1 (at %2) is a symlink: not extracted (links could point outside the target)</source>
        <translation>%1 (ved %2) er et symbolsk link: ikke pakket ud (links kunne pege uden for målet)</translation>
    </message>
    <message>
        <source>%1 (at %2): UnixFS type %3 cannot be extracted</source>
        <translation>%1 (ved %2): UnixFS-typen %3 kan ikke pakkes ud</translation>
    </message>
    <message>
        <source>%1 (directory at %2): entry refused: %3</source>
        <translation>%1 (mappe ved %2): posten afvist: %3</translation>
    </message>
    <message>
        <source>%1 (directory at %2): two entries named &apos;%3&apos;</source>
        <translation>%1 (mappe ved %2): to poster med navnet »%3«</translation>
    </message>
    <message>
        <source>%1: cannot create directory</source>
        <translation>%1: kan ikke oprette mappen</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new path</source>
        <translation>%1 findes allerede: vælg en ny sti</translation>
    </message>
    <message>
        <source>%1: parent directory does not exist</source>
        <translation>%1: den overordnede mappe findes ikke</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary directory: %2</source>
        <translation>%1: kan ikke oprette en midlertidig mappe: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the verified result into place (from %2)</source>
        <translation>%1: kan ikke flytte det kontrollerede resultat på plads (fra %2)</translation>
    </message>
    <message>
        <source>unknown import profile &apos;%1&apos; (valid: %2)</source>
        <translation>ukendt importprofil »%1« (gyldige: %2)</translation>
    </message>
    <message>
        <source>writing block %1: </source>
        <translation>skrivning af blok %1: </translation>
    </message>
    <message>
        <source>import profile &apos;%1&apos;: chunk size %2 / max links %3 out of range</source>
        <translation>importprofilen »%1«: blokstørrelse %2 / højst %3 links er uden for det tilladte område</translation>
    </message>
    <message>
        <source>%1: not open for reading</source>
        <translation>%1: ikke åben for læsning</translation>
    </message>
    <message>
        <source>%1: import cancelled</source>
        <translation>%1: importen blev annulleret</translation>
    </message>
    <message>
        <source>%1: read error at offset %2: %3</source>
        <translation>%1: læsefejl ved offset %2: %3</translation>
    </message>
    <message>
        <source>%1: the device stopped delivering data at offset %2 (%3)</source>
        <translation>%1: enheden holdt op med at levere data ved offset %2 (%3)</translation>
    </message>
    <message>
        <source>no data within 60 s</source>
        <translation>ingen data inden for 60 s</translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: filen eller mappen findes ikke</translation>
    </message>
    <message>
        <source>%1 is not a regular file or directory (device, FIFO or socket): not imported</source>
        <translation>%1 er ikke en almindelig fil eller mappe (enhed, FIFO eller sokkel): ikke importeret</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kan ikke åbnes: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: refused (replace it by a copy of its target)</source>
        <translation>%1 er et symbolsk link: afvist (erstat det med en kopi af dets mål)</translation>
    </message>
    <message>
        <source>%1: cannot read the symbolic link</source>
        <translation>%1: kan ikke læse det symbolske link</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: not supported on this platform (replace it by a copy)</source>
        <translation>%1 er et symbolsk link: understøttes ikke på denne platform (erstat det med en kopi)</translation>
    </message>
    <message>
        <source>%1: cannot list the directory</source>
        <translation>%1: kan ikke vise mappens indhold</translation>
    </message>
    <message>
        <source>%1: the name &quot;%2&quot; is not valid UTF-8 and cannot be imported: rename it</source>
        <translation>%1: navnet »%2« er ikke gyldig UTF-8 og kan ikke importeres: omdøb det</translation>
    </message>
    <message>
        <source>%1: the directory changed while it was read (%2 entries, then %3)</source>
        <translation>%1: mappen ændrede sig, mens den blev læst (%2 poster, derefter %3)</translation>
    </message>
    <message>
        <source>%1: directories nested deeper than %2 levels</source>
        <translation>%1: mapper indlejret dybere end %2 niveauer</translation>
    </message>
    <message>
        <source>%1: directory not readable</source>
        <translation>%1: mappen kan ikke læses</translation>
    </message>
    <message>
        <source>directory entry name &apos;%1&apos; is not allowed</source>
        <translation>navnet »%1« er ikke tilladt i en mappe</translation>
    </message>
    <message>
        <source>directory has two entries named &apos;%1&apos;</source>
        <translation>mappen har to poster med navnet »%1«</translation>
    </message>
    <message>
        <source>HAMT fanout %1 is not supported (only 256)</source>
        <translation>HAMT-fanout %1 understøttes ikke (kun 256)</translation>
    </message>
    <message>
        <source>HAMT: %1 names share the same 64-bit hash (first: &apos;%2&apos;)</source>
        <translation>HAMT: %1 navne har samme 64-bit-hash (første: »%2«)</translation>
    </message>
    <message>
        <source>%1: character %2 at position %3 is not in the alphabet</source>
        <translation>%1: tegnet %2 på position %3 er ikke i alfabetet</translation>
    </message>
    <message>
        <source>%1: %2 characters, more than the %3 accepted</source>
        <translation>%1: %2 tegn, flere end de %3, der accepteres</translation>
    </message>
    <message>
        <source>%1: length %2 is not a possible unpadded encoding</source>
        <translation>%1: længden %2 er ikke en mulig kodning uden udfyldning</translation>
    </message>
    <message>
        <source>%1: non-zero padding bits in the last character</source>
        <translation>%1: udfyldningsbit forskellige fra nul i det sidste tegn</translation>
    </message>
    <message>
        <source>base16: odd number of digits (%1)</source>
        <translation>base16: ulige antal cifre (%1)</translation>
    </message>
    <message>
        <source>multibase: empty text (no prefix)</source>
        <translation>multibase: tom tekst (intet præfiks)</translation>
    </message>
    <message>
        <source>multibase: prefix %1 is reserved (a CIDv0 must be exactly 46 characters starting with Qm)</source>
        <translation>multibase: præfikset %1 er reserveret (en CIDv0 skal være præcis 46 tegn og begynde med Qm)</translation>
    </message>
    <message>
        <source>multibase: unknown or unsupported prefix %1 (supported: b B z k f m u)</source>
        <translation>multibase: ukendt eller ikke-understøttet præfiks %1 (understøttet: b B z k f m u)</translation>
    </message>
    <message>
        <source>identity multihash of %1 bytes: more than the %2 allowed</source>
        <translation>identity-multihash på %1 byte: mere end de %2, der er tilladt</translation>
    </message>
    <message>
        <source>multihash code</source>
        <translation>multihash-kode</translation>
    </message>
    <message>
        <source>multihash length</source>
        <translation>multihash-længde</translation>
    </message>
    <message>
        <source>multihash at offset %1: %2 digest of %3 bytes (must be %4)</source>
        <translation>multihash ved offset %1: %2-digest på %3 byte (skal være %4)</translation>
    </message>
    <message>
        <source>multihash at offset %1: identity digest of %2 bytes (at most %3)</source>
        <translation>multihash ved offset %1: identity-digest på %2 byte (højst %3)</translation>
    </message>
    <message>
        <source>multihash at offset %1: digest of %2 bytes but only %3 left</source>
        <translation>multihash ved offset %1: digest på %2 byte, men kun %3 tilbage</translation>
    </message>
    <message>
        <source>multihash: %1 trailing byte(s) after the digest</source>
        <translation>multihash: %1 overskydende byte efter digesten</translation>
    </message>
    <message>
        <source>cannot verify a %1 multihash (only sha2-256 and identity are supported); refusing the content</source>
        <translation>kan ikke kontrollere en %1-multihash (kun sha2-256 og identity understøttes); indholdet afvises</translation>
    </message>
    <message>
        <source>content (%1 bytes) differs from the identity multihash</source>
        <translation>indholdet (%1 byte) afviger fra identity-multihashen</translation>
    </message>
    <message>
        <source>sha2-256 of the content (%1 bytes) does not match the multihash</source>
        <translation>indholdets sha2-256 (%1 byte) passer ikke til multihashen</translation>
    </message>
    <message>
        <source>UnixFS %1 at offset %2: %3</source>
        <translation>UnixFS %1 ved offset %2: %3</translation>
    </message>
    <message>
        <source>duplicate seconds</source>
        <translation>seconds to gange</translation>
    </message>
    <message>
        <source>seconds: </source>
        <translation>seconds: </translation>
    </message>
    <message>
        <source>duplicate nanos</source>
        <translation>nanos to gange</translation>
    </message>
    <message>
        <source>truncated nanos</source>
        <translation>afkortet nanos</translation>
    </message>
    <message>
        <source>nanos %1 is not below 10^9</source>
        <translation>nanos %1 er ikke under 10^9</translation>
    </message>
    <message>
        <source>unexpected field %1 with wire type %2 (UnixTime has seconds=1 varint, nanos=2 fixed32)</source>
        <translation>uventet felt %1 med wire-typen %2 (UnixTime har seconds=1 varint, nanos=2 fixed32)</translation>
    </message>
    <message>
        <source>seconds missing</source>
        <translation>seconds mangler</translation>
    </message>
    <message>
        <source>unknown field %1 (Data has fields 1 to 8)</source>
        <translation>ukendt felt %1 (Data har felterne 1 til 8)</translation>
    </message>
    <message>
        <source>field %1 (%2) has wire type %3 (expected %4)</source>
        <translation>felt %1 (%2) har wire-typen %3 (forventede %4)</translation>
    </message>
    <message>
        <source>duplicate %1</source>
        <translation>%1 to gange</translation>
    </message>
    <message>
        <source>unknown type %1 (0 to 5 are defined)</source>
        <translation>ukendt type %1 (0 til 5 er defineret)</translation>
    </message>
    <message>
        <source>%1 does not fit 32 bits</source>
        <translation>%1 kan ikke være i 32 bit</translation>
    </message>
    <message>
        <source>required field Type is missing</source>
        <translation>det påkrævede felt Type mangler</translation>
    </message>
    <message>
        <source>%1 at offset %2: no bytes left</source>
        <translation>%1 ved offset %2: ingen byte tilbage</translation>
    </message>
    <message>
        <source>%1 at offset %2: truncated after %3 byte(s)</source>
        <translation>%1 ved offset %2: afkortet efter %3 byte</translation>
    </message>
    <message>
        <source>%1 at offset %2: exceeds 64 bits</source>
        <translation>%1 ved offset %2: overskrider 64 bit</translation>
    </message>
    <message>
        <source>%1 at offset %2: non-minimal encoding</source>
        <translation>%1 ved offset %2: ikke-minimal kodning</translation>
    </message>
    <message>
        <source>%1 at offset %2: longer than %3 bytes</source>
        <translation>%1 ved offset %2: længere end %3 byte</translation>
    </message>
</context>
<context>
    <name>pt::publish</name>
    <message>
        <source>%1: directories nested deeper than 256</source>
        <translation>%1: mapper indlejret dybere end 256</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; adding through the daemon sends regular files and directories only (remove it or replace it by a copy)</source>
        <translation>%1 er et symbolsk link; tilføjelse gennem dæmonen sender kun almindelige filer og mapper (fjern det, eller erstat det med en kopi)</translation>
    </message>
    <message>
        <source>%1 is not a regular file or directory (device, FIFO or socket)</source>
        <translation>%1 er ikke en almindelig fil eller mappe (enhed, FIFO eller sokkel)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 findes ikke</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; give its target instead</source>
        <translation>%1 er et symbolsk link; angiv i stedet dets mål</translation>
    </message>
    <message>
        <source>%1 is not a regular file or directory</source>
        <translation>%1 er ikke en almindelig fil eller mappe</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>kan ikke åbne %1: %2</translation>
    </message>
    <message>
        <source>%1 is shorter than when it was listed (changed during upload?)</source>
        <translation>%1 er kortere end da den blev listet (ændret under uploaden?)</translation>
    </message>
    <message>
        <source>add output line %1 is not a JSON object (%2): %3</source>
        <translation>linje %1 i svaret fra add er ikke et JSON-objekt (%2): %3</translation>
    </message>
    <message>
        <source>the daemon said: %1</source>
        <translation>dæmonen sagde: %1</translation>
    </message>
    <message>
        <source>add output line %1 has an empty Hash</source>
        <translation>linje %1 i svaret fra add har en tom Hash</translation>
    </message>
    <message>
        <source>adding %1 was cancelled</source>
        <translation>tilføjelsen af %1 blev annulleret</translation>
    </message>
    <message>
        <source>ipfs add: cannot reach the daemon at %1 (%2)</source>
        <translation>ipfs add: kan ikke nå dæmonen på %1 (%2)</translation>
    </message>
    <message>
        <source>ipfs add at %1: the answer ended before the root CID (%2)</source>
        <translation>ipfs add på %1: svaret sluttede før rod-CID&apos;en (%2)</translation>
    </message>
    <message>
        <source>computing the local CID: </source>
        <translation>beregning af den lokale CID: </translation>
    </message>
    <message>
        <source>the daemon answered a root that is not a CID: %1</source>
        <translation>dæmonen svarede med en rod, der ikke er en CID: %1</translation>
    </message>
    <message>
        <source>the daemon built %1 but our importer computed %2 for %3 with profile %4: the daemon uses other import settings (chunker, max links, raw leaves or HAMT threshold). Nothing is published under a CID we cannot reproduce; pick the profile that matches the daemon, or add without it.</source>
        <translation>dæmonen byggede %1, men vores import beregnede %2 for %3 med profilen %4: dæmonen bruger andre importindstillinger (chunker, højst antal links, raw leaves eller HAMT-tærskel). Intet udgives under en CID, vi ikke kan genskabe; vælg den profil, der passer til dæmonen, eller tilføj uden den.</translation>
    </message>
    <message>
        <source>your IPFS node&apos;s remote pinning service &apos;%1&apos;: </source>
        <translation>din IPFS-nodes eksterne pinning-tjeneste »%1«: </translation>
    </message>
    <message>
        <source>your IPFS node says its remote pinning service &apos;%1&apos; (%2) answers &apos;%3&apos;: check the key with `ipfs pin remote service ls --stat`</source>
        <translation>din IPFS-node siger, at dens eksterne pinning-tjeneste »%1« (%2) svarer »%3«: kontrollér nøglen med `ipfs pin remote service ls --stat`</translation>
    </message>
    <message>
        <source>your IPFS node has no remote pinning service named &apos;%1&apos; (it has: %2); add it with `ipfs pin remote service add %1 ENDPOINT KEY`</source>
        <translation>din IPFS-node har ingen ekstern pinning-tjeneste med navnet »%1« (den har: %2); tilføj den med `ipfs pin remote service add %1 ADRESSE NØGLE`</translation>
    </message>
    <message>
        <source>%1 is not pinned (nor queued) at your IPFS node&apos;s remote pinning service &apos;%2&apos;</source>
        <translation>%1 er ikke pinnet (eller i kø) hos din IPFS-nodes eksterne pinning-tjeneste »%2«</translation>
    </message>
    <message>
        <source>GitHub could not be reached while %1: %2; check the network or use the offline patch (--patch-out)</source>
        <translation>GitHub kunne ikke nås under %1: %2; kontrollér netværket, eller brug offline-patchen (--patch-out)</translation>
    </message>
    <message>
        <source>GitHub rejected the token while %1 (401 %2): log in again (phasic-traces-cli publish --login, or login github)</source>
        <translation>GitHub afviste tokenet under %1 (401 %2): log ind igen (phasic-traces-cli publish --login eller login github)</translation>
    </message>
    <message>
        <source>in a while</source>
        <translation>om et stykke tid</translation>
    </message>
    <message>
        <source>at %1 (in %2 min)</source>
        <translation>kl. %1 (om %2 min)</translation>
    </message>
    <message>
        <source>GitHub API rate limit exceeded while %1; it resets %2. Try again then.</source>
        <translation>GitHub-API&apos;ets grænse for forespørgsler blev overskredet under %1; den nulstilles %2. Prøv igen til den tid.</translation>
    </message>
    <message>
        <source>GitHub refused while %1 (403 %2): the token may lack the public_repo scope (fine-grained tokens often cannot open pull requests upstream)</source>
        <translation>GitHub nægtede under %1 (403 %2): tokenet mangler måske rettigheden public_repo (finkornede tokens kan ofte ikke oprette pull requests opstrøms)</translation>
    </message>
    <message>
        <source>GitHub: not found while %1 (404 %2)</source>
        <translation>GitHub: ikke fundet under %1 (404 %2)</translation>
    </message>
    <message>
        <source>GitHub answered %1 while %2: %3</source>
        <translation>GitHub svarede %1 under %2: %3</translation>
    </message>
    <message>
        <source>too many or invalid redirects from %1</source>
        <translation>for mange eller ugyldige viderestillinger fra %1</translation>
    </message>
    <message>
        <source>no GitHub token: log in first (phasic-traces-cli publish --login)</source>
        <translation>intet GitHub-token: log ind først (phasic-traces-cli publish --login)</translation>
    </message>
    <message>
        <source>nothing to publish (no id or no files)</source>
        <translation>intet at udgive (intet id eller ingen filer)</translation>
    </message>
    <message>
        <source>the GitHub client went away</source>
        <translation>GitHub-klienten forsvandt</translation>
    </message>
    <message>
        <source>checking who the token belongs to</source>
        <translation>kontrol af, hvem tokenet tilhører</translation>
    </message>
    <message>
        <source>GitHub /user answered without a login</source>
        <translation>GitHub /user svarede uden et login</translation>
    </message>
    <message>
        <source>forking %1/%2</source>
        <translation>fork af %1/%2</translation>
    </message>
    <message>
        <source>waiting for the fork %1/%2 (attempt %3)</source>
        <translation>venten på forken %1/%2 (forsøg %3)</translation>
    </message>
    <message>
        <source>the fork %1/%2 did not appear after %3 checks; GitHub may be slow, try again in a minute</source>
        <translation>forken %1/%2 dukkede ikke op efter %3 kontroller; GitHub er måske langsom, prøv igen om et minut</translation>
    </message>
    <message>
        <source>reading %1/%2</source>
        <translation>læsning af %1/%2</translation>
    </message>
    <message>
        <source>GitHub did not say the default branch of %1/%2</source>
        <translation>GitHub oplyste ikke standard-branchen for %1/%2</translation>
    </message>
    <message>
        <source>reading branch %1 of %2/%3</source>
        <translation>læsning af branch %1 i %2/%3</translation>
    </message>
    <message>
        <source>reading commit %1</source>
        <translation>læsning af commit %1</translation>
    </message>
    <message>
        <source>reading %1 on %2</source>
        <translation>læsning af %1 på %2</translation>
    </message>
    <message>
        <source>GitHub returned %1 without its content (encoding &quot;%2&quot;); files over 1 MB need the blob API</source>
        <translation>GitHub returnerede %1 uden dens indhold (kodning »%2«); filer over 1 MB kræver blob-API&apos;et</translation>
    </message>
    <message>
        <source>%1 as it is now on %2/%3 %4</source>
        <translation>%1, som den er nu på %2/%3 %4</translation>
    </message>
    <message>
        <source>creating branch %1 in %2/%3</source>
        <translation>oprettelse af branch %1 i %2/%3</translation>
    </message>
    <message>
        <source>uploading %1 (%2 bytes)</source>
        <translation>upload af %1 (%2 byte)</translation>
    </message>
    <message>
        <source>writing the tree</source>
        <translation>skrivning af træet</translation>
    </message>
    <message>
        <source>writing the commit</source>
        <translation>skrivning af committet</translation>
    </message>
    <message>
        <source>moving %1 to the new commit</source>
        <translation>flytning af %1 til det nye commit</translation>
    </message>
    <message>
        <source>opening the pull request</source>
        <translation>oprettelse af pull requesten</translation>
    </message>
    <message>
        <source>finding the open pull request from %1</source>
        <translation>søgning efter den åbne pull request fra %1</translation>
    </message>
    <message>
        <source>GitHub says a pull request from %1:%2 exists but lists none; look at https://github.com/%3/%4/pulls</source>
        <translation>GitHub siger, at der findes en pull request fra %1:%2, men viser ingen; se https://github.com/%3/%4/pulls</translation>
    </message>
    <message>
        <source>no GitHub client</source>
        <translation>ingen GitHub-klient</translation>
    </message>
    <message>
        <source>no OAuth client id configured for the GitHub device flow (--client-id); or paste a token: login github --token-stdin</source>
        <translation>der er intet OAuth-klient-id konfigureret til GitHubs enhedslogin (--client-id); eller indsæt et token: login github --token-stdin</translation>
    </message>
    <message>
        <source>GitHub refused the device login: %1</source>
        <translation>GitHub afviste enhedslogin: %1</translation>
    </message>
    <message>
        <source>starting the device login</source>
        <translation>start af enhedslogin</translation>
    </message>
    <message>
        <source>the device code expired before it was entered; start the login again</source>
        <translation>enhedskoden udløb, før den blev indtastet; start login igen</translation>
    </message>
    <message>
        <source>waiting for the device login</source>
        <translation>venten på enhedslogin</translation>
    </message>
    <message>
        <source>the device code expired; start the login again</source>
        <translation>enhedskoden er udløbet; start login igen</translation>
    </message>
    <message>
        <source>the login was cancelled on GitHub (access denied)</source>
        <translation>login blev annulleret på GitHub (adgang nægtet)</translation>
    </message>
    <message>
        <source>GitHub device login failed: %1 %2</source>
        <translation>GitHubs enhedslogin mislykkedes: %1 %2</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>en sandhedsværdi</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>et heltal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tal</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en tekst</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 findes ikke</translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3</source>
        <translation>kan ikke læse %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 is larger than %3 MiB</source>
        <translation>%1 %2 er større end %3 MiB</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>kan ikke oprette mappen til %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>%1: not a valid gzip stream (%2)</source>
        <translation>%1: ikke en gyldig gzip-strøm (%2)</translation>
    </message>
    <message>
        <source>%1: decompresses to more than %2 MiB; refused</source>
        <translation>%1: fylder mere end %2 MiB udpakket; afvist</translation>
    </message>
    <message>
        <source>%1: truncated gzip stream</source>
        <translation>%1: afkortet gzip-strøm</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1: ikke JSON (%2 ved byte %3)</translation>
    </message>
    <message>
        <source>%1: the trace must be a JSON object</source>
        <translation>%1: sporet skal være et JSON-objekt</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing or not a list; is this a phasic trace (docs: trace file v1)?</source>
        <translation>%1: »%2« mangler eller er ikke en liste; er dette et phasic-spor (dokumentation: trace file v1)?</translation>
    </message>
    <message>
        <source>DOI &quot;%1&quot; is not of the form 10.NNNN/suffix (give the bare DOI, not a URL)</source>
        <translation>DOI »%1« har ikke formen 10.NNNN/suffiks (angiv selve DOI&apos;en, ikke en URL)</translation>
    </message>
    <message>
        <source>ORCID &quot;%1&quot; is not of the form 0000-0000-0000-000X</source>
        <translation>ORCID »%1« har ikke formen 0000-0000-0000-000X</translation>
    </message>
    <message>
        <source>ORCID &quot;%1&quot;: the check digit should be %2; is it mistyped?</source>
        <translation>ORCID »%1«: kontrolcifret burde være %2; er den skrevet forkert?</translation>
    </message>
    <message>
        <source>metadata.json: the top level must be a JSON object</source>
        <translation>metadata.json: det øverste niveau skal være et JSON-objekt</translation>
    </message>
    <message>
        <source>metadata.json: &quot;%1&quot; %2</source>
        <translation>metadata.json: »%1« %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>er påkrævet</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>skal være en tekst, ikke %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>må ikke være tom</translation>
    </message>
    <message>
        <source>must be a non-negative integer, not %1</source>
        <translation>skal være et ikke-negativt heltal, ikke %1</translation>
    </message>
    <message>
        <source>is required (a list of {name, description, domain})</source>
        <translation>er påkrævet (en liste af {name, description, domain})</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>skal være en liste, ikke %1</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot;</source>
        <translation>skal være et objekt med »name«</translation>
    </message>
    <message>
        <source>needs a non-empty string &quot;name&quot;</source>
        <translation>skal have en ikke-tom tekst »name«</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>skal være en tekst</translation>
    </message>
    <message>
        <source>lists %1 parameter(s) but &quot;param_length&quot; is %2</source>
        <translation>angiver %1 parameter/parametre, men »param_length« er %2</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>skal være en liste af tekster</translation>
    </message>
    <message>
        <source>must be a list of non-empty strings</source>
        <translation>skal være en liste af ikke-tomme tekster</translation>
    </message>
    <message>
        <source>must be an ISO date (YYYY-MM-DD), not &quot;%1&quot;</source>
        <translation>skal være en ISO-dato (ÅÅÅÅ-MM-DD), ikke »%1«</translation>
    </message>
    <message>
        <source>must be an object {text, doi, url}</source>
        <translation>skal være et objekt {text, doi, url}</translation>
    </message>
    <message>
        <source>metadata.json: &quot;citation.doi&quot;</source>
        <translation>metadata.json: »citation.doi«</translation>
    </message>
    <message>
        <source>must be an http(s) URL</source>
        <translation>skal være en http(s)-URL</translation>
    </message>
    <message>
        <source>metadata.json: &quot;orcid&quot;</source>
        <translation>metadata.json: »orcid«</translation>
    </message>
    <message>
        <source>no registry id: give --id or an &quot;id&quot; field in metadata.json</source>
        <translation>intet register-id: angiv --id eller et »id«-felt i metadata.json</translation>
    </message>
    <message>
        <source>registry id</source>
        <translation>register-id</translation>
    </message>
    <message>
        <source>registry id &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only (it becomes a branch name and a directory name)</source>
        <translation>register-id »%1«: brug kun bogstaver, cifre, &apos;.&apos;, &apos;_&apos; og &apos;-&apos; (det bliver navnet på en branch og en mappe)</translation>
    </message>
    <message>
        <source>metadata file</source>
        <translation>metadatafil</translation>
    </message>
    <message>
        <source>trace file</source>
        <translation>sporfil</translation>
    </message>
    <message>
        <source>%1 has param_length %2 but metadata.json says %3; which is right?</source>
        <translation>%1 har param_length %2, men metadata.json siger %3; hvad er rigtigt?</translation>
    </message>
    <message>
        <source>construction code</source>
        <translation>konstruktionskode</translation>
    </message>
    <message>
        <source>output directory %1 is not empty; give a new or empty directory</source>
        <translation>outputmappen %1 er ikke tom; angiv en ny eller tom mappe</translation>
    </message>
    <message>
        <source>cannot create the output directory %1</source>
        <translation>kan ikke oprette outputmappen %1</translation>
    </message>
    <message>
        <source>%1: %2 bytes, shorter than the 56-byte PTDPRMC1 header</source>
        <translation>%1: %2 byte, kortere end PTDPRMC1-hovedet på 56 byte</translation>
    </message>
    <message>
        <source>%1: PTDPRMC1 version %2 (expected 1)</source>
        <translation>%1: PTDPRMC1 version %2 (forventede 1)</translation>
    </message>
    <message>
        <source>%1: format_revision %2 (this app knows 1 and 2)</source>
        <translation>%1: format_revision %2 (dette program kender 1 og 2)</translation>
    </message>
    <message>
        <source>%1: %2 bytes, but the header (commands %3, mem %4, vertices %5) needs 56 + 128·C + 8·M + 8·V = %6; truncated or not a ptd_pcg artifact</source>
        <translation>%1: %2 byte, men hovedet (kommandoer %3, mem %4, knuder %5) kræver 56 + 128·C + 8·M + 8·V = %6; afkortet eller ikke et ptd_pcg-artefakt</translation>
    </message>
    <message>
        <source>%1: %2 bytes, shorter than the 40-byte PTDPRMC3 header</source>
        <translation>%1: %2 byte, kortere end PTDPRMC3-hovedet på 40 byte</translation>
    </message>
    <message>
        <source>%1: %2 bytes, but the header (commands %3, mem %4, inputs %5) needs 40 + 80·C + 8·M + 24·I = %6; truncated or not a ptd_pcg artifact</source>
        <translation>%1: %2 byte, men hovedet (kommandoer %3, mem %4, inputs %5) kræver 40 + 80·C + 8·M + 24·I = %6; afkortet eller ikke et ptd_pcg-artefakt</translation>
    </message>
    <message>
        <source>%1: not a ptd_pcg artifact (magic PTDPRMC1 or PTDPRMC3 expected)</source>
        <translation>%1: ikke et ptd_pcg-artefakt (magisk tal PTDPRMC1 eller PTDPRMC3 forventet)</translation>
    </message>
    <message>
        <source>%1: the header&apos;s graph hash prefix %2 does not match the file name; renamed file?</source>
        <translation>%1: hovedets grafhash-præfiks %2 passer ikke til filnavnet; omdøbt fil?</translation>
    </message>
    <message>
        <source>%1: name it &lt;graph_hash&gt;.bin (the parent) or scc_&lt;hash&gt;.bin, as upstream&apos;s cache does</source>
        <translation>%1: kald den &lt;graph_hash&gt;.bin (forælderen) eller scc_&lt;hash&gt;.bin, som opstrøms cache gør</translation>
    </message>
    <message>
        <source>two parent artifacts given (%1 and %2); one compute has one parent</source>
        <translation>to forælderartefakter angivet (%1 og %2); en beregning har én forælder</translation>
    </message>
    <message>
        <source>no parent artifact &lt;graph_hash&gt;.bin among the artifacts</source>
        <translation>intet forælderartefakt &lt;graph_hash&gt;.bin blandt artefakterne</translation>
    </message>
    <message>
        <source>Pinata %1 answer is not a JSON object (%2): %3</source>
        <translation>Pinatas svar på %1 er ikke et JSON-objekt (%2): %3</translation>
    </message>
    <message>
        <source>Pinata pinFileToIPFS answer has no IpfsHash: %1</source>
        <translation>Pinatas svar på pinFileToIPFS har ingen IpfsHash: %1</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body</source>
        <translation>HTTP %1 med et tomt svar</translation>
    </message>
    <message>
        <source>Pinata identifies pins by CID; &apos;%1&apos; is not a CID</source>
        <translation>Pinata identificerer pins ved CID; »%1« er ikke en CID</translation>
    </message>
    <message>
        <source>Pinata has neither a pin nor a pin job for %1</source>
        <translation>Pinata har hverken en pin eller et pin-job for %1</translation>
    </message>
    <message>
        <source>Pinata: pageLimit %1 is outside 1..1000</source>
        <translation>Pinata: pageLimit %1 ligger uden for 1..1000</translation>
    </message>
    <message>
        <source>Pinata unpins by CID; &apos;%1&apos; is not a CID</source>
        <translation>Pinata fjerner pins ved CID; »%1« er ikke en CID</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 er ikke en mappe</translation>
    </message>
    <message>
        <source>Pinata stored %1 as %2 but we computed %3 (CIDv%4): the content is pinned under a CID that differs from the one we publish; unpin it (`pin rm %2 --service pinata`) and add with a matching profile</source>
        <translation>Pinata gemte %1 som %2, men vi beregnede %3 (CIDv%4): indholdet er pinnet under en anden CID end den, vi udgiver; fjern pinnen (`pin rm %2 --service pinata`), og tilføj med en profil, der passer</translation>
    </message>
    <message>
        <source>unknown pin status &apos;%1&apos; (expected queued, pinning, pinned or failed)</source>
        <translation>ukendt pin-status »%1« (forventede queued, pinning, pinned eller failed)</translation>
    </message>
    <message>
        <source>%1: no API URL configured (check the pinning service&apos;s endpoint in settings)</source>
        <translation>%1: der er ingen API-URL konfigureret (kontrollér pinning-tjenestens adresse i indstillingerne)</translation>
    </message>
    <message>
        <source>%1: %2 redirected to another host; not following it, so the token is not sent there. Check the endpoint URL in settings.</source>
        <translation>%1: %2 viderestillede til en anden vært; den følges ikke, så tokenet ikke sendes dertil. Kontrollér adressens URL i indstillingerne.</translation>
    </message>
    <message>
        <source>no answer in time (timeout)</source>
        <translation>intet svar i tide (timeout)</translation>
    </message>
    <message>
        <source>%1: cannot reach %2: %3. Check the network and the endpoint URL.</source>
        <translation>%1: kan ikke nå %2: %3. Kontrollér netværket og adressens URL.</translation>
    </message>
    <message>
        <source> (HTTP %1: the token was refused; log in again with `phasic-traces-cli login`)</source>
        <translation> (HTTP %1: tokenet blev afvist; log ind igen med `phasic-traces-cli login`)</translation>
    </message>
    <message>
        <source> (HTTP 404)</source>
        <translation> (HTTP 404)</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source> (HTTP 429: rate limited, still after the retries allowed; try again later)</source>
        <translation> (HTTP 429: for mange forespørgsler, også efter de tilladte nye forsøg; prøv igen senere)</translation>
    </message>
    <message>
        <source>pinning service %1 has no valid endpoint URL (&apos;%2&apos;); fix it in settings</source>
        <translation>pinning-tjenesten %1 har ingen gyldig adresse (»%2«); ret den i indstillingerne</translation>
    </message>
    <message>
        <source>no pinning service named &apos;%1&apos; in settings (configured: %2)</source>
        <translation>ingen pinning-tjeneste med navnet »%1« i indstillingerne (konfigureret: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>daemon: needs the name of a remote pinning service of your IPFS node (daemon:NAME; `ipfs pin remote service ls` lists them)</source>
        <translation>daemon: kræver navnet på en ekstern pinning-tjeneste i din IPFS-node (daemon:NAVN; `ipfs pin remote service ls` viser dem)</translation>
    </message>
    <message>
        <source>%1 pins through your local IPFS node, but no running node is in use: start the daemon (and add the content to it)</source>
        <translation>%1 pinner gennem din lokale IPFS-node, men der bruges ingen kørende node: start dæmonen (og tilføj indholdet til den)</translation>
    </message>
    <message>
        <source>unknown pinning service &apos;%1&apos;: use pinata, web3storage, psa:&lt;name&gt; or daemon:&lt;name&gt;</source>
        <translation>ukendt pinning-tjeneste »%1«: brug pinata, web3storage, psa:&lt;navn&gt; eller daemon:&lt;navn&gt;</translation>
    </message>
    <message>
        <source>waiting for the pin of %1 was cancelled</source>
        <translation>venten på pinningen af %1 blev annulleret</translation>
    </message>
    <message>
        <source>the pinning service went away</source>
        <translation>pinning-tjenesten forsvandt</translation>
    </message>
    <message>
        <source>%1 reports the pin of %2 as failed%3</source>
        <translation>%1 melder, at pinningen af %2 mislykkedes%3</translation>
    </message>
    <message>
        <source>%1: %2 still %3 after %4 s; it may finish later (check with `pin status`)</source>
        <translation>%1: %2 er stadig %3 efter %4 s; den bliver måske færdig senere (kontrollér med `pin status`)</translation>
    </message>
    <message>
        <source>PinStatus without a requestid</source>
        <translation>PinStatus uden requestid</translation>
    </message>
    <message>
        <source>PinStatus %1: </source>
        <translation>PinStatus %1: </translation>
    </message>
    <message>
        <source>PinStatus %1 has no pin.cid</source>
        <translation>PinStatus %1 har ingen pin.cid</translation>
    </message>
    <message>
        <source>PinStatus answer is not a JSON object (%1): %2</source>
        <translation>PinStatus-svaret er ikke et JSON-objekt (%1): %2</translation>
    </message>
    <message>
        <source>PinResults answer is not a JSON object (%1): %2</source>
        <translation>PinResults-svaret er ikke et JSON-objekt (%1): %2</translation>
    </message>
    <message>
        <source>PinResults answer lacks count or results: %1</source>
        <translation>PinResults-svaret mangler count eller results: %1</translation>
    </message>
    <message>
        <source>PinResults result %1: </source>
        <translation>PinResults resultat %1: </translation>
    </message>
    <message>
        <source>limit %1 is outside 1..%2 (Pinning Service API)</source>
        <translation>grænsen %1 ligger uden for 1..%2 (Pinning Service API)</translation>
    </message>
    <message>
        <source>at most %1 CIDs per query (Pinning Service API), got %2</source>
        <translation>højst %1 CID&apos;er pr. forespørgsel (Pinning Service API), fik %2</translation>
    </message>
    <message>
        <source>%1 has no pin request for %2</source>
        <translation>%1 har ingen pin-anmodning for %2</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>uventet tekst efter JSON-værdien</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: linje %2, kolonne %3: %4</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>indlejret dybere end %1 niveauer</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>uventet slutning på inputtet</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>uventet tegn &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation>forventede en tekstnøgle</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>nøglen »%1« findes to gange</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation>forventede &apos;:&apos; efter en nøgle</translation>
    </message>
    <message>
        <source>unexpected end of input in an object</source>
        <translation>uventet slutning på inputtet i et objekt</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>forventede &apos;,&apos; eller &apos;}&apos;</translation>
    </message>
    <message>
        <source>unexpected end of input in an array</source>
        <translation>uventet slutning på inputtet i en liste</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>forventede &apos;,&apos; eller &apos;]&apos;</translation>
    </message>
    <message>
        <source>malformed number</source>
        <translation>ugyldigt tal</translation>
    </message>
    <message>
        <source>malformed number: digits expected after &apos;.&apos;</source>
        <translation>ugyldigt tal: forventede cifre efter &apos;.&apos;</translation>
    </message>
    <message>
        <source>malformed number: digits expected in the exponent</source>
        <translation>ugyldigt tal: forventede cifre i eksponenten</translation>
    </message>
    <message>
        <source>number out of the range of a double</source>
        <translation>tal uden for området for en double</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>kontroltegn i en tekst</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>ugyldig UTF-8 i en tekst</translation>
    </message>
    <message>
        <source>unterminated escape</source>
        <translation>uafsluttet escape-sekvens</translation>
    </message>
    <message>
        <source>malformed \u escape</source>
        <translation>ugyldig \u-escape</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos;</source>
        <translation>ukendt escape &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>uafsluttet tekst</translation>
    </message>
    <message>
        <source>%1: starts with a UTF-8 byte order mark; save it without one</source>
        <translation>%1: begynder med et UTF-8-byteordensmærke (BOM); gem den uden</translation>
    </message>
    <message>
        <source>Nothing was published (the package is not built yet)</source>
        <translation>Intet blev udgivet (pakken er ikke bygget endnu)</translation>
    </message>
    <message>
        <source>Package %1 built (CID %2)</source>
        <translation>Pakken %1 er bygget (CID %2)</translation>
    </message>
    <message>
        <source>added to the local IPFS daemon</source>
        <translation>tilføjet til den lokale IPFS-dæmon</translation>
    </message>
    <message>
        <source>not added to a local daemon (none chosen)</source>
        <translation>ikke tilføjet til en lokal dæmon (ingen valgt)</translation>
    </message>
    <message>
        <source>not added to the local daemon</source>
        <translation>ikke tilføjet til den lokale dæmon</translation>
    </message>
    <message>
        <source>%1 (%2 %3 only)</source>
        <translation>%1 (kun %2 %3)</translation>
    </message>
    <message>
        <source>pinned on %1</source>
        <translation>pinnet på %1</translation>
    </message>
    <message>
        <source>pin requested on %1</source>
        <translation>pinning anmodet på %1</translation>
    </message>
    <message>
        <source>pin failed on %1</source>
        <translation>pinning mislykkedes på %1</translation>
    </message>
    <message>
        <source>no pinning service chosen</source>
        <translation>ingen pinning-tjeneste valgt</translation>
    </message>
    <message>
        <source>not pinned anywhere</source>
        <translation>ikke pinnet nogen steder</translation>
    </message>
    <message>
        <source>the open pull request %1 was updated</source>
        <translation>den åbne pull request %1 blev opdateret</translation>
    </message>
    <message>
        <source>pull request %1 opened</source>
        <translation>pull request %1 oprettet</translation>
    </message>
    <message>
        <source>no pull request opened; patch saved as %1</source>
        <translation>ingen pull request oprettet; patchen er gemt som %1</translation>
    </message>
    <message>
        <source>no pull request opened</source>
        <translation>ingen pull request oprettet</translation>
    </message>
    <message>
        <source>not a publish record (no &quot;format&quot; marker)</source>
        <translation>ikke en udgivelsesjournal (ingen »format«-markør)</translation>
    </message>
    <message>
        <source>publish record version %1 is not supported (this build reads 1 and 2)</source>
        <translation>udgivelsesjournalens version %1 understøttes ikke (denne version læser 1 og 2)</translation>
    </message>
    <message>
        <source>publish record of &apos;%1&apos; says the package is built but lists no CID</source>
        <translation>udgivelsesjournalen for »%1« siger, at pakken er bygget, men angiver ingen CID</translation>
    </message>
    <message>
        <source>publish record</source>
        <translation>udgivelsesjournal</translation>
    </message>
    <message>
        <source>publish record %1 is not a JSON object: %2</source>
        <translation>udgivelsesjournalen %1 er ikke et JSON-objekt: %2</translation>
    </message>
    <message>
        <source>could not save the publish record: %1</source>
        <translation>kunne ikke gemme udgivelsesjournalen: %1</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Annulleret. </translation>
    </message>
    <message>
        <source>adding %1 to the daemon</source>
        <translation>tilføjelse af %1 til dæmonen</translation>
    </message>
    <message>
        <source>the daemon stored %1 as %2, but the package&apos;s CID is %3 (profile %4): the publish stops so that no registry entry points at other content</source>
        <translation>dæmonen gemte %1 som %2, men pakkens CID er %3 (profil %4): udgivelsen stopper, så ingen post i registret peger på andet indhold</translation>
    </message>
    <message>
        <source>no token stored for %1: add it in the settings&apos; pinning services (or `phasic-traces-cli login %2`)</source>
        <translation>der er intet token gemt for %1: tilføj det under pinning-tjenester i indstillingerne (eller `phasic-traces-cli login %2`)</translation>
    </message>
    <message>
        <source>no client for %1 (internal error)</source>
        <translation>ingen klient til %1 (intern fejl)</translation>
    </message>
    <message>
        <source>the service reports the pin as failed</source>
        <translation>tjenesten melder, at pinningen mislykkedes</translation>
    </message>
    <message>
        <source>pinning failed (%1); no pull request was opened</source>
        <translation>pinning mislykkedes (%1); ingen pull request blev oprettet</translation>
    </message>
    <message>
        <source>registry file</source>
        <translation>registerfil</translation>
    </message>
    <message>
        <source>%1 is a %2 registry; %3</source>
        <translation>%1 er et %2-register; %3</translation>
    </message>
    <message>
        <source>v1 (traces)</source>
        <translation>v1 (spor)</translation>
    </message>
    <message>
        <source>v2 (computes)</source>
        <translation>v2 (beregninger)</translation>
    </message>
    <message>
        <source>compute artifacts go into a v2 registry</source>
        <translation>beregningsartefakter hører til i et v2-register</translation>
    </message>
    <message>
        <source>trace packages go into a v1 registry</source>
        <translation>sporpakker hører til i et v1-register</translation>
    </message>
    <message>
        <source>registry entry</source>
        <translation>post i registret</translation>
    </message>
    <message>
        <source>the registry edit is not made yet</source>
        <translation>ændringen af registret er ikke lavet endnu</translation>
    </message>
    <message>
        <source>the patch needs the current registry.json to diff against: choose the registry file (--registry-file)</source>
        <translation>patchen kræver den aktuelle registry.json at sammenligne med: vælg registerfilen (--registry-file)</translation>
    </message>
    <message>
        <source>saved on request</source>
        <translation>gemt efter ønske</translation>
    </message>
    <message>
        <source>not sending to GitHub (%1), and %2</source>
        <translation>sender ikke til GitHub (%1), og %2</translation>
    </message>
    <message>
        <source>not logged in to GitHub</source>
        <translation>ikke logget ind på GitHub</translation>
    </message>
    <message>
        <source>no GitHub token (%1)</source>
        <translation>intet GitHub-token (%1)</translation>
    </message>
    <message>
        <source>%1: missing &quot;%2&quot;</source>
        <translation>%1: »%2« mangler</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a non-empty string</source>
        <translation>%1: »%2« skal være en ikke-tom tekst</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a non-negative integer</source>
        <translation>%1: »%2« skal være et ikke-negativt heltal</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 skal være et objekt</translation>
    </message>
    <message>
        <source>%1: &quot;sha256&quot; must be 64 lowercase hex digits</source>
        <translation>%1: »sha256« skal være 64 hexcifre med små bogstaver</translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object</source>
        <translation>%1: det øverste niveau er ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>%1: unknown registry &quot;version&quot; &quot;%2&quot; (this editor writes 1.x and 2.x)</source>
        <translation>%1: ukendt register-»version« »%2« (denne editor skriver 1.x og 2.x)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing or not an object</source>
        <translation>%1: »%2« mangler eller er ikke et objekt</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;</source>
        <translation>posten »%1«</translation>
    </message>
    <message>
        <source>%1 must be a JSON object</source>
        <translation>%1 skal være et JSON-objekt</translation>
    </message>
    <message>
        <source>%1: &quot;metadata&quot; is missing or not an object</source>
        <translation>%1: »metadata« mangler eller er ikke et objekt</translation>
    </message>
    <message>
        <source>%1: &quot;cid&quot; (the package directory CID) is missing</source>
        <translation>%1: »cid« (pakkemappens CID) mangler</translation>
    </message>
    <message>
        <source>%1: &quot;cid&quot; is not a valid CID: %2</source>
        <translation>%1: »cid« er ikke en gyldig CID: %2</translation>
    </message>
    <message>
        <source>%1: &quot;checksum&quot; must be &quot;sha256:&quot; + 64 lowercase hex digits</source>
        <translation>%1: »checksum« skal være »sha256:« + 64 hexcifre med små bogstaver</translation>
    </message>
    <message>
        <source>%1: &quot;graph_hash&quot; must be 64 lowercase hex digits</source>
        <translation>%1: »graph_hash« skal være 64 hexcifre med små bogstaver</translation>
    </message>
    <message>
        <source>%1: &quot;format_revision&quot; must be a positive integer</source>
        <translation>%1: »format_revision« skal være et positivt heltal</translation>
    </message>
    <message>
        <source>%1: &quot;artifacts&quot; is missing or not an object</source>
        <translation>%1: »artifacts« mangler eller er ikke et objekt</translation>
    </message>
    <message>
        <source>%1: &quot;artifacts.parent&quot; is missing</source>
        <translation>%1: »artifacts.parent« mangler</translation>
    </message>
    <message>
        <source> artifacts.parent</source>
        <translation> artifacts.parent</translation>
    </message>
    <message>
        <source>%1: &quot;artifacts.scc&quot; must be a list</source>
        <translation>%1: »artifacts.scc« skal være en liste</translation>
    </message>
    <message>
        <source> artifacts.scc[%1]</source>
        <translation> artifacts.scc[%1]</translation>
    </message>
    <message>
        <source>%1: id &quot;%2&quot; is already registered; choose another id or replace it explicitly (--replace)</source>
        <translation>%1: id&apos;et »%2« er allerede registreret; vælg et andet id, eller erstat det udtrykkeligt (--replace)</translation>
    </message>
    <message>
        <source>parent artifact sha256</source>
        <translation>forælderartefaktets sha256</translation>
    </message>
    <message>
        <source>%1: the same content is already registered as &quot;%2&quot; (%3 %4); use that id or replace it</source>
        <translation>%1: det samme indhold er allerede registreret som »%2« (%3 %4); brug det id, eller erstat det</translation>
    </message>
    <message>
        <source>%1: no entry &quot;%2&quot;</source>
        <translation>%1: ingen post »%2«</translation>
    </message>
    <message>
        <source> (as rewritten)</source>
        <translation> (som omskrevet)</translation>
    </message>
    <message>
        <source>%1: the rewritten registry does not hold entry &quot;%2&quot; as given (internal error; nothing was written)</source>
        <translation>%1: det omskrevne register indeholder ikke posten »%2« som angivet (intern fejl; intet blev skrevet)</translation>
    </message>
    <message>
        <source>the edited registry does not load</source>
        <translation>det redigerede register kan ikke indlæses</translation>
    </message>
    <message>
        <source>%1: the registry reader does not see entry &quot;%2&quot; as written; nothing was written</source>
        <translation>%1: registerlæseren ser ikke posten »%2« som skrevet; intet blev skrevet</translation>
    </message>
    <message>
        <source>web3.storage is unavailable: its classic token API was sunset on 2024-01-09, and its successor Storacha (w3up) no longer accepts uploads (store/add removed on 2026-01-29, writes off since 2026-05-15). Pin with Pinata or a Pinning Service API provider instead, or, if you still have a working Storacha account, install and log in to the `storacha` CLI so CAR files can be handed to it.</source>
        <translation>web3.storage er ikke tilgængelig: dets klassiske token-API blev lukket 2024-01-09, og efterfølgeren Storacha (w3up) tager ikke længere imod uploads (store/add fjernet 2026-01-29, skrivning slået fra siden 2026-05-15). Pin i stedet med Pinata eller en udbyder af Pinning Service API, eller – hvis du stadig har en fungerende Storacha-konto – installér og log ind i `storacha`-kommandolinjeværktøjet, så CAR-filer kan gives videre til det.</translation>
    </message>
    <message>
        <source>checking credentials</source>
        <translation>kontrol af loginoplysninger</translation>
    </message>
    <message>
        <source>pinning %1 by CID (Storacha never offered pin-by-CID; only CAR uploads)</source>
        <translation>pinning af %1 ved CID (Storacha har aldrig tilbudt pinning ved CID; kun upload af CAR-filer)</translation>
    </message>
    <message>
        <source>status of %1</source>
        <translation>status for %1</translation>
    </message>
    <message>
        <source>listing pins</source>
        <translation>visning af pins</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>fjernelse af %1</translation>
    </message>
    <message>
        <source>the Storacha CLI printed no root CID: %1</source>
        <translation>Storachas kommandolinjeværktøj skrev ingen rod-CID: %1</translation>
    </message>
    <message>
        <source>uploading a CAR (no `storacha` or `w3` CLI on PATH)</source>
        <translation>upload af en CAR (intet `storacha`- eller `w3`-værktøj i PATH)</translation>
    </message>
    <message>
        <source>`%1 up` did not finish in time</source>
        <translation>`%1 up` blev ikke færdig i tide</translation>
    </message>
    <message>
        <source>Storacha (%1 up) said: %2 (exit code %3). %4</source>
        <translation>Storacha (%1 up) sagde: %2 (slutkode %3). %4</translation>
    </message>
    <message>
        <source>Storacha stored root %1 but the CAR&apos;s root is %2</source>
        <translation>Storacha gemte roden %1, men CAR&apos;ens rod er %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>kan ikke starte %1: %2</translation>
    </message>
</context>
<context>
    <name>pt::publish::PublishPipeline</name>
    <message>
        <source>Building the package and computing its CID (%1)…</source>
        <translation>Bygger pakken og beregner dens CID (%1)…</translation>
    </message>
    <message>
        <source>Adding %1 to the local IPFS daemon…</source>
        <translation>Tilføjer %1 til den lokale IPFS-dæmon…</translation>
    </message>
    <message>
        <source>Uploading the package to Pinata…</source>
        <translation>Uploader pakken til Pinata…</translation>
    </message>
    <message>
        <source>Not sending to GitHub (%1): wrote %2</source>
        <translation>Sender ikke til GitHub (%1): skrev %2</translation>
    </message>
    <message>
        <source>Reading the GitHub token…</source>
        <translation>Læser GitHub-tokenet…</translation>
    </message>
    <message>
        <source>Updated the open pull request %1</source>
        <translation>Opdaterede den åbne pull request %1</translation>
    </message>
    <message>
        <source>Opened pull request %1</source>
        <translation>Oprettede pull request %1</translation>
    </message>
    <message>
        <source>Waiting for %1 to pin %2 (%3)…</source>
        <translation>Venter på, at %1 pinner %2 (%3)…</translation>
    </message>
    <message>
        <source>Asking %1 to pin %2 (%3)…</source>
        <translation>Beder %1 om at pinne %2 (%3)…</translation>
    </message>
</context>
<context>
    <name>pt::registry</name>
    <message>
        <source>expected an object</source>
        <translation>forventede et objekt</translation>
    </message>
    <message>
        <source>unexpected end of data inside an object</source>
        <translation>uventet slutning på dataene inde i et objekt</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>forventede &apos;,&apos; eller &apos;}&apos; efter et element i et objekt</translation>
    </message>
    <message>
        <source>trailing &apos;,&apos; before &apos;}&apos;</source>
        <translation>overskydende &apos;,&apos; før &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected a string key or &apos;}&apos;</source>
        <translation>forventede en tekstnøgle eller &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected a string key after &apos;,&apos;</source>
        <translation>forventede en tekstnøgle efter &apos;,&apos;</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key</source>
        <translation>forventede &apos;:&apos; efter en nøgle i et objekt</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>forventede en liste</translation>
    </message>
    <message>
        <source>unexpected end of data inside an array</source>
        <translation>uventet slutning på dataene inde i en liste</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>forventede &apos;,&apos; eller &apos;]&apos; efter et element i en liste</translation>
    </message>
    <message>
        <source>trailing &apos;,&apos; before &apos;]&apos;</source>
        <translation>overskydende &apos;,&apos; før &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>forventede en tekst</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>uafsluttet tekst</translation>
    </message>
    <message>
        <source>control character 0x%1 inside a string (must be escaped)</source>
        <translation>kontroltegnet 0x%1 inde i en tekst (skal escapes)</translation>
    </message>
    <message>
        <source>invalid \u escape (needs 4 hex digits)</source>
        <translation>ugyldig \u-escape (kræver 4 hexcifre)</translation>
    </message>
    <message>
        <source>lone low surrogate \u%1 in a string</source>
        <translation>enlig lav surrogat \u%1 i en tekst</translation>
    </message>
    <message>
        <source>high surrogate \u%1 not followed by a low surrogate</source>
        <translation>høj surrogat \u%1 efterfølges ikke af en lav surrogat</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>ugyldig escape-sekvens i en tekst</translation>
    </message>
    <message>
        <source>string of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>en tekst på %1 byte overskrider grænsen på %2 byte</translation>
    </message>
    <message>
        <source>string is not valid UTF-8</source>
        <translation>teksten er ikke gyldig UTF-8</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ugyldigt tal</translation>
    </message>
    <message>
        <source>invalid number (leading zero)</source>
        <translation>ugyldigt tal (foranstillet nul)</translation>
    </message>
    <message>
        <source>invalid number (digit expected after &apos;.&apos;)</source>
        <translation>ugyldigt tal (forventede et ciffer efter &apos;.&apos;)</translation>
    </message>
    <message>
        <source>invalid number (digit expected in exponent)</source>
        <translation>ugyldigt tal (forventede et ciffer i eksponenten)</translation>
    </message>
    <message>
        <source>invalid literal (expected true, false or null)</source>
        <translation>ugyldig værdi (forventede true, false eller null)</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>indlejret dybere end %1 niveauer</translation>
    </message>
    <message>
        <source>unexpected end of data (a value was expected)</source>
        <translation>uventet slutning på dataene (forventede en værdi)</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; (a value was expected)</source>
        <translation>uventet tegn &apos;%1&apos; (forventede en værdi)</translation>
    </message>
    <message>
        <source>the end of the data</source>
        <translation>slutningen af dataene</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>ugyldig JSON</translation>
    </message>
    <message>
        <source>empty location</source>
        <translation>tom placering</translation>
    </message>
    <message>
        <source>control character in location</source>
        <translation>kontroltegn i placeringen</translation>
    </message>
    <message>
        <source>URL without a host</source>
        <translation>URL uden vært</translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; (http and https only)</source>
        <translation>URL-skemaet »%1« understøttes ikke (kun http og https)</translation>
    </message>
    <message>
        <source>not a valid CID (%1)</source>
        <translation>ikke en gyldig CID (%1)</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>absolut sti</translation>
    </message>
    <message>
        <source>backslash in path</source>
        <translation>omvendt skråstreg i stien</translation>
    </message>
    <message>
        <source>&apos;?&apos; or &apos;#&apos; in path</source>
        <translation>&apos;?&apos; eller &apos;#&apos; i stien</translation>
    </message>
    <message>
        <source>empty path segment</source>
        <translation>tom del af stien</translation>
    </message>
    <message>
        <source>&apos;%1&apos; segment in path</source>
        <translation>»%1« som del af stien</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>id&apos;et er tomt</translation>
    </message>
    <message>
        <source>the id is %1 characters long (at most %2)</source>
        <translation>id&apos;et er %1 tegn langt (højst %2)</translation>
    </message>
    <message>
        <source>the id starts with &apos;.&apos;</source>
        <translation>id&apos;et begynder med &apos;.&apos;</translation>
    </message>
    <message>
        <source>the id ends with &apos;.&apos; or a space</source>
        <translation>id&apos;et slutter med &apos;.&apos; eller et mellemrum</translation>
    </message>
    <message>
        <source>the id contains a NUL character</source>
        <translation>id&apos;et indeholder et NUL-tegn</translation>
    </message>
    <message>
        <source>the id contains a control character</source>
        <translation>id&apos;et indeholder et kontroltegn</translation>
    </message>
    <message>
        <source>the id contains a path separator</source>
        <translation>id&apos;et indeholder en stiseparator</translation>
    </message>
    <message>
        <source>the id contains &apos;:&apos;</source>
        <translation>id&apos;et indeholder &apos;:&apos;</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (linje %1)</translation>
    </message>
    <message>
        <source>not a valid CID (%1); the file is resolved as &lt;directory cid&gt;/%2</source>
        <translation>ikke en gyldig CID (%1); filen findes som &lt;mappe-cid&gt;/%2</translation>
    </message>
    <message>
        <source>cannot read registry %1: %2</source>
        <translation>kan ikke læse registret %1: %2</translation>
    </message>
    <message>
        <source>%1: the registry is %2 MiB; refusing more than %3 MiB</source>
        <translation>%1: registret er %2 MiB; afviser mere end %3 MiB</translation>
    </message>
    <message>
        <source>%1: the registry is larger than %2 MiB</source>
        <translation>%1: registret er større end %2 MiB</translation>
    </message>
    <message>
        <source>the bundled snapshot</source>
        <translation>det medfølgende øjebliksbillede</translation>
    </message>
    <message>
        <source>registry location %1: only local files (PATH or file://PATH) are supported here; download it and pass its path</source>
        <translation>registerplaceringen %1: kun lokale filer (STI eller file://STI) understøttes her; download den, og angiv dens sti</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>forventede %1, fik %2</translation>
    </message>
    <message>
        <source>%1: %2 (line %3)</source>
        <translation>%1: %2 (linje %3)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2: %3 (in %4)</source>
        <translation>linje %1, kolonne %2: %3 (i %4)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en tekst</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>forventede et heltal, fik %1</translation>
    </message>
    <message>
        <source>expected a non-negative number, got %1</source>
        <translation>forventede et ikke-negativt tal, fik %1</translation>
    </message>
    <message>
        <source>number %1 is larger than the limit of %2</source>
        <translation>tallet %1 er større end grænsen på %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tal</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>en liste af tekster</translation>
    </message>
    <message>
        <source>%1 is not &quot;sha256:&quot; followed by 64 hex digits; the download cannot be checked against it</source>
        <translation>%1 er ikke »sha256:« efterfulgt af 64 hexcifre; downloaden kan ikke kontrolleres mod den</translation>
    </message>
    <message>
        <source>%1 is not 64 hex digits</source>
        <translation>%1 er ikke 64 hexcifre</translation>
    </message>
    <message>
        <source>param_length %1 but %2 parameters are described</source>
        <translation>param_length %1, men %2 parametre er beskrevet</translation>
    </message>
    <message>
        <source>no directory CID; the trace cannot be downloaded</source>
        <translation>ingen mappe-CID; sporet kan ikke downloades</translation>
    </message>
    <message>
        <source>no directory CID</source>
        <translation>ingen mappe-CID</translation>
    </message>
    <message>
        <source>%1 is not a valid CID (%2); the trace cannot be downloaded</source>
        <translation>%1 er ikke en gyldig CID (%2); sporet kan ikke downloades</translation>
    </message>
    <message>
        <source>directory CID %1 is not a valid CID</source>
        <translation>mappe-CID&apos;en %1 er ikke en gyldig CID</translation>
    </message>
    <message>
        <source>registry format %1 is not ptd_pcg</source>
        <translation>registerformatet %1 er ikke ptd_pcg</translation>
    </message>
    <message>
        <source>no format_revision; read as revision 1</source>
        <translation>ingen format_revision; læses som revision 1</translation>
    </message>
    <message>
        <source>format_revision %1 is newer than this build understands (up to %2); the entry is shown but cannot be used — update phasic-traces</source>
        <translation>format_revision %1 er nyere, end denne version forstår (op til %2); posten vises, men kan ikke bruges – opdatér phasic-traces</translation>
    </message>
    <message>
        <source>format_revision %1 is newer than supported (%2)</source>
        <translation>format_revision %1 er nyere end understøttet (%2)</translation>
    </message>
    <message>
        <source>no parent artifact; the compute cannot be downloaded</source>
        <translation>intet forælderartefakt; beregningen kan ikke downloades</translation>
    </message>
    <message>
        <source>no parent artifact</source>
        <translation>intet forælderartefakt</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: %2</source>
        <translation>%1 kan ikke hentes: %2</translation>
    </message>
    <message>
        <source>artifact %1 cannot be fetched (%2)</source>
        <translation>artefaktet %1 kan ikke hentes (%2)</translation>
    </message>
    <message>
        <source>%1 is not 64 hex digits; the artifact cannot be verified</source>
        <translation>%1 er ikke 64 hexcifre; artefaktet kan ikke kontrolleres</translation>
    </message>
    <message>
        <source>artifact %1 has no valid sha256</source>
        <translation>artefaktet %1 har ingen gyldig sha256</translation>
    </message>
    <message>
        <source>unsafe id %1: %2 (ids become directory names)</source>
        <translation>usikkert id %1: %2 (id&apos;er bliver til mappenavne)</translation>
    </message>
    <message>
        <source>%1 is an all-zero placeholder, not content; the collection is only a list of ids</source>
        <translation>%1 er en pladsholder af nuller, ikke indhold; samlingen er kun en liste af id&apos;er</translation>
    </message>
    <message>
        <source>%1 is not a valid CID (%2)</source>
        <translation>%1 er ikke en gyldig CID (%2)</translation>
    </message>
    <message>
        <source>the registry is %1 MiB; refusing more than %2 MiB</source>
        <translation>registret er %1 MiB; afviser mere end %2 MiB</translation>
    </message>
    <message>
        <source>the registry is empty (no JSON data)</source>
        <translation>registret er tomt (ingen JSON-data)</translation>
    </message>
    <message>
        <source>the registry must be a JSON object, got %1 (line %2)</source>
        <translation>registret skal være et JSON-objekt, fik %1 (linje %2)</translation>
    </message>
    <message>
        <source>unexpected data after the registry object</source>
        <translation>uventede data efter registerobjektet</translation>
    </message>
    <message>
        <source>version: expected &quot;1.x&quot; or &quot;2.x&quot;, got %1 (line %2)</source>
        <translation>version: forventede »1.x« eller »2.x«, fik %1 (linje %2)</translation>
    </message>
    <message>
        <source>version: registry version %1 is newer than this build understands (1.x and 2.x); update phasic-traces (line %2)</source>
        <translation>version: registerversion %1 er nyere, end denne version forstår (1.x og 2.x); opdatér phasic-traces (linje %2)</translation>
    </message>
    <message>
        <source>no version field; read as a v%1 registry from its sections</source>
        <translation>intet version-felt; læses som et v%1-register ud fra dets afsnit</translation>
    </message>
    <message>
        <source>neither a &quot;traces&quot; nor a &quot;computes&quot; section; the registry lists nothing</source>
        <translation>hverken et »traces«- eller et »computes«-afsnit; registret indeholder intet</translation>
    </message>
    <message>
        <source>format %1 is not &quot;ptd_pcg&quot;; its computes cannot be used</source>
        <translation>formatet %1 er ikke »ptd_pcg«; dets beregninger kan ikke bruges</translation>
    </message>
    <message>
        <source>no format field (expected &quot;ptd_pcg&quot;); computes cannot be used</source>
        <translation>intet format-felt (forventede »ptd_pcg«); beregninger kan ikke bruges</translation>
    </message>
    <message>
        <source>duplicate id %1 in %2; the later value is used, as upstream&apos;s Python reader does</source>
        <translation>id&apos;et %1 findes to gange i %2; den sidste værdi bruges, som opstrøms Python-læser gør</translation>
    </message>
    <message>
        <source>id %1 is in both traces and computes; looking it up finds the %2</source>
        <translation>id&apos;et %1 findes både i traces og computes; et opslag finder %2</translation>
    </message>
    <message numerus="yes">
        <source>%n files.*.cid value(s) in 1 entry are not valid CIDs (this one is %1: %2); files are resolved as &lt;directory cid&gt;/&lt;file name&gt; instead</source>
        <translation>
            <numerusform>%n files.*.cid-værdi i 1 post er ikke en gyldig CID (denne er %1: %2); filerne findes i stedet som &lt;mappe-cid&gt;/&lt;filnavn&gt;</numerusform>
            <numerusform>%n files.*.cid-værdier i 1 post er ikke gyldige CID&apos;er (denne er %1: %2); filerne findes i stedet som &lt;mappe-cid&gt;/&lt;filnavn&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files.*.cid value(s) in %1 entries are not valid CIDs (this one is %2: %3); files are resolved as &lt;directory cid&gt;/&lt;file name&gt; instead</source>
        <translation>
            <numerusform>%n files.*.cid-værdi i %1 poster er ikke en gyldig CID (denne er %2: %3); filerne findes i stedet som &lt;mappe-cid&gt;/&lt;filnavn&gt;</numerusform>
            <numerusform>%n files.*.cid-værdier i %1 poster er ikke gyldige CID&apos;er (denne er %2: %3); filerne findes i stedet som &lt;mappe-cid&gt;/&lt;filnavn&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>vertices n counts transient states; the trace holds n+1 (the starting vertex), in all %1 v1 entries</source>
        <translation>vertices n tæller transiente tilstande; sporet har n+1 (startknuden), i alle %1 v1-poster</translation>
    </message>
    <message>
        <source>lists %1, which is not in the registry</source>
        <translation>angiver %1, som ikke er i registret</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>et ukendt tidspunkt</translation>
    </message>
    <message>
        <source>registry location &quot;%1&quot; is not a valid URL</source>
        <translation>registerplaceringen »%1« er ikke en gyldig URL</translation>
    </message>
    <message>
        <source>registry location %1</source>
        <translation>registerplaceringen %1</translation>
    </message>
    <message>
        <source>registry location &quot;%1&quot;: only https://, http://, file:// and ipfs:// are supported</source>
        <translation>registerplaceringen »%1«: kun https://, http://, file:// og ipfs:// understøttes</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>kan ikke gemme %1: %2</translation>
    </message>
    <message>
        <source>no copy of %1</source>
        <translation>ingen kopi af %1</translation>
    </message>
    <message>
        <source>the copy of %1 downloaded %2</source>
        <translation>kopien af %1, downloadet %2</translation>
    </message>
    <message>
        <source>the registry at %1 is not valid (%2)</source>
        <translation>registret på %1 er ikke gyldigt (%2)</translation>
    </message>
    <message>
        <source>%1; using the last good copy, downloaded %2.</source>
        <translation>%1; bruger den sidste gode kopi, downloadet %2.</translation>
    </message>
    <message>
        <source>%1; showing the registry snapshot bundled with this version.</source>
        <translation>%1; viser det øjebliksbillede af registret, der følger med denne version.</translation>
    </message>
    <message>
        <source>cannot fetch %1 (%2)</source>
        <translation>kan ikke hente %1 (%2)</translation>
    </message>
    <message>
        <source>%1 says our copy is current, but it cannot be read (%2)</source>
        <translation>%1 siger, at vores kopi er aktuel, men den kan ikke læses (%2)</translation>
    </message>
    <message>
        <source>%1 did not answer in time or sent more than 256 MiB</source>
        <translation>%1 svarede ikke i tide eller sendte mere end 256 MiB</translation>
    </message>
    <message>
        <source>cannot download %1 (%2)</source>
        <translation>kan ikke downloade %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pt::registry::kind</name>
    <message>
        <source>trace</source>
        <translation>spor</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>beregning</translation>
    </message>
</context>
<context>
    <name>pt::trace</name>
    <message>
        <source>unknown libarchive error</source>
        <translation>ukendt fejl i libarchive</translation>
    </message>
    <message>
        <source>%1: cannot read the header of entry %2: %3</source>
        <translation>%1: kan ikke læse hovedet på post %2: %3</translation>
    </message>
    <message>
        <source>%1: more than %2 entries; this is over the limit for a trace package</source>
        <translation>%1: mere end %2 poster; det er over grænsen for en sporpakke</translation>
    </message>
    <message>
        <source>%1: entry %2 has no name</source>
        <translation>%1: post %2 har intet navn</translation>
    </message>
    <message>
        <source>%1: entry %2 &quot;%3&quot;</source>
        <translation>%1: post %2 »%3«</translation>
    </message>
    <message>
        <source>: the entry is encrypted; trace packages are not</source>
        <translation>: posten er krypteret; det er sporpakker ikke</translation>
    </message>
    <message>
        <source>: a hard link; only regular files and directories are accepted</source>
        <translation>: et hårdt link; kun almindelige filer og mapper accepteres</translation>
    </message>
    <message>
        <source>: a symbolic link; only regular files and directories are accepted</source>
        <translation>: et symbolsk link; kun almindelige filer og mapper accepteres</translation>
    </message>
    <message>
        <source>: a device, FIFO or socket entry; only regular files and directories are accepted</source>
        <translation>: en enhed, FIFO eller sokkel; kun almindelige filer og mapper accepteres</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is a file earlier in the archive, not a directory</source>
        <translation>: »%1« er en fil tidligere i arkivet, ikke en mappe</translation>
    </message>
    <message>
        <source>: also a file earlier in the archive</source>
        <translation>: også en fil tidligere i arkivet</translation>
    </message>
    <message>
        <source>: a file entry without a name</source>
        <translation>: en filpost uden navn</translation>
    </message>
    <message>
        <source>: the name occurs twice in the archive</source>
        <translation>: navnet forekommer to gange i arkivet</translation>
    </message>
    <message>
        <source>: a negative size</source>
        <translation>: en negativ størrelse</translation>
    </message>
    <message>
        <source>: %1 bytes is over the per-file limit of %2 bytes</source>
        <translation>: %1 byte er over grænsen pr. fil på %2 byte</translation>
    </message>
    <message>
        <source>: the files add up to more than the limit of %1 bytes</source>
        <translation>: filerne fylder tilsammen mere end grænsen på %1 byte</translation>
    </message>
    <message>
        <source>: the data cannot be read: %1</source>
        <translation>: dataene kan ikke læses: %1</translation>
    </message>
    <message>
        <source>: more than the per-file limit of %1 bytes</source>
        <translation>: mere end grænsen pr. fil på %1 byte</translation>
    </message>
    <message>
        <source>: the header says %1 bytes but the data has %2</source>
        <translation>: hovedet siger %1 byte, men dataene har %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: filen findes ikke</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: ikke en almindelig fil</translation>
    </message>
    <message>
        <source>%1: not a readable .tar, .tar.gz or .zip archive: %2</source>
        <translation>%1: ikke et læsbart .tar-, .tar.gz- eller .zip-arkiv: %2</translation>
    </message>
    <message>
        <source>an empty name</source>
        <translation>et tomt navn</translation>
    </message>
    <message>
        <source>the name is %1 bytes long, over the limit of %2</source>
        <translation>navnet er %1 byte langt, over grænsen på %2</translation>
    </message>
    <message>
        <source>the name contains a NUL byte</source>
        <translation>navnet indeholder en NUL-byte</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>navnet indeholder et kontroltegn</translation>
    </message>
    <message>
        <source>the name contains a backslash (a path separator on Windows)</source>
        <translation>navnet indeholder en omvendt skråstreg (en stiseparator på Windows)</translation>
    </message>
    <message>
        <source>the name contains &apos;:&apos; (a drive or stream separator on Windows)</source>
        <translation>navnet indeholder &apos;:&apos; (en drev- eller stream-separator på Windows)</translation>
    </message>
    <message>
        <source>an absolute path; archive entries must be relative</source>
        <translation>en absolut sti; poster i et arkiv skal være relative</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation>navnet er ikke gyldig UTF-8</translation>
    </message>
    <message>
        <source>the name has a &quot;..&quot; component, which would leave the target directory</source>
        <translation>navnet har en »..«-del, som ville føre uden for målmappen</translation>
    </message>
    <message>
        <source>the name has an empty component (&quot;//&quot;)</source>
        <translation>navnet har en tom del (»//«)</translation>
    </message>
    <message>
        <source>the name is %1 directories deep, over the limit of %2</source>
        <translation>navnet er %1 mapper dybt, over grænsen på %2</translation>
    </message>
    <message>
        <source>(archive in memory): not a readable .tar, .tar.gz or .zip archive: %1</source>
        <translation>(arkiv i hukommelsen): ikke et læsbart .tar-, .tar.gz- eller .zip-arkiv: %1</translation>
    </message>
    <message>
        <source>(archive in memory)</source>
        <translation>(arkiv i hukommelsen)</translation>
    </message>
    <message>
        <source>%1: cannot create the target directory</source>
        <translation>%1: kan ikke oprette målmappen</translation>
    </message>
    <message>
        <source>%1: cannot resolve the target directory</source>
        <translation>%1: kan ikke finde målmappens sti</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; not extracting through it</source>
        <translation>%1 er et symbolsk link; der pakkes ikke ud gennem det</translation>
    </message>
    <message>
        <source>%1 exists and is not a directory</source>
        <translation>%1 findes og er ikke en mappe</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1: kan ikke oprette mappen</translation>
    </message>
    <message>
        <source>%1 already exists; unpack into an empty directory or remove it first</source>
        <translation>%1 findes allerede; pak ud i en tom mappe, eller fjern den først</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kan ikke skrive: %2</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: skrivning mislykkedes: %2</translation>
    </message>
    <message>
        <source>%1: cannot finish the file: %2</source>
        <translation>%1: kan ikke færdiggøre filen: %2</translation>
    </message>
    <message>
        <source> (the files written so far were removed)</source>
        <translation> (de filer, der var skrevet indtil da, blev fjernet)</translation>
    </message>
    <message>
        <source>θ[%1] is not finite</source>
        <translation>θ[%1] er ikke endelig</translation>
    </message>
    <message>
        <source>operations[%1] refers forward to %2</source>
        <translation>operations[%1] henviser frem til %2</translation>
    </message>
    <message>
        <source>operations[%1].param_idx out of range</source>
        <translation>operations[%1].param_idx er uden for det tilladte område</translation>
    </message>
    <message>
        <source>this is a discrete phase-type trace (is_discrete); evaluating discrete traces is not supported yet - only the summary is available</source>
        <translation>dette er et diskret fasetype-spor (is_discrete); evaluering af diskrete spor understøttes endnu ikke – kun oversigten er tilgængelig</translation>
    </message>
    <message>
        <source>vertex %1: mean sojourn time evaluates to %2 at %3 (must be finite and ≥ 0)</source>
        <translation>knude %1: den gennemsnitlige opholdstid bliver %2 ved %3 (skal være endelig og ≥ 0)</translation>
    </message>
    <message>
        <source>vertex %1: mean sojourn %2 at %3 gives an infinite rate</source>
        <translation>knude %1: den gennemsnitlige opholdstid %2 ved %3 giver en uendelig rate</translation>
    </message>
    <message>
        <source>%1 transient states: too many for dense matrix evaluation (limit %2)</source>
        <translation>%1 transiente tilstande: for mange til evaluering med tætte matricer (grænse %2)</translation>
    </message>
    <message>
        <source>edge %1 of vertex %2 (to vertex %3): probability evaluates to %4 at %5 (must be in [0, 1])</source>
        <translation>kant %1 fra knude %2 (til knude %3): sandsynligheden bliver %4 ved %5 (skal ligge i [0, 1])</translation>
    </message>
    <message>
        <source>the start vertex %1 has an edge to itself with probability %2; an instantaneous start cannot loop</source>
        <translation>startknuden %1 har en kant til sig selv med sandsynligheden %2; en øjeblikkelig start kan ikke gå i løkke</translation>
    </message>
    <message>
        <source>the start vertex&apos;s edge probabilities sum to %1 at %2 (must be ≤ 1)</source>
        <translation>startknudens kantsandsynligheder summerer til %1 ved %2 (skal være ≤ 1)</translation>
    </message>
    <message>
        <source>vertex %1: edge probabilities sum to %2 at %3 (must be ≤ 1)</source>
        <translation>knude %1: kantsandsynlighederne summerer til %2 ved %3 (skal være ≤ 1)</translation>
    </message>
    <message>
        <source>time #%1 = %2 is not a finite value ≥ 0</source>
        <translation>tid nr. %1 = %2 er ikke en endelig værdi ≥ 0</translation>
    </message>
    <message>
        <source>exp(S·t) cannot be computed at t = %1: the rates times t overflow double precision</source>
        <translation>exp(S·t) kan ikke beregnes ved t = %1: raterne gange t overskrider dobbelt præcision</translation>
    </message>
    <message>
        <source>the sub-intensity matrix is singular: some probability mass is never absorbed, so the moments are infinite</source>
        <translation>sub-intensitetsmatricen er singulær: noget sandsynlighedsmasse absorberes aldrig, så momenterne er uendelige</translation>
    </message>
    <message>
        <source>the moments are not finite (mean %1)</source>
        <translation>momenterne er ikke endelige (middelværdi %1)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>%1 »%2« er ikke et tal</translation>
    </message>
    <message>
        <source>time range start</source>
        <translation>tidsintervallets start</translation>
    </message>
    <message>
        <source>time range end</source>
        <translation>tidsintervallets slutning</translation>
    </message>
    <message>
        <source>time range step</source>
        <translation>tidsintervallets skridt</translation>
    </message>
    <message>
        <source>time range &apos;%1&apos; must be FROM:TO:STEP with FROM ≤ TO and STEP &gt; 0</source>
        <translation>tidsintervallet »%1« skal være FRA:TIL:SKRIDT med FRA ≤ TIL og SKRIDT &gt; 0</translation>
    </message>
    <message>
        <source>time range &apos;%1&apos; has %2 points, over the limit of %3</source>
        <translation>tidsintervallet »%1« har %2 punkter, over grænsen på %3</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; must be T, T1,T2,... or FROM:TO:STEP</source>
        <translation>tiden »%1« skal være T, T1,T2,... eller FRA:TIL:SKRIDT</translation>
    </message>
    <message>
        <source>too many time points (limit %1)</source>
        <translation>for mange tidspunkter (grænse %1)</translation>
    </message>
    <message>
        <source>time %1 is negative</source>
        <translation>tiden %1 er negativ</translation>
    </message>
    <message>
        <source>θ value</source>
        <translation>θ-værdi</translation>
    </message>
    <message>
        <source>graph hash &apos;%1&apos; is too short: need at least 16 hex digits (the full 64-digit hash is expected)</source>
        <translation>grafhashen »%1« er for kort: der skal mindst 16 hexcifre til (den fulde hash på 64 cifre forventes)</translation>
    </message>
    <message>
        <source>graph hash &apos;%1&apos; is not hexadecimal</source>
        <translation>grafhashen »%1« er ikke hexadecimal</translation>
    </message>
    <message>
        <source>header: %1 = %2 is implausibly large (limit %3); the file is corrupt</source>
        <translation>hoved: %1 = %2 er usandsynligt stor (grænse %3); filen er beskadiget</translation>
    </message>
    <message>
        <source>command %1 (offset %2): type %3 is unknown (must be 0..6: NEW_ADD, P, INV, PP, ONE_MINUS, DIVIDE, ZERO)</source>
        <translation>kommando %1 (offset %2): typen %3 er ukendt (skal være 0..6: NEW_ADD, P, INV, PP, ONE_MINUS, DIVIDE, ZERO)</translation>
    </message>
    <message>
        <source>PTDPRMC1 file is %1 bytes, shorter than its 56-byte header</source>
        <translation>PTDPRMC1-filen er %1 byte, kortere end dens hoved på 56 byte</translation>
    </message>
    <message>
        <source>PTDPRMC1 header version %1 is not supported (only 1)</source>
        <translation>PTDPRMC1-hovedets version %1 understøttes ikke (kun 1)</translation>
    </message>
    <message>
        <source>PTDPRMC1 format_revision %1 is newer than this build understands (1 or 2); update phasic-traces</source>
        <translation>PTDPRMC1 format_revision %1 er nyere, end denne version forstår (1 eller 2); opdatér phasic-traces</translation>
    </message>
    <message>
        <source>PTDPRMC1 size mismatch: the header says %1 commands, %2 mem doubles and %3 vertices, which needs exactly %4 bytes, but the file has %5 (%6)</source>
        <translation>PTDPRMC1-størrelsen passer ikke: hovedet siger %1 kommandoer, %2 mem-doubles og %3 knuder, hvilket kræver præcis %4 byte, men filen har %5 (%6)</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>afkortet</translation>
    </message>
    <message>
        <source>trailing bytes</source>
        <translation>overskydende byte</translation>
    </message>
    <message>
        <source>command %1 (offset %2), %3 pointer</source>
        <translation>kommando %1 (offset %2), pointer %3</translation>
    </message>
    <message>
        <source>%1: MEM offset %2 is outside the %3 mem doubles</source>
        <translation>%1: MEM-offset %2 ligger uden for de %3 mem-doubles</translation>
    </message>
    <message>
        <source>%1: EDGE vertex %2 is out of range (must be &lt; %3 vertices)</source>
        <translation>%1: EDGE-knude %2 er uden for det tilladte område (skal være &lt; %3 knuder)</translation>
    </message>
    <message>
        <source>%1: EDGE byte offset %2 is negative</source>
        <translation>%1: EDGE-byteoffset %2 er negativ</translation>
    </message>
    <message>
        <source>%1: EXTERNAL byte offset %2 is negative</source>
        <translation>%1: EXTERNAL-byteoffset %2 er negativ</translation>
    </message>
    <message>
        <source>%1: kind %2 is unknown (must be 0 NULL, 1 MEM, 2 EDGE, 3 EXTERNAL)</source>
        <translation>%1: typen %2 er ukendt (skal være 0 NULL, 1 MEM, 2 EDGE, 3 EXTERNAL)</translation>
    </message>
    <message>
        <source>memr[%1] (offset %2) = %3 is outside the %4 mem doubles (must be −1 or 0..%5)</source>
        <translation>memr[%1] (offset %2) = %3 ligger uden for de %4 mem-doubles (skal være −1 eller 0..%5)</translation>
    </message>
    <message>
        <source>PTDPRMC3 file is %1 bytes, shorter than its 40-byte header</source>
        <translation>PTDPRMC3-filen er %1 byte, kortere end dens hoved på 40 byte</translation>
    </message>
    <message>
        <source>PTDPRMC3 size mismatch: the header says %1 commands, %2 mem doubles and %3 inputs, which needs exactly %4 bytes, but the file has %5 (%6)</source>
        <translation>PTDPRMC3-størrelsen passer ikke: hovedet siger %1 kommandoer, %2 mem-doubles og %3 inputs, hvilket kræver præcis %4 byte, men filen har %5 (%6)</translation>
    </message>
    <message>
        <source>command %1 (offset %2), %3 operand</source>
        <translation>kommando %1 (offset %2), operand %3</translation>
    </message>
    <message>
        <source>%1: INPUT index %2 is out of range (must be &lt; %3 inputs)</source>
        <translation>%1: INPUT-indeks %2 er uden for det tilladte område (skal være &lt; %3 inputs)</translation>
    </message>
    <message>
        <source>%1: kind %2 is unknown (must be 0 NULL, 1 MEM, 2 INPUT)</source>
        <translation>%1: typen %2 er ukendt (skal være 0 NULL, 1 MEM, 2 INPUT)</translation>
    </message>
    <message>
        <source>input %1 (offset %2): kind %3 is unknown (must be 2 EDGE or 3 EXTERNAL)</source>
        <translation>input %1 (offset %2): typen %3 er ukendt (skal være 2 EDGE eller 3 EXTERNAL)</translation>
    </message>
    <message>
        <source>input %1 (offset %2): byte offset %3 is negative</source>
        <translation>input %1 (offset %2): byteoffset %3 er negativ</translation>
    </message>
    <message>
        <source>file is %1 bytes: too short for a ptd_pcg .bin (magic PTDPRMC1 or PTDPRMC3)</source>
        <translation>filen er %1 byte: for kort til en ptd_pcg-.bin (magisk tal PTDPRMC1 eller PTDPRMC3)</translation>
    </message>
    <message>
        <source>ptd_pcg magic &apos;%1&apos; is a layout this build does not know (PTDPRMC1 and PTDPRMC3 are supported)</source>
        <translation>ptd_pcg-magien »%1« er et layout, denne version ikke kender (PTDPRMC1 og PTDPRMC3 understøttes)</translation>
    </message>
    <message>
        <source>not a ptd_pcg .bin: the file starts with %1, not PTDPRMC1/PTDPRMC3</source>
        <translation>ikke en ptd_pcg-.bin: filen begynder med %1, ikke PTDPRMC1/PTDPRMC3</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels at byte %2 (a trace needs 3; the file is not a trace)</source>
        <translation>JSON indlejret dybere end %1 niveauer ved byte %2 (et spor skal bruge 3; filen er ikke et spor)</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1 skal være et heltal</translation>
    </message>
    <message>
        <source>%1 = %2 is not an integer</source>
        <translation>%1 = %2 er ikke et heltal</translation>
    </message>
    <message>
        <source>%1 = %2 is negative</source>
        <translation>%1 = %2 er negativ</translation>
    </message>
    <message>
        <source>%1 = %2 is out of range (must be &lt; %3)</source>
        <translation>%1 = %2 er uden for det tilladte område (skal være &lt; %3)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 mangler</translation>
    </message>
    <message>
        <source>%1 must be an array</source>
        <translation>%1 skal være en liste</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 skal være et tal</translation>
    </message>
    <message>
        <source>%1 is not finite</source>
        <translation>%1 er ikke endelig</translation>
    </message>
    <message>
        <source>gzip: zlib failed to initialise</source>
        <translation>gzip: zlib kunne ikke initialiseres</translation>
    </message>
    <message>
        <source>gzip: decompressed size exceeds the limit of %1 bytes (refusing a possible decompression bomb)</source>
        <translation>gzip: den udpakkede størrelse overskrider grænsen på %1 byte (afviser en mulig dekomprimeringsbombe)</translation>
    </message>
    <message>
        <source>gzip: zlib reset failed</source>
        <translation>gzip: nulstilling af zlib mislykkedes</translation>
    </message>
    <message>
        <source>gzip: data truncated after %1 compressed bytes (%2 bytes inflated); the download is incomplete</source>
        <translation>gzip: dataene slutter efter %1 komprimerede byte (%2 byte udpakket); downloaden er ufuldstændig</translation>
    </message>
    <message>
        <source>gzip: corrupt data near compressed byte %1: %2</source>
        <translation>gzip: beskadigede data nær komprimeret byte %1: %2</translation>
    </message>
    <message>
        <source>trace JSON is %1 bytes, over the limit of %2</source>
        <translation>sporets JSON er %1 byte, over grænsen på %2</translation>
    </message>
    <message>
        <source>trace is not valid JSON at byte %1: %2</source>
        <translation>sporet er ikke gyldig JSON ved byte %1: %2</translation>
    </message>
    <message>
        <source>trace JSON must be an object with &quot;operations&quot;, &quot;vertex_rates&quot;, ... (got %1)</source>
        <translation>sporets JSON skal være et objekt med »operations«, »vertex_rates«, ... (fik %1)</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>noget andet</translation>
    </message>
    <message>
        <source>is_discrete must be true or false</source>
        <translation>is_discrete skal være true eller false</translation>
    </message>
    <message>
        <source>operations: %1 entries, over the limit of %2</source>
        <translation>operations: %1 elementer, over grænsen på %2</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 skal være et objekt</translation>
    </message>
    <message>
        <source>%1.op_type is missing or not a string</source>
        <translation>%1.op_type mangler eller er ikke en tekst</translation>
    </message>
    <message>
        <source>%1.op_type = &quot;%2&quot; is not a known operation (CONST, PARAM, DOT, ADD, MUL, DIV, INV, SUM)</source>
        <translation>%1.op_type = »%2« er ikke en kendt operation (CONST, PARAM, DOT, ADD, MUL, DIV, INV, SUM)</translation>
    </message>
    <message>
        <source>%1.coefficients must be an array</source>
        <translation>%1.coefficients skal være en liste</translation>
    </message>
    <message>
        <source>%1.coefficients has %2 entries, more than param_length = %3</source>
        <translation>%1.coefficients har %2 elementer, flere end param_length = %3</translation>
    </message>
    <message>
        <source>vertex_rates has %1 entries but n_vertices = %2</source>
        <translation>vertex_rates har %1 elementer, men n_vertices = %2</translation>
    </message>
    <message>
        <source>, the operation count</source>
        <translation>, antallet af operationer</translation>
    </message>
    <message>
        <source>%1 has %2 entries but n_vertices = %3</source>
        <translation>%1 har %2 elementer, men n_vertices = %3</translation>
    </message>
    <message>
        <source>, n_vertices</source>
        <translation>, n_vertices</translation>
    </message>
    <message>
        <source>states has %1 entries but n_vertices = %2</source>
        <translation>states har %1 elementer, men n_vertices = %2</translation>
    </message>
    <message>
        <source>%1 has %2 entries but state_length = %3</source>
        <translation>%1 har %2 elementer, men state_length = %3</translation>
    </message>
    <message>
        <source>%1[%2] must be an integer</source>
        <translation>%1[%2] skal være et heltal</translation>
    </message>
    <message>
        <source>n_vertices is 0: a trace needs at least a start vertex</source>
        <translation>n_vertices er 0: et spor skal mindst have en startknude</translation>
    </message>
    <message>
        <source>vertex_rates/edge_probs/vertex_targets have %1/%2/%3 entries but n_vertices = %4</source>
        <translation>vertex_rates/edge_probs/vertex_targets har %1/%2/%3 elementer, men n_vertices = %4</translation>
    </message>
    <message>
        <source>starting_vertex_idx = %1 is out of range (must be &lt; %2)</source>
        <translation>starting_vertex_idx = %1 er uden for det tilladte område (skal være &lt; %2)</translation>
    </message>
    <message>
        <source>operations[%1].operands[%2] = %3 points at itself (must be &lt; %1)</source>
        <translation>operations[%1].operands[%2] = %3 peger på sig selv (skal være &lt; %1)</translation>
    </message>
    <message>
        <source>operations[%1].operands[%2] = %3 points forward (must be &lt; %1)</source>
        <translation>operations[%1].operands[%2] = %3 peger fremad (skal være &lt; %1)</translation>
    </message>
    <message>
        <source>operations[%1] (%2) has %3 operands, needs %4</source>
        <translation>operations[%1] (%2) har %3 operander, skal have %4</translation>
    </message>
    <message>
        <source>operations[%1].param_idx = %2 is out of range (must be &lt; param_length = %3)</source>
        <translation>operations[%1].param_idx = %2 er uden for det tilladte område (skal være &lt; param_length = %3)</translation>
    </message>
    <message>
        <source>operations[%1].coefficients has %2 entries, more than param_length = %3</source>
        <translation>operations[%1].coefficients har %2 elementer, flere end param_length = %3</translation>
    </message>
    <message>
        <source>operations[%1].const_value is not finite</source>
        <translation>operations[%1].const_value er ikke endelig</translation>
    </message>
    <message>
        <source>vertex_rates[%1] = %2 is out of range (must be &lt; %3, the operation count)</source>
        <translation>vertex_rates[%1] = %2 er uden for det tilladte område (skal være &lt; %3, antallet af operationer)</translation>
    </message>
    <message>
        <source>vertex %1 has %2 edge_probs but %3 vertex_targets (must be equal)</source>
        <translation>knude %1 har %2 edge_probs, men %3 vertex_targets (skal være lige mange)</translation>
    </message>
    <message>
        <source>edge_probs[%1][%2] = %3 is out of range (must be &lt; %4, the operation count)</source>
        <translation>edge_probs[%1][%2] = %3 er uden for det tilladte område (skal være &lt; %4, antallet af operationer)</translation>
    </message>
    <message>
        <source>vertex_targets[%1][%2] = %3 is out of range (must be &lt; n_vertices = %4)</source>
        <translation>vertex_targets[%1][%2] = %3 er uden for det tilladte område (skal være &lt; n_vertices = %4)</translation>
    </message>
    <message>
        <source>states[%1] has %2 entries but state_length = %3</source>
        <translation>states[%1] har %2 elementer, men state_length = %3</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kan ikke åbnes: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is larger than the %3-byte limit</source>
        <translation>%1: %2 byte er mere end grænsen på %3 byte</translation>
    </message>
    <message>
        <source>metadata.json is not valid JSON at byte %1: %2</source>
        <translation>metadata.json er ikke gyldig JSON ved byte %1: %2</translation>
    </message>
    <message>
        <source>metadata.json must be a JSON object</source>
        <translation>metadata.json skal være et JSON-objekt</translation>
    </message>
    <message>
        <source>metadata.json has no validation cases (looked for an array of objects with time and expected_pdf under &quot;validation&quot; or &quot;test_cases&quot;)</source>
        <translation>metadata.json har ingen valideringstilfælde (ledte efter en liste af objekter med time og expected_pdf under »validation« eller »test_cases«)</translation>
    </message>
    <message>
        <source>case %1 is not an object</source>
        <translation>tilfælde %1 er ikke et objekt</translation>
    </message>
    <message>
        <source>case %1: theta is missing or not a number / array of numbers</source>
        <translation>tilfælde %1: theta mangler eller er ikke et tal / en liste af tal</translation>
    </message>
    <message>
        <source>case %1: time is missing, not a number or negative</source>
        <translation>tilfælde %1: time mangler, er ikke et tal eller er negativ</translation>
    </message>
    <message>
        <source>case %1: the expected value is missing or not a number</source>
        <translation>tilfælde %1: den forventede værdi mangler eller er ikke et tal</translation>
    </message>
    <message>
        <source>case %1: tolerance is not a number ≥ 0</source>
        <translation>tilfælde %1: tolerance er ikke et tal ≥ 0</translation>
    </message>
    <message>
        <source>case %1: %2</source>
        <translation>tilfælde %1: %2</translation>
    </message>
    <message>
        <source>case %1: %2(%3) = %4, expected %5 ± %6</source>
        <translation>tilfælde %1: %2(%3) = %4, forventede %5 ± %6</translation>
    </message>
    <message numerus="yes">
        <source>the trace has %n parameter(s) but %1 value(s) of θ were given</source>
        <translation>
            <numerusform>sporet har %n parameter, men der blev givet %1 værdi(er) af θ</numerusform>
            <numerusform>sporet har %n parametre, men der blev givet %1 værdi(er) af θ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pt::ui::AppContext</name>
    <message>
        <source>The registry location &quot;%1&quot; cannot be used: %2. Change it in Settings or pass --registry URL.</source>
        <translation>Registerplaceringen »%1« kan ikke bruges: %2. Ret den i Indstillinger, eller angiv --registry URL.</translation>
    </message>
    <message>
        <source>%1 is not in the registry</source>
        <translation>%1 findes ikke i registret</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>mangler %1</translation>
    </message>
    <message>
        <source>not checked %1: the registry has no sha256 for it</source>
        <translation>ikke kontrolleret %1: registret har ingen sha256 for den</translation>
    </message>
    <message>
        <source>unreadable %1: %2</source>
        <translation>kan ikke læses %1: %2</translation>
    </message>
    <message>
        <source>corrupt %1: sha256 %2, the registry says %3</source>
        <translation>beskadiget %1: sha256 %2, registret siger %3</translation>
    </message>
    <message>
        <source>ok %1</source>
        <translation>ok %1</translation>
    </message>
    <message>
        <source>not checked %1: no sha256 in the registry and its blocks are not in the local store (download it again to check it)</source>
        <translation>ikke kontrolleret %1: ingen sha256 i registret, og dens blokke er ikke i det lokale bloklager (download den igen for at kontrollere den)</translation>
    </message>
    <message>
        <source>ok %1 (rebuilt from its CID)</source>
        <translation>ok %1 (genopbygget ud fra sin CID)</translation>
    </message>
    <message>
        <source>corrupt %1: differs from %2</source>
        <translation>beskadiget %1: afviger fra %2</translation>
    </message>
    <message>
        <source>could not remove %1</source>
        <translation>kunne ikke fjerne %1</translation>
    </message>
</context>
<context>
    <name>pt::ui::Availability</name>
    <message>
        <source>not checked yet</source>
        <translation>ikke undersøgt endnu</translation>
    </message>
    <message>
        <source>some content is available nowhere</source>
        <translation>noget af indholdet er ikke tilgængeligt nogen steder</translation>
    </message>
    <message>
        <source>available nowhere</source>
        <translation>ikke tilgængeligt nogen steder</translation>
    </message>
    <message>
        <source>available on %1 of 1 gateway</source>
        <translation>tilgængeligt på %1 af 1 gateway</translation>
    </message>
    <message>
        <source>available on %1 of %2 gateways</source>
        <translation>tilgængeligt på %1 af %2 gateways</translation>
    </message>
    <message>
        <source>kept by the local IPFS node</source>
        <translation>gemt af den lokale IPFS-node</translation>
    </message>
    <message>
        <source>not in the local IPFS node</source>
        <translation>ikke i den lokale IPFS-node</translation>
    </message>
    <message>
        <source>pinned on %1</source>
        <translation>pinnet hos %1</translation>
    </message>
    <message>
        <source>not pinned on %1</source>
        <translation>ikke pinnet hos %1</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>undersøgt %1</translation>
    </message>
</context>
<context>
    <name>pt::ui::BrowserView</name>
    <message>
        <source>Registry browser</source>
        <translation>Registeroversigt</translation>
    </message>
    <message>
        <source>Search id, description, tags, author… (Ctrl+F)</source>
        <translation>Søg i id, beskrivelse, tags, forfatter… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the registry</source>
        <translation>Søg i registret</translation>
    </message>
    <message>
        <source>Registry entries</source>
        <translation>Poster i registret</translation>
    </message>
    <message>
        <source>Empty state</source>
        <translation>Tom visning</translation>
    </message>
    <message>
        <source>C&amp;lear search and filters</source>
        <translation>Ryd s&amp;øgning og filtre</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Ryd søgning og filtre</translation>
    </message>
    <message>
        <source>&amp;Refresh registry</source>
        <translation>&amp;Opdatér registret</translation>
    </message>
    <message>
        <source>Refresh registry</source>
        <translation>Opdatér registret</translation>
    </message>
    <message>
        <source>Registry &amp;settings…</source>
        <translation>Indstillinger for re&amp;gistret…</translation>
    </message>
    <message>
        <source>Registry settings</source>
        <translation>Indstillinger for registret</translation>
    </message>
    <message>
        <source>No registry could be loaded.
%1</source>
        <translation>Intet register kunne indlæses.
%1</translation>
    </message>
    <message>
        <source>Loading the registry…</source>
        <translation>Indlæser registret…</translation>
    </message>
    <message>
        <source>The registry has no entries.</source>
        <translation>Registret har ingen poster.</translation>
    </message>
    <message>
        <source>No entry matches the search and filters.</source>
        <translation>Ingen post passer til søgningen og filtrene.</translation>
    </message>
</context>
<context>
    <name>pt::ui::BusyPanel</name>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igen</translation>
    </message>
</context>
<context>
    <name>pt::ui::CachePage</name>
    <message>
        <source>Verified blocks</source>
        <translation>Verificerede blokke</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Størrelse:</translation>
    </message>
    <message>
        <source>&amp;Clear Block Store…</source>
        <translation>&amp;Ryd bloklageret…</translation>
    </message>
    <message>
        <source>Clear the block store</source>
        <translation>Ryd bloklageret</translation>
    </message>
    <message>
        <source>Removes the verified IPFS blocks kept for resuming and de-duplication. Finished trace files are kept.</source>
        <translation>Fjerner de verificerede IPFS-blokke, der gemmes for at kunne genoptage og undgå dubletter. Færdige sporfiler bevares.</translation>
    </message>
    <message>
        <source>Shared with the phasic Python library</source>
        <translation>Delt med Python-biblioteket phasic</translation>
    </message>
    <message>
        <source>&amp;Place downloads where the Python library looks for them</source>
        <translation>&amp;Placér downloads der, hvor Python-biblioteket leder efter dem</translation>
    </message>
    <message>
        <source>Place downloads where the Python library looks</source>
        <translation>Placér downloads der, hvor Python-biblioteket leder</translation>
    </message>
    <message>
        <source>Trace packages folder</source>
        <translation>Mappe til sporpakker</translation>
    </message>
    <message>
        <source>&amp;Trace packages:</source>
        <translation>&amp;Sporpakker:</translation>
    </message>
    <message>
        <source>Compute cache folder</source>
        <translation>Mappe til beregningscache</translation>
    </message>
    <message>
        <source>C&amp;ompute cache:</source>
        <translation>&amp;Beregningscache:</translation>
    </message>
    <message>
        <source>Files here are finished downloads that the Python library uses too. The app never deletes them on its own; remove them in your file manager if you no longer need them.</source>
        <translation>Filerne her er færdige downloads, som Python-biblioteket også bruger. Programmet sletter dem aldrig af sig selv; fjern dem i filhåndteringen, hvis du ikke længere har brug for dem.</translation>
    </message>
    <message>
        <source>Downloads at the same time</source>
        <translation>Samtidige downloads</translation>
    </message>
    <message>
        <source>&amp;Downloads at the same time:</source>
        <translation>Samtidige &amp;downloads:</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 i %n fil</numerusform>
            <numerusform>%1 i %n filer</numerusform>
        </translation>
    </message>
    <message>
        <source>The block store was cleared.</source>
        <translation>Bloklageret er ryddet.</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Beregner…</translation>
    </message>
    <message>
        <source>Clear the block store?</source>
        <translation>Ryd bloklageret?</translation>
    </message>
    <message>
        <source>Remove the verified IPFS blocks in %1 (%2)?</source>
        <translation>Fjern de verificerede IPFS-blokke i %1 (%2)?</translation>
    </message>
    <message>
        <source>size not known yet</source>
        <translation>størrelsen kendes endnu ikke</translation>
    </message>
    <message>
        <source>Finished trace files in the folders shared with the Python library are kept. Downloads that are under way may have to fetch some blocks again.</source>
        <translation>Færdige sporfiler i mapperne, der deles med Python-biblioteket, bevares. Igangværende downloads skal muligvis hente nogle blokke igen.</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Ryd</translation>
    </message>
    <message>
        <source>Clearing the block store…</source>
        <translation>Rydder bloklageret…</translation>
    </message>
    <message>
        <source>Folder %1 must be an absolute path (or leave the field empty for the default).</source>
        <translation>Mappen %1 skal være en absolut sti (eller lad feltet stå tomt for at bruge standarden).</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
</context>
<context>
    <name>pt::ui::CommandLine</name>
    <message>
        <source>Browse, inspect and publish phasic traces.</source>
        <translation>Gennemse, undersøg og udgiv phasic-spor.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjælp.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Vis versionen.</translation>
    </message>
    <message>
        <source>Print the time to the first painted window and the memory in use, then quit.</source>
        <translation>Skriv tiden til det første tegnede vindue og den brugte hukommelse, og afslut så.</translation>
    </message>
    <message>
        <source>Trace files or links to open.</source>
        <translation>Sporfiler eller links, der skal åbnes.</translation>
    </message>
</context>
<context>
    <name>pt::ui::DaemonController</name>
    <message>
        <source>Checking…</source>
        <translation>Undersøger…</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Ikke installeret</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starter…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Kører</translation>
    </message>
    <message>
        <source>Running (started outside Phasic Traces)</source>
        <translation>Kører (startet uden for Phasic Traces)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>IPFS node: running</source>
        <translation>IPFS-node: kører</translation>
    </message>
    <message>
        <source>1 peer</source>
        <translation>1 peer</translation>
    </message>
    <message>
        <source>%1 peers</source>
        <translation>%1 peers</translation>
    </message>
    <message>
        <source>IPFS node: error — %1</source>
        <translation>IPFS-node: fejl – %1</translation>
    </message>
    <message>
        <source>IPFS node: %1</source>
        <translation>IPFS-node: %1</translation>
    </message>
    <message>
        <source>Kubo, the IPFS node program, was not found. Phasic Traces still downloads everything through public gateways; with a local node downloads are faster and you can share what you have. Install Kubo, or choose its binary in the settings.</source>
        <translation>Kubo, IPFS-nodens program, blev ikke fundet. Phasic Traces downloader stadig alt gennem offentlige gateways; med en lokal node går downloads hurtigere, og du kan dele det, du har. Installér Kubo, eller vælg programmet i indstillingerne.</translation>
    </message>
    <message>
        <source>The file chosen as the ipfs program cannot be run: it lacks the execute permission or is not a program.</source>
        <translation>Filen, der er valgt som ipfs-program, kan ikke køres: den mangler tilladelse til at blive kørt eller er ikke et program.</translation>
    </message>
    <message>
        <source>Only one IPFS node can use a repository at a time, and another ipfs process holds its lock file (repo.lock) — often IPFS Desktop or a daemon started in a terminal. Stop that process, or let it run: Phasic Traces uses a node that already answers on the API address.</source>
        <translation>Kun én IPFS-node kan bruge et lager ad gangen, og en anden ipfs-proces holder dets låsefil (repo.lock) – ofte IPFS Desktop eller en dæmon startet i en terminal. Stop den proces, eller lad den køre: Phasic Traces bruger en node, der allerede svarer på API-adressen.</translation>
    </message>
    <message>
        <source>Another program listens on a port the node needs (by default 5001 for the API, 8080 for the gateway, 4001 for peers). Stop that program or give the node other ports.</source>
        <translation>Et andet program lytter på en port, som noden skal bruge (som standard 5001 til API&apos;et, 8080 til gatewayen og 4001 til peers). Stop det program, eller giv noden andre porte.</translation>
    </message>
    <message>
        <source>The repository was written by a different Kubo version and has to be migrated before this one can use it.</source>
        <translation>Lageret er skrevet af en anden version af Kubo og skal migreres, før denne version kan bruge det.</translation>
    </message>
    <message>
        <source>The node was started but did not answer in time. It may still be starting (large repositories take longer); its output below tells more.</source>
        <translation>Noden blev startet, men svarede ikke i tide. Den er måske stadig ved at starte (store lagre tager længere tid); dens output nedenfor fortæller mere.</translation>
    </message>
    <message>
        <source>The node stopped on its own. Its last output, below, says why.</source>
        <translation>Noden stoppede af sig selv. Dens sidste output nedenfor fortæller hvorfor.</translation>
    </message>
    <message>
        <source>This node was started outside Phasic Traces and could not be stopped from here.</source>
        <translation>Denne node blev startet uden for Phasic Traces og kunne ikke stoppes herfra.</translation>
    </message>
    <message>
        <source>The IPFS node reported a problem; the details and its output are below.</source>
        <translation>IPFS-noden meldte et problem; detaljerne og dens output står nedenfor.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbejder…</translation>
    </message>
    <message>
        <source>Not available here: %1</source>
        <translation>Ikke tilgængelig her: %1</translation>
    </message>
    <message>
        <source>Not installed (the node starts only when you start it)</source>
        <translation>Ikke installeret (noden starter kun, når du starter den)</translation>
    </message>
    <message>
        <source>Installed (%1)</source>
        <translation>Installeret (%1)</translation>
    </message>
    <message>
        <source>starts at login</source>
        <translation>starter ved login</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>slået fra</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>Open node &amp;Web UI</source>
        <translation>Åbn nodens &amp;webbrugerflade</translation>
    </message>
    <message>
        <source>Open the IPFS node&apos;s own web interface in the browser</source>
        <translation>Åbn IPFS-nodens egen webbrugerflade i browseren</translation>
    </message>
    <message>
        <source>&amp;Refresh node status</source>
        <translation>&amp;Opdatér nodens status</translation>
    </message>
    <message>
        <source>Starting IPFS node…</source>
        <translation>Starter IPFS-noden…</translation>
    </message>
    <message>
        <source>Stopping IPFS node…</source>
        <translation>Stopper IPFS-noden…</translation>
    </message>
    <message>
        <source>S&amp;top IPFS node</source>
        <translation>S&amp;top IPFS-noden</translation>
    </message>
    <message>
        <source>&amp;Start IPFS node</source>
        <translation>&amp;Start IPFS-noden</translation>
    </message>
    <message>
        <source>Stop the IPFS node (Kubo)</source>
        <translation>Stop IPFS-noden (Kubo)</translation>
    </message>
    <message>
        <source>Start the IPFS node (Kubo); it keeps running after Phasic Traces quits</source>
        <translation>Start IPFS-noden (Kubo); den bliver ved med at køre, efter Phasic Traces er afsluttet</translation>
    </message>
    <message>
        <source>Remove &amp;login service</source>
        <translation>Fjern &amp;logintjenesten</translation>
    </message>
    <message>
        <source>Install &amp;login service</source>
        <translation>Installér &amp;logintjeneste</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>arbejder…</translation>
    </message>
    <message>
        <source>checking the login service…</source>
        <translation>undersøger logintjenesten…</translation>
    </message>
    <message>
        <source>install Kubo first: no ipfs binary was found</source>
        <translation>installér først Kubo: programmet ipfs blev ikke fundet</translation>
    </message>
    <message>
        <source>Stop starting the IPFS node at login</source>
        <translation>Stop med at starte IPFS-noden ved login</translation>
    </message>
    <message>
        <source>Start the IPFS node at login, even without Phasic Traces</source>
        <translation>Start IPFS-noden ved login, også uden Phasic Traces</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Ikke undersøgt</translation>
    </message>
</context>
<context>
    <name>pt::ui::DaemonPage</name>
    <message>
        <source>IPFS Daemon</source>
        <translation>IPFS-dæmon</translation>
    </message>
    <message>
        <source>A local IPFS node (Kubo) makes downloads faster and lets you share what you have. Without one, the gateways are used.</source>
        <translation>En lokal IPFS-node (Kubo) gør downloads hurtigere og lader dig dele det, du har. Uden en bruges gatewayene.</translation>
    </message>
    <message>
        <source>&amp;Use a local IPFS daemon when one is running</source>
        <translation>&amp;Brug en lokal IPFS-dæmon, når en kører</translation>
    </message>
    <message>
        <source>Use a local IPFS daemon</source>
        <translation>Brug en lokal IPFS-dæmon</translation>
    </message>
    <message>
        <source>&amp;Start the daemon with the app</source>
        <translation>&amp;Start dæmonen sammen med programmet</translation>
    </message>
    <message>
        <source>Start the IPFS daemon with the app</source>
        <translation>Start IPFS-dæmonen sammen med programmet</translation>
    </message>
    <message>
        <source>IPFS program</source>
        <translation>IPFS-program</translation>
    </message>
    <message>
        <source>not found on PATH</source>
        <translation>ikke fundet i PATH</translation>
    </message>
    <message>
        <source>IPFS &amp;program:</source>
        <translation>IPFS-&amp;program:</translation>
    </message>
    <message>
        <source>Choose the ipfs program</source>
        <translation>Vælg programmet ipfs</translation>
    </message>
    <message>
        <source>IPFS repository folder (IPFS_PATH)</source>
        <translation>Mappe til IPFS-lageret (IPFS_PATH)</translation>
    </message>
    <message>
        <source>&amp;Repository (IPFS_PATH):</source>
        <translation>&amp;Lager (IPFS_PATH):</translation>
    </message>
    <message>
        <source>Choose the IPFS repository folder</source>
        <translation>Vælg mappen til IPFS-lageret</translation>
    </message>
    <message>
        <source>Kubo API address</source>
        <translation>Kubos API-adresse</translation>
    </message>
    <message>
        <source>from the repository&apos;s api file, e.g. /ip4/127.0.0.1/tcp/5001</source>
        <translation>fra lagerets api-fil, f.eks. /ip4/127.0.0.1/tcp/5001</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>&amp;API-adresse:</translation>
    </message>
    <message>
        <source>Leave a field empty to use the default shown in it.</source>
        <translation>Lad et felt stå tomt for at bruge den standard, der vises i det.</translation>
    </message>
    <message>
        <source>IPFS program %1 is not an executable file; choose the ipfs program or leave the field empty to search PATH.</source>
        <translation>IPFS-programmet %1 er ikke en kørbar fil; vælg programmet ipfs, eller lad feltet stå tomt for at søge i PATH.</translation>
    </message>
    <message>
        <source>Repository folder %1 must be an absolute path.</source>
        <translation>Lagermappen %1 skal være en absolut sti.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-adresse</translation>
    </message>
</context>
<context>
    <name>pt::ui::DaemonPanel</name>
    <message>
        <source>IPFS node</source>
        <translation>IPFS-node</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Tilstand:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Peer ID:</source>
        <translation>Peer-id:</translation>
    </message>
    <message>
        <source>Peers:</source>
        <translation>Peers:</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>Lager:</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Båndbredde:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API-adresse:</translation>
    </message>
    <message>
        <source>Login service:</source>
        <translation>Logintjeneste:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Output of the IPFS node</source>
        <translation>Output fra IPFS-noden</translation>
    </message>
    <message>
        <source>What the problem means</source>
        <translation>Hvad problemet betyder</translation>
    </message>
    <message>
        <source>Suggested next step</source>
        <translation>Foreslået næste skridt</translation>
    </message>
    <message>
        <source>Problem details</source>
        <translation>Detaljer om problemet</translation>
    </message>
    <message>
        <source>Start or stop the IPFS node</source>
        <translation>Start eller stop IPFS-noden</translation>
    </message>
    <message>
        <source>Install or remove the login service</source>
        <translation>Installér eller fjern logintjenesten</translation>
    </message>
    <message>
        <source>Open the node&apos;s Web UI</source>
        <translation>Åbn nodens webbrugerflade</translation>
    </message>
    <message>
        <source>Refresh the node&apos;s status</source>
        <translation>Opdatér nodens status</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Ikke tilgængelig</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, 1 object</source>
        <translation>%1, 1 objekt</translation>
    </message>
    <message>
        <source>%1, %2 objects</source>
        <translation>%1, %2 objekter</translation>
    </message>
    <message>
        <source>↓ %1  ↑ %2 (total ↓ %3  ↑ %4)</source>
        <translation>↓ %1  ↑ %2 (i alt ↓ %3  ↑ %4)</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Næste skridt: %1</translation>
    </message>
    <message>
        <source>(the node printed nothing, or was not started by Phasic Traces)</source>
        <translation>(noden skrev intet, eller den blev ikke startet af Phasic Traces)</translation>
    </message>
    <message>
        <source>Show node &amp;panel</source>
        <translation>Vis node&amp;panelet</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation>&amp;Node</translation>
    </message>
</context>
<context>
    <name>pt::ui::DensityPlotWidget</name>
    <message>
        <source>Density plot</source>
        <translation>Tæthedsplot</translation>
    </message>
    <message>
        <source>Density (PDF)</source>
        <translation>Tæthed (PDF)</translation>
    </message>
    <message>
        <source>Cumulative (CDF)</source>
        <translation>Kumulativ (CDF)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Time from</source>
        <translation>Tid fra</translation>
    </message>
    <message>
        <source>Time to</source>
        <translation>Tid til</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export plot as PNG</source>
        <translation>Eksportér plottet som PNG</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export plot as SVG</source>
        <translation>Eksportér plottet som SVG</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export values as CSV</source>
        <translation>Eksportér værdierne som CSV</translation>
    </message>
    <message>
        <source>t from</source>
        <translation>t fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punkter</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <source>Plot status</source>
        <translation>Plotstatus</translation>
    </message>
    <message>
        <source>Value of parameter %1</source>
        <translation>Værdi af parameteren %1</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Evaluerer…</translation>
    </message>
    <message>
        <source>%1 points in %2 ms</source>
        <translation>%1 punkter på %2 ms</translation>
    </message>
    <message>
        <source>No trace</source>
        <translation>Intet spor</translation>
    </message>
    <message>
        <source>F(t)</source>
        <translation>F(t)</translation>
    </message>
    <message>
        <source>f(t)</source>
        <translation>f(t)</translation>
    </message>
    <message>
        <source>nothing to export: no curve has been computed yet</source>
        <translation>intet at eksportere: der er endnu ikke beregnet nogen kurve</translation>
    </message>
    <message>
        <source>%1: could not write the PNG image</source>
        <translation>%1: PNG-billedet kunne ikke skrives</translation>
    </message>
    <message>
        <source>Trace CDF</source>
        <translation>Sporets CDF</translation>
    </message>
    <message>
        <source>Trace density</source>
        <translation>Sporets tæthed</translation>
    </message>
    <message>
        <source>Generated by Phasic Traces</source>
        <translation>Lavet med Phasic Traces</translation>
    </message>
    <message>
        <source>%1: could not write the SVG file</source>
        <translation>%1: SVG-filen kunne ikke skrives</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kan ikke skrive: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemte %1</translation>
    </message>
</context>
<context>
    <name>pt::ui::DescribePageImpl</name>
    <message>
        <source>Describe it</source>
        <translation>Beskriv det</translation>
    </message>
    <message>
        <source>What the registry shows about this trace. Fields marked * are needed.</source>
        <translation>Det, registret viser om dette spor. Felter markeret med * skal udfyldes.</translation>
    </message>
    <message>
        <source>Registry id</source>
        <translation>Id i registret</translation>
    </message>
    <message>
        <source>Re&amp;place the existing entry of this id</source>
        <translation>E&amp;rstat den eksisterende post med dette id</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Model type</source>
        <translation>Modeltype</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domæne</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>comma-separated, e.g. coalescent, kingman</source>
        <translation>adskilt med komma, f.eks. coalescent, kingman</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>ORCID</source>
        <translation>ORCID</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Kildehenvisning</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>(choose a license)</source>
        <translation>(vælg en licens)</translation>
    </message>
    <message>
        <source>&amp;Id *:</source>
        <translation>&amp;Id *:</translation>
    </message>
    <message>
        <source>D&amp;escription *:</source>
        <translation>&amp;Beskrivelse *:</translation>
    </message>
    <message>
        <source>&amp;Model type *:</source>
        <translation>&amp;Modeltype *:</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Domæn&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parametre:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Author *:</source>
        <translation>&amp;Forfatter *:</translation>
    </message>
    <message>
        <source>&amp;ORCID:</source>
        <translation>&amp;ORCID:</translation>
    </message>
    <message>
        <source>Ci&amp;tation:</source>
        <translation>&amp;Kildehenvisning:</translation>
    </message>
    <message>
        <source>&amp;DOI:</source>
        <translation>&amp;DOI:</translation>
    </message>
    <message>
        <source>&amp;License *:</source>
        <translation>&amp;Licens *:</translation>
    </message>
    <message>
        <source>Choose an id: letters, digits, &apos;_&apos; and &apos;-&apos;, e.g. coal_n5.</source>
        <translation>Vælg et id: bogstaver, cifre, &apos;_&apos; og &apos;-&apos;, f.eks. coal_n5.</translation>
    </message>
    <message>
        <source>✓ %1 is in the registry: its entry will be replaced (a new version).</source>
        <translation>✓ %1 findes i registret: posten bliver erstattet (en ny version).</translation>
    </message>
    <message>
        <source>✓ %1 is free in the registry.</source>
        <translation>✓ %1 er ledigt i registret.</translation>
    </message>
    <message>
        <source>✓ https://doi.org/%1</source>
        <translation>✓ https://doi.org/%1</translation>
    </message>
</context>
<context>
    <name>pt::ui::DesktopNotifier</name>
    <message>
        <source>no D-Bus session bus (%1)</source>
        <translation>ingen D-Bus-sessionsbus (%1)</translation>
    </message>
    <message>
        <source>no desktop notification service (%1)</source>
        <translation>ingen tjeneste til skrivebordsnotifikationer (%1)</translation>
    </message>
    <message>
        <source>desktop notifications need D-Bus</source>
        <translation>skrivebordsnotifikationer kræver D-Bus</translation>
    </message>
    <message>
        <source>the desktop notification service refused it (%1)</source>
        <translation>tjenesten til skrivebordsnotifikationer afviste den (%1)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
</context>
<context>
    <name>pt::ui::DetailPane</name>
    <message>
        <source>Entry details</source>
        <translation>Detaljer om posten</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Vælg en post for at se detaljerne.</translation>
    </message>
    <message>
        <source>Local status</source>
        <translation>Lokal status</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Download</translation>
    </message>
    <message>
        <source>Download entry</source>
        <translation>Download posten</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Åbn spor</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Vis i m&amp;appe</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Vis i mappe</translation>
    </message>
    <message>
        <source>Copy &amp;CID</source>
        <translation>Kopiér &amp;CID</translation>
    </message>
    <message>
        <source>Copy CID</source>
        <translation>Kopiér CID</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Kontrollér</translation>
    </message>
    <message>
        <source>Verify files</source>
        <translation>Kontrollér filerne</translation>
    </message>
    <message>
        <source>&amp;Remove from cache</source>
        <translation>F&amp;jern fra cachen</translation>
    </message>
    <message>
        <source>Remove from cache</source>
        <translation>Fjern fra cachen</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultat af kontrollen</translation>
    </message>
    <message>
        <source>Entry description</source>
        <translation>Beskrivelse af posten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopiér %1</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Kopiér %1 til udklipsholderen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slags</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domæne</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation>Knuder</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Kildehenvisning</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Directory CID</source>
        <translation>Mappens CID</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>forælder</translation>
    </message>
    <message>
        <source>Parent CID</source>
        <translation>Forælderens CID</translation>
    </message>
    <message>
        <source>SCC</source>
        <translation>SCC</translation>
    </message>
    <message>
        <source>SCC CID</source>
        <translation>SCC-CID</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>I alt %1</translation>
    </message>
    <message>
        <source>Pinned at</source>
        <translation>Pinnet hos</translation>
    </message>
    <message>
        <source>No pins recorded in the registry.</source>
        <translation>Registret angiver ingen pins.</translation>
    </message>
    <message>
        <source>Notes on the data</source>
        <translation>Bemærkninger om dataene</translation>
    </message>
    <message>
        <source>Cannot be downloaded: %1</source>
        <translation>Kan ikke downloades: %1</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation>Downloader: %1 af %2</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Downloader…</translation>
    </message>
    <message>
        <source>Downloaded: %1</source>
        <translation>Downloadet: %1</translation>
    </message>
    <message>
        <source>Not downloaded. The last attempt failed: %1</source>
        <translation>Ikke downloadet. Det seneste forsøg mislykkedes: %1</translation>
    </message>
    <message>
        <source>Not downloaded.</source>
        <translation>Ikke downloadet.</translation>
    </message>
    <message>
        <source>Download the entry to see its trace: structure, parameters and the distribution it encodes.</source>
        <translation>Download posten for at se dens spor: struktur, parametre og den fordeling, det beskriver.</translation>
    </message>
    <message>
        <source>This entry cannot be downloaded.</source>
        <translation>Denne post kan ikke downloades.</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Kontrollerer %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) do not match the registry; download again.</source>
        <translation>
            <numerusform>%n fil passer ikke med registret; download igen.</numerusform>
            <numerusform>%n filer passer ikke med registret; download igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n file(s) match the registry.</source>
        <translation>
            <numerusform>Kontrolleret: %n fil passer med registret.</numerusform>
            <numerusform>Kontrolleret: %n filer passer med registret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be verified.</source>
        <translation>Intet kunne kontrolleres.</translation>
    </message>
    <message>
        <source>Remove the downloaded files of %1? They can be downloaded again later.</source>
        <translation>Fjern de downloadede filer for %1? De kan downloades igen senere.</translation>
    </message>
</context>
<context>
    <name>pt::ui::DonePageImpl</name>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopiér %1</translation>
    </message>
    <message>
        <source>Pull request</source>
        <translation>Pull request</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Compare page</source>
        <translation>Sammenligningsside</translation>
    </message>
    <message>
        <source>CID of %1</source>
        <translation>CID for %1</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
</context>
<context>
    <name>pt::ui::DownloadsModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s tilbage</numerusform>
            <numerusform>%n s tilbage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>%1 min %2 s tilbage</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 t %2 min tilbage</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>I kø</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>Slår op</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Downloader</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Kontrollerer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Kører</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message numerus="yes">
        <source>Queued, %n file(s)</source>
        <translation>
            <numerusform>I kø, %n fil</numerusform>
            <numerusform>I kø, %n filer</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n filer</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislykkedes: %1</translation>
    </message>
    <message>
        <source>Cancelled at %1</source>
        <translation>Annulleret ved %1</translation>
    </message>
</context>
<context>
    <name>pt::ui::DownloadsPanel</name>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annullér</translation>
    </message>
    <message>
        <source>Cancel the selected downloads</source>
        <translation>Annullér de valgte downloads</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>Retry the selected downloads</source>
        <translation>Prøv de valgte downloads igen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the selected downloads from the list</source>
        <translation>Fjern de valgte downloads fra listen</translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation>&amp;Ryd færdige</translation>
    </message>
    <message>
        <source>Remove every finished download from the list</source>
        <translation>Fjern alle færdige downloads fra listen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Show the downloaded entry</source>
        <translation>Vis den downloadede post</translation>
    </message>
    <message>
        <source>Copy &amp;Log</source>
        <translation>Kopiér &amp;log</translation>
    </message>
    <message>
        <source>Copy what happened during the download</source>
        <translation>Kopiér, hvad der skete under downloaden</translation>
    </message>
    <message>
        <source>Download list</source>
        <translation>Downloadliste</translation>
    </message>
    <message>
        <source>One row per download, with its progress</source>
        <translation>Én række pr. download med dens fremskridt</translation>
    </message>
    <message>
        <source>No downloads yet.
Select an entry in the registry and choose Download; its progress shows here.</source>
        <translation>Ingen downloads endnu.
Vælg en post i registret, og vælg Download; fremskridtet vises her.</translation>
    </message>
    <message>
        <source>Download error</source>
        <translation>Downloadfejl</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Retry this download</source>
        <translation>Prøv denne download igen</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Åbn &amp;indstillinger…</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Åbn indstillingerne</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 mislykkedes: %2</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 blev annulleret.</translation>
    </message>
    <message>
        <source>Download actions</source>
        <translation>Downloadhandlinger</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Download færdig</translation>
    </message>
    <message>
        <source>%1 is ready (%2).</source>
        <translation>%1 er klar (%2).</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Download mislykkedes</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
</context>
<context>
    <name>pt::ui::DownloadsStatusWidget</name>
    <message>
        <source>Download progress</source>
        <translation>Downloadfremskridt</translation>
    </message>
    <message>
        <source>Show the downloads</source>
        <translation>Vis downloads</translation>
    </message>
    <message>
        <source>Total download progress</source>
        <translation>Samlet downloadfremskridt</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n download</numerusform>
            <numerusform>%n downloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pt::ui::FilterSidebar</name>
    <message>
        <source>Filters</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>Domæn&amp;e</translation>
    </message>
    <message>
        <source>Domain filter</source>
        <translation>Filter for domæne</translation>
    </message>
    <message>
        <source>&amp;Model type</source>
        <translation>&amp;Modeltype</translation>
    </message>
    <message>
        <source>Model type filter</source>
        <translation>Filter for modeltype</translation>
    </message>
    <message>
        <source>&amp;Tags (all of)</source>
        <translation>&amp;Tags (alle)</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filter for tags</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Licens</translation>
    </message>
    <message>
        <source>License filter</source>
        <translation>Filter for licens</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Slags</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filter for slags</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Minimum parameter count</source>
        <translation>Mindste antal parametre</translation>
    </message>
    <message>
        <source>Maximum parameter count</source>
        <translation>Største antal parametre</translation>
    </message>
    <message>
        <source>Params &amp;from</source>
        <translation>&amp;Parametre fra</translation>
    </message>
    <message>
        <source>Params &amp;to</source>
        <translation>Parametre t&amp;il</translation>
    </message>
    <message>
        <source>Downloaded filter</source>
        <translation>Filter for downloadede</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Downloadet</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Ikke downloadet</translation>
    </message>
    <message>
        <source>Do&amp;wnloaded</source>
        <translation>Do&amp;wnloadet</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>R&amp;yd filtre</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Ryd filtre</translation>
    </message>
    <message>
        <source>Downloaded (%1)</source>
        <translation>Downloadet (%1)</translation>
    </message>
    <message>
        <source>Not downloaded (%1)</source>
        <translation>Ikke downloadet (%1)</translation>
    </message>
    <message>
        <source>%1 parameters: %2 entries</source>
        <translation>%1 parametre: %2 poster</translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation>Samlin&amp;ger</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Samling</translation>
    </message>
    <message>
        <source>Download &amp;collection</source>
        <translation>Download &amp;hele samlingen</translation>
    </message>
    <message>
        <source>Download every trace of the collection</source>
        <translation>Download alle spor i samlingen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pt::ui::GatewaysPage</name>
    <message>
        <source>Public IPFS gateways used when no local daemon has the content, in order of preference. Every block is verified against its CID, so a gateway cannot change what you download. Use https://{cid}.ipfs.example.org for a subdomain gateway.</source>
        <translation>Offentlige IPFS-gateways, der bruges, når ingen lokal dæmon har indholdet, i prioriteret rækkefølge. Hver blok kontrolleres mod sin CID, så en gateway ikke kan ændre det, du downloader. Brug https://{cid}.ipfs.example.org til en underdomæne-gateway.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testresultat</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>New gateway</source>
        <translation>Ny gateway</translation>
    </message>
    <message>
        <source>https://gateway.example.org</source>
        <translation>https://gateway.example.org</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>Nulstil til &amp;standard</translation>
    </message>
    <message>
        <source>Reset the gateway list to the defaults</source>
        <translation>Nulstil listen over gateways til standarden</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Test every gateway</source>
        <translation>Test alle gateways</translation>
    </message>
    <message>
        <source>Asks each gateway for an empty block and shows how long it took</source>
        <translation>Beder hver gateway om en tom blok og viser, hvor lang tid det tog</translation>
    </message>
    <message>
        <source>Add at least one gateway, or press Reset to Defaults: without a gateway, content is only available through a local daemon.</source>
        <translation>Tilføj mindst én gateway, eller tryk på Nulstil til standard: uden en gateway kan indhold kun hentes gennem en lokal dæmon.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Tester…</translation>
    </message>
    <message>
        <source>Wrong answer: sent data for an empty block (HTTP %1)</source>
        <translation>Forkert svar: sendte data for en tom blok (HTTP %1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislykkedes: %1</translation>
    </message>
    <message>
        <source>Failed: HTTP %1 after %2 ms</source>
        <translation>Mislykkedes: HTTP %1 efter %2 ms</translation>
    </message>
    <message>
        <source>OK, %1 ms</source>
        <translation>OK, %1 ms</translation>
    </message>
</context>
<context>
    <name>pt::ui::HealthPane</name>
    <message>
        <source>Availability</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>Availability check progress</source>
        <translation>Fremskridt for undersøgelse af tilgængelighed</translation>
    </message>
    <message>
        <source>&amp;Check availability</source>
        <translation>&amp;Undersøg tilgængelighed</translation>
    </message>
    <message>
        <source>Check availability</source>
        <translation>Undersøg tilgængelighed</translation>
    </message>
    <message>
        <source>Ask every gateway, the local IPFS node and the pinning services whether they can serve this entry&apos;s content now</source>
        <translation>Spørg alle gateways, den lokale IPFS-node og pinning-tjenesterne, om de kan levere denne posts indhold nu</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>Annullér &amp;undersøgelsen</translation>
    </message>
    <message>
        <source>Cancel availability check</source>
        <translation>Annullér undersøgelsen af tilgængelighed</translation>
    </message>
    <message>
        <source>no IPFS content to check (the files are plain URLs or repository paths)</source>
        <translation>intet IPFS-indhold at undersøge (filerne er almindelige URL&apos;er eller stier i et repository)</translation>
    </message>
    <message>
        <source>(not kept for the next start: %1)</source>
        <translation>(gemmes ikke til næste start: %1)</translation>
    </message>
</context>
<context>
    <name>pt::ui::LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Brugerfladens sprog</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>A new language applies when Phasic Traces is restarted.</source>
        <translation>Et nyt sprog træder i kraft, når Phasic Traces genstartes.</translation>
    </message>
</context>
<context>
    <name>pt::ui::MainWindow</name>
    <message>
        <source>Phasic Traces</source>
        <translation>Phasic Traces</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>&amp;Åbn spor…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Åbn spor</translation>
    </message>
    <message>
        <source>Traces (*.json.gz *.json *.bin);;All files (*)</source>
        <translation>Spor (*.json.gz *.json *.bin);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;Refresh Registry</source>
        <translation>&amp;Opdatér registret</translation>
    </message>
    <message>
        <source>Get the current registry from its source (F5)</source>
        <translation>Hent det aktuelle register fra dets kilde (F5)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigér</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Downloads</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>Registry message</source>
        <translation>Meddelelse om registret</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Refresh registry</source>
        <translation>Opdatér registret</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <source>Registry settings</source>
        <translation>Indstillinger for registret</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Luk meddelelsen</translation>
    </message>
    <message>
        <source>Registry and open traces</source>
        <translation>Register og åbne spor</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Registry status</source>
        <translation>Registrets status</translation>
    </message>
    <message>
        <source>IPFS daemon status</source>
        <translation>IPFS-dæmonens status</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 af %2 poster</translation>
    </message>
    <message>
        <source>Removed %1 from the cache</source>
        <translation>Fjernede %1 fra cachen</translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>Kan ikke downloade %1: %2</translation>
    </message>
    <message>
        <source>%1 is not in the registry shown</source>
        <translation>%1 findes ikke i det viste register</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan ikke åbne %1: %2</translation>
    </message>
    <message>
        <source>The registry could not be loaded: %1</source>
        <translation>Registret kunne ikke indlæses: %1</translation>
    </message>
    <message>
        <source>Showing the registry snapshot bundled with this version.</source>
        <translation>Viser det øjebliksbillede af registret, der følger med denne version.</translation>
    </message>
    <message>
        <source>Showing the registry snapshot bundled with this version, made %1.</source>
        <translation>Viser det øjebliksbillede af registret, der følger med denne version, lavet %1.</translation>
    </message>
    <message>
        <source>Press F5 to get the current registry from %1.</source>
        <translation>Tryk på F5 for at hente det aktuelle register fra %1.</translation>
    </message>
    <message>
        <source>The registry source could not be reached; the last good copy is in use.</source>
        <translation>Registerkilden kunne ikke nås; den seneste gode kopi bruges.</translation>
    </message>
    <message>
        <source>Refreshing the registry from %1…</source>
        <translation>Opdaterer registret fra %1…</translation>
    </message>
    <message>
        <source>Registry: loading…</source>
        <translation>Register: indlæser…</translation>
    </message>
    <message>
        <source>Registry: not loaded</source>
        <translation>Register: ikke indlæst</translation>
    </message>
    <message numerus="yes">
        <source>Registry: %n entries, current (fetched %1)</source>
        <translation>
            <numerusform>Register: %n post, aktuelt (hentet %1)</numerusform>
            <numerusform>Register: %n poster, aktuelt (hentet %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registry: %n entries, copy from %1</source>
        <translation>
            <numerusform>Register: %n post, kopi fra %1</numerusform>
            <numerusform>Register: %n poster, kopi fra %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registry: %n entries, last good copy from %1</source>
        <translation>
            <numerusform>Register: %n post, seneste gode kopi fra %1</numerusform>
            <numerusform>Register: %n poster, seneste gode kopi fra %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registry: %n entries, bundled snapshot</source>
        <translation>
            <numerusform>Register: %n post, medfølgende øjebliksbillede</numerusform>
            <numerusform>Register: %n poster, medfølgende øjebliksbillede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registry: %n entries, local file</source>
        <translation>
            <numerusform>Register: %n post, lokal fil</numerusform>
            <numerusform>Register: %n poster, lokal fil</numerusform>
        </translation>
    </message>
    <message>
        <source> · refreshing…</source>
        <translation> · opdaterer…</translation>
    </message>
    <message>
        <source>&amp;Publish Trace…</source>
        <translation>&amp;Udgiv spor…</translation>
    </message>
    <message>
        <source>Collection %1: %2 of %3 traces queued.</source>
        <translation>Samlingen %1: %2 af %3 spor sat i kø.</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>Ikke sat i kø: %1</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Viste poster</translation>
    </message>
    <message>
        <source>The snapshot was made %1.</source>
        <translation>Øjebliksbilledet blev lavet %1.</translation>
    </message>
    <message>
        <source>Press F5 to try again.</source>
        <translation>Tryk på F5 for at prøve igen.</translation>
    </message>
</context>
<context>
    <name>pt::ui::OrderedListEditor</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Fjern den valgte post</translation>
    </message>
    <message>
        <source>Move the selected entry up</source>
        <translation>Flyt den valgte post op</translation>
    </message>
    <message>
        <source>Move the selected entry down</source>
        <translation>Flyt den valgte post ned</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>Add the entry typed in the field</source>
        <translation>Tilføj posten, der er skrevet i feltet</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 er allerede på listen.</translation>
    </message>
</context>
<context>
    <name>pt::ui::PackagePageImpl</name>
    <message>
        <source>Package preview</source>
        <translation>Forhåndsvisning af pakken</translation>
    </message>
    <message>
        <source>The files that go to IPFS, their checksums and the content id (CID) they get under the chosen import profile.</source>
        <translation>Filerne, der lægges på IPFS, deres kontrolsummer og det indholds-id (CID), de får med den valgte importprofil.</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Importprofil</translation>
    </message>
    <message>
        <source>Import &amp;profile:</source>
        <translation>Import&amp;profil:</translation>
    </message>
    <message>
        <source>Package files</source>
        <translation>Pakkens filer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>CID</source>
        <translation>CID</translation>
    </message>
    <message>
        <source>Root CID</source>
        <translation>Rod-CID</translation>
    </message>
    <message>
        <source>Root &amp;CID:</source>
        <translation>&amp;Rod-CID:</translation>
    </message>
    <message>
        <source>Building the package and computing its CID…</source>
        <translation>Bygger pakken og beregner dens CID…</translation>
    </message>
</context>
<context>
    <name>pt::ui::ProgressDelegate</name>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>pt::ui::PublishWizard</name>
    <message>
        <source>Publish a trace</source>
        <translation>Udgiv et spor</translation>
    </message>
    <message>
        <source>The id is empty.</source>
        <translation>Id&apos;et er tomt.</translation>
    </message>
    <message>
        <source>Not a safe id: %1</source>
        <translation>Ikke et sikkert id: %1</translation>
    </message>
    <message>
        <source>Not a safe id: &apos;%1&apos; is not allowed (use letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;).</source>
        <translation>Ikke et sikkert id: &apos;%1&apos; er ikke tilladt (brug bogstaver, cifre, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;).</translation>
    </message>
    <message>
        <source>%1 is already in the registry: choose another id, or tick &quot;Replace&quot; to publish a new version of it.</source>
        <translation>%1 findes allerede i registret: vælg et andet id, eller sæt flueben ved »Erstat« for at udgive en ny version af det.</translation>
    </message>
    <message>
        <source>Your entries are kept: open the publish wizard again to resume where you stopped.</source>
        <translation>Det, du har indtastet, bevares: åbn udgivelsesguiden igen for at fortsætte, hvor du slap.</translation>
    </message>
    <message>
        <source>Publishing is not finished</source>
        <translation>Udgivelsen er ikke færdig</translation>
    </message>
    <message>
        <source>&amp;Close and resume later</source>
        <translation>&amp;Luk og fortsæt senere</translation>
    </message>
    <message>
        <source>&amp;Stay and resume now</source>
        <translation>&amp;Bliv og fortsæt nu</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>pt::ui::PublishingPage</name>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Forfatterens navn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Author ORCID</source>
        <translation>Forfatterens ORCID</translation>
    </message>
    <message>
        <source>&amp;ORCID:</source>
        <translation>&amp;ORCID:</translation>
    </message>
    <message>
        <source>Pinning services</source>
        <translation>Pinning-tjenester</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slags</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endepunkt</translation>
    </message>
    <message>
        <source>&amp;Add Service</source>
        <translation>&amp;Tilføj tjeneste</translation>
    </message>
    <message>
        <source>Add a pinning service</source>
        <translation>Tilføj en pinning-tjeneste</translation>
    </message>
    <message>
        <source>Remo&amp;ve Service</source>
        <translation>&amp;Fjern tjeneste</translation>
    </message>
    <message>
        <source>Remove the selected pinning service</source>
        <translation>Fjern den valgte pinning-tjeneste</translation>
    </message>
    <message>
        <source>New token for the selected pinning service</source>
        <translation>Nyt token til den valgte pinning-tjeneste</translation>
    </message>
    <message>
        <source>new token (saved to the keyring on Apply)</source>
        <translation>nyt token (gemmes i nøgleringen, når du trykker Anvend)</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>Tok&amp;en:</translation>
    </message>
    <message>
        <source>Remove Token</source>
        <translation>Fjern token</translation>
    </message>
    <message>
        <source>Remove the selected service&apos;s token from the keyring</source>
        <translation>Fjern den valgte tjenestes token fra nøgleringen</translation>
    </message>
    <message>
        <source>GitHub (for registry pull requests)</source>
        <translation>GitHub (til pull requests mod registret)</translation>
    </message>
    <message>
        <source>GitHub login name</source>
        <translation>Brugernavn på GitHub</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>New GitHub token</source>
        <translation>Nyt GitHub-token</translation>
    </message>
    <message>
        <source>Remove the GitHub token from the keyring</source>
        <translation>Fjern GitHub-tokenet fra nøgleringen</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Kind of pinning service</source>
        <translation>Slags pinning-tjeneste</translation>
    </message>
    <message>
        <source>Pinning Service API</source>
        <translation>Pinning Service API</translation>
    </message>
    <message>
        <source>will be removed from the keyring on Apply</source>
        <translation>fjernes fra nøgleringen, når du trykker Anvend</translation>
    </message>
    <message>
        <source>stored in the keyring</source>
        <translation>gemt i nøgleringen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>checking the keyring…</source>
        <translation>undersøger nøgleringen…</translation>
    </message>
    <message>
        <source>saving to the keyring…</source>
        <translation>gemmer i nøgleringen…</translation>
    </message>
    <message>
        <source>keyring: %1</source>
        <translation>nøglering: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ikke undersøgt</translation>
    </message>
    <message>
        <source>Select a service to set its token.</source>
        <translation>Vælg en tjeneste for at angive dens token.</translation>
    </message>
    <message>
        <source>Web3.Storage uses the login of its own command-line tool (w3); no token is kept here.</source>
        <translation>Web3.Storage bruger login fra sit eget kommandolinjeværktøj (w3); der gemmes intet token her.</translation>
    </message>
    <message>
        <source>Give the service a name first.</source>
        <translation>Giv først tjenesten et navn.</translation>
    </message>
    <message>
        <source>Token for %1: %2</source>
        <translation>Token til %1: %2</translation>
    </message>
    <message>
        <source>Token for %1: will be saved to the keyring on Apply</source>
        <translation>Token til %1: gemmes i nøgleringen, når du trykker Anvend</translation>
    </message>
    <message>
        <source>will be saved to the keyring on Apply</source>
        <translation>gemmes i nøgleringen, når du trykker Anvend</translation>
    </message>
    <message>
        <source>Tokens cannot be saved: keyring access is turned off.</source>
        <translation>Tokens kan ikke gemmes: adgang til nøgleringen er slået fra.</translation>
    </message>
    <message>
        <source>The token for %1 was not saved: %2</source>
        <translation>Tokenet til %1 blev ikke gemt: %2</translation>
    </message>
    <message>
        <source>The token for %1 was not removed: %2</source>
        <translation>Tokenet til %1 blev ikke fjernet: %2</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Udgivelse</translation>
    </message>
</context>
<context>
    <name>pt::ui::RegistryModel</name>
    <message>
        <source>Retracted</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Ikke tilgængelig</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Downloadet</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tilgængelig</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation>Knuder</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>This column cannot be sorted; sort by id, params, vertices or size.</source>
        <translation>Denne kolonne kan ikke sorteres; sortér efter id, parametre, knuder eller størrelse.</translation>
    </message>
</context>
<context>
    <name>pt::ui::RegistryPage</name>
    <message>
        <source>Where the app reads &lt;b&gt;registry.json&lt;/b&gt;, the list of traces. Sources are tried in order; the first that answers is used. An https:// or ipfs:// address, a file:// URL or a path.</source>
        <translation>Hvor programmet læser &lt;b&gt;registry.json&lt;/b&gt;, listen over spor. Kilderne prøves i rækkefølge; den første, der svarer, bruges. En https://- eller ipfs://-adresse, en file://-URL eller en sti.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Registry sources</source>
        <translation>Registerkilder</translation>
    </message>
    <message>
        <source>New registry source</source>
        <translation>Ny registerkilde</translation>
    </message>
    <message>
        <source>https://…/registry.json, ipfs://CID/registry.json or a file</source>
        <translation>https://…/registry.json, ipfs://CID/registry.json eller en fil</translation>
    </message>
    <message>
        <source>Reset to &amp;Default</source>
        <translation>Nulstil til &amp;standard</translation>
    </message>
    <message>
        <source>Reset the registry sources to the default</source>
        <translation>Nulstil registerkilderne til standarden</translation>
    </message>
    <message>
        <source>Add at least one registry source, or press Reset to Default.</source>
        <translation>Tilføj mindst én registerkilde, eller tryk på Nulstil til standard.</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>pt::ui::RegistryPageImpl</name>
    <message>
        <source>Registry pull request</source>
        <translation>Pull request mod registret</translation>
    </message>
    <message>
        <source>The registry lists the entry once its maintainers merge a pull request. Without GitHub, save a patch and send it another way.</source>
        <translation>Registret viser posten, når dets vedligeholdere har merget en pull request. Uden GitHub kan du gemme en patch og sende den på anden vis.</translation>
    </message>
    <message>
        <source>Registry diff</source>
        <translation>Ændringer i registret</translation>
    </message>
    <message>
        <source>Pull request title</source>
        <translation>Titel på pull request</translation>
    </message>
    <message>
        <source>Note for the maintainers</source>
        <translation>Bemærkning til vedligeholderne</translation>
    </message>
    <message>
        <source>Pull request body</source>
        <translation>Brødtekst i pull request</translation>
    </message>
    <message>
        <source>GitHub device code</source>
        <translation>GitHub-enhedskode</translation>
    </message>
    <message>
        <source>&amp;Log in to GitHub</source>
        <translation>&amp;Log ind på GitHub</translation>
    </message>
    <message>
        <source>&amp;Open pull request</source>
        <translation>&amp;Opret pull request</translation>
    </message>
    <message>
        <source>Patch file</source>
        <translation>Patchfil</translation>
    </message>
    <message>
        <source>&amp;Save patch</source>
        <translation>&amp;Gem patch</translation>
    </message>
    <message>
        <source>Registry &amp;diff:</source>
        <translation>Ændringer i &amp;registret:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Brødtekst:</translation>
    </message>
    <message>
        <source>GitHub:</source>
        <translation>GitHub:</translation>
    </message>
    <message>
        <source>&amp;Patch file:</source>
        <translation>Patch&amp;fil:</translation>
    </message>
    <message>
        <source>(No registry file to compare with: the entry is)
</source>
        <translation>(Ingen registerfil at sammenligne med: posten er)
</translation>
    </message>
    <message>
        <source>Log in to GitHub again, then Retry — or save a patch.</source>
        <translation>Log ind på GitHub igen, og tryk så Prøv igen – eller gem en patch.</translation>
    </message>
    <message>
        <source>Updated the open pull request &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (it already existed).</source>
        <translation>Opdaterede den åbne pull request &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (den fandtes allerede).</translation>
    </message>
    <message>
        <source>Opened the pull request &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.</source>
        <translation>Oprettede pull requesten &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Not sending to GitHub (%1). Saved the patch %2 — push it as a branch of your fork and open &lt;a href=&quot;%3&quot;&gt;the compare page&lt;/a&gt;.</source>
        <translation>Sender ikke til GitHub (%1). Gemte patchen %2 – push den som en branch i din fork, og åbn &lt;a href=&quot;%3&quot;&gt;sammenligningssiden&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Logged in (token in the keyring).</source>
        <translation>Logget ind (token i nøgleringen).</translation>
    </message>
    <message>
        <source>Not logged in: log in, or save a patch.</source>
        <translation>Ikke logget ind: log ind, eller gem en patch.</translation>
    </message>
    <message>
        <source>Starting the GitHub login…</source>
        <translation>Starter login på GitHub…</translation>
    </message>
    <message>
        <source>Enter the code %1 at %2 (valid %3 min); the browser was opened. Waiting…</source>
        <translation>Indtast koden %1 på %2 (gyldig i %3 min); browseren er åbnet. Venter…</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Logget ind.</translation>
    </message>
    <message>
        <source>Logged in, but the token could not be stored: %1</source>
        <translation>Logget ind, men tokenet kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Preparing the registry edit…</source>
        <translation>Forbereder ændringen af registret…</translation>
    </message>
    <message>
        <source>Opening the pull request…</source>
        <translation>Opretter pull requesten…</translation>
    </message>
    <message>
        <source>saved on request</source>
        <translation>gemt efter ønske</translation>
    </message>
</context>
<context>
    <name>pt::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Sider med indstillinger</translation>
    </message>
    <message>
        <source>Apply and close</source>
        <translation>Anvend og luk</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Anvend indstillingerne</translation>
    </message>
    <message>
        <source>Close without applying</source>
        <translation>Luk uden at anvende</translation>
    </message>
    <message>
        <source>This session uses the registry %1 from the command line (--registry); the locations below apply the next time the app starts without it.</source>
        <translation>Denne session bruger registret %1 fra kommandolinjen (--registry); placeringerne nedenfor gælder, næste gang programmet startes uden det.</translation>
    </message>
    <message>
        <source>This session uses the gateways %1 from the command line (--gateway); the list below applies the next time the app starts without it.</source>
        <translation>Denne session bruger gatewayene %1 fra kommandolinjen (--gateway); listen nedenfor gælder, næste gang programmet startes uden det.</translation>
    </message>
    <message>
        <source>no IPFS daemon (--no-daemon)</source>
        <translation>ingen IPFS-dæmon (--no-daemon)</translation>
    </message>
    <message>
        <source>the API address %1 (--ipfs-api)</source>
        <translation>API-adressen %1 (--ipfs-api)</translation>
    </message>
    <message>
        <source>the binary %1 (--ipfs-bin)</source>
        <translation>programmet %1 (--ipfs-bin)</translation>
    </message>
    <message>
        <source>This session uses %1 from the command line; the settings below apply the next time the app starts without it.</source>
        <translation>Denne session bruger %1 fra kommandolinjen; indstillingerne nedenfor gælder, næste gang programmet startes uden det.</translation>
    </message>
    <message>
        <source>This session keeps everything it writes below %1 (--cache-dir on the command line), the folders shown here included; the settings below apply the next time the app starts without it.</source>
        <translation>Denne session gemmer alt, hvad den skriver, under %1 (--cache-dir på kommandolinjen), også de mapper, der vises her; indstillingerne nedenfor gælder, næste gang programmet startes uden det.</translation>
    </message>
</context>
<context>
    <name>pt::ui::SettingsPage</name>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Command-line override</source>
        <translation>Tilsidesat fra kommandolinjen</translation>
    </message>
</context>
<context>
    <name>pt::ui::SingleInstance</name>
    <message>
        <source>Cannot create the folder %1 for the single-instance socket.</source>
        <translation>Kan ikke oprette mappen %1 til soklen, der sikrer, at kun én instans kører.</translation>
    </message>
    <message>
        <source>Another launch holds the lock %1.</source>
        <translation>En anden opstart holder låsen %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Kan ikke lytte på %1: %2</translation>
    </message>
    <message>
        <source>Too many arguments to hand over (%1; at most %2).</source>
        <translation>For mange argumenter at videregive (%1; højst %2).</translation>
    </message>
    <message>
        <source>The arguments are too long to hand over to the running instance.</source>
        <translation>Argumenterne er for lange til at blive givet videre til den kørende instans.</translation>
    </message>
    <message>
        <source>No running instance answered on %1: %2</source>
        <translation>Ingen kørende instans svarede på %1: %2</translation>
    </message>
    <message>
        <source>Could not send the arguments to the running instance: %1</source>
        <translation>Argumenterne kunne ikke sendes til den kørende instans: %1</translation>
    </message>
    <message>
        <source>The running instance did not confirm the arguments in time.</source>
        <translation>Den kørende instans bekræftede ikke argumenterne i tide.</translation>
    </message>
    <message>
        <source>The running instance refused the arguments.</source>
        <translation>Den kørende instans afviste argumenterne.</translation>
    </message>
</context>
<context>
    <name>pt::ui::SourcePageImpl</name>
    <message>
        <source>What to publish</source>
        <translation>Hvad skal udgives</translation>
    </message>
    <message>
        <source>A trace (trace.json.gz or .json) or compute artifacts (.bin files, separated by &apos;;&apos;). The file is checked and summarised.</source>
        <translation>Et spor (trace.json.gz eller .json) eller beregningsartefakter (.bin-filer adskilt med &apos;;&apos;). Filen kontrolleres og opsummeres.</translation>
    </message>
    <message>
        <source>Trace or artifact files</source>
        <translation>Spor- eller artefaktfiler</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Construction code (optional)</source>
        <translation>Konstruktionskode (valgfri)</translation>
    </message>
    <message>
        <source>Construction &amp;code (optional):</source>
        <translation>Konstruktions&amp;kode (valgfri):</translation>
    </message>
    <message>
        <source>Choose a trace or artifacts</source>
        <translation>Vælg et spor eller artefakter</translation>
    </message>
    <message>
        <source>Traces and artifacts (*.json *.json.gz *.bin)</source>
        <translation>Spor og artefakter (*.json *.json.gz *.bin)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerer %1…</translation>
    </message>
    <message>
        <source>%1: %2 revision %3, %4 commands, %5 vertices, %6</source>
        <translation>%1: %2 revision %3, %4 kommandoer, %5 knuder, %6</translation>
    </message>
    <message>
        <source>Compute artifacts (registry v2):</source>
        <translation>Beregningsartefakter (register v2):</translation>
    </message>
    <message>
        <source>Give one trace file, or only .bin artifact files.</source>
        <translation>Angiv én sporfil eller kun .bin-artefaktfiler.</translation>
    </message>
    <message>
        <source>Trace: %1 vertices, %2 edges, %3 parameters, %4 operations</source>
        <translation>Spor: %1 knuder, %2 kanter, %3 parametre, %4 operationer</translation>
    </message>
</context>
<context>
    <name>pt::ui::TargetPageImpl</name>
    <message>
        <source>Where to put it</source>
        <translation>Hvor skal det ligge</translation>
    </message>
    <message>
        <source>Add the package to your IPFS node and ask pinning services to keep it online, so that others can download it.</source>
        <translation>Tilføj pakken til din IPFS-node, og bed pinning-tjenester om at holde den online, så andre kan downloade den.</translation>
    </message>
    <message>
        <source>Add to the local IPFS daemon</source>
        <translation>Tilføj til den lokale IPFS-dæmon</translation>
    </message>
    <message>
        <source>Pin on %1</source>
        <translation>Pin hos %1</translation>
    </message>
    <message>
        <source>Test credentials</source>
        <translation>Test adgangsoplysninger</translation>
    </message>
    <message>
        <source>Test credentials of %1</source>
        <translation>Test adgangsoplysningerne til %1</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status for %1</translation>
    </message>
    <message>
        <source>No pinning service is set up (Settings → Pinning services). Without one the content stays on your node only.</source>
        <translation>Der er ikke sat nogen pinning-tjeneste op (Indstillinger → Pinning-tjenester). Uden en bliver indholdet kun på din node.</translation>
    </message>
    <message>
        <source>&amp;Put it on IPFS</source>
        <translation>&amp;Læg det på IPFS</translation>
    </message>
    <message>
        <source>Add to the local IPFS &amp;daemon</source>
        <translation>Tilføj til den lokale IPFS-&amp;dæmon</translation>
    </message>
    <message>
        <source>No local IPFS daemon is set up: the package will be uploaded to the pinning services instead, where they can take files.</source>
        <translation>Der er ikke sat nogen lokal IPFS-dæmon op: pakken uploades i stedet til pinning-tjenesterne, hvis de kan modtage filer.</translation>
    </message>
    <message>
        <source>Checking the daemon at %1…</source>
        <translation>Undersøger dæmonen på %1…</translation>
    </message>
    <message>
        <source>The daemon at %1 is running.</source>
        <translation>Dæmonen på %1 kører.</translation>
    </message>
    <message>
        <source>The daemon at %1 does not answer (%2): start it, or publish through the pinning services.</source>
        <translation>Dæmonen på %1 svarer ikke (%2): start den, eller udgiv gennem pinning-tjenesterne.</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>tester…</translation>
    </message>
    <message>
        <source>credentials OK</source>
        <translation>adgangsoplysninger OK</translation>
    </message>
    <message>
        <source>no token stored for %1 (%2)</source>
        <translation>intet token gemt til %1 (%2)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>Putting the package on IPFS…</source>
        <translation>Lægger pakken på IPFS…</translation>
    </message>
    <message>
        <source>Pin status per service and content</source>
        <translation>Pin-status pr. tjeneste og indhold</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>CID</source>
        <translation>CID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Pin via my IPFS node&apos;s remote service %1</source>
        <translation>Pin via min IPFS-nodes eksterne tjeneste %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>i kø</translation>
    </message>
    <message>
        <source>pinning</source>
        <translation>pinner</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>pinnet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislykket</translation>
    </message>
    <message>
        <source>pinned %1 of %2</source>
        <translation>pinnet %1 af %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n mislykket</numerusform>
            <numerusform>, %n mislykkede</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pt::ui::TraceInspector</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan ikke åbne %1: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: filen findes ikke</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, over the %3-byte limit</source>
        <translation>%1 fylder %2 byte, over grænsen på %3 byte</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed (metadata.json)</source>
        <translation>%1 bestået, %2 fejlet (metadata.json)</translation>
    </message>
    <message>
        <source>Trace inspector</source>
        <translation>Sporinspektør</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Indlæser %1…</translation>
    </message>
    <message>
        <source>Inspector message</source>
        <translation>Inspektørens meddelelse</translation>
    </message>
    <message>
        <source>Inspector note</source>
        <translation>Inspektørens bemærkning</translation>
    </message>
    <message>
        <source>This file cannot be shown: %1</source>
        <translation>Filen kan ikke vises: %1</translation>
    </message>
    <message>
        <source>A ptd_pcg .bin is a compiled elimination tape: its coefficients live in the model that produced it, so it cannot be evaluated or plotted on its own.</source>
        <translation>En ptd_pcg-.bin er et kompileret eliminationsbånd: dets koefficienter findes i den model, der lavede det, så det kan ikke evalueres eller plottes alene.</translation>
    </message>
    <message>
        <source>Validation cases</source>
        <translation>Valideringstilfælde</translation>
    </message>
    <message>
        <source>Discrete phase-type traces cannot be evaluated yet; only the summary is shown.</source>
        <translation>Diskrete fasetype-spor kan endnu ikke evalueres; kun oversigten vises.</translation>
    </message>
</context>
<context>
    <name>pt::ui::TraceSummaryWidget</name>
    <message>
        <source>Property</source>
        <translation>Egenskab</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Trace summary</source>
        <translation>Oversigt over sporet</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Elimination trace v1 (discrete)</source>
        <translation>Eliminationsspor v1 (diskret)</translation>
    </message>
    <message>
        <source>Elimination trace v1 (continuous)</source>
        <translation>Eliminationsspor v1 (kontinuert)</translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation>Knuder</translation>
    </message>
    <message>
        <source>%1 (start vertex %2)</source>
        <translation>%1 (startknude %2)</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Kanter</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <source>State length</source>
        <translation>Tilstandslængde</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationer</translation>
    </message>
    <message>
        <source>Operation types</source>
        <translation>Operationstyper</translation>
    </message>
    <message>
        <source>… (%1 in all)</source>
        <translation>… (%1 i alt)</translation>
    </message>
    <message>
        <source>Absorbing vertices</source>
        <translation>Absorberende knuder</translation>
    </message>
    <message>
        <source>Strongly connected components</source>
        <translation>Stærkt sammenhængende komponenter</translation>
    </message>
    <message>
        <source>%1, largest %2, %3 cyclic</source>
        <translation>%1, største %2, %3 cykliske</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graf</translation>
    </message>
    <message>
        <source>acyclic</source>
        <translation>acyklisk</translation>
    </message>
    <message>
        <source>has cycles</source>
        <translation>har cykler</translation>
    </message>
    <message>
        <source>ptd_pcg artifact %1</source>
        <translation>ptd_pcg-artefakt %1</translation>
    </message>
    <message>
        <source>Format revision</source>
        <translation>Formatrevision</translation>
    </message>
    <message>
        <source>Header version</source>
        <translation>Headerversion</translation>
    </message>
    <message>
        <source>Graph hash prefix</source>
        <translation>Grafhashens præfiks</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Kommandoer</translation>
    </message>
    <message>
        <source>Command types</source>
        <translation>Kommandotyper</translation>
    </message>
    <message>
        <source>Mem doubles</source>
        <translation>Mem-doubles</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>External inputs</source>
        <translation>Eksterne input</translation>
    </message>
    <message>
        <source>Evaluable</source>
        <translation>Kan evalueres</translation>
    </message>
    <message>
        <source>No: a compiled tape needs the model that produced it</source>
        <translation>Nej: et kompileret bånd kræver den model, der lavede det</translation>
    </message>
</context>
<context>
    <name>pt::ui::Translator</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>pt::ui::TrayIcon</name>
    <message>
        <source>No system tray: the display platform “%1” has none. Closing the window quits Phasic Traces; a running IPFS node keeps running.</source>
        <translation>Intet systembakkeområde: skærmplatformen »%1« har ingen. Når vinduet lukkes, afsluttes Phasic Traces; en kørende IPFS-node bliver ved med at køre.</translation>
    </message>
    <message>
        <source>No system tray: the desktop shows no notification area (no StatusNotifier or system tray host answered). Closing the window quits Phasic Traces; a running IPFS node keeps running.</source>
        <translation>Intet systembakkeområde: skrivebordet viser intet statusområde (hverken en StatusNotifier- eller en systembakkevært svarede). Når vinduet lukkes, afsluttes Phasic Traces; en kørende IPFS-node bliver ved med at køre.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Udgiv…</translation>
    </message>
    <message>
        <source>&amp;Quit Phasic Traces</source>
        <translation>&amp;Afslut Phasic Traces</translation>
    </message>
    <message>
        <source>&amp;Hide window</source>
        <translation>&amp;Skjul vinduet</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Vis vinduet</translation>
    </message>
    <message>
        <source>Phasic Traces keeps running in the system tray. Use Quit in the tray menu to leave it.</source>
        <translation>Phasic Traces kører videre i systembakken. Brug Afslut i systembakkens menu for at lukke programmet.</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Kører stadig</translation>
    </message>
</context>
</TS>
