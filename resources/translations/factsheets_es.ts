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
        <source>&lt;h2&gt;Landmine Fact Sheets {version}&lt;/h2&gt;&lt;p&gt;Offline fact sheets on landmine treaties, casualties and victim assistance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dataset&lt;/b&gt; {dataset}, as of {as_of} (schema {schema}) &amp;middot; {count} sources cited.&lt;br&gt;Every figure carries its source; a figure this dataset lacks is named as such, never shown as 0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Landmine Fact Sheets {version}&lt;/h2&gt;&lt;p&gt;Fichas informativas sin conexión sobre los tratados relativos a las minas, las víctimas y la asistencia a las víctimas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conjunto de datos&lt;/b&gt; {dataset}, al {as_of} (esquema {schema}) &amp;middot; {count} fuentes citadas.&lt;br&gt;Cada cifra indica su fuente; una cifra que falta en este conjunto de datos se señala como tal, nunca se muestra como 0.&lt;/p&gt;</translation>
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
        <translation>Víctimas por año</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="152"/>
        <source>No casualty figures reported</source>
        <translation>No se ha comunicado ninguna cifra de víctimas</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="195"/>
        <source>n/r</source>
        <translation>n.c.</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="257"/>
        <source>no figure in this dataset (not 0)</source>
        <translation>sin cifra en este conjunto de datos (no es 0)</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="285"/>
        <source>States Parties over time</source>
        <translation>Estados Parte a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="299"/>
        <source>No membership data</source>
        <translation>Sin datos de adhesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="306"/>
        <source>{0} States Parties by {1}</source>
        <translation>{0} Estados Parte en {1}</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../app/ui/compare.py" line="42"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="45"/>
        <source>Remove selected column</source>
        <translation>Quitar la columna seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="47"/>
        <source>Remove the selected country from the comparison</source>
        <translation>Quitar el país seleccionado de la comparación</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="48"/>
        <location filename="../../app/ui/compare.py" line="50"/>
        <source>Clear comparison</source>
        <translation>Vaciar la comparación</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="53"/>
        <source>Countries side by side</source>
        <translation>Países uno al lado del otro</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="79"/>
        <source>{0} of {1} countries. Ctrl+click countries in the table or on the map (or press Ctrl+D) to add or remove them; double-click a column header to select that country.</source>
        <translation>{0} de {1} países. Ctrl+clic en los países de la tabla o del mapa (o Ctrl+D) para añadirlos o quitarlos; doble clic en el encabezado de una columna para seleccionar ese país.</translation>
    </message>
</context>
<context>
    <name>CountryTable</name>
    <message>
        <location filename="../../app/ui/country_model.py" line="131"/>
        <source>Not in force for this country</source>
        <translation>No está en vigor para este país</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="156"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="157"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="158"/>
        <source>Mine Ban Treaty</source>
        <translation>Prohibición de Minas</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="159"/>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="160"/>
        <source>Cluster Munitions</source>
        <translation>Municiones en racimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="247"/>
        <source>Latest casualties</source>
        <translation>Últimas víctimas</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="164"/>
        <source>Country or area</source>
        <translation>País o territorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="165"/>
        <source>UN M49 sub-region (hover a cell for the region)</source>
        <translation>Subregión M49 de la ONU (pase el cursor sobre una celda para ver la región)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="166"/>
        <source>Standing under the Anti-Personnel Mine Ban Convention (1997)</source>
        <translation>Situación respecto de la Convención sobre la Prohibición de las Minas Antipersonal (1997)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="167"/>
        <source>Date the Mine Ban Treaty entered into force for the country</source>
        <translation>Fecha de entrada en vigor del Tratado de Prohibición de Minas para el país</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="168"/>
        <source>Standing under the Convention on Cluster Munitions (2008)</source>
        <translation>Situación respecto de la Convención sobre Municiones en Racimo (2008)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="248"/>
        <source>Casualties {0}</source>
        <translation>Víctimas {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="252"/>
        <source>Mine/ERW casualties in the latest year with data (Landmine Monitor)</source>
        <translation>Víctimas de minas/REG en el último año con datos (Landmine Monitor)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="253"/>
        <source>Mine/ERW casualties in {0} (Landmine Monitor); a greyed figure is the latest from an earlier year</source>
        <translation>Víctimas de minas/REG en {0} (Landmine Monitor); una cifra en gris es la última de un año anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="78"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="80"/>
        <source>Arrow keys select a country; Ctrl+click or Ctrl+D adds it to the comparison</source>
        <translation>Las flechas seleccionan un país; Ctrl+clic o Ctrl+D lo añade a la comparación</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="100"/>
        <source>Columns: click to sort</source>
        <translation>Columnas: haga clic para ordenar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="92"/>
        <source>Export fact sheets</source>
        <translation>Exportar fichas informativas</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="99"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="113"/>
        <source>Separate files, one per country</source>
        <translation>Archivos separados, uno por país</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="114"/>
        <source>One briefing pack (cover, contents, all sheets)</source>
        <translation>Un dosier informativo (portada, índice, todas las fichas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="122"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="123"/>
        <source>HTML (accessible: headings, tables, text for charts)</source>
        <translation>HTML (accesible: títulos, tablas, texto de los gráficos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="125"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="126"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="132"/>
        <source>Low ink (no filled areas)</source>
        <translation>Ahorro de tinta (sin áreas rellenas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="133"/>
        <source>Open the result when done</source>
        <translation>Abrir el resultado al terminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="139"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="146"/>
        <source>Output:</source>
        <translation>Salida:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="148"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="149"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="150"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="152"/>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="163"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="199"/>
        <source>none selected</source>
        <translation>ninguno seleccionado</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="200"/>
        <source>Current country ({0})</source>
        <translation>País actual ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="203"/>
        <source>Compared countries ({0})</source>
        <translation>Países comparados ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="205"/>
        <source>Filtered set: {0}</source>
        <translation>Selección filtrada: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="206"/>
        <source>All countries ({0})</source>
        <translation>Todos los países ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="270"/>
        <source>Save HTML as</source>
        <translation>Guardar el HTML como</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="270"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="272"/>
        <source>Save PDF as</source>
        <translation>Guardar PDF como</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="272"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="277"/>
        <source>Folder for the fact sheets</source>
        <translation>Carpeta para las fichas informativas</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="293"/>
        <source>No country to export.</source>
        <translation>No hay ningún país que exportar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="296"/>
        <source>Choose where to save the PDF.</source>
        <translation>Elija dónde guardar el PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="306"/>
        <source>Nothing was written.</source>
        <translation>No se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="313"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="315"/>
        <source>{0} files already exist in {1}. Replace them?</source>
        <translation>Ya existen {0} archivos en {1}. ¿Reemplazarlos?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="318"/>
        <source>Replace files?</source>
        <translation>¿Reemplazar los archivos?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="329"/>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="331"/>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="350"/>
        <source>{0} of {1} sheets</source>
        <translation>{0} de {1} fichas</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="358"/>
        <source>Wrote {0} file(s) to {1}</source>
        <translation>{0} archivo(s) escrito(s) en {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="385"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="404"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="81"/>
        <source>Export failed unexpectedly: {0}</source>
        <translation>La exportación falló de forma inesperada: {0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="50"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="54"/>
        <source>Search countries, e.g. cote, KHM, Myanmar…</source>
        <translation>Buscar países, p.&#xa0;ej. cote, KHM, Myanmar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="55"/>
        <source>Search countries</source>
        <translation>Buscar países</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="57"/>
        <source>Name, alternative name or ISO code; accents and case are ignored. Press Enter to select the first match.</source>
        <translation>Nombre, nombre alternativo o código ISO; no se distinguen acentos ni mayúsculas. Pulse Intro para seleccionar el primer resultado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="71"/>
        <source>Region or sub-region</source>
        <translation>Región o subregión</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="72"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="88"/>
        <source>Mine Ban Treaty standing</source>
        <translation>Situación – Tratado de Prohibición de Minas</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="89"/>
        <source>Mine Ban Treaty: any</source>
        <translation>Prohibición de Minas: todos</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="90"/>
        <source>Cluster Munitions standing</source>
        <translation>Situación – Municiones en racimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="91"/>
        <source>Cluster Munitions: any</source>
        <translation>Municiones en racimo: todos</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="93"/>
        <source>With casualty data</source>
        <translation>Con datos de víctimas</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="95"/>
        <source>Only countries with casualty data</source>
        <translation>Solo los países con datos de víctimas</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="97"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="99"/>
        <source>Clear all filters</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="100"/>
        <source>Show all countries again</source>
        <translation>Volver a mostrar todos los países</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="104"/>
        <source>Active filter</source>
        <translation>Filtro activo</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="224"/>
        <source>Showing: {0}</source>
        <translation>Mostrando: {0}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="35"/>
        <source>not reported</source>
        <translation>no comunicado</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="40"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="85"/>
        <source>US${0} billion</source>
        <translation>{0} mil millones US$</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="87"/>
        <source>US${0} million</source>
        <translation>{0} millones US$</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="88"/>
        <source>US${0}</source>
        <translation>{0} US$</translation>
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
        <translation>Comparar países</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>&amp;Export fact sheet…</source>
        <translation>&amp;Exportar fichas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Write PDF fact sheets for the selection or the filtered countries</source>
        <translation>Generar fichas informativas en PDF para la selección o los países filtrados</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>Preview and print the selected country&apos;s fact sheet</source>
        <translation>Previsualizar e imprimir la ficha del país seleccionado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>Export &amp;visible rows as CSV…</source>
        <translation>Exportar filas &amp;visibles a CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165"/>
        <source>Save the countries in the table, as filtered and sorted, to a CSV file</source>
        <translation>Guardar los países de la tabla, filtrados y ordenados, en un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>&amp;Find country</source>
        <translation>&amp;Buscar país</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>Clear &amp;selection</source>
        <translation>Borrar la &amp;selección</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>Clear fil&amp;ters</source>
        <translation>Borrar &amp;filtros</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Add to or remove from &amp;comparison</source>
        <translation>Añadir a la &amp;comparación o quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>Clear compa&amp;rison</source>
        <translation>&amp;Vaciar la comparación</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Next pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>Pre&amp;vious pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>&amp;Whole world</source>
        <translation>&amp;Todo el mundo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>&amp;Zoom map to selection</source>
        <translation>&amp;Zoom a la selección</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;Data sources…</source>
        <translation>&amp;Fuentes de datos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187"/>
        <source>&amp;About Landmine Fact Sheets</source>
        <translation>&amp;Acerca de Landmine Fact Sheets</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>&amp;Colour map by</source>
        <translation>&amp;Colorear el mapa según</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="220"/>
        <source>Show &amp;comparison</source>
        <translation>Mostrar la com&amp;paración</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="301"/>
        <source>{0} of {1} countries · dataset {2}, as of {3} · F1: data sources</source>
        <translation>{0} de {1} países · conjunto de datos {2}, al {3} · F1: fuentes de datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="342"/>
        <source>Export visible rows as CSV</source>
        <translation>Exportar las filas visibles a CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="343"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>Export failed</source>
        <translation>Error de exportación</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>Could not write {0}: {1}</source>
        <translation>No se pudo escribir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>Saved {0} rows to {1}</source>
        <translation>{0} filas guardadas en {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365"/>
        <source>PDF export</source>
        <translation>La exportación a PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="375"/>
        <source>Select a country first, then print its fact sheet.</source>
        <translation>Seleccione primero un país y luego imprima su ficha.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="380"/>
        <source>Printing</source>
        <translation>La impresión</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="389"/>
        <source>{0} is not available in this build of the program.</source>
        <translation>{0} no está disponible en esta versión del programa.</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../../app/ui/colors.py" line="45"/>
        <source>Mine Ban Treaty standing</source>
        <translation>Prohibición de Minas</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="46"/>
        <source>Cluster Munitions standing</source>
        <translation>Municiones en racimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="47"/>
        <source>Latest casualties</source>
        <translation>Últimas víctimas</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="172"/>
        <source>{0} or more</source>
        <translation>{0} o más</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="174"/>
        <source>fewer than {0}</source>
        <translation>menos de {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="218"/>
        <source>Casualties in {0}</source>
        <translation>Víctimas en {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="231"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="68"/>
        <source>Colour the map by</source>
        <translation>Colorear el mapa según</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="72"/>
        <source>Colour by</source>
        <translation>Colorear por</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="77"/>
        <source>Casualty figures of the year</source>
        <translation>Cifras de víctimas del año</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="78"/>
        <source>The year whose casualty figures colour the map and fill the table; a country without a figure for it shows its latest earlier one, marked as older</source>
        <translation>El año cuyas cifras de víctimas colorean el mapa y llenan la tabla; un país sin cifra para ese año muestra su última cifra anterior, marcada como más antigua</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="85"/>
        <source>Casualties in</source>
        <translation>Víctimas en</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="88"/>
        <source>Whole world</source>
        <translation>Todo el mundo</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="90"/>
        <source>Show the whole world</source>
        <translation>Mostrar todo el mundo</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="91"/>
        <source>Zoom out to the whole world (0 on the map)</source>
        <translation>Alejar hasta todo el mundo (0 en el mapa)</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="93"/>
        <source>Zoom to selection</source>
        <translation>Zoom a la selección</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="95"/>
        <source>Zoom the map to the selected country</source>
        <translation>Acercar el mapa al país seleccionado</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="97"/>
        <source>Click or type a name: select · Ctrl+click: compare · wheel/drag: zoom and pan</source>
        <translation>Clic o escribir un nombre: seleccionar · Ctrl+clic: comparar · rueda/arrastrar: zoom y desplazamiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="98"/>
        <source>Click: select · Ctrl+click: compare · wheel/drag: zoom and pan</source>
        <translation>Clic: seleccionar · Ctrl+clic: comparar · rueda/arrastrar: zoom, mover</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="99"/>
        <source>Ctrl+click: compare</source>
        <translation>Ctrl+clic: comparar</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="231"/>
        <source>The world map is not available: {0}</source>
        <translation>El mapa del mundo no está disponible: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="288"/>
        <source>Selected: {0}.</source>
        <translation>Seleccionado: {0}.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../app/ui/map_view.py" line="57"/>
        <source>World map</source>
        <translation>Mapa del mundo</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_view.py" line="59"/>
        <source>Click a country to select it, Ctrl+click to compare. By keyboard: type a country&apos;s name, or Ctrl+arrow keys for the nearest country that way. Wheel or +/- to zoom, drag or arrow keys to pan, 0 to reset.</source>
        <translation>Haga clic en un país para seleccionarlo, Ctrl+clic para comparar. Con el teclado: escriba el nombre de un país, o Ctrl+flechas para el país más cercano en esa dirección. Rueda o +/- para ampliar, arrastrar o flechas para desplazar, 0 para restablecer.</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="113"/>
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
        <location filename="../../app/ui/pack_dialog.py" line="132"/>
        <source>Import data pack</source>
        <translation>Importar paquete de datos</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="135"/>
        <source>Data packs (*.lfpack);;All files (*)</source>
        <translation>Paquetes de datos (*.lfpack);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="142"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="152"/>
        <source>Now using dataset %1.</source>
        <translation>Conjunto de datos en uso: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="161"/>
        <source>Restore previous data</source>
        <translation>Restaurar datos anteriores</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="170"/>
        <source>The bundled data is in use: there is nothing to restore.</source>
        <translation>Se usan los datos incluidos con la aplicación: no hay nada que restaurar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="176"/>
        <source>Go back to:</source>
        <translation>Volver a:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="163"/>
        <location filename="../../app/ui/pack_dialog.py" line="188"/>
        <source>the bundled data</source>
        <translation>los datos incluidos con la aplicación</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="166"/>
        <location filename="../../app/ui/pack_dialog.py" line="188"/>
        <source>state %1</source>
        <translation>el estado %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="177"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="189"/>
        <source>Now using %1.</source>
        <translation>En uso: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="203"/>
        <source>This window shows %1, chosen at start; the new data opens without --db.</source>
        <translation>Esta ventana muestra %1, elegido al inicio; los datos nuevos se abren sin --db.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="112"/>
        <location filename="../../app/ui/pack_dialog.py" line="204"/>
        <location filename="../../app/ui/pack_dialog.py" line="209"/>
        <source>Data packs</source>
        <translation>Paquetes de datos</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/ui/preview.py" line="125"/>
        <source>Fact sheet: {0}</source>
        <translation>Ficha informativa: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="133"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="134"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="136"/>
        <source>Low ink</source>
        <translation>Ahorro de tinta</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="140"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="143"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="145"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="150"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="152"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="153"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="166"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="228"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="228"/>
        <source>{0} pages</source>
        <translation>{0} páginas</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="327"/>
        <source>{0} fact sheet</source>
        <translation>Ficha informativa – {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="342"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="342"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="391"/>
        <source>Save PDF as</source>
        <translation>Guardar PDF como</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="392"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="400"/>
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
        <location filename="../../app/ui/detail_pane.py" line="53"/>
        <source>Country profile</source>
        <translation>Perfil del país</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="108"/>
        <source>Treaties</source>
        <translation>Tratados</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="109"/>
        <source>Casualties</source>
        <translation>Víctimas</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="111"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="112"/>
        <source>Donor facts</source>
        <translation>Datos sobre donantes</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="113"/>
        <source>Policy timeline</source>
        <translation>Cronología de políticas</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="114"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="142"/>
        <source>Treaties and casualties</source>
        <translation>Tratados y víctimas</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="145"/>
        <source>Mine Ban Treaty membership</source>
        <translation>Adhesión al Tratado de Prohibición de Minas</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="147"/>
        <source>States Parties to the Mine Ban Treaty</source>
        <translation>Estados Parte del Tratado de Prohibición de Minas</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="151"/>
        <source>Key figures, timeline and sources</source>
        <translation>Cifras clave, cronología y fuentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="277"/>
        <source>World</source>
        <translation>Mundo</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="278"/>
        <source>World overview</source>
        <translation>Panorama mundial</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="280"/>
        <source>Select a country in the table or on the map, or type its name in the search box (Ctrl+F), to see its profile.</source>
        <translation>Seleccione un país en la tabla o en el mapa, o escriba su nombre en el cuadro de búsqueda (Ctrl+F), para ver su perfil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="360"/>
        <source>Dataset {0}, as of {1}. Click a numbered note for its source.</source>
        <translation>Conjunto de datos {0}, actualizado al {1}. Haga clic en una nota numerada para ver su fuente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="372"/>
        <source>No casualty figure in this dataset for {0}</source>
        <translation>Ninguna cifra de víctimas en este conjunto de datos para {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="371"/>
        <source>Casualties per year, {0}</source>
        <translation>Víctimas por año, {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="376"/>
        <source>Years reported without a total (not drawn as 0): {0}.</source>
        <translation>Años comunicados sin total (no se dibujan como 0): {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="382"/>
        <source>No figure in this dataset for {0}: an empty year is not 0.</source>
        <translation>Sin cifra en este conjunto de datos para {0}: un año vacío no es 0.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="395"/>
        <source>{0}: in force {1}</source>
        <translation>{0}: en vigor {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="399"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
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
</TS>
