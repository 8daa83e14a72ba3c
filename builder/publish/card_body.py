"""The Markdown body of the dataset card: what the data is, how to load it, every field,
statistics, accuracy on gold, how it was built, what was rejected, limitations, licences,
citation. Every figure comes from the build summary, the statistics or the accuracy record.
"""
from __future__ import annotations

import json
from typing import Any

from builder.models import Article, Quote
from builder.patterns import BACKTICK_RUN
from builder.extract import CONTEXT_MARGIN, CONTEXT_MAX_CHARS
from builder.extract import UNATTRIBUTED_CONFIDENCE
from builder.pipeline.attribute import CONFIDENCE
from builder.pipeline.attribute.confidence import rule_id
from builder.publish.features import ARTICLE_FEATURES, QUOTE_FEATURES
from builder.publish.writer import Stats, top

PRETTY_NAME = "Who said what: quotations attributed to their speakers in news articles"
# How many speakers, cue verbs and outlets the statistics tables show.
TOP_N = 15
FIELD_NOTES = {
    "quotes": {
        "article_id": "`id` of the article (config `articles`) the quote is from",
        "quote": "the quoted words, without the quotation marks; equals `text[quote_start:quote_end]` of its article",
        "quote_start": "offset (Unicode code points) of the quote's first character in the article's `text`",
        "quote_end": "offset just past the quote's last character",
        "speaker": "who said it, as the fullest name the article gives (\"he\" resolved to \"Bashar al-Assad\"); null when no rule found a speaker",
        "speaker_mention": "the words that name the speaker next to the quote (\"he\", \"the minister\", \"Assad\")",
        "speaker_start": "offset of `speaker_mention` in the article's `text`",
        "speaker_end": "offset just past `speaker_mention`",
        "speaker_kind": "`person`, `organization` or `unnamed` (\"a senior Iranian commander\")",
        "cue": "the reporting verb or phrase that ties quote and speaker (\"said\", \"told\", \"according to\")",
        "cue_start": "offset of `cue` in the article's `text`",
        "cue_end": "offset just past `cue`",
        "quote_kind": "`full` (a whole sentence or more), `partial` (a fragment inside the writer's sentence) or `multi_paragraph`",
        "rule": f"the attribution rule that fired, with its version (\"{rule_id('quote_speaker_cue')}\"); see *How it was built*",
        "confidence": "the rule's precision estimate in [0, 1]; 0.3 for quotes without a speaker",
        "context": "the paragraph around the quote, for reading the row on its own (cut to "
                   f"{CONTEXT_MARGIN:,} characters either side of the quote in paragraphs over "
                   f"{CONTEXT_MAX_CHARS:,})",
        "context_start": "offset of `context` in the article text",
    },
    "articles": {
        "id": "article identifier (file path without extension for `.txt` inputs, the record `id` for `.jsonl`)",
        "text": "the cleaned article text; every offset in config `quotes` points into it",
        "title": "headline, when the source reveals it",
        "url": "where the article was published, when known",
        "outlet": "publisher, when the source reveals it",
        "published": "publication date (UTC, naive timestamp), when the source reveals it",
        "language": "ISO 639-1 language code",
        "source": "input file (and line) the article was read from, relative to the sources folder",
        "removed": "lines cleaning removed from the raw text before it was frozen: `reason` and `text`",
    },
}

RULE_NOTES = {
    "quote_cue_speaker": "quote, then cue, then speaker: `\"...,\" said Ayoub`",
    "quote_speaker_cue": "quote, then speaker, then cue: `\"...,\" Ayoub said`",
    "speaker_cue_quote": "speaker and cue lead into the quote: `Ayoub said: \"...\"`, `SANA said ... \"...\"`",
    "quoted_as_saying": "`X was quoted as saying \"...\"`, `SANA quoted Freij as saying \"...\"`",
    "according_to": "`\"...,\" according to X`",
    "clause_subject": "the subject of the sentence whose later clause cues the quote: `Freij said ..., adding \"...\"`",
    "dash": "a quote followed by a dash and the speaker",
    "intro_paragraph": "a paragraph introducing the speaker (`Caddell continued:`) before a quote paragraph",
    "split_quote": "the second half of a quote interrupted by its attribution (`\"...,\" he said. \"...\"`)",
    "continuation": "a quote paragraph that continues the previous speaker's quote",
    "lead_paragraph": "a paragraph that is only a quote, after one whose last sentence names who speaks (`Valastro praised ...`, `Stated Stone:`)",
    "aside_cue": "the writer's words between the quote and a cue that ends the sentence: `\"...\" than that of the CIA chief, Zuckoff said`",
    "subject_verb": "the subject of the quote's own sentence before a verb that is no speech cue: `Moore thanked him for \"...\"`",
    "framed_by_cue": "a short phrase in a sentence whose subject a cue follows past an adverb or an earlier quote: `Carter however said the plan was \"...\"`",
    "subject_frame": "a short phrase in a sentence whose subject is a person named in full: `Donald Trump attacked Romney for being a \"...\"`",
    "speaker_label": "a name and a colon right before the quote: `Rep. Trey Gowdy (R-S.C.): \"...\"`, `... - Michael P. McDonald: \"...\"`",
    "owned_claim": "the quote completes a named owner's claim, pledge or assertion: `seized on Trump's claim that there have been \"...\"`",
    "transcript_label": "a transcript turn: the quote opens with its speaker's label in capitals (`\"PENCE: Well, ...`), which counts where the article names that person elsewhere or holds two speakers' labels",
    "colon_lead": "the subject of the quote's sentence when its words end in a colon before the quote: `Sanders on Tuesday warned of the fight ahead: \"...\"`",
    "byline_paragraph": "a paragraph that is only a quote, then a byline paragraph: a dash and a name (`- Sanders.`)",
    "signature_line": "a pull quote: a paragraph that opens a mark it never closes, then a line with only the speaker's name, an affiliation at most, and the closing mark (`Josh Bivens, Economic Policy Institute.\"`)",
    "as_frame": "a short phrase right after `as` and the object of a verb that presents it, spoken by that verb's named subject: `Trump defended his campaign manager as a \"...\"`",
    "labeled_by": "a short phrase after a presenting participle whose agent follows it: `labeled as a \"...\" by Democrats`",
    "reported_view": "a partial quote in the sentence right after a paragraph-opening report of a named source's view: `..., Hemsley said. Good information can still win, but only when \"...\"`",
    "no_attribution": "a quotation the rules could not attribute (speaker null)",
}

REMOVAL_NOTES = {
    "image_caption": "image captions and photo credits (\"Bashar Al-Assad\" + \"Bashar Al-AssadReuters\", \"... [Getty]\")",
    "reading_time": "\"2 min read\"",
    "captcha": "comment-form captchas (\"nine − 7 =\")",
    "short_link": "\"Short link :\" lines",
    "share_prompt": "share / follow / subscribe prompts",
    "boilerplate": "page furniture (\"Leave a comment\", \"Advertisement\")",
    "byline": "bylines (\"Reporting by: ...\")",
    "contributor_note": "\"AFP contributed to this article.\"",
    "date_line": "a line holding only the date (it becomes `published`)",
    "source_line": "\"Source: X\" (it becomes `outlet`)",
    "outlet_line": "a line holding only the outlet's name",
    "duplicate_line": "a repeat of an earlier line (a headline printed twice)",
}


# Reference figures on PolNeAR dev with the same scorer (../shared/eval/README.md).
BASELINES = [("textacy 0.13 + spaCy en_core_web_sm 3.8", 0.601, 0.612, 0.368),
             ("Gender Gap Tracker's extractor", None, None, 0.263),
             ("every mark span + nearest capitalised name", None, None, 0.196)]
FIGURES = [("quote_precision", "quote precision"), ("quote_recall", "quote recall"), ("quote_f1", "quote F1"),
           ("speaker_accuracy", "speaker accuracy (lenient)"), ("speaker_name_accuracy", "speaker name accuracy"),
           ("pair_precision", "pair precision"), ("pair_recall", "pair recall"),
           ("pair_f1", "**pair F1** (quote matched and speaker named right)"),
           ("unattributed_false_positives", "scare quotes / titles emitted as speech")]


def cell(value: Any) -> str:
    """Text made safe for one Markdown table cell (one line, pipes and tags escaped)."""
    text = " ".join(str(value).split())
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;") or " "


def table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in r) + " |" for r in rows]
    return "\n".join(lines)


def fenced(text: str, lang: str = "") -> str:
    """A code block whose fence is longer than any backtick run inside it."""
    longest = max((len(run) for run in BACKTICK_RUN.findall(text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{lang}\n{text}\n{fence}"


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def _type(feature: Any) -> str:
    if isinstance(feature, dict):
        return "struct{" + ", ".join(f"{k}: {_type(v)}" for k, v in feature.items()) + "}"
    if hasattr(feature, "feature"):
        return f"list[{_type(feature.feature)}]"
    return feature.dtype


def fields(model: type, features: Any, notes: dict[str, str]) -> str:
    rows = []
    for name, info in model.model_fields.items():
        nullable = "yes" if not info.is_required() and info.default is None else "no"
        rows.append([f"`{name}`", _type(features[name]), nullable, notes[name]])
    return table(["field", "type", "nullable", "meaning"], rows)


def _counts(counter: Any, notes: dict[str, str] | None = None, n: int | None = None) -> list[list[Any]]:
    total = sum(counter.values())
    return [[k, v, pct(v, total)] + ([notes.get(k, "")] if notes is not None else []) for k, v in top(counter, n)]


def section_what(summary: dict[str, Any], stats: Stats) -> str:
    return f"""# {PRETTY_NAME}

**{stats.quotes:,} quotations from {stats.articles:,} news articles, each tied to who said it.**
Every row of the default config `quotes` is one quotation found between quotation marks in an
article, with its speaker (resolved to the fullest name the article gives), the mention and
reporting verb that attribute it, and character offsets into the article text. Config
`articles` holds the cleaned article texts those offsets point into, with their metadata and
a record of every line cleaning removed.

The dataset is built by [builder](#how-it-was-built), a rule-based extractor (regular
expressions and word lists, no model), from the articles in its `sources/` folder. It serves
as training or evaluation material for quote attribution, as a who-said-what index of the
articles, and as a reproducible example of a documented, checkable extraction pipeline.
"""


def section_load(stats: Stats) -> str:
    return f"""## How to load it

With 🤗 Datasets, from this folder (or from its Hub repository id once published):

{fenced('''from datasets import load_dataset

quotes = load_dataset("dist", split="train")                # config "quotes" (default)
articles = load_dataset("dist", "articles", split="train")
texts = dict(zip(articles["id"], articles["text"]))
q = quotes[0]
assert texts[q["article_id"]][q["quote_start"]:q["quote_end"]] == q["quote"]''', "python")}

The data files are plain JSON Lines (UTF-8, one object a line), so they are also the download:

{fenced('''import glob
import pandas as pd

quotes = pd.concat(pd.read_json(f, lines=True) for f in sorted(glob.glob("dist/data/quotes/*.jsonl")))
quotes[quotes.speaker.notna()].groupby("speaker").size().sort_values(ascending=False)''', "python")}

The {stats.quotes:,} quote rows and {stats.articles:,} article rows are in `data/quotes/*.jsonl`
and `data/articles/*.jsonl`, sharded by size; `build.json` lists every shard with its row
count and SHA-256.
"""


def section_fields(example: dict[str, Any] | None) -> str:
    shown = fenced(json.dumps(example, ensure_ascii=False, indent=2), "json") if example else "(no quotes)"
    return f"""## Dataset structure

One split, `train`, in each config. An example row of `quotes`:

{shown}

### Config `quotes` (default)

{fields(Quote, QUOTE_FEATURES, FIELD_NOTES['quotes'])}

### Config `articles`

{fields(Article, ARTICLE_FEATURES, FIELD_NOTES['articles'])}

Offsets count Unicode code points (Python string indices) into the article's cleaned `text`.
Nullable fields are JSON `null` (Python `None`) when unknown, never an empty string.
"""


def section_stats(stats: Stats) -> str:
    span = f"{stats.published[0]} to {stats.published[1]}" if stats.published else "unknown"
    overview = table(["", "count"], [
        ["articles", stats.articles], ["quotes", stats.quotes],
        ["quotes with a speaker", f"{stats.attributed:,} ({pct(stats.attributed, stats.quotes)})"],
        ["distinct speakers", len(stats.speakers)],
        ["quotes per article", f"{stats.quotes / stats.articles:.1f}" if stats.articles else "n/a"],
        ["publication dates (where known)", span],
    ])
    outlets = [[k, v, stats.outlet_quotes[k]] for k, v in top(stats.outlet_articles, TOP_N)]
    return f"""## Statistics

{overview}

Top speakers:

{table(["speaker", "quotes", "share"], _counts(stats.speakers, n=TOP_N))}

Cue verbs:

{table(["cue", "quotes", "share"], _counts(stats.cues, n=TOP_N))}

Quote kinds and speaker kinds:

{table(["quote kind", "quotes", "share"], _counts(stats.quote_kinds))}

{table(["speaker kind", "quotes", "share"], _counts(stats.speaker_kinds))}

Per outlet:

{table(["outlet", "articles", "quotes"], outlets)}
"""


def section_accuracy(accuracy: dict[str, Any] | None) -> str:
    baselines = table(["system", "quote F1", "speaker name accuracy", "pair F1"],
                      [[name, "n/a" if q is None else q, "n/a" if s is None else s, p] for name, q, s, p in BASELINES])
    if not accuracy:
        measured = "No accuracy has been measured for this build: run `python -m builder build --gold GOLD.jsonl`."
    else:
        fig, gold = accuracy["figures"], accuracy["gold"]
        rows = [[label, round(fig[key], 3) if isinstance(fig[key], float) else fig[key]]
                for key, label in FIGURES if key in fig]
        measured = f"""Measured on {accuracy['measured']} with builder {accuracy['builder_version']} on
`{gold['file']}` ({gold['articles']} articles, {gold['quotes']} gold quotes; SHA-256
`{gold['sha256'][:16]}…`), with the project's scorer (`builder.evaluate.score`, which agrees
with the reference `score.py` shipped with the gold):

{table(["measure", "value"], rows)}{_rule_trust(accuracy.get("by_rule"))}{_wrong_names(accuracy.get("wrong_names"))}"""
    return f"""## Accuracy on gold

The extractor is scored on PolNeAR (Newell, Margolin & Ruths, LREC 2018): US political news
articles whose attributions were annotated by hand, turned into a gold set of direct quotes
with their speakers. A predicted quote matches a gold quote when they overlap by at least half
of the longer one; a *pair* is right when the quote matches and the speaker's name is right.
The gold texts are not part of this dataset; the figures describe the extractor, and this
dataset's own articles (other outlets, other years) may fare differently.

{measured}

For comparison, other systems under the same scorer on PolNeAR dev:

{baselines}
"""


# What each kind of wrong name means (builder.evaluate.wrong_name_kind), for the card.
WRONG_NAME_NOTES = {
    "no_speaker": "we gave no speaker (the quote is still in the data, with `speaker` null)",
    "same_mention": "we rest the attribution on the same mention as gold (mostly a pronoun), but resolve it "
                    "to a name that shares no word with gold's Source or its coreference representative. "
                    "Gold's representative comes from CoreNLP's coreference chains; read one by one, most of "
                    "these are gold's errors (\"he\" represented by \"The Republican nominee\" or by the "
                    "wrong person), and some are descriptions we tie to the name the article gives "
                    "(\"the mayor\" → Bill de Blasio), as this dataset means to",
    "gold_labels_swapped": "gold's Source carries no name (it is the verb, \"said\") and our mention lies in "
                           "gold's Cue (\"said Ann Smith\" annotated with Source \"said\" and Cue \"Ann "
                           "Smith\"): the annotator swapped the two labels, and the scorer, finding no name in the "
                           "Source, can only count a mention overlapping \"said\"",
    "gold_without_name": "gold's Source carries no name and its representative none either (\"who\", or "
                         "a pronoun CoreNLP left unresolved), so only the mention's span could count, and ours "
                         "lies elsewhere",
    "other_mention": "we rest the attribution on another mention: a wrong speaker",
}


def _wrong_names(wrong: dict[str, int] | None) -> str:
    """Where the wrong speaker names are, per kind (builder.evaluate.wrong_name_kind)."""
    total = sum((wrong or {}).values())
    if not total:
        return ""
    order = [k for k in WRONG_NAME_NOTES if k in wrong] + sorted(set(wrong) - set(WRONG_NAME_NOTES))  # as explained
    rows = [[f"`{kind}`", wrong[kind], pct(wrong[kind], total), WRONG_NAME_NOTES.get(kind, "")] for kind in order]
    return f"""

Where the wrong speaker names are: every matched quote whose speaker was judged wrong, sorted
by what the records alone show about it:

{table(["kind", "quotes", "share of wrong names", "what it means"], rows)}"""


def _rule_trust(by_rule: dict[str, dict[str, int]] | None) -> str:
    """Per rule family: how often its speaker was named right on the gold, next to the
    `confidence` it writes into every row (its share right on PolNeAR train)."""
    if not by_rule:
        return ""
    rows = [[f"`{rule}`", c["scored"], c["name_right"], pct(c["name_right"], c["scored"]),
             CONFIDENCE.get(rule, UNATTRIBUTED_CONFIDENCE)]
            for rule, c in sorted(by_rule.items(), key=lambda kv: (-kv[1]["scored"], kv[0]))]
    return f"""

How far each rule can be trusted: of the matched quotes whose gold names a speaker, how many
the rule named right on this gold, next to the `confidence` the rule writes into its rows
(its share right on the PolNeAR train split):

{table(["rule", "quotes with a gold speaker", "speaker named right", "share", "confidence"], rows)}"""


def section_built(summary: dict[str, Any], stats: Stats) -> str:
    rules = [[f"`{k}`", v, pct(v, stats.quotes), RULE_NOTES.get(k, "see builder/pipeline/attribute/")] for k, v in top(stats.rules)]
    removals = _counts(stats.removals, REMOVAL_NOTES)
    return f"""## How it was built

`python -m builder build` streams every article through four stages, holding one article at
a time: **read** (`.txt` files, first line the title, and `.jsonl` records; a manifest adds
title, outlet, date, url where known) → **clean** → **extract** → **write**. Builder
{summary['builder_version']}; every input file's SHA-256 is in `build.json`, and rebuilding
from the same sources gives byte-identical files.

**Cleaning** removes whole lines of page furniture before the text is frozen, and records
each in the article's `removed` field; date and outlet lines become metadata. Lines removed
in this build:

{table(["reason", "lines", "share", "what"], removals) if removals else "None."}

**Extraction** pairs quotation marks within paragraphs (“…”, "…", «…», „…“), keeps
multi-paragraph quotes together, rejects mark spans that are not speech (see below), then
attributes each quote by the first rule family that fires. Rule families, as used here:

{table(["rule", "quotes", "share", "pattern"], rules) if rules else "None fired."}

Each row's `rule` carries its family's version (`quote_speaker_cue.v2`). A version names one
set of decisions: builder's CI holds every rule id to the decisions recorded for it on the
PolNeAR train and dev texts and the sample articles of `sources/` (every family fires there),
so a rule that decides differently on them ships under a new version, and rows with the same
rule id from two builds were decided alike on those texts. Builder 0.2.0 raised every family to v2 or more: the
`.v1` ids of earlier builds named rules that have since changed.

A speaker mention that is a pronoun or a description (\"he\", \"the minister\") is resolved
to the nearest compatible full name earlier in the article. Whether a name fits \"he\" or
\"she\" comes from titles (Mr., Ms.) and first-name lists: a hand-made list plus the first
names of the 1990 US Census lists (public domain) that one sex bears at least ten times more
often than the other and that are rare as surnames. A \"he\" or \"she\" right after a quote
is never the person that quote speaks of by title (\"Secretary Clinton can be held
responsible,\" she said: not Clinton); a bare or full name does not count, since speakers
name themselves so (\"People back down with Trump\"). The writer's own \"I\" (outside any quote)
is the person a closing bio line names (\"Jane Doe is a columnist for ...\"), when exactly one
person opens such a line in the last two paragraphs and the body does not name them;
otherwise it stays unresolved.
"""


def section_rejected(summary: dict[str, Any], stats: Stats) -> str:
    skipped: dict[str, int] = {}
    for s in summary["skipped"]:
        kind = s["reason"].split(":", 1)[0]
        skipped[kind] = skipped.get(kind, 0) + 1
    skip_rows = [[k, v] for k, v in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0]))]
    rejected = _counts(stats.rejections)
    return f"""## What was left out

Quotation-mark spans the extractor did not emit as speech, by reason (scare quotes, titles,
nicknames and the like):

{table(["reason", "spans", "share"], rejected) if rejected else "None."}

Inputs that did not become articles ({len(summary['skipped'])}; each is listed with its
location in `build.json`):

{table(["reason", "inputs"], skip_rows) if skip_rows else "None: every input became an article."}
"""


def section_limits() -> str:
    return """## Limitations and biases

- Only **direct** quotations between quotation marks; paraphrase and reported speech without
  marks are not extracted.
- Rules tuned on English wire and political news: other languages, and styles such as
  interviews in Q&A form or transcripts, are not supported.
- A pronoun's gender is read from titles and from first-name lists that are mostly English
  and US names (the 1990 US Census among them): a name they lack tells no gender, so a
  \"he\" or \"she\" after it may go to a person named earlier instead, and the lists assume
  the sex a name is most often given, not the person's own.
- Speakers are resolved within one article only, by surface name; the same person may appear
  under different spellings ("Bashar al-Assad", "Bashar Al-Assad") and is not linked to a
  knowledge base. Errors compound: a wrong pronoun resolution gives a confident wrong speaker.
- The statistics describe the articles in this build's sources, not news in general; a
  small corpus on one story (like the embedded sample) says little beyond it. Who is quoted
  reflects the outlets' sourcing (officials and state media are quoted most), not the world.
- Cleaning is heuristic: furniture it does not know stays in the text (a truncated standfirst,
  for instance), and it may remove a genuine one-line paragraph that looks like a caption.
"""


def section_licence() -> str:
    return """## Licensing

- **Code** that built this dataset (builder): Apache-2.0.
- **Annotations** (the `quotes` rows: spans, speakers, cues, rules; the `removed` records):
  CC BY 4.0.
- **Article texts** (`articles.text`, and the `quote` and `context` strings, which are excerpts
  of them): copyright remains with their publishers. They are included as a small research
  sample for the study of quote attribution; reuse beyond that is subject to the publishers'
  terms. See `LICENSE`.
"""


def section_citation(summary: dict[str, Any]) -> str:
    bib = f"""@misc{{builder_quotes,
  title  = {{{PRETTY_NAME}}},
  note   = {{Built with builder {summary['builder_version']}, rule-based quote attribution}},
  howpublished = {{Hugging Face dataset}}
}}

@inproceedings{{newell2018polnear,
  title     = {{Attribution Relations in News: The PolNeAR Corpus}},
  author    = {{Newell, Edward and Margolin, Drew and Ruths, Derek}},
  booktitle = {{Proceedings of LREC 2018}},
  year      = {{2018}}
}}"""
    return f"""## Citation

Please cite the dataset, and PolNeAR when you use the accuracy figures:

{fenced(bib, "bibtex")}
"""


def body(summary: dict[str, Any], stats: Stats, accuracy: dict[str, Any] | None,
         example: dict[str, Any] | None) -> str:
    parts = [section_what(summary, stats), section_load(stats), section_fields(example), section_stats(stats),
             section_accuracy(accuracy), section_built(summary, stats), section_rejected(summary, stats),
             section_limits(), section_licence(), section_citation(summary)]
    return "\n".join(parts)
