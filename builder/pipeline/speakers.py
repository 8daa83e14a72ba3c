"""Speakers: who can speak in this article, and what each mention resolves to.

Builds a name index of every capitalised run in the article once, then answers:
what is the fullest form of "Freij"?  is "SANA" an organisation?  which named person
does "Syria's defense minister" stand for?  who is the nearest compatible person
before offset N (pronoun antecedents)?
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Hashable, Iterator
from functools import cached_property, lru_cache
from operator import attrgetter
from typing import NamedTuple

import regex

from builder.budget import NO_DEADLINE, Deadline
from builder.lexicon import (
    CUES, DEMONYMS, FIRST_NAMES, FORM_LABELS, FUNCTION_WORDS, LEAD_IN_OPENERS, NOT_NAMES, OFFICE_PREFIXES, ORG_WORDS, PARTICLES, POSSESSIVE_PRONOUNS, PERSON_NOUNS, TITLES, UNNAMED_HEADS,
    places, title_expansions, words,
)
from builder.patterns import (
    APPOSITION_START, ASIDE_ADVERB, CLAUSE_BREAK, CUE_THEN, DESCRIPTION_OPENING, FINITE_VERB_AFTER, HOME_TOWN, LAST_WORD, LONE_SUBJECT_VERB, NAME_MENTION, NICKNAME_BEFORE, POSSESSIVE_END,
    OPENING_PREPOSITIONAL_PHRASE, PERSONAL_PRONOUN, PREPOSITION_BEFORE, REGEX_TIMEOUT, SENTENCE_END, SUBORDINATOR_BEFORE, THAT_CLAUSE_BEFORE, THEN_CUE, THING_RELATIVE, WEB_DOMAIN_END, WHO_AFTER_NAME, WORD, WORD_CHAR,
)
from builder.pipeline.segment import paragraphs

FEMALE = words("female_names") | words("census_female_names")
SENTENCE_OPENERS = words("sentence_openers") | LEAD_IN_OPENERS
MALE = words("male_names") | words("census_male_names")
SURNAME_FIRST_NAMES = words("surname_first_names")  # a lone "Clinton" or "Kelly" tells no gender
# Titles and role nouns right before a name that tell its bearer's gender: "Mrs. Clinton",
# "9/11 widow Terry Strada" (a first name shared by both, "Terry", then fits "she").
FEMALE_TITLES = frozenset({"ms", "mrs", "miss", "madam", "queen", "princess", "lady", "dame",
                           "widow", "wife", "mother", "congresswoman", "spokeswoman", "chairwoman",
                           "businesswoman", "actress"})
MALE_TITLES = frozenset({"mr", "sir", "king", "prince", "lord",
                         "widower", "husband", "father", "congressman", "spokesman", "chairman",
                         "businessman", "actor"})
# The "-man" role nouns ("spokesman", "chairman", "congressman"), which news writing also gives
# women; a title of address ("Mr.") or a family word ("husband") is never given to a woman.
GENERIC_MALE_ROLE_TITLES = frozenset(t for t in MALE_TITLES if t.endswith("man"))
# Titles of address, never an office that names a body ("Mr. Post" is a person).
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "madam", "lady", "lord"})
PERSON_TITLES = words("person_titles")  # titles only a person bears
# Nouns that a name before them modifies ("Cruz spokeswoman", "Trump campaign").
MODIFIED_HEADS = (UNNAMED_HEADS | TITLES) - {"the", "a", "an", "of", "former", "first", "state", "us", "u.s."}
# Words ahead of a name that describe its bearer ("Syria's defense minister General ...").
TITLE_WINDOW_WORDS = 5
# How far back a pronoun looks for its antecedent, in sentences. Tuned on PolNeAR train
# (pair F1): 3 -> 0.710, 5 -> 0.729, 8 -> 0.736, 12 -> 0.737, 20 -> 0.737.
MAX_ANTECEDENT_SENTENCES = 12
# At most this many words (first name, middle, surname) follow the first name that an
# office's tail precedes (_without_office_words); more reads as a headline ("Who Endorsed Ted
# Cruz Just Called"). A bound, not tuned: the office tails of PolNeAR train precede 2 words.
MAX_NAME_WORDS_AFTER_OFFICE = 3
# Endings of ordinary words that open a sentence ahead of a name ("Understated Perez",
# "Speaking Tuesday", "Reportedly Trump"), on words longer than MIN_AFFIX_WORD letters.
COMMON_WORD_ENDINGS = ("ing", "ly", "ed")
MIN_AFFIX_WORD = 5
# Occurrences of a word _written_in_lower_case looks at before it tokenises the whole text
# instead: a bound for hostile text that holds a word thousands of times inside longer words.
LOWER_CASE_PROBES = 64
# How many words _written_in_lower_case looks up with str.find before it tokenises the whole
# text once instead: each find reads the text to its end when the word is absent, and a long
# article asks about hundreds of sentence-opening words (a 5 MB article of news paragraphs took
# 45% longer with 500 such finds than tokenised; typical articles ask fewer than 20).
LOWER_CASE_FIND_WORDS = 32
# How far before a name the cue and "that" opening the clause it is the subject of may stand
# (characters): "pointing out that the paper's " (THAT_CLAUSE_BEFORE allows three lower-case
# words after "that"; the longest cue form in cue_verbs.txt, "acknowledging", has 13 letters).
THAT_CLAUSE_WINDOW = 60
# How far into a sentence DESCRIPTION_OPENING reads: "But the former Florida senator has also"
# and room to spare (characters).
DESCRIPTION_OPENING_CHARS = 120
# Lower-case head words a "the" description of a body shares with the one body it is tied to
# ("the Iranian news agency" ~ "Tasnim news agency"): one word ("the campaign", "the company")
# would tie descriptions readers keep as they stand. Two leaves PolNeAR train and dev figures
# unchanged (it ties 4 train quotes of "the editorial board" to the Wall Street Journal, whose
# gold names neither) and ties seed 003's "the Iranian news agency" to Tasnim; one ties nothing more.
BODY_HEAD_WORDS = 2
# Whether a lone sentence-initial word before a verb in the past that is no cue ("Carson
# defied the question") is kept as a surname (_lone_surname_subject). Measured on PolNeAR train
# (speaker_name_accuracy): False 0.8923, True 0.8924 (dev equal); the nouns it admits ("Tension
# flared", "Monmouth conducted") cost nothing there.
LONE_SUBJECT_PAST_VERBS = True
# Words the data lists give as ordinary words: a lone capitalised one opening a sentence is
# no surname (_lone_surname_subject), whatever verb follows it.
INDEFINITE_PRONOUNS = words("indefinite_pronouns")
# Those that open a longer subject as someone unnamed ("Another Muslim who ..."); never "One",
# which opens bodies' names ("One Nation").
INDEFINITE_OPENERS = INDEFINITE_PRONOUNS - {"one"}
LOWER_CASE_DATA_WORDS = (FUNCTION_WORDS | SENTENCE_OPENERS | NOT_NAMES | UNNAMED_HEADS | PERSON_NOUNS | TITLES | CUES
                         | ORG_WORDS | DEMONYMS | words("pronouns") | INDEFINITE_PRONOUNS | words("thing_heads")
                         | words("not_verbs"))
# Generational suffixes that end a full name ("Donald Trump Jr."): no second surname.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Lower-case tails of a capitalised compound modifier ("Korean-born", "Oscar-winner", "Bush-era"),
# and the shortest -ed and -ing tails read as one without a list ("Texas-based", "Trump-loving"):
# an -ing tail must be longer than a Chinese given name's last syllable ("Hsiao-ling", "Jin-ping").
MODIFIER_TAILS = words("modifier_tails")
MIN_ED_TAIL = 4
MIN_ING_TAIL = 6
# The closing marks of a quoted nickname ('Juan "Chico" Manriquez'), and how far before the
# surname its first name may start: a first name, a nickname of up to 20 letters, marks, spaces.
NICKNAME_CLOSERS = ('"', "”", "'", "’")
NICKNAME_WINDOW_CHARS = 48
FIRST_NAMES_OR_PARTICLES = FIRST_NAMES | PARTICLES  # made once: the census lists hold thousands of names
ROLE_WORDS = TITLES | UNNAMED_HEADS  # what the word right before a name must be to describe it


class NameMention(NamedTuple):
    """One capitalised run read as a name: its tokens after titles are stripped. Internal to
    the speakers stage and made thousands of times per article, so a named tuple (immutable
    and hashable like a frozen dataclass, and three times quicker to make)."""

    start: int
    end: int
    tokens: tuple[str, ...]
    titles: frozenset[str]  # lower-case words that describe the bearer
    kind: str  # person | organization

    @property
    def key(self) -> str:
        return norm(self.tokens[-1])


@lru_cache(maxsize=65536)
def norm(token: str) -> str:
    """Comparison key of a name word: lower case, attached particle and dots dropped."""
    t = token.lower().replace("’", "'").rstrip(".")
    head, sep, rest = t.partition("-")
    if sep and head in PARTICLES and rest:
        t = rest
    return t


@lru_cache(maxsize=65536)
def _bare(token: str) -> str:
    return token.lower().rstrip(".").replace("’", "'")


def _office_body(toks: list[str]) -> bool:
    """An office word before a body's word names that body: "State Department", "Justice
    Department" (not the title "State" of a "Department"); a courtesy title or an abbreviation
    ("Mr. Post") still is one."""
    return len(toks) == 2 and _bare(toks[1]) in ORG_WORDS and not toks[0].endswith(".") \
        and _bare(toks[0]) in TITLES and _bare(toks[0]) not in COURTESY_TITLES | NOT_NAMES


def _modifier_compound(token: str) -> bool:
    """A capitalised compound whose lower-case tail makes it a modifier of what follows it:
    "Korean-born", "Oscar-winner", "Angeles-area", "Qaeda-linked", "Street-style"; never a
    hyphenated given name ("Ki-moon", "Geun-hye", "Dan-el")."""
    head, _, tail = token.rpartition("-")
    if not head or not tail[:1].islower() or not token[:1].isupper():
        return False
    tail = _bare(tail)
    return tail in MODIFIER_TAILS or (tail.endswith("ed") and len(tail) >= MIN_ED_TAIL) \
        or (tail.endswith("ing") and len(tail) >= MIN_ING_TAIL)


@lru_cache(maxsize=65536)
def name_tokens(run: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """Split a capitalised run into (name tokens, title words stripped from its front).

    "Syria's Defense Minister General Fahd al-Freij" -> ("Fahd", "al-Freij"),
    {"syria's", "defense", "minister", "general"}."""
    toks = run.split()
    titles: set[str] = set()
    # a possessive ends the descriptive part: everything up to it is description
    for i in range(len(toks) - 1, -1, -1):
        if POSSESSIVE_END.search(toks[i]) and i < len(toks) - 1:
            titles.update(_bare(t) for t in toks[: i + 1])
            toks = toks[i + 1:]
            break
    # a compound modifier describes what follows it: "South Korean-born Monte Haines" ->
    # "Monte Haines"; a run that ends in one names no one ("Occupy Wall Street-style protests")
    for i in range(len(toks) - 1, -1, -1):
        if _modifier_compound(toks[i]):
            titles.update(_bare(t) for t in toks[: i + 1])
            toks = toks[i + 1:]
            break
    while len(toks) > 1 and (_bare(toks[0]) in TITLES or _bare(toks[0]) in NOT_NAMES) and not _office_body(toks):
        titles.add(_bare(toks[0]))
        toks = toks[1:]
    # a title inside the run ends a description ahead of it: "Ohio Gov. John Kasich",
    # "Senate Majority Leader Mitch McConnell" -> the words after the last title
    inner = [i for i, t in enumerate(toks[:-1]) if _bare(t) in TITLES]
    if inner and not _office_body(toks[inner[-1]:]):
        titles.update(_bare(t) for t in toks[: inner[-1] + 1])
        toks = toks[inner[-1] + 1:]
    if toks:
        toks[-1] = POSSESSIVE_END.sub("", toks[-1])
    toks = [t for t in toks if t]
    return tuple(toks), frozenset(titles)


@lru_cache(maxsize=65536)
def _name_reading(run: str) -> tuple[tuple[str, ...], frozenset[str], str] | None:
    """name_tokens of a capitalised run and its kind_of, None when it holds no name word or
    reads as a headline (headline_run): the same runs ("Trump", "The") recur through an
    article, so this is worked out once per run."""
    toks, titles = name_tokens(run)
    if not toks or all(_bare(t) in NOT_NAMES for t in toks) or headline_run(toks):
        return None
    return toks, titles, kind_of(toks, titles)


def _without_next_label(toks: tuple[str, ...], text: str, start: int, end: int) -> tuple[tuple[str, ...], int]:
    """A name run of a form whose last word is the next field's label, without it: in "Name:
    Gabrielle Hatcher Age: 27" the run "Gabrielle Hatcher Age" names Gabrielle Hatcher."""
    label_at = text.rfind(toks[-1], start, end)
    return toks[:-1], start + len(text[start:label_at].rstrip())


# ASCII characters that WORD never holds (it holds letters, digits, apostrophes and hyphens),
# and ASCII letters and digits, with which it always starts.
_ASCII_NON_WORD = "".join(chr(c) for c in range(128) if not chr(c).isalnum() and chr(c) not in "'-")
_ASCII_ALNUM = "".join(chr(c) for c in range(128) if chr(c).isalnum())


def _word_before(text: str, lo: int, at: int) -> str | None:
    """The last WORD of text[lo:at]; an ASCII word is found with str.rstrip (the usual case,
    and no regex call), anything else by LAST_WORD."""
    head = text[lo:at].rstrip(_ASCII_NON_WORD)
    rest = head.rstrip(_ASCII_ALNUM)
    if len(rest) < len(head) and (not rest or rest[-1] in _ASCII_NON_WORD):
        return head[len(rest):]  # an ASCII word between ASCII non-word characters
    last = LAST_WORD.search(text, lo, at, timeout=REGEX_TIMEOUT)
    return last.group() if last else None


def title_words_before(text: str, at: int) -> frozenset[str]:
    """Lower-case words right before a name that describe its bearer: "state attorney" in
    "filed by state attorney Dave Aronberg". The word next to the name must be a title or a
    role noun, and the run stops at punctuation and at a function word, so a neighbouring
    clause ("the letter says ... Clinton") lends it nothing."""
    lo = max(0, at - 60)
    # the word next to the name decides; most names have none that is a role, so check it
    # first (a clause break is no word character, so it never splits that last word)
    last = _word_before(text, lo, at)
    if last is None or _bare(last) not in ROLE_WORDS:
        return frozenset()
    brk = CLAUSE_BREAK.search(text, lo, at, timeout=REGEX_TIMEOUT)  # the last one: a reverse search
    words_before = WORD.findall(text, brk.end() if brk else lo, at)[-TITLE_WINDOW_WORDS:]
    if not words_before or _bare(words_before[-1]) not in ROLE_WORDS:
        return frozenset()  # "The suit names Podliska": the word next to a name must be a role
    out: list[str] = []
    for w in reversed(words_before):
        low = w.lower()
        if low in FUNCTION_WORDS or not (w[:1].islower() or _bare(w) in TITLES):
            break
        out.append(low)
    return frozenset(out)


# Articles inside a capitalised run mark a headline too ("Republicans Finally Confirmed A
# Judge"); a middle initial is written "A." and then is no token of its own.
HEADLINE_ARTICLES = frozenset({"A", "An", "The"})


def headline_run(tokens: tuple[str, ...]) -> bool:
    """A capitalised run with a capitalised function word after its first word is a headline
    or a title in Title Case, not a name: "Tim Allen Just Got Asked About Donald Trump",
    "Move Against Bernie Sanders". Taken as a name, it became the canonical form of the names
    inside it ("Trump" -> "Tim Allen Just Got Asked About Donald Trump")."""
    return any(t[:1].isupper() and (t.lower() in FUNCTION_WORDS or t in HEADLINE_ARTICLES) for t in tokens[1:-1])


def headline_lead(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The name that opens a headline run (headline_run), before its first capitalised
    function word: "John Leguizamo On How U.S. History Makes Latinos Feel" -> "John Leguizamo";
    empty when a lone word precedes it ("Move Against Bernie Sanders"): no full name opens it."""
    cut = next(i for i, t in enumerate(tokens[1:-1], 1)
               if t[:1].isupper() and (t.lower() in FUNCTION_WORDS or t in HEADLINE_ARTICLES))
    return tokens[:cut] if cut >= 2 else ()


# The joiner of a firm's partner names: "Smith & Wesson", "Procter & Gamble" (never a person's name).
FIRM_JOINER = "&"


@lru_cache(maxsize=65536)
def kind_of(tokens: tuple[str, ...], titles: frozenset[str] = frozenset()) -> str:
    """organization when a word says so (News, Agency, Committee), it joins partners with "&"
    or it is an acronym; unnamed when it is an indefinite pronoun ("Another said") or one opens
    it ("Another Muslim who worshiped there said"; never "One", which opens bodies' names:
    "One Nation")."""
    if tokens and tokens[0].lower() in (INDEFINITE_PRONOUNS if len(tokens) == 1 else INDEFINITE_OPENERS):
        return "unnamed"
    if any(_bare(t) in ORG_WORDS for t in tokens) or FIRM_JOINER in tokens:
        return "organization"
    if len(tokens) == 1 and len(tokens[0]) >= 2 and tokens[0].replace(".", "").isupper():
        return "organization"
    return "person"


def _grouped(mentions: list[NameMention], field: Callable[[NameMention], Hashable]) -> dict:
    """Mentions grouped by one of their fields, each group in text order."""
    index: dict = {}
    for m in mentions:
        index.setdefault(field(m), []).append(m)
    return index


class NameIndex:
    """Every name mention of one article, and the questions attribution asks of them."""

    def __init__(self, text: str, deadline: Deadline = NO_DEADLINE):
        self.text = text
        self._deadline = deadline
        self._mentions: list[NameMention] | None = None
        self._masks: list[list[tuple[int, int]]] = []  # mask() calls made before the mentions were read
        self._lower_case_finds = 0  # words _written_in_lower_case has looked up with str.find
        self._bodies_by_phrase: dict[str, list[NameMention]] = {}  # _named_with's answers

    @property
    def mentions(self) -> list[NameMention]:
        """Read on first use: attribution asks nothing of the names of one article in ten
        on PolNeAR train (no quotes, or none a rule reaches a subject for)."""
        if self._mentions is None:
            self._read_mentions()
        return self._mentions

    @mentions.setter
    def mentions(self, value: list[NameMention]) -> None:
        self._mentions = value

    def _read_mentions(self) -> None:
        text = self.text
        self._mentions = []  # the steps below read and replace self.mentions
        check, append = self._deadline.check, self._mentions.append
        for m in self._name_runs(text):
            check()
            reading = _name_reading(m.group("name"))
            if reading is None:
                continue
            toks, titles, kind = reading
            start, end = m.span()
            if len(toks) > 1 and _bare(toks[-1]) in FORM_LABELS and text.startswith(":", end):
                toks, end = _without_next_label(toks, text, start, end)
                kind = kind_of(toks, titles)
            described = title_words_before(text, start)
            if described:
                titles = titles | described
                kind = kind_of(toks, titles)
            if text.startswith(".", end) and WEB_DOMAIN_END.match(text, end, timeout=REGEX_TIMEOUT):
                kind = "organization"  # "GunBroker.com": a website
            append(NameMention(start, end, toks, titles, kind))
        # both rewrites need three words or more; most mentions have one or two
        self.mentions = [m if len(m.tokens) < 3 else self._without_describing_first_word(m) for m in self.mentions]
        self._drop_sentence_initial_words(self._trim_sentence_openers())
        for spans in self._masks:
            self._drop_inside(spans)
        self._masks = []

    @staticmethod
    def _name_runs(text: str) -> Iterator[regex.Match]:
        """NAME_MENTION matches, paragraph by paragraph: a name never spans a line break, and
        the regex timeout then bounds one paragraph's scan, not a whole long article's."""
        for ps, pe in paragraphs(text):
            yield from NAME_MENTION.finditer(text, ps, pe, timeout=REGEX_TIMEOUT)

    def _without_describing_first_word(self, m: NameMention) -> NameMention:
        """A mention whose first word describes its bearer (describing_first_word) without it."""
        toks = m.tokens
        at = self.text.find(toks[0], m.start, m.end) if len(toks) >= 3 else -1
        if at < 0 or not self.describing_first_word(toks, m.kind, titled=at > m.start):
            return self._without_office_words(m)
        rest = WORD.search(self.text, at + len(toks[0]), m.end)
        if rest is None:
            return m
        return m._replace(start=rest.start(), tokens=toks[1:], titles=m.titles | {toks[0].lower()})

    def _without_office_words(self, m: NameMention) -> NameMention:
        """A mention that holds the tail of an office ahead of a known first name without it:
        "Undersecretary for Political Affairs Wendy Sherman", "Sandy Hook Elementary Principal
        Dawn Hochsprung". The tail follows a title and a function word ("of", "for"), or its
        last word is a role; a run ending in an organisation's or an ordinary word stays whole."""
        toks = m.tokens
        k = next((i for i in range(2, len(toks) - 1) if norm(toks[i]) in FIRST_NAMES), 0)
        if not k or m.kind != "person" or len(toks) - k > MAX_NAME_WORDS_AFTER_OFFICE \
                or any(norm(t) in FIRST_NAMES_OR_PARTICLES for t in toks[:k]):
            return m
        before = WORD.findall(self.text[max(0, m.start - 40):m.start])
        after_office = len(before) >= 2 and before[-1] in FUNCTION_WORDS and _bare(before[-2]) in ROLE_WORDS
        role = _bare(toks[k - 1]) in ROLE_WORDS or _bare(toks[k - 1]) in PERSON_NOUNS
        if not (after_office or role) or norm(toks[-1]) in ORG_WORDS or self._common_word(toks[-1]):
            return m
        at = m.start
        for t in toks[:k + 1]:  # to the first name's offset
            at = self.text.find(t, at, m.end)
            if at < 0:
                return m  # a token the text spells otherwise
            at += len(t)
        start = at - len(toks[k])
        return m._replace(start=start, tokens=toks[k:], titles=m.titles | {t.lower() for t in toks[:k]})

    def describing_first_word(self, toks: tuple[str, ...], kind: str, titled: bool = False) -> bool:
        """A name of three or more words whose second word is a known first name and whose
        first is not opens with a description: "Activist Angela Davis", "Senators Mitch
        McConnell", "Texas-based Matt Mackowiak", and after a title a title phrase ("Miss
        Universe Alicia Machado"; `titled`: a title was stripped ahead of toks). Taken whole it
        became the canonical form of the name ("Machado" -> "Universe Alicia Machado"). Without
        a title the first word must show it describes (_describing_word): a rare first name
        before a middle name ("Billie Jean King", "Cornell William Brooks") stays, and so does
        a place ("South Carolina Republican")."""
        if len(toks) < 3 or kind != "person" or not toks[1][:1].isupper() or norm(toks[1]) not in FIRST_NAMES:
            return False
        first = toks[0]
        if norm(first) in FIRST_NAMES_OR_PARTICLES or len(first.rstrip(".")) < 2 or first.endswith(".") \
                or " ".join(toks[:2]).lower() in places():
            return False
        return titled or self._describing_word(first)

    def _describing_word(self, word: str) -> bool:
        """A capitalised word ahead of a name that describes its bearer: a role noun or its
        plural ("Activist", "Senators"), a compound with a lower-case tail ("Texas-based",
        "Co-anchor") or an ordinary word (_common_word: "Crooked", "Using", "Follow")."""
        bare = _bare(word)
        if bare in ROLE_WORDS or bare in PERSON_NOUNS or (bare.endswith("s") and bare[:-1] in ROLE_WORDS):
            return True
        head, _, tail = word.rpartition("-")
        return bool(head and tail[:1].islower()) or self._common_word(word)

    def _trim_sentence_openers(self) -> list[bool]:
        """The first word of a run that opens a sentence is often no name: "Outside Carrier",
        "Understated Perez", "Despite Santilli". Drop it when the article also writes it in
        lower case ("lives outside Minneapolis") or it reads as an adverb or participle,
        unless it is a known first name or the article writes it capitalised mid-sentence.
        Returns _opens_sentence of each mention it leaves, for _drop_sentence_initial_words."""
        opens = [self._opens_sentence(m) for m in self.mentions]
        inner = {norm(t) for m, o in zip(self.mentions, opens) if not o for t in m.tokens}
        out, out_opens = [], []
        for m, o in zip(self.mentions, opens):
            first = m.tokens[0]
            if len(m.tokens) > 1 and o and self.text.startswith(first, m.start) \
                    and norm(first) not in FIRST_NAMES_OR_PARTICLES and norm(first) not in inner \
                    and self._common_word(first):
                rest = WORD.search(self.text, m.start + len(first), m.end)
                if rest is not None:
                    toks = m.tokens[1:]
                    m = NameMention(start=rest.start(), end=m.end, tokens=toks,
                                    titles=m.titles | {first.lower()}, kind=kind_of(toks))
                    o = self._opens_sentence(m)  # it starts later now
            out.append(m)
            out_opens.append(o)
        self.mentions = out
        return out_opens

    def _common_word(self, word: str) -> bool:
        """A capitalised word that is an ordinary word: a known sentence opener, written in
        lower case somewhere in the article, a cue verb ("Said Comey"), or shaped like an adverb or
        participle ("Understated", "Speaking")."""
        low = word.lower()
        return low in SENTENCE_OPENERS or low in CUES or self._written_in_lower_case(low) or (len(low) > MIN_AFFIX_WORD and low.endswith(COMMON_WORD_ENDINGS))

    def opening_word(self, word: str) -> bool:
        """A capitalised word that opens a lead-in clause, not a name: a known sentence opener
        ("When", "Given"), or an ordinary word ("Reprising", "Asked") that is no first name and
        that the article never writes capitalised inside a sentence."""
        if word.lower() in SENTENCE_OPENERS:  # never a name's first word
            return True
        if _bare(word) in TITLES:  # "President Obama is rolling out": a title opens the subject,
            return False           # though the article writes "the president" in lower case
        return norm(word) not in FIRST_NAMES and norm(word) not in self._inner_words and self._common_word(word)

    @cached_property
    def _inner_words(self) -> frozenset[str]:
        return frozenset(norm(t) for m in self.mentions if not self._opens_sentence(m) for t in m.tokens)

    def _written_in_lower_case(self, low: str) -> bool:
        """`low in _lower_words`, found with str.find: the question is asked of a few words of
        an article, and tokenising its whole text for them was costly. An occurrence counts
        when it is a whole WORD token: its run of word characters ends with it and starts
        with it, or with apostrophes and hyphens only (which WORD skips)."""
        if not low[:1].islower() or WORD.fullmatch(low) is None:
            return False
        if "_lower_words" in self.__dict__:
            return low in self._lower_words
        self._lower_case_finds += 1
        if self._lower_case_finds > LOWER_CASE_FIND_WORDS:
            return low in self._lower_words
        text = self.text
        i = text.find(low)
        for _ in range(LOWER_CASE_PROBES):
            if i < 0:
                return False
            j = i + len(low)
            if j == len(text) or WORD_CHAR.match(text, j) is None:
                r = i
                while r > 0 and text[r - 1] in "'’-" and i - r < LOWER_CASE_PROBES:
                    r -= 1
                if r == 0 or (text[r - 1] not in "'’-" and WORD_CHAR.match(text, r - 1) is None):
                    return True
                if text[r - 1] in "'’-":
                    break  # a long run of apostrophes or hyphens: tokenise instead
            i = text.find(low, i + 1)
        return i >= 0 and low in self._lower_words  # many occurrences inside longer words, or the run

    @cached_property
    def _lower_words(self) -> frozenset[str]:
        return frozenset(w for w in set(WORD.findall(self.text)) if w[:1].islower())

    def _drop_sentence_initial_words(self, opens: list[bool]) -> None:
        """A lone capitalised word opening a sentence ("Charismatic", "Anybody") is a name
        only if the article also writes it capitalised mid-sentence or gives a fuller form.
        `opens`: _opens_sentence of each mention."""
        inner = Counter(m.key for m, o in zip(self.mentions, opens) if not o)
        full = {norm(m.tokens[-1]) for m in self.mentions if len(m.tokens) > 1}
        kept = []
        for m, o in zip(self.mentions, opens):
            if len(m.tokens) > 1 or m.titles & TITLES or not o or m.key in inner or m.key in full:
                kept.append(m)
            elif self._lone_surname_subject(m):
                kept.append(m)
                self._surname_subjects.add(m.key)
                self._lone_subject_starts.add(m.start)
        self.mentions = kept

    @cached_property
    def _surname_subjects(self) -> set[str]:
        """Keys of the lone sentence-initial surnames _lone_surname_subject kept: the subject
        of a verb, so a person (person_like) though no cue need follow them."""
        return set()

    @cached_property
    def _lone_subject_starts(self) -> set[int]:
        """Where the mentions _lone_surname_subject kept start (has_mention_at skips them)."""
        return set()

    def _lone_surname_subject(self, m: NameMention) -> bool:
        """A lone word opening a sentence that is a cue's subject and looks like a surname:
        "Cruz openly admitted ...", "Hayek confirmed she had been" (the article's only mention
        of that person, whom a later "he" or "she" stands for). Not a word that a data list or a
        lower-case use in the article makes an ordinary word ("Since", "Friends", "Cost"), a
        plural ("Others say", "Mourners say": a surname in -s is rarely given alone and nowhere
        else), a place, a possessive ("Let’s say") or the tail of a longer run ("As The Atlantic")."""
        word = m.tokens[0]
        low = norm(word)
        if m.kind != "person" or m.titles or not word.isalpha() or not word[1:].islower() or low.endswith("s") \
                or low in LOWER_CASE_DATA_WORDS or low in places() or self._possessive(m) or self._common_word(word):
            return False
        verb = LONE_SUBJECT_VERB.match(self.text, m.end, timeout=REGEX_TIMEOUT)
        return verb is not None and (LONE_SUBJECT_PAST_VERBS or verb.group("past") is None)

    def _opens_sentence(self, m: NameMention) -> bool:
        before = self.text[max(0, m.start - 3):m.start].rstrip(" \"“'‘(")
        return not before or before[-1] in ".!?:\n" or m.start == 0

    @cached_property
    def _forms(self) -> Counter[tuple[str, ...]]:
        return Counter(m.tokens for m in self.mentions)

    @cached_property
    def _bare_forms(self) -> frozenset[tuple[str, ...]]:
        """The forms the article writes at least once with no "the" before them: a form only
        ever written after it ("on the Trump Train") names a thing, never a person's full name."""
        return frozenset(m.tokens for m in self.mentions if self.text[max(0, m.start - 4):m.start].lower() != "the ")

    @cached_property
    def _forms_by_last(self) -> dict[str, list[tuple[tuple[str, ...], int]]]:
        """_forms' items by the key of their last word, in _forms' order (ties go to the
        first form the article gives), so a lookup reads one surname's forms, not all."""
        index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for f, n in self._forms.items():
            index.setdefault(norm(f[-1]), []).append((f, n))
        return index

    @cached_property
    def _forms_by_first(self) -> dict[str, list[tuple[tuple[str, ...], int]]]:
        """_forms' items by the key of their first word, in _forms' order."""
        index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for f, n in self._forms.items():
            index.setdefault(norm(f[0]), []).append((f, n))
        return index

    def canonical(self, tokens: tuple[str, ...], kind: str) -> tuple[str, ...]:
        """The fullest form the article gives of a name: "Freij" -> "Fahd Jassem al-Freij".

        Candidates are the article's forms that end with the same surname (or, for a lone
        first name, start with it), of the same kind; the most frequent wins, then the longest.
        A place (data/places.txt) is a surname only after given names ("Steve Israel", "Jeremy
        Paris"), never the tail of a longer name ("Trump International Golf Club Puerto Rico")."""
        if not tokens:
            return tokens
        last = norm(tokens[-1])
        place = " ".join(tokens).lower() in places()
        cands = [(n, f) for f, n in self._forms_by_last.get(last, ())
                 if len(f) > len(tokens) and norm(f[-1]) == last
                 and [norm(t) for t in f[-len(tokens):]] == [norm(t) for t in tokens]
                 and kind_of(f) == kind and (not place or self._given_names(f[:-len(tokens)]))]
        if not cands and len(tokens) == 1 and kind == "person":
            cands = [(n, f) for f, n in self._forms_by_first.get(last, ())
                     if len(f) > 1 and norm(f[0]) == last and kind_of(f) == "person" and f in self._bare_forms]
        if not cands and kind == "person":
            cands = self._suffixed_forms(tokens)
        if not cands and len(tokens) == 1 and kind == "person":
            return self._double_surname_form(last) or tokens
        if not cands:
            return tokens
        return max(cands, key=lambda c: (not self._described_form(c[1]), c[0], len(c[1])))[1]

    def _suffixed_forms(self, tokens: tuple[str, ...]) -> list[tuple[int, tuple[str, ...]]]:
        """The article's person forms that end with these tokens and a generational suffix:
        "Biden" -> "Joseph R. Biden Jr.". Asked only when no form ends with the tokens
        themselves, so "Trump" stays "Donald Trump" beside a "Donald Trump Jr."."""
        want = [norm(t) for t in tokens]
        return [(n, f) for f, n in self._forms_by_penultimate.get(want[-1], ())
                if len(f) > len(tokens) + 1 and _bare(f[-1]) in NAME_SUFFIXES
                and [norm(t) for t in f[-len(tokens) - 1:-1]] == want and kind_of(f) == "person"]

    def _double_surname_form(self, key: str) -> tuple[str, ...] | None:
        """The one full name the article gives whose second-to-last word is this lone surname,
        after a given name: "Acosta" -> "Melba Acosta Febo" (a Spanish double surname, the
        bearer called by the first of them). None when no form or several fit, or the last
        word is a generational suffix ("Donald Trump Jr." is no "Trump")."""
        fits = {f for f, _ in self._forms_by_penultimate.get(key, ())
                if len(f) >= 3 and norm(f[0]) in FIRST_NAMES and _bare(f[-1]) not in NAME_SUFFIXES
                and f[-1][:1].isupper() and kind_of(f) == "person"}
        return fits.pop() if len(fits) == 1 else None

    @cached_property
    def _forms_by_penultimate(self) -> dict[str, list[tuple[tuple[str, ...], int]]]:
        """_forms' items of two or more words by the key of their second-to-last word."""
        index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for f, n in self._forms.items():
            if len(f) > 1:
                index.setdefault(norm(f[-2]), []).append((f, n))
        return index

    @staticmethod
    def _given_names(toks: tuple[str, ...]) -> bool:
        return all(norm(t) in FIRST_NAMES_OR_PARTICLES for t in toks)

    def _described_form(self, form: tuple[str, ...]) -> bool:
        """A fuller form whose first words describe rather than name: a place ("New Hampshire
        Sanders", "Wisconsin Trump" in "a Wisconsin Trump rally") or an ordinary word the
        article writes in lower case ("Team Trump", headline words such as "Against Hillary
        Clinton"). Such a form loses to any other, whatever their counts."""
        lead = [t.lower() for t in form[:-1]]
        if any(" ".join(lead[:k]) in places() for k in range(1, len(lead) + 1)):
            return True
        if norm(form[0]) in FIRST_NAMES:
            return False
        known = self._common_words.get(form[0])
        if known is None:  # asked again for every quote of a name: _common_word may scan the text
            known = self._common_words[form[0]] = self._common_word(form[0])
        return known

    @cached_property
    def _common_words(self) -> dict[str, bool]:
        return {}

    def canonical_of_gender(self, tokens: tuple[str, ...], kind: str, titles: frozenset[str]) -> tuple[str, ...]:
        """canonical(), unless a gendered title on a bare surname rules its fullest form out:
        "Mrs. Clinton" is not the "Bill Clinton" an article names more often, but its "Hillary
        Clinton" when the article names her (else the fullest form stands: "Ms. Epstein" is "Lee
        Epstein", a first name our lists give one gender though both bear it)."""
        canon = self.canonical(tokens, kind)
        want = "f" if titles & FEMALE_TITLES else "m" if titles & MALE_TITLES else None
        if want is None or kind != "person" or len(tokens) > 1 or len(canon) < 2:
            return canon
        first = canon[0].lower()
        other = MALE if want == "f" else FEMALE
        if first not in other or first in (FEMALE if want == "f" else MALE):
            return canon  # the first name fits, or tells no gender
        return self.fullest_form_of_gender(tokens, want) or canon

    def tie_description(self, description: str, at: int) -> NameMention | None:
        """The named bearer of a definite description ("Syria's defense minister" ->
        the mention titled "Defense Minister"): the nearest before `at` (a description points
        back), else the nearest after it; None when none fits."""
        dwords = [w.lower() for w in WORD.findall(description)]
        head = dwords[-1] if dwords else ""
        mods = {w for w in dwords[:-1] if w not in NOT_NAMES and not w.endswith(("'s", "’s"))}
        if head not in UNNAMED_HEADS:
            return None
        # a body a possessive pronoun owns ("his campaign") is never a person titled with its word
        owned_body = head in ORG_WORDS and dwords[0] in POSSESSIVE_PRONOUNS
        bearers = self._by_title.get(head, [])
        if not bearers:  # "the senator" for "Sen. Elizabeth Warren": only where she is the one senator
            # the article has named so far (a "Sen. Claire McCaskill" met later is not who "the senator" was)
            abbreviated = [m for m in self._by_title_word.get(head, []) if m.start < at]
            bearers = abbreviated if len({m.key for m in abbreviated}) == 1 else []
        before = after = None
        for m in bearers:
            if not mods <= m.titles | {t.lower() for t in m.tokens} or (m.titles & OFFICE_PREFIXES) - mods:
                continue  # "the president" is not "Vice President Joseph R. Biden Jr."
            if owned_body and m.kind == "person":
                continue  # "his campaign" is a body, not "campaign manager Robby Mook"
            if m.start < at:
                before = m if before is None or m.start > before.start else before
            elif after is None or m.start < after.start:
                after = m
        return before or after

    def tie_body(self, description: str, start: int, end: int) -> NameMention | None:
        """The named body a "the" description of an organisation stands for, when the article
        names exactly one body with the description's last two lower-case words: "according
        to the Iranian news agency" after "Tasnim news agency reported" -> Tasnim. Words before
        that head may only be peoples' adjectives ("Iranian") or lower case: "the Clinton
        campaign" names its own body, and a one-word head ("the campaign") is too common to tie."""
        raw = WORD.findall(description)
        if len(raw) < 3 or raw[0].lower() != "the" or raw[-1].lower() not in ORG_WORDS:
            return None
        head = [w.lower() for w in raw[-BODY_HEAD_WORDS:]]
        if any(w[:1].isupper() for w in raw[-BODY_HEAD_WORDS:]) \
                or any(w[:1].isupper() and w.lower() not in DEMONYMS for w in raw[1:-BODY_HEAD_WORDS]):
            return None
        named: dict[str, NameMention] = {}
        for m in self._named_with(" " + " ".join(head)):
            if not (m.start < end and m.end > start):  # not the description's own words
                named.setdefault(m.key, m)
        if len(named) != 1:
            return None
        return next(iter(named.values()))

    def _named_with(self, phrase: str) -> list[NameMention]:
        """The mentions right before `phrase` (" news agency") and a word's end, in text order:
        one scan of the mentions per phrase an article's descriptions ask about (a scan per
        description was quadratic in a long article)."""
        found = self._bodies_by_phrase.get(phrase)
        if found is None:
            n = len(phrase)
            found = [m for m in self.mentions if self.text[m.end:m.end + n].lower() == phrase
                     and not self.text[m.end + n:m.end + n + 1].isalpha()]
            self._bodies_by_phrase[phrase] = found
        return found

    @cached_property
    def _quoted_titled(self) -> list[NameMention]:
        """Titled mentions mask() dropped from inside quotations: '"I have tremendous respect
        for Governor Mike Pence," ... "Q," the governor said' -- the title a speaker gives a
        person the article names outside quotes too still tells whom "the governor" is."""
        return []

    def _titled_mentions(self) -> list[NameMention]:
        """The mentions, and the quoted titled ones whose name the article gives outside quotes."""
        keys = self._mentions_by_key
        return self.mentions + [m for m in self._quoted_titled if m.key in keys]

    @cached_property
    def _by_title(self) -> dict[str, list[NameMention]]:
        index: dict[str, list[NameMention]] = {}
        for m in self._titled_mentions():
            for t in m.titles:
                index.setdefault(t, []).append(m)
        return index

    @cached_property
    def _by_title_word(self) -> dict[str, list[NameMention]]:
        """Office word -> mentions whose abbreviated title names it ("Sen." -> "senator")."""
        expansions = title_expansions()
        index: dict[str, list[NameMention]] = {}
        for m in self._titled_mentions():
            for t in m.titles:
                for word in expansions.get(t, ()):
                    index.setdefault(word, []).append(m)
        return index

    def mask(self, spans: list[tuple[int, int]]) -> None:
        """Forget mentions inside quotations: names a speaker utters are not speakers."""
        if self._mentions is None:
            self._masks.append(list(spans))  # applied when the mentions are read
            return
        self._drop_inside(spans)

    def _drop_inside(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        starts = [s for s, _ in merged]

        def inside(m: NameMention) -> bool:
            k = bisect_right(starts, m.start) - 1
            return k >= 0 and m.end <= merged[k][1]

        self._quoted_titled.extend(m for m in self.mentions if m.titles and inside(m))
        self.mentions = [m for m in self.mentions if not inside(m)]
        for key in ("_forms", "_inner_words", "_mention_starts", "_cue_subject_spans", "_by_title",
                    "_described_persons", "_relative_persons", "_things", "_forms_by_last", "_forms_by_first", "_forms_by_penultimate",
                    "_cue_subject_cache", "_mentions_by_end", "_mentions_by_key", "_surnames", "_titled_persons", "_by_title_word"):
            self.__dict__.pop(key, None)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        starts = [0]
        nl = self.text.find("\n")
        while nl >= 0:
            starts.append(nl + 1)
            nl = self.text.find("\n", nl + 1)
        starts += [m.end() for m in SENTENCE_END.finditer(self.text, timeout=REGEX_TIMEOUT)]
        return sorted(set(starts))

    def sentence_span(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence holding `offset`; a line break also ends one."""
        starts = self._sentence_starts
        k = bisect_right(starts, offset) - 1
        start = starts[k] if k >= 0 else 0
        end = starts[k + 1] if k + 1 < len(starts) else len(self.text)
        return start, end

    def subjects_before(self, offset: int) -> list[NameMention]:
        """Person mentions before `offset`, sentence by sentence going back, and within a
        sentence the cue's subject first, then the first (its likely subject);
        at most MAX_ANTECEDENT_SENTENCES."""
        return list(self.iter_subjects_before(offset))

    def iter_subjects_before(self, offset: int, floor: int = 0) -> Iterator[NameMention]:
        """subjects_before, one sentence at a time: a pronoun mostly takes the first
        candidate, so the sentences further back are seldom looked at. None before `floor`."""
        starts = self._sentence_starts
        mention_starts = self._mention_starts
        k = bisect_right(starts, offset) - 1
        hi = offset
        for _ in range(MAX_ANTECEDENT_SENTENCES):
            if k < 0 or hi <= floor:
                break
            s0 = starts[k]
            here = [m for m in self.mentions[bisect_left(mention_starts, max(s0, floor)):bisect_left(mention_starts, hi)]
                    if m.end <= hi and m.kind == "person" and (not self.is_modifier(m) or self._owner_opening(m, s0))
                    and not self._owner_in_opening_phrase(m, s0, hi)]
            if here and self._opens_with_description(s0):
                here = [m for m in here if not self.is_object(m)]
            # the cue's subject first (not a name after a preposition that merely reads as one:
            # "criticism of Mr. Trump's comments"), then the first; sorted() is stable
            # (among the rest, a name in a side clause or an opening phrase comes last)
            yield from sorted(here, key=lambda m: (not self.is_cue_subject(m) or self.is_object(m)
                                                   or self.opens_side_clause(m), self.opens_side_clause(m)))
            hi, k = s0, k - 1

    def _owner_opening(self, m: NameMention, s0: int) -> bool:
        """A possessive name opening its sentence (or right after a sentence adverb and its
        comma, "Indeed, Francis' message") before a thing: "Tuttle's article also
        attacked Christie ... He calls ..." is about Tuttle; "Bloomberg's pollster, Douglas
        Schoen, says" is about the pollster."""
        if not self._possessive(m):
            return False
        if m.start - s0 > 1 and not ASIDE_ADVERB.fullmatch(self.text, s0 + (self.text[s0:s0 + 1].isspace()), m.start, timeout=REGEX_TIMEOUT):
            return False  # after a sentence adverb it still opens it: "Indeed, Francis' message ... He has challenged"
        head = WORD.search(self.text, m.end, min(len(self.text), m.end + 30))
        return head is not None and head.group().lower() not in PERSON_NOUNS

    def _owner_in_opening_phrase(self, m: NameMention, s0: int, hi: int) -> bool:
        """A possessive name inside the phrase that opens its sentence, before the comma that
        ends it: "Dismayed by his memory of Bill Clinton's years in office, he's committed ..."
        is about the "he" right after that comma, so the owner is no antecedent of a later pronoun.
        Only with that he/she: widened to any main clause ("As for Carson's mangling of 'Hamas,'
        Levine found ...") it read better on train but scored lower there (gold follows the owner)."""
        if m.start - s0 <= 1 or not self._possessive(m) or self.text.find(",", s0, m.start) >= 0:
            return False
        comma = self.text.find(",", m.end, min(hi, self.sentence_span(m.start)[1]))
        return comma >= 0 and PERSONAL_PRONOUN.match(self.text, comma + 1 + (self.text[comma + 1:comma + 2] == " "),
                                                     timeout=REGEX_TIMEOUT) is not None

    def _opens_with_description(self, s0: int) -> bool:
        """The sentence at `s0` opens with "The radio talker has ...": its subject is someone
        named before, and the names after a preposition in it are no pronoun's antecedent."""
        done = self._description_openings.get(s0)
        if done is None:
            done = self._description_openings[s0] = DESCRIPTION_OPENING.match(
                self.text, s0, min(len(self.text), s0 + DESCRIPTION_OPENING_CHARS), timeout=REGEX_TIMEOUT) is not None
        return done

    @cached_property
    def _description_openings(self) -> dict[int, bool]:
        return {}

    def has_mention_at(self, start: int, end: int) -> bool:
        """A name mention of the index ends at `end` and starts within [start, end); never a
        lone sentence-initial surname kept only as a pronoun's antecedent (_lone_surname_subject):
        the rules that ask this want a name the article writes elsewhere ('Obama renewed his
        push for the "Buffett rule"' alone is a scare quote, no subject_verb's)."""
        k = bisect_right(self._mention_starts, end) - 1
        while k >= 0 and self.mentions[k].start >= start:
            if self.mentions[k].end == end and self.mentions[k].start not in self._lone_subject_starts:
                return True
            k -= 1
        return False

    def names_elsewhere(self, tokens: tuple[str, ...], at: int) -> bool:
        """The article names someone by these tokens' surname other than at offset `at`:
        a transcript's "WALLACE:" is a name only where the article writes "Chris Wallace"."""
        return any(m.start != at for m in self._mentions_by_key.get(norm(tokens[-1]), ()))

    def mentions_in(self, start: int, end: int) -> list[NameMention]:
        """The mentions lying inside text[start:end], in text order."""
        k = bisect_left(self._mention_starts, start)
        out = []
        while k < len(self.mentions) and self.mentions[k].start < end:
            if self.mentions[k].end <= end:
                out.append(self.mentions[k])
            k += 1
        return out

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    @cached_property
    def _cue_subject_spans(self) -> tuple[frozenset[str], frozenset[int]]:
        keys: set[str] = set()
        ends: set[int] = set()
        for m in self.mentions:
            if THEN_CUE.match(self.text, m.end, timeout=REGEX_TIMEOUT) or \
                    CUE_THEN.search(self.text, max(0, m.start - 16), m.start, timeout=REGEX_TIMEOUT):
                keys.add(m.key)
                ends.add(m.end)
        return frozenset(keys), frozenset(ends)

    @property
    def cue_subjects(self) -> frozenset[str]:
        """Surname keys of names that stand as the subject of a cue somewhere in the
        article ("Freij said", "said Hatami"): the article treats them as speakers."""
        return self._cue_subject_spans[0]

    def is_cue_subject(self, m: NameMention) -> bool:
        """This very mention is a cue's subject ("Frazier said")."""
        return any(self._stands_before_or_after_cue(n) for n in self._mentions_by_end.get(m.end, ()))

    def is_cue_subject_key(self, key: str) -> bool:
        """`key in cue_subjects`, asking only about the mentions with that key: attribution
        asks about a few names, and testing every mention of the article was costly."""
        return any(self._stands_before_or_after_cue(n) for n in self._mentions_by_key.get(key, ()))

    def _stands_before_or_after_cue(self, m: NameMention) -> bool:
        done = self._cue_subject_cache.get(m)
        if done is None:
            done = self._cue_subject_cache[m] = bool(
                (THEN_CUE.match(self.text, self._past_home_town(m), timeout=REGEX_TIMEOUT) and not self._possessive(m)) or
                (CUE_THEN.search(self.text, max(0, m.start - 16), m.start, timeout=REGEX_TIMEOUT) and
                 not FINITE_VERB_AFTER.match(self.text, m.end, timeout=REGEX_TIMEOUT)))
        return done

    def _past_home_town(self, m: NameMention) -> int:
        """Where a cue may follow a person's full name: past a home town ("Stacy Baker of
        Columbia, South Carolina says"); never past an "of" that continues a body's name or a
        title ("the Armenian Patriarchate of Jerusalem told", "RNC Chief of Staff Katie Walsh")."""
        if len(m.tokens) < 2 or any(_bare(t) in TITLES or _bare(t) in DEMONYMS or _bare(t) in ORG_WORDS for t in m.tokens) \
                or self.text[max(0, m.start - 4):m.start].lower() == "the ":  # a body: "the ... Patriarchate"
            return m.end
        home = HOME_TOWN.match(self.text, m.end, timeout=REGEX_TIMEOUT)
        return m.end if home is None else home.end()

    def _possessive(self, m: NameMention) -> bool:
        """"Trump's remarks", "Sanders' comments": the word after is a noun, never a cue verb."""
        return self.text[max(m.start, m.end - 2):m.end] in ("'s", "’s") or self.text[m.end:m.end + 1] in ("'", "’")

    @cached_property
    def _cue_subject_cache(self) -> dict[NameMention, bool]:
        return {}

    @cached_property
    def _mentions_by_end(self) -> dict[int, list[NameMention]]:
        return _grouped(self.mentions, attrgetter("end"))

    @cached_property
    def _mentions_by_key(self) -> dict[str, list[NameMention]]:
        return _grouped(self.mentions, attrgetter("key"))

    def is_object(self, m: NameMention) -> bool:
        """A name right after a preposition or as a verb's addressee: "talking about Carrier",
        "chief executive of Private Jet Services", "telling Mic" is no one's subject, so no
        pronoun's antecedent."""
        return PREPOSITION_BEFORE.search(self.text, max(0, m.start - 10), m.start, timeout=REGEX_TIMEOUT) is not None

    def opens_side_clause(self, m: NameMention) -> bool:
        """A name right after a subordinating conjunction: "when Tapper asked ..." is the
        subject of a side clause, not of its sentence; so is one in a clause a cue reports:
        "Carson turned the story back on the Post, pointing out that the paper's Robert Costa
        had reported ..." is about Carson."""
        text, lo = self.text, max(0, m.start - THAT_CLAUSE_WINDOW)
        if text.startswith(",", m.end) and OPENING_PREPOSITIONAL_PHRASE.fullmatch(
                text, self.sentence_span(m.start)[0], m.start, timeout=REGEX_TIMEOUT) is not None:
            return True  # "In an interview with Rusty Humphries, Ham made it clear he ..."
        return SUBORDINATOR_BEFORE.search(text, max(0, m.start - 10), m.start, timeout=REGEX_TIMEOUT) is not None or (
            text.find("that ", lo, m.start) >= 0  # a cheap test first
            and THAT_CLAUSE_BEFORE.search(text, lo, m.start, timeout=REGEX_TIMEOUT) is not None)

    def is_modifier(self, m: NameMention) -> bool:
        """A name used to describe something else: "Cruz spokeswoman", "Carson's comments"."""
        nxt = self.text[m.end:m.end + 30]
        if nxt[:2] in ("'s", "’s") or nxt[:1] in ("'", "’"):
            return True
        word = WORD.match(nxt.lstrip(" "))
        return bool(word) and nxt[:1] == " " and word.group().lower() in MODIFIED_HEADS

    def person_like(self, m: NameMention, canon: tuple[str, ...]) -> bool:
        """Evidence that a mention names a person: a person's title, a known first name,
        or (not after a preposition) the article using the name as a cue's subject or
        describing its bearer as a person; never a place or organisation."""
        if m.kind != "person" or " ".join(canon).lower() in places():
            return False
        if len(canon) == 1 and canon[0].lower() in DEMONYMS:  # "the Chinese have zeroed in": a people
            return False
        if m.titles & PERSON_TITLES or m.key in self._titled_persons:
            return True
        first = canon[0].lower() if len(canon) > 1 else ""
        if first in FIRST_NAMES or len(m.tokens) == 1 and self._after_nickname(m):
            return True
        # a name after a preposition needs a title or a first name: "talking about Carrier",
        # "chief executive of Private Jet Services" are firms the article quotes elsewhere
        if m.key in self._things:
            return False
        if m.key in self._relative_persons:  # "Anwar al-Awlaki, who ..." then "Footage of Al-Awlaki"
            return True
        return not self.is_object(m) and (self.is_cue_subject_key(m.key) or m.key in self._described_persons
                                          or m.key in self._surname_subjects or self._full_name_subject(m, canon))

    def _after_nickname(self, m: NameMention) -> bool:
        """A first name the lists know and a quoted nickname right before the name: 'Juan
        "Chico" Manriquez of Oakland carried one of the photos' names a person, whose surname
        the quote marks cut off from the first name."""
        if self.text[m.start - 2:m.start - 1] not in NICKNAME_CLOSERS:
            return False  # a cheap test first: most names follow no closing mark
        n = NICKNAME_BEFORE.search(self.text, max(0, m.start - NICKNAME_WINDOW_CHARS), m.start, timeout=REGEX_TIMEOUT)
        return n is not None and norm(n.group("first")) in FIRST_NAMES

    def _full_name_subject(self, m: NameMention, canon: tuple[str, ...]) -> bool:
        """A two-word name of ordinary shape opening its sentence before a finite verb, whose
        first name no list knows: "Dahlys Hamilton is listed as the chairman ... Recently she
        announced". Not a plural ("Hispanic Patriots") nor a run with an ordinary word."""
        if len(m.tokens) != 2 or len(canon) != 2 or not self._opens_sentence(m):
            return False
        if any(not t.isalpha() or not t[1:].islower() or norm(t) in LOWER_CASE_DATA_WORDS or self._common_word(t)
               or norm(t) in DEMONYMS for t in m.tokens) or norm(m.tokens[-1]).endswith("s"):
            return False
        return FINITE_VERB_AFTER.match(self.text, m.end, timeout=REGEX_TIMEOUT) is not None

    def group_plural(self, canon: tuple[str, ...]) -> bool:
        """A lone capitalised plural whose singular the article also writes capitalised and
        which is no first name: "Republicans" beside "Republican", "Latinos" beside "Latino".
        A people or a party, no "he" or "she" ("Harris", "Brooks" have no such singular)."""
        if len(canon) != 1 or not canon[0].endswith("s") or len(canon[0]) < 4:
            return False
        stem = canon[0][:-1]
        return norm(stem) not in FIRST_NAMES and stem in self._capitalised_words

    @cached_property
    def _capitalised_words(self) -> frozenset[str]:
        return frozenset(w for w in WORD.findall(self.text) if w[:1].isupper())

    def lone_first_name(self, canon: tuple[str, ...]) -> bool:
        """A name the article gives as a first name alone, of one gender and nobody's surname
        here: "Her father, Brad, 39, worried ...", "Trump's wife, Melania, is scheduled"."""
        return len(canon) == 1 and norm(canon[0]) not in self._surnames and first_name_gender(norm(canon[0])) is not None

    @cached_property
    def _titled_persons(self) -> frozenset[str]:
        """Surname keys of names the article gives a person's title somewhere ("President
        Obama"): a bare "Obama departs the UK" elsewhere is that person."""
        return frozenset(m.key for m in self.mentions if m.titles & PERSON_TITLES)

    @cached_property
    def _things(self) -> frozenset[str]:
        """Surname keys of names the article follows with ", which" somewhere ("Carrier,
        which makes furnaces"): a firm or a body, whatever cue it is the subject of."""
        text = self.text
        return frozenset(m.key for m in self.mentions  # "which" first: few names have it after them
                         if text.find("which", m.end, m.end + 50) >= 0
                         and THING_RELATIVE.match(text, m.end, min(len(text), m.end + 50), timeout=REGEX_TIMEOUT))

    @cached_property
    def _described_persons(self) -> frozenset[str]:
        """Surname keys of full names the article describes as a person's somewhere:
        "Raynard Jackson, a campaign consultant", "Carole Bower, 75,", "campaign manager
        Robby Mook". A lone capitalised word ("Democratic") is too often no name to count,
        unless it is a first name: "Her father, Brad, 39, worried", "Trump's wife, Melania,"."""
        return frozenset(m.key for m in self.mentions
                         if (len(m.tokens) > 1 or self.lone_first_name(m.tokens))
                         and (self._role_before(m) or self._person_apposition(m)))

    @cached_property
    def _relative_persons(self) -> frozenset[str]:
        """Surname keys of full names a relative "who" follows somewhere: "Anwar al-Awlaki, who
        was killed in a drone strike". Only a person takes "who", so the surname names one even
        after a preposition, whose firms and places otherwise need a title or a first name. Not a
        description in capitals made of ordinary words: "The Wisconsin Republican, who ..."."""
        text = self.text
        return frozenset(m.key for m in self.mentions
                         if len(m.tokens) > 1 and text.startswith(", who", m.end)
                         and WHO_AFTER_NAME.match(text, m.end, timeout=REGEX_TIMEOUT) is not None
                         and not any(norm(t) in LOWER_CASE_DATA_WORDS or norm(t) in DEMONYMS for t in m.tokens))

    def _role_before(self, m: NameMention) -> bool:
        """The word right before the name is a person's role: "campaign manager Robby Mook",
        "The Podesta Group's CEO, Kimberley Fritts" (not across a sentence end)."""
        before = WORD.findall(self.text[max(0, m.start - 30):m.start])
        return bool(before) and before[-1].lower() in PERSON_NOUNS \
            and not self.text[max(0, m.start - 2):m.start].startswith(".")

    def _person_apposition(self, m: NameMention) -> bool:
        a = APPOSITION_START.match(self.text, m.end, min(len(self.text), m.end + 90), timeout=REGEX_TIMEOUT)
        if a is None:
            return False
        if a.group("age"):
            return True
        return any(w.lower() in PERSON_NOUNS for w in WORD.findall(a.group("words")))

    def fullest_form_of_gender(self, tokens: tuple[str, ...], want: str) -> tuple[str, ...] | None:
        """The most frequent fuller form of a surname whose first name shows gender `want`:
        "Clinton" -> "Hillary Clinton" for "she" where "Bill Clinton" is the commoner form."""
        key = norm(tokens[-1])
        names = FEMALE if want == "f" else MALE
        cands = [(n, f) for f, n in self._forms_by_last.get(key, ())
                 if len(f) > 1 and norm(f[-1]) == key and f[0].lower() in names]
        return max(cands, key=lambda c: (c[0], len(c[1])))[1] if cands else None

    @cached_property
    def _surnames(self) -> frozenset[str]:
        """Keys of the last words of the article's fuller names: a lone "Rose" or "Kelly" that
        is also someone's surname here tells no gender."""
        return frozenset(norm(f[-1]) for f in self._forms if len(f) > 1)

    def person_surname(self, word: str) -> bool:
        """The article writes `word` as the surname of a person it names in full, after a known
        first name ("Theresa May", "Al From"): a lone "May" or "From" can then be that person."""
        key = norm(word)
        return any(len(f) > 1 and norm(f[-1]) == key and f[0].lower() in FIRST_NAMES
                   for f, _ in self._forms_by_last.get(key, ()))

    def named_before(self, tokens: tuple[str, ...], offset: int) -> bool:
        """The article writes this exact form of a name somewhere before `offset`."""
        return any(m.tokens == tokens and m.end <= offset for m in self.mentions)

    def gender_of(self, tokens: tuple[str, ...]) -> str | None:
        """Gender of a canonical name, from its first name or any mention that shows one."""
        if len(tokens) > 1 and (g := first_word_gender(tokens[0])):
            return g
        key = norm(tokens[-1]) if tokens else ""
        if len(tokens) == 1 and key not in self._surnames and (g := first_name_gender(key)):
            return g  # "Melanie", whom the article never names more fully
        for m in self.mentions:
            if m.key == key and (g := gender(m)):
                return g
        return None


def first_word_gender(word: str) -> str | None:
    """'f' or 'm' for the first word of a fuller name whose first name is of one gender only;
    one in both lists ("Lee", "Robin": Lee Epstein is a woman, Lee Atwater a man) tells none."""
    low = word.lower()
    if low in FEMALE:
        return None if low in MALE else "f"
    return "m" if low in MALE else None


def first_name_gender(word: str) -> str | None:
    """'f' or 'm' for a lone word that is a first name of one gender only and not also a
    common surname ("Melanie", "Kevin"; not "Robin", "Clinton"), else None."""
    low = word.lower()
    if low in SURNAME_FIRST_NAMES:
        return None
    if low in FEMALE and low not in MALE:
        return "f"
    if low in MALE and low not in FEMALE:
        return "m"
    return None


def gender(mention: NameMention) -> str | None:
    """'f', 'm' or None (unknown) from a title or a first name. A female first name outweighs
    a "-man" role noun, which news writing still gives women ("Trump spokesman Hope Hicks")."""
    if mention.titles & FEMALE_TITLES:
        return "f"
    female_first = len(mention.tokens) > 1 and first_word_gender(mention.tokens[0]) == "f"
    male = mention.titles & MALE_TITLES
    if male and not (female_first and male <= GENERIC_MALE_ROLE_TITLES):
        return "m"
    return "f" if female_first else None
