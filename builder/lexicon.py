"""Word lists from builder/data/*.txt, loaded once. Word lists are data, not code."""
from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("builder.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """Every whitespace-separated word in data/<name>.txt, lower-cased."""
    return frozenset(w.lower() for ln in _lines(f"{name}.txt") for w in ln.split())


@cache
def phrases(name: str) -> tuple[str, ...]:
    """Non-comment lines of data/<name>.txt, lower-cased: phrases that may hold spaces."""
    return tuple(ln.lower() for ln in _lines(f"{name}.txt"))


@cache
def title_expansions() -> dict[str, frozenset[str]]:
    """Abbreviated title -> the words a description uses for that office ("sen" -> senator)."""
    out: dict[str, frozenset[str]] = {}
    for ln in _lines("title_abbreviations.txt"):
        abbr, *full = ln.lower().split()
        out[abbr] = frozenset(full)
    return out


@cache
def cue_lemmas() -> dict[str, str]:
    """Inflected cue form -> its lemma (first word of its line)."""
    out: dict[str, str] = {}
    for ln in _lines("cue_verbs.txt"):
        forms = [f.replace("_", " ") for f in ln.lower().split()]  # "went_on": a two-word cue
        for form in forms:
            out.setdefault(form, forms[0])
    return out


@cache
def pronoun_kinds() -> dict[str, str]:
    return dict(ln.lower().split()[:2] for ln in _lines("pronouns.txt"))


@cache
def object_pronouns() -> dict[str, str]:
    """Object pronoun -> its subject form: "him" -> "he"."""
    return dict(ln.lower().split()[:2] for ln in _lines("object_pronouns.txt"))


@cache
def possessive_pronouns() -> dict[str, str]:
    """Possessive pronoun -> the subject pronoun it resolves like: "her" -> "she"."""
    return dict(ln.lower().split()[:2] for ln in _lines("possessive_pronouns.txt"))


CUES = frozenset(cue_lemmas())
TITLES = words("titles")
PARTICLES = words("name_particles")
UNNAMED_HEADS = words("unnamed_heads")
ORG_WORDS = words("org_words")
THING_HEADS = words("thing_heads")
AUTHORING_PARTICIPLES = words("authoring_participles")
FORM_LABELS = words("form_labels")
NOT_NAMES = words("not_names") | FORM_LABELS  # "Name: Gabrielle Hatcher": a label names no one
FUNCTION_WORDS = words("function_words")
LEAD_IN_OPENERS = words("lead_in_openers")
CLAUSE_OPENERS = words("clause_openers")
ATTRIBUTIVE_PARTICIPLES = words("attributive_participles")
CUE_ADJUNCTS = words("cue_adjuncts")
FIRST_NAMES = words("female_names") | words("male_names") | words("census_female_names") | words("census_male_names")
PERSON_NOUNS = words("person_nouns")
ANONYMOUS_HEADS = words("anonymous_heads")
NAMING_PARTICIPLES = words("naming_participles")
CLAIM_NOUNS = words("claim_nouns")
QUOTED_WORDS_NOUNS = words("quoted_words_nouns")
CHANT_NOUNS = words("chant_nouns")
VOICED_NOUNS = words("voiced_nouns")
REACTION_VERBS = words("reaction_verbs")
POSSESSIVE_PRONOUNS = frozenset(possessive_pronouns())
OWNED_WORDS_NOUNS = words("owned_words_nouns")
EVENT_CUES = words("event_cues")
ASPECTUAL_CUES = words("aspectual_cues")
ASIDE_ADVERBS = words("aside_adverbs")
CAUSATIVE_VERBS = words("causative_verbs")
AS_FRAME_VERBS = words("as_frame_verbs")
BODY_PARTS = words("body_parts")
PASSIVE_NAMING_PARTICIPLES = words("passive_naming_participles")
INSCRIPTION_NOUNS = words("inscription_nouns")
OFFICE_PREFIXES = words("office_prefixes")
NOT_VERBS = words("not_verbs")
IRREGULAR_PAST_VERBS = words("irregular_past_verbs")
PARTICIPLE_MODIFIERS = words("participle_modifiers")
LY_NOUNS = words("ly_nouns")
NOUN_CUES = words("noun_cues")
OBJECT_CUES = words("object_cues")
OWNED_PLATFORMS = words("owned_platforms")
# cleaning: page furniture
PHOTO_CREDITS = phrases("clean_photo_credits")
NUMBER_WORDS = phrases("clean_number_words")
MONTH_OF = {name: i for i, line in enumerate(phrases("clean_months"), 1) for name in line.split()}
BOILERPLATE = frozenset(phrases("clean_boilerplate"))
SHARE_PHRASES = phrases("clean_share_phrases")
WORK_NOUNS = words("work_nouns")
WORK_ROLES = words("work_roles")
SHOW_FRAMES = words("show_frames")
QUESTION_CUES = words("question_cues")
ING_PREPOSITIONS = words("ing_prepositions")
LANGUAGES = words("languages")
DEMONYMS = words("demonyms")
PARTICIPLE_LEADS = phrases("participle_leads")
PERCEPTION_VERBS = words("perception_verbs")
QUESTION_PHRASES = phrases("question_phrases")
GROUP_PHRASES = phrases("group_phrases")
LINK_LABELS = frozenset(ln.lower() for ln in _lines("link_labels.txt"))
NOT_SPEAKER_LABELS = frozenset(ln.lower() for ln in _lines("not_speaker_labels.txt"))


@cache
def places() -> frozenset[str]:
    """Place names, multi-word ones kept whole ("new york")."""
    return frozenset(ln.lower() for ln in _lines("places.txt"))
