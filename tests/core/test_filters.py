import pytest

from app.core.filters import fold, to_sql
from app.core.models import Filter
from app.text.describe import describe


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (Filter(), ["FIN", "KHM", "TON", "UKR", "USA"]),
        (Filter(search="cambo"), ["KHM"]),
        (Filter(search="CAMBODGE"), ["KHM"]),  # French name, any case
        (Filter(search="camboya"), ["KHM"]),  # Spanish name
        (Filter(search="usa"), ["USA"]),  # ISO code
        (Filter(search="ton"), ["TON"]),
        (Filter(search="united states"), ["USA"]),  # several words, all must match
        (Filter(search="%"), []),  # wildcards are literal
        (Filter(regions=frozenset({"Europe"})), ["FIN", "UKR"]),
        (Filter(subregions=frozenset({"Polynesia"})), ["TON"]),
        (Filter(apmbc_status=frozenset({"party"})), ["KHM", "TON"]),
        (Filter(apmbc_status=frozenset({"withdrawn", "withdrawal_pending"})), ["FIN", "UKR"]),
        (Filter(ccm_status=frozenset({"not_party"})), ["KHM"]),
        (Filter(has_casualties=True), ["KHM", "UKR"]),
        (Filter(has_casualties=False), ["FIN", "TON", "USA"]),
        (Filter(regions=frozenset({"Europe"}), has_casualties=True), ["UKR"]),
        (Filter(iso3s=frozenset({"usa", "KHM"})), ["KHM", "USA"]),
    ],
)
def test_filter_selects(store, flt, expected):
    assert sorted(s.iso3 for s in store.summaries(flt)) == expected


def test_search_is_accent_blind():
    assert fold("Côte d’Ivoire") == fold("cote d’ivoire")
    where, params = to_sql(Filter(search="Côte"))
    assert params == ["%cote%"]


@pytest.mark.parametrize(
    ("flt", "count", "text"),
    [
        (Filter(), 197, "All countries, 197 countries"),
        (
            Filter(apmbc_status=frozenset({"party"}), regions=frozenset({"Africa"}), has_casualties=True),
            23,
            "Mine Ban Treaty States Parties in Africa with casualty data, 23 countries",
        ),
        (Filter(search="cote"), 1, "Countries matching “cote”, 1 country"),
        (
            Filter(ccm_status=frozenset({"signatory"})),
            None,
            "Countries (Cluster Munitions: signatories)",
        ),
    ],
)
def test_describe(flt, count, text):
    assert describe(flt, count) == text


@pytest.mark.parametrize(
    ("flt", "count", "language", "text"),
    [
        (Filter(), 197, "fr", "Tous les pays, 197 pays"),
        (Filter(), 197, "es", "Todos los países, 197 países"),
        (
            Filter(apmbc_status=frozenset({"party"}), regions=frozenset({"Africa"}), has_casualties=True),
            23,
            "fr",
            "Traité d’interdiction des mines\u00a0: États parties en Afrique avec données sur les victimes, 23 pays",
        ),
        (
            Filter(apmbc_status=frozenset({"party"}), regions=frozenset({"Africa"}), has_casualties=True),
            23,
            "es",
            "Tratado de Prohibición de Minas: Estados Parte en África con datos de víctimas, 23 países",
        ),
        (Filter(search="cote"), 1, "es", "Países que coinciden con «cote», 1 país"),
        (  # region names are CLDR's in that language; regions first, then sub-regions
            Filter(regions=frozenset({"Europe", "Africa"}), subregions=frozenset({"South-eastern Asia"})),
            None,
            "fr",
            "Pays en Afrique, Europe ou Asie du Sud-Est",
        ),
        (Filter(subregions=frozenset({"Western Asia"})), 3, "es", "Países en Asia occidental, 3 países"),
        (Filter(subregions=frozenset({"Western Asia"})), 3, "en", "Countries in Western Asia, 3 countries"),
        (
            Filter(ccm_status=frozenset({"signatory", "not_party"}), has_casualties=False),
            None,
            "fr",
            "Pays (Armes à sous-munitions\u00a0: États non parties ou signataires) sans données sur les victimes",
        ),
        (Filter(iso3s=frozenset({"KHM"})), 1, "de", "Countries among KHM, 1 country"),  # unknown: English
    ],
)
def test_describe_translated(flt, count, language, text):
    assert describe(flt, count, language) == text
