"""Pure extraction: text (+ publication date) in, contract facts out. No network, database or Prefect.

    >>> from extractors import extract
    >>> [f.value for f in extract("Cango produced 650.5 Bitcoin (BTC) in July.", published=date(2025, 8, 5))]
    [650.5]
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.symbols import ORTH

from extractors import btc_held, btc_mined, btc_sold, hashrate, loan
from extractors import periods as P
from extractors.amounts import USD_FIGURE
from extractors.companies import default_finder
from extractors.filings import date_filing_periods
from extractors.quoted import date_quoted_reports
from extractors.series import series_candidates
from extractors.base import ASIDE, FORMER_OR_LATTER, NOT_SUBJECT_BEFORE, Candidate, DocContext, Sent, is_bystander, list_lead_in, \
    anchor, names_event_or_base
from extractors.layout import apply_unwrap, has_cell_border, markup_plan, paragraph_breaks, plain_cashtags, restore_cut_offsets, \
    restore_offsets, same_length_plain, unwrap_plan, with_blank_lines, with_decimal_points, without_label_marks, \
    without_tolerances, \
    with_csv_as_tabs, with_labelled_figures_as_clauses, with_month_capitals, with_stacked_cells_as_rows, with_answers_as_labels, \
    with_tiles_joined, \
    without_note_numbers
from extractors.prefilter import Hints
from extractors.resolve import resolve
from extractors.rules import aligned_rows, btc_candidates, continued_roundup, month_led_figures, hashrate_candidates, list_item_candidates, \
    label_line_candidates, loan_candidates, paren_prior_figures, part_of_flow_figures, period_label_after_flow, \
    period_list_candidates, table_candidates, zero_holdings
from models.fact import Fact

log = logging.getLogger(__name__)

FACT_TYPES = ("btc_mined", "btc_sold", "btc_held", "hashrate", "loan")
VERSIONS = {m.TYPE: m.VERSION for m in (btc_mined, btc_sold, btc_held, hashrate, loan)}
MAX_CHARS = 2_000_000  # a press release is ~10k characters; anything this large is not one
_ABBREVIATIONS = ["approx.", "Approx.", "Inc.", "Corp.", "Ltd.", "Co.", "No.", "vs.", "est.", "U.S.", "Mr.", "Ms.",
                  "Dr.", "Jr.", "St.", "Sept.", "Nos.", "Cos.", "PLC.", "p.m.", "a.m.", "e.g.", "i.e.", "Fig.", "mo."]
_DIGIT = re.compile(r"\d")
# a release's words for its issuer, and a story's for the miner it last spoke of
_OWN_COMPANY_REF = re.compile(r"\b[Tt]he Company\b|\b[Ww]e\b|\b[Oo]ur\b")
_COMPANY_REF = re.compile(_OWN_COMPANY_REF.pattern + r"|\bthe company\b")
_NEWS_COMPANY_REF = re.compile(r"\b(?:the|The) (?:company|miner|firm)\b")


def build_nlp() -> Language:
    """The spaCy pipeline: a blank English tokenizer taught our abbreviations, and a sentencizer.

    No pretrained model is needed (none can be downloaded here); the fact rules run on its sentences.
    """
    return _nlp()


@lru_cache(maxsize=1)
def _nlp() -> Language:
    nlp = spacy.blank("en")
    for abbr in _ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    for unit in ("EH/s", "PH/s", "TH/s", "Eh/s", "Ph/s", "Th/s", "EH/S", "PH/S", "TH/S", "J/TH"):
        # without these "1.1 EH/s. The company ..." tokenises as "EH", "/", "s." and the sentence never ends
        nlp.tokenizer.add_special_case(unit, [{ORTH: unit}])
        nlp.tokenizer.add_special_case(unit + ".", [{ORTH: unit}, {ORTH: "."}])
    # "32EH/s" and "US$1.2bn": split a number from a glued unit or currency
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[0-9])(?=(?:[EPT]H/s|BTC)\b)", r"(?<=US\$)(?=[0-9])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.add_pipe("sentencizer")
    return nlp


def extract(text: str, *, published: dt.date | None = None, url: str | None = None,
            types: Iterable[str] | None = None) -> list[Fact]:
    """Extract every fact from one document's text.

    Args:
        text: the document's extracted text; evidence offsets index into it.
        published: the publication date that anchors "in July", "last month" (None: such dates get a flag).
        url: where the text came from (logging only).
        types: restrict to these fact types.
    Returns:
        Facts in the order of their evidence, de-duplicated within the document.
    """
    if not text or not text.strip():
        return []
    if len(text) > MAX_CHARS:
        raise ValueError(f"document of {len(text):,} characters is larger than {MAX_CHARS:,}; not a press release")
    if published is not None and not 1990 <= published.year <= 2200:
        published = None  # a CMS "zero date" (0001-01-01) or a typo: treat as unknown, which flags the facts
    if (marked := markup_plan(text)) is not None:  # "370&nbsp;bitcoin", "**Bitcoin held:** 3,002": read as plain words
        read, cut = marked
        return restore_cut_offsets(extract(read, published=published, url=url, types=types), cut, text)
    given, text = text, without_tolerances(with_decimal_points(without_label_marks(plain_cashtags(same_length_plain(text)))))
    if "\n" in text:
        text = with_labelled_figures_as_clauses(with_csv_as_tabs(with_tiles_joined(with_stacked_cells_as_rows(
            with_answers_as_labels(text)))))
    if _CAPS_WORDS.search(text) and any(_shouted(line) for line in text.split("\n")):
        text = _without_shouting(text)
    as_given, plan = given, unwrap_plan(text) if "\n" in text else None
    if plan is not None:  # lines broken inside sentences (a PDF's text): read as mended, evidence on the text as given
        given, text = apply_unwrap(given, *plan), apply_unwrap(text, *plan)
    hints = Hints.scan(text)
    if hints.empty and " | " not in text and not ("\t" in text and _TAB_ROW.search(text)) \
            and not ("   " in text and _ALIGNED_FIGURE_ROW.search(text)):
        return []  # most general news: no BTC or hashrate figure, no table, no label line, no loan word
    mentions = default_finder().find(text)
    if not any(m.company for m in mentions):
        return []  # every fact belongs to a registry miner named in the text (or its issuer, found among these)
    text = with_month_capitals(text)  # (after the cheap exits: most news never gets here)
    text = without_note_numbers(text)
    original, breaks = given, paragraph_breaks(text)
    if breaks:  # one paragraph a line, as web pages' text often comes: the rules read a blank line between paragraphs
        text, original = with_blank_lines(text, breaks), with_blank_lines(given, breaks)
        hints, mentions = Hints.scan(text), default_finder().find(text)
    ctx = DocContext.build(text, published, hints.first_loan_word, mentions)
    cands: list[Candidate] = []
    table: list[Sent] = []
    french = any(ch in ctx.text for ch in "éèêàç") and _FRENCH_WORD.search(ctx.text) is not None
    for sent, is_table in _sentences(ctx, hints):
        if french and _in_french(sent.text):
            continue  # a bilingual release's French copy tells the English figures again (or only in French)
        if table and not (is_table and _adjacent_rows(ctx.text, table[-1].end, sent.start)
                          and _same_separator(table, sent) and not _header_again(table, sent)):
            cands += _table_or_list(ctx, table)  # prose, or a blank or title line between rows, ends a table
            table = []
        if is_table:
            table.append(sent)
            continue
        if _QUESTION.search(sent.text) or _ASKER.match(ctx.text, ctx.text.rfind("\n", 0, sent.start) + 1):
            # "And the 50 exahash by June, is that energized hashrate?": an analyst asks, nobody reports; so does a
            # transcript's question line ("Q (Brokerage analyst): You guided to 52 EH/s back in February")
            continue
        recent = [c for c in cands[-8:] if c.type in ("btc_mined", "btc_sold", "btc_held")]
        found = label_line_candidates(ctx, sent) or btc_candidates(ctx, sent) or continued_roundup(ctx, sent, recent) \
            or period_label_after_flow(ctx, sent, recent) or list_item_candidates(ctx, sent)
        if sent.btc and _MONTH_WORD.search(sent.text):
            found += month_led_figures(ctx, sent, recent, found)  # "September recovered to 362 BTC, October jumped ..."
        if not any(c.type == "btc_held" for c in found):
            found += zero_holdings(ctx, sent)  # "... were sold for $2.4 million, and the Company held no bitcoin"
        found = period_list_candidates(ctx, sent, found) + hashrate_candidates(ctx, sent)
        cands += found + paren_prior_figures(ctx, found) + part_of_flow_figures(ctx, found)
        cands += period_list_candidates(ctx, sent, loan_candidates(ctx, sent))
    if table:
        cands += _table_or_list(ctx, table)
    _date_loans_from_next_sentence(ctx, cands)
    _date_facilities_from_sentence_before(ctx, cands)
    _date_loans_from_previous_sentence(ctx, cands)
    _date_loans_at_signing(ctx, cands)
    _date_loans_the_same_day(ctx, cands)
    _date_loans_by_defined_terms(ctx, cands)
    _date_loans_after_that_payment(cands)
    _date_loans_under_the_agreement(ctx, cands)
    _date_bullet_loans_from_body(ctx, cands)
    _date_running_totals(ctx, cands)
    _date_loans_after_dated_deal(ctx, cands)
    _date_loans_by_announced_deal(ctx, cands)
    _date_headline_loans_from_body(ctx, cands)
    cands += _still_outstanding_next(ctx, cands)
    date_filing_periods(ctx, cands)
    date_quoted_reports(ctx, cands)
    if cands and _CORRECTION_WORD.search(text):
        cands = [c for c in cands if not _misstated(c)]
        cands = _without_revised_preliminaries(cands)
    # a research note: two of its marks ("price target", "Buy (", "we model", "our estimates", "consensus")
    note = bool(cands) and len({m.group().lower() for m in _RESEARCH_NOTE.finditer(text)}) >= 2
    short = bool(cands) and _SHORT_SELLER_TEXT.search(text) is not None
    if cands and ((analysts := _ANALYST_WORD.search(text) is not None) or note or _GUESS.search(text)
                  or _CLAIM_OR_PRO_FORMA_WORD.search(text) or short):
        merger = _MERGER.search(text) is not None
        cands = [c for c in cands if not _guessed(c, merger, analysts) and not (note and _our_estimate(c))
                 and not (short and _outside_claim(c))]
    if cands and _SUPPOSING_TEXT.search(text):
        cands = [c for c in cands if not _hypothetical_coins(c)]
    if cands and _ILLUSTRATION_WORD.search(text):
        cands = [c for c in cands if not _illustrative(c)]
    if cands and _ON_CHAIN_TEXT.search(text):
        cands = [c for c in cands if not _on_chain_estimate(c)]
    # no listed miner's fleet is under a petahash: "SEALMINER A2 | Bitdeer | 226 TH/s" is one machine's rating
    cands = [c for c in cands if not (c.type == "hashrate" and c.value is not None and c.value < 0.001)]
    wanted = set(types or FACT_TYPES)
    # evidence quotes the text as given
    facts = resolve([c for c in cands if c.type in wanted], VERSIONS, original, ctx.published)
    if breaks:
        facts = restore_offsets(facts, breaks, given)
    if plan is not None:
        facts = restore_cut_offsets(facts, plan[1], as_given)
    log.debug("%s: %d candidates -> %d facts", url or "<text>", len(cands), len(facts))
    return facts


# a line written in capitals (a wire's alert, a brief's bullets): "* MARATHON DIGITAL HOLDINGS - DREW $30 MLN UNDER
# SILVERGATE REVOLVING CREDIT FACILITY ON SEPT. 12"
_CAPS_WORDS = re.compile(r"\b[A-Z]{2,}[^\w\n]+[A-Z]{2,}[^\w\n]+[A-Z]{2,}\b")  # (a cheap test before the line by line one)
_LOWER = re.compile(r"[a-z]")


def _shouted(line: str) -> bool:
    """A line in capitals: no lower-case letter, three capital words running, twenty letters or more."""
    return len(line) >= 20 and _LOWER.search(line) is None and _CAPS_WORDS.search(line) is not None \
        and sum(ch.isalpha() for ch in line) >= 20


_MONTH_OR_DAY_WORD = re.compile(rf"(?:{P.MONTH}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:day)?\.?", re.I)
_ALERT_HEAD = re.compile(r"^\W*(?:\d{1,2}:\d\d(?::\d\d)?\s+\W*)?[A-Z][A-Z0-9.,&'’() ]{1,60}?"
                         r"(?=\s+[-–—:]\s|:\s|\s+(?:SAYS|SAID|REPORTS|POSTS|ANNOUNCES)\b)")
_BULLET_START = re.compile(r"\s*(?:\d{1,2}:\d\d(?::\d\d)?\s+)?[*•·▪-]\s*\S")
_TABLE_LIKE = re.compile(r"\S {3,}\S|\||\t")  # (a table's rows and header keep their case)
_SHOUTED_UNIT = re.compile(r"[EPT]H/S")
_KEEP_SHOUTED = re.compile(r"[A-Z]*\d[\w/]*|BTC|USD|USDT|US|DIP|ATM|LLC|INC|CEO|CFO|[EPT]H/S|[EPT]H")


def _without_shouting(text: str) -> str:
    """The capital-letter lines of a text in lower case, each character in place, but for the registry's names, months
    and days (capitalised), units and codes: '* CORE SCIENTIFIC - AS OF APRIL 30, $37.5 MILLION DRAWN' reads
    '* CORE SCIENTIFIC - as of April 30, $37.5 million drawn', which the rules read as they read prose."""
    out = []
    for line in text.split("\n"):
        head = _ALERT_HEAD.match(line)
        if not _shouted(line) or _TABLE_LIKE.search(line) \
                or (head is None and not _BULLET_START.match(line)):
            out.append(line)  # (a heading or a table's title keeps its capitals)
            continue
        names = [(m.start, m.end) for m in default_finder().find(line)]
        if head is not None:
            names.append((0, head.end()))  # "* CANAAN INC - ...": a brief names its company before the dash
        words, at = [], 0  # (at: where the word starts in the line)
        for w in re.split(r"(\W+)", line):
            if not w or not w[0].isalpha() or any(a <= at < b for a, b in names) or _KEEP_SHOUTED.fullmatch(w):
                words.append(w[:-1] + "s" if _SHOUTED_UNIT.fullmatch(w) else w)
            elif _MONTH_OR_DAY_WORD.fullmatch(w):
                words.append(w[0] + w[1:].lower())
            else:
                words.append(w.lower())
            at += len(w)
        new = "".join(words)
        out.append(new if len(new) == len(line) else line)
    return "\n".join(out)


_FRENCH_WORD = re.compile(r"\b(?:de|des|du|la|le|les|au|aux|et|une|est|sont|pour|avec|dans|sur|par|à|été|qui|que|"
                          r"d['’]|l['’])(?=\s|\b)", re.I)
_ENGLISH_WORD = re.compile(r"\b(?:the|of|and|to|in|for|with|was|were|is|its|at|by|on|from|a|an)\b", re.I)


def _in_french(s: str) -> bool:
    """'Production de 849,6 BTC au cours du trimestre, contre 781 BTC au même trimestre de l'exercice 2023.'"""
    fr = len(_FRENCH_WORD.findall(s))
    return fr >= 3 and fr > 2 * len(_ENGLISH_WORD.findall(s))


_QUESTION = re.compile(r"\?\W*$")
_MONTH_WORD = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_ASKER = re.compile(r"(?:Q|Question|Analyst|Moderator|Interviewer|Host)\s*(?:\([^()\n]{0,60}\))?\s*[:.-]\s", re.I)
# a reader's or a writer's own guess, not a company's figure: "My own guess ... is they get to something like 25 EH/s",
# "My bet: Cipher gets to 10 EH/s by summer", "Someone on Twitter says they'll have 3,000 BTC", "One listener insisted
# Riot would be 'at 50 EH/s by Easter'", "'60 EH/s by Christmas, calling it'"
# a newsletter writer's first person too: "I estimate Q1 FY25 production of about 1,400 BTC", "My estimates (not company
# figures): ...", "Mine: I expect ABTC to get to around 30 EH/s" (but an executive's "I expect we will reach 50 EH/s" is
# the company's goal)
_GUESS = re.compile(r"\b(?:my\s+(?:own\s+)?(?:[\w-]+\s+)?(?:guess|bet|prediction|estimates?|spreadsheet|model|forecasts?|math|take|"
                    r"numbers)\b|"
                    r"(?:someone|somebody|a\s+user|one\s+user)\s+on\s+"
                    r"(?:Twitter|X|Reddit|Discord|Telegram|the\s+forum)\b|"
                    r"\bone\s+(?:reader|listener|commenter|member|poster|user)\s+(?:wrote|insisted|said|says|thinks|"
                    r"guessed|reckons|predicted|claimed)\b|\bcalling\s+it\b|"
                    r"\bI(?:['’]d|\s+would)?\s+(?:now\s+)?(?:estimate|model|pencil\s+in|guess|reckon|assume)\b|"
                    # a reader's wish: "Personally I'd be happy with 10 EH/s by March"
                    r"\bI(?:['’]d|\s+would)\s+be\s+(?:happy|thrilled|content|glad|pleased)\s+with\b|"
                    r"\bI\s+(?:expect|think|believe)\s+(?!we\b|our\b|us\b|the\s+company\b|that\s+we\b)|"
                    # an analyst on a call: "I had you at roughly 3.3 exahash at quarter end", "I'm modeling about 2,000
                    # bitcoin", "You're sitting on over a thousand bitcoin now"
                    r"\b(?:I|we)\s+(?:had|have)\s+you\s+(?:at|closer\s+to|around|near|for|down\s+for)\b|"
                    r"\bI['’]m\s+(?:modell?ing|pencill?ing\s+in|assuming|estimating|forecasting|projecting)\b|"
                    r"\b(?:the\s+)?(?:Street|consensus)\s+(?:has|had)\s+you\b|"
                    r"\byou(?:['’]re|\s+are|['’]ve\s+been|\s+were)\s+(?:now\s+|still\s+)?(?:sitting|running|holding)\b|"
                    # analysts' consensus: "Consensus (12 analysts) for full-year 2025 BTC mined: ~2,600 BTC"
                    r"\bconsensus\b)", re.I)


# the words of an outside claim or of a merger's pro forma figures, which _guessed reads
_CLAIM_OR_PRO_FORMA_WORD = re.compile(r"\b(?:argue|assert|claim|allege|contend|implie[sd]|pro[- ]forma|would\s+have|"
                                      r"combined)", re.I)


def _guessed(c: Candidate, merger: bool, analysts: bool) -> bool:
    """A figure told after a guess's or an outside claim's words in its sentence, or followed by 'calling it' (not 'It
    closed May at 2.5 EH/s, so my estimate of its average ...', a figure before the writer's own estimate); in a text
    that quotes analysts, a figure they estimate."""
    s = c.sent.text
    return any(m.start() < c.q_start or m.group().lower().startswith("calling") for m in _GUESS.finditer(s)) \
        or _CLAIMED_BEFORE.search(s, 0, c.q_start) is not None or _pro_forma(c, merger) or _rivals_claim(c) \
        or (analysts and (_ESTIMATED_BEFORE.search(s, 0, c.q_start) is not None
                          or _ESTIMATED_AFTER.match(s, c.q_end) is not None))


# analysts' own figures beside the company's: "He projects self-mining hashrate of about 13 EH/s", "Its analysts now
# expect the company to reach about 50 EH/s", "The broker thinks 70 EH/s is more realistic", "the brokerage's own
# year-end estimate is 6.5 EH/s", "cut their estimate of Marathon's second-half production to 3,300 BTC", "Benchmark
# said it expects Bitfarms to fall below 15 EH/s", "The bank's estimate of 25 EH/s"; and after the figure: "short of the
# 2.4 EH/s the analyst had modelled"
_ANALYST_WORD = re.compile(r"\b(?:analysts?|brokerages?|brokers?|price target|research note)\b", re.I)
_ESTIMATE_VERB = (r"(?:expects?|expected|projects?|projected|models?|modell?ed|modell?ing|forecasts?|forecasted|"
                  r"forecasting|estimates?|estimated|estimating|projecting|assuming|thinks?|sees|assumes?|predicts?|"
                  r"predicted|pencils?\s+in|pencilled\s+in|put|puts|pegged|pegs)")
_ESTIMATED_BEFORE = re.compile(
    # ("Some brokers in Hong Kong estimate that the company may hold more than 7,000 bitcoins")
    r"(?:\b(?:analysts?|brokerages?|brokers?|the\s+bank|the\s+note|(?-i:He|She)|(?-i:[A-Z])[\w&.]+\s+analysts?|"
    # "Another firm estimated third-quarter production of 1,650 BTC", "A New York broker cut the stock ..., estimating"
    r"(?:another|a\s+second|a\s+third|one|the\s+other)\s+(?:[\w.-]+\s+){0,2}?(?:firm|house|bank|shop|desk))\b"
    r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w&.]*(?:\s+(?-i:[A-Z])[\w&.]*)?)?"
    r"(?:\s+(?:now|also|still|had|has|have))?\s+(?:said\s+(?:it|he|she|they)\s+)?" + _ESTIMATE_VERB + r"\b|"
    r"\b(?:said|says)\s+(?:it|he|she|they)\s+" + _ESTIMATE_VERB + r"\s+(?-i:[A-Z])[\w.&-]*\s+to\b|"
    r"\b(?:analyst|analysts|brokerage|broker|bank|firm|note)['’]s?\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:estimates?|forecasts?|models?|projections?|count|tally|reckoning)\b|"
    r"\b(?:their|its|his|her)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:estimates?|forecasts?|projections?)\s+(?:of|for)\b|"
    # "A New York broker cut the stock to neutral, estimating that ...", "raised its target to $60, modelling 2022 output
    # of 9,000 BTC", "saying it now assumes ...", "Another estimated 2024 production of about 3,100 BTC", "It estimates
    # 2026 self-mining output of about 7,200 BTC" (in a text that quotes analysts)
    r"\b(?:analysts?|brokers?|brokerages?|firm|bank|house)\b[^.;]{0,60}?,\s+(?:estimating|modell?ing|forecasting|"
    r"projecting|assuming|predicting|saying\s+(?:it|he|she|they)\s+(?:now\s+)?(?:assumes?|models?|expects?|estimates?))\b|"
    r"^\W*(?-i:Another|It)\s+(?:now\s+)?(?:estimated|estimates|modell?ed|models|forecast|forecasts|projected|projects|"
    r"assumes)\s+(?:(?:19|20)\d\d\s+|its\s+|the\s+company['’]s\s+)(?:[\w-]+\s+){0,2}?(?:production|output|"
    r"hash\s?rate|holdings|sales)\b|"
    # "One broker cut its 2024 production estimate to 3,900 BTC from 4,300 BTC"
    r"\b(?:cut|raised|lowered|lifted|trimmed|increased|reduced)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:estimates?|forecasts?|projections?)\s+(?:to|of)\b|"
    # "Roth estimated American Bitcoin's fourth-quarter production at roughly 1,000 BTC", "A second analyst put
    # Cipher's 2024 production at around 3,500 BTC"
    r"\b(?:estimated|estimates|pegged|pegs)\s+(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,2}['’]s?\s+"
    r"(?:[\w-]+\s+){0,4}?at\s+(?:roughly\s+|about\s+|approximately\s+|around\s+|some\s+)?$|"
    # an analyst's aside about rivals: "One analyst, noting that Riot had ended 2023 at 12.4 EH/s, asked ..."
    r"\b(?:an?|one|another|the)\s+analyst,?\s+(?:[\w-]+\s+){0,3}?(?:pointed\s+out|noting|noted|asked|wondered|observed|"
    r"remarked|mentioned)\b)"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,120}$", re.I)  # (a decimal point ends nothing: "at 12.4 EH/s and CleanSpark at")
_ESTIMATED_AFTER = re.compile(r"[^.;\d]{0,25}\b(?:the\s+)?(?:analysts?|brokerage|broker|bank)\s+(?:had\s+|has\s+)?"
                              + _ESTIMATE_VERB + r"\b", re.I)


def _our_estimate(c: Candidate) -> bool:
    """In a research note, a figure the note's writers estimate: "We model 10.5 EH/s at June 30", "missed our 702
    BTC", "our implied 7.1 EH/s", "(A&F estimate: 214 BTC)"; not the company's own beside it ("Our model reaches 28
    EH/s at December 2024, slightly short of the company's 30 EH/s target")."""
    s = c.sent.text
    near = s[max(0, c.q_start - 45):c.q_start]
    if _OUR_FIGURE_BEFORE.search(near) or _ESTIMATE_WORD_AFTER.match(s, c.q_end):
        return True
    we = None
    for we in _WE_ESTIMATE.finditer(s, 0, c.q_start):
        pass
    # (its own clause only: "against our estimate of 160 BTC, with 8.7 EH/s of self-mining hashrate" is reported)
    return we is not None and _COMPANY_OWN_BETWEEN.search(s, we.end(), c.q_start) is None \
        and not any(ch in s[we.end():c.q_start] for ch in ",;—")


# a research note's own voice (price targets, ratings, estimates), where "we" is the analyst, not the company
_RESEARCH_NOTE = re.compile(r"\bprice target\b|\b(?:Buy|Outperform|Overweight|Underweight|Underperform|Neutral|Hold|Sell)"
                            r"(?:\s+rating|\s*\()|\bwe (?:now )?(?:model|estimate|forecast)\b|\bour (?:estimates?|forecasts?|"
                            r"models?)\b|\bconsensus\b", re.I)
_WE_ESTIMATE = re.compile(r"\b(?:we|We)\s+(?:now\s+|still\s+|also\s+|conservatively\s+)?(?:model|estimate|forecast|project|"
                          r"assume|pencil\s+in|cut|raise|lift|lower|leave)\b|\b(?:our|Our)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:estimates?|forecasts?|models?|projections?|method|math|numbers|assumptions?)\b|"
                          r"\bimplied\b")
_OUR_FIGURE_BEFORE = re.compile(r"\b(?:our|Our)\s+(?:own\s+|revised\s+|prior\s+|previous\s+|original\s+|implied\s+)?"
                                r"(?:[\w-]+\s+)?(?:(?:about|roughly|approximately)\s+)?$|"
                                r"\b(?:estimate|forecast|model)\s*:\s*(?:about\s+|roughly\s+)?$", re.I)
_ESTIMATE_WORD_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:forecast|estimate)\b(?!\s+(?:of|for)\b)|"
                                  # "having mined 7,024 BTC, against 7,150 BTC in our model"
                                  r"\s+(?:\w+\s+)?in\s+(?:our|the\s+firm['’]s|the\s+bank['’]s)\s+(?:model|estimates?|forecasts?)\b",
                                  re.I)
_COMPANY_OWN_BETWEEN = re.compile(r"\b(?:the\s+company['’]s|management['’]s|its\s+own|company|guidance|reported|"
                                  r"reports|target)\b", re.I)


def _pro_forma(c: Candidate, merger: bool) -> bool:
    """Two companies' figures as if merged (in a text about a merger: 'Pro forma for announced purchases, the
    Company's maximum total hash rate is expected to be ...' is the company's own)."""
    m = _PRO_FORMA_BEFORE.search(c.sent.text, 0, c.q_start)
    return m is not None and (merger or not m.group().lower().startswith("pro"))


# two companies' figures as if they had merged: "- Pro forma self-mining hashrate of approximately 7.5 EH/s", "the two
# fleets together would have represented about 14.5 EH/s", "Had the companies already been combined ..., the group
# would have had about 28.5 EH/s"
_MERGER = re.compile(r"\b(?:merger|merge|merging|combination|acquisition of|to acquire|combined company)\b", re.I)
_PRO_FORMA_BEFORE = re.compile(r"\b(?:pro[- ]forma|would\s+have\s+(?:had|represented|held|operated|totall?ed|been)|"
                               # "Riot estimates the combined fleet would have a path to more than 52 EH/s"
                               r"the\s+combined\s+(?:fleet|company|entity|group|business)\s+(?:would|will|could)|"
                               r"(?:had|were)\s+(?:the\s+companies|they)\s+(?:already\s+)?(?:been\s+)?combined)\b"
                               r"[^.;]{0,100}$", re.I)

# a short seller's or another outside party's claim about the miner: "Marrow Lane argued that American Bitcoin has
# mined only about 1,300 BTC", "The report asserts that Cango's fleet 'cannot be producing more than 35 EH/s'", "The
# report's claim that Hut 8 is 'really hashing only 3 EH/s' ignores ..."
# "The short seller says Iris Energy will have no more than 20 EH/s running", "Press reports have claimed that Argo owes
# 'more than $100 million'", "Lakeshore's assertion that Hut 8 is 'running at barely 1.5 EH/s'", "Riot's review of
# announced miner orders ... implies that Bitfarms is more likely to close the year at roughly 14 EH/s", "the short
# seller's 38 EH/s estimate", "its 'true' monthly output is closer to 12 BTC"
_CLAIMED_BEFORE = re.compile(r"(?:\b(?:short[- ]?sellers?|short\s+reports?|the\s+report|the\s+firm|"
                             r"(?:press|media|news)\s+reports|"
                             r"(?-i:[A-Z])[\w&]+\s+(?:Research|Partners|Capital|Lane|Analytics))\b[^.;\d]{0,40}?\b"
                             r"(?:argued|argues|asserts?|asserted|claims?|claimed|alleges?|alleged|contends?|"
                             r"contended|implies|implied|suggests|suggested)|"
                             r"\bshort[- ]?sellers?\s+(?:says|said)|"
                             r"\b(?:review|analysis|model|calculations?|reading)\s+of\b[^.;\d]{0,60}?\b(?:implies|implied|"
                             r"suggests|suggested|indicates|indicated|shows|showed)|"
                             r"[\"“](?:true|real|actual)[\"”]|"
                             r"\b(?:report|short[- ]?seller|firm|(?-i:[A-Z])[\w&]+)['’]s\s+(?:claims?|allegations?|assertions?|"
                             r"estimates?|contentions?)\b|"
                             r"\b(?:report|short[- ]?seller)['’]s\s+(?:own\s+)?$)"
                             r"(?:[^.;]|(?<=\d)\.(?=\d)){0,200}$", re.I)
# a short seller's story: its figures, estimates and comparisons are claims about the miner, not the miner's own
_SHORT_SELLER_TEXT = re.compile(r"\bshort[- ]sell(?:er|ers|ing)\b|\bshort\s+(?:report|thesis|position|campaign)s?\b|"
                                r"\bis\s+short\s+(?:the\s+)?(?:stock|shares)\b|"
                                # a lawsuit's own figures: "Plaintiffs allege ... averaged no more than 0.9 EH/s"
                                r"\bplaintiffs?\b|\bclass[- ]action\b|\bthe\s+complaint\b|"
                                # a company answering others' figures: "Reports ... that Argo 'holds no bitcoin' are
                                # incorrect", "The article stated that Hut 8 was running 'around 4.5 EH/s'"
                                r"\brumou?rs?\b|\bdenie[sd]\b|\bclarif(?:y|ies|ied|ication)\b|\bincorrect\b|"
                                r"\binaccura(?:te|cy)\b|\bmisreport|"
                                r"\b(?:article|story|newspaper|aggregator|newsletter)(?:['’]s)?\s+(?:stated|said|claimed|"
                                r"reported|listed|lists|figure)\b", re.I)
_CLAIM_VERB = re.compile(r"\b(?:claims?|claimed|alleges?|alleged|contends?|contended|asserts?|asserted|argues|argued|"
                         r"implies|implied|suggests|suggested|"
                         r"wrote|writes|estimates?|estimated|puts|calculations?|works\s+out|corresponds\s+to|"
                         # (a news account's words the company disputes)
                         r"(?<=article )stated|(?<=report )(?:had\s+)?put|lists|listed|cited|"
                         r"(?<=article )reported|(?<=outlets )reported)\b(?=[^.;]{0,160}$)", re.I)
_OWN_VOICE_BEFORE = re.compile(r"\b(?:the\s+company|the\s+miner|management|we|its\s+(?:CEO|CFO|chief\s+\w+|"
                               r"president|spokes\w+))\s+(?:also\s+)?$", re.I)


# a claim verb whose subject is a named company: "Riot asserts that Bitfarms will finish 2024 at 'roughly 14 EH/s'"
_RIVAL_CLAIM_VERB = re.compile(r"\b(?:claims|claimed|alleges|alleged|contends|contended|asserts|asserted|argues|argued|"
                               r"implies|implied)\b(?=(?:[^.;]|(?<=\d)\.(?=\d)){0,160}$)", re.I)


def _rivals_claim(c: Candidate) -> bool:
    """A figure about the company that another named company claims ('Riot asserts that Bitfarms will finish 2024 at
    "roughly 14 EH/s"'), not its own claim ('Cango contends it ran 50 EH/s')."""
    s = c.sent.text
    for m in _RIVAL_CLAIM_VERB.finditer(s, 0, c.q_start):
        who = [x for x in c.sent.mentions if x.company and x.end <= m.start() and m.start() - x.end <= 25]
        if who and all(x.company != c.company for x in who) \
                and any(x.company == c.company and m.end() <= x.start < c.q_start for x in c.sent.mentions):
            return True
    return False


def _outside_claim(c: Candidate) -> bool:
    """In a short seller's story, a figure after an outside party's claim verb in its sentence ('Lanternfish estimates
    Riot's "real" hashrate at 9 EH/s', 'Tamarack claimed that Mawson carries "close to $60 million of secured debt"');
    not the company's own rebuttal ('Riot said', 'the Company estimates'). So is a figure in a short quote of others'
    words ('Reports circulating this week that Argo "holds no bitcoin" are incorrect')."""
    s = c.sent.text
    if (quote := _SHORT_QUOTE.search(s)) is not None and quote.start() < c.q_start < quote.end() \
            and not _SAID_AFTER_QUOTE.match(s, quote.end()):
        return True
    for m in _CLAIM_VERB.finditer(s, 0, c.q_start):
        if any(x.company == c.company and x.end <= m.start() and m.start() - x.end <= 25
               and not s[x.end:m.start()].strip(" ,").startswith(("'s", "’s")) for x in c.sent.mentions) \
                or _OWN_VOICE_BEFORE.search(s, max(0, m.start() - 40), m.start()):
            continue  # the miner's own voice: "Canaan argued", "the Company estimates"
        return True
    return False


# a supposed case, not a report: "If Riot sold half its stack tomorrow, roughly 9,600 coins at $95,000 apiece, it would
# raise more than $900 million", "Suppose MARA needed to unload a third of its stack, some 15,000 coins"
_SUPPOSING_TEXT = re.compile(r"\b(?:[Ii]f|[Ss]uppos(?:e|ing)|[Ii]magine)\b|"
                             r"\b(?:A|An|Any)\s+(?:[\w-]+\s+){0,2}?(?:company|miner|business|operator)\s+(?:that|which|who)\s")
_SUPPOSED = re.compile(r"^\W*(?:(?:But|And|So|Now|Yet)\s*,?\s+)?(?:If|Suppose|Supposing|Imagine)\b(?:[^.;]*\bwould\b|"
                       r"(?<=Suppose)|(?<=Supposing)|(?<=Imagine))")


def _illustrative(c: Candidate) -> bool:
    """A figure in a worked example: "For illustration only: 5,000 miners each rated at 200 TH/s would represent 1.0
    EH/s", "For example, a site with 5.0 EH/s installed that ran with 96% availability ...", "The company offered an
    illustration, which it stressed was hypothetical: if the JV sites together ran 2.0 EH/s ..."; but "Riot, for
    example, mined 425 BTC in March" is Riot's."""
    s = c.sent.text
    if _ILLUSTRATED.search(s):
        return True
    return _FOR_EXAMPLE_A.search(s) is not None and not any(m.company for m in c.sent.mentions)


_ILLUSTRATION_WORD = re.compile(r"\b(?:[Ii]llustrat|[Hh]ypothetical|[Ee]xample)")
_ILLUSTRATED = re.compile(r"\b(?:illustrat(?:ion|ive|ively)|hypothetical(?:ly)?)\b", re.I)
_FOR_EXAMPLE_A = re.compile(r"^\W*(?:(?:For|As an|By way of an?)\s+example|To take an? example)\b|"
                            r"\bfor example,?\s+(?:a|an|one|if|suppose|say)\b", re.I)


def _hypothetical_coins(c: Candidate) -> bool:
    """A coin count in a sentence that opens by supposing ('If IREN had kept every coin it mined in fiscal 2025, it
    would now hold about 5,700 BTC') or about any company at all ('A company that mines 49 BTC and sells 49 BTC ...'),
    not a reported one."""
    if c.type not in ("btc_held", "btc_mined", "btc_sold"):
        return False
    if _ANY_COMPANY_THAT.match(c.sent.text):
        return True  # "A company that mines 49 BTC and sells 49 BTC has a different business from one that holds them"
    return _SUPPOSED.search(c.sent.text) is not None \
        and not _TOLD_AS_FACT_BEFORE.search(c.sent.text, max(0, c.q_start - 50), c.q_start)


_ANY_COMPANY_THAT = re.compile(r"\W*(?:A|An|Any)\s+(?:[\w-]+\s+){0,2}?(?:company|miner|business|operator)\s+(?:that|which|who)\s+"
                               r"(?:mines|sells|holds|produces|earns|keeps)\b")


# (but "If it does draw in Q4, the loan would be secured by part of its bitcoin reserve, which stood at 8,388 BTC")
_TOLD_AS_FACT_BEFORE = re.compile(r"\b(?:which|that)\s+(?:stood|was|were|totall?ed|reached|ended)\b[^.;]{0,30}$")


# an on-chain tracker's reading of a miner's wallets: "Arkham's entity page for Marathon showed a combined balance of
# roughly 17,600 BTC", "the addresses the firm attributes to Hut 8 still showed a balance of roughly 8,100 BTC"
_TRACKER = r"Arkham|Lookonchain|CryptoQuant|Glassnode|Nansen|Whale Alert|on-?chain"
_ON_CHAIN_TEXT = re.compile(rf"\b(?:{_TRACKER})\b", re.I)
_ON_CHAIN_MARK = re.compile(rf"\b(?:{_TRACKER}|blockchain data|"
                            r"social media|wallet (?:cluster|tracker)s?|entity (?:page|dashboard)|"
                            # ("Its dashboard now groups about a dozen addresses that receive pool payouts")
                            r"addresses\b(?!\s+(?:the|concerns?|risks?|questions?|issues?)\b)|"
                            r"(?:tracked|known|tagged|its|the|those|these)\s+wallets\b|"
                            r"(?:tagged|labell?ed|attributed|linked|associated|identified)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:addresses|wallets|address|cluster)|"
                            r"(?:addresses|wallets|address|cluster)\s+(?:that\s+)?(?:[\w-]+\s+){0,4}?"
                            r"(?:tags?|tagged|labels?|labell?ed|attributes?|attributed|links?|linked|associates?)\b)",
                            re.I)
_OWN_REPORT = re.compile(r"\b(?:reported|reports|disclosed|discloses|said|says|confirmed|confirms|stated|states|announced|"
                         r"told)\b", re.I)


def _on_chain_estimate(c: Candidate) -> bool:
    """A tracker's estimate of a miner's coins from the addresses it tags, not the miner's own figure ('Arkham's
    dashboard showed a combined balance of about 40,100 BTC across MARA-tagged addresses'); but the miner's report
    told beside it ('Hut 8 reported 9,102 BTC, more than the 8,100 Arkham tracks') is its own."""
    if c.type not in ("btc_held", "btc_mined", "btc_sold"):
        return False
    s = c.sent.text
    if _ON_CHAIN_MARK.search(s) is None:
        return False
    for m in _OWN_REPORT.finditer(s, 0, c.q_start):
        if any(x.company == c.company and 0 <= m.start() - x.end <= 30 for x in c.sent.mentions) \
                and not _ON_CHAIN_MARK.search(s, m.end(), c.q_start):
            return False
    return True


# a short quote inside a sentence: '... that Argo "holds no bitcoin" are incorrect' (not a speaker's whole clause)
_SHORT_QUOTE = re.compile(r"(?<=\w )[\"“][^\"“”]{3,40}[\"”]")
_SAID_AFTER_QUOTE = re.compile(r",?\s+(?:said|says|added|noted|explained|according)\b", re.I)


_CORRECTION_WORD = re.compile(r"\b(?:correct(?:ed|s|ion)|amend(?:ed|s|ment)|misstat|restat|erroneous|incorrect|"
                              r"earlier version|revised|previously reported|originally reported|overstat|understat|"
                              r"original (?:release|update|announcement|report))", re.I)
# the figure a correction replaces: "which was misstated in the release issued earlier today as 8,782 BTC", "we first
# wrote that CleanSpark held 8,490 BTC", "An earlier version of this story said the Galaxy loan was $3.5 million",
# "It was 1,213 BTC, not 12,130 BTC", "it mined 306 BTC during the month rather than the 320 BTC it reported"
_MISSTATED_BEFORE = re.compile(
    r"\b(?:misstated|incorrectly|erroneously|mistakenly|wrongly|overstated|understated)\b[^.;]{0,120}$|"
    # "the preliminary release reported 201 bitcoin self-mined in March and 537 bitcoin for the first quarter"
    r"\b(?:preliminary|original|earlier|initial|first)\s+(?:release|update|announcement|report|figures?|statement)\s+"
    r"(?:had\s+)?(?:reported|stated|showed|gave|said|listed|put)\b[^.;]{0,80}$|"
    r"\b(?:we|it|the (?:company|release|story|article))\s+(?:first|originally|initially|had)\s+(?:wrote|said|reported|"
    r"stated|gave)\b[^.;]{0,80}$|"
    r"\b(?:earlier|original|previous|initial)\s+(?:version|release|entry|story|article|report|post|note|newsletter)\b"
    r"[^.;]{0,100}"
    r"\b(?:said|stated|reported|gave|wrote|read|attributed|was given|were given)\b[^.;]{0,80}$|"
    r"\b(?:release|entry|recap|highlight|story|article|report)\b[^.;]{0,80}\b(?:issued|published|posted)\s+"
    r"(?:earlier|originally|on)\b[^.;]{0,100}\b(?:said|stated|reported|gave|was given|were given)\b[^.;]{0,80}$|"
    r"\b(?:in|the)\s+(?:the\s+|our\s+)?[\d:.apm ]{0,12}(?:recap|entry|item|post)\b[^.;]{0,60}\b(?:we|it)\s+"
    r"(?:wrote|said|reported|stated)\b[^.;]{0,80}$|"
    # a live blog's: "Our 5:20 p.m. entry originally said Riot held 7,632 BTC", "Correction: the 9:45 a.m. entry on
    # Mawson gave self-mined output as 211 BTC"
    r"\b(?:entry|item|update|post|recap|version|story|headline)\b[^.;]{0,30}?\b(?:first|originally|initially)\s+"
    r"(?:said|stated|reported|gave|put|listed|showed|read)\b[^.;]{0,80}$|"
    r"\bcorrect(?:ion|s)\b(?:[^.;]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.){0,40}\b(?:entry|item|update|post|recap|version|story)\b[^.;]{0,60}"
    r"\b(?:gave|said|stated|reported|put|listed|showed)\b[^.;]{0,80}$|"
    r"(?<=\d)[^.;\d]{0,20},\s+not\s+(?:the\s+)?(?:about\s+|approximately\s+)?(?:US)?\$?$|"
    r"\brather than\s+(?:the\s+)?(?:about\s+|approximately\s+)?(?:US)?\$?$|"
    # "(Corrects size of loan in paragraph 6 to $100 million from $1 billion", "which was stated in the original
    # release as approximately $71 million"
    r"\bcorrects?\b[^.;]{0,80}\bfrom\s+(?:about\s+|approximately\s+)?(?:US)?\$?$|"
    r"\b(?:stated|given|reported|shown)\s+in\s+the\s+(?:original|earlier|previous|initial)\b[^.;]{0,60}$|"
    # a restatement's old figure: "has been restated from 677 BTC, as originally reported, to 675 BTC", "was
    # originally reported as 1,546 BTC and has been restated to 1,535 BTC", "restated to 489 BTC from 491 BTC"
    r"\b(?:restated|revised|corrected|adjusted|amended)\s+from\s+(?:about\s+|approximately\s+)?$|"
    r"\b(?:originally|previously|initially|first)\s+(?:reported|announced|disclosed|stated|published)\s+as\s+"
    r"(?:about\s+|approximately\s+)?$|"
    r"\b(?:restated|revised|corrected|adjusted|amended|lowered|raised|reduced|increased)\s+to\s+[\d,.]+\s*[\w/]*\s+"
    r"from\s+(?:the\s+)?(?:about\s+|approximately\s+)?$|"
    # "The January update also described the ... facility as $75 million", "The Company's April 2022 update reported
    # total bitcoin holdings of 1,001.2 BTC", "An earlier version of this story cited ... reserve as 5,427 BTC"
    r"\b(?:(?-i:[A-Z])[a-z]+(?:\s+\d{4})?|earlier|previous|prior|original)\s+(?:business\s+|monthly\s+|production\s+)?"
    r"update\s+(?:also\s+)?(?:described|reported|showed|stated|gave|listed)\b[^.;]{0,80}$|"
    r"\b(?:earlier|original|previous|initial)\s+(?:version|release|story|article|report)\b"
    r"(?:[^.;]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\.){0,60}\bcited\b"
    r"(?:[^.;]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\.){0,80}$|"
    # a numbered correction's old figure: "1. Bitcoin mined in February was stated as 57.9 BTC."
    r"\b(?:was|were)\s+(?:stated|given|reported|shown|listed|described)\s+as\s+(?:about\s+|approximately\s+)?(?:US)?\$?$|"
    r"\b(?:earlier|original|previous|initial)\s+(?:version|release|story|article|report)\b[^.;]{0,60}\bdescribed\b[^.;]{0,80}$|"
    # "In a Dec. 22 post on X, the company had put its reserve at 5,427 BTC"
    r"\bhad\s+(?:put|given|stated|listed|described)\b[^.;]{0,60}$|"
    # an earlier update's figure told as such: "The Company's January business update, released February 6, 2025,
    # reported bitcoin holdings of 1,800 BTC", "the Company's August update, released on September 6, showed 335 BTC"
    r"\b(?:update|report|release)\b,?\s+(?:for\s+[A-Z][a-z]+\s+\d{4},?\s+)?(?:released|issued|dated|published)\s+"
    r"(?:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2}\b[^.;]{0,30}\b(?:reported|showed|stated|gave|said|listed)\b[^.;]{0,80}$|"
    r"\b(?:update|report|release)\s+(?:dated|of)\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4},?[^.;]{0,40}\b(?:reported|showed|"
    r"stated|gave|said|listed)\b[^.;]{0,80}$",
    re.I)
# "... restated to 1,180 bitcoin from 1,208 bitcoin as previously reported": the old figure, named before its words
_MISSTATED_AFTER = re.compile(r"(?:\s*(?:BTC|bitcoins?|EH/s))?,?\s+as\s+(?:originally|previously|initially|first)\s+"
                              r"(?:reported|announced|disclosed|stated|published)\b|"
                              # "down from the 305 BTC disclosed in the February update of March 3, 2023"
                              r"(?:\s*(?:BTC|bitcoins?|EH/s))?\s+(?:disclosed|reported|stated|published|given)\s+in\s+"
                              r"(?:the|its|our|the\s+company['’]s)\s+(?:[\w-]+\s+){0,3}(?:update|release|report|results)\b", re.I)


def _misstated(c: Candidate) -> bool:
    """A figure that a correction in the text says was wrong (only read in a text that names a correction)."""
    s = c.sent.text
    return bool(_MISSTATED_BEFORE.search(s, max(0, c.q_start - 200), c.q_start) or _MISSTATED_AFTER.match(s, c.q_end))


_PRELIMINARY_BEFORE = re.compile(r"\bpreliminary\b[^.;\d]{0,50}$", re.I)


def _without_revised_preliminaries(cands: list[Candidate]) -> list[Candidate]:
    """Without the preliminary figures that a revision in the same text replaces: "In its update of December 5, 2022,
    Bitfarms reported preliminary November production of 486 BTC" beside "November's revised production of 470 BTC"."""
    preliminary = [_PRELIMINARY_BEFORE.search(c.sent.text, max(0, c.q_start - 60), c.q_start) is not None for c in cands]
    if not any(preliminary):
        return cands
    revised = [(d.type, d.company, d.period_end, d.value) for d, p in zip(cands, preliminary, strict=True) if not p]
    return [c for c, p in zip(cands, preliminary, strict=True)
            if not (p and any(t == c.type and co == c.company and end == c.period_end and v != c.value
                              for t, co, end, v in revised))]


# a space-aligned table's row about coins or hashrate: "Revenue recognized from Bitcoin mined      2,208    127,160"
# (or its header: "Period      BTC mined    Avg BTC/day" over "Q1 FY24 (Jul-Sep 2023)      1,014      11.0")
_ALIGNED_FIGURE_ROW = re.compile(r"(?im)^[^\n]{0,80}\b(?:bitcoin|BTC|hash\s?rate)\b"
                                 r"(?:[^\n]{0,60}?|[^\n]*\n[^\n]{1,80}?)\s{3,}[($]?\s*\d[\d,.]*\)?|"
                                 # a company table whose header names the metric: "  Company    BTC mined    BTC held"
                                 r"^[ \t]*(?:Company|Companies|Miner|Miners)\s{2,}[^\n]*\b(?:bitcoin|BTC|EH/s|hash\s?rate)\b")
# a row of a table copied from a browser, its cells separated by tabs: "Bitcoin Produced\t437\t445\t-2%"
_TAB_ROW = re.compile(r"\S[ ]*\t[ \t]*\S")
_RULE_LINE = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[-:| \t]*\n")  # (and "|:--|--:|")


def _tabbed_rows(lines: list[str]) -> frozenset[int]:
    """The rows of tables copied from a browser: lines with tab-separated cells, and a short section label between two
    of them that the copy left without a tab ('Self-Mining' between 'Total hashrate under management\t21.5 EH/s' and
    'Deployed hashrate\t7.2 EH/s')."""
    rows = {i for i, line in enumerate(lines) if "\t" in line and _TAB_ROW.search(line)}
    labels = {i for i in range(1, len(lines) - 1) if i - 1 in rows and i + 1 in rows and i not in rows
              and 0 < len(lines[i].strip()) <= 60 and not lines[i].rstrip().endswith(".")}
    return frozenset(rows | labels)


def _table_or_list(ctx: DocContext, rows: list[Sent]) -> list[Candidate]:
    """A table's facts; rows that give none may be a list aligned with spaces ('Riot        19,480 BTC') whose
    lead-in says what it lists."""
    series = {id(r): found for r in rows if (found := series_candidates(ctx, r))}  # "BTC earned — Jan 456 | Feb 387"
    rest = [r for r in rows if id(r) not in series] if series else rows
    out = [c for found in series.values() for c in found]
    if rest:
        out += table_candidates(ctx, rest) or [c for r in rest for c in list_item_candidates(ctx, r)]
    return out


def _adjacent_rows(text: str, prev_end: int, start: int) -> bool:
    """Two table rows with nothing between them but a markdown rule line ('|---|---|') or a section's label ('Miner
    financing:' between the rows of a notes-payable table)."""
    return start == prev_end + 1 or (_RULE_LINE.fullmatch(text, prev_end + 1, start) is not None) \
        or (_SUBHEAD_LINE.fullmatch(text, prev_end + 1, start) is not None)


_SECTION_ROW = re.compile(r"\s*[A-Z][A-Za-z &/'-]{2,40}(?:\(\d\)|\d)?\s*")
_SUBHEAD_LINE = re.compile(r"[A-Z][A-Za-z ,&/()'-]{1,40}:[ \t]*\n")


def _same_separator(table: list[Sent], row: Sent) -> bool:
    """A row of tab-separated cells right under rows of '|' cells starts a table of its own ('Data Centers |
    Corporate' over 'Key Metrics<TAB>Jul-24<TAB>Jun-24'); a row of one cell ('Bitcoin Mining(1)') goes with either."""
    last = next((r for r in reversed(table) if "\t" in r.text or "|" in r.text), None)
    if last is None or not ("\t" in row.text or "|" in row.text):
        return True
    return ("\t" in last.text) == ("\t" in row.text)


_SIGNED = re.compile(r"\b(?:signed|closed|entered into|arranged|executed|put in place|established|agreed|took effect|"
                     # "Also in March 2022 the Company issued a secured promissory note to B. Riley"
                     r"became effective|issued\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:promissory\s+)?note)\b", re.I)


def _date_loans_from_next_sentence(ctx: DocContext, cands: list[Candidate]) -> None:
    """'MARA secured a $200 million credit line from Two Prime ... The line was signed on Sept. 18 and runs for 12
    months.': a loan with no date of its own takes the date of the sentence right after it (in its paragraph, or
    the next paragraph when it ends its own) that says when the agreement was signed and names no other amount."""
    for c in cands:
        if c.type != "loan" or not c.period_default or c.loan_event not in ("facility", "borrowed"):
            continue
        # the rest of its paragraph and the next one (news stories often give each sentence its own paragraph)
        rest = ctx.text[c.sent.end:c.sent.end + 400]
        stops = [m.start() for m in re.finditer(r"\n\s*\n", rest)]
        ends_paragraph = bool(stops) and not rest[:stops[0]].strip()
        later = stops[1:] if ends_paragraph else stops
        following = rest[:later[0]] if later else rest
        for sent in _nlp()(following.strip()).sents if _SIGNED.search(following) else []:
            dated = _signing_dates(ctx, sent.text)
            if dated is None:
                continue
            if dated:
                c.period_end, c.period_default = dated[0].end, False
            break


def _signing_dates(ctx: DocContext, sentence: str, signed: re.Pattern = _SIGNED,
                   kinds: tuple[str, ...] = ("date", "month")) -> list[P.Period] | None:
    """The dates (days or months) of a sentence that says when an agreement was signed and names no amount ('The
    line was signed on Sept. 18'); None for any other sentence."""
    if not signed.search(sentence):
        return None
    dates = [p for p in P.find_periods(sentence, ctx.published, ctx.fy_end_month, ctx.dmy) if p.kind in kinds]
    if USD_FIGURE.search(sentence):
        # "the amended and restated agreement, signed on Dec. 22, adds $70 million to the maximum loan amount": with an
        # amount in the sentence, only a date right after the signing verb is the agreement's
        verbs = [m.end() for m in _SIGNED_ON.finditer(sentence)]
        return [p for p in dates if p.char_start in verbs] or None
    return dates


_SIGNED_ON = re.compile(r"\b(?:signed|dated|executed)\s+(?:on\s+|as\s+of\s+)?", re.I)


_AT_SIGNING = re.compile(r"\b(?:at|upon|on)\s+(?:the\s+)?(?:signing|execution)\b|^\W{0,3}At\s+its\s+closing\b", re.I)


# (and "On 28 December 2022, Argo completed the sale of Helios ... At the same time, Argo entered into a new $35 million
# asset-backed loan with Galaxy")
_SAME_DAY = re.compile(r"\b(?:that|the)\s+same\s+day\b|^\W*(?:at\s+the\s+same\s+time|simultaneously|concurrently)\b",
                       re.I)


def _date_loans_the_same_day(ctx: DocContext, cands: list[Candidate]) -> None:
    """'... the $500 million Morgan Stanley provided when the loan first closed on March 5. Core Scientific drew the
    full $500 million available from Morgan Stanley that same day': a loan event 'that same day', in a sentence that
    names no date, takes the last day the sentence before it (in its paragraph) names."""
    for c in cands:
        if c.type != "loan" or not c.period_default or not _SAME_DAY.search(c.sent.text):
            continue
        told = _line_before(ctx, c.sent)
        # (a day told without its year reads as its month: "The turning point came on 28 December, when ...")
        days = [p for p in P.find_periods(_last_sentence(told), ctx.published, ctx.fy_end_month, ctx.dmy)
                if p.kind == "date" or (p.kind == "month" and re.search(r"\d", p.text) is None
                                        and re.search(rf"\b\d{{1,2}}\s+{re.escape(p.text)}", told))] if told else []
        if days:
            c.period_end, c.period_default = days[-1].end, False


def _date_loans_at_signing(ctx: DocContext, cands: list[Candidate]) -> None:
    """'- Signed on June 6, 2024 by Mawson's subsidiary ... - Mawson paid US$1.5 million of principal at signing': a
    loan event 'at signing', in a sentence that names no date, takes the date of the nearest line above (within five)
    that says when the agreement was signed and names no amount."""
    for c in cands:
        if c.type != "loan" or not _AT_SIGNING.search(c.sent.text) or any(
                p.kind in ("date", "month") for p in c.sent.periods):
            continue
        above = ctx.text[:ctx.text.rfind("\n", 0, c.sent.start) + 1].rstrip("\n").split("\n")
        # (or the sentence before, in its line: "In October 2022, the Company entered into a third amendment ... At its
        # closing, the Company borrowed a further $7.5 million")
        told = _line_before(ctx, c.sent)
        for line in ([_last_sentence(told)] if told else []) + [x for x in reversed(above) if x.strip()][:5]:
            dated = _signing_dates(ctx, line)
            if dated:
                c.period_end, c.period_default = dated[0].end, False
                break


# a filing's defined term, in the sentence that dates it: 'On March 3, 2026 (the "Closing Date"), ... entered into a
# Credit and Guaranty Agreement (the "Credit Agreement")'
_DEFINED_DATED_TERM = re.compile(r"\((?:the\s+)?[\"“](?P<term>(?:[A-Z][\w-]*\s+){0,4}(?:Date|Agreement|"
                                 r"Facility|Loans?|Amendment))[\"”]\)")  # (the "Amendment")
# 'on February 14, which the filing calls the "Effective Date"', 'on May 20, a date its 8-K refers to as the "Second
# Amendment Effective Date."'
_CALLED_DATE = re.compile(r"\b(?:calls?|called|refers?\s+to\s+as|referred\s+to\s+as|defines?\s+as|defined\s+as)\s+"
                          r"the\s+[\"“](?P<term>(?:[A-Z][\w-]*\s+){0,4}Date)[.,]?[\"”]")
# 'a Loan, Guaranty and Security Agreement (the "LGSA")': an agreement named by its initials
_DEFINED_INITIALS = re.compile(r"\b(?:Agreement|Facility|Loan)\s+\((?:the\s+)?[\"“](?P<term>[A-Z]{2,6})[\"”]\)")


def _date_loans_by_defined_terms(ctx: DocContext, cands: list[Candidate]) -> None:
    """'On March 3, 2026 (the "Closing Date"), ... entered into ... (the "Credit Agreement") ... The Credit Agreement
    provides for ... up to $1,500,000,000 ... On the Closing Date, the Borrower borrowed $450.0 million': a loan with
    no date of its own, in a sentence that names a term defined in a dated sentence, takes that date."""
    if '"' not in ctx.text and "“" not in ctx.text:
        return
    dated: dict[str, dt.date] = {}
    for m in [*_DEFINED_DATED_TERM.finditer(ctx.text), *_DEFINED_INITIALS.finditer(ctx.text),
              *_CALLED_DATE.finditer(ctx.text)]:
        start = max(ctx.text.rfind("\n", 0, m.start()) + 1, m.start() - 400)  # (a name's "Inc." is no sentence end)
        before = ctx.text[start:m.start()]
        days = [p for p in P.find_periods(before, ctx.published, ctx.fy_end_month, ctx.dmy) if p.kind == "date"]
        # "On December 1, 2021, TeraCub, which became a subsidiary ... on December 13, 2021, entered into ...": the
        # opening date is the agreement's
        openers = [p for p in days if before[max(0, p.char_start - 3):p.char_start] == "On "]
        if days and m.group("term") not in dated:
            dated[m.group("term")] = (openers or days)[-1].end
    if not dated:
        return
    for c in cands:
        if c.type == "loan" and c.period_default:
            # (the term leads the sentence: not "... was not amended in connection with the Credit Agreement")
            term = next((t for t in dated if re.search(rf"\b[Tt]he {re.escape(t)}\b", c.sent.text[:60])), None)
            if term is not None:
                c.period_end, c.period_default = dated[term], False
                continue
        if c.type == "loan" and not any(p.kind == "date" and p.start is None and "same" not in p.text.lower()
                                        for p in c.sent.periods):
            # a defined day named anywhere in the sentence dates it, before a date the sentence before lent it: "In
            # return, Gryphon Opco paid Anchorage $1,000,000 of principal on the Amendment Effective Date"
            day = next((t for t in dated if t.endswith("Date") and re.search(
                rf"\b(?:on|as of|at|since)\s+the\s+{re.escape(t)}\b", c.sent.text)), None)
            if day is not None:
                c.period_end, c.period_default = dated[day], False
                c.flags.discard("period_inferred")


_AFTER_THAT_PAYMENT = re.compile(r"\W{0,3}(?:Following|After)\s+(?:that|the|this|these|those)\s+(?:[\w-]+\s+)?"
                                 r"(?:payments?|repayments?|draws?|drawdowns?|borrowings?|advances?|paydowns?)\b", re.I)


_BALANCE_WORD = re.compile(r"\b(?:outstanding|balance|principal|remain\w*|owed|owes|owing)\b", re.I)


def _date_loans_after_that_payment(cands: list[Candidate]) -> None:
    """'... paid Anchorage $1,000,000 of principal on the Amendment Effective Date ... Following that payment,
    approximately $11.4 million of principal remained outstanding': a balance left by the loan event the sentence
    before told takes its date."""
    for i, c in enumerate(cands):
        if c.type != "loan" or not _AFTER_THAT_PAYMENT.match(c.sent.text) or not _BALANCE_WORD.search(c.sent.text):
            continue
        told = next((o for o in reversed(cands[:i]) if o.type == "loan" and o.sent.end <= c.sent.start
                     and o.loan_event in ("repaid", "borrowed") and o.period_end is not None), None)
        if told is not None and c.sent.start - told.sent.end <= 3 \
                and not any(p.kind == "date" and p.start is None for p in c.sent.periods):
            c.period_end, c.period_default, c.flags = told.period_end, False, set(told.flags)


_UNDER_THE_AGREEMENT = re.compile(r"\W{0,3}Under\s+(?:the|that|this|each|these|those)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|"
                                  r"facility|facilities)\b", re.I)


def _date_loans_under_the_agreement(ctx: DocContext, cands: list[Candidate]) -> None:
    """'In June 2024, a wholly-owned subsidiary of the Company signed master loan agreements with two financial
    institutions ... Under the agreement with Lender A, the subsidiary borrowed US$14.3 million': a loan with no date
    of its own, in a sentence that opens under an agreement, takes the date of the last sentence of the three lines
    above that says when an agreement was signed and names no amount."""
    for c in cands:
        if c.type != "loan" or not c.period_default or c.loan_event not in ("borrowed", "facility", "collateral_posted") \
                or not _UNDER_THE_AGREEMENT.match(c.sent.text):
            continue
        above = [x for x in reversed(ctx.text[max(0, c.sent.start - 1500):c.sent.start].split("\n")) if x.strip()][:3]
        dated = next((d for line in above for a, b in reversed(_sentence_spans(_nlp(), line, 0))
                      if (d := _signing_dates(ctx, line[a:b]))), None)
        if dated:
            c.period_end, c.period_default = dated[-1].end, False


def _date_bullet_loans_from_body(ctx: DocContext, cands: list[Candidate]) -> None:
    """'TLDR\n- Riot Platforms signed its first bitcoin-backed credit agreement, with Coinbase Credit, for up to $100
    million ... the miner entered into the credit agreement on April 22, with Coinbase Credit acting as lender': a
    summary bullet's loan with no date of its own, and none that the body dates, takes the date of a later sentence
    that names its lender and says when the agreement was signed, with no amount of its own."""
    for c in cands:
        if c.type != "loan" or not c.period_default or c.loan_event not in ("facility", "borrowed") \
                or not c.lender or not _BULLET_LINE.match(c.sent.text) or any(
                    k.type == "loan" and not k.period_default and k.company == c.company and k.value == c.value
                    for k in cands):
            continue  # (a loan the body tells again with a date is the body's)
        lender = re.compile(rf"\b{re.escape(c.lender)}\b")
        for line in ctx.text[c.sent.end:].split("\n"):
            dated = next((d for a, b in _sentence_spans(_nlp(), line, 0) if lender.search(line, a, b)
                          and (d := _signing_dates(ctx, line[a:b]))), None) if lender.search(line) else None
            if dated:
                c.period_end, c.period_default = dated[0].end, False
                break


# "A day later, MARA drew $50 million under the enlarged line ... That brings MARA's total borrowings under the Two
# Prime facility to $150 million": the total after the draw, on the draw's day
_THAT_BRINGS = re.compile(r"\W{0,3}(?:That|This|The (?:draw|drawdown|advance|borrowing|repayment))\s+(?:brings|brought|takes|"
                          r"took|lifts|lifted|leaves|left|raises|raised|pushes|pushed|increases|increased|cuts|reduces|"
                          r"reduced)\b")


# "Hut 8 said it had $65 million outstanding under the facility after the draw": the balance on the draw's day
_AFTER_THE_EVENT = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:[\w-]+\s+){0,5}?(?:after|following)\s+(?:the|that|this)\s+"
                              r"(?:(?P<drew>draw(?:down)?|advance|borrowing)|repayment|payment|paydown)\b", re.I)


# "In December we took a $100 million short-term loan secured by bitcoin ... It remained outstanding at year end."
_IT_REMAINED_OUTSTANDING = re.compile(r"\s{1,3}(?:It|The loan|That loan|The borrowing|That borrowing|The draw|The advance)\s+"
                                      + loan.STILL_OWED + r"(?P<when>(?:at|as of|as at|on)\s+[^.;]{3,40})[.;]")


def _still_outstanding_next(ctx: DocContext, cands: list[Candidate]) -> list[Candidate]:
    """A loan taken, and the next sentence saying it was still owed on a day: a balance that day too. The fact's
    evidence is the loan's sentence, which holds the figure."""
    out = []
    for c in cands:
        if c.type != "loan" or c.loan_event != "borrowed" or c.value is None or ctx.published is None \
                or (m := _IT_REMAINED_OUTSTANDING.match(ctx.text, c.sent.end)) is None:
            continue
        when = next(iter(P.iter_periods(m.group("when"), ctx.published, ctx.fy_end_month, ctx.dmy)), None)
        when = anchor(ctx, when) if when is not None else None
        if when is None or when.end >= ctx.published or (c.period_end is not None and when.end < c.period_end):
            continue
        owed = dataclasses.replace(c, rule="still_outstanding", loan_event="outstanding", flags=set(c.flags),
                                   period_end=when.end, period_default=False)
        out.append(owed)
    return out


def _date_running_totals(ctx: DocContext, cands: list[Candidate]) -> None:
    """A loan balance with no date of its own in a sentence that opens "That brings ..." takes the date of the dated
    loan event in the sentence just before it (same paragraph); one told "after the draw" (or "after the repayment")
    takes the date of the last dated draw (or repayment) of its paragraph."""
    prev = None
    last: dict[str, Candidate] = {}
    for c in cands:
        if c.type != "loan":
            continue
        after = _AFTER_THE_EVENT.match(c.sent.text, c.q_end) if c.period_default else None
        event = None if after is None else "borrowed" if after.group("drew") else "repaid"
        if c.period_default and prev is not None and prev.sent is not c.sent and prev.sent.para == c.sent.para \
                and c.sent.start - prev.sent.end <= 2 and _THAT_BRINGS.match(c.sent.text):
            c.period_end, c.period_default = prev.period_end, False
        elif event is not None and (told := last.get(event)) is not None and told.sent.para == c.sent.para \
                and told.sent is not c.sent:
            c.period_end, c.period_default = told.period_end, False
            c.flags.discard("period_inferred")
        elif not c.period_default:
            prev = c
            if c.loan_event in ("borrowed", "repaid"):
                last[c.loan_event] = c


# "On 28 December 2022, Argo completed a series of transactions with Galaxy Digital Holdings Ltd."
# ('On February 23, 2022, Luna Squares LLC ("Luna"), a wholly owned subsidiary of the Company, entered into a
# Co-Location Agreement with Celsius Mining LLC')
_DATED_DEAL_OPENER = re.compile(r"\W{0,3}On\s+[^,;]{4,30},\s+[^;]{1,120}?\b(?:completed|closed|entered into|"
                                r"signed|agreed to|struck)\s+(?:a|an|the|two|three|several)\s+(?:series\s+of\s+)?"
                                r"(?:[\w-]+\s+){0,3}(?:transactions?|agreements?|deals?|arrangements?)\b", re.I)


def _date_loans_after_dated_deal(ctx: DocContext, cands: list[Candidate]) -> None:
    """'On 28 December 2022, Argo completed a series of transactions with Galaxy ... Galaxy bought the Helios facility
    ..., and Argo took out a new $35 million asset-backed loan from Galaxy': a loan with no date of its own, in the
    sentence right after one that opens on the day a set of deals was done (and names no amount), is dated that day."""
    for c in cands:
        if c.type != "loan" or not c.period_default or c.loan_event not in ("borrowed", "facility", "repaid"):
            continue
        before = _line_before(ctx, c.sent)
        if not before or not _DATED_DEAL_OPENER.match(before):
            continue
        last = _last_sentence(before)
        if not _DATED_DEAL_OPENER.match(last) or USD_FIGURE.search(last):
            continue
        days = [p for p in P.find_periods(last, ctx.published, ctx.fy_end_month, ctx.dmy) if p.kind == "date"]
        if days and days[0].end <= (ctx.published or days[0].end):
            c.period_end, c.period_default = days[0].end, False


# "today announced that on July 28, 2022 it closed on an expanded set of credit facilities with Silvergate Bank"
_ANNOUNCED_DATED_DEAL = re.compile(r"\b(?:announced|announces|said|reported|disclosed)\s+(?:today\s+|on\s+\w+\s+)?"
                                   r"that\s+(?:,\s*)?on\s+", re.I)
_LOAN_HEADLINE = re.compile(r"\b(?:credit|loan|loans|facility|facilities|financing|debt|borrow\w*|lend\w*)\b", re.I)


def _date_loans_by_announced_deal(ctx: DocContext, cands: list[Candidate]) -> None:
    """'Marathon ... Expands Credit Facilities with Silvergate Bank ... today announced that on July 28, 2022 it closed
    on an expanded set of credit facilities ... - Added a new $100 million term loan': in a release about a loan (its
    headline says so), the facilities and draws with no date of their own take the day the lead says the deal was done
    (within two months before publication), when the lead names no amount."""
    head = ctx.text[:1500]
    m = _ANNOUNCED_DATED_DEAL.search(head)
    if ctx.published is None or m is None or not _LOAN_HEADLINE.search(_title_line(head)[0]):
        return
    lead = head[m.start():head.find("\n", m.end()) if "\n" in head[m.end():] else len(head)]
    lead = lead[:lead.find(". ") + 1] if ". " in lead else lead
    dated = _signing_dates(ctx, lead)
    if not dated or not ctx.published - dt.timedelta(days=62) <= dated[0].end <= ctx.published:
        return
    for c in cands:
        if c.type == "loan" and c.period_default and c.loan_event in _OPENED:
            c.period_end, c.period_default = dated[0].end, False


_OPENED = ("facility", "borrowed")


def _title_line(text: str) -> tuple[str, int]:
    """The text's first line that is not blank (its headline), and where that line ends."""
    first = text.lstrip()
    line = first.split("\n", 1)[0]
    return line, len(text) - len(first) + len(line)


def _same_deal(headline: Candidate, told: Candidate, published: dt.date | None) -> bool:
    """The body's loan tells the headline's news: the same event (a facility and its draw count as one), dated within
    two months before publication, not a loan's history ('repays the $35 million it borrowed in 2022')."""
    same = headline.loan_event == told.loan_event or (headline.loan_event in _OPENED and told.loan_event in _OPENED)
    return same and published is not None and told.period_end is not None \
        and published - dt.timedelta(days=62) <= told.period_end <= published


def _date_headline_loans_from_body(ctx: DocContext, cands: list[Candidate]) -> None:
    """'Hut 8 Expands Bitcoin-Backed Credit Facility With Coinbase to $200M' over a story that dates the $200 million
    (the agreement 'signed on Dec. 22'): a headline's loan with no date of its own takes the date the body gives the
    same company's loan of the same amount."""
    title_end = _title_line(ctx.text)[1]
    for c in cands:
        if c.type != "loan" or not c.period_default or c.value is None or c.sent.start >= title_end:
            continue
        told = next((k for k in cands if k.type == "loan" and not k.period_default and k.sent.start > title_end
                     and k.company == c.company and k.value is not None
                     and abs(k.value - c.value) <= 0.005 * c.value and _same_deal(c, k, ctx.published)), None)
        if told is not None:
            c.period_end, c.period_default = told.period_end, False


# (and "In exchange, NYDIG extinguished approximately $67.4 million of outstanding principal")
_THE_DEAL = re.compile(r"\b(?:the|that|this)\s+(?:transaction|deal|agreement|settlement|restructuring)\b|"
                       r"^\W{0,3}In\s+exchange\b", re.I)
_DEAL_STRUCK = re.compile(r"\b(?:struck|reached|signed|agreed|closed|inked|entered into|completed|finali[sz]ed)\s+"
                          r"(?:a|an|the|its)\s+"
                          r"(?:[\w-]+\s+){0,3}(?:deal|agreement|settlement|restructuring)\b|"
                          # "The debt repayment and exchange agreement with Anchorage Lending CA was signed on Oct. 25"
                          r"\b(?:deal|agreement|settlement|restructuring)\b[^.;]{0,80}\b(?:was|were)\s+"
                          r"(?:signed|struck|reached|closed|inked)\b", re.I)
_THAT_LENDER = re.compile(r"\W{0,3}(?:That|The|This)\s+(?:second\s+|first\s+|other\s+|new\s+)?lender\s+"
                          r"(?:advanced|lent|provided|extended|funded|wired|made)\b")
_LENDER_AGREED = re.compile(r"\W{0,3}(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,2}\s+"
                            r"(?:agreed|committed)\s+to\s+(?:lend|provide|advance)\b")
_THAT_FACILITY = re.compile(r"\W{0,3}(?:That|The|This)\s+(?:[\w-]+\s+){0,2}"
                            r"(?:facility|line|loan|(?:credit |loan )?agreement|note)\b")


def _line_before(ctx: DocContext, sent: Sent) -> str:
    """What `sent`'s line says before it (its paragraph so far, in a text with one paragraph per line)."""
    return ctx.text[ctx.text.rfind("\n", 0, sent.start) + 1:sent.start].strip()


def _last_sentence(text: str) -> str:
    """The last of spaCy's sentences in `text` (run only once a cheap pattern has found what it looks for)."""
    return list(_nlp()(text).sents)[-1].text


def _date_facilities_from_sentence_before(ctx: DocContext, cands: list[Candidate]) -> None:
    """'... began using the project financing it signed with Macquarie Group in March. That facility, for up to
    US$300 million, is designed to ...': a facility with no date of its own, in a sentence that opens by pointing back
    to it, takes the date of the sentence before it in its paragraph, when that one says when it was signed and names
    no amount."""
    for c in cands:
        if c.type != "loan" or not c.period_default:
            continue
        # or: "Greenidge struck a broader deal with the same lender in January. ...; the transaction extinguished
        # roughly $57 million of Greenidge's obligations"
        deal = c.loan_event in ("repaid", "outstanding") and _THE_DEAL.search(c.sent.text)
        # or: "Backbone signed the financing with BlockFi in February 2022 ... It borrowed $32 million at the time"
        then = c.loan_event in ("borrowed", "facility") and _AT_THE_TIME.search(c.sent.text, c.q_end, c.q_end + 60)
        # or: "... on June 21, another subsidiary entered into a master loan agreement with a second lender. That lender
        # advanced $8.04 million for 18 months"
        lent = c.loan_event == "borrowed" and _THAT_LENDER.match(c.sent.text)
        # or: "On March 21, 2022, ... entered into a Master Equipment Finance Agreement with NYDIG. NYDIG agreed to lend
        # approximately $81 million through loan schedules"
        if not deal and not then and not lent and (c.loan_event != "facility" or not (
                _THAT_FACILITY.match(c.sent.text) or _LENDER_AGREED.match(c.sent.text))):
            continue
        signed = _DEAL_STRUCK if deal else _SIGNED
        before = _line_before(ctx, c.sent)
        if not before or not signed.search(before):
            continue
        last = _last_sentence(before)
        # ("In the third quarter of 2022, we entered into an agreement with NYDIG ...": that quarter's end)
        dated = _signing_dates(ctx, last, signed, ("date", "month", "quarter") if deal else ("date", "month"))
        if dated:
            # "On October 27, 2022, the Company closed a new credit agreement ... that replaces the agreement it signed
            # in June 2021": the date nearest the first signing verb
            verb = signed.search(last).start()
            nearest = min(dated, key=lambda p: min(abs(p.char_start - verb), abs(p.char_end - verb)))
            c.period_end, c.period_default = nearest.end, False


_AT_THE_TIME = re.compile(r"\bat\s+(?:the|that)\s+time\b(?!\s+of\b)", re.I)
_FOLLOWING = re.compile(r"^\W{0,3}(?:Following|After|Upon|With|In connection with|As a result of|To back|To secure|"
                        r"To support)\s+(?:this|that|the|such)\s+(?:additional\s+|final\s+|last\s+)?"
                        r"(?P<what>borrowing|drawdown|draw|repayment|payment|prepayment|amendment|delivery|handover|"
                        r"top-?up|pledge|transaction|sale)s?\b|"
                        # "... borrowed $35 million from Galaxy. Argo used the money to pay off about $41 million"
                        r"^\W{0,3}(?:(?:The\s+)?[A-Z][\w.-]*\s+){1,3}used\s+(?:the|that|this|those)\s+(?:money|proceeds|funds|cash)\b",
                        re.I)


# "On the same date the Company ... entered into a Term Loan Agreement", "borrowed $50.0 million on the closing date"
_SAME_DATE = re.compile(r"\bon the same (?:date|day)\b|\b(?:[Tt]hat|[Tt]he) same month\b|\bon the closing date\b|\b"
                        r"(?:at|upon|on) (?:the |its )?(?:signing|"
                        r"execution|closing)\b|"
                        # "Hut 8 said it drew the full $70 million of new capacity immediately": at the signing
                        r"\b(?:drew|drawn|borrowed|repaid)\b[^.;]{0,60}\b(?:immediately|at once)\b", re.I)


_STOCKS = ("outstanding", "collateral_posted")
_PART_OF_THAT = re.compile(r"^\W{0,3}(?:The\s+)?(?:remaining|other)\s+(?:US|USD\s?)?\$|"
                           r"\$[\d.,]+\s*(?:million|billion|m|bn)?\s+of\s+(?:it|that|this)"
                           r"(?:\s+(?:balance|debt|loan|amount|sum))?\b", re.I)
_OUT_OF_THE_PROCEEDS = re.compile(r"\W{0,3}(?:Out\s+of\s+(?:that|those|the\s+proceeds)|Of\s+(?:that|those)\s+proceeds|"
                                  r"(?:With|Using|From)\s+(?:the|those|that)\s+(?:proceeds|money|cash))\b", re.I)
_LEAVING = re.compile(r"\b(?:leaving|which left|that left|bringing|taking|lifting|cutting|reducing)\b", re.I)
_THAT_LOAN = re.compile(r"\b(?:that|this|the same)\s+(?:facility|line|loan|credit facility)\b")


_BULLET_LINE = re.compile(r"[ \t]*[-•*–]\s")


def _date_loans_from_previous_sentence(ctx: DocContext, cands: list[Candidate]) -> None:
    """'On May 20, 2025, the Company borrowed an additional $100 million ... Following this borrowing, the aggregate
    principal amount outstanding ... was $200 million.': a loan with no date of its own, in a sentence that opens by
    pointing back to the event before it, takes that event's date; so does one that happened 'on the same date' or
    'on the closing date' as the dated loan event before it (in its paragraph or the one before)."""
    dated: Candidate | None = None
    sale: Candidate | None = None
    last_of: dict[str, Candidate] = {}  # the last dated loan event of each kind
    for c in cands:
        if c.type == "btc_sold" and c.period_end is not None:
            sale = c
        if c.type != "loan":
            continue
        if c.period_default and (follow := _FOLLOWING.match(c.sent.text)) is not None and dated is not None \
                and (named := last_of.get(_EVENT_OF_WORD.get(follow.group("what") or "", ""))) is not None \
                and named is not dated and named.sent.para == c.sent.para and named.company == c.company:
            # "The Company paid Silvergate $50.0 million on January 12 ... At December 31, 2022, total borrowings
            # were $80.0 million. Following the payment, only the $30.0 million ... remains": the payment's day
            c.period_end, c.period_default = named.period_end, False
        if c.period_default and sale is not None and _OUT_OF_THE_PROCEEDS.match(c.sent.text) \
                and sale.sent.para == c.sent.para and 0 < c.sent.start - sale.sent.end <= 2 \
                and c.company == sale.company:
            # "On Jan. 3, Bitfarms said it sold 1,755 BTC in December 2022 for total proceeds of $29.9 million. Out of
            # that, the company paid down $16.5 million on its bitcoin-backed facility": when the sale's money went
            c.period_end, c.period_default = sale.period_end, False
        if c.period_default and dated is not None and (
                # (or the bullet after: "- On October 26, 2022, Stronghold completed delivery of the last tranche ...
                # - With that delivery, all outstanding principal ..., approximately $67.4 million, has been
                # eliminated")
                (_FOLLOWING.match(c.sent.text) and c.sent.start > dated.sent.end and (
                    dated.sent.para == c.sent.para or (c.sent.para - dated.sent.para == 1 and _BULLET_LINE.match(
                        ctx.text, ctx.text.rfind("\n", 0, dated.sent.start) + 1) and _BULLET_LINE.match(c.sent.text))))
                or (_SAME_DATE.search(c.sent.text) and 0 <= c.sent.para - dated.sent.para <= 1
                    and c.company == dated.company)
                # "As of September 30, 2024, $65.0 million was outstanding under the facility ... Of the 9,106
                # Bitcoin ..., approximately 1,600 Bitcoin were pledged as collateral under that facility"
                or (c.loan_event in _STOCKS and dated.loan_event in _STOCKS and _THAT_LOAN.search(c.sent.text)
                    and dated.sent.para == c.sent.para and 0 < c.sent.start - dated.sent.end <= 2
                    and c.company == dated.company)
                # "On Sept. 10, Argo announced a second agreement for a further $25 million ... The first loan was
                # rolled into the new one, leaving Argo with $45 million outstanding": the balance the event left
                or (c.loan_event == "outstanding" and dated.loan_event in ("borrowed", "repaid")
                    and _LEAVING.search(c.sent.text) and dated.sent.para == c.sent.para
                    and 0 < c.sent.start - dated.sent.end <= 2 and c.company == dated.company)
                # "The agreement with Anchorage Lending was signed on Oct. 25. Roughly $13 million of it was swapped
                # for 8.3 million shares ... The remaining $5 million stays as debt": parts of the deal just dated
                or (_PART_OF_THAT.search(c.sent.text) and c.company == dated.company
                    and dated.loan_event in ("borrowed", "repaid", "outstanding", "facility")
                    and 0 <= c.sent.para - dated.sent.para <= 1 and 0 < c.sent.start - dated.sent.end <= 2)):
            c.period_end, c.period_default = dated.period_end, False
        if not c.period_default:
            dated = c
            last_of[c.loan_event or ""] = c


_EVENT_OF_WORD = {"payment": "repaid", "repayment": "repaid", "prepayment": "repaid", "borrowing": "borrowed",
                  "drawdown": "borrowed", "draw": "borrowed"}


# a headline feed's cell that tells a fact in words: "🟠 ABTC | American Bitcoin: reserve at Jan 31 reached 6,120 BTC;
# mined 421 BTC in Jan | 📎 release"
_TELLING_VERB = re.compile(r"\b(?:mined|sold|held|holds|reached|repaid|says|said|produced|bought|drew|borrowed|"
                           r"operating|ended)\b")


_FIGURE_IN_WORDS = re.compile(r"\d\s?(?:BTC|bitcoins?|EH/s)\b|\$\d", re.I)


def _prose_cell(line: str) -> bool:
    """Whether a line with cell borders has a cell that reads as a sentence (six or more words, a verb of fact and a
    figure with its unit)."""
    return any(len(cell.split()) >= 6 and _TELLING_VERB.search(cell) and _FIGURE_IN_WORDS.search(cell)
               for cell in line.split(" | "))


def _header_again(table: list[Sent], row: Sent) -> bool:
    """Whether a row repeats the table's header after a section title: the next table, laid out with no blank line
    ("| Metric | FY2024 | FY2023 |" ... "Operational highlights" then "| Metric | FY2024 | FY2023 |" again)."""
    return len(table) > 2 and row.text.strip() == table[0].text.strip() and "|" not in table[-1].text


def _sentences(ctx: DocContext, hints: Hints):
    """Yield (Sent, is_table_row) for every line that could hold a fact, with the company context carried."""
    text = ctx.text
    nlp = _nlp()
    para = 0
    mentions = [m for m in ctx.mentions if m.company]
    last_company, last_para = None, -10
    last_date = None  # (the as-of date the last sentence read ended with, its paragraph): for "on the same date"
    about = None  # the company of an "About Stronghold Digital Mining" section in another issuer's release
    pos = 0
    lines = text.split("\n")
    aligned = aligned_rows(lines) if "   " in text else frozenset()
    tabbed = _tabbed_rows(lines) if "\t" in text else frozenset()
    for i, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            para += 1
            continue
        if line[:1] in "RSAM" and _LINK_LINE.match(line):
            continue  # "Related: Argo mined 129 BTC in July as Texas heat forced curtailment": another story's headline
        is_table = (" | " in line and has_cell_border(line) and not _title_over_bordered(line, lines, i)
                    and not _prose_cell(line)) \
            or i in aligned or i in tabbed or (
            # a section's name between two rows of cells: "Bitcoin Mining(2)" under "Key Metrics | May-24 | Apr-24"
            0 < i < len(lines) - 1 and " | " in lines[i - 1] and " | " in lines[i + 1]
            and _SECTION_ROW.fullmatch(line) is not None)
        if line.startswith("About ") and len(line) <= 80:
            about = _subject(line, _within(mentions, start, end), start)
            about = about if about != ctx.issuer else None
        if is_table or hints.worth(start, end, line):
            spans = [(start, end)] if is_table else _sentence_spans(nlp, line, start)
            after_btc = False
            for s0, s1 in spans:
                if is_table or len(spans) == 1 or hints.worth(s0, s1, text[s0:s1]) or (
                        after_btc and _within(mentions, s0, s1) and _DIGIT.search(text, s0, s1)):
                    # (a roundup's next sentence may drop the unit: rules.continued_roundup)
                    sent = _make_sent(ctx, s0, s1, para, last_company, last_para, about, last_date)
                    yield sent, is_table
                    as_of = None if is_table else next(
                        (p for p in reversed(sent.periods) if p.start is None and p.kind == "date"), None)
                    last_date = (as_of, para) if as_of is not None else None
                after_btc = hints.has_btc(s0, s1)
                subject = _subject(ctx.text[s0:s1], _within(mentions, s0, s1), s0)
                # (a rival brought in inside a paragraph about another miner stays an aside: "... Rival Riot
                # Blockchain, which earns credits for cutting load, reported that it sold 275 bitcoins" then "The
                # company deployed ..." in the next paragraph; but a paragraph that opens on "Rival MARA" is MARA's)
                if subject is not None and not ((s0, s1) != spans[0] and _RIVAL_OPENER.match(ctx.text, s0)):
                    last_company, last_para = subject, para
        else:
            subject = _subject(line, _within(mentions, start, end), start)
            if subject is not None:
                # (a heading's company is near for the paragraph it heads and the one after, as when blank lines are
                # missing and each line is a paragraph: "CORE SCIENTIFIC (CORZQ)" over a scorecard row and a note)
                heading = len(line.strip()) <= 60 and not line.rstrip().endswith((".", "!", "?", ":", ","))
                last_company, last_para = subject, para + heading
            elif ctx.issuer is not None and _PLAIN_HEADING.fullmatch(line.strip()) and not _within(mentions, start, end):
                last_company = None  # "Quarter in numbers" after a paragraph on a rival: the story's own miner again


def _title_over_bordered(line: str, lines: list[str], i: int) -> bool:
    """'Slide 3 | Key Metrics' right over '| Metric | Q4-23 | Q3-23 |': a slide's title, not the table's header."""
    return not line.lstrip().startswith("|") and i + 1 < len(lines) and lines[i + 1].lstrip().startswith("|")


# a heading that names no company: "Quarter in numbers", "Key figures (December 2023)"
_PLAIN_HEADING = re.compile(r"(?-i:[A-Z])[^.:;!?|\n]{2,58}[^.:;,!?|\s]")
_RIVAL_OPENER = re.compile(r"\W{0,3}(?:Rival|Peer|Competitor|Fellow miner)s?\s")
_LINK_LINE = re.compile(r"(?:Related|Read more|Read also|Also read|See also|More)\s*:", re.I)
# A sentence mark (the sentencizer's) that is not a decimal point ("3.5 EH/s") and has text after it
_INNER_MARK = re.compile("[" + re.escape("".join(Sentencizer.default_punct_chars)) + r"](?!\d)(?=.*\S)")
_CLOSERS = re.compile(r"[\s\"'”’)\]»]*")


def _sentence_spans(nlp: Language, line: str, offset: int) -> list[tuple[int, int]]:
    """The sentences of one line as document offsets. A line whose every sentence mark is a decimal point or ends
    it ("- Bitcoin held: 3,318.5 BTC.") is one sentence without asking spaCy, which gives the same span (checked
    on every line of the corpus by tests/test_sentences.py) at a fifth of the cost."""
    trimmed = line.rstrip(" ")
    if trimmed == line.strip() and len(line) - len(trimmed) <= 1 and all(
            _CLOSERS.fullmatch(line, m.end()) for m in _INNER_MARK.finditer(line)):
        return [(offset, offset + len(trimmed))]
    return [(offset + a, offset + b) for a, b in spacy_sentence_spans(nlp, line)]


def spacy_sentence_spans(nlp: Language, line: str) -> list[tuple[int, int]]:
    """spaCy's sentences of one line, also split after a company suffix that ends a sentence."""
    spans = [(s.start_char, s.end_char) for s in nlp(line).sents]
    if len(spans) > 1 and _LIST_NUMBER.fullmatch(line, spans[0][0], spans[0][1]):
        spans[:2] = [(spans[0][0], spans[1][1])]  # "2. MARA Holdings: 52,477 BTC": an item's number opens its sentence
    if "." in line and _ABBREV_END.search(line):
        spans = [part for a, b in spans for part in _split_after_abbreviation(line, a, b)]
    if ".[" in line and _CITATION_END.search(line):
        spans = [part for a, b in spans for part in _split_after_citation(line, a, b)]
    return spans


# "... in 2022 it mined 4,144 BTC.[3] In January 2023 Marathon repaid ...": a reference mark after a sentence's period
# keeps the tokenizer from seeing the period, so the sentencizer does not split there
_CITATION_END = re.compile(r"(?<=[^\d\s])\.(?:\[\d{1,3}\])+\s+(?=[A-Z\"“])")


def _split_after_citation(line: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    for m in _CITATION_END.finditer(line, a, b):
        out.append((a, m.start() + len(m.group().rstrip())))
        a = m.end()
    out.append((a, b))
    return out


_LIST_NUMBER = re.compile(r"\s*\(?\d{1,2}[.)]\s*")
# "... with Coinbase Credit, Inc. Of the 9,106 Bitcoin ...": a company suffix can end a sentence; the tokenizer keeps
# "Inc." whole, so the sentencizer never splits there. A function word that opens sentences after it shows the end.
_ABBREV_END = re.compile(r"\b(?:Inc|Corp|Ltd|Co|PLC|LLC|L\.L\.C|S\.A|N\.V|AG|GmbH)\.\s+(?=(?:The|This|That|These|Those|Of|In|On|"
                         r"As|At|It|Its|We|Our|During|Following|After|Under|Since|For|Total|Approximately|Additionally|"
                         r"Separately|Also|Meanwhile|However|Each|All|Both|Bitcoin|BTC)\b)|"
                         # "produced 5.3 BTC in the mo. Its $10M loan ...": a brief's "mo." (month) can end one too
                         r"\bmo\.\s+(?=[A-Z\"“\[])")


def _split_after_abbreviation(line: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    for m in _ABBREV_END.finditer(line, a, b):
        cut = m.start() + len(m.group().rstrip())  # after the suffix's last period ("L.L.C.")
        out.append((a, cut))
        a = m.end()
    out.append((a, b))
    return out


def _within(mentions: list, s0: int, s1: int) -> list:
    """Mentions starting in [s0, s1), by binary search: a per-sentence scan of all mentions is quadratic."""
    return mentions[bisect.bisect_left(mentions, s0, key=lambda m: m.start):
                    bisect.bisect_left(mentions, s1, key=lambda m: m.start)]


def _subject(text: str, mentions: list, offset: int):
    """The company a sentence is about, which "it" and "the company" in the next sentence refer to: its first
    registry company that is not named in an aside or as an owner ('the miner majority-owned by Hut 8')."""
    if _RELATED_LINK.match(text):
        return None  # "See related article: Canaan says overseas expansion still on course": a link, not the story
    if _VERB_OPENED_ITEM.match(text):
        return None  # a wire brief's item: "* Edged out Cipher Mining, which mined 160 BTC in May": the brief's subject
    asides = [x.span() for x in ASIDE.finditer(text)] if mentions else []
    for m in mentions:
        pos = m.start - offset
        if m.company and not is_bystander(text, pos, m.end - offset) and not any(a <= pos < b for a, b in asides) \
                and not (pos and NOT_SUBJECT_BEFORE.search(text, max(0, pos - 25), pos)) \
                and not (pos and _SOLD_TO_BEFORE.search(text, max(0, pos - 90), pos)) \
                and not (pos and text[pos - 1] in "“\"") and not text.startswith("-", m.end - offset) \
                and not _DEAL_AFTER.match(text, m.end - offset):
            # (nor a name inside a quoted title or a compound: 'Signed the “Canaan Bitcoin Mining Agreement”, ...
            # under which Stronghold will run 4,000 Canaan-supplied miners')
            return m.company
    if len(text) <= 60 and not text.rstrip().endswith((".", ":", ";", ",")):
        # a heading whose only name is the ticker in its aside: "🔵 CIPHER ($CIFR)" (the capitalised word alone is not
        # read as a name)
        return next((m.company for m in mentions if m.company and m.name == m.company.ticker), None)
    return None


# a list item whose subject is the list's company, left unsaid: "* Says mined 166 BTC in May", "* Edged out Cipher"
_VERB_OPENED_ITEM = re.compile(r"[ \t]*[*•▪·–-][ \t]+(?:Says|Said|Mined|Produced|Sold|Held|Holds|Edged|Targets|Expects|"
                               r"Reports|Reported|Posted|Bought|Added|Raised|Repaid|Drew|Ended|Increased|Reached|Beat|"
                               r"Outpaced|Trailed|Topped|Sees|Plans|Agreed|Signed|Completed)\b")
# the company bought, not the buyer: "helped by the Stronghold acquisition, which is expected to close in Q1 2025"
_DEAL_AFTER = re.compile(r"\s+(?:acquisition|merger|deal|takeover|buyout|transaction)\b", re.I)
# the buyer of what the subject sold: "Closed the sale of the 200 MW Yguazu data center in Paraguay to HIVE"
_SOLD_TO_BEFORE = re.compile(r"\b(?:sale|sold|selling|sells)\b[^.;]{0,70}?\bto\s+$", re.I)
_RELATED_LINK = re.compile(r"\W*(?:See (?:related|also)|Related(?: article| story)?:|Read (?:more|also)|Also read)\b", re.I)


# "CleanSpark held 13,011 BTC on the same date", "had 2,926 BTC pledged at that date": the date just stated
# "The Company borrowed $50.0 million on the closing date": the day the agreement, just dated, closed
_SAME_DATE_ANAPHOR = re.compile(r"\b(?:at|on|as of|by)\s+(?:the\s+same|that)\s+(?:date|day|point)\b|"
                                r"\b(?:on|at|upon)\s+(?:the\s+)?closing(?:\s+date)?\b(?!\s+of\b)|"
                                r"\bwhen\s+the\s+(?:agreement|deal|transaction|loan|facility)\s+closed\b", re.I)


_DAYS_LATER = re.compile(r"\b(?:(?P<n>a|one|two|three|four|five|six|seven)\s+(?P<unit>days?|weeks?)\s+later|"
                         r"the\s+(?P<w>next|following|same)\s+day)\b", re.I)
# (a relative clause's year dates its own noun: "secured by 15,000 MinerVa machines, which were supposed to be delivered
# in full by the end of that year")
_WHICH_OPEN = re.compile(r",\s+which\b[^,;]*$")
_THAT_YEAR = re.compile(r"\b(?:that|the same)\s+year\b(?!\s+(?:of|in|earlier|before|ago|prior|later)\b)", re.I)
# a span named by the sentence before: "In that quarter, the Company had produced 2,115 bitcoin", "Back then Marathon ..."
_THAT_EARLIER_SPAN = re.compile(r"\b(?:in|during|over|for)\s+(?:that\s+(?P<unit>quarter)|the\s+same\s+(?P<months>three)\s+months)\b"
                                r"(?!\s+(?:of|in|a year|last|the\s+(?:prior|previous))\b)|"
                                r"^\W{0,3}(?:Back\s+then|At\s+that\s+time)\b", re.I)
_THAT_MONTH = re.compile(r"\b(?:that|the same)\s+month\b(?!\s+(?:of|in|a year|last|the\s+(?:prior|previous))\b)", re.I)  # (not "the same month of 2023")
# the span a release reports on, resolved later ("- Bitcoin mined through self-mining in the quarter: 911." under "Key
# operating metrics as of March 31, 2024:"), not the list's date
_BARE_SPAN = re.compile(r"\b(?:in|during|for|over|through(?:out)?)\s+the\s+(?:quarter|month|period|half)\b", re.I)
_DAY_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "same": 0}


def _dated_lead_in(ctx: DocContext, s0: int) -> P.Period | None:
    """The one day or month named by the line that introduces the bulleted list a sentence opens."""
    line_start = ctx.text.rfind("\n", 0, s0) + 1
    if line_start != s0 and ctx.text[line_start:s0].strip() not in ("", "•", "-", "*", "–", "·", "▪"):
        return None  # not the bullet's first sentence
    line = list_lead_in(ctx.text, s0)
    found = [p for p in P.find_periods(line, ctx.published, ctx.fy_end_month, ctx.dmy)
             if p.kind in ("date", "month") and not names_event_or_base(line, p)
             # (not a news brief's dateline: "May 4 (Reuters) - Core Scientific Inc:")
             and not _WIRE_DATELINE_AFTER.match(line, p.char_end)] if line else []
    return found[0] if len(found) == 1 else None


_WIRE_DATELINE_AFTER = re.compile(r"\s*(?:,\s*(?:19|20)\d\d)?\s*\((?:Reuters|Bloomberg|AP|AFP|Dow Jones|Xinhua|IANS)\)")


def _text_just_before(ctx: DocContext, s0: int) -> str:
    """The 300 characters before a sentence, on its line."""
    return ctx.text[max(ctx.text.rfind("\n", 0, s0) + 1, s0 - 300):s0]


def _periods_just_before(ctx: DocContext, s0: int) -> list[P.Period]:
    """The periods of the 300 characters before a sentence, on its line: what "a day later" or "that month" points
    back to."""
    return P.find_periods(_text_just_before(ctx, s0), ctx.published, ctx.fy_end_month, ctx.dmy)


_END_OF = re.compile(r"\b(?:end|close)\s+of\s+$", re.I)


def _days_just_before(ctx: DocContext, s0: int) -> list[P.Period]:
    """The days named in the 300 characters before a sentence, on its line, and the ends of months named as such
    ("MARA held 49,179 BTC at the end of May ... Riot ... held 19,225 BTC at the same date")."""
    back = _text_just_before(ctx, s0)
    return [p if p.kind == "date" else P.Period(None, p.end, "date", p.char_start, p.char_end, p.has_year, p.text)
            for p in P.find_periods(back, ctx.published, ctx.fy_end_month, ctx.dmy)
            if (p.kind == "date" and p.start is None) or (p.kind == "month" and _END_OF.search(back, 0, p.char_start))]


def _asides(s: str) -> list[tuple[int, int]]:
    """The spans of a sentence's asides (ASIDE), which date nothing outside them."""
    return [m.span() for m in ASIDE.finditer(s)]


def _with_that_year(ctx: DocContext, s0: int, s: str, periods: list[P.Period]) -> list[P.Period]:
    """The sentence's periods, with "that year" read as the year last named, in the sentence or the lines before:
    "Argo began amortizing the loan in May 2023. It paid down $11.5 million of principal over the rest of that year";
    a fiscal year whole ("its FY24 ran from July 1, 2023 to June 30, 2024. Over that year it mined 4,191 BTC"); "In
    August of that year": that August. Not a comparison's base ("In 2021, ... Riot produced 3,812 bitcoin, up from
    1,510 BTC in 2020. At the end of that year it held 4,884 BTC"), nor in an aside or a relative clause."""
    that = _THAT_YEAR.search(s)
    if that is None or any(p.char_start <= that.start() < p.char_end for p in periods) \
            or any(a < that.start() < b for a, b in _asides(s)) or _WHICH_OPEN.search(s, 0, that.start()):
        return periods
    back = _text_just_before(ctx, s0)
    named = [p for p in periods if p.has_year and p.char_end <= that.start() and not names_event_or_base(s, p)] \
        or [p for p in P.find_periods(back, ctx.published, ctx.fy_end_month, ctx.dmy)
            if p.has_year and not names_event_or_base(back, p)]
    if not named:
        return periods
    last = named[-1]
    year = last if last.kind in ("year", "span") and last.start is not None else \
        P.Period(dt.date(last.end.year, 1, 1), dt.date(last.end.year, 12, 31), "year", 0, 0, True, "")
    month = next((p for p in periods if p.kind == "month" and not p.has_year
                  and s[p.char_end:that.start()].strip().lower() == "of"), None)
    if month is not None:
        periods = [p for p in periods if p is not month]
        year = dataclasses.replace(month, start=month.start.replace(year=year.end.year),
                                   end=P.month_end(year.end.year, month.end.month), has_year=True)
    return sorted(periods + [dataclasses.replace(year, char_start=month.char_start if month else that.start(),
                                                 char_end=that.end(), text=that.group())], key=lambda p: p.char_start)


def _make_sent(ctx: DocContext, s0: int, s1: int, para: int, last_company, last_para: int, about=None,
               last_date=None) -> Sent:
    s = ctx.text[s0:s1]
    rel = [type(m)(m.start - s0, m.end - s0, m.name, m.company) for m in _within(ctx.mentions, s0, s1)]
    first = next((m.company for m in rel if m.company), None)
    company, near = last_company, para - last_para <= 1
    if ctx.issuer is not None and (_COMPANY_REF.search(s) or last_company is None) and not (
            # a story's "the company" after a sentence about another miner in its paragraph: "Marathon Digital ... also
            # posted a wider loss. Even so, the company still expects to end 2024 with 50 EH/s"
            last_company is not None and last_para == para and last_company != ctx.issuer
            and _NEWS_COMPANY_REF.search(s) and not _OWN_COMPANY_REF.search(s)):
        company, near = about or ctx.issuer, True
    # "The company aims to reach 3.0 EH/s by the end of its 2023 fiscal year" under a HIVE heading: HIVE's calendar
    periods = P.find_periods(s, ctx.published, ctx.fy_end_for(first or (company if near else None) or ctx.issuer),
                             ctx.dmy)
    if ctx.fiscal_quarters and "Q" in s:
        periods = [p if P.said_calendar(s, p.char_start) else P.as_fiscal_quarter(p, ctx.fy_end_month) for p in periods]
    if ctx.fiscal_quarters and "quarter" in s:
        periods = [p if P.said_calendar(s, p.char_start) else P.as_fiscal_ordinal_quarter(p, ctx.fy_end_month, ctx.published)
                   for p in periods]
    if (later := _DAYS_LATER.search(s, 0, 80)) and not any(p.kind == "date" and p.start is None for p in periods):
        # "The amendment was signed on Feb. 9. A day later, MARA drew $50 million": days after the date just named (at
        # the sentence's head; "..., and two days later used ..." dates only its clause, which rules do not split)
        days = [p for p in _periods_just_before(ctx, s0) if p.kind == "date" and p.start is None]
        if days:
            n = _DAY_COUNT.get((later.group("n") or later.group("w")).lower(), 1)
            n *= 7 if (later.group("unit") or "").lower().startswith("week") else 1  # "One week later, it took ..."
            periods = sorted(periods + [P.Period(None, days[-1].end + dt.timedelta(days=n), "date", later.start(),
                                                 later.end(), days[-1].has_year, later.group())],
                             key=lambda p: p.char_start)
    if (that := _THAT_MONTH.search(s)) and not any(p.kind == "month" or p.char_start <= that.start() < p.char_end
                                                    for p in periods):
        # "In December 2022, ... Argo sold its Helios facility to Galaxy. Galaxy also extended a $35 million loan to
        # Argo that month": the month just named
        told = _periods_just_before(ctx, s0)
        months = [p for p in told if p.kind == "month"] or [
            # "On June 12, 2024, a subsidiary signed ... Later that month, Canaan ... took a loan": the day's month
            P.Period(p.end.replace(day=1), P.month_end(p.end.year, p.end.month), "month", p.char_start, p.char_end,
                     p.has_year, p.text) for p in told if p.kind == "date" and p.start is None]
        if not months and told and told[-1].kind in ("year_ago", "prior_month"):
            months = told[-1:]  # "A year ago, CleanSpark's fleet ran at about 6.7 EH/s. That month's production was 476
            # BTC": the month a year back (rules anchor it on the reported month)
        if months:
            periods = sorted(periods + [dataclasses.replace(months[-1], char_start=that.start(), char_end=that.end(),
                                                            text=that.group())], key=lambda p: p.char_start)
    elif (that := _THAT_EARLIER_SPAN.search(s)) and not any(p.kind in ("month", "quarter", "year") for p in periods) \
            and (told := _periods_just_before(ctx, s0)) \
            and told[-1].kind in ("year_ago", "prior_month", "prior_quarter", "month", "quarter") \
            and (that.group("unit") is None or told[-1].kind in ("year_ago", "prior_quarter", "quarter")) \
            and (that.group("months") is None or told[-1].kind in ("prior_quarter", "quarter")):
        # "Riot produced 1,775 bitcoin in the second quarter, a decrease from the previous quarter. In that quarter,
        # the Company had produced 2,115 bitcoin"; "... compares well with the same month a year ago. Back then
        # Marathon ... mined just 616 BTC": the period the sentence before ended on
        periods = sorted(periods + [dataclasses.replace(told[-1], char_start=that.start(), char_end=that.end(),
                                                        text=that.group())], key=lambda p: p.char_start)
    periods = _with_that_year(ctx, s0, s, periods)
    if not periods and not _BARE_SPAN.search(s) and (lead := _dated_lead_in(ctx, s0)) is not None:
        # "On July 28, 2022, the Company and Silvergate entered into two agreements:" over "- A new $100 million term
        # loan.": a bullet with no date of its own takes its list's
        periods = [dataclasses.replace(lead, char_start=0, char_end=0)]
    if (same := _SAME_DATE_ANAPHOR.search(s)) and not any(
            (p.char_start < same.start() and not (", " in s and any(a <= p.char_start < b for a, b in _asides(s))))
            or (p.start is None and p.kind == "date") for p in periods) and (
            (line_days := _days_just_before(ctx, s0))
            or (last_date is not None and para - last_date[1] <= 1)):
        # (a date named earlier in the sentence is the one it repeats: "ended December with ..., and Bitfarms had
        # 1,402 BTC on the same date"); the last day named on the line before it, else in the last sentence read:
        # "As of December 31, 2024, the Company had cash ... of US$57.4 million ... As of the same date, the Company
        # had US$22.3 million of short-term loans outstanding"
        prev = line_days[-1] if line_days else last_date[0]
        periods = sorted(periods + [P.Period(None, prev.end, "date", same.start(), same.end(), prev.has_year,
                                             same.group())], key=lambda p: p.char_start)
    listed = _listed_before(ctx, s0) if ("respectively" in s and _GROUP_OPENER.match(s)
                                         and not any(m.company and m.start < s.find("respectively") for m in rel)) \
        or FORMER_OR_LATTER.search(s) else ()  # ("The former ended July with 57.4 EH/s")
    return Sent(s0, s1, s, para, rel, periods, company, near, listed)


_GROUP_OPENER = re.compile(r"\W{0,3}(?:(?:The|These|Those|All|Both)\s+(?:two|three|four|five|six|trio|pair|companies|"
                           r"miners|firms|producers|former|latter)\b|(?:Their|They)\b)")


def _listed_before(ctx: DocContext, s0: int) -> tuple:
    """The companies, in order, that the sentence before `s0` names (the last of the paragraph before, when `s0`
    opens a paragraph), or the one before that when it too opens on "The three": "Riot, CleanSpark and Marathon
    mined 425, 806 and 890 bitcoin in March, respectively. The three had produced 364, 684 and 1,084 BTC,
    respectively, in February, when Marathon ... Their hashrates stood at 12.4, 16.4 and 27.8 EH/s, respectively"."""
    for _ in range(3):
        floor = max(0, s0 - 600)
        end = len(ctx.text[floor:s0].rstrip()) + floor  # the end of the sentence before
        line = ctx.text.rfind("\n", floor, end) + 1
        dot = ctx.text.rfind(". ", line, max(line, end - 2))
        start = max(line, dot + 2) if dot >= 0 else line
        out: list = []
        for m in _within(ctx.mentions, start, end):
            if m.company and m.company not in out:
                out.append(m.company)
        if len(out) >= 2:
            return tuple(out)
        if start >= s0 or not _GROUP_OPENER.match(ctx.text, start):
            return ()
        s0 = start
    return ()

