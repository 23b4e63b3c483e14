"""Other names that one written name holds.

A name as news writes it sometimes carries a second name of the same entity:

- an alias after "alias", "aka" or "also known as" ("Siddiqul Islam alias Bangla Bhai");
- a nickname in quotes ("Yaakov 'Kobi' Shabtai": the person is also "Kobi Shabtai");
- an Arabic generic word leading an organisation's name, which English news translates and
  puts last ("Jabhat al-Nusra" / "Nusra Front", "Hizb al-Dawa" / "Dawa Party").

:func:`split_alternates` returns the name to read (the alias's owner, the name without its
nickname) and the other names it holds; :func:`archnorm.names.parse.parse_name` keeps them in
``ParsedName.alternates``, blocking gives the name the keys of each, and
:func:`archnorm.names.match.compare` links two names when one's alternate matches the other.
"""

from __future__ import annotations

import re

from archnorm.names import _tables as T
from archnorm.names.keys import fold_word

# "alias", "aka", "a.k.a." or "also known as" between two names, in lower case
_ALIAS_RE = re.compile(r"\s+(?:alias|aka|a\.k\.a\.?|also known as)\s+")
# a nickname in quotes, a whole word or words: "'Kobi'", "\"Kobi\"", "‘Kobi’"
_QUOTED_RE = re.compile(r"(?:^|(?<=\s))['\"‘“]([^'\"‘’“”]+)['\"’”](?=\s|$)")
# whether a name may hold another at all: the cheap test before the others
_MAYBE_RE = re.compile(r"['\"‘“]|\s(?:alias|aka|a\.k\.a|also known as)\s")


def split_alternates(name: str) -> tuple[str, tuple[str, ...]]:
    """The name to read and the other names ``name`` holds (empty for most names).

    >>> split_alternates("Yaakov 'Kobi' Shabtai")
    ('Yaakov Shabtai', ('Kobi Shabtai',))
    >>> split_alternates("Jabhat al-Nusra")
    ('Jabhat al-Nusra', ('al-Nusra Front',))
    """
    stripped = name.strip()
    if _MAYBE_RE.search(stripped) is not None:
        m = _ALIAS_RE.search(stripped)
        if m is not None and m.start() > 0 and stripped[m.end() :].strip():
            return stripped[: m.start()], (stripped[m.end() :].strip(),)
        q = _QUOTED_RE.search(stripped)
        if q is not None:
            before = stripped[: q.start()].split()
            after = stripped[q.end() :].split()
            nickname = q.group(1).strip()
            if nickname and (before or after):
                # the nickname goes with the names after it ("Kobi Shabtai"); alone when
                # nothing follows ("Hisila Yami 'Parvati'")
                return " ".join(before + after), (" ".join([nickname, *after]),)
    words = stripped.split()
    if len(words) >= 2:
        generic = T.ARABIC_GENERIC_HEADS.get(fold_word(words[0]))
        if generic is not None:
            return stripped, (" ".join([*words[1:], generic]),)
    return stripped, ()
