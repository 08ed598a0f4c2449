<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DownloadDialog</name>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Dans :</translation>
    </message>
    <message>
        <source>The download folder; it is made when missing</source>
        <translation>Le dossier de téléchargement ; il est créé s’il manque</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation>&amp;Dossiers :</translation>
    </message>
    <message>
        <source>Descriptive and Classic name folders exactly as the archive&apos;s Data Retriever does</source>
        <translation>Descriptive et Classic nomment les dossiers exactement comme le Data Retriever de l’archive</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>&amp;Noms de fichiers :</translation>
    </message>
    <message>
        <source>&amp;Check every file against the archive&apos;s MD5 hash</source>
        <translation>&amp;Vérifier chaque fichier avec l’empreinte MD5 de l’archive</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemple :</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>A service root (https://host/nbia-api/services/), a versioned base (…/services/v4) or a bare host</source>
        <translation>Une racine de service (https://hôte/nbia-api/services/), une base versionnée (…/services/v4) ou un simple hôte</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l’API :</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Give up on a request when the server sends nothing for this long</source>
        <translation>Abandonner une requête si le serveur n’envoie rien pendant ce temps</translation>
    </message>
    <message>
        <source>Use the &amp;public archive</source>
        <translation>Utiliser l’archive &amp;publique</translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>&amp;Archive :</translation>
    </message>
    <message>
        <source>A known archive fills in its address and API version; any other address is a custom server</source>
        <translation>Une archive connue remplit son adresse et sa version d’API ; toute autre adresse est un serveur personnalisé</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse and download The Cancer Imaging Archive.</source>
        <translation>Parcourir et télécharger The Cancer Imaging Archive.</translation>
    </message>
    <message>
        <source>NBIA server to use (default: $NBIA_SERVER, else the public archive).</source>
        <translation>Serveur NBIA à utiliser (par défaut : $NBIA_SERVER, sinon l’archive publique).</translation>
    </message>
    <message>
        <source>Start on the offline demo archive (a built-in emulator).</source>
        <translation>Démarrer sur l’archive de démonstration hors ligne (un émulateur intégré).</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>« %1 » n’est pas une adresse de serveur.</translation>
    </message>
    <message>
        <source>The demo archive could not start.</source>
        <translation>L’archive de démonstration n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>.tcia manifests whose series to download.</source>
        <translation>Manifestes .tcia dont télécharger les séries.</translation>
    </message>
    <message>
        <source>Also open the DICOM images of a folder (a downloaded series, or any folder of DICOM files).</source>
        <translation>Ouvrir aussi les images DICOM d&apos;un dossier (une série téléchargée ou tout dossier de fichiers DICOM).</translation>
    </message>
</context>
<context>
    <name>nbia::ApiError</name>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1)</source>
        <translation>Le serveur n’a pas répondu à temps (%1)</translation>
    </message>
    <message>
        <source>The server answered HTTP %1</source>
        <translation>Le serveur a répondu HTTP %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Le serveur a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>The server sent a response that cannot be read: %1</source>
        <translation>La réponse du serveur est illisible : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cannot write the data: %1</source>
        <translation>Impossible d’écrire les données : %1</translation>
    </message>
    <message>
        <source>The connection broke off during the transfer: %1</source>
        <translation>La connexion a été coupée pendant le transfert : %1</translation>
    </message>
    <message>
        <source>This server&apos;s API version does not offer %1</source>
        <translation>La version d’API de ce serveur n’offre pas %1</translation>
    </message>
</context>
<context>
    <name>nbia::ArchiveItemDelegate</name>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (chargement…)</translation>
    </message>
    <message>
        <source>%1 — could not load: %2</source>
        <translation>%1 — chargement impossible : %2</translation>
    </message>
</context>
<context>
    <name>nbia::ArchivePanel</name>
    <message>
        <source>Search what is loaded: patient ID, description, UID (Ctrl+F)</source>
        <translation>Rechercher dans ce qui est chargé : ID patient, description, UID (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Copy &amp;UID</source>
        <translation>Copier l’&amp;UID</translation>
    </message>
    <message>
        <source>Copy &amp;patient ID</source>
        <translation>Copier l’ID &amp;patient</translation>
    </message>
    <message>
        <source>Reload &amp;everything</source>
        <translation>&amp;Tout recharger</translation>
    </message>
</context>
<context>
    <name>nbia::ArchiveTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Région anatomique</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>nbia::DetailsPanel</name>
    <message>
        <source>Copy &amp;UID</source>
        <translation>Copier l’&amp;UID</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Select a collection, patient, study or series to see its details.</source>
        <translation>Sélectionnez une collection, un patient, une étude ou une série pour en voir les détails.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Collection&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Collection&lt;/b&gt; %1</translation>
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
        <translation>&lt;b&gt;Étude&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>&lt;b&gt;Series&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Série&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Collection DOI</source>
        <translation>DOI de la collection</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Size (getSeriesSize)</source>
        <translation>Taille (getSeriesSize)</translation>
    </message>
    <message>
        <source>Metadata (getSeriesMetaData)</source>
        <translation>Métadonnées (getSeriesMetaData)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>The archive has no metadata for this series.</source>
        <translation>L’archive n’a pas de métadonnées pour cette série.</translation>
    </message>
    <message>
        <source>Its totals are unknown: %1</source>
        <translation>Totaux inconnus : %1</translation>
    </message>
    <message>
        <source>Counting its series…</source>
        <translation>Comptage de ses séries…</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Études</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Series by modality</source>
        <translation>Séries par modalité</translation>
    </message>
    <message>
        <source>Series by body part</source>
        <translation>Séries par région anatomique</translation>
    </message>
    <message>
        <source>Series by manufacturer</source>
        <translation>Séries par fabricant</translation>
    </message>
    <message>
        <source>(not specified)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Chargement de l’aperçu…</translation>
    </message>
    <message>
        <source>&amp;More images</source>
        <translation>&amp;Plus d’images</translation>
    </message>
    <message>
        <source>Shows six images spread through the series</source>
        <translation>Montre six images réparties dans la série</translation>
    </message>
    <message numerus="yes">
        <source>Drawn on %n image series (%1). &lt;a href=&quot;#download&quot;&gt;Download them together&lt;/a&gt;</source>
        <translation>
            <numerusform>Tracée sur %n série d’images (%1). &lt;a href=&quot;#download&quot;&gt;Les télécharger ensemble&lt;/a&gt;</numerusform>
            <numerusform>Tracée sur %n séries d’images (%1). &lt;a href=&quot;#download&quot;&gt;Les télécharger ensemble&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nbia::DicomHeader</name>
    <message>
        <source>%1 is not a DICOM file.</source>
        <translation>%1 n&apos;est pas un fichier DICOM.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
</context>
<context>
    <name>nbia::DicomRenderer</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>This is not a DICOM file.</source>
        <translation>Ce n’est pas un fichier DICOM.</translation>
    </message>
    <message>
        <source>The DICOM file is damaged or cut short: %1.</source>
        <translation>Le fichier DICOM est endommagé ou tronqué : %1.</translation>
    </message>
    <message>
        <source>This file holds no image (modality %1).</source>
        <translation>Ce fichier ne contient pas d’image (modalité %1).</translation>
    </message>
    <message>
        <source>Cannot display this transfer syntax: %1.</source>
        <translation>Impossible d’afficher cette syntaxe de transfert : %1.</translation>
    </message>
    <message>
        <source>Cannot display this image: %1.</source>
        <translation>Impossible d’afficher cette image : %1.</translation>
    </message>
    <message>
        <source>The image cannot be decoded: %1.</source>
        <translation>L’image ne peut pas être décodée : %1.</translation>
    </message>
    <message>
        <source>The image cannot be scaled.</source>
        <translation>L’image ne peut pas être mise à l’échelle.</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Plage complète</translation>
    </message>
    <message>
        <source>The image&apos;s pixels cannot be read.</source>
        <translation>Les pixels de l’image ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>The image has no frame %1: frames: %2.</source>
        <translation>L&apos;image n&apos;a pas de trame %1 : trames : %2.</translation>
    </message>
</context>
<context>
    <name>nbia::DicomTagModel</name>
    <message>
        <source>(%1 bytes)</source>
        <translation>(%1 octets)</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Éléments : %1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Élément %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as DICOM: %2</source>
        <translation>%1 ne peut pas être lu comme DICOM : %2</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>VR</source>
        <translation>VR</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>nbia::DownloadController</name>
    <message>
        <source>The download queue cannot be saved in %1 (%2); it will not survive quitting.</source>
        <translation>La file de téléchargement ne peut pas être enregistrée dans %1 (%2) ; elle sera perdue en quittant.</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Download %1 from %2.</source>
        <translation>Télécharger %1 de %2.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is not a manifest the archive would make: %2</source>
        <translation>%1 n’est pas un manifeste tel que l’archive les produit : %2</translation>
    </message>
    <message>
        <source>Open manifest</source>
        <translation>Ouvrir un manifeste</translation>
    </message>
    <message>
        <source>TCIA manifests (*.tcia);;All files (*)</source>
        <translation>Manifestes TCIA (*.tcia);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The shared list %1 cannot be read: %2</source>
        <translation>La liste partagée %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The archive has no shared list called %1.</source>
        <translation>L’archive n’a pas de liste partagée nommée %1.</translation>
    </message>
    <message>
        <source>Download shared list</source>
        <translation>Télécharger une liste partagée</translation>
    </message>
    <message>
        <source>Name of the shared list (as the archive&apos;s portal shows it):</source>
        <translation>Nom de la liste partagée (tel que le portail de l’archive l’affiche) :</translation>
    </message>
    <message>
        <source>the shared list %1</source>
        <translation>la liste partagée %1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n series are still to download.</source>
        <translation>
            <numerusform>%n série reste à télécharger.</numerusform>
            <numerusform>%n séries restent à télécharger.</numerusform>
        </translation>
    </message>
    <message>
        <source>They wait for you: the next time NBIA Browser starts, Resume goes on where they stopped (a series cut short starts again).</source>
        <translation>Elles vous attendent : au prochain démarrage de NBIA Browser, « Reprendre » continue là où elles se sont arrêtées (une série interrompue recommence).</translation>
    </message>
    <message>
        <source>Quitting stops them.</source>
        <translation>Quitter les arrête.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Keep downloading</source>
        <translation>&amp;Continuer le téléchargement</translation>
    </message>
    <message>
        <source>Another NBIA Browser keeps the download queue; the downloads of this window will not survive quitting.</source>
        <translation>Un autre NBIA Browser tient la file de téléchargement ; les téléchargements de cette fenêtre seront perdus en quittant.</translation>
    </message>
    <message>
        <source>The download queue cannot be saved in %1 (%2); changes may not survive quitting.</source>
        <translation>La file de téléchargement ne peut pas être enregistrée dans %1 (%2) ; des changements pourraient être perdus en quittant.</translation>
    </message>
    <message>
        <source>%1 lists series on %2, an archive this program does not know.</source>
        <translation>%1 liste des séries sur %2, une archive que ce programme ne connaît pas.</translation>
    </message>
    <message>
        <source>%1 lists series on %2, an archive this program does not know.

Download them from the window&apos;s server (%3) instead?</source>
        <translation>%1 liste des séries sur %2, une archive que ce programme ne connaît pas.

Les télécharger plutôt depuis le serveur de la fenêtre (%3) ?</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (sur %2)</translation>
    </message>
</context>
<context>
    <name>nbia::DownloadDialog</name>
    <message>
        <source>Descriptive (Collection/Patient/date-study/number-series)</source>
        <translation>Descriptive (Collection/Patient/date-étude/numéro-série)</translation>
    </message>
    <message>
        <source>Classic (Collection/Patient/StudyUID/SeriesUID)</source>
        <translation>Classic (Collection/Patient/StudyUID/SeriesUID)</translation>
    </message>
    <message>
        <source>Flat (one folder per SeriesUID)</source>
        <translation>À plat (un dossier par SeriesUID)</translation>
    </message>
    <message>
        <source>As the archive sends them (00000001.dcm, …)</source>
        <translation>Tels que l’archive les envoie (00000001.dcm, …)</translation>
    </message>
    <message>
        <source>By instance number (1-001.dcm, …)</source>
        <translation>Par numéro d’instance (1-001.dcm, …)</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>Download into</source>
        <translation>Télécharger dans</translation>
    </message>
</context>
<context>
    <name>nbia::DownloadIntake</name>
    <message>
        <source>%1 cannot be made.</source>
        <translation>%1 ne peut pas être créé.</translation>
    </message>
</context>
<context>
    <name>nbia::DownloadQueue</name>
    <message>
        <source>%1 cannot be made</source>
        <translation>%1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>Another program is downloading into %1; resume when it is done.</source>
        <translation>Un autre programme télécharge dans %1 ; reprenez quand il aura fini.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for downloading</source>
        <translation>%1 ne peut pas être verrouillé pour le téléchargement</translation>
    </message>
    <message>
        <source>Its folder has changed since it was downloaded; resume to download it again.</source>
        <translation>Son dossier a changé depuis le téléchargement ; reprenez pour le télécharger à nouveau.</translation>
    </message>
</context>
<context>
    <name>nbia::DownloadQueueModel</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Extraction</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>nbia::DownloadsPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rep&amp;rendre</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Move to &amp;top</source>
        <translation>En &amp;tête</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Pauses the selected downloads</source>
        <translation>Met en pause les téléchargements choisis</translation>
    </message>
    <message>
        <source>Resumes the selected paused downloads</source>
        <translation>Reprend les téléchargements choisis mis en pause</translation>
    </message>
    <message>
        <source>Stops the selected downloads and removes their partial files</source>
        <translation>Arrête les téléchargements choisis et supprime leurs fichiers partiels</translation>
    </message>
    <message>
        <source>Downloads the selected failed or cancelled series again</source>
        <translation>Télécharge à nouveau les séries choisies en échec ou annulées</translation>
    </message>
    <message>
        <source>Downloads the selected series next</source>
        <translation>Télécharge ensuite les séries choisies</translation>
    </message>
    <message>
        <source>Opens the folder of the current series (or the download folder)</source>
        <translation>Ouvre le dossier de la série courante (ou le dossier de téléchargement)</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>No downloads yet: select series and choose Download (Ctrl+D).</source>
        <translation>Aucun téléchargement : choisissez des séries puis Télécharger (Ctrl+D).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n series done</source>
        <translation>
            <numerusform>%1 sur %n série terminée</numerusform>
            <numerusform>%1 sur %n séries terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of %2</source>
        <translation>, %1 sur %2</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, %1 restant</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloads are paused: %1</source>
        <translation>Téléchargements en pause : %1</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Retirer les terminés</translation>
    </message>
    <message>
        <source>Removes the done, failed and cancelled rows from the list (their folders stay)</source>
        <translation>Retire de la liste les lignes terminées, en échec et annulées (leurs dossiers restent)</translation>
    </message>
    <message>
        <source>At once: </source>
        <translation>En même temps : </translation>
    </message>
    <message>
        <source>How many series download at the same time</source>
        <translation>Combien de séries se téléchargent en même temps</translation>
    </message>
    <message>
        <source>&amp;View images</source>
        <translation>&amp;Voir les images</translation>
    </message>
    <message>
        <source>Shows the images of the current downloaded series (or double-click the row)</source>
        <translation>Affiche les images de la série téléchargée courante (ou double-cliquez sur la ligne)</translation>
    </message>
    <message>
        <source>they are the ones left from the last session. Resume all goes on where they stopped.</source>
        <translation>ce sont ceux restés de la dernière session. « Tout reprendre » continue là où ils se sont arrêtés.</translation>
    </message>
</context>
<context>
    <name>nbia::FilterPanel</name>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Région anatomique</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Values in the whole archive</source>
        <translation>Valeurs de toute l’archive</translation>
    </message>
    <message>
        <source>Values in %1</source>
        <translation>Valeurs dans %1</translation>
    </message>
    <message>
        <source>(not specified)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n matching series</source>
        <translation>
            <numerusform>%n série correspondante</numerusform>
            <numerusform>%n séries correspondantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patients in the whole archive</source>
        <translation>
            <numerusform>%n patient dans toute l’archive</numerusform>
            <numerusform>%n patients dans toute l’archive</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nbia::ImageViewer</name>
    <message>
        <source>Window </source>
        <translation>Fenêtre </translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Show white as black (I)</source>
        <translation>Afficher le blanc en noir (I)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the image to the window (F, or double-click)</source>
        <translation>Ajuster l&apos;image à la fenêtre (F ou double-clic)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One screen pixel per image pixel</source>
        <translation>Un pixel d&apos;écran par pixel d&apos;image</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save the view as it is shown, as a PNG image (Ctrl+E)</source>
        <translation>Enregistrer la vue telle qu&apos;affichée, en image PNG (Ctrl+E)</translation>
    </message>
    <message>
        <source>Image in the series (wheel, Up, Down)</source>
        <translation>Image dans la série (molette, Haut, Bas)</translation>
    </message>
    <message>
        <source>Frame of a multi-frame image</source>
        <translation>Trame d&apos;une image multi-trames</translation>
    </message>
    <message>
        <source>Window: the file&apos;s own (key 0), or a preset (keys 1 to 9)</source>
        <translation>Fenêtre : celle du fichier (touche 0) ou un préréglage (touches 1 à 9)</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>Image %1 of %2</source>
        <translation>Image %1 sur %2</translation>
    </message>
    <message>
        <source>Frame 1 of %1</source>
        <translation>Trame 1 sur %1</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Trame %1 sur %2</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>File default</source>
        <translation>Celle du fichier</translation>
    </message>
    <message>
        <source>File window</source>
        <translation>Fenêtre du fichier</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Série %1</translation>
    </message>
    <message>
        <source>Image %1 (%2 of %3)</source>
        <translation>Image %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Position %1 mm</source>
        <translation>Position %1 mm</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>L %1  C %2</translation>
    </message>
    <message>
        <source>Pixel %1 × %2 mm</source>
        <translation>Pixel %1 × %2 mm</translation>
    </message>
    <message>
        <source>%1 × %2, zoom %3%</source>
        <translation>%1 × %2, zoom %3 %</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>Exporter la vue en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>nbia::ImageWindow</name>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Filter tags (name, number or value)</source>
        <translation>Filtrer les balises (nom, numéro ou valeur)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Vignettes</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>Images : %1</translation>
    </message>
    <message>
        <source> · other files, not shown: %1</source>
        <translation> · autres fichiers, non affichés : %1</translation>
    </message>
    <message>
        <source>No DICOM images in this folder</source>
        <translation>Aucune image DICOM dans ce dossier</translation>
    </message>
    <message>
        <source>Images — %1</source>
        <translation>Images — %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Ouvrir un dossier d&apos;images</translation>
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
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Open &amp;demo archive</source>
        <translation>Ouvrir l’archive de &amp;démonstration</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n series selected, %1 (Ctrl+E exports a manifest)</source>
        <translation>
            <numerusform>%n série sélectionnée, %1 (Ctrl+E exporte un manifeste)</numerusform>
            <numerusform>%n séries sélectionnées, %1 (Ctrl+E exporte un manifeste)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export manifest</source>
        <translation>Exporter le manifeste</translation>
    </message>
    <message>
        <source>TCIA manifests (*.tcia)</source>
        <translation>Manifestes TCIA (*.tcia)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n series to %1</source>
        <translation>
            <numerusform>%n série exportée vers %1</numerusform>
            <numerusform>%n séries exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The archive cannot be reached.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Check the network or the server address, try again, or explore the offline demo archive.</source>
        <translation>&lt;b&gt;L’archive est injoignable.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Vérifiez le réseau ou l’adresse du serveur, réessayez, ou explorez l’archive de démonstration hors ligne.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Export selection as &amp;manifest…</source>
        <translation>Exporter la sélection en &amp;manifeste…</translation>
    </message>
    <message>
        <source>Export selection as &amp;CSV…</source>
        <translation>Exporter la sélection en &amp;CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Reload everything</source>
        <translation>&amp;Tout recharger</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>S&amp;erver…</source>
        <translation>S&amp;erveur…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Collections, patients, studies and series, loaded as you expand them (Ctrl+1)</source>
        <translation>Collections, patients, études et séries, chargés à mesure que vous les dépliez (Ctrl+1)</translation>
    </message>
    <message>
        <source>Every series of the current collection in one table (Ctrl+2)</source>
        <translation>Toutes les séries de la collection courante dans un tableau (Ctrl+2)</translation>
    </message>
    <message numerus="yes">
        <source>%n series selected so far (%1); counting the series of %2…</source>
        <translation>
            <numerusform>%n série sélectionnée pour l’instant (%1) ; décompte des séries de %2…</numerusform>
            <numerusform>%n séries sélectionnées pour l’instant (%1) ; décompte des séries de %2…</numerusform>
        </translation>
    </message>
    <message>
        <source>The series of %1 are still being listed. Try again in a moment.</source>
        <translation>Les séries de %1 sont encore en cours de listage. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Copy UIDs</source>
        <translation>&amp;Copier les UID</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Archive tree</source>
        <translation>&amp;Arborescence de l’archive</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Series &amp;list</source>
        <translation>&amp;Liste des séries</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message numerus="yes">
        <source>%n series selected so far (%1); the series of %2 could not be listed: %3 (F5 tries again)</source>
        <translation>
            <numerusform>%n série sélectionnée pour l’instant (%1) ; les séries de %2 n’ont pas pu être listées : %3 (F5 pour réessayer)</numerusform>
            <numerusform>%n séries sélectionnées pour l’instant (%1) ; les séries de %2 n’ont pas pu être listées : %3 (F5 pour réessayer)</numerusform>
        </translation>
    </message>
    <message>
        <source>The series of %1 could not be listed: %2
Reload (F5) to try again.</source>
        <translation>Les séries de %1 n’ont pas pu être listées : %2
Rechargez (F5) pour réessayer.</translation>
    </message>
    <message>
        <source>Saves the selected series as a .tcia manifest (Ctrl+E)</source>
        <translation>Enregistre les séries choisies dans un manifeste .tcia (Ctrl+E)</translation>
    </message>
    <message>
        <source>Saves the selected series and their details as CSV (Ctrl+Shift+E)</source>
        <translation>Enregistre les séries choisies et leurs détails en CSV (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Copies the UIDs (or IDs) of the selected rows, one per line (Ctrl+C)</source>
        <translation>Copie les UID (ou identifiants) des lignes choisies, un par ligne (Ctrl+C)</translation>
    </message>
    <message>
        <source>Unchecks every filter value (Ctrl+Shift+L)</source>
        <translation>Décoche toutes les valeurs de filtre (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>Searches what is loaded: patient IDs, descriptions, UIDs (Ctrl+F)</source>
        <translation>Cherche dans ce qui est chargé : identifiants patient, descriptions, UID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Asks the archive again for everything shown (F5)</source>
        <translation>Redemande à l’archive tout ce qui est affiché (F5)</translation>
    </message>
    <message>
        <source>Browses a synthetic archive served on this computer, without a network</source>
        <translation>Parcourt une archive synthétique servie par cet ordinateur, sans réseau</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>&amp;Download selection…</source>
        <translation>&amp;Télécharger la sélection…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Downloads the selected series into a folder, checked (Ctrl+D)</source>
        <translation>Télécharge les séries choisies dans un dossier, vérifiées (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Téléchargements</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Select series, studies, patients or collections first.</source>
        <translation>Choisissez d’abord des séries, études, patients ou collections.</translation>
    </message>
    <message numerus="yes">
        <source>%n series queued for download into %1</source>
        <translation>
            <numerusform>%n série mise en file pour %1</numerusform>
            <numerusform>%n séries mises en file pour %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open manifest…</source>
        <translation>&amp;Ouvrir un manifeste…</translation>
    </message>
    <message>
        <source>Downloads the series of a .tcia manifest; dropping one on the window does too (Ctrl+O)</source>
        <translation>Télécharge les séries d’un manifeste .tcia ; en déposer un sur la fenêtre aussi (Ctrl+O)</translation>
    </message>
    <message>
        <source>Download shared &amp;list…</source>
        <translation>Télécharger une &amp;liste partagée…</translation>
    </message>
    <message>
        <source>Downloads the series of a list shared on the archive&apos;s portal</source>
        <translation>Télécharge les séries d’une liste partagée sur le portail de l’archive</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>la sélection</translation>
    </message>
    <message numerus="yes">
        <source>; %n were in the queue already (resume them there)</source>
        <translation>
            <numerusform>; %n était déjà dans la file (reprenez-la là)</numerusform>
            <numerusform>; %n étaient déjà dans la file (reprenez-les là)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;images folder…</source>
        <translation>Ouvrir un dossier d&apos;&amp;images…</translation>
    </message>
    <message>
        <source>Open a folder of DICOM images</source>
        <translation>Ouvrir un dossier d&apos;images DICOM</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Shows the DICOM images of a folder as thumbnails and in the viewer; downloaded series open from the downloads panel</source>
        <translation>Affiche les images DICOM d&apos;un dossier en vignettes et dans la visionneuse ; les séries téléchargées s&apos;ouvrent depuis le panneau des téléchargements</translation>
    </message>
    <message>
        <source>a series with those it is drawn on</source>
        <translation>une série avec celles sur lesquelles elle est tracée</translation>
    </message>
    <message>
        <source>%1, API %2</source>
        <translation>%1, API %2</translation>
    </message>
</context>
<context>
    <name>nbia::SeriesDownload</name>
    <message>
        <source>the archive does not know this series</source>
        <translation>l’archive ne connaît pas cette série</translation>
    </message>
    <message>
        <source>%1 cannot be made</source>
        <translation>%1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
</context>
<context>
    <name>nbia::SeriesListPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Search the series: patient ID, description, UID (Ctrl+F)</source>
        <translation>Rechercher les séries : ID patient, description, UID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the series whose patient ID, series or study description, protocol or UIDs contain the text</source>
        <translation>Affiche les séries dont l’ID patient, la description de série ou d’étude, le protocole ou les UID contiennent le texte</translation>
    </message>
    <message>
        <source>Choose a collection in the archive tree to list all its series.</source>
        <translation>Choisissez une collection dans l’arborescence pour lister toutes ses séries.</translation>
    </message>
    <message>
        <source>The series of %1 could not be loaded: %2</source>
        <translation>Les séries de %1 n’ont pas pu être chargées : %2</translation>
    </message>
    <message>
        <source>Loading the series of %1…</source>
        <translation>Chargement des séries de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n series of %2 shown</source>
        <translation>
            <numerusform>%1 sur %n série de %2 affichée</numerusform>
            <numerusform>%1 sur %n séries de %2 affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Series of %1</source>
        <translation>Séries de %1</translation>
    </message>
</context>
<context>
    <name>nbia::SeriesPreviewLoader</name>
    <message>
        <source>The archive lists no images for this series.</source>
        <translation>L’archive ne liste aucune image pour cette série.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>, window %1/%2</source>
        <translation>, fenêtre %1/%2</translation>
    </message>
    <message>
        <source>Image %1 of %2</source>
        <translation>Image %1 sur %2</translation>
    </message>
</context>
<context>
    <name>nbia::SeriesTableModel</name>
    <message>
        <source>Protocol: %1</source>
        <translation>Protocole : %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Date d’étude</translation>
    </message>
    <message>
        <source>Series description</source>
        <translation>Description de la série</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Région anatomique</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Series UID</source>
        <translation>UID de série</translation>
    </message>
</context>
<context>
    <name>nbia::ServerSettingsDialog</name>
    <message>
        <source>Requests go to %1</source>
        <translation>Les requêtes vont à %1</translation>
    </message>
    <message>
        <source>Enter an http or https address, for example https://services.cancerimagingarchive.net/nbia-api/services/</source>
        <translation>Saisissez une adresse http ou https, par exemple https://services.cancerimagingarchive.net/nbia-api/services/</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Serveur personnalisé</translation>
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
        <translation>Image %1</translation>
    </message>
</context>
<context>
    <name>nbia::WindowLevel</name>
    <message>
        <source>Lung</source>
        <translation>Poumon</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>Tissus mous</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Os</translation>
    </message>
    <message>
        <source>Brain</source>
        <translation>Cerveau</translation>
    </message>
</context>
</TS>
