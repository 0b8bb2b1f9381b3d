<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="101"/>
        <source>About Landmine Fact Sheets and its data</source>
        <translation>Acerca de Landmine Fact Sheets y sus datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="110"/>
        <source>&lt;h2&gt;Landmine Fact Sheets {version}&lt;/h2&gt;&lt;p&gt;Offline fact sheets on landmine treaties, casualties and victim assistance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dataset&lt;/b&gt; {dataset}, as of {as_of} (schema {schema}) &amp;middot; {count} sources cited.&lt;br&gt;Every figure carries its source; a missing figure is shown as “not reported”, never as 0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Landmine Fact Sheets {version}&lt;/h2&gt;&lt;p&gt;Fichas informativas sin conexión sobre los tratados relativos a las minas terrestres, las víctimas y la asistencia a las víctimas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conjunto de datos&lt;/b&gt; {dataset}, actualizado al {as_of} (esquema {schema}) &amp;middot; {count} fuentes citadas.&lt;br&gt;Cada cifra va acompañada de su fuente; una cifra que falta se indica como «no comunicado», nunca como 0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="124"/>
        <source>Filter sources…</source>
        <translation>Filtrar fuentes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="125"/>
        <source>Filter sources</source>
        <translation>Filtrar fuentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="130"/>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="132"/>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="132"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="132"/>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="133"/>
        <source>Address (URL)</source>
        <translation>Dirección (URL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="133"/>
        <source>Consulted</source>
        <translation>Consultado el</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="164"/>
        <source>Copy all sources</source>
        <translation>Copiar todas las fuentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="165"/>
        <source>Copy every source as text</source>
        <translation>Copiar cada fuente como texto</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="173"/>
        <source>Double-click a source for its full citation. Links are shown as text and never opened.</source>
        <translation>Haga doble clic en una fuente para ver su cita completa. Los enlaces se muestran como texto y nunca se abren.</translation>
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
        <translation>Víctimas por año</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="151"/>
        <source>No casualty figures reported</source>
        <translation>No se ha comunicado ninguna cifra de víctimas</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="194"/>
        <source>n/r</source>
        <translation>n.c.</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="250"/>
        <source>no figure in this dataset (not 0)</source>
        <translation>sin cifra en este conjunto de datos (no es 0)</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="253"/>
        <source>killed {0}</source>
        <translation>muertos: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="255"/>
        <source>injured {0}</source>
        <translation>heridos: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="256"/>
        <source>Landmine Monitor {0}</source>
        <translation>Landmine Monitor {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="279"/>
        <source>States Parties over time</source>
        <translation>Estados Parte a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="293"/>
        <source>No membership data</source>
        <translation>Sin datos de adhesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="300"/>
        <source>{0} States Parties by {1}</source>
        <translation>{0} Estados Parte en {1}</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../app/ui/compare.py" line="42"/>
        <source>{0}: joined</source>
        <translation>{0}: adhesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="45"/>
        <source>{0}: in force</source>
        <translation>{0}: entrada en vigor</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="51"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="54"/>
        <source>Mine Ban Treaty</source>
        <translation>Tratado de Prohibición de Minas</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="61"/>
        <source>Mine Ban Treaty: withdrawal</source>
        <translation>Tratado de Prohibición de Minas: retiro</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="62"/>
        <source>Cluster Munitions</source>
        <translation>Municiones en racimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="64"/>
        <source>Latest casualties (year)</source>
        <translation>Últimas víctimas (año)</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="69"/>
        <source>Previous year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="96"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="99"/>
        <source>Remove selected column</source>
        <translation>Quitar la columna seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="101"/>
        <source>Remove the selected country from the comparison</source>
        <translation>Quitar el país seleccionado de la comparación</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="102"/>
        <location filename="../../app/ui/compare.py" line="104"/>
        <source>Clear comparison</source>
        <translation>Vaciar la comparación</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="107"/>
        <source>Countries side by side</source>
        <translation>Países uno al lado del otro</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="133"/>
        <source>{0} of {1} countries. Ctrl+click countries in the table or on the map (or press Ctrl+D) to add or remove them; double-click a column header to select that country.</source>
        <translation>{0} de {1} países. Ctrl+clic en los países de la tabla o del mapa (o Ctrl+D) para añadirlos o quitarlos; doble clic en el encabezado de una columna para seleccionar ese país.</translation>
    </message>
</context>
<context>
    <name>CountryTable</name>
    <message>
        <location filename="../../app/ui/country_table.py" line="113"/>
        <source>No casualty figure reported for {0} in this dataset</source>
        <translation>No se ha comunicado ninguna cifra de víctimas para {0} en este conjunto de datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="115"/>
        <source>{0} casualties recorded in {1}, the latest year with data</source>
        <translation>{0} víctimas registradas en {1}, el último año con datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="118"/>
        <source>Not in force for this country</source>
        <translation>No está en vigor para este país</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="137"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="138"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="139"/>
        <source>Mine Ban Treaty</source>
        <translation>Prohibición de Minas</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="140"/>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="141"/>
        <source>Cluster Munitions</source>
        <translation>Municiones en racimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="142"/>
        <source>Latest casualties</source>
        <translation>Últimas víctimas</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="145"/>
        <source>Country or area</source>
        <translation>País o territorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="146"/>
        <source>UN M49 sub-region (hover a cell for the region)</source>
        <translation>Subregión M49 de la ONU (pase el cursor sobre una celda para ver la región)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="147"/>
        <source>Standing under the Anti-Personnel Mine Ban Convention (1997)</source>
        <translation>Situación respecto de la Convención sobre la Prohibición de las Minas Antipersonal (1997)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="148"/>
        <source>Date the Mine Ban Treaty entered into force for the country</source>
        <translation>Fecha de entrada en vigor del Tratado de Prohibición de Minas para el país</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="149"/>
        <source>Standing under the Convention on Cluster Munitions (2008)</source>
        <translation>Situación respecto de la Convención sobre Municiones en Racimo (2008)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="150"/>
        <source>Mine/ERW casualties in the latest year with data (Landmine Monitor)</source>
        <translation>Víctimas de minas/REG en el último año con datos (Landmine Monitor)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="329"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="331"/>
        <source>Arrow keys select a country; Ctrl+click or Ctrl+D adds it to the comparison</source>
        <translation>Las flechas seleccionan un país; Ctrl+clic o Ctrl+D lo añade a la comparación</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="349"/>
        <source>Columns: click to sort</source>
        <translation>Columnas: haga clic para ordenar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="90"/>
        <source>Export fact sheets</source>
        <translation>Exportar fichas informativas</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="97"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="111"/>
        <source>Separate files, one per country</source>
        <translation>Archivos separados, uno por país</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="112"/>
        <source>One briefing pack (cover, contents, all sheets)</source>
        <translation>Un dosier informativo (portada, índice, todas las fichas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="119"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="120"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="126"/>
        <source>Low ink (no filled areas)</source>
        <translation>Ahorro de tinta (sin áreas rellenas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="127"/>
        <source>Open the result when done</source>
        <translation>Abrir el resultado al terminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="133"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="140"/>
        <source>Output:</source>
        <translation>Salida:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="142"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="143"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="145"/>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="156"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="191"/>
        <source>none selected</source>
        <translation>ninguno seleccionado</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="192"/>
        <source>Current country ({0})</source>
        <translation>País actual ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="195"/>
        <source>Compared countries ({0})</source>
        <translation>Países comparados ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="197"/>
        <source>Filtered set: {0}</source>
        <translation>Selección filtrada: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="198"/>
        <source>All countries ({0})</source>
        <translation>Todos los países ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="259"/>
        <source>Save PDF as</source>
        <translation>Guardar PDF como</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="260"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="264"/>
        <source>Folder for the fact sheets</source>
        <translation>Carpeta para las fichas informativas</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="280"/>
        <source>No country to export.</source>
        <translation>No hay ningún país que exportar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="283"/>
        <source>Choose where to save the PDF.</source>
        <translation>Elija dónde guardar el PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="293"/>
        <source>Nothing was written.</source>
        <translation>No se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="300"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="302"/>
        <source>{0} files already exist in {1}. Replace them?</source>
        <translation>Ya existen {0} archivos en {1}. ¿Reemplazarlos?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="305"/>
        <source>Replace files?</source>
        <translation>¿Reemplazar los archivos?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="316"/>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="318"/>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="337"/>
        <source>{0} of {1} sheets</source>
        <translation>{0} de {1} fichas</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="345"/>
        <source>Wrote {0} file(s) to {1}</source>
        <translation>{0} archivo(s) escrito(s) en {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="372"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="391"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="79"/>
        <source>Export failed unexpectedly: {0}</source>
        <translation>La exportación falló de forma inesperada: {0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="46"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="50"/>
        <source>Search countries, e.g. cote, KHM, Myanmar…</source>
        <translation>Buscar países, p.&#xa0;ej. cote, KHM, Myanmar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="51"/>
        <source>Search countries</source>
        <translation>Buscar países</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="53"/>
        <source>Name, alternative name or ISO code; accents and case are ignored. Press Enter to select the first match.</source>
        <translation>Nombre, nombre alternativo o código ISO; no se distinguen acentos ni mayúsculas. Pulse Intro para seleccionar el primer resultado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="61"/>
        <source>Region or sub-region</source>
        <translation>Región o subregión</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="62"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="78"/>
        <source>Mine Ban Treaty standing</source>
        <translation>Situación – Tratado de Prohibición de Minas</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="79"/>
        <source>Mine Ban Treaty: any</source>
        <translation>Prohibición de Minas: todos</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="80"/>
        <source>Cluster Munitions standing</source>
        <translation>Situación – Municiones en racimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="81"/>
        <source>Cluster Munitions: any</source>
        <translation>Municiones en racimo: todos</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="83"/>
        <source>With casualty data</source>
        <translation>Con datos de víctimas</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="85"/>
        <source>Only countries with casualty data</source>
        <translation>Solo los países con datos de víctimas</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="87"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="89"/>
        <source>Clear all filters</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="90"/>
        <source>Show all countries again</source>
        <translation>Volver a mostrar todos los países</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="94"/>
        <source>Active filter</source>
        <translation>Filtro activo</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="183"/>
        <source>Showing: {0}</source>
        <translation>Mostrando: {0}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="37"/>
        <source>not reported</source>
        <translation>no comunicado</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="42"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="76"/>
        <source>ratified</source>
        <translation>ratificación</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="77"/>
        <source>acceded</source>
        <translation>adhesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="78"/>
        <source>accepted</source>
        <translation>aceptación</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="79"/>
        <source>approved</source>
        <translation>aprobación</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="80"/>
        <source>succeeded</source>
        <translation>sucesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="82"/>
        <source>joined</source>
        <translation>instrumento depositado</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="110"/>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="110"/>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="115"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="115"/>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="143"/>
        <source>US${0} billion</source>
        <translation>{0} mil millones US$</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="145"/>
        <source>US${0} million</source>
        <translation>{0} millones US$</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="146"/>
        <source>US${0}</source>
        <translation>{0} US$</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="163"/>
        <source>{0} km²</source>
        <translation>{0} km²</translation>
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
        <translation>Comparar países</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>&amp;Export fact sheet…</source>
        <translation>&amp;Exportar fichas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>Write PDF fact sheets for the selection or the filtered countries</source>
        <translation>Generar fichas informativas en PDF para la selección o los países filtrados</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Preview and print the selected country&apos;s fact sheet</source>
        <translation>Previsualizar e imprimir la ficha del país seleccionado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Export &amp;visible rows as CSV…</source>
        <translation>Exportar filas &amp;visibles a CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Save the countries in the table, as filtered and sorted, to a CSV file</source>
        <translation>Guardar los países de la tabla, filtrados y ordenados, en un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>&amp;Find country</source>
        <translation>&amp;Buscar país</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>Clear &amp;selection</source>
        <translation>Borrar la &amp;selección</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>Clear fil&amp;ters</source>
        <translation>Borrar &amp;filtros</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>Add to or remove from &amp;comparison</source>
        <translation>Añadir a la &amp;comparación o quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>Clear compa&amp;rison</source>
        <translation>&amp;Vaciar la comparación</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>&amp;Next pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Pre&amp;vious pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>&amp;Whole world</source>
        <translation>&amp;Todo el mundo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>&amp;Zoom map to selection</source>
        <translation>&amp;Zoom a la selección</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>&amp;Data sources…</source>
        <translation>&amp;Fuentes de datos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>&amp;About Landmine Fact Sheets</source>
        <translation>&amp;Acerca de Landmine Fact Sheets</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204"/>
        <source>&amp;Colour map by</source>
        <translation>&amp;Colorear el mapa según</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>Show &amp;comparison</source>
        <translation>Mostrar la com&amp;paración</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="260"/>
        <source>{0} of {1} countries · dataset {2}, as of {3} · F1: data sources</source>
        <translation>{0} de {1} países · conjunto de datos {2}, al {3} · F1: fuentes de datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="301"/>
        <source>Export visible rows as CSV</source>
        <translation>Exportar las filas visibles a CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="302"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311"/>
        <source>Export failed</source>
        <translation>Error de exportación</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312"/>
        <source>Could not write {0}: {1}</source>
        <translation>No se pudo escribir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="316"/>
        <source>Saved {0} rows to {1}</source>
        <translation>{0} filas guardadas en {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324"/>
        <source>PDF export</source>
        <translation>La exportación a PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="333"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="334"/>
        <source>Select a country first, then print its fact sheet.</source>
        <translation>Seleccione primero un país y luego imprima su ficha.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="339"/>
        <source>Printing</source>
        <translation>La impresión</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="348"/>
        <source>{0} is not available in this build of the program.</source>
        <translation>{0} no está disponible en esta versión del programa.</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../../app/ui/colors.py" line="43"/>
        <source>Mine Ban Treaty standing</source>
        <translation>Prohibición de Minas</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="44"/>
        <source>Cluster Munitions standing</source>
        <translation>Municiones en racimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="45"/>
        <source>Latest casualties</source>
        <translation>Últimas víctimas</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="78"/>
        <source>{0} or more</source>
        <translation>{0} o más</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="80"/>
        <source>fewer than {0}</source>
        <translation>menos de {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="102"/>
        <source>{0} casualties in {1}</source>
        <translation>{0} víctimas en {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="106"/>
        <source>casualties not reported</source>
        <translation>víctimas no comunicadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="111"/>
        <source>not reported</source>
        <translation>no comunicado</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="123"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="42"/>
        <source>Colour the map by</source>
        <translation>Colorear el mapa según</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="45"/>
        <source>Colour by</source>
        <translation>Colorear por</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="48"/>
        <source>Whole world</source>
        <translation>Todo el mundo</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="50"/>
        <source>Show the whole world</source>
        <translation>Mostrar todo el mundo</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="51"/>
        <source>Zoom out to the whole world (0 on the map)</source>
        <translation>Alejar hasta todo el mundo (0 en el mapa)</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="53"/>
        <source>Zoom to selection</source>
        <translation>Zoom a la selección</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="55"/>
        <source>Zoom the map to the selected country</source>
        <translation>Acercar el mapa al país seleccionado</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="56"/>
        <source>Click: select · Ctrl+click: compare · wheel/drag: zoom and pan</source>
        <translation>Clic: seleccionar · Ctrl+clic: comparar · rueda/arrastrar: zoom, mover</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="102"/>
        <source>The world map is not available: {0}</source>
        <translation>El mapa del mundo no está disponible: {0}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../app/ui/map_view.py" line="62"/>
        <source>World map</source>
        <translation>Mapa del mundo</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_view.py" line="64"/>
        <source>Click a country to select it, Ctrl+click to compare. Wheel or +/- to zoom, drag or arrow keys to pan, 0 to reset.</source>
        <translation>Haga clic en un país para seleccionarlo, Ctrl+clic para compararlo. Rueda o +/- para hacer zoom, arrastrar o flechas para desplazar, 0 para restablecer.</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="112"/>
        <source>This copy of the app lacks %1, which data packs need.</source>
        <translation>A esta copia de la aplicación le falta %1, que los paquetes de datos necesitan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="98"/>
        <source>&amp;Import data pack…</source>
        <translation>I&amp;mportar paquete de datos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="100"/>
        <source>Preview and import a .lfpack data update or an organisation&apos;s own figures</source>
        <translation>Previsualizar e importar una actualización de datos .lfpack o las cifras propias de una organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="102"/>
        <source>&amp;Restore previous data…</source>
        <translation>&amp;Restaurar datos anteriores…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="103"/>
        <source>Undo the last data pack import or removal</source>
        <translation>Deshacer la última importación o eliminación de un paquete de datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="123"/>
        <source>Import data pack</source>
        <translation>Importar paquete de datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="126"/>
        <source>Data packs (*.lfpack);;All files (*)</source>
        <translation>Paquetes de datos (*.lfpack);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="133"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="143"/>
        <source>Now using dataset %1.</source>
        <translation>Conjunto de datos en uso: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="152"/>
        <source>Restore previous data</source>
        <translation>Restaurar datos anteriores</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="161"/>
        <source>The bundled data is in use: there is nothing to restore.</source>
        <translation>Se usan los datos incluidos con la aplicación: no hay nada que restaurar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="167"/>
        <source>Go back to:</source>
        <translation>Volver a:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="154"/>
        <location filename="../../app/ui/pack_dialog.py" line="179"/>
        <source>the bundled data</source>
        <translation>los datos incluidos con la aplicación</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="157"/>
        <location filename="../../app/ui/pack_dialog.py" line="179"/>
        <source>state %1</source>
        <translation>el estado %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="168"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="180"/>
        <source>Now using %1.</source>
        <translation>En uso: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="194"/>
        <source>This window shows %1, chosen at start; the new data opens without --db.</source>
        <translation>Esta ventana muestra %1, elegido al inicio; los datos nuevos se abren sin --db.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="195"/>
        <location filename="../../app/ui/pack_dialog.py" line="200"/>
        <source>Data packs</source>
        <translation>Paquetes de datos</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/ui/preview.py" line="121"/>
        <source>Fact sheet: {0}</source>
        <translation>Ficha informativa: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="129"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="130"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="132"/>
        <source>Low ink</source>
        <translation>Ahorro de tinta</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="136"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="139"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="141"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="146"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="148"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="149"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="162"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="224"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="224"/>
        <source>{0} pages</source>
        <translation>{0} páginas</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="312"/>
        <source>{0} fact sheet</source>
        <translation>Ficha informativa – {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="327"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="327"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="376"/>
        <source>Save PDF as</source>
        <translation>Guardar PDF como</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="377"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="385"/>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="51"/>
        <source>Warning:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="57"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="63"/>
        <source>I trust where this pack came from; import it anyway</source>
        <translation>Confío en la procedencia de este paquete; importarlo de todos modos</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="79"/>
        <source>Data to go back to</source>
        <translation>Datos a restaurar</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="188"/>
        <source>Country profile</source>
        <translation>Perfil del país</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="242"/>
        <source>Treaties</source>
        <translation>Tratados</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="243"/>
        <source>Casualties</source>
        <translation>Víctimas</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="245"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="246"/>
        <source>Donor facts</source>
        <translation>Datos sobre donantes</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="247"/>
        <source>Policy timeline</source>
        <translation>Cronología de políticas</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="248"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="277"/>
        <source>Treaties and casualties</source>
        <translation>Tratados y víctimas</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="280"/>
        <source>Mine Ban Treaty membership</source>
        <translation>Adhesión al Tratado de Prohibición de Minas</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="282"/>
        <source>States Parties to the Mine Ban Treaty</source>
        <translation>Estados Parte del Tratado de Prohibición de Minas</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="286"/>
        <source>Key figures, timeline and sources</source>
        <translation>Cifras clave, cronología y fuentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="411"/>
        <source>World</source>
        <translation>Mundo</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="412"/>
        <source>World overview</source>
        <translation>Panorama mundial</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="414"/>
        <source>Select a country in the table or on the map, or type its name in the search box (Ctrl+F), to see its profile.</source>
        <translation>Seleccione un país en la tabla o en el mapa, o escriba su nombre en el cuadro de búsqueda (Ctrl+F), para ver su perfil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="464"/>
        <source>Mine Ban Treaty standing of the countries in this dataset:</source>
        <translation>Situación de los países de este conjunto de datos respecto del Tratado de Prohibición de Minas:</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="473"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; mine/ERW casualties recorded worldwide in {1} (Landmine Monitor {2}){3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; víctimas de minas/REG registradas en todo el mundo en {1} (Landmine Monitor {2}){3}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="480"/>
        <source>Casualties per year, world</source>
        <translation>Víctimas por año, mundo</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="498"/>
        <source>Dataset {0}, as of {1}. Click a numbered note for its source.</source>
        <translation>Conjunto de datos {0}, actualizado al {1}. Haga clic en una nota numerada para ver su fuente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="511"/>
        <source>Treaty</source>
        <translation>Tratado</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="511"/>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="512"/>
        <source>Joined</source>
        <translation>Adhesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="512"/>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="514"/>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="514"/>
        <source>computed</source>
        <translation>calculada</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="540"/>
        <source>Withdrawal notified {0}</source>
        <translation>Retiro notificado el {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="543"/>
        <source>effective {0}</source>
        <translation>efectivo el {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="555"/>
        <source>computed from the treaty’s entry-into-force rule</source>
        <translation>calculada según la regla de entrada en vigor del tratado</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="574"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; casualties recorded in {1} (Landmine Monitor {2}){3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; víctimas registradas en {1} (Landmine Monitor {2}){3}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="584"/>
        <source>{0} killed</source>
        <translation>{0} muertos</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="586"/>
        <source>{0} injured</source>
        <translation>{0} heridos</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="588"/>
        <source>{0} unknown</source>
        <translation>{0} sin especificar</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="596"/>
        <source>{0} in {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="602"/>
        <source>Casualties per year, {0}</source>
        <translation>Víctimas por año, {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="603"/>
        <source>No casualty figures reported for {0}</source>
        <translation>No se ha comunicado ninguna cifra de víctimas para {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="607"/>
        <source>Years reported without a total (not drawn as 0): {0}.</source>
        <translation>Años comunicados sin total (no se dibujan como 0): {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="613"/>
        <source>No figure in this dataset for {0}: an empty year is not 0.</source>
        <translation>Sin cifra en este conjunto de datos para {0}: un año vacío no es 0.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="626"/>
        <source>{0}: in force {1}</source>
        <translation>{0}: en vigor {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="630"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="665"/>
        <source>edition {0}</source>
        <translation>edición {0}</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="32"/>
        <source>primary (publisher&apos;s own document)</source>
        <translation>primaria (documento del propio editor)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="33"/>
        <source>press report of a primary source</source>
        <translation>noticia de prensa sobre una fuente primaria</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="34"/>
        <source>secondary (aggregator)</source>
        <translation>secundaria (agregador)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="48"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="62"/>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="63"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="64"/>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="65"/>
        <source>Published</source>
        <translation>Publicado el</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="66"/>
        <source>Consulted</source>
        <translation>Consultado el</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="71"/>
        <source>Address (URL)</source>
        <translation>Dirección (URL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="74"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="75"/>
        <source>This program works offline and never opens links. Copy the address to look it up on a connected computer.</source>
        <translation>Este programa funciona sin conexión y nunca abre enlaces. Copie la dirección para consultarla en un ordenador conectado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="81"/>
        <source>Copy citation</source>
        <translation>Copiar la cita</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="82"/>
        <source>Copy citation and address</source>
        <translation>Copiar la cita y la dirección</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="47"/>
        <source>State Party</source>
        <translation>Estado Parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="48"/>
        <source>Signatory</source>
        <translation>Signatario</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="49"/>
        <source>Not party</source>
        <translation>No parte</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="50"/>
        <source>Withdrawal announced</source>
        <translation>Retiro anunciado</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="51"/>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="52"/>
        <source>Cannot join</source>
        <translation>No puede adherirse</translation>
    </message>
</context>
<context>
    <name>Treaty</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="65"/>
        <location filename="../../app/ui/formatting.py" line="182"/>
        <source>Mine Ban Treaty</source>
        <translation>Tratado de Prohibición de Minas</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="66"/>
        <source>Convention on Cluster Munitions</source>
        <translation>Convención sobre Municiones en Racimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="67"/>
        <source>CCW Protocol V (explosive remnants of war)</source>
        <translation>CCAC, Protocolo V (restos explosivos de guerra)</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="68"/>
        <source>CCW Amended Protocol II (mines)</source>
        <translation>CCAC, Protocolo II enmendado (minas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="69"/>
        <source>Convention on the Rights of Persons with Disabilities</source>
        <translation>Convención sobre los Derechos de las Personas con Discapacidad</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="183"/>
        <source>Cluster Munitions</source>
        <translation>Municiones en racimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="184"/>
        <source>CCW Protocol V</source>
        <translation>CCAC Protocolo V</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="185"/>
        <source>CCW Amended Prot. II</source>
        <translation>CCAC Prot. II enmendado</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="186"/>
        <source>Disability rights (CRPD)</source>
        <translation>Discapacidad (CDPD)</translation>
    </message>
</context>
</TS>
