"""Example tables, one per attribution rule family of builder/pipeline/attribute/.

Each row is a short news-style text and what a careful reader expects of one quotation in
it: the quote text (marks excluded), the speaker (canonical: the fullest name the text gives;
organisations by name; unnamed sources as the text's phrase; None where nothing supports a
speaker), and the rule family that should decide it — or, for negative rows, that the span is
rejected with a given reason, or that there is no speaker. Every row also checks that the
emitted offsets slice back to the quote. Rows the extractor gets wrong today are xfail
(strict=False) with the reason; they are its known failures, not rows to delete.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from builder import analyse

ANY = object()  # "not checked" for a field of a row


@dataclass(frozen=True)
class Row:
    text: str
    quote: str | None  # None: the text holds no quotation at all
    speaker: object = ANY  # canonical name, None for "no speaker", ANY for unchecked
    rule: str | None = None  # expected rule family ("quote_speaker_cue"), None for unchecked
    kind: object = ANY  # person | organization | unnamed | None | ANY
    reject: str | None = None  # expected rejection reason instead of a quote
    quote_kind: str | None = None  # full | partial | multi_paragraph, None for unchecked
    mention: object = ANY  # the speaker's mention as emitted (the span it rests on), ANY for unchecked


def row(rid, text, quote, speaker=ANY, rule=None, kind=ANY, quote_kind=None, xfail=None, mention=ANY):
    marks = [pytest.mark.xfail(reason=xfail, strict=False)] if xfail else []
    return pytest.param(Row(text, quote, speaker, rule, kind, None, quote_kind, mention), id=rid, marks=marks)


def rejected(rid, text, span, reason, xfail=None):
    marks = [pytest.mark.xfail(reason=xfail, strict=False)] if xfail else []
    return pytest.param(Row(text, span, reject=reason), id=rid, marks=marks)


def check(r: Row) -> None:
    res = analyse(r.text)
    for q in res.quotes:  # every row: offsets slice back
        assert r.text[q.quote_start:q.quote_end] == q.quote
    for x in res.rejections:
        assert r.text[x.start:x.end] == x.text
    if r.quote is None:
        assert not res.quotes and not res.rejections, (
            f"no quotation expected, got {[q.quote for q in res.quotes]} / {[x.text for x in res.rejections]}")
        return
    assert r.quote in r.text, "bad row: the quote is not in the text"
    got = [q for q in res.quotes if q.quote == r.quote]
    if r.reject is not None:
        assert not got, f"emitted as speech: {[(q.speaker, q.rule) for q in got]}"
        reasons = [x.reason for x in res.rejections if x.text == r.quote]
        assert reasons == [r.reject], f"rejections of {r.quote!r}: {reasons}; all: {[(x.text, x.reason) for x in res.rejections]}"
        return
    assert got, (f"{r.quote!r} not emitted; quotes: {[q.quote for q in res.quotes]}, "
                 f"rejections: {[(x.text, x.reason) for x in res.rejections]}")
    q = got[0]
    assert r.text[q.quote_start:q.quote_end] == r.quote
    if r.speaker is None:
        assert q.speaker is None, f"expected no speaker, got {q.speaker!r} via {q.rule}"
        assert q.speaker_kind is None
    elif r.speaker is not ANY:
        assert q.speaker is not None and q.speaker.casefold() == r.speaker.casefold(), (
            f"speaker {q.speaker!r} [{q.speaker_kind}] via {q.rule} (mention {q.speaker_mention!r}); expected {r.speaker!r}")
    if r.kind is not ANY:
        assert q.speaker_kind == r.kind, f"kind {q.speaker_kind!r} of {q.speaker!r}, expected {r.kind!r}"
    if r.rule is not None:
        assert q.rule.split(".")[0] == r.rule, f"rule {q.rule}, expected {r.rule}"
    if r.quote_kind is not None:
        assert q.quote_kind == r.quote_kind
    if q.speaker_start is not None and q.speaker_mention is not None:
        assert r.text[q.speaker_start:q.speaker_end] == q.speaker_mention
    if r.mention is not ANY:
        assert q.speaker_mention == r.mention, f"mention {q.speaker_mention!r} of {q.speaker!r}, expected {r.mention!r}"
    if q.cue_start is not None and q.cue is not None:
        assert r.text[q.cue_start:q.cue_end] == q.cue


# --- "Q," X said --------------------------------------------------------------------------------
QUOTE_SPEAKER_CUE = [
    # negative: "cite" after its quote is a relative clause's verb, the quote its object
    # (data/object_cues.txt): no frame, and a short quote stays a scare quote
    rejected("cited-after-quote-relative",
             'The "wise old owl" phrase Marsh cited on Wednesday has appeared in several of her speeches.',
             "wise old owl", "scare_quote"),
    rejected("cited-after-quote-pronoun-relative",
             'The four "loopholes" she cited are all in the tax code.', "loopholes", "scare_quote"),
    # a possessive owner's role with a name in commas before the cue: the name speaks
    row("owner-kin-apposed-name-after-quote",
        'Curt Schilling was fired on Wednesday.\n\n"He is not a bigot," Schilling\'s son, Grant, wrote on Facebook.',
        "He is not a bigot,", "Grant", "quote_speaker_cue", "person"),
    # a relative "who" right after the closing mark, no comma between, is the person the quoted
    # phrase names, never its speaker: the sentence's own subject speaks
    row("who-right-after-quoted-phrase-is-no-speaker",
        'Hillary Clinton vows to be tougher on trade.\n\nShe has proposed appointing a "chief trade prosecutor" '
        'who reports directly to the president.',
        "chief trade prosecutor", "Hillary Clinton", "speaker_cue_quote", "person"),
    row("who-right-after-quoted-title-is-no-speaker",
        'Sam Solovey, a contestant on Trump\'s show, "The Apprentice," who went on to work alongside Trump, said '
        'his boss was "always kind and generous."',
        "always kind and generous.", "Sam Solovey", "clause_subject", "person"),
    # negative: "who" after the speaker's name, not after the mark, still continues that name
    row("who-after-name-after-quote-still-speaks",
        '"We are going to win this state," said Senator Tim Kaine, who spoke in Richmond.',
        "We are going to win this state,", "Tim Kaine", "quote_cue_speaker", "person"),
    row("who-after-name-before-quote-still-speaks",
        'Later in the broadcast, Swanson praised evangelist Franklin Graham, who has publicly vowed not to buy '
        'the cookies because of the group\'s "support of transgender rights."',
        "support of transgender rights.", "Franklin Graham", "speaker_cue_quote", "person"),
    # a perception frame between the subject and a participle cue: the subject speaks
    row("heard-asking-after-quote",
        '\u201cShould there be a database system that tracks Muslims?\u201d a reporter can be heard asking Trump '
        'after an event in Iowa.',
        "Should there be a database system that tracks Muslims?", "a reporter", "quote_speaker_cue", "unnamed"),
    row("was-heard-chanting-after-quote",
        '\u201cLock her up!\u201d the crowd was heard chanting outside the hall.',
        "Lock her up!", "the crowd", "quote_speaker_cue"),
    # negative: a participle with no perception frame is still no cue of the words before it
    row("participle-without-frame-after-quote",
        'Hillary Clinton spoke in Iowa on Monday. \u201cWe will win,\u201d she told the crowd. \u201cAnd we will '
        'keep going,\u201d a reporter kept asking.',
        "And we will keep going,", "Hillary Clinton", None),
    # a description whose apposition the writer left unclosed: the name after its comma speaks
    row("unclosed-apposition-name",
        '\u201cShe is also a mother for three young boys,\u201d another friend, Mariam Emara told CNN.',
        "She is also a mother for three young boys,", "Mariam Emara", "quote_speaker_cue", "person"),
    # negative: the closed apposition still gives the name
    row("closed-apposition-name",
        '\u201cShe is also a mother for three young boys,\u201d another friend, Mariam Emara, told CNN.',
        "She is also a mother for three young boys,", "Mariam Emara", "quote_speaker_cue", "person"),
    # negative: a relative clause after the description's comma names no one; the description speaks
    row("description-relative-aside-cue",
        '\u201cShe is a mother,\u201d another friend, who asked not to be named, told CNN.',
        "She is a mother,", "another friend", "quote_speaker_cue", "unnamed"),
    # a firm's initials joined by "&" are one modifier of a description
    row("ampersand-initials-modifier",
        '\u201cWe are shocked, Ahmed was a friend to us\u201d one P&G Amiens employee told France Bleu.',
        "We are shocked, Ahmed was a friend to us", "one P&G Amiens employee", "quote_speaker_cue", "unnamed"),
    # a firm's name with a spaced "&" is one modifier too, before the cue or after it
    row("ampersand-spaced-modifier",
        '\u201cWe are shocked,\u201d a Johnson & Johnson spokesman told reporters.',
        "We are shocked,", "a Johnson & Johnson spokesman", "quote_speaker_cue", "unnamed"),
    row("ampersand-spaced-modifier-after-cue",
        '"The recall is voluntary," said a Procter & Gamble spokeswoman.',
        "The recall is voluntary,", "a Procter & Gamble spokeswoman", "quote_cue_speaker", "unnamed"),
    # a firm named by partners joined with a spaced "&" is one name, an organisation
    row("ampersand-firm-subject",
        '"The recall is voluntary," Smith & Wesson said in a statement.',
        "The recall is voluntary,", "Smith & Wesson", "quote_speaker_cue", "organization"),
    # negative: a "&" name that only modifies a role before a person's name is no speaker
    row("ampersand-name-modifies-role",
        '"The merger is off," said Tom & Jerry fan Mark Smith.',
        "The merger is off,", "Mark Smith", "quote_cue_speaker", "person"),
    # an unnamed source after the quote whose description runs on with "to"/"with" or opens with
    # a partitive and a possessive name
    row("description-to-name", '"I think he\'s wrong," an aide to Graham said.',
        "I think he's wrong,", "an aide to Graham", "quote_speaker_cue", "unnamed"),
    row("description-with-org", '"The numbers are bad," a lawyer with the firm said.',
        "The numbers are bad,", "a lawyer with the firm", "quote_speaker_cue", "unnamed"),
    # an unnamed source's tie to what they know ("familiar with", "close to") ends the description,
    # after the cue or before it
    row("familiar-with-after-cue", '"The deal is dead," said a person familiar with the talks.',
        "The deal is dead,", "a person familiar with the talks", "quote_cue_speaker", "unnamed"),
    row("familiar-with-owner-after-cue", '"The deal is dead," said an aide familiar with the senator\u2019s thinking.',
        "The deal is dead,", "an aide familiar with the senator\u2019s thinking", "quote_cue_speaker", "unnamed"),
    row("close-to-before-cue", '"The deal is dead," a diplomat close to the negotiations told reporters.',
        "The deal is dead,", "a diplomat close to the negotiations", "quote_speaker_cue", "unnamed"),
    # "one"/"another" before a name makes it a modifier or a party noun of someone unnamed, after
    # the cue or before it: never the named person or body
    row("one-name-role-after-cue", '"You may lose a handful of elites," said one Trump confidant.',
        "You may lose a handful of elites,", "one Trump confidant", "quote_cue_speaker", "unnamed"),
    row("one-name-modifier-role-after-cue", '"Members are nervous," said one former GOP leadership aide.',
        "Members are nervous,", "one former GOP leadership aide", "quote_cue_speaker", "unnamed"),
    row("one-party-noun-familiar-after-cue", '"It was not convincing," said one Democrat familiar with the talks.',
        "It was not convincing,", "one Democrat familiar with the talks", "quote_cue_speaker", "unnamed"),
    row("one-party-noun-before-cue", '"The campaign has been reluctant," one senior Democrat said.',
        "The campaign has been reluctant,", "one senior Democrat", "quote_speaker_cue", "unnamed"),
    row("another-party-noun-before-cue", '"We are not there yet," another New Hampshire Republican said.',
        "We are not there yet,", "another New Hampshire Republican", "quote_speaker_cue", "unnamed"),
    # "the", a capitalised place or party word and a role noun with no name after it is a
    # description, not a person named "Florida" or "Democratic"
    row("the-place-role-after-cue", '"It is a difficult issue," said the Florida senator, "because it puts two '
        'rights in conflict."', "It is a difficult issue,", "the Florida senator", "quote_cue_speaker", "unnamed"),
    row("the-party-role-after-cue", '"A man you can bait with a tweet is not a man we can trust," said the '
        'Democratic nominee.', "A man you can bait with a tweet is not a man we can trust,", "the Democratic nominee",
        "quote_cue_speaker", "unnamed"),
    # negatives: a name after the role noun is who spoke; a body before a verb and its object
    row("the-place-role-name-after-cue", '"We will win," said the Florida senator Marco Rubio.',
        "We will win,", "Marco Rubio", "quote_cue_speaker", "person"),
    row("the-body-verb-object-not-description", 'At the chair\u2019s direction, the DNC issued a statement saying the '
        'emails were "inexcusable."', "inexcusable.", "DNC", "clause_subject", "organization"),
    # an indefinite pronoun as the subject, alone or opening it, is someone unnamed
    row("indefinite-pronoun-subject", 'Supporters lined the road. Another said he hoped Trump "wins big."',
        "wins big.", "Another", "speaker_cue_quote", "unnamed"),
    row("indefinite-pronoun-opens-subject", 'Another Muslim who worshiped there said the imam was "a kind man."',
        "a kind man.", "Another Muslim", "speaker_cue_quote", "unnamed"),
    # negative: "One" opens a body's name
    row("one-opens-body-name", 'One America News said the ad was "a disgrace."',
        "a disgrace.", "One America News", "speaker_cue_quote", "organization"),
    # negative: a name in commas after "one Republican" is who spoke
    row("one-party-noun-then-name", '"We are not there yet," said one Republican, Rick Wilson.',
        "We are not there yet,", "Rick Wilson", "quote_cue_speaker", "person"),
    # a description's kind is its head's, never the last noun of what follows it
    row("description-kind-from-head", '"It is over," said a well-connected Democrat familiar with the '
        'campaign\u2019s organization.', "It is over,", "a well-connected Democrat familiar with the campaign\u2019s "
        "organization", "quote_cue_speaker", "unnamed"),
    row("description-kind-collective-members", '"It is over," said a group of students.',
        "It is over,", "a group of students", "quote_cue_speaker", "unnamed"),
    # negatives: a body's own "of" phrase; a body alone
    row("description-kind-body-of-person", '"It is over," the campaign of the former senator said.',
        "It is over,", "the campaign of the former senator", "quote_speaker_cue", "organization"),
    row("description-kind-body", '"It is over," the campaign said.',
        "It is over,", "the campaign", "quote_speaker_cue", "organization"),
    # negatives: a weekday after the tie is the cue's time, not part of it; a bare "familiar" ties nothing
    row("familiar-with-weekday-not-description", '"The deal is dead," said a person familiar with the talks Tuesday.',
        "The deal is dead,", "a person familiar with the talks", "quote_cue_speaker", "unnamed"),
    row("familiar-alone-not-description", '"The deal is dead," said a person familiar.',
        "The deal is dead,", "a person", "quote_cue_speaker", "unnamed"),
    row("partitive-possessive", '"I think he\'s wrong," one of Graham\'s aides said.',
        "I think he's wrong,", "one of Graham's aides", "quote_speaker_cue", "unnamed"),
    row("partitive-determiner", '"I think he\'s wrong," one of his aides said.',
        "I think he's wrong,", "one of his aides", "quote_speaker_cue", "unnamed"),
    row("to-phrase-not-a-subject", '"I think he\'s wrong," to put it mildly, Graham said.',
        "I think he's wrong,", "Graham", "aside_cue", "person"),
    # an office's "of" phrase is part of the title ahead of the name
    row("office-of-title", '"We will not negotiate," Secretary of State John Kerry said.',
        "We will not negotiate,", "John Kerry", "quote_speaker_cue", "person"),
    row("former-office-of-title", '"We will win this race," former Secretary of State Hillary Clinton said.',
        "We will win this race,", "Hillary Clinton", "quote_speaker_cue", "person"),
    row("office-title-no-of", '"We will not negotiate," Homeland Security Secretary Jeh Johnson said.',
        "We will not negotiate,", "Jeh Johnson", "quote_speaker_cue", "person"),
    row("hyphenated-title", '"We will defeat ISIS," U.N. Secretary-General Ban Ki-moon said.',
        "We will defeat ISIS,", "Ban Ki-moon", "quote_speaker_cue", "person"),
    row("title-surname-only", '"We will not negotiate," Secretary Kerry said.',
        "We will not negotiate,", "Kerry", "quote_speaker_cue", "person"),
    row("org-of-then-title-name", '"We are reviewing the policy," Bank of America spokesman Bill Halldin said.',
        "We are reviewing the policy,", "Bill Halldin", "quote_speaker_cue", "person"),
    # negative: a body's "of the" phrase with no title after it is the person's affiliation (BODY_OF
    # needs a title word next), so the person before "of" speaks, not "Brookings Institution"
    row("org-of-no-title-after", '"We are reviewing the policy," John Smith of the Brookings Institution said.',
        "We are reviewing the policy,", "John Smith", "quote_speaker_cue", "person"),
    # a quote ending the writer's sentence (".", "?" inside the marks) after a frame of its own: the subject
    # and cue after it open the next sentence
    row("framed-sentence-ends-then-next-subject",
        'Early in his campaign, Donald Trump attacked Mitt Romney, calling him, among other things, "a failed '
        'candidate." Romney fired back in March, attacking Trump for his "absurd third grade theatrics."',
        "a failed candidate.", "Donald Trump", kind="person"),
    row("framed-sentence-question-then-next-subject",
        'Hillary Clinton responds to Cheryl Mills with, "Why now? That was on my way to Libya?" Mills then writes '
        'back, "You look cute."',
        "Why now? That was on my way to Libya?", "Hillary Clinton", "speaker_cue_quote", "person"),
    # negatives: a quote opening its own sentence, or ending with a comma, takes the cue after it
    row("quote-opens-sentence-then-subject",
        'The crowd grew quiet. "Are we going to win?" Bernie Sanders asked.',
        "Are we going to win?", "Bernie Sanders", "quote_speaker_cue", "person"),
    row("framed-clause-comma-then-subject",
        'Donald Trump called him "a failed candidate," Mitt Romney said.',
        "a failed candidate,", "Mitt Romney", "quote_speaker_cue", "person"),
    # a noun before a present-tense cue that is never a noun ("says") is its subject: a thing speaks
    row("thing-says-present",
        'On his bedroom wall, the writer Mark Singer has a framed note from Donald Trump. '
        '"Mark, you are a total loser!" the note says.',
        "Mark, you are a total loser!", "the note", "quote_speaker_cue", "unnamed"),
    # a thing placed by "on" ("on the website") is part of it
    row("thing-on-website-says",
        'Rob Calabrese set up a website for Americans. "If that happens, you might think about moving here," '
        'a welcome message on the website says.',
        "If that happens, you might think about moving here,", "a welcome message on the website",
        "quote_speaker_cue", "unnamed"),
    # negatives: a cue form that is also a plural noun stays a noun ("his recent reads"); "on"
    # before a day is the cue's time, not part of the subject (the subject is "a spokesman")
    rejected("cue-form-as-plural-noun",
        'He reads a lot about the military. Among his recent reads, "This Kind of War," by T.R. Fehrenbach, '
        'drove that point home.',
        "This Kind of War,", "title"),
    # a subject whose head has an "of" phrase, opening the sentence: no subject ends at the cue
    row("office-of-description-subject",
        'The secretary of state said, "We will not negotiate."',
        "We will not negotiate.", "The secretary of state", "speaker_cue_quote", "unnamed"),
    row("mayor-of-place-subject",
        'On Tuesday, the mayor of London told reporters, "The city is open."',
        "The city is open.", "the mayor of London", "speaker_cue_quote", "unnamed"),
    # negative: a participle's subject is the sentence's, never "Back in 1999" read as a name
    row("participle-not-postmod-subject",
        "Back in 1999, Mr. Trump expressed admiration for Mr. Clinton's retail political skills, telling CNBC: "
        "''I wish I could be like that. I just can't.''",
        "I wish I could be like that. I just can't.", "Trump", "clause_subject", "person"),
    row("on-weekday-not-postmodifier",
        '"We are reviewing the order," a spokesman on Tuesday told reporters.',
        "We are reviewing the order,", "a spokesman", "quote_speaker_cue", "unnamed"),
    # "as X put it" after the quote
    row("as-put-it-after",
        'The agency was slow to respond, \u201ccreating an opening for abuse,\u201d as a Homeland Security memo put it.',
        "creating an opening for abuse,", "a Homeland Security memo", "quote_speaker_cue", "unnamed"),
    # "as X said" after the quote: any finite cue verb, not only "put it"
    row("as-said-after",
        'Still, the fact that the race \u201cis a dead heat right now,\u201d as Cruz said on Glenn Beck\u2019s radio '
        'program on Monday, shows how much has changed.',
        "is a dead heat right now,", "Cruz", "quote_speaker_cue", "person"),
    row("as-wrote-after-full-name",
        'Ted Cruz was in Iowa. The race is "a dead heat," as Cruz wrote on Monday.',
        "a dead heat,", "Ted Cruz", "quote_speaker_cue", "person"),
    # "as X said" after the few words of a noun phrase that the quoted word modifies
    row("as-suggested-after-noun-tail",
        'Mayor Ann Reyes won the primary. Her wins show that she is more than a \u201cregional\u201d candidate, as '
        'Jones\u2019 campaign manager suggested last month.',
        "regional", "Jones\u2019 campaign manager", "quote_speaker_cue"),
    row("as-said-after-noun-tail",
        'Senator Mark Dole spoke in Ohio. The bill is no "job-killing" measure at all, as Dole said on Friday.',
        "job-killing", "Mark Dole", "quote_speaker_cue", "person"),
    # negatives: a quote that ends its own clause with a comma, or words that hold a verb and a
    # comma of their own before "as", leave the "as" frame to another part of the sentence
    row("noun-tail-too-long-for-as",
        'Mayor Ann Reyes called the plan "reckless" and then left the hall early, as her aide said later.',
        "reckless", "Ann Reyes", "speaker_cue_quote", "person"),
    # negative: a participle after "as" is the writer's clause ("as Trump was leaving")
    row("as-participle-after",
        'Clinton called the plan "a disaster," as Trump was leaving the hall.',
        "a disaster,", "Clinton", "speaker_cue_quote", "person"),
    # negative: "as" opening a clause of the writer's ("put into effect") is no frame
    row("as-put-into-effect",
        'Trump called it "a disaster" as the plan was put into effect.',
        "a disaster", "Trump", "speaker_cue_quote", "person"),
    row("cue-surmised",
        'Brad Miller, 39, voted early.\n\n"People are afraid of wasting their votes," Miller surmised.',
        "People are afraid of wasting their votes,", "Brad Miller", "quote_speaker_cue", "person"),
    row("cue-assured",
        '"Your reputation is amazing," Donald Trump assured the radio host.',
        "Your reputation is amazing,", "Donald Trump", "quote_speaker_cue", "person"),
    row("surname-said", 'Sen. Elizabeth Warren spoke in Boston on Monday.\n\n"We will not back down," Warren said.',
        "We will not back down,", "Elizabeth Warren", "quote_speaker_cue", "person"),
    row("curly-told", "\u201cThe border will stay closed,\u201d Prime Minister Justin Trudeau told reporters.",
        "The border will stay closed,", "Justin Trudeau", "quote_speaker_cue", "person"),
    row("also-said", '"We have the votes," Chuck Schumer also said on Tuesday.',
        "We have the votes,", "Chuck Schumer", "quote_speaker_cue", "person"),
    row("unnamed-spokesman", '"The numbers speak for themselves," the spokesman said.',
        "The numbers speak for themselves,", "the spokesman", "quote_speaker_cue", "unnamed"),
    row("question-mark", '"Who pays for this?" Mayor Bill de Blasio asked on Thursday.',
        "Who pays for this?", "Bill de Blasio", "quote_speaker_cue", "person"),
    row("descriptor-before-name", '"Just saw the tweet. I am impressed," screenwriter Cole Haddon wrote on Twitter.',
        "Just saw the tweet. I am impressed,", "Cole Haddon", "quote_speaker_cue", "person"),
    row("possessive-descriptor-name", "\"It is called the power of unification,\" Trump's senior communications adviser Jason Miller said.",
        "It is called the power of unification,", "Jason Miller", "quote_speaker_cue", "person"),
    row("digit-modifier", '\u201cHe is on indefinite leave from the station,\u201d a NY1 representative said in a statement.',
        "He is on indefinite leave from the station,", "a NY1 representative", "quote_speaker_cue", "unnamed"),
    row("age-head-asked", '"What if he had elocution lessons?" the 43-year-old asked in the description.',
        "What if he had elocution lessons?", "the 43-year-old", "quote_speaker_cue", "unnamed"),
    row("org-said", '"The talks ended without agreement," SANA said.',
        "The talks ended without agreement,", "SANA", "quote_speaker_cue", "organization"),
    row("nbsp-before-cue", "\u201cI would be very firm,\u201d Trump\u00a0said at one point\u00a0during the campaign.",
        "I would be very firm,", "Trump", "quote_speaker_cue", "person"),
    # negatives: a cue that belongs to the next sentence, and a verb that is no cue
    row("nbsp-inside-name", "Jane\u00a0Smith told reporters: \u201cWe will win.\u201d",
        "We will win.", "Jane Smith", "speaker_cue_quote", "person"),
    row("nbsp-no-subject", "\u201cIt was a long night for everyone,\u201d the\u00a0results\u00a0showed.",
        "It was a long night for everyone,", None, kind=None),
    row("next-sentence-cue", '"Enough is enough," read a sign. The governor said nothing.',
        "Enough is enough,", None, kind=None),
    row("age-not-a-speaker", '"We were told to wait," 46-year-old-style answers came back.',
        "We were told to wait,", None, kind=None),
    row("not-a-cue", '"It was a long night," Smith grinned with a nod.',
        "It was a long night,", "Smith", "subject_verb", "person"),  # no cue: the weak subject_verb frame
    # after a quote that closed its sentence, a named subject whose cue goes on opens the next statement
    # (the sentence before it frames it instead: "took" is a finite verb, as "walked" would be)
    row("closed-quote-next-statement",
        'Harry Reid took the floor first. "We cannot wait any longer." Sen. Marco Rubio said the bill was rushed.',
        "We cannot wait any longer.", "Harry Reid", "subject_verb", "person"),
    row("closed-quote-next-quote",
        'Mayor Ali Zahed spoke first.\n\n"The plan is dead." Sen. Omar Haddad replied: "We start again."',
        "We start again.", "Omar Haddad", "speaker_cue_quote", "person"),
    # positives: the cue closes its own sentence, or a pronoun goes on (still the same speaker)
    row("closed-quote-cue-adjunct", '"We cannot wait any longer." Reid said on Monday.',
        "We cannot wait any longer.", "Reid", "quote_speaker_cue", "person"),
    row("closed-quote-pronoun-goes-on",
        'Sen. Harry Reid took the floor on Monday. "We cannot wait any longer." He added that the bill was rushed.',
        "We cannot wait any longer.", "Harry Reid", "quote_speaker_cue", "person"),
    row("question-then-clause", '"Who pays for this?" Mayor Bill de Blasio asked the council on Thursday.',
        "Who pays for this?", "Bill de Blasio", "quote_speaker_cue", "person"),
    # a name right after the quote, then an apposition too long or too rich for the subject
    # patterns (commas, a quote of its own), then its cue in the same sentence
    # the cue left out: a known name after a quote closed by a comma, then only where it spoke
    # from and the full stop -- the name speaks; a sentence with its own verb does not
    # the next sentence picks the quotation up ("That quote from X") and names its source: a
    # name the article holds speaks it; a source with no name, or a quote that runs on, does not
    row("quote-noun-from-name-next-sentence",
        'The FBI has long had critics.\n\n"I\'d rather have a sister in a whorehouse than a brother in the FBI." '
        'That quote from Alabama Securities Commissioner Thomas Krebs appeared on the front page of the paper.',
        "I\'d rather have a sister in a whorehouse than a brother in the FBI.", "Thomas Krebs",
        "quote_speaker_cue", "person"),
    row("quote-noun-from-no-name",
        'The FBI has long had critics.\n\n"I\'d rather have a sister in a whorehouse than a brother in the FBI." '
        'That quote from a 1980 newspaper article became famous.',
        "I\'d rather have a sister in a whorehouse than a brother in the FBI.", None),
    row("elided-cue-name-then-place",
        'In an Instagram video Thursday, Donald Trump speculated about the men.\n\n"Syrians are now being caught '
        'at the southern border, just like I said," Trump from his desk. "Could be ISIS."',
        "Syrians are now being caught at the southern border, just like I said,", "Donald Trump",
        "quote_speaker_cue", "person"),
    row("elided-cue-name-on-platform",
        'Bernie Sanders answered his critics.\n\n"We are going to win this nomination," Sanders on Twitter.',
        "We are going to win this nomination,", "Bernie Sanders", "quote_speaker_cue", "person"),
    row("elided-cue-not-where-the-name-has-a-verb",
        'Donald Trump spoke on Monday.\n\n"We need a new leader," Trump in 2015 was a different man.',
        "We need a new leader,", None),
    row("elided-cue-not-after-a-full-stop",
        'Donald Trump spoke on Monday.\n\n"We need a new leader." Trump from his desk.',
        "We need a new leader.", None),
    row("long-apposition-then-cue",
        'Donald Trump praised the reporter on Monday.\n\n\u201cVery good reporter, very good reporter this guy,\u201d Trump, '
        'the 2016 GOP presidential frontrunner nationally and current polling leader in South Carolina by a wide '
        'margin after winning the New Hampshire primary, said when Boyle asked him a question.',
        "Very good reporter, very good reporter this guy,", "Donald Trump", "quote_speaker_cue", "person"),
    row("apposition-with-quote-then-cue",
        'Not everyone was claiming success.\n\n\u201cWe\u2019ve had more successful conventions than this one,\u201d '
        'Texas delegate Bill Eastland, wearing a cowboy hat and \u201cTed Cruz\u201d campaign pins, said '
        'matter-of-factly as confetti fluttered down.',
        "We\u2019ve had more successful conventions than this one,", "Bill Eastland", "quote_speaker_cue", "person"),
    row("apposition-with-commas-then-cue",
        'The new plans \u201cwill not solve this challenge, but are steps in the right direction,\u201d Anne Richards, '
        'assistant secretary of state for population, refugees, and migration, said on the same call.',
        "will not solve this challenge, but are steps in the right direction,", "Anne Richards",
        "quote_speaker_cue", "person"),
    # negatives: a quote that closes its sentence, or a cue only in the next sentence
    row("closed-quote-then-apposition",
        'Bill Eastland had come from Texas.\n\n\u201cWe\u2019ve had more successful conventions than this one.\u201d '
        'Eastland, wearing a cowboy hat and \u201cTed Cruz\u201d campaign pins, said the delegates were tired.',
        "We\u2019ve had more successful conventions than this one.", None),
    row("apposition-cue-in-next-sentence",
        'Bill Eastland had come from Texas.\n\n\u201cWe\u2019ve had more successful conventions than this one,\u201d '
        'Eastland, in a cowboy hat and \u201cTed Cruz\u201d campaign pins. His wife said it was time to leave.',
        "We\u2019ve had more successful conventions than this one,", None),
    # a committee's name ahead of the role words and the name
    row("org-role-name-then-cue",
        '"We will appeal the ruling," Senate Judiciary Committee ranking member Patrick Leahy told reporters.',
        "We will appeal the ruling,", "Patrick Leahy", "quote_speaker_cue", "person"),
    # negative: the organisation's name is the subject itself when a cue, not a role, follows it
    row("org-then-cue-then-judge",
        '"We will appeal the ruling," the Justice Department told Judge Amy Berman Jackson in a filing.',
        "We will appeal the ruling,", "Justice Department", "quote_speaker_cue", "organization"),
    row("apposition-then-capitalised-cue",
        'Rick Wilson runs a group opposed to Trump.\n\n\u201cNot our plane, but we like it!\u201d Wilson, a '
        'Republican strategist, Tweeted on Saturday with a photo of the banner.',
        "Not our plane, but we like it!", "Rick Wilson", "quote_speaker_cue", "person"),
    # negative: a capitalised cue after the apposition opens the next sentence, past the full stop
    row("apposition-then-capitalised-cue-next-sentence",
        'Rick Wilson runs a group opposed to Trump.\n\n\u201cNot our plane, but we like it,\u201d Wilson, a '
        'Republican strategist, on Saturday. Said his aide: nothing more.',
        "Not our plane, but we like it,", None),
    # "repeated" is a cue: an interviewer echoing a word is that word's speaker, not the guest
    row("repeated-is-a-cue",
        'Rachel Maddow interviewed Hillary Clinton on Wednesday.\n\n"I am going to look at a lot of different '
        'people," Clinton said. "Grizzly Adams?" Maddow repeated.',
        "Grizzly Adams?", "Rachel Maddow", "quote_speaker_cue", "person"),
    row("repeated-before-quote",
        'Sen. Bernie Sanders spoke in Iowa.\n\n"We will win," Sanders said. Critics repeated the charge that his plan '
        'was "a fantasy."',
        "a fantasy.", "Critics", "speaker_cue_quote"),
    # negative: "repeated" inside the quoted words is no cue of the sentence's (the cue set
    # off by commas is)
    row("repeated-inside-quote-no-cue",
        'Sen. Ron Johnson spoke on Monday.\n\nThe embassy ignored \u201crepeated requests\u201d for more guards, Johnson '
        'said, and the State Department repeated its denial.',
        "repeated requests", "Ron Johnson", "aside_cue", "person"),
    # a sentence adverb in commas between the quote and its subject: read past it
    row("aside-adverb-though", 'Acknowledging that Trump "says a lot of stupid stuff," though, the actor Tim Allen did '
        'suggest that voters like him.', "says a lot of stupid stuff,", "Tim Allen", "quote_speaker_cue", "person"),
    row("aside-adverb-however", '"We will not back down," however, Sen. Ted Cruz told reporters on Tuesday.',
        "We will not back down,", "Ted Cruz", "quote_speaker_cue", "person"),
    # negative: after a full stop the adverb opens a new sentence, whose subject did not say the quote
    row("aside-adverb-new-sentence", '"We will not back down." However, Sen. Ted Cruz said nothing more about it.',
        "We will not back down.", None),
    # a document with a prepositional post-modifier fills the words between the quote and its
    # cue: it speaks, never an earlier subject of the sentence
    row("document-on-site-after-quote",
        'Echo Point is now running a Kickstarter campaign to pay for a print run of the book: '
        "''Publish the book that Donald Trump doesn't want you to read,'' the pitch on Kickstarter says.",
        "Publish the book that Donald Trump doesn't want you to read,", "the pitch on Kickstarter",
        "quote_speaker_cue", "unnamed"),
    # a document whose release is dated between it and its cue speaks
    row("document-released-day-after-quote",
        'Curiel seemed unconvinced. "The claim is speculative given the lack of any support," the order released '
        'Friday said.', "The claim is speculative given the lack of any support,", "the order",
        "quote_speaker_cue", "unnamed"),
    # negative: a capitalised document after a closing "!" opens the next sentence, whose subject
    # does not speak the quote (its own sentence's subject does)
    row("document-released-day-new-sentence",
        'The first ad ends on two words, "eminent domain!" A campaign TV ad released Thursday accuses Trump of '
        '"sleaze."', "eminent domain!", "The first ad", "subject_verb"),
    row("document-by-described-author-after-quote",
        "Russians now say they admire Mr. Putin more for a role as a protector than for the role of ''provider,'' "
        "a study by an influential Russian sociologist, Mikhail E. Dmitriyev, concluded this year.",
        "provider,", "Mikhail E. Dmitriyev", "quote_speaker_cue", "person"),
    row("poll-by-body-after-quote",
        'For Iowa voters the economy remains "the most important issue," a poll by Quinnipiac University concluded.',
        "the most important issue,", "a poll by Quinnipiac University", "quote_speaker_cue"),
    row("report-from-body-after-quote",
        'The campaign spent more than it raised. "The money is gone," a report from the committee said.',
        "The money is gone,", "a report from the committee", "quote_speaker_cue"),
    # negative: a participle before the preposition names a thing ('a website linked to a group
    # called "Q"'): no subject, the naming participle is no cue of the quote before it (the
    # frame before the quote speaks)
    row("participle-then-preposition-no-document-subject",
        'Sen. Ted Cruz spoke in Iowa. One message read \u201canybodybuttrump.us,\u201d a website linked to a group '
        'called the \u201cWe The People Foundation.\u201d',
        "anybodybuttrump.us,", "One message", "speaker_cue_quote"),
    # negative: a person's description with a post-modifier still speaks as before
    row("person-description-with-postmod-after-quote",
        '"We will win this state," a spokesman for the Cruz campaign said on Tuesday.',
        "We will win this state,", "a spokesman for the Cruz campaign", "quote_speaker_cue"),
]

# --- "Q," said X ----------------------------------------------------------------------------------
QUOTE_CUE_SPEAKER = [
    # a thing whose written words the quote gives, after the quote with any verb of display first:
    # the thing speaks (INVERTED_INSCRIPTION_AFTER)
    row("display-verb-then-front-page",
        "Coverage was merciless. ''Choke!'' blared the front page of The Boston Herald.",
        "Choke!", "the front page of The Boston Herald", "quote_cue_speaker"),
    row("display-verb-then-cover",
        '"Shame!" screamed the cover of the Daily Ledger.',
        "Shame!", "the cover of the Daily Ledger", "quote_cue_speaker"),
    row("read-then-sign",
        '"Not My President," read the sign that Ellen Marsh carried.',
        "Not My President,", "the sign", "quote_cue_speaker"),
    # negative: no thing after the verb: a title stays a title, a crowd speaks through the cue
    rejected("display-verb-without-thing-title",
             '"Born in the USA" blared from the speakers as the candidate walked on stage.',
             "Born in the USA", "title"),
    row("cue-then-crowd-not-inscription",
        '"Shame on you, Mayor Marsh!" screamed the crowd of protesters outside the hall.',
        "Shame on you, Mayor Marsh!", "the crowd of protesters", "quote_cue_speaker"),
    # the writer left out the closing mark, so the quote runs over its own inverted cue: a name
    # after ", said" inside it that the article writes elsewhere speaks it; a name it does not
    # (or a cue inside a closed quote, part of the words spoken) does not
    row("cue-inside-unclosed-quote",
        '"The paperwork was not enough," said Emily Kessel, advocacy director of the consortium.\n\n'
        'Often, families did not understand the implications.\n\n'
        '"There wasn\'t a lot of education to adoptive parents about what papers to keep, said Kessel, whose '
        'organization is helping push for bills in the House and Senate.',
        "There wasn\'t a lot of education to adoptive parents about what papers to keep, said Kessel, whose "
        "organization is helping push for bills in the House and Senate.", "Emily Kessel", "quote_cue_speaker",
        "person"),
    row("cue-inside-unclosed-quote-needs-a-known-name",
        'Families did not understand the implications.\n\n'
        '"There wasn\'t a lot of education to adoptive parents about what papers to keep, said Kessel, whose '
        'organization is helping push for bills in the House and Senate.',
        "There wasn\'t a lot of education to adoptive parents about what papers to keep, said Kessel, whose "
        "organization is helping push for bills in the House and Senate.", None),
    # a possessive owner's role, then the name set off by commas (or right after the role) is the
    # speaker, not the owner: "said Rubio's deputy campaign manager, Rich Beeson, who ..."
    row("inverted-owner-role-apposed-name",
        'Marco Rubio is counting on early votes.\n\n"We are treating the month as one long Election Day," said '
        'Rubio\u2019s deputy campaign manager, Rich Beeson, who oversaw the 2012 ground game.',
        "We are treating the month as one long Election Day,", "Rich Beeson", "quote_cue_speaker", "person"),
    row("inverted-owner-kin-apposed-name",
        'Donald Trump spoke on Monday.\n\n"He was great," said Trump\'s daughter, Ivanka Trump, who introduced him.',
        "He was great,", "Ivanka Trump", "quote_cue_speaker", "person"),
    row("inverted-owner-role-then-name",
        '"This has gone from being a matter of curiosity to a matter of concern," said Clinton\u2019s top foreign '
        'policy aide Jake Sullivan.',
        "This has gone from being a matter of curiosity to a matter of concern,", "Jake Sullivan", "quote_cue_speaker", "person"),
    # a capitalised modifier (a party, a state) and lower-case words before a role: the name after the
    # role speaks, not the modifier ("boss" is a role word)
    row("inverted-modifier-words-role-then-name",
        '"We are united," said Republican party boss Jane Ruiz.',
        "We are united,", "Jane Ruiz", "quote_cue_speaker", "person"),
    row("inverted-modifier-adjective-role-then-name",
        '"The map is tough," said Democratic political strategist Tom Perkins.',
        "The map is tough,", "Tom Perkins", "quote_cue_speaker", "person"),
    # negative: the role after the name in commas leaves the name as it was
    row("inverted-name-then-role-apposition",
        '"The map is tough," said Tom Perkins, a Democratic political strategist.',
        "The map is tough,", "Tom Perkins", "quote_cue_speaker", "person"),
    # negative: a capitalised word after an owner's noun that is no role is no name ("Tuesday")
    row("owner-noun-then-day-no-name",
        'Hillary Clinton campaigned in Ohio.\n\nClinton\'s endorsement Tuesday was "a big deal," Sanders said.',
        "a big deal,", "Sanders", "quote_speaker_cue", "person"),
    # a quote inside a participial aside of the sentence's subject: the cue after it is that
    # subject's verb, the words after the cue its complement
    row("participle-aside-then-subject-verb",
        "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be in a very competitive situation.",
        "the unique magic of Trump,", "Manafort", "quote_speaker_cue", "person"),
    row("participle-aside-group-then-verb",
        'The protesters, chanting "Lock her up," said the rally would go on all night.',
        "Lock her up,", "The protesters", "quote_speaker_cue"),
    # negative: a preposition in -ing opens no participial aside; the inverted subject speaks
    row("during-aside-then-inverted-cue",
        'The senator, during a speech, called it "a disaster," said an aide who was there.',
        "a disaster,", "an aide", "quote_cue_speaker", "unnamed"),
    # negative: a quote opening its sentence keeps the inverted subject
    row("quote-first-inverted-cue-then-clause",
        '"We will win," said the candidate, who spoke for an hour.',
        "We will win,", "the candidate", "quote_cue_speaker", "unnamed"),
    # an indefinite description runs to its last head: a party or a name before the head only
    # modifies it ("one Republican strategist", never the name "Republican")
    row("said-one-party-head", '"It\'s over," said one Republican strategist who asked not to be named.',
        "It's over,", "one Republican strategist", "quote_cue_speaker", "unnamed"),
    row("said-a-party-head", '"It\'s over," said a Republican strategist.',
        "It's over,", "a Republican strategist", "quote_cue_speaker", "unnamed"),
    row("said-modifier-party-head", '"It\'s over," said a senior Republican aide.',
        "It's over,", "a senior Republican aide", "quote_cue_speaker", "unnamed"),
    row("said-one-name-head", '"It\'s over," said one Sanders supporter.',
        "It's over,", "one Sanders supporter", "quote_cue_speaker", "unnamed"),
    row("said-party-as-head", '"It\'s over," said a Republican.',
        "It's over,", "a Republican", "quote_cue_speaker", "unnamed"),
    row("said-party-title-name", '"It\'s over," said Republican strategist Rick Wilson.',
        "It's over,", "Rick Wilson", "quote_cue_speaker", "person"),
    row("said-office-of-the-then-abbreviated-title",
        '"We will defeat ISIS," said Chairman of the Joint Chiefs Gen. Joseph Dunford.',
        "We will defeat ISIS,", "Joseph Dunford", "quote_cue_speaker", "person"),
    row("said-name-of-the-body-not-title", '"We will defeat ISIS," said John Smith of the Brookings Institution.',
        "We will defeat ISIS,", "John Smith", "quote_cue_speaker", "person"),
    row("said-one-party-then-name", '"It\'s over," said one Republican, Rick Wilson.',
        "It's over,", "Rick Wilson", "quote_cue_speaker", "person"),
    # a clause in commas after it is no name: the description speaks (was the bare "Republican", a
    # person, before the party noun with a comma after it was read as a description)
    row("said-one-party-then-clause", '"It\'s over," said one Republican, who asked not to be named.',
        "It's over,", "one Republican", "quote_cue_speaker", "unnamed"),
    row("said-title-name", '"The bill is dead," said Senate Majority Leader Mitch McConnell.',
        "The bill is dead,", "Mitch McConnell", "quote_cue_speaker", "person"),
    row("said-possessive-title", "\"Syria is entering the reconstruction phase,\" said Iran's Defence Minister Amir Hatami.",
        "Syria is entering the reconstruction phase,", "Amir Hatami", "quote_cue_speaker", "person"),
    row("said-unnamed", '"We are ready for any scenario," said a senior Iranian commander.',
        "We are ready for any scenario,", "a senior Iranian commander", "quote_cue_speaker", "unnamed"),
    # a people's adjective before a head noun opens a description, not a name ...
    row("said-demonym-head", '"We are not leaving," said the French minister, who spoke on Monday.',
        "We are not leaving,", "the French minister", "quote_cue_speaker", "unnamed"),
    # ... negative: alone, it still names its people
    row("said-demonym-alone", '"We are not leaving," said the French, who spoke on Monday.',
        "We are not leaving,", "French", "quote_cue_speaker"),
    # a name after the description and its comma, ending the sentence, is the describer's;
    # "ambassador" heads a description as "minister" does ...
    row("said-description-then-name",
        '"Russia is at war with Ukraine," said the American ambassador at the time, John E. Herbst.',
        "Russia is at war with Ukraine,", "John E. Herbst", "quote_cue_speaker", "person"),
    row("said-ambassador-unnamed", '"The talks have stalled," said the American ambassador.',
        "The talks have stalled,", "the American ambassador", "quote_cue_speaker", "unnamed"),
    # ... negative: a day there is no bearer
    row("said-description-then-day", '"The talks have stalled," said the ambassador, Tuesday.',
        "The talks have stalled,", "the ambassador", "quote_cue_speaker", "unnamed"),
    row("says-present", "\u201cThe talks were productive,\u201d says Angela Merkel.",
        "The talks were productive,", "Angela Merkel", "quote_cue_speaker", "person"),
    row("said-name-apposition", '"We expect growth next year," said John Smith, the chief executive of Acme Corp.',
        "We expect growth next year,", "John Smith", "quote_cue_speaker", "person"),
    row("said-descriptor-name", '"I am not going to say it is a mistake," said retired neurosurgeon Ben Carson, asked about his claims.',
        "I am not going to say it is a mistake,", "Ben Carson", "quote_cue_speaker", "person"),
    # negative: a function word is no descriptor ("said on Tuesday ...")
    row("said-on-day", '"We will appeal the verdict," said on Tuesday Mayor\u2019s office staff.',
        "We will appeal the verdict,", None, kind=None),
    row("said-age-head", '"Donald is, and always has been, an amazing leader," said the 46-year-old.',
        "Donald is, and always has been, an amazing leader,", "the 46-year-old", "quote_cue_speaker", "unnamed"),
    # a description that opens with a digit: "9/11 widow", "76-year-old"
    row("said-numbered-descriptor", '"They are 100 percent wrong," said 9/11 widow Terry Strada.',
        "They are 100 percent wrong,", "Terry Strada", "quote_cue_speaker", "person"),
    # "read" before a thing whose written words the quote gives: the thing speaks, as in 'a banner
    # that read "Q"' (data/inscription_nouns.txt; it was no speaker before INVERTED_INSCRIPTION_AFTER)
    row("read-banner", '"Never again," read the banner outside the courthouse.',
        "Never again,", "the banner", "quote_cue_speaker"),
    # a modifier and the noun that closes the clause: the whole object ("the former senator")
    row("description-postmodifier-modifier-noun-inverted",
        '"We have nothing to add," said a spokesman for the former senator.',
        "We have nothing to add,", "a spokesman for the former senator", "quote_cue_speaker", "unnamed"),
    row("description-postmodifier-modifier-noun-comma",
        '"We have nothing to add," said a lawyer for the former governor, who asked not to be named.',
        "We have nothing to add,", "a lawyer for the former governor", "quote_cue_speaker", "unnamed"),
    # negative: one noun where more words run on in the clause ("on Monday" is no part of it)
    row("description-postmodifier-noun-then-adjunct",
        '"We have nothing to add," said a spokesman for the campaign on Monday.',
        "We have nothing to add,", "a spokesman for the campaign", "quote_cue_speaker", "unnamed"),
    # an apposed name closed by the body its bearer is "of": the name the writer gives the describer
    row("description-apposed-name-of-body",
        '"The court will not take it up," said another leading Supreme Court advocate, Maria Ellison of the law firm Baker Hale.',
        "The court will not take it up,", "Maria Ellison", "quote_cue_speaker", "person"),
    row("description-apposed-name-of-capitalised-body",
        '"We will not back down," said a former ambassador, John Herbst of the Atlantic Council.',
        "We will not back down,", "John Herbst", "quote_cue_speaker", "person"),
    # negative: "advocate" heads a description that names no one
    row("description-advocate-no-name",
        '"The court will not take it up," said another leading advocate of the plan.',
        "The court will not take it up,", "another leading advocate of the plan", "quote_cue_speaker", "unnamed"),
]

# --- X <presents> Y as "Q": the verb's subject chose the words ----------------------------------
AS_FRAME = [
    row("refers-to-as-title",
        'Chris Christie spoke in Manchester.\n\nChristie refers to the candidate, who is supposedly his longtime '
        'friend, as "Mr. Trump," in every speech.', "Mr. Trump,", "Chris Christie", "as_frame", "person"),
    row("hailed-as-title",
        'Sen. Marco Rubio spoke in Florida.\n\nRubio hailed the ruling as "A Great Day for Freedom," then left.',
        "A Great Day for Freedom,", "Marco Rubio", "as_frame", "person"),
    # a participle's subject is the sentence's
    row("participle-sentence-subject",
        'Sen. Bernie Sanders campaigned in Iowa on Monday, hailing the ruling as "A Great Day for Workers."',
        "A Great Day for Workers.", "Bernie Sanders", "as_frame", "person"),
    # negatives: a passive has no speaking subject; a verb that does not present its object
    # ("chose", "billed") leaves a writer's label
    rejected("passive-hailed-as", 'The deal was hailed as "A New Dawn" across the region.', "A New Dawn", "title"),
    rejected("passive-labeled-as", 'The Benghazi inquiry was labeled as a "witch hunt" last year.', "witch hunt",
             "scare_quote"),
    rejected("chose-as", 'Time Magazine chose Angela Merkel as its "Person of the Year" for 2015.',
             "Person of the Year", "title"),
    # a group's usage is a label
    rejected("group-refers-to-as", 'Moscow\'s allies refer to all those seeking to oust the president as "terrorists" '
             'and accuse Turkey of funding extremism.', "terrorists", "scare_quote"),
    rejected("billed-as", 'At an event billed as "Hard Hats for Hillary," Clinton unveiled a plan.',
             "Hard Hats for Hillary,", "title"),
    # tried before neighbour: the paragraph's other speaker (the ad) did not choose the label
    row("as-frame-before-neighbour",
        'Mrs. Clinton and her surrogates are responding, painting Mr. Trump as a sympathizer of extremists - "If '
        'Trump wins, they could be running the country," one Clinton ad declared - or denouncing him as a '
        '"psychopath."', "psychopath.", "Clinton", "as_frame", "person"),
    # a participle cue that presents its object "as" the quote ("mocking", "denouncing") has its
    # own sentence's subject, not the subject of an aside before it
    row("as-frame-over-participle-cue",
        'Mrs. Clinton and her surrogates are responding, painting Mr. Trump as a sympathizer of extremists - "If '
        'Trump wins, they could be running the country," one Clinton ad declared - or mocking him as a '
        '"psychopath."', "psychopath.", "Clinton", "as_frame", "person"),
    # negative: a participle cue with no "as" keeps clause_subject's subject
    row("participle-cue-without-as",
        'Protesters marched through the capital on Friday, criticizing "the stolen election."',
        "the stolen election.", "Protesters", "clause_subject", "unnamed"),
    # negative: a passive names no owner, so the paragraph's speaker keeps the span as before
    row("passive-as-beside-speaker",
        '"We are winning," Donald Trump said. The race has been portrayed as a "toss-up" for weeks.',
        "toss-up", "Donald Trump", "split_quote", "person"),
]

# --- "Q" after a presenting participle, its agent after the quote: the agent's wording ----------
LABELED_BY = [
    row("called-by-agent",
        'This feature of the movement has been called "strategic ambiguity" by Joshua Hendrick, a professor at '
        'Loyola University.', "strategic ambiguity", "Joshua Hendrick", "labeled_by", "person",
        xfail="speaker 'the movement' (speaker_cue_quote): the cue rules read \"called\" as a cue whose subject "
              "speaks and take the passive before labeled_by is tried"),
    row("dubbed-by-agent",
        'The plan, dubbed "Operation Clean Sweep" by Mayor Bill de Blasio, starts Monday.',
        "Operation Clean Sweep", "Bill de Blasio", "labeled_by", "person"),
    row("labeled-as-by-agent",
        'The inquiry, often labeled as a "witch hunt" by Senator Harry Reid, went on for two years.',
        "witch hunt", "Harry Reid", "labeled_by", "person"),
    # negatives: no agent after the quote; no presenting participle before it
    rejected("labeled-no-agent", 'The inquiry was labeled a "witch hunt" on Monday.', "witch hunt", "scare_quote"),
    rejected("hailed-no-agent", 'The deal was hailed as "A New Dawn" throughout the region.', "A New Dawn", "title"),
    # the agent before "as": the participle's "by" phrase names who chose the words
    row("known-by-agent-as",
        "Obama put his hand on the governor's shoulder in what would come to be derisively known by some "
        'Republicans as a "hug."', "hug.", "Republicans", "labeled_by", "person"),
    row("seen-by-agent-as",
        'Activists met in Denver to discuss getting a third-party candidate on state ballots, an option seen by '
        'organizers as a "lifeboat" for conservatives.', "lifeboat", "organizers", "labeled_by", "unnamed"),
    # negatives: no "by" agent ("known as", "known to"); an agent that is no speaker ("its initials")
    rejected("known-as-no-agent", 'The police unit known as the "Midnight Crew" tortured dozens of suspects.',
             "Midnight Crew", "title"),
    rejected("known-to-no-agent", 'The unit was known to residents as the "Midnight Crew" for years.',
             "Midnight Crew", "title"),
    rejected("known-by-initials", 'The group, known by its initials as "ISIS," controls much of eastern Syria.',
             "ISIS,", "scare_quote"),
]

# --- X said: "Q" · X said (that) ... "Q" · X told Y "Q" ----------------------------------------------
SPEAKER_CUE_QUOTE = [
    # "cite" with a subject: the subject speaks the words it cites, after a dash aside's start or
    # a run-in headline too, where no subject_verb frame reads it
    row("cites-after-dash",
        "The old stereotype ignored much labor history \u2014 Professor Ellen Marsh cites the 1937 sit-down strike, "
        '"a turning point for working families across the Midwest," and the postwar boom as evidence \u2014 but the '
        "critics were not entirely wrong.",
        "a turning point for working families across the Midwest,", "Ellen Marsh", "speaker_cue_quote", "person"),
    row("cited-after-run-in-headline",
        'CITY NURSES THREATEN STRIKE OVER STAFFING The union cited "unsafe staffing levels, broken equipment and '
        'double shifts" in a letter to the hospital board. [AP]',
        "unsafe staffing levels, broken equipment and double shifts", "The union", "speaker_cue_quote"),
    # negative: a passive "cited by" in commas leaves the sentence's subject speaking
    row("cited-by-in-commas-not-agent",
        'The study, cited by Senator Bill Haskell on Tuesday, found "no evidence of widespread fraud."',
        "no evidence of widespread fraud.", "The study"),
    # plural heads of bodies and people speak as a group, a capitalised modifier before them
    # included ("Labor" is no one-word name, and "Trade unions said" is not left unattributed)
    row("plural-body-head-speaks",
        'Trade unions said the new contract rules were "a giveaway to the largest employers."',
        "a giveaway to the largest employers.", "Trade unions", "speaker_cue_quote", "unnamed"),
    row("plural-head-after-capitalised-modifier",
        'Labor unions said the plan was "a giveaway to the drug companies" and vowed to fight it.',
        "a giveaway to the drug companies", "Labor unions", "speaker_cue_quote", "unnamed"),
    row("plural-people-head-speaks",
        'Three governors wrote that the refugee program was "a risk we cannot take."',
        "a risk we cannot take.", "Three governors", "speaker_cue_quote", "unnamed"),
    # negative: a named person with a body's name as a title still speaks as himself
    row("union-title-before-name",
        'Teamsters union president James Hoffa said the deal was "a betrayal of working families."',
        "a betrayal of working families.", "James Hoffa", "speaker_cue_quote", "person"),
    # a name after a dash that closes the main clause opens an absolute participle: its own
    # subject speaks, not the main clause's
    row("absolute-name-after-dash",
        "And soon after it was over, the two leaders issued a statement expressing optimism about working "
        "together \u2013 Ryan saying he was \u201cvery encouraged\u201d and Trump calling it a \u201cgreat meeting.\u201d",
        "very encouraged", "Ryan", "speaker_cue_quote", "person"),
    # negative: after a comma the name is the main verb's object and its subject speaks
    row("object-name-before-participle-after-comma",
        'Clinton attacked Trump on Monday, saying he was "temperamentally unfit" to be president.',
        "temperamentally unfit", "Clinton", "clause_subject", "person"),
    # an infinitive cue that a participle after "with" leads to has that participle's subject
    row("with-participle-then-infinitive-cue",
        "Even after several videos surfaced, the Trump campaign has denied it happened, with Lewandowski taking "
        'to Twitter to call Fields "totally delusional" for the accusation.',
        "totally delusional", "Lewandowski", "speaker_cue_quote", "person"),
    row("with-participle-object-then-infinitive-cue",
        'The rally ended early, with Clinton using her final minutes to say the race was "far from over."',
        "far from over.", "Clinton", "speaker_cue_quote", "person"),
    row("with-participle-adjunct-then-infinitive-cue",
        "The debate grew heated, with Mr. Cruz turning to the audience to declare that he would "
        '"never back down."',
        "never back down.", "Cruz", "speaker_cue_quote", "person"),
    # negatives: no "with" before the participle, or a "with" phrase that is an aside
    row("participle-infinitive-cue-without-with",
        'The campaign went on the attack, taking to Twitter to call Fields "totally delusional" for the accusation.',
        "totally delusional", "The campaign", "speaker_cue_quote"),
    row("with-aside-before-finite-verb-infinitive-cue",
        'Trump, with his wife standing beside him, took the stage to say the election was "rigged."',
        "rigged.", "Trump", "clause_subject", "person"),
    # a name after a participle's preposition, with no commas around the phrase, is its object:
    # the subject is the phrase before the participle
    row("participle-object-name-is-no-subject",
        'Another intelligence source speaking to Fox News said, "The agents are investigating the possible '
        'intersection of the donations."',
        "The agents are investigating the possible intersection of the donations.", "Another intelligence source",
        "speaker_cue_quote"),
    row("participle-object-name-after-person",
        'Jim Smith speaking to Fox News said the plan was "a disaster for the city."',
        "a disaster for the city.", "Jim Smith", "speaker_cue_quote", "person"),
    row("participle-object-place-name",
        'Protesters marching to Trump Tower chanted "No hate, no fear!" for hours.',
        "No hate, no fear!", "Protesters", "speaker_cue_quote"),
    # negatives: the participle phrase in commas before the subject, or in a lead-in clause
    row("participle-phrase-in-commas-keeps-subject",
        'Speaking to Fox News, Jim Smith said the plan was "a disaster for the city."',
        "a disaster for the city.", "Jim Smith", "speaker_cue_quote", "person"),
    row("participle-in-lead-in-keeps-subject",
        'Before speaking to Fox News, Trump told reporters the plan was "dead on arrival."',
        "dead on arrival.", "Trump", "speaker_cue_quote", "person"),
    # an object relative clause closed by a comma before the quote, where the main clause's verb
    # resumes: its cue ("estimates") is not the quote's frame; the passive's agent asks
    row("relative-closed-before-quote",
        "Rubio was asked by Fox Business moderator Gerard Baker whether his proposed expansion of child tax "
        "credits, which the Tax Foundation estimates would cost as much as $170 billion a year, would risk "
        "\u201cadding another expensive entitlement program to an already overburdened federal budget.\u201d",
        "adding another expensive entitlement program to an already overburdened federal budget.", "Gerard Baker",
        "speaker_cue_quote", "person"),
    # negative: the quote inside the relative clause is its subject's
    row("relative-holds-the-quote",
        'Trump promised a border wall, which Rubio called "a fantasy," and the crowd cheered him anyway.',
        "a fantasy,", "Rubio", "speaker_cue_quote", "person"),
    # "dub" and "nickname" give the subject's own wording, like "call": the subject speaks
    row("dubbed-relative-subject",
        'Bush has struggled with what critics dubbed "the enthusiasm gap."',
        "the enthusiasm gap.", "critics", "speaker_cue_quote", "unnamed"),
    row("nicknamed-object-then-quote",
        'At the rally in Tampa, Trump nicknamed the Florida senator "Little Marco" and mocked his record on immigration.',
        "Little Marco", "Trump", "speaker_cue_quote", "person"),
    row("nicknamed-whom-subject",
        'Trump, whom Mr. Bush nicknamed "the chaos candidate," brushed off the attack.',
        "the chaos candidate,", "Bush", "speaker_cue_quote", "person"),
    # negatives: a "dubbed" participle or passive names a thing; the frame after the quote speaks
    row("dubbed-participle-aside",
        'The project, dubbed "Operation Rally," starts in June, campaign aides said.',
        "Operation Rally,", "campaign aides", "aside_cue"),
    row("dubbed-passive-then-cue",
        'The new project will be dubbed "Operation Rally," two campaign aides said on Monday.',
        "Operation Rally,", "two campaign aides", "quote_speaker_cue"),
    row("nicknamed-passive-no-agent",
        'The program was nicknamed "the crown jewel."', "the crown jewel.", None,
        xfail="speaker 'The program' (speaker_cue_quote): as with \"was called\", a passive naming cue's "
              "subject is read as its speaker"),
    # "before" opening a clause: a description before a finite cue is that clause's subject,
    # not the preposition's object, so it speaks, not the sentence's subject
    row("before-clause-subject-finite-cue",
        "Obama adviser David Plouffe took a job at Uber a few months before its senior vice president boasted "
        "about a plan to spend \u201ca million dollars\u201d digging into critics\u2019 lives.",
        "a million dollars", "its senior vice president", "speaker_cue_quote", "unnamed"),
    # negative: a participle after "after" leaves the description the preposition's object
    row("after-object-before-participle",
        'Sanders spoke after the rally, telling reporters the turnout was "a sign of things to come."',
        "a sign of things to come.", "Sanders", "clause_subject", "person"),
    # "state" before a plural noun is a noun ("GOP state leaders"), no cue: the participle's
    # subject, the writer of the commentary, speaks
    row("state-noun-before-plural",
        "Joseph R. Murray II, a onetime lawyer for the American Family Association, later came out as gay. "
        'He recently wrote a commentary for the Clarion-Ledger, mocking GOP state leaders as "obsessed" with homosexuality.',
        "obsessed", "Joseph R. Murray II", "as_frame", "person"),
    row("state-lawmakers-after-quote",
        '"We will not back down on this bill," state lawmakers said in a joint statement.',
        "We will not back down on this bill,", "state lawmakers", "quote_speaker_cue"),
    # negatives: the verb "state" before a possessive or a determiner, "states" after a subject
    row("state-verb-before-possessive",
        'The militants released a video. In it they state their goal is to expand the "caliphate" across the region.',
        "caliphate", ANY, "speaker_cue_quote"),
    row("states-verb-after-subject",
        'The campaign memo states that Sanders "cannot win the nomination" without the superdelegates.',
        "cannot win the nomination", "The campaign memo", "speaker_cue_quote"),
    # a passive question frame with no "by" agent: the question is put to the subject; the
    # interview the sentence names asks it, else no one named does
    row("passive-asked-in-named-interview",
        'In an interview with The New York Times Magazine published online Wednesday, Trump was asked, '
        '\u201cWhat\u2019s the most dangerous place in the world?\u201d',
        "What\u2019s the most dangerous place in the world?", "New York Times Magazine", "speaker_cue_quote"),
    row("passive-asked-no-agent",
        'At the town hall, Trump was asked, \u201cWhat\u2019s the most dangerous place in the world?\u201d',
        "What\u2019s the most dangerous place in the world?", None, "speaker_cue_quote"),
    # negatives: an agent after "by" asks; an active "asked" is the subject's own question
    row("passive-asked-by-agent",
        'Sanders was asked by host Bill Maher, \u201cAre you a socialist?\u201d',
        "Are you a socialist?", "Bill Maher", "speaker_cue_quote", "person"),
    row("active-asked-own-question",
        'In an interview with Fox News, Trump asked, \u201cWho is paying for the wall?\u201d',
        "Who is paying for the wall?", "Trump", "speaker_cue_quote", "person"),
    # an apposition holding a name of its own after an inner comma: the subject is the name before it
    row("nested-apposition-name",
        "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said "
        "every pope was ''both religious and political.''",
        "both religious and political.", "Giovanni Maria Vian", "speaker_cue_quote", "person"),
    # negative: a name standing alone after a lead-in's comma stays the subject
    row("lead-in-then-name-with-apposition",
        'In a long interview on Sunday, Jeb Bush, the former governor of Florida, said the party was "in trouble."',
        "in trouble.", "Jeb Bush", "speaker_cue_quote", "person"),
    # a quote that closes its sentence keeps its own frame; the pronoun's frame after it ("She
    # added that ...", "He said that ...") introduces the next statement
    row("own-frame-before-pronoun-frame",
        'Rep. Steve Israel (D-N.Y.) said Clinton called on members to be \u201cclosely coordinated.\u201d She added that '
        'the race can\u2019t just be about reacting to Trump.',
        "closely coordinated.", "Steve Israel", "speaker_cue_quote", "person"),
    row("own-frame-before-pronoun-frame-thing",
        'Bob arrived in Benghazi in 2011.\n\nThe book accuses Bob of treating the contractors like "Wal-Mart security '
        'guards." He said that is a "distortion," describing the team as highly accomplished.',
        "Wal-Mart security guards.", "The book", "speaker_cue_quote", "unnamed"),
    # negative: with no frame of its own before it, the quote keeps the pronoun's frame
    row("pronoun-frame-after-frameless-quote",
        'Marco Rubio spoke in Miami on Monday.\n\n"We will win this state." He added that the race was close.',
        "We will win this state.", "Marco Rubio", "quote_speaker_cue", "person"),
    row("cue-interjected",
        'Clinton said experts had found her proposals strong, to which Martin O\'Malley interjected: "It\'s just not true."',
        "It's just not true.", "Martin O'Malley", "speaker_cue_quote", "person"),
    # "spoke" is a cue where words follow it; right before a punctuation mark it is an event (event_cues.txt)
    row("cue-spoke-out",
        'In 2011 Phyllis Schlafly spoke out for "shotgun marriages" as the solution to unwanted pregnancies.',
        "shotgun marriages", "Phyllis Schlafly", "speaker_cue_quote", "person"),
    row("spoke-event-before-comma",
        'As Sen. Richard Blumenthal spoke, the National Rifle Association was whipping lawmakers against '
        '"any and all gun control measures in the Senate."',
        "any and all gun control measures in the Senate.", "National Rifle Association", "subject_verb"),
    row("spoke-event-before-period",
        '"I am satisfied with his response," Stephanie Hooton said after Marco Rubio spoke. '
        '"My biggest concern is getting rid of the criminals."',
        "My biggest concern is getting rid of the criminals.", "Stephanie Hooton", "split_quote", "person"),
    # speech verbs added to cue_verbs.txt for quotes PolNeAR train left without a speaker
    row("cue-proposed",
        'Mike Huckabee, the former Arkansas governor, proposed we "wake up and smell the falafel" and said Ryan should go.',
        "wake up and smell the falafel", "Mike Huckabee", "speaker_cue_quote", "person"),
    row("cue-vented",
        'Flying home one night, Carly Fiorina vented to her husband that it would be "a fight from start to finish."',
        "a fight from start to finish.", "Carly Fiorina", "speaker_cue_quote", "person"),
    row("cue-made-the-point",
        'Sebastian Gorka spoke on Monday.\n\nGorka also made the point that Clinton would make her "completely a third '
        'Obama term" as commander in chief.',
        "completely a third Obama term", "Sebastian Gorka", "speaker_cue_quote", "person"),
    row("cue-offering",
        'The Democratic National Committee released a statement on Monday, offering "a deep and sincere apology" to '
        'Sen. Bernie Sanders.',
        "a deep and sincere apology", "National Committee", "clause_subject"),
    row("cue-expressed-confidence",
        'Hillary Clinton expressed confidence that the server would not be an issue "that is going to affect either the '
        'campaign or my presidency."',
        "that is going to affect either the campaign or my presidency.", "Hillary Clinton", "speaker_cue_quote", "person"),
    row("cue-recognized",
        'The commission recognized that a court should settle the matter \u2014 "so that all election officials know the '
        'definition once and for all."',
        "so that all election officials know the definition once and for all.", "The commission", "speaker_cue_quote"),
    # negative: the cue word as an adjective ("the proposed border wall") is no frame of its own
    row("proposed-adjective-no-cue",
        'Donald Trump spoke in Iowa.\n\nHe also spoke about the proposed border wall, saying it will be "as big as it '
        'needs to be."',
        "as big as it needs to be.", "Donald Trump", "clause_subject", "person"),
    # a verb that controls the cue ("was prompted to say", "began by saying"): its subject speaks
    row("control-verb-to-say",
        'Donald J. Trump spoke at the debate.\n\nBut much of the debate was so subdued that Mr. Trump was prompted to '
        "say, ''So far, I cannot believe how civil it's been up here.''",
        "So far, I cannot believe how civil it's been up here.", "Donald J. Trump", "clause_subject", "person"),
    row("control-verb-by-saying",
        'Judge Richard Berman took a short recess.\n\nWhen he returned he began by saying, \u201cI don\u2019t think that '
        'it\u2019s necessary for Mr. D\u2019Souza to go to jail.\u201d',
        "I don\u2019t think that it\u2019s necessary for Mr. D\u2019Souza to go to jail.", "Richard Berman",
        "clause_subject", "person"),
    # negative: the controlled cue in a relative clause of the writer's, not opening the quote
    row("control-verb-in-relative-clause",
        'Chris Murphy spoke on a call.\n\n\u201cWho is the real con man here?\u201d said Murphy, using a term Rubio has '
        'used to describe Donald Trump, on a conference call with reporters. \u201cSenator Rubio and the Republican '
        'Congress produced nothing.\u201d',
        "Senator Rubio and the Republican Congress produced nothing.", "Chris Murphy"),
    # an inverted cue set off by commas inside the sentence names the quote's speaker
    row("inverted-aside-after-clause",
        'Simon Rosenberg runs a Democratic think tank.\n\nBecause of how Democrats crafted the primary schedule, '
        'explained Rosenberg, \u201cwith this thing being over by mid-March, the party loses the airwaves.\u201d',
        "with this thing being over by mid-March, the party loses the airwaves.", "Simon Rosenberg",
        "speaker_cue_quote", "person"),
    row("inverted-aside-after-conjunction",
        'Sam Solovey worked alongside Trump for years.\n\nBut, said Solovey, "I don\'t want to drum up conflict '
        'because I know his penchant."',
        "I don't want to drum up conflict because I know his penchant.", "Sam Solovey", "speaker_cue_quote", "person"),
    row("inverted-aside-with-apposition",
        'Carl Anthony has studied first ladies for decades.\n\nThe paradox of Nancy, says Carl Anthony, historian at the '
        'National First Ladies Library, is that she was "one of the most powerful first ladies in the post-World War II era."',
        "one of the most powerful first ladies in the post-World War II era.", "Carl Anthony", "speaker_cue_quote", "person"),
    # negatives: a subject's own frame with an object ("told POLITICO,"), a participle's object
    row("subject-frame-not-inverted-aside",
        'Dick Dever, who was listed on the Cruz slate, told POLITICO, "Of the three, I like John Kasich the best."',
        "Of the three, I like John Kasich the best.", "Dick Dever", "speaker_cue_quote", "person"),
    row("participle-object-not-inverted-aside",
        'Trump spoke at length, telling Mike Pence, "We will win this state."',
        "We will win this state.", "Trump", "clause_subject", "person"),
    row("cue-cracked",
        'During their first debate, Hillary Clinton cracked, "I\'m a progressive who likes to get things done."',
        "I'm a progressive who likes to get things done.", "Hillary Clinton", "speaker_cue_quote", "person"),
    # negative: "cracked down" is no speech, and the span a cue word of its own frames stays with that cue
    row("cue-cracked-down",
        'The police cracked down on what officials called "illegal gatherings of protesters in the city" on Sunday.',
        "illegal gatherings of protesters in the city", "officials", "speaker_cue_quote"),
    # a share of a poll's respondents answers: "21 percent said" is an unnamed speaker
    row("percent-said",
        'Asked how likely Clinton was to win, 21 percent said \u201cnot too likely\u201d and 14 percent said \u201cnot at all likely.\u201d',
        "not too likely", "21 percent", "speaker_cue_quote", "unnamed"),
    row("percent-of-group-said",
        'Only 52 percent of registered voters agreed. However, 63 percent said Clinton was "justified" in keeping it private.',
        "justified", "63 percent", "speaker_cue_quote", "unnamed"),
    # negative: a percentage that is no subject ("rose 5 percent") gives no speaker
    row("percent-not-subject",
        'Sales rose 5 percent to what the company calls "record territory" this year.',
        "record territory", "the company", "speaker_cue_quote"),
    row("said-colon", 'Boris Johnson said: "We have done everything we could."',
        "We have done everything we could.", "Boris Johnson", "speaker_cue_quote", "person"),
    row("said-that-partial", 'Governor Gavin Newsom said the state would "do whatever it takes to protect our children."',
        "do whatever it takes to protect our children.", "Gavin Newsom", "speaker_cue_quote", "person",
        quote_kind="partial"),
    row("said-that-explicit", "SANA reported that the minister arrived in order to \u201cstrengthen the mutual cooperation\u201d.",
        "strengthen the mutual cooperation", "SANA", "speaker_cue_quote", "organization"),
    row("told-object-quote", 'Jane Doe told The Washington Post: "I was never informed of the decision."',
        "I was never informed of the decision.", "Jane Doe", "speaker_cue_quote", "person"),
    row("told-object-that", 'Abed al-Fawal told ARA News that the regime is "running out of soldiers and officers."',
        "running out of soldiers and officers.", "Abed al-Fawal", "speaker_cue_quote", "person"),
    row("unnamed-plural", 'Officials said the plan was "a reckless gamble with public money."',
        "a reckless gamble with public money.", "Officials", "speaker_cue_quote", "unnamed"),
    row("unnamed-plural-quote-first", '"They were ready to fight," Aides said of the senators.',
        "They were ready to fight,", "Aides", "quote_speaker_cue", "unnamed"),
    # negative: a singular head word the article gives as a surname stays a person's name
    row("head-word-surname-stays-name", 'Tom Doctor runs the clinic.\n\n"We are full," Doctor said.',
        "We are full,", "Tom Doctor", "quote_speaker_cue", "person"),
    row("inverted-opening", 'The home became a museum. Said Dorothy Poynter, who grew up with Ali, "We were all so proud of him."',
        "We were all so proud of him.", "Dorothy Poynter", "speaker_cue_quote", "person"),
    row("inverted-opening-colon", 'Said Comey: "The thought that an error on our part is connected is painful."',
        "The thought that an error on our part is connected is painful.", "Comey", "speaker_label", "person"),
    # a writer's aside set off by dashes between the subject and its cue
    row("dash-aside-names-description",
        'A former Republican presidential candidate -- John McCain, who lost the 2008 election to Obama -- said the '
        'president "offered no changes to his reactive, indirect and incremental strategy."',
        "offered no changes to his reactive, indirect and incremental strategy.", "John McCain",
        "speaker_cue_quote", "person"),
    row("dash-aside-after-name",
        'On Friday, Gingrich \u2014 mentioned by Newsmax as the leading choice for running mate \u2014 told Bill '
        'O\u2019Reilly of Fox News that \u201cyou have to look at it very seriously, of course.\u201d',
        "you have to look at it very seriously, of course.", "Gingrich", "speaker_cue_quote", "person"),
    row("dash-aside-after-apposition",
        "John Dickey, the chief executive of Ora Media -- the production company that owns the programming, which is "
        "also streamed on Hulu -- told me, ''We're a content provider.''",
        "We're a content provider.", "John Dickey", "speaker_cue_quote", "person"),
    # negatives: a name inside the aside (not opening it) is no speaker; nor the name an apposition
    # post-modifies ("of Ora Media")
    row("dash-aside-name-inside",
        'A Republican strategist -- speaking of Jeb Bush and his donors -- said the campaign was "running on fumes."',
        "running on fumes.", "A Republican strategist", "speaker_cue_quote", "unnamed"),
    row("dash-aside-not-the-org",
        "The chief executive of Ora Media -- the production company behind the show -- told me, ''We license it.''",
        "We license it.", "The chief executive of Ora Media", "speaker_cue_quote", "unnamed"),
    # negative: a capitalised participle opening the sentence is no inverted cue
    row("asked-intro-not-inverted", 'Asked what a firm commitment looks like, Devine replied: "We are a long way off."',
        "We are a long way off.", "Devine", "speaker_cue_quote", "person"),
    row("thought-that", 'Bolton thought some of the buzz was "artificially nourished" by her allies.',
        "artificially nourished", "Bolton", "speaker_cue_quote", "person"),
    row("stressed-that", "A senior Iranian commander said Iran will stay and stressed that \u201cthe advisory help is not only in planning.\u201d",
        "the advisory help is not only in planning.", "A senior Iranian commander", "clause_subject", "unnamed"),
    # a cue word after a possessive is a noun ("Rubio's claim"): its owner is no speaker
    row("possessive-cue-noun-earlier-cue",
        'Cruz spokeswoman Catherine Frazier said Thursday that Rubio\'s claim about the bill is "simply not true."',
        "simply not true.", "Catherine Frazier", "speaker_cue_quote", "person"),
    row("possessive-cue-noun-not-owner",
        'Senator Tim Scott, who has called Mr. Trump\'s comments "racially toxic," spoke on Monday.',
        "racially toxic,", "Tim Scott", kind="person"),
    # a phrase after a preposition is an object, not the cue's subject
    row("object-of-preposition-not-subject",
        'Glenn Beck spoke in Indiana.\n\nBeck, who has in the past described Trump as "a pathological narcissistic sociopath" and worse, spoke on Monday.',
        "a pathological narcissistic sociopath", "Glenn Beck", kind="person"),
    row("object-of-for-not-subject",
        'Later on Sunday, Carson shared a syllabus for a 2002 psychology class called "Perception" on his Facebook page.',
        "Perception", "Carson", "clause_subject", "person"),
    # "after" / "before" / "since" also open a clause: with an auxiliary the description is its subject
    row("after-clause-subject-not-object",
        "Mr. Trump took on Hillary Clinton on Sunday after the Democratic front-runner had said on Saturday evening "
        "that he was ''becoming ISIS' best recruiter.''",
        "becoming ISIS' best recruiter.", "the Democratic front-runner", "speaker_cue_quote", "unnamed"),
    # negative: without one, "after the ..." is a phrase, its noun the object
    row("after-phrase-object-not-subject",
        'Later on Sunday, Carson shared a photo taken after a 2002 psychology class called "Perception" on his Facebook page.',
        "Perception", "Carson", "clause_subject", "person"),
    # negative: a sentence adverb before an apposition is no name ("Ironically, the ... president, X, has been
    # called"): with no speaker the label is rejected, not credited to "Ironically"
    rejected("sentence-adverb-not-name",
        "Ironically, the Philippines' recently elected president, Rodrigo Duterte, has been called the "
        '"Trump of the East" for his controversial statements.',
        "Trump of the East", "title"),
    # a description does not run across a verb and its object ("released a new radio ad")
    row("verb-object-not-description",
        'After the Paris attacks, Donald Trump released a new radio ad calling it "dangerous" that Obama had no strategy.',
        "dangerous", "Donald Trump", kind="person"),
    # negative: "that he believed" is the conjunction and a pronoun, not a description "that he"
    row("that-pronoun-not-description",
        'Ben Jealous told The Huffington Post before the hearing that he believed it was "incumbent upon Clinton" to act.',
        "incumbent upon Clinton", "Ben Jealous", "speaker_cue_quote", "person"),
    # a clause set off by commas is no apposition: the name inside it is not the subject
    row("clause-not-apposition",
        'Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said Mr. Trump was "a start-up kind of guy."',
        "a start-up kind of guy.", "Slinker", "clause_subject", "person"),
    # negative: an apposition that opens with a role noun stays one
    row("role-apposition-kept",
        'Abed al-Fawal, spokesman for the council, said the regime was "running out of soldiers."',
        "running out of soldiers.", "Abed al-Fawal", "speaker_cue_quote", "person"),
    # a place is no speaker: the relative clause after it is no apposition of a person
    row("place-not-subject",
        'Harry Bond, 30, of Raleigh, N.C., who was among those polled, said the party needs people "who will bring people together."',
        "who will bring people together.", "Harry Bond", "clause_subject", "person"),
    # an indefinite object with "called" names a thing: the sentence's subject is the speaker
    row("naming-called-object",
        'Rob Calabrese, a radio host in Nova Scotia, has set up a website called "Cape Breton If Donald Trump Wins" for Americans.',
        "Cape Breton If Donald Trump Wins", "Rob Calabrese", "clause_subject", "person"),
    # a description with a bare name as its apposition names the speaker
    row("description-apposed-name",
        'Mayor Ed Lee faced critics on Monday.\n\nBloomberg\'s pollster, Douglas Schoen, says the mayor has "the money and the message."',
        "the money and the message.", "Douglas Schoen", "speaker_cue_quote", "person"),
    row("owner-kin-apposed-name-said",
        "Curt Schilling was fired on Wednesday.\n\nSchilling's son, Grant, said his father was \"not a bigot.\"",
        "not a bigot.", "Grant", "speaker_cue_quote", "person"),
    # negative: a possessive owner before a head with no name after it: the description speaks
    row("owner-head-no-name-said",
        "Marco Rubio is counting on early votes.\n\nRubio\u2019s deputy campaign manager said the team was "
        "\"treating the month as one long Election Day.\"",
        "treating the month as one long Election Day.", "Rubio\u2019s deputy campaign manager", "speaker_cue_quote", "unnamed"),
    # negative: an apposition that describes (not a bare name) leaves the description
    row("description-apposition-not-name",
        'The commander, a veteran of two wars, said the base was "fully secure."',
        "fully secure.", "The commander", "speaker_cue_quote", "unnamed"),
    # whose spokesman: a post-modifier after a description's head is part of who spoke
    row("description-postmodifier-name",
        'A spokesman for Platte River declined to comment but said in a statement that "we did not treat the server differently."',
        "we did not treat the server differently.", "A spokesman for Platte River", kind="unnamed"),
    row("description-postmodifier-noun",
        'A spokesman for the buyer said there was a commitment "to making this a showcase for the island."',
        "to making this a showcase for the island.", "A spokesman for the buyer", kind="unnamed"),
    # negative: a verb after the name is no part of it
    row("description-postmodifier-stops-at-verb",
        'A spokeswoman for the House Armed Services Committee emailed reporters, arguing, "The law says nothing of the kind."',
        "The law says nothing of the kind.", "A spokeswoman for the House Armed Services Committee", kind="unnamed"),
    row("adverb-before-cue", 'Gorka similarly warned that military officers "understand that we have no strategy."',
        "understand that we have no strategy.", "Gorka", "speaker_cue_quote", "person"),
    row("weekday-before-cue", 'Priebus later Thursday told reporters that the plan was "dead on arrival."',
        "dead on arrival.", "Priebus", "speaker_cue_quote", "person"),
    row("intensifier-before-cue", 'Cruz himself said Tuesday that "the only way to win is to ask."',
        "the only way to win is to ask.", "Cruz", "speaker_cue_quote", "person"),
    # negative: a word between subject and cue that is no adverb, auxiliary or weekday
    row("participle-before-cue", '"We lost," Smith feeling glum said.', "We lost,", None, kind=None),
    # a subject inside the complement of an earlier speech frame is reported, not speaking
    row("reported-subject-certain",
        'After the vote, Cruz said he is certain Rubio will continue to be "a champion for opportunity."',
        "a champion for opportunity.", "Cruz", "speaker_cue_quote", "person"),
    row("reported-subject-that-when",
        "Mrs. Clinton said that when Ms. Warren railed against Wall Street, ''she is speaking for all of us.''",
        "she is speaking for all of us.", "Clinton", "speaker_cue_quote", "person"),
    row("reported-pronoun-other-person",
        'Robert Dear appeared in court on Wednesday. Prosecutor Dan May said he said "no more baby parts" after the shooting.',
        "no more baby parts", "Dan May", "speaker_cue_quote", "person"),
    row("reported-outermost-frame",
        "Mr. Ross said Mr. Obama had told Jewish leaders that he would not continue the policy of ''no daylight'' with Israel.",
        "no daylight", "Ross", "speaker_cue_quote", "person"),
    row("reported-pronoun-described-frame",
        'McCain spoke on Monday. The longtime senator said he rarely asks surrogates to stump for him, "except for people I am close to."',
        "except for people I am close to.", "The longtime senator", "speaker_cue_quote", "unnamed"),
    # negatives: a pronoun for the frame's own subject stays; a lead-in clause ends at its comma
    row("reported-pronoun-kept",
        'Daniel Benjamin said he believes "there may be some out-of-the-loop generals."',
        "there may be some out-of-the-loop generals.", "Daniel Benjamin", "speaker_cue_quote", "person"),
    row("described-frame-not-for-names",
        'The longtime senator said Cruz called the plan "a disaster."',
        "a disaster.", "Cruz", "speaker_cue_quote", "person"),
    row("lead-in-frame-not-complement",
        'After Trump argued that Medicare should not be cut, Rubio said only that his "numbers don\'t add up."',
        "numbers don't add up.", "Rubio", "speaker_cue_quote", "person"),
    row("possessive-cue-word-no-frame",
        'At the state\'s party convention Sen. Elizabeth Warren said Donald Trump was a "proven failure" in business.',
        "proven failure", "Elizabeth Warren", "speaker_cue_quote", "person"),
    # a "when" clause on the frame's object is no part of its complement: its subject speaks
    row("object-relative-when-recalls",
        'The feud between Mr. Lopez and the Whitfield family recalls a dispute in March when Mr. Lopez said the county clerk was "a thief."',
        "a thief.", "Lopez", "speaker_cue_quote", "person"),
    row("object-relative-when-echoed",
        'Senator Harlan echoed an argument from last spring when Governor Pryce called the levy "a tax on breathing."',
        "a tax on breathing.", "Pryce", "speaker_cue_quote", "person"),
    # negatives: an object with no "when" clause, and "that when" opening the complement, keep the frame's subject
    row("object-relative-none-claim-that",
        'Ms. Dorsey repeated the claim that Mr. Vance had called the plant "a relic."',
        "a relic.", "Dorsey", "speaker_cue_quote", "person"),
    row("object-relative-none-that-when",
        'Ms. Dorsey said that when Mr. Vance toured the plant he called it "a relic."',
        "a relic.", "Dorsey", "speaker_cue_quote", "person"),
    # a passive frame: the agent after "by" speaks
    row("passive-agent-speaks",
        'Sanders was asked by host Bill Maher, who backs him, "Has that story moved a little bit, has it not?"',
        "Has that story moved a little bit, has it not?", "Bill Maher", "speaker_cue_quote", "person"),
    row("passive-agent-after-quote",
        '"What is the most dangerous place you have been to?" Trump was asked by reporter Mark Leibovich.',
        "What is the most dangerous place you have been to?", "Mark Leibovich", "quote_speaker_cue", "person"),
    # negative: an active frame with "by" after it keeps its subject
    row("active-frame-by-not-agent",
        'Sanders said by phone that the story "has not moved at all."',
        "has not moved at all.", "Sanders", "speaker_cue_quote", "person"),
    # negative: a naming verb marks a label, not speech
    rejected("called-label", 'Critics of the governor called the proposal "dead on arrival" on Monday.',
             "dead on arrival", "scare_quote",
             xfail="emitted with speaker 'the governor' (speaker_cue_quote): 'call' is in data/cue_verbs.txt, so "
                   "'called the proposal \"X\"' (a naming verb with an object: a label) is taken as speech, and the "
                   "subject found is the object of 'of' ('Critics of the governor')"),
    # a participle's object between the subject and the cue is no subject: the sentence's subject speaks
    row("participle-object-not-subject",
        'Protesters marching through the streets chanted "What curfew?" on Monday night.',
        "What curfew?", "Protesters", "clause_subject", "unnamed"),
    # negative: a relative pronoun and an adverb are no description
    row("relative-adverb-not-subject",
        'Hillary Clinton was forced to defend a comment that egregiously described all young black men as '
        '"super predators."',
        "super predators.", "Hillary Clinton", "subject_verb", "person",
        xfail="speaker 'that egregiously' (speaker_cue_quote): SUBJECT_BEFORE's generic description takes a "
              "relative pronoun and an adverb as a determiner and its noun; excluding -ly heads fixes this row "
              "but on PolNeAR dev it left two quotes without a speaker (rejected), train unchanged"),
    # a dash aside (here the horizontal bar) ends an earlier frame's complement: the subject after it speaks
    row("bar-dash-ends-complement",
        'When Hillary Clinton noted that Donald Trump has not paid federal income taxes ― as was true for the few years '
        'his tax returns were made public ― Trump boasted, “That makes me smart.”',
        "That makes me smart.", "Donald Trump", "speaker_cue_quote", "person"),
    # negative: a subject inside the complement, no break before it, is reported, not speaking
    row("no-break-reported-subject",
        'When Hillary Clinton noted that Donald Trump boasted about “being smart” in not paying taxes, the crowd booed.',
        "being smart", "Hillary Clinton", "speaker_cue_quote", "person"),
    # a cue inside a participle's complement ("saying anybody who complains") is reported: the participle's subject speaks
    row("relative-inside-participle-complement",
        'Hillary Clinton had mocked the complaint, saying anybody who complains about a microphone “is not having a good night.”',
        "is not having a good night.", "Hillary Clinton", "speaker_cue_quote", "person"),
    # negative: after a comma the relative's own frame speaks
    row("relative-after-comma-speaks",
        'Donald Trump spoke in Ohio on Monday, praising Mike Pence, who said the ticket is “unbeatable.”',
        "unbeatable.", "Mike Pence", "speaker_cue_quote", "person"),
    # a relative "who" no antecedent resolves (no comma before it): the sentence's subject speaks
    row("unresolved-relative-sentence-subject",
        'Democratic presidential candidate Bernie Sanders is disavowing remarks made by a campaign surrogate who said '
        'voters shouldn’t “continue to elect corporate Democratic whores” during a rally.',
        "continue to elect corporate Democratic whores", "Bernie Sanders", "clause_subject", "person"),
    row("unresolved-relative-earlier-frame",
        'Joe Madison, a talk radio host, recalled that before Iowa, Obama was not treated as credibly by his listeners, '
        'who wondered if “he would be the token black in the debate.”',
        "he would be the token black in the debate.", "Joe Madison", "speaker_cue_quote", "person"),
    # negative: the sentence's subject is the relative's own head: the writer's words about it
    row("relative-head-subject-no-speaker",
        'Anyone who says the economy is “doing just fine” should visit this town.',
        "doing just fine", None, kind=None),
    # a pronoun's contracted auxiliary sits between it and its cue ("He's" = "He is")
    row("contracted-progressive-cue",
        'Donald Trump spoke in Ohio on Monday. He’s claiming that voting fraud is “a big, big problem in this country.”',
        "a big, big problem in this country.", "Donald Trump", "speaker_cue_quote", "person"),
    row("contracted-progressive-cue-she",
        'Hillary Clinton toured a factory in Ohio. She’s warning that the plan would be “a disaster for working families.”',
        "a disaster for working families.", "Hillary Clinton", "speaker_cue_quote", "person"),
    # a modal and "now" sit between a subject and its cue; a reader is a description
    row("modal-now-cue",
        'If we lived in normal times, a reader would now ask: “Why is Larry King on a Russian state-financed television outlet?”',
        "Why is Larry King on a Russian state-financed television outlet?", "a reader", "speaker_cue_quote", "unnamed"),
    row("now-before-cue",
        'Clinton wants her emails released, even the ones Secretary of State John Kerry now says are “top secret.”',
        "top secret.", "John Kerry", "speaker_cue_quote", "person"),
    # negative: readers after a preposition are an object; the sentence's subject speaks
    row("readers-object-not-subject",
        'Donald Trump wrote a letter to readers of the paper, calling the plan “a fraud.”',
        "a fraud.", "Donald Trump", "clause_subject", "person"),
    # a name with its place or body after "of" ("Sen. Marco Rubio of Florida", "John Smith of
    # the Brookings Institution") is the subject: not the place, not the institution
    row("affiliated-name-place",
        'Sen. Marco Rubio of Florida said, "We will win this state."',
        "We will win this state.", "Marco Rubio", "speaker_cue_quote", "person"),
    row("affiliated-name-institution",
        'John Smith of the Brookings Institution told reporters that the plan was "dead on arrival."',
        "dead on arrival.", "John Smith", "speaker_cue_quote", "person"),
    row("affiliated-name-two-part-body",
        'However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the Associated Press, '
        '“We have suffered the same fate.”',
        "We have suffered the same fate.", "Aris Shirvanian", "speaker_cue_quote", "person"),
    row("affiliated-name-after-title-of",
        'Former Secretary of State Hillary Clinton of New York said, "We will win."',
        "We will win.", "Hillary Clinton", "speaker_cue_quote", "person"),
    row("affiliated-name-who",
        'The inquiry provided fodder to candidates such as Sen. Marco Rubio of Florida, who mused in the debate that '
        'Clinton was "disqualified from being the commander in chief" because of it.',
        "disqualified from being the commander in chief", "Marco Rubio", "speaker_cue_quote", "person"),
    # negative: a body named "X of Y" is no person ("Bank", "Council" name no one)
    row("affiliated-body-not-person",
        'The Council of Economic Advisers said the plan was "a disaster."',
        "a disaster.", "The Council of Economic Advisers", "speaker_cue_quote", "organization"),
    # negative: people named by a plural before "of" are no affiliated person: the whole phrase,
    # headed by the role noun the sentence capitalises, is the subject
    row("affiliated-plural-not-person",
        'Residents of Florida said the storm was "the worst we have seen."',
        "the worst we have seen.", "Residents of Florida", "speaker_cue_quote", "unnamed"),
    row("capitalised-head-of-the-body", 'Friends of the Earth said, "The pipeline must be stopped."',
        "The pipeline must be stopped.", "Friends of the Earth", "speaker_cue_quote", "unnamed"),
    row("capitalised-head-of-name-no-comma", 'Members of Congress said "the deal is dead."',
        "the deal is dead.", "Members of Congress", "speaker_cue_quote", "unnamed"),
    # negatives: a thing's source is the name after "from" ("a statement" speaks for its source), and
    # a name in commas after the object is the describer's
    row("thing-from-the-body-not-postmodified", 'A statement from the White House said, "The talks will go on."',
        "The talks will go on.", "White House", "speaker_cue_quote", "organization"),
    row("description-of-the-body-then-name",
        'The leader of the Anti-Defamation League, Jonathan Greenblatt, said, "This is unacceptable."',
        "This is unacceptable.", "Jonathan Greenblatt", "speaker_cue_quote", "person"),
    row("affiliated-description-then-name",
        'The leader of Syria, Bashar al-Assad, said, "We will win."',
        "We will win.", "Bashar al-Assad", "speaker_cue_quote", "person"),
    # negative: after a name "'s" is a possessive, and its "telling" a noun
    row("possessive-name-not-contraction",
        'Donald Trump spoke in Ohio. Trump’s telling of the story was “simply wrong,” the fact checker wrote.',
        "simply wrong,", "the fact checker", "quote_speaker_cue", "unnamed"),
    # a fixed question phrase right before the quote ("wanted to know,"): its subject asks
    row("wanted-to-know", 'Sen. Ted Cruz took the microphone. He wanted to know, "Where is the money going?"',
        "Where is the money going?", "Ted Cruz", "speaker_cue_quote", "person"),
    row("wants-to-know-named", 'Gov. Chris Christie wants to know: "Who is paying for this wall?"',
        "Who is paying for this wall?", "Chris Christie", "speaker_cue_quote", "person"),
    # negative: the phrase does not open the quote; the quote is the writer's
    rejected("wanted-to-know-more", 'Reporters wanted to know more about the "secret plan."', "secret plan.",
             "scare_quote"),
    # the writer's "and I quote" aside between the frame and the quote: its "I" is no speaker
    row("and-i-quote-aside", 'Gov. Paul LePage told the crowd, and I quote, "We will take the state back."',
        "We will take the state back.", "Paul LePage", "speaker_cue_quote", "person"),
    row("i-quote-aside-colon", 'Mayor Rahm Emanuel said of the plan, I quote: "It is dead on arrival."',
        "It is dead on arrival.", "Rahm Emanuel", "speaker_cue_quote", "person"),
    # negative: a writer who quotes in the first person with no other frame is still "I"
    row("i-quote-writer-frame", 'I quote my grandmother often: "Never give up on a neighbor."',
        "Never give up on a neighbor.", None),
    # a post-modified description opening a subordinate clause mid-sentence is the cue's subject
    row("postmod-after-where", 'The evidence was a video clip where the secretary of state said she was "not only here '
        'to do my job."', "not only here to do my job.", "the secretary of state", "speaker_cue_quote", "unnamed"),
    row("postmod-after-subordinator-place", 'Kasich says he is tough enough, after a woman in Worcester, Massachusetts, '
        'told him he is "too nice" to win.', "too nice", "a woman in Worcester", "speaker_cue_quote", "unnamed"),
    # negative: a thing heading the clause's description is no speaker
    row("postmod-after-subordinator-thing", 'It ended abruptly after the release of the report said the plan was '
        '"dead on arrival."', "dead on arrival.", None),
    # an "as X said" aside closed before a new conjunct is about the clause before it: the quote
    # in the conjunct is not X's
    row("as-aside-before-conjunct-dash",
        'Mayor Tom Ruiz spoke for an hour. He told the crowd that he is not tired - as Jones has said - and he can '
        '"promise" the campaign is strong.',
        "promise", "Tom Ruiz", None, "person"),
    row("as-aside-before-conjunct-comma",
        'Mayor Tom Ruiz spoke for an hour. He told the crowd that he is not tired, as Jones has claimed, and that the '
        'campaign is "stronger than ever."',
        "stronger than ever.", "Tom Ruiz", None, "person"),
    # negative: an "as X said" aside opening the sentence or inside its subject frames the quote
    row("as-aside-opening-sentence", 'As Jones has said, the campaign is "very strong."', "very strong.", "Jones",
        "speaker_cue_quote", "person"),
    row("as-aside-inside-clause", 'The mayor’s plan, as Senator Amy Jones has noted, is "a total mess."',
        "a total mess.", "Amy Jones", "speaker_cue_quote", "person"),
    # "each" after joined subjects sits between them and the cue like "both": the subjects speak
    row("joined-subjects-each-called",
        "Amid what The New York Times and The Los Angeles Times each called a \u201crough week\u201d for Trump, "
        "his campaign regrouped.",
        "rough week", "New York Times and Los Angeles Times", "speaker_cue_quote"),
    # negative: "each" opening a subject is a determiner, the description still speaks
    row("each-determiner-subject",
        'Gov. Chris Christie spoke in Iowa. Each candidate called the debate "a circus."',
        "a circus.", "Each candidate", "speaker_cue_quote"),
    # "dub" reports a speaker's words like "call": its subject speaks
    row("relative-what-dubbed",
        "Sen. Marco Rubio and Sen. Ted Cruz are gunning for each other in what one Latino conservative has "
        "dubbed ''the yuca primary,'' referring to the Cuban staple.",
        "the yuca primary,", "one Latino conservative", "speaker_cue_quote"),
    row("subject-dubbed-object",
        'Donald Trump spoke in Florida on Friday. Trump dubbed Rubio "Little Marco" at the rally.',
        "Little Marco", "Donald Trump", "speaker_cue_quote", "person"),
    # negative: after an indefinite noun "dubbed" names a thing like "called": no speaker of its own
    row("indefinite-noun-dubbed-names-thing",
        'The White House unveiled a plan dubbed "Operation Warp" on Monday.',
        "Operation Warp", "White House", "clause_subject"),
    # an aspectual "continue" right before the mark takes the quote as its complement: the
    # frame before it speaks ("said"), not the aspectual verb's subject
    row("continue-quoted-complement",
        'Hillary Clinton won five states. She declared \u201cWhat a night!\u201d and said that her campaign would continue '
        '\u201cto break barriers\u201d across the nation.',
        "to break barriers", "Hillary Clinton", mention="She"),
    # (its frame "predicts" speaks; "will continue" has no subject of its own to take it)
    row("continues-quoted-complement-after-predicts",
        "Courses close every year, a trend that the foundation predicts will continue ''for the next few years.''",
        "for the next few years.", "the foundation", "speaker_cue_quote", mention="the foundation"),
    # negative: the speech sense sets the quote off with a comma or a colon
    row("continued-comma-then-quote",
        'Bernie Sanders spoke for an hour. He continued, "We are not going anywhere."',
        "We are not going anywhere.", "Bernie Sanders", "speaker_cue_quote", mention="He"),
    row("continued-colon-then-quote",
        'Pence continued: "When President Obama became president, Iraq was stable."',
        "When President Obama became president, Iraq was stable.", "Pence", "speaker_cue_quote"),
]

# --- according to X --------------------------------------------------------------------------------
ACCORDING_TO = [
    row("according-before", 'According to IRNA, "both sides signed the agreement in Damascus."',
        "both sides signed the agreement in Damascus.", "IRNA", "according_to", "organization"),
    row("according-after-unnamed", '"The deal is done," according to a senior official.',
        "The deal is done,", "a senior official", "according_to", "unnamed"),
    row("according-physician", 'According to his longtime personal physician, he had "astonishingly excellent" results.',
        "astonishingly excellent", "his longtime personal physician", "according_to", "unnamed"),
    # "in the words of X" credits X as "according to X" does
    row("in-the-words-of-before", 'Mrs. Clinton was, in the words of a senior adviser, "the torchbearer" of his legacy.',
        "the torchbearer", "a senior adviser", "according_to", "unnamed"),
    row("in-the-words-of-name", 'In the words of Senator Lindsey Graham, "we are in deep trouble."',
        "we are in deep trouble.", "Lindsey Graham", "according_to", "person"),
    # negative: "words" without "of" ("in his own words") is no source phrase
    row("in-other-words-not-source", 'Senator Lindsey Graham spoke next. In other words, "we are in deep trouble," '
        'Mr. Graham said.', "we are in deep trouble,", "Lindsey Graham", "quote_speaker_cue", "person"),
    row("according-after-name", '"The deal is done," according to Senate aide Mark Ellis.',
        "The deal is done,", "Mark Ellis", "according_to", "person"),
    row("according-sentence-end",
        'Hatami held "detailed negotiations" with his counterpart, according to Tasnim news agency.',
        "detailed negotiations", "Tasnim", "according_to", "organization"),
    # negatives: an owner's body, or a body named for a person the article names in full
    row("according-owner-campaign-is-person",
        'Sen. Marco Rubio spoke in Iowa. The plan is "a new American century," according to Rubio\'s campaign.',
        "a new American century,", "Marco Rubio", "according_to", "person"),
    row("according-person-campaign-is-person",
        'Hillary Clinton spoke in Iowa. The plan is "a fair shot for everyone," according to the Clinton campaign.',
        "a fair shot for everyone,", "Hillary Clinton", "according_to", "person"),
    # a sentence-final source credits a quote inside the sentence that no cue frames ...
    row("according-closes-sentence-of-undecided-quote",
        'The county has long been called the "Crossroads of America," and voters there favour Trump, '
        'according to Politico.',
        "Crossroads of America,", "Politico", "according_to", "organization"),
    # ... and takes over from a subject that merely acts in it (subject_verb)
    row("according-closes-subject-verb-sentence",
        'The campaign is paying "dozens" of canvassers to go door to door, according to campaign manager '
        'Jeff Weaver.',
        "dozens", "Jeff Weaver", "according_to", "person"),
    # a people's adjective and lower-case words before the head are a description, not a name
    row("according-demonym-description",
        '"We will win," he said, according to the Iranian news agency.',
        "We will win,", "the Iranian news agency", "according_to", "organization"),
    # not when a later quote of the sentence sits between: the frame is that quote's
    row("according-belongs-to-later-quote",
        'Sen. Ben Cardin spoke on Monday.\n\nCardin wants "a tax that asks the most of those who have the most," '
        'but the bill would, in the words of its critics, "crush the middle class."',
        "a tax that asks the most of those who have the most,", "Ben Cardin", "subject_verb", "person"),
    # nor when the quote's own words end its sentence
    row("according-in-next-sentence",
        'Mr. Hatch called it "a fantasy." Voters agree, according to a new poll.',
        "a fantasy.", "Hatch", "speaker_cue_quote", "person"),
    # the frame's own source after it: PolNeAR credits the quote to the "according to" source
    row("according-after-speaker-frame",
        '"Delegates should be able to vote the way they see fit," Walker said, according to the Associated Press.',
        "Delegates should be able to vote the way they see fit,", "Associated Press", "according_to"),
    row("according-after-cue-speaker-frame",
        '"The deal is done," said Senator Mark Ellis, according to Reuters.',
        "The deal is done,", "Reuters", "according_to"),
    # a name inside a phrase no subject pattern reads is the source
    row("according-to-name-inside-phrase",
        '"Delegates should be able to vote the way they see fit," Walker said, according to an Associated Press account.',
        "Delegates should be able to vote the way they see fit,", "Associated Press", "according_to"),
    row("according-to-provided-by",
        "''We're still winning hearts and minds,'' Mr. Pence said, according to audio provided by Wyoming Public Radio.",
        "We're still winning hearts and minds,", "Wyoming Public Radio", "according_to"),
    # a thing's source speaks for it: "a statement from X", "a report by X"
    row("according-to-thing-from-source", 'According to a statement from the White House, "the talks will go on."',
        "the talks will go on.", "White House", "according_to", "organization"),
    row("according-to-thing-by-source-after", '"The talks will go on," according to a report by Reuters.',
        "The talks will go on,", "Reuters", "according_to", "organization"),
    # negative: a person's description keeps its "for" phrase: the spokesman speaks, not the body
    row("according-to-person-for-body", '"The talks will go on," according to a spokesman for the White House.',
        "The talks will go on,", "a spokesman for the White House", "according_to", "unnamed"),
    row("according-to-name-inside-leading-phrase",
        'According to some on Twitter, Kelly was "incognito" on her visit.',
        "incognito", "Twitter", "according_to"),
    row("according-to-playbook-before-frame",
        'According to a sales playbook from Trump University, salespeople were told, "You sell feelings."',
        "You sell feelings.", "Trump University", "according_to"),
    # negative: a place inside the phrase is no source
    row("according-to-place-not-source",
        'According to exit polls in New Hampshire, voters were "angry at the way things are going in Washington."',
        "angry at the way things are going in Washington.", None, kind=None),
    # the frame before a quote gives way to a source after it in the same sentence
    row("according-after-frame-before-quote",
        'On Monday, Trump said he was "happy to see" that Khan was voted in, according to The New York Times.',
        "happy to see", "New York Times", "according_to"),
    # negative: the source in the next sentence is not this quote's
    row("according-next-sentence-not-source",
        'Trump said the plan was "a total disaster." The vote was delayed, according to The New York Times.',
        "a total disaster.", "Trump", "speaker_cue_quote"),
    # an outlet's report frame closing the sentence credits the outlet, as "according to" does
    row("outlet-reports-after-speaker",
        '"You are no longer welcome," said Kristen Day, executive director of Democrats for Life, reports USA Today.',
        "You are no longer welcome,", "USA Today", "according_to"),
    row("outlet-reported-after-participle",
        'Trump welcomed the news, saying Kasich was "doing the right thing," suggesting he might pick him, CNN reported.',
        "doing the right thing,", "CNN", "according_to"),
    # the report frame closes the sentence past a later quote: it credits the earlier quote too
    row("outlet-reported-past-later-quote",
        'Pastor Kevin Swanson slammed the Girl Scouts for promoting "lesbianism and abortion" on his radio show, '
        '"Generations with Kevin Swanson," Right Wing Watch first reported.',
        "lesbianism and abortion", "Right Wing Watch", "according_to"),
    row("reported-outlet-after-later-quote",
        'Cecile Richards noted that abortion is "central" to the party\'s platform, calling it "a first," '
        'reported the Washington Examiner.',
        "central", "Washington Examiner", "according_to"),
    # negative: the later quote's sentence has no report frame
    row("later-quote-no-report-frame",
        'Pastor Kevin Swanson slammed the Girl Scouts for promoting "lesbianism and abortion" on his radio show, '
        '"Generations with Kevin Swanson," on Monday.',
        "lesbianism and abortion", "Kevin Swanson", "speaker_cue_quote"),
    # negatives: a report frame whose subject is no name
    row("reported-by-unnamed-not-outlet",
        'Kasich said he was "doing the right thing" on Tuesday, as the local papers reported.',
        "doing the right thing", "Kasich", "speaker_cue_quote"),
    row("reported-without-named-outlet",
        '"We will win this," Kasich said on Tuesday, as many had reported.',
        "We will win this,", "Kasich", "quote_speaker_cue"),
    # negative: "according to" a non-speaker
    row("according-to-plan", 'The operation went "exactly as we expected it would go," according to plan.',
        "exactly as we expected it would go,", None, kind=None),
    # negative: a capitalised "According to" after a quote that ends its sentence opens the next one
    row("according-opens-next-sentence", 'Mr. Trump said that he did not "use it that much." According to F.A.A. '
        'records, the Boeing has flown 200 hours this year.', "use it that much.", "Trump", "speaker_cue_quote", "person"),
    row("according-next-sentence-no-frame", '"We will not back down." According to a campaign aide, that was the plan.',
        "We will not back down.", None),
    # the same source in the quote's own sentence, lower case after a comma, still speaks
    row("according-after-comma", '"We will not back down," according to a senior campaign aide.',
        "We will not back down,", "a senior campaign aide", "according_to"),
]

# --- Y quoted X as saying ("speaker X") ---------------------------------------------------------------
QUOTED_AS_SAYING = [
    row("qas-before",
        'Defense Minister Fahd al-Freij arrived in Tehran.\nSANA quoted Freij as saying "we agreed on the next measures to be taken together."',
        "we agreed on the next measures to be taken together.", "Fahd al-Freij", "quoted_as_saying", "person"),
    row("qas-title-name",
        'The Kyodo news agency quoted Prime Minister Shinzo Abe as saying, "Japan will not give in to terrorism."',
        "Japan will not give in to terrorism.", "Shinzo Abe", "quoted_as_saying", "person"),
    row("qas-after",
        'Defense Minister Fahd al-Freij arrived in Tehran.\n"We agreed on the next measures," SANA quoted Freij as saying.',
        "We agreed on the next measures,", "Fahd al-Freij", "quoted_as_saying", "person"),
    row("qas-telling", 'IRNA quoted General Hossein Dehgan as telling reporters: "Both sides agreed."',
        "Both sides agreed.", "Hossein Dehgan", "quoted_as_saying", "person"),
]

# --- "Q" ― X -----------------------------------------------------------------------------------------
DASH = [
    row("horizontal-bar", '"We shall never surrender" \u2015 Winston Churchill',
        "We shall never surrender", "Winston Churchill", "dash", "person"),
    row("em-dash", "\u201cElections have consequences\u201d \u2014 Barack Obama",
        "Elections have consequences", "Barack Obama", "dash", "person"),
    row("en-dash-unnamed", '"Nobody told us anything" \u2013 a local resident',
        "Nobody told us anything", "a local resident", "dash", "unnamed"),
    row("dash-byline-full-stop", '\u201cMaybe we can build a wall around him.\u201d \u2015 Steve Quinlan.',
        "Maybe we can build a wall around him.", "Steve Quinlan", "dash", "person"),
    # a quote whose sentence has a speech frame of its own before it: the byline names the writer
    row("dash-byline-after-framed-sentence",
        'Spain\'s ruling party fell short. Mariano Rajoy said Monday that he will "try to form a stable government" '
        'and insisted that his party was "still the No. 1 force in Spain."--Kim Hjelmgaard.',
        "still the No. 1 force in Spain.", "Mariano Rajoy", kind="person"),
    # negatives: a dash after a quote that goes on in the writer's own sentence is no byline
    row("dash-aside-description",
        'He has called the senator \u201cthe next George Washington\u201d \u2013 the Founding Father who Beck idolizes.',
        "the next George Washington", None, kind=None),
    row("dash-gloss", "His friends jeered, ''Do svidaniya!'' - Russian for ''goodbye.''",
        "Do svidaniya!", "His friends", "speaker_cue_quote", "unnamed"),
    rejected("dash-gloss-label", "His friends jeered, ''Do svidaniya!'' - Russian for ''goodbye.''",
             "goodbye.", "scare_quote",
             xfail="emitted with speaker 'His friends' by split_quote (the paragraph's cue, \"jeered\"); "
                   "a gloss after a dash is the writer's, not theirs"),
    # negative: a dash that opens an aside, not a byline
    rejected("dash-aside", 'The slogan "Make it count" \u2014 printed on every banner \u2014 was everywhere.',
             "Make it count", "scare_quote"),
]

# --- appositions -------------------------------------------------------------------------------------
APPOSITION = [
    row("name-then-description", 'Abed al-Fawal, a political activist, told ARA News that the visit "is a sign of weakness."',
        "is a sign of weakness.", "Abed al-Fawal", "speaker_cue_quote", "person"),
    row("description-then-name",
        'Syrian political activist, Abed al-Fawal, told ARA News that the visit "is a sign of weakness."',
        "is a sign of weakness.", "Abed al-Fawal", "speaker_cue_quote", "person"),
    row("party-tag", '"We are not going anywhere," Tom Reed, R-N.Y., said on Tuesday.',
        "We are not going anywhere,", "Tom Reed", "quote_speaker_cue", "person"),
    row("possessive-apposition", "John Smith, the company's chief executive, said: \"We expect growth next year.\"",
        "We expect growth next year.", "John Smith", "speaker_cue_quote", "person"),
    row("who-clause", "Ann Cole, who represents the victims\u2019 families, said the ruling was \u201ca betrayal of everything we were promised.\u201d",
        "a betrayal of everything we were promised.", "Ann Cole", "speaker_cue_quote", "person"),
    # a description whose prepositional object is a name, then the speaker's name in commas:
    # the apposed name speaks, not the object ("Rick Scott")
    row("object-name-then-name", 'A spokesman for Gov. Rick Scott, John Tupps, said, "The governor has been clear."',
        "The governor has been clear.", "John Tupps", "speaker_cue_quote", "person"),
    row("object-name-then-name-title", 'An aide to Speaker Paul Ryan, Brendan Buck, said, "We will not negotiate."',
        "We will not negotiate.", "Brendan Buck", "speaker_cue_quote", "person"),
    row("object-full-name-then-name", 'A spokesman for Hillary Clinton, Brian Fallon, said, "We will not negotiate."',
        "We will not negotiate.", "Brian Fallon", "speaker_cue_quote", "person"),
    row("object-name-then-name-quote-first", '"The governor has been clear," a spokesman for Gov. Rick Scott, John Tupps, said.',
        "The governor has been clear,", "John Tupps", "quote_speaker_cue", "person"),
    row("capitalised-object-then-name", 'A spokeswoman for the Trump campaign, Hope Hicks, said, "We are confident of victory."',
        "We are confident of victory.", "Hope Hicks", "clause_subject", "person"),
    row("capitalised-object-then-name-that", 'A spokesman for the Clinton campaign, Brian Fallon, said the candidate "will not negotiate."',
        "will not negotiate.", "Brian Fallon", "clause_subject", "person"),
    row("capitalised-object-then-name-inverted", '"We will not negotiate," said a spokesman for the Clinton campaign, Brian Fallon.',
        "We will not negotiate,", "Brian Fallon", "quote_cue_speaker", "person"),
    row("long-capitalised-object-then-name",
        'The director of the Federal Bureau of Investigation, James B. Comey, said, "We found no evidence."',
        "We found no evidence.", "James B. Comey", "speaker_cue_quote", "person"),
    row("long-capitalised-object-then-name-quote-first",
        '"We found no evidence," the director of the Federal Bureau of Investigation, James B. Comey, said.',
        "We found no evidence,", "James B. Comey", "quote_speaker_cue", "person"),
    row("capitalised-of-object-no-name-quote-first",
        '"We found no evidence," a spokesman for the Department of Justice said.',
        "We found no evidence,", "a spokesman for the Department of Justice", "quote_speaker_cue", "unnamed"),
    # negative: a lower-case "of" after the body ends the post-modifier: no subject fills the words
    row("capitalised-object-then-lower-of-no-subject",
        '"We found no evidence," the director of the FBI of all agencies said.',
        "We found no evidence,", None, kind=None),
    # negatives: no name in commas, or the commas hold no bare name
    row("object-name-no-apposition-quote-first", '"The governor has been clear," a spokesman for Gov. Rick Scott said.',
        "The governor has been clear,", "a spokesman for Gov. Rick Scott", "quote_speaker_cue", "unnamed"),
    row("object-name-who-clause",
        'In an interview with Sen. Ted Cruz, Rubio said, "We will not negotiate."',
        "We will not negotiate.", "Rubio", "speaker_cue_quote", "person"),
    row("party-tag-not-a-name", 'Sen. Ted Cruz, R-Texas, said, "We must repeal every word of Obamacare."',
        "We must repeal every word of Obamacare.", "Ted Cruz", "speaker_cue_quote", "person"),
]

# --- X met officials and declared that ... "Q" --------------------------------------------------------
CLAUSE_SUBJECT = [
    # a body part's gesture "says" the quote ("as if to say"): the possessive's antecedent speaks
    row("gesture-owner-as-if-to-say",
        'Judge Ann Berman read the verdict. "The defendant is free to go," Berman said. Defense lawyer Ben '
        'Brafman was delighted. His face lit up, his eyes gleaming, as if to say, "Did you see that?"',
        "Did you see that?", "Ben Brafman", "clause_subject", "person"),
    row("gesture-owner-as-though-to-say",
        'Gov. Maria Lopez spoke first. "We will cut taxes," Lopez said. Senator John Hale sat beside her. '
        'His eyebrows rose, as though to say, "Not so fast."',
        "Not so fast.", "John Hale", "clause_subject", "person"),
    # negatives: a subject of its own before "as if to say" keeps the quote; a body part with no
    # "as if to" is no gesture that speaks
    row("as-if-to-say-plain-subject",
        'Senator Mark Dole listened quietly. The governor shrugged, as if to say, "That is not my problem."',
        "That is not my problem.", "The governor", "clause_subject", "unnamed"),
    row("body-part-without-as-if",
        'Defense lawyer Ben Brafman stood. His eyes gleaming, Brafman said, "We have won."',
        "We have won.", "Ben Brafman", "speaker_cue_quote", "person"),
    # the object of a verb of perceiving or recalling speaks through the participle its own verb
    # chain leads to, not the one who perceives (data/perception_verbs.txt)
    row("perceived-actor-chain-of-participles",
        "I'm old enough to remember Governor Jerry Brown going on TV in 1979, declaring a new era of limits "
        'and telling Californians that "we need to conserve every drop of water."',
        "we need to conserve every drop of water.", "Jerry Brown", "clause_subject", "person"),
    row("perceived-actor-bare-verb-then-participle",
        "Mr. Walker's plan sounds modest. Yet he watches Senator Elizabeth Warren rally crowds by urging them "
        'to back "a government that works for everyone."',
        "a government that works for everyone.", "Elizabeth Warren", "clause_subject", "person"),
    row("perceived-actor-right-before-the-cue",
        'Voters in Des Moines heard Senator Marco Rubio telling a crowd that "the country is at a crossroads."',
        "the country is at a crossroads.", "Marco Rubio", "clause_subject", "person"),
    # negatives: imagined words are the imaginer's; a perceived clause ("saw the governor was
    # worried") is no chain of the object's; a finite cue has its own subject
    row("imagined-words-are-the-imaginers",
        'Columnist Jonah Brooks imagined the governor was thinking: "What have I done?"',
        "What have I done?", "Jonah Brooks"),
    row("perceived-clause-not-an-actor",
        'Ms. Reyes saw the governor was worried, saying that "the numbers look terrible."',
        "the numbers look terrible.", "Reyes", "clause_subject"),
    row("finite-cue-after-perceived-actor",
        'When she saw Mr. Trump talking about the plant on the news, Ms. Ortiz shouted "Finally!"',
        "Finally!", "Ortiz"),
    # "citing" after a comma: the clause's subject cites the words (kept, though a name alone)
    row("citing-participle-clause-subject",
        'Former Governor Ed Lyle rounded out the list of candidates interviewed, citing "Jimmy Fallon" as his '
        "favorite host.",
        "Jimmy Fallon", "Ed Lyle", "clause_subject", "person"),
    # a publication speaks as its editors' voice (data/unnamed_heads.txt), like "the magazine"
    row("publication-head-before-participle",
        'The conservative publication has been outspoken in its opposition to Donald Trump, arguing he is '
        '"a philosophically unmoored political opportunist."',
        "a philosophically unmoored political opportunist.", "The conservative publication", "clause_subject",
        "unnamed"),
    # negative: the act of publishing is no speaker where the clause names its own ("with Democrats calling")
    row("publication-act-not-the-speaker",
        'The publication of the report drew swift criticism, with Democrats calling it "a whitewash."',
        "a whitewash.", "Democrats", "speaker_cue_quote"),
    # a participle right after an earlier quote of the sentence whose subject framed that quote
    # (subject_verb) goes on in that subject's sentence: the subject speaks it, not a capitalised
    # pronoun that opens the next sentence; where the earlier quote closed its sentence, that
    # subject's frame has ended
    row("participle-after-subject-verb-quote",
        'Hillary Clinton was hurt in June 2009.\n\nAfter the fall, David Axelrod emailed her condolences, addressing her '
        'informally as \u201cHillary\u201d and telling her, \u201cyou are an all-star player and we need you for the '
        'long run!\u201d She replied to him that it was an honor.',
        "you are an all-star player and we need you for the long run!", "David Axelrod", "clause_subject", "person"),
    row("participle-after-quote-that-closed-its-sentence",
        'Clinton spoke in 2014.\n\nIn 2014, Pew found that \u201cmost Democrats favor stricter gun laws.\u201d '
        'But since 2007, the share of Republicans saying \u201cit is more important to protect gun rights\u201d has grown.',
        "it is more important to protect gun rights", None, kind=None),
    # a show its owner names ('NBC's "Today"') earlier in the sentence is no statement: the words
    # before the participle's quote start at the sentence, whose subject speaks (not the apposed
    # name of an object)
    row("owned-show-title-before-participle",
        "Sen. Bernie Sanders (I-Vt.) visited NBC\u2019s \u201cToday\u201d to discuss his recent remarks about his "
        "Democratic presidential rival, Hillary Clinton, saying \u201con her worst day\u201d she\u2019d be a better president.",
        "on her worst day", "Bernie Sanders", "clause_subject", "person"),
    row("owned-show-title-before-participle-2",
        'Gov. John Kasich appeared on CBS\'s "Face the Nation" to talk about his rival, Donald Trump, calling the plan '
        '"totally unrealistic."',
        "totally unrealistic.", "John Kasich", "clause_subject", "person"),
    # negative: an owned span that is no title (lower case) is a statement: the clause after it
    # keeps its own subject
    row("owned-phrase-not-title-keeps-window",
        'Gov. John Kasich attacked Trump\'s "total and complete shutdown" plan on Sunday, and his rival, Sen. Ted '
        'Cruz, answered by calling it "unworkable."',
        "unworkable.", "Ted Cruz", "clause_subject", "person"),
    # a main clause joined by "and"/"but" with a subject and verb of its own ends the earlier
    # clause's frame: its subject speaks, not the sentence's first subject or the earlier cue's
    row("joined-clause-subject-before-coordinated-cue",
        'A group of rabbis called for a boycott of his speech, and the Anti-Defamation League denounced the '
        'remarks and said it would "redirect" his past donations.',
        "redirect", "Anti-Defamation League", "clause_subject"),
    # a description with its name right after it, no commas: the name speaks
    row("joined-clause-description-then-name",
        'A group of rabbis called for a boycott of his speech, and the prominent Jewish civil rights organization '
        'the Anti-Defamation League strongly denounced the remarks and said it would "redirect" his past donations.',
        "redirect", "Anti-Defamation League", "clause_subject", "organization"),
    # negative: a description alone speaks as written
    row("joined-clause-description-alone",
        'Donald Trump was due to speak.\n\nA group of rabbis called for a boycott of his speech, and the civil '
        'rights group strongly denounced the remarks and said it would "redirect" all of his donations.',
        "redirect", "the civil rights group", "clause_subject", "organization"),
    # a time phrase may open the joined clause before its subject; a series' next verb ("..., and
    # placed ads") has no subject of its own, so the clause before it holds the series' subject
    row("joined-clause-time-lead",
        'Hillary Clinton spoke first in Iowa.\n\nHillary Clinton proposed a debate, and days later the Sanders '
        'campaign released a statement calling the offer "a stunt by a campaign that is falling behind."',
        "a stunt by a campaign that is falling behind.", "the Sanders campaign", "clause_subject"),
    row("joined-clause-series-item-falls-back",
        'Walter Hewlett opposed the merger.\n\nWalter Hewlett led the charge, and within weeks the opposition '
        'effort had sent letters to shareholders, hired lawyers and public-relations firms, and placed national '
        'newspaper ads calling the deal a "$25 billion mistake that would ruin the company."',
        "$25 billion mistake that would ruin the company.", "the opposition effort", "clause_subject", "unnamed"),
    # negative: a last clause whose subject is not read ("everyone") hands no earlier clause the quote
    row("joined-clause-unread-subject-no-fallback",
        'Walter Hewlett opposed the merger.\n\nWalter Hewlett led the charge, and the board met twice, and '
        'everyone was calling the deal a "$25 billion mistake that would ruin the company."',
        "$25 billion mistake that would ruin the company.", "Walter Hewlett", "clause_subject", "person"),
    row("joined-clause-subject-before-participle-cue",
        "Clinton testified before Congress in 2013, and Sen. Ron Johnson (R-Wis.) kept asking her why the State "
        'Department had tied the violence to "spontaneous" protests.',
        "spontaneous", "Ron Johnson", "clause_subject", "person"),
    row("joined-clause-subject-before-comma-participle",
        "The mayor spoke first, and Gov. Andrew Cuomo quickly followed, telling the crowd that the state would "
        '"never forget" the victims.',
        "never forget", "Andrew Cuomo", "clause_subject", "person"),
    row("joined-clause-subject-before-saying",
        "Ryan said the bill would pass, and the White House welcomed the news, saying the vote was "
        '"a victory for every family."',
        "a victory for every family.", "White House", "clause_subject"),
    # ... and a joined clause after the cue, whose verb is no cue, takes the quote from it
    row("but-clause-after-cue-dash",
        "Clinton proposed a New York debate on the evening of April 4 - but the Sanders campaign rejected the "
        'idea as "ludicrous" because of the basketball final.',
        "ludicrous", "the Sanders campaign", "clause_subject"),
    row("but-clause-after-cue-comma",
        'Trump proposed a debate in Iowa, but the Cruz campaign dismissed the offer as "a cheap stunt" on Monday.',
        "a cheap stunt", "the Cruz campaign", "clause_subject"),
    # negatives: a joined clause in an earlier sentence, one with no subject of its own ("but
    # that ..."), and a cue inside the joined clause leave the frame as it was
    row("joined-clause-in-earlier-sentence",
        "Smith told reporters that the city had tried to close the shelter, but a federal judge blocked the "
        'move. "This is a big win for the families," Smith said.',
        "This is a big win for the families,", "Smith", "quote_speaker_cue", "person"),
    row("but-that-clause-keeps-cue-subject",
        'Trump said the talks had collapsed, but that he remained "very confident" of a deal.',
        "very confident", "Trump", "speaker_cue_quote", "person"),
    row("cue-inside-joined-clause-speaks",
        'Trump proposed a debate in Iowa, but Cruz called the idea "ludicrous" on Monday.',
        "ludicrous", "Cruz", "speaker_cue_quote", "person"),
    # a relative pronoun never heads a subject: "a statement that, while condemning violence,
    # accused" is the participle's object with its own clause; the sentence's subject speaks
    row("relative-that-before-aside-is-no-subject",
        "Senator Bernie Sanders faced pressure from party leaders. But Mr. Sanders showed no sign of backing "
        "down, releasing a statement that, while condemning violence, accused the Democratic leadership in "
        "Nevada of using ''its power to prevent a fair and transparent process from taking place.''",
        "its power to prevent a fair and transparent process from taking place.", "Bernie Sanders", "clause_subject",
        "person"),
    # negative: a description whose head is a noun keeps its apposition and speaks
    row("statement-with-apposition-speaks",
        'The statement, released late Tuesday, accused the state party of using "its power to silence delegates."',
        "its power to silence delegates.", "The statement", "clause_subject"),
    # a municipality is a body that issues statements, as a government is: the participle's
    # subject, not the statement, speaks
    row("town-released-statement-saying",
        "Ferguson had two murders in 2014, according to the FBI data. The town released a statement Wednesday "
        'saying Trump\u2019s comments "are based on his opinion, not actual facts," and welcomed Trump to visit.',
        "are based on his opinion, not actual facts,", "The town", "clause_subject", "unnamed"),
    # negative: the city as a participle's object leaves the sentence's subject speaking
    row("city-as-object-of-participle",
        'Trump toured the city on Tuesday, calling its shuttered steel plant "a disgrace to this country."',
        "a disgrace to this country.", "Trump", "clause_subject", "person"),
    # a participle right after a side clause that brings in a new, indefinite actor goes with that actor
    row("participle-after-side-clause-actor", '"Who can remember how many states I\'ve lost in a row?" Clinton asks as a '
        'maintenance guy walks in front of her, saying he\'s "here to fix the seven holes in your wall."',
        "here to fix the seven holes in your wall.", "a maintenance guy", "clause_subject"),
    row("participle-after-where-clause", 'Clinton spoke just down the street from the Trump Taj Mahal -- now owned by '
        'investor Carl Icahn -- where about 50 protesters had gathered on Wednesday morning, chanting "no contract, no peace."', "no contract, no peace.",
        "about 50 protesters", "clause_subject"),
    # a bare plural is as indefinite as "about 50 protesters", and "in which" opens such a clause too
    row("participle-after-side-clause-bare-plural", 'The first incident came during a speech at the State '
        'University of New York at Purchase, when Sanders protesters interrupted her speech, shouting "she wins, we '
        'lose!"', "she wins, we lose!", "Sanders protesters", "clause_subject"),
    row("participle-after-in-which-clause", 'The campaign released a video in which supporters waved signs outside '
        'the arena, chanting "count every vote in every county."', "count every vote in every county.",
        "supporters", "clause_subject"),
    # negative: a definite description there is an actor the text already knows; the sentence's
    # subject speaks
    row("participle-after-side-clause-definite", 'Clinton smiled when the protesters left the hall, saying "we '
        'welcome every voice in this campaign."', "we welcome every voice in this campaign.", "Clinton",
        "clause_subject", "person"),
    # negative: a pronoun in the side clause is the sentence's own subject again
    row("participle-after-side-clause-pronoun", 'Hillary Clinton beamed as she noted how happy she was to be in New '
        'York, saying "we faced difficult challenges together."', "we faced difficult challenges together.",
        "Hillary Clinton", "clause_subject", "person"),
    # the words before the quote start after an earlier quote of the sentence that no rule took:
    # the sentence's own subject, before that quote, governs a coordinated cue
    row("subject-before-undecided-quote",
        'A group of 67 Latin American artists, writers, actors and scientists this week published an open letter about '
        'the "hateful discourse of Trump" and called on people to "remember the historic campaigns against other '
        'ethnic groups that ended with millions dead."',
        "remember the historic campaigns against other ethnic groups that ended with millions dead.", "A group",
        "clause_subject"),
    row("subject-before-undecided-quote-merkel",
        "Chancellor Angela Merkel of Germany condemned ''such a murderous attack'' and declared a determination to "
        "''continue our open, tolerant life.''",
        "continue our open, tolerant life.", "Angela Merkel", "clause_subject", "person"),
    # negative: an unresolved subject there names no one
    row("unresolved-subject-before-undecided-quote",
        'It came in an envelope marked "urgent" and urged readers to "stand up against the hateful rhetoric of this '
        'campaign."',
        "stand up against the hateful rhetoric of this campaign.", None),
    # a name set off by commas after the opening description is its bearer's, even where the
    # article writes "the French ambassador" elsewhere ...
    row("description-then-name-subject",
        'At the talks, the French ambassador sat in the front row. The French minister of environment and energy, '
        'Ségolène Royal, alluded to the election on Monday, saying the agreement might be "signed and ratified by '
        'the time anybody is elected."',
        "signed and ratified by the time anybody is elected.", "Ségolène Royal", "clause_subject", "person"),
    # a name that only modifies the description's head is no subject: the name in commas after
    # the head is ("Trump's Virginia state director, Mike Rubino,") ...
    row("name-modifier-then-apposed-name",
        "In early October, Trump\u2019s Virginia state director, Mike Rubino, reached out to rVotes, writing in an "
        'email: "We want to utilize this ASAP."',
        "We want to utilize this ASAP.", "Mike Rubino", "clause_subject", "person"),
    # ... also after a family word or several modifiers ("Schilling's son, Grant,")
    row("owner-kin-then-apposed-name",
        "Curt Schilling was fired on Wednesday.\n\nSchilling's son, Grant, defended his father on Facebook, "
        "saying: ''He has never once said a hateful thing to me.''",
        "He has never once said a hateful thing to me.", "Grant", "clause_subject", "person"),
    # negative: with no name after the description the owner is read as the subject (as before)
    row("owner-kin-no-name",
        "Curt Schilling was fired on Wednesday.\n\nSchilling's son defended his father on Facebook, "
        "saying: ''He has never once said a hateful thing to me.''",
        "He has never once said a hateful thing to me.", "Schilling's son", "clause_subject", "unnamed"),
    # ... negative: a name before a verb and a comma is the subject itself
    row("name-then-verb-comma-subject",
        'The Post\'s Ruth Marcus wrote on Friday, Obama or not, that the nominee was "a safe choice."',
        "a safe choice.", "Ruth Marcus", kind="person"),
    # ... negative: a place there is no bearer
    row("description-then-place-subject",
        'Anne Hidalgo runs the city. The mayor of the capital, Paris, said the plan was "a disaster."',
        "a disaster.", "The mayor of the capital", "clause_subject", "unnamed"),
    # a pronoun right after the conjunction that opens the sentence is its subject, when the
    # conjunction alone was read as the first subject-like word
    row("conjunction-then-pronoun-subject",
        'President Obama spoke on Sunday.\n\nAnd he made a point of saying the Orlando nightclub where the killing '
        'occurred "was a place of solidarity and empowerment."',
        "was a place of solidarity and empowerment.", "Obama", "clause_subject", "person"),
    # negative: a name there may sit inside a longer noun phrase ("the oversized Trump face")
    row("conjunction-then-name-in-noun-phrase",
        'Donald Trump toured the set on Monday.\n\nBut the oversized Trump face on the marquee has been '
        '"drawing crowds all week long."',
        "drawing crowds all week long.", None),
    row("declared-after-and-object",
        'Chief of Staff Mohammad Baqeri arrived in Damascus on Tuesday.\n\nOn Wednesday, Baqeri met with several Syrian officials and declared that Iran would "stand with Syria until victory."',
        "stand with Syria until victory.", "Mohammad Baqeri", "clause_subject", "person"),
    row("warned-after-object",
        'Chancellor Angela Merkel visited the factory and warned that the country was "running out of time."',
        "running out of time.", "Angela Merkel", "clause_subject", "person"),
    row("comma-saying",
        'Protesters marched through the capital on Friday, chanting "down with the regime."',
        "down with the regime.", "Protesters", "clause_subject", "unnamed"),
    row("possessive-cue-noun-sentence-subject",
        'President Francois Hollande denounced Trump\'s remarks as "hurtful and humiliating" on Friday.',
        "hurtful and humiliating", "Francois Hollande", "speaker_cue_quote", "person"),
    row("participle-lead-in",
        'Reprising one of her own favorite lines, the former secretary of state talked about continuing the "progress we had under President Obama."',
        "progress we had under President Obama.", "the former secretary of state", "clause_subject"),
    # a headline or label before a colon opens the sentence: the subject follows it
    row("label-before-colon-skipped",
        "Editor's Note: An article on Monday about Tashfeen Malik, based on accounts from law enforcement officials, "
        "reported that she had ''talked openly on social media about her views.''",
        "talked openly on social media about her views.", "An article", "clause_subject", "unnamed"),
    # negative: a colon later in the sentence is no label; the sentence's subject speaks
    row("colon-inside-sentence-not-label",
        'Hillary Clinton toured a plant in Ohio on Monday, saying the goal was simple: "jobs, jobs, jobs."',
        "jobs, jobs, jobs.", "Hillary Clinton", "clause_subject", "person"),
    row("headline-label-subject-frame",
        'War and Peace.\n\nVeto Power Impedes Peace Efforts: Eliminating "the scourge of war" is one of the original '
        'goals of the United Nations.',
        "the scourge of war", None, kind=None,
        xfail="speaker 'Veto Power Impedes Peace Efforts' (subject_frame): subject_frame keeps a headline label as "
              "its subject, since with no speaker the span is dropped, and on PolNeAR dev it is a gold quote"),
    row("subordinate-lead-in",
        'Facing mounting criticism from Democrats, Senator Ted Cruz released a statement on Saturday, insisting that he had "no regrets."',
        "no regrets.", "Ted Cruz", "clause_subject", "person"),
    row("place-lead-in",
        'At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders endorsed Hillary Clinton, saying she would "make an outstanding president."',
        "make an outstanding president.", "Bernie Sanders", "clause_subject", "person"),
    # negative: a capitalised first word the article also writes as a name stays the subject
    row("name-not-lead-in",
        'Former Army private Chelsea Manning left prison on Wednesday.\n\nManning thanked her supporters and her lawyers, saying she was "ready to live."',
        "ready to live.", "Chelsea Manning", kind="person"),
    # a participle cue belongs to the sentence's subject, not to the noun right before it
    row("participle-after-object",
        'Early in his campaign, Donald Trump attacked Mitt Romney, calling him "a failed candidate."',
        "a failed candidate.", "Donald Trump", "clause_subject", "person"),
    row("participle-after-statement",
        'Following a late meeting, the Security Council issued a statement calling the test "a clear violation."',
        "a clear violation.", "Security Council", "clause_subject"),
    row("sentence-initial-the-is-no-lead-in",
        'The Security Council issued a statement calling the test "a clear violation."',
        "a clear violation.", "Security Council", "clause_subject"),
    row("with-name-participle",
        'At a rally in Birmingham on Saturday, some supporters punched a protester, with Donald Trump reportedly yelling: "Get him out of here!"',
        "Get him out of here!", "Donald Trump", "speaker_cue_quote", "person"),
    # a participle right after the quote belongs to its sentence's subject, not to the participle's object
    row("participle-after-quote",
        'Donald Trump hailed the vote as "fantastic," telling reporters in Scotland that it was a great thing.',
        "fantastic,", "Donald Trump", "clause_subject", "person"),
    # negative: "with X calling" gives the participle a subject of its own
    row("with-participle-own-subject",
        'Republicans were quick to respond, with Senator John McCain calling the plan "a Chinese menu."',
        "a Chinese menu.", "John McCain", "speaker_cue_quote", "person"),
    # footage, a clip or a show of someone speaking: the participle's subject speaks, not the narrator before
    row("footage-of-name-participle",
        '"Why didn\'t he pay?" a narrator in the ad asks. The spot concludes with footage of Trump saying '
        'during the debate last week, "That makes me smart," when Clinton blasted him.',
        "That makes me smart,", "Trump", "speaker_cue_quote", "person"),
    row("shows-name-participle",
        'The new ad shows Hillary Clinton telling a crowd in Ohio, "We are stronger together."',
        "We are stronger together.", "Hillary Clinton", "speaker_cue_quote", "person"),
    # negative: a name after "shows" with no participle of its own is no speaker
    row("shows-name-without-participle",
        'The new poll shows Hillary Clinton ahead in Ohio, and Donald Trump said, "The polls are rigged."',
        "The polls are rigged.", "Donald Trump", "speaker_cue_quote", "person"),
    # a quote closing a subordinate clause with its own speech frame is that frame's, not the main clause's
    row("subordinate-frame-owns-quote",
        'After Scalia said that minority students might do better at "less advanced schools," Trump said: '
        '"I don\'t like what he said."',
        "less advanced schools,", "Scalia", "speaker_cue_quote", "person"),
    row("subordinate-frame-someone-shouted",
        'When someone in the audience shouted, "Cruz," Glenn Beck joked, "Amen, brother!"',
        "Cruz,", ANY, "speaker_cue_quote", "unnamed"),
    row("subordinate-frame-even-as",
        'But even as Donald Trump claimed on Tuesday that "General Petraeus got in trouble for far less," one of the '
        'former prosecutors for David Petraeus said the two cases were quite different.',
        "General Petraeus got in trouble for far less,", "Donald Trump", "speaker_cue_quote", "person"),
    # negatives: the main clause starts before the quote, or the subordinate clause has no speech frame
    row("subordinate-frame-closed-before-quote",
        'When Sanders said at a rally that he would not want the endorsement, he "grabbed ahold of the way teachers '
        'are feeling," said Drew Heiserman, a union member.',
        "grabbed ahold of the way teachers are feeling,", "Drew Heiserman", "quote_cue_speaker", "person"),
    row("even-without-subordinator",
        'Even Donald Trump agreed that "we will fight on," Ted Cruz said.',
        "we will fight on,", "Ted Cruz", "quote_speaker_cue", "person"),
    row("subordinate-clause-without-cue",
        'After Trump spoke, "We will fight on," Cruz said.',
        "We will fight on,", "Cruz", "quote_speaker_cue", "person"),
    # a quote closing a relative clause with its own speech frame ("what X called") is that frame's, not the
    # main clause's after it
    row("relative-frame-what-name-called",
        'Oliver Hedge, a golf consultant, follows the market. In 2009, under what Mr. Hedge called "the prior '
        'economy model," the Marsh Landing Country Club charged a $100,000 initiation fee.',
        "the prior economy model,", "Oliver Hedge", "speaker_cue_quote", "person"),
    row("relative-frame-clip-that-judge-called",
        'And, in a clip that U.S. District Judge Michael W. Mosman called "distasteful," Pete Santilli expressed a '
        'desire to fight federal agents.',
        "distasteful,", "Michael W. Mosman", "speaker_cue_quote", "person"),
    # negatives: no relative word before the frame's subject, or a passive frame: the main clause's cue decides
    row("relative-frame-none-main-clause-called",
        'Mr. Obama called it "a historic step," White House aides said.',
        "a historic step,", "White House aides", "quote_speaker_cue"),
    row("relative-frame-none-passive-called",
        'The plan was called "a disgrace," Senator Chuck Schumer said.',
        "a disgrace,", "Chuck Schumer", "quote_speaker_cue", "person"),
    # a side clause's speaker ("after Jones assured") stays in its sentence; a quote after it is the main speaker's
    row("side-clause-speaker-stays-in-sentence",
        '"Your reputation is amazing," Trump assured Jones, after Jones assured Trump that his listeners supported him. '
        '"I will not let you down."',
        "I will not let you down.", "Trump", "split_quote", "person"),
    row("side-clause-after-spokesman",
        '"They are not terminable at will," Trump spokesman Ron Lieberman told the Journal, after de Blasio stated an '
        'interest in ending the deals. "These contracts are fully binding."',
        "These contracts are fully binding.", "Ron Lieberman", kind="person"),
    # negatives: the quote inside the side clause's sentence is the side clause's; a side clause with no
    # comma before it may be the sentence's point
    row("side-clause-quote-in-own-sentence",
        'Trump called the plan a failure, after Obama said it was "working as intended."',
        "working as intended.", "Obama", "speaker_cue_quote", "person"),
    row("side-clause-without-comma-then-new-sentence",
        'Clinton was campaigning in Iowa when Sanders said the system was rigged. "We will change it."',
        "We will change it.", "Sanders", "speaker_cue_quote", "person"),
    # a cue later in the sentence that framed the previous quote (a relative clause, a "who" clause of the
    # speaker's) frames nothing after that sentence: the next quote goes on with the previous speaker
    row("previous-frame-relative-cue",
        '"There seems to be a lot of name-calling going on," the former president told a crowd that the campaign '
        'estimated at 3,000 people at a civic center here. "The presidency is a serious job."',
        "The presidency is a serious job.", "the former president", "split_quote", "unnamed"),
    row("previous-frame-who-clause-cue",
        '"I think it can work," said Louisa Ermelino, the reviews director at Publishers Weekly, who has not read '
        'the work but called it promising. "She is still a woman up against men in suits."',
        "She is still a woman up against men in suits.", "Louisa Ermelino", "split_quote", "person"),
    # negatives: a frame in a sentence of its own, or one that runs into the quote, is the quote's
    row("previous-frame-then-new-sentence-frame",
        '"We will win," Smith said. Jones said the plan was dead. "It is over."',
        "It is over.", "Jones", "speaker_cue_quote", "person"),
    row("previous-frame-then-joined-frame",
        '"We will win," Smith told a crowd that the campaign estimated at 3,000 people, and Jones said: "It is over."',
        "It is over.", "Jones", "speaker_cue_quote", "person"),
    # a thing whose written words the quote gives speaks them: a sign, a headline
    row("inscription-sign-saying",
        'Outside the arena, Lori Bernstein held up a sign saying "Jews Against Trump."',
        "Jews Against Trump.", "a sign", "speaker_cue_quote", "unnamed"),
    row("inscription-headline-that-said",
        'Palin posted her message under a headline that said, "ISIS Declares Death to Children With Down Syndrome."',
        "ISIS Declares Death to Children With Down Syndrome.", "a headline", "speaker_cue_quote", "unnamed"),
    # negatives: a statement speaks for whoever issued it; a thing in an earlier sentence is no speaker
    row("statement-saying-speaks-for-issuer",
        'Ivanka Trump released a statement saying, "My father has always been a fighter."',
        "My father has always been a fighter.", "Ivanka Trump", kind="person"),
    row("finite-cue-after-inscription-needs-that",
        'Protesters waved a banner. Mayor Bill de Blasio said the rally was "peaceful and proud."',
        "peaceful and proud.", "Bill de Blasio", "speaker_cue_quote", "person"),
    # a document its owner's possessive names, right before a participle cue that reaches the
    # quote in a few words, speaks (with its owner in the description)
    row("owned-document-participle",
        'Barack Obama went to Louisiana.\n\nObama did visit the state, but not until the week after the newspaper\u2019s '
        'editorial telling him to leave his \u201cplayground for the posh and well-connected.\u201d',
        "playground for the posh and well-connected.", "the newspaper\u2019s editorial", "speaker_cue_quote", "unnamed"),
    # negatives: a pronoun owner is the sentence's subject's; the participle's clause runs on to
    # a later frame before the quote; a document a subject issues speaks for that subject
    row("owned-document-pronoun-owner",
        'Ivanka Trump wrote to the board.\n\nIvanka Trump sent the board her letter urging it to \u201cact quickly and fairly.\u201d',
        "act quickly and fairly.", "Ivanka Trump", kind="person"),
    row("owned-document-clause-runs-on",
        'Chris Christie spoke on Sunday.\n\nChristie said Trump\'s tweet saying African-Americans will vote for him '
        'because of the violence in their cities and the lack of jobs in their neighborhoods meant that '
        '\u201cthey want police supported.\u201d',
        "they want police supported.", "Chris Christie", kind="person"),
    # a place is no subject: not after a clause's comma ("in Washington, D.C., and"), nor a dateline
    row("place-after-comma-not-subject",
        'Trump went on to promote "Celebrity Apprentice," note that he had bought a building in Washington, D.C., '
        'and boast about his club in Jupiter, Fla. - "which is a phenomenal area."',
        "which is a phenomenal area.", "Trump", kind="person"),
    row("dateline-not-frame-subject",
        'NEW YORK - Republican presidential candidate Donald Trump on Saturday tweeted an image bearing the words '
        '"most corrupt candidate ever!"',
        "most corrupt candidate ever!", "Donald Trump", "speaker_cue_quote", "person"),
    # negative: a place-like capitalised name after a comma that does speak
    row("name-after-comma-not-place",
        'At the rally on Tuesday, Warren told the crowd the bill was "a gift to Wall Street."',
        "a gift to Wall Street.", "Warren", kind="person"),
    # a share of respondents in a sentence that names its poll: the poll speaks
    row("poll-share-of-respondents",
        'In a national CNN/ORC poll released Monday, 31% of Republicans said they were "extremely enthusiastic" '
        'about voting.',
        "extremely enthusiastic", "a national CNN/ORC poll", "speaker_cue_quote", "unnamed"),
    row("poll-share-after-colon",
        'But a fresh CNN-ORC poll shows how hard it will be to deny Trump: Six in 10 Republicans said the delegates '
        '"should vote for the candidate with the most support."',
        "should vote for the candidate with the most support.", "a fresh CNN-ORC poll", "speaker_cue_quote"),
    # negative: no poll in the sentence, the share itself speaks
    row("share-without-poll",
        'About four in 10 South Carolina Republican primary voters say a candidate must "share my values."',
        "share my values.", ANY, "speaker_cue_quote", "unnamed"),
    # the group after a share is read whole, never from inside the share's number ("0 voters")
    row("share-group-not-split-in-number",
        'About four in 10 voters said they were "angry at the way the federal government is working."',
        "angry at the way the federal government is working.", "voters", "speaker_cue_quote", "unnamed",
        mention="voters"),
    # negative: a count before the head is part of the description
    row("count-before-head-kept",
        'Police were at the scene.\n\nOutside the hall, 200 protesters chanted "no more wars for oil and profit in '
        'the Middle East."',
        "no more wars for oil and profit in the Middle East.", "200 protesters", "speaker_cue_quote", "unnamed"),
    # a share with no group after it, as its sentence's subject, speaks itself
    row("headless-share-said",
        'More than 6 in 10 Republicans called themselves evangelical. About four in 10 said they were "angry" with '
        'the way the federal government is operating.',
        "angry", "About four in 10", "speaker_cue_quote", "unnamed"),
    row("headless-share-after-lead-in",
        'In Iowa, nearly six in 10 say the country is on the "wrong track."',
        "wrong track.", "nearly six in 10", "speaker_cue_quote", "unnamed"),
    # negatives: a share inside the object is no subject; a poll named before it still speaks
    row("share-in-object-not-subject",
        'The senator won nearly six in 10 votes and said the result was "a clear mandate."',
        "a clear mandate.", "The senator", "clause_subject"),
    row("headless-share-poll-speaks",
        'In the exit poll of Iowa Republicans, about four in 10 said they were "angry" with Washington.',
        "angry", "the exit poll of Iowa Republicans", "speaker_cue_quote", "unnamed"),
    # "with" and a description before the participle: the description speaks, as the text gives it
    row("with-description-voice-over",
        'The ad also renews accusations against Trump.\n\nThe 60 second ad ends with a voice over saying: '
        '"Amnesty for illegal immigrants. Big money for himself."',
        "Amnesty for illegal immigrants. Big money for himself.", "a voice over", "speaker_cue_quote", "unnamed"),
    # negative: "over" in the clause before "with" is no part of the participle's subject
    row("with-description-over-before-with",
        'The ad closes over images of the border wall, with the narrator saying: "Amnesty for illegal immigrants. '
        'Big money for himself."',
        "Amnesty for illegal immigrants. Big money for himself.", "the narrator", "speaker_cue_quote", "unnamed"),
    row("with-description-participle",
        'Orlando was on the minds of the crowd, with many marchers and spectators chanting "We are Orlando."',
        "We are Orlando.", "many marchers and spectators", "speaker_cue_quote", "unnamed"),
    row("with-partitive-description-participle",
        'Kloppenburg and her backers tried to tie Bradley to Walker, with one of her ads asking, '
        '"Is Rebecca Bradley independent enough to serve?"',
        "Is Rebecca Bradley independent enough to serve?", "one of her ads", "speaker_cue_quote"),
    # negatives: no determiner after "with" (no subject of the participle), or no "with" at all
    row("with-bare-plural-no-description",
        'Jeb Bush spoke in Iowa on Monday, with polls showing him behind, and called the race "wide open."',
        "wide open.", "Jeb Bush", kind="person"),
    row("participle-without-with",
        'Gov. Scott Walker toured the plant on Monday, saying the deal was "a win for workers."',
        "a win for workers.", "Scott Walker", "clause_subject", "person"),
    # words right after the previous quote's cue carry on that frame: its speaker is their subject
    row("frame-carries-on-after-object",
        '"Everything is on the table," Ben Carson told the AP on Wednesday after hinting that "personnel changes" could come.',
        "personnel changes", "Ben Carson", "clause_subject", "person"),
    # a participle after a speech frame takes that frame's subject, not the sentence's first name
    row("participle-after-frame",
        'Ryan and Trump will meet next week, spokesman Sean Spicer said, adding, "They need to sit down and have a good talk."',
        "They need to sit down and have a good talk.", "Sean Spicer", "clause_subject", "person"),
    row("dateline-not-subject",
        'DECATUR, Ill. — Sen. Ted Cruz weighed in on the charges on Tuesday, calling them "a fireable offense."',
        "a fireable offense.", "Ted Cruz", "clause_subject", "person"),
    row("bare-conjunction-saying",
        'And then Trump went fully on the attack, saying, "Is Obama going to mention the words?"',
        "Is Obama going to mention the words?", "Trump", "clause_subject", "person"),
    # the sentence's subject is "the" and one noun: the next lower-case word is its verb and a
    # name after it the verb's object, never the speaker
    row("the-noun-verb-object-asking",
        'The documentary shows Smith wanting to leave early and depicts a guard asking, "For what, so more men can die?"',
        "For what, so more men can die?", None, kind=None),
    row("the-descriptor-name-saying",
        'The economist Jared Bernstein weighed in on the plan on Monday, saying, "It will not pay for itself."',
        "It will not pay for itself.", "Jared Bernstein", "clause_subject", "person"),
    row("subject-after-comma-saying",
        'Here in Columbia, Sanders stepped up his emphasis on criminal justice, saying, "We have to act."',
        "We have to act.", "Sanders", "clause_subject", "person"),
    # negative: after a comma only a name or a pronoun counts, never a noun of the writer's clause
    rejected("comma-then-noun-saying",
             'The bill was vague, the words unclear, saying "nothing at all."', "nothing at all.", "scare_quote"),
    row("infinitive-to-say",
        "After the first hour, Mr. Trump was prompted to say, ''So far, it has been civil.''",
        "So far, it has been civil.", "Trump", "clause_subject", "person"),
    row("infinitive-subordinate-subject",
        "But the debate was so subdued that Mr. Trump was prompted to say, ''So far, it has been civil.''",
        "So far, it has been civil.", "Trump", "clause_subject", "person"),  # control_subject
    row("infinitive-went-so-far",
        "Media critics piled on. The columnist David Auerbach went so far as to say: ''Twitter as we know it is over.''",
        "Twitter as we know it is over.", "David Auerbach", "clause_subject", "person"),
    # a possessive before a social platform: the platform is the owner's channel, the owner speaks
    row("platform-owner-speaks",
        'Jeb Bush endorsed Cruz on Wednesday. From Bush\'s Facebook post: "We must move to overcome the divisiveness."',
        "We must move to overcome the divisiveness.", "Jeb Bush", kind="person"),
    row("platform-owner-speaks-twitter",
        'Sen. Marco Rubio weighed in late. Rubio\'s Twitter account posted: "This is a sad day for our party."',
        "This is a sad day for our party.", "Marco Rubio", kind="person"),
    # negative: an outlet's or platform's own person ("Twitter's Adam Sharp") keeps the person
    row("platform-before-possessive-person",
        '"We are watching the debate closely," Twitter\'s Adam Sharp said on Tuesday.',
        "We are watching the debate closely,", "Adam Sharp", kind="person"),
    row("outlet-possessive-person",
        '"He is not ready for the job," CNN\'s Tara Setmayer said.',
        "He is not ready for the job,", "Tara Setmayer", kind="person"),
    # a verb that makes its object speak ("prompted X to state", "leading X to counter"): the object speaks
    row("causative-object-named",
        'The ruling was widely shared online, leading Democratic strategists like Paul Begala to counter that '
        '"nobody read the fine print."', "nobody read the fine print.", "Paul Begala", "clause_subject", "person"),
    row("causative-object-relative",
        'The upset prompted the Cook Political Report, which tracks House races, to state, "The seat is now a toss-up."',
        "The seat is now a toss-up.", "Cook Political Report", "clause_subject"),
    row("causative-object-pronoun",
        'Sen. Ted Cruz watched the vote from the floor. The result prompted him to say, "This is a disgrace."',
        "This is a disgrace.", "Ted Cruz", "clause_subject", "person"),
    # the infinitive's "that" clause runs on to the quote: the object still speaks
    row("causative-object-that-clause",
        "Donald J. Trump won the Republican primary, while Hillary Clinton scored a strong win that led her "
        "to declare that the nomination was ''in sight.''", "in sight.", "Hillary Clinton", "clause_subject", "person"),
    row("causative-object-named-that-clause",
        'The ruling drew scorn, and it prompted Senator Bernie Sanders to declare that the system was "rigged from the start."',
        "rigged from the start.", "Bernie Sanders", "clause_subject", "person"),
    # negative: a bare plural object ("voters") is no subject the causative rule reads; the sentence's subject frames it
    row("causative-that-clause-subject-speaks",
        'Senator Bernie Sanders urged voters to say that the economy is "rigged."',
        "rigged.", "Bernie Sanders", kind="person"),
    # negative: the infinitive does not open the quote; the sentence's own subject frames it
    row("causative-not-opening",
        'Senator Bernie Sanders urged voters to reject what he called "a rigged economy."',
        "a rigged economy.", "Bernie Sanders", kind="person"),
    row("intro-phrase-saying",
        'In a statement, Senator Bernie Sanders attacked the bill, saying it would "hurt working families."',
        "hurt working families.", "Bernie Sanders", "clause_subject", "person"),
    # a sentence opening with a capitalised common noun: the description is the subject, not its first word
    row("opening-description-for",
        'Attorneys for Clinton appeared to oppose the effort, saying her account was "never the property of the State Department."',
        "never the property of the State Department.", "Attorneys for Clinton", "clause_subject", "unnamed"),
    row("opening-description-modifiers",
        'Nuclear proliferation experts have discounted the claims, calling the test "a bluff."',
        "a bluff.", "Nuclear proliferation experts", "clause_subject", "unnamed"),
    row("opening-description-partitive",
        'Hundreds of pro-Sanders demonstrators marched through Center City, chanting "Bernie or Jill, No Hill."',
        "Bernie or Jill, No Hill.", "Hundreds of pro-Sanders demonstrators", "clause_subject", "unnamed"),
    row("opening-description-partitive-possessive",
        'One of Grayson’s former supporters lives in the district and wrote in an email that the campaign was '
        '“tragic in the Year of the Woman.”',
        "tragic in the Year of the Woman.", "One of Grayson’s former supporters", "clause_subject", "unnamed"),
    row("opening-description-last-head",
        'His chief aide doubled down on the attacks, saying she is experienced "on paper" only.',
        "on paper", "His chief aide", "clause_subject", "unnamed"),
    # a lead-in clause closed by a dash: the subject after it speaks
    row("lead-in-dash",
        'Hastily politicizing the tragedy in Nice ― much like he did after the attacks in Paris ― Donald Trump cast '
        'the blame on his rivals, warning of "Islamic terrorism" again.',
        "Islamic terrorism", "Donald Trump", "clause_subject", "person"),
    # negative: an adverb, a contraction or a preposition opening the sentence is no speaker (no guess)
    rejected("lead-in-adverb-no-subject",
             'Just shy of half of those polled, say the "sharing economy" is an improvement.',
             "sharing economy", "scare_quote"),
    row("contraction-no-speaker",
        "I'm going to read you the question: \"What is your plan for the economy?\"",
        "What is your plan for the economy?", None),
    # a verb joined to the cue by "and": its subject speaks, not the lead-in clause's
    row("coordinated-verb-pronoun-after-lead-in",
        'Questions surface as to when Democratic nominee Maria Alvarez will hold her next press conference.\n\n'
        'When Tom Baxter, Alvarez’s campaign manager was asked during a luncheon held by The Denver Post if Alvarez '
        'would schedule a press conference prior to Election Day, he laughed and said, “We’ll see.”',
        "We’ll see.", "Tom Baxter", "clause_subject", "person"),
    row("coordinated-verb-name",
        'At the end of the hearing, the mayor left quickly. Councilman Dan Ortiz shrugged and replied, '
        '"Nobody told us anything."',
        "Nobody told us anything.", "Dan Ortiz", "clause_subject", "person"),
    # negative: the same pronoun opening the sentence keeps its reading (not the object before "she")
    row("coordinated-verb-same-pronoun-opening",
        'Linda Harper met the senator in college.\n\nOver the years, she said, letters have kept her in touch with '
        'Senator Jane Cole, although at the mention of letters she smiled and admitted "they can be a burden too."',
        "they can be a burden too.", "Linda Harper", "clause_subject", "person"),
    # negative: a participle joined by "and" goes with the sentence's subject
    row("coordinated-participle-not-object-name",
        'Outside the arena, about 300 protesters gathered in small groups, holding anti-Smith signs and chanting '
        '"Stop the wall."',
        "Stop the wall.", "about 300 protesters", "clause_subject", "unnamed"),
    # an owner opening the subject before a role noun and a verb is no speaker: the role is
    row("possessive-owner-not-subject",
        'Senator Ann Miller is running again. After the vote, Miller’s campaign manager laughed and said, '
        '"We are not worried."',
        "We are not worried.", "Miller’s campaign manager", "clause_subject", "unnamed"),
    # negative: an owner before a thing stays the owner ("her slogan")
    row("possessive-owner-role-then-name",
        'Senator Ann Miller spoke in Dayton. After the vote, Miller’s spokesman Tom Reed said, "We are not worried."',
        "We are not worried.", "Tom Reed", None, "person"),
    # an empty "it" before a that-clause is no speaker: the clause's subject is
    row("expletive-it-then-clause-subject",
        "It has not helped that her campaign has cycled through a half-dozen slogans, from championing "
        "''working families'' to ''fighting for you.''",
        "working families", "her campaign", "clause_subject"),
    row("expletive-it-is-clear-then-clause-subject",
        'Senator Ann Miller spoke in Dayton. It is clear that Miller has been championing "a fair deal" for months.',
        "a fair deal", "Ann Miller", "clause_subject", "person"),
    # negative: "it" with a speech verb is an organisation or a document speaking, not an empty "it"
    row("it-said-that-not-expletive",
        'The Acme Corporation issued a statement on Monday. It said that the company was "deeply sorry" for the delay.',
        "deeply sorry", "Acme Corporation", None),
]

# --- "A," he said. "B." ----------------------------------------------------------------------------------
SPLIT_QUOTE = [
    # a clause joined by "and" hands the floor to its own subject when only the sentence's end
    # follows its cue: the next quote is that subject's, not the split quote's first speaker
    row("split-second-speaker-chimed-in",
        '"We will fight on," Trump said, and Christie chimed in. "We will win this state."',
        "We will win this state.", "Christie", "speaker_cue_quote", "person"),
    row("split-second-speaker-cut-in",
        '"We will fight on," Trump said, and his wife cut in. "We will win this state."',
        "We will win this state.", "his wife", "speaker_cue_quote", "unnamed"),
    row("split-joined-clause-no-cue",
        '"We will fight on," Trump said, and the crowd cheered. "We will win this state."',
        "We will win this state.", "Trump", "split_quote", "person"),
    row("split-second-half",
        'Defense Minister Fahd al-Freij spoke in Tehran.\n"We agreed on the next measures," Freij said. "It is important to intensify efforts."',
        "It is important to intensify efforts.", "Fahd al-Freij", "split_quote", "person"),
    row("split-first-half",
        'Defense Minister Fahd al-Freij spoke in Tehran.\n"We agreed on the next measures," Freij said. "It is important to intensify efforts."',
        "We agreed on the next measures,", "Fahd al-Freij", "quote_speaker_cue", "person"),
    row("split-unnamed-curly", "\u201cThe border is closed,\u201d the officer said. \u201cNobody crosses tonight.\u201d",
        "Nobody crosses tonight.", "the officer", "split_quote", "unnamed"),
    row("split-after-open-paragraph",
        'Rep. Alan Grayson was blunt. \u201cIt is an amorphous position to have.\n\n\u201cWe legislate,\u201d Grayson said. \u201cWe don\u2019t debate platforms.\u201d',
        "We don\u2019t debate platforms.", "Alan Grayson", "split_quote", "person"),
    # a Title Case second half that is a sentence of its own is speech, not a title
    row("split-title-case-own-sentence",
        "President Obama spoke on the Mall.\n\n''We're not a burden on America,'' the president added. ''We're America.''",
        "We're America.", "Obama", "split_quote", "person"),
    row("split-title-case-two-sentences",
        'Melanie Austin watched the convention.\n\n\u201cHere comes Big Daddy,\u201d Austin said, clapping. \u201cThe Donald. Big Daddy.\u201d',
        "The Donald. Big Daddy.", "Melanie Austin", "split_quote", "person"),
    # negatives: a title ending a sentence that began before it, and one standing alone unpunctuated
    rejected("split-title-ends-writers-sentence",
        '"It was a thrill," Sanders said. He praised the show "Saturday Night Live."',
        "Saturday Night Live.", "title"),
    rejected("split-title-own-line-unpunctuated",
        '"It was a thrill," Sanders said. "Saturday Night Live" aired the sketch on Sunday.',
        "Saturday Night Live", "title"),
    # a quote in a sentence of its own that opens with another named subject keeps that subject
    row("own-sentence-subject-not-shared",
        'Donald Trump spoke in Iowa.\n\nTrump blamed mass shootings on "sickos." Former Florida governor Jeb Bush called the use of executive orders "quite dangerous."',
        "sickos.", "Donald Trump", "subject_verb", "person"),
    # a partial quote in narration of its own does not take the speaker of a later sentence's
    # quote: its own sentence's subject speaks it (clause_subject)
    row("partial-quote-own-subject-not-later-speaker",
        'Politifact examined the charge and rated both aspects of it "True." The news service pointed to the '
        'review board. "The facts are clear," the fact-checker said.',
        "True.", "Politifact", "clause_subject"),
    # ("found" is a finite verb of its own subject: the subject_verb frame takes it first)
    row("partial-quote-found-that-not-later-speaker",
        'In 2014, the Pew Research Center found that "most Democrats favor stricter laws." But since 2007, '
        'Republicans have moved the other way. "It is a split," said Carroll Doherty, a researcher.',
        "most Democrats favor stricter laws.", "Pew Research Center", "subject_verb"),
    row("partial-quote-org-subject-not-later-speaker",
        'For now, the administration waves off the delay as having "minimal" impact. As White House press '
        'secretary Josh Earnest explained, three taxes were postponed. "It is a small cost," Earnest said.',
        "minimal", "the administration", "clause_subject", "organization"),
    # negatives: a quote opening its sentence shares the later speaker; a narration subject that
    # names no one leaves the later speaker; a title in quotes is no one's words
    row("quote-opening-sentence-shares-later-speaker",
        '"It was a long night." "We will be back," Senator Marco Rubio said.',
        "It was a long night.", "Marco Rubio", "split_quote", "person"),
    row("partial-quote-unnamed-subject-shares-later-speaker",
        'Senator Marco Rubio toured the plant on Monday. The plan was "workable" in his view. "We will see," Rubio said.',
        "workable", "Marco Rubio", "split_quote", "person",
        xfail="rejected as a scare quote: a partial quote whose own sentence's subject names no one no longer "
              "takes a later sentence's speaker (on train those were mostly other sources' words or labels)"),
    # ... and where the narration's subject names no one, a later sentence's speaker is passed over
    rejected("partial-quote-later-speaker-passed-over",
        'That is partly because federal rules are murky on when a paid speech becomes "campaign related." A 1996 '
        'advisory opinion by the commission added that such speeches count only if they involve "expressly '
        'advocating the election of any candidate."',
        "campaign related.", "scare_quote"),
    row("partial-quote-later-speaker-not-shared",
        'His standing rose after the shootings and his call for "a total and complete ban" on Muslims entering the '
        'country. "He has to widen his appeal," said Whit Ayres, a Republican pollster.',
        "a total and complete ban", None),
    row("partial-quote-later-speaker-keeps-own",
        'His standing rose after the shootings and his call for "a total and complete ban" on Muslims entering the '
        'country. "He has to widen his appeal," said Whit Ayres, a Republican pollster.',
        "He has to widen his appeal,", "Whit Ayres", "quote_cue_speaker", "person"),
    rejected("partial-title-not-own-subject",
        'The deal was signed on Monday. Fox\'s revival of "The X-Files" was a hit. "We were thrilled," said '
        'Dana Walden, the network chief.',
        "The X-Files", "title"),
    # a subject's frame (subject_verb, subject_frame) covers the later quotes of its own sentence
    row("frame-covers-later-quote-in-sentence",
        'On Tuesday, Gov. Jerry Brown endorsed her, citing her "long experience," "firm grasp of the issues" and preparedness.',
        "firm grasp of the issues", "Jerry Brown", "split_quote", "person"),
    row("frame-covers-coordinated-quote",
        'Pastor Kevin Swanson spoke on his radio show.\n\nHe then implied that scout leaders should be put to death, '
        'specifically by having \u201ca millstone be hanged\u201d around their necks and \u201cdrowned at the bottom of the '
        'sea,\u201d for their actions toward young girls.',
        "drowned at the bottom of the sea,", "Kevin Swanson", "split_quote", "person"),
    # negatives: an unresolved subject shares no one; a frame does not reach the next sentence
    rejected("unresolved-frame-not-shared",
             'I can\u2019t yell too much. It comes across as \u201ctoo loud\u201d or \u201ctoo shrill\u201d to some.',
             "too shrill", "scare_quote"),
    row("frame-stops-at-contrast-clause",
        'Sen. Ben Cardin spoke on Monday.\n\nCardin wants "a tax that asks the most of those who have the most," but the '
        'bill would "crush the middle class and every small business in the state."',
        "crush the middle class and every small business in the state.", None),
    # ... and where the contrast clause names its own source, that source speaks
    row("contrast-clause-own-source",
        'Sen. Ben Cardin spoke on Monday.\n\nCardin wants "a tax that asks the most of those who have the most," but the '
        'bill would, in the words of its critics, "crush the middle class and every small business in the state."',
        "crush the middle class and every small business in the state.", "its critics", "according_to", "unnamed"),
    row("frame-stops-at-sentence-end",
        'Sen. Ben Cardin of Maryland advocates a "progressive consumption tax." Mr. Hatch called it "a fantasy."',
        "a fantasy.", "Hatch", "speaker_cue_quote", "person"),
    # negatives: a second quote with its own cue keeps its own speaker; a label is no half of a split quote
    row("open-paragraph-own-cue",
        'Rep. Alan Grayson was blunt. \u201cIt is an amorphous position.\n\n\u201cWe legislate,\u201d Grayson said. Jones replied: \u201cNot this time.\u201d',
        "Not this time.", "Jones", "speaker_cue_quote", "person"),
    row("own-cue-wins", '"We will win," Smith said. Jones replied: "Not this time."',
        "Not this time.", "Jones", "speaker_cue_quote", "person"),
    rejected("title-in-split-paragraph",
             "''He deserved it,'' the man told the program ''Inside Edition'' after the rally.",
             "Inside Edition", "title"),
    rejected("show-title-in-split-paragraph",
             '"We are fans," Mr. Madden said. But the network canceled "Minority Report" after dismal ratings.',
             "Minority Report", "title"),
    row("short-sentence-split-kept", '"We will win," Smith said. "Absolutely."',
        "Absolutely.", "Smith", "split_quote", "person"),
    # a later quote with a frame of its own closing its sentence, which no subject pattern reads
    # ("the paper's editorial board wrote"), keeps that frame's speaker, not the earlier quote's
    row("own-after-frame-beats-split",
        'Sen. Bernie Sanders spoke in Iowa.\n\n\u201cWe will win this state,\u201d Sanders said. \u201cHe is a politician '
        'selling his own brand of fiction,\u201d the paper\u2019s editorial board wrote.',
        "He is a politician selling his own brand of fiction,", "the paper\u2019s editorial board", "quote_speaker_cue",
        "organization"),
    # negative: words that go on from the quote are no subject, though a cue's homograph ends the
    # sentence ("the former secretary of state"): the quote keeps the sentence's speaker
    row("no-after-frame-for-cue-homograph",
        'FBI Director James Comey spoke on Tuesday.\n\nComey said that Clinton and her aides had been \u201cextremely '
        'careless\u201d with classified material, and that \u201cno reasonable prosecutor\u201d would bring the case '
        'against the former secretary of state.',
        "no reasonable prosecutor", "James Comey", "split_quote", "person"),
    rejected("label-in-split-paragraph",
             '"We will win in November," Smith said. Critics dismiss the plan as "fantasy economics".',
             "fantasy economics", "scare_quote",
             xfail="emitted with speaker 'Smith' (split_quote): neighbour() gives every undecided quote of a "
                   "paragraph the nearest decided quote's speaker, even a label embedded in a sentence of the "
                   "writer's with its own subject ('Critics dismiss the plan as \"X\"')"),
    # a dashed aside quoting someone else between the two parts of a split quote: the second
    # part goes on the first part's words, not the aside's quote
    row("split-around-dashed-aside",
        'Mayor Lisa Hart spoke at the rally.\n\nShe said, "We will fix the roads" - at which point the crowd '
        'shouted "Fix them now!" - "and we will open the new bridge by spring."',
        "and we will open the new bridge by spring.", "Lisa Hart", "split_quote", "person"),
    row("split-around-em-dashed-aside",
        'Gov. Tom Reyes addressed the union.\n\nReyes said, \u201cWe will raise your wages\u201d \u2014 the workers '
        'chanted \u201cRaise them!\u201d \u2014 \u201cbefore the end of the year.\u201d',
        "before the end of the year.", "Tom Reyes", "split_quote", "person"),
    # negatives: a quote with its own cue after the aside keeps that cue's speaker; without a
    # closing dash the aside's quote is no aside
    row("dashed-aside-then-own-cue",
        'Mayor Lisa Hart spoke at the rally.\n\nShe said, "We will fix the roads" - the crowd shouted '
        '"Fix them now!" - and Jones replied, "Not this year."',
        "Not this year.", "Jones", "speaker_cue_quote", "person"),
    row("no-closing-dash-no-aside",
        'Mayor Lisa Hart spoke at the rally.\n\nShe said, "We will fix the roads" - the crowd shouted '
        '"Fix them now!" "Fix them today!"',
        "Fix them today!", "the crowd", "split_quote", "unnamed"),
]

# --- continuation paragraphs ------------------------------------------------------------------------------
CONTINUATION = [
    # a span no opening mark opens (a stray closer used as an opener later in the paragraph) starts
    # with the writer's sentence: its cue's subject speaks, not the previous speaker ...
    row("unopened-span-own-cue",
        'Armstrong Williams said the candidate was back in charge. "Dr. Carson is back," he told the AP.\n\n'
        'Millis told POLITICO that the advisers would not let policy aides \u201dget close to Ben on national security.\u201d',
        "Millis told POLITICO that the advisers would not let policy aides", "Millis", "clause_subject", "person"),
    # ... negative: without a cue in it the previous speaker goes on
    row("unopened-span-no-cue",
        'Armstrong Williams said the candidate was back in charge. "Dr. Carson is back," he told the AP.\n\n'
        'The advisers would not let policy aides \u201dget close to Ben on national security.\u201d',
        "The advisers would not let policy aides", "Armstrong Williams", "continuation", "person"),
    row("continuation-one",
        'President Bashar al-Assad gave an interview.\n\n"We invited Hezbollah," Assad told France 2.\n\n"We have regular relations for three decades."',
        "We have regular relations for three decades.", "Bashar al-Assad", "continuation", "person"),
    row("continuation-chain",
        '"The vote was fair," said Election Commissioner Ruth Banda.\n\n"Every ballot was counted twice."\n\n"We invite any observer to check."',
        "We invite any observer to check.", "Ruth Banda", "continuation", "person"),
    # negatives: a paragraph without quotes breaks the chain; a quote mid-paragraph is no continuation
    row("broken-by-paragraph",
        '"The vote was fair," said Election Commissioner Ruth Banda.\n\nThe opposition has rejected the result.\n\n"We will appeal to the supreme court next week."',
        "We will appeal to the supreme court next week.", None, kind=None),
    row("not-paragraph-initial",
        '"The vote was fair," said Election Commissioner Ruth Banda.\n\nThe result, the first since the war, was "a turning point for the country and for the whole region of West Africa."',
        "a turning point for the country and for the whole region of West Africa.", None, kind=None),
    # a quote paragraph whose own frame closes its sentence ("X of the ... Center wrote in December")
    # is that frame's, not the previous paragraph's speaker's
    row("own-after-frame-beats-continuation",
        'President Bashar al-Assad gave an interview.\n\n"We invited Hezbollah," Assad told France 2.\n\n"Building such '
        'a weapon would be a stretch for the North Koreans," Jeffrey Lewis of the James Martin Center for '
        'Nonproliferation Studies wrote in December.',
        "Building such a weapon would be a stretch for the North Koreans,", "Jeffrey Lewis", "quote_speaker_cue", "person"),
    # negative: words going on from the quote are no frame, though they end in a cue's homograph
    row("continuation-past-cue-homograph",
        '"The vote was fair," said Election Commissioner Ruth Banda.\n\n"Every ballot was counted twice" by observers '
        'from each member state.',
        "Every ballot was counted twice", "Ruth Banda", "continuation", "person"),
    row("own-cue-not-continuation",
        '"The vote was fair," said Election Commissioner Ruth Banda.\n\nOpposition leader Tom Reed said the count was "a disgrace to democracy in our country."',
        "a disgrace to democracy in our country.", "Tom Reed", "speaker_cue_quote", "person"),
]

# --- a paragraph that says who speaks, then a paragraph that is only a quote -------------------------------
LEAD_PARAGRAPH = [
    row("lead-subject-verb",
        'Buddy Valastro spoke at the rally.\n\nValastro praised the governor\u2019s record on jobs and schools.\n\n'
        '\u201cWe need someone who is going to bring people together.\u201d',
        "We need someone who is going to bring people together.", "Buddy Valastro", "lead_paragraph", "person"),
    row("lead-inverted-cue",
        'Roger Stone spoke to reporters on Monday.\n\nStated Stone:\n\n\u201cI think that the stakes are so high this year.\u201d',
        "I think that the stakes are so high this year.", "Roger Stone", "intro_paragraph", "person"),
    row("lead-cue-after-intro",
        'If anything, Bruce Ash argued in his email, the incident shows why the rules matter.\n\n'
        '"In light of this serious breach, is it prudent to go on like this?"',
        "In light of this serious breach, is it prudent to go on like this?", "Bruce Ash", "lead_paragraph", "person"),
    row("lead-pronoun-subject",
        'Gov. Nikki Haley spoke in Columbia on Monday.\n\nShe then listed the qualities of a good nominee:\n\n'
        '"The nominee must be a conservative and must be able to win."',
        "The nominee must be a conservative and must be able to win.", "Nikki Haley", "intro_paragraph", "person"),
    row("lead-then-continuation",
        'Roger Stone spoke to reporters on Monday.\n\nStated Stone:\n\n\u201cI think that the stakes are so high.\u201d\n\n'
        '\u201cAll computers can be rigged to have an outcome.\u201d',
        "All computers can be rigged to have an outcome.", "Roger Stone", "continuation", "person"),
    # "spoke" with words after it is a cue (event_cues.txt): the subject of a clause inside the sentence
    row("lead-spoke-in-clause",
        'What the plan means is left to voters, since Trump spoke only in slogans during the interview.\n\n'
        '\u201cWe have to be a lot tougher.\u201d\n\n\u201cWe are not fighting it strongly enough.\u201d',
        "We have to be a lot tougher.", "Trump", "lead_paragraph", "person"),
    row("lead-spoke-then-continuation",
        'What the plan means is left to voters, since Trump spoke only in slogans during the interview.\n\n'
        '\u201cWe have to be a lot tougher.\u201d\n\n\u201cWe are not fighting it strongly enough.\u201d',
        "We are not fighting it strongly enough.", "Trump", "continuation", "person"),
    # negatives: no speaker in the paragraph before; the writer's words after the quote; a title stays rejected
    row("lead-no-subject",
        'Other news organizations have asked for copies. The silence has been deafening.\n\n"I went to Wall Street before the crash and warned them."',
        "I went to Wall Street before the crash and warned them.", None, kind=None),
    row("lead-quote-not-alone",
        'Buddy Valastro praised the governor.\n\n"We need someone new to lead us" was the refrain of the night.',
        "We need someone new to lead us", None, kind=None),
    rejected("lead-title-stays-rejected",
             'Donald Trump unveiled his new slogan.\n\n"Make America Great Again"',
             "Make America Great Again", "title"),
]

# --- X thanked Obama for "Q" · "Q," X barked. (a verb that is no cue) ------------------------------------
SUBJECT_VERB = [
    # a lead-in adverb before the comma (data/lead_in_openers.txt) is no subject: the description
    # after it is, as after "However," or "On Monday,"
    row("lead-in-adverb-then-description-subject",
        'Instead, the letter talked about giving voters the right to "choose a leader who answers to them and not to '
        'the donors."',
        "choose a leader who answers to them and not to the donors.", "the letter", "subject_verb"),
    row("lead-in-sentence-adverb-then-description-subject",
        'Separately, the report focused on "the thousands of families who lost their homes after the flood."',
        "the thousands of families who lost their homes after the flood.", "the report", "subject_verb"),
    # negative: a named subject after it decided as before; a passive verb after a long subject gives none
    row("lead-in-adverb-then-name-subject",
        'Instead, Mayor Ellen Marsh talked about "a city that works for everyone, not just for the few."',
        "a city that works for everyone, not just for the few.", "Ellen Marsh", "subject_verb", "person"),
    row("lead-in-adverb-then-passive-no-speaker",
        'Instead, the crowd of voters who had waited for hours in the rain were left with "a few slogans and a wave."',
        "a few slogans and a wave.", None),
    # an irregular past with no -ed ("laid") is the subject's verb past its apposition; a title
    # after the same verb stays a title
    row("irregular-past-laid-after-apposition",
        "Speaker Paul D. Ryan spoke on Tuesday.\n\nMr. Ryan, representing the Republicans' governing wing, laid "
        "out a vision for ''a reformed tax code that rewards free enterprise.''",
        "a reformed tax code that rewards free enterprise.", "Paul D. Ryan", "subject_verb", "person"),
    rejected("irregular-past-laid-title-stays-title",
             'Speaker Paul D. Ryan spoke on Tuesday.\n\nMr. Ryan laid a wreath at the "Tomb of the Unknowns."',
             "Tomb of the Unknowns.", "title"),
    # "his" ends like a verb but is none: "Given" opens the sentence, it is no subject
    row("subject-verb-not-his",
        'Trump said open borders are \u201ctearing American families apart.\u201d Given his past comments on keeping '
        'so-called Mexican \u201crapists\u201d out, he is referring to that.',
        "rapists", "Trump", kind="person"),
    row("clause-subject-after-lead-ins",
        'Barack Obama spoke in Springfield.\n\nAnd a few weeks later, on the steps of the statehouse, Mr. Obama voiced '
        'a deep regret for "my inability to reduce the polarization and meanness in our politics."',
        "my inability to reduce the polarization and meanness in our politics.", "Barack Obama", "subject_verb", "person"),
    row("clause-subject-inside-dashes",
        'Hillary Clinton and Bernie Sanders met again.\n\nYet in spite of the carping - during their first debate, '
        'Hillary Clinton ventured, "I\'m a progressive who likes to get things done" - he has been effective.',
        "I'm a progressive who likes to get things done", "Hillary Clinton", "subject_verb", "person"),
    # a side clause opening the sentence ("When X moved ...,") holds no main subject: the name
    # after its commas does, when the quote follows it
    row("side-clause-then-main-subject",
        'Annamaria Schifano met Freddy Trump in school, when he was shy.\n\nWhen Ms. Schifano moved to Jamaica '
        'Estates, Queens, the enclave where the Trumps lived, Freddy confided to her that the neighbors were '
        '\u201cthe first ethnic family to move into the neighborhood.\u201d',
        "the first ethnic family to move into the neighborhood.", "Freddy Trump", "speaker_cue_quote", "person"),
    # negatives: a quote inside the side clause is its subject's; "As X puts it," credits X; a name
    # in commas after a noun is an apposition, not the main clause's subject
    row("side-clause-quote-inside",
        'Donald Trump spoke in June, when he was new to politics.\n\nWhen Trump compared immigrants to '
        '\u201ccriminals and rapists\u201d in June, Jeb Bush objected.',
        "criminals and rapists", "Donald Trump", "subject_verb", "person"),
    row("as-side-clause-credits-its-subject",
        'The Post\u2019s Ruth Marcus wrote about it, as she often does.\n\nAs The Post\u2019s Ruth Marcus puts it, '
        'Obama is trying to make Republicans \u201can offer they can\u2019t afford to refuse.\u201d',
        "an offer they can\u2019t afford to refuse.", "Ruth Marcus", "subject_verb", "person"),
    row("side-clause-apposition-no-main-subject",
        'Donald Trump was asked about Khizr Khan when he spoke.\n\nWhen Trump was questioned about the dispute, his '
        'response focused on how Khan\u2019s wife, Ghazala, remained silent, as if she \u201cwasn\u2019t allowed '
        'to have anything to say.\u201d',
        "wasn\u2019t allowed to have anything to say.", "Donald Trump", "subject_verb", "person"),
    # negative: after the lead-in comes no name the article writes as one
    row("clause-subject-not-a-name",
        'Whatever happens next, voters in the state voiced "a deep frustration with the whole process."',
        "a deep frustration with the whole process.", None, kind=None),
    row("thanked-for",
        'Julianne Moore appeared at the White House.\n\nMoore thanked him for \u201cstepping up and taking action when Congress won\u2019t.\u201d',
        "stepping up and taking action when Congress won\u2019t.", "Julianne Moore", "subject_verb", "person"),
    row("intro-then-subject",
        'On Tuesday, Senator Bernie Sanders endorsed eight state candidates \u201cwho embody the spirit of our political revolution.\u201d',
        "who embody the spirit of our political revolution.", "Bernie Sanders", "subject_verb", "person"),
    row("barked-after",
        'Donald Trump turned to the anchor.\n\n\u201cGo back to Univision, we have heard enough,\u201d Trump growled.',
        "Go back to Univision, we have heard enough,", "Donald Trump", "subject_verb", "person"),
    # a title closing the subject's apposition with its comma (one its owner names, or after
    # "author of") is part of the subject, not a statement that stops the frame
    row("thanked-past-owned-title-in-apposition",
        'Kerry Washington and Amy Schumer came to the White House.\n\nWashington, star of television\u2019s '
        '\u201cScandal,\u201d thanked Obama for \u201ctaking these steps to make us ALL safer.\u201d',
        "taking these steps to make us ALL safer.", "Washington", "subject_verb", mention="Washington"),
    row("praised-past-book-title-in-apposition",
        'Peter Schweizer spoke on Monday.\n\nSchweizer, author of \u201cClinton Cash: The Untold Story,\u201d praised '
        'the panel for \u201cfinally asking the right questions.\u201d',
        "finally asking the right questions.", "Peter Schweizer", "subject_verb", "person"),
    # negatives: a title elsewhere in the sentence, not in the subject's apposition, still stops
    # the frame ("as "Mr. Trump,"" is the object's), and so does an earlier statement
    row("title-outside-apposition-no-subject-verb",
        'Chris Christie and Donald Trump appeared together.\n\nChristie refers to the candidate, who is supposedly '
        'his longtime friend, as \u201cMr. Trump,\u201d while Trump refers to the governor as \u201cChris.\u201d',
        "Chris.", "Donald Trump", "as_frame", "person"),
    row("statement-in-apposition-not-masked",
        'Kerry Washington came.\n\nWashington, who called the law \u201ca disgrace,\u201d thanked Obama for '
        '\u201ctaking these steps to make us ALL safer.\u201d',
        "taking these steps to make us ALL safer.", "Washington", "split_quote"),
    # "the", one word and a past-tense verb open the subject: the description speaks, the name
    # after the verb is its object ("The board saw Fiorina", not a person "The board saw Fiorina")
    row("description-then-past-verb",
        'Carly Fiorina was hired in 1999.\n\nThe board saw Fiorina, then 44, as "the perfect driver to speed the '
        'company into a new century of growth and profit."',
        "the perfect driver to speed the company into a new century of growth and profit.", "The board",
        "subject_verb", "organization", mention="The board"),
    row("description-then-past-verb-after-quote",
        'Judge Curiel ruled on Friday.\n\nTrump\'s "assertion that the information retains any commercial value '
        'is speculative," the order released Friday said.',
        "assertion that the information retains any commercial value is speculative,", "the order",
        mention="the order"),
    # a noun in -ly heads the description as any other does (data/ly_nouns.txt): "the rally"
    # denounced, not "Republican presidential candidate Donald Trump" after it
    row("description-ly-noun-then-past-verb",
        'Donald Trump spoke on Monday.\n\nLed by Council Speaker Melissa Mark-Viverito, the rally denounced Republican '
        'presidential candidate Donald Trump\u2019s call for "a total and complete shutdown of Muslims entering the '
        'United States."',
        "a total and complete shutdown of Muslims entering the United States.", "the rally", "speaker_cue_quote",
        mention="the rally"),
    row("description-ly-noun-opening-sentence",
        'Donald Trump spoke on Monday.\n\nThe rally denounced Republican presidential candidate Donald Trump\u2019s '
        'call for "a total and complete shutdown of Muslims entering the United States."',
        "a total and complete shutdown of Muslims entering the United States.", "The rally", mention="The rally"),
    # negatives: an adverb or a degree word before a participle opens a name's descriptors
    row("descriptors-adverb-participle",
        'Bill de Blasio spoke.\n\nThe newly elected mayor Bill de Blasio praised the "great and generous people '
        'of this city" today.',
        "great and generous people of this city", "Bill de Blasio", "subject_verb", "person"),
    row("descriptors-former-participle",
        'Anthony Weiner spoke.\n\nThe former disgraced Rep. Anthony Weiner praised the plan as "a model for every '
        'state in the union."',
        "a model for every state in the union.", "Anthony Weiner", "subject_verb", "person"),
    row("descriptors-degree-participle",
        'John Smith spoke.\n\nThe most respected economist John Smith praised the plan as "a model for every '
        'state in the union."',
        "a model for every state in the union.", "John Smith", "subject_verb", "person"),
    # an irregular past tense is a finite verb too ("broke", "took", "kept"); before it, a
    # capitalised word the article never writes as a name is still no subject
    row("irregular-past-verb",
        'Jeb Bush spoke to reporters.\n\nFormer Florida Gov. Jeb Bush took aim at the plan as \u201ca tax on every family in America.\u201d',
        "a tax on every family in America.", "Jeb Bush", "subject_verb", "person"),
    # a closing mark glued to the next word ("!\u201dFormer") still ends its sentence: the next
    # sentence's own subject speaks its quote, not the earlier quote's speaker
    row("irregular-past-after-glued-closing-mark",
        'Donald Trump and Jeb Bush campaigned in Florida.\n\n\u201cHappy Cinco de Mayo!\u201d Trump tweeted. '
        '\u201cI love Hispanics!\u201dFormer Gov. Jeb Bush broke down what was wrong with the image: '
        '\u201cWhat Trump did was so insensitive.\u201d',
        "What Trump did was so insensitive.", "Jeb Bush", "subject_verb", "person"),
    row("irregular-past-verb-stood",
        'Bradley Cranston leads a church in Iowa.\n\nOn Sunday, Pastor Bradley Cranston stood at his pulpit to pray for '
        '\u201cable men who fear God, men of truth.\u201d',
        "able men who fear God, men of truth.", "Bradley Cranston", "subject_verb", "person"),
    row("irregular-past-verb-found",
        'Mark Jebens served in the Marine Corps.\n\nMark Jebens, a veteran of 22 years in the Marine Corps, found no '
        'fault with the charge that the war was \u201ca mistake from the very first day.\u201d',
        "a mistake from the very first day.", "Mark Jebens", "subject_verb", "person"),
    row("irregular-past-after-unknown-word",
        'Jeb Bush spoke to reporters.\n\nSpending went up under \u201ca tax on every family in America.\u201d',
        "a tax on every family in America.", None, kind=None),
    row("description-subject",
        'A senior official rejected the report as \u201ca fabrication from start to finish, every word of it.\u201d',
        "a fabrication from start to finish, every word of it.", "A senior official", "subject_verb", "unnamed"),
    # a pronoun subject resolves like a cue's pronoun subject
    # a short span a person's own sentence frames is that person's wording (PolNeAR gold
    # attributes it), though it is scare-quote length
    row("short-span-person-subject",
        'Senator Ted Cruz denounced the \u201cWashington cartel\u201d again on Monday.',
        "Washington cartel", "Ted Cruz", "speaker_cue_quote", "person"),
    row("short-span-dismissed-as",
        'Campaign chair Paul Manafort dismissed the whole kerfuffle as \u201cabsurd.\u201d',
        "absurd.", "Paul Manafort", "subject_verb", "person"),
    row("short-span-description-subject",
        'A campaign spokesman blamed the delay on \u201cbad weather\u201d in Iowa.',
        "bad weather", "A campaign spokesman", "subject_verb", "unnamed"),
    row("pronoun-subject-resolved",
        'Gov. Nikki Haley spoke in Columbia on Monday.\n\nShe thanked the volunteers for \u201ckeeping this campaign alive through a very long winter.\u201d',
        "keeping this campaign alive through a very long winter.", "Nikki Haley", "subject_verb", "person"),
    # negatives: a scare quote stays rejected; a pronoun subject with no antecedent (or none of
    # its gender) stays without a speaker; a sentence-initial word the article never writes as a
    # name is no subject; a quote that ends its sentence leaves the next sentence's subject alone
    rejected("scare-quote-organization-subject",
             'The Kremlin was caught manipulating satellite images to produce \u201cproof\u201d of the attack.',
             "proof", "scare_quote"),
    rejected("scare-quote-unresolved-pronoun",
             'It has been careful to frame its plans as more than just a \u201croad\u201d to the west.',
             "road", "scare_quote"),
    rejected("scare-quote-title-never-claimed",
             'Senator Bernie Sanders visited \u201cMeet the Press\u201d on Sunday.',
             "Meet the Press", "title"),
    row("pronoun-subject-left",
        'She thanked the volunteers for \u201ckeeping this campaign alive through a very long winter.\u201d',
        "keeping this campaign alive through a very long winter.", None, kind=None),
    row("pronoun-subject-wrong-gender",
        'Jeb Bush spoke in Columbia on Monday.\n\nShe thanked the volunteers for \u201ckeeping this campaign alive through a very long winter.\u201d',
        "keeping this campaign alive through a very long winter.", None, kind=None),
    row("sentence-initial-adverb",
        'Thus candidates referred to \u201cthe threat from abroad and the failure of leadership at home\u201d all night.',
        "the threat from abroad and the failure of leadership at home", None, kind=None,
        xfail="speaker 'Thus candidates' (subject_verb): SUBJECT_AFTER's description branch takes any "
              "word as a modifier, so a capitalised sentence adverb joins the plural head 'candidates'"),
    row("sentence-initial-unknown-word",
        'Fundraising was \u201cstagnant for about a month or six weeks\u201d as donors waited.',
        "stagnant for about a month or six weeks", None, kind=None),
    row("next-sentence-subject",
        'The crowd chanted for an hour.\n\n\u201cWe will not be moved from this square.\u201d Organizer Jane Ruiz smiled at the cameras.',
        "We will not be moved from this square.", None, kind=None),
]

# --- a short span whose sentence's subject a cue follows, past words the cue rules do not take ---
FRAMED_BY_CUE = [
    row("adverb-before-cue",
        'Defense Secretary Ash Carter visited Singapore.\n\nCarter however said he would welcome a \u201cprincipled security network\u201d for Asia.',
        "principled security network", "Ash Carter", "framed_by_cue", "person"),
    # (the participle after an earlier quote its subject framed goes on in that subject's
    # sentence: clause_subject reads it first)
    row("earlier-quote-in-sentence",
        'Sen. Bernie Sanders praised the \u201cpolitical revolution\u201d on Monday, saying \u201con her worst day\u201d Clinton would beat them.',
        "on her worst day", "Bernie Sanders", "clause_subject", "person"),
    # an owned show title ('NBC's "Today"') is no earlier statement: the words before the quote
    # reach back to the sentence's subject, and the participle's own frame reads it
    row("owned-title-earlier-in-sentence",
        'Sen. Bernie Sanders visited NBC\u2019s \u201cToday\u201d on Monday, saying \u201con her worst day\u201d Clinton would beat them.',
        "on her worst day", "Bernie Sanders", "clause_subject", "person"),
    # no cue: the subject_verb frame, past an earlier quote of the sentence
    row("verb-frame-after-earlier-quote",
        'Sen. Bernie Sanders ticked off a list of issues, from their \u201cfair share\u201d of taxes to the nation\u2019s \u201ccrumbling infrastructure.\u201d',
        "crumbling infrastructure.", "Bernie Sanders", "subject_verb", "person"),
    # negatives: a sentence-initial word the article never writes as a name is no subject; a
    # sentence without a cue is no frame
    rejected("unknown-capitalised-opener",
             'Weeds now cover what locals describe as \u201crabbit patches\u201d across the county.',
             "rabbit patches", "scare_quote"),
    rejected("no-cue",
             'Late on Sunday, a \u201cunity\u201d lunch was held for party leaders.',
             "unity", "scare_quote"),
]

# --- a short span in a sentence whose subject is a person the article names in full --------------
SUBJECT_FRAME = [
    row("full-name-subject",
        'Donald Trump spoke in Ohio on Monday.\n\nFirst, Donald Trump attacked Mitt Romney for being a "failed candidate."',
        "failed candidate.", "Donald Trump", "subject_verb", "person"),
    row("surname-resolves-to-full-name",
        'Sen. Ben Cardin spoke on Tuesday.\n\nSenator Ben Cardin of Maryland advocates a "progressive consumption tax" for the bill.',
        "progressive consumption tax", "Ben Cardin", "subject_frame", "person"),
    # negatives: someone else is credited, the span describes the subject, no full name
    row("according-to-in-sentence",  # the sentence credits its source, not the subject
        'Megyn Kelly spoke on Monday.\n\nAccording to some on Twitter, Megyn Kelly was "incognito" at the tower.',
        "incognito", "Twitter", "according_to"),
    rejected("span-in-apposition",
             'Peter Santilli spoke on Monday.\n\nPeter Santilli, a self-styled "new-media" journalist, was named in the case.',
             "new-media", "scare_quote"),
    rejected("organisation-subject",
             'The Kremlin was caught producing "proof" that Ukraine had shot down the plane.', "proof", "scare_quote"),
]

# --- X said:\n\n"Q" ------------------------------------------------------------------------------------------
INTRO_PARAGRAPH = [
    row("intro-said",
        'Prime Minister Theresa May said:\n\n"Brexit means Brexit, and we are going to make a success of it."',
        "Brexit means Brexit, and we are going to make a success of it.", "Theresa May", "intro_paragraph", "person"),
    row("intro-wrote-curly",
        "Senator Bernie Sanders wrote on Twitter:\n\n\u201cThe rich are getting richer while workers fall behind.\u201d",
        "The rich are getting richer while workers fall behind.", "Bernie Sanders", "intro_paragraph", "person"),
    row("intro-no-cue-statement",
        "In response, Senator Tim Kaine issued the following statement:\n\n"
        "\u201cOur prayers are with all those affected by the attacks.\u201d",
        "Our prayers are with all those affected by the attacks.", "Tim Kaine", "intro_paragraph", "person"),
    row("intro-no-cue-pronoun",
        "Morton Blackwell said he backs Cruz. He then listed the qualities a nominee needs:\n\n"
        "\"Has the candidate built a record of helping conservatives?\"",
        "Has the candidate built a record of helping conservatives?", "Morton Blackwell", "intro_paragraph", "person"),
    row("intro-no-cue-title-first",
        "In response, Republican nominee Donald Trump issued the following statement:\n\n"
        "\u201cOur prayers are with all those affected by the attacks.\u201d",
        "Our prayers are with all those affected by the attacks.", "Donald Trump", "intro_paragraph", "person"),
    # a quoted passage its marks broke up: a quote nested in the paragraph's own quotation, or
    # a paragraph after one that opens a mark and leaves it open
    row("intro-nested-quote",
        'Pat Caddell spoke on Thursday.\n\nCaddell continued:\n\n"The health issue is very much a partisan issue, '
        'and I\u2019m going to read you the question: \u201cDo you think her health concerns impact her ability to '
        'serve?\u201d Forty-three, yes; forty-four, no."',
        "Do you think her health concerns impact her ability to serve?", "Pat Caddell", "intro_paragraph", "person"),
    row("intro-after-open-paragraph",
        'Conservatives still cite the statement, as the Heritage Foundation website notes:\n\n'
        '"In 1960, some 90 young conservatives founded the group. Written \u201cat this time of moral and political '
        'crisis,\u201d the statement is a summary of modern conservatism.\n\n'
        '"Among those principles are the following: government must be strictly and constitutionally limited."',
        "Among those principles are the following: government must be strictly and constitutionally limited.",
        "the Heritage Foundation website", "intro_paragraph", "unnamed"),
    # negatives: a quote after one its paragraph closed is not nested; a paragraph that closes its
    # quote ends the run, so the colon line before it introduces nothing later
    row("intro-not-nested-after-closed",
        'Caddell continued:\n\n"The numbers are bad," he said of the \u201chealth question\u201d poll.',
        "health question", rule="split_quote"),
    row("intro-run-ends-at-closed-paragraph",
        'The memo reads:\n\n"Staff must report every contact."\n\nWorkers ignored it.\n\n'
        '"Nobody read the rules at all."',
        "Nobody read the rules at all.", None, kind=None),
    # negative: a page's prompt to its reader names no one ("See" and "Read" are no names)
    row("intro-reader-prompt",
        'See the live results here.Read the latest updates below:\n\n"Turnout was heavy across the county by noon."',
        "Turnout was heavy across the county by noon.", None, kind=None),
    # negative: a colon with no cue and no speaker
    row("intro-no-cue",
        "Here is the full text of the note:\n\n\"We regret the error and apologise to our readers for it.\"",
        "We regret the error and apologise to our readers for it.", None, kind=None),
]

# --- pronouns ----------------------------------------------------------------------------------------------
# Twelve sentences naming nobody: with the one before them, more than a pronoun looks back for
# an antecedent (MAX_ANTECEDENT_SENTENCES).
SMALL_TOWN_SENTENCES = (
    "She grew up in a small town outside Dayton. Her father worked at a tire plant. Her mother taught "
    "third grade. The plant closed in 1994. The town never recovered. Half the stores on Main Street are "
    "empty now. The school lost a third of its pupils. The church sold its hall. The diner closed last year. "
    "The bus no longer stops there. Young families have moved away. Those who stay drive an hour to work.\n\n")
PRONOUNS = [
    # "It" of a sentence that opens with the "It" of the sentence before: the same document spoke
    row("it-chains-to-previous-sentence-it",
        'The Cruz campaign sent a fundraising email on Wednesday.\n\n"Friend, let me be blunt. I can beat Hillary '
        'Clinton," the email read. It stated that Trump is rattled by the polls. It said that Trump supports '
        '"Hillary-style healthcare" and more.',
        "Hillary-style healthcare", "the email", "speaker_cue_quote", mention="It"),
    row("it-chains-across-paragraphs",
        'The staff letter noted that the surveys "made it painfully clear that the bank is in crisis."\n\nIt also '
        'pointed up a core complaint about the president.\n\n"Only one in three understand where the team is '
        'leading us," it added.',
        "Only one in three understand where the team is leading us,", "The staff letter", "quote_speaker_cue",
        mention="it"),
    # negative: the "It" before stands for nothing that spoke ("It is not clear ..."): no speaker
    row("it-chain-to-unresolved-it-stays-null",
        'Nobody knows who left the note on the door. It is not clear when it was written. It said that "the end '
        'is near."',
        "the end is near.", None, "speaker_cue_quote", None),
    # "they" continues the plural description that spoke the quote before, though it opens no sentence
    row("they-continues-plural-description-speaker",
        'Several civil rights groups wrote to the senator on Thursday. While she has condemned the plan, the groups '
        'say they are “concerned about mixed messages.” They ask her to make it clear “that such proposals are '
        'unacceptable.”',
        "that such proposals are unacceptable.", "the groups", "speaker_cue_quote", "unnamed"),
    # negative: a singular description before it is no "they"
    row("they-not-singular-description-speaker",
        'The senator met the union on Thursday. While she has condemned the plan, the union president says it is '
        '“a step too far.” They ask her to make it clear “that such proposals are unacceptable.”',
        "that such proposals are unacceptable.", None, "speaker_cue_quote", None),
    # a part of a plural ("Some of the protesters") opening a sentence is what "they" stands for
    # (a person and their own people: the they-person-and-her-group rows)
    row("they-partitive-plural",
        'The governor signed the bill on Monday. Some of the protesters stayed outside the building. They chanted '
        '“shame on you” as he left.',
        "shame on you", "Some of the protesters", "speaker_cue_quote", "unnamed"),
    # negatives: a thing after "and her" or after a partitive is no "they" that speaks
    row("they-not-person-and-own-thing",
        'Clinton has called for her messages to be made public. She and her plan face new questions. They note '
        'that even newspaper articles can be deemed “top secret.”',
        "top secret.", None, "speaker_cue_quote", None),
    row("they-not-partitive-things",
        'The governor signed the bill on Monday. Some of the amendments stayed in committee. They chanted '
        '“shame on you” as he left.',
        "shame on you", None, "speaker_cue_quote", None),
    # a first name borne by women and men ("Marty": Marty Walz is a woman) tells no gender, so
    # "she" can stand for its bearer
    row("unisex-first-name-she",
        'Tolman called the plan a trap.\n\nMarty Walz is more careful. She said she would rather see the money '
        'spent elsewhere.\n\n"They are trying to defeat opportunity for kids," she said.',
        "They are trying to defeat opportunity for kids,", "Marty Walz", "quote_speaker_cue", "person"),
    # negative: a title tells the gender all the same
    row("unisex-first-name-titled",
        'Mr. Walz spoke at the rally on Monday.\n\n"They are trying to defeat opportunity for kids," she said.',
        "They are trying to defeat opportunity for kids,", None, "quote_speaker_cue", None),
    # a capitalised plural whose singular the article also writes ("Republicans", "Republican")
    # is a people or a party, no "he"
    row("group-plural-not-he",
        'John Leguizamo is a Latino actor. Many Latinos said that the show moved them.\n\n'
        '"Just imagine you are a white kid," he said.',
        "Just imagine you are a white kid,", "John Leguizamo", "quote_speaker_cue", "person"),
    # negative: a surname that is a first name with an "s" ("Edwards", "Edward") stays a person
    row("group-plural-surname-kept",
        'Barack Obama met Edward Lowe and Gov. Jim Edwards on Monday. Edwards said no.\n\n'
        '"We have waited long enough," he said.',
        "We have waited long enough,", "Jim Edwards", "quote_speaker_cue", "person"),
    # first names of the census lists tell a pronoun's gender: "Arianna" is no "he"
    row("census-first-name-gender",
        'Arianna Huffington interviewed Bret Baier on Monday.\n\n"It was a fair debate," he said.',
        "It was a fair debate,", "Bret Baier", "quote_speaker_cue", "person"),
    # negative: with no man named before it, "he" stays unresolved rather than taking Arianna
    row("census-first-name-no-guess",
        'Arianna Huffington spoke on Monday.\n\n"It was a fair debate," he said.',
        "It was a fair debate,", None, "quote_speaker_cue", None),
    # a name inside a sentence's opening phrase is not its subject: "In an interview with
    # Sean Hannity, Ham made it clear he ..." is about Ham
    row("opening-phrase-name-not-antecedent",
        'Retired Gen. Norman Ham is speaking out.\n\nIn an interview with Sean Hannity, Ham made it clear he had '
        'misgivings.\n\n"It was demoralizing," he told the host.',
        "It was demoralizing,", "Norman Ham", "quote_speaker_cue", "person"),
    # negative: a name opening the sentence after the phrase's comma is its subject all the same
    row("opening-phrase-then-subject",
        'In an interview on Monday, Sean Hannity said he had misgivings.\n\n"It was demoralizing," he said.',
        "It was demoralizing,", "Sean Hannity", "quote_speaker_cue", "person"),
    # "who" after an apposition continues the speaker named earlier in its sentence
    row("who-after-apposition",
        '"We are gearing up," said Scott Reed, the Chamber\'s chief political strategist, who added that '
        'the group plans to spend "more than ever before."',
        "more than ever before.", "Scott Reed", "speaker_cue_quote", "person"),
    row("who-earlier-sentence-speaker",
        '"We are gearing up," said Scott Reed. Voters who think otherwise are "wrong about the plan."',
        "wrong about the plan.", None, kind=None),
    # "it" stands for the thing or body that opens a recent sentence when no organisation is named
    row("it-the-post",
        "The flyer showed a man in a wig. It says: \"Let him in to the restroom with your daughter.\"",
        "Let him in to the restroom with your daughter.", "The flyer", "speaker_cue_quote", "unnamed"),
    row("it-owner-campaign",
        "Trump's campaign immediately backtracked. In cases of abortion, it said, \"the woman is a victim.\"",
        "the woman is a victim.", "Trump's campaign", "speaker_cue_quote", "organization"),
    row("it-no-thing-subject",
        "Voters were angry about the closure. \"It is time to act,\" it said.",
        "It is time to act,", None, kind=None),
    # ... including the subject of the pronoun's own sentence, before it
    row("it-own-sentence-subject",
        'The Japanese constitution makes no mention of nuclear weapons, although it does say that Japan agrees to "renounce war."',
        "renounce war.", "The Japanese constitution", "speaker_cue_quote", "unnamed"),
    row("it-own-sentence-group",
        'The group seeks to prevent gun deaths through what it calls "sensible gun violence prevention laws."',
        "sensible gun violence prevention laws.", "The group", "speaker_cue_quote", "organization"),
    row("it-own-sentence-dummy",
        'The senator left early. "It is a disaster," he said, and it seems "nobody cares."',
        "nobody cares.", None, kind=None),
    # "it" after a quote whose speaker is a body or a thing goes on with that speaker: the writer, not its statement
    row("it-after-thing-speaker",
        'A statement posted on the website said listings are user generated.\n\n'
        '"No one at the website has any relationship with Zimmerman," the company wrote in its statement.\n\n'
        'It added, "We want no part in the listing on our web site."',
        "We want no part in the listing on our web site.", "the company", "speaker_cue_quote", "organization"),
    row("it-after-email-speaker",
        '"Friend, let me be blunt. I can beat Hillary Clinton," the email read. It stated that Trump is rattled by Cruz\'s "surge in the polls."',
        "surge in the polls.", "the email", "speaker_cue_quote", "unnamed"),
    row("it-after-person-speaker",
        '"We will win this state," the senator said. It added, "Voters want a real change."',
        "Voters want a real change.", None, kind=None),
    # the subject of a reported clause after an inverted cue ("said Trump continued") is no antecedent
    row("reported-clause-subject-after-cue",
        'Brian Murphy, the chairman of the county GOP, for example, said Trump continued to hurt his cause. '
        '"I don\'t think it\'s cut well for him," he said.',
        "I don't think it's cut well for him,", "Brian Murphy", "quote_speaker_cue", "person"),
    row("continued-to-is-no-cue",
        'In Iowa, Marco Rubio is ahead and Jeb Bush continued to slip. "We will win," he said.',
        "We will win,", "Marco Rubio", "quote_speaker_cue", "person"),
    # "who" after a description stands for it; after neither a name nor a description it stays null
    row("who-after-description",
        'In Mexico City, Trump endured a lecture from the Mexican president, who said that NAFTA has been good for "the U.S. as well as Mexico and Canada."',
        "the U.S. as well as Mexico and Canada.", "the Mexican president", "speaker_cue_quote", "unnamed"),
    row("who-after-clause",
        'The plan drew fire in Mexico City, where voters who said that NAFTA has been good worried about "the U.S. as well as Mexico and Canada."',
        "the U.S. as well as Mexico and Canada.", None, kind=None),
    # a feminine role noun before a shared first name tells "she" who it is
    row("she-after-widow",
        '"They are 100 percent wrong," said 9/11 widow Terry Strada.\n\nShe continued, "For us, it was horrible."',
        "For us, it was horrible.", "Terry Strada", "speaker_cue_quote", "person"),
    # negative: a digit after other words is an object's, not the subject's descriptor
    rejected("numbered-descriptor-not-after-words",
             'Whether it is raising questions about a judge, attacking 2012 Republican presidential nominee '
             'Mitt Romney as having "choked like a dog," or mocking Sen. Elizabeth Warren, it works.',
             "choked like a dog,", "scare_quote"),
    # "they" stands for a plural description opening one of the two sentences before it
    row("they-plural-description",
        'Thousands marched on Monday. But the protesters also paid tribute to the victims.\n\n'
        'As they made their way down Broad Street, they chanted "stop killing black people in our streets."',
        "stop killing black people in our streets.", "the protesters", "speaker_cue_quote", "unnamed"),
    # "they" stands for a person and their own people who open a sentence together ("She and
    # her defenders argue ... They note"): the group, not the person alone
    row("they-person-and-her-group",
        'Clinton has repeatedly called for her messages to be made public. She and her defenders argue that '
        'the information is widely available. They note that even newspaper articles can be deemed "top secret."',
        "top secret.", "She and her defenders", "speaker_cue_quote", "unnamed"),
    row("they-name-and-his-aides",
        'The senator spent the week in Iowa. Cruz and his top aides insist the race is wide open. '
        'They say the polls are "simply wrong."',
        "simply wrong.", "Cruz and his top aides", "speaker_cue_quote", "unnamed"),
    # negatives: a word after "her" that is no person noun nor a plural makes no group ("her
    # staff of volunteers"); and the group must open one of the two sentences before "they"
    row("they-person-and-her-not-group",
        'The senator spent the week in Iowa. She and her staff of volunteers knocked on doors. '
        'They say the polls are "simply wrong."',
        "simply wrong.", None, kind=None),
    row("they-person-and-her-group-too-far",
        'She and her defenders argue that the information is widely available. That is not the whole story. '
        'The inspector general went further. They note that even newspaper articles can be deemed "top secret."',
        "top secret.", None, kind=None),
    # "they" stands for a plural description earlier in its own sentence, wherever it stands, where
    # no sentence before opens with one ("so will an army of ... supporters planning ... what they call")
    row("they-plural-inside-sentence",
        'A week later, as delegates pour into Philadelphia, so will an army of Bernie Sanders supporters planning '
        'protests against what they call the "fraudulent nomination" of Hillary Clinton.',
        "fraudulent nomination", "an army of Bernie Sanders supporters", "speaker_cue_quote", "unnamed"),
    # negative: a plural only in the sentence before is not reached this way
    row("they-plural-inside-previous-sentence",
        'Obama flies to Germany today, where he will be greeted by thousands of protesters. '
        'In a riff on his campaign line, they will hold banners proclaiming "Stop the deal!"',
        "Stop the deal!", None, kind=None),
    row("they-no-plural-subject",
        'Senator Ted Cruz spoke on Monday. They argue that Clinton should "lead by example in this fight against hate."',
        "lead by example in this fight against hate.", None, kind=None),
    row("they-plural-too-far",
        'The protesters marched on Monday. The mayor stayed home. The police chief went to the station. '
        'They argue that Clinton should "lead by example in this fight against hate."',
        "lead by example in this fight against hate.", None, kind=None),
    # a "they" whose sentence before opens with "They" stands for what that one stands for
    row("they-chain-to-previous-they",
        'Critics of the program have pressed Congress to end it. They sent a letter on Thursday to Senate leaders. '
        '"It is a program rife with fraud," they wrote.',
        "It is a program rife with fraud,", "Critics of the program", "quote_speaker_cue", "unnamed"),
    row("they-chain-without-antecedent",
        'Senator Ted Cruz spoke on Monday. They sent a letter on Thursday to Senate leaders. '
        '"It is a program rife with fraud," they wrote.',
        "It is a program rife with fraud,", None, kind=None),
    # a collective body ("Clinton's campaign", "the Security Council") may be "they"; a thing may not
    row("they-collective-body",
        "Clinton's campaign is seeking to contrast her approach with what they call \"a reckless plan.\"",
        "a reckless plan.", "Clinton's campaign", "speaker_cue_quote", "organization"),
    row("they-not-a-thing",
        'The flyer showed a man in a wig. "Let him in to the restroom," they said.',
        "Let him in to the restroom,", None, kind=None),
    # two people joined by "and" opening a recent sentence are "they": the pair, each by the
    # fullest name the text gives
    row("they-pair-of-people",
        'Nancy Foner and Richard Alba, sociologists at the City University of New York, wrote a new book. '
        'Professors Foner and Alba suggest the gap has less to do with faith.\n\n'
        'In the United States, they write, "to be religious is to be in sync with mainstream norms."',
        "to be religious is to be in sync with mainstream norms.", "Nancy Foner and Richard Alba", "speaker_cue_quote", "person"),
    row("they-pair-with-apposition",
        'Mike Allen and Jim VandeHei, the founders of Politico, left the company on Monday. '
        '"We want to build something new," they said.',
        "We want to build something new,", "Mike Allen and Jim VandeHei", "quote_speaker_cue", "person"),
    row("they-pair-not-places",
        'Iowa and New Hampshire vote first in the nominating contest. '
        '"We want to keep it that way," they said.',
        "We want to keep it that way,", None, kind=None),
    row("they-pair-not-parties",
        'Democrats and Republicans agree that such deals are a problem. '
        '"We will close the loophole this year," they said.',
        "We will close the loophole this year,", None, kind=None),
    row("they-pair-too-far",
        'Marco Rubio and Ted Cruz spoke on Monday. The mayor stayed home. The police chief went to the station. '
        '"We want to keep it that way," they said.',
        "We want to keep it that way,", None, kind=None),
    row("they-pair-nearer-group-wins",
        'Marco Rubio and Ted Cruz spoke on Monday. But the protesters outside also paid tribute to the victims. '
        '"We will not be silenced," they chanted.',
        "We will not be silenced,", "the protesters", "quote_speaker_cue", "unnamed"),
    # a name after a preposition is an object: without a title or a first name it is no antecedent
    row("she-skips-object-firm",
        'Carrier said on Tuesday that the plant would stay open.\n\nJennifer Hawkins has worked at the plant for 14 years. '
        'When she saw the news about Carrier, she cheered. "I was so happy that somebody noticed us," she said.',
        "I was so happy that somebody noticed us,", "Jennifer Hawkins", "quote_speaker_cue", "person"),
    row("he-skips-addressee",
        'Vice President Joe Biden weighed in as well, telling Mic in an interview published on Monday, '
        '"Gosh almighty, they are both qualified to serve," he said.',
        "Gosh almighty, they are both qualified to serve,", "Joe Biden", "quote_speaker_cue", "person"),
    row("he-sheriff-title",
        'Earlier, Maricopa County Sheriff Joe Arpaio spoke to the crowd. "Donald Trump will build the wall and restore order," he said.',
        "Donald Trump will build the wall and restore order,", "Joe Arpaio", "quote_speaker_cue", "person"),
    row("he-object-with-first-name",
        'Reporters spoke with Bernie Sanders on Monday. "We will win this state in November," he said.',
        "We will win this state in November,", "Bernie Sanders", "quote_speaker_cue", "person"),
    row("she-skips-firm-with-which",
        'Jennifer Hawkins met the union at Carrier, which makes furnaces, on Monday. Carrier said the plant would stay open. '
        '"I was so happy that somebody noticed us," she said.',
        "I was so happy that somebody noticed us,", "Jennifer Hawkins", "quote_speaker_cue", "person"),
    row("he-person-with-who",
        'Greg Raiff has flown for years.\n\nRaiff, who runs a charter firm, said the plane was unusual. '
        '"Buying a 25-year-old plane is like buying a bag of chips," he said.',
        "Buying a 25-year-old plane is like buying a bag of chips,", "Greg Raiff", "quote_speaker_cue", "person"),
    row("she-firm-only-antecedent",
        'Carrier said on Tuesday that the plant would stay open.\n\nThe workers heard the news about Carrier on Monday. '
        '"I was so happy that somebody noticed us," she said.',
        "I was so happy that somebody noticed us,", None, kind=None,
        xfail="speaker 'Carrier': the firm is the subject of a cue ('Carrier said'), which person_like() takes "
              "as evidence of a person, and nothing marks it as an organisation"),
    # "it" stands for an organisation that opens one of the two sentences before it
    row("it-organisation-subject",
        'The Washington Post first reported the meeting. It added, "The visit comes as Trump promises new attacks on his rival."',
        "The visit comes as Trump promises new attacks on his rival.", "Washington Post", "speaker_cue_quote", "organization"),
    row("it-after-person-subject",
        'Senator Ted Cruz spoke in Iowa on Monday. It added, "We want no part in the listing on our web site."',
        "We want no part in the listing on our web site.", None, kind=None),
    row("it-organisation-not-subject",
        'Senator Ted Cruz criticized the Pentagon on Monday. "We want no part in the listing on our web site," it said.',
        "We want no part in the listing on our web site,", None, kind=None),
    # "it" after a "the" body description: the one organisation named in its paragraph or the one before
    row("it-body-description-named-organisation",
        'A statement posted on the website GunBroker.com said listings are user generated.\n\n'
        '"Mr. Zimmerman never contacted anyone at GunBroker.com," the company wrote in its statement.\n\n'
        'It added, "We want no part in the listing on our web site."',
        "We want no part in the listing on our web site.", "GunBroker", "speaker_cue_quote", "organization"),
    # negative: the description's own quote keeps its words
    row("body-description-subject-kept",
        'A statement posted on the website GunBroker.com said listings are user generated.\n\n'
        '"Mr. Zimmerman never contacted anyone at GunBroker.com," the company wrote in its statement.',
        "Mr. Zimmerman never contacted anyone at GunBroker.com,", "the company", "quote_speaker_cue", "organization"),
    # negative: two organisations named before: which one the company is, is not told
    row("it-body-description-two-organisations",
        'A statement posted on GunBroker.com and on Armslist.com said listings are user generated.\n\n'
        '"Mr. Zimmerman never contacted anyone," the company wrote in its statement.\n\n'
        'It added, "We want no part in the listing on our web site."',
        "We want no part in the listing on our web site.", "the company", "speaker_cue_quote", "organization"),
    # negative: a name without a web domain ("GunBroker.com" names a website, a body) is no organisation
    row("it-body-description-person-named",
        'A statement said George Zimmerman posted the listing.\n\n'
        '"Mr. Zimmerman never contacted anyone," the company wrote in its statement.\n\n'
        'It added, "We want no part in the listing on our web site."',
        "We want no part in the listing on our web site.", "the company", "speaker_cue_quote", "organization"),
    # "it" after a sentence whose opening phrase names a thing ahead of a person as subject: the thing
    row("it-thing-in-opening-phrase",
        'On his website, Bernie Sanders has already started to make the transition to another kind of leader. '
        '"This is your movement," it now says, showing a montage of faces.',
        "This is your movement,", "his website", "quote_speaker_cue", "unnamed"),
    # negative: no thing in the opening phrase ("speech" is an event, not a text that speaks)
    row("it-no-thing-in-opening-phrase",
        'After his speech, Bernie Sanders has already started to make the transition to another kind of leader. '
        '"This is your movement," it now says, showing a montage of faces.',
        "This is your movement,", None, kind=None),
    # negative: the sentence with the opening phrase is too far back
    row("it-thing-in-opening-phrase-too-far",
        'On his website, Bernie Sanders has already started to make the transition. He spoke in Vermont on Monday. '
        'He met donors on Tuesday. "This is your movement," it now says.',
        "This is your movement,", None, kind=None),
    # a pronoun after a role description the article ties to no name: the one person of its gender named just before
    row("she-role-description-bearer",
        'Hillary Clinton wants to see D.C. become a state.\n\nThe Democratic frontrunner wrote for The Washington '
        'Informer that "the District is neglected." She promised to "be a vocal champion for D.C. statehood" if elected.',
        "be a vocal champion for D.C. statehood", "Hillary Clinton", "speaker_cue_quote", "person"),
    row("he-role-description-bearer",
        'Donald Trump spoke in Iowa on Monday.\n\n"We will build the wall," the Republican presidential candidate said. '
        '"And Mexico will pay for it," he added.',
        "And Mexico will pay for it,", "Donald Trump", "quote_speaker_cue", "person"),
    row("she-anonymous-description",
        'Hillary Clinton spoke in Iowa on Monday.\n\n"I was scared," said the woman, who asked not to be named. '
        '"Nobody listened to us," she said.',
        "Nobody listened to us,", "the woman", "quote_speaker_cue", "unnamed"),
    row("she-role-description-two-bearers",
        'Hillary Clinton met Elizabeth Warren on Monday.\n\nThe Democratic frontrunner wrote that "the District is neglected." '
        'She promised to "be a vocal champion for D.C. statehood" if elected.',
        "be a vocal champion for D.C. statehood", "The Democratic frontrunner", "speaker_cue_quote", "unnamed"),
    row("role-description-subject-kept",
        'Hillary Clinton wants to see D.C. become a state.\n\n"The District is neglected," the Democratic frontrunner wrote.',
        "The District is neglected,", "the Democratic frontrunner", "quote_speaker_cue", "unnamed"),
    row("she-female-first-name",
        'Hillary Clinton met Bernie Sanders on Monday. "We agree on more than we disagree," she said.',
        "We agree on more than we disagree,", "Hillary Clinton", "quote_speaker_cue", "person"),
    row("he-skips-female",
        'Hillary Clinton met Bernie Sanders on Monday. "We agree on more than we disagree," he said.',
        "We agree on more than we disagree,", "Bernie Sanders", "quote_speaker_cue", "person"),
    row("he-previous-paragraph",
        'Iran\'s Defense Minister General Hossein Dehgan spoke on Tuesday.\n\n"We will resist these groups with all our strength," he added.',
        "We will resist these groups with all our strength,", "Hossein Dehgan", "quote_speaker_cue", "person"),
    row("she-title-mrs",
        'Mrs. Margaret Thatcher met Mr. Edward Heath in London. "The lady\'s not for turning," she said.',
        "The lady's not for turning,", "Margaret Thatcher", "quote_speaker_cue", "person"),
    # a title inside a capitalised run ends the description ahead of it: the bearer is a person
    row("he-place-title-name",
        'Ohio Gov. John Kasich toured a factory in Dayton on Monday. "We are not done yet," he said.',
        "We are not done yet,", "John Kasich", "quote_speaker_cue", "person"),
    row("he-chamber-title-name",
        'On Tuesday, Senate Majority Leader Mitch McConnell said the court should stay out of politics. '
        '"It raises a level of skepticism," he said.',
        "It raises a level of skepticism,", "Mitch McConnell", "quote_speaker_cue", "person"),
    row("she-not-place-title-man",
        'Texas Sen. Ted Cruz spoke in Houston on Monday. "We are winning," she said.',
        "We are winning,", None, kind=None),
    # a name whose first name is not in the lists is a person's when the text describes it so
    row("she-age-apposition",
        'Carole Bower, 75, a retiree in Carthage, Ill., now plans to vote for Mr. Trump. '
        '"I will hold my nose and go into that voting booth," she said.',
        "I will hold my nose and go into that voting booth,", "Carole Bower", "quote_speaker_cue", "person"),
    row("he-role-before-name",
        'On Monday night, Clinton campaign manager Robby Mook released a memo on the race. '
        '"We have built a nearly insurmountable lead," he wrote.',
        "We have built a nearly insurmountable lead,", "Robby Mook", "quote_speaker_cue", "person"),
    row("he-apposition-role",
        'Raynard Jackson, a black Republican campaign consultant, crossed party lines in 2008. '
        '"After New Hampshire, the whole tide turned," he said.',
        "After New Hampshire, the whole tide turned,", "Raynard Jackson", "quote_speaker_cue", "person"),
    row("he-apposition-not-person",
        'Sandy Hook Promise, a group founded by parents, held a vigil on Monday. '
        '"We have to do better as a nation," he said.',
        "We have to do better as a nation,", None, kind=None),
    row("he-lone-word-apposition",
        'Many Americans, who rarely follow foreign news, were surprised. "Nobody saw it coming," he said.',
        "Nobody saw it coming,", None, kind=None),
    # a bare surname two people share resolves to the one the pronoun fits
    row("she-shared-surname",
        'Hillary Clinton\'s campaign hired staff. Bill Clinton campaigned in Nashua. Bill Clinton spoke of their marriage. '
        'Clinton, without naming him, also accused Sanders of arriving late. '
        '"You can\'t just show up at election time," she said.',
        "You can't just show up at election time,", "Hillary Clinton", "quote_speaker_cue", "person"),
    row("she-shared-surname-never-named",
        'Bill Clinton campaigned in Nashua. Clinton spoke of the economy. '
        '"We need more jobs," she said.',
        "We need more jobs,", None, kind=None),
    row("he-fitting-name-beats-shared-surname-in-sentence",
        'Hillary Clinton ran in 2008. Bill Clinton campaigned for her.\n\n'
        'In June 2009, after Clinton suffered a concussion, David Axelrod emailed her. '
        '"You are an all-star player," he wrote.',
        "You are an all-star player,", "David Axelrod", "quote_speaker_cue", "person"),
    row("he-shared-surname-other-bearer-alone",
        'Hillary Clinton ran in 2008. Bill Clinton campaigned for her.\n\n'
        'In June 2009, Clinton gave a speech in Little Rock. '
        '"You are an all-star player," he said.',
        "You are an all-star player,", "Bill Clinton", "quote_speaker_cue", "person"),
    # a sentence opening with the same pronoun continues its antecedent: names after it are objects
    row("he-chain-past-object-names",
        'Bill Bruch said he is prepared to challenge the state party.\n\n'
        'He said states like California will decide whether Donald Trump is the nominee.\n\n'
        '"If we can\'t get another nominee, we might abstain," he said.',
        "If we can't get another nominee, we might abstain,", "Bill Bruch", "quote_speaker_cue", "person"),
    row("she-no-chain-other-pronoun",
        'Carly Fiorina spoke first. He said Donald Trump would win the state.\n\n'
        '"We are not done yet," she said.',
        "We are not done yet,", "Carly Fiorina", "quote_speaker_cue", "person"),
    # the same pronoun as a cue's subject anywhere in the sentence before continues its antecedent
    row("he-chain-pronoun-cue-mid-sentence",
        "Mr. Lou said there was nothing wrong with Mr. Lew's raising the issue. "
        "But he suggested that Mr. Lew had his eyes on critics back home. ''They're under pressure domestically,'' he said.",
        "They're under pressure domestically,", "Lou", "quote_speaker_cue", "person"),
    row("he-chain-pronoun-cue-after-quote",
        'The mosque grieved for the victims, Adel Nefzi said. He said Omar Mateen "has a psychological problem."\n\n'
        '"We don\'t teach anything" against gay people at the mosque, he said. Asked what he believed, he said, '
        '"It\'s the wrong thing, but we have no right to judge people."',
        "It's the wrong thing, but we have no right to judge people.", "Adel Nefzi", "speaker_cue_quote", "person"),
    row("he-chain-pronoun-cue-name-in-quote",
        'Chuck Williams declined to name the delegates, which he said were split between Trump and Cruz.\n\n'
        '"Donald Trump has his share of support in our district," he said.',
        "Donald Trump has his share of support in our district,", "Chuck Williams", "quote_speaker_cue", "person"),
    row("she-no-chain-pronoun-cue-other-gender",
        'Carly Fiorina spoke first. Then he said Donald Trump would win the state.\n\n'
        '"We are not done yet," she said.',
        "We are not done yet,", "Carly Fiorina", "quote_speaker_cue", "person"),
    row("he-no-chain-pronoun-not-cue-subject",
        'Bill Bruch spoke first. Donald Trump said he would win the state.\n\n'
        '"We are not done yet," he said.',
        "We are not done yet,", "Donald Trump", "quote_speaker_cue", "person"),
    # a name after a preposition that reads as a cue's subject ("of Mr. Trump's comments") is no subject
    row("he-object-reads-as-cue-subject",
        "On television, Paul Manafort dismissed criticism of Mr. Trump's comments about Ms. Khan. "
        '"These are Clinton talking points," he said.',
        "These are Clinton talking points,", "Paul Manafort", "quote_speaker_cue", "person"),
    row("he-cue-subject-first",
        "On television, Paul Manafort said Mr. Trump's comments were fair. "
        '"These are Clinton talking points," he said.',
        "These are Clinton talking points,", "Paul Manafort", "quote_speaker_cue", "person"),
    # the writer's aside between two quotes a pronoun speaks holds no antecedent
    row("he-skips-aside-between-quotes",
        "Michael Bloomberg may run. Bloomberg's pollster, Douglas Schoen, says his man has the money. "
        '"I don\'t think the conventional wisdom" -- that Bloomberg is perceived as a liberal -- "is going to last," he says.',
        "is going to last,", "Douglas Schoen", "quote_speaker_cue", "person"),
    # a name before its home town and cue ("of Columbia, South Carolina says") is the cue's
    # subject, so a "she" right after it is hers, though her first name tells no gender ...
    row("she-after-name-with-home-town",
        'Hillary Clinton won the state. Stacy Baker of Columbia, South Carolina says she really thinks Cruz '
        'can pull off a win if he keeps "doing what he\'s doing."',
        "doing what he's doing.", "Stacy Baker", "speaker_cue_quote", "person"),
    # ... negative: after "the" the "of" phrase goes on naming a body, whose cue it is not
    row("he-not-body-before-of-place",
        'John Tharoor wrote about the vote. As the Armenian Patriarchate of Jerusalem told the Associated Press, '
        'the vote mattered. He added, "Israel should have been one of the first countries."',
        "Israel should have been one of the first countries.", "John Tharoor", "speaker_cue_quote", "person"),
    row("she-name-after-quote-not-aside",
        'Gavin Hamilton spoke first. "Your own success depends on you," Michelle Stevens says, but she cautions '
        'that she sees "two different flip sides to it."',
        "two different flip sides to it.", "Michelle Stevens", kind="person"),
    # "said X was ...": X is the reported clause's subject, not an inverted cue's ("said Hatami")
    row("he-said-name-then-verb-not-cue-subject",
        "Sam Nunberg filed a petition on Tuesday.\n\nTrump's attorney, Alan Garten, said Nunberg was looking for publicity. "
        'He said Nunberg was bound by an agreement that is "standard practice for all major businesses."',
        "standard practice for all major businesses.", "Alan Garten", "speaker_cue_quote", "person"),
    row("he-inverted-cue-subject",
        'Alan Garten spoke to the court first. "The agreement is standard practice," said Sam Nunberg, who was sued. '
        '"I will fight it," he said.',
        "I will fight it,", "Sam Nunberg", "quote_speaker_cue", "person"),
    # a cue's subject in a side clause ("when Tapper asked") yields to the sentence's subject
    row("he-skips-side-clause-cue-subject",
        'Paul Ryan also did not exude confidence when Jake Tapper asked whether Republicans would hold the House.\n\n'
        '"The one thing you can predict of this year is that it is unpredictable," he said.',
        "The one thing you can predict of this year is that it is unpredictable,", "Paul Ryan", "quote_speaker_cue", "person"),
    row("he-main-clause-cue-subject",
        'Paul Ryan sat down on Sunday, and Jake Tapper asked whether Republicans would hold the House.\n\n'
        '"That is the question everyone asks," he said.',
        "That is the question everyone asks,", "Jake Tapper", "quote_speaker_cue", "person"),
    # a possessive is no cue's subject: in "Trump's remarks" the word after it is a noun
    row("he-possessive-before-cue-noun",
        'French President François Hollande denounced Donald Trump’s remarks as hurtful.\n\n'
        '“If the Americans choose this man, that will have consequences,” he said.',
        "If the Americans choose this man, that will have consequences,", "François Hollande", "quote_speaker_cue", "person"),
    row("he-name-before-cue-verb",
        'François Hollande met Donald Trump, who remarks on everything.\n\nDonald Trump remarks that the talks went well. '
        '“We will make great deals,” he said.',
        "We will make great deals,", "Donald Trump", "quote_speaker_cue", "person"),
    # for a pronoun after a quote of several sentences, "the sentence before" is the one before the quote
    row("she-chain-past-multi-sentence-quote",
        'Mrs. Juanita Broaddrick spoke to reporters. She said Hillary Clinton knew.\n\n'
        '“He called me. I did not know it was him,” she said. “This caught me off guard. And I hung up,” she said.',
        "This caught me off guard. And I hung up,", "Juanita Broaddrick", "quote_speaker_cue", "person"),
    row("she-no-chain-past-quote-other-pronoun",
        'Mrs. Juanita Broaddrick spoke to reporters. He said Hillary Clinton knew.\n\n'
        '“He called me. I did not know it was him,” she said.',
        "He called me. I did not know it was him,", "Hillary Clinton", "quote_speaker_cue", "person"),
    # a sentence opening with "The <person noun> <verb>" is about someone named before: its objects are no antecedent
    row("he-skips-object-after-description-subject",
        'Glenn Beck warned the Indiana audience about Donald Trump.\n\n'
        'The radio host has filled his rally speeches for Ted Cruz with religious imagery. '
        'He has declared the senator "a man who was raised for these times."',
        "a man who was raised for these times.", "Glenn Beck", "speaker_cue_quote", "person"),
    row("he-description-with-preposition-not-subject",
        'Glenn Beck warned the Indiana audience about Donald Trump.\n\n'
        'The candidate on the stage, Ted Cruz, spoke next. '
        'He has declared the election "a choice for these times."',
        "a choice for these times.", "Ted Cruz", "speaker_cue_quote", "person"),
    # "Watch" names a watchdog group ("Right Wing Watch", "Human Rights Watch"): no "he"
    row("he-skips-watchdog-group",
        'Kevin Swanson slammed the Girl Scouts on his radio show, Right Wing Watch first reported.\n\n'
        'He then said, "You have to apply what Jesus says."',
        "You have to apply what Jesus says.", "Kevin Swanson", "speaker_cue_quote", "person"),
    row("it-watchdog-group",
        'Human Rights Watch released a report on Monday. It added, "The detentions were arbitrary."',
        "The detentions were arbitrary.", "Human Rights Watch", "speaker_cue_quote", "organization"),
    # the object of a cue verb ("to criticize Trump") is not that cue's subject
    row("he-object-of-cue-verb",
        'Mitch McConnell found it inappropriate for Ruth Bader Ginsburg to criticize Trump. '
        '"It raises a level of skepticism," he said.',
        "It raises a level of skepticism,", "Mitch McConnell", "quote_speaker_cue", "person"),
    # an unnamed person opening a recent sentence as a cue's subject is the nearer antecedent
    row("he-unnamed-person-subject",
        'Many Latino Republicans are staying away, thanks to Donald Trump. One California delegate said he tried '
        'to give away guest passes to friends. "Not even one," he said.',
        "Not even one,", "One California delegate", "quote_speaker_cue", "unnamed"),
    row("she-unnamed-person-with-postmodifier",
        'Hillary Clinton spoke for an hour. A nurse in the crowd said she had waited since dawn. '
        '"It was worth it," she said.',
        "It was worth it,", "A nurse", "quote_speaker_cue", "unnamed"),
    row("he-unnamed-person-for-outlet",
        'Islamic State forums posted old messages. A reporter for Agence France-Presse called it "absolute chaos."\n\n'
        '"We saw people hit and bits of debris flying around," he said.',
        "We saw people hit and bits of debris flying around,", "A reporter for Agence France-Presse",
        "quote_speaker_cue", "unnamed"),
    # negative: a named subject after it is nearer
    row("he-named-after-unnamed-person-for-outlet",
        'A reporter for Agence France-Presse called it "absolute chaos." Paul Manafort said he was confident. '
        '"We will unite," he said.',
        "We will unite,", "Paul Manafort", "quote_speaker_cue", "person"),
    # negatives: the head noun's gender rules it out; a named subject after it is nearer
    row("he-not-unnamed-woman",
        'Donald Trump spoke for an hour. A woman in the crowd said she had waited since dawn. '
        '"It was worth it," he said.',
        "It was worth it,", "Donald Trump", "quote_speaker_cue", "person"),
    # a name in a sentence that a same "he" already holds is no antecedent of a later "he" ...
    row("he-not-name-in-his-clause",
        'Ban Ki-moon spoke on Monday. Asked whether he was worried that Donald Trump might win, Mr. Ban demurred.'
        '\n\n"I will not comment," he said.',
        "I will not comment,", "Ban Ki-moon", "quote_speaker_cue", "person"),
    row("he-not-name-after-his-clause",
        'David Axelrod watched the debate at home. Late that night, when he saw that Bill Clinton had stepped in, '
        'the mood changed.\n\n"Too forced?" he wrote.',
        "Too forced?", "David Axelrod", "quote_speaker_cue", "person"),
    # ... also a name in apposition to a role description ("the leading Republican candidate,
    # Donald J. Trump"): its comma ends no opening clause, so the sentence's "he" still holds it
    row("he-not-apposed-name-in-his-sentence",
        'So far, Bill Clinton does not seem to relish the fight. He has chosen to shrug off attacks from the leading '
        'Republican candidate, Donald J. Trump, and has been relatively mild in his critiques of Bernie Sanders.\n\n'
        'Allies say that he does not see any need to engage, believing that '
        'Mrs. Clinton can handle them. And he wants to avoid giving any grist, '
        'recalling his remark as "the biggest fairy tale."',
        "the biggest fairy tale.", "Bill Clinton", "clause_subject", "person"),
    row("she-not-apposed-name-in-her-sentence",
        'Nancy Pelosi spoke on Monday. She took questions from the former secretary, Hillary Clinton, for an hour. '
        'Aides say that she sees no need to engage.\n\n"We are united," she said.',
        "We are united,", "Nancy Pelosi", "quote_speaker_cue", "person"),
    # ... negatives: a cue's subject, or the main clause's subject after the opening clause, still is
    row("he-cue-subject-after-his-clause",
        'Donald Trump spoke in Ohio. If he wins, Bob Henson said, the party will unite.\n\n"We are ready," he said.',
        "We are ready,", "Bob Henson", "quote_speaker_cue", "person"),
    row("she-main-subject-after-her-clause",
        'Trump attacked the former beauty queen on Friday. Asked whether she regretted calling Alicia Machado names, '
        'Hillary Clinton smiled.\n\n"She was treated badly," she said.',
        "She was treated badly,", "Hillary Clinton", "quote_speaker_cue", "person"),
    # a possessive name inside an opening phrase that a "he" right after its comma holds is no
    # antecedent of a later "he" ...
    row("he-not-owner-in-opening-phrase",
        'Wayne Borders left his restaurant job to canvass full time. Dismayed by his memory of Bill Clinton\'s years '
        'in office, he\'s committed to the Vermont senator.\n\n"I\'m knocking on doors all over town," he said.',
        "I'm knocking on doors all over town,", "Wayne Borders", "quote_speaker_cue", "person"),
    # ... negatives: a main clause without that "he", or the pronoun inside the phrase itself
    row("he-owner-in-opening-phrase",
        'The plan drew fire on Monday. In Ben Carson\'s view, the plan is a disaster.\n\n"It will never work," he said.',
        "It will never work,", "Ben Carson", "quote_speaker_cue", "person"),
    row("he-inside-owners-opening-phrase",
        'If we are reading Marco Rubio\'s strategy right when he says he will "pick up delegates" in the spring, '
        'the race goes on.',
        "pick up delegates", "Marco Rubio", "speaker_cue_quote", "person"),
    # a people ("the Chinese") is never the person a "he" stands for
    row("he-not-demonym",
        'Admiral Harry Harris leads the Pacific Command. For the Chinese, he is a tough talker, and the Chinese '
        'comments are galling to him.\n\n"They try to demonize me," he said.',
        "They try to demonize me,", "Harry Harris", "quote_speaker_cue", "person"),
    row("he-not-demonym-alone",
        'That insistence makes the Chinese comments particularly galling.\n\n"They try to demonize me," he said.',
        "They try to demonize me,", None, kind=None),
    # the last unnamed speaker must fit the pronoun too: "the man" is no "she" ...
    row("she-not-last-unnamed-man",
        'Angela Merkel spoke in Berlin. In Wismar, for instance, a judge in October sentenced a 26-year-old man '
        'to probation after the man had posted on his Facebook page that refugees should "burn alive."\n\n'
        '"Filth out!" she wrote.',
        "Filth out!", "Angela Merkel", "quote_speaker_cue", "person"),
    # ... and an unnamed person opening the pronoun's sentence with any verb is its topic
    row("she-unnamed-person-opening-sentence",
        'Angela Merkel spoke in Berlin. A 29-year-old Berlin woman, meanwhile, received probation after she '
        'had posted comments on Facebook. "Filth out!" she wrote.',
        "Filth out!", "A 29-year-old Berlin woman", "quote_speaker_cue", "unnamed"),
    # negative: a thing opening the sentence is no person
    row("she-not-thing-opening-sentence",
        'Angela Merkel spoke in Berlin. A 29-year-old law, meanwhile, received new support. "Filth out!" she wrote.',
        "Filth out!", "Angela Merkel", "quote_speaker_cue", "person"),
    # a "the" description of a person left unnamed on purpose opening the sentence before, with any verb
    row("she-definite-unnamed-person-opening-sentence",
        'Donald Trump repeated the crowd\'s insult of Ted Cruz.\n\nThe woman who started it all identified herself '
        'to CNN as a 52-year-old resident of Salem.\n\n"He truly cares about the American people," she said of Trump.',
        "He truly cares about the American people,", "The woman", "quote_speaker_cue", "unnamed"),
    # negative: a role the article ties to a name ("The radio talker") leaves "he" to the names
    row("he-definite-role-opening-sentence-not-described",
        'Glenn Beck spoke to Ted Cruz on Monday.\n\nThe radio talker urged his listeners to stay home. '
        '"We will not vote for him," he said.',
        "We will not vote for him,", "Glenn Beck", "quote_speaker_cue", "person"),
    # negative: the pronoun's gender rules the head out ("the man" is no "she")
    row("she-definite-unnamed-person-wrong-gender",
        'Hillary Clinton spoke in Salem on Monday.\n\nThe man who started it all identified himself to CNN as a '
        'retired teacher. "We were never heard," she said.',
        "We were never heard,", "Hillary Clinton", "quote_speaker_cue", "person"),
    row("he-named-after-unnamed-subject",
        'One California delegate said he had tried. Paul Manafort said he was confident. '
        '"We will unite," he said.',
        "We will unite,", "Paul Manafort", "quote_speaker_cue", "person"),
    # a first name borne by women and men alike ("Lee", "Robin": in both name lists) tells no
    # gender: "Professor Lee Epstein said" can be the "she" that follows
    row("she-unisex-first-name",
        'Justice Sonia Sotomayor wrote the dissent. The justices are doing what they can to find common '
        'ground, Professor Lee Epstein said.\n\n"It was a very good term," she said.',
        "It was a very good term,", "Lee Epstein", "quote_speaker_cue", "person"),
    row("he-unisex-first-name",
        'Lee Atwater ran the campaign in 1988.\n\n"We had to win the South," he said.',
        "We had to win the South,", "Lee Atwater", "quote_speaker_cue", "person"),
    # negative: a first name of one gender still rules the other pronoun out
    row("she-one-gender-first-name",
        'Justice Sonia Sotomayor wrote the dissent. The justices are doing what they can to find common '
        'ground, Professor Mark Epstein said.\n\n"It was a very good term," she said.',
        "It was a very good term,", "Sonia Sotomayor", "quote_speaker_cue", "person"),
    # a lone first name the article never gives a surname tells the pronoun's gender ...
    row("he-skips-lone-female-first-name",
        'Trump said the system was rigged. Kevin was drifting off again, and as Trump went on, Melanie said yes, '
        'over and over again.\n\n"I love you," he said.',
        "I love you,", "Trump", "quote_speaker_cue", "person"),
    row("she-lone-female-first-name",
        'Trump said the system was rigged. Kevin was drifting off again, and as Trump went on, Melanie said yes, '
        'over and over again.\n\n"I love him," she said.',
        "I love him,", "Melanie", "quote_speaker_cue", "person"),
    # ... but not one that is also a common surname ("Clinton"), nor one the article gives as
    # the surname of a fuller name ("Scott Hope" makes a lone "Hope" his)
    row("she-lone-surname-that-is-a-first-name",
        'Clinton said she was ready. On Monday night, Clinton leaned in heavily. '
        '"Why won\'t he release his tax returns?" she said.',
        "Why won't he release his tax returns?", "Clinton", "quote_speaker_cue", "person"),
    row("he-lone-word-used-as-surname",
        'Scott Hope, a county commissioner, spoke first. Later Hope said the vote was unfair. '
        '"They ignored us," he said.',
        "They ignored us,", "Scott Hope", "quote_speaker_cue", "person"),
    # a female first name outweighs a "-man" role noun, which news writing also gives women
    row("she-spokesman-female-first-name",
        'Trump spokesman Hope Hicks did not respond to questions on Monday.\n\n"We have nothing to add," she said.',
        "We have nothing to add,", "Hope Hicks", "quote_speaker_cue", "person"),
    # negatives: so she is no "he"; a title of address ("Mr.") still tells a man
    row("he-not-spokesman-female-first-name",
        'Trump spokesman Hope Hicks did not respond to questions on Monday.\n\n"We have nothing to add," he said.',
        "We have nothing to add,", None, "quote_speaker_cue", None),
    row("he-courtesy-title-female-first-name",
        'Mr. Carol Hicks did not respond to questions on Monday.\n\n"We have nothing to add," he said.',
        "We have nothing to add,", "Carol Hicks", "quote_speaker_cue", "person"),
    # a title only a person bears (person_titles.txt) makes a name after a preposition a person's
    row("he-sheriff-title-person",
        'Protesters marched to a meeting with Sheriff Zeb Quarles on Monday.\n\n"We will not back down," he said.',
        "We will not back down,", "Zeb Quarles", "quote_speaker_cue", "person"),
    # negative: without it, an unknown name after a preposition may be a firm's
    row("he-untitled-name-after-preposition",
        'Protesters marched to a meeting with Zeb Quarles on Monday.\n\n"We will not back down," he said.',
        "We will not back down,", None, "quote_speaker_cue", None),
    # with no name in reach, the pronoun goes on with the last named speaker, when the article
    # shows that speaker's gender and it is the pronoun's ...
    row("he-last-speaker-out-of-reach",
        '"We will bring the jobs back," Roger Miller said in an interview.\n\nMiller\'s wife, Anna, sees it '
        'otherwise. ' + SMALL_TOWN_SENTENCES + '"Nobody here believes it anymore," he said.',
        "Nobody here believes it anymore,", "Roger Miller", "quote_speaker_cue", "person"),
    # ... negative: a woman as the last speaker is no "he"
    row("he-last-speaker-woman-out-of-reach",
        '"We will bring the jobs back," Anna Miller said in an interview.\n\nShe sees it otherwise now. '
        + SMALL_TOWN_SENTENCES + '"Nobody here believes it anymore," he said.',
        "Nobody here believes it anymore,", None, "quote_speaker_cue", None),
    # a name with an apposition of several parts (", of Springfield, Va.,") before its cue
    # is that cue's subject, so the chain of "he"s after it leads back to it
    row("he-chain-to-subject-with-place-apposition",
        "Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam ''for the nation's rights.''\n\n"
        "He said the museum compensated for a sanitized version of history. ''We've made major contributions "
        "to America,'' he said.",
        "We've made major contributions to America,", "Johnnie Wilson", "quote_speaker_cue", "person"),
    # negative: a long clause after the apposition's parts is no part of it ("the Islamic
    # State, also known as ISIS or ISIL, Trump hewed ..., noting": not the State noting)
    row("he-apposition-parts-stay-short",
        'As recently as October, Trump said he believes Afghanistan was "a terrible mistake."\n\n'
        "In a September debate, while most of his competitors called for a bigger effort to destroy the Islamic State, "
        "also known as ISIS or ISIL, Trump hewed more to President Obama's approach, noting that the Syrian leadership "
        'and ISIL are enemies. "Let them fight each other," he said.',
        "Let them fight each other,", "Trump", "quote_speaker_cue", "person"),
    # a bare surname the article gives a person's title elsewhere ("President Obama") is that
    # person, though this mention has no title and is no cue's subject
    row("he-bare-surname-titled-elsewhere",
        'Hillary Clinton backed President Obama on Friday.\n\n'
        'In a statement to the Observer, her senior adviser, Jake Sullivan, said: “Hillary Clinton believes in a strong EU.”\n\n'
        'Obama departs the UK for Germany today, where he will be greeted by protesters.\n\n'
        'Conceding that a deal would come later, he warned: “It is not going to happen any time soon.”',
        "It is not going to happen any time soon.", "Obama", "speaker_cue_quote", "person"),
    # negative: without a title anywhere, that bare word is no evidence of a person
    row("he-bare-word-never-titled",
        'Oracle spoke in London on Friday.\n\n'
        'In a statement to the Observer, her senior adviser, Jake Sullivan, said: “Hillary Clinton believes in a strong EU.”\n\n'
        'Oracle departs the UK for Germany today, where he will be greeted by protesters.\n\n'
        'Conceding that a deal would come later, he warned: “It is not going to happen any time soon.”',
        "It is not going to happen any time soon.", "Jake Sullivan", "speaker_cue_quote", "person"),
    # a lone first name in apposition to a kinship or role noun ("her father, Brad, 39,") or
    # with an age is a person, and so the antecedent of the pronoun that follows
    row("he-lone-first-name-after-kin-noun",
        'At a rally for Gary Johnson, a girl hoisted a sign. Her father, Brad, 39, worried that voters '
        'could not see the point of choosing Johnson.\n\n"People are afraid of wasting their votes," he said.',
        "People are afraid of wasting their votes,", "Brad", "quote_speaker_cue", "person"),
    row("she-lone-first-name-after-wife",
        "The convention opens on Monday. Trump's wife, Melania, is among the speakers. At a rally this spring, "
        'she described Trump as "a kind man with a great heart."',
        "a kind man with a great heart.", "Melania", "speaker_cue_quote", "person"),
    # negative: a first name used as an adjective ("his Christian values") is no one
    row("he-first-name-as-adjective",
        'Marco Rubio is trying to reach voters everywhere. Lately, he has been stressing his Christian conservative '
        'values more.\n\n"I am passionate about these issues," he said.',
        "I am passionate about these issues,", "Marco Rubio", "quote_speaker_cue", "person"),
    # a possessive name opening its sentence before a thing ("Tuttle's article") is what the
    # sentence is about, so a "he" in the next one is that writer, not the object named after it
    row("he-possessive-opener-is-antecedent",
        "National Review's Ian Tuttle wrote about the race on Monday.\n\n"
        "Tuttle's article also attacked Chris Christie for endorsing Trump. He calls the endorsement "
        "\u201cthe most transparent display of affection since Judas.\u201d",
        "the most transparent display of affection since Judas.", "Ian Tuttle", "speaker_cue_quote", "person"),
    # negative: before a person's role ("Bloomberg's pollster, Douglas Schoen,") the owner is no subject
    row("he-possessive-before-role-is-not-antecedent",
        "Michael Bloomberg is weighing a run.\n\nBloomberg's pollster, Douglas Schoen, says his man has the money. "
        '"The mayor would be able to build support rapidly," he says.',
        "The mayor would be able to build support rapidly,", "Douglas Schoen", "quote_speaker_cue", "person"),
    # after a sentence adverb and its comma ("Indeed, Francis' message") the possessive name
    # still opens its sentence: a "he" later on is its owner, not a person named since
    row("he-possessive-opener-after-sentence-adverb",
        "Pope Francis said on Friday that he would pray for migrants. The Rev. Federico Lombardi, the Vatican spokesman, spoke to reporters.\n\n"
        "Indeed, Francis' message is to call on all Christians to be more Christian. He has challenged his own "
        "bishops to be humbler. His economic critique is also a moral one, as he laments a ''throwaway culture'' "
        "in which the poor are discarded.",
        "throwaway culture", "Francis", "speaker_cue_quote", "person"),
    row("he-possessive-opener-after-still",
        "National Review's Ian Tuttle wrote about the race on Monday.\n\n"
        "Still, Tuttle's article also attacked Chris Christie for endorsing Trump. He calls the endorsement "
        "\u201cthe most transparent display of affection since Judas.\u201d",
        "the most transparent display of affection since Judas.", "Ian Tuttle", "speaker_cue_quote", "person"),
    # a full name the rules just read as a quote's speaker names a person, even where the name
    # index has no evidence of it (an unknown first name, a title it does not know): a "He
    # added" right after that quote goes on with that speaker, not an earlier writer
    row("he-after-speaker-with-unknown-first-name",
        "As the Washington Post's Ishaan Tharoor wrote, \u201cIsrael knows what is in its interest.\u201d\n\n"
        "However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the Associated Press, "
        "\u201cWe have suffered the same fate.\u201d He added, \u201cSo Israel should have been one of the first.\u201d",
        "So Israel should have been one of the first.", "Aris Shirvanian", "speaker_cue_quote", "person"),
    # negative: a lone word the rules took for a speaker ("According to ProPublica") is no
    # evidence of a person: "she" stays with the woman named before
    row("she-after-according-to-one-word-source",
        "Hillary Clinton spoke at the Nasdaq in 2007.\n\nAccording to ProPublica, Clinton praised her "
        '"wonderful donors" in the audience. She also said the turmoil was not the fault of banks, "not by a long shot."',
        "not by a long shot.", "Hillary Clinton", "speaker_cue_quote", "person"),
    # a full name a relative "who" follows names a person (a firm or a place takes "which"), so
    # its surname is a "he"'s antecedent even after a preposition ("Footage of Al-Awlaki")
    row("he-surname-of-name-with-who-after-preposition",
        "Donald Trump appears in a clip from a stump speech. The video also shows Anwar al-Awlaki, who was "
        "killed in a drone strike in 2011.\n\nFootage of Al-Awlaki again appears. "
        '"The West will eventually turn against its Muslim citizens," he says.',
        "The West will eventually turn against its Muslim citizens,", "Anwar al-Awlaki", "quote_speaker_cue", "person"),
    # negative: a description in capitals before ", who" ("The Wisconsin Republican, who") is no name
    row("he-capitalised-description-with-who-is-no-person",
        "Mike Pence spoke in Ohio on Monday. The Wisconsin Republican, who leads the House, was not there.\n\n"
        '"We will carry this state," he said.',
        "We will carry this state,", "Mike Pence", "quote_speaker_cue", "person"),
    # negative: a firm after a preposition, which takes "which", still needs a title or first name
    row("he-firm-with-which-after-preposition-is-no-person",
        "Donald Trump spoke in Indiana. He kept talking about Carrier Global, which plans to move jobs to "
        'Mexico.\n\n"We will bring them back," he said.',
        "We will bring them back,", "Donald Trump", "quote_speaker_cue", "person"),
    # negative: after an adverb the owner of a person's role is still no subject
    row("he-possessive-before-role-after-adverb-is-not-antecedent",
        "Michael Bloomberg is weighing a run.\n\nStill, Bloomberg's pollster, Douglas Schoen, says his man has the money. "
        '"The mayor would be able to build support rapidly," he says.',
        "The mayor would be able to build support rapidly,", "Douglas Schoen", "quote_speaker_cue", "person"),
    # negative: a possessive further into the sentence than one adverb stays a modifier
    row("he-possessive-after-opening-phrase-is-not-antecedent",
        "Mike Pence spoke in Ohio on Monday.\n\nIn the end, after weeks of delay, Trump's team released the list. "
        'He called it "a great day for the party."',
        "a great day for the party.", "Mike Pence", "speaker_cue_quote", "person"),
    # the subject of a clause a cue reports ("pointing out that the paper's Robert Costa had
    # reported") is no antecedent ahead of the sentence's own subject
    row("he-reported-clause-subject-after-that",
        'Ben Carson spoke on CNN.\n\nCarson turned the story back on the Post, pointing out that the paper\'s '
        'Robert Costa had reported in June that the campaign was coming apart. He hoped the paper would shy '
        'away from such reporting now.\n\n"Apparently not," he said.',
        "Apparently not,", "Ben Carson", "quote_speaker_cue", "person"),
    # negative: a relative "that" after a noun opens no reported clause
    row("he-relative-that-clause-subject-stays",
        'The president portrayed Mr. Trump as a divider of the country into camps that Mr. Obama argued were unhealthy. '
        '"It is a poisonous climate," he said.',
        "It is a poisonous climate,", "Obama", "quote_speaker_cue", "person"),
    # negatives: no antecedent; an organisation is no "she"; "they" is not resolved
    row("he-no-antecedent", '"It is over," he said.', "It is over,", None, kind=None),
    row("who-description", 'In Mexico City, Trump heard a lecture from the Mexican president, who said NAFTA had been "good for both."',
        "good for both.", "the Mexican president", "speaker_cue_quote", "unnamed"),
    row("who-no-antecedent", 'Anyone who said it was "a disgrace" was wrong.', "a disgrace", None, kind=None),
    # a name, then its apposition, then ", who": the relative clause is about the name's bearer
    row("who-after-name-apposition",
        'Obama has had a frosty relationship with Bob Corker, now the committee chairman, who in 2014 said the deal '
        'was "a disaster."',
        "a disaster.", "Bob Corker", "speaker_cue_quote", "person"),
    row("who-after-title-name-apposition",
        'Sen. Bob Corker, the chairman of the committee, who has called the deal "a disaster," met Obama.',
        "a disaster,", "Bob Corker", "speaker_cue_quote", "person"),
    # negative: an organisation before the apposition is no person for "who"
    row("who-after-organisation-apposition",
        'The pact drew fire from the Heritage Foundation, a conservative think tank, who called it "a giveaway."',
        "a giveaway.", None, kind=None),
    # an open "who" clause before the cue: its object is no subject; the head before "who" speaks
    row("who-clause-object-before-cue",
        'A White House official who spoke anonymously to discuss internal strategy said Wednesday, "We are not done."',
        "We are not done.", "A White House official", "speaker_cue_quote", "unnamed"),
    row("who-clause-without-object-before-cue",
        'A White House official who asked not to be named said Wednesday, "We are not done."',
        "We are not done.", "A White House official", "speaker_cue_quote", "unnamed"),
    row("who-clause-name-apposition-before-cue",
        'Geoff Garin, a Democratic pollster who is working with Priorities USA, a pro-Clinton super PAC, said the race was "far from over."',
        "far from over.", "Geoff Garin", "speaker_cue_quote", "person"),
    row("who-clause-capitalised-apposition-before-cue",
        'Senator Richard Shelby, the Alabama Republican who heads the Senate Banking Committee, said the Fed was "too '
        'secretive."',
        "too secretive.", "Richard Shelby", "speaker_cue_quote", "person"),
    row("who-clause-named-object-before-cue",
        'A worshipper who prayed beside Omar Mateen said the man was "not very religious."',
        "not very religious.", "A worshipper", "speaker_cue_quote", "unnamed"),
    # negatives: a comma closes the clause, so the name after it speaks; a pronoun subject is
    # never an object of the clause
    row("who-clause-closed-by-comma",
        'The aide who ran the polls left in May, and Joel Benenson said the campaign was "in good shape."',
        "in good shape.", "Joel Benenson", "speaker_cue_quote", "person"),
    row("who-clause-pronoun-subject",
        'Hillary Clinton thanked the voters who backed her, and she said the result was "a victory for all of us."',
        "a victory for all of us.", "Hillary Clinton", "speaker_cue_quote", "person"),
    # a short time adjunct may stand between a subject and its cue ("who in 2013 said", "who last
    # week said", "Beck on Wednesday called"); the relative's antecedent or the subject speaks
    row("who-time-adjunct-year",
        'The governor has clashed with Mitch McConnell, who in 2013 said the bill would be "dead on arrival."',
        "dead on arrival.", "Mitch McConnell", "speaker_cue_quote", "person"),
    row("who-time-adjunct-last-week",
        'Trump attacked Jeb Bush, who last week said he was "a chaos candidate."',
        "a chaos candidate.", "Jeb Bush", "speaker_cue_quote", "person"),
    row("subject-time-adjunct-weekday",
        'Much of Glenn Beck\'s ire was directed at Steve Bannon, whom Beck on Wednesday called "a horrible, despicable human being."',
        "a horrible, despicable human being.", "Glenn Beck", "speaker_cue_quote", "person"),
    # negatives: a relative clause about the cue's object holds no speaker of its own
    row("who-time-adjunct-object-clause",
        'Trump called Clinton, who was in Iowa on Monday, "a liar."',
        "a liar.", "Trump", "speaker_cue_quote", "person"),
    row("who-time-adjunct-no-cue",
        'Sanders said Trump, who last week won Ohio, is "a pathological liar."',
        "a pathological liar.", "Sanders", "speaker_cue_quote", "person"),
    row("it-organization", 'The Heritage Foundation released its study. "The review found no savings," it said.',
        "The review found no savings,", "Heritage Foundation", "quote_speaker_cue", "organization"),
    row("it-no-organization", 'The weather turned cold. "The economy remains strong," it said.',
        "The economy remains strong,", None, kind=None),
    row("she-after-org", 'The company announced record profits. "We did well this year," she said.',
        "We did well this year,", None, kind=None),
    # "they" is never one person; two people joined by "and" are the pair
    row("they-plural", 'Ruth Banda met Tom Reed. "We will strike tomorrow," they said.',
        "We will strike tomorrow,", None, kind=None),
    row("they-plural-pair", 'Ruth Banda and Tom Reed met. "We will strike tomorrow," they said.',
        "We will strike tomorrow,", "Ruth Banda and Tom Reed", "quote_speaker_cue", "person"),
    # a lone surname opening a sentence as a verb's subject, the article's only mention of its
    # bearer, is the antecedent of a later "he"
    row("lone-surname-subject-cue",
        'Donald Trump went with the odds.\n\nCruz openly admitted that his pick was politically '
        'motivated. "With an eye to February 20th," he said.',
        "With an eye to February 20th,", "Cruz", "quote_speaker_cue", "person"),
    row("lone-surname-subject-said",
        'Trump went with the odds.\n\nSmith said that his pick was motivated. "We win," he said.',
        "We win,", "Smith", "quote_speaker_cue", "person"),
    row("lone-surname-subject-past-verb",
        'Carson defied the question, and did not make a choice. "We will see," he said.',
        "We will see,", "Carson", "quote_speaker_cue", "person"),
    # a full name opening its sentence before a finite verb is a person's, whatever its first
    # name: "she" stands for her
    row("full-name-subject-unknown-first-name",
        'Dahlys Hamilton is listed as the chairman of the group. Recently she wrote on her page, '
        '"I am getting off the ship and boarding the train!"',
        "I am getting off the ship and boarding the train!", "Dahlys Hamilton", "speaker_cue_quote", "person"),
    # negative: a plural run is a group, no "she"
    row("full-name-subject-plural",
        'Hispanic Patriots is listed as a member of the group. Recently she wrote on her page, '
        '"I am getting off the ship and boarding the train!"',
        "I am getting off the ship and boarding the train!", None, kind=None),
    # a known first name and a quoted nickname before a lone surname ('Juan "Chico" Manriquez')
    # make it a person's: the marks cut the run, and "he" is his, not the earlier speaker's
    row("nickname-before-surname-he",
        'Neema Bahrami, an organizer, said the march was quiet. Juan "Chico" Manriquez of Oakland '
        'carried one of the photos. "I pretty much cried the whole parade," he said.',
        "I pretty much cried the whole parade,", "Manriquez", "quote_speaker_cue", "person"),
    row("nickname-curly-marks-before-surname-he",
        '"We are ready," Tom Baker said. John \u201cTig\u201d Tiegen of Ohio carried a flag to the stage. '
        '"Nobody came to help us," he said.',
        "Nobody came to help us,", "Tiegen", "quote_speaker_cue", "person"),
    # negative: a place before a quoted word is no first name: the event is nobody's "he"
    row("quoted-word-after-place-no-nickname",
        'Neema Bahrami led the march. In Oakland "Pride" Wallace Park drew crowds. '
        '"I pretty much cried the whole parade," he said.',
        "I pretty much cried the whole parade,", "Neema Bahrami", "quote_speaker_cue", "person"),
    # negatives: a plural, an indefinite pronoun, a news agency, an adjective before a noun cue
    # and a participle's absolute clause are no surname
    row("lone-plural-subject-not-he",
        'Mourners say the loss is hard.\n\n"He was the greatest," he said.',
        "He was the greatest,", None, kind=None),
    row("lone-indefinite-subject-not-he",
        'Nobody admitted that the plan failed. "We tried," he said.',
        "We tried,", None, kind=None),
    row("lone-news-agency-not-she",
        'Xinhua reported that the talks had stalled. "We are still talking," she said.',
        "We are still talking,", None, kind=None),
    row("lone-participle-clause-not-he",
        'Bob Hill spoke first. Eyebrows raised, he asked, "I was going to stay behind by myself?"',
        "I was going to stay behind by myself?", "Bob Hill", kind="person"),
    # negative: "advocates" after a name is its verb, not a description's head: "He" is the senator
    row("antecedent-name-before-verb-advocates",
        'Senator Bernie Sanders advocates tax increases on all income groups. He calls for a "Medicare for all" health care system.',
        "Medicare for all", "Bernie Sanders", "speaker_cue_quote", "person"),
]

# --- quote marks ---------------------------------------------------------------------------------------------
MULTI_PARAGRAPH = [
    row("multi-two-paragraphs",
        'President Barack Obama said:\n\n"This is the first paragraph of my remarks.\n\n"And this is the second, which ends here."',
        'This is the first paragraph of my remarks.\n\n"And this is the second, which ends here.',
        "Barack Obama", "intro_paragraph", "person", quote_kind="multi_paragraph"),
    row("multi-three-paragraphs-curly",
        "Defense Minister Fahd al-Freij said:\n\u201cWe agreed on the next measures.\n\u201cWe will meet again.\n\u201cThe enemy will fail.\u201d",
        "We agreed on the next measures.\n\u201cWe will meet again.\n\u201cThe enemy will fail.",
        "Fahd al-Freij", "intro_paragraph", "person", quote_kind="multi_paragraph"),
    # a pasted excerpt: straight-opened paragraphs left open, then a curly pair nested in the excerpt
    # and the straight mark that closes it. The excerpt's paragraphs keep the excerpt's source; the
    # nested quote alone takes the cue after it
    row("excerpt-before-nested-quote",
        'The Daily Ledger reported on Tuesday:\n\n"The council met behind closed doors on Monday night to weigh '
        'the new budget.\n\n"Reporters asked Mayor Ana Reyes about the cuts after the session.\n\n'
        '\u201cWe will not wait for the state to act,\u201d Reyes said."\n\nThe budget goes to a vote next week.',
        'The council met behind closed doors on Monday night to weigh the new budget.\n\n"Reporters asked Mayor '
        'Ana Reyes about the cuts after the session.', "Daily Ledger", "intro_paragraph",
        quote_kind="multi_paragraph"),
    row("excerpt-nested-quote-own-cue",
        'The Daily Ledger reported on Tuesday:\n\n"The council met behind closed doors on Monday night to weigh '
        'the new budget.\n\n"Reporters asked Mayor Ana Reyes about the cuts after the session.\n\n'
        '\u201cWe will not wait for the state to act,\u201d Reyes said."\n\nThe budget goes to a vote next week.',
        "We will not wait for the state to act,", "Reyes", "quote_speaker_cue", "person", quote_kind="full"),
    row("excerpt-closed-two-paragraphs-later",
        'The Associated Press reported the vote that night.\n\n"The hearing was closed, but Senator Mark Dolan '
        'spoke to reporters afterward.\n\n\u201cThe report was not what we were told,\u201d Dolan said.\n\n'
        '\u201cWe expected a great deal more from the agency,\u201d he said."\n\nThe agency did not comment.',
        "The hearing was closed, but Senator Mark Dolan spoke to reporters afterward.", "Associated Press",
        "lead_paragraph"),
    # negatives: marks mixed without an excerpt's straight closer after the curly pair are one
    # speaker's quote, as before
    row("mixed-marks-continue-quote",
        'Governor Lisa Park spoke after the vote.\n\n"We met with every member of the board.\n\n'
        '\u201cWe will not wait for the state to act,\u201d Park said.\n\n"The board meets again in May," she added.',
        'We met with every member of the board.\n\n\u201cWe will not wait for the state to act,',
        "Lisa Park", "quote_speaker_cue", "person", quote_kind="multi_paragraph"),
    row("mixed-marks-one-paragraph",
        'The union chief spoke on Friday.\n\n"I know. I know. That is why this is a risky moment for the '
        'country,\u201d Nora Vance said.',
        "I know. I know. That is why this is a risky moment for the country,", "Nora Vance", "quote_speaker_cue",
        "person", quote_kind="full"),
    # negative: a new transcript turn is a new quote, not a continuation
    row("transcript-turn-ends-quote", 'Partial transcript:\n\n"WALLACE: Will she be there?\n\n"PENCE: She will not."',
        "WALLACE: Will she be there?", ANY, None, quote_kind="full"),
    # negative: an unbalanced mark stays in its paragraph
    row("unbalanced-bounded",
        'Ruth Banda said the result was "a disgrace to democracy.\n\nThe commission will meet on Monday to review the count.',
        "a disgrace to democracy.", "Ruth Banda", "speaker_cue_quote", "person"),
    row("unbalanced-next-opens-with-mark",
        'Ruth Banda said the count was "a disgrace.\n\n"Observers" were never allowed in, the opposition claims.',
        "a disgrace.", ANY, None,
        xfail="merged into a multi-paragraph quote: find_quotes continues an unclosed quote into the next "
              "paragraph whenever that paragraph opens with a mark, even when the mark closes a short "
              "label ('\"Observers\" were ...') in the writer's own sentence"),
]

NYT_MARKS = [
    row("nyt-two-apostrophes", "Mayor Rudolph W. Giuliani spoke.\n\n''We are not going to negotiate,'' Mr. Giuliani said.",
        "We are not going to negotiate,", "Rudolph W. Giuliani", "quote_speaker_cue", "person"),
    row("nyt-said-comma", "Gov. Mario M. Cuomo said, ''The budget is balanced and the books are closed.''",
        "The budget is balanced and the books are closed.", "Mario M. Cuomo", "speaker_cue_quote", "person"),
    row("nyt-triple-marks", "''He told me, 'Never again,' '' Mr. Koch said.",
        "He told me, 'Never again,'", "Koch", "quote_speaker_cue", "person",
        xfail="quote ends \"again,\" without the inner closing mark: _trim strips single marks (' \u2018 \u2019 are "
              "in EDGE_TRIM) from the quote's edges, so a single quote that ends the quotation loses its mark"),
    row("nyt-triple-marks-joined", "Edward I. Koch spoke.\n\n''He told me, 'Never again,''' Mr. Koch said.",
        "He told me, 'Never again,'", "Edward I. Koch", "quote_speaker_cue", "person",
        xfail="quote ends \"again,\" without the inner closing mark: QUOTE_MARK takes the first two of the "
              "three apostrophes in ,''' as the NYT closing mark and the third is dropped, so the single "
              "quote inside loses its own closing mark"),
]

OTHER_MARKS = [
    row("guillemets", "Foreign Minister Sergei Lavrov said: \u00abWe will not give in to pressure.\u00bb",
        "We will not give in to pressure.", "Sergei Lavrov", "speaker_cue_quote", "person"),
    row("guillemets-unnamed", "\u00abThe border stays closed,\u00bb the minister said.",
        "The border stays closed,", "the minister", "quote_speaker_cue", "unnamed"),
    row("low-high", "\u201eWe are ready for talks,\u201c said Chancellor Olaf Scholz.",
        "We are ready for talks,", "Olaf Scholz", "quote_cue_speaker", "person"),
    row("closer-as-opener-after-bidi-mark",
        "\u202a\u201dThey are evil. Children are gifts,\u201d said John Krystek.",
        "They are evil. Children are gifts,", "John Krystek", "quote_cue_speaker", "person"),
    row("single-inside-double", '"He told me \'never again\' and I believed him," Tom Reed said.',
        "He told me 'never again' and I believed him,", "Tom Reed", "quote_speaker_cue", "person"),
    row("curly-single-inside-double", "\u201cThey called it \u2018a mistake\u2019 and moved on,\u201d said Ruth Banda.",
        "They called it \u2018a mistake\u2019 and moved on,", "Ruth Banda", "quote_cue_speaker", "person"),
    # a closer typed as an opener (glued to its word, a blank after it): the text after it is narration
    rejected("misread-closer-narration", "Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called the KKK "
             "\u201cabhorrent\u201c in a tweet Sunday.", "in a tweet Sunday.", "not_text"),
    rejected("misread-closer-before-turn", "Chuck Todd was shocked. \u201cDo you want to be associated with a "
             "fascist?\u201c he asked.\n\n\u201cNo, I want to be associated with interesting quotes,\u201d Trump "
             "insisted.", "he asked.", "not_text"),
    # negatives: the next paragraph's quote is no continuation of that narration; an opener after
    # a blank opens
    row("after-misread-closer-next-paragraph", "Chuck Todd was shocked. \u201cDo you want to be associated with a "
        "fascist?\u201c he asked.\n\n\u201cNo, I want to be associated with interesting quotes,\u201d Trump "
        "insisted.", "No, I want to be associated with interesting quotes,", "Trump", "quote_speaker_cue"),
    row("opener-after-blank", "Cruz called the KKK \u201cabhorrent and un-American,\u201d in a tweet Sunday.",
        "abhorrent and un-American,", "Cruz", "speaker_cue_quote"),
    # the quote a misread closer ends is withheld (gold pairing loses it) but its frame speaks for
    # the paragraph's next quote
    row("misread-closer-cue-speaks-next", "\u201cIt's unusual,\u201c said Larry Noble, an attorney with the "
        "Campaign Legal Center. \u201cIt's a hard thing to do and pull off.\u201d",
        "It's a hard thing to do and pull off.", "Larry Noble", "split_quote", "person"),
    # negatives: the withheld quote is never emitted; a later quote with its own frame keeps it
    row("misread-closer-quote-withheld", "\u201cIt's unusual,\u201c said Larry Noble. \u201cIt's a hard "
        "thing,\u201d Ann Cole said.", "It's a hard thing,", "Ann Cole", "quote_speaker_cue", "person"),
    # a quote nested in one of the same marks (“ … “inner” … ”): the outer quote runs from its own
    # opener (its frame before it speaks), the inner one takes its speaker, not the frame inside
    # the outer words ("what he calls"), and is emitted with it even when alone it would be a
    # scare quote
    row("nested-same-marks-outer-speaker", "Ruth Banda was blunt. \u201cI would rather live in what he calls "
        "\u201cchaos\u201d than live under his rule,\u201d she said.", "chaos", "Ruth Banda", "split_quote", "person"),
    row("nested-same-marks-outer-from-opener", "Columnist Ann Cole wrote, \u201cIf you care, you speak up even "
        "when \u201cyour team\u201d is the one at fault.\u201d Her post spread quickly.",
        "If you care, you speak up even when \u201cyour team\u201d is the one at fault.", "Ann Cole",
        "speaker_cue_quote", "person"),
    row("nested-scare-words-kept", "Polls were wrong in Iowa.\n\nPOLLS NOT WRONG, JUST EARLY - Ann Cole: "
        "\u201cBeyond the challenges that polling faces \u2014 from low response rates and the growing number of "
        "\u201ccell phone only\u201d households \u2014 the misfire traces to late shifts.\u201d [HuffPost.]",
        "cell phone only", "Ann Cole", "split_quote", "person"),
    # negatives: no outer closer, or a pair that restarted nothing, is no nesting
    row("nested-outer-never-closed", "Ruth Banda was blunt. \u201cI would rather live in what he calls "
        "\u201cchaos\u201d than live under his rule, she said.", "chaos", "Ruth Banda", "aside_cue", "person"),
    row("closed-pair-then-stray-not-nested", "Tom Reed said the plan was \u201ca disaster\u201d and the vote a "
        "sham.\u201d The board disagreed.", "a disaster", "Tom Reed", "speaker_cue_quote", "person"),
]

APOSTROPHES = [
    row("dont-inside", "President Ronald Reagan spoke.\n\n\"We don't negotiate with terrorists,\" Reagan said.",
        "We don't negotiate with terrorists,", "Ronald Reagan", "quote_speaker_cue", "person"),
    row("plural-possessive-outside",
        "The victims\u2019 lawyer, Ann Cole, said the ruling was \u201ca betrayal of everything we were promised.\u201d",
        "a betrayal of everything we were promised.", "Ann Cole", "speaker_cue_quote", "person"),
    row("decade-outside", "Senator Joe Biden said that in the '90s \"crime was out of control in every city.\"",
        "crime was out of control in every city.", "Joe Biden", "speaker_cue_quote", "person"),
    # negatives: apostrophes alone make no quotation
    row("no-quotes-apostrophes", "He loved rock \u2019n\u2019 roll and the \u201960s, the singer\u2019s friends said. They didn't care.",
        None),
    row("no-quotes-straight", "The '90s were the victims' decade, and Smith's friends won't forget it.", None),
]

REJECTIONS = [
    rejected("stage-direction", 'Partial transcript:\n\n"WALLACE: Will she be there?\n\n"(CROSSTALK.)\n\n"PENCE: She will not."',
             "(CROSSTALK.)", "not_text"),
    row("bracketed-words-are-speech", '"(We) will win this state," Marco Rubio said.',
        "(We) will win this state,", "Marco Rubio", "quote_speaker_cue", "person"),
    rejected("scare-label", 'The regime labels all its opponents "terrorists" and bans their parties.',
             "terrorists", "scare_quote"),
    rejected("scare-buffett", 'Obama renewed his push for the "Buffett rule" on Tuesday in Ohio.',
             "Buffett rule", "scare_quote"),
    rejected("scare-calls", 'Iran sent what it calls "advisors" to the front lines last year.',
             "advisors", "scare_quote",
             xfail="emitted with no speaker by speaker_cue_quote: 'calls' is a cue and 'it' its subject, so the "
                   "span is decided (pronoun unresolved) and never reaches rejection_reason; a naming verb "
                   "marks a label"),
    rejected("scare-describing", 'Iran dispatched forces to Syria, describing them as "advisors".',
             "advisors", "scare_quote"),
    # a short span no rule claims, with the writer's sentence going on after it, is the writer's term
    rejected("standalone-label-show", 'And audiences like the classics. "Friends" has been a surprise hit on Netflix.',
             "Friends", "scare_quote"),
    rejected("standalone-label-pronoun", 'This was the scene I walked in on recently. "She" is my 29-year-old daughter.',
             "She", "scare_quote"),
    row("inverted-frame-not-a-term", 'The senator was asked about a recount.\n\n"Not now," came the reply from his '
        'office.', "Not now,", "his office", "quote_cue_speaker", "organization"),  # its source after "from"
    row("standalone-short-with-speaker", 'Trump was asked about the wall on Tuesday in Phoenix.\n\n"Building it? Not '
        'negotiable."', "Building it? Not negotiable.", "Trump", "lead_paragraph", "person"),
    row("standalone-one-word-with-cue", 'The senator was asked whether he would run again.\n\n"No," Tom Reed said.',
        "No,", "Tom Reed", "quote_speaker_cue", "person"),
    rejected("title-book", 'She first read "The Grapes of Wrath" in high school.',
             "The Grapes of Wrath", "title",
             xfail="emitted with no speaker by speaker_cue_quote: 'read' is in data/cue_verbs.txt, so 'She first "
                   "read \"X\"' decides the span ('She' unresolved) and rejection_reason never sees it"),
    rejected("title-show", 'He appeared on "Meet the Press" on Sunday morning.',
             "Meet the Press", "title"),
    # a Title Case span owned by a name is a show or a work, even where a cue claims it
    rejected("owned-title-with-cue", 'Sanders said on ABC\'s "This Week" that he would take a look.',
             "This Week", "title"),
    rejected("owned-title-one-word", '\u201cI had a bad earpiece,\u201d Trump told NBC\u2019s \u201cToday\u201d on Monday.',
             "Today", "title"),
    row("owned-span-not-title", 'Ryan said the plan is Trump\u2019s \u201cbiggest mistake yet.\u201d',
        "biggest mistake yet.", "Ryan", "speaker_cue_quote", "person"),
    rejected("not-text-url", 'The full report is posted at "https://example.com/report.pdf" for download.',
             "https://example.com/report.pdf", "not_text",
             xfail="emitted with speaker 'The full report': 'posted' is a cue (data/cue_verbs.txt), and a span that "
                   "a rule decides is never checked by rejection_reason, so even a URL (NON_TEXT) becomes speech"),
    rejected("not-text-number", 'The score on the board read "24 - 17" at half time.',
             "24 - 17", "not_text",
             xfail="not rejected: 'read' is in data/cue_verbs.txt, so speaker_cue_quote decides the span (speaker "
                   "'the board') before rejection_reason can call it not_text"),
    # the layout around a span says it is no speech, whichever rule claimed it (layout_reason)
    rejected("digest-headline", 'NOW OPEN\u2014"Pop-up gallery opens in the South Bronx," by DNAinfo\'s Eddie Small: '
             '"Curators of a pop-up show are drawing crowds."',
             "Pop-up gallery opens in the South Bronx,", "title"),
    rejected("digest-headline-link", '\u2014"Stage star skips the surgery," by the New York Post\'s Amy Spencer http://nyp.st/1l7lvhq.',
             "Stage star skips the surgery,", "title"),
    rejected("digest-excerpt", '\u2014"City Museum picks a director," by The Wall Street Journal\'s Jennifer Smith: '
             '"Ms. Donhauser, 48 years old, has not previously led a museum."',
             "Ms. Donhauser, 48 years old, has not previously led a museum.", "excerpt"),
    rejected("dated-slogan", 'The party\u2019s posters have been blunt: \u201cYes to minaret ban\u201d (2009) and '
             '\u201cNo to free lawyers\u201d (2016).', "Yes to minaret ban", "title"),
    # the writer's gloss: a scare quote after "so-called", a translation after "<language> for"
    rejected("so-called-subject-frame", 'Bashar al-Assad held on, aided by the Russians, even as the United States '
             'was giving weapons to the so-called "rebels" that would find their way to Islamist groups.', "rebels",
             "scare_quote"),
    rejected("so-called-subject-verb", 'Hillary Clinton defeated Bernie Sanders in Delaware, in another sign of how '
             'hard it is for the senator from Vermont to win so-called "closed" primaries.', "closed", "scare_quote"),
    rejected("translation-after-dash", 'Freddy circled the trawler as his friends jeered, "Do svidaniya!" - Russian '
             'for "goodbye."', "goodbye.", "translation"),
    rejected("translation-after-comma", 'He ended the auction listing with "Si Vis Pacem Para Bellum," Latin for '
             '"if you wish peace, prepare for war."', "if you wish peace, prepare for war.", "translation"),
    # negatives: the glossed phrase itself is speech; "so-called" inside the marks, or a language
    # that is a person ("the Russian"), glosses nothing
    row("phrase-before-translation", 'Freddy circled the trawler as his friends jeered, "Do svidaniya!" - Russian '
        'for "goodbye."', "Do svidaniya!", "his friends", "speaker_cue_quote"),
    row("so-called-under-cue", 'Mr. Trump has called for taxing so-called "pass through" income at a 15 percent '
        'rate.', "pass through", "Trump", "speaker_cue_quote"),
    row("so-called-inside-marks", 'Trump mocked the "so-called experts" who had predicted his defeat.',
        "so-called experts"),
    row("language-noun-not-gloss", 'Kerry asked the Russian for "a straight answer," an aide said.',
        "a straight answer,", "an aide", "quote_speaker_cue"),
    rejected("nickname-in-name", 'Juan "Chico" Manriquez of Oakland carried one of the photos.', "Chico", "nickname"),
    rejected("nickname-after-initials", 'His campaign was represented by Gov. C.L. "Butch" Otter, an early endorser.',
             "Butch", "nickname"),
    rejected("nickname-after-middle-initial",
             'In a tradition he has kept for 40 years, Rep. Robert C. "Bobby" Scott threw open his back yard.',
             "Bobby", "nickname"),
    # negative: a capitalised one-word quote after an initial that ends a sentence is speech
    row("one-word-after-sentence-initial",
        'The vote went to Plan B. "Never," said Sen. Susan Collins.', "Never,", "Susan Collins", "quote_cue_speaker"),
    rejected("work-noun-comma", 'Mr. Rubio said in his 2012 book, "An American Son," that his parents stayed.',
             "An American Son,", "title"),
    rejected("work-noun-show", 'Bret Stephens said on the MSNBC show "Morning Joe" that the party had become an echo chamber.',
             "Morning Joe", "title"),
    row("work-noun-lowercase-span", 'Trump called the show "a total disaster" on Twitter.', "a total disaster",
        "Trump", kind="person"),
    rejected("markup-tweet", 'Fracking, which the left opposes."<tweet/>Here, then, are nine reasons to prefer him:<tweet/>.',
             "<tweet/>Here, then, are nine reasons to prefer him:<tweet/>.", "not_text"),
    rejected("markup-link", '[<a href=\u201dhttps://storify.com/a-trump-rally\u201d target=\u201d_blank\u201d>A Trump Rally</a>.]',
             "[<a href=", "not_text"),
    rejected("markup-attribute-value", 'The thread kept growing.\n\n<tweet tweet-author="just look at Western '
             'Europe" tweet-date="July 2016"><tweet/>.', "just look at Western Europe", "not_text"),
    row("equals-before-blank-is-speech", 'His formula was simple: effort = "results, every single time," Cruz said.',
        "results, every single time,", "Cruz", "quote_speaker_cue", "person"),
    rejected("link-label", 'The senator spoke for an hour.\n\n"Related:"\n\nHe returns to Iowa on Friday.', "Related:", "not_text"),
    row("related-in-speech", '"Related issues will wait," Pelosi said.', "Related issues will wait,", "Pelosi",
        "quote_speaker_cue", "person"),
    row("equals-sign-in-speech", '"Two plus two = four, not five," Cruz said.', "Two plus two = four, not five,", "Cruz",
        "quote_speaker_cue", "person"),
    row("by-not-a-byline", '"We were outspent," Smith said, by way of explanation: the race was lost.',
        "We were outspent,", "Smith", "quote_speaker_cue", "person"),
    row("year-in-sentence-not-dated", 'Cruz said the deal was "a disaster" (in 2015) and voted against it.',
        "a disaster", "Cruz", "speaker_cue_quote", "person"),
    row("name-before-but-no-name-after", 'Trump called Rubio "Weak" on Tuesday night.', "Weak", "Trump"),
    # a Title Case span the words around it name as a work or a show: a person's part in it after
    # it, a work noun in an apposition after it, a broadcast before it (whichever rule claimed it)
    rejected("work-role-after", '"Men, you will not cease to exist," Zoe Saldana wrote. The "Avatar" star posted '
             'the message on Facebook on Monday.', "Avatar", "title"),
    rejected("work-apposition-after", 'Sony Pictures Classics bought the rights to "Equity," a thriller about an '
             'investment banker.', "Equity,", "title"),
    rejected("show-frame-interview", 'In an interview with "Fox and Friends," Donald Trump pointed to China as the '
             'regional enforcer.', "Fox and Friends,", "title"),
    rejected("show-frame-appearance-weekday", 'Asked why he had not endorsed her during an appearance Friday on '
             '"CBS This Morning," Sanders said he had not heard enough.', "CBS This Morning,", "title"),
    rejected("work-role-title-with-verb", '"Orange is the New Black" star Dascha Polanco opened up about her '
             'insecurities.', "Orange is the New Black", "title"),
    rejected("owned-digit-title", 'President Obama backed her up in an interview last October on CBS\' "60 Minutes." '
             '"I don\'t think it posed a national security problem," he said.', "60 Minutes.", "title"),
    row("owned-digit-span-not-title", 'Ryan said the plan is Trump\'s "2 percent solution" and would fail.',
        "2 percent solution", "Ryan", "speaker_cue_quote"),
    rejected("work-noun-digit-title", 'The movie, "13 Hours: The Secret Soldiers of Benghazi," is based on a book.',
             "13 Hours: The Secret Soldiers of Benghazi,", "title"),
    row("role-noun-after-sentence-span", '"We are ready for the fight," Mr. Cruz said, the star of the night.',
        "We are ready for the fight,", "Cruz", "quote_speaker_cue", "person"),
    row("role-noun-after-lowercase-span", 'Cruz said Trump was the "phony" star of a reality show.', "phony", "Cruz",
        "speaker_cue_quote", "person"),
    row("role-noun-after-speech", '"Never Give Up," actress Meryl Streep said at the gala.', "Never Give Up,",
        "Meryl Streep", "quote_speaker_cue", "person"),
    row("work-noun-then-role-after-speech", '"Make America Great Again," a movie star told the crowd on Friday.',
        "Make America Great Again,", "a movie star", "quote_speaker_cue"),
    row("apposition-not-a-work", 'Trump called Rubio "Little Marco," a nickname he used all year.', "Little Marco,",
        "Trump", "speaker_cue_quote", "person"),
    row("show-frame-lowercase-span", 'In an interview with Reuters, Sanders called the plan "a disgrace."',
        "a disgrace.", "Sanders", "speaker_cue_quote", "person"),
    row("episode-of-is-speech", 'Pence said Clinton thinks this is an episode of "Shark Tank." He said it was not.',
        "Shark Tank.", "Pence"),
    # a short term opening a paragraph, with the writer's sentence going on after it, continues no one
    rejected("writers-term-opens-paragraph", '"It will hold," Kennan said of the plan.\n\n"Containment" has been '
             'U.S. policy against major foes since the middle of the century.', "Containment", "scare_quote"),
    row("continuation-full-sentence", '"We will win this state," Trump said.\n\n"We have the votes."',
        "We have the votes.", "Trump", "continuation", "person"),
    # positive: a cue that attributes a short span makes it speech
    row("attributed-label-is-speech",
        'Baqeri declared that Iran would help destroy the "Zionist enemy."',
        "Zionist enemy.", "Baqeri", "speaker_cue_quote", "person"),
    row("attributed-two-words",
        '"Absolutely not," Ruth Banda said when asked about a recount.',
        "Absolutely not,", "Ruth Banda", "quote_speaker_cue", "person"),
]

# --- canonical names, kinds, unnamed sources ------------------------------------------------------------------
NAMES = [
    # a place is never the tail of a longer name the article gives ("Puerto Rico" is no "Trump
    # International Golf Club Puerto Rico"), so no "she" stands for it
    row("place-not-canonical-tail",
        'Donald Trump opened the Trump International Golf Club Puerto Rico in 2008.\n\nPuerto Rico has '
        'been warning that it is short of cash, and Ms. Acosta said the cuts were needed.\n\nBut even '
        'today, Puerto Rico tends to run everything through the bank. Its job is "really a combination '
        'of things," she said.',
        "really a combination of things,", "Acosta", "quote_speaker_cue", "person"),
    # a Spanish double surname: the bearer is called by the first of them ("Ms. Acosta" is
    # "Melba Acosta Febo", the one full name whose second-to-last word it is)
    row("double-surname-canonical",
        'Melba Acosta Febo, the president of the bank, spoke on Monday.\n\n"We cannot pay," Ms. Acosta said.',
        "We cannot pay,", "Melba Acosta Febo", "quote_speaker_cue", "person"),
    # negatives: a generational suffix is no second surname (the surname is the word before it,
    # so the one full form is taken as such), and two full names that fit tell none
    row("double-surname-not-suffix",
        'Donald Trump Jr. spoke at the rally on Monday.\n\n"We will win," Trump said.',
        "We will win,", "Donald Trump Jr.", "quote_speaker_cue", "person"),
    row("double-surname-ambiguous",
        'Melba Acosta Febo and Luis Acosta Rivera met on Monday.\n\n"We cannot pay," Ms. Acosta said.',
        "We cannot pay,", "Acosta", "quote_speaker_cue", "person"),
    # a lone word's fuller form written only after "the" names a thing ("the Trump Train"), not
    # the bearer: the bare "Trump" stays as written
    row("lone-word-not-the-thing-form",
        'For those of you not yet on the Trump Train, listen.\n\nTrump told Newsmax that the plan was "maniacal," '
        'and the crowd cheered.',
        "maniacal,", "Trump", kind="person"),
    row("lone-word-not-the-thing-form-2",
        'Fans packed the Sanders Express on Monday.\n\n"We will win," Sanders said.',
        "We will win,", "Sanders", "quote_speaker_cue", "person"),
    # negatives: a surname-first full name written bare still completes the lone word
    row("lone-word-surname-first-form",
        'Chinese President Xi Jinping met Obama on Monday.\n\n"We seek cooperation," Xi said.',
        "We seek cooperation,", "Xi Jinping", "quote_speaker_cue", "person"),
    # a form's field labels name no one ("Name: Gabrielle Hatcher Age: 27"): "Name" is no speaker,
    # and the next field's label glued to the name ("Hatcher Age:") is no part of it
    row("form-label-not-name",
        'Meet the workers.\n\nName: Gabrielle Hatcher Age: 27City: New YorkJob: WaitressPay: $5 per hour plus '
        'tipsWhy she\u2019s protesting: \u201cAs a tip worker, I make a sub-minimum wage of $5 an hour plus tips.\u201d',
        "As a tip worker, I make a sub-minimum wage of $5 an hour plus tips.", "Gabrielle Hatcher", kind="person"),
    row("form-label-not-name-male",
        'The strikers told their stories.\n\nName: Marcus Reed Age: 41City: ChicagoJob: Home care aideWhy he\u2019s '
        'protesting: \u201cI work two jobs and I still cannot pay the rent.\u201d',
        "I work two jobs and I still cannot pay the rent.", "Marcus Reed", kind="person"),
    # negatives: a label word in a name with no colon after it stays ("the Information Age" is no
    # person either way), and a speaker's own label before a quote still names them
    row("form-label-word-in-name-no-colon",
        'Warren Age, a retired teacher, joined the march.\n\n"We are tired of waiting," Warren Age said.',
        "We are tired of waiting,", "Warren Age", "quote_speaker_cue", "person"),
    row("form-label-speaker-label-kept",
        'The senator took questions.\n\nBernie Sanders: \u201cWe will win this fight.\u201d',
        "We will win this fight.", "Bernie Sanders", kind="person"),
    # an office word before a body's word names the body: "the State Department" is no
    # "Department" with the title "State"
    row("office-word-names-body",
        '"We will review the emails," the State Department said on Friday.',
        "We will review the emails,", "State Department", "quote_speaker_cue", "organization"),
    # negatives: a courtesy title before such a word is a person's ("Mr. Post"), and a title
    # before a full name still is one
    row("courtesy-title-before-org-word",
        'Mr. Post spoke to the board on Friday.\n\n"We will review the emails," Mr. Post said.',
        "We will review the emails,", "Post", "quote_speaker_cue"),
    row("office-title-before-full-name",
        'Secretary of State John Kerry met reporters.\n\n"We will review the emails," Kerry said.',
        "We will review the emails,", "John Kerry", "quote_speaker_cue", "person"),
    # negative: after given names a place is a surname ("Steve Israel")
    row("place-surname-after-first-name",
        'Rep. Steve Israel spoke to donors on Monday.\n\n"We will hold the seat," Israel said.',
        "We will hold the seat,", "Steve Israel", "quote_speaker_cue", "person"),
    # the tail of an office ahead of a known first name is no part of the name: "Undersecretary
    # for Political Affairs Wendy Sherman" is Wendy Sherman, whom "she" can then stand for
    row("office-tail-before-first-name",
        'Denis McDonough was responding to a message from Undersecretary for Political Affairs Wendy Sherman. '
        '"Tunis plane wheels up a few minutes ago," she wrote.',
        "Tunis plane wheels up a few minutes ago,", "Wendy Sherman", "quote_speaker_cue", "person"),
    row("office-tail-role-word",
        'Hillcrest Elementary Principal Helen Purcell faced the board.\n\n"I apologize for that," Purcell said.',
        "I apologize for that,", "Helen Purcell", "quote_speaker_cue", "person"),
    # negative: a name run that ends in an organisation's word is no person ("pastor of Solid Rock Christian Church")
    row("office-tail-not-org",
        'Brad Sherman is pastor of Solid Rock Christian Church. "We pray for them," Sherman said.',
        "We pray for them,", "Brad Sherman", "quote_speaker_cue", "person"),
    # a capitalised compound modifier with a lower-case tail describes the name after it: the
    # fullest form of "Haines" is "Monte Haines", not "South Korean-born Monte Haines"
    row("compound-modifier-born",
        'South Korean-born Monte Haines holds little hope of returning.\n\n"I was, like, shocked," said Haines, 44.',
        "I was, like, shocked,", "Monte Haines", "quote_cue_speaker", "person"),
    row("compound-modifier-winner-headline",
        'Liberal Oscar-winner Sarandon not sure about Clinton.\n\nOscar-winning actress Susan Sarandon spoke on '
        'Monday.\n\n"That is a legitimate concern," Sarandon told MSNBC.',
        "That is a legitimate concern,", "Susan Sarandon", "quote_speaker_cue", "person"),
    row("compound-modifier-area",
        'Bernie Sanders spoke in Oakland.\n\nLos Angeles-area Sanders backers rallied on Saturday.\n\n'
        '"We will keep fighting," Sanders said.',
        "We will keep fighting,", "Bernie Sanders", "quote_speaker_cue", "person"),
    # a run ending in a compound modifier names no one; "according to" then credits the name
    # its phrase gives
    row("compound-modifier-ends-run",
        'According to White House-era documents from Diane D. Blair, the first lady had called her '
        '"a narcissistic loony toon."',
        "a narcissistic loony toon.", "Diane D. Blair", "according_to", "person"),
    # negatives: a hyphenated given name keeps its lower-case tail ("Ki-moon", "Geun-hye",
    # "Dan-el"), and so do a middle initial and a generational suffix
    row("hyphenated-given-name-kept",
        '"We will defeat ISIS," U.N. Secretary-General Ban Ki-moon said.',
        "We will defeat ISIS,", "Ban Ki-moon", "quote_speaker_cue", "person"),
    row("hyphenated-given-name-last",
        'South Korean President Park Geun-hye met reporters.\n\n"We will respond firmly," Park said.',
        "We will respond firmly,", "Park Geun-hye", "quote_speaker_cue", "person"),
    row("hyphenated-given-name-first",
        'Dan-el Padilla teaches classics at Princeton.\n\n"I was undocumented," Padilla said.',
        "I was undocumented,", "Dan-el Padilla", "quote_speaker_cue", "person"),
    row("suffix-and-initial-kept",
        '"We will not stop," Vice President Joseph R. Biden Jr. said on Monday.',
        "We will not stop,", "Joseph R. Biden Jr.", "quote_speaker_cue", "person"),
    # a bare surname takes the full name that ends with it and a generational suffix ...
    row("surname-takes-suffixed-form",
        'Vice President Joseph R. Biden Jr. spoke in Scranton.\n\n"He is a risk to the country," Biden said.',
        "He is a risk to the country,", "Joseph R. Biden Jr.", "quote_speaker_cue", "person"),
    row("surname-takes-roman-suffix",
        'L. Brent Bozell III leads the Media Research Center.\n\n"We are united," Bozell said.',
        "We are united,", "L. Brent Bozell III", "quote_speaker_cue", "person"),
    # ... only where no form ends with the surname itself: the father stays himself
    row("surname-not-the-son",
        'Donald Trump Jr. spoke first. Then Donald Trump took the stage.\n\n"We will win," Trump said.',
        "We will win,", "Donald Trump", "quote_speaker_cue", "person"),
    row("particle-name-kept",
        'Aung San Suu Kyi addressed parliament.\n\n"We will work together," Suu Kyi said.',
        "We will work together,", "Aung San Suu Kyi", "quote_speaker_cue", "person"),
    # city, county and union offices written capitalised ahead of a name are titles
    row("office-public-advocate",
        '"Senator Sanders voted twice to protect gun dealers," New York City Public Advocate Trish James said.',
        "Senator Sanders voted twice to protect gun dealers,", "Trish James", "quote_speaker_cue", "person"),
    row("office-secretary-treasurer",
        '"We had a big issue with the trade part," said United Auto Workers Secretary-Treasurer Gary Casteel.',
        "We had a big issue with the trade part,", "Gary Casteel", "quote_cue_speaker", "person"),
    row("office-county-recorder",
        '"We made some horrendous mistakes," Maricopa County Recorder Helen Purcell said.',
        "We made some horrendous mistakes,", "Helen Purcell", "quote_speaker_cue", "person"),
    # negative: such a word as a newspaper's name stays a name
    row("office-word-newspaper",
        '"The levee will hold," the Baton Rouge Advocate reported.',
        "The levee will hold,", ANY, "quote_speaker_cue"),
    # a country's initials open a headline, never a name: "Mr. Kim" is "Jim Yong Kim"
    row("initials-country-headline",
        'U.S. Nominates Jim Yong Kim\n\nJim Yong Kim leads the bank.\n\n"We have to put jobs at risk," Mr. Kim said.',
        "We have to put jobs at risk,", "Jim Yong Kim", "quote_speaker_cue", "person"),
    # a Title Case headline names at most the person it opens with
    row("headline-run-leading-name",
        'John Leguizamo On How U.S. History Makes Latinos Feel \u201cInvisible.\u201d',
        "Invisible.", "John Leguizamo", "subject_frame", "person"),
    # UTF-8 read as cp1252 (mojibake) inside a name: the name goes on past "Ã©", "Ã§" and the
    # compatibility form "Ã \u0308" (a space and a combining mark); the text is never edited
    row("mojibake-name-as-put-it",
        "As the anti-terrorist prosecutor Marc Tr\u00c3\u00a9vidic put it, \u201cThe threat has never been higher.\u201d",
        "The threat has never been higher.", "Marc Tr\u00c3\u00a9vidic", "speaker_cue_quote", "person"),
    row("mojibake-name-said-inverted",
        "\u201cWe will not give in,\u201d said Fran\u00c3\u00a7ois Delattre, the French ambassador.",
        "We will not give in,", "Fran\u00c3\u00a7ois Delattre", "quote_cue_speaker", "person"),
    row("mojibake-compatibility-form",
        "The minister, S\u00c3\u00a9gol\u00c3 \u0308ne Royal, met reporters. \u201cIt will be signed,\u201d Royal said.",
        "It will be signed,", "S\u00c3\u00a9gol\u00c3 \u0308ne Royal", "quote_speaker_cue", "person"),
    # the "Ã" of the mojibake decomposed, an "A" and a combining tilde ("TrA\u0303\u00a9vidic")
    row("mojibake-decomposed-name-as-put-it",
        "But at the time, as anti-terrorist prosecutor Marc TrA\u0303\u00a9vidic put it, \u201capart from the wrong "
        "crowd, there was not much to complain about.\u201d",
        "apart from the wrong crowd, there was not much to complain about.", "Marc TrA\u0303\u00a9vidic",
        "speaker_cue_quote", "person"),
    # negatives: mojibake in a lower-case word makes no name; a quote mark after "Ã" never joins one
    # (nor after a decomposed "Ã")
    row("mojibake-decomposed-quote-mark-not-in-name", "Ann Cole called it \u201cJosA\u0303\u201d before the vote.",
        "JosA\u0303", "Ann Cole", "speaker_cue_quote", "person"),
    row("mojibake-lowercase-no-name", "\u201cThe plan is na\u00c3\u00afve,\u201d Tom Reed said.",
        "The plan is na\u00c3\u00afve,", "Tom Reed", "quote_speaker_cue", "person"),
    row("mojibake-quote-mark-not-in-name", "Ann Cole called it \u201cJos\u00c3\u201d before the vote.",
        "Jos\u00c3", "Ann Cole", "speaker_cue_quote", "person"),
    # a capitalised role noun ahead of a name is a title, not the first name: "Comedian Sarah Silverman"
    row("role-noun-is-title",
        'Comedian Sarah Silverman took the stage on Monday. "Bernie or Bust people, you are being ridiculous," '
        'Silverman said.',
        "Bernie or Bust people, you are being ridiculous,", "Sarah Silverman", "quote_speaker_cue", "person"),
    row("whip-is-title",
        'Senate Majority Whip John Cornyn spoke first. "This is the one shot," Cornyn said.',
        "This is the one shot,", "John Cornyn", "quote_speaker_cue", "person"),
    # negative: a role noun that is a name's own word stays ("Whipple" is no "whip")
    row("role-like-surname-kept",
        'Tom Whipple wrote the report. "The data are clear," Whipple said.',
        "The data are clear,", "Tom Whipple", "quote_speaker_cue", "person"),
    # a gendered title on a bare surname picks the fullest form of that gender, not the article's commonest
    row("mrs-surname-not-husband",
        'Bill Clinton campaigned in Kentucky. Bill Clinton told voters the economy was strong. Hillary Clinton '
        'spoke later. "We will bring back jobs," Mrs. Clinton said.',
        "We will bring back jobs,", "Hillary Clinton", "quote_speaker_cue", "person"),
    # negatives: the fullest form fits the title, or the article names no one of that gender by the surname
    row("mr-surname-fullest-form-fits",
        'Bill Clinton campaigned in Kentucky. Hillary Clinton spoke later. "The economy is strong," Mr. Clinton said.',
        "The economy is strong,", "Bill Clinton", "quote_speaker_cue", "person"),
    row("ms-surname-no-woman-named",
        'Lee Epstein teaches law. "The court will change," Ms. Epstein said.',
        "The court will change,", "Lee Epstein", "quote_speaker_cue", "person"),
    # ... and a pronoun whose antecedent is that titled surname names the same woman
    row("she-after-mrs-surname",
        'Bill Clinton campaigned in Kentucky. Bill Clinton told voters the economy was strong. Hillary Clinton '
        'spoke later.\n\nMrs. Clinton took questions. "We will bring back jobs," she said.',
        "We will bring back jobs,", "Hillary Clinton", "quote_speaker_cue", "person"),
    # a run opening with a lead-in adverb or preposition is no name: the subject comes after it
    row("lead-in-adverb-not-a-name",
        'The Washington Post ran a piece that noted his "plan would benefit affluent households." '
        'Likewise, a paper from the Brookings Institution had this to say about the plan: '
        '"Families from the top half would receive 24% more."',
        "Families from the top half would receive 24% more.", "a paper from the Brookings Institution", "clause_subject",
        "unnamed"),
    row("lead-in-preposition-not-a-name",
        'Alongside BLM calls for action, even a top GOP strategist said Clinton will have to choose, saying, '
        '"At some point, she is going to have to come out."',
        "At some point, she is going to have to come out.", "a top GOP strategist", "speaker_cue_quote"),
    # negatives: a determiner or a word that modifies the subject stays part of a speaker
    row("determiner-opener-still-speaks",
        'Several readers wrote in. Another said the tax plan was "a giveaway to the rich."',
        "a giveaway to the rich.", "Another", "speaker_cue_quote"),
    row("even-before-name-still-speaks",
        'Even Donald Trump said the plan was "a very bad deal."',
        "a very bad deal.", ANY, "speaker_cue_quote", "person"),
    # a surname that is also a month or a function word names the person the article names in
    # full with a first name ("Theresa May", "Al From")
    row("surname-that-is-a-month",
        'British Prime Minister Theresa May spoke on Monday.\n\n"We will leave the European Union," May said.',
        "We will leave the European Union,", "Theresa May", "quote_speaker_cue", "person"),
    row("surname-that-is-a-function-word",
        'Al From founded the Democratic Leadership Council.\n\n"The circumstances are changed when you go through a '
        'depression," From said.',
        "The circumstances are changed when you go through a depression,", "Al From", "quote_speaker_cue", "person"),
    # negatives: without such a full name the word is no speaker; the month stays a month
    row("month-without-full-name",
        'The vote is set for May.\n\n"We will win," May said.', "We will win,", None),
    row("month-beside-surname",
        'British Prime Minister Theresa May spoke on Monday.\n\nIn May, the party said it would "fight on."',
        "fight on.", "the party", "speaker_cue_quote"),
    # a headline in Title Case is no name: its words never become the fullest form of a name
    row("headline-run-not-a-name",
        'Move Against Bernie Sanders\n\nSen. Bernie Sanders spoke on Monday.\n\n"We will win," Sanders said.',
        "We will win,", "Bernie Sanders", "quote_speaker_cue", "person"),
    row("headline-run-surname-only",
        'Biden Aims Insult At Trump\n\n"He is a disgrace," Trump said on Monday.',
        "He is a disgrace,", "Trump", "quote_speaker_cue", "person"),
    # an article inside the run marks a headline too ("A", "The"); a middle initial is "A." and stays a name
    row("headline-run-with-article",
        'Crowds Cheer A Defiant Bernie Sanders\n\n"We will win in California," Sanders said.',
        "We will win in California,", "Sanders", "quote_speaker_cue", "person"),
    row("middle-initial-not-headline",
        '"The numbers are clear," said John A. Smith, a pollster.',
        "The numbers are clear,", "John A. Smith", "quote_cue_speaker", "person"),
    # a party word ahead of a name is a title, not the first name: "Democrat Hillary Clinton"
    row("party-word-is-title",
        'Democrat Hillary Clinton spoke in Miami on Tuesday.\n\n"We know we have work to do," Clinton said.',
        "We know we have work to do,", "Hillary Clinton", "quote_speaker_cue", "person"),
    row("party-word-title-then-she",
        'Democrat Hillary Clinton aimed her speech at Donald Trump. "We know we have work to do," she said.',
        "We know we have work to do,", "Hillary Clinton", "quote_speaker_cue", "person"),
    # an occupation written capitalised ahead of a name is a title, not part of the name
    row("occupation-title-comedian",
        'Comedian Sarah Silverman spoke on the first night.\n\n"Bernie or bust people, you are being ridiculous," Silverman said.',
        "Bernie or bust people, you are being ridiculous,", "Sarah Silverman", "quote_speaker_cue", "person"),
    row("occupation-title-whip",
        '"We will not take this up," said Senate Majority Whip John Cornyn.',
        "We will not take this up,", "John Cornyn", "quote_cue_speaker", "person"),
    # ... and a title inside the run ends the description: "Navy SEAL Ty Woods" is Ty Woods
    row("occupation-title-inside-run",
        '"We go where we are sent," Navy SEAL Ty Woods said in a 2011 interview.',
        "We go where we are sent,", "Ty Woods", "quote_speaker_cue", "person"),
    # a full name, then "of" and a place or body: the speaker is the person, not the place
    row("person-of-place",
        '"There is no doubt that right now Trump is the front-runner," said Representative Peter T. King of New York.',
        "There is no doubt that right now Trump is the front-runner,", "Peter T. King", "quote_cue_speaker", "person"),
    row("person-with-particle-of-place",
        '"We do not see a link to terrorism," said Mayor Bill de Blasio of New York.',
        "We do not see a link to terrorism,", "Bill de Blasio", "quote_cue_speaker", "person"),
    row("person-of-organisation",
        'According to Paul Sperry of Counter Jihad, "G4S has been quietly moving illegal aliens."',
        "G4S has been quietly moving illegal aliens.", "Paul Sperry", "according_to", "person"),
    # negative: "of" inside a title or an organisation's name stays: one word stands before it
    row("of-inside-title",
        '"We will keep talking," said Secretary of State John Kerry.',
        "We will keep talking,", "John Kerry", "quote_cue_speaker", "person"),
    row("of-inside-organisation",
        '"We will appeal," said Bank of America spokesman Bill Halldin.',
        "We will appeal,", "Bill Halldin", "quote_cue_speaker", "person"),
    # a fuller form led by a place or an ordinary word describes, it does not name: the
    # surname's fullest form is the one led by a first name, however often each appears
    row("place-led-form-not-canonical",
        'Zeliff, a fellow New Hampshire Sanders veteran, knocked on doors. Sen. Bernie Sanders spoke.\n\n'
        '"We can win," Sanders said.',
        "We can win,", "Bernie Sanders", "quote_speaker_cue", "person"),
    row("headline-word-led-form-not-canonical",
        'Aides say Team Trump sees the convention as a second chance. Donald Trump speaks on Thursday, and the '
        'team is ready.\n\n"We can win," Trump said.',
        "We can win,", "Donald Trump", "quote_speaker_cue", "person"),
    # negative: among forms led by first names, the most frequent still wins
    row("most-frequent-first-name-form",
        'Ivanka Trump spoke to Vogue. Donald Trump was not there. Ivanka Trump said more.\n\n"We work hard," Trump said.',
        "We work hard,", "Ivanka Trump", "quote_speaker_cue", "person"),
    # a capitalised word ahead of a first name that describes its bearer (a role noun, its
    # plural, a compound with a lower-case tail, a word after a title) is no part of the name
    row("title-phrase-before-first-name",
        'Miss Universe Alicia Machado campaigned in Florida. Machado said she was "proud to be a citizen."',
        "proud to be a citizen.", "Alicia Machado", "speaker_cue_quote", "person"),
    row("role-noun-before-first-name",
        'Activist Angela Davis told the crowd the system was "broken beyond repair."',
        "broken beyond repair.", "Angela Davis", "speaker_cue_quote", "person"),
    row("plural-role-before-first-name",
        'Senators Mitch McConnell and Harry Reid met on Monday. "We have a deal," McConnell said.',
        "We have a deal,", "Mitch McConnell", "quote_speaker_cue", "person"),
    row("compound-descriptor-before-first-name",
        '"Carson is cratering," Texas-based Matt Mackowiak said.',
        "Carson is cratering,", "Matt Mackowiak", "quote_speaker_cue", "person"),
    row("lowercase-compound-descriptor-before-name",
        'Republican front-runner Donald Trump called the agreement "a terrible deal."',
        "a terrible deal.", "Donald Trump", "speaker_cue_quote", "person"),
    # negatives: a rare first name before a known middle name, a particle, a place stay
    row("rare-first-name-before-middle-name",
        'Billie Jean King spoke at the rally. "Equal pay is not a favor," King said.',
        "Equal pay is not a favor,", "Billie Jean King", "quote_speaker_cue", "person"),
    row("particle-led-surname-kept",
        'Mayor Bill de Blasio spoke on Monday.\n\n"We will rebuild," de Blasio said.',
        "We will rebuild,", "Bill de Blasio", "quote_speaker_cue", "person"),
    row("place-before-first-name-kept",
        'The South Carolina Republican Party met. "We are united," said Matt Moore, its chairman.',
        "We are united,", "Matt Moore", "quote_cue_speaker", "person"),
    # outlets and bodies are organisations, not people
    row("org-word-research",
        '"The share of independents has grown," Pew Research said in its report.',
        "The share of independents has grown,", "Pew Research", "quote_speaker_cue", "organization"),
    row("org-word-outlet",
        '"The plan is dead," Politico reported on Monday.',
        "The plan is dead,", "Politico", "quote_speaker_cue", "organization"),
    # negative: a person's surname that is also a word of an outlet's name stays a person
    row("org-word-not-surname",
        '"We will rebuild," said Mayor Don Guardian.',
        "We will rebuild,", "Don Guardian", "quote_cue_speaker", "person"),
    # negative: a name that begins with a word like a title keeps it where it is the first name
    row("occupation-word-not-first-name",
        '"We are ready," said Will Doyle, a county clerk.',
        "We are ready,", "Will Doyle", "quote_cue_speaker", "person"),
    # a military or clerical title's abbreviation ends no sentence: "Adm. Harry B. Harris Jr."
    # is one name, the subject a "he" after it stands for, and "the Rev. Kyev Tatum" no "Rev."
    row("admiral-abbreviation-keeps-sentence",
        "Adm. Harry B. Harris Jr., who leads the Pacific Command, makes no apologies for accusing the Chinese "
        "of militarizing disputed waters.\n\nHe has called China ''provocative and expansionist,'' "
        "accusing it of ''creating a Great Wall of sand.''",
        "provocative and expansionist,", "Harry B. Harris Jr.", "clause_subject", "person"),
    row("reverend-abbreviation-keeps-name",
        '"We are not going to sit back," said the Rev. Kyev Tatum, a pastor in Fort Worth.',
        "We are not going to sit back,", "Kyev Tatum", "quote_cue_speaker", "person"),
    # negative: a sentence that really ends before a capital still ends ("... to Fort Worth. He")
    row("sentence-end-before-pronoun-stays",
        "The Chinese navy sailed on. Li Wei, a spokesman, left for Fort Worth. He said the patrols were "
        "''routine and lawful.''",
        "routine and lawful.", "Li Wei", "speaker_cue_quote", "person"),
    # negative: a lower-case "of" inside a name is no headline word
    row("name-with-lowercase-of",
        'The Bank of America said it would appeal.\n\n"We will appeal," said Bank of America spokesman Bill Halldin.',
        "We will appeal,", "Bill Halldin", "quote_cue_speaker", "person"),
    # an organisation "of" a place before the role word: "University of Texas professor"
    row("org-of-place-before-role",
        '"The race is close," said University of Texas professor Jim Henson.',
        "The race is close,", "Jim Henson", "quote_cue_speaker", "person"),
    # digits inside a firm's name keep the run whole: "L2 president Bruce Willsie", not "L"
    row("name-with-digits",
        '"It was a sizable purchase of data," said L2 president Bruce Willsie, who declined to give a price.',
        "It was a sizable purchase of data,", "Bruce Willsie", "quote_cue_speaker", "person"),
    # negative: a number after a name is no part of it
    row("name-then-number",
        'Clinton won 55 percent. "We are thrilled," said Robby Mook 2 hours later.',
        "We are thrilled,", "Robby Mook", "quote_cue_speaker", "person"),
    row("freij-surname", 'Defense Minister General Fahd al-Freij arrived in Tehran on Tuesday.\n\n"We agreed on the next steps," Freij said.',
        "We agreed on the next steps,", "Fahd al-Freij", "quote_speaker_cue", "person"),
    row("freij-capital-particle", 'Defense Minister General Fahd al-Freij arrived in Tehran on Tuesday.\n\n"We will fight terrorism together," Al-Freij said.',
        "We will fight terrorism together,", "Fahd al-Freij", "quote_speaker_cue", "person"),
    row("freij-middle-name", 'SANA said Gen. Fahd Jassem al-Freij arrived in Tehran.\n\n"The visit is a success," al-Freij said.',
        "The visit is a success,", "Fahd Jassem al-Freij", "quote_speaker_cue", "person"),
    row("assad-surname", 'President Bashar al-Assad\'s government denied it.\n\n"We invited Hezbollah, not the Iranians," Assad said.',
        "We invited Hezbollah, not the Iranians,", "Bashar al-Assad", "quote_speaker_cue", "person"),
    row("description-tied",
        'Defense Minister Fahd al-Freij arrived on Tuesday.\n\n"The talks went well," the defense minister said.',
        "The talks went well,", "Fahd al-Freij", "quote_speaker_cue", "person"),
    row("description-tied-possessive",
        "\"We agreed to intensify efforts,\" Syria's defense minister said in Tehran. Defense Minister General Fahd al-Freij later left.",
        "We agreed to intensify efforts,", "Fahd al-Freij", "quote_speaker_cue", "person"),
    row("description-tied-lowercase-title",
        'The complaint was filed by state attorney Dave Aronberg.\n\n"The evidence is insufficient," the attorney said.',
        "The evidence is insufficient,", "Dave Aronberg", "quote_speaker_cue", "person"),
    # negatives: a description's head in a neighbouring clause is no title of the next name
    row("description-not-tied-across-clause",
        'The letter was sent on Monday, and Bradley Podliska read it.\n\n"You were dismissed," the letter says.',
        "You were dismissed,", "the letter", "quote_speaker_cue", "unnamed"),
    row("description-not-tied-across-verb",
        'The suit names Bradley Podliska.\n\n"Plaintiff was reprimanded," the suit says.',
        "Plaintiff was reprimanded,", "the suit", "quote_speaker_cue", "unnamed"),
    # a sentence-opening ordinary word is no part of the name after it
    row("opener-despite",
        'Despite Santilli\'s arrest, his supporters stayed.\n\n"We are not leaving," Santilli said.',
        "We are not leaving,", "Santilli", "quote_speaker_cue", "person"),
    row("opener-participle",
        'Understated Perez spoke at the plant on Monday. His aide took notes.\n\n"Paid leave pays off," Perez said.',
        "Paid leave pays off,", "Perez", "quote_speaker_cue", "person"),
    row("opener-lowercase-elsewhere",
        'Outside Carrier, workers waited. Many live outside the city.\n\n"We worked hard," Carrier said.',
        "We worked hard,", "Carrier", "quote_speaker_cue"),
    # negatives: a first name, or a word the article capitalises mid-sentence, stays
    row("opener-first-name-kept",
        'Peter Santilli arrived on Monday.\n\n"We are not leaving," Santilli said.',
        "We are not leaving,", "Peter Santilli", "quote_speaker_cue", "person"),
    row("opener-unknown-first-name-kept",
        'Raynard Jackson, a campaign consultant, spoke first.\n\n"It is over," Jackson said.',
        "It is over,", "Raynard Jackson", "quote_speaker_cue", "person"),
    row("opener-particle-kept",
        'De Blasio spoke on Monday, and reporters asked about de Blasio again.\n\n"No comment," Blasio said.',
        "No comment,", "De Blasio", "quote_speaker_cue", "person"),
    # organisations vs persons
    row("org-acronym", '"Both sides signed the agreement," IRNA reported.',
        "Both sides signed the agreement,", "IRNA", "quote_speaker_cue", "organization"),
    row("org-word", '"The results are preliminary," the Associated Press reported.',
        "The results are preliminary,", "Associated Press", "quote_speaker_cue", "organization"),
    row("org-newspaper", '"The mayor knew," The New York Post reported on Sunday.',
        "The mayor knew,", "New York Post", "quote_speaker_cue", "organization"),
    row("org-reuters", '"Talks will resume on Monday," Reuters reported, citing two sources.',
        "Talks will resume on Monday,", "Reuters", "quote_speaker_cue", "organization"),
    row("person-surname", '"We will win this," Smith said.', "We will win this,", "Smith", "quote_speaker_cue", "person"),
    # unnamed sources stay as written
    row("unnamed-commander", '"The situation is critical," a senior Iranian commander said.',
        "The situation is critical,", "a senior Iranian commander", "quote_speaker_cue", "unnamed"),
    row("unnamed-source-close", '"We were not consulted," a source close to the talks told Reuters.',
        "We were not consulted,", "a source close to the talks", "quote_speaker_cue", "unnamed"),
    row("unnamed-head-for", '"The facts have not changed," a spokesman for committee Democrats said.',
        "The facts have not changed,", "a spokesman for committee Democrats", "quote_speaker_cue", "unnamed"),
    row("unnamed-abbreviation", '"He was handled lightly," a former U.S. law enforcement official said.',
        "He was handled lightly,", "a former U.S. law enforcement official", "quote_speaker_cue", "unnamed"),
    row("name-of-institution", '"Big tax cuts do not work," James Pethokoukis of the American Enterprise Institute wrote.',
        "Big tax cuts do not work,", "James Pethokoukis", "quote_speaker_cue", "person"),
    row("name-of-state", '"He should retract his comments," former Gov. Jeb Bush of Florida said on Twitter.',
        "He should retract his comments,", "Jeb Bush", "quote_speaker_cue", "person"),
    row("noun-cue-then-cue", '"The computer had been hacked," the congressional report said.',
        "The computer had been hacked,", "the congressional report", "quote_speaker_cue", "unnamed"),
    row("unnamed-head-in", '"Will he be the next attorney general?" a Democratic staffer in the room wondered.',
        "Will he be the next attorney general?", "a Democratic staffer in the room", "quote_speaker_cue", "unnamed"),
    row("unclosed-apposition",
        '"Clinton needs a strategy," Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.',
        "Clinton needs a strategy,", "Nate Silver", "quote_speaker_cue", "person"),
    # a post-modified subject whose cue goes on after a closed quote starts the next statement
    row("post-modified-new-statement", '"We won." A spokesman for the team said the coach would stay.',
        "We won.", None, kind=None),
    row("unnamed-two-officials", '"No decision has been made," two officials said.',
        "No decision has been made,", "two officials", "quote_speaker_cue", "unnamed"),
    row("cue-remembered", '"She took it upon herself to prove them wrong," remembered Roy Verley, her spokesman.',
        "She took it upon herself to prove them wrong,", "Roy Verley", "quote_cue_speaker", "person"),
    row("cue-went-on", 'Mary Smith spoke next. "It would end all the kinds of health care we know," she went on.',
        "It would end all the kinds of health care we know,", "Mary Smith", "quote_speaker_cue", "person"),
    row("cue-shot-back", '"That is simply not true," Clinton shot back.',
        "That is simply not true,", "Clinton", "quote_speaker_cue", "person"),
    row("cue-reacted", '"Is Obama profiling?" reacted Trump.', "Is Obama profiling?", "Trump", "quote_cue_speaker", "person"),
    # manner-of-speaking cue verbs (cue_verbs.txt); "remind" is not one: the person reminded of speaks
    row("cue-bragged", '"We will win this state easily," Trump bragged at the rally.',
        "We will win this state easily,", "Trump", "quote_speaker_cue", "person"),
    row("cue-muttered", '"Not again," muttered one aide.', "Not again,", "one aide", "quote_cue_speaker", "unnamed"),
    row("cue-snarled", '"That is a lie," Sanders snarled.', "That is a lie,", "Sanders", "quote_speaker_cue", "person"),
    # criticism verbs frame what their subject says ('both denounced the "Neocons For Hillary"
    # movement'); "excoriating" is left out: mostly an adjective ("a series of excoriating letters")
    row("cue-denounced", 'Former U.N. Ambassador John Bolton both denounced the nascent \u201cNeocons For Hillary\u201d '
        'movement on Thursday.', "Neocons For Hillary", "John Bolton", "speaker_cue_quote", "person"),
    row("cue-denounce-infinitive", 'It is strange that Trump would denounce \u201cself-deportation,\u201d which is mild '
        'next to his own plans.', "self-deportation,", "Trump", "speaker_cue_quote", "person"),
    row("cue-lambasted", '"This is a disgrace," Senator Lindsey Graham lambasted.',
        "This is a disgrace,", "Lindsey Graham", "quote_speaker_cue", "person"),
    row("cue-rebuked", 'Speaker Paul Ryan rebuked the "reckless and divisive" remarks on Tuesday.',
        "reckless and divisive", "Paul Ryan", "speaker_cue_quote", "person"),
    # an inverted "came" frame names the quote's source after "from" (data/voiced_nouns.txt)
    row("came-shouts-from", '"Call the roll," came shouts from the crowd, as the crowd booed.',
        "Call the roll,", "the crowd", "quote_cue_speaker", "unnamed"),
    row("came-reply-from", '"Absolutely not," came the swift reply from Senator John Smith.',
        "Absolutely not,", "John Smith", "quote_cue_speaker", "person"),
    # negatives: "came" without a voiced noun and its source frames nothing
    row("came-without-voiced-noun", 'The poll came out Friday. "It was a wave," came from nowhere.',
        "It was a wave,", None, kind=None),
    rejected("excoriating-adjective", 'Other leaders penned a series of excoriating "Dear Walter" letters.',
             "Dear Walter", "title"),
    row("reminds-is-no-cue", 'Trump reminds me of Abraham Lincoln saying that "You can fool some of the people all of the time."',
        "You can fool some of the people all of the time.", "Abraham Lincoln", "speaker_cue_quote", "person"),
    row("unnamed-boy", '"How big is that wall?" asked the boy, who wore a campaign hat, as the audience laughed.',
        "How big is that wall?", "the boy", "quote_cue_speaker", "unnamed"),
    row("unnamed-partitive", '"There won\'t be a path for Bernie," said one of those advisers.',
        "There won't be a path for Bernie,", "one of those advisers", "quote_cue_speaker", "unnamed"),
    row("unnamed-partitive-before", '"We were misled," some of the protesters said.',
        "We were misled,", "some of the protesters", "quote_speaker_cue", "unnamed"),
    row("unnamed-party-member", '"She is too far behind," said an Iowa Democrat.',
        "She is too far behind,", "an Iowa Democrat", "quote_cue_speaker", "unnamed"),
    row("unnamed-party-member-before", '"Rubio will come on strong," a New Hampshire Republican said.',
        "Rubio will come on strong,", "a New Hampshire Republican", "quote_speaker_cue", "unnamed"),
    row("unnamed-commenter", '"The Clintons will find a way," wrote one commenter.',
        "The Clintons will find a way,", "one commenter", "quote_cue_speaker", "unnamed"),
    # a party adjective after a preposition is no speaker, so the scare quote is not kept
    rejected("party-adjective-after-of", 'PolitiFact rated 32% of Republican claims as "false" last year.',
             "false", "scare_quote"),
]

# --- "Q" <writer's clause>, X said. -----------------------------------------------------------------
ASIDE_CUE = [
    row("aside-than",
        '"The evidence is extremely strong that their account is more credible" than that of the CIA chief, Zuckoff said.',
        "The evidence is extremely strong that their account is more credible", "Zuckoff", "aside_cue", "person"),
    row("aside-and-clause",
        '"There\'s a sense of stability now," and donations began to pick up again last week, Gilbert said.',
        "There's a sense of stability now,", "Gilbert", "aside_cue", "person"),
    row("aside-title-name",
        'Clinton "drew quite well from white, working-class Democrats" in the 2008 primary, said professor Paul Beck.',
        "drew quite well from white, working-class Democrats", "Paul Beck", "aside_cue", "person"),
    row("aside-speaker-apposition",
        '"Super PACs have been setting the table," in sharp contrast to earlier elections, says Dante Scala, '
        'a political scientist at the University of New Hampshire.',
        "Super PACs have been setting the table,", "Dante Scala", "aside_cue", "person"),
    row("aside-speaker-who-clause",
        '"It is stunning," since so many cases were decided by 5-to-4 votes, said Lee Epstein, who teaches '
        'law at Washington University in St. Louis.',
        "It is stunning,", "Lee Epstein", "aside_cue", "person"),
    # a cue set off by commas inside the sentence the quote stops in, which then resumes
    row("aside-cue-parenthesis",
        'Lena Ortiz runs the budget office. "Most of the cost comes from measuring" income, she said, '
        'rather than from the deductions themselves.',
        "Most of the cost comes from measuring", "Lena Ortiz", "aside_cue", "person"),
    # negatives: a quote that closes its sentence is not the speech of the next sentence's
    # parenthetical cue, nor is a cue followed by a capital
    row("aside-cue-parenthesis-next-sentence",
        'Lena Ortiz runs the budget office. Paul Grey wrote, "The office is bloated." This kind of '
        'talk, she said, hurts the staff.',
        "The office is bloated.", "Paul Grey", "speaker_cue_quote", "person"),
    row("aside-cue-parenthesis-capital",
        '"Most of the cost comes from measuring" income, Ortiz said, Lena Ortiz being the director.',
        "Most of the cost comes from measuring", None, kind=None),
    row("aside-cue-adjunct",
        '"Boots on the ground" would be appropriate, Ben Carson said after the attacks.',
        "Boots on the ground", "Ben Carson", "aside_cue", "person"),
    row("aside-cue-in-filing",
        '"It intends to search them" for records, trial counsel Caroline Wolverton wrote in a court filing.',
        "It intends to search them", "Caroline Wolverton", "aside_cue", "person"),
    # an organisation's name ahead of the role words, the cue past 120 characters of the quote
    row("aside-cue-org-role-name",
        '"The agency will review every file it finds" that the plaintiffs asked for in the suit, Justice '
        'Department senior trial counsel Mary Ellen Hobbs wrote in a court filing on Monday.',
        "The agency will review every file it finds", "Mary Ellen Hobbs", "aside_cue", "person"),
    # negative: a writer's clause too long for an aside leaves the quote to no speaker
    row("aside-cue-clause-too-long",
        '"We will appeal the ruling" that the court handed down on Friday after a long hearing about the '
        'records, Justice Department trial counsel Mary Ellen Hobbs told the judge in the filing.',
        "We will appeal the ruling", None),
    # a name right after the quote, then appositions (age, home town, a who-clause) up to the
    # cue, is the subject, not a writer's aside ending in its last comma ...
    row("name-appositions-not-aside",
        '"Both Donald Trump and Ted Cruz scare me," Harry Bond, 30, of Raleigh, N.C., who was among those '
        'polled, said in a follow-up interview.',
        "Both Donald Trump and Ted Cruz scare me,", "Harry Bond", "quote_speaker_cue", "person"),
    # ... negative: a name inside the writer's clause, not opening it, is no subject
    row("aside-clause-holds-name",
        '"We are ready to host the Games," and Boston, the host city, won the vote, Ann Cole said.',
        "We are ready to host the Games,", "Ann Cole", "aside_cue", "person"),
    # negatives: the cue does not close its sentence, or a quote sits in between
    row("aside-apposition-quotes-again",
        '"It is a sad day" for the party, said Gilbert; the donors disagreed.',
        "It is a sad day", None, kind=None),
    row("aside-adjunct-then-clause",
        '"It is a sad day" for the party, Gilbert said on Monday that donors believed.',
        "It is a sad day", None, kind=None),
    row("aside-cue-goes-on",
        '"It is a sad day" for the party, Gilbert said the donors believed.',
        "It is a sad day", None, kind=None),
    row("aside-other-quote",
        '"It is a sad day," the chairman told "Meet the Press" on Sunday, and Gilbert said.',
        "It is a sad day,", "the chairman", "quote_speaker_cue", "unnamed"),
]

# --- "LABEL: Q" (transcripts) -----------------------------------------------------------------------
TRANSCRIPT = (
    'On "Fox News Sunday," Gov. Mike Pence said the tweet was a joke.\n\nPartial transcript as follows:\n\n'
    '"WALLACE: Will Gennifer Flowers be there tomorrow night?\n\n'
    '"PENCE: Gennifer Flowers will not be attending the debate.\n\n'
    '"WALLACE: Do you really see those two as equivalent?\n\n'
    '"PENCE: Well, look, Mark Cuban has been out there for months."'
)
TRANSCRIPT_LABELS = [
    row("transcript-named-elsewhere", TRANSCRIPT,
        "PENCE: Gennifer Flowers will not be attending the debate.", "Mike Pence", "transcript_label", "person"),
    row("transcript-label-only", TRANSCRIPT,
        "WALLACE: Will Gennifer Flowers be there tomorrow night?", "Wallace", "transcript_label", "person"),
    row("transcript-last-turn", TRANSCRIPT,
        "PENCE: Well, look, Mark Cuban has been out there for months.", "Mike Pence", "transcript_label", "person"),
    # a lone label the article never names is no transcript; "Acosta:" is no label in capitals
    row("lone-capitals-label", '"UPDATE: The senator declined to comment on the ad."',
        "UPDATE: The senator declined to comment on the ad.", None, kind=None),
    row("not-a-speaker-label",
        'Sen. Marco Rubio spoke.\n\n"VIDEO: Rubio was on the stage.\n\n"RUBIO: We will win this state."',
        "VIDEO: Rubio was on the stage.", None, kind=None),
    row("lower-case-label", '"ACOSTA: Will you?"\n\n"Acosta: Will you release them?"',
        "Acosta: Will you release them?", None, kind=None),
]

# --- X: "Q" ------------------------------------------------------------------------------------------
SPEAKER_LABEL = [
    row("label-parenthetical", 'Rep. Trey Gowdy (R-S.C.):"Who told you that?"',
        "Who told you that?", "Trey Gowdy", "speaker_label", "person"),
    row("label-after-dash", 'RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: "Gallup\'s analysis shows a shift."',
        "Gallup's analysis shows a shift.", "Jeffrey M. Jones", "speaker_label", "person"),
    row("label-more-from", 'Signs were there all along. More from Blumenthal: "Data collected by our firm helps."',
        "Data collected by our firm helps.", "Blumenthal", "speaker_label", "person"),
    row("label-title", 'Former secretary of state Hillary Rodham Clinton: "We learned that from the department."',
        "We learned that from the department.", "Hillary Rodham Clinton", "speaker_label", "person"),
    # after "From", a document labels the quote as well as a name: it speaks, as the text names it
    row("label-from-document", 'A new Pew Research report compares nine online panels. Not all web panels are '
        'created equal. From the report: "In general, samples with more elaborate weighting produced more accurate '
        'results."', "In general, samples with more elaborate weighting produced more accurate results.",
        "the report", "speaker_label"),
    # negative: "From" before a phrase that is no document ("the start") labels nothing
    row("from-the-start-no-label", 'Sanders set out his aims early. From the start: "We will win this thing by '
        'organizing."', "We will win this thing by organizing.", None),
    row("label-inverted-cue", 'Continued Stone: "So I think it\'s a very real problem."',
        "So I think it's a very real problem.", "Stone", "speaker_label", "person"),
    row("as-put-it", 'But at the time, as prosecutor Marc Trevidic put it, "He was a nobody."',
        "He was a nobody.", "Marc Trevidic", "speaker_cue_quote", "person"),
    row("as-put-it-apposition",
        "As the LinkedIn chief executive, Jeff Weiner, put it in his memo to employees, ''Imagine a world.''",
        "Imagine a world.", ANY, "speaker_cue_quote"),
    row("as-put-it-long-apposition",
        "As Steven M. Rosenthal, a tax lawyer and senior fellow at the Urban-Brookings Tax Policy Center, "
        "recently put it, ''Did he lower his taxes through legal tax avoidance?''",
        "Did he lower his taxes through legal tax avoidance?", "Steven M. Rosenthal", "speaker_cue_quote", "person"),
    # an apposition that holds a title its comma closes: the name before the apposition speaks
    row("as-put-it-titled-apposition",
        "As Akhil Amar, professor of law at Yale and author of ''America's Unwritten Constitution,'' put it, "
        "''Senate Republicans should remember that a compromise candidate may be better for them.''",
        "Senate Republicans should remember that a compromise candidate may be better for them.", "Akhil Amar",
        "speaker_cue_quote", "person"),
    row("as-put-it-titled-apposition-curly",
        "As Akhil Amar, author of \u201cAmerica\u2019s Unwritten Constitution,\u201d put it, "
        "\u201cSenate Republicans should remember that a compromise candidate may be better for them.\u201d",
        "Senate Republicans should remember that a compromise candidate may be better for them.", "Akhil Amar",
        "speaker_cue_quote", "person"),
    # negative: a title with no apposition comma before it names no speaker
    row("as-put-it-title-no-apposition",
        "As the reviews of \u201cAmerica\u2019s Unwritten Constitution,\u201d put it, "
        "\u201cSenate Republicans should remember that a compromise candidate may be better for them.\u201d",
        "Senate Republicans should remember that a compromise candidate may be better for them.", None, kind=None),
    row("as-put-it-earlier-as",
        "His posts there have not kept him from being seen, as The New Yorker put it in a lengthy expose, \u201cthe operator.\u201d",
        "the operator.", "New Yorker", "speaker_cue_quote"),
    # "as X put it," then the few words the quote completes: the quote is still X's
    row("as-put-it-then-clause",
        "As Ms. Simonyan put it in a statement in July, RT is ''providing a perspective you won't get elsewhere.''",
        "providing a perspective you won't get elsewhere.", "Simonyan", "speaker_cue_quote", "person"),
    row("as-put-it-then-article",
        "Yanukovych owed his election to, as an American diplomat put it, an ''extreme makeover'' by Mr. Manafort.",
        "extreme makeover", "an American diplomat", "speaker_cue_quote", "unnamed"),
    # negative: a full sentence after the frame ends it: the quote there is no longer X's
    row("as-put-it-then-sentence",
        'As Ms. Simonyan put it, the network is growing. Critics call it "a propaganda arm."',
        "a propaganda arm.", "Critics", "speaker_cue_quote"),
    # negatives: a cue's object or a name mid-sentence is no label; "put it" with an object is no cue
    rejected("put-it-object", 'As a result, the man put it on the table and walked off, "like a ghost."',
             "like a ghost.", "scare_quote"),
    row("label-cue-object", 'Schilling told WEEI: "I replied to the post. I didn\'t post that."',
        "I replied to the post. I didn't post that.", "Schilling", "speaker_cue_quote", "person"),
    # (the name there is no label; colon_lead gives the quote to it as the reaction verb's object)
    row("label-mid-sentence", 'The timing does not surprise pollster Daron Shaw: "Lesser-known candidates gain."',
        "Lesser-known candidates gain.", "Daron Shaw", "colon_lead", "person"),
]

# --- X said that ... ¶ "Q" -------------------------------------------------------------------------
LEAD_PARAGRAPH_AFTER_CUE = [
    row("previous-said-that",
        "Carter said that critics had long predicted a U.S. withdrawal from the region.\n\n"
        "\u201cThat is because this region remains the most consequential for our security.\u201d",
        "That is because this region remains the most consequential for our security.", "Carter",
        "lead_paragraph", "person"),
    row("previous-subject-verb",
        "Buddy Valastro praised Christie's leadership after the hurricane.\n\n"
        "\u201cWe need someone who is going to cut through it and bring people together.\u201d",
        "We need someone who is going to cut through it and bring people together.", "Buddy Valastro",
        "lead_paragraph", "person"),
    # negatives: the paragraph before holds a quote of its own (continuation decides); a headline
    row("previous-has-quote",
        'Carter said the plan was "a step forward" for the region.\n\n"Critics will disagree with that."',
        "Critics will disagree with that.", "Carter", "continuation", "person"),
    rejected("previous-headline",
             "Obama said voters would decide.\n\n\u201cEVENTUALLY VOTERS MAKE GOOD DECISIONS\u201d",
             "EVENTUALLY VOTERS MAKE GOOD DECISIONS", "title"),
]

# --- a sentence that ends in a colon before its quote, with no cue the cue rules take ------------------
COLON_LEAD = [
    row("colon-conjunction-then-pronoun",
        'Deborah Jordan Reynolds has known Santilli for years.\n\nAnd she is sure that keeping Santilli in jail will only '
        'make his voice louder: "They\'re creating a monster, as far as I\'m concerned."',
        "They're creating a monster, as far as I'm concerned.", "Deborah Jordan Reynolds", "colon_lead", "person"),
    row("colon-adjunct-before-verb",
        'Bernie Sanders won the primary by a wide margin.\n\n'
        'Sanders on Tuesday night warned of the tough fight ahead: "There are 14 primaries over the next three weeks."',
        "There are 14 primaries over the next three weeks.", "Bernie Sanders", "colon_lead", "person"),
    # (a subject and its finite verb, "gave", frame the sentence first: subject_verb)
    row("colon-object-phrase",
        'Rep. Lee Zeldin gave the technique a whirl in an interview with CNN on Tuesday: '
        '"You can easily argue that the president is wrong about this."',
        "You can easily argue that the president is wrong about this.", "Lee Zeldin", "subject_verb", "person"),
    # (the joined verb after an earlier quote its subject framed goes on in that subject's
    # sentence: clause_subject reads it first)
    row("colon-after-earlier-quote",
        'Hillary Clinton spoke to the union.\n\nClinton supports "appropriate pay raises" and recalled the freeze on pay: '
        '"I saw how difficult it was for them."',
        "I saw how difficult it was for them.", "Hillary Clinton", "clause_subject", "person"),
    # a reaction verb's named object closing the lead reacts, so it speaks (not the lead's subject)
    row("colon-reaction-object",
        'Sanders gained 10 points in a month.\n\nThe timing of Sanders\u2019 surge doesn\u2019t surprise Republican '
        'pollster Daron Shaw: \u201cHistorically, lesser-known candidates have seen the biggest boost.\u201d',
        "Historically, lesser-known candidates have seen the biggest boost.", "Daron Shaw", "colon_lead", "person"),
    row("colon-reaction-object-named-subject",
        'The new tariffs on steel worried Senator Rob Portman: "We cannot afford a trade war with our partners."',
        "We cannot afford a trade war with our partners.", "Rob Portman", "colon_lead", "person"),
    # negative: the reaction verb's subject is the one who reacts where its object is no name
    row("colon-reaction-object-unnamed",
        'Hillary Clinton worried about the turnout figures: "We need every single vote in this state."',
        "We need every single vote in this state.", "Hillary Clinton", kind="person"),
    # the quotes that follow the lead's first in its paragraph are the same speaker's run
    row("colon-run-second-quote",
        'At his news conference in Turkey on Monday, Obama\'s first five questioners ranged from skeptical to hostile: '
        '"Is it time for your strategy to change?" . . . "Have you underestimated them?" . . . "Do you understand them?"',
        "Have you underestimated them?", "Obama", "split_quote", "person"),
    row("colon-run-third-quote",
        'At his news conference in Turkey on Monday, Obama\'s first five questioners ranged from skeptical to hostile: '
        '"Is it time for your strategy to change?" . . . "Have you underestimated them?" . . . "Do you understand them?"',
        "Do you understand them?", "Obama", "split_quote", "person"),
    row("colon-run-after-subject-lead",
        'Sanders on Tuesday night warned of the tough fight ahead: "There are 14 primaries left." . . . "We will win."',
        "We will win.", "Sanders", "split_quote", "person"),
    # negative: a run after a lead with no speaker stays unattributed
    row("colon-run-no-speaker",
        'At the news conference on Monday, the mood ranged from skeptical to hostile: '
        '"Is it time for your strategy to change?" . . . "Have you underestimated them?"',
        "Have you underestimated them?", None, kind=None),
    # negatives: the subject is no speaker ("The timing"); a colon inside the sentence, not before the mark
    row("colon-no-speaker-subject",
        'The timing of the surge does not surprise anyone in the party: "Lesser-known candidates gain at this stage."',
        "Lesser-known candidates gain at this stage.", None, kind=None),
    row("colon-not-before-mark",
        'Bernie Sanders had one goal: to win Iowa by talking about "a rigged economy that keeps working people down."',
        "a rigged economy that keeps working people down.", None, kind=None),
    # a title opens the subject after a lead-in clause, though the article writes "the president" in lower case
    row("title-after-lead-in-not-opening-word",
        'With Democratic leaders increasingly worried about turnout among young black voters, President Obama is '
        'rolling out a new and more personal campaign message: "It\'s about me."\n\n'
        'The president told voters this weekend that he would consider it a "personal insult" if they stayed home.',
        "It's about me.", "Obama", kind="person"),
    # negative: an ordinary word opening the sentence still leads in ("Asked")
    row("ordinary-word-still-leads-in",
        'Asked about the polls in Iowa, Donald Trump offered a prediction: "We will win big."\n\n'
        'Trump was asked about the polls again on Friday.',
        "We will win big.", "Donald Trump", kind="person"),
    row("with-lead-in-no-subject",
        'With Democratic leaders increasingly worried about turnout among young black voters, the mood is grim: '
        '"We have to wake people up."\n\nThe president told voters that it would be a "personal insult" if they stayed home.',
        "We have to wake people up.", None, kind=None,
        xfail="speaker 'Democratic' (colon_lead): with no subject after the lead-in, sentence_subject keeps the "
              "lead-in's first match ('With Democratic'), though the name only modifies 'leaders'"),
]

# --- a capitalised "The" opens a description, which may end in "of"/"from" and a name ------------------
THE_DESCRIPTIONS = [
    # a body a possessive pronoun owns ("his campaign") never ties to a person titled with its
    # word ("campaign manager Robby Mook"); the person's own title still ties
    row("owned-campaign-is-no-campaign-manager",
        "Clinton campaign manager Robby Mook spoke to reporters on Monday. Even before Sanders took the stage "
        "that night, his campaign sent out a text message to supporters saying: \"With your help, we were just "
        "declared the winner in New Hampshire!\"",
        "With your help, we were just declared the winner in New Hampshire!", "his campaign", "clause_subject",
        "organization"),
    row("owned-campaign-is-no-campaign-chairman",
        "Trump campaign chairman Paul Manafort flew to Cleveland on Sunday. Cruz trailed in every poll, but his "
        'campaign insisted the race was "far from over."',
        "far from over.", "his campaign", "speaker_cue_quote", "organization"),
    row("campaign-manager-description-ties",
        "Clinton campaign manager Robby Mook spoke to reporters on Monday. \"We are very confident about Iowa,\" "
        "the campaign manager said.",
        "We are very confident about Iowa,", "Robby Mook", "quote_speaker_cue", "person"),
    # a "the" description of a body is the one body the article names with its two head words
    row("body-description-ties-agency",
        '"We will rebuild," said the minister, Tasnim news agency reported.\n\n'
        'He held "detailed negotiations" with his counterpart, according to the Iranian news agency.',
        "detailed negotiations", "Tasnim", "according_to", "organization"),
    row("body-description-ties-editorial-board",
        'The Wall Street Journal editorial board weighed in on Friday.\n\n'
        '"This is a mistake," the editorial board wrote.',
        "This is a mistake,", "Wall Street Journal", "quote_speaker_cue", "organization"),
    # negatives: two bodies share the head; a one-word head
    row("body-description-two-agencies-kept",
        'The speech was carried by Tasnim news agency and Fars news agency.\n\n'
        'He held "detailed negotiations" with his counterpart, according to the Iranian news agency.',
        "detailed negotiations", "the Iranian news agency", "according_to", "organization"),
    row("body-description-one-word-head-kept",
        'The Clinton campaign bought ads in Iowa.\n\n"We are confident," the campaign said.',
        "We are confident,", "the campaign", "quote_speaker_cue", "organization"),
    # an abbreviated title names the office a description uses: "Sen." is "the senator", "Gov."
    # "the governor" (builder/data/title_abbreviations.txt), where one bearer holds it
    row("abbreviated-title-ties-description",
        'Sen. Elizabeth Warren spoke on Tuesday.\n\n"I have been fighting this for years," the senator said.',
        "I have been fighting this for years,", "Elizabeth Warren", "quote_speaker_cue", "person"),
    row("abbreviated-title-ties-governor",
        'New Jersey Gov. Chris Christie toured the shore.\n\n"We will rebuild every house," the governor said.',
        "We will rebuild every house,", "Chris Christie", "quote_speaker_cue", "person"),
    # a title a quoted speaker gives a person the article names outside quotes too still ties
    # "the governor" to that person
    row("quoted-title-ties-description",
        'Christine Todd Whitman called the move "a coerced statement. Gov. Christie, blink twice if you need help."\n\n'
        'Christie defended his endorsement on his radio show.\n\n'
        '"I have known him personally for 14 years," the governor said.',
        "I have known him personally for 14 years,", "Christie", "quote_speaker_cue", "person"),
    # negative: a titled name given only inside a quotation ties nothing
    row("quoted-title-only-inside-quote",
        'Ruth Banda read the letter "to Gov. Chris Hale and the board" at the meeting.\n\n'
        '"We will rebuild every house," the governor said.',
        "We will rebuild every house,", "the governor", "quote_speaker_cue", "unnamed"),
    # negative: two senators, so "the senator" stays a description
    row("abbreviated-title-two-bearers",
        'Sen. Elizabeth Warren met Sen. Ted Cruz on Tuesday.\n\n"I have been fighting this for years," the senator said.',
        "I have been fighting this for years,", "the senator", "quote_speaker_cue", "unnamed"),
    # negative: the one senator is named only after "the senator" speaks, so she is not who spoke
    row("abbreviated-title-bearer-named-later",
        'The race tightened in June.\n\n"I have been fighting this for years," the senator said.\n\n'
        'Sen. Claire McCaskill campaigned in St. Louis the next day.',
        "I have been fighting this for years,", "the senator", "quote_speaker_cue", "unnamed"),
    # one bearer with two roles joined by "and" is one description, tied by either role
    row("two-role-description-subject",
        'The former first lady and New York senator said the vote was "a mistake."',
        "a mistake.", "The former first lady and New York senator", "speaker_cue_quote", "unnamed"),
    row("two-role-description-after-quote",
        '"North Korea is run by a lunatic," the Florida senator and Republican presidential candidate said in a statement.',
        "North Korea is run by a lunatic,", "the Florida senator and Republican presidential candidate",
        "quote_speaker_cue", "unnamed"),
    row("two-role-description-tied-by-first-role",
        'Florida Senator Marco Rubio spoke in Iowa on Monday. The Florida senator and presidential candidate said '
        'the deal was "a disaster."',
        "a disaster.", "Marco Rubio", "speaker_cue_quote", "person"),
    # negatives: "the" before the second role makes two people; a number after "and" another group
    row("two-described-people-not-joined",
        'The senator and the governor said the bill was "dead on arrival."',
        "dead on arrival.", "the governor", "speaker_cue_quote", "unnamed"),
    row("number-after-and-not-joined",
        'Democrats were split. His supporters and 22 percent said the plan was "too costly."',
        "too costly.", "22 percent", "speaker_cue_quote", "unnamed"),
    row("the-description-participle",
        'President Barack Obama spoke for an hour.\n\nThe president left no doubt of his support for Mrs. Clinton, '
        'saying that "there has never been a man or a woman more qualified than Hillary Clinton" to serve.',
        "there has never been a man or a woman more qualified than Hillary Clinton", "Barack Obama", "clause_subject"),
    row("the-description-from-place",
        'Bernie Sanders campaigned in Iowa.\n\nThe senator from Vermont said the financial system was "corrupt," noting that '
        'it is "very strange that not one of their executives is prosecuted."',
        "very strange that not one of their executives is prosecuted.", "The senator from Vermont", kind="unnamed"),
    # "the president" is tied to the president named before it, not to a vice president or one named after it
    row("the-president-not-vice-president",
        "WASHINGTON -- President Obama opened the museum on Saturday.\n\n''We're America,'' the president said.\n\n"
        "Bill Clinton watched from the front row, sitting alongside Vice President Joseph R. Biden Jr.\n\n"
        "It was, the president said, ''a stone where men and women were sold.''",
        "a stone where men and women were sold.", "Obama", kind="person"),
    row("the-president-points-back",
        "President Obama spoke first.\n\n''We're America,'' the president said.\n\nLater, President Xi Jinping arrived.",
        "We're America,", "Obama", "quote_speaker_cue", "person"),
    row("the-vice-president-tied",
        "Vice President Joseph R. Biden Jr. spoke in Ohio.\n\n''We will win,'' the vice president said.",
        "We will win,", "Joseph R. Biden Jr.", "quote_speaker_cue", "person"),
    row("of-name-participle",
        'The ad uses footage of Hillary Clinton asking, "Why aren\u2019t I 50 points ahead, you might ask?"',
        "Why aren\u2019t I 50 points ahead, you might ask?", "Hillary Clinton", "speaker_cue_quote", "person"),
    # a document speaks: "The piece", "The snarky headline" (unnamed, as written)
    row("the-piece-speaks",
        'The Washington Post weighed in on Monday. The piece goes on to slam Sanders for a "political revolution" '
        'that "ignores the many legitimate checks and balances in the political system."',
        "ignores the many legitimate checks and balances in the political system.", "The piece", kind="unnamed"),
    row("headline-reads",
        'The snarky headline reads: "Repeat after me: Obama is not admitting 200,000 Syrian refugees."',
        "Repeat after me: Obama is not admitting 200,000 Syrian refugees.", "The snarky headline",
        "speaker_cue_quote", "unnamed"),
    # documents and bodies as sources (heads in unnamed_heads.txt): kept as written
    row("said-the-ruling",
        'The judge weighed the request.\n\n"There is no basis for the claim," said the ruling.',
        "There is no basis for the claim,", "the ruling", "quote_cue_speaker", "unnamed"),
    row("the-clip-says",
        'The ad ran on Tuesday. The clip says Kaine \u201chas a passion for defending the wrong people.\u201d',
        "has a passion for defending the wrong people.", "The clip", "speaker_cue_quote", "unnamed"),
    row("owner-brief-said",
        "However, Ivana Trump's brief said that was not her view and dismissed those reports as "
        '"previous misinterpreted statements."', "previous misinterpreted statements.", "Ivana Trump's brief",
        "speaker_cue_quote", "unnamed"),
    row("according-to-readout",
        'Carter spoke with his counterpart "to discuss potential alliance responses," according to a Pentagon readout.',
        "to discuss potential alliance responses,", "a Pentagon readout", "according_to", "unnamed"),
    row("commission-says-on-website",
        'The commission says on its website that \u201cthere were issues regarding the audio in the hall.\u201d',
        "there were issues regarding the audio in the hall.", "The commission", "speaker_cue_quote", "organization"),
    # negatives: a document noun as an adjective or an object is no source
    row("brief-adjective",
        'In a brief statement on Monday, Senator Mitch McConnell said the deal was "dead on arrival."',
        "dead on arrival.", "Mitch McConnell", "speaker_cue_quote", "person"),
    row("told-the-court",
        'Lawyers for the state told the court that the law was "plainly constitutional."',
        "plainly constitutional.", "Lawyers for the state"),
    # negatives: "The" before a capitalised name stays a name; no description before the cue
    row("the-name-stays-name",
        '"We stand by our reporting on the campaign," The Post said in a statement.',
        "We stand by our reporting on the campaign,", "Post", "quote_speaker_cue", "organization"),
    rejected("the-description-no-cue",
             'The weather in Iowa was cold on the day of the vote, and the "polar vortex" kept many voters at home.',
             "polar vortex", "scare_quote"),
    # the writer's own relation speaks as written ("my father"), and a later "He" can stand for it
    row("my-description-speaks",
        'The bunkers never came to fruition. “We live in Satan’s kingdom,” my father often said.',
        "We live in Satan’s kingdom,", "my father", "quote_speaker_cue", "unnamed"),
    row("my-description-pronoun-fallback",
        'The bunkers never came to fruition. “We live in Satan’s kingdom,” my father often said.\n\n'
        'He also told one of his young protégés on a regular basis that “terrorism is the answer.”',
        "terrorism is the answer.", "my father", "speaker_cue_quote"),
    # negative: "my" after a preposition opens an object, not the cue's subject
    row("my-description-object-not-subject",
        'Senator Mitch McConnell defended the plan to my editor, calling it “a bargain for taxpayers.”',
        "a bargain for taxpayers.", "Mitch McConnell", "clause_subject", "person"),
    # a person noun heading the sentence's description is a participle's subject ("neurosurgeon",
    # "mogul": data/unnamed_heads.txt)
    row("participle-person-noun-head", 'The retired neurosurgeon addressed his concerns, saying he did not feel '
        '"comfortable with that at all."', "comfortable with that at all.", "The retired neurosurgeon",
        "clause_subject", "unnamed"),
    # negative: a thing heading it is no speaker of the participle
    row("participle-thing-head", 'The glossy brochure addressed his concerns, saying the plan was "comfortable with '
        'that at all."', "comfortable with that at all.", None),
    # a document its author's participle names ("sent out by", "filed by") speaks for the author
    row("document-sent-out-by-author",
        'Sen. Bernie Sanders won in New Hampshire.\n\nIn addition, a fundraising email sent out by Sanders on Tuesday '
        'night warned of the tough fight ahead: "There are 14 primaries and caucuses over the next three weeks."',
        "There are 14 primaries and caucuses over the next three weeks.", "Bernie Sanders", "subject_verb", "person"),
    row("document-filed-by-role-and-author",
        'She was yanked backward.\n\n"Although there was probable cause to make an arrest, the evidence is '
        'insufficient to support a criminal prosecution," according to a court document filed by state attorney '
        'Dave Aronberg.',
        "Although there was probable cause to make an arrest, the evidence is insufficient to support a criminal "
        "prosecution,", "Dave Aronberg", "according_to", "person"),
    # negatives: a third party that holds the document is no author; an author's name cut short
    # by "and" is no name ("the Securities and Exchange Commission")
    row("document-obtained-by-is-no-author",
        'One such document, obtained by The Post, includes a clause that says staff must "not disparage" the firm.',
        "not disparage", "One such document", kind="unnamed"),
    row("document-filed-by-coordinated-body",
        'The developers raised $350 million.\n\nAccording to a civil complaint filed by the federal Securities and '
        'Exchange Commission, the developers engaged in "a massive eight-year fraud."',
        "a massive eight-year fraud.", "a civil complaint", kind="unnamed"),
]

# --- a quote paragraph, then a byline paragraph: a dash and a name -----------------------------------
BYLINE_PARAGRAPH = [
    row("byline-name",
        'Bernie Sanders and Hillary Clinton met again in New Hampshire.\n\n'
        '"Boeing and GE and other multinationals pay zero taxes."\n\n- Sanders.',
        "Boeing and GE and other multinationals pay zero taxes.", "Bernie Sanders", "byline_paragraph", "person"),
    row("byline-name-and-place",
        '"The whole idea of a \'Crooked Hillary\' is something that we hear about all the time."\n\n'
        '-Michelle Marks, Philadelphia.',
        "The whole idea of a 'Crooked Hillary' is something that we hear about all the time.", "Michelle Marks",
        "byline_paragraph", "person"),
    # negatives: the dash opens a sentence of the writer's; the quote has the writer's words after it
    row("byline-dash-sentence",
        '"We will win this state and the next one too."\n\n'
        '- Sanders said this in Iowa, where he drew large crowds before the vote.',
        "We will win this state and the next one too.", None, kind=None),
    row("byline-quote-not-alone",
        '"We will win this state and the next one too," was the message of the day.\n\n- Sanders.',
        "We will win this state and the next one too,", None, kind=None),
]

# --- the writer's own "I": the person a closing bio line names ------------------------------------
WRITER_I = [
    row("writer-i-bio-line",
        'Politics is a tough game.\n\nLast month, when I asked the senator if he would ever endorse her, he '
        'laughed. "Not a chance," I said.\n\nDeirdre Shesgreen is a Washington-based reporter for the USA TODAY '
        'NETWORK.',
        "Not a chance,", "Deirdre Shesgreen", "quote_speaker_cue", "person", mention="I"),
    row("writer-i-bio-with-apposition",
        'I refuse to answer the survey. "It is none of your business," I told the caller.\n\nGlenn Harlan '
        "Reynolds, a University of Tennessee law professor, is a member of USA TODAY's Board of Contributors.",
        "It is none of your business,", "Glenn Harlan Reynolds", "quote_speaker_cue", "person", mention="I"),
    row("writer-i-titled-bio-then-follow-line",
        'When I was 19, I wrote in a name on my first ballot. I wanted my vote to "mean" something, I told '
        'friends.\n\nMr. Phillips is director of the Program on Peace-building at Columbia University.\n\n'
        'Follow him on Twitter.',
        "mean", "Phillips", kind="person", mention="I"),
    row("writer-i-headline-names-writer",
        'Ann Coulter: And Then There Was the One.\n\nI said at the time that "no one will believe him."\n\n'
        'Ann Coulter is the author of a dozen books.',
        "no one will believe him.", "Ann Coulter", kind="person", mention="I"),
    # negatives: the body names the bio's person (the article is about them), the close is no
    # bio ("is polling"), two bios close it, or the "I" speaks inside someone's quote
    row("writer-i-bio-person-named-in-body",
        'The census asks too much.\n\nGlenn Harlan Reynolds said the plan was bad. "It is none of your '
        'business," I told the caller.\n\n'
        "Glenn Harlan Reynolds, a University of Tennessee law professor, is a member of USA TODAY's Board of "
        "Contributors.",
        "It is none of your business,", None, "quote_speaker_cue", None),
    row("writer-i-close-is-no-bio",
        '"It is none of your business," I told the caller.\n\nGov. John Kasich is polling a distant third.',
        "It is none of your business,", None, "quote_speaker_cue", None),
    row("writer-i-two-bios",
        '"It is none of your business," I told the caller.\n\nGina Glantz is founder of GenderAvenger.com. '
        "Julie Burton is president of the Women's Media Center.",
        "It is none of your business,", None, "quote_speaker_cue", None),
    row("writer-i-inside-a-quote",
        '"When I met him, I said, \'Get out of here,\' and he left," Sanders recalled.\n\nAaron Kall is '
        'director of debate at the University of Michigan.',
        "When I met him, I said, 'Get out of here,' and he left,", "Sanders", "quote_speaker_cue", "person"),
]

# --- a pronoun's speaker is not the person its quote speaks of by title ---------------------------------
SPOKEN_OF = [
    row("spoken-of-titled-surname-skips-to-next-person",
        "Hillary Clinton has also said that the information was not classified at the time.\n\nClinton's "
        "position was supported Friday by Sen. Dianne Feinstein of California, who said none of the emails "
        'originated with Clinton.\n\n"It has never made sense to me that Secretary Clinton can be held '
        'responsible for email exchanges that originated with someone else," she said in a statement.',
        "It has never made sense to me that Secretary Clinton can be held responsible for email exchanges that "
        "originated with someone else,", "Dianne Feinstein", "quote_speaker_cue", "person", mention="she"),
    # the chained "He" of the sentence before stands for Sanders, whom the quote speaks of: the
    # pronoun stays unresolved rather than name him
    row("spoken-of-titled-possessive-leaves-chain-unresolved",
        "Bernie Sanders won New Hampshire by 22 points. His campaign manager, Jeff Weaver, said Sanders believes "
        "those efforts will pay off in coming weeks. He should also get a boost from the win Tuesday, Sanders "
        'said.\n\n"There was a question about whether Senator Sanders\'s message could go toe to toe with the '
        'Clinton organization," he said.',
        "There was a question about whether Senator Sanders's message could go toe to toe with the Clinton "
        "organization,", None, "quote_speaker_cue", None, mention="he"),
    # negatives: a bare or full name is the speaker's own (politicians speak of themselves so), and
    # a title inside a quote nested in the quote addresses the speaker
    row("spoken-of-bare-surname-is-own",
        'Donald Trump spoke for an hour in Tampa.\n\n"People back down with Trump. We are going to win," he '
        "said.",
        "People back down with Trump. We are going to win,", "Donald Trump", "quote_speaker_cue", "person"),
    row("spoken-of-full-name-is-own",
        'Bernie Sanders rallied in Oakland on Tuesday.\n\n"There are a lot of people out there who say Bernie '
        'Sanders should drop out," he said.',
        "There are a lot of people out there who say Bernie Sanders should drop out,", "Bernie Sanders",
        "quote_speaker_cue", "person"),
    row("spoken-of-title-in-nested-quote-is-address",
        "Donald Trump recalled his father.\n\n\"He always told me, 'Mr. Trump, you will be a builder,'\" he "
        "said.",
        "He always told me, 'Mr. Trump, you will be a builder,", "Donald Trump", "quote_speaker_cue", "person"),
]

# --- a pull quote signed on the line after it ----------------------------------------------------------
SIGNATURE_LINE = [
    row("signature-name-and-affiliation",
        'Democrats acquiesced to the narrative.\n\n"We are going to enter the next recession, whenever it comes, '
        'without that consensus.\nJosh Bivens, Economic Policy Institute."\n\nWhether out of genuine agreement, '
        'they went along.',
        "We are going to enter the next recession, whenever it comes, without that consensus.", "Josh Bivens",
        "signature_line", "person"),
    row("signature-titled-name",
        'Iowa could unlock additional support.\n\n"The reality is, if Mrs. Clinton loses Iowa, that could create real '
        'problems for her here.\nS.C. Rep. Jim Clyburn."\n\nFor the African-American vote, much is at stake.',
        "The reality is, if Mrs. Clinton loses Iowa, that could create real problems for her here.", "Jim Clyburn",
        "signature_line", "person"),
    # negatives: a next line of the writer's, or a closed quote, is no signature
    row("signature-writer-sentence",
        'Democrats acquiesced.\n\n"We are going to enter the next recession without that consensus.\nJosh Bivens '
        'of the Economic Policy Institute warned the party about it."\n\nThey went along.',
        "We are going to enter the next recession without that consensus.", None),
    row("signature-after-closed-quote",
        'Democrats acquiesced.\n\n"We are going to enter the next recession without that consensus."\n'
        'Josh Bivens, Economic Policy Institute.\n\nThey went along.',
        "We are going to enter the next recession without that consensus.", None),
]

# --- X's claim that ... "Q": the claim's owner said the quote -------------------------------------
OWNED_CLAIM = [
    row("claim-that", 'Politifact seized on Trump\'s claim that there have been "thousands of shootings" in Chicago.',
        "thousands of shootings", "Trump", "owned_claim", "person"),
    row("pledge-to", 'The concerns go beyond Donald Trump\'s controversial pledge to be "neutral" during peace talks.',
        "neutral", "Donald Trump", "owned_claim", "person"),
    row("assertion-of", 'Judicial Watch President Tom Fitton called Hillary Clinton\'s assertion of a "claim of right" '
        'over her emails "significant and disturbing."', "claim of right", "Hillary Clinton", "owned_claim", "person"),
    row("conclusion-that", 'Clinton has been battered by FBI Director James Comey\'s conclusion that her actions were '
        '"extremely careless."', "extremely careless.", "James Comey", "owned_claim", "person"),
    # a short adjunct may sit between the claim noun and its complement
    row("suggestion-at-debate-that", 'Hillary Clinton won here in 2008 partly because of Barack Obama\'s patronizing '
        'suggestion at a similarly timed debate that she was "likable enough."', "likable enough.", "Barack Obama",
        "owned_claim", "person"),
    # a participle after the quote judges the claim; its subject did not say the quote
    row("claim-then-participle", 'Gov. Mike Pence blamed the media for making an issue out of Donald Trump\'s claim '
        'that President Barack Obama "founded ISIS," saying they were nitpicking.', "founded ISIS,", "Donald Trump",
        "owned_claim", "person"),
    # negative: with no owned claim before the quote, the participle's subject speaks
    row("participle-without-claim", 'Gov. Mike Pence defended Donald Trump on Thursday as "a man of his word," '
        'saying the media were nitpicking.', "a man of his word,", "Mike Pence", "clause_subject", "person"),
    # negative: the sentence's other quote is the critic's verdict, not the claim's content
    row("verdict-after-claim", 'Judicial Watch President Tom Fitton called Hillary Clinton\'s assertion of a "claim of right" '
        'over her emails "significant and disturbing."', "significant and disturbing.", "Tom Fitton", kind="person"),
    # negative: a long complement ends in a verdict on the claim ("is ..."), the reporter's
    row("long-complement", 'Cruz spokeswoman Catherine Frazier said Thursday that Rubio\'s claim that Cruz is in favor of '
        'legalizing illegal immigrants is "simply not true."', "simply not true.", "Catherine Frazier", "speaker_cue_quote"),
    # negative: a cue inside the complement has its own subject
    row("cue-in-complement", 'It was Trump\'s claim that Obama said "we are losing" that angered him.',
        "we are losing", "Obama", "speaker_cue_quote", "person"),
    # negative: a comment is no claim; the quote is a verdict on it
    row("comments-not-claim", 'House Speaker Paul Ryan told CNN Tuesday that Ginsburg\'s comments "show bias to me."',
        "show bias to me.", "Paul Ryan", "speaker_cue_quote", "person"),
    # a possessive pronoun owns the claim as its antecedent, where the quote is speech by itself
    row("her-remark-that", 'Former secretary of state Madeleine Albright, a Clinton supporter, fanned controversy '
        'earlier this year over her remark that "there\'s a special place in hell for women who don\'t help each '
        'other."', "there's a special place in hell for women who don't help each other.", "Madeleine Albright",
        "owned_claim", "person"),
    row("her-claim-that-she", 'Hillary Clinton took questions on Friday. The answer was about inconsistencies between '
        'her claim that she "never sent or received classified information" and the FBI findings.',
        "never sent or received classified information", "Hillary Clinton", "owned_claim", "person"),
    # negative: a pronoun owner is weaker than a name; it never saves a scare quote (a named owner does)
    rejected("his-pledge-scare-quote", 'Sen. Rand Paul spoke in Iowa on Monday. Voters doubted his pledge to be '
             '"tough."', "tough.", "scare_quote"),
    # negative: a pronoun whose nearest name shows no gender ("Trump" here) owns nothing: the sentence's
    # own frame decides
    row("her-claim-unknown-gender", 'Even as Clinton was criticizing Trump, she came under fire from Republicans over '
        'her assertion that "we now finally are where we need to be."', "we now finally are where we need to be.",
        "Clinton", "speaker_cue_quote", "person"),
    # negative: plural "remarks" is still no claim noun; the quote is the critic's verdict on them
    row("her-remarks-not-claim", 'Paul Ryan told CNN that Ruth Bader Ginsburg\'s remarks were "inappropriate."',
        "inappropriate.", "Paul Ryan", "speaker_cue_quote", "person"),
    # an owner's words handed to the quote by "was," / "was that" / "in X's words,": the owner said it
    row("dictum-was-comma", 'He studied under Wayne Barrett, the Village Voice reporter; Barrett\'s dictum to his '
        'interns (repeated to me over the years) was, "It\'s not a good story if you don\'t get a death threat."',
        "It's not a good story if you don't get a death threat.", "Wayne Barrett", "owned_claim", "person"),
    row("answer-was-that", 'Rand Paul said the credits would cost too much. The Florida senator\'s answer was that '
        '"the most important institution in society is the family."',
        "the most important institution in society is the family.", "The Florida senator", "owned_claim"),
    row("in-owners-words", 'The summit was held last month in Jerusalem because, in Forbes\' words, "they are the most '
        'entrepreneurial places on the planet."', "they are the most entrepreneurial places on the planet.",
        "Forbes", "owned_claim"),
    # "was that" with a named subject of its own before the quote; a slogan or catch phrase is words too
    row("catch-phrase-was-that-name", 'Mayor Delgado\'s catch phrase during the race was that Whitcomb '
        '"would sell the harbor to the highest bidder."', "would sell the harbor to the highest bidder.",
        "Delgado", "owned_claim", "person"),
    row("slogan-was-that-name", 'The governor\'s slogan this year was that Albany "works for you."',
        "works for you.", "The governor", "owned_claim"),
    # negative: a slogan someone else mocks is not the mocker's own words noun
    row("slogan-mocked", 'Whitcomb mocked the mayor\'s slogan, saying "nobody believes it."',
        "nobody believes it.", "Whitcomb", "clause_subject", "person"),
    # negative: a bare "was" before the quote is a verdict on the words, the sentence's speaker's
    row("answer-was-verdict", 'Jeb Bush said on Sunday that Trump\'s answer was "totally unserious."',
        "totally unserious.", "Jeb Bush", kind="person"),
    # negative: "words" that are no possessive's own ("the words were") hand nothing over
    row("the-words-were", 'Donald Trump said that the words were "misconstrued."', "misconstrued.", "Donald Trump",
        kind="person"),
    # negative: a described owner ("the party's") is no named owner: the scare quote stays unclaimed
    rejected("description-owner", 'Per the party\'s pledge to be "neutral," nobody spoke.', "neutral,", "scare_quote"),
    # the words of a chant are the chanters': its owner, or the subject of the active verb that
    # voices it ("responded with", "joined in")
    row("their-chants-of", 'More than 500 Cruz supporters roared when Texas was called for Ted Cruz. But their '
        'chants of "Ted! Ted! Ted!" soon faded.', "Ted! Ted! Ted!", rule="owned_claim", mention="their"),
    row("joined-in-a-chant-of", 'Sanders supporters joined in a thunderous chant of "Feel the Bern!" as the '
        'candidate left.', "Feel the Bern!", "Sanders supporters", "owned_claim"),
    row("broke-into-chants-of", 'The protesters broke into chants of "Bernie! Bernie!" as the senator took the '
        'stage.', "Bernie! Bernie!", "The protesters", "owned_claim"),
    row("responded-with-chants-of", 'The crowd responded with loud chants of "four more years" before the speech.',
        "four more years", "The crowd", "owned_claim"),
    # a verb that moves its object to the chant ("roused the crowd to", "whipped the audience
    # into"): the object chants, not the verb's subject
    row("roused-the-crowd-to-chants-of",
        'Chris Christie spoke on Tuesday.\n\nCasting himself as her prosecutor in a mock trial, Mr. Christie roused '
        'the crowd to spontaneous chants of "Lock her up!"', "Lock her up!", "the crowd", "owned_claim",
        mention="the crowd"),
    row("whipped-the-audience-into-a-chant-of",
        'Sarah Palin spoke last.\n\nPalin whipped the audience into a thunderous chant of "Drill, baby, drill!" '
        'before she left.', "Drill, baby, drill!", "the audience", "owned_claim", mention="the audience"),
    # negative: an object that is a thing, not people ("turned the event into"), chants nothing and
    # the verb's subject does not either: no speaker
    row("thing-object-into-a-chorus-of",
        'Donald Trump spoke last.\n\nTrump turned the event into a chorus of "USA! USA!" before he left.',
        "USA! USA!", None, kind=None),
    # negative: a passive verb hands the chant to someone else, so no speaker; the span is still
    # voiced words, never a scare quote or a title
    row("met-with-chants-of", 'On Feb. 22, a basketball team from Perry High was met with chants of "Trump, '
        'Trump." The principal apologized.', "Trump, Trump.", None, kind=None),
    # negative: a short span after another "of" stays a scare quote
    rejected("sign-of-scare-quote", 'On Feb. 22, the crowd took it as a sign of "progress." The principal '
             'apologized.', "progress.", "scare_quote"),
    # the quote is the claim itself, between the owner's possessive and the claim noun
    row("owner-quote-noun", 'Unions have fought the tax for years. It is the persistent pull of Obama\'s "if you like '
        'your plan, you can keep it" promise: many of them negotiated generous plans.',
        "if you like your plan, you can keep it", "Obama", "owned_claim", "person"),
    # negative: a noun after the quote that is no claim noun ("speech") leaves the quote to other rules
    rejected("owner-quote-other-noun", 'Many delegates had left by then. Obama\'s "Yes we can" speech was long over.',
             "Yes we can", "scare_quote"),
]

# Names joined by "and" as one subject are one speaker, each name by its fullest form in the
# article (mentions.joined_speaker); a group phrase ("the two", "both") is an unnamed group.
_PAIR = "Rachel Kerr and Tomas Lindqvist covered the budget fight for the Herald.\n\n"
JOINED_SPEAKERS = [
    row("cue_after_pair", _PAIR + '"The vote was never close," Kerr and Lindqvist wrote in a column.',
        "The vote was never close,", "Rachel Kerr and Tomas Lindqvist", "quote_speaker_cue", "person"),
    row("cue_after_full_pair", _PAIR + '"We were wrong," Rachel Kerr and Tomas Lindqvist wrote.\n\n'
        '"The bill failed," the mayor said.',
        "We were wrong,", "Rachel Kerr and Tomas Lindqvist", "quote_speaker_cue", "person"),
    row("next_paragraph_not_continued", _PAIR + '"We were wrong," Rachel Kerr and Tomas Lindqvist wrote.\n\n'
        '"The bill failed," Mayor Ana Ruiz said.',
        "The bill failed,", "Ana Ruiz", "quote_speaker_cue", "person"),
    row("pair_then_colon", _PAIR + 'Kerr and Lindqvist wrote: "The council blinked first."',
        "The council blinked first.", "Rachel Kerr and Tomas Lindqvist", "speaker_cue_quote", "person"),
    row("inverted_pair", _PAIR + '"Nobody expected the veto," wrote Rachel Kerr and Tomas Lindqvist.',
        "Nobody expected the veto,", "Rachel Kerr and Tomas Lindqvist", "quote_cue_speaker", "person"),
    row("list_of_three", 'Sen. Ted Cruz, Sen. Rand Paul and Sen. Mike Lee signed the letter.\n\n'
        '"This is a dangerous precedent," Cruz, Paul and Lee said in the letter.',
        "This is a dangerous precedent,", "Ted Cruz, Rand Paul and Mike Lee", "quote_speaker_cue", "person"),
    row("pair_both", 'Sen. Ted Cruz and Sen. Marco Rubio spoke in Iowa.\n\n'
        '"We will repeal it," Cruz and Rubio both said.',
        "We will repeal it,", "Ted Cruz and Marco Rubio", "quote_speaker_cue", "person"),
    row("two_organisations", '"We have paused the merger talks," Exxon Mobil Corporation and Chevron Corporation said in a joint statement.',
        "We have paused the merger talks,", "Exxon Mobil Corporation and Chevron Corporation", "quote_speaker_cue", "organization"),
    row("they_after_pair", _PAIR + '"The vote was never close," Kerr and Lindqvist wrote. "The mayor lost her bet," they added.',
        "The mayor lost her bet,", "Rachel Kerr and Tomas Lindqvist", "quote_speaker_cue", "person"),
    row("the_two", _PAIR + '"You seem to have picked a new standard," the two write.',
        "You seem to have picked a new standard,", "the two", "quote_speaker_cue", "unnamed"),
    row("both_alone", _PAIR + '"We lost," both said.', "We lost,", "both", "quote_speaker_cue", "unnamed"),
    row("all_three", 'The three governors met in Albany.\n\n"We will sue," all three said.',
        "We will sue,", "all three", "quote_speaker_cue", "unnamed"),
    # negatives: a sentence's end, a preposition's object, an object after the cue, one person's two offices
    row("sentence_end_between", 'The deal involved Amazon and Mr. Jeff Bezos. Mr. Trump said, "It is a bad deal."',
        "It is a bad deal.", "Trump", "speaker_cue_quote", "person"),
    row("between_object", 'In the contest between Hillary Clinton and Bernie Sanders, Donald Trump said, "Both are weak."',
        "Both are weak.", "Donald Trump", "speaker_cue_quote", "person"),
    row("object_after_cue", 'Donald Trump told Ted Cruz and Marco Rubio, "You are losers."',
        "You are losers.", "Donald Trump", "speaker_cue_quote", "person"),
    row("comma_and_clause", 'Ann Coulter said Donald Trump should deport Nikki Haley, and Trump later called Haley "very weak."',
        "very weak.", "Donald Trump", "speaker_cue_quote", "person"),
    row("two_offices_one_man", '"He knows the state," said former Pennsylvania Gov. and party Chairman Ed Rendell.',
        "He knows the state,", "Ed Rendell", "quote_cue_speaker", "person",
        xfail="SUBJECT_AFTER stops at the first office ('Pennsylvania Gov.'), as before joins; never joined"),
    row("place_not_joined", 'In Iowa, Cruz and Rubio said: "The caucuses matter."',
        "The caucuses matter.", "Cruz and Rubio", "speaker_cue_quote", "person"),
    row("group_not_he", '"We lost," both said. "I am done," he added.', "I am done,", None),
    # negative: a capitalised word opening the sentence before a surname is no name of a party
    row("sentence_opener_not_a_name", 'Barack Obama and Hillary Clinton met donors.\n\n'
        'Derelict Obama and Hillary Clinton said "we are done" on Monday.',
        "we are done", "Hillary Clinton", "speaker_cue_quote", "person"),
]


# A paragraph that opens by reporting a named source's view in the writer's words goes on with
# that view in the next sentence: its partial quote is the source's wording (reported_view).
REPORTED_VIEW = [
    row("view-closed-by-said",
        'Jeffery Hemsley, a professor at Syracuse University, studies how rumors spread.\n\n'
        'This makes it increasingly difficult to dislodge misinformation, Hemsley said. Good information can '
        'still drive out bad, but usually only when "the truth is sexier than the lie."',
        "the truth is sexier than the lie.", "Jeffery Hemsley", "reported_view", "person"),
    row("view-argued-that",
        'Steven Brill wrote a book about the law.\n\n'
        'Brill has argued that the law was crippled from the outset by the deals its drafters made. As a result, '
        'there is still \u201ca very powerful industry that has the freedom to charge whatever.\u201d',
        "a very powerful industry that has the freedom to charge whatever.", "Steven Brill", "reported_view", "person"),
    row("view-pronoun-reporter",
        'Sen. Bernie Sanders spoke in Indiana on Wednesday.\n\n'
        'He insisted at the rally that he is still in the race to win the nomination. But he laid off more than '
        '200 staffers and began talking about what will happen "if we do not win."',
        "if we do not win.", "Bernie Sanders", "reported_view", "person"),
    # negatives: a report that does not open the paragraph, a sentence after the next one, a
    # quote sentence with a named subject of its own (its frame speaks), a short scare quote, a
    # cue in the quote's sentence
    row("view-report-mid-paragraph",
        'Steven Brill wrote a book about the law.\n\n'
        'The law passed in 2010. Brill has argued that the law was crippled from the outset. As a result, '
        'there is still "a very powerful industry that has the freedom to charge whatever."',
        "a very powerful industry that has the freedom to charge whatever.", None, kind=None),
    row("view-two-sentences-on",
        'Steven Brill wrote a book about the law.\n\n'
        'Brill has argued that the law was crippled from the outset. Premiums rose in 2015. As a result, '
        'there is still "a very powerful industry that has the freedom to charge whatever."',
        "a very powerful industry that has the freedom to charge whatever.", None, kind=None),
    row("view-other-named-subject",
        'Steven Brill wrote a book about the law. Senator Mitch McConnell opposed it.\n\n'
        'Brill has argued that the law was crippled from the outset. McConnell still wants to repeal '
        '"every single word of this terrible and costly law."',
        "every single word of this terrible and costly law.", "Mitch McConnell", "subject_verb", "person"),
    rejected("view-scare-quote-stays-rejected",
        'Steven Brill wrote a book about the law.\n\n'
        'Brill has argued that the law was crippled from the outset. As a result, prices stay "sky high."',
        "sky high.", "scare_quote"),
    row("view-own-cue-wins",
        'Steven Brill wrote a book about the law. Senator Mitch McConnell opposed it.\n\n'
        'Brill has argued that the law was crippled from the outset. McConnell said it was "a terrible and '
        'costly law for every family."',
        "a terrible and costly law for every family.", "Mitch McConnell", "speaker_cue_quote", "person"),
]

# The speaker's mention is its noun phrase alone: a subordinator or wh-word opening the clause
# ("As Politico reported", "When Trump announced", "what Mr. Hedge called") is no part of it
# (names.past_clause_openers). Negatives: words that do belong to the phrase stay ("The Daily
# Caller", a title, a lower-case role before the name).
SPEAKER_MENTIONS = [
    row("mention-past-as",
        'The county held a dinner last week. As Politico reported, "most of the attendees backed Trump."',
        "most of the attendees backed Trump.", "Politico", "speaker_cue_quote", mention="Politico"),
    row("mention-past-as-the",
        'Cosby gave to the campaign. As The Daily Caller reported, the star "gave between $1,001 and $5,000."',
        "gave between $1,001 and $5,000.", "Daily Caller", "speaker_cue_quote", mention="The Daily Caller"),
    row("mention-past-when",
        'Maddow pressed her on the plan. When Maddow pointed out that Sanders calls it "Medicare for all," '
        'Clinton smiled.',
        "Medicare for all,", "Maddow", "speaker_cue_quote", mention="Maddow"),
    row("mention-past-while-title",
        'While President Obama has cautioned against "a betrayal of our values," others disagree.',
        "a betrayal of our values,", "Obama", "speaker_cue_quote", mention="President Obama"),
    row("mention-past-lower-although",
        'Clinton spoke in Iowa on Sunday. And although former Maryland governor Martin O\'Malley lamented her '
        'gaffes - "does she have to keep giving them so much ammunition?" - the crowd cheered.',
        "does she have to keep giving them so much ammunition?", "Martin O'Malley", "speaker_cue_quote",
        mention="former Maryland governor Martin O'Malley"),
    row("mention-past-what-title",
        'Oliver K. Hedge runs the club. In 2009, under what Mr. Hedge called "the prior economy model," '
        'the club let nonmembers play.',
        "the prior economy model,", "Oliver K. Hedge", "speaker_cue_quote", mention="Mr. Hedge"),
    row("mention-past-what-description",
        'The battle over whether Trump University is what former employees have called a "fraudulent scheme" '
        'took an uglier turn.',
        "fraudulent scheme", "former employees", "speaker_cue_quote", mention="former employees"),
    row("mention-past-although-canonical",
        'Deborah Jordan Reynolds covers the refuge. Although Reynolds says that Santilli "broke the story" of '
        'the standoff, she doubts him.',
        "broke the story", "Deborah Jordan Reynolds", "speaker_cue_quote", mention="Reynolds"),
    row("mention-title-kept",
        'The delay was small. As White House press secretary Josh Earnest explained, "three taxes were postponed."',
        "three taxes were postponed.", "Josh Earnest", "speaker_cue_quote",
        mention="White House press secretary Josh Earnest"),
    # a participle right before a name makes the name its object, no speaker (names._participle_object);
    # a capitalised one opening the sentence is an ordinary word before the name (names._past_opening_participle)
    row("mention-participle-object-no-speaker",
        'Joe Madison hosts a radio show. "That was the comical relief," Madison said. White America embracing '
        'Obama announced "a different era, that is the best way to put it."',
        "a different era, that is the best way to put it.", "Joe Madison", "split_quote", mention="Madison"),
    row("mention-participle-clause-no-speaker",
        'Former President Bill Clinton campaigned in Iowa. Allies say he sees no need to engage his rivals. And he '
        'wants to avoid giving any grist to her opponents, recalling how the Obama campaign exploited his remark in '
        '2008 describing the war as "the biggest fairy tale I have ever seen."',
        "the biggest fairy tale I have ever seen.", "Bill Clinton", "clause_subject", mention="he"),
    row("mention-past-opening-participle",
        'Hillary Clinton sent the emails in 2011. Here is a selection of the most notable ones:\n\n'
        'Celebrating Clinton "turning Obama around" on Libya.',
        "turning Obama around", "Hillary Clinton", "subject_frame", mention="Clinton"),
    # negatives: no clause opener, so the whole phrase stays (a word that merely starts like one too)
    row("mention-role-before-name-kept",
        'Workers rallied on Tuesday. Fight for $15 organizing director Kendall Fells told reporters, '
        '"They care about two things."',
        "They care about two things.", "Kendall Fells", "speaker_cue_quote", mention="organizing director Kendall Fells"),
    row("mention-attributive-participle-kept",
        'Leaders met on Friday. The visiting Chinese President Xi Jinping said the deal was "a win for both sides."',
        "a win for both sides.", "Xi Jinping", "speaker_cue_quote", mention="The visiting Chinese President Xi Jinping"),
    row("mention-participle-before-title-kept",
        'Investors took note. A projection by the consulting firm Oxford Economics predicted "a disproportionate '
        'effect on retail."',
        "a disproportionate effect on retail.", "Oxford Economics", "speaker_cue_quote",
        mention="consulting firm Oxford Economics"),
    row("mention-opener-like-surname-kept",
        'Sen. Sheldon Whitehouse said the bill was "a gift to polluters."',
        "a gift to polluters.", "Sheldon Whitehouse", "speaker_cue_quote", mention="Sen. Sheldon Whitehouse"),
    # "the" and a person's name modifying a body's head: the mention is the whole phrase, the
    # speaker the name's bearer
    row("mention-the-name-campaign-according-to",
        'Donald Trump spoke on Monday. According to the Trump campaign, "the speech will be delivered at noon."',
        "the speech will be delivered at noon.", "Donald Trump", "according_to", mention="the Trump campaign"),
    row("mention-the-name-campaign-clause-subject",
        'Bernie Sanders spoke on Monday. As voters went to the polls, the Sanders campaign sent out an email '
        'calling the result "a moral victory."',
        "a moral victory.", "Bernie Sanders", "clause_subject", mention="the Sanders campaign"),
    # negative: no "the" before the name: the name alone ("Sanders campaign staff" are no body's phrase)
    row("mention-bare-name-before-campaign",
        'Bernie Sanders spoke on Monday. According to Sanders campaign staff, the rally was "the biggest yet."',
        "the biggest yet.", "Bernie Sanders", "according_to", mention="Sanders"),
]


TABLES = {
    "quote_speaker_cue": QUOTE_SPEAKER_CUE, "quote_cue_speaker": QUOTE_CUE_SPEAKER,
    "speaker_cue_quote": SPEAKER_CUE_QUOTE, "according_to": ACCORDING_TO,
    "quoted_as_saying": QUOTED_AS_SAYING, "dash": DASH, "apposition": APPOSITION,
    "clause_subject": CLAUSE_SUBJECT, "split_quote": SPLIT_QUOTE, "continuation": CONTINUATION,
    "lead_paragraph": LEAD_PARAGRAPH, "intro_paragraph": INTRO_PARAGRAPH, "subject_verb": SUBJECT_VERB,
    "framed_by_cue": FRAMED_BY_CUE, "subject_frame": SUBJECT_FRAME, "pronouns": PRONOUNS, "multi_paragraph": MULTI_PARAGRAPH,
    "nyt_marks": NYT_MARKS, "other_marks": OTHER_MARKS, "apostrophes": APOSTROPHES,
    "rejections": REJECTIONS, "names": NAMES, "aside_cue": ASIDE_CUE, "speaker_label": SPEAKER_LABEL,
    "lead_paragraph_after_cue": LEAD_PARAGRAPH_AFTER_CUE, "colon_lead": COLON_LEAD,
    "byline_paragraph": BYLINE_PARAGRAPH, "the_descriptions": THE_DESCRIPTIONS,
    "transcript_labels": TRANSCRIPT_LABELS,
    "owned_claim": OWNED_CLAIM, "signature_line": SIGNATURE_LINE, "as_frame": AS_FRAME, "labeled_by": LABELED_BY,
    "joined_speakers": JOINED_SPEAKERS, "writer_i": WRITER_I, "spoken_of": SPOKEN_OF, "reported_view": REPORTED_VIEW, "speaker_mentions": SPEAKER_MENTIONS,
}
ALL_ROWS = [pytest.param(*p.values, id=f"{table}:{p.id}", marks=p.marks)
            for table, rows in TABLES.items() for p in rows]


@pytest.mark.parametrize("r", ALL_ROWS)
def test_rule_row(r: Row):
    check(r)


def test_every_rule_family_has_rows():
    from builder.pipeline.attribute import CONFIDENCE
    covered = {p.values[0].rule for rows in TABLES.values() for p in rows}
    assert set(CONFIDENCE) <= covered, set(CONFIDENCE) - covered


def test_tables_have_negative_rows():
    for table, rows in TABLES.items():
        # these tables' negatives are about span bounds, or they have no natural "no speaker" case
        if table in ("apposition", "names", "other_marks", "clause_subject", "quoted_as_saying",
                     "multi_paragraph", "nyt_marks", "speaker_mentions"):
            continue
        assert any(p.values[0].reject or p.values[0].speaker is None or p.values[0].quote is None
                   for p in rows), table


def test_quote_closed_by_misread_closer_is_withheld():
    # gold pairing restarts at a closer typed as an opener, so the quote it closes is neither
    # emitted nor listed as a rejection; its frame still speaks for the next quote
    text = ("\u201cIt's unusual,\u201c said Larry Noble, an attorney with the Campaign Legal Center. "
            "\u201cIt's a hard thing to do.\u201d")
    res = analyse(text)
    assert [q.quote for q in res.quotes] == ["It's a hard thing to do."]
    assert not res.rejections


def test_affiliation_holding_a_full_name_is_no_affiliation():
    # "X of Elections Susan Bucher said": the name after "of" is the subject, not "X"
    text = 'Palm Beach County Supervisor of Elections Susan Bucher said the count was "accurate and complete."'
    (q,) = analyse(text).quotes
    assert q.speaker_mention == "Susan Bucher" and q.speaker.endswith("Susan Bucher")
