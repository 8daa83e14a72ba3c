"""Every regular expression of the extractor, compiled once, here.

Patterns use the `regex` package (\\p{Lu} and friends, timeouts). Each is verbose with
named groups and a comment per line. Windows passed to them are bounded by the callers
(a sentence, a paragraph, or a fixed number of characters), so no pattern ever sees
more than one paragraph, and none nests unbounded repetitions.
"""
from __future__ import annotations

import regex

from builder.lexicon import (
    AS_FRAME_VERBS, ASIDE_ADVERBS, BODY_PARTS, LEAD_IN_OPENERS, AUTHORING_PARTICIPLES, CAUSATIVE_VERBS, CHANT_NOUNS, VOICED_NOUNS, CLAIM_NOUNS, CUES, CUE_ADJUNCTS, DEMONYMS, EVENT_CUES, FUNCTION_WORDS, GROUP_PHRASES, ING_PREPOSITIONS, INSCRIPTION_NOUNS, LANGUAGES, MONTH_OF, PARTICIPLE_LEADS, PERCEPTION_VERBS, REACTION_VERBS,
    NAMING_PARTICIPLES, NOT_VERBS, NOUN_CUES, PASSIVE_NAMING_PARTICIPLES, QUOTED_WORDS_NOUNS, POSSESSIVE_PRONOUNS, QUESTION_PHRASES, NUMBER_WORDS, ORG_WORDS, OWNED_WORDS_NOUNS, PARTICLES, PERSON_NOUNS, PHOTO_CREDITS, SHOW_FRAMES,
    THING_HEADS, TITLES, UNNAMED_HEADS,
    WORK_NOUNS, WORK_ROLES, IRREGULAR_PAST_VERBS, PARTICIPLE_MODIFIERS, LY_NOUNS,
)

# Every regex call made on article text gets this timeout (seconds); a paragraph that
# still times out is reported by the caller instead of hanging the build.
REGEX_TIMEOUT = 1.0


def _alt(words) -> str:
    """Longest-first alternation of literal words (so 'said' wins over 'sa')."""
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _trie(words) -> str:
    """Alternation of literal words as a prefix tree: say|says|said|saying -> sa(?:i(?:d)|y(?:ing|s)?).
    Used where the word must end at a word boundary, so exactly one word can match at a
    position whatever the branch order; the regex engine then reads a word's letters once
    instead of trying every word of the list (CUE over a paragraph: ~40% faster)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict) -> str:
        alts = [regex.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + branch(tree) + ")"


FLAGS = regex.VERBOSE | regex.V1

# --- quote marks ---------------------------------------------------------------------
QUOTE_MARK = regex.compile(
    r"""
    (?P<mark>
        ''                      # the NYT archive's double mark, written as two apostrophes
      | [\u201c\u201d]          # curly double quotes “ ”
      | [\u00ab\u00bb]          # guillemets « »
      | \u201e                  # low-9 opening mark „ (closed by “)
      | "                       # straight double quote: opens or closes by position
    )
    """,
    FLAGS,
)
OPENERS = frozenset("\u201c\u00ab\u201e")  # marks that can only open
CLOSERS = frozenset("\u201d\u00bb")  # marks that can only close
# stripped from quote edges: marks, blanks, and invisible format characters (zero-width
# spaces, bidi embeddings) that pasted social-media posts carry before their marks
EDGE_TRIM = ("\"'\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019 \t\r\n\u00a0"
             "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")

# --- words -----------------------------------------------------------------------------
CUE_WORD = _trie(CUES)  # every use ends it at a word boundary: (?![\p{L}\-]) or a space
CUE = regex.compile(
    rf"""
    (?<![\p{{L}}\-'’])          # not inside a longer word
    (?P<cue>{CUE_WORD})         # a cue verb form from data/cue_verbs.txt, lower case:
    (?![\p{{L}}\-])             # whole word only ("The Washington Post" holds no verb)
    (?!(?<=(?<![\p{{L}}\-'’])(?:{_alt(EVENT_CUES)}))[ ]*[,.;:!?)])   # not an event: "As Blumenthal spoke,"
    (?!(?<=(?<![\p{{L}}\-'’])(?:{_alt(NOUN_CUES)}))   # nor a noun before a plural noun: "GOP state
        [ ]+(?!(?:{_alt(FUNCTION_WORDS | NOT_VERBS)})(?![\p{{L}}\-'’]))   # leaders" (never "state
        \p{{Ll}}[\p{{L}}\-]*s(?![\p{{L}}\-'’]))                         # this", "state is")
    """,
    FLAGS,
)
PARTICLE = _trie(PARTICLES)  # always followed by a hyphen or a space: one particle fits at most
# The second half of a letter of UTF-8 read as cp1252 or Latin-1 (mojibake), after its "Ã" or
# "Â": "TrÃ©vidic", "FranÃ§ois", "MartÃ\u00adnez"; or that half's compatibility form, a space
# and a combining mark ("SÃ©golÃ \u0308ne"). Symbols only: the halves that are letters already
# count as letters; the quote marks and dashes ("Ã«", "Ã\u201d", "Ã\u2014") never join a name.
# 11 capitalised words hold one on PolNeAR train ("JuliÃ¡n Castro", "TomÃ¡s Regalado",
# "SÃ©golÃ \u0308ne Royal", "GuantÃ¡namo Bay"); without it a name stopped at "TomÃ".
# Its "Ã" or "Â" may come decomposed, an "A" and a combining tilde or circumflex: "TrA\u0303©vidic".
MOJIBAKE_HALF = r"""(?<=[\u00c2\u00c3]|A[\u0302\u0303])(?:[\u0080-\u009f\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf\u0192\u02c6\u02dc\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[ ]\p{M})"""
# One capitalised name word: "Freij", "O'Rourke", "McConnell", "al-Freij", "J.", "U.S."
NAME_WORD = rf"""
    (?:
        (?=\p{{Lu}})(?:         # a capital first (checked once: most words tried are lower case)
        (?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|Jr|Sr|St)\.  # abbreviated titles
      | (?:\p{{Lu}}\.){{1,3}}(?![\p{{L}}])  # initials: J., U.S., J.R.
      | (?![RDI]-\p{{Lu}})     # not a party tag such as R-Calif
        \p{{Lu}}                # capital initial
        (?:(?:[\p{{L}}\p{{M}}'’\-]|{MOJIBAKE_HALF})*(?:\p{{L}}|{MOJIBAKE_HALF}))?   # letters, apostrophes, hyphens, mojibake
        (?:\p{{N}}+(?![\p{{L}}\p{{N}}]))?    # a firm's digits: "L2", "G20"
        )
      | {PARTICLE}[\-‐]         # or an attached particle (lower case, so never both): al-Freij
        \p{{Lu}}(?:[\p{{L}}\p{{M}}'’\-]*\p{{L}})?
    )
"""
# A run of name words, particles allowed between them: "Fahd Jassem al-Freij", "bin Laden"
NAME_RUN = rf"""
    {NAME_WORD}
    (?:
        [ \u00a0]+              # words of one name are separated by spaces only
        (?:{PARTICLE}[ \u00a0]+|&[ ])?   # a free-standing particle: "Ludwig van Beethoven"; a firm's
                                    # "&": "Smith & Wesson", "Procter & Gamble"
        {NAME_WORD}
    ){{0,7}}
    (?:,?[ ](?:Jr|Sr)\.?|[ ](?:II|III|IV))?   # generational suffix
"""
UNNAMED_HEAD = rf"(?:(?i:{_alt(UNNAMED_HEADS)})|\p{{N}}+-year-old)"   # or an age: "the 46-year-old"
# A head only a person's role gives, never a body's ("senator", "nominee"; not "agency", "campaign").
ROLE_HEAD = rf"(?i:{_alt(UNNAMED_HEADS - ORG_WORDS)})"
# A modifier inside a description: any word but a function word ("senior", "NY1",
# "71-year-old"; never "by", "that", "was"), or an abbreviation ("a former U.S. official").
# Never an article or a possessive determiner either: those open a noun phrase, so one after
# the first word means a verb and its object ("released a new radio ad", "calm his supporters").
# A firm's initials joined by "&" make one modifier: "one P&G Amiens employee", "an AT&T manager",
# and so does a firm's name with a spaced "&": "a Johnson & Johnson spokesman".
MODIFIER = rf"(?:(?!(?i:{_alt(FUNCTION_WORDS)}|a|an|the|his|her|their|its|our|my|your)[ ])[\p{{L}}\p{{N}}\-]+(?:[ ]?&[ ]?[\p{{L}}\p{{N}}]+)*|(?:\p{{Lu}}\.){{2,3}})"
# A name right after a preposition or an indefinite article is no subject: "to Twitter".
PREPOSITION = r"(?<![\p{L}])(?i:a|an|to|of|for|with|by|from|in|on|at|into|about|than)[ ]"
NOT_AFTER = rf"(?<!{PREPOSITION})"
# The same, searched in the few characters before a name mention (pronoun antecedents):
# "talking about <Carrier>", "chief executive of <Private Jet Services>", "telling <Mic>" are objects.
PREPOSITION_BEFORE = regex.compile(
    rf"""
    (?:
        {PREPOSITION}             # a preposition and one space
      | (?<![\p{{L}}])(?:told|tell|tells|telling|asked|asks|asking)[ ]   # or a verb's addressee: "telling Mic"
    )
    $                         # right before the name
    """,
    FLAGS,
)
# The words before a name that make it (or its last words) a preposition's object, past a "the"
# or the first words of a capitalised body SUBJECT_BEFORE leaves out: "Friends of the| Earth",
# "The Council of Economic| Advisers", "His critics in the| United States".
OBJECT_RUN_BEFORE = regex.compile(
    rf"""
    {PREPOSITION}                 # "of ", "in "
    (?:(?i:the)[ ])?              # "the "
    (?:{NAME_WORD}[ ]){{0,3}}     # "Economic "
    $                             # right before the name
    """,
    FLAGS,
)
# A participle and its preposition before a name, up to a capitalised run SUBJECT_BEFORE leaves out
# (searched in the words before the name): "Another intelligence source speaking to| Fox| News
# said". The name is the preposition's object; the subject comes before the participle.
PARTICIPLE_OBJECT_BEFORE = regex.compile(
    rf"""
    (?<![\p{{L}}\-'’])(?P<participle>\p{{Ll}}{{2,}}ing)   # the participle: "speaking", "talking"
    [ ](?:to|with|on|in|for|at|about|from)[ ]            # its preposition
    (?:(?i:the)[ ])?                                      # "the "
    (?:{NAME_WORD}[ ]){{0,3}}                              # "Fox "
    $                                                     # right before the name
    """,
    FLAGS,
)
# A lower-case word that describes a name's bearer: "campaign chairman", "economist"
TITLE_WORD = rf"(?:{_alt((TITLES | UNNAMED_HEADS) - {'the', 'a', 'an', 'of'})}|economist|pollster)"
DETERMINER = r"""(?i:a|an|the|one|two|three|four|five|several|some|many|other|another|both|
    his|her|their|its|our|my|this|that|these|those)"""   # "my father": the writer's own relation
# A partitive ahead of a description: "one of those advisers", "some of the protesters"
PARTITIVE = r"""(?i:one|some|many|several|two|three|most|each|none|all|dozens|hundreds|thousands)[ ]of[ ]
    (?:(?i:the|those|these|his|her|their|its|our|my|two|three)[ ])?"""
PRONOUN = r"(?i:he|she|they|it|i|we|who)"
# Words that can sit between a subject and its cue: "Trump also said", "she has said", "a reader
# would now ask"
AUX = r"""(?i:also|is|was|are|were|been|later|then|has|have|had|would|will|could|might|may|now|once|recently|
    previously|further|repeatedly|again|often|frequently|simply|just|quickly|flatly|
    bluntly|publicly|privately|reportedly|explicitly|famously|angrily|proudly|
    subsequently|initially|last|first|finally|even|still|never|did|does|do|not|
    has\ since|went\ on\ to|continued\ to|once\ again)"""
# An adverb between a subject and its cue: "Gorka similarly warned", "Sanders flatly said",
# a weekday ("Priebus later Thursday told"), an intensifier ("Sanders himself acknowledged", "Cruz
# and Rubio both said") or
# a short time adjunct ("McConnell, who in 2010 said", "Beck on Wednesday called", "who last
# week said")
ADVERB = r"""(?:\p{Ll}{2,}ly(?![\p{L}\-'’])|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|
    himself|herself|themselves|itself|both|each                        # "Clinton and Sanders both said", "The Times and The Post each called"
    |on[ ](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)   # "on Wednesday"
    |in[ ](?:19|20)\d\d                                                # "in 2010"
    |(?:last|this|earlier[ ]this)[ ](?:week|month|year))(?![\p{L}\p{N}'’]))   # "last week"
"""

# A description word that opens with a digit: "9/11 widow Terry Strada", "76-year-old Morton
# Blackwell" (whole: never the tail of a longer number or date). Only first in the phrase: after
# other words it is an object's ("attacking 2012 Republican presidential nominee Mitt Romney").
NUMBERED_DESCRIPTOR = r"(?<![\p{L}\p{N}/.,\-$£€])\p{N}[\p{N}/]*(?:-\p{L}[\p{L}\-]*)?(?![\p{L}\p{N}])"
# A lower-case word that describes a name's bearer ahead of it: "screenwriter", "retired",
# "warm-and-fuzzy" (never a function word, an auxiliary or an indefinite article: "said on", "has",
# "a senior Iranian commander" is a description).
DESCRIPTOR = rf"""(?:(?!(?:(?i:{_alt(FUNCTION_WORDS)})|{AUX}|a|an|one|another)[ ])\p{{Ll}}[\p{{L}}\p{{N}}\-]*)"""

# How many words OWNED_CLAIM's complement may hold before the quote. Tuned on PolNeAR train
# (speaker_name_accuracy): 2, 4 and 6 words 0.8675, 10 words 0.8674.
OWNED_CLAIM_MAX_WORDS = 6

# A second head joined to a description's: "The former first lady and U.S. senator said", "the
# Florida senator and Republican presidential candidate said" (one bearer; without it the subject
# was the last role alone, "U.S. senator", or none). Both sides are role nouns (UNNAMED_HEAD) with
# bare modifiers, never an article ("the senator and the governor" are two people) nor a number
# ("his supporters and 22 percent" are two groups).
SECOND_HEAD = rf"""(?:[ ]and[ ](?!\p{{N}})(?:{MODIFIER}[ ]){{0,4}}?{UNNAMED_HEAD}(?![\p{{L}}])
    (?:[ ]of[ ](?i:state))?)                            # "and former secretary of state"
"""

# The "of" phrase of an office right after its title word: "Secretary| of State", "Secretary| of
# Homeland Security" (in a subject ahead of a name: '"Q," Secretary of State John Kerry said.').
OFFICE_OF = rf"(?:(?i:{_alt(TITLES - {'the', 'a', 'an', 'of'})})[ ]of[ ]{NAME_WORD}(?:[ ]{NAME_WORD})?)"

# The "of" phrase inside a capitalised body or office that modifies a title after it:
# "Bank| of America| spokesman Bill Halldin", "Chairman| of the Joint Chiefs| Gen. Joseph Dunford".
# Only before a lower-case title word or an abbreviated title: two capitalised runs side by side
# could split anywhere ("John Smith of the Brookings| Institution" is a person and a body).
BODY_OF = rf"""(?:[ ]of[ ](?:(?i:the)[ ])?{NAME_RUN}   # "of America", "of the Joint Chiefs"
    (?=[ ](?:(?:{TITLE_WORD})(?![\p{{L}}\-])|\p{{Lu}}\p{{Ll}}{{0,3}}\.[ ])))   # then "spokesman" or "Gen. "
"""

# A phrase that stands for people named before, as a whole subject: "the two", "both", "all
# three" (group_phrases.txt). Never the start of a longer noun phrase ("the two sides", "both
# candidates": a description reads those).
GROUP_PHRASE = rf"(?:(?i:{_alt(GROUP_PHRASES)})(?![\p{{L}}\p{{N}}'’\-]))"

# --- subjects ---------------------------------------------------------------------------
# The speaker noun phrase that ENDS a left context (the words before a cue).


def _subject_before(post: str, generic_post: str = "") -> str:
    """SUBJECT_BEFORE's source; `post` may follow the name, or the head of a description;
    `generic_post` the head of a description with any noun."""
    return rf"""
    (?:
        (?<![\p{{L}}'’])(?P<pronoun>{PRONOUN})            # he / she / they / who
        (?:['’](?:s|re|m|ve|d|ll)(?![\p{{L}}]))?       # contracted auxiliary: "He's claiming", "she'd say"
      | (?<![\p{{L}}'’]){NOT_AFTER}(?P<name>
            (?:(?i:the)[ ])?                            # "the Post", "the economist Jared Bernstein"
            (?:(?!{DETERMINER}[ ]|(?i:{_alt(FUNCTION_WORDS)})[ ])   # a body before lower-case descriptors
               (?:\p{{Lu}}[\p{{L}}.]*[ ]){{1,3}}           # a body's name, ending in an organisation word,
               (?i:{_alt(ORG_WORDS)})[ ](?=\p{{Ll}}))?   # before lower-case descriptors: "Justice Department|
                                                        # senior trial counsel Caroline Wolverton"
            (?:{NUMBERED_DESCRIPTOR}[ ])?               # "9/11 widow", "the 76-year-old"
            (?:(?:{DESCRIPTOR}|{NAME_RUN}['’]s)[ ]){{0,3}}?   # "retired neurosurgeon", "Trump's"
            (?:(?:{TITLE_WORD}|{OFFICE_OF}|{NAME_RUN}{BODY_OF}?)[ ]){{0,4}}?   # title words: "campaign chairman", "Fox News host",
                                                        # "Bank of America spokesman"
            {NAME_RUN}                                  # the name itself
        ){post}
      | (?P<description>
            (?:(?<![\p{{L}}'’]){PARTITIVE}(?:{NAME_RUN}['’]s?[ ])?|(?<![\p{{L}}'’]){DETERMINER}[ ]|{NAME_RUN}['’]s?[ ]|(?<![\p{{L}}\p{{N}}'’]){NOT_AFTER})  # a partitive, determiner, possessive
                                                        # or nothing (not after "of": "of Republican claims",
                                                        # nor inside a number: "four in 1|0 voters")
            (?:{MODIFIER}[ ]){{0,4}}?                   # modifiers: "senior Iranian"
            {UNNAMED_HEAD}                              # head noun: "commander", "officials"
            {SECOND_HEAD}?{post}                        # "and U.S. senator": one bearer, two roles
          | (?P<group>(?<![\p{{L}}'’]){NOT_AFTER}{GROUP_PHRASE})   # or a group named before: "the two", "both"
          | (?P<generic>(?<![\p{{L}}'’]){DETERMINER}[ ]  # or any noun after a determiner:
            (?:{MODIFIER}[ ]){{0,3}}?                   # "the editorial board",
            (?!(?:{AUX})[ ])(?=\p{{Ll}})               # "the businessman" (never "and",
            (?!{PRONOUN}(?![\p{{L}}'’])){MODIFIER})      # nor the pronoun of "that he believed")
            (?<!(?<![\p{{L}}'’\-])(?i:that|which|who))      # never a relative pronoun: "a statement that,| while ..."
            {generic_post}                              # "the pitch on Kickstarter", "a study by a sociologist"
        )
    )
    (?:[ ]\([^()]{{1,40}}\))?                           # "(D-Nev.)" after a name
    (?P<apposition>,(?:[^,;:!?"“”]|,[ ](?=\p{{Lu}}[\p{{L}}'’]+(?:[ ]\p{{Lu}}[\p{{L}}'’]+){{0,2}}\.?,)){{1,120}},)?   # ", a political activist," / ", R-Pa.,"
                                                        # / ", the editor of the Vatican's newspaper, L'Osservatore Romano,"
    [ ]+(?:(?:{AUX}|{ADVERB})[ ]+){{0,3}}               # "also", "has", "later told", "similarly warned"
    $                                                   # right before the cue
    """


SUBJECT_BEFORE = regex.compile(_subject_before(""), FLAGS)
# The same, with a post-modifier after the name or the description's head: "James Pethokoukis
# of the American Enterprise Institute", "a spokesman for committee Democrats". Only used where
# the subject must fill all the words between a quote and its cue (searched for in a sentence it
# would take "the leader of the group" where "the group" is meant as often as not). An
# apposition the cue itself closes counts too: '"Q," Nate Silver, the polling guru who founded
# fivethirtyeight.com tweeted on Wednesday.' "on" places a thing ("a welcome message on the
# website says"), never a day ("a spokesman on Tuesday told": a time adjunct of the cue).
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# An "of" inside a capitalised body's name in a post-modifier: "the director of the Federal
# Bureau| of| Investigation" (between two capitalised words; a lower-case "of" ends the phrase).
NAME_OF = r"(?<=\p{Lu}[\p{L}\p{M}'’\-]*[ ])of(?=[ ](?:the[ ])?\p{Lu})"
POST_MODIFIER = rf"""(?:[ ](?:of|for|to|with|at|from|in|by|on(?![ ]{WEEKDAY})|close[ ]to|familiar[ ]with)(?:[ ](?:(?i:the|a|an)|{MODIFIER}|{NAME_WORD}|{NAME_OF})){{1,6}}?
    |,[ ](?:the|a|an)[ ][^,;:!?"“”\n]{{1,120}}?)"""
# A prepositional post-modifier after a description with any noun: '"Q," the pitch on Kickstarter
# says', '"Q," a study by an influential Russian sociologist, Mikhail E. Dmitriyev, concluded'.
# Never after a participle ("a website linked| to a group called" names a thing) nor an
# apposition ("The second initiative, the so| called": a naming phrase).
GENERIC_POST_MODIFIER = rf"""(?<![\p{{L}}]\p{{Ll}}+ed)(?:[ ](?:of|for|with|at|from|in|by|on(?![ ]{WEEKDAY}))
    (?:[ ](?:(?i:the|a|an)|{MODIFIER}|{NAME_WORD}|{NAME_OF})){{1,6}}?)?"""
SUBJECT_BEFORE_POSTMOD = regex.compile(_subject_before(POST_MODIFIER, GENERIC_POST_MODIFIER), FLAGS)
# Literals one of which every POST_MODIFIER and GENERIC_POST_MODIFIER match holds: a preposition
# between blanks ("close to" and "familiar with" hold " to " and " with "), or ", the ". A window
# with none of them SUBJECT_BEFORE_POSTMOD only matches where SUBJECT_BEFORE does (its other
# branches are SUBJECT_BEFORE's), so after a failed SUBJECT_BEFORE it need not be tried.
POST_MODIFIER_SIGNS = (" of ", " for ", " to ", " with ", " at ", " from ", " in ", " by ", " on ",
                       ", the ", ", a ", ", an ")
# A person's name with the place or body they belong to after "of": "Sen. Marco Rubio of
# Florida", "John Smith of the Brookings Institution", "Archbishop Aris Shirvanian of the Armenian
# Patriarchate of Jerusalem". SUBJECT_BEFORE reads the affiliation alone ("Brookings Institution")
# or nothing (a name right after "of" is no subject), so the person is looked for with these.
_AFFILIATED = rf"""
    (?<![\p{{L}}'’])(?P<name>{NAME_RUN})        # the person: "Sen. Marco Rubio"
    [ ]of[ ](?:(?i:the)[ ])?                    # "of", "of the"
    (?P<affiliation>{NAME_RUN}                  # the place or body: "Florida", "Brookings Institution"
        (?:[ ]of[ ](?:(?i:the)[ ])?{NAME_RUN})?)   # "Armenian Patriarchate of Jerusalem"
"""
AFFILIATED_SUBJECT = regex.compile(
    rf"""
    {_AFFILIATED}
    (?:[ ]\([^()]{{1,40}}\))?                   # "(D-Nev.)"
    [ ]+(?:(?:{AUX}|{ADVERB})[ ]+){{0,3}}         # "also", "on Monday"
    $                                           # right before the cue
    """,
    FLAGS,
)
AFFILIATED_MENTION = regex.compile(
    rf"""
    {_AFFILIATED}
    $                                           # where a name mention ends: "..., who said"
    """,
    FLAGS,
)
# The same phrase searched backwards from the cue, leftmost-longest: its start is where the
# leftmost SUBJECT_BEFORE match ending at the cue starts (REVERSE finds the matches that end
# at the window's end first, POSIX the longest of them). Searching forward from there returns
# the very match a plain search would, without failing expensively at every earlier word
# (about 20x faster on PolNeAR; 0 differences over 59,000 windows of train and dev).
SUBJECT_BEFORE_LONGEST = regex.compile(SUBJECT_BEFORE.pattern, FLAGS | regex.REVERSE | regex.POSIX)
# An unnamed source's tie to what they know: "familiar with the matter", "close to the Clintons",
# "familiar with Cruz's thinking". Up to three words after an optional determiner or owner, none
# a function word or a weekday (a time adjunct of the cue: "... the talks Tuesday").
FAMILIAR_WITH = rf"""(?:[ ](?:familiar[ ]with|close[ ]to)[ ]
    (?:(?:(?i:the|a|an|his|her|their|its)|{NAME_RUN}['’]s)[ ])?
    (?:(?!{WEEKDAY}(?![\p{{L}}])){MODIFIER}(?:['’]s)?[ ]){{0,2}}
    (?!{WEEKDAY}(?![\p{{L}}])){MODIFIER}(?:['’]s)?(?![\p{{L}}\p{{N}}\-&]))"""
# A description of the speaker: "a senior Iranian commander", "the senator from Vermont".
DESCRIPTION_AFTER = rf"""
        (?P<description>
            (?:{PARTITIVE}(?:{NAME_RUN}['’]s?[ ])?|{DETERMINER}[ ]|{NAME_RUN}['’]s?[ ]   # optional partitive
                                                        # ("one of Grayson's"), determiner, possessive,
              |(?:(?i:about|nearly|roughly|around|some|more[ ]than|at[ ]least)[ ])?\p{{N}}[\p{{N}},]*[ ])?  # or a count: "about 200"
            (?:{MODIFIER}[ ]){{0,4}}?                   # modifiers
            {UNNAMED_HEAD}(?![\p{{L}}])                 # head noun
            (?![ ]{UNNAMED_HEAD}(?![\p{{L}}]))          # the last head: "a Republican strategist", not "a Republican"
            (?:[ ](?:of|from)[ ](?:state|{NAME_RUN}))?  # "the senator from Vermont", "secretary of state"
            {FAMILIAR_WITH}?                            # "a person familiar with the matter"
        )
"""
# Lower-case words ahead of a name in a subject: "retired neurosurgeon Ben Carson".
DESCRIPTORS_BEFORE_NAME = rf"(?:{DESCRIPTOR}[ ]){{0,3}}?"
# The same, one word at most right after "the": in "The movie shows Bob", "the rally denounced
# Republican presidential candidate Donald Trump's" the second word is the sentence's verb and
# the name its object, so the subject is "the movie" (a description) or no one. Only where a
# whole subject is read (SUBJECT_AFTER); SUBJECT_VERB keeps the longer run, since the scare
# quotes it claims with such a subject are mostly quotes in gold ("The board saw Fiorina ... as
# the perfect driver to speed the "grandfather of Silicon Valley"").
DESCRIPTORS_AFTER_THE = rf"""(?:(?<=(?<![\p{{L}}'’])(?i:the)[ ])(?:{DESCRIPTOR}[ ])??
    |(?<!(?<![\p{{L}}'’])(?i:the)[ ]){DESCRIPTORS_BEFORE_NAME})"""


# A people's adjective as a whole word, which names no one: "French", "American" (demonyms.txt).
DEMONYM = rf"(?i:{_alt(DEMONYMS)})(?![\p{{L}}])"


def _subject_after(descriptors: str) -> str:
    """SUBJECT_AFTER's source; `descriptors`: the lower-case words allowed before a name."""
    return rf"""
    [ ]*                      # used with .match: anchored where the window starts
    (?:
        (?P<pronoun>{PRONOUN})(?![\p{{L}}'’])           # he / she
      | (?!(?:A|An)[ ])                             # never "A senior Iranian commander",
        (?!(?i:one|another)[ ](?:\p{{Ll}}[\p{{L}}\-]*[ ]){{0,2}}{NAME_RUN})  # nor one
                                                        # whose name only modifies its head: "one Republican strategist",
                                                        # or is the head, a name in commas after: "one Republican, Rick Wilson"
        (?!{NAME_RUN}(?<=['’]s|s['’])(?:[ ]\p{{Ll}}[\p{{L}}\-]*){{0,3}}?[ ]{UNNAMED_HEAD}[ ](?:{AUX}|\p{{Ll}}[\p{{L}}]*(?:s|d))(?![\p{{L}}\-'’]))
                                                        # nor an owner opening the subject before a role noun and a
                                                        # verb: "Clinton's campaign manager was asked" is a description
                                                        # (DESCRIPTION_AFTER), not Clinton (never "Clinton's campaign
                                                        # slogan is": a thing, hers)
        (?P<name>
            (?:(?i:the)[ ])?                            # "the Post"
            (?:{NUMBERED_DESCRIPTOR}[ ])?               # "9/11 widow Terry Strada"
            {descriptors}                               # "retired neurosurgeon"
            (?:(?:{TITLE_WORD}|{NAME_RUN}(?:[ ]of[ ]{NAME_RUN}|{BODY_OF})?(?:['’]s)?   # "Iran's Defence Minister",
                                                        # "Bank of America spokesman" (greedy: the whole title),
                                                        # "Chairman of the Joint Chiefs Gen."
              |{NAME_RUN}(?:['’]s)?(?:[ ]{DESCRIPTOR}){{1,3}}?(?=[ ]{TITLE_WORD}[ ])   # an owner or a capitalised
                                                        # modifier, then lower-case words before a role: "Clinton's
                                                        # top foreign policy| aide Jake Sullivan", "Republican
                                                        # political| consultant Chris Russell" (the owner or the
                                                        # modifier alone was read as the name)
            )[ ]){{0,4}}
            (?!The[ ]\p{{Ll}})                          # never a capitalised "The" before a noun:
                                                        # "The president left ..." is a description
            (?!(?:The[ ])?{DEMONYM}(?:[ ]\p{{Ll}}[\p{{L}}\-]*){{0,2}}[ ]{UNNAMED_HEAD}(?![\p{{L}}]))   # nor a people's
                                                        # adjective before one: "the French minister", "the
                                                        # Iranian news agency" (DESCRIPTION_AFTER reads it),
            (?!(?<=(?<![\p{{L}}'’])(?i:the)[ ]){NAME_RUN}(?:[ ]{DESCRIPTOR}(?<!ed)){{0,2}}[ ]{ROLE_HEAD}(?![\p{{L}}\-'’])(?![ ]\p{{Lu}}))
                                                        # nor "the" and a capitalised modifier of a person's role
                                                        # no name follows: "said the Florida senator", "the Washington
                                                        # Post reporter" (DESCRIPTION_AFTER reads them; "the
                                                        # Interfax news agency" is Interfax)
            (?!{NAME_RUN}(?:[ ]\p{{Ll}}[\p{{L}}\-]*){{0,3}}[ ]{UNNAMED_HEAD},[ ]\p{{Lu}})   # nor a name that modifies a
            {NAME_RUN}                                  # lower-case head a name in commas follows: "Trump's
                                                        # Virginia state director, Mike Rubino, reached out",
                                                        # "Rubio's deputy campaign manager, Rich Beeson, who"
                                                        # (up to three words before the head; one missed that)
        )
      | {DESCRIPTION_AFTER}
    )
"""


# The speaker noun phrase that STARTS a right context (the words after a cue, or after a
# closing mark): '..." said Iran's Defence Minister Amir Hatami'
SUBJECT_AFTER_BODY = _subject_after(DESCRIPTORS_BEFORE_NAME)
SUBJECT_AFTER = regex.compile(_subject_after(DESCRIPTORS_AFTER_THE), FLAGS)
# The description alone, capitalised as a sentence's first words or not (used with .match where
# a subject should start): "Attorneys for Clinton appeared", "Nuclear proliferation experts have".
# SUBJECT_AFTER reads such a capitalised first word as a name ("Attorneys") and stops there.
OPENING_DESCRIPTION = regex.compile(
    rf"""
    [ ]*{DESCRIPTION_AFTER}
    (?![\p{{L}}'’\-])           # a whole word
    (?![ ]{UNNAMED_HEAD}(?![\p{{L}}]))   # the last head: "His chief aide", not "His chief"
    """,
    FLAGS,
)
# "with" (or "footage of", "shows": participle_leads.txt) and a participle's own subject right
# before it (searched in the few words before a participle cue): "..., with Trump reportedly
# yelling: "Q"", "with Gorka noting", "footage of Trump saying, "Q"". A name after them is
# otherwise an object (SUBJECT_BEFORE's NOT_AFTER), so it is matched here.
WITH_PARTICIPLE_SUBJECT = regex.compile(
    rf"""
    (?<![\p{{L}}])(?i:{_alt(PARTICIPLE_LEADS)})(?=[ ])   # "with", "footage of", then a space and the subject
    """
    + SUBJECT_AFTER_BODY
    + rf"""
    (?:[ ]+(?:{AUX}))*        # "reportedly", "also"
    [ ]+$                     # right before the participle
    """,
    FLAGS,
)
# The same with a description as the participle's subject, a noun phrase that opens with a
# determiner or a partitive and may run on with "of"/"from"/"and" phrases: "..., with many
# marchers and spectators chanting "Q"", "with one of her ads asking, "Q"", "with the campaign
# of the former senator from Pennsylvania saying". The phrase, not the sentence's subject, speaks.
WITH_DESCRIPTION_SUBJECT = regex.compile(
    rf"""
    (?<![\p{{L}}])(?i:with)[ ]      # "with", then the subject
    (?P<description>
        (?:{PARTITIVE}|{DETERMINER}[ ])   # "one of her ", "many ", "the "
        {MODIFIER}                        # its first word: "marchers", "campaign"
        (?:[ ](?:(?i:of|from|for|over|and|the|a|an|his|her|their|its)|{MODIFIER})){{0,7}}   # "and spectators",
                                                  # "a voice over" (a narrator's, over an ad's pictures)
    )
    (?:[ ]+(?:{AUX}))*        # "reportedly", "also"
    [ ]+$                     # right before the participle
    """,
    FLAGS,
)
# A perceived actor: a verb of perceiving or recalling (perception_verbs.txt), its object, and a
# verb of that object's right after it (searched before a participle cue the object's chain
# leads to): "remember President Jimmy Carter| going on TV ..., and telling Americans that "Q"",
# "watches Mr. Sanders| thrill young audiences by exhorting them", "depicts one of the
# contractors| asking". SUBJECT_BEFORE reads such an object as no subject.
PERCEIVED_ACTOR = regex.compile(
    rf"""
    (?<![\p{{L}}])(?i:{_alt(PERCEPTION_VERBS)})(?=[ ])   # "remember", "watches", then the actor
    """
    + SUBJECT_AFTER_BODY
    + rf"""
    (?![ ]+(?i:is|was|are|were|has|had|have|will|would|could|can|did|does|do)(?![\p{{L}}'’]))   # no finite
                              # verb: "saw Christie was worried" is a clause, not the actor's own chain
    (?=[ ]+(?:(?:{AUX})[ ]+)*\p{{Ll}}[\p{{L}}'’\-]*(?![\p{{L}}'’\-]))   # the actor's verb: "going", "thrill"
    """,
    FLAGS,
)
# A thing whose written words a quote gives, right before its "saying"/"that said" (searched in
# the words before such a cue): "held up a sign saying "Q"", "under a headline that said, "Q"".
INSCRIPTION_BEFORE_CUE = regex.compile(
    rf"""
    (?P<description>
        (?<![\p{{L}}])(?i:a|an|the|one|another)[ ]   # a determiner
        (?:{MODIFIER}[ ]){{0,2}}?                      # "handwritten", "front-page"
        (?i:{_alt(INSCRIPTION_NOUNS)})               # the thing: "sign", "headline"
    )
    (?P<that>[ ]+that)?       # "that said" (a finite cue needs it)
    [ ]+$                     # right before the cue
    """,
    FLAGS,
)
# A document its owner's possessive names, right before a participle cue (searched in the words
# before it): "after the newspaper’s editorial| telling him to ...", "the campaign's memo| urging".
# The document speaks (PolNeAR credits it); its owner is part of the description. Never a
# pronoun owner ("his letter saying": the sentence's subject, found as usual).
OWNED_THING_BEFORE_CUE = regex.compile(
    rf"""
    (?P<description>
        (?<![\p{{L}}'’])(?:(?i:the|a|an)[ ])?      # a determiner: "the"
        (?:{MODIFIER}[ ]){{0,2}}?                     # the owner's modifiers: "Baton Rouge"
        (?!(?i:{_alt(POSSESSIVE_PRONOUNS)})[ ])       # no pronoun owner
        [\p{{L}}\p{{N}}\-]+['’]s?[ ]             # the owner: "newspaper’s", "Trump's"
        (?:{MODIFIER}[ ]){{0,2}}?                     # "front-page", "open"
        (?i:{_alt(THING_HEADS)})                      # the document: "editorial", "letter", "memo"
    )
    [ ]+$                     # right before the cue
    """,
    FLAGS,
)
# A share of a group as a cue's subject (searched in the words before the cue): "31% of
# Republicans and Republican-leaning voters said", "Six in 10 Republicans said", "a majority of
# voters say". Respondents of a poll: when the sentence names the poll, PolNeAR credits the poll.
SHARE_SUBJECT = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}])
    (?P<share>
        \p{{N}}[\p{{N}}.,]*[ ]?(?:%|(?i:percent|per[ ]cent))       # "31%", "75 percent"
      | (?i:one|two|three|four|five|six|seven|eight|nine|\p{{N}}+)[ ](?i:in|out[ ]of)[ ](?:10|ten|\p{{N}}+)   # "Six in 10"
      | (?i:a|the)[ ](?:(?i:slim|large|vast|clear|narrow)[ ])?(?i:majority|plurality)   # "a majority"
    )
    (?P<group>[ ][^,;:!?"“”\n]{{1,80}}?)?   # "of likely Republican voters"
    (?:[ ]+(?:{AUX}))*        # "also"
    [ ]+$                     # right before the cue
    """,
    FLAGS,
)
# What may stand before a share with no group after it ("About four in 10 said") when the
# share is its sentence's subject: a lead-in ending in a comma ("In Iowa, ") and up to two
# hedges ("about", "nearly", "more than"), nothing else (matched from the sentence's start).
HEADLESS_SHARE_LEAD = regex.compile(
    r"""
    [ ]*(?:[^,;:"“”.!?\n]{1,60},[ ]+)?            # "In the entrance poll, "
    (?P<hedge>(?:(?i:about|nearly|almost|roughly|only|just|some|over|around|more[ ]than|fewer[ ]than|less[ ]than)[ ]+){1,2})?
    $                                              # right before the share
    """,
    FLAGS,
)
# The poll a share of respondents belongs to, earlier in its sentence: "In a national CNN/ORC
# poll released Monday, 31% ... said", "The poll has bad news for Bush ... 25 percent ... say".
POLL_DESCRIPTION = regex.compile(
    r"""
    (?P<description>
        (?<![\p{L}])(?i:a|an|the|this|that|its|their)[ ]   # a determiner
        (?:[^\s,;:"“”]+[ ]){0,5}?                       # "national CNN/ORC", "September Washington Post-ABC News"
        (?i:poll|survey)(?![\p{L}])                     # the head
    )
    """,
    FLAGS,
)
# Capitalised name runs anywhere in a paragraph, for the article's name index.
NAME_MENTION = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{M}}'’\-])   # starts a word
    (?P<name>{NAME_RUN})        # the run of capitalised words
    """,
    FLAGS,
)
# --- attribution frames -------------------------------------------------------------------
# A speaker's label right before a quote, ending at the quote's opening mark (used with .search
# over the words before it): 'Rep. Trey Gowdy (R-S.C.): "..."', '... - Michael P. McDonald: "..."',
# 'More from Jones: "..."', 'Continued Stone: "..."'. Only where the label starts a paragraph, a
# sentence or a dash-led item, or follows an inverted cue: mid-sentence "X's answer: ..." is no label.
SPEAKER_LABEL = regex.compile(
    rf"""
    (?:^|(?<=\n[ ]*)|(?<=[ ][\-\u2013\u2014][ ]?)    # a paragraph or a dash-led item starts,
      |(?<=(?<!(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|\p{{Lu}}))[.!?”"\]][ ]{{1,2}}))  # or a sentence ("Ms. " ends none)
    (?:
        (?:More[ ])?(?i:from)[ ]                        # "More from Jones:", "From the report:"
      | (?=\p{{Lu}})(?i:{CUE_WORD})[ ]                   # an inverted cue: "Continued Stone:" (never
    )?                                                  # "telling CNBC:" mid-sentence: that is its object)
    (?:(?P<name>
        (?:(?:{TITLE_WORD}|{DESCRIPTOR}|of|{NAME_RUN})[ ]){{0,5}}?   # "Former secretary of state", "CBS"
        {NAME_RUN}                                      # the name: "Nancy Cordes"
        (?:[ ]and[ ]{NAME_RUN})?                        # "Frank Newport and Jim Harter"
      )
      | (?<=(?i:from)[ ])(?P<document>(?i:the)[ ](?:{MODIFIER}[ ]){{0,2}}?(?i:{_alt(THING_HEADS)}))   # or, after
    )                                                   # "From", a document: "From the report:"
    (?:[ ]\([^()]{{1,40}}\))?                           # "(R-S.C.)"
    [ ]*:[ ]*                                           # the label's colon
    $                                                   # right before the quote
    """,
    FLAGS,
)
# A transcript turn: the quote opens with its speaker's label in capitals, 'WALLACE: Let's
# start ...', 'SEN. SANDERS: ...', 'Q: ...'. Matched at the first character inside the mark.
TRANSCRIPT_LABEL = regex.compile(
    r"""
    (?P<label>
        (?:\p{Lu}[\p{Lu}'’\-]*\.?[ ]){0,2}   # "SEN. ", "MARCO " (words in capitals)
        \p{Lu}[\p{Lu}'’\-]*                  # the label's last word: "WALLACE", "O'REILLY", "Q"
    )
    [ ]?:[ ]                                 # its colon, then the words of the turn
    """,
    FLAGS,
)
# "According to X" and "in the words of X" are two patterns, not one alternation: each keeps
# a literal prefix that regex scans for fast (the alternation searched a 170 kB sentence of
# benchmarks/pathological.py 6x slower, 1.4 s -> 6.8 s for its 5,000 quotes).
ACCORDING_TO = regex.compile(
    r"""
    (?<![\p{L}])(?P<cue>according[ ]to)   # "according to"
    [ ]+                                  # then the source right after
    """,
    FLAGS | regex.IGNORECASE,
)
# The source a thing comes from, right after the thing: "according to a statement| from the White
# House", "a report by Reuters". The source is what PolNeAR credits, not the document.
THING_SOURCE = regex.compile(
    rf"""
    [ ](?:from|by|of)[ ]          # "from", "by", "of"
    (?:(?i:the)[ ])?              # "the"
    (?P<name>{NAME_RUN})          # "White House", "Reuters"
    """,
    FLAGS,
)
WORDS_OF = regex.compile(
    r"""
    (?<![\p{L}])(?P<cue>in[ ]the[ ](?:\p{Ll}+[ ])?words[ ]of)   # "in the (immortal) words of"
    [ ]+                                  # then the source right after
    """,
    FLAGS | regex.IGNORECASE,
)
# A news outlet's report frame closing the sentence of a quote (searched in the words after the
# quote): '..., reports USA Today.', '..., the Chicago Tribune reports.', '..., CNN reported.'
REPORTED_AT_END = regex.compile(
    r"""
    ,(?:''|["”’])?[ ]+        # a comma, the closing mark of a later quote of the sentence allowed
    (?:
        report(?:ed|s)[ ]+(?P<after>[^,;:!?"“”\n]{2,60}?)            # "reported the Washington Examiner"
      | (?P<before>[^,;:!?"“”\n]{2,60}?)[ ]+(?:(?:first|also)[ ]+)?report(?:ed|s)   # "Right Wing Watch first reported"
    )
    [ ]*[.]?[ ]*$                                                     # then the sentence ends
    """,
    FLAGS,
)
# A writer's aside set off by dashes between a subject and its cue (searched in the words
# before the cue): 'A former Republican presidential candidate -- John McCain, who lost the 2008
# election to Obama -- said', 'Gingrich — mentioned by Newsmax as the leading choice — told'.
# The subject ends where the opening dash starts; SUBJECT_BEFORE cannot see past the aside.
DASH_ASIDE_BEFORE_CUE = regex.compile(
    r"""
    (?<=[ ])(?:--|[\u2014\u2013])[ ]*              # the opening dash, a space after the subject
    (?P<aside>(?:(?!--)[^"“”\n\u2014\u2013]){1,200}?)   # the aside: no quote, no other dash
    [ ]*(?:--|[\u2014\u2013])[ ]+$                 # the closing dash, right before the cue
    """,
    FLAGS,
)
# "As X put it," right before a quote (searched in the words before it): 'As Vulture put it, "Q"',
# 'as anti-terrorist prosecutor Marc Trevidic put it, "Q"'. ("put" is no cue verb of its own.)
AS_PUT_IT = regex.compile(
    r"""
    (?<![\p{L}])(?i:as)[ ]+          # "As"
    (?P<who>(?:[^;:!?"“”]             # the speaker: "the chief executive, Jeff Weiner," (and an apposition,
      |[“"][^;:!?"“”\n]{1,80}?,[”"]    # which may hold a title the comma closes: 'author of "Going Viral,"')
    ){1,160}?)
    [ ]+(?P<cue>put[ ]it)             # "put it"
    (?:[ ]+[^,;:"“”]{1,60}?)?         # "in his memo to employees"
    (?:[,:][ ]*(?:[^,;:!?.()"“”\n]{1,40}?[ ])??)?   # and the few words a quote completes:
                                      # "As Ms. Simonyan put it, RT is ''Q''", "put it, an ''Q''"
    $                                 # right before the quote
    """,
    FLAGS,
)
# The same frame right after a quote (matched where the words after it start): '"Q," as a
# Homeland Security memo put it.', '"Q" as she put it on Wednesday in Raleigh', and with a cue
# verb: 'the race "is a dead heat right now," as Cruz said on Glenn Beck's radio program'.
AS_PUT_IT_AFTER = regex.compile(
    rf"""
    (?i:as)[ ]+                       # "as"
    (?P<who>[^;:!?.,"“”\n]{{1,120}}?)  # the speaker: "a Homeland Security memo"
    [ ]+(?P<cue>put[ ]it|{CUE_WORD})  # "put it", "said", "wrote" (a participle is no frame: the
                                      # code skips "-ing": "as Trump was leaving")
    (?![\p{{L}}\-])                   # a whole word
    """,
    FLAGS,
)
# "as if to" or "as though to" right before a cue (searched in the words before it): a gesture
# that says something, as if in words ('his eyes gleaming, as if to say, "Q"').
AS_IF_TO_BEFORE = regex.compile(
    r"""
    (?<![\p{L}])(?i:as)[ ]+(?i:if|though)[ ]+to[ ]+$   # "as if to", right before the cue
    """,
    FLAGS,
)
# A body part in a possessive pronoun's keeping (searched in the gesture's sentence before "as
# if to"): "his eyes", "her face" (data/body_parts.txt). The pronoun's antecedent gestures.
OWNED_BODY_PART = regex.compile(
    rf"""
    (?<![\p{{L}}])(?P<possessive>(?i:his|her|their))     # the owner: "his"
    [ ]+(?P<part>(?i:{_alt(BODY_PARTS)}))(?![\p{{L}}])    # the body part: "eyes"
    """,
    FLAGS,
)
# The few lower-case words of a noun phrase that a quote modifies, then the comma before an "as"
# frame (matched where the quote's closing mark ends): 'rather than just a "regional" candidate,
# as Sanders' campaign manager suggested'. The frame after them (AS_PUT_IT_AFTER) names the
# speaker of the quoted word, as right after the mark.
NOUN_TAIL_BEFORE_AS = regex.compile(
    r"""
    (?:[ ]+\p{Ll}[\p{Ll}\-]*){1,3}   # one to three lower-case words: " candidate"
    ,[ ]+(?=(?i:as)[ ])               # the comma, right before "as"
    """,
    FLAGS,
)
# A thing whose written words a quote gives, after the quote with its verb first, any verb of
# display (matched where the words after the quote start): '''"Choke!" blared the front page of
# The Boston Herald''', '"Q," read the sign'. The thing speaks (as after INSCRIPTION_BEFORE_CUE);
# the verb needs no cue form ("blared", "screamed", "read"), as no person's speech is framed.
# Only a lower-case verb: a capitalised word opens the next sentence.
INVERTED_INSCRIPTION_AFTER = regex.compile(
    rf"""
    (?P<cue>\p{{Ll}}[\p{{L}}\-]*ed|reads?|{_alt(IRREGULAR_PAST_VERBS)})   # "blared", "read"
    [ ]+
    (?P<description>
        (?i:the)[ ](?:{MODIFIER}[ ]){{0,2}}?       # "the", "the giant"
        (?:(?i:{_alt(INSCRIPTION_NOUNS)})|(?i:front)[ ]page|cover)   # the thing: "sign", "front page"
        (?![\p{{L}}\-])
        (?:[ ]of[ ](?:(?i:the)[ ])?{NAME_RUN})?     # its owner: "of The Boston Herald"
    )
    """,
    FLAGS,
)
# A document after a quote, with the participle that dates its release, then its cue (matched
# where the words after the quote start): '"Q," the order released Friday said.' The participle
# and its time adjunct are no verb of the subject: the document speaks. Only a lower-case
# article: a capitalised one opens the next sentence ('"... eminent domain!" A campaign TV ad
# released Thursday accuses Trump').
DOCUMENT_RELEASED_AFTER = regex.compile(
    rf"""
    (?P<description>(?:the|a|an)[ ](?:{MODIFIER}[ ]){{0,2}}?(?i:{_alt(THING_HEADS)}))   # "the order" (lower
                                                                        # case: "A campaign TV ad" opens a new sentence)
    [ ](?:released|issued|published|filed|posted|sent)                 # its release
    [ ](?:on[ ])?(?:{WEEKDAY}|today|yesterday|(?:late|early|last)[ ](?:{WEEKDAY}|night|week|month))   # "Friday"
    [ ](?P<cue>{CUE_WORD})(?![\p{{L}}\-])                              # "said", a whole word
    """,
    FLAGS,
)
# A named owner's claim whose complement runs up to the quote (searched in the words before it):
# 'seized on Trump's claim that there have been "Q"', 'Trump's controversial pledge to be "Q"'.
# The complement is short and plain: past a few words or a comma the quote is more often a
# verdict on the claim ('Rubio's claim that Cruz is in favor of legalizing ... is "simply not true"').
OWNED_CLAIM = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}'’\-])
    (?:(?P<owner>{NAME_RUN})                        # the owner: "Trump", "Ivana Trump"
       (?:['’]s|(?<=s)['’])                         # in the possessive: "Trump's", "Sanders'"
     | (?P<possessive>(?i:{_alt(POSSESSIVE_PRONOUNS)}))(?![\p{{L}}]))   # or a possessive pronoun: "her remark"
    [ ](?:\p{{Ll}}[\p{{L}}\-]*[ ]){{0,2}}?           # "controversial", "earlier"
    (?P<cue>(?i:{_alt(CLAIM_NOUNS)}))               # the claim noun
    (?:[ ](?:at|in|on|during)(?:[ ][\p{{L}}\p{{N}}\-]+){{1,4}}?)?   # a short adjunct: "at a similarly timed debate"
    [ ](?:that|to|of)[ ]                            # its complement opens
    (?:[^\s,;:!?.“”"]+[ ]){{0,{OWNED_CLAIM_MAX_WORDS}}}   # a few plain words: "there have been"
    $                                               # right before the quote
    """,
    FLAGS,
)
# A chant right before the quote, its words in the "of" phrase (searched in the words before it):
# the chanters are the chant's owner ('their chants of "Q"') or the subject of an active verb that
# joins or answers with it ('Clinton supporters responded with chants of "Q"', 'A mix of ...
# joined in a thunderous chant of "Q"'), or the object a verb moves to it ('Mr. Christie roused the
# crowd to spontaneous chants of "Q"': the crowd chants). A passive verb ('was met with chants of')
# hands the chant to someone else.
CHANT_BEFORE = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}'’\-])
    (?:(?P<possessive>(?i:their|his|her|its|our))[ ]         # the chant's owner: "their chants"
     | (?<!(?i:is|are|was|were|be|been|being)[ ])            # no passive: "was met with"
       (?P<verb>\p{{Ll}}+(?:ed|s)|broke)                     # or an active verb: "responded", "joined"
       [ ](?:with|in|into)[ ](?:(?i:a|an)[ ])?              # "with", "in a", "into"
     | (?<!(?i:is|are|was|were|be|been|being)[ ])            # or a verb that moves its object to
       \p{{Ll}}+(?:ed|s)[ ]                                 # chant: "roused", "whipped"
       (?P<object>(?i:the|a|an|his|her|their|its)[ ]         # the chanters: "the crowd",
         (?:\p{{Ll}}[\p{{L}}\-]*[ ])?\p{{Ll}}[\p{{L}}\-]*)         #   "the packed arena"
       [ ](?:to|into)[ ](?:(?i:a|an)[ ])?)                   # "to", "into a"
    (?:\p{{Ll}}[\p{{L}}\-]*[ ]){{0,2}}?                      # "thunderous", "loud", "spontaneous"
    (?P<cue>(?i:{_alt(CHANT_NOUNS)}))[ ]of[ ]$              # "chants of", right before the quote
    """,
    FLAGS,
)
# A chant noun and its "of" right before the opening mark (searched in the words before it):
# '... was met with chants of "Q"'. What follows is voiced words, never a writer's scare quote
# or a title, whoever the chanters are (reject.py). PolNeAR train: all 8 such spans are gold quotes.
CHANT_OF_BEFORE = regex.compile(
    rf"""
    (?<![\p{{L}}])(?i:{_alt(CHANT_NOUNS)})[ ]of[ ]*$   # "chants of", "a chorus of"
    """,
    FLAGS,
)
# A named owner in the possessive right before a quote (searched in the words before it), whose
# claim noun follows the quote (CLAIM_NOUN_AFTER): 'the persistent pull of Obama's "if you like
# your plan, you can keep it" promise'.
OWNER_BEFORE_QUOTE = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}'’\-])(?P<owner>{NAME_RUN})   # the owner: "Obama"
    (?:['’]s|(?<=s)['’])                            # in the possessive
    [ ]*$                                           # right before the opening mark
    """,
    FLAGS,
)
# A claim noun right after a quote's closing mark (matched there): '..." promise'.
CLAIM_NOUN_AFTER = regex.compile(
    rf"""
    [ ]+(?P<cue>(?i:{_alt(CLAIM_NOUNS)}))(?![\p{{L}}])   # "promise", "pledge" (singular: "remarks" judge)
    """,
    FLAGS,
)
# How many characters OWNED_WORDS may read between its noun and "was" ('dictum to his interns
# (repeated to me over the years)' holds 48). PolNeAR train: 60, 80 and 120 give the same figures.
OWNED_WORDS_MAX_CHARS = 80
# A short subject of the "was that" clause before its quote: "Rubio's catch phrase was that Crist
# "would say anything"" (one or two capitalised words, a name).
OWNED_WORDS_THAT_SUBJECT = r"\p{Lu}[\p{L}\-]*(?:[ ]\p{Lu}[\p{L}\-]*)?"
# An owner's words handed to the quote (searched in the words before it): 'in Forbes' words, "Q"',
# 'Barrett's dictum to his interns (repeated to me over the years) was, "Q"', 'The Florida
# senator's answer was that "Q"'. The copula needs "that", a comma or a colon after it: a bare
# 'Trump's answer was "weak"' is a verdict on the words, not their content.
OWNED_WORDS = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}'’\-])
    (?:(?P<in>in)[ ])?                                # "in Forbes' words,"
    (?P<owner>
        (?i:the)[ ](?:{MODIFIER}[ ]){{0,3}}?{UNNAMED_HEAD}   # a description: "The Florida senator"
      | {NAME_RUN})                                   # or a name: "Barrett", "Forbes"
    (?:['’]s|(?<=s)['’])                              # in the possessive
    [ ](?:\p{{Ll}}[\p{{L}}\-]*[ ]){{0,2}}?             # "famous", "own"
    (?P<cue>(?i:{_alt(OWNED_WORDS_NOUNS)}))(?![\p{{L}}])   # the noun
    (?(in),                                          # "in X's words," right before the quote
      | [^"“”.;!?\n]{{0,{OWNED_WORDS_MAX_CHARS}}}?       # "to his interns (repeated to me ...)"
        [ ](?:was|is)(?:[ ]that(?:[ ]{OWNED_WORDS_THAT_SUBJECT})?|[,:])   # "was that", "was that Crist", "was,"
    )
    [ ]$                                              # right before the quote
    """,
    FLAGS,
)
# A side clause that brings in a new, indefinite actor and closes right before a participle
# frame (searched in the sentence's words before the participle): 'Clinton asks as a maintenance
# guy walks in front of her, saying he's "Q"', '... where about 50 protesters had gathered on
# Wednesday morning, chanting "Q"': the participle goes with that actor, the nearest subject.
# A bare plural is indefinite too ('when Sanders protesters interrupted her speech, shouting "Q"'),
# and "in which" opens such a clause. Only an indefinite description: a pronoun or a name there
# is mostly the sentence's own subject again ("Clinton beamed as she noted ..., saying").
SIDE_CLAUSE_ACTOR = regex.compile(
    rf"""
    (?<![\p{{L}}])(?i:as|where|while|when|in[ ]which)[ ]   # the side clause opens
    (?P<description>
        (?:(?i:a|an|some|several|dozens[ ]of|hundreds[ ]of|thousands[ ]of)
          |(?i:about|nearly|more[ ]than)[ ]\p{{N}}+|\p{{N}}+)   # "a", "about 50", "dozens of"
        [ ](?:{MODIFIER}[ ]){{0,3}}?{UNNAMED_HEAD}          # "maintenance guy", "protesters"
      | (?:{MODIFIER}[ ]){{0,2}}?(?=\p{{L}}+s[ ]){UNNAMED_HEAD})   # or a bare plural: "Sanders protesters"
    [ ](?:(?:had|has|have|was|were)[ ])?\p{{Ll}}+(?:s|ed)(?![\p{{L}}])   # its verb: "walks", "had gathered"
    [^,;:.!?"“”\n]{{0,80}}                                # the rest of the clause
    ,[ ]$                                                  # its comma, right before the participle
    """,
    FLAGS,
)
# How many characters AS_FRAME's object may run between its verb and "as" ('refers to the
# candidate, who is supposedly his longtime friend, as' holds 59). PolNeAR train, as_frame's
# decisions: 60, 100 and 200 characters give the same figures; 100 leaves room for an apposition.
AS_FRAME_MAX_CHARS = 100
# A verb that presents its object as something, then the object, then "as" right before the quote
# (searched in the sentence's words before it): 'Christie refers to the candidate ... as "Mr. Trump,"',
# 'defended his campaign manager as a "very decent man"', 'dismissing them as part of the "Q"'.
AS_FRAME = regex.compile(
    rf"""
    (?<![\p{{L}}])(?P<verb>(?i:{_alt(AS_FRAME_VERBS)}))(?![\p{{L}}'’\-])   # the verb, a whole word
    [ ][^"“”;:!?\n]{{1,{AS_FRAME_MAX_CHARS}}}?                 # its object: "Estonia", "him"
    [ ]as[ ]                                                  # "as"
    (?:(?:a|an|the|his|her|their|its|being|having|been|part|one|of|in|mere)[ ]){{0,3}}   # "a", "part of the"
    $                                                         # right before the quote
    """,
    FLAGS,
)
# A participle that names a thing, its agent in a "by" phrase, then "as" right before the quote
# (searched in the words before it, AGENT_BEFORE_AS_MAX_CHARS): 'known by some Republicans as a "hug"', 'seen by
# organizers as a "lifeboat"'.
AGENT_BEFORE_AS = regex.compile(
    rf"""
    (?<![\p{{L}}])(?P<verb>(?i:{_alt(AS_FRAME_VERBS | NAMING_PARTICIPLES | PASSIVE_NAMING_PARTICIPLES)}))   # "known"
    (?:[ ]to)?[ ]by[ ]                                        # "by" ("referred to by")
    (?P<agent>[^"“”;:!?,.\n]{{1,60}}?)                        # the agent: "some Republicans"
    [ ]as[ ](?:(?:a|an|the)[ ])?                              # "as a"
    $                                                         # right before the quote
    """,
    FLAGS,
)
# A presenting verb's participle right before a quote (searched in the few words before it), its
# agent after the quote (AGENT_AFTER): 'has been called "strategic ambiguity" by Joshua Hendrick',
# 'often labeled as a "witch hunt" by Democrats'.
LABELED_BEFORE = regex.compile(
    rf"""
    (?<![\p{{L}}])(?i:{_alt(AS_FRAME_VERBS | NAMING_PARTICIPLES)})   # "called", "labeled"
    [ ](?:as[ ])?(?:(?:a|an|the)[ ])?                 # "as a"
    $                                                 # right before the quote
    """,
    FLAGS,
)
# "by" right after a quote's closing mark, the agent after it (matched at the mark's end).
AGENT_AFTER = regex.compile(r",?[ ]by[ ]", FLAGS)
# A sentence that opens with its cue, then the speaker, then the quote (searched in the words
# before it): 'Said Dorothy Poynter, who grew up with Ali, "Q"'.
INVERTED_OPENING = regex.compile(
    rf"""
    (?:^|(?<=\n[ ]*)|(?<=[.!?”"][ ]{{1,2}}))   # a paragraph or a sentence starts
    (?=\p{{Lu}})(?P<cue>(?i:{CUE_WORD}))[ ]+  # the capitalised cue: "Said"
    (?P<who>[^"“”:;\n]{{1,160}}?)              # the speaker and any apposition
    [ ]*[,:][ ]*$                              # right before the quote
    """,
    FLAGS,
)
# An inverted cue set off by commas inside the sentence before a quote (searched in its words):
# 'Because of how Democrats crafted the schedule, explained Rosenberg, "Q"', 'But, said
# Solovey, "Q"', 'The paradox of Nancy, says Carl Anthony, historian at ..., is that she was "Q"'.
INVERTED_ASIDE = regex.compile(
    rf"""
    (?<=,[ ])(?P<cue>{CUE_WORD})(?<!ing)       # a finite cue right after a comma ("..., telling
                                               # reporters, " is a participle's object)
    [ ]+(?P<who>\p{{Lu}}[^"“”:;,\n]{{0,80}}?)    # the speaker, capitalised
    ,[ ]                                       # the comma that closes the aside or opens an apposition
    """,
    FLAGS,
)
# An inverted "came" frame right after a quote's lead, up to its source: '"Call the roll," came
# shouts from the crowd', '"No," came the swift reply from the White House' (data/voiced_nouns.txt).
# The source after "from" speaks the quote (matched with SUBJECT_AFTER at the match's end).
INVERTED_CAME_FROM = regex.compile(
    rf"""
    (?P<cue>came)[ ]+                         # the inverted verb, before its subject
    (?:(?:the|a|an|more|loud|angry)[ ]+)?     # "the", "a", "loud"
    (?:\p{{Ll}}+[ ]+)?                        # one modifier: "swift", "angry"
    (?i:{_alt(VOICED_NOUNS)})                 # "shouts", "reply"
    [ ]+from[ ]+                              # "from", then the source
    """,
    FLAGS,
)
QUOTED_AS_SAYING = regex.compile(
    r"""
    (?:[^,;:.!?"“”]{1,60}?[ ])??      # the quoting outlet: "SANA "
    (?P<cue>quoted)                   # "SANA quoted Freij as saying"
    [ ]+(?P<who>[^,;:.!?"“”]{1,80}?)  # the person quoted
    [ ]+as[ ]+(?:saying|telling)      # "as saying"
    """,
    FLAGS | regex.IGNORECASE,
)
DASH_ATTRIBUTION = regex.compile(
    r"""
    [ ]*[\u2014\u2015\u2013\-]{1,2}[ ]*  # a dash right after the closing mark: "Q" ― X
    """,
    FLAGS,
)
# A writer's aside set off by dashes between the two parts of a split quote, which quotes
# someone else: 'He said, "Q1" - at which point the crowd chanted "X" - "Q2"'. DASH_ASIDE_OPENS
# is matched on the words between the quote before the aside and the aside's quote, and
# DASH_ASIDE_CLOSES on the words between the aside's quote and the next quote: then the aside's
# quote does not lend its speaker to Q2, which goes on the first part's words.
DASH_ASIDE_OPENS = regex.compile(
    r"""
    [ ]*(?:--|[\u2014\u2015\u2013]|(?<=[ ])-|-(?=[ ]))[ ]*   # the opening dash: "-", "--", "—"
    [^"“”\n\u2014\u2015\u2013]{1,120}                 # the aside's words up to its quote: "the crowd chanted"
    """,
    FLAGS,
)
DASH_ASIDE_CLOSES = regex.compile(
    r"""
    [ ]*(?:--|[\u2014\u2015\u2013]|-)[ ]*   # the closing dash and nothing else before the next quote
    """,
    FLAGS,
)
# The words after a cue carry on its sentence with a clause, an object or a new quote
# (matched at the cue's end): '"A." Reid said both Rubio and Cruz ...', '"A." Zahed said: "B"'.
# Such a cue after a quote that closed its sentence opens a new statement.
CUE_GOES_ON = regex.compile(
    rf"""
    (?:
        [ \u00a0]+(?!(?i:{_alt(CUE_ADJUNCTS)})(?![\p{{L}}]))  # not an adjunct: "said on Monday."
        \p{{L}}                               # a word: "that", "he", "the bill"
      | [,:]?[ \u00a0]*(?:''|["\u201c])       # a quote of its own: ', "B"', ': "B"'
    )
    """,
    FLAGS,
)
# What may follow a dash byline's speaker up to the paragraph's end (used with .fullmatch):
# '"Q" ― Carla Sanchez.' A dash that goes on ("― the Founding Father who ...", "- Russian
# for ''goodbye''") opens the writer's own aside, not a byline.
DASH_BYLINE_END = regex.compile(
    r"""
    [\s.]*                   # blanks and a full stop only
    """,
    FLAGS,
)
# The rest of a byline paragraph after its name (fullmatched to the paragraph's end): "- Sanders."
# or, after a comma, where or how the speaker spoke: "-Michelle Marks, Philadelphia.",
# "-President Obama, tweeting after Clinton's speech."
BYLINE_PARAGRAPH_END = regex.compile(
    r"""
    (?:,[ ][^"“”\n]{1,80})?  # an optional tail after a comma: a place, a participle
    [\s.]*                   # blanks and a full stop only
    """,
    FLAGS,
)
# The rest of a pull quote's signature line after its name (fullmatched to the line's end):
# '"Q.' then 'Josh Bivens, Economic Policy Institute."' closing the quote the line before opened.
SIGNATURE_LINE_END = regex.compile(
    r"""
    (?:,[ ][^"“”\n]{1,80}?)?  # an optional affiliation after a comma
    [.]?                      # a full stop
    ["”]                      # the closing mark of the quote above
    [ \t]*                    # trailing blanks only
    """,
    FLAGS,
)
# A clause of the writer's between a quote and its cue, then the subject (searched between the
# quote's lead and the cue): '"Q" than that of the CIA chief, <Zuckoff> said.'
ASIDE_THEN_SUBJECT = regex.compile(
    r"""
    [^"“”\n]{1,100}?         # the writer's words: no other quote, no paragraph break
    ,[ ]+                     # a comma closes them; the subject or the cue starts here
    """,
    FLAGS,
)
# A cue frame that closes its sentence (matched at its end): "Zuckoff said.", "said Paul Beck."
CUE_ENDS_SENTENCE = regex.compile(
    r"""
    [ ]*[.]                   # the full stop right after the cue
    (?:[ \n]|$)               # then the next sentence or paragraph
    """,
    FLAGS,
)
# What may follow an inverted frame's speaker up to its sentence's end (matched at the
# speaker's end): ', said Richard Curtin, the chief economist for the Michigan Survey.'
# An apposition with no quote of its own still leaves the frame closing the sentence.
SPEAKER_TAIL_ENDS_SENTENCE = regex.compile(
    r"""
    ,[ ]                      # the apposition's comma
    [^"“”\n]{1,200}?          # its words: no quote, no paragraph break
    [.]                       # the full stop that ends the sentence
    (?:[ \n]|$)               # then the next sentence or paragraph
    """,
    FLAGS,
)
# An adjunct after a cue up to its sentence's end (matched at the cue's end): ', Jeb Bush said
# on Twitter.', ', Wolverton wrote in a court filing.' The cue takes no clause or object there.
ADJUNCT_ENDS_SENTENCE = regex.compile(
    rf"""
    [ ]+(?i:{_alt(CUE_ADJUNCTS)})(?![\p{{L}}])   # an adjunct's first word: "on", "in", "later"
    (?:[ ](?!(?i:that|he|she|they|it|we|who|which)[ ])[^\s"“”]+){{0,8}}   # up to 8 more words, none
                              # opening a clause: "said on Monday that ..." goes on
    [.]                       # the full stop that ends the sentence
    (?:[ \n]|$)               # then the next sentence or paragraph
    """,
    FLAGS,
)
# A cue set off by commas inside the writer's sentence, which then resumes in lower case
# (matched at the cue's end): '"..." income, he said, rather than from deductions'.
CUE_PARENTHESIS_RESUMES = regex.compile(
    r"""
    ,[ ]+                     # the comma that closes the parenthetical cue
    (?=\p{Ll})                # the writer's sentence resumes with a lower-case word
    """,
    FLAGS,
)
# Where a sentence ends inside a paragraph: ". " before a capital or a mark, or a curly closing
# mark glued to the next sentence's capital ('!”Former'; a straight mark there may open a quote).
SENTENCE_END = regex.compile(
    r"""
    (?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Adm|Cmdr|Sgt|Maj|Prof|Rev|Pres|Ft|St|Jr|Sr|No|Vol|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|\p{Lu}))   # not an abbreviation or an initial
    [.!?]+                   # the end punctuation
    ["”'’)]*                 # closing marks that belong to the sentence
    (?=[ \t]+["“'‘(]{0,2}\p{Lu} # space, then a capitalised word (possibly quoted, also ''Q)
      |(?<=[”’])\p{Lu})          # or a curly closing mark glued to the next sentence's capital:
                               # 'I love Hispanics!”Former Gov. Jeb Bush broke down ...'
    """,
    FLAGS,
)
# What SENTENCE_END's lookahead reads after a sentence end (matched there): how far a window
# must reach for that end to count in it.
SENTENCE_END_NEEDS = regex.compile(
    r"""
    (?:[ \t]+["“'‘(]{0,2})?\p{Lu}  # the space and the capitalised word SENTENCE_END looks ahead to
    """,
    FLAGS,
)
# Text before a span that leaves the span a sentence of its own (searched in the paragraph up
# to the opening mark): nothing, or a finished sentence. '"Here comes Big Daddy," she said,
# clapping. "The Donald. Big Daddy."'
OWN_SENTENCE_BEFORE = regex.compile(
    r"""
    (?:^|[.!?]["”'’)]*)       # the paragraph's start, or the end punctuation of the sentence before
    [ \t]*$                   # then only blanks up to the opening mark
    """,
    FLAGS,
)
# The end of a span that is a sentence (matched at its end): '"We're America."'
OWN_SENTENCE_END = regex.compile(r"""[.!?]["”'’)]*[ ]*$  # its own end punctuation, inside the marks""", FLAGS)
# Words of a capitalised run that make it a title or a headline, not speech: Title Case.
CLAUSE_BREAK = regex.compile(
    r"""[,;:.!?()\[\]"\u201c\u201d\u2014\u2013\n]  # ends the descriptive run before a name""",
    regex.VERBOSE | regex.REVERSE,  # searched backwards: finds the break nearest the name
)
# Any letter at all: a quoted span without one is no text.
ANY_LETTER = regex.compile(r"\p{L}")
WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*", regex.V1)
# One character a WORD may hold.
WORD_CHAR = regex.compile(r"[\p{L}\p{N}'’\-]", regex.V1)
# The last WORD of a window (searched backwards): the same token WORD.findall would end with,
# found without tokenising the whole window.
LAST_WORD = regex.compile(WORD.pattern, regex.V1 | regex.REVERSE)
# A cue that continues a clause: "Baqeri met officials and declared", "..., saying".
CLAUSE_JOIN = regex.compile(
    r"""
    (?:,|(?<![\p{L}])(?:and|but|then|before|after|while|to))  # a comma, a conjunction, or an
    [ ]*$                                                  # infinitive's "to" ("was prompted to say")
    """,
    FLAGS,
)
# A plural description opening a sentence, as the subject of its verb (matched where the
# sentence's subject starts): "But the protesters also paid ...", "ISIS soldiers mock ...", or a
# person with their own people: "She and her defenders argue ...", "Cruz and his top aides insist".
# What "they" stands for in the sentences after it.
PLURAL_SUBJECT = regex.compile(
    rf"""
    [ ]*(?:(?:But|And|Yet|So|Then)[ ]+)?      # a conjunction opening the sentence
    (?P<description>
        (?:{NAME_RUN}|(?i:he|she)|(?i:the)[ ](?:{MODIFIER}[ ]){{0,2}}?{UNNAMED_HEAD})   # a person and
        [ ]and[ ](?i:his|her|their)[ ]        # their own: "She and her defenders", "the senator and his
        (?:{MODIFIER}[ ]){{0,2}}?             # allies", "He and his wife", "Trump and his top aides"
        (?:{UNNAMED_HEAD}|\p{{Ll}}[\p{{L}}\-]*(?<=[^s]s))  # the head: a person noun or a plural
      | (?:{PARTITIVE}                        # or a part or a number of them: "some of the", "thousands of",
        |{DETERMINER}[ ]|{NAME_RUN}[ ])?      # "the", "their", "ISIS"
        (?:{MODIFIER}[ ]){{0,3}}?             # modifiers: "other GOP"
        {UNNAMED_HEAD}(?<=s)                  # a plural head noun: "protesters", "groups"
    )
    (?![\p{{L}}'’])                          # a whole word, no possessive
    [ ]+\p{{Ll}}                              # then a lower-case word: its verb
    """,
    FLAGS,
)
# A plural description anywhere in a sentence (searched in the words of "they"'s own sentence
# before it, the last one taken, where no subject opening a sentence is plural): "A week later,
# so will an army of Bernie Sanders supporters planning protests against what they call ...".
PLURAL_MENTION = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}'’\-])                 # a whole word first
    (?P<description>
        (?:{DETERMINER}[ ])?                  # "an", "the"
        (?:\p{{Ll}}+[ ]of[ ])?                 # a collective's "of": "army of", "group of"
        (?:{MODIFIER}[ ]){{0,3}}?             # modifiers: "Bernie Sanders"
        {UNNAMED_HEAD}(?<=s)                  # a plural head noun: "supporters"
    )
    (?![\p{{L}}'’])                          # a whole word, no possessive
    """,
    FLAGS,
)
# Two people joined by "and" opening a sentence, as the subject of its verb (matched where the
# sentence's subject starts): "Professors Foner and Alba suggest ...", "Richard Alba and Nancy
# Foner, sociologists at the City University of New York, just published ...". What "they" or
# "the two" stands for in the sentences after it.
PAIR_SUBJECT = regex.compile(
    rf"""
    [ ]*(?:(?:But|And|Yet|So|Then)[ ]+)?      # a conjunction opening the sentence
    (?P<first>{NAME_RUN})                     # the first name: "Professors Foner"
    (?:[ ]\([^()]{{1,40}}\))?                 # "(D-Md.)"
    [ ]and[ ]                                 # joined by "and"
    (?P<second>{NAME_RUN})                    # the second name: "Alba"
    (?![\p{{L}}'’])                          # a whole word, no possessive
    (?:[ ]\([^()]{{1,40}}\))?                 # "(R-S.C.)"
    (?:,[^,;:!?"“”\n]{{1,120}},)?              # an apposition: ", sociologists at ...,"
    [ ]+(?:(?:{AUX}|{ADVERB})[ ]+){{0,3}}      # "have", "also", "recently"
    \p{{Ll}}                                  # then a lower-case word: their verb
    """,
    FLAGS,
)
# Names joined by "and" into one subject: "John Smith and Mary Jones wrote", "Smith, Jones and
# Brown said". SUBJECT_BEFORE and SUBJECT_AFTER read one name (the last or the first); these find
# the others next to it, and attribute.mentions joins them into one speaker. A conjunct never
# starts inside a capitalised run ("of Hillary| Clinton and") nor after a preposition ("between
# Clinton and Sanders, Trump said": there the last name is not ours), and a run cannot cross a
# sentence's end ("Amazon and Mr. Bezos. Mr. Trump said": only "Mr. Trump").
_JOIN_PAREN = r"(?:[ ]\([^()]{1,40}\))?"   # a party tag after a name: "(D-Md.)"
JOINED_NAMES_BEFORE = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}'’])                       # a whole word
    (?<!\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*[ ])           # never inside a capitalised run
    {NOT_AFTER}(?<!(?i:between|among|against|including|like|versus|vs\.|and|or|nor)[ ])   # nor a preposition's object
    (?P<part>{NAME_RUN}){_JOIN_PAREN}            # the first name: "John Smith"
    (?:(?:,[ ](?P<part>{NAME_RUN}){_JOIN_PAREN}){{1,3}},?)?   # more in a list: ", Mary Jones" (then
                                                 # maybe ", and"; two names never: "deport Haley, and Trump said")
    [ ]and[ ]                                    # "and" before the name read already
    $                                            # right before it
    """,
    FLAGS,
)
# The same after a first name read: "... wrote John Smith| and Mary Jones.", "Smith|, Jones and
# Brown said". The last name is whole, no possessive ("Clinton and Sanders' supporters").
JOINED_NAMES_AFTER = regex.compile(
    rf"""
    {_JOIN_PAREN}
    (?:(?:,[ ](?P<part>{NAME_RUN}){_JOIN_PAREN}){{1,3}},?)?   # more in a list: ", Mary Jones"
    [ ]and[ ]                                    # "and" (", and" only after a list)
    (?P<part>{NAME_RUN})                         # the last name
    (?![\p{{L}}\p{{N}}'’\-])                     # whole, no possessive
    """,
    FLAGS,
)
# The first names of a joined subject that fills the words between a quote and its cue ('"Q,"
# John Smith and Mary Jones wrote'): SUBJECT_BEFORE reads the last name from where this ends.
JOINED_NAMES_LEAD = regex.compile(
    rf"""
    {NAME_RUN}{_JOIN_PAREN}                      # the first name
    (?:(?:,[ ]{NAME_RUN}{_JOIN_PAREN}){{1,3}},?)?   # more in a list
    [ ]and[ ]                                    # "and" (", and" only after a list): the last name follows
    """,
    FLAGS,
)
# A singular thing or body opening a sentence, as the subject of its verb (matched where the
# sentence's subject starts): "The post showed ...", "A letter this month to the bank board
# ... reflected ...", "Trump's campaign immediately backtracked". What "it" stands for.
THING_SUBJECT = regex.compile(
    rf"""
    [ ]*(?:(?:But|And|Yet|So|Then)[ ]+)?      # a conjunction opening the sentence
    (?P<description>
        (?:(?i:a|an|the|this|that|its|his|her|their)[ ]  # "The", "A", "Her"
          |{NAME_RUN}['’]s[ ])                # or an owner: "Trump's"
        (?:{MODIFIER}[ ]){{0,3}}?             # modifiers: "Facebook", "new radio"
        (?i:{_alt(THING_HEADS | ORG_WORDS)})  # the head: "post", "letter", "campaign"
    )
    (?![\p{{L}}'’\-])                        # a whole word, no possessive
    """,
    FLAGS,
)
# A thing named in the phrase that opens a sentence ahead of its subject (matched at the
# sentence's start): "On his website, Sanders has already started ... '"Q," it now says'".
# What "it" stands for when that sentence's subject is a person, who says nothing as "it".
THING_IN_OPENING_PHRASE = regex.compile(
    rf"""
    [ ]*(?:(?:But|And)[ ]+)?                  # a conjunction opening the sentence
    (?i:on|in)[ ]                             # the phrase's preposition: "On", "In"
    (?P<description>
        (?i:a|an|the|this|its|his|her|their)[ ]  # "his", "a"
        (?:{MODIFIER}[ ]){{0,3}}?             # modifiers: "campaign", "new"
        (?i:{_alt(THING_HEADS)})              # the head: "website", "statement", "ad"
    )
    (?![\p{{L}}'’\-])                        # a whole word, no possessive
    [^,"“”.\n]{{0,30}}                       # the rest of the phrase: " on Tuesday"
    ,[ ]+                                     # the comma that ends it, before the subject
    """,
    FLAGS,
)
# A web domain's ending right after a name (matched where the name ends): "GunBroker.com",
# "Change.org" name a website, a body, not a person.
WEB_DOMAIN_END = regex.compile(
    r"""
    \.(?:com|org|net)                        # the top-level domain
    (?![\p{L}\p{N}])                         # a whole word: not ".community"
    """,
    FLAGS,
)
# A singular unnamed person opening a sentence, the shared start of PERSON_SUBJECT and
# PERSON_OPENING: "One California delegate", "A 29-year-old Berlin woman".
_INDEFINITE_PERSON_OPENING = rf"""
    [ ]*(?:(?:But|And|Yet|So|Then)[ ]+)?      # a conjunction opening the sentence
    (?P<description>
        (?i:a|an|one|another)[ ]              # an indefinite determiner: someone not named
        (?:{MODIFIER}[ ]){{0,3}}?             # modifiers: "California", "retired", "29-year-old"
        (?i:{_alt(PERSON_NOUNS)})             # a head only a person bears: "delegate", "woman"
    )
    (?![\p{{L}}\p{{N}}'’\-])                  # a whole word, no possessive
"""
# A singular person a "the" description opens a sentence with, as the subject of any verb
# (matched where the sentence's subject starts): "The woman who started it all identified
# herself to CNN as ... '"Q," she said'". What a later "he" or "she" stands for when no name
# is nearer; tried, like PERSON_OPENING, on the sentence right before the pronoun's.
DEFINITE_PERSON_OPENING = regex.compile(
    rf"""
    [ ]*(?:(?:But|And|Yet|So|Then)[ ]+)?      # a conjunction opening the sentence
    (?P<description>
        (?i:the)[ ]                            # a definite determiner
        (?:{MODIFIER}[ ]){{0,3}}?             # modifiers: "retired", "29-year-old"
        (?i:{_alt(PERSON_NOUNS)})             # a head only a person bears: "woman", "candidate"
    )
    (?![\p{{L}}\p{{N}}'’\-])                  # a whole word, no possessive
    (?:[ ]who[ ][^,"“”.\n]{{1,40}}?)?        # a relative clause: "who started it all"
    (?:,[^,"“”\n]{{1,80}},)?                  # an aside: ", meanwhile,", ", 67,"
    [ ]+(?:(?:{AUX})[ ]+){{0,3}}               # "has", "also"
    \p{{Ll}}+(?:ed|s)(?![\p{{L}}\-])          # then a verb in the past or present: "identified"
    """,
    FLAGS,
)
# A singular unnamed person opening a sentence as a cue's subject (matched where the
# sentence's subject starts): "One California delegate said he tried ...", "A woman who lives
# nearby told reporters ...". What a later "he" or "she" stands for when no name is nearer.
PERSON_SUBJECT = regex.compile(
    _INDEFINITE_PERSON_OPENING
    + rf"""
    (?:[ ](?i:in|from|for|at|of|on|with|who)[ ][^,"“”.\n]{{1,60}}?)?  # "in the crowd", "who lives nearby"
    (?:,[^,"“”\n]{{1,80}},)?                  # an apposition: ", 67,", ", a retired nurse,"
    [ ]+(?:(?:{AUX})[ ]+){{0,3}}               # "has", "also"
    {CUE_WORD}(?![\p{{L}}\-])                  # then a cue verb: "said", "told"
    """,
    FLAGS,
)
# A singular unnamed person opening a sentence as the subject of any verb: "A 29-year-old
# Berlin woman, meanwhile, received probation after she ... '"Q!" she wrote'". Tried only on
# the sentence right before the pronoun's, where no cue is needed to make her the topic.
PERSON_OPENING = regex.compile(
    _INDEFINITE_PERSON_OPENING
    + rf"""
    (?:,[^,"“”\n]{{1,80}},)?                  # an aside: ", meanwhile,", ", 67,"
    [ ]+(?:(?:{AUX})[ ]+){{0,3}}               # "has", "also"
    \p{{Ll}}+(?:ed|s)(?![\p{{L}}\-])          # then a verb in the past or present: "received"
    """,
    FLAGS,
)
# A description right before ", who" (searched in a window ending at "who"): "a lecture from
# <the Mexican president>, who said ...", "said <one Democrat familiar with the talks>, who added".
DESCRIPTION_THEN_WHO = regex.compile(
    rf"""
    (?P<description>
        (?<![\p{{L}}'’]){DETERMINER}[ ]        # "the", "one", "a"
        (?:{MODIFIER}[ ]){{0,4}}?              # modifiers: "Mexican", "former campaign"
        {UNNAMED_HEAD}(?![\p{{L}}'’])         # the head noun: "president", "staffer"
        (?:[ ](?:of|for|at|with|from|in)[ ][^,;:"“”\n]{{1,60}})?  # "familiar with the talks"
    )
    ,[ ]+$                                    # the comma before "who"
    """,
    FLAGS,
)
# A name and its apposition right before ", who" (searched in a window ending at "who"):
# "Mitch McConnell, now the majority leader, who in 2010 said ...", "Sen. Bob Corker, the
# chairman of the committee, who has called ...": the name is who the relative clause is about.
NAME_APPOSITION_THEN_WHO = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{M}}'’\-])(?P<name>{NAME_RUN})   # the name: "Mitch McConnell"
    ,[ ](?:(?i:now|then|still|once|also)[ ])?     # the apposition's comma, an adverb: ", now"
    (?:(?i:the|a|an|his|her|its|their)[ ]|{NAME_RUN}['’]s[ ])   # its determiner or owner
    [^,;:!?"“”()\n]{{1,80}}                       # the apposition: "the majority leader"
    ,[ ]+$                                        # the comma before "who"
    """,
    FLAGS,
)
# A name right before the comma that opens its apposition (searched in a window ending where
# the apposition starts): "Geoff Garin, | a Democratic pollster who is working with ...".
NAME_BEFORE_APPOSITION = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{M}}'’\-])(?P<name>{NAME_RUN})   # the name: "Geoff Garin"
    ,[ ]+$                                        # the apposition's comma
    """,
    FLAGS,
)
# A name set off by commas right after a description, past its lower-case post-modifiers
# (matched at the description's end): "The French minister| of environment and energy,
# Ségolène Royal, alluded to ...": the name is who the description speaks of. Past a
# preposition the post-modifier may name its object: "A spokesman| for Gov. Rick Scott, John
# Tupps, said", "The director| of the Federal Bureau of Investigation, James B. Comey, said".
DESCRIPTION_THEN_NAME = regex.compile(
    rf"""
    (?:[ ]\p{{Ll}}[\p{{L}}\-]*){{0,6}}         # lower-case words: "of environment and energy"
    (?:[ ](?:for|to|of|at|with|from)          # a preposition, then its object's words, capitalised
        (?:[ ](?:{NAME_WORD}|\p{{Ll}}[\p{{L}}\-]*)){{1,6}}?   # or not: "for the Clinton campaign"
    )?
    ,[ ](?P<name>{NAME_RUN})                  # the comma, then the name
    (?![\p{{L}}\p{{M}}'’\-])                    # a whole name, closed by a comma or, after a
    (?:,|\.(?=\s|$)                            # cue, by the sentence's end: '"Q," said the American
                                                # ambassador at the time, John E. Herbst.'
      |(?=[ ]of[ ](?:the[ ]|\p{{Lu}})))           # or by the body the person is of: '"Q," said another
                                                # leading Supreme Court advocate, Andrew J. Pincus of the
                                                # law firm Mayer Brown.'
    """,
    FLAGS,
)
# A preposition and any title words right before a name (searched in a window ending at the
# name): "A spokesman for Gov. |Rick Scott, John Tupps, said", "An aide to Speaker |Paul Ryan":
# the name is the object of a description that opens the subject, so a bare name apposed to it
# names the speaker.
PREPOSITION_THEN_TITLES = regex.compile(
    rf"""
    (?<![\p{{L}}])(?:to|for|of|at|with|from)[ ]   # the description's preposition
    (?:(?i:the)[ ])?                            # "for the Rev. ..."
    (?:{NAME_WORD}[ ]){{0,3}}                    # title words: "Gov.", "Speaker", "House Speaker"
    $                                           # right before the name
    """,
    FLAGS,
)
# An introductory phrase ahead of a sentence's subject: "On Wednesday, ", "In a statement, ".
INTRO_PHRASE = regex.compile(
    rf"""
    [ ]*(?:(?:On|In|At|After|Before|During|Last|Earlier|Later|Since|Speaking|Asked|Meanwhile|
    However|But|And|Still|Yet|Now|Then|Also
    |{_alt({w.capitalize() for w in LEAD_IN_OPENERS})})   # a lead-in adverb: "Instead", "Ironically"
    \b[^,"“”.]{{0,60}},[ ]*)?                 # optional lead-in ending in a comma
    """,
    FLAGS,
)
# "with" right before a participle's subject (searched up to the subject's start): in
# '..., with Gorka noting "Q"' the participle has a subject of its own, not the sentence's.
# So has one right after "of": 'The ad uses footage of Hillary Clinton asking, "Q"'.
ABSOLUTE_WITH = regex.compile(
    r"""
    (?:
        (?<![\p{L}])with[ ]+     # "with", then the participle's own subject
        [^,;:"“”\n]{0,40}        # its first words: "with Sen. John McCain calling"
      | (?<![\p{L}])of[ ]+       # or "of" right before it: "footage of Hillary Clinton asking"
        (?:\p{Lu}[\p{L}.'’\-]*[ ]+){0,3}   # (a name's first words: "Hillary ")
    )
    $                         # right before the subject's last words
    """,
    FLAGS | regex.IGNORECASE,
)
# A dash closing the main clause right before a name that opens a participle (searched up to
# the name's start): 'both men issued a statement – Ryan saying he was "very encouraged"'. The
# name is the participle's own subject (an absolute), not the object of the clause before.
ABSOLUTE_AFTER_DASH = regex.compile(
    r"""
    (?:[–—][ ]*|[ ]-[ ]+)     # the dash: "–", "—" or a spaced hyphen
    (?:\p{Lu}[\p{L}.'’\-]*[ ]+){0,3}   # the name's first words: "Paul "
    $                         # right before the name's last word
    """,
    FLAGS,
)
# A preposition right before a phrase (searched up to the phrase's start): "in |the past
# described", "for |a 2002 psychology class called" make the phrase an object, not a subject.
AFTER_PREPOSITION = regex.compile(
    r"""
    (?<![\p{L}])(?:to|of|for|with|by|from|in|on|at|into|about|than|during|after|before|since|
        through|across|along|around|among|against|behind|near|outside|inside|toward|towards|
        under|over|without)  # "Protesters marching through |the streets chanted"
    [ ]+$                     # right before the phrase
    """,
    FLAGS | regex.IGNORECASE,
)
# An "apposition" that opens with a verb is a clause, and the name before it no subject
# (matched at the apposition's comma): "whose latest start-up, Paradata|, uses big data ...,
# said", "whose hometown, Miami|, is projected to be ..., argues".
APPOSITION_VERB = regex.compile(
    rf"""
    ,[ ]+
    (?:
        (?:is|was|are|were|has|have|had|will|would|can|could)(?![\p{{L}}])   # "is", "has"
      | (?!(?:{TITLE_WORD})(?![\p{{L}}]))           # not a role: ", spokesman", ", analysts"
        \p{{Ll}}[\p{{L}}\-]*(?:s|ed)               # a finite verb: "uses", "claimed"
    )
    [ ]
    """,
    FLAGS,
)
# The rest of a lead-in clause after its first words, up to and past its comma (matched at
# the end of the words): "Reprising| one of her own favorite lines, ", "When Trump| suggested ..., ".
LEAD_IN_END = regex.compile(
    r"""
    [^,"“”\n\u2014\u2015]*?    # the clause's words: no quote, no paragraph break
    (?:,|[ ]?[\u2014\u2015])[ ]+  # its comma or dash ("Hastily politicizing the tragedy ― much
                              # like ... ― Trump cast"); the subject starts after it
    """,
    FLAGS,
)
# A colon that closes the words before a quote's opening mark (matched with .search over
# the quote's sentence up to the mark): 'Sanders on Tuesday night warned of the fight ahead: "Q"'.
COLON_BEFORE_MARK = regex.compile(
    r"""
    :[ ]*$                    # the colon, then only blanks up to the opening mark
    """,
    FLAGS,
)
# A reaction verb and its named object closing the words before a colon lead (searched in the
# sentence up to the colon): 'The timing of Sanders' surge doesn't surprise Republican pollster
# Daron Shaw: "Q"'. The object reacts, so it speaks the quote, not the sentence's subject.
REACTOR_BEFORE_COLON = regex.compile(
    rf"""
    (?<![\p{{L}}'’\-])(?i:{_alt(REACTION_VERBS)})[ ]          # "surprise", "worries"
    (?:(?:{TITLE_WORD}|{DESCRIPTOR}|{NAME_RUN})[ ]){{0,4}}?    # "Republican pollster"
    (?P<name>{NAME_RUN})                                      # the object: "Daron Shaw"
    [ ]*$                                                     # right before the colon
    """,
    FLAGS,
)
# A dateline opening a story's first sentence (used with .match at the sentence start):
# "WASHINGTON, Dec. 8 (UPI) — ", "LA CROSSE, Wis. — ", "Washington (AFP) – ".
DATELINE = regex.compile(
    r"""
    [ ]*\p{Lu}[\p{Lu}\p{L}.'\-]*(?:[ ]\p{Lu}[\p{Lu}.'\-]*){0,3}   # the place: "LA CROSSE", "Washington"
    (?:,[ ][^,—–\n"“”]{1,30})?        # its state or the date: ", Wis.", ", Dec. 8"
    (?:[ ]\([^()\n]{1,20}\))?        # the agency: "(UPI)"
    [ ]+[—–\-]{1,2}[ ]+               # the dash
    """,
    FLAGS,
)
# A headline or a form's label opening a sentence before a colon (used with .match at the
# sentence start): "Veto Power Impedes Peace Efforts: ", "Editor's Note: ". Its capitalised
# words are no subject; the sentence's subject, if any, follows the colon.
HEADLINE_LABEL = regex.compile(
    rf"""
    [ ]*(?:{NAME_WORD}(?:['’]s)?[ ]|(?:of|and|the|for|in|on|to|a|an|with)[ ]){{1,7}}   # Title Case words
    {NAME_WORD}                       # the label's last word: "Efforts", "Note"
    :[ ]+                             # its colon, then the sentence proper
    """,
    FLAGS,
)
# An empty "it" opening a sentence before a that-clause (used with .match at the sentence
# start, past its lead-in): "It has not helped that ", "It is clear that ". "It" stands for
# nothing that could speak; the clause's subject follows "that". Speech verbs are left out:
# "It said that ..." is an organisation or a document speaking.
EXPLETIVE_IT_OPENING = regex.compile(
    r"""
    [ ]*It[ ]+                                   # the empty subject
    (?:(?:is|was|has|had|does|did|may|might|would|will|could)(?:n['’]t|[ ]+not)?[ ]+)?  # an auxiliary: "has not"
    (?:(?:also|now|still|certainly|perhaps)[ ]+)?  # an adverb: "is also"
    (?:been[ ]+|be[ ]+)?                         # "has been", "may be"
    (?:help(?:s|ed)?|matter(?:s|ed)?|seem(?:s|ed)?|appear(?:s|ed)?|  # a verb of the frame
       clear|true|likely|possible|obvious|no[ ](?:surprise|secret|wonder|accident|coincidence))  # or its predicate
    [ ]+that[ ]+                                 # "that", then the clause's subject
    """,
    FLAGS,
)
# A conjunction opening a sentence with no comma after it (matched at the sentence's start):
# "And then Trump went on the attack, saying ...".
BARE_CONNECTIVE = regex.compile(
    r"""
    [ ]*(?:And|But|So|Then|Now|Yet)(?:[ ]then)?   # the conjunction, "then" allowed after it
    [ ]+                                          # then the subject
    """,
    FLAGS,
)
# A verb that controls an infinitive or gerund cue right after it (searched in the words before
# the cue): "Mr. Trump was prompted to say", "he began by saying". Its subject is the cue's.
CONTROL_VERB_BEFORE = regex.compile(
    r"""
    (?<![\p{L}'’\-])(?P<verb>\p{Ll}+ed|began)      # a past form: "prompted", "wanted", "began"
    [ ]+(?:to|by)[ ]+$                             # "to" or "by", right before the cue
    """,
    FLAGS,
)
# A participle that an infinitive cue completes (searched in the words before the cue): "with
# Lewandowski| taking to Twitter to| call Fields ...", "with Clinton| using her speech to| say". The
# participle's subject (after "with") is the cue's.
PARTICIPLE_BEFORE_INFINITIVE = regex.compile(
    r"""
    (?<![\p{L}\-'’])(?P<participle>\p{Ll}{2,}ing)   # the participle: "taking", "using"
    (?:[ ][^ ,;:.!?"“”()\n]+){0,5}?                 # its object or adjunct, up to five words
    [ ]to[ ]$                                      # "to", right before the cue
    """,
    FLAGS,
)
# A verb joined to the cue by "and", right before the cue (searched in the words before it): "he
# laughed and| said", "she smiles and| adds". The verb's subject is the cue's.
COORDINATED_VERB_BEFORE = regex.compile(
    r"""
    (?<![\p{L}'’\-])(?P<verb>\p{Ll}+(?:ed|s))   # a past or present form: "laughed", "smiles"
    [ ]+and[ ]+$                                 # "and", right before the cue
    """,
    FLAGS,
)
# Where a clause's subject may start (searched in the words before it, up to it): after a
# sentence end, a comma or dash, or a conjunction ("..., he| laughed and said", "and Ortiz|
# shrugged"), never inside a noun phrase ("met with several Syrian| officials and declared").
CLAUSE_OPENING_BEFORE = regex.compile(
    r"""
    (?:[,;:.!?"”()\u2014\u2013\n]   # a sentence end, a comma, a colon or a dash
      |(?<![\p{L}])(?i:and|but|then|so|yet|when|while|after|before|because|since|until|if|though|although|once))
    [ ]*$                             # then the subject
    """,
    FLAGS,
)
# "as" right before a cue's subject (searched in the few words before it): "- as| Rubio has said -".
AS_BEFORE_SUBJECT = regex.compile(
    r"""
    (?<![\p{L}])(?i:as)[ ]+$         # "as", then the subject
    """,
    FLAGS,
)
# The close of an "as X said" aside followed by a new conjunct (matched right after the cue):
# "... he doesn't have small hands - as Rubio has said| - and he can "Q"". The aside is about the
# clause before it; the conjunct after it, and any quote there, is not Rubio's.
ASIDE_CLOSED_BEFORE_CONJUNCT = regex.compile(
    r"""
    [ ]*(?:,|-{1,2}|[\u2014\u2013])   # the aside's closing comma or dash
    [ ]*(?:and|but|or)[ ]            # then a coordinating conjunction
    """,
    FLAGS,
)
# An object relative clause opened right before a cue's subject (searched in the few characters
# before it): "his proposed expansion of child tax credits, which| the Tax Foundation estimates".
OBJECT_RELATIVE_BEFORE_SUBJECT = regex.compile(
    r"""
    ,[ ]+(?:which|that)[ ]+$         # the relative's comma and pronoun, then the subject
    """,
    FLAGS,
)
# The main clause taking up again after such a relative closed by its comma (searched between the
# cue and the quote): "..., which the Tax Foundation estimates would cost $170 billion|, would
# risk| "Q"". A modal or a form of "be"/"have" after the comma is the main clause's verb.
MAIN_CLAUSE_RESUMES = regex.compile(
    r"""
    ,[ ]+(?:would|will|could|should|might|may|can|is|was|are|were|has|have|had)   # the verb
    [ ]+\p{Ll}                       # then its lower-case complement
    """,
    FLAGS,
)
# A fixed question phrase right before a quote, its subject before it (data/question_phrases.txt):
# 'But he wanted to know, "Q?"'. Matched at the end of the words before the quote.
QUESTION_PHRASE_BEFORE = regex.compile(
    rf"""
    (?<![\p{{L}}'’\-])(?P<cue>{_alt(QUESTION_PHRASES)})   # "wanted to know"
    [ ]*[,:]?[ ]*$                                     # a comma or colon at most, then the quote
    """,
    FLAGS,
)
# The writer's own aside right before a quote, set off by a comma: 'Trump said, and I quote, "Q"'.
# Its "I" and "quote" are no speaker and cue: the frame before it speaks the quote.
WRITER_QUOTE_ASIDE = regex.compile(
    r"""
    ,[ ](?:and[ ])?I[ ]quote                       # ", and I quote", ", I quote"
    [ ]*[,:]?[ ]*$                                 # a comma or colon at most, then the quote
    """,
    FLAGS,
)
# A name given as an example, ending an object phrase: "Clinton economic advisers like Gene
# Sperling" (matched at the phrase's end; the example speaks for the group).
EXAMPLE_NAME_END = regex.compile(
    r"""
    (?<![\p{L}])(?:like|including|such[ ]as)[ ]     # the example marker, then the name
    """
    + SUBJECT_AFTER_BODY
    + r"""
    $                         # the object's end
    """,
    FLAGS,
)
# A verb that makes its object speak, the object, and "to" right before the cue (searched in the
# words before a cue with no subject of its own): "leading Clinton economic advisers like Gene
# Sperling to counter that "Q"", "prompted Dave Leip's Atlas ..., which examines bellwether
# states, to state, "Q"" (data/causative_verbs.txt).
CAUSATIVE_OBJECT_BEFORE = regex.compile(
    rf"""
    (?<![\p{{L}}'’\-])(?:{_alt(CAUSATIVE_VERBS)})[ ]+     # "prompted", "leading"
    (?P<object>[^,;:!?"“”()\n]{{1,80}}?)                 # the object: "Dave Leip's Atlas of ..."
    (?:,[ ]+(?:who|which|that)[ ][^,;:!?"“”()\n]{{1,120}},)?   # a relative clause in commas
    [ ]+to[ ]+$                                        # "to", right before the cue
    """,
    FLAGS,
)
# Where a clause may start inside a sentence: after a comma (searched between sentence start and cue).
CLAUSE_COMMA = regex.compile(r",[ ]+", FLAGS)
# A cue right after a name (matched at the name's end): "Freij said", "Reid (D-Nev.) told",
# "Abed al-Fawal, a political activist, told".
THEN_CUE = regex.compile(
    rf"""
    (?:[ ]\([^()]{{1,40}}\))?                  # a parenthetical: "(D-Nev.)"
    (?:,[^,;:!?"“”\n]{{1,120}}                 # an apposition ...
       (?:,(?![ ]\p{{Lu}}\p{{L}}*[ ]\p{{Lu}})       # ... with up to two short parts more: ", of Springfield, Va.,"
          [^,;:!?"“”\n]{{1,25}}){{0,2}},)?        #     (never a full name: "the Observer, her adviser, Jake Sullivan,")
    # (a part's length tuned on PolNeAR train, speaker_name_accuracy: 15..40 -> 0.8696, 60 -> 0.8695,
    # where ", Trump hewed more to President Obama's approach," passed for one)
    [ ]+(?:(?:{AUX})[ ]+){{0,3}}              # "also", "has"
    {CUE_WORD}(?![\p{{L}}\-])                 # the cue
    (?<!continue[ds]?(?=[ ]to[ ]))            # not "Trump continued to hurt his cause": no speech
    """,
    FLAGS,
)
# A person's home town between the name and its cue, with no commas before it (matched at the
# name's end, THEN_CUE after it): "Stacy Baker| of Columbia, South Carolina| says she ...".
HOME_TOWN = regex.compile(
    r"""
    [ ]of(?:[ ]\p{Lu}[\p{L}.]*){1,2}          # "of Columbia": one or two capitalised words
    (?:,(?:[ ]\p{Lu}[\p{L}.]*){1,2})?,?       # ", South Carolina", a state after its comma
    (?=[ ])
    """,
    FLAGS,
)
# A cue after a name's apposition too long or too rich for THEN_CUE and SUBJECT_BEFORE (commas,
# quotes: matched at the end of the name right after a quote): '"Q," Trump, the 2016 GOP
# presidential frontrunner ... after winning the New Hampshire primaries, said', '"Q," Texas
# delegate Bill Eastland, wearing a cowboy hat and "Ted Cruz" campaign pins, said'.
LONG_APPOSITION_MAX_CHARS = 200   # the longest on PolNeAR train runs 135
APPOSITION_THEN_CUE = regex.compile(
    rf"""
    ,[ ](?P<apposition>[^\n]{{1,{LONG_APPOSITION_MAX_CHARS}}}?)   # the apposition, the shortest that fits
    ,[ ]+(?:(?:{AUX}|{ADVERB})[ ]+){{0,2}}        # "also", "later"
    (?P<cue>{CUE_WORD}                            # the cue, a whole word, in lower case or,
      |(?=\p{{Lu}})(?i:{CUE_WORD}))(?![\p{{L}}\-])   # a brand's verb, capitalised: "Tweeted"
    """,
    FLAGS,
)
# A name's sentence with its cue left out, closed by where the speaker spoke from (matched at
# the end of a name right after a quote that ends in a comma): '"Q," Trump from his desk.',
# '"Q," Sanders on Twitter.' Only a short place phrase, then the full stop: the sentence holds
# no verb that could make the name anything but the quote's speaker.
ELIDED_CUE_PLACE_MAX_WORDS = 5   # "from his desk", "in an Instagram video Thursday" (train: 1 such sentence)
ELIDED_CUE_TAIL = regex.compile(
    rf"""
    [ ]+(?P<cue>from|on|in|at|via|during|aboard)   # where or how the words were said
    (?:[ ]+(?!{AUX}(?![\p{{L}}]))[\p{{L}}\p{{N}}'’\-]+){{1,{ELIDED_CUE_PLACE_MAX_WORDS}}}   # a few plain words: no
    # comma, no quote, no auxiliary ('"Q," Trump in 2015 was a different man.' has its verb)
    [.]                                          # the full stop ending the sentence
    (?:[ \n]|$)                                  # then the next sentence or paragraph
    """,
    FLAGS,
)
# Inside a quote whose closing mark the writer left out, the inverted cue that should have
# followed it (searched in the quote's text): '"There wasn't a lot of education to adoptive
# parents ... what papers to keep, said Kessel, whose organization ...' -- only "said"/"says"
# after a comma or a question or exclamation mark, then a capitalised word.
UNCLOSED_INNER_CUE = regex.compile(
    r"""
    [,?!][ ]+                 # the end of the words spoken
    (?P<cue>said|says)        # the inverted cue (lower case: not a sentence of the quote)
    [ ]+(?=\p{Lu})            # then the speaker's name
    """,
    FLAGS,
)
# The sentence right after a quote, opening with a demonstrative and a noun for the quotation,
# then "from" and its source (matched where the words after the quote start; the source is read
# by SUBJECT_AFTER at its end): '"Q." That quote from Alabama Securities Commissioner Thomas
# Krebs appeared ...', '"Q." Those words, from Sen. X, ...' (data/quoted_words_nouns.txt).
QUOTE_FROM_SOURCE = regex.compile(
    rf"""
    (?:That|This|Those|These|The)[ ]+         # the demonstrative, opening the next sentence
    (?P<cue>(?:{_alt(QUOTED_WORDS_NOUNS)})s?)   # "quote", "line", "remarks"
    ,?[ ]+(?:(?:came|comes|is|was)[ ]+)?      # "That quote came from"
    from[ ]+                                  # then its source
    """,
    FLAGS,
)
# A cue right before a name (searched in the few characters ahead of it): "said Hatami".
CUE_THEN = regex.compile(
    rf"""
    [,"”'’][ ]                                # after a quote or a clause: '," said Hatami'
    (?<![\p{{L}}\-'’]){CUE_WORD}               # the cue (not the verb of "to criticize Trump")
    [ ]$                                      # then the name
    """,
    FLAGS,
)
# A sentence's subject and then a verb that is no cue: '<Trump> thanked Obama for "Q"',
# '"Q," <Trump> barked.' Used with .match where the subject should start.
SUBJECT_VERB = regex.compile(
    SUBJECT_AFTER_BODY + rf"""
    (?:[ ]\([^()]{{1,40}}\))?                  # a parenthetical: "(D-Nev.)"
    (?:,[^,;:!?"“”\n]{{1,120}},)?              # an apposition: ", star of the show,"
    [ ]+(?!{UNNAMED_HEAD}(?![\p{{L}}]))        # never a plural noun: "GOP nominees", "Trump aides"
    (?!(?:{_alt(NOT_VERBS)})(?![\p{{L}}\-'’]))  # nor a word like "his", "this" ("Given his past ...")
    (?:
        (?:(?:{AUX})[ ]+){{1,3}}                # after "is", "has": "is praising", "has hailed"
        (?P<verb>\p{{Ll}}[\p{{L}}\-]*?(?:ed|s|ing))
      | (?P<verb>\p{{Ll}}[\p{{L}}\-]*?(?:ed|s)    # or a finite form itself: "thanked", "boasts",
          |(?:{_alt(IRREGULAR_PAST_VERBS)}))   # an irregular past: "Jeb Bush broke down ..."
    )
    (?![\p{{L}}\-'’])                          # whole word
    """,
    FLAGS,
)
POSSESSIVE_END = regex.compile(r"['’]s?$")
# A subject's name run that opens with "the", one lower-case word and a past-tense verb (matched
# at the name's start): "The board| saw Fiorina, then 44, as ...", "the rally| denounced Republican
# presidential candidate Donald Trump's call". SUBJECT_VERB's descriptors read the verb as a
# modifier and its object as the name; the subject is the description. Never an adverb or a
# function word before a participle: "the newly elected mayor Bill de Blasio", "the most
# respected economist John Smith" (participle_modifiers.txt).
DESCRIPTION_THEN_VERB = regex.compile(
    rf"""
    (?P<description>
        (?i:the)[ ]
        (?!(?!(?:{_alt(LY_NOUNS)})[ ])\p{{Ll}}+ly[ ])   # not "the newly elected" (but "the rally": data/ly_nouns.txt)
        (?!(?:{_alt(FUNCTION_WORDS | PARTICIPLE_MODIFIERS)})[ ])   # not "the most respected", "the former disgraced"
        \p{{Ll}}[\p{{L}}\-]*                         # the head: "board", "rally"
    )
    (?=[ ](?:\p{{Ll}}[\p{{L}}\-]*ed|{_alt(IRREGULAR_PAST_VERBS)})[ ])   # then its verb: "saw", "denounced"
    """,
    FLAGS,
)
# A main clause joined to an earlier one by "and" or "but" after a comma, semicolon or dash
# (searched in the words before a cue): "A group of rabbis called for a boycott, and| the
# Anti-Defamation League denounced ...", "Clinton proposed a debate - but| the Sanders campaign ...".
CONJOINED_CLAUSE = regex.compile(
    r"""
    (?:[,;][ ]+|[ ][\-\u2013\u2014][ ]+|[\u2013\u2014][ ]*)   # a comma, a semicolon or a dash
    (?:and|but)[ ]+                                      # the conjunction, then the clause
    """,
    FLAGS,
)
# A time phrase that may open such a joined clause before its subject (matched right after the
# conjunction): "and| within weeks |the opposition effort had sent ...", "and| days later, |the
# campaign released", "and by then".
CONJOINED_TIME_LEAD = regex.compile(
    r"""
    (?:
        (?:within|after|in|for|over)[ ](?:(?:a|the|two|three|four|a[ ]few|several|\p{N}+)[ ])?
            (?:days|weeks|months|years|hours|minutes)      # "within weeks", "after two days"
      | (?:days|weeks|months|years|hours|minutes|moments)[ ]later   # "days later"
      | by[ ]then|soon[ ]after|then|later                  # "by then"
    )
    ,?[ ]+                                                 # an optional comma, then the subject
    """,
    FLAGS,
)
# The next verb of a series that shares the clause's subject (matched right after the
# conjunction): "... had sent letters, hired lawyers, and| placed ads calling the deal "Q"". Such an
# item has no subject of its own: the clause before it holds the series' subject.
SUBJECTLESS_ITEM = regex.compile(
    rf"""(?:\p{{Ll}}[\p{{L}}\-]*ed|(?:{_alt(IRREGULAR_PAST_VERBS)}))(?![\p{{L}}\-'’])""",
    FLAGS,
)
# The subject and finite verb that open such a joined clause (matched right after the
# conjunction): "the Anti-Defamation League strongly denounced", "Sen. Ron Johnson (R-Wis.) kept
# asking", "the Sanders campaign rejected". SUBJECT_VERB's frame, with an adverb allowed before the verb.
CONJOINED_SUBJECT_VERB = regex.compile(
    rf"(?=\p{{Lu}}|{DETERMINER}[ ])" +         # a name or a determiner first, never a verb ("and placed ads")
    SUBJECT_AFTER_BODY + rf"""
    (?(description)(?:[ ](?:(?i:the)[ ])?(?!{WEEKDAY}(?![\p{{L}}]))(?P<apposed>{NAME_RUN}))?)   # a description's name, no commas around it:
                                                # "the prominent Jewish civil rights organization the Anti-Defamation League"
                                                # (never a day: "and the campaign Tuesday released")
    (?:[ ]\([^()]{{1,40}}\))?                  # a parenthetical: "(R-Wis.)"
    [ ]+(?!{UNNAMED_HEAD}(?![\p{{L}}]))        # never a plural noun: "GOP nominees", "Trump aides"
    (?!(?:{_alt(NOT_VERBS)})(?![\p{{L}}\-'’]))  # nor a word like "his", "this"
    (?:{ADVERB}[ ]+)?                          # an adverb: "strongly", "quickly"
    (?:
        (?:(?:{AUX})[ ]+){{1,3}}                # after "is", "has": "has denied", "had sent"
        (?P<verb>\p{{Ll}}[\p{{L}}\-]*?(?:ed|s|ing)|(?:{_alt(IRREGULAR_PAST_VERBS)}))
      | (?P<verb>\p{{Ll}}[\p{{L}}\-]*?(?:ed|s)|(?:{_alt(IRREGULAR_PAST_VERBS)}))  # or a finite form itself: "kept"
    )
    (?![\p{{L}}\-'’])                          # whole word
    """,
    FLAGS,
)
# What may follow a subject's name up to its cue and leave the name the whole subject (matched at
# the name's end): a post-modifier, "Jeffrey Lewis| of the James Martin Center ... wrote".
POST_MODIFIER_START = regex.compile(r"[ ](?:of|for|at|from|with)[ ]", FLAGS)
# A break between a speech frame and a later subject that ends the frame's complement: a lead-in
# clause's comma ("After Trump argued that ..., Rubio said"), a dash aside ("- as Rubio has said -", "― as was true ―").
COMPLEMENT_BREAK = regex.compile(r"[,;()\u2014\u2013\u2015]|[ ]-[ ]")   # \u2015: the horizontal bar some outlets use as a dash
# A speech frame's object noun with a "when" or "where" clause of its own (matched right after
# the frame's cue): "The Khan family echoes a controversy in June when Mr. Trump assailed ...":
# the later subject is in a relative clause of the object, not in the frame's complement.
OBJECT_RELATIVE_AFTER_CUE = regex.compile(
    r"""
    [ ](?i:a|an|the)[ ]                      # the cue's object opens with an article: "a controversy"
    [^,;:.!?"“”]*?                           # its words: "controversy in June"
    [ ](?:when|where)(?![\p{L}])             # a relative clause on it
    """,
    FLAGS,
)
# What opens a clause with a subject of its own, searched between two quotes of a sentence:
# 'The Florida senator likes "The Walking Dead," while the former governor loves "Q"'.
CONTRAST_CLAUSE = regex.compile(
    r"""
    (?<![\p{L}])(?i:while|whereas|but|although|though|yet)(?![\p{L}])   # a conjunction, a whole word
    | ;                                                             # or a semicolon
    """,
    FLAGS,
)
# A lower-case organisation word right after a name makes it a body's name (used with .match
# at the name's end): "according to Tasnim news agency", "Interfax news agency reported".
ORG_HEAD_AFTER = regex.compile(
    rf"""
    (?<!['’]s)                              # not an owner's: "Rubio's campaign" is his
    [ ](?:news[ ]|state[ ])?                # "news agency", "state television"
    (?:{_alt(ORG_WORDS)})                   # the head: "agency", "newspaper" (org_words.txt)
    (?![\p{{L}}'’\-])                        # a whole word
    """,
    FLAGS,
)


# What a description's head is "of" or "for", right after it (used with .match at the head's
# end): "A spokesman for Platte River", "a spokesman for the buyer", "the former secretary of
# state". A name, or one lower-case noun: never a function word ("of that"), nor a verb form
# in -ed or -ing ("for the House Armed Services Committee emailed" stops at the name). Two
# lower-case words where the second closes the clause: "said a spokesman for the former
# senator." (one word there left "a spokesman for the former").
DESCRIPTION_POSTMOD = regex.compile(
    rf"""
    [ ](?:of|for|at|from)[ ](?:(?:the|a|an)[ ])?
    (?!(?:{_alt(FUNCTION_WORDS)}|the|a|an|his|her|their|its|one|two|three)(?![\p{{L}}]))
    \p{{Ll}}[\p{{L}}\-]*[ ]                   # a modifier: "former"
    (?!(?:{_alt(FUNCTION_WORDS)})(?![\p{{L}}]))
    \p{{Ll}}[\p{{L}}\-]*(?<!ed)(?<!ing)      # the noun: "senator"
    (?=[ ]*(?:[,.;:!?)\n]|$))                 # closing the clause
    |[ ](?:of|for|at|from)[ ]
    (?:(?:the|a|an)[ ])?
    (?:{NAME_RUN}(?![\p{{L}}'’])[ ])?        # "the Tampa station", "HP workers"
    (?!(?:{_alt(FUNCTION_WORDS)}|the|a|an|his|her|their|its|one|two|three)(?![\p{{L}}]))
    \p{{Ll}}[\p{{L}}\-]*(?<!ed)(?<!ing)(?![\p{{L}}'’\-])
    |[ ](?:of|for|at|from)[ ](?:(?:the|a|an)[ ])?{NAME_RUN}(?![\p{{L}}'’])   # or the name alone
    """,
    FLAGS,
)
# The author of a document, right after the document's description (matched at its end): "a
# fundraising email| sent out by Sanders", "a court document| filed by state attorney Dave
# Aronberg". The author is the speaker: a name, after at most three lower-case words of its role.
AUTHORED_BY = regex.compile(
    rf"""
    ,?[ ](?:{_alt(AUTHORING_PARTICIPLES)})    # the author's participle: "sent", "filed"
    (?:[ ]out)?[ ]by[ ]                         # "out by", "by"
    (?:(?:the|\p{{Ll}}[\p{{Ll}}\-]*)[ ]){{0,3}}?   # the author's role: "state attorney"
    (?P<name>{NAME_RUN})(?![\p{{L}}'’])           # the author's name: "Dave Aronberg"
    (?![ ](?:and|of)[ ]\p{{Lu}})              # all of it: never "Securities" of "Securities and
                                            # Exchange Commission", "Department" of "Department of State"
    """,
    FLAGS,
)
# Where a description's post-modifier starts: its head is the word before, never the last noun
# of what follows ("one well-connected Democrat| familiar with the Clinton campaign's
# organization" is a person, "an aide| close to the campaign" too). Searched past a partitive's
# own "of" (DESCRIPTION_PARTITIVE: "one of| those advisers").
DESCRIPTION_POSTMOD_START = regex.compile(
    r"""
    [ ](?:of|for|to|with|at|from|in|by|on   # a preposition: "a spokesman for"
      |close[ ]to|familiar[ ]with           # an adjective with its preposition
      |who|that|which)                      # a relative clause: "officials who"
    (?=[ ])                                 # a whole word, more words after it
    """,
    FLAGS,
)
# A partitive opening a description (used with .match): "one of those", "some of the".
DESCRIPTION_PARTITIVE = regex.compile(rf"{PARTITIVE}", FLAGS)
# A passive speech frame: the subject phrase ends in a form of "be" ("Sanders was asked") and
# "by" follows the cue: the agent after it speaks ("asked by host Bill Maher").
PASSIVE_AUX_END = regex.compile(r"(?<![\p{L}])(?:was|were|is|are|been|being)[ ]+$")
PASSIVE_BY = regex.compile(r"[ ]+by[ ]+")
# A broadcast or interview "with" someone, searched in the sentence before a passive question
# frame: "In an interview with [The New York Times Magazine] ..., Trump was asked, "Q?"" -- the
# interviewer put the question (the caller reads the subject after it).
INTERVIEW_WITH = regex.compile(
    rf"""
    (?<![\p{{L}}\-])(?:{_alt(SHOW_FRAMES)})       # "interview", "appearance" (data/show_frames.txt)
    [ ]+with[ ]+                                 # then "with" and the interviewer
    """,
    FLAGS,
)
# A possessive ending right after a cue word makes it a noun: "the state’s party convention".
POSSESSIVE_NEXT = regex.compile(r"['’]s\b")
# A possessive right before a quote's opening mark (searched in the few characters ahead of
# it): 'on NBC's "Meet the Press"', 'Fox News Channel’s “Hannity”'.
OWNER_BEFORE = regex.compile(
    r"""
    \p{L}['’]s?          # a word's possessive ending
    [ \u00a0]*$          # then only blanks up to the mark
    """,
    FLAGS,
)
# An apposition right after a name (matched at the name's end): ", 58," or
# ", a black Republican campaign consultant"; the caller looks for a person's noun in `words`.
# (", who ..." is left out: "Many Americans, who ..." is no name, and on PolNeAR train it
# decided one pronoun more.)
APPOSITION_START = regex.compile(
    r"""
    (?:[ ]\([^()]{1,40}\))?                # a parenthetical: "(D-Ga.)"
    ,[ \u00a0]+                             # the apposition's comma
    (?:
        (?P<age>\d{1,3})[ ]?,                # an age: ", 58,"
      | (?P<words>[\p{L}\-'’.]+(?:[ ][\p{L}\-'’.]+){0,5})   # its first words: ", a Navy veteran"
    )
    """,
    FLAGS,
)
# A relative clause for things right after a name (matched at the name's end): "Carrier, which
# makes furnaces", "Right Wing Watch, which monitors": the name is no person's.
THING_RELATIVE = regex.compile(
    r"""
    [ ]?(?:\([^()]{1,40}\)[ ]?)?   # a parenthetical: "(TTIP)"
    ,[ ]+which(?![\p{L}])          # ", which"
    """,
    FLAGS,
)
# A sentence that opens with a personal pronoun as its subject (matched at the sentence's
# start): "He said states like California ...", "She also argued ...", "They sent a letter ...",
# "It stated that ..." (a document).
OPENING_PRONOUN = regex.compile(
    r"""
    [ \t\n]*                      # the space the sentence starts with
    (?P<pronoun>He|She|They|It)   # the pronoun, capitalised as a sentence's first word
    (?![\p{L}\p{N}'’\-])          # a whole word
    """,
    FLAGS,
)
# A first name and a nickname in quote marks right before a surname (searched in a short
# window that ends where the surname starts): 'Juan "Chico" Manriquez', 'John “Tig” Tiegen'.
# The marks split the name's run, so the surname stands alone in the name index.
NICKNAME_BEFORE = regex.compile(
    r"""
    (?<![\p{L}\p{N}'’\-])(?P<first>\p{Lu}\p{Ll}+)  # the first name: "Juan"
    [ ]+(?:"|“|''|‘)                              # its space, the nickname's opening mark
    \p{Lu}[\p{L}.\-]{0,20}                        # the nickname: "Chico", "Tig"
    (?:"|”|''|’)[ ]+\Z                            # its closing mark, then the surname's space
    """,
    FLAGS,
)
# "he" or "she" anywhere as a whole word (searched in the stretch of a sentence before a
# name): "Asked whether he was concerned that Donald Trump ..., Ban demurred" is about "he".
PERSONAL_PRONOUN = regex.compile(
    r"""
    (?<![\p{L}'’])               # a whole word: not the end of "the" or "she's" tail
    (?P<pronoun>(?i:he|she))     # the pronoun, any case
    (?![\p{L}])                  # and not the start of "her" or "hey"
    """,
    FLAGS,
)
# Layout around a quote that marks it as no speech (matched on a window of the paragraph
# right after the closing mark, or right before the opening mark; see reject.py).
# A news digest's headline line, then its byline: '—"City Museum picks a director," by
# The Wall Street Journal's Jennifer Smith: "..."'.
BYLINE_AFTER = regex.compile(
    r"""
    ^[ ]*by[ ]+(?:the[ ]+)?                      # right after the closing mark: "by", "by the"
    (?:\p{Lu}[\p{L}.\-]*[ ]+){0,4}               # the outlet's other words: "The Wall Street"
    \p{Lu}[\p{L}.\-]*['’]s?[ ]+                  # the outlet, possessive: "Journal's", "Times'"
    (?:\p{Lu}[\p{L}.\-]*[ ]+){0,3}               # the writer's first names: "Joseph P."
    \p{Lu}[\p{L}.\-]*                            # the writer's surname
    (?:[ ]*:|[ ]+https?://)                      # then a colon, or the story's link
    """,
    FLAGS,
)
# The excerpt that follows such a byline: 'by Variety's Gordon Cox: "Ultrahot Broadway ..."'.
BYLINE_BEFORE = regex.compile(
    r"""
    \bby[ ]+                                     # "by"
    (?:\p{Lu}[\p{L}.\-]*[ ]+){0,4}               # the outlet's other words
    \p{Lu}[\p{L}.\-]*['’]s?[ ]+                  # the outlet, possessive
    (?:\p{Lu}[\p{L}.\-]*[ ]+){0,3}               # the writer's first names
    \p{Lu}[\p{L}.\-]*[ ]*:[ ]*$                  # the writer's surname and a colon, then the mark
    """,
    FLAGS,
)
# A slogan dated like an exhibit: '"Yes to minaret ban" (2009)' (posters, campaign ads).
DATED_AFTER = regex.compile(
    r"""
    ^[ ]*\(\d{4}\)                               # a year in parentheses right after the mark
    """,
    FLAGS,
)
# A nickname inside a name: 'Juan "Chico" Manriquez', 'Gov. C.L. "Butch" Otter'.
NAME_BEFORE_MARK = regex.compile(
    r"""
    (?:\b\p{Lu}\p{Ll}+|\b(?:\p{Lu}\.){1,2})      # a first name or initials: "Juan", "C.L.", "Robert C."
    [ ]*$                                        # then the opening mark
    """,
    FLAGS,
)
NAME_AFTER_MARK = regex.compile(
    r"""
    ^[ ]+\p{Lu}\p{Ll}                            # a capitalised word after the closing mark
    """,
    FLAGS,
)
NICKNAME = regex.compile(
    r"""
    ^\p{Lu}\p{Ll}+$                              # one capitalised word, nothing else: "Chico"
    """,
    FLAGS,
)
# The writer's own distancing right before the opening mark: 'to win so-called "closed"
# primaries', 'weapons to the so-called "rebels"'.
SO_CALLED_BEFORE = regex.compile(
    r"""
    (?<![\p{L}\-])(?i:so)[ \-]called          # "so-called", "So-called", "so called"
    [ ]*,?[ ]*$                                 # then at most a comma up to the mark
    """,
    FLAGS,
)
# A language the writer glosses a phrase in, set off right before the opening mark: '"Do
# svidaniya!" - Russian for "goodbye."', '"Si Vis Pacem," Latin for "if you wish peace."' (not
# 'asked the Russian for "a straight answer"': the gloss follows a dash, comma, colon, bracket or mark).
TRANSLATION_BEFORE = regex.compile(
    rf"""
    (?:^|[,;:(\-\u2013\u2014"\u201d'])[ ]*        # a dash, comma, colon, bracket or closing mark
    (?i:{_alt(LANGUAGES)})                      # a language: "Russian", "Latin"
    [ ]+for[ ]*$                                # then "for" up to the mark
    """,
    FLAGS,
)
# A noun for a work right before the opening mark: 'his 2012 book, "An American Son."'.
WORK_BEFORE = regex.compile(
    rf"""
    (?<![\p{{L}}\-])(?:{_alt(WORK_NOUNS)})   # a work noun, a whole word: "book", "show"
    [ ]*,?[ ]*$                                 # then at most a comma up to the mark
    """,
    FLAGS,
)
# A work noun in an apposition right after the closing mark: '"Equity," a thriller about',
# '"Chi-Raq," a movie about Chicago violence'.
WORK_AFTER = regex.compile(
    rf"""
    ^,?[ ]*(?:a|an)[ ]+                          # an indefinite article after the mark
    (?:[\p{{L}}\p{{N}}\-]+[ ]+){{0,2}}?           # at most two modifiers: "a new", "a 1999 HBO"
    (?:{_alt(WORK_NOUNS)})(?![\p{{L}}\-])        # a work noun, a whole word: "thriller", "movie"
    (?![ ]+(?:{_alt(WORK_ROLES)})(?![\p{{L}}\-]))  # not a person's part: '"Q," a movie star said'
    """,
    FLAGS,
)
# A person's part in the work right after the closing mark: '"Avatar" star', '"Today" anchor'.
ROLE_AFTER = regex.compile(
    rf"""
    ^[ ]+(?:{_alt(WORK_ROLES)})(?![\p{{L}}\-])   # a role noun, a whole word: "star", "co-host"
    """,
    FLAGS,
)
# A broadcast a person takes part in, right before the opening mark: 'an interview with ',
# 'an appearance Friday on ', 'the MSNBC hosts of '.
SHOW_FRAME_BEFORE = regex.compile(
    rf"""
    (?<![\p{{L}}\-])(?:{_alt(SHOW_FRAMES)})      # a broadcast noun, a whole word: "interview"
    (?:[ ]+\p{{Lu}}\p{{Ll}}+day)?                 # maybe a weekday: "appearance Friday on"
    [ ]+(?:on|with|of)[ ]*$                      # then "on", "with" or "of" up to the mark
    """,
    FLAGS,
)
# A quoted term that is the subject of the writer's sentence: '"Containment" has been U.S.
# policy', '"Refoulement" (forcible return) is forbidden' (matched right after the closing mark;
# the caller checks that the word is no cue and no pronoun: '"Nonsense" he said.').
TERM_SUBJECT_AFTER = regex.compile(
    r"""
    ^[ ]*\(?(?P<word>\p{Ll}[\p{L}'’\-]*)          # a lower-case word, maybe in parentheses
    """,
    FLAGS,
)
# Markup left in scraped text inside a span: '<tweet tweet-date="...">', '[<a href=', '<tweet/>'.
MARKUP = regex.compile(
    r"""
    </?\p{Ll}+[^<>\n]*>                         # a tag: "<tweet/>", "</a>"
    | <\p{Ll}+[ ]+[\p{Ll}\-]+=                   # a tag's opening and attribute: "<a href="
    | [\p{Ll}\-]+=["”]                           # an attribute: 'tweet-date="'
    """,
    FLAGS,
)
# A noun-phrase apposition right after a subject: "Peter Santilli, a self-styled ..." (matched
# at the subject's end; a short span inside it describes the subject, it is not his wording).
APPOSITION_PHRASE = regex.compile(
    r"""
    ,[ ]+(?:a|an|the)[ ]                         # a comma, then an article
    """,
    FLAGS,
)

# A personal pronoun as a cue's subject anywhere in a sentence (searched over the sentence
# before a pronoun's own): "But he suggested that ...", '"Q," he said.', "He said Mateen ...".
PRONOUN_CUE = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}'’\-])(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)   # the pronoun, a whole word
    [ ]+(?:(?:{AUX})[ ]+){{0,3}}                        # "also", "has"
    {CUE_WORD}(?![\p{{L}}\-])                            # the cue
    """,
    FLAGS,
)
# A finite verb right after a name (matched at the name's end): "said Nunberg was bound",
# "said Trump would win", "said Trump continued to hurt" -- the name is the subject of the
# reported clause, not the cue's.
FINITE_VERB_AFTER = regex.compile(
    r"""
    [ ]+(?:was|is|were|are|had|has|have|would|will|could|should|did|does|do|can|may|might|must
        |\p{Ll}+ed)              # an auxiliary, or a verb in the past: "continued", "wanted"
    (?![\p{L}\-'’])               # a whole word
    """,
    FLAGS,
)
# A lone capitalised word's verb right after it, which makes a sentence-initial word a subject
# (matched at the word's end): "<Cruz> openly admitted", "<Smith> said", "<Carson> defied" -- a cue
# or a verb in the past, after an optional adverb; never an auxiliary ("Cost was").
LONE_SUBJECT_VERB = regex.compile(
    rf"""
    [ ]+(?:{ADVERB}[ ]+)?                     # "openly", "on Tuesday"
    (?:{CUE_WORD}(?<!ing)(?![\p{{L}}\-'’])     # a finite cue (not "Additional reporting by")
       |(?P<past>\p{{Ll}}{{2,}}ed)(?![\p{{L}}\-'’,]))  # or a verb in the past: "defied", "wanted" (never a
                                              # participle's absolute clause: "Eyebrows raised, he")
    """,
    FLAGS,
)
# A subordinating conjunction right before a name mention (searched in the few characters
# before it): "Ryan did not exude confidence when <Tapper> asked ..." -- that cue's subject
# belongs to a side clause, not to the sentence a pronoun after it continues.
SUBORDINATOR_BEFORE = regex.compile(
    r"""
    (?<![\p{L}])(?i:when|while|as|after|before|because|since|until|if|though|although|unless|once|whether)
    [ ]$                          # then the name
    """,
    FLAGS,
)
# A subordinator inside a sentence, right before its clause's subject (searched between the
# sentence's start and a cue): 'a video clip where| the secretary of state said', 'because| a
# member of the panel said'.
SUBORDINATOR_THEN_SUBJECT = regex.compile(
    r"""
    (?<![\p{L}'’\-])(?i:where|when|while|after|because|if|since|though|although|before)
    [ ]+                          # then the clause's subject (never "as": mostly a preposition,
                                  # "revealed as| a Trump delegate, a columnist ... said")
    """,
    FLAGS,
)
# A prepositional phrase opening a sentence, up to a name in it (matched from the sentence's
# start to the name): "In an interview with <Rusty Humphries>, Ham made it clear he ..." -- a
# name the phrase holds is not the sentence's subject.
OPENING_PREPOSITIONAL_PHRASE = regex.compile(
    r"""
    [ \t\n"“]*                                    # the sentence's start
    (?:In|At|On|During|With|After|Before|From|Over|Under|Through|Amid|Despite|Unlike)[ ]
    [^,;:.!?"“”\n]{0,120}                        # the phrase, no clause break yet
    $                                            # right before the name
    """,
    FLAGS,
)
# A relative "who" set off by a comma right after a name (matched at the name's end): "Anwar
# al-Awlaki|, who was killed in a drone strike" -- a person, where a firm or a place takes "which".
WHO_AFTER_NAME = regex.compile(
    r"""
    ,[ ]+who            # the comma, then the relative pronoun
    (?![\p{L}])         # the whole word, not "whose" or "whom"
    """,
    FLAGS,
)
# "that" opening a reported clause, a few words before a name (searched in a window ending at
# the name): "pointing out that the paper's Robert Costa had reported ..." makes Costa the
# subject of a clause inside the sentence, not the sentence's own.
THAT_CLAUSE_BEFORE = regex.compile(
    rf"""
    (?<![\p{{L}}\-'’]){CUE_WORD}[ ]   # a cue verb: "pointing", "said" (not "camps that ...")
    (?:out[ ])?                  # "pointing out"
    that[ ]                      # the complementiser
    (?:\p{{Ll}}[\p{{L}}'’\-]*[ ]){{0,3}}  # lower-case words before the name: "the paper's"
    $                            # right before the name
    """,
    FLAGS,
)
# A subordinating conjunction opening a sentence (matched at its start), then the clause's
# subject: "When someone in the audience shouted, "Cruz," Beck joked", "After Scalia said
# that ... "less advanced schools," Trump said".
SUBORDINATE_OPENING = regex.compile(
    r"""
    [ ]*(?:(?:But|And|Yet|So|Then)[ ]+)?   # a conjunction may come first
    (?:(?:[Ee]ven|[Jj]ust)[ ]+)?          # a focusing word: "But even as Trump claimed ..."
    (?:(?<=[Ee]ven[ ]|[Jj]ust[ ])(?:as|when|after|before)|When|After|As|While|Once|Before)    # the subordinator
    [ ]+                                   # then the subject
    """,
    FLAGS,
)
# A description whose apposition the writer left unclosed, matched from right after a quote
# up to the name that follows its comma: '"Q," [another friend, ]Mariam Emara told CNN.' (the
# name then runs up to the cue; SUBJECT_BEFORE reads it).
DESCRIPTION_THEN_NAME_COMMA = regex.compile(
    rf"""
    {DETERMINER}[ ]                              # "another", "a", "one"
    (?:{MODIFIER}[ ]){{0,4}}?                    # modifiers: "close family"
    {UNNAMED_HEAD}(?![\p{{L}}\-'’])              # the head noun: "friend", "spokesman"
    ,[ ]+                                        # the comma that opens the apposition
    (?=\p{{Lu}})                                 # then a capitalised word: the name
    """,
    FLAGS,
)
# A perception frame between a subject and its -ing cue, after a quote (searched up to the cue):
# '"Q?" a reporter [can be heard ]asking Trump', '"Q," Trump [was heard ]saying' -- the subject
# speaks, though the cue is a participle.
HEARD_BEFORE_PARTICIPLE = regex.compile(
    r"""
    (?<![\p{L}])
    (?:is|was|were|are|(?:can|could|may|might)[ ]+(?:also[ ]+)?be)   # "can be", "was"
    [ ]+(?:heard|seen)                           # the perception verb
    [ ]+$                                        # right before the cue
    """,
    FLAGS,
)
# A participial aside of the sentence's subject that runs up to a quote (matched from the
# subject's end to the quote's opening mark): "Mr. Manafort[, citing ]''the unique magic of
# Trump,'' said the candidate could ..." -- the cue after the quote goes on with that subject's
# sentence; the words after the cue are its complement, no inverted subject.
PARTICIPLE_ASIDE_TO_QUOTE = regex.compile(
    rf"""
    ,[ ]+                                        # the subject's comma
    (?:\p{{Ll}}{{2,}}ly[ ]+)?                      # maybe an adverb: "repeatedly citing"
    (?!(?:{_alt(ING_PREPOSITIONS)})(?![\p{{L}}]))   # not a preposition in -ing (data/ing_prepositions.txt)
    \p{{Ll}}{{2,}}ing(?![\p{{L}}\-'’])               # the participle: "citing", "calling"
    [^,;:.!?"“”«»()\[\]\n]{{0,80}}              # its object's first words, no clause break
    $                                            # right before the quote
    """,
    FLAGS,
)
# A relative word opening a cue's subject phrase or right before it (SUBJECT_BEFORE may take it
# in as a descriptor: "what Mr. Hedge"): "under what Mr. Hedge called", "in a clip that U.S.
# District Judge Michael W. Mosman called" -- the speech frame belongs to a relative clause,
# not to the sentence's main clause.
RELATIVE_WORD = regex.compile(
    r"""
    (?<![\p{L}])(?i:what|that|which)   # the relative word, a whole word
    [ ]                                 # then the subject
    """,
    FLAGS,
)
# An open relative "who" clause that runs up to where it is searched to end (the phrase right
# before a cue): 'The official who backed [the plan] said "Q"', 'A White House official who
# spoke anonymously to discuss [internal strategy] said'. The phrase is the clause's object;
# the cue's subject is the head before "who". No comma, colon, dash or mark may close the
# clause first ("Trump, who lost, [Cruz] said" has none of this shape).
OPEN_RELATIVE = regex.compile(
    r"""
    (?<![\p{L}])(?P<who>who)[ ]               # the relative pronoun, a whole word
    [^,;:.!?"“”«»()\[\]—–\-\n]{1,80}          # its clause: nothing that could close it
    [ ]\Z                                      # ... up to the phrase (endpos)
    """,
    FLAGS,
)
# What may stand between a relative clause's cue and the quote it frames (matched at the cue's
# end, to the quote's opening mark): "called", "dubbed", "described as".
RELATIVE_CUE_TAIL = regex.compile(r"(?:[ ]as)?[ ]*$", FLAGS)
# A sentence that opens with a definite description of one person as its subject (matched at
# the sentence's start): "The radio talker has filled his speeches for Cruz ...". It stands for
# someone named before, so the names after a preposition in that sentence are no antecedent.
DESCRIPTION_OPENING = regex.compile(
    rf"""
    [ \t\n]*(?:(?:But|And|Yet|So|Then)[ ]+)?   # a conjunction opening the sentence
    (?:The|the)[ ]                             # a definite article: someone met before
    (?:{MODIFIER}[ ]){{0,3}}?                  # modifiers: "Florida", "former"
    (?i:{_alt(PERSON_NOUNS)})                  # a head noun only a person bears
    (?![\p{{L}}\p{{N}}'’\-])                   # a whole word, no possessive
    [ ]+(?:(?:{AUX})[ ]+){{0,3}}               # "has", "also"
    (?!{PREPOSITION}|who[ ])\p{{Ll}}           # then its verb ("the candidate on the stage" is no subject)
    """,
    FLAGS,
)


# Lead-in punctuation between a closing mark and the words after it (matched there).
LEAD = regex.compile(r"[\s,;:?!.'’]*")
# A sentence adverb set off by commas right after a quote's lead (matched where LEAD ends, after a
# comma): '"... stupid stuff," though, Allen did suggest' (data/aside_adverbs.txt).
ASIDE_ADVERB = regex.compile(
    rf"""
    (?i:{_alt(ASIDE_ADVERBS)})   # "though", "however"
    ,[ ]+                        # its closing comma, then the subject
    """,
    FLAGS,
)
# A transcript's stage direction in capitals, brackets and all (fullmatched on a whole quote
# span): '"(CROSSTALK.)', '"[APPLAUSE]"', '"(LAUGHTER)"'.
STAGE_DIRECTION = regex.compile(
    r"""
    [(\[]                           # an opening bracket
    [ ]*\p{Lu}[\p{Lu}\p{N} ,.'’\-]*  # words in capitals: "CROSSTALK", "BEGIN VIDEO CLIP"
    [)\]]\.?                        # the closing bracket, a full stop at most
    """,
    FLAGS,
)
# A quoted span that is no text at all (matched on the whole stripped span; reject.py).
NON_TEXT = regex.compile(
    r"""
    ^(?:
        (?:https?://|www\.)\S+        # a link
      | @\w+                          # a handle
      | [\d\s.,:/\-]+                 # numbers and dates only
    )$
    """,
    regex.VERBOSE,
)


# --- cleaning: page furniture lines (builder/pipeline/clean.py; matched against one stripped line) ---
READING_TIME = regex.compile(r"""
    ^\d{1,3}\s*                  # "2" - minutes
    (?:min|mins|minutes?)\.?     # "min", "mins", "minute(s)"
    \s+read$                     # "read", nothing after
""", regex.VERBOSE | regex.IGNORECASE)

CAPTCHA = regex.compile(rf"""
    ^(?:\d{{1,3}}|{_alt(NUMBER_WORDS)})      # first operand: "nine" or "9"
    \s*[-−–+×x*/]\s*              # an arithmetic operator, ASCII or typographic
    (?:\d{{1,3}}|{_alt(NUMBER_WORDS)})       # second operand
    \s*=\s*                       # the equals sign the reader must complete
    (?:\d{{1,3}}|_+|\?)?$         # an empty answer, a blank or a question mark
""", regex.VERBOSE | regex.IGNORECASE)

SHORT_LINK = regex.compile(r"""
    ^[\W_]*               # bullets or punctuation before it ("• Short link :")
    short\s*link\b        # the label
    \s*:?                 # its colon
    \s*\S{0,200}$         # and at most the link itself
""", regex.VERBOSE | regex.IGNORECASE)

CAPTION_CREDIT = regex.compile(rf"""
    (?: [\[(]\s*                          # "[Getty]", "(Reuters)", "(Photo: AFP)"
          (?:photo\s*:\s*)?               #   optional "Photo:" label inside the brackets
          (?:{_alt(PHOTO_CREDITS)})\s*[\])]           #   a known credit, closed
      | (?<=[.!?])\s*(?:file\ photo)      # "... near Aleppo. File photo"
      | \b(?:photo|image|picture)\s*(?:credit)?\s*:\s*[^.!?]{{1,60}}  # "Photo: J. Smith/AFP"
    )\s*$                                 # at the very end of the line
""", regex.VERBOSE | regex.IGNORECASE)

CREDIT_SUFFIX = regex.compile(rf"""
    ^\s*[/|,-]?\s*          # optional separator between caption and credit
    (?:{_alt(PHOTO_CREDITS)})           # a known photo credit, e.g. "Reuters"
    \s*$                    # and nothing else
""", regex.VERBOSE | regex.IGNORECASE)

BYLINE = regex.compile(r"""
    ^(?i:(?:reporting|written|edited|reported|words|text)\s+)?  # "Reporting by", "Written by"
    (?i:by)\s*:?\s+                                  # "by" / "By:"
    [A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}         # one name of 1-5 capitalised words
    (?:\s*(?:,|&|\band\b)\s*                         # further names, joined by , & and
       [A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})*
    \s*$                                             # nothing else on the line
""", regex.VERBOSE)

CONTRIBUTOR_NOTE = regex.compile(r"""
    ^(?:(?:[A-Z][\w.&'’-]*|and)\s+){1,6}       # "AFP", "Reuters and AFP", "Staff writers"
    contributed\s+(?:reporting\s+)?to\s+this   # "contributed (reporting) to this"
    \s+(?:article|report|story)\.?$            # "article." and nothing else
""", regex.VERBOSE)

SOURCE_LINE = regex.compile(r"""
    ^(?i:source)\s*:\s*        # "Source:" label
    (?P<outlet>\S.*?)          # the outlet name, e.g. "ARA News"
    \s*$
""", regex.VERBOSE)

DATE_LINE = regex.compile(rf"""
    ^(?:(?:published|updated|posted)(?:\s+on)?\s*:?\s*)?          # optional label
    (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?          # optional weekday
    (?: (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_alt(MONTH_OF)})\.?,?\s+(?P<y1>\d{{4}})   # 27 August, 2018
      | (?P<m2>{_alt(MONTH_OF)})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})    # August 27, 2018
      | (?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})                               # 2018-08-27
    )
    (?:\s*[,|–-]?\s*(?P<hh>\d{{1,2}}):(?P<mm>\d{{2}})          # optional time "10:42"
       (?:\s*(?P<ampm>[ap])\.?m\.?)?                           # "am" / "p.m."
       (?:\s*(?:GMT|UTC))?)?                                   # "GMT"
    $
""", regex.VERBOSE | regex.IGNORECASE)

# --- evaluation: the reference scorer's name tokens (builder/evaluate.py mirrors score.py) ---
# A possessive ending, dropped before tokenising: "Trump's" -> "trump".
SCORE_POSSESSIVE = regex.compile(r"['\u2019]s\b")
# A name token of a lower-cased name: letters and hyphens, two or more characters.
SCORE_NAME_TOKEN = regex.compile(r"[a-z][a-z\-]+")

# --- publishing: the data card ---
# A run of backticks in a cell of the card's tables (the cell is fenced with a longer run).
BACKTICK_RUN = regex.compile(r"`+")
# What follows a person's name that opens a writer's closing bio line: "Joel B. Pollak is
# Senior Editor-at-Large at Breitbart News.", "Glenn Harlan Reynolds, a University of
# Tennessee law professor, is a member of ...". Read at the end of the name's mention.
AUTHOR_BIO = regex.compile(
    r"""
    (?:,[ ](?:a|an|the)[ ][^,\n"“”]{1,150},)? # an apposition: ", a University of Tennessee law professor,"
    [ ](?:is|was)[ ]                           # the bio's verb
    (?![\p{Ll}\-]+(?:ing|ed)\b)                # not a progressive or passive: "is polling", "was arrested"
    (?:(?:a|an|the)[ ])?                       # the role's determiner, if any
    [\p{L}\-]+                                 # the role's first word: "Senior", "editor", "president"
    """,
    FLAGS,
)
# A single mark opening a quote nested in a quote (searched between the outer quote's start and
# a name in it): "He always whispered in my ear, ‘Billie Jean King, you are the Queen.’" —
# a name inside it is addressed or quoted, not spoken of by the outer quote's speaker.
NESTED_OPENER = regex.compile(
    r"""
    (?:^|(?<=[\s(\[—–\-]))   # at the start, or after a blank, bracket or dash
    [‘']                     # a single opening mark (a straight one only there: "don't" is no mark)
    (?=\p{L})                # right before a word
    """,
    FLAGS,
)
