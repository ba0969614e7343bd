"""Turn candidates into Facts: merge repeats (headline + bullets + body = one fact), drop rounded echoes,
flag conflicting values, and set confidence."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from extractors import periods as P
from extractors.base import HAS_SINCE, NOW_WORDS, Candidate
from models.fact import Evidence, Fact, Figure

_WEAK_RULES = {"elliptical", "respectively", "comparison", "amount_verb"}


def _month(d: dt.date | None) -> tuple[int, int] | None:
    return (d.year, d.month) if d else None


def _key(c: Candidate) -> tuple:
    return (c.type, c.company.canonical, _month(c.period_start), _month(c.period_end), c.hashrate_kind, c.loan_event)


def _same_figure_other_kind(k: Candidate, c: Candidate) -> bool:
    """'- Month-end operating hashrate of 4.2 EH/s' and 'we exited the month at 4.2 EH/s': one fleet figure at one
    date, whichever kind words each sentence used (a target is never merged with a fleet figure)."""
    return (k.type == c.type == "hashrate" and k.company == c.company and k.hashrate_kind != c.hashrate_kind
            and "target" not in (k.hashrate_kind, c.hashrate_kind) and k.period_end == c.period_end
            and (_month(k.period_start) == _month(c.period_start) or _plain_and_average(k, c))
            and _close(k.value, c.value))


def _plain_and_average(k: Candidate, c: Candidate) -> bool:
    """'- Hashrate: 1.56 EH/s' at June's end and 'Realized hashrate for the month averaged 1.56 EH/s': one figure."""
    plain = k if k.hashrate_kind == "operational" else c
    return {k.hashrate_kind, c.hashrate_kind} == {"operational", "average"} \
        and (k.period_start is None) != (c.period_start is None) and _BARE_HASHRATE_LABEL.match(plain.sent.text) is not None


# a label that names no kind: "- Hashrate: 1.56 EH/s (May 2025: 1.89 EH/s)"
_BARE_HASHRATE_LABEL = re.compile(r"\W{0,3}(?:(?:bitcoin|BTC|mining)\s+)?hash\s?rate\s*(?:\((?:EH|PH)/s\))?\s*:", re.I)


def _rows_of_one_table(a: Candidate, b: Candidate) -> bool:
    """Two rows of one debt table are two loans, however close their balances ('Equipment Financings E - H | $10,478'
    over 'Secured Promissory Note | 10,430')."""
    return a.rule == b.rule == "table_loan" and a.sent is not b.sent and a.sent.para == b.sent.para


def _two_lenders(a: Candidate, b: Candidate) -> bool:
    """Two figures of one sentence with lenders of their own are two loans: 'a $100 million line with Coinbase Prime
    and a $100 million line with Two Prime'; so are two stated days with two lenders ('The master loan agreement
    with Two Prime ... took effect on Sept. 19' and 'On Monday the company said Coinbase Prime had extended a new
    $100 million line')."""
    if not (a.type == b.type == "loan" and a.q_start != b.q_start and a.lender and b.lender and a.lender != b.lender):
        return False
    return a.sent is b.sent or (a.period_end != b.period_end and not (a.period_default and b.period_default)
                                and not _same_lender(a.lender, b.lender))


# "... its existing $100 million revolving credit line ... and added a new $100 million term loan": another instrument
_ANOTHER_BEFORE = re.compile(r"\b(?:new|second|separate|another|additional|further)\s+(?:US)?\$?\s?$", re.I)


def _another_loan(a: Candidate, b: Candidate) -> bool:
    """Two figures of one sentence, the later one a loan of its own: 'refinanced its existing $100 million revolving
    credit line with Silvergate Bank and added a new $100 million term loan from the same lender'."""
    if not (a.type == b.type == "loan" and a.sent is b.sent and a.q_start != b.q_start):
        return False
    later = max(a.q_start, b.q_start)
    return _ANOTHER_BEFORE.search(a.sent.text, max(0, later - 20), later) is not None


def _two_pledges(a: Candidate, b: Candidate) -> bool:
    """A top-up and the pledge it left are two postings: 'Argo posted an additional 150 BTC as collateral on 4 December
    ... After that top-up a total of 1,020 BTC is pledged against the loan'."""
    return a.loan_event == b.loan_event == "collateral_posted" and a.collateral_btc is not None \
        and b.collateral_btc is not None and not _close(a.collateral_btc, b.collateral_btc, 0.01)


def _close(a: float | None, b: float | None, tol: float = 0.005) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if float(a).is_integer() and float(b).is_integer() and max(a, b) >= 100 and a % 50 and b % 50:
        return a == b  # "9,086 BTC" at December 31 and "9,077" at January 31 are two counts (but "nears 4,100 BTC"
        # may repeat "held 4,090 BTC")
    return abs(a - b) <= tol * max(abs(a), abs(b), 1e-12)


def resolve(cands: list[Candidate], versions: dict[str, int], text: str,
            published: dt.date | None = None) -> list[Fact]:
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.sent.start, c.q_start)):
        twin = next((k for k in kept if _key(k) == _key(c) and _close(k.value, c.value)
                     and not _rows_of_one_table(k, c) and not _two_lenders(k, c) and not _another_loan(k, c)
                     and not _two_pledges(k, c)), None) or next(
            (k for k in kept if _same_figure_other_kind(k, c)), None)
        if twin is not None and twin.value != c.value and _significant_digits(c) > _significant_digits(twin):
            # "fiscal 2025 production nears 3,000 bitcoin" over the table's 2,987: the precise statement is the fact
            kept[kept.index(twin)] = c
            twin, c = c, twin
        if twin is not None:
            if c.hashrate_kind == "average" and twin.hashrate_kind == "operational" and _plain_and_average(twin, c):
                # the average names the figure more exactly than a bare "Hashrate:" label, and so the label's own
                # comparison: "(May 2025: 1.89 EH/s)" is May's average
                twin.hashrate_kind, twin.period_start = c.hashrate_kind, c.period_start
                for k in kept:
                    if k.sent is twin.sent and k is not twin and k.type == "hashrate" and k.hashrate_kind == "operational" \
                            and k.period_start is None and k.period_end is not None \
                            and k.period_end == P.month_end(k.period_end.year, k.period_end.month):
                        k.hashrate_kind, k.period_start = "average", k.period_end.replace(day=1)
            twin.flags &= c.flags  # a repeat with less doubt lifts the doubt
            if twin.period_default and not c.period_default:
                twin.period_start, twin.period_end = c.period_start, c.period_end  # the repeat that gives the date
            twin.period_default = twin.period_default and c.period_default
            _fill(twin, c)
            continue
        kept.append(c)
    # one at a time, the undated first, so that two figures never drop each other: 'Path to 20 EH/s' (undated)
    # echoes the deck's 'past 20 EH/s in the first half of 2024', which would otherwise echo it back
    for c in sorted(kept, key=lambda c: not c.period_default):
        if _is_any_echo(c, kept):
            kept.remove(c)
    by_key: dict[tuple, list[Candidate]] = {}
    for c in kept:
        by_key.setdefault(_key(c), []).append(c)
    for group in by_key.values():
        if len(group) > 1 and group[0].type != "loan":
            for c in group:
                c.flags.add("conflicting_repeat")
    for c in kept:
        # a date that only a default gave, once repeats are merged (flagged before, the figure would read as an echo
        # of a dated one): "Galaxy also lent Argo $35 million" in a story of February 2024, which tells of a loan of
        # December 2022; "Hut 8 has 9,366 BTC in reserve" in a story about its last quarter (on the dev corpus such
        # balances and fleets were right about seven times in ten, against more than nine in ten when the sentence
        # says "now", "currently" or "today")
        if c.period_default and (c.type == "loan" or (
                c.type in ("hashrate", "btc_held") and published is not None and c.period_end == published
                and not _SAYS_NOW.search(c.sent.text))):
            c.flags.add("period_inferred")
    return [_to_fact(c, versions, text) for c in kept]


_BULLET = re.compile(r"\s*[-•*–]")


def _significant_digits(c: Candidate) -> int:
    """'2,987' -> 4, '3,000' -> 1, '10.02' -> 4: how precisely the figure is written."""
    return len(re.sub(r"\D", "", c.sent.text[c.q_start:c.q_end]).strip("0"))


def _is_heading(c: Candidate) -> bool:
    """A headline or deck line: near the top, and not a sentence ending in a full stop."""
    return c.sent.start < 400 and _is_heading_line(c)


def _is_heading_line(c: Candidate) -> bool:
    """A line that is no sentence ending in a full stop, nor a bullet: a headline, or a section's heading anywhere."""
    return not c.sent.text.rstrip().endswith(".") and not _BULLET.match(c.sent.text)


def _fill(twin: Candidate, other: Candidate) -> None:
    """A later repeat may carry details the first one lacked (proceeds, lender, collateral)."""
    twin.proceeds_usd = twin.proceeds_usd or other.proceeds_usd
    twin.lender = twin.lender or other.lender
    twin.collateral_btc = twin.collateral_btc or other.collateral_btc


def _is_any_echo(c: Candidate, kept: list[Candidate]) -> bool:
    heading = _is_heading(c)
    return (_is_echo(c, kept, heading) or _is_undated_echo(c, kept, heading) or _is_figureless_loan_echo(c, kept)
            or (heading and _is_heading_bound_echo(c, kept)) or _is_quoted_loan_echo(c, kept)
            or _is_headline_loan_echo(c, kept) or _is_dateline_loan_echo(c, kept))


def _is_dateline_loan_echo(c: Candidate, kept: list[Candidate]) -> bool:
    """'NEW YORK, Nov. 01, 2022 (GLOBE NEWSWIRE) -- Stronghold ... has cleared the last approximately $2.1 million of
    the roughly $67 million in principal it had owed' over the body's dated '$2.1 million of principal was
    extinguished' and '$67.4 million in total, has been eliminated': a wire release's lead sums up its body."""
    return c.type == "loan" and c.value is not None and _DATELINE_LEAD.search(c.sent.text, 0, 160) is not None and any(
        k is not c and k.type == "loan" and k.company == c.company and k.sent is not c.sent and k.value is not None
        and (_close(k.value, c.value) or _rounds_to(k.value, c.value)) for k in kept)


def _is_headline_loan_echo(c: Candidate, kept: list[Candidate]) -> bool:
    """'LM Funding Secures Additional $2.0 Million Loan' over 'the Lender agreed to provide the Company with an
    additional loan of up to $2.0 million': a headline whose event was a guess restates the body's loan."""
    return "direction_unclear" in c.flags and len(c.sent.text.strip()) < 120 and _is_heading_line(c) \
        and _loan_told_elsewhere(c, kept, lambda k: "direction_unclear" not in k.flags or not _is_heading_line(k))


def _is_quoted_loan_echo(c: Candidate, kept: list[Candidate]) -> bool:
    """'"We have taken roughly $50 million of leverage off the balance sheet," the CFO said' after 'a step that
    lowered its debt by $50 million': an executive restating the story's loan figure, whatever verb he uses."""
    return _is_quote(c) and _loan_told_elsewhere(c, kept, lambda k: not _is_quote(k))


def _is_quote(c: Candidate) -> bool:
    return c.sent.text.lstrip()[:1] in ('"', "\u201c")


def _loan_told_elsewhere(c: Candidate, kept: list[Candidate], plainly: Callable[[Candidate], bool]) -> bool:
    """A loan figure of the same company and size that another sentence tells, in a way `plainly` accepts."""
    return c.type == "loan" and c.value is not None and any(
        k is not c and k.type == "loan" and k.company == c.company and k.sent is not c.sent and _close(k.value, c.value)
        and plainly(k) for k in kept)


def _is_heading_bound_echo(c: Candidate, kept: list[Candidate]) -> bool:
    """'Cipher Mining Pushes Past 10 EH/s' over 'running at about 10.1 EH/s at the end of October', 'Cango ends 2025
    ... as operating hashrate slips below 44 EH/s' over 'its average operating hashrate for December was 43.36 EH/s':
    a headline's bound restates a figure of the body, whatever kind or date it was given; so does a plain figure that
    rounds it ('Exits the Month at 1.8 EH/s' over '1,810 PH/s at October 31', 'Argo gets $20M Bitcoin-backed loan' over
    'a six-month loan of 14 million pounds ..., about $19.4 million at the time')."""
    bound = c.qualifier in ("at_least", "at_most")
    if c.value is None or (c.type == "loan" and bound) or not (bound or c.qualifier is None):
        return False
    return any(k is not c and k.type == c.type and k.company == c.company and k.value is not None
               and k.qualifier in (None, "approximate") and not _is_heading(k)
               and (c.period_default or k.period_default or _month(k.period_end) == _month(c.period_end))
               and (k.hashrate_kind == "target") == (c.hashrate_kind == "target")
               and (_restates(c, k.value, by_step=True) if bound else k.value != c.value and _rounds_to(k.value, c.value))
               for k in kept)


def _rounds_to(precise: float, rounded: float) -> bool:
    """1.81 -> 1.8, 40.2 -> 40, 6,299 -> 6,300: the rounded figure has fewer digits and the precise one rounds to it."""
    if abs(precise - rounded) > 0.05 * abs(precise):
        return False
    step = _rounding_step(rounded)
    if step < 1:
        decimals = len(f"{rounded:.10f}".rstrip("0").split(".")[1])  # (repr gives "1e-05" for tiny figures)
        return round(precise, decimals) == rounded
    return round(precise / step) * step == rounded


def _is_figureless_loan_echo(c: Candidate, kept: list[Candidate]) -> bool:
    """'has cut the balance on its bitcoin-backed credit line' beside 'used $28 million of the proceeds to pay down
    a bitcoin-backed credit facility': the same repayment, told once with its amount."""
    if c.type != "loan" or c.value is not None:
        return False
    if c.collateral_btc is not None:
        # "held 1,214 BTC, including the 780 BTC pledged under the term loan" after "borrowed $60 million ... secured
        # by 780 BTC": the same pledge
        return c.loan_event == "collateral_posted" and any(
            k is not c and k.type == "loan" and k.company == c.company and k.collateral_btc == c.collateral_btc
            and k.value is not None for k in kept)
    if _ALSO.search(c.sent.text):
        return False  # "The company also repaid its NYDIG equipment financing in May": another loan
    # a headline's "clears equipment debt" over the body's "repaid the final C$1.9-million owed on an equipment loan
    # during the quarter": the same repayment, whenever the body dates it; so does a wire release's dateline lead,
    # which sums up the body
    heading = _is_heading(c) or _DATELINE_LEAD.search(c.sent.text, 0, 160) is not None
    return any(k is not c and k.type == "loan" and k.company == c.company and k.loan_event == c.loan_event
               and (k.value is not None and _month(k.period_end) == _month(c.period_end)
                    and _same_lender(k.lender, c.lender)
                    or heading and not _is_heading(k) and _same_loan(k, c))
               for k in kept)


_DATELINE_LEAD = re.compile(r"\((?:GLOBE NEWSWIRE|BUSINESS WIRE|ACCESSWIRE|ACCESS Newswire|Newsfile Corp\.)\)\s*[-–—]|"
                            r"/\s*(?:PRNewswire|CNW|PRNewswire-[A-Za-z]+)\s*/\s*[-–—]", re.I)
_ALSO = re.compile(r"\b(?:also|separately|another|other)\b", re.I)


_SAID_NOW = re.compile(rf"\b(?:{NOW_WORDS})\b", re.I)
_SAYS_NOW = re.compile(rf"\b(?:{NOW_WORDS}|{HAS_SINCE})\b", re.I)  # (and "has since surpassed 3.1 EH/s")


def _is_echo(c: Candidate, kept: list[Candidate], heading: bool) -> bool:
    """'over 4,400 BTC' after 'sold 4,451 BTC': a rounded restatement of a precise figure."""
    # a figure in words is round however it is hedged, or if not: "just over a thousand coins", "we have two thousand
    # bitcoin on the balance sheet" of 1,166 and 2,287 BTC
    spoken = c.value is not None and not c.rule.endswith("told_before") \
        and not any(ch.isdigit() for ch in c.sent.text[c.q_start:c.q_end])  # (not a figure the sentence before told)
    if (c.qualifier is None and not spoken) or c.value is None:
        return False
    bound = c.qualifier in ("at_least", "at_most")
    # "As of this morning we're holding roughly 11,600 coins" after "we ended March with 11,177": a later balance
    said_now = _SAID_NOW.search(c.sent.text, max(0, c.q_start - 60), c.q_start) is not None
    for k in kept:
        if k is c or k.type != c.type or k.company != c.company or k.value is None \
                or not (k.qualifier is None or (bound and k.qualifier == "approximate")):
            continue  # ("crossed the one exahash mark" restates "approximately 1,050 PH/s")
        if k.type == "hashrate" and k.hashrate_kind != c.hashrate_kind and not (bound and c.hashrate_kind == "operational"):
            continue  # ("more than three Exahash" of no stated kind restates "3.02 Exahash of mining capacity")
        same_period = _month(k.period_end) == _month(c.period_end) or (
            ("period_inferred" in c.flags or c.period_weak) and not said_now)
        if same_period and _restates(c, k.value, by_step=heading or spoken):
            return True
    return False


def _restates(c: Candidate, precise: float, by_step: bool) -> bool:
    """Whether a qualified figure can be a rounded restatement of a precise one: 'about 4,400' of 4,451 (within
    5 %); a bound at a round number, 'over 500 BTC' of 533 or 'above 50 EH/s' of 50.6, when the precise figure
    lies between it and the next step of its rounding (500 -> 600, 50 -> 60)."""
    if abs(precise - c.value) <= 0.05 * precise:
        return True
    if not by_step:
        return False  # in the body, "also sold more than 100 BTC" after "sold 150 BTC" is a sale of its own
    step = _rounding_step(c.value)
    if c.qualifier in ("at_least", None):  # (None: a round figure in words, "two thousand" of 2,287)
        return c.value <= precise < c.value + step
    if c.qualifier == "at_most":
        return c.value - step < precise <= c.value
    return False


def _rounding_step(v: float) -> float:
    """The unit of the last non-zero digit: 500 -> 100, 13,000 -> 1,000, 50 -> 10, 7 -> 1, 2.5 -> 0.1."""
    if not float(v).is_integer() or v == 0:
        return 0.1
    n, step = int(v), 1
    while n % 10 == 0:
        n, step = n // 10, step * 10
    return step


_NEW_MONEY_BEFORE = re.compile(r"\b(?:additional|another|further|second|fresh)\s+(?:US|USD\s?)?$", re.I)


def _is_undated_echo(c: Candidate, kept: list[Candidate], heading: bool) -> bool:
    """'IREN hits 31 EH/s' (headline, dated by default) and 'reached 31 EH/s at the end of November' (body) are
    one fact: an undated figure repeating a dated one of the same company, type and value is dropped. A headline's
    bound ('closes the year above 50 EH/s') echoes the body's precise figure (50.6 EH/s at December 31); in the
    body, 'still holds more than 52,000 BTC' after a sale is a balance of its own."""
    if not c.period_default:
        return False
    if c.type == "loan" and c.loan_event in ("borrowed", "repaid") and _NEW_MONEY_BEFORE.search(
            c.sent.text, max(0, c.q_start - 30), c.q_start):
        return False  # "and that it immediately drew an additional $50 million": a draw of its own, not a repeat
    if c.value is None:
        # "TeraWulf pays off its term loan" (headline) and "The final payment of $77.5 million was made on June 28";
        # "The miner, which paid off its term loan earlier this year" after "paid off ... its term loan in June"
        return c.type == "loan" and any(k is not c and k.type == "loan" and k.company == c.company
                                        and (k.value is not None or not k.period_default)
                                        and k.loan_event == c.loan_event and _same_loan(k, c) for k in kept)
    if c.type in ("btc_held", "hashrate") and not heading and _NOW_BEFORE.search(c.sent.text, max(0, c.q_start - 40),
                                                                                  c.q_start):
        return False  # "Riot currently holds 19,223 BTC" in April, after "19,223 BTC ... at March 31": a balance of now
    # a figure dated by the document's as-of date (also a default) echoes too: "finished the month with 16.6 EH/s" ...
    # "At 16.6 EH/s, Core Scientific's own fleet would amount to ..."
    return any(k is not c and (not k.period_default or _later_fallback(c, k) or _body_of_heading(c, k, heading))
               and k.type == c.type and k.company == c.company
               and (_close(k.value, c.value) or (heading and c.qualifier in ("at_least", "at_most")
                                                 and k.qualifier is None and k.hashrate_kind == c.hashrate_kind
                                                 and _restates(c, k.value, by_step=True)))
               and (k.type != "loan" or (k.loan_event == c.loan_event or _summary_of_deal(c, k))
                    # (not "a separate $100 million credit line from Coinbase Prime" after one from Two Prime)
                    and not (c.loan_event == "facility" and _other_lender(k.lender, c.lender)))
               # (a goal never restates the fleet: "from about 6 EH/s today" beside "expects ... about 6 EH/s once
               # fully operational in the second calendar quarter")
               and not (k.hashrate_kind == "target" != c.hashrate_kind and _TODAY_AFTER.match(c.sent.text, c.q_end))
               for k in kept)


_NOW_BEFORE = re.compile(r"\b(?:currently|now|today)\s+(?:holds|has|owns|runs|operates)\s+(?:about\s+|roughly\s+|"
                         r"approximately\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?$", re.I)
_TODAY_AFTER = re.compile(r"\s+(?:today|now|currently|at present)\b", re.I)


def _summary_of_deal(c: Candidate, k: Candidate) -> bool:
    """'- Two Prime lends CleanSpark $100 million against bitcoin' (an undated bullet of the summary at the top) and
    'has agreed to lend CleanSpark $100 million' (the body, dated): one deal, told once as money lent and once as a
    facility."""
    return c.sent.start < 600 and _BULLET.match(c.sent.text) is not None and not k.period_default \
        and k.sent.start > c.sent.start and {c.loan_event, k.loan_event} == {"borrowed", "facility"}


def _body_of_heading(c: Candidate, k: Candidate, heading: bool) -> bool:
    """'Hashrate climbs to 16.4 EH/s' (a deck line, dated at publication) and 'its operational hashrate rose to 16.4
    EH/s by the end of the month' (the body, dated by the month the story reports): the headline restates the body,
    whose date, though read from the story's context, is the better one."""
    return (heading and not _is_heading(k) and k.period_end is not None and c.period_end is not None
            and k.period_end <= c.period_end)


def _later_fallback(c: Candidate, k: Candidate) -> bool:
    """c, later in the text, is dated at publication by default after k was dated (also by default) at the document's
    earlier as-of date; for hashrate c is the plain fleet figure ("At 16.6 EH/s, ... would amount to"), not a
    capacity or target of its own."""
    return (k.sent.start < c.sent.start and k.period_end is not None and c.period_end is not None
            and k.period_end < c.period_end
            and (c.type != "hashrate" or (c.hashrate_kind == "operational"
                                          and k.hashrate_kind not in ("capacity", "target", "average"))))


_LOAN_KINDS = re.compile(r"term loan|equipment|revolv|credit (?:line|facility)|line of credit|bitcoin-backed|"
                         r"btc-backed|bitcoin-collateral|bridge|mortgage|convertible|promissory", re.I)


def _same_lender(a: str | None, b: str | None) -> bool:
    """No two different lenders: 'Anchorage' and 'Anchorage Digital' are one, as is an unnamed lender."""
    first_a, first_b = (_LENDER_FIRST.findall(x or "")[:1] for x in (a, b))
    return not first_a or not first_b or first_a[0].lower() == first_b[0].lower()


def _other_lender(a: str | None, b: str | None) -> bool:
    """Two lenders named, neither's first word among the other's: 'Two Prime' and 'Coinbase Prime' (not 'Matrix
    Finance' and 'Jihan Wu-linked Matrix Finance')."""
    words_a, words_b = (_LENDER_FIRST.findall((x or "").lower()) for x in (a, b))
    return bool(words_a and words_b) and words_a[0] not in words_b and words_b[0] not in words_a


_LENDER_FIRST = re.compile(r"\b(?!(?i:the)\b)[\w&'-]+")


# "its Anchorage credit line" and "its revolving credit facility with Anchorage Digital": one kind of loan
_SAME_KIND = {"credit facility": "credit line", "line of credit": "credit line", "revolv": "credit line"}


def _same_loan(a: Candidate, b: Candidate) -> bool:
    """Nothing tells the two loans apart: no two different lenders, no two different kinds of loan named."""
    if not _same_lender(a.lender, b.lender):
        return False
    kinds_a, kinds_b = _loan_kinds(a.sent.text), _loan_kinds(b.sent.text)
    return not (kinds_a and kinds_b and not kinds_a & kinds_b)


def _loan_kinds(sentence: str) -> set[str]:
    """The kinds of loan a sentence names, one name per kind ('credit facility' and 'revolving' are a credit line)."""
    return {_SAME_KIND.get(k, k) for k in (m.group(0).lower() for m in _LOAN_KINDS.finditer(sentence))}


def _to_fact(c: Candidate, versions: dict[str, int], text: str) -> Fact:
    conf = c.confidence - (0.07 if c.rule in _WEAK_RULES else 0) - 0.2 * len(c.flags)
    conf = min(0.99, max(0.05, conf))
    flags = set(c.flags)
    if conf < 0.5:
        flags.add("low_confidence")
    s0 = c.sent.start
    return Fact(
        type=c.type, company=c.company.canonical, ticker=c.company.ticker, value=c.value, unit=c.unit,  # type: ignore[arg-type]
        period_start=c.period_start, period_end=c.period_end, qualifier=c.qualifier,  # type: ignore[arg-type]
        hashrate_kind=c.hashrate_kind, proceeds_usd=c.proceeds_usd, loan_event=c.loan_event,  # type: ignore[arg-type]
        collateral_btc=c.collateral_btc, lender=c.lender, confidence=round(conf, 3),
        flags=tuple(sorted(flags)),  # type: ignore[arg-type]
        evidence=Evidence(start=s0, end=c.sent.end, sentence=text[s0:c.sent.end]),
        figure=Figure(start=s0 + c.q_start, end=s0 + c.q_end, text=text[s0 + c.q_start:s0 + c.q_end]),
        extractor=f"{c.type}.{c.rule}@{versions[c.type]}",
    )
