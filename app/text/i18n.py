"""Printed labels in English, French and Spanish, and per-language dates and numbers.

Data text (event summaries, source titles) stays in the language of the source;
only the sheet's own wording is translated here. Dates known only to the year or
month print only the year or the month: a made-up day would be false precision.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton
from babel.numbers import format_compact_decimal, format_decimal

from app.core.dates import parse_partial_date
from app.core.models import STATUS_LABELS

LANGUAGES = ("en", "fr", "es")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "sheet_title": "Landmine fact sheet",
        "pack_title": "Landmine fact sheets",
        "pack_subtitle": "Briefing pack",
        "data_as_of": "Data as of {date}",
        "dataset": "Dataset {version}",
        "generated": "Generated {date}",
        "page_of": "Page {page} of {total}",
        "continued": "continued",
        "contents": "Contents",
        "countries_count": "{n} countries",
        "country_one": "1 country",
        "selection": "Selection",
        "cover_note": (
            "Each sheet gives treaty standing, casualty figures and other data as recorded in the "
            "dataset named on this page, with numbered sources. A missing figure is shown as "
            "“not reported”, never as zero."
        ),
        "region": "Region",
        "treaties": "Treaty status",
        "treaty": "Treaty",
        "standing": "Standing",
        "signed": "Signature",
        "deposit": "Deposit",
        "in_force": "Entry into force",
        "withdrawal": "Withdrawal",
        "notified": "notified {date}",
        "effective": "effective {date}",
        "no_data": "no data",
        "not_reported": "not reported",
        "computed_eif": (
            "computed from the deposit date by the treaty’s entry-into-force rule; "
            "not stated by the source"
        ),
        "key_figures": "Key figures",
        "casualties": "Casualties",
        "casualties_in": "{total} casualties in {year}",
        "killed_injured": "{killed} killed, {injured} injured",
        "reported_in": "Landmine Monitor {edition}",
        "change_on": "{change} on {year} ({previous})",
        "no_previous": "no figure for {year} in this dataset",
        "world_context": "World: {total} in {year}",
        "not_reported_editions": "not reported in Landmine Monitor {editions}",
        "not_reported_dataset": "not reported in this dataset",
        "not_reported_note": (
            "Not reported: no figure in the Landmine Monitor editions in this dataset ({editions})."
        ),
        "survivors": "Survivors",
        "victim_assistance": "Victim assistance",
        "clearance": "Clearance",
        "stockpiles": "Stockpiles",
        "funding": "Mine action funding",
        "earlier": "earlier",
        "chart_title": "Recorded mine/ERW casualties per year",
        "chart_note": "Landmine Monitor, newest edition per year. n/r: no figure in this dataset (no bar, not zero).",
        "timeline": "Policy timeline",
        "donor": "Donor facts",
        "sources": "Sources",
        "accessed": "accessed {date}",
        "map_title": "Location",
        "map_missing": "Locator map not available",
        "summaries_language": "",
        **STATUS_LABELS,  # one English wording for the CLI, the window and the sheets
        "ratification": "ratification",
        "accession": "accession",
        "acceptance": "acceptance",
        "approval": "approval",
        "succession": "succession",
    },
    "fr": {
        "sheet_title": "Fiche d’information sur les mines terrestres",
        "pack_title": "Fiches d’information sur les mines terrestres",
        "pack_subtitle": "Dossier d’information",
        "data_as_of": "Données au {date}",
        "dataset": "Jeu de données {version}",
        "generated": "Produit le {date}",
        "page_of": "Page {page} sur {total}",
        "continued": "suite",
        "contents": "Sommaire",
        "countries_count": "{n} pays",
        "country_one": "1 pays",
        "selection": "Sélection",
        "cover_note": (
            "Chaque fiche présente la situation au regard des traités, le nombre de victimes et "
            "d’autres données telles qu’elles figurent dans le jeu de données indiqué sur cette page, "
            "avec des sources numérotées. Une donnée manquante est indiquée « non communiqué », "
            "jamais zéro."
        ),
        "region": "Région",
        "treaties": "Situation au regard des traités",
        "treaty": "Traité",
        "standing": "Situation",
        "signed": "Signature",
        "deposit": "Dépôt",
        "in_force": "Entrée en vigueur",
        "withdrawal": "Retrait",
        "notified": "notifié le {date}",
        "effective": "effectif le {date}",
        "no_data": "aucune donnée",
        "not_reported": "non communiqué",
        "computed_eif": (
            "calculée à partir de la date de dépôt selon la règle d’entrée en vigueur du traité ; "
            "non indiquée par la source"
        ),
        "key_figures": "Chiffres clés",
        "casualties": "Victimes",
        "casualties_in": "{total} victimes en {year}",
        "killed_injured": "{killed} tués, {injured} blessés",
        "reported_in": "Observatoire des mines {edition}",
        "change_on": "{change} par rapport à {year} ({previous})",
        "no_previous": "aucun chiffre pour {year} dans ce jeu de données",
        "world_context": "Monde : {total} en {year}",
        "not_reported_editions": "non communiqué dans l’Observatoire des mines {editions}",
        "not_reported_dataset": "non communiqué dans ce jeu de données",
        "not_reported_note": (
            "Non communiqué : aucun chiffre dans les éditions de l’Observatoire des mines "
            "de ce jeu de données ({editions})."
        ),
        "survivors": "Survivants",
        "victim_assistance": "Assistance aux victimes",
        "clearance": "Déminage",
        "stockpiles": "Stocks",
        "funding": "Financement de l’action contre les mines",
        "earlier": "auparavant",
        "chart_title": "Victimes de mines/REG enregistrées par an",
        "chart_note": (
            "Observatoire des mines, édition la plus récente par année. "
            "n/c : aucun chiffre dans ce jeu de données (pas de barre, pas zéro)."
        ),
        "timeline": "Chronologie des politiques",
        "donor": "Le pays en tant que donateur",
        "sources": "Sources",
        "accessed": "consulté le {date}",
        "map_title": "Localisation",
        "map_missing": "Carte de localisation indisponible",
        "summaries_language": "Résumés des événements en anglais, langue des sources.",
        "party": "État partie",
        "signatory": "Signataire",
        "not_party": "Non partie",
        "withdrawal_pending": "Retrait annoncé",
        "withdrawn": "Retiré",
        "not_eligible": "Ne peut adhérer",
        "ratification": "ratification",
        "accession": "adhésion",
        "acceptance": "acceptation",
        "approval": "approbation",
        "succession": "succession",
    },
    "es": {
        "sheet_title": "Ficha informativa sobre minas terrestres",
        "pack_title": "Fichas informativas sobre minas terrestres",
        "pack_subtitle": "Dosier informativo",
        "data_as_of": "Datos a {date}",
        "dataset": "Conjunto de datos {version}",
        "generated": "Generado el {date}",
        "page_of": "Página {page} de {total}",
        "continued": "continuación",
        "contents": "Índice",
        "countries_count": "{n} países",
        "country_one": "1 país",
        "selection": "Selección",
        "cover_note": (
            "Cada ficha presenta la situación respecto de los tratados, las víctimas y otros datos "
            "tal como constan en el conjunto de datos indicado en esta página, con fuentes numeradas. "
            "Un dato que falta figura como «no comunicado», nunca como cero."
        ),
        "region": "Región",
        "treaties": "Situación respecto de los tratados",
        "treaty": "Tratado",
        "standing": "Situación",
        "signed": "Firma",
        "deposit": "Depósito",
        "in_force": "Entrada en vigor",
        "withdrawal": "Retirada",
        "notified": "notificada el {date}",
        "effective": "efectiva el {date}",
        "no_data": "sin datos",
        "not_reported": "no comunicado",
        "computed_eif": (
            "calculada a partir de la fecha de depósito según la regla de entrada en vigor del "
            "tratado; la fuente no la indica"
        ),
        "key_figures": "Cifras clave",
        "casualties": "Víctimas",
        "casualties_in": "{total} víctimas en {year}",
        "killed_injured": "{killed} muertos, {injured} heridos",
        "reported_in": "Monitor de Minas {edition}",
        "change_on": "{change} respecto de {year} ({previous})",
        "no_previous": "sin cifra para {year} en este conjunto de datos",
        "world_context": "Mundo: {total} en {year}",
        "not_reported_editions": "no comunicado en el Monitor de Minas {editions}",
        "not_reported_dataset": "no comunicado en este conjunto de datos",
        "not_reported_note": (
            "No comunicado: ninguna cifra en las ediciones del Monitor de Minas de este conjunto "
            "de datos ({editions})."
        ),
        "survivors": "Sobrevivientes",
        "victim_assistance": "Asistencia a víctimas",
        "clearance": "Desminado",
        "stockpiles": "Arsenales",
        "funding": "Financiación de la acción contra minas",
        "earlier": "antes",
        "chart_title": "Víctimas de minas/REG registradas por año",
        "chart_note": (
            "Monitor de Minas, edición más reciente por año. "
            "n/c: ninguna cifra en este conjunto de datos (sin barra, no cero)."
        ),
        "timeline": "Cronología de políticas",
        "donor": "El país como donante",
        "sources": "Fuentes",
        "accessed": "consultado el {date}",
        "map_title": "Ubicación",
        "map_missing": "Mapa de ubicación no disponible",
        "summaries_language": "Resúmenes de los hechos en inglés, idioma de las fuentes.",
        "party": "Estado parte",
        "signatory": "Signatario",
        "not_party": "No es parte",
        "withdrawal_pending": "Retirada anunciada",
        "withdrawn": "Retirado",
        "not_eligible": "No puede adherirse",
        "ratification": "ratificación",
        "accession": "adhesión",
        "acceptance": "aceptación",
        "approval": "aprobación",
        "succession": "sucesión",
    },
}

# Short treaty names for the table; the first line is the common name.
TREATY_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "APMBC": "Mine Ban Treaty (APMBC)",
        "CCM": "Convention on Cluster Munitions",
        "CCW_P5": "CCW Protocol V (explosive remnants of war)",
        "CCW_AP2": "CCW Amended Protocol II (mines)",
        "CRPD": "Convention on the Rights of Persons with Disabilities",
    },
    "fr": {
        "APMBC": "Traité d’interdiction des mines (Ottawa)",
        "CCM": "Convention sur les armes à sous-munitions",
        "CCW_P5": "CCAC Protocole V (restes explosifs de guerre)",
        "CCW_AP2": "CCAC Protocole II modifié (mines)",
        "CRPD": "Convention relative aux droits des personnes handicapées",
    },
    "es": {
        "APMBC": "Tratado de Prohibición de Minas (Ottawa)",
        "CCM": "Convención sobre Municiones en Racimo",
        "CCW_P5": "CCAC Protocolo V (restos explosivos de guerra)",
        "CCW_AP2": "CCAC Protocolo II enmendado (minas)",
        "CRPD": "Convención sobre los derechos de las personas con discapacidad",
    },
}

# Indicator labels for the country-level figures; unknown ids fall back to the database label.
INDICATOR_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "survivors_estimate": "Survivors",
        "casualties_cumulative": "All recorded casualties (killed and injured, cumulative)",
        "va_support_usd": "International support for victim assistance",
        "land_released_km2": "Land released",
        "land_cleared_km2": "Land cleared",
        "apm_destroyed": "Anti-personnel mines destroyed in clearance",
        "article5_deadline": "Article 5 clearance deadline",
        "article5_completed": "Article 5 completion declared",
        "stockpile_held": "Stockpiled anti-personnel mines",
        "stockpile_destruction_completed": "Stockpile destruction completed",
        "article4_deadline": "Article 4 stockpile destruction deadline",
        "retained_mines": "Mines retained for training and research",
        "apm_stockpile_destroyed": "Stockpiled mines destroyed in the year",
        "mine_action_support_usd": "Support for mine action",
        "mine_action_support_received_usd": "International mine action support received",
        "mine_action_contribution_usd": "Mine action funding contributed",
    },
    "fr": {
        "survivors_estimate": "Survivants",
        "casualties_cumulative": "Total des victimes recensées (tuées et blessées, cumul)",
        "va_support_usd": "Soutien international à l’assistance aux victimes",
        "land_released_km2": "Terres remises à disposition",
        "land_cleared_km2": "Terres déminées",
        "apm_destroyed": "Mines antipersonnel détruites lors du déminage",
        "article5_deadline": "Échéance de déminage (article 5)",
        "article5_completed": "Achèvement de l’article 5 déclaré",
        "stockpile_held": "Mines antipersonnel stockées",
        "stockpile_destruction_completed": "Destruction des stocks achevée",
        "article4_deadline": "Échéance de destruction des stocks (article 4)",
        "retained_mines": "Mines conservées pour la formation et la recherche",
        "apm_stockpile_destroyed": "Mines stockées détruites dans l’année",
        "mine_action_support_usd": "Soutien à l’action contre les mines",
        "mine_action_support_received_usd": "Soutien international reçu pour l’action contre les mines",
        "mine_action_contribution_usd": "Contribution à l’action contre les mines",
    },
    "es": {
        "survivors_estimate": "Sobrevivientes",
        "casualties_cumulative": "Total de víctimas registradas (muertas y heridas, acumulado)",
        "va_support_usd": "Apoyo internacional a la asistencia a víctimas",
        "land_released_km2": "Tierras liberadas",
        "land_cleared_km2": "Tierras despejadas",
        "apm_destroyed": "Minas antipersonal destruidas en el desminado",
        "article5_deadline": "Plazo de desminado (artículo 5)",
        "article5_completed": "Finalización del artículo 5 declarada",
        "stockpile_held": "Minas antipersonal almacenadas",
        "stockpile_destruction_completed": "Destrucción de arsenales completada",
        "article4_deadline": "Plazo de destrucción de arsenales (artículo 4)",
        "retained_mines": "Minas retenidas para formación e investigación",
        "apm_stockpile_destroyed": "Minas almacenadas destruidas en el año",
        "mine_action_support_usd": "Apoyo a la acción contra minas",
        "mine_action_support_received_usd": "Apoyo internacional recibido para la acción contra minas",
        "mine_action_contribution_usd": "Contribución a la acción contra minas",
    },
}

UNITS: dict[str, dict[str, str]] = {
    "en": {"km2": "km²", "mines": "mines", "people": "people"},
    "fr": {"km2": "km²", "mines": "mines", "people": "personnes"},
    "es": {"km2": "km²", "mines": "minas", "people": "personas"},
}


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; use one of {', '.join(LANGUAGES)}")
    return language


def label(key: str, language: str = "en", **values: object) -> str:
    """The printed wording for ``key``, formatted with ``values``; English if untranslated."""
    text = LABELS.get(language, LABELS["en"]).get(key)
    if text is None:
        text = LABELS["en"].get(key, key)
    return text.format(**values) if values else text


def status_label(status: str, language: str) -> str:
    return label(status, language) if status in LABELS["en"] else status


def treaty_name(treaty_id: str, language: str) -> str:
    return TREATY_NAMES.get(language, TREATY_NAMES["en"]).get(treaty_id, treaty_id)


def indicator_label(indicator_id: str, fallback: str, language: str) -> str:
    return INDICATOR_LABELS.get(language, {}).get(indicator_id, fallback)


def unit_label(unit: str | None, language: str) -> str:
    if not unit:
        return ""
    return UNITS.get(language, UNITS["en"]).get(unit, unit)


def format_date(text: str | None, language: str = "en", style: str = "medium") -> str:
    """``"1999"`` -> ``1999``; ``"2022-06"`` -> ``Jun 2022``; a full date per language.

    Text that is not a date is returned unchanged rather than hidden.
    """
    if not text:
        return ""
    try:
        year, month, day = parse_partial_date(text)
    except ValueError:
        return text
    if month is None:
        return str(year)
    skeleton = "yMMMM" if style == "long" else "yMMM"
    if day is None:
        return format_skeleton(skeleton, date(year, month, 1), locale=language)
    return babel_format_date(date(year, month, day), style, locale=language)


def format_day(day: date, language: str = "en", style: str = "long") -> str:
    return babel_format_date(day, style, locale=language)


def format_number(value: float | int, language: str = "en") -> str:
    return format_decimal(value, locale=language)


def format_signed(value: int, language: str = "en") -> str:
    """``+12`` / ``−12`` with a true minus sign so it cannot be read as a hyphen."""
    text = format_number(abs(value), language)
    if value > 0:
        return "+" + text
    if value < 0:
        return "\u2212" + text
    return "±0"


def format_usd(value: float | int, language: str = "en") -> str:
    """US$81.9 million: the order of magnitude matters on paper, not the last dollar."""
    if abs(value) >= 1_000_000:
        compact = format_compact_decimal(value, format_type="long", fraction_digits=1, locale=language)
    else:
        compact = format_number(value, language)
    return f"US${compact}"


def collapse_years(years: Iterable[int]) -> str:
    """2011, 2018, 2023, 2024, 2025 -> ``2011, 2018, 2023–2025``."""
    ordered = sorted(set(years))
    runs: list[str] = []
    start = prev = None
    for year in ordered:
        if start is None:
            start = prev = year
        elif year == prev + 1:
            prev = year
        else:
            runs.append(str(start) if start == prev else f"{start}–{prev}")
            start = prev = year
    if start is not None:
        runs.append(str(start) if start == prev else f"{start}–{prev}")
    return ", ".join(runs)
