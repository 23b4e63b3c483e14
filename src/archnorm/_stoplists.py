"""Stopword lists for the main languages of news (data only).

Short lists of the most frequent function words per language; the classifier only needs the share
of function words in a line (prose has many, menus and link lists few), so the union is used and
the language need not be known.  A language with no list simply scores a low share everywhere and
the other features decide.
"""

from __future__ import annotations

_LISTS: dict[str, str] = {
    "en": """a about after all also an and any are as at be because been but by can could did do
        does for from had has have he her his how i if in into is it its just more most no not of
        on one or our out over she should so some than that the their them then there these they
        this those to up was we were what when where which while who will with would you your""",
    "de": """aber als am an auch auf aus bei bis das dass dem den der des die doch ein eine einem
        einen einer eines er es für hat hatte ich ihr im in ist jetzt kann mit nach nicht noch nur
        oder schon sehr sich sie sind so über um und uns unter vom von vor war wie wir wird wurde
        zu zum zur zwischen werden worden""",
    "fr": """à au aux avec ce ces comme dans de des du elle en est et il ils je la le les leur lui
        mais même ne nous on ou par pas plus pour qu que qui sa se ses son sont sur un une vous
        été être avait fait cette ont entre aussi""",
    "es": """a al como con de del el ella en entre era es esta este fue ha han hay la las le lo
        los más muy no o para pero por que se ser si sin sobre su sus también un una y ya está
        son desde cuando""",
    "it": """a al alla anche che chi con come da dal del della dei di e è gli ha il in la le lo
        ma nel nella non per più quando se si sono su sua suo tra un una uno questo questa""",
    "pt": """a ao aos as com como da das de do dos e é ela ele em entre foi há mais mas na nas
        não no nos o os ou para pela pelo por que se sem ser seu sua são também um uma já""",
    "nl": """aan al bij dat de den der die dit door een en er had heeft het hij hoe ik in is je
        maar met naar niet nog of om ook op over te tot uit van voor was wat we werd wordt zijn
        ze zich""",
    "sv": """att av den det där efter en ett för från har hon hur i inte jag kan med men nu när
        och om på så som till under var vi vid är även""",
    "da_no": """af at de den der det efter en er et for fra har hun i ikke jeg kan med men og om
        på som til var vi ved også eller""",
    "pl": """a aby ale jak jest jego już ma na nie o od oraz po przez się są tak także tego to
        w we z za że ze był była było jej ich dla do""",
    "ru": """а без был была были в во все вы да для до его ее если же за и из или им их к как
        когда ли на над не нет но о об он она они от по при с со так также то только у уже что
        это""",
    "tr": """ama bir bu da daha de diye en gibi ile için ise kadar ki ne olan olarak sonra ve
        veya çok""",
    "fi": """ei että hän ja jo joka jos kuin mutta myös niin oli on ovat se sen siitä tai tämä
        vain""",
    "id": """adalah akan dan dari dengan di ini itu juga ke karena pada untuk yang tidak dalam
        oleh""",
}

STOPWORDS: frozenset[str] = frozenset(w for words in _LISTS.values() for w in words.split())
"""Union of all lists, lower case."""
