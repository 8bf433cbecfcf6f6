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
    <message>
        <source>Registry to show (https://, file://, ipfs://, a path).</source>
        <translation>Register, der skal vises (https://, file://, ipfs:// eller en sti).</translation>
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
        <source>Keep everything the app writes below DIR.</source>
        <translation>Gem alt, hvad programmet skriver, under DIR.</translation>
    </message>
    <message>
        <source>Print the time to the first painted window and the memory in use, then quit.</source>
        <translation>Udskriv tiden til det første tegnede vindue og hukommelsesforbruget, og afslut så.</translation>
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
        <source>Waiting for %1 to pin %2…</source>
        <translation>Venter på, at %1 pinner %2…</translation>
    </message>
    <message>
        <source>Uploading the package to Pinata…</source>
        <translation>Uploader pakken til Pinata…</translation>
    </message>
    <message>
        <source>Asking %1 to pin %2…</source>
        <translation>Beder %1 om at pinne %2…</translation>
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
        <source>Refreshing</source>
        <translation>Opdaterer</translation>
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
