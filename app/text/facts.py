"""Words for the derived facts every view shows the same way: obligations, disputed
dates, floors ("at least"), the age of a headline figure and what the dataset lacks.

Plain text in, plain text out (no markup): the window, the sheet and the
command line each escape and style it, none rewords it.
"""

from __future__ import annotations

# ruff: noqa: E501 - catalogue sentences stay whole on one line
from collections.abc import Callable, Iterable

from app.core.models import CountryProfile, DisputedDate, TreatyStatus
from app.core.obligations import Obligation
from app.text.i18n import collapse_years, format_date, format_number

# Whole sentences stay on one line each, so translators see them whole.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "a5_completed": "Clearance of mined areas completed ({date})",
        "a5_deadline": "Clearance deadline (Article 5): {date}",
        "a5_passed": "Clearance deadline (Article 5) of {date} has passed; no completion or new deadline in this dataset",
        "a4_completed": "Stockpile destruction completed ({date})",
        "a4_deadline": "Stockpile destruction deadline (Article 4): {date}",
        "a4_passed": "Stockpile destruction deadline (Article 4) of {date} has passed; no completion in this dataset",
        "extension_latest": "latest extension granted {date}",
        "at_least": "at least {value}",
        "latest_in_dataset": "Latest in this dataset",
        "disputed": "Sources disagree on the {field}: {values}",
        "disputed_short": "sources disagree",
        "shown": "shown",
        "field_signed": "signature date",
        "field_deposited": "deposit date",
        "field_entry_into_force": "entry-into-force date",
        "field_withdrawal_notified": "withdrawal notification date",
        "field_withdrawal_effective": "withdrawal date",
        "lacking": "Not in this dataset: {groups}.",
        "searched": "No casualty figure in this dataset for {years} (searched: Landmine Monitor {editions}).",
        "searched_none": "No casualty figure in this dataset (searched: Landmine Monitor {editions}).",
        "civilians_children": "{civilian} civilians, {child} children",
        "civilians": "{civilian} civilians",
        "children": "{child} children",
        "listed_survivors": "Listed by the Mine Ban Treaty among States Parties with significant numbers of mine survivors ({year})",
        "group_casualties": "casualty figures",
        "group_survivors": "survivors",
        "group_victim_assistance": "victim assistance",
        "group_clearance": "clearance",
        "group_contamination": "contamination",
        "group_stockpiles": "stockpiles",
        "group_funding": "mine action funding",
        "contamination": "Contamination",
    },
    "fr": {
        "a5_completed": "Déminage des zones minées achevé ({date})",
        "a5_deadline": "Échéance de déminage (article 5) : {date}",
        "a5_passed": "L’échéance de déminage (article 5) du {date} est dépassée ; ni achèvement ni nouvelle échéance dans ce jeu de données",
        "a4_completed": "Destruction des stocks achevée ({date})",
        "a4_deadline": "Échéance de destruction des stocks (article 4) : {date}",
        "a4_passed": "L’échéance de destruction des stocks (article 4) du {date} est dépassée ; pas d’achèvement dans ce jeu de données",
        "extension_latest": "dernière prolongation accordée : {date}",
        "at_least": "au moins {value}",
        "latest_in_dataset": "Dernier chiffre de ce jeu de données",
        "disputed": "Les sources divergent sur la {field} : {values}",
        "disputed_short": "sources divergentes",
        "shown": "affichée",
        "field_signed": "date de signature",
        "field_deposited": "date de dépôt",
        "field_entry_into_force": "date d’entrée en vigueur",
        "field_withdrawal_notified": "date de notification du retrait",
        "field_withdrawal_effective": "date du retrait",
        "lacking": "Absent de ce jeu de données : {groups}.",
        "searched": "Aucun chiffre de victimes dans ce jeu de données pour {years} (recherché : Landmine Monitor {editions}).",
        "searched_none": "Aucun chiffre de victimes dans ce jeu de données (recherché : Landmine Monitor {editions}).",
        "civilians_children": "{civilian} civils, {child} enfants",
        "civilians": "{civilian} civils",
        "children": "{child} enfants",
        "listed_survivors": "Cité par le Traité d’interdiction des mines parmi les États parties comptant un nombre important de survivants ({year})",
        "group_casualties": "chiffres de victimes",
        "group_survivors": "survivants",
        "group_victim_assistance": "assistance aux victimes",
        "group_clearance": "déminage",
        "group_contamination": "contamination",
        "group_stockpiles": "stocks",
        "group_funding": "financement de la lutte antimines",
        "contamination": "Contamination",
    },
    "es": {
        "a5_completed": "Desminado de las zonas minadas concluido ({date})",
        "a5_deadline": "Plazo de desminado (artículo 5): {date}",
        "a5_passed": "El plazo de desminado (artículo 5) del {date} ha vencido; sin conclusión ni nuevo plazo en este conjunto de datos",
        "a4_completed": "Destrucción de arsenales concluida ({date})",
        "a4_deadline": "Plazo de destrucción de arsenales (artículo 4): {date}",
        "a4_passed": "El plazo de destrucción de arsenales (artículo 4) del {date} ha vencido; sin conclusión en este conjunto de datos",
        "extension_latest": "última prórroga concedida: {date}",
        "at_least": "al menos {value}",
        "latest_in_dataset": "Último dato de este conjunto",
        "disputed": "Las fuentes discrepan sobre la {field}: {values}",
        "disputed_short": "fuentes discrepantes",
        "shown": "mostrada",
        "field_signed": "fecha de firma",
        "field_deposited": "fecha de depósito",
        "field_entry_into_force": "fecha de entrada en vigor",
        "field_withdrawal_notified": "fecha de notificación de la retirada",
        "field_withdrawal_effective": "fecha de la retirada",
        "lacking": "No figura en este conjunto de datos: {groups}.",
        "searched": "Ninguna cifra de víctimas en este conjunto de datos para {years} (consultado: Landmine Monitor {editions}).",
        "searched_none": "Ninguna cifra de víctimas en este conjunto de datos (consultado: Landmine Monitor {editions}).",
        "civilians_children": "{civilian} civiles, {child} niños",
        "civilians": "{civilian} civiles",
        "children": "{child} niños",
        "listed_survivors": "Incluido por el Tratado de Prohibición de Minas entre los Estados Parte con un número importante de sobrevivientes ({year})",
        "group_casualties": "cifras de víctimas",
        "group_survivors": "sobrevivientes",
        "group_victim_assistance": "asistencia a las víctimas",
        "group_clearance": "desminado",
        "group_contamination": "contaminación",
        "group_stockpiles": "arsenales",
        "group_funding": "financiación de la acción contra minas",
        "contamination": "Contaminación",
    },
}

# What each kind of dated event is called in a timeline.
EVENT_KIND_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "policy": "Policy",
        "signature": "Signature",
        "accession": "Accession",
        "ratification": "Ratification",
        "withdrawal": "Withdrawal",
        "treaty_milestone": "Treaty",
        "mine_use": "Mine use",
        "last_use": "Last use",
        "last_export": "Last export",
        "last_production": "Last production",
        "stockpile_destroyed": "Stockpile destroyed",
        "retained_mines": "Retained mines",
        "clearance_completed": "Clearance completed",
        "article5_extension": "Deadline extended",
        "extension_request": "Extension requested",
        "deadline_missed": "Deadline missed",
        "survivors_listed": "Survivors",
        "diplomacy": "Diplomacy",
        "un_vote": "UN vote",
        "donor": "Donor",
        "other": "Other",
    },
    "fr": {
        "policy": "Politique",
        "signature": "Signature",
        "accession": "Adhésion",
        "ratification": "Ratification",
        "withdrawal": "Retrait",
        "treaty_milestone": "Traité",
        "mine_use": "Emploi de mines",
        "last_use": "Dernier emploi",
        "last_export": "Dernière exportation",
        "last_production": "Dernière production",
        "stockpile_destroyed": "Stocks détruits",
        "retained_mines": "Mines conservées",
        "clearance_completed": "Déminage achevé",
        "article5_extension": "Échéance prolongée",
        "extension_request": "Prolongation demandée",
        "deadline_missed": "Échéance manquée",
        "survivors_listed": "Survivants",
        "diplomacy": "Diplomatie",
        "un_vote": "Vote à l’ONU",
        "donor": "Donateur",
        "other": "Autre",
    },
    "es": {
        "policy": "Política",
        "signature": "Firma",
        "accession": "Adhesión",
        "ratification": "Ratificación",
        "withdrawal": "Retirada",
        "treaty_milestone": "Tratado",
        "mine_use": "Empleo de minas",
        "last_use": "Último empleo",
        "last_export": "Última exportación",
        "last_production": "Última producción",
        "stockpile_destroyed": "Arsenal destruido",
        "retained_mines": "Minas retenidas",
        "clearance_completed": "Desminado concluido",
        "article5_extension": "Plazo prorrogado",
        "extension_request": "Prórroga solicitada",
        "deadline_missed": "Plazo incumplido",
        "survivors_listed": "Sobrevivientes",
        "diplomacy": "Diplomacia",
        "un_vote": "Votación en la ONU",
        "donor": "Donante",
        "other": "Otro",
    },
}

# Key-figure groups in the order the views list them; a group with no figure is
# named once in the "not in this dataset" line instead of a row of gaps.
SHOWN_GROUPS = ("survivors", "victim_assistance", "clearance", "contamination", "stockpiles", "funding")


def word(key: str, language: str = "en", **values: object) -> str:
    text = WORDS.get(language, WORDS["en"]).get(key) or WORDS["en"][key]
    return text.format(**values) if values else text


def event_kind(kind: str, language: str = "en") -> str:
    return EVENT_KIND_WORDS.get(language, EVENT_KIND_WORDS["en"]).get(kind) or EVENT_KIND_WORDS["en"].get(kind, kind)


def qualified(value_text: str, qualifier: str | None, language: str) -> str:
    """``1,132`` -> ``at least 1,132`` for a floor; unchanged for an exact figure."""
    return word("at_least", language, value=value_text) if qualifier == "at_least" else value_text


def obligation(ob: Obligation, language: str) -> str:
    """One sentence: completed (date), current deadline, or deadline passed."""
    text = word(f"a{ob.article}_{ob.state}", language, date=format_date(ob.date, language, "long"))
    if ob.extensions and ob.state != "completed":
        # The latest grant only: a count would claim the dataset knows every extension.
        latest = format_date(ob.extensions[-1].date, language, "long")
        text += f" ({word('extension_latest', language, date=latest)})"
    return text


def disputed(
    status: TreatyStatus,
    field: str,
    language: str,
    cite: Callable[[DisputedDate], str] = lambda d: "",
    esc: Callable[[str], str] = lambda text: text,
) -> str | None:
    """``Sources disagree on the deposit date: 6 Aug 2008 (shown) [1], 28 Feb 2008 [2]`` or None.

    ``esc`` escapes the words for the renderer's markup; ``cite`` returns a
    citation mark already in that markup.
    """
    values = status.disputes(field)
    if not values:
        return None
    seen: list[str] = []
    for d in values:
        shown = f" ({word('shown', language)})" if d.shown else ""
        seen.append(esc(f"{format_date(d.value, language)}{shown}") + cite(d))
    sentence = esc(word("disputed", language, field=word(f"field_{field}", language), values="\x00"))
    return sentence.replace("\x00", ", ".join(seen))


def shares(civilian: int | None, child: int | None, language: str) -> str | None:
    values = {"civilian": civilian, "child": child}
    known = {k: format_number(v, language) for k, v in values.items() if v is not None}
    if len(known) == 2:
        return word("civilians_children", language, **known)
    if "civilian" in known:
        return word("civilians", language, **known)
    if "child" in known:
        return word("children", language, **known)
    return None


def lacking(groups: Iterable[str], language: str) -> str | None:
    names = [word(f"group_{g}", language) for g in groups]
    return word("lacking", language, groups=", ".join(names)) if names else None


def searched(profile: CountryProfile, language: str) -> str | None:
    """What was searched for the casualty years the dataset lacks, or None when it lacks none.

    With no casualty figure at all and no recorded search, the editions in the
    dataset are what was searched (every edition was read for the world chapter).
    """
    if profile.casualty_searches:
        years = [s.year for s in profile.casualty_searches]
        editions = {e for s in profile.casualty_searches for e in s.editions}
        return word("searched", language, years=collapse_years(years), editions=collapse_years(editions))
    if profile.latest_casualties is None:
        editions = set(profile.casualty_editions) or set(profile.dataset_editions)
        if editions:
            return word("searched_none", language, editions=collapse_years(editions))
    return None


def groups_with_data(profile: CountryProfile) -> list[str]:
    present = {f.indicator.group for f in profile.figures}
    return [g for g in SHOWN_GROUPS if g in present]


def groups_lacking(profile: CountryProfile) -> list[str]:
    """Key-figure groups with no figure for this country (casualties first, when missing)."""
    present = set(groups_with_data(profile))
    missing = [g for g in SHOWN_GROUPS if g not in present and g not in ("contamination", "funding")]
    if profile.latest_casualties is None:
        missing.insert(0, "casualties")
    return missing
