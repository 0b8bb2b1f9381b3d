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
        <source>&lt;h2&gt;Landmine Fact Sheets {version}&lt;/h2&gt;&lt;p&gt;Offline fact sheets on landmine treaties, casualties and victim assistance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dataset&lt;/b&gt; {dataset}, as of {as_of} (schema {schema}) &amp;middot; {count} sources cited.&lt;br&gt;Every figure carries its source; a missing figure is shown as “not reported”, never as 0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Landmine Fact Sheets {version}&lt;/h2&gt;&lt;p&gt;Fiches d’information hors ligne sur les traités relatifs aux mines terrestres, les victimes et l’assistance aux victimes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Jeu de données&lt;/b&gt; {dataset}, à jour au {as_of} (schéma {schema}) &amp;middot; {count} sources citées.&lt;br&gt;Chaque chiffre est accompagné de sa source&#xa0;; un chiffre manquant est indiqué «&#xa0;non communiqué&#xa0;», jamais 0.&lt;/p&gt;</translation>
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
        <source>Landmine Fact Sheets</source>
        <translation>Landmine Fact Sheets</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../app/ui/charts.py" line="144"/>
        <source>Casualties per year</source>
        <translation>Victimes par année</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="151"/>
        <source>No casualty figures reported</source>
        <translation>Aucun chiffre de victimes communiqué</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="194"/>
        <source>n/r</source>
        <translation>n.c.</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="250"/>
        <source>no figure in this dataset (not 0)</source>
        <translation>aucun chiffre dans ce jeu de données (pas 0)</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="253"/>
        <source>killed {0}</source>
        <translation>tués&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="255"/>
        <source>injured {0}</source>
        <translation>blessés&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="256"/>
        <source>Landmine Monitor {0}</source>
        <translation>Landmine Monitor {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="279"/>
        <source>States Parties over time</source>
        <translation>États parties au fil du temps</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="293"/>
        <source>No membership data</source>
        <translation>Aucune donnée sur l’adhésion</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="300"/>
        <source>{0} States Parties by {1}</source>
        <translation>{0} États parties en {1}</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../app/ui/compare.py" line="42"/>
        <source>{0}: joined</source>
        <translation>{0}&#xa0;: adhésion</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="45"/>
        <source>{0}: in force</source>
        <translation>{0}&#xa0;: entrée en vigueur</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="51"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="54"/>
        <source>Mine Ban Treaty</source>
        <translation>Traité d’interdiction des mines</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="61"/>
        <source>Mine Ban Treaty: withdrawal</source>
        <translation>Traité d’interdiction des mines&#xa0;: retrait</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="62"/>
        <source>Cluster Munitions</source>
        <translation>Armes à sous-munitions</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="64"/>
        <source>Latest casualties (year)</source>
        <translation>Dernières victimes (année)</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="69"/>
        <source>Previous year</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="96"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="99"/>
        <source>Remove selected column</source>
        <translation>Retirer la colonne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="101"/>
        <source>Remove the selected country from the comparison</source>
        <translation>Retirer le pays sélectionné de la comparaison</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="102"/>
        <location filename="../../app/ui/compare.py" line="104"/>
        <source>Clear comparison</source>
        <translation>Vider la comparaison</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="107"/>
        <source>Countries side by side</source>
        <translation>Pays côte à côte</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="133"/>
        <source>{0} of {1} countries. Ctrl+click countries in the table or on the map (or press Ctrl+D) to add or remove them; double-click a column header to select that country.</source>
        <translation>{0} pays sur {1}. Ctrl+clic sur des pays dans le tableau ou sur la carte (ou Ctrl+D) pour les ajouter ou les retirer&#xa0;; double-cliquez sur un en-tête de colonne pour sélectionner ce pays.</translation>
    </message>
</context>
<context>
    <name>CountryTable</name>
    <message>
        <location filename="../../app/ui/country_table.py" line="113"/>
        <source>No casualty figure reported for {0} in this dataset</source>
        <translation>Aucun chiffre de victimes communiqué pour {0} dans ce jeu de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="115"/>
        <source>{0} casualties recorded in {1}, the latest year with data</source>
        <translation>{0} victimes recensées en {1}, dernière année disponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="118"/>
        <source>Not in force for this country</source>
        <translation>Pas en vigueur pour ce pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="137"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="138"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="139"/>
        <source>Mine Ban Treaty</source>
        <translation>Interdiction des mines</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="140"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="141"/>
        <source>Cluster Munitions</source>
        <translation>Armes à sous-munitions</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="142"/>
        <source>Latest casualties</source>
        <translation>Dernières victimes</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="145"/>
        <source>Country or area</source>
        <translation>Pays ou territoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="146"/>
        <source>UN M49 sub-region (hover a cell for the region)</source>
        <translation>Sous-région M49 de l’ONU (survolez une cellule pour voir la région)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="147"/>
        <source>Standing under the Anti-Personnel Mine Ban Convention (1997)</source>
        <translation>Statut au regard de la Convention sur l’interdiction des mines antipersonnel (1997)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="148"/>
        <source>Date the Mine Ban Treaty entered into force for the country</source>
        <translation>Date d’entrée en vigueur du Traité d’interdiction des mines pour le pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="149"/>
        <source>Standing under the Convention on Cluster Munitions (2008)</source>
        <translation>Statut au regard de la Convention sur les armes à sous-munitions (2008)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="150"/>
        <source>Mine/ERW casualties in the latest year with data (Landmine Monitor)</source>
        <translation>Victimes de mines/REG lors de la dernière année disponible (Landmine Monitor)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="329"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="331"/>
        <source>Arrow keys select a country; Ctrl+click or Ctrl+D adds it to the comparison</source>
        <translation>Les flèches sélectionnent un pays&#xa0;; Ctrl+clic ou Ctrl+D l’ajoute à la comparaison</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="349"/>
        <source>Columns: click to sort</source>
        <translation>Colonnes&#xa0;: cliquez pour trier</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="90"/>
        <source>Export fact sheets</source>
        <translation>Exporter des fiches d’information</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="97"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="111"/>
        <source>Separate files, one per country</source>
        <translation>Fichiers séparés, un par pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="112"/>
        <source>One briefing pack (cover, contents, all sheets)</source>
        <translation>Un dossier d’information (couverture, sommaire, toutes les fiches)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="119"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="120"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="126"/>
        <source>Low ink (no filled areas)</source>
        <translation>Économie d’encre (sans aplats)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="127"/>
        <source>Open the result when done</source>
        <translation>Ouvrir le résultat à la fin</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="133"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="140"/>
        <source>Output:</source>
        <translation>Sortie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="142"/>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="143"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="145"/>
        <source>Save to:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="156"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="191"/>
        <source>none selected</source>
        <translation>aucun sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="192"/>
        <source>Current country ({0})</source>
        <translation>Pays actuel ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="195"/>
        <source>Compared countries ({0})</source>
        <translation>Pays comparés ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="197"/>
        <source>Filtered set: {0}</source>
        <translation>Sélection filtrée&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="198"/>
        <source>All countries ({0})</source>
        <translation>Tous les pays ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="259"/>
        <source>Save PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="260"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="264"/>
        <source>Folder for the fact sheets</source>
        <translation>Dossier des fiches d’information</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="280"/>
        <source>No country to export.</source>
        <translation>Aucun pays à exporter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="283"/>
        <source>Choose where to save the PDF.</source>
        <translation>Choisissez où enregistrer le PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="293"/>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="300"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="302"/>
        <source>{0} files already exist in {1}. Replace them?</source>
        <translation>{0} fichiers existent déjà dans {1}. Les remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="305"/>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="316"/>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="318"/>
        <source>Cancel export</source>
        <translation>Annuler l’exportation</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="337"/>
        <source>{0} of {1} sheets</source>
        <translation>{0} fiches sur {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="345"/>
        <source>Wrote {0} file(s) to {1}</source>
        <translation>{0} fichier(s) écrit(s) dans {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="372"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="391"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="79"/>
        <source>Export failed unexpectedly: {0}</source>
        <translation>L’exportation a échoué de façon inattendue&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="46"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="50"/>
        <source>Search countries, e.g. cote, KHM, Myanmar…</source>
        <translation>Rechercher un pays, p.&#xa0;ex. cote, KHM, Myanmar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="51"/>
        <source>Search countries</source>
        <translation>Rechercher des pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="53"/>
        <source>Name, alternative name or ISO code; accents and case are ignored. Press Enter to select the first match.</source>
        <translation>Nom, autre nom ou code ISO&#xa0;; les accents et la casse sont ignorés. Appuyez sur Entrée pour sélectionner le premier résultat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="61"/>
        <source>Region or sub-region</source>
        <translation>Région ou sous-région</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="62"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="78"/>
        <source>Mine Ban Treaty standing</source>
        <translation>Statut – Traité d’interdiction des mines</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="79"/>
        <source>Mine Ban Treaty: any</source>
        <translation>Interdiction des mines&#xa0;: tous</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="80"/>
        <source>Cluster Munitions standing</source>
        <translation>Statut – Armes à sous-munitions</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="81"/>
        <source>Cluster Munitions: any</source>
        <translation>Armes à sous-munitions&#xa0;: tous</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="83"/>
        <source>With casualty data</source>
        <translation>Avec données sur les victimes</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="85"/>
        <source>Only countries with casualty data</source>
        <translation>Uniquement les pays avec des données sur les victimes</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="87"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="89"/>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="90"/>
        <source>Show all countries again</source>
        <translation>Afficher à nouveau tous les pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="94"/>
        <source>Active filter</source>
        <translation>Filtre actif</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="183"/>
        <source>Showing: {0}</source>
        <translation>Affichage&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="37"/>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="42"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="76"/>
        <source>ratified</source>
        <translation>ratification</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="77"/>
        <source>acceded</source>
        <translation>adhésion</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="78"/>
        <source>accepted</source>
        <translation>acceptation</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="79"/>
        <source>approved</source>
        <translation>approbation</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="80"/>
        <source>succeeded</source>
        <translation>succession</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="82"/>
        <source>joined</source>
        <translation>instrument déposé</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="110"/>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="110"/>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="115"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="115"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="143"/>
        <source>US${0} billion</source>
        <translation>{0}&#xa0;Md $ US</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="145"/>
        <source>US${0} million</source>
        <translation>{0}&#xa0;M $ US</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="146"/>
        <source>US${0}</source>
        <translation>{0}&#xa0;$ US</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="163"/>
        <source>{0} km²</source>
        <translation>{0}&#xa0;km²</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="177"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <location filename="../../app/ui/main_window.py" line="234"/>
        <source>Landmine Fact Sheets</source>
        <translation>Landmine Fact Sheets</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <source>Compare countries</source>
        <translation>Comparer des pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>&amp;Export fact sheet…</source>
        <translation>&amp;Exporter des fiches…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>Write PDF fact sheets for the selection or the filtered countries</source>
        <translation>Écrire les fiches d’information PDF de la sélection ou des pays filtrés</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Preview and print the selected country&apos;s fact sheet</source>
        <translation>Afficher l’aperçu de la fiche du pays sélectionné et l’imprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Export &amp;visible rows as CSV…</source>
        <translation>Exporter les lignes &amp;visibles en CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Save the countries in the table, as filtered and sorted, to a CSV file</source>
        <translation>Enregistrer les pays du tableau, filtrés et triés, dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>&amp;Find country</source>
        <translation>&amp;Rechercher un pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>Clear &amp;selection</source>
        <translation>Effacer la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>Clear fil&amp;ters</source>
        <translation>Effacer les &amp;filtres</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>Add to or remove from &amp;comparison</source>
        <translation>Ajouter à la &amp;comparaison ou en retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>Clear compa&amp;rison</source>
        <translation>&amp;Vider la comparaison</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>&amp;Next pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Pre&amp;vious pane</source>
        <translation>Volet p&amp;récédent</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>&amp;Whole world</source>
        <translation>&amp;Monde entier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>&amp;Zoom map to selection</source>
        <translation>&amp;Zoomer sur la sélection</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>&amp;Data sources…</source>
        <translation>&amp;Sources des données…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>&amp;About Landmine Fact Sheets</source>
        <translation>À &amp;propos de Landmine Fact Sheets</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204"/>
        <source>&amp;Colour map by</source>
        <translation>&amp;Colorer la carte selon</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>Show &amp;comparison</source>
        <translation>Afficher la com&amp;paraison</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="260"/>
        <source>{0} of {1} countries · dataset {2}, as of {3} · F1: data sources</source>
        <translation>{0} pays sur {1} · jeu de données {2}, à jour au {3} · F1&#xa0;: sources des données</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="301"/>
        <source>Export visible rows as CSV</source>
        <translation>Exporter les lignes visibles en CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="302"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312"/>
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="316"/>
        <source>Saved {0} rows to {1}</source>
        <translation>{0} lignes enregistrées dans {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324"/>
        <source>PDF export</source>
        <translation>L’exportation PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="333"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="334"/>
        <source>Select a country first, then print its fact sheet.</source>
        <translation>Sélectionnez d’abord un pays, puis imprimez sa fiche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="339"/>
        <source>Printing</source>
        <translation>L’impression</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="348"/>
        <source>{0} is not available in this build of the program.</source>
        <translation>{0} n’est pas disponible dans cette version du programme.</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../../app/ui/colors.py" line="43"/>
        <source>Mine Ban Treaty standing</source>
        <translation>Interdiction des mines</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="44"/>
        <source>Cluster Munitions standing</source>
        <translation>Armes à sous-munitions</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="45"/>
        <source>Latest casualties</source>
        <translation>Dernières victimes</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="78"/>
        <source>{0} or more</source>
        <translation>{0} ou plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="80"/>
        <source>fewer than {0}</source>
        <translation>moins de {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="102"/>
        <source>{0} casualties in {1}</source>
        <translation>{0} victimes en {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="106"/>
        <source>casualties not reported</source>
        <translation>victimes non communiquées</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="111"/>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="123"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="42"/>
        <source>Colour the map by</source>
        <translation>Colorer la carte selon</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="45"/>
        <source>Colour by</source>
        <translation>Couleurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="48"/>
        <source>Whole world</source>
        <translation>Monde entier</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="50"/>
        <source>Show the whole world</source>
        <translation>Afficher le monde entier</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="51"/>
        <source>Zoom out to the whole world (0 on the map)</source>
        <translation>Revenir au monde entier (0 sur la carte)</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="53"/>
        <source>Zoom to selection</source>
        <translation>Zoom sur la sélection</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="55"/>
        <source>Zoom the map to the selected country</source>
        <translation>Zoomer la carte sur le pays sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="56"/>
        <source>Click: select · Ctrl+click: compare · wheel/drag: zoom and pan</source>
        <translation>Clic&#xa0;: choisir · Ctrl+clic&#xa0;: comparer · molette/glisser&#xa0;: zoom, déplacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="102"/>
        <source>The world map is not available: {0}</source>
        <translation>La carte du monde n’est pas disponible&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../app/ui/map_view.py" line="62"/>
        <source>World map</source>
        <translation>Carte du monde</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_view.py" line="64"/>
        <source>Click a country to select it, Ctrl+click to compare. Wheel or +/- to zoom, drag or arrow keys to pan, 0 to reset.</source>
        <translation>Cliquez sur un pays pour le sélectionner, Ctrl+clic pour le comparer. Molette ou +/- pour zoomer, glisser ou flèches pour déplacer, 0 pour réinitialiser.</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="112"/>
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
        <location filename="../../app/ui/pack_dialog.py" line="123"/>
        <source>Import data pack</source>
        <translation>Importer un paquet de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="126"/>
        <source>Data packs (*.lfpack);;All files (*)</source>
        <translation>Paquets de données (*.lfpack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="133"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="143"/>
        <source>Now using dataset %1.</source>
        <translation>Jeu de données utilisé&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="152"/>
        <source>Restore previous data</source>
        <translation>Rétablir les données précédentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="161"/>
        <source>The bundled data is in use: there is nothing to restore.</source>
        <translation>Les données fournies avec l’application sont utilisées&#xa0;: il n’y a rien à rétablir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="167"/>
        <source>Go back to:</source>
        <translation>Revenir à :</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="154"/>
        <location filename="../../app/ui/pack_dialog.py" line="179"/>
        <source>the bundled data</source>
        <translation>les données fournies avec l’application</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="157"/>
        <location filename="../../app/ui/pack_dialog.py" line="179"/>
        <source>state %1</source>
        <translation>l’état %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="168"/>
        <source>&amp;Restore</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="180"/>
        <source>Now using %1.</source>
        <translation>Données utilisées&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="194"/>
        <source>This window shows %1, chosen at start; the new data opens without --db.</source>
        <translation>Cette fenêtre affiche %1, choisi au démarrage&#xa0;; les nouvelles données s’ouvrent sans --db.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="195"/>
        <location filename="../../app/ui/pack_dialog.py" line="200"/>
        <source>Data packs</source>
        <translation>Paquets de données</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/ui/preview.py" line="121"/>
        <source>Fact sheet: {0}</source>
        <translation>Fiche d’information&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="129"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="130"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="132"/>
        <source>Low ink</source>
        <translation>Économie d’encre</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="136"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="139"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="141"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="146"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="148"/>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="149"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="162"/>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="224"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="224"/>
        <source>{0} pages</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="312"/>
        <source>{0} fact sheet</source>
        <translation>Fiche d’information – {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="327"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="327"/>
        <source>The printer could not be started.</source>
        <translation>Impossible de démarrer l’imprimante.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="376"/>
        <source>Save PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="377"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="385"/>
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
        <location filename="../../app/ui/detail_pane.py" line="188"/>
        <source>Country profile</source>
        <translation>Profil du pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="242"/>
        <source>Treaties</source>
        <translation>Traités</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="243"/>
        <source>Casualties</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="245"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="246"/>
        <source>Donor facts</source>
        <translation>Données sur les donateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="247"/>
        <source>Policy timeline</source>
        <translation>Chronologie des politiques</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="248"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="277"/>
        <source>Treaties and casualties</source>
        <translation>Traités et victimes</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="280"/>
        <source>Mine Ban Treaty membership</source>
        <translation>Adhésion au Traité d’interdiction des mines</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="282"/>
        <source>States Parties to the Mine Ban Treaty</source>
        <translation>États parties au Traité d’interdiction des mines</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="286"/>
        <source>Key figures, timeline and sources</source>
        <translation>Chiffres clés, chronologie et sources</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="411"/>
        <source>World</source>
        <translation>Monde</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="412"/>
        <source>World overview</source>
        <translation>Vue d’ensemble mondiale</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="414"/>
        <source>Select a country in the table or on the map, or type its name in the search box (Ctrl+F), to see its profile.</source>
        <translation>Sélectionnez un pays dans le tableau ou sur la carte, ou saisissez son nom dans la zone de recherche (Ctrl+F), pour afficher son profil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="464"/>
        <source>Mine Ban Treaty standing of the countries in this dataset:</source>
        <translation>Statut des pays de ce jeu de données au regard du Traité d’interdiction des mines&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="473"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; mine/ERW casualties recorded worldwide in {1} (Landmine Monitor {2}){3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; victimes de mines/REG recensées dans le monde en {1} (Landmine Monitor {2}){3}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="480"/>
        <source>Casualties per year, world</source>
        <translation>Victimes par année, monde</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="498"/>
        <source>Dataset {0}, as of {1}. Click a numbered note for its source.</source>
        <translation>Jeu de données {0}, à jour au {1}. Cliquez sur une note numérotée pour voir sa source.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="511"/>
        <source>Treaty</source>
        <translation>Traité</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="511"/>
        <source>Standing</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="512"/>
        <source>Joined</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="512"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="514"/>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="514"/>
        <source>computed</source>
        <translation>calculée</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="540"/>
        <source>Withdrawal notified {0}</source>
        <translation>Retrait notifié le {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="543"/>
        <source>effective {0}</source>
        <translation>effectif le {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="555"/>
        <source>computed from the treaty’s entry-into-force rule</source>
        <translation>calculée selon la règle d’entrée en vigueur du traité</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="574"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; casualties recorded in {1} (Landmine Monitor {2}){3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; victimes recensées en {1} (Landmine Monitor {2}){3}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="584"/>
        <source>{0} killed</source>
        <translation>{0} tués</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="586"/>
        <source>{0} injured</source>
        <translation>{0} blessés</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="588"/>
        <source>{0} unknown</source>
        <translation>{0} non précisés</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="596"/>
        <source>{0} in {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="602"/>
        <source>Casualties per year, {0}</source>
        <translation>Victimes par année, {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="603"/>
        <source>No casualty figures reported for {0}</source>
        <translation>Aucun chiffre de victimes communiqué pour {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="607"/>
        <source>Years reported without a total (not drawn as 0): {0}.</source>
        <translation>Années communiquées sans total (non représentées par 0)&#xa0;: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="613"/>
        <source>No figure in this dataset for {0}: an empty year is not 0.</source>
        <translation>Aucun chiffre dans ce jeu de données pour {0}&#xa0;: une année vide n’est pas 0.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="626"/>
        <source>{0}: in force {1}</source>
        <translation>{0}&#xa0;: en vigueur {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="630"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="665"/>
        <source>edition {0}</source>
        <translation>édition {0}</translation>
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
<context>
    <name>Status</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="47"/>
        <source>State Party</source>
        <translation>État partie</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="48"/>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="49"/>
        <source>Not party</source>
        <translation>Non partie</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="50"/>
        <source>Withdrawal announced</source>
        <translation>Retrait annoncé</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="51"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="52"/>
        <source>Cannot join</source>
        <translation>Ne peut adhérer</translation>
    </message>
</context>
<context>
    <name>Treaty</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="65"/>
        <location filename="../../app/ui/formatting.py" line="182"/>
        <source>Mine Ban Treaty</source>
        <translation>Traité d’interdiction des mines</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="66"/>
        <source>Convention on Cluster Munitions</source>
        <translation>Convention sur les armes à sous-munitions</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="67"/>
        <source>CCW Protocol V (explosive remnants of war)</source>
        <translation>CCAC, Protocole V (restes explosifs de guerre)</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="68"/>
        <source>CCW Amended Protocol II (mines)</source>
        <translation>CCAC, Protocole II modifié (mines)</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="69"/>
        <source>Convention on the Rights of Persons with Disabilities</source>
        <translation>Convention relative aux droits des personnes handicapées</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="183"/>
        <source>Cluster Munitions</source>
        <translation>Armes à sous-munitions</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="184"/>
        <source>CCW Protocol V</source>
        <translation>CCAC Protocole V</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="185"/>
        <source>CCW Amended Prot. II</source>
        <translation>CCAC Prot. II modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="186"/>
        <source>Disability rights (CRPD)</source>
        <translation>Handicap (CDPH)</translation>
    </message>
</context>
</TS>
