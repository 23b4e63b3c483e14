"""The dates stage: `find_dates` finds date expressions in running text.

Written ("23rd September 2001"), numeric ("18.02.2008", "2012/04/19"), machine (ISO 8601,
RFC 2822), partial ("September 2001", "in 1997", "the 1990s"), ranges ("1-7 March 2014") and
relative expressions ("two days ago", "on Tuesday") resolved against an anchor date.
"""

from archnorm.dates.config import DateConfig
from archnorm.dates.find import find_dates

__all__ = ["DateConfig", "find_dates"]
