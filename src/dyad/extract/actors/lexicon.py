"""Word lists of the actor extractors (persons, organizations, states). English.

Data, not logic: the lists live in ``extract/lexicons/actors.json`` (keyed by language, case
kept); extend them there, not the rules. What each list is for:

- ``STATE_QUALIFIED_NOUNS``: nouns whose demonym modifier refers to the state itself ("the
  Japanese side", "Russian leadership", "the Russian president").
- ``DASHES``: the dash characters of compounds ("Russian-Japanese").
- ``OFFICE_TITLES``: lower-case office titles in descriptions ("the Russian president") and
  before names ("Prime Minister Abe"), mapped to the canonical office title of the packs.
- ``TITLE_WORDS``: words that, capitalised before a name, are titles, not part of the name.
- ``ROLE_NOUNS_BEFORE_NAME``: lower-case role nouns that may stand right before a name
  ("journalist NAME", "Foreign Ministry spokesman NAME", "his Algerian counterpart NAME").
- ``HONORIFICS``: Mr, Ms, Dr ...
- ``EXPERT_NOUNS`` / ``OFFICIAL_NOUNS``: descriptions that refer back to the most recently
  introduced person of that kind.
- ``DESCRIPTION_NOUNS``: descriptions ("the minister", "the crown prince") that refer back to
  the person mentioned last whose role contains the noun.
- ``EXPERT_ROLE_WORDS``: words in a role that make a person an expert.
- ``REPORTING_VERBS``: verbs whose subject is a person-like speaker (a cue for a PERSON).
- ``NOT_PERSON_WORDS``: capitalised words spaCy tends to take for names that are not persons.
- ``NOT_NAME_WORDS``: those plus words of outlets and institutions: a capitalised phrase
  holding one is not a person ("Americas Quarterly"); used with the packs' org heads.
"""

from __future__ import annotations

from dyad.extract.lexicons import load_lexicon

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

_L = load_lexicon("actors", "en", fold_case=False)

STATE_QUALIFIED_NOUNS: frozenset[str] = _L["state_qualified_nouns"]
DASHES: frozenset[str] = _L["dashes"]
OFFICE_TITLES: dict[str, str] = dict(_L["office_titles"])
TITLE_WORDS: frozenset[str] = _L["title_words"]
ROLE_NOUNS_BEFORE_NAME: frozenset[str] = _L["role_nouns_before_name"]
HONORIFICS: frozenset[str] = _L["honorifics"]
EXPERT_NOUNS: frozenset[str] = _L["expert_nouns"]
OFFICIAL_NOUNS: frozenset[str] = _L["official_nouns"]
DESCRIPTION_NOUNS: frozenset[str] = _L["description_nouns"]
EXPERT_ROLE_WORDS: frozenset[str] = _L["expert_role_words"]
REPORTING_VERBS: frozenset[str] = _L["reporting_verbs"]
NOT_PERSON_WORDS: frozenset[str] = _L["not_person_words"]
NOT_NAME_WORDS: frozenset[str] = NOT_PERSON_WORDS | _L["not_name_words_extra"]
