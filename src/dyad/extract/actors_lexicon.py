"""Word lists used by the actor extractors (persons, organizations, states). English.

Data, not logic: extend the lists, not the rules.
"""

from __future__ import annotations

__all__ = [
    "STATE_QUALIFIED_NOUNS",
    "DASHES",
    "OFFICE_TITLES",
    "TITLE_WORDS",
    "EXPERT_NOUNS",
    "OFFICIAL_NOUNS",
    "EXPERT_ROLE_WORDS",
    "REPORTING_VERBS",
    "NOT_PERSON_WORDS",
    "HONORIFICS",
]

# Nouns whose demonym modifier refers to the state itself ("the Japanese side", "Russian
# leadership", "the Russian president"): government, officials, positions, sides.
STATE_QUALIFIED_NOUNS = frozenset("""
government governments leadership leaders leader president presidents premier prime minister ministers
ministry side sides position positions stance approach approaches policy policies authorities
official officials diplomat diplomats diplomacy establishment delegation delegations ambassador
embassy parliament parliaments legislature administration state foreign counterpart counterparts
agenda interests interest proposal proposals initiative initiatives view views perspective
military army navy troops forces armed elite elites regime cabinet diet duma kremlin chancellor
head heads negotiator negotiators envoy party leadership's government's president's
""".split())

DASHES = frozenset({"-", "\u2013", "\u2014"})

# Lower-case office titles recognised in descriptions ("the Russian president") and before
# names ("Prime Minister Abe"); the value is the canonical office title of the packs.
OFFICE_TITLES = {
    "president": "president",
    "prime minister": "prime minister",
    "premier": "prime minister",
    "foreign minister": "foreign minister",
    "minister of foreign affairs": "foreign minister",
    "minister for foreign affairs": "foreign minister",
    "defense minister": "defense minister",
    "defence minister": "defense minister",
    "chancellor": "chancellor",
    "leader": "leader",
    "head of state": "leader",
    "chief cabinet secretary": "chief cabinet secretary",
}

# Words that, capitalised before a name, are titles rather than part of the name.
TITLE_WORDS = frozenset("""
President Premier Prime Minister Chancellor Secretary General Ambassador Professor Prof Prof.
Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Deputy Foreign Defense Defence Vice Chairman Chair Director
Senator Governor Mayor King Queen Emperor Empress Prince Princess Sir Lord Chief Cabinet Supreme
Leader Former Then Acting Associate Assistant Senior Head Dean Rector Academician
""".split())

HONORIFICS = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Sir".split())

# Descriptions that refer back to the most recently introduced person of that kind.
EXPERT_NOUNS = frozenset({"expert", "analyst", "scholar", "professor", "researcher", "author",
                          "political scientist", "economist", "historian", "specialist", "commentator"})
OFFICIAL_NOUNS = frozenset({"ambassador", "minister", "diplomat", "official", "envoy", "spokesman",
                            "spokeswoman", "spokesperson", "governor", "mayor", "ministers"})

# Words in a role that make a person an expert.
EXPERT_ROLE_WORDS = frozenset("""
professor associate assistant lecturer researcher fellow scholar expert analyst director programme
program head dean rector chair department institute university club centre center studies school
ph.d. phd doctor candidate editor journalist economist historian representative senior chief
""".split())

# Reporting verbs whose subject is a person-like speaker (a cue for a PERSON entity).
REPORTING_VERBS = frozenset("""
say said says tell told note noted notes explain explained explains stress stressed stresses
agree agreed agrees argue argued argues add added adds claim claimed claims believe believed
believes point pointed points emphasize emphasized emphasise emphasised state stated states
remark remarked warn warned suggest suggested insist insisted acknowledge acknowledged declare
declared announce announced express expressed draw drew speak spoke comment commented
""".split())

# Capitalised words that spaCy tends to take for names but are not persons.
NOT_PERSON_WORDS = frozenset("""
Rapprochement Relations Dialogue Summit Declaration Statement Treaty Opportunities Limitations
Perspectives Islands Territories Stream Forum Club Photo Source Featured Image Comments Share
Subscribe Resume Abstract Page Level Highest Political Economic Cooperation Partnership Strategy
Studies Affairs Sciences Economics Politics History
""".split())
