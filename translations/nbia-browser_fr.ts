<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArchiveTreeColumns</name>
    <message>
        <source>Not known yet: counted once the collection&apos;s series are listed (select the collection)</source>
        <translation>Pas encore connu : compté une fois les séries de la collection listées (sélectionnez la collection)</translation>
    </message>
    <message numerus="yes">
        <source>Without %Ln series whose size the archive does not give</source>
        <translation>
            <numerusform>Sans %Ln série dont l’archive ne donne pas la taille</numerusform>
            <numerusform>Sans les %Ln séries dont l’archive ne donne pas la taille</numerusform>
        </translation>
    </message>
    <message>
        <source>Patients the archive counts in this collection</source>
        <translation>Patients que l’archive compte dans cette collection</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
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
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Collection, patient ID, study or series description</source>
        <translation>Collection, ID patient, description d’étude ou de série</translation>
    </message>
    <message>
        <source>Patients in the collection</source>
        <translation>Patients de la collection</translation>
    </message>
    <message>
        <source>Series in the collection, patient or study</source>
        <translation>Séries de la collection, du patient ou de l’étude</translation>
    </message>
    <message>
        <source>Images in the row, all its series together</source>
        <translation>Images de la ligne, toutes ses séries réunies</translation>
    </message>
    <message>
        <source>Size of the row&apos;s images as the archive gives it</source>
        <translation>Taille des images de la ligne, telle que l’archive la donne</translation>
    </message>
    <message>
        <source>Study date on studies, series date on series</source>
        <translation>Date d’étude pour les études, date de série pour les séries</translation>
    </message>
    <message>
        <source>Of the series</source>
        <translation>Donnée de la série</translation>
    </message>
    <message>
        <source>Patient name, study ID or series protocol</source>
        <translation>Nom du patient, ID d’étude ou protocole de la série</translation>
    </message>
</context>
<context>
    <name>CartFile</name>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>le fichier ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>the file is far too large to be a cart (%1 bytes)</source>
        <translation>le fichier est bien trop gros pour être un panier (%1 octets)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>the file is a cart of another version of this program (format %1)</source>
        <translation>le fichier est un panier d’une autre version de ce programme (format %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>CartManifest</name>
    <message>
        <source>The cart is empty: there is nothing to export.</source>
        <translation>Le panier est vide : il n’y a rien à exporter.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is far too large to be a manifest (%2 bytes).</source>
        <translation>%1 est bien trop gros pour être un manifeste (%2 octets).</translation>
    </message>
    <message>
        <source>%1 is not a manifest the archive would make: %2</source>
        <translation>%1 n’est pas un manifeste tel que l’archive les produit : %2</translation>
    </message>
    <message>
        <source>%1 lists no series.</source>
        <translation>%1 ne liste aucune série.</translation>
    </message>
</context>
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
    <name>ReadableField</name>
    <message>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age at the study</source>
        <translation>Âge lors de l’étude</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Espèce</translation>
    </message>
    <message>
        <source>Study UID</source>
        <translation>UID d’étude</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Date d’étude</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>ID d’étude</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Series UID</source>
        <translation>UID de série</translation>
    </message>
    <message>
        <source>Series date</source>
        <translation>Date de série</translation>
    </message>
    <message>
        <source>Series number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Région anatomique</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
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
        <source>Annotation size</source>
        <translation>Taille des annotations</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Last submitted</source>
        <translation>Dernière soumission</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>License link</source>
        <translation>Lien de la licence</translation>
    </message>
    <message>
        <source>Collection DOI</source>
        <translation>DOI de la collection</translation>
    </message>
    <message>
        <source>Third-party analysis</source>
        <translation>Analyse tierce</translation>
    </message>
    <message>
        <source>You may download it</source>
        <translation>Téléchargement autorisé</translation>
    </message>
    <message>
        <source>Phantom</source>
        <translation>Fantôme</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
    <message>
        <source>Nothing loaded matches: asks the archive for a patient ID, a study UID or a series UID, in every collection (Enter)</source>
        <translation>Rien de chargé ne correspond : demande à l’archive un ID patient, un UID d’étude ou un UID de série, dans toutes les collections (Entrée)</translation>
    </message>
    <message>
        <source>Found %1 in %2</source>
        <translation>%1 trouvé dans %2</translation>
    </message>
    <message>
        <source>Found %1 in %2, and also in %3</source>
        <translation>%1 trouvé dans %2, et aussi dans %3</translation>
    </message>
    <message>
        <source>The archive has no patient, study or series %1</source>
        <translation>L’archive n’a ni patient, ni étude, ni série %1</translation>
    </message>
    <message>
        <source>Could not search the archive for %1: %2</source>
        <translation>Impossible de chercher %1 dans l’archive : %2</translation>
    </message>
    <message>
        <source>Searching the archive for “%1”… (click to stop)</source>
        <translation>Recherche de « %1 » dans l’archive… (cliquez pour arrêter)</translation>
    </message>
    <message>
        <source>Search the archive for “%1”</source>
        <translation>Rechercher « %1 » dans l’archive</translation>
    </message>
    <message>
        <source>Search stopped</source>
        <translation>Recherche arrêtée</translation>
    </message>
</context>
<context>
    <name>nbia::CartPanel</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Vider…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Copy UIDs</source>
        <translation>Copier les UID</translation>
    </message>
    <message>
        <source>Show in the tree</source>
        <translation>Afficher dans l’arborescence</translation>
    </message>
    <message>
        <source>Downloads the selected series</source>
        <translation>Télécharge les séries choisies</translation>
    </message>
    <message>
        <source>Takes the selected series out of the cart (Delete)</source>
        <translation>Retire les séries choisies du panier (Suppr)</translation>
    </message>
    <message>
        <source>Copies the Series Instance UIDs of the selected series</source>
        <translation>Copie les Series Instance UID des séries choisies</translation>
    </message>
    <message>
        <source>Shows the current series in the archive tree (or double-click)</source>
        <translation>Affiche la série courante dans l’arborescence de l’archive (ou double-clic)</translation>
    </message>
    <message>
        <source>Takes every series out of the cart, after asking</source>
        <translation>Retire toutes les séries du panier, après confirmation</translation>
    </message>
    <message>
        <source>Adds the series of a .tcia manifest to the cart; their details are looked up on the archive</source>
        <translation>Ajoute au panier les séries d’un manifeste .tcia ; leurs détails sont recherchés dans l’archive</translation>
    </message>
    <message>
        <source>Saves the cart&apos;s series as a .tcia manifest</source>
        <translation>Enregistre les séries du panier dans un manifeste .tcia</translation>
    </message>
    <message>
        <source>Downloads every series in the cart (the rows&apos; context menu downloads the selected ones)</source>
        <translation>Télécharge toutes les séries du panier (le menu contextuel des lignes télécharge celles choisies)</translation>
    </message>
    <message>
        <source>The cart is empty</source>
        <translation>Le panier est vide</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series</source>
        <translation>
            <numerusform>%Ln série</numerusform>
            <numerusform>%Ln séries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>(sizes not known yet)</source>
        <translation>(tailles pas encore connues)</translation>
    </message>
    <message numerus="yes">
        <source>(size of %Ln series not known)</source>
        <translation>
            <numerusform>(taille de %Ln série inconnue)</numerusform>
            <numerusform>(taille de %Ln séries inconnue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not found on this archive</source>
        <translation>
            <numerusform>%Ln introuvable dans cette archive</numerusform>
            <numerusform>%Ln introuvables dans cette archive</numerusform>
        </translation>
    </message>
    <message>
        <source>Import manifest</source>
        <translation>Importer un manifeste</translation>
    </message>
    <message>
        <source>Every series of %1 is in the cart already.</source>
        <translation>Toutes les séries de %1 sont déjà dans le panier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series of %1 added to the cart.</source>
        <translation>
            <numerusform>%Ln série de %1 ajoutée au panier.</numerusform>
            <numerusform>%Ln séries de %1 ajoutées au panier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export manifest</source>
        <translation>Exporter le manifeste</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series saved as %1.</source>
        <translation>
            <numerusform>%Ln série enregistrée dans %1.</numerusform>
            <numerusform>%Ln séries enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln series taken out of the cart.</source>
        <translation>
            <numerusform>%Ln série retirée du panier.</numerusform>
            <numerusform>%Ln séries retirées du panier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the cart</source>
        <translation>Vider le panier</translation>
    </message>
    <message numerus="yes">
        <source>Take all %Ln series out of the cart?</source>
        <translation>
            <numerusform>Retirer %Ln série du panier ?</numerusform>
            <numerusform>Retirer les %Ln séries du panier ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Le panier est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series the archive does not know are left out.</source>
        <translation>
            <numerusform>%Ln série inconnue de l’archive est laissée de côté.</numerusform>
            <numerusform>%Ln séries inconnues de l’archive sont laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln series UIDs copied.</source>
        <translation>
            <numerusform>%Ln UID de série copié.</numerusform>
            <numerusform>%Ln UID de série copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Series %1 has no place in the tree until the archive knows it.</source>
        <translation>La série %1 n’a pas de place dans l’arborescence tant que l’archive ne la connaît pas.</translation>
    </message>
    <message>
        <source>Import manifest into the cart</source>
        <translation>Importer un manifeste dans le panier</translation>
    </message>
    <message>
        <source>TCIA manifests (*.tcia);;All files (*)</source>
        <translation>Manifestes TCIA (*.tcia);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the cart as a manifest</source>
        <translation>Exporter le panier en manifeste</translation>
    </message>
    <message>
        <source>TCIA manifests (*.tcia)</source>
        <translation>Manifestes TCIA (*.tcia)</translation>
    </message>
</context>
<context>
    <name>nbia::CollectionChartsView</name>
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
        <source>Size by modality</source>
        <translation>Taille par modalité</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>(not specified)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>The chart to show</source>
        <translation>Le graphique à afficher</translation>
    </message>
    <message>
        <source>Save the chart shown as an image</source>
        <translation>Enregistrer le graphique affiché en image</translation>
    </message>
    <message>
        <source>Save the figures of the chart shown as CSV, for a spreadsheet</source>
        <translation>Enregistrer les chiffres du graphique affiché en CSV, pour un tableur</translation>
    </message>
    <message>
        <source>Series by modality in %1</source>
        <translation>Séries par modalité dans %1</translation>
    </message>
    <message>
        <source>Series by body part in %1</source>
        <translation>Séries par région anatomique dans %1</translation>
    </message>
    <message>
        <source>Series by manufacturer in %1</source>
        <translation>Séries par fabricant dans %1</translation>
    </message>
    <message>
        <source>Size by modality in %1</source>
        <translation>Taille par modalité dans %1</translation>
    </message>
    <message>
        <source>Series released per month in %1</source>
        <translation>Séries publiées par mois dans %1</translation>
    </message>
    <message>
        <source>Select a collection to see its charts.</source>
        <translation>Sélectionnez une collection pour voir ses graphiques.</translation>
    </message>
    <message>
        <source>This collection has no series.</source>
        <translation>Cette collection n’a aucune série.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series of unknown size not counted.</source>
        <translation>
            <numerusform>%Ln série de taille inconnue non comptée.</numerusform>
            <numerusform>%Ln séries de taille inconnue non comptées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln series without a release date.</source>
        <translation>
            <numerusform>%Ln série sans date de publication.</numerusform>
            <numerusform>%Ln séries sans date de publication.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other (%Ln values)</source>
        <translation>
            <numerusform>Autres (%Ln valeur)</numerusform>
            <numerusform>Autres (%Ln valeurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln series</source>
        <translation>
            <numerusform>%1 : %Ln série</numerusform>
            <numerusform>%1 : %Ln séries</numerusform>
        </translation>
    </message>
    <message>
        <source>Size (%1)</source>
        <translation>Taille (%1)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Series released</source>
        <translation>Séries publiées</translation>
    </message>
    <message>
        <source>No collection to save a chart of.</source>
        <translation>Aucune collection dont enregistrer un graphique.</translation>
    </message>
    <message>
        <source>Could not save the chart to %1: %2</source>
        <translation>Impossible d’enregistrer le graphique dans %1 : %2</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
    <message>
        <source>Chart figures saved to %1</source>
        <translation>Chiffres du graphique enregistrés dans %1</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Enregistrer le graphique en image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the chart&apos;s figures as CSV</source>
        <translation>Enregistrer les chiffres du graphique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
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
        <source>Drawn on %Ln image series (%1). &lt;a href=&quot;#download&quot;&gt;Download them together&lt;/a&gt;</source>
        <translation>
            <numerusform>Tracée sur %Ln série d’images (%1). &lt;a href=&quot;#download&quot;&gt;Les télécharger ensemble&lt;/a&gt;</numerusform>
            <numerusform>Tracée sur %Ln séries d’images (%1). &lt;a href=&quot;#download&quot;&gt;Les télécharger ensemble&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive calls it %1</source>
        <translation>L’archive l’appelle %1</translation>
    </message>
    <message>
        <source>%1
As sent: %2</source>
        <translation>%1
Tel qu’envoyé : %2</translation>
    </message>
    <message>
        <source>As getSeriesSize counts it</source>
        <translation>Telle que getSeriesSize la compte</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>From the archive&apos;s series metadata</source>
        <translation>D’après les métadonnées de série de l’archive</translation>
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
    <name>nbia::DicomSeries</name>
    <message>
        <source>Unknown series</source>
        <translation>Série inconnue</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Série %1</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 image</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 images</translation>
    </message>
    <message>
        <source>Series number: %1</source>
        <translation>Numéro de série : %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description : %1</translation>
    </message>
    <message>
        <source>Modality: %1</source>
        <translation>Modalité : %1</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>Images : %1</translation>
    </message>
    <message>
        <source>These files name no series (Series Instance UID)</source>
        <translation>Ces fichiers ne nomment aucune série (Series Instance UID)</translation>
    </message>
    <message>
        <source>Series Instance UID: %1</source>
        <translation>Series Instance UID : %1</translation>
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
        <source>%Ln series</source>
        <translation>
            <numerusform>%Ln série</numerusform>
            <numerusform>%Ln séries</numerusform>
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
        <source>%Ln series are still to download.</source>
        <translation>
            <numerusform>%Ln série reste à télécharger.</numerusform>
            <numerusform>%Ln séries restent à télécharger.</numerusform>
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
        <source>%1 of %Ln series done</source>
        <translation>
            <numerusform>%1 sur %Ln série terminée</numerusform>
            <numerusform>%1 sur %Ln séries terminées</numerusform>
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
        <source>, %Ln failed</source>
        <translation>
            <numerusform>, %Ln en échec</numerusform>
            <numerusform>, %Ln en échec</numerusform>
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
    <message>
        <source>TCIA manifests (*.tcia)</source>
        <translation>Manifestes TCIA (*.tcia)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>&amp;Copy UIDs</source>
        <translation>&amp;Copier les UID</translation>
    </message>
    <message>
        <source>Show in the &amp;tree</source>
        <translation>Afficher dans l’&amp;arborescence</translation>
    </message>
    <message>
        <source>Add to c&amp;art</source>
        <translation>A&amp;jouter au panier</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation>Série : %1</translation>
    </message>
    <message>
        <source>Series UID: %1</source>
        <translation>UID de série : %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archive : %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Tentatives : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Download details</source>
        <translation>Détails du téléchargement</translation>
    </message>
    <message>
        <source>&amp;Export as manifest…</source>
        <translation>&amp;Exporter comme manifeste…</translation>
    </message>
    <message>
        <source>Export as manifest</source>
        <translation>Exporter comme manifeste</translation>
    </message>
</context>
<context>
    <name>nbia::FailedDownloadsBar</name>
    <message>
        <source>Retry all failed</source>
        <translation>Réessayer tous les échecs</translation>
    </message>
    <message>
        <source>Export failed as manifest…</source>
        <translation>Exporter les échecs en manifeste…</translation>
    </message>
    <message>
        <source>Downloads every failed series again, from the start</source>
        <translation>Télécharge à nouveau toutes les séries en échec, depuis le début</translation>
    </message>
    <message>
        <source>Saves the failed series as a .tcia manifest, to try later or elsewhere</source>
        <translation>Enregistre les séries en échec dans un manifeste .tcia, pour réessayer plus tard ou ailleurs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series failed: the reason is in each row (hover it, or Details… in its menu).</source>
        <translation>
            <numerusform>%Ln série en échec : le motif est dans sa ligne (survolez-la, ou « Détails… » dans son menu).</numerusform>
            <numerusform>%Ln séries en échec : le motif est dans chaque ligne (survolez-la, ou « Détails… » dans son menu).</numerusform>
        </translation>
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
        <source>%Ln matching series</source>
        <translation>
            <numerusform>%Ln série correspondante</numerusform>
            <numerusform>%Ln séries correspondantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln patients in the whole archive</source>
        <translation>
            <numerusform>%Ln patient dans toute l’archive</numerusform>
            <numerusform>%Ln patients dans toute l’archive</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nbia::HelpDialog</name>
    <message>
        <source>NBIA Browser Help</source>
        <translation>Aide de NBIA Browser</translation>
    </message>
    <message>
        <source>NBIA Browser</source>
        <translation>NBIA Browser</translation>
    </message>
    <message>
        <source>Browse The Cancer Imaging Archive, look at a series before you fetch it, and download whole series, checked against the archive&apos;s MD5 sums, in the folder layout you choose. Everything runs against the server named in the status bar (File › Server…).</source>
        <translation>Parcourez The Cancer Imaging Archive, examinez une série avant de la récupérer et téléchargez des séries entières, vérifiées avec les sommes MD5 de l’archive, dans l’organisation de dossiers de votre choix. Tout passe par le serveur indiqué dans la barre d’état (Fichier › Serveur…).</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Check modalities, body parts and manufacturers to narrow the tree and the series list: values of one list are alternatives, lists combine. The number beside a value is how many series it would match with the other choices; for the whole archive (v4), how many patients have it.</source>
        <translation>Cochez des modalités, régions anatomiques et fabricants pour restreindre l’arborescence et la liste des séries : les valeurs d’une même liste sont des alternatives, les listes se combinent. Le nombre à côté d’une valeur indique combien de séries elle retiendrait avec les autres choix ; pour toute l’archive (v4), combien de patients l’ont.</translation>
    </message>
    <message>
        <source>Archive tree</source>
        <translation>Arborescence de l’archive</translation>
    </message>
    <message>
        <source>Collections, patients, studies and series, loaded as you open them. Each row says how many series and images it holds and how large it is, once its collection&apos;s series are listed (select the collection); “–” means not known yet. Select rows at any level to download or export all the series under them. The search box finds what is loaded.</source>
        <translation>Collections, patients, études et séries, chargés à mesure que vous les ouvrez. Chaque ligne indique combien de séries et d’images elle contient et quelle est sa taille, une fois les séries de sa collection listées (sélectionnez la collection) ; « – » signifie pas encore connu. Sélectionnez des lignes à n’importe quel niveau pour télécharger ou exporter toutes les séries qu’elles contiennent. Le champ de recherche trouve ce qui est chargé.</translation>
    </message>
    <message>
        <source>Series list</source>
        <translation>Liste des séries</translation>
    </message>
    <message>
        <source>Every series of the current collection in one sortable table, through the filters and its own search: the quickest way to pick series across patients.</source>
        <translation>Toutes les séries de la collection courante dans un tableau triable, à travers les filtres et sa propre recherche : le moyen le plus rapide de choisir des séries d’un patient à l’autre.</translation>
    </message>
    <message>
        <source>Details and preview</source>
        <translation>Détails et aperçu</translation>
    </message>
    <message>
        <source>Everything the archive says about the selected row, with its middle image before it is downloaded; More images shows six spread through the series. The archive&apos;s own field names are in the tool tips.</source>
        <translation>Tout ce que l’archive dit de la ligne sélectionnée, avec son image du milieu avant qu’elle soit téléchargée ; « Plus d’images » en montre six réparties dans la série. Les noms de champ propres à l’archive sont dans les infobulles.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Series download in parallel, resume after a restart and are checked file by file. Pause, resume, cancel or retry rows; double-click a finished one to view its images.</source>
        <translation>Les séries se téléchargent en parallèle, reprennent après un redémarrage et sont vérifiées fichier par fichier. Mettez en pause, reprenez, annulez ou réessayez des lignes ; double-cliquez sur une ligne terminée pour voir ses images.</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Collect series from any collection, from manifests and from search results; the cart is kept between sessions. Export it as a .tcia manifest or download it all at once.</source>
        <translation>Rassemblez des séries de n’importe quelle collection, de manifestes et de résultats de recherche ; le panier est conservé d’une session à l’autre. Exportez-le en manifeste .tcia ou téléchargez-le en une seule fois.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NBIA Browser %1&lt;/h3&gt;&lt;p&gt;Browse, preview and download The Cancer Imaging Archive.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3), DCMTK %4 and QuaZip %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NBIA Browser %1&lt;/h3&gt;&lt;p&gt;Parcourir, prévisualiser et télécharger The Cancer Imaging Archive.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2 (exécuté sous %3), DCMTK %4 et QuaZip %5.&lt;/p&gt;</translation>
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
    <message>
        <source>Window: the file&apos;s own (key 0), a CT preset (keys 1 to 8, on CT images) or the full range of the pixels (key 9)</source>
        <translation>Fenêtre : celle du fichier (touche 0), un préréglage CT (touches 1 à 8, sur les images CT) ou la plage complète des pixels (touche 9)</translation>
    </message>
    <message>
        <source> (W %1, L %2)</source>
        <translation> (L %1, C %2)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Plage complète</translation>
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
    <message>
        <source>The folder&apos;s series: one at a time (Ctrl+Page Down: next, Ctrl+Page Up: previous)</source>
        <translation>Les séries du dossier : une à la fois (Ctrl+Page suivante : suivante, Ctrl+Page précédente : précédente)</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Série :</translation>
    </message>
    <message>
        <source>Next series</source>
        <translation>Série suivante</translation>
    </message>
    <message>
        <source>Previous series</source>
        <translation>Série précédente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series</source>
        <translation>
            <numerusform>%Ln série</numerusform>
            <numerusform>%Ln séries</numerusform>
        </translation>
    </message>
    <message>
        <source> · images: %1</source>
        <translation> · images : %1</translation>
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
        <source>%Ln series selected, %1 (Ctrl+E exports a manifest)</source>
        <translation>
            <numerusform>%Ln série sélectionnée, %1 (Ctrl+E exporte un manifeste)</numerusform>
            <numerusform>%Ln séries sélectionnées, %1 (Ctrl+E exporte un manifeste)</numerusform>
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
        <source>Exported %Ln series to %1</source>
        <translation>
            <numerusform>%Ln série exportée vers %1</numerusform>
            <numerusform>%Ln séries exportées vers %1</numerusform>
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
        <source>%Ln series selected so far (%1); counting the series of %2…</source>
        <translation>
            <numerusform>%Ln série sélectionnée pour l’instant (%1) ; décompte des séries de %2…</numerusform>
            <numerusform>%Ln séries sélectionnées pour l’instant (%1) ; décompte des séries de %2…</numerusform>
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
        <source>%Ln series selected so far (%1); the series of %2 could not be listed: %3 (F5 tries again)</source>
        <translation>
            <numerusform>%Ln série sélectionnée pour l’instant (%1) ; les séries de %2 n’ont pas pu être listées : %3 (F5 pour réessayer)</numerusform>
            <numerusform>%Ln séries sélectionnées pour l’instant (%1) ; les séries de %2 n’ont pas pu être listées : %3 (F5 pour réessayer)</numerusform>
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
        <source>%Ln series queued for download into %1</source>
        <translation>
            <numerusform>%Ln série mise en file pour %1</numerusform>
            <numerusform>%Ln séries mises en file pour %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open manifest…</source>
        <translation>&amp;Ouvrir un manifeste…</translation>
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
        <source>; %Ln were in the queue already (resume them there)</source>
        <translation>
            <numerusform>; %Ln était déjà dans la file (reprenez-la là)</numerusform>
            <numerusform>; %Ln étaient déjà dans la file (reprenez-les là)</numerusform>
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
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>The archive has no series %1</source>
        <translation>L’archive n’a pas de série %1</translation>
    </message>
    <message>
        <source>Could not find %1: %2</source>
        <translation>Impossible de trouver %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series added to the cart</source>
        <translation>
            <numerusform>%Ln série ajoutée au panier</numerusform>
            <numerusform>%Ln séries ajoutées au panier</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo archive (synthetic, served on this computer)</source>
        <translation>Archive de démonstration (synthétique, servie par cet ordinateur)</translation>
    </message>
    <message>
        <source>NBIA Browser — Demo archive</source>
        <translation>NBIA Browser — Archive de démonstration</translation>
    </message>
    <message>
        <source>the cart</source>
        <translation>votre panier</translation>
    </message>
    <message numerus="yes">
        <source> (%Ln already in it)</source>
        <translation>
            <numerusform> (%Ln y était déjà)</numerusform>
            <numerusform> (%Ln y étaient déjà)</numerusform>
        </translation>
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
        <source>None of the selected series is downloaded yet: download them first (Ctrl+D).</source>
        <translation>Aucune des séries choisies n’est encore téléchargée : téléchargez-les d’abord (Ctrl+D).</translation>
    </message>
    <message>
        <source>Puts the series of a .tcia manifest in the cart, to look at before they download; dropping one on the window does too (Ctrl+O)</source>
        <translation>Met les séries d’un manifeste .tcia dans le panier, pour les examiner avant de les télécharger ; en déposer un sur la fenêtre fait de même (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Add selection to cart</source>
        <translation>&amp;Ajouter la sélection au panier</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Collects the selected series in the cart, from any collection (Ctrl+Shift+K)</source>
        <translation>Rassemble les séries choisies dans le panier, depuis n’importe quelle collection (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <source>View images of the &amp;selection</source>
        <translation>Voir les images de la &amp;sélection</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Opens the downloaded images of the selected series in the viewer (Ctrl+I)</source>
        <translation>Ouvre les images téléchargées des séries choisies dans la visionneuse (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Cart</source>
        <translation>&amp;Panier</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>NBIA Browser &amp;Help</source>
        <translation>&amp;Aide de NBIA Browser</translation>
    </message>
    <message>
        <source>What each pane does, for the pane you are in (F1)</source>
        <translation>Ce que fait chaque panneau, ouvert sur celui où vous êtes (F1)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;About NBIA Browser</source>
        <translation>À &amp;propos de NBIA Browser</translation>
    </message>
    <message>
        <source>About NBIA Browser</source>
        <translation>À propos de NBIA Browser</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Counting the selection…</source>
        <translation>Comptage de la sélection…</translation>
    </message>
</context>
<context>
    <name>nbia::SeriesCartModel</name>
    <message>
        <source>The cart in %1 cannot be restored: %2. The cart starts empty.</source>
        <translation>Le panier dans %1 ne peut pas être restauré : %2. Le panier repart vide.</translation>
    </message>
    <message>
        <source>The cart in %1 cannot be restored: %2. It was kept as %3; the cart starts empty.</source>
        <translation>Le panier dans %1 ne peut pas être restauré : %2. Il a été conservé sous %3 ; le panier repart vide.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Not found on this archive</source>
        <translation>Introuvable dans cette archive</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>The archive does not know series %1</source>
        <translation>L’archive ne connaît pas la série %1</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Série %1</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Series description</source>
        <translation>Description de la série</translation>
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
        <source>On disk</source>
        <translation>Sur le disque</translation>
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
        <source>%1 of %Ln series of %2 shown</source>
        <translation>
            <numerusform>%1 sur %Ln série de %2 affichée</numerusform>
            <numerusform>%1 sur %Ln séries de %2 affichées</numerusform>
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
    <message>
        <source>Show in the &amp;tree</source>
        <translation>Afficher dans l’&amp;arborescence</translation>
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
    <message>
        <source>Mediastinum</source>
        <translation>Médiastin</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>Foie</translation>
    </message>
    <message>
        <source>Subdural</source>
        <translation>Sous-dural</translation>
    </message>
    <message>
        <source>Temporal bone</source>
        <translation>Os temporal</translation>
    </message>
</context>
</TS>
