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
    "ROLE_NOUNS_BEFORE_NAME",
    "DESCRIPTION_NOUNS",
    "NOT_NAME_WORDS",
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
Crown Ayatollah Sheikh Sheik Imam Emir Sultan Pope Cardinal Archbishop Bishop Rabbi Rev Rev.
Colonel Col. Lieutenant Lt. Gen. Admiral Marshal Commander Spokesman Spokeswoman
Spokesperson Envoy Representative Speaker Commissioner Counselor Counsellor Attorney Judge
Justice Councillor Councilor Secretary-General Director-General President-elect Premier-elect
""".split())

# Lower-case role nouns that may stand right before a name ("journalist Jamal Khashoggi",
# "Foreign Ministry spokesman NAME", "his Algerian counterpart NAME").
ROLE_NOUNS_BEFORE_NAME = frozenset("""
journalist historian analyst economist scholar professor researcher expert writer author
spokesman spokeswoman spokesperson minister president premier chancellor ambassador envoy
diplomat official counterpart leader chairman chairwoman chair director secretary adviser advisor
commentator columnist correspondent editor lawmaker legislator senator governor mayor
activist dissident opposition candidate negotiator general commander chief head
""".split())

HONORIFICS = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Sir".split())

# Descriptions that refer back to the most recently introduced person of that kind.
EXPERT_NOUNS = frozenset({"expert", "analyst", "scholar", "professor", "researcher", "author",
                          "political scientist", "economist", "historian", "specialist", "commentator"})
OFFICIAL_NOUNS = frozenset({"ambassador", "minister", "diplomat", "official", "envoy", "spokesman",
                            "spokeswoman", "spokesperson", "governor", "mayor", "ministers", "secretary",
                            "counterpart", "negotiator", "senator", "lawmaker", "commissioner",
                            "prince", "king", "queen", "emir", "sultan", "monarch"})
# Descriptions ("the minister", "the diplomat", "the crown prince") that refer back to the
# person mentioned last whose role contains the noun.
DESCRIPTION_NOUNS = frozenset({"minister", "diplomat", "ambassador", "envoy", "spokesman", "spokeswoman",
                               "spokesperson", "official", "governor", "mayor", "senator", "lawmaker",
                               "negotiator", "commissioner", "crown prince", "prince", "king", "queen",
                               "emir", "sultan", "journalist", "chairman", "chairwoman",
                               "foreign secretary", "secretary of state", "secretary-general",
                               "director general", "director-general"})

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

# Words of outlets and institutions: a capitalised phrase holding one is not a person
# ("Americas Quarterly", "International Atomic Energy Agency"); used with the packs' org heads.
NOT_NAME_WORDS = NOT_PERSON_WORDS | frozenset("""
Advertisement Advertising Sponsored Newsletter
January February March April June July August September October November December Monday Tuesday
Wednesday Thursday Friday Saturday Sunday Read Follow Sign Cookie Cookies Privacy Policy Terms
Copyright Editing Reporting Writing Additional Breaking Live Update Updated Exclusive Opinion Analysis
Explainer Editorial Commentary Watch Video Podcast
Reuters Bloomberg AFP AP Associated Agency Quarterly Observer Monitor Daily Weekly Monthly Herald
Gazette Journal Magazine News Newspaper Telegraph Guardian Courier Chronicle Digest Insider Times Post
Tribune Review Press Radio Television TV Network Media Foundation Institute Institution Initiative
Union Organization Organisation Nations Alliance Commission Council Committee Agency Bank Fund Group
Party Ministry Department Office Government Parliament Congress Senate Assembly Court University
College Academy School Center Centre Forum Club Society Association Federation Corporation Company
Council Programme Program Project Treaty Agreement Accord Deal Dam Pipeline Bridge Canal Strait Sea
Ocean River Island Islands Mountains Valley Gulf Bay Peninsula Region Province State Republic Kingdom
Empire Emirates Summit Conference Talks War Crisis Act Law Plan Fleet Navy Army Forces Guard
""".split())
