"""English or not: the language header and the function-word heuristic, on made-up texts and every real one."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import article, language

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = [ROOT / "seeds", SHARED / "seeds", SHARED / "corpus" / "real", SHARED / "corpus" / "dev"]

NOT_ENGLISH = {
    "French": (
        "Le président de la République a reçu mardi à l'Élysée le Premier ministre japonais pour un "
        "entretien consacré à la sécurité en Asie, à la guerre en Ukraine et aux échanges commerciaux "
        "entre les deux pays. Les deux dirigeants sont convenus de renforcer leur coopération dans le "
        "domaine de la défense et de se retrouver lors du prochain sommet du G7."
    ),
    "German": (
        "Die Außenministerin traf am Donnerstag in Berlin ihren japanischen Amtskollegen zu einem "
        "Gespräch über die Lage in der Ukraine und die Sicherheit im indopazifischen Raum. Beide Seiten "
        "vereinbarten, die Zusammenarbeit bei der Energieversorgung und beim Handel auszubauen, wie das "
        "Ministerium nach dem Treffen mitteilte."
    ),
    "Spanish": (
        "El ministro de Asuntos Exteriores se reunió el jueves en Madrid con su homólogo japonés para "
        "conversar sobre la seguridad regional, la guerra en Ucrania y el comercio entre ambos países. "
        "Los dos responsables acordaron volver a verse antes de fin de año, según un comunicado del "
        "ministerio publicado tras el encuentro."
    ),
    "Indonesian": (
        "Menteri Luar Negeri bertemu dengan mitranya dari Jepang di Jakarta pada hari Kamis untuk "
        "membahas keamanan kawasan, perang di Ukraina dan perdagangan antara kedua negara. Kedua menteri "
        "sepakat untuk bertemu kembali sebelum akhir tahun, menurut pernyataan kementerian yang "
        "diterbitkan setelah pertemuan itu."
    ),
    "Russian": (
        "Министр иностранных дел в четверг встретился в Москве со своим японским коллегой. Стороны "
        "обсудили региональную безопасность и торговлю между двумя странами."
    ),
    "Chinese": "外交部长周四在北京会见了日本外务大臣，双方就地区安全、乌克兰局势以及两国之间的贸易交换了意见。",
}


@pytest.mark.parametrize("tag", ["en", "EN", "en-US", "en_GB", "English", "english (UK)", "eng", "", "und"])
def test_english_tags_and_empty_ones_are_english(tag: str) -> None:
    """Every usual way to write English, and a header that says nothing, is English."""
    assert language.is_english_tag(tag)


@pytest.mark.parametrize("tag", ["fr", "de-DE", "zh-Hans", "Japanese", "ko_KR", "spanish"])
def test_other_tags_are_not(tag: str) -> None:
    """A language header naming any other language is not English."""
    assert not language.is_english_tag(tag)
    verdict = language.judge("Blinken met Cho in Seoul on Thursday.", tag)
    assert not verdict.english
    assert repr(tag) in verdict.reason


@pytest.mark.parametrize("name", sorted(NOT_ENGLISH))
def test_prose_in_other_languages_is_not_english(name: str) -> None:
    """A paragraph of French, German, Spanish, Indonesian, Russian or Chinese news is flagged, with the reason."""
    verdict = language.judge(NOT_ENGLISH[name])
    assert not verdict.english
    assert "not read as English" in verdict.reason or "another script" in verdict.reason


def test_an_english_header_does_not_save_a_foreign_text() -> None:
    """The text is judged too: French under `language: en` is still flagged."""
    assert not language.judge(NOT_ENGLISH["French"], "en").english


@pytest.mark.parametrize(
    "text",
    [
        "Blinken met Cho in Seoul on Thursday.",
        (
            "Foreign Minister Takeshi Iwaya, Secretary of State Antony Blinken, Foreign Minister Cho Tae-yul, "
            "Foreign Minister Melanie Joly, President Joe Biden, Prime Minister Shigeru Ishiba, President "
            "Yoon Suk Yeol, Prime Minister Justin Trudeau, Chancellor Olaf Scholz, President Emmanuel Macron, "
            "Prime Minister Keir Starmer, Prime Minister Giorgia Meloni."
        ),
        "TOKYO (Kyodo) -- Kamikawa, Blinken, Park: trilateral. Lima, APEC, 2024-11-14.",
        "Der Spiegel reported that Chancellor Scholz met President Macron in Paris on Friday.",
    ],
)
def test_short_texts_and_lists_of_names_are_never_flagged(text: str) -> None:
    """Too few ordinary words to judge, capitalised names, or a foreign name in English prose: English."""
    assert language.judge(text).english


@given(st.lists(st.from_regex(r"[a-z]{1,12}", fullmatch=True), max_size=language.MIN_WORDS - 1))
def test_fewer_words_than_the_minimum_are_never_flagged(words: list[str]) -> None:
    """Any Latin-script text with fewer ordinary words than MIN_WORDS reads as English, whatever the words."""
    assert language.judge(" ".join(words)).english


def corpus_files() -> list[Path]:
    return sorted(p for folder in CORPORA if folder.is_dir() for p in folder.glob("*.txt"))


def test_every_seed_and_corpus_article_is_english_and_so_is_each_paragraph_and_sentence() -> None:
    """The seeds, ../shared/corpus/real and ../shared/corpus/dev pass whole, and every paragraph and sentence alone."""
    files = corpus_files()
    if not (SHARED / "corpus" / "real").is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED / 'corpus'} is missing: CI must have ../shared beside the project")
        pytest.skip("the corpora (../shared/corpus) are not beside this checkout")
    assert len(files) > 100
    for path in files:
        item = article.from_bytes(path.read_bytes(), source_name=str(path))
        assert language.judge(item.text, item.language).english, path
        for paragraph in item.text.split("\n\n"):
            assert language.judge(paragraph).english, (path, paragraph[:60])
            for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
                assert language.judge(sentence).english, (path, sentence[:60])


def test_english_prose_sits_far_above_the_threshold() -> None:
    """The corpora's least English-looking article still has three times the threshold's share of function words."""
    files = corpus_files()
    if not files:
        pytest.skip("no corpus beside this checkout")
    shares = [
        language.function_word_share(article.from_bytes(p.read_bytes(), source_name=str(p)).text)[0]
        for p in files
    ]
    assert min(shares) > 3 * language.MIN_SHARE


def test_the_script_share_counts_letters_only() -> None:
    """Digits and punctuation are not letters; accented Latin letters are Latin."""
    assert language.latin_share("Ça 2024 !!! — été") == (1.0, 5)
    share, letters = language.latin_share("Wang Yi 王毅")
    assert letters == 8
    assert share == 6 / 8
