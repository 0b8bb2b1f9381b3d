"""A faster Paragraph for the sheet's own, small markup (the same output as reportlab's).

reportlab parses every paragraph's mini-HTML with a general SGML parser; the
sheet writes only a few tags and entities, so this module tokenises them with
two regular expressions and hands anything else to reportlab unchanged.
"""

from __future__ import annotations

import copy
import re
from html import unescape

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser

_PLAIN = re.compile(r"[^<>&\s](?:[^<>&\s]| (?! ))*")
_PLAIN_FRAGS: dict[int, tuple[object, object]] = {}  # id(style) -> (style, template fragment)


class SheetParagraph(Paragraph):
    """A Paragraph that skips the parser for plain text and wraps once per width.

    Tables wrap every cell paragraph when they measure rows and again when they
    draw, nested tables once more, and the mini-HTML parser runs per paragraph:
    together most of a sheet's time (issue 6). The result of ``wrap`` depends
    only on the width here (the styles do not change while a sheet is built), and
    a plain-text paragraph's fragment is the style's own, so both are reused; the
    PDF bytes are the same as with a plain Paragraph.
    """

    _wrapped_width: float | None = None

    def __init__(self, text, style=None, bulletText=None, frags=None, **kwargs):  # noqa: N803
        if frags is None and style is not None and text and _PLAIN.fullmatch(text):
            frag = copy.copy(_plain_template(style))
            frag.text, frag.link, frag.us_lines = text, [], []
            frags = [frag]
        super().__init__(text, style, bulletText, frags, **kwargs)

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803
        # Markup: the same parser, driven from a tuple tree (ParaParser.tt_parse) instead
        # of html.parser's character-by-character scan, which costs more than the
        # frags themselves. The tree makes the same handler calls in the same order.
        if frags is None and style is not None:
            text = cleaner(text)
            tree = _markup_tree(text)
            if tree is not None:
                parser = ParaParser()
                parser.caseSensitive = self.caseSensitive
                style, frags, bullet_frags = parser.tt_parse(tree, style)
                if frags is None:
                    raise ValueError(f"xml parser error ({parser.errors[0]}) in paragraph "
                                     f"beginning\n'{text[:30]}'")  # fmt: skip
                textTransformFrags(frags, style)
                bulletText = bullet_frags or bulletText
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # split() drops blPara when the paragraph moves on whole: wrap again then.
        if avail_width == self._wrapped_width and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(avail_width, avail_height)
        self._wrapped_width = avail_width
        return size


# The markup this module writes: a few tags with double-quoted attributes, text,
# and the named entities escape() makes. Anything else goes to reportlab's parser.
_TOKEN = re.compile(r'<(/?)([a-z]+)((?: [a-z]+="[^"<>]*")*) ?(/?)>|&([a-z]+);|[^<&]+')
_ATTR = re.compile(r' ([a-z]+)="([^"]*)"')


def _markup_tree(text: str):
    """``text`` as ParaParser's tuple tree ``("para", {}, [children])``, or None.

    html.parser (with convert_charrefs off, as ParaParser runs it) reports text up to
    each tag or entity as one data call, an entity as its own data call, an empty
    tag ``<x/>`` as start + end, and unescapes attribute values; the tree below has a
    string child per data call and a node per element, so tt_parse makes the same
    handler calls. None when the text has anything outside that grammar.
    """
    root: tuple = ("para", {}, [])
    stack = [root]
    pos, end = 0, len(text)
    match = _TOKEN.match
    while pos < end:
        m = match(text, pos)
        if m is None:
            return None
        pos = m.end()
        closing, tag, attrs, empty, entity = m.groups()
        if tag is None:
            if entity is None:
                stack[-1][2].append(m.group())
            elif entity in _ENTITIES:
                stack[-1][2].append(_ENTITIES[entity])
            else:
                return None
        elif closing:
            if attrs or empty or len(stack) == 1 or stack[-1][0] != tag:
                return None
            stack.pop()
        else:
            values = {k: unescape(v) if "&" in v else v for k, v in _ATTR.findall(attrs)}
            node = (tag, values, [])
            stack[-1][2].append(node)
            if not empty:
                stack.append(node)
    return root if len(stack) == 1 else None


_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"'}


def _plain_template(style):
    cached = _PLAIN_FRAGS.get(id(style))
    if cached is None or cached[0] is not style:
        frag = Paragraph("x", style).frags[0]
        cached = _PLAIN_FRAGS[id(style)] = (style, frag)
    return cached[1]


def _p(text: str, style) -> Paragraph:
    # reportlab breaks lines at U+202F, the narrow no-break space CLDR puts in French
    # numbers ("6 600 000" split after the 6): print it as a no-break space, which it keeps.
    return SheetParagraph(text.replace("\u202f", "\u00a0"), style)
