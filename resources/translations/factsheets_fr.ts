<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="101"/>
        <source>About Landmine Fact Sheets and its data</source>
        <translation>À propos de Landmine Fact Sheets et de ses données</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="110"/>
        <source>&lt;h2&gt;Landmine Fact Sheets {version}&lt;/h2&gt;&lt;p&gt;Offline fact sheets on landmine treaties, casualties and victim assistance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dataset&lt;/b&gt; {dataset}, as of {as_of} (schema {schema}) &amp;middot; {count} sources cited.&lt;br&gt;Every figure carries its source; a figure this dataset lacks is named as such, never shown as 0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Landmine Fact Sheets {version}&lt;/h2&gt;&lt;p&gt;Fiches d’information hors ligne sur les traités relatifs aux mines, les victimes et l’assistance aux victimes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Jeu de données&lt;/b&gt; {dataset}, au {as_of} (schéma {schema}) &amp;middot; {count} sources citées.&lt;br&gt;Chaque chiffre indique sa source ; un chiffre absent de ce jeu de données est signalé comme tel, jamais affiché comme 0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="124"/>
        <source>Filter sources…</source>
        <translation>Filtrer les sources…</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="125"/>
        <source>Filter sources</source>
        <translation>Filtrer les sources</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="130"/>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="132"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="132"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="132"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="133"/>
        <source>Address (URL)</source>
        <translation>Adresse (URL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="133"/>
        <source>Consulted</source>
        <translation>Consulté le</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="164"/>
        <source>Copy all sources</source>
        <translation>Copier toutes les sources</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="165"/>
        <source>Copy every source as text</source>
        <translation>Copier chaque source sous forme de texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="173"/>
        <source>Double-click a source for its full citation. Links are shown as text and never opened.</source>
        <translation>Double-cliquez sur une source pour afficher sa référence complète. Les liens sont affichés sous forme de texte et ne sont jamais ouverts.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="90"/>
        <location filename="../../app/ui/app.py" line="102"/>
        <source>Landmine Fact Sheets</source>
        <translation>Landmine Fact Sheets</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../app/ui/charts.py" line="145"/>
        <source>Casualties per year</source>
        <translation>Victimes par année</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="152"/>
        <source>No casualty figures reported</source>
        <translation>Aucun chiffre de victimes communiqué</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="195"/>
        <source>n/r</source>
        <translation>n.c.</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="257"/>
        <source>no figure in this dataset (not 0)</source>
        <translation>aucun chiffre dans ce jeu de données (pas 0)</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="285"/>
        <source>States Parties over time</source>
        <translation>États parties au fil du temps</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="299"/>
        <source>No membership data</source>
        <translation>Aucune donnée sur l’adhésion</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="306"/>
        <source>{0} States Parties by {1}</source>
        <translation>{0} États parties en {1}</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../app/ui/compare.py" line="42"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="45"/>
        <source>Remove selected column</source>
        <translation>Retirer la colonne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="47"/>
        <source>Remove the selected country from the comparison</source>
        <translation>Retirer le pays sélectionné de la comparaison</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="48"/>
        <location filename="../../app/ui/compare.py" line="50"/>
        <source>Clear comparison</source>
        <translation>Vider la comparaison</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="53"/>
        <source>Countries side by side</source>
        <translation>Pays côte à côte</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="79"/>
        <source>{0} of {1} countries. Ctrl+click countries in the table or on the map (or press Ctrl+D) to add or remove them; double-click a column header to select that country.</source>
        <translation>{0} pays sur {1}. Ctrl+clic sur des pays dans le tableau ou sur la carte (ou Ctrl+D) pour les ajouter ou les retirer&#xa0;; double-cliquez sur un en-tête de colonne pour sélectionner ce pays.</translation>
    </message>
</context>
<context>
    <name>CountryTable</name>
    <message>
        <location filename="../../app/ui/country_model.py" line="131"/>
        <source>Not in force for this country</source>
        <translation>Pas en vigueur pour ce pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="156"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="157"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="158"/>
        <source>Mine Ban Treaty</source>
        <translation>Interdiction des mines</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="159"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="160"/>
        <source>Cluster Munitions</source>
        <translation>Armes à sous-munitions</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="247"/>
        <source>Latest casualties</source>
        <translation>Dernières victimes</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="164"/>
        <source>Country or area</source>
        <translation>Pays ou territoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="165"/>
        <source>UN M49 sub-region (hover a cell for the region)</source>
        <translation>Sous-région M49 de l’ONU (survolez une cellule pour voir la région)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="166"/>
        <source>Standing under the Anti-Personnel Mine Ban Convention (1997)</source>
        <translation>Statut au regard de la Convention sur l’interdiction des mines antipersonnel (1997)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="167"/>
        <source>Date the Mine Ban Treaty entered into force for the country</source>
        <translation>Date d’entrée en vigueur du Traité d’interdiction des mines pour le pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="168"/>
        <source>Standing under the Convention on Cluster Munitions (2008)</source>
        <translation>Statut au regard de la Convention sur les armes à sous-munitions (2008)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="248"/>
        <source>Casualties {0}</source>
        <translation>Victimes {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="252"/>
        <source>Mine/ERW casualties in the latest year with data (Landmine Monitor)</source>
        <translation>Victimes de mines/REG lors de la dernière année disponible (Landmine Monitor)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="253"/>
        <source>Mine/ERW casualties in {0} (Landmine Monitor); a greyed figure is the latest from an earlier year</source>
        <translation>Victimes de mines/REG en {0} (Landmine Monitor) ; un chiffre grisé est le dernier d’une année antérieure</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="78"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="80"/>
        <source>Arrow keys select a country; Ctrl+click or Ctrl+D adds it to the comparison</source>
        <translation>Les flèches sélectionnent un pays&#xa0;; Ctrl+clic ou Ctrl+D l’ajoute à la comparaison</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="100"/>
        <source>Columns: click to sort</source>
        <translation>Colonnes&#xa0;: cliquez pour trier</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="92"/>
        <source>Export fact sheets</source>
        <translation>Exporter des fiches d’information</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="99"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="113"/>
        <source>Separate files, one per country</source>
        <translation>Fichiers séparés, un par pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="114"/>
        <source>One briefing pack (cover, contents, all sheets)</source>
        <translation>Un dossier d’information (couverture, sommaire, toutes les fiches)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="122"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="123"/>
        <source>HTML (accessible: headings, tables, text for charts)</source>
        <translation>HTML (accessible : titres, tableaux, texte des graphiques)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="125"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="126"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="132"/>
        <source>Low ink (no filled areas)</source>
        <translation>Économie d’encre (sans aplats)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="133"/>
        <source>Open the result when done</source>
        <translation>Ouvrir le résultat à la fin</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="139"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="146"/>
        <source>Output:</source>
        <translation>Sortie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="148"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="149"/>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="150"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="152"/>
        <source>Save to:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="163"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="199"/>
        <source>none selected</source>
        <translation>aucun sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="200"/>
        <source>Current country ({0})</source>
        <translation>Pays actuel ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="203"/>
        <source>Compared countries ({0})</source>
        <translation>Pays comparés ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="205"/>
        <source>Filtered set: {0}</source>
        <translation>Sélection filtrée&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="206"/>
        <source>All countries ({0})</source>
        <translation>Tous les pays ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="270"/>
        <source>Save HTML as</source>
        <translation>Enregistrer le HTML sous</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="270"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="272"/>
        <source>Save PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="272"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="277"/>
        <source>Folder for the fact sheets</source>
        <translation>Dossier des fiches d’information</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="293"/>
        <source>No country to export.</source>
        <translation>Aucun pays à exporter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="296"/>
        <source>Choose where to save the PDF.</source>
        <translation>Choisissez où enregistrer le PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="306"/>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="313"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="315"/>
        <source>{0} files already exist in {1}. Replace them?</source>
        <translation>{0} fichiers existent déjà dans {1}. Les remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="318"/>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="329"/>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="331"/>
        <source>Cancel export</source>
        <translation>Annuler l’exportation</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="350"/>
        <source>{0} of {1} sheets</source>
        <translation>{0} fiches sur {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="358"/>
        <source>Wrote {0} file(s) to {1}</source>
        <translation>{0} fichier(s) écrit(s) dans {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="385"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="404"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="81"/>
        <source>Export failed unexpectedly: {0}</source>
        <translation>L’exportation a échoué de façon inattendue&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="50"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="54"/>
        <source>Search countries, e.g. cote, KHM, Myanmar…</source>
        <translation>Rechercher un pays, p.&#xa0;ex. cote, KHM, Myanmar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="55"/>
        <source>Search countries</source>
        <translation>Rechercher des pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="57"/>
        <source>Name, alternative name or ISO code; accents and case are ignored. Press Enter to select the first match.</source>
        <translation>Nom, autre nom ou code ISO&#xa0;; les accents et la casse sont ignorés. Appuyez sur Entrée pour sélectionner le premier résultat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="71"/>
        <source>Region or sub-region</source>
        <translation>Région ou sous-région</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="72"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="88"/>
        <source>Mine Ban Treaty standing</source>
        <translation>Statut – Traité d’interdiction des mines</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="89"/>
        <source>Mine Ban Treaty: any</source>
        <translation>Interdiction des mines&#xa0;: tous</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="90"/>
        <source>Cluster Munitions standing</source>
        <translation>Statut – Armes à sous-munitions</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="91"/>
        <source>Cluster Munitions: any</source>
        <translation>Armes à sous-munitions&#xa0;: tous</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="93"/>
        <source>With casualty data</source>
        <translation>Avec données sur les victimes</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="95"/>
        <source>Only countries with casualty data</source>
        <translation>Uniquement les pays avec des données sur les victimes</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="97"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="99"/>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="100"/>
        <source>Show all countries again</source>
        <translation>Afficher à nouveau tous les pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="104"/>
        <source>Active filter</source>
        <translation>Filtre actif</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="224"/>
        <source>Showing: {0}</source>
        <translation>Affichage&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="35"/>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="40"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="85"/>
        <source>US${0} billion</source>
        <translation>{0}&#xa0;Md $ US</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="87"/>
        <source>US${0} million</source>
        <translation>{0}&#xa0;M $ US</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="88"/>
        <source>US${0}</source>
        <translation>{0}&#xa0;$ US</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>Landmine Fact Sheets</source>
        <translation>Landmine Fact Sheets</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>Compare countries</source>
        <translation>Comparer des pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>&amp;Export fact sheet…</source>
        <translation>&amp;Exporter des fiches…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Write PDF fact sheets for the selection or the filtered countries</source>
        <translation>Écrire les fiches d’information PDF de la sélection ou des pays filtrés</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>Preview and print the selected country&apos;s fact sheet</source>
        <translation>Afficher l’aperçu de la fiche du pays sélectionné et l’imprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>Export &amp;visible rows as CSV…</source>
        <translation>Exporter les lignes &amp;visibles en CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165"/>
        <source>Save the countries in the table, as filtered and sorted, to a CSV file</source>
        <translation>Enregistrer les pays du tableau, filtrés et triés, dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>&amp;Find country</source>
        <translation>&amp;Rechercher un pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>Clear &amp;selection</source>
        <translation>Effacer la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>Clear fil&amp;ters</source>
        <translation>Effacer les &amp;filtres</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Add to or remove from &amp;comparison</source>
        <translation>Ajouter à la &amp;comparaison ou en retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>Clear compa&amp;rison</source>
        <translation>&amp;Vider la comparaison</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Next pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>Pre&amp;vious pane</source>
        <translation>Volet p&amp;récédent</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>&amp;Whole world</source>
        <translation>&amp;Monde entier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>&amp;Zoom map to selection</source>
        <translation>&amp;Zoomer sur la sélection</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;Data sources…</source>
        <translation>&amp;Sources des données…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187"/>
        <source>&amp;About Landmine Fact Sheets</source>
        <translation>À &amp;propos de Landmine Fact Sheets</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>&amp;Colour map by</source>
        <translation>&amp;Colorer la carte selon</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="220"/>
        <source>Show &amp;comparison</source>
        <translation>Afficher la com&amp;paraison</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="301"/>
        <source>{0} of {1} countries · dataset {2}, as of {3} · F1: data sources</source>
        <translation>{0} pays sur {1} · jeu de données {2}, à jour au {3} · F1&#xa0;: sources des données</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="342"/>
        <source>Export visible rows as CSV</source>
        <translation>Exporter les lignes visibles en CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="343"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>Saved {0} rows to {1}</source>
        <translation>{0} lignes enregistrées dans {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365"/>
        <source>PDF export</source>
        <translation>L’exportation PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="375"/>
        <source>Select a country first, then print its fact sheet.</source>
        <translation>Sélectionnez d’abord un pays, puis imprimez sa fiche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="380"/>
        <source>Printing</source>
        <translation>L’impression</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="389"/>
        <source>{0} is not available in this build of the program.</source>
        <translation>{0} n’est pas disponible dans cette version du programme.</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../../app/ui/colors.py" line="45"/>
        <source>Mine Ban Treaty standing</source>
        <translation>Interdiction des mines</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="46"/>
        <source>Cluster Munitions standing</source>
        <translation>Armes à sous-munitions</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="47"/>
        <source>Latest casualties</source>
        <translation>Dernières victimes</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="172"/>
        <source>{0} or more</source>
        <translation>{0} ou plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="174"/>
        <source>fewer than {0}</source>
        <translation>moins de {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="218"/>
        <source>Casualties in {0}</source>
        <translation>Victimes en {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="231"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="68"/>
        <source>Colour the map by</source>
        <translation>Colorer la carte selon</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="72"/>
        <source>Colour by</source>
        <translation>Couleurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="77"/>
        <source>Casualty figures of the year</source>
        <translation>Chiffres de victimes de l’année</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="78"/>
        <source>The year whose casualty figures colour the map and fill the table; a country without a figure for it shows its latest earlier one, marked as older</source>
        <translation>L’année dont les chiffres de victimes colorent la carte et remplissent le tableau ; un pays sans chiffre pour cette année montre son dernier chiffre antérieur, marqué comme plus ancien</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="85"/>
        <source>Casualties in</source>
        <translation>Victimes en</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="88"/>
        <source>Whole world</source>
        <translation>Monde entier</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="90"/>
        <source>Show the whole world</source>
        <translation>Afficher le monde entier</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="91"/>
        <source>Zoom out to the whole world (0 on the map)</source>
        <translation>Revenir au monde entier (0 sur la carte)</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="93"/>
        <source>Zoom to selection</source>
        <translation>Zoom sur la sélection</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="95"/>
        <source>Zoom the map to the selected country</source>
        <translation>Zoomer la carte sur le pays sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="97"/>
        <source>Click or type a name: select · Ctrl+click: compare · wheel/drag: zoom and pan</source>
        <translation>Clic ou saisie d’un nom : sélectionner · Ctrl+clic : comparer · molette/glisser : zoom et déplacement</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="98"/>
        <source>Click: select · Ctrl+click: compare · wheel/drag: zoom and pan</source>
        <translation>Clic&#xa0;: choisir · Ctrl+clic&#xa0;: comparer · molette/glisser&#xa0;: zoom, déplacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="99"/>
        <source>Ctrl+click: compare</source>
        <translation>Ctrl+clic : comparer</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="231"/>
        <source>The world map is not available: {0}</source>
        <translation>La carte du monde n’est pas disponible&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="288"/>
        <source>Selected: {0}.</source>
        <translation>Sélection : {0}.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../app/ui/map_view.py" line="57"/>
        <source>World map</source>
        <translation>Carte du monde</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_view.py" line="59"/>
        <source>Click a country to select it, Ctrl+click to compare. By keyboard: type a country&apos;s name, or Ctrl+arrow keys for the nearest country that way. Wheel or +/- to zoom, drag or arrow keys to pan, 0 to reset.</source>
        <translation>Cliquez sur un pays pour le sélectionner, Ctrl+clic pour comparer. Au clavier : tapez le nom d’un pays, ou Ctrl+flèches pour le pays le plus proche dans cette direction. Molette ou +/- pour zoomer, glisser ou flèches pour déplacer, 0 pour réinitialiser.</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="113"/>
        <source>This copy of the app lacks %1, which data packs need.</source>
        <translation>Il manque à cette copie de l’application %1, dont les paquets de données ont besoin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="98"/>
        <source>&amp;Import data pack…</source>
        <translation>I&amp;mporter un paquet de données…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="100"/>
        <source>Preview and import a .lfpack data update or an organisation&apos;s own figures</source>
        <translation>Prévisualiser et importer une mise à jour de données .lfpack ou les chiffres propres d’une organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="102"/>
        <source>&amp;Restore previous data…</source>
        <translation>&amp;Rétablir les données précédentes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="103"/>
        <source>Undo the last data pack import or removal</source>
        <translation>Annuler la dernière importation ou suppression d’un paquet de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="132"/>
        <source>Import data pack</source>
        <translation>Importer un paquet de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="135"/>
        <source>Data packs (*.lfpack);;All files (*)</source>
        <translation>Paquets de données (*.lfpack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="142"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="152"/>
        <source>Now using dataset %1.</source>
        <translation>Jeu de données utilisé&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="161"/>
        <source>Restore previous data</source>
        <translation>Rétablir les données précédentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="170"/>
        <source>The bundled data is in use: there is nothing to restore.</source>
        <translation>Les données fournies avec l’application sont utilisées&#xa0;: il n’y a rien à rétablir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="176"/>
        <source>Go back to:</source>
        <translation>Revenir à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="163"/>
        <location filename="../../app/ui/pack_dialog.py" line="188"/>
        <source>the bundled data</source>
        <translation>les données fournies avec l’application</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="166"/>
        <location filename="../../app/ui/pack_dialog.py" line="188"/>
        <source>state %1</source>
        <translation>l’état %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="177"/>
        <source>&amp;Restore</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="189"/>
        <source>Now using %1.</source>
        <translation>Données utilisées&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="203"/>
        <source>This window shows %1, chosen at start; the new data opens without --db.</source>
        <translation>Cette fenêtre affiche %1, choisi au démarrage&#xa0;; les nouvelles données s’ouvrent sans --db.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="112"/>
        <location filename="../../app/ui/pack_dialog.py" line="204"/>
        <location filename="../../app/ui/pack_dialog.py" line="209"/>
        <source>Data packs</source>
        <translation>Paquets de données</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/ui/preview.py" line="125"/>
        <source>Fact sheet: {0}</source>
        <translation>Fiche d’information&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="133"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="134"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="136"/>
        <source>Low ink</source>
        <translation>Économie d’encre</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="140"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="143"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="145"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="150"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="152"/>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="153"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="166"/>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="228"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="228"/>
        <source>{0} pages</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="327"/>
        <source>{0} fact sheet</source>
        <translation>Fiche d’information – {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="342"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="342"/>
        <source>The printer could not be started.</source>
        <translation>Impossible de démarrer l’imprimante.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="391"/>
        <source>Save PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="392"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="400"/>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="51"/>
        <source>Warning:</source>
        <translation>Avertissement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="57"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="63"/>
        <source>I trust where this pack came from; import it anyway</source>
        <translation>Je fais confiance à la provenance de ce paquet&#xa0;; l’importer quand même</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="79"/>
        <source>Data to go back to</source>
        <translation>Données à rétablir</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="53"/>
        <source>Country profile</source>
        <translation>Profil du pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="108"/>
        <source>Treaties</source>
        <translation>Traités</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="109"/>
        <source>Casualties</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="111"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="112"/>
        <source>Donor facts</source>
        <translation>Données sur les donateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="113"/>
        <source>Policy timeline</source>
        <translation>Chronologie des politiques</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="114"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="142"/>
        <source>Treaties and casualties</source>
        <translation>Traités et victimes</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="145"/>
        <source>Mine Ban Treaty membership</source>
        <translation>Adhésion au Traité d’interdiction des mines</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="147"/>
        <source>States Parties to the Mine Ban Treaty</source>
        <translation>États parties au Traité d’interdiction des mines</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="151"/>
        <source>Key figures, timeline and sources</source>
        <translation>Chiffres clés, chronologie et sources</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="277"/>
        <source>World</source>
        <translation>Monde</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="278"/>
        <source>World overview</source>
        <translation>Vue d’ensemble mondiale</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="280"/>
        <source>Select a country in the table or on the map, or type its name in the search box (Ctrl+F), to see its profile.</source>
        <translation>Sélectionnez un pays dans le tableau ou sur la carte, ou saisissez son nom dans la zone de recherche (Ctrl+F), pour afficher son profil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="360"/>
        <source>Dataset {0}, as of {1}. Click a numbered note for its source.</source>
        <translation>Jeu de données {0}, à jour au {1}. Cliquez sur une note numérotée pour voir sa source.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="372"/>
        <source>No casualty figure in this dataset for {0}</source>
        <translation>Aucun chiffre de victimes dans ce jeu de données pour {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="371"/>
        <source>Casualties per year, {0}</source>
        <translation>Victimes par année, {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="376"/>
        <source>Years reported without a total (not drawn as 0): {0}.</source>
        <translation>Années communiquées sans total (non représentées par 0)&#xa0;: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="382"/>
        <source>No figure in this dataset for {0}: an empty year is not 0.</source>
        <translation>Aucun chiffre dans ce jeu de données pour {0}&#xa0;: une année vide n’est pas 0.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="395"/>
        <source>{0}: in force {1}</source>
        <translation>{0}&#xa0;: en vigueur {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="399"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="32"/>
        <source>primary (publisher&apos;s own document)</source>
        <translation>primaire (document de l’éditeur lui-même)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="33"/>
        <source>press report of a primary source</source>
        <translation>article de presse sur une source primaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="34"/>
        <source>secondary (aggregator)</source>
        <translation>secondaire (agrégateur)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="48"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="62"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="63"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="64"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="65"/>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="66"/>
        <source>Consulted</source>
        <translation>Consulté le</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="71"/>
        <source>Address (URL)</source>
        <translation>Adresse (URL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="74"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="75"/>
        <source>This program works offline and never opens links. Copy the address to look it up on a connected computer.</source>
        <translation>Ce programme fonctionne hors ligne et n’ouvre jamais de liens. Copiez l’adresse pour la consulter sur un ordinateur connecté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="81"/>
        <source>Copy citation</source>
        <translation>Copier la référence</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="82"/>
        <source>Copy citation and address</source>
        <translation>Copier la référence et l’adresse</translation>
    </message>
</context>
</TS>
