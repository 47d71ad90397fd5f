"""A cheap language check: the share of common English function words among the words.

dyad's extractors are English-only; a text that is not English is still ingested
(``language="und"`` with a warning) so that the user sees why little comes out of it.
"""

from __future__ import annotations

import re

__all__ = ["ENGLISH_STOPWORDS", "MIN_SHARE", "MIN_WORDS", "english_share", "detect_language"]

# Function words frequent in English and rare as words of other Latin-script languages
# (no "a", "in", "an", "also", "will", "was", "on", "die", "so", "man": those are German,
# Dutch, French, Spanish or Italian words too).
ENGLISH_STOPWORDS = frozenset("""
the of and to is that for it with as are be by this have from or which but not has at its they
their were been would can he she we you there about more than these those between other into
after what who when how our his her them only could should had such any some while
because over most very many then where both being through against during without within
""".split())
MIN_SHARE = 0.12  # English prose runs at 0.3-0.5; German/Spanish/French stay below 0.05
MIN_WORDS = 8  # below this the share says nothing

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def english_share(text: str, *, limit: int = 200_000) -> tuple[float, int]:
    """``(share of English function words, number of words)`` in the first ``limit`` chars.

    >>> round(english_share("The cat sat on the mat and it was happy.")[0], 2)
    0.4
    """
    words = [w.lower() for w in _WORD_RE.findall(text[:limit])]
    if not words:
        return 0.0, 0
    return sum(w in ENGLISH_STOPWORDS for w in words) / len(words), len(words)


def detect_language(text: str) -> tuple[str, str | None]:
    """``("en", None)`` for English text, else ``("und", warning)``."""
    share, n = english_share(text)
    if n < MIN_WORDS:
        return "und", f"text too short ({n} words) to tell its language; extraction assumes English"
    if share >= MIN_SHARE:
        return "en", None
    return "und", (f"text does not look like English ({share:.0%} English function words); "
                   "extraction assumes English and may find little")
