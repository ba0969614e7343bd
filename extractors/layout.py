"""Web text's layout brought to the one the rules read, with every fact's offsets kept on the text as given.

The rules read plain quotes and spaces, and a blank line between paragraphs. Text extracted from a web page often
has curly quotes ("Cango’s"), no-break spaces ("650.5\xa0BTC") and one paragraph a line with no blank line between:

    Cango produced 650.5 Bitcoin (BTC) in July, a sharp increase from 450 BTC in June.
    Source: Farside Investors
    Cango now holds 4,529.7 BTC, worth approximately $512 million.

A table's pipe inside parentheses ("Hut 8 Corp. (Nasdaq | TSX: HUT)") is no cell border, and the numbers of a list of
notes ("7 Bitcoin held on the balance sheet, including ...") are no figures.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable

from extractors.amounts import MONTH_NAME
from models.fact import Evidence, Fact, Figure

# one character for one, so that every offset still indexes the text as given
# (a superscript digit is a footnote mark, never part of a figure: "Deployed hashrate⁶", "9,129 BTC⁷")
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\xa0": " ", "\u202f": " ",
                        "\u2009": " ", "\r": "\n"} | {ch: " " for ch in _SUPERSCRIPTS})
_TYPOGRAPHY = re.compile(f"[\u2018\u2019\u201c\u201d\xa0\u202f\u2009\r{_SUPERSCRIPTS}]")
_CRLF_RUN = re.compile(r"(?:\r\n)+")


def same_length_plain(text: str) -> str:
    r"""The text with plain quotes, spaces and line ends, and no superscript footnote marks, each character in place.

    >>> same_length_plain("Riot’s 1,000\xa0BTC\r\nHeld") == "Riot's 1,000 BTC \nHeld"
    True
    """
    if _TYPOGRAPHY.search(text) is None:
        return text
    if "\r\n" in text:  # (a run of line ends keeps its blank lines empty: 'a\r\n\r\nb' is 'a  \n\nb')
        text = _CRLF_RUN.sub(lambda m: " " * (len(m.group()) // 2) + "\n" * (len(m.group()) // 2), text)
    return text.translate(_PLAIN)


def plain_cashtags(text: str) -> str:
    """A post's cashtag or hashtag unit read as the unit, each character in place: '356 $BTC mined' is '356 BTC  mined',
    '484 #bitcoin produced' is '484 bitcoin  produced'."""
    if "$BTC" in text:
        text = _CASHTAG_UNIT.sub(lambda m: m.group(1) + "BTC ", text)
    if "#" in text:
        text = _HASHTAG_UNIT.sub(lambda m: m.group(1) + m.group(2) + " ", text)
    return text


def with_month_capitals(text: str) -> str:
    """An automatic transcript's lower-case months capitalised in place, where they name a time: 'at the end of
    november we held ...', 'as of may thirty first', 'in june we sold ...' (a text that writes 'i' in lower case only)."""
    if (" i" not in text or len(_LOWER_I.findall(text)) < 2) \
            and (_CAPITAL_MONTH.search(text) or len(_LOWER_MONTH.findall(text)) < 2):
        # (written text capitalises "I" and its months: only a machine's transcript writes "i'm", "so i think", "at the
        # end of april")
        return text
    return _LOWER_MONTH.sub(lambda m: m.group(0)[:m.start("m") - m.start()] + m.group("m").capitalize(), text)


_CAPITAL_MONTH = re.compile(rf"\b{MONTH_NAME}\b")
_LOWER_I = re.compile(r"(?<![\w'’])i(?:['’](?:m|ve|d|ll)|\s+(?:think|mean|guess|would|was|am|have|do|don['’]t))\b")
_LOWER_MONTH = re.compile(r"\b(?:(?:in|of|since|through|until|from|during|by|at|for|last|this|next|early|late|mid)\s+"
                          r"(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?)?"
                          r"(?P<m>january|february|april|june|july|august|september|october|november|december|"
                          r"(?<=\bin )march|(?<=\bof )march|(?<=\bin )may|(?<=\bof )may|may(?=\s+(?:\d|first|second|third|"
                          r"fourth|fifth|tenth|fifteenth|twentieth|thirtieth|thirty|twenty|ten|fifteen))|"
                          r"march(?=\s+(?:\d|first|thirty|twenty|fifteen|tenth)))\b")


_CASHTAG_UNIT = re.compile(r"(?<=\d)(\s?)\$BTC\b")
_HASHTAG_UNIT = re.compile(r"(?<=\d)(\s?)#((?i:bitcoin|BTC))\b")


# "12,5 EH/s", "663,7 BTC": a decimal comma (one or two digits after it, so no thousands group)
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])\d{1,3},\d{1,2}(?![\d,])")
# "1.2 EH/s", "4,529.7 BTC": a decimal point
_DECIMAL_POINT = re.compile(r"(?<![\d.])\d+\.\d{1,2}(?![\d.])|\d,\d{3}\.\d")
# a figure written the continental way: "1.234,5", "26.747", "2,1", and "7 327 BTC" (a space between thousands); not
# "5,800 BTC", which a headline of such a text may still write the English way
_EURO_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w.])|"
                          r"(?<![\w.,])\d+,(?:\d{1,2}|\d{4,})(?![\w,])|"
                          r"(?<![\w.,])\d{1,3}(?: \d{3})+(?=\s?(?:BTC|bitcoins?|[EPT]H/s)\b)")
_THOUSANDS_COMMA = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,])")
_EURO_SWAP = str.maketrans({".": ",", ",": ".", " ": ","})
# "US$ 12 Mio.", "US$ 62 millones", "US$ 20 milhões": the scale in English words of the same length
_FOREIGN_SCALE = re.compile(r"\b(?:Mio\.(?=\s)|Mrd\.(?=\s)|millones\b|milhões\b)")
_ENGLISH_SCALE = {"Mio.": "mn  ", "Mrd.": "bn  ", "millones": "million ", "milhões": "million"}


def with_decimal_points(text: str) -> str:
    """A text that writes decimal commas, as translated European and Latin American stories do, written the English
    way, each character in its place: '2,1 EH/s' is '2.1 EH/s', '1.234,5 BTC' is '1,234.5 BTC', '7 327 BTC' is
    '7,327 BTC', 'US$ 12 Mio.' is 'US$ 12 mn  '. A text counts as continental when it has twice as many decimal
    commas as decimal points (and at least two), or a decimal comma and no figure written the English way ("its
    energized hashrate reached 53,2 EH/s"); points alone decide nothing ("Self-mined BTC: 23.339" is a small miner's
    three decimals)."""
    if _FOREIGN_SCALE.search(text):
        text = _FOREIGN_SCALE.sub(lambda m: _ENGLISH_SCALE[m.group()], text)
    commas = len(_DECIMAL_COMMA.findall(text))
    if (commas >= 2 and commas > 2 * len(_DECIMAL_POINT.findall(text))) \
            or (commas and not _DECIMAL_POINT.search(text) and not _THOUSANDS_COMMA.search(text)):
        return _EURO_FIGURE.sub(lambda m: m.group().translate(_EURO_SWAP), text)
    return text



# "Riot: 514 BTC produced | 475 BTC sold | 19,225 BTC held": a line of figures each told with its own words, parted by
# bars, under a company's label; a clause each, not a table's cells
_LABELLED_FIGURES = re.compile(r"^[^|\n:]{1,40}:[ \t]+(?:[~≈]?[\d.,]+[ \t]*(?:BTC|bitcoins?|[EPT]H/s)[ \t]+[A-Za-z][^|\n\d]{1,30}"
                               r"[ \t]+\|[ \t]+){1,5}[~≈]?[\d.,]+[ \t]*(?:BTC|bitcoins?|[EPT]H/s)[ \t]+[A-Za-z][^|\n\d]{1,30}$",
                               re.M | re.I)


_TOLERANCE = re.compile(r",?\s*(?:\+/-|±|plus\s+or\s+minus)\s*[\d.]+\s*(?:[EPT]H/s|%)?,?", re.I)


def without_tolerances(text: str) -> str:
    """'targets 6.5 EH/s, +/- 0.25 EH/s, by the end of calendar 2024' read with the margin blanked, every other character
    in its place: the margin is no figure, and the deadline is the target's."""
    if "+/-" not in text and "±" not in text and "plus or minus" not in text:
        return text
    return _TOLERANCE.sub(lambda m: " " * len(m.group()), text)


def with_labelled_figures_as_clauses(text: str) -> str:
    """'Riot: 514 BTC produced | 475 BTC sold | 19,225 BTC held' read as 'Riot: 514 BTC produced;  475 BTC sold;  19,225
    BTC held', every character in its place."""
    if " | " not in text:
        return text
    return _LABELLED_FIGURES.sub(lambda m: m.group().replace(" | ", ";  "), text)


def with_answers_as_labels(text: str) -> str:
    """An FAQ's answer that opens on its figure, read as a label line made of its question, every character in place:

        How much bitcoin did we mine in March?           we mined in March:        425 BTC. That compares with
        A: 425 BTC. That compares with 418 BTC ...  ->   418 BTC in February ...

    The question must ask for one measure (mined, sold, held or hashrate) and the answer's unit must be that measure's;
    a question about "a miner" or "each machine" is no company's."""
    if "?" not in text:
        return text
    chars = list(text)
    for m in _QUESTION_THEN_FIGURE.finditer(text):
        label = _answer_label(m.group("q"), m.group("unit"))
        width = m.start("fig") - m.start()
        if label is None or len(label) + 2 > width:
            continue
        chars[m.start():m.start("fig")] = (label + ":").ljust(width)
    return "".join(chars)


_QUESTION_THEN_FIGURE = re.compile(
    r"(?m)^[ \t]*(?:Q\s*[:.)]\s*|Question\s*:\s*)?(?P<q>[A-Z][^\n?]{5,150})\?[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    r"(?:A\s*[:.)]\s*|Answer\s*:\s*)?(?P<fig>(?:(?:approximately|about|roughly|around|nearly|almost|just over|"
    r"just under|more than|over|some)\s+|~\s?)?\d[\d,]*(?:\.\d+)?)\s?(?P<unit>BTC\b|[Bb]itcoins?\b|[EP]H/s|"
    r"exahash(?:es)?\b)", re.I)
# the question's verb, as the label's past tense: "How many bitcoin did the company earn in April" -> "the company
# earned in April"
_ASKED_VERB = re.compile(r"^(?:how\s+(?:much|many)(?:\s+(?:bitcoins?|BTC|coins))?|what)\s+(?:did|does|do|has|have|had)\s+"
                         r"(?P<subj>[\w'’. &-]{2,40}?)\s+(?P<verb>self-mine|mine|produce|earn|generate|sell|hold|own)\b"
                         r"(?P<tail>[^,;]*)", re.I)
_PAST = {"self-mine": "self-mined", "mine": "mined", "produce": "produced", "earn": "earned", "generate": "generated",
         "sell": "sold", "hold": "held", "own": "held"}
# "What was our hashrate at month end" -> "our hashrate at month end"
_ASKED_HASHRATE = re.compile(r"^(?:what|where|how\s+(?:much|big|large|high))\s+(?:is|was|were|are|did)\s+"
                             r"(?P<rest>[^,;]*\bhash(?:\s?rate|ing power)\b[^,;]*)", re.I)
# "How much hashrate do we have" -> "our hashrate"
_ASKED_HASHRATE_HAD = re.compile(r"^how\s+much\s+(?:hash\s?rate|hashing power|computing power)\s+(?:do|does|did)\s+"
                                 r"(?P<subj>[\w'’. &-]{2,40}?)\s+(?:have|has|run|operate)\b(?P<tail>[^,;]*)", re.I)
_POSSESSIVE = {"we": "our", "it": "its", "they": "their", "you": "your"}
_ASKED_NO_ONE = re.compile(r"^(?:a|an|each|every|one|any|the average|the typical)\b", re.I)


def _answer_label(question: str, unit: str) -> str | None:
    if unit[0] in "EPep":
        if (m := _ASKED_HASHRATE_HAD.match(question)) is not None and not _ASKED_NO_ONE.match(m.group("subj")):
            subj = m.group("subj")
            return f"{_POSSESSIVE.get(subj.lower(), subj + chr(39) + 's')} hashrate{m.group('tail').rstrip()}"
        m = _ASKED_HASHRATE.match(question)
        return m.group("rest").strip() if m and not _ASKED_NO_ONE.match(m.group("rest")) else None
    m = _ASKED_VERB.match(question)
    if m is None or _ASKED_NO_ONE.match(m.group("subj")):
        return None
    return f"{m.group('subj')} {_PAST[m.group('verb').lower()]}{m.group('tail').rstrip()}"


def with_tiles_joined(text: str) -> str:
    """A dashboard's tiles, each a figure on a line of its own beside its label and its date, as an investor page's
    text comes, read as one line each, every character in its place:

        53.2 EH/s                               53.2 EH/s Energized hashrate As of December 31, 2024
        Energized hashrate              ->
        As of December 31, 2024

    Only in a block of at most four lines between blank lines, with one figure line, and only its short neighbours
    that are no sentence ("Up from 463 BTC in April, a month-on-month increase of 11%." stays a line of its own)."""
    if _FIGURE_LINE.search(text) is None:
        return text
    chars = list(text)
    for m in _FIGURE_LINE.finditer(text):
        top = text.rfind("\n\n", 0, m.start())
        bottom = text.find("\n\n", m.end())
        block = text[top + 2 if top >= 0 else 0:bottom if bottom >= 0 else len(text)]
        if block.count("\n") > 3 or len(_FIGURE_LINE.findall(block)) != 1:
            continue
        start = m.start()  # the tile's parts above the figure, then below it
        while start > 0 and text[start - 1] == "\n":
            above = text.rfind("\n", 0, start - 1) + 1
            if not _TILE_PART.fullmatch(text, above, start - 1):
                break
            chars[start - 1], start = " ", above
        end = m.end()
        while end < len(text) and text[end] == "\n":
            below = text.find("\n", end + 1)
            below = len(text) if below < 0 else below
            if not _TILE_PART.fullmatch(text, end + 1, below):
                break
            chars[end], end = " ", below
    return "".join(chars)


_FIGURE_LINE = re.compile(r"(?m)^[ \t]*(?:[~≈][ \t]?|(?:approximately|about|over|more than) )?\d[\d,]*(?:\.\d+)?[ \t]?"
                          r"(?:BTC|[Bb]itcoin|[EP]H/s|[EP]H)(?:[ \t]+(?:sold|mined|held|produced))?[ \t]*(?=\n)")
# a tile's label or date: short, one clause, no sentence's end ("Bitcoin held", "As of December 31, 2024", ">> BITCOIN
# MINED", "Bitcoin production | May 2025", "held by Riot Platforms, Inc. as of May 31, 2025 - all unencumbered")
_TILE_PART = re.compile(r"[ \t]*\S(?:[^\n.!?;]|\.(?=[\w ,]))(?:[^\n!?;]){0,88}(?<![.:])")


def with_stacked_cells_as_rows(text: str) -> str:
    """A table or a list of labelled figures flattened one cell per line, as a web page's text often comes, read as
    rows of tab-separated cells, every character in its place:

        Metric                                  Metric<TAB>June 2022<TAB>May 2022
        June 2022                               BTC earned<TAB>421<TAB>410
        May 2022                        ->      Bitcoin held<TAB>3,349<TAB>3,000
        BTC earned
        421
        410
        ...

    Only a block between blank lines whose lines fall into groups of the same size (two to seven), each a label and
    then figures, under at most one header group of labels, with two such rows at least; and a tile of two lines, a
    figure and its label (_tile_join)."""
    if "\n" not in text or _STACKED_VALUE.search(text) is None:
        return text
    chars = None
    pos = 0
    for block in re.split(r"(\n[ \t]*\n)", text):
        lines = block.split("\n")
        while len(lines) > 1 and not lines[-1].strip():
            lines.pop()  # (the text's last block, ended by a line end)
        if len(lines) == 2 and (join := _tile_join(*lines)):
            chars = chars if chars is not None else list(text)
            chars[pos + len(lines[0])] = join
        elif 4 <= len(lines) <= 400 and not any(len(line) > 90 for line in lines):
            title, (width, head) = 0, _stacked_width(lines)
            if not width and _STACKED_VALUE.fullmatch(lines[0]) is None:
                title, (width, head) = 1, _stacked_width(lines[1:])  # a heading over the cells: "Liquidity"
            if width:
                chars = chars if chars is not None else list(text)
                at = pos + sum(len(line) + 1 for line in lines[:title])
                for i, line in enumerate(lines[title:-1]):
                    at += len(line)
                    # (a header may lack the label column's cell, and so be one line short)
                    if i + 1 < head or (i + 1 > head and (i + 1 - head) % width):
                        chars[at] = "\t"
                    at += 1
        pos += len(block)
    return text if chars is None else "".join(chars)


def _tile_join(first: str, second: str) -> str:
    """How a tile's two lines read as one ('' for no tile): a figure over its label as one phrase ("1,187" over "BTC
    produced in October" is "1,187 BTC produced in October"), a label over its indented figure as a labelled figure
    ("  BTC mined in August" over "  663.7" is "  BTC mined in August:  663.7")."""
    if max(len(first), len(second)) > 90 or not first.strip() or not second.strip():
        return ""
    if _STACKED_VALUE.fullmatch(first) and _TILE_LABEL.fullmatch(second):
        return " "
    if _TILE_LABEL.fullmatch(first) and _STACKED_VALUE.fullmatch(second) and second[:1].isspace():
        return ":"
    return ""


# a tile's label: a phrase with letters and no sentence's end
_TILE_LABEL = re.compile(r"[ \t]*(?=[^\n]*[A-Za-z])(?![^\n]*[.!?;:][ \t]*$)(?![ \t]*[\d$£€~≈+\-−–])[^\n|]{2,88}")


def _stacked_width(lines: list[str]) -> tuple[int, int]:
    """The number of cells per row of a flattened table and the number of its header's lines ((0, 0) for none): the
    first that makes every row after the header a label (or two: "Marathon Digital", "MARA") and then figures. The
    header may lack the label column's cell ("Three months ended September 30, 2022" over the figures only)."""
    if len(lines) < 4 or any(not line.strip() or "\t" in line or " | " in line for line in lines):
        return 0, 0
    is_value = [_STACKED_VALUE.fullmatch(line) is not None for line in lines]
    for width in range(2, 8):
        for head in (width, width - 1, 0):
            if (len(lines) - head) % width or len(lines) - head < 2 * width or any(is_value[:head]) \
                    or (not head and width > 2):
                continue
            rows = [is_value[i:i + width] for i in range(head, len(lines), width)]
            labels = next((n for n in (1, 2) if not any(rows[0][:n]) and all(rows[0][n:])), 0)
            if labels and width - labels >= 1 and len(rows) >= 2 \
                    and all(not any(row[:labels]) and all(row[labels:]) for row in rows):
                return width, head
    return 0, 0


# one cell's figure: "421", "+2.7%", "US$62 million", "3.2 EH/s", "Nil²", "–"
_STACKED_VALUE = re.compile(r"(?m)^[ \t]*(?:(?:[~≈<>]|approximately |about )?[+\-−–]?[ \t]?(?:US\$|C\$|A\$|\$|£|€)?[ \t]?"
                            r"\d[\d,]*(?:\.\d+)?[ \t]?(?:%|[KMB]|million|billion|mn|m|bn|BTC|bitcoin|[EPT]H/s|EH|PH|"
                            r"J/TH|MW|x)?(?:[ \t]\([^()\n]{1,30}\))?|"  # "£2.97 million ($3.72 million)"
                            r"\((?:US)?\$?\d[\d,]*(?:\.\d+)?\)|"  # a loss: "(2,140)"
                            r"[–—-]|n/a|N/A|[Nn]il|[Nn]one)(?:[¹²³⁴⁵*†‡]|\(\w\))*[ \t]*$")


def with_csv_as_tabs(text: str) -> str:
    """A comma-separated data file pasted into a page, read as a table of tab-separated cells, every character in its
    place: 'Month,BTC Mined,BTC Held' over '2024-05,183,"1,039"' is 'Month<TAB>BTC Mined<TAB>BTC Held' over
    '2024-05<TAB>183<TAB> 1,039 '. Only a run of two lines or more with the same number of cells (three or more),
    under a header that names coins or hashrate."""
    if _CSV_HEADER.search(text) is None:
        return text
    chars = list(text)
    for header in _CSV_HEADER.finditer(text):
        spaced = False
        cells = _csv_separators(header.group())
        if cells is None:
            # "Month, BTC earned, BTC per day" over "January 2022, 92.6, 2.99": cells set apart by a comma and a space,
            # read only where every cell after the first is a figure
            cells, spaced = _spaced_csv_separators(header.group()), True
        if cells is None or not _CSV_NAMES_A_FIGURE.search(header.group()):
            continue
        rows, pos = [(header.start(), cells)], header.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            seps = _spaced_csv_separators(text[pos:end], figures=True) if spaced else _csv_separators(text[pos:end])
            if seps is None or len(seps) != len(cells):
                break
            rows.append((pos, seps))
            pos = end + 1
        if len(rows) < (4 if spaced else 2):
            continue
        for start, seps in rows:
            for i in seps:
                chars[start + i] = "\t"
            line_end = text.find("\n", start)
            for i in range(start, len(text) if line_end < 0 else line_end):
                if chars[i] == '"':
                    chars[i] = " "
    return "".join(chars)


_CSV_HEADER = re.compile(r"(?im)^[A-Za-z][^,\n]{0,40}(?:,[^,\n]{1,40}){2,}$(?<=\S)")
_CSV_NAMES_A_FIGURE = re.compile(r"\b(?:BTC|bitcoin|hash\s?rate|EH/s|PH/s|mined|produced|held|sold)\b", re.I)


def _csv_separators(line: str) -> list[int] | None:
    """The offsets of a CSV line's separating commas (not those inside quotes), or None for no such line."""
    if "," not in line or "\t" in line or "|" in line or ", " in line:
        return None  # (prose has commas with spaces after them: "4,157 BTC so far in 2022, up from 1,528 BTC")
    out, quoted = [], False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            out.append(i)
    # (a table aligned with spaces has thousands commas, not cells: "Bitcoin mined (BTC)      1,951      1,970")
    if len(out) < 2 or quoted or "  " in line:
        return None
    edges = [-1, *out, len(line)]
    return out if all(b - a <= 41 for a, b in zip(edges, edges[1:])) else None

def _spaced_csv_separators(line: str, figures: bool = False) -> list[int] | None:
    """The offsets of the commas that part a line's cells when each is followed by a space ("January 2022, 92.6, 2.99");
    with `figures`, every cell after the first must be a figure ("92.6", "1,041.0", "n/a")."""
    if "\t" in line or "|" in line or '"' in line:
        return None
    out = [i for i in range(len(line) - 1) if line[i] == "," and line[i + 1] == " "]
    if len(out) < 2:
        return None
    edges = [-1, *out, len(line)]
    cells = [line[a + 1:b].strip() for a, b in zip(edges, edges[1:])]
    if any(not c or len(c) > 40 for c in cells) or (figures and not all(_CSV_FIGURE.fullmatch(c) for c in cells[1:])):
        return None
    return out


# (and a figure's mark: "128.7 (R)", "241.2*")
_CSV_FIGURE = re.compile(r"(?:[~≈]?[-+]?\$?\d[\d,]*(?:\.\d+)?\s?%?|n/?a|n\.m\.|--|—|-)(?:\s*\([A-Za-z0-9]{1,2}\)|\*{1,2})?",
                         re.I)

# a note mark between a label and its colon: "- Month-End HODL Balance(2): ~855 BTC", "Bitcoin Held[3]: 9,129 BTC"
_LABEL_MARK = re.compile(r"(?m)^([ \t]*\W{0,3}[A-Za-z][^:|\n]{1,60}?[A-Za-z])(\(\d{1,2}\)|\[\d{1,2}\])(?=[ \t]*:)")


# dot leaders between a label and its figure: "  BTC mined in December 2025 ................... 580.4"
# (an abbreviation's point may sit in the label: "Self-mining hashrate at Dec. 31, 2022 (EH/s) .... 2.1")
_DOT_LEADER = re.compile(r"(?m)^([ \t]*\W{0,3}[A-Za-z](?:[^\n:|.]|\.(?= \w)){1,70}?[A-Za-z0-9)\]%])( ?\.{4,} ?)"
                         r"(?=[$(~]?\d)")


# a note mark after an aligned table's cell: "  MARA Holdings (MARA)      748       61.7 (1)        5.8%"
# ("$72.5m (1)": after a scale letter too)
_CELL_MARK = re.compile(r"(?m)(?:(?<=\d)|(?<=\d[mMkK])|(?<=\dbn)|(?<=\dmn)) \(\d\)(?= {2,}\S| *$)")
_ALIGNED_LINE = re.compile(r"\S {3,}\S")


def _line_of(text: str, pos: int) -> str:
    """The line of `text` that holds position `pos`."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:end if end != -1 else len(text)]


def without_label_marks(text: str) -> str:
    """The text with a note mark glued to a line's label blanked, each character in its place, so that the label reads
    as written without it: '- Month-End HODL Balance(2): ~855 BTC' is '- Month-End HODL Balance   : ~855 BTC'; and
    a line's dot leaders read as its colon: 'Bitcoin mined ........ 286' is 'Bitcoin mined:         286'."""
    if ") " in text or text.endswith(")"):
        if "   " in text:
            text = _CELL_MARK.sub(lambda m: "    " if _ALIGNED_LINE.search(_line_of(text, m.start())) else m.group(),
                                  text)
    if "...." in text:
        text = _DOT_LEADER.sub(lambda m: m.group(1) + ":" + " " * (len(m.group(2)) - 1), text)
    if "):" not in text and "]:" not in text and ") :" not in text and "] :" not in text:
        return text
    return _LABEL_MARK.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


# a table (pipes, tabs or aligned columns), with its title and wrapped labels, and a list's items stay together
_TABULAR = re.compile(r"\||\t|\S {3,}\S|^ {3,}\S")
_LIST_ITEM = re.compile(r"\s*(?:[-•*–·▪]\s|\(?\d{1,2}[.)]\s|\([a-z]\)\s)")


_PARENTHESES = re.compile(r"\([^()\n]*\)")


def has_cell_border(line: str, border: str = " | ") -> bool:
    """A table's cell border outside parentheses: not the pipe of a dateline's 'Hut 8 Corp. (Nasdaq | TSX: HUT)'."""
    return border in _PARENTHESES.sub("", line)


_NOTES_HEADING = re.compile(r"^\s*(?:Notes?|Footnotes?)\s*:?\s*$", re.I | re.M)
_NOTE_LINE = re.compile(r"\s*\(?(\d{1,2})[).]?\s+(?=[A-Z])")


def without_note_numbers(text: str) -> str:
    """The text with the numbers of a list of footnotes under a 'Notes' heading blanked, each character in its place:
    '7 Bitcoin held on the balance sheet, including ...' is note 7, not seven bitcoin (the notes, numbered 1, 2, 3 ...
    with no gap, keep their words and figures: '(1) Includes 410 BTC pledged as collateral')."""
    if not _NOTES_HEADING.search(text):
        return text
    lines = text.split("\n")
    expect, in_notes = 1, False
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        m = _NOTE_LINE.match(line)
        if in_notes and m and int(m.group(1)) == expect:
            lines[i] = line[:m.start(1)] + " " * len(m.group(1)) + line[m.end(1):]
            expect += 1
            continue
        in_notes, expect = bool(_NOTES_HEADING.match(line)), 1
    return "\n".join(lines)


# a line broken inside a sentence, as text taken from a PDF has it: "Marathon pro-" over "duced 4,144 bitcoin", or
# "... the Company drew" over "US$38.0 million"
_WRAP = re.compile(r"[a-z,]-?\n(?=[a-z])")
_KEEPS_HYPHEN = re.compile(r"(?:self|non|co|pre|post|mid|long|short|year|month|quarter|bitcoin|BTC|well|multi|high|"
                           r"low|half|full|hash|bitcoin-backed)$", re.I)
_ITEM_OPENER = re.compile(r"\s*[-•*–·▪]\s+")
_NOT_PROSE_LINE = re.compile(r"\||\t|\S {3,}\S|^ {3,}\S|"
                             r"^\s*(?:[-•*–·▪]\s|\(?\d{1,2}[.)]?\s+[A-Z]|\([a-z]\)\s|[*†‡]\s)")


def unwrap_plan(text: str) -> tuple[list[int], list[int]] | None:
    """How to mend a text whose lines are broken inside sentences (three breaks or more where a line ending in a
    lower-case letter or a comma runs on into one starting lower-case): the line ends that become spaces, and the
    offsets of the characters to drop ('-\\n' of 'pro-' over 'duced', the line end only of 'self-' over 'mining').
    None for any other text. No line end joins a blank line, a footnote or a table row, nor a list item unless the
    next line runs on in lower case."""
    if len(_WRAP.findall(text)) < 3:
        return None
    joins: list[int] = []
    cut: list[int] = []
    lines = text.split("\n")
    pos = 0
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)  # the offset of this line's end
        pos = end + 1
        nxt = lines[i + 1]
        if not line.strip() or not nxt.strip() or _NOT_PROSE_LINE.search(nxt):
            continue
        if _NOT_PROSE_LINE.search(line) and not (
                # a list item wrapped onto a line of its own words: "•   1,032 Bitcoin produced in the quarter, compared
                # with 918 Bitcoin in" over "the third quarter of 2021."
                nxt[:1].islower() and (item := _ITEM_OPENER.match(line)) is not None
                and not _NOT_PROSE_LINE.search(line, item.end())):
            continue
        if line.endswith("-") and line[-2:-1].isalpha() and nxt[:1].islower():
            word = re.search(r"[\w-]*$", line[:-1]).group()
            cut += [end] if _KEEPS_HYPHEN.search(word) else [end - 1, end]
        elif line.endswith("-") and line[-2:-1].isalpha() and nxt[:1].isdigit() \
                and _KEEPS_HYPHEN.search(re.search(r"[\w-]*$", line[:-1]).group()):
            cut.append(end)  # "by mid-" over "2023 as the final miners ..."
        elif len(line.strip()) >= 40 or nxt[:1].islower():
            joins.append(end)
    return (joins, cut) if joins or cut else None


def markup_plan(text: str) -> tuple[str, list[int]] | None:
    """Markup a page's text kept, read as the words it marks, with the offsets of the characters dropped (for
    restore_cut_offsets): HTML entities as their characters ("370&nbsp;bitcoin", "Greenidge&#8217;s"), tags left in
    the text ("<strong>", "&lt;b&gt;"), markdown emphasis ("**Total BTC held at December 31:** 3,002") and links
    ("[the release](https://...)" as "the release"). None for a text with none of these."""
    if "&" not in text and "**" not in text and "__" not in text and "](" not in text and "<" not in text:
        return None
    chars = list(text)
    cut: list[int] = []
    for m in _MARKUP.finditer(text):
        if m.group("entity"):
            ch = html.unescape(m.group(0))
            if len(ch) != 1:
                continue  # (an unknown name: "&partners;")
            chars[m.start()] = ch
            cut.extend(range(m.start() + 1, m.end()))
        elif m.group("label") is not None:
            cut.append(m.start())
            cut.extend(range(m.end("label"), m.end()))
        else:
            cut.extend(range(m.start(), m.end()))
    if not cut:
        return None
    dropped = set(cut)
    return "".join(ch for k, ch in enumerate(chars) if k not in dropped), sorted(dropped)


_MARKUP = re.compile(r"&lt;/?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^&<>\n]{0,80})?/?&gt;|"
                     r"</?(?:b|strong|i|em|u|span|p|br|li|ul|ol|div|a|sup|sub|h[1-6])(?:\s[^<>\n]{0,200})?/?>|"
                     r"(?P<entity>&(?:#\d{2,6}|#[xX][0-9A-Fa-f]{2,5}|[A-Za-z]{2,8});)|"
                     r"\[(?P<label>[^\]\n]{1,200})\]\((?:https?://|/)[^)\s]{1,400}\)|"
                     r"\*\*(?=\S)|(?<=\S)\*\*|(?<![\w_])__(?=\w)|(?<=\w)__(?![\w_])")


def apply_unwrap(text: str, joins: list[int], cut: list[int]) -> str:
    chars = list(text)
    for j in joins:
        chars[j] = " "
    dropped = set(cut)
    return "".join(ch for k, ch in enumerate(chars) if k not in dropped)


def restore_cut_offsets(facts: list[Fact], cut: list[int], text: str) -> list[Fact]:
    """Facts read in a mended text (unwrap_plan), their offsets moved back onto the text as given."""
    def back(pos: int) -> int:
        for r in cut:
            if r > pos:
                break
            pos += 1
        return pos

    return _moved(facts, back, text)


def _moved(facts: list[Fact], back: Callable[[int], int], text: str) -> list[Fact]:
    """The facts with their evidence and figure offsets mapped by `back` and their quotes taken from `text`."""
    out = []
    for f in facts:
        s, e, fs, fe = back(f.evidence.start), back(f.evidence.end), back(f.figure.start), back(f.figure.end)
        out.append(f.model_copy(update={"evidence": Evidence(start=s, end=e, sentence=text[s:e]),
                                        "figure": Figure(start=fs, end=fe, text=text[fs:fe])}))
    return out


def paragraph_breaks(text: str) -> list[int]:
    """Where a line-per-paragraph text needs a blank line: the offsets of the line ends between two of its lines.

    Empty for a text that already sets its paragraphs apart with blank lines (lines meet fewer than three times, or
    less than twice as often as a blank line parts two lines). No break goes into a table (rows, or a label wrapped
    onto its own line between two rows) or before a list's item.
    """
    lines = text.split("\n")
    tabular = [_TABULAR.search(line) is not None and ("|" not in line or has_cell_border(line, "|")) for line in lines]
    breaks: list[int] = []
    blank = 0
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line) + 1  # (the offset of the line after this line's end)
        nxt = lines[i + 1]
        if not line.strip() or not nxt.strip():
            blank += bool(line.strip()) and not nxt.strip()
            continue
        within_table = (tabular[i] and tabular[i + 1]) or (tabular[i] and i + 2 < len(lines) and tabular[i + 2]) \
            or (tabular[i + 1] and i > 0 and tabular[i - 1])
        if not within_table and not _LIST_ITEM.match(nxt):
            breaks.append(pos - 1)
    return breaks if len(breaks) >= 3 and len(breaks) > 2 * blank else []


def with_blank_lines(text: str, breaks: list[int]) -> str:
    """The text with a second line end after each of `breaks` (line-end offsets, ascending)."""
    parts, last = [], 0
    for b in breaks:
        parts.append(text[last:b + 1])
        last = b + 1
    parts.append(text[last:])
    return "\n".join(parts)


def restore_offsets(facts: list[Fact], breaks: list[int], text: str) -> list[Fact]:
    """Facts read in the text with blank lines added, their offsets moved back onto the text as given."""
    # the k-th added line end sits at breaks[k] + k + 1 in the spaced text
    added = [b + k + 1 for k, b in enumerate(breaks)]

    def back(pos: int) -> int:
        return pos - bisect.bisect_left(added, pos)

    return _moved(facts, back, text)
