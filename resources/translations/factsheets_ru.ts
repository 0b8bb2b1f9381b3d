<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="101"/>
        <source>About Landmine Fact Sheets and its data</source>
        <translation>О программе Landmine Fact Sheets и её данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="110"/>
        <source>&lt;h2&gt;Landmine Fact Sheets {version}&lt;/h2&gt;&lt;p&gt;Offline fact sheets on landmine treaties, casualties and victim assistance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dataset&lt;/b&gt; {dataset}, as of {as_of} (schema {schema}) &amp;middot; {count} sources cited.&lt;br&gt;Every figure carries its source; a figure this dataset lacks is named as such, never shown as 0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Landmine Fact Sheets {version}&lt;/h2&gt;&lt;p&gt;Офлайн-справки о договорах по наземным минам, жертвах и помощи жертвам.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Набор данных&lt;/b&gt; {dataset} по состоянию на {as_of} (схема {schema}) &amp;middot; цитируемых источников: {count}.&lt;br&gt;Для каждой цифры указан источник; если цифры нет в этом наборе данных, так и сказано — она никогда не показывается как 0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="124"/>
        <source>Filter sources…</source>
        <translation>Фильтр источников…</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="125"/>
        <source>Filter sources</source>
        <translation>Фильтр источников</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="130"/>
        <source>Data sources</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="132"/>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="132"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="132"/>
        <source>Edition</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="133"/>
        <source>Address (URL)</source>
        <translation>Адрес (URL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="133"/>
        <source>Consulted</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="164"/>
        <source>Copy all sources</source>
        <translation>Копировать все источники</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="165"/>
        <source>Copy every source as text</source>
        <translation>Копировать все источники как текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="173"/>
        <source>Double-click a source for its full citation. Links are shown as text and never opened.</source>
        <translation>Дважды щёлкните источник, чтобы увидеть его полное описание. Ссылки показываются как текст и никогда не открываются.</translation>
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
        <translation>Жертвы по годам</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="152"/>
        <source>No casualty figures reported</source>
        <translation>Данные о жертвах не сообщаются</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="195"/>
        <source>n/r</source>
        <translation>н/с</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="257"/>
        <source>no figure in this dataset (not 0)</source>
        <translation>в этом наборе данных нет цифры (это не 0)</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="285"/>
        <source>States Parties over time</source>
        <translation>Число государств-участников по годам</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="299"/>
        <source>No membership data</source>
        <translation>Нет данных об участии</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="306"/>
        <source>{0} States Parties by {1}</source>
        <translation>Государств-участников к {1}&#xa0;г.: {0}</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../app/ui/compare.py" line="42"/>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="45"/>
        <source>Remove selected column</source>
        <translation>Убрать выбранный столбец</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="47"/>
        <source>Remove the selected country from the comparison</source>
        <translation>Убрать выбранную страну из сравнения</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="48"/>
        <location filename="../../app/ui/compare.py" line="50"/>
        <source>Clear comparison</source>
        <translation>Очистить сравнение</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="53"/>
        <source>Countries side by side</source>
        <translation>Страны рядом для сравнения</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare.py" line="79"/>
        <source>{0} of {1} countries. Ctrl+click countries in the table or on the map (or press Ctrl+D) to add or remove them; double-click a column header to select that country.</source>
        <translation>Стран: {0} из {1}. Ctrl+щелчок по стране в таблице или на карте (или Ctrl+D) добавляет или убирает её; двойной щелчок по заголовку столбца выбирает эту страну.</translation>
    </message>
</context>
<context>
    <name>CountryTable</name>
    <message>
        <location filename="../../app/ui/country_model.py" line="131"/>
        <source>Not in force for this country</source>
        <translation>Для этой страны не вступил в силу</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="156"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="157"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="158"/>
        <source>Mine Ban Treaty</source>
        <translation>Запрещение мин</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="159"/>
        <source>In force</source>
        <translation>В силе с</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="160"/>
        <source>Cluster Munitions</source>
        <translation>Кассетные боеприпасы</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="247"/>
        <source>Latest casualties</source>
        <translation>Жертвы</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="164"/>
        <source>Country or area</source>
        <translation>Страна или территория</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="165"/>
        <source>UN M49 sub-region (hover a cell for the region)</source>
        <translation>Субрегион по классификации ООН M49 (наведите курсор на ячейку, чтобы увидеть регион)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="166"/>
        <source>Standing under the Anti-Personnel Mine Ban Convention (1997)</source>
        <translation>Статус по Конвенции о запрещении противопехотных мин (1997&#xa0;г.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="167"/>
        <source>Date the Mine Ban Treaty entered into force for the country</source>
        <translation>Дата вступления Договора о запрещении мин в силу для страны</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="168"/>
        <source>Standing under the Convention on Cluster Munitions (2008)</source>
        <translation>Статус по Конвенции по кассетным боеприпасам (2008&#xa0;г.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="248"/>
        <source>Casualties {0}</source>
        <translation>Жертвы, {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="252"/>
        <source>Mine/ERW casualties in the latest year with data (Landmine Monitor)</source>
        <translation>Жертвы мин/ВПВ за последний год с данными (Landmine Monitor)</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_model.py" line="253"/>
        <source>Mine/ERW casualties in {0} (Landmine Monitor); a greyed figure is the latest from an earlier year</source>
        <translation>Жертвы мин/ВПВ в {0}&#xa0;г. (Landmine Monitor); серая цифра — последняя за более ранний год</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="78"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="80"/>
        <source>Arrow keys select a country; Ctrl+click or Ctrl+D adds it to the comparison</source>
        <translation>Клавиши со стрелками выбирают страну; Ctrl+щелчок или Ctrl+D добавляет её в сравнение</translation>
    </message>
    <message>
        <location filename="../../app/ui/country_table.py" line="100"/>
        <source>Columns: click to sort</source>
        <translation>Столбцы: щёлкните для сортировки</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="92"/>
        <source>Export fact sheets</source>
        <translation>Экспорт информационных справок</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="99"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="113"/>
        <source>Separate files, one per country</source>
        <translation>Отдельные файлы, по одному на страну</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="114"/>
        <source>One briefing pack (cover, contents, all sheets)</source>
        <translation>Один информационный пакет (обложка, содержание, все справки)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="122"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="123"/>
        <source>HTML (accessible: headings, tables, text for charts)</source>
        <translation>HTML (доступный формат: заголовки, таблицы, текстовое описание диаграмм)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="125"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="126"/>
        <source>US Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="132"/>
        <source>Low ink (no filled areas)</source>
        <translation>Экономия чернил (без заливки)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="133"/>
        <source>Open the result when done</source>
        <translation>Открыть результат по завершении</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="139"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="146"/>
        <source>Output:</source>
        <translation>Вывод:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="148"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="149"/>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="150"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="152"/>
        <source>Save to:</source>
        <translation>Сохранить в:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="163"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="199"/>
        <source>none selected</source>
        <translation>страна не выбрана</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="200"/>
        <source>Current country ({0})</source>
        <translation>Текущая страна ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="203"/>
        <source>Compared countries ({0})</source>
        <translation>Сравниваемые страны ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="205"/>
        <source>Filtered set: {0}</source>
        <translation>Отфильтрованный набор: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="206"/>
        <source>All countries ({0})</source>
        <translation>Все страны ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="270"/>
        <source>Save HTML as</source>
        <translation>Сохранить HTML как</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="270"/>
        <source>HTML files (*.html)</source>
        <translation>Файлы HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="272"/>
        <source>Save PDF as</source>
        <translation>Сохранить PDF как</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="272"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="277"/>
        <source>Folder for the fact sheets</source>
        <translation>Папка для справок</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="293"/>
        <source>No country to export.</source>
        <translation>Нет стран для экспорта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="296"/>
        <source>Choose where to save the PDF.</source>
        <translation>Выберите, куда сохранить PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="306"/>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="313"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} уже существует. Заменить?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="315"/>
        <source>{0} files already exist in {1}. Replace them?</source>
        <translation>В папке {1} уже есть такие файлы ({0}&#xa0;шт.). Заменить их?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="318"/>
        <source>Replace files?</source>
        <translation>Заменить файлы?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="329"/>
        <source>Preparing…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="331"/>
        <source>Cancel export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="350"/>
        <source>{0} of {1} sheets</source>
        <translation>Справок: {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="358"/>
        <source>Wrote {0} file(s) to {1}</source>
        <translation>Записано файлов: {0} (в {1})</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="385"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="404"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="81"/>
        <source>Export failed unexpectedly: {0}</source>
        <translation>Экспорт неожиданно завершился ошибкой: {0}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="50"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="54"/>
        <source>Search countries, e.g. cote, KHM, Myanmar…</source>
        <translation>Поиск стран, напр. cote, KHM, Myanmar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="55"/>
        <source>Search countries</source>
        <translation>Поиск стран</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="57"/>
        <source>Name, alternative name or ISO code; accents and case are ignored. Press Enter to select the first match.</source>
        <translation>Название, другое название или код ISO; диакритические знаки и регистр не учитываются. Нажмите Enter, чтобы выбрать первое совпадение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="71"/>
        <source>Region or sub-region</source>
        <translation>Регион или субрегион</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="72"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="88"/>
        <source>Mine Ban Treaty standing</source>
        <translation>Статус по Договору о запрещении мин</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="89"/>
        <source>Mine Ban Treaty: any</source>
        <translation>Запрещение мин: все</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="90"/>
        <source>Cluster Munitions standing</source>
        <translation>Статус по Конвенции по кассетным боеприпасам</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="91"/>
        <source>Cluster Munitions: any</source>
        <translation>Кассетные боеприпасы: все</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="93"/>
        <source>With casualty data</source>
        <translation>С данными о жертвах</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="95"/>
        <source>Only countries with casualty data</source>
        <translation>Только страны с данными о жертвах</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="97"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="99"/>
        <source>Clear all filters</source>
        <translation>Сбросить все фильтры</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="100"/>
        <source>Show all countries again</source>
        <translation>Снова показать все страны</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="104"/>
        <source>Active filter</source>
        <translation>Активный фильтр</translation>
    </message>
    <message>
        <location filename="../../app/ui/filter_bar.py" line="224"/>
        <source>Showing: {0}</source>
        <translation>Показано: {0}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="35"/>
        <source>not reported</source>
        <translation>не сообщается</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="40"/>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="85"/>
        <source>US${0} billion</source>
        <translation>{0}&#xa0;млрд долл. США</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="87"/>
        <source>US${0} million</source>
        <translation>{0}&#xa0;млн долл. США</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="88"/>
        <source>US${0}</source>
        <translation>{0}&#xa0;долл. США</translation>
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
        <translation>Сравнение стран</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Status</source>
        <translation>Строка состояния</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>&amp;Export fact sheet…</source>
        <translation>&amp;Экспорт справок в PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Write PDF fact sheets for the selection or the filtered countries</source>
        <translation>Создать PDF-справки по выбранной стране или отфильтрованным странам</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>Preview and print the selected country&apos;s fact sheet</source>
        <translation>Просмотреть и напечатать справку по выбранной стране</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>Export &amp;visible rows as CSV…</source>
        <translation>Экспорт &amp;видимых строк в CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165"/>
        <source>Save the countries in the table, as filtered and sorted, to a CSV file</source>
        <translation>Сохранить страны из таблицы (с учётом фильтров и сортировки) в файл CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>&amp;Find country</source>
        <translation>&amp;Найти страну</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>Clear &amp;selection</source>
        <translation>Снять &amp;выделение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>Clear fil&amp;ters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Add to or remove from &amp;comparison</source>
        <translation>Добавить в &amp;сравнение или убрать из него</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>Clear compa&amp;rison</source>
        <translation>&amp;Очистить сравнение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Next pane</source>
        <translation>Сл&amp;едующая панель</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>Pre&amp;vious pane</source>
        <translation>Пре&amp;дыдущая панель</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>&amp;Whole world</source>
        <translation>&amp;Весь мир</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>&amp;Zoom map to selection</source>
        <translation>&amp;Приблизить к выбранной стране</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;Data sources…</source>
        <translation>&amp;Источники данных…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187"/>
        <source>&amp;About Landmine Fact Sheets</source>
        <translation>&amp;О программе Landmine Fact Sheets</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>&amp;Colour map by</source>
        <translation>&amp;Раскраска карты</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="220"/>
        <source>Show &amp;comparison</source>
        <translation>Показать &amp;сравнение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="301"/>
        <source>{0} of {1} countries · dataset {2}, as of {3} · F1: data sources</source>
        <translation>Стран: {0} из {1} · набор данных {2} по состоянию на {3} · F1: источники данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="342"/>
        <source>Export visible rows as CSV</source>
        <translation>Экспорт видимых строк в CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="343"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>Could not write {0}: {1}</source>
        <translation>Не удалось записать {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>Saved {0} rows to {1}</source>
        <translation>Сохранено строк: {0} (в {1})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365"/>
        <source>PDF export</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="375"/>
        <source>Select a country first, then print its fact sheet.</source>
        <translation>Сначала выберите страну, затем напечатайте её справку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="380"/>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="389"/>
        <source>{0} is not available in this build of the program.</source>
        <translation>{0}: функция недоступна в этой сборке программы.</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../../app/ui/colors.py" line="45"/>
        <source>Mine Ban Treaty standing</source>
        <translation>Договор о запрещении мин</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="46"/>
        <source>Cluster Munitions standing</source>
        <translation>Кассетные боеприпасы</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="47"/>
        <source>Latest casualties</source>
        <translation>Последние данные о жертвах</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="172"/>
        <source>{0} or more</source>
        <translation>{0} и более</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="174"/>
        <source>fewer than {0}</source>
        <translation>менее {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="218"/>
        <source>Casualties in {0}</source>
        <translation>Жертвы в {0}&#xa0;г.</translation>
    </message>
    <message>
        <location filename="../../app/ui/colors.py" line="231"/>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="68"/>
        <source>Colour the map by</source>
        <translation>Раскраска карты по показателю</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="72"/>
        <source>Colour by</source>
        <translation>Раскраска</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="77"/>
        <source>Casualty figures of the year</source>
        <translation>Год данных о жертвах</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="78"/>
        <source>The year whose casualty figures colour the map and fill the table; a country without a figure for it shows its latest earlier one, marked as older</source>
        <translation>Год, по данным о жертвах за который раскрашивается карта и заполняется таблица; для страны без цифры за этот год показывается её последняя более ранняя цифра с пометкой, что она старше</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="85"/>
        <source>Casualties in</source>
        <translation>Жертвы за</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="88"/>
        <source>Whole world</source>
        <translation>Весь мир</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="90"/>
        <source>Show the whole world</source>
        <translation>Показать весь мир</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="91"/>
        <source>Zoom out to the whole world (0 on the map)</source>
        <translation>Отдалить до всего мира (0 на карте)</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="93"/>
        <source>Zoom to selection</source>
        <translation>К выбранной стране</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="95"/>
        <source>Zoom the map to the selected country</source>
        <translation>Приблизить карту к выбранной стране</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="97"/>
        <source>Click or type a name: select · Ctrl+click: compare · wheel/drag: zoom and pan</source>
        <translation>Щелчок или ввод названия: выбор · Ctrl+щелчок: сравнение · колесо/перетаскивание: масштаб, сдвиг</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="98"/>
        <source>Click: select · Ctrl+click: compare · wheel/drag: zoom and pan</source>
        <translation>Щелчок: выбор · Ctrl+щелчок: сравнение · колесо/перетаскивание: масштаб, сдвиг</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="99"/>
        <source>Ctrl+click: compare</source>
        <translation>Ctrl+щелчок: сравнение</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="231"/>
        <source>The world map is not available: {0}</source>
        <translation>Карта мира недоступна: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_panel.py" line="288"/>
        <source>Selected: {0}.</source>
        <translation>Выбрана страна: {0}.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../app/ui/map_view.py" line="57"/>
        <source>World map</source>
        <translation>Карта мира</translation>
    </message>
    <message>
        <location filename="../../app/ui/map_view.py" line="59"/>
        <source>Click a country to select it, Ctrl+click to compare. By keyboard: type a country&apos;s name, or Ctrl+arrow keys for the nearest country that way. Wheel or +/- to zoom, drag or arrow keys to pan, 0 to reset.</source>
        <translation>Щёлкните страну, чтобы выбрать её, Ctrl+щелчок — чтобы сравнить. С клавиатуры: введите название страны или нажмите Ctrl+стрелку, чтобы перейти к ближайшей стране в этом направлении. Колесо или +/- — масштаб, перетаскивание или клавиши со стрелками — сдвиг, 0 — сброс.</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="113"/>
        <source>This copy of the app lacks %1, which data packs need.</source>
        <translation>В этой копии приложения нет модуля %1, необходимого для пакетов данных.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="98"/>
        <source>&amp;Import data pack…</source>
        <translation>&amp;Импорт пакета данных…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="100"/>
        <source>Preview and import a .lfpack data update or an organisation&apos;s own figures</source>
        <translation>Просмотреть и импортировать обновление данных .lfpack или собственные данные организации</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="102"/>
        <source>&amp;Restore previous data…</source>
        <translation>Восстановить п&amp;редыдущие данные…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="103"/>
        <source>Undo the last data pack import or removal</source>
        <translation>Отменить последний импорт или удаление пакета данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="132"/>
        <source>Import data pack</source>
        <translation>Импорт пакета данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="135"/>
        <source>Data packs (*.lfpack);;All files (*)</source>
        <translation>Пакеты данных (*.lfpack);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="142"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="152"/>
        <source>Now using dataset %1.</source>
        <translation>Используется набор данных %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="161"/>
        <source>Restore previous data</source>
        <translation>Восстановление предыдущих данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="170"/>
        <source>The bundled data is in use: there is nothing to restore.</source>
        <translation>Используются встроенные данные: восстанавливать нечего.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="176"/>
        <source>Go back to:</source>
        <translation>Восстановить:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="163"/>
        <location filename="../../app/ui/pack_dialog.py" line="188"/>
        <source>the bundled data</source>
        <translation>встроенные данные</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="166"/>
        <location filename="../../app/ui/pack_dialog.py" line="188"/>
        <source>state %1</source>
        <translation>состояние %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="177"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="189"/>
        <source>Now using %1.</source>
        <translation>Используются: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="203"/>
        <source>This window shows %1, chosen at start; the new data opens without --db.</source>
        <translation>В этом окне показан файл %1, выбранный при запуске; новые данные откроются без --db.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="112"/>
        <location filename="../../app/ui/pack_dialog.py" line="204"/>
        <location filename="../../app/ui/pack_dialog.py" line="209"/>
        <source>Data packs</source>
        <translation>Пакеты данных</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="51"/>
        <source>Warning:</source>
        <translation>Предупреждение:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="57"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="63"/>
        <source>I trust where this pack came from; import it anyway</source>
        <translation>Я доверяю источнику этого пакета; всё равно импортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_dialog.py" line="79"/>
        <source>Data to go back to</source>
        <translation>Данные для восстановления</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="125"/>
        <source>Fact sheet: {0}</source>
        <translation>Справка: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="133"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="134"/>
        <source>US Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="136"/>
        <source>Low ink</source>
        <translation>Экономия чернил</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="140"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="143"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="145"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="150"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="152"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="153"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="166"/>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="228"/>
        <source>1 page</source>
        <translation>1 страница</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="228"/>
        <source>{0} pages</source>
        <translation>Страниц: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="327"/>
        <source>{0} fact sheet</source>
        <translation>Справка — {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="342"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="342"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить принтер.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="391"/>
        <source>Save PDF as</source>
        <translation>Сохранить PDF как</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="392"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview.py" line="400"/>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="53"/>
        <source>Country profile</source>
        <translation>Профиль страны</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="108"/>
        <source>Treaties</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="109"/>
        <source>Casualties</source>
        <translation>Жертвы</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="111"/>
        <source>Key figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="112"/>
        <source>Donor facts</source>
        <translation>Сведения о донорах</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="113"/>
        <source>Policy timeline</source>
        <translation>Хронология политики</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="114"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="142"/>
        <source>Treaties and casualties</source>
        <translation>Договоры и жертвы</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="145"/>
        <source>Mine Ban Treaty membership</source>
        <translation>Участие в Договоре о запрещении мин</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="147"/>
        <source>States Parties to the Mine Ban Treaty</source>
        <translation>Государства — участники Договора о запрещении мин</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="151"/>
        <source>Key figures, timeline and sources</source>
        <translation>Основные показатели, хронология и источники</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="277"/>
        <source>World</source>
        <translation>Мир</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="278"/>
        <source>World overview</source>
        <translation>Обзор по миру</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="280"/>
        <source>Select a country in the table or on the map, or type its name in the search box (Ctrl+F), to see its profile.</source>
        <translation>Выберите страну в таблице или на карте либо введите её название в поле поиска (Ctrl+F), чтобы увидеть её профиль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="360"/>
        <source>Dataset {0}, as of {1}. Click a numbered note for its source.</source>
        <translation>Набор данных {0} по состоянию на {1}. Щёлкните номер примечания, чтобы увидеть источник.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="371"/>
        <source>Casualties per year, {0}</source>
        <translation>Жертвы по годам: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="372"/>
        <source>No casualty figure in this dataset for {0}</source>
        <translation>{0}: в этом наборе данных нет цифр о жертвах</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="376"/>
        <source>Years reported without a total (not drawn as 0): {0}.</source>
        <translation>Годы, за которые данные сообщены без общего числа (не показаны как 0): {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="382"/>
        <source>No figure in this dataset for {0}: an empty year is not 0.</source>
        <translation>В этом наборе данных нет цифр за {0}: пустой год — это не 0.</translation>
    </message>
    <message>
        <location filename="../../app/ui/detail_pane.py" line="395"/>
        <source>{0}: in force {1}</source>
        <translation>{0}: в силе с {1}</translation>
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
        <translation>первичный (собственный документ издателя)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="33"/>
        <source>press report of a primary source</source>
        <translation>сообщение прессы о первичном источнике</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="34"/>
        <source>secondary (aggregator)</source>
        <translation>вторичный (агрегатор)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="48"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="62"/>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="63"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="64"/>
        <source>Edition</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="65"/>
        <source>Published</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="66"/>
        <source>Consulted</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="71"/>
        <source>Address (URL)</source>
        <translation>Адрес (URL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="74"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="75"/>
        <source>This program works offline and never opens links. Copy the address to look it up on a connected computer.</source>
        <translation>Эта программа работает без подключения к сети и никогда не открывает ссылки. Скопируйте адрес, чтобы открыть его на компьютере с доступом в интернет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="81"/>
        <source>Copy citation</source>
        <translation>Копировать описание источника</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="82"/>
        <source>Copy citation and address</source>
        <translation>Копировать описание и адрес</translation>
    </message>
</context>
</TS>
