<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArchiveTreeColumns</name>
    <message>
        <source>Not known yet: counted once the collection&apos;s series are listed (select the collection)</source>
        <translation>Noch nicht bekannt: wird gezählt, sobald die Serien der Sammlung aufgelistet sind (Sammlung auswählen)</translation>
    </message>
    <message numerus="yes">
        <source>Without %Ln series whose size the archive does not give</source>
        <translation>
            <numerusform>Ohne %Ln Serie, deren Größe das Archiv nicht angibt</numerusform>
            <numerusform>Ohne %Ln Serien, deren Größe das Archiv nicht angibt</numerusform>
        </translation>
    </message>
    <message>
        <source>Patients the archive counts in this collection</source>
        <translation>Patienten, die das Archiv in dieser Sammlung zählt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Körperregion</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Collection, patient ID, study or series description</source>
        <translation>Sammlung, Patienten-ID, Studien- oder Serienbeschreibung</translation>
    </message>
    <message>
        <source>Patients in the collection</source>
        <translation>Patienten in der Sammlung</translation>
    </message>
    <message>
        <source>Series in the collection, patient or study</source>
        <translation>Serien in der Sammlung, beim Patienten oder in der Studie</translation>
    </message>
    <message>
        <source>Images in the row, all its series together</source>
        <translation>Bilder der Zeile, alle ihre Serien zusammen</translation>
    </message>
    <message>
        <source>Size of the row&apos;s images as the archive gives it</source>
        <translation>Größe der Bilder der Zeile, wie das Archiv sie angibt</translation>
    </message>
    <message>
        <source>Study date on studies, series date on series</source>
        <translation>Studiendatum bei Studien, Seriendatum bei Serien</translation>
    </message>
    <message>
        <source>Of the series</source>
        <translation>Angabe der Serie</translation>
    </message>
    <message>
        <source>Patient name, study ID or series protocol</source>
        <translation>Patientenname, Studien-ID oder Serienprotokoll</translation>
    </message>
</context>
<context>
    <name>CartFile</name>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the file is far too large to be a cart (%1 bytes)</source>
        <translation>die Datei ist viel zu groß für eine Merkliste (%1 Bytes)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>the file is a cart of another version of this program (format %1)</source>
        <translation>die Datei ist eine Merkliste einer anderen Version dieses Programms (Format %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>CartManifest</name>
    <message>
        <source>The cart is empty: there is nothing to export.</source>
        <translation>Die Merkliste ist leer: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is far too large to be a manifest (%2 bytes).</source>
        <translation>%1 ist viel zu groß für ein Manifest (%2 Bytes).</translation>
    </message>
    <message>
        <source>%1 is not a manifest the archive would make: %2</source>
        <translation>%1 ist kein Manifest, wie es das Archiv erstellt: %2</translation>
    </message>
    <message>
        <source>%1 lists no series.</source>
        <translation>%1 listet keine Serien auf.</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>The download folder; it is made when missing</source>
        <translation>Der Download-Ordner; er wird angelegt, wenn er fehlt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Descriptive and Classic name folders exactly as the archive&apos;s Data Retriever does</source>
        <translation>Descriptive und Classic benennen Ordner genau wie der Data Retriever des Archivs</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>Datei&amp;namen:</translation>
    </message>
    <message>
        <source>&amp;Check every file against the archive&apos;s MD5 hash</source>
        <translation>Jede Datei mit dem MD5-Hash des Archivs &amp;prüfen</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
</context>
<context>
    <name>ReadableField</name>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Patientenname</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Age at the study</source>
        <translation>Alter bei der Studie</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Spezies</translation>
    </message>
    <message>
        <source>Study UID</source>
        <translation>Studien-UID</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Studiendatum</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>Studien-ID</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Series UID</source>
        <translation>Serien-UID</translation>
    </message>
    <message>
        <source>Series date</source>
        <translation>Seriendatum</translation>
    </message>
    <message>
        <source>Series number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Körperregion</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Annotation size</source>
        <translation>Größe der Annotationen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Last submitted</source>
        <translation>Zuletzt eingereicht</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>License link</source>
        <translation>Lizenz-Link</translation>
    </message>
    <message>
        <source>Collection DOI</source>
        <translation>DOI der Sammlung</translation>
    </message>
    <message>
        <source>Third-party analysis</source>
        <translation>Analyse durch Dritte</translation>
    </message>
    <message>
        <source>You may download it</source>
        <translation>Herunterladen erlaubt</translation>
    </message>
    <message>
        <source>Phantom</source>
        <translation>Phantom</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>A service root (https://host/nbia-api/services/), a versioned base (…/services/v4) or a bare host</source>
        <translation>Eine Dienstwurzel (https://host/nbia-api/services/), eine Basis mit Version (…/services/v4) oder nur ein Host</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Give up on a request when the server sends nothing for this long</source>
        <translation>Eine Anfrage aufgeben, wenn der Server so lange nichts sendet</translation>
    </message>
    <message>
        <source>Use the &amp;public archive</source>
        <translation>Das &amp;öffentliche Archiv verwenden</translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>&amp;Archiv:</translation>
    </message>
    <message>
        <source>A known archive fills in its address and API version; any other address is a custom server</source>
        <translation>Ein bekanntes Archiv setzt seine Adresse und API-Version ein; jede andere Adresse ist ein eigener Server</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse and download The Cancer Imaging Archive.</source>
        <translation>The Cancer Imaging Archive durchsuchen und herunterladen.</translation>
    </message>
    <message>
        <source>NBIA server to use (default: $NBIA_SERVER, else the public archive).</source>
        <translation>Zu verwendender NBIA-Server (Standard: $NBIA_SERVER, sonst das öffentliche Archiv).</translation>
    </message>
    <message>
        <source>Start on the offline demo archive (a built-in emulator).</source>
        <translation>Mit dem Offline-Demoarchiv starten (ein eingebauter Emulator).</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>The demo archive could not start.</source>
        <translation>Das Demoarchiv konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>.tcia manifests whose series to download.</source>
        <translation>.tcia-Manifeste, deren Serien heruntergeladen werden sollen.</translation>
    </message>
    <message>
        <source>Also open the DICOM images of a folder (a downloaded series, or any folder of DICOM files).</source>
        <translation>Zusätzlich die DICOM-Bilder eines Ordners öffnen (einer heruntergeladenen Serie oder eines beliebigen Ordners mit DICOM-Dateien).</translation>
    </message>
</context>
<context>
    <name>nbia::ApiError</name>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1)</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet (%1)</translation>
    </message>
    <message>
        <source>The server answered HTTP %1</source>
        <translation>Der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Der Server antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>The server sent a response that cannot be read: %1</source>
        <translation>Die Antwort des Servers ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cannot write the data: %1</source>
        <translation>Die Daten können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The connection broke off during the transfer: %1</source>
        <translation>Die Verbindung brach während der Übertragung ab: %1</translation>
    </message>
    <message>
        <source>This server&apos;s API version does not offer %1</source>
        <translation>Die API-Version dieses Servers bietet %1 nicht an</translation>
    </message>
</context>
<context>
    <name>nbia::ArchiveItemDelegate</name>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (wird geladen…)</translation>
    </message>
    <message>
        <source>%1 — could not load: %2</source>
        <translation>%1 – konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>nbia::ArchivePanel</name>
    <message>
        <source>Search what is loaded: patient ID, description, UID (Ctrl+F)</source>
        <translation>Geladenes durchsuchen: Patienten-ID, Beschreibung, UID (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Copy &amp;UID</source>
        <translation>&amp;UID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;patient ID</source>
        <translation>&amp;Patienten-ID kopieren</translation>
    </message>
    <message>
        <source>Reload &amp;everything</source>
        <translation>&amp;Alles neu laden</translation>
    </message>
    <message>
        <source>Nothing loaded matches: asks the archive for a patient ID, a study UID or a series UID, in every collection (Enter)</source>
        <translation>Nichts Geladenes passt: fragt das Archiv in allen Sammlungen nach einer Patienten-ID, einer Studien-UID oder einer Serien-UID (Eingabetaste)</translation>
    </message>
    <message>
        <source>Found %1 in %2</source>
        <translation>%1 in %2 gefunden</translation>
    </message>
    <message>
        <source>Found %1 in %2, and also in %3</source>
        <translation>%1 in %2 gefunden, außerdem in %3</translation>
    </message>
    <message>
        <source>The archive has no patient, study or series %1</source>
        <translation>Das Archiv hat keinen Patienten, keine Studie und keine Serie %1</translation>
    </message>
    <message>
        <source>Could not search the archive for %1: %2</source>
        <translation>Das Archiv konnte nicht nach %1 durchsucht werden: %2</translation>
    </message>
    <message>
        <source>Searching the archive for “%1”… (click to stop)</source>
        <translation>Das Archiv wird nach „%1“ durchsucht… (Klicken zum Anhalten)</translation>
    </message>
    <message>
        <source>Search the archive for “%1”</source>
        <translation>Das Archiv nach „%1“ durchsuchen</translation>
    </message>
    <message>
        <source>Search stopped</source>
        <translation>Suche angehalten</translation>
    </message>
</context>
<context>
    <name>nbia::CartPanel</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Copy UIDs</source>
        <translation>UIDs kopieren</translation>
    </message>
    <message>
        <source>Show in the tree</source>
        <translation>Im Baum zeigen</translation>
    </message>
    <message>
        <source>Downloads the selected series</source>
        <translation>Lädt die gewählten Serien herunter</translation>
    </message>
    <message>
        <source>Takes the selected series out of the cart (Delete)</source>
        <translation>Nimmt die gewählten Serien aus der Merkliste (Entf)</translation>
    </message>
    <message>
        <source>Copies the Series Instance UIDs of the selected series</source>
        <translation>Kopiert die Series Instance UIDs der gewählten Serien</translation>
    </message>
    <message>
        <source>Shows the current series in the archive tree (or double-click)</source>
        <translation>Zeigt die aktuelle Serie im Archivbaum (oder Doppelklick)</translation>
    </message>
    <message>
        <source>Takes every series out of the cart, after asking</source>
        <translation>Nimmt nach Rückfrage alle Serien aus der Merkliste</translation>
    </message>
    <message>
        <source>Adds the series of a .tcia manifest to the cart; their details are looked up on the archive</source>
        <translation>Fügt die Serien eines .tcia-Manifests zur Merkliste hinzu; ihre Angaben werden im Archiv nachgeschlagen</translation>
    </message>
    <message>
        <source>Saves the cart&apos;s series as a .tcia manifest</source>
        <translation>Speichert die Serien der Merkliste als .tcia-Manifest</translation>
    </message>
    <message>
        <source>Downloads every series in the cart (the rows&apos; context menu downloads the selected ones)</source>
        <translation>Lädt alle Serien der Merkliste herunter (das Kontextmenü der Zeilen lädt die gewählten)</translation>
    </message>
    <message>
        <source>The cart is empty</source>
        <translation>Die Merkliste ist leer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series</source>
        <translation>
            <numerusform>%Ln Serie</numerusform>
            <numerusform>%Ln Serien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln Bild</numerusform>
            <numerusform>%Ln Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>(sizes not known yet)</source>
        <translation>(Größen noch nicht bekannt)</translation>
    </message>
    <message numerus="yes">
        <source>(size of %Ln series not known)</source>
        <translation>
            <numerusform>(Größe von %Ln Serie nicht bekannt)</numerusform>
            <numerusform>(Größe von %Ln Serien nicht bekannt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not found on this archive</source>
        <translation>
            <numerusform>%Ln nicht in diesem Archiv gefunden</numerusform>
            <numerusform>%Ln nicht in diesem Archiv gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Import manifest</source>
        <translation>Manifest importieren</translation>
    </message>
    <message>
        <source>Every series of %1 is in the cart already.</source>
        <translation>Alle Serien aus %1 sind schon in der Merkliste.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series of %1 added to the cart.</source>
        <translation>
            <numerusform>%Ln Serie aus %1 zur Merkliste hinzugefügt.</numerusform>
            <numerusform>%Ln Serien aus %1 zur Merkliste hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export manifest</source>
        <translation>Manifest exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series saved as %1.</source>
        <translation>
            <numerusform>%Ln Serie als %1 gespeichert.</numerusform>
            <numerusform>%Ln Serien als %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln series taken out of the cart.</source>
        <translation>
            <numerusform>%Ln Serie aus der Merkliste genommen.</numerusform>
            <numerusform>%Ln Serien aus der Merkliste genommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the cart</source>
        <translation>Merkliste leeren</translation>
    </message>
    <message numerus="yes">
        <source>Take all %Ln series out of the cart?</source>
        <translation>
            <numerusform>Die %Ln Serie aus der Merkliste nehmen?</numerusform>
            <numerusform>Alle %Ln Serien aus der Merkliste nehmen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Die Merkliste ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series the archive does not know are left out.</source>
        <translation>
            <numerusform>%Ln Serie, die das Archiv nicht kennt, bleibt außen vor.</numerusform>
            <numerusform>%Ln Serien, die das Archiv nicht kennt, bleiben außen vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln series UIDs copied.</source>
        <translation>
            <numerusform>%Ln Serien-UID kopiert.</numerusform>
            <numerusform>%Ln Serien-UIDs kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Series %1 has no place in the tree until the archive knows it.</source>
        <translation>Die Serie %1 hat keinen Platz im Baum, solange das Archiv sie nicht kennt.</translation>
    </message>
    <message>
        <source>Import manifest into the cart</source>
        <translation>Manifest in die Merkliste importieren</translation>
    </message>
    <message>
        <source>TCIA manifests (*.tcia);;All files (*)</source>
        <translation>TCIA-Manifeste (*.tcia);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the cart as a manifest</source>
        <translation>Merkliste als Manifest exportieren</translation>
    </message>
    <message>
        <source>TCIA manifests (*.tcia)</source>
        <translation>TCIA-Manifeste (*.tcia)</translation>
    </message>
</context>
<context>
    <name>nbia::CollectionChartsView</name>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Körperregion</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Size by modality</source>
        <translation>Größe nach Modalität</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <source>(not specified)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>The chart to show</source>
        <translation>Das anzuzeigende Diagramm</translation>
    </message>
    <message>
        <source>Save the chart shown as an image</source>
        <translation>Das angezeigte Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>Save the figures of the chart shown as CSV, for a spreadsheet</source>
        <translation>Die Zahlen des angezeigten Diagramms als CSV speichern, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Series by modality in %1</source>
        <translation>Serien nach Modalität in %1</translation>
    </message>
    <message>
        <source>Series by body part in %1</source>
        <translation>Serien nach Körperregion in %1</translation>
    </message>
    <message>
        <source>Series by manufacturer in %1</source>
        <translation>Serien nach Hersteller in %1</translation>
    </message>
    <message>
        <source>Size by modality in %1</source>
        <translation>Größe nach Modalität in %1</translation>
    </message>
    <message>
        <source>Series released per month in %1</source>
        <translation>Veröffentlichte Serien pro Monat in %1</translation>
    </message>
    <message>
        <source>Select a collection to see its charts.</source>
        <translation>Wählen Sie eine Sammlung, um ihre Diagramme zu sehen.</translation>
    </message>
    <message>
        <source>This collection has no series.</source>
        <translation>Diese Sammlung hat keine Serien.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series of unknown size not counted.</source>
        <translation>
            <numerusform>%Ln Serie unbekannter Größe nicht mitgezählt.</numerusform>
            <numerusform>%Ln Serien unbekannter Größe nicht mitgezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln series without a release date.</source>
        <translation>
            <numerusform>%Ln Serie ohne Veröffentlichungsdatum.</numerusform>
            <numerusform>%Ln Serien ohne Veröffentlichungsdatum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other (%Ln values)</source>
        <translation>
            <numerusform>Sonstige (%Ln Wert)</numerusform>
            <numerusform>Sonstige (%Ln Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln series</source>
        <translation>
            <numerusform>%1: %Ln Serie</numerusform>
            <numerusform>%1: %Ln Serien</numerusform>
        </translation>
    </message>
    <message>
        <source>Size (%1)</source>
        <translation>Größe (%1)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Series released</source>
        <translation>Veröffentlichte Serien</translation>
    </message>
    <message>
        <source>No collection to save a chart of.</source>
        <translation>Keine Sammlung, deren Diagramm gespeichert werden könnte.</translation>
    </message>
    <message>
        <source>Could not save the chart to %1: %2</source>
        <translation>Das Diagramm konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Diagramm in %1 gespeichert</translation>
    </message>
    <message>
        <source>Chart figures saved to %1</source>
        <translation>Diagrammzahlen in %1 gespeichert</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save the chart&apos;s figures as CSV</source>
        <translation>Diagrammzahlen als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>nbia::DetailsPanel</name>
    <message>
        <source>Copy &amp;UID</source>
        <translation>&amp;UID kopieren</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Select a collection, patient, study or series to see its details.</source>
        <translation>Wählen Sie eine Sammlung, einen Patienten, eine Studie oder eine Serie, um Details zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Collection&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Sammlung&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Patient&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Patient&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>&lt;b&gt;Study&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Studie&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Series&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Serie&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Collection DOI</source>
        <translation>DOI der Sammlung</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The archive has no metadata for this series.</source>
        <translation>Das Archiv hat keine Metadaten zu dieser Serie.</translation>
    </message>
    <message>
        <source>Its totals are unknown: %1</source>
        <translation>Summen unbekannt: %1</translation>
    </message>
    <message>
        <source>Counting its series…</source>
        <translation>Serien werden gezählt…</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Series by modality</source>
        <translation>Serien nach Modalität</translation>
    </message>
    <message>
        <source>Series by body part</source>
        <translation>Serien nach Körperregion</translation>
    </message>
    <message>
        <source>Series by manufacturer</source>
        <translation>Serien nach Hersteller</translation>
    </message>
    <message>
        <source>(not specified)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Die Vorschau wird geladen…</translation>
    </message>
    <message>
        <source>&amp;More images</source>
        <translation>&amp;Weitere Bilder</translation>
    </message>
    <message>
        <source>Shows six images spread through the series</source>
        <translation>Zeigt sechs über die Serie verteilte Bilder</translation>
    </message>
    <message numerus="yes">
        <source>Drawn on %Ln image series (%1). &lt;a href=&quot;#download&quot;&gt;Download them together&lt;/a&gt;</source>
        <translation>
            <numerusform>Auf %Ln Bildserie gezeichnet (%1). &lt;a href=&quot;#download&quot;&gt;Zusammen herunterladen&lt;/a&gt;</numerusform>
            <numerusform>Auf %Ln Bildserien gezeichnet (%1). &lt;a href=&quot;#download&quot;&gt;Zusammen herunterladen&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive calls it %1</source>
        <translation>Im Archiv heißt es %1</translation>
    </message>
    <message>
        <source>%1
As sent: %2</source>
        <translation>%1
Wie gesendet: %2</translation>
    </message>
    <message>
        <source>As getSeriesSize counts it</source>
        <translation>Wie getSeriesSize sie zählt</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>From the archive&apos;s series metadata</source>
        <translation>Aus den Serienmetadaten des Archivs</translation>
    </message>
</context>
<context>
    <name>nbia::DicomHeader</name>
    <message>
        <source>%1 is not a DICOM file.</source>
        <translation>%1 ist keine DICOM-Datei.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>nbia::DicomRenderer</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This is not a DICOM file.</source>
        <translation>Dies ist keine DICOM-Datei.</translation>
    </message>
    <message>
        <source>The DICOM file is damaged or cut short: %1.</source>
        <translation>Die DICOM-Datei ist beschädigt oder abgeschnitten: %1.</translation>
    </message>
    <message>
        <source>This file holds no image (modality %1).</source>
        <translation>Diese Datei enthält kein Bild (Modalität %1).</translation>
    </message>
    <message>
        <source>Cannot display this transfer syntax: %1.</source>
        <translation>Diese Transfersyntax kann nicht angezeigt werden: %1.</translation>
    </message>
    <message>
        <source>Cannot display this image: %1.</source>
        <translation>Dieses Bild kann nicht angezeigt werden: %1.</translation>
    </message>
    <message>
        <source>The image cannot be decoded: %1.</source>
        <translation>Das Bild kann nicht dekodiert werden: %1.</translation>
    </message>
    <message>
        <source>The image cannot be scaled.</source>
        <translation>Das Bild kann nicht skaliert werden.</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Voller Bereich</translation>
    </message>
    <message>
        <source>The image&apos;s pixels cannot be read.</source>
        <translation>Die Pixel des Bildes können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The image has no frame %1: frames: %2.</source>
        <translation>Das Bild hat kein Frame %1: Frames: %2.</translation>
    </message>
</context>
<context>
    <name>nbia::DicomSeries</name>
    <message>
        <source>Unknown series</source>
        <translation>Unbekannte Serie</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Serie %1</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>Series number: %1</source>
        <translation>Seriennummer: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Modality: %1</source>
        <translation>Modalität: %1</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>Bilder: %1</translation>
    </message>
    <message>
        <source>These files name no series (Series Instance UID)</source>
        <translation>Diese Dateien nennen keine Serie (Series Instance UID)</translation>
    </message>
    <message>
        <source>Series Instance UID: %1</source>
        <translation>Series Instance UID: %1</translation>
    </message>
</context>
<context>
    <name>nbia::DicomTagModel</name>
    <message>
        <source>(%1 bytes)</source>
        <translation>(%1 Bytes)</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as DICOM: %2</source>
        <translation>%1 kann nicht als DICOM gelesen werden: %2</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>VR</source>
        <translation>VR</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>nbia::DownloadController</name>
    <message>
        <source>The download queue cannot be saved in %1 (%2); it will not survive quitting.</source>
        <translation>Die Download-Warteschlange kann nicht in %1 gespeichert werden (%2); sie geht beim Beenden verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series</source>
        <translation>
            <numerusform>%Ln Serie</numerusform>
            <numerusform>%Ln Serien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Download %1 from %2.</source>
        <translation>%1 aus %2 herunterladen.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a manifest the archive would make: %2</source>
        <translation>%1 ist kein Manifest, wie es das Archiv erstellt: %2</translation>
    </message>
    <message>
        <source>Open manifest</source>
        <translation>Manifest öffnen</translation>
    </message>
    <message>
        <source>TCIA manifests (*.tcia);;All files (*)</source>
        <translation>TCIA-Manifeste (*.tcia);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The shared list %1 cannot be read: %2</source>
        <translation>Die geteilte Liste %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The archive has no shared list called %1.</source>
        <translation>Das Archiv hat keine geteilte Liste namens %1.</translation>
    </message>
    <message>
        <source>Download shared list</source>
        <translation>Geteilte Liste herunterladen</translation>
    </message>
    <message>
        <source>Name of the shared list (as the archive&apos;s portal shows it):</source>
        <translation>Name der geteilten Liste (wie ihn das Portal des Archivs zeigt):</translation>
    </message>
    <message>
        <source>the shared list %1</source>
        <translation>der geteilten Liste %1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series are still to download.</source>
        <translation>
            <numerusform>%Ln Serie ist noch herunterzuladen.</numerusform>
            <numerusform>%Ln Serien sind noch herunterzuladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>They wait for you: the next time NBIA Browser starts, Resume goes on where they stopped (a series cut short starts again).</source>
        <translation>Sie warten auf Sie: Beim nächsten Start von NBIA Browser macht „Fortsetzen“ dort weiter, wo sie stehen geblieben sind (eine abgebrochene Serie beginnt von vorn).</translation>
    </message>
    <message>
        <source>Quitting stops them.</source>
        <translation>Beenden hält sie an.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keep downloading</source>
        <translation>&amp;Weiter herunterladen</translation>
    </message>
    <message>
        <source>Another NBIA Browser keeps the download queue; the downloads of this window will not survive quitting.</source>
        <translation>Ein anderer NBIA Browser führt die Download-Warteschlange; die Downloads dieses Fensters gehen beim Beenden verloren.</translation>
    </message>
    <message>
        <source>The download queue cannot be saved in %1 (%2); changes may not survive quitting.</source>
        <translation>Die Download-Warteschlange kann nicht in %1 gespeichert werden (%2); Änderungen gehen beim Beenden womöglich verloren.</translation>
    </message>
    <message>
        <source>%1 lists series on %2, an archive this program does not know.</source>
        <translation>%1 listet Serien auf %2, einem Archiv, das dieses Programm nicht kennt.</translation>
    </message>
    <message>
        <source>%1 lists series on %2, an archive this program does not know.

Download them from the window&apos;s server (%3) instead?</source>
        <translation>%1 listet Serien auf %2, einem Archiv, das dieses Programm nicht kennt.

Stattdessen vom Server des Fensters (%3) herunterladen?</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
</context>
<context>
    <name>nbia::DownloadDialog</name>
    <message>
        <source>Descriptive (Collection/Patient/date-study/number-series)</source>
        <translation>Descriptive (Sammlung/Patient/Datum-Studie/Nummer-Serie)</translation>
    </message>
    <message>
        <source>Classic (Collection/Patient/StudyUID/SeriesUID)</source>
        <translation>Classic (Sammlung/Patient/StudyUID/SeriesUID)</translation>
    </message>
    <message>
        <source>Flat (one folder per SeriesUID)</source>
        <translation>Flach (ein Ordner je SeriesUID)</translation>
    </message>
    <message>
        <source>As the archive sends them (00000001.dcm, …)</source>
        <translation>Wie das Archiv sie sendet (00000001.dcm, …)</translation>
    </message>
    <message>
        <source>By instance number (1-001.dcm, …)</source>
        <translation>Nach Instanznummer (1-001.dcm, …)</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Download into</source>
        <translation>Herunterladen nach</translation>
    </message>
</context>
<context>
    <name>nbia::DownloadIntake</name>
    <message>
        <source>%1 cannot be made.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>nbia::DownloadQueue</name>
    <message>
        <source>%1 cannot be made</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Another program is downloading into %1; resume when it is done.</source>
        <translation>Ein anderes Programm lädt nach %1 herunter; setzen Sie fort, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for downloading</source>
        <translation>%1 kann zum Herunterladen nicht gesperrt werden</translation>
    </message>
    <message>
        <source>Its folder has changed since it was downloaded; resume to download it again.</source>
        <translation>Sein Ordner hat sich seit dem Herunterladen geändert; fortsetzen lädt ihn erneut herunter.</translation>
    </message>
</context>
<context>
    <name>nbia::DownloadQueueModel</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Wird entpackt</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>nbia::DownloadsPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Move to &amp;top</source>
        <translation>An den &amp;Anfang</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Pauses the selected downloads</source>
        <translation>Hält die gewählten Downloads an</translation>
    </message>
    <message>
        <source>Resumes the selected paused downloads</source>
        <translation>Setzt die gewählten angehaltenen Downloads fort</translation>
    </message>
    <message>
        <source>Stops the selected downloads and removes their partial files</source>
        <translation>Bricht die gewählten Downloads ab und entfernt ihre Teildateien</translation>
    </message>
    <message>
        <source>Downloads the selected failed or cancelled series again</source>
        <translation>Lädt die gewählten fehlgeschlagenen oder abgebrochenen Serien erneut</translation>
    </message>
    <message>
        <source>Downloads the selected series next</source>
        <translation>Lädt die gewählten Serien als Nächstes</translation>
    </message>
    <message>
        <source>Opens the folder of the current series (or the download folder)</source>
        <translation>Öffnet den Ordner der aktuellen Serie (oder den Download-Ordner)</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>No downloads yet: select series and choose Download (Ctrl+D).</source>
        <translation>Noch keine Downloads: Serien wählen und Herunterladen wählen (Strg+D).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln series done</source>
        <translation>
            <numerusform>%1 von %Ln Serie fertig</numerusform>
            <numerusform>%1 von %Ln Serien fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of %2</source>
        <translation>, %1 von %2</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, noch %1</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln failed</source>
        <translation>
            <numerusform>, %Ln fehlgeschlagen</numerusform>
            <numerusform>, %Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloads are paused: %1</source>
        <translation>Downloads angehalten: %1</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>Fertige &amp;entfernen</translation>
    </message>
    <message>
        <source>Removes the done, failed and cancelled rows from the list (their folders stay)</source>
        <translation>Entfernt die fertigen, fehlgeschlagenen und abgebrochenen Zeilen aus der Liste (ihre Ordner bleiben)</translation>
    </message>
    <message>
        <source>At once: </source>
        <translation>Gleichzeitig: </translation>
    </message>
    <message>
        <source>How many series download at the same time</source>
        <translation>Wie viele Serien gleichzeitig heruntergeladen werden</translation>
    </message>
    <message>
        <source>&amp;View images</source>
        <translation>Bilder &amp;ansehen</translation>
    </message>
    <message>
        <source>Shows the images of the current downloaded series (or double-click the row)</source>
        <translation>Zeigt die Bilder der aktuellen heruntergeladenen Serie (oder Doppelklick auf die Zeile)</translation>
    </message>
    <message>
        <source>they are the ones left from the last session. Resume all goes on where they stopped.</source>
        <translation>sie sind aus der letzten Sitzung übrig. „Alle fortsetzen“ macht dort weiter, wo sie stehen geblieben sind.</translation>
    </message>
    <message>
        <source>TCIA manifests (*.tcia)</source>
        <translation>TCIA-Manifeste (*.tcia)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>&amp;Copy UIDs</source>
        <translation>UIDs &amp;kopieren</translation>
    </message>
    <message>
        <source>Show in the &amp;tree</source>
        <translation>Im Baum &amp;zeigen</translation>
    </message>
    <message>
        <source>Add to c&amp;art</source>
        <translation>Zur &amp;Merkliste hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation>Serie: %1</translation>
    </message>
    <message>
        <source>Series UID: %1</source>
        <translation>Serien-UID: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archiv: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Download details</source>
        <translation>Download-Details</translation>
    </message>
    <message>
        <source>&amp;Export as manifest…</source>
        <translation>Als Manifest &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export as manifest</source>
        <translation>Als Manifest exportieren</translation>
    </message>
</context>
<context>
    <name>nbia::FailedDownloadsBar</name>
    <message>
        <source>Retry all failed</source>
        <translation>Alle fehlgeschlagenen wiederholen</translation>
    </message>
    <message>
        <source>Export failed as manifest…</source>
        <translation>Fehlgeschlagene als Manifest exportieren…</translation>
    </message>
    <message>
        <source>Downloads every failed series again, from the start</source>
        <translation>Lädt alle fehlgeschlagenen Serien erneut herunter, von vorn</translation>
    </message>
    <message>
        <source>Saves the failed series as a .tcia manifest, to try later or elsewhere</source>
        <translation>Speichert die fehlgeschlagenen Serien als .tcia-Manifest, um es später oder anderswo zu versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series failed: the reason is in each row (hover it, or Details… in its menu).</source>
        <translation>
            <numerusform>%Ln Serie fehlgeschlagen: Der Grund steht in der Zeile (Maus darüber halten oder „Details…“ in ihrem Menü).</numerusform>
            <numerusform>%Ln Serien fehlgeschlagen: Der Grund steht in jeder Zeile (Maus darüber halten oder „Details…“ in ihrem Menü).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nbia::FilterPanel</name>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Körperregion</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Values in the whole archive</source>
        <translation>Werte im ganzen Archiv</translation>
    </message>
    <message>
        <source>Values in %1</source>
        <translation>Werte in %1</translation>
    </message>
    <message>
        <source>(not specified)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching series</source>
        <translation>
            <numerusform>%Ln passende Serie</numerusform>
            <numerusform>%Ln passende Serien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln patients in the whole archive</source>
        <translation>
            <numerusform>%Ln Patient im ganzen Archiv</numerusform>
            <numerusform>%Ln Patienten im ganzen Archiv</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nbia::HelpDialog</name>
    <message>
        <source>NBIA Browser Help</source>
        <translation>Hilfe zu NBIA Browser</translation>
    </message>
    <message>
        <source>NBIA Browser</source>
        <translation>NBIA Browser</translation>
    </message>
    <message>
        <source>Browse The Cancer Imaging Archive, look at a series before you fetch it, and download whole series, checked against the archive&apos;s MD5 sums, in the folder layout you choose. Everything runs against the server named in the status bar (File › Server…).</source>
        <translation>Durchsuchen Sie The Cancer Imaging Archive, sehen Sie sich eine Serie an, bevor Sie sie holen, und laden Sie ganze Serien herunter, geprüft gegen die MD5-Summen des Archivs, in der Ordnerstruktur Ihrer Wahl. Alles läuft über den Server, der in der Statusleiste steht (Datei › Server…).</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Check modalities, body parts and manufacturers to narrow the tree and the series list: values of one list are alternatives, lists combine. The number beside a value is how many series it would match with the other choices; for the whole archive (v4), how many patients have it.</source>
        <translation>Haken Sie Modalitäten, Körperregionen und Hersteller an, um den Baum und die Serienliste einzugrenzen: Werte einer Liste sind Alternativen, Listen werden kombiniert. Die Zahl neben einem Wert gibt an, wie viele Serien er zusammen mit der übrigen Auswahl träfe; für das ganze Archiv (v4), wie viele Patienten ihn haben.</translation>
    </message>
    <message>
        <source>Archive tree</source>
        <translation>Archivbaum</translation>
    </message>
    <message>
        <source>Collections, patients, studies and series, loaded as you open them. Each row says how many series and images it holds and how large it is, once its collection&apos;s series are listed (select the collection); “–” means not known yet. Select rows at any level to download or export all the series under them. The search box finds what is loaded.</source>
        <translation>Sammlungen, Patienten, Studien und Serien, geladen, sobald Sie sie öffnen. Jede Zeile zeigt, wie viele Serien und Bilder sie enthält und wie groß sie ist, sobald die Serien ihrer Sammlung aufgelistet sind (Sammlung auswählen); „–“ bedeutet: noch nicht bekannt. Wählen Sie Zeilen auf beliebiger Ebene, um alle Serien darunter herunterzuladen oder zu exportieren. Das Suchfeld findet, was geladen ist.</translation>
    </message>
    <message>
        <source>Series list</source>
        <translation>Serienliste</translation>
    </message>
    <message>
        <source>Every series of the current collection in one sortable table, through the filters and its own search: the quickest way to pick series across patients.</source>
        <translation>Alle Serien der aktuellen Sammlung in einer sortierbaren Tabelle, eingegrenzt durch die Filter und eine eigene Suche: der schnellste Weg, Serien über Patienten hinweg auszuwählen.</translation>
    </message>
    <message>
        <source>Details and preview</source>
        <translation>Details und Vorschau</translation>
    </message>
    <message>
        <source>Everything the archive says about the selected row, with its middle image before it is downloaded; More images shows six spread through the series. The archive&apos;s own field names are in the tool tips.</source>
        <translation>Alles, was das Archiv über die gewählte Zeile sagt, mit ihrem mittleren Bild, noch bevor sie heruntergeladen ist; „Weitere Bilder“ zeigt sechs über die Serie verteilte. Die Feldnamen des Archivs selbst stehen in den Tooltips.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Series download in parallel, resume after a restart and are checked file by file. Pause, resume, cancel or retry rows; double-click a finished one to view its images.</source>
        <translation>Serien werden parallel heruntergeladen, nach einem Neustart fortgesetzt und Datei für Datei geprüft. Zeilen lassen sich anhalten, fortsetzen, abbrechen oder wiederholen; ein Doppelklick auf eine fertige zeigt ihre Bilder.</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Merkliste</translation>
    </message>
    <message>
        <source>Collect series from any collection, from manifests and from search results; the cart is kept between sessions. Export it as a .tcia manifest or download it all at once.</source>
        <translation>Sammeln Sie Serien aus beliebigen Sammlungen, aus Manifesten und aus Suchergebnissen; die Merkliste bleibt zwischen Sitzungen erhalten. Exportieren Sie sie als .tcia-Manifest oder laden Sie alles auf einmal herunter.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NBIA Browser %1&lt;/h3&gt;&lt;p&gt;Browse, preview and download The Cancer Imaging Archive.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3), DCMTK %4 and QuaZip %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NBIA Browser %1&lt;/h3&gt;&lt;p&gt;The Cancer Imaging Archive durchsuchen, in der Vorschau ansehen und herunterladen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft unter %3), DCMTK %4 und QuaZip %5.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nbia::ImageViewer</name>
    <message>
        <source>Window </source>
        <translation>Fenster </translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Invertieren</translation>
    </message>
    <message>
        <source>Show white as black (I)</source>
        <translation>Weiß als Schwarz zeigen (I)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the image to the window (F, or double-click)</source>
        <translation>Bild in das Fenster einpassen (F oder Doppelklick)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One screen pixel per image pixel</source>
        <translation>Ein Bildschirmpixel je Bildpixel</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Save the view as it is shown, as a PNG image (Ctrl+E)</source>
        <translation>Die Ansicht so, wie sie gezeigt wird, als PNG-Bild speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Image in the series (wheel, Up, Down)</source>
        <translation>Bild in der Serie (Mausrad, Auf, Ab)</translation>
    </message>
    <message>
        <source>Frame of a multi-frame image</source>
        <translation>Frame eines Mehrframe-Bildes</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>Keine Bilder</translation>
    </message>
    <message>
        <source>Image %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <source>Frame 1 of %1</source>
        <translation>Frame 1 von %1</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Frame %1 von %2</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigenes</translation>
    </message>
    <message>
        <source>File default</source>
        <translation>Vorgabe der Datei</translation>
    </message>
    <message>
        <source>File window</source>
        <translation>Fenster der Datei</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Serie %1</translation>
    </message>
    <message>
        <source>Image %1 (%2 of %3)</source>
        <translation>Bild %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Position %1 mm</source>
        <translation>Position %1 mm</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <source>Pixel %1 × %2 mm</source>
        <translation>Pixel %1 × %2 mm</translation>
    </message>
    <message>
        <source>%1 × %2, zoom %3%</source>
        <translation>%1 × %2, Zoom %3 %</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>Ansicht als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Window: the file&apos;s own (key 0), a CT preset (keys 1 to 8, on CT images) or the full range of the pixels (key 9)</source>
        <translation>Fenster: das der Datei (Taste 0), eine CT-Vorgabe (Tasten 1 bis 8, bei CT-Bildern) oder der volle Bereich der Pixel (Taste 9)</translation>
    </message>
    <message>
        <source> (W %1, L %2)</source>
        <translation> (W %1, L %2)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Voller Bereich</translation>
    </message>
</context>
<context>
    <name>nbia::ImageWindow</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Filter tags (name, number or value)</source>
        <translation>Tags filtern (Name, Nummer oder Wert)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Miniaturen</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>Bilder: %1</translation>
    </message>
    <message>
        <source> · other files, not shown: %1</source>
        <translation> · andere Dateien, nicht gezeigt: %1</translation>
    </message>
    <message>
        <source>No DICOM images in this folder</source>
        <translation>Keine DICOM-Bilder in diesem Ordner</translation>
    </message>
    <message>
        <source>Images — %1</source>
        <translation>Bilder — %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Einen Ordner mit Bildern öffnen</translation>
    </message>
    <message>
        <source>The folder&apos;s series: one at a time (Ctrl+Page Down: next, Ctrl+Page Up: previous)</source>
        <translation>Die Serien des Ordners: eine nach der anderen (Strg+Bild ab: nächste, Strg+Bild auf: vorige)</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Serie:</translation>
    </message>
    <message>
        <source>Next series</source>
        <translation>Nächste Serie</translation>
    </message>
    <message>
        <source>Previous series</source>
        <translation>Vorige Serie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series</source>
        <translation>
            <numerusform>%Ln Serie</numerusform>
            <numerusform>%Ln Serien</numerusform>
        </translation>
    </message>
    <message>
        <source> · images: %1</source>
        <translation> · Bilder: %1</translation>
    </message>
</context>
<context>
    <name>nbia::MainWindow</name>
    <message>
        <source>NBIA Browser</source>
        <translation>NBIA Browser</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Open &amp;demo archive</source>
        <translation>&amp;Demoarchiv öffnen</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series selected, %1 (Ctrl+E exports a manifest)</source>
        <translation>
            <numerusform>%Ln Serie ausgewählt, %1 (Strg+E exportiert ein Manifest)</numerusform>
            <numerusform>%Ln Serien ausgewählt, %1 (Strg+E exportiert ein Manifest)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export manifest</source>
        <translation>Manifest exportieren</translation>
    </message>
    <message>
        <source>TCIA manifests (*.tcia)</source>
        <translation>TCIA-Manifeste (*.tcia)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln series to %1</source>
        <translation>
            <numerusform>%Ln Serie nach %1 exportiert</numerusform>
            <numerusform>%Ln Serien nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The archive cannot be reached.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Check the network or the server address, try again, or explore the offline demo archive.</source>
        <translation>&lt;b&gt;Das Archiv ist nicht erreichbar.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Prüfen Sie das Netzwerk oder die Serveradresse, versuchen Sie es erneut oder erkunden Sie das Offline-Demoarchiv.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export selection as &amp;manifest…</source>
        <translation>Auswahl als &amp;Manifest exportieren…</translation>
    </message>
    <message>
        <source>Export selection as &amp;CSV…</source>
        <translation>Auswahl als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Reload everything</source>
        <translation>Alles &amp;neu laden</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>S&amp;erver…</source>
        <translation>S&amp;erver…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiv</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Collections, patients, studies and series, loaded as you expand them (Ctrl+1)</source>
        <translation>Sammlungen, Patienten, Studien und Serien, geladen beim Aufklappen (Strg+1)</translation>
    </message>
    <message>
        <source>Every series of the current collection in one table (Ctrl+2)</source>
        <translation>Alle Serien der aktuellen Sammlung in einer Tabelle (Strg+2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series selected so far (%1); counting the series of %2…</source>
        <translation>
            <numerusform>Bisher %Ln Serie ausgewählt (%1); die Serien von %2 werden gezählt…</numerusform>
            <numerusform>Bisher %Ln Serien ausgewählt (%1); die Serien von %2 werden gezählt…</numerusform>
        </translation>
    </message>
    <message>
        <source>The series of %1 are still being listed. Try again in a moment.</source>
        <translation>Die Serien von %1 werden noch aufgelistet. Bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy UIDs</source>
        <translation>UIDs &amp;kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Archive tree</source>
        <translation>&amp;Archivbaum</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Series &amp;list</source>
        <translation>Serien&amp;liste</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series selected so far (%1); the series of %2 could not be listed: %3 (F5 tries again)</source>
        <translation>
            <numerusform>Bisher %Ln Serie ausgewählt (%1); die Serien von %2 konnten nicht aufgelistet werden: %3 (F5 versucht es erneut)</numerusform>
            <numerusform>Bisher %Ln Serien ausgewählt (%1); die Serien von %2 konnten nicht aufgelistet werden: %3 (F5 versucht es erneut)</numerusform>
        </translation>
    </message>
    <message>
        <source>The series of %1 could not be listed: %2
Reload (F5) to try again.</source>
        <translation>Die Serien von %1 konnten nicht aufgelistet werden: %2
Neu laden (F5), um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Saves the selected series as a .tcia manifest (Ctrl+E)</source>
        <translation>Speichert die gewählten Serien als .tcia-Manifest (Strg+E)</translation>
    </message>
    <message>
        <source>Saves the selected series and their details as CSV (Ctrl+Shift+E)</source>
        <translation>Speichert die gewählten Serien mit ihren Angaben als CSV (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Copies the UIDs (or IDs) of the selected rows, one per line (Ctrl+C)</source>
        <translation>Kopiert die UIDs (oder IDs) der gewählten Zeilen, eine pro Zeile (Strg+C)</translation>
    </message>
    <message>
        <source>Unchecks every filter value (Ctrl+Shift+L)</source>
        <translation>Hebt die Auswahl aller Filterwerte auf (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Searches what is loaded: patient IDs, descriptions, UIDs (Ctrl+F)</source>
        <translation>Durchsucht das Geladene: Patienten-IDs, Beschreibungen, UIDs (Strg+F)</translation>
    </message>
    <message>
        <source>Asks the archive again for everything shown (F5)</source>
        <translation>Fragt das Archiv erneut nach allem Angezeigten (F5)</translation>
    </message>
    <message>
        <source>Browses a synthetic archive served on this computer, without a network</source>
        <translation>Durchsucht ein synthetisches Archiv auf diesem Rechner, ohne Netzwerk</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>&amp;Download selection…</source>
        <translation>Auswahl &amp;herunterladen…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Downloads the selected series into a folder, checked (Ctrl+D)</source>
        <translation>Lädt die gewählten Serien geprüft in einen Ordner (Strg+D)</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Downloads</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Select series, studies, patients or collections first.</source>
        <translation>Zuerst Serien, Studien, Patienten oder Sammlungen wählen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series queued for download into %1</source>
        <translation>
            <numerusform>%Ln Serie zum Download nach %1 eingereiht</numerusform>
            <numerusform>%Ln Serien zum Download nach %1 eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open manifest…</source>
        <translation>Manifest ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Download shared &amp;list…</source>
        <translation>Geteilte &amp;Liste herunterladen…</translation>
    </message>
    <message>
        <source>Downloads the series of a list shared on the archive&apos;s portal</source>
        <translation>Lädt die Serien einer im Portal des Archivs geteilten Liste herunter</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>der Auswahl</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln were in the queue already (resume them there)</source>
        <translation>
            <numerusform>; %Ln war schon in der Warteschlange (dort fortsetzen)</numerusform>
            <numerusform>; %Ln waren schon in der Warteschlange (dort fortsetzen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;images folder…</source>
        <translation>&amp;Bilderordner öffnen…</translation>
    </message>
    <message>
        <source>Open a folder of DICOM images</source>
        <translation>Einen Ordner mit DICOM-Bildern öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Shows the DICOM images of a folder as thumbnails and in the viewer; downloaded series open from the downloads panel</source>
        <translation>Zeigt die DICOM-Bilder eines Ordners als Miniaturen und im Betrachter; heruntergeladene Serien öffnen sich aus dem Download-Bereich</translation>
    </message>
    <message>
        <source>a series with those it is drawn on</source>
        <translation>einer Serie mit den Serien, auf denen sie gezeichnet ist</translation>
    </message>
    <message>
        <source>%1, API %2</source>
        <translation>%1, API %2</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Merkliste</translation>
    </message>
    <message>
        <source>The archive has no series %1</source>
        <translation>Das Archiv hat keine Serie %1</translation>
    </message>
    <message>
        <source>Could not find %1: %2</source>
        <translation>%1 konnte nicht gefunden werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series added to the cart</source>
        <translation>
            <numerusform>%Ln Serie zur Merkliste hinzugefügt</numerusform>
            <numerusform>%Ln Serien zur Merkliste hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo archive (synthetic, served on this computer)</source>
        <translation>Demoarchiv (synthetisch, auf diesem Rechner bereitgestellt)</translation>
    </message>
    <message>
        <source>NBIA Browser — Demo archive</source>
        <translation>NBIA Browser — Demoarchiv</translation>
    </message>
    <message>
        <source>the cart</source>
        <translation>der Merkliste</translation>
    </message>
    <message numerus="yes">
        <source> (%Ln already in it)</source>
        <translation>
            <numerusform> (%Ln war schon darin)</numerusform>
            <numerusform> (%Ln waren schon darin)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open manifest</source>
        <translation>Manifest öffnen</translation>
    </message>
    <message>
        <source>TCIA manifests (*.tcia);;All files (*)</source>
        <translation>TCIA-Manifeste (*.tcia);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>None of the selected series is downloaded yet: download them first (Ctrl+D).</source>
        <translation>Keine der gewählten Serien ist bisher heruntergeladen: Laden Sie sie zuerst herunter (Strg+D).</translation>
    </message>
    <message>
        <source>Puts the series of a .tcia manifest in the cart, to look at before they download; dropping one on the window does too (Ctrl+O)</source>
        <translation>Legt die Serien eines .tcia-Manifests in die Merkliste, um sie vor dem Herunterladen anzusehen; ein auf das Fenster gezogenes Manifest ebenso (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Add selection to cart</source>
        <translation>Auswahl &amp;zur Merkliste hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Collects the selected series in the cart, from any collection (Ctrl+Shift+K)</source>
        <translation>Sammelt die gewählten Serien aus beliebigen Sammlungen in der Merkliste (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>View images of the &amp;selection</source>
        <translation>Bilder der &amp;Auswahl ansehen</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Opens the downloaded images of the selected series in the viewer (Ctrl+I)</source>
        <translation>Öffnet die heruntergeladenen Bilder der gewählten Serien im Betrachter (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Cart</source>
        <translation>&amp;Merkliste</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>NBIA Browser &amp;Help</source>
        <translation>&amp;Hilfe zu NBIA Browser</translation>
    </message>
    <message>
        <source>What each pane does, for the pane you are in (F1)</source>
        <translation>Was jeder Bereich tut, geöffnet beim aktuellen Bereich (F1)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;About NBIA Browser</source>
        <translation>Ü&amp;ber NBIA Browser</translation>
    </message>
    <message>
        <source>About NBIA Browser</source>
        <translation>Über NBIA Browser</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Counting the selection…</source>
        <translation>Auswahl wird gezählt…</translation>
    </message>
</context>
<context>
    <name>nbia::SeriesCartModel</name>
    <message>
        <source>The cart in %1 cannot be restored: %2. The cart starts empty.</source>
        <translation>Die Merkliste in %1 kann nicht wiederhergestellt werden: %2. Die Merkliste beginnt leer.</translation>
    </message>
    <message>
        <source>The cart in %1 cannot be restored: %2. It was kept as %3; the cart starts empty.</source>
        <translation>Die Merkliste in %1 kann nicht wiederhergestellt werden: %2. Sie wurde als %3 aufbewahrt; die Merkliste beginnt leer.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Not found on this archive</source>
        <translation>In diesem Archiv nicht gefunden</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>The archive does not know series %1</source>
        <translation>Das Archiv kennt die Serie %1 nicht</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Serie %1</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Series description</source>
        <translation>Serienbeschreibung</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Auf dem Datenträger</translation>
    </message>
</context>
<context>
    <name>nbia::SeriesDownload</name>
    <message>
        <source>the archive does not know this series</source>
        <translation>das Archiv kennt diese Serie nicht</translation>
    </message>
    <message>
        <source>%1 cannot be made</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>nbia::SeriesListPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Search the series: patient ID, description, UID (Ctrl+F)</source>
        <translation>Serien durchsuchen: Patienten-ID, Beschreibung, UID (Strg+F)</translation>
    </message>
    <message>
        <source>Shows the series whose patient ID, series or study description, protocol or UIDs contain the text</source>
        <translation>Zeigt die Serien, deren Patienten-ID, Serien- oder Studienbeschreibung, Protokoll oder UIDs den Text enthalten</translation>
    </message>
    <message>
        <source>Choose a collection in the archive tree to list all its series.</source>
        <translation>Wählen Sie im Archivbaum eine Sammlung, um alle ihre Serien aufzulisten.</translation>
    </message>
    <message>
        <source>The series of %1 could not be loaded: %2</source>
        <translation>Die Serien von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Loading the series of %1…</source>
        <translation>Die Serien von %1 werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln series of %2 shown</source>
        <translation>
            <numerusform>%1 von %Ln Serie aus %2 angezeigt</numerusform>
            <numerusform>%1 von %Ln Serien aus %2 angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Series of %1</source>
        <translation>Serien von %1</translation>
    </message>
    <message>
        <source>Show in the &amp;tree</source>
        <translation>Im Baum &amp;zeigen</translation>
    </message>
</context>
<context>
    <name>nbia::SeriesPreviewLoader</name>
    <message>
        <source>The archive lists no images for this series.</source>
        <translation>Das Archiv führt keine Bilder zu dieser Serie.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>, window %1/%2</source>
        <translation>, Fenster %1/%2</translation>
    </message>
    <message>
        <source>Image %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
</context>
<context>
    <name>nbia::SeriesTableModel</name>
    <message>
        <source>Protocol: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Studiendatum</translation>
    </message>
    <message>
        <source>Series description</source>
        <translation>Serienbeschreibung</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Körperregion</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Series UID</source>
        <translation>Serien-UID</translation>
    </message>
</context>
<context>
    <name>nbia::ServerSettingsDialog</name>
    <message>
        <source>Requests go to %1</source>
        <translation>Anfragen gehen an %1</translation>
    </message>
    <message>
        <source>Enter an http or https address, for example https://services.cancerimagingarchive.net/nbia-api/services/</source>
        <translation>Geben Sie eine http- oder https-Adresse ein, zum Beispiel https://services.cancerimagingarchive.net/nbia-api/services/</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
    <message>
        <source>%1 (API %2)</source>
        <translation>%1 (API %2)</translation>
    </message>
</context>
<context>
    <name>nbia::ThumbnailModel</name>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
</context>
<context>
    <name>nbia::WindowLevel</name>
    <message>
        <source>Lung</source>
        <translation>Lunge</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>Weichteil</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Knochen</translation>
    </message>
    <message>
        <source>Brain</source>
        <translation>Gehirn</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation>Mediastinum</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>Leber</translation>
    </message>
    <message>
        <source>Subdural</source>
        <translation>Subdural</translation>
    </message>
    <message>
        <source>Temporal bone</source>
        <translation>Felsenbein</translation>
    </message>
</context>
</TS>
