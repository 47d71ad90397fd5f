"""Gold annotations: 103_us_turkey_roundtable.txt (think-tank event report, 26.07.2019)."""

from __future__ import annotations

from _spans import Doc, claim, event, org, person, stance, state, stmt

DOC = "103_us_turkey_roundtable.txt"
TARGET = "us_turkey_relations_outlook"
ABI = "Atlantic Bridge Institute"


def annotate(d: Doc) -> dict:
    s = d.span
    meta = {
        "title": "US–Turkey Relations After the S-400: Can the Alliance Still Work?",
        "authors": [],
        "publisher": ABI,
        "date": "2019-07-26",
        "date_evidence": s("26.07.2019"),
    }
    boilerplate = [
        s("Home › Events › Round Tables"),
        s("Venue: Atlantic Bridge Institute, Conference Room B, 1730 Rhode Island Avenue NW, Washington, DC"),
        s("The full recording of the round table is available to members of the institute."),
        s("Tags: Turkey, United States, NATO, S-400, sanctions"),
    ]
    persons = [
        person("Jonathan Reyes", [s("Jonathan Reyes")], ["vice-president of the institute"], [ABI],
               None, "expert"),
        person("Emily Carver", [s("Emily Carver"), s("Carver", after="According to Carver"),
                                s("Carver", after="in Carver"), s("Carver", after="Carver concluded")],
               ["director of the institute’s Turkey Programme"], [ABI], None, "expert"),
        person("Andrew Brunson", [s("Andrew Brunson"), s("Brunson", after="Brunson was freed")],
               ["pastor"], [], "US", "other"),
        person("Donald Trump", [s("Donald Trump"), s("Trump", after="arguing that Trump"),
                                s("the president", after="regardless of")],
               ["President of the United States"], [], "US", "leader"),
        person("Mehmet Aydın", [s("Mehmet Aydın"), s("Aydın", after="Aydın expected")],
               ["former Turkish diplomat who served at the embassy in Washington"],
               ["Embassy of Turkey in Washington"], "TR", "expert"),
        person("Recep Tayyip Erdoğan", [s("Recep Tayyip Erdoğan"), s("Erdoğan", after="relationship with")],
               ["President of Turkey"], [], "TR", "leader"),
        person("Robert Kessler", [s("Robert Kessler"), s("Kessler", after="unacceptable,\" "),
                                  s("Kessler", after="Kessler saw")],
               ["senior fellow at the institute", "former Pentagon official"], [ABI, "Pentagon"], "US",
               "expert"),
        person("Patrick Shanahan", [s("Patrick Shanahan")], ["acting Defense Secretary"], [], "US",
               "official"),
        person("Hulusi Akar", [s("Hulusi Akar"), s("his Turkish counterpart")],
               ["Minister of National Defence of Turkey"], [], "TR", "official"),
        person("Selin Demir", [s("Selin Demir"), s("Demir", after="according to Demir")],
               ["economist at the Anatolian Economic Research Centre in Istanbul"],
               ["Anatolian Economic Research Centre"], None, "expert"),
    ]
    organizations = [
        org(ABI, d.every(ABI), "think_tank"),
        org("NATO", d.every("NATO"), "international"),
        org("United States Congress", d.every("Congress"), "government"),
        org("United States Department of Defense (Pentagon)", [s("Pentagon")], "government"),
        org("YPG", [s("YPG")], "other"),
        org("Anatolian Economic Research Centre", [s("Anatolian Economic Research Centre")], "think_tank"),
    ]
    states = [
        state("United States", d.every("United States") + d.every("US") + [s("White House")]
              + [s("Washington", after="Last August, ")] + [s("American", after="together with")]),
        state("Turkey", d.every("Turkey", skip_in=("Turkey Programme",))
              + [s("Turkish", after="after the Turkish"), s("Turkish", after="sanctioned two"),
                 s("Turkish", after="a former Turkish"), s("Turkish", after="the Turkish government"),
                 s("Turkish", after="to his Turkish")]
              + [s("Ankara", after="many in Ankara"), s("Ankara", after="“Ankara"),
                 s("Ankara", after="if Ankara")]),
        state("Russia", [s("Moscow")]),
        state("Cyprus", [s("Cyprus")]),
        state("Syria", d.every("Syria")),
    ]
    events = [
        event("conference", "Atlantic Bridge Institute round table on US–Turkey relations", "2019-07-24",
              "on Wednesday, 24 July",
              [ABI, "Jonathan Reyes", "Emily Carver", "Mehmet Aydın", "Robert Kessler", "Selin Demir"],
              "Atlantic Bridge Institute, Washington, DC",
              s("The Atlantic Bridge Institute held a round table on Wednesday, 24 July, on the state of "
                "relations between the United States and Turkey")),
        event("military", "First components of the Russian S-400 system arrive at Mürted air base",
              "2019-07-12", "on 12 July", ["Turkey", "Russia"], "Mürted air base near Ankara",
              s("the first components of the Russian S-400 air defence system had arrived at Mürted air "
                "base near Ankara on 12 July")),
        event("declaration", "White House announces Turkey's removal from the F-35 programme",
              "2019-07-17", "Five days later", ["United States", "Turkey"], None,
              s("Five days later, the White House announced that Turkey would be removed from the F-35 "
                "fighter programme")),
        event("sanctions", "US arms embargo on Turkey imposed by Congress", "1975", "of 1975",
              ["United States Congress", "Turkey"], None,
              s("arms embargo of 1975\", which Congress imposed after the Turkish intervention in Cyprus")),
        event("military", "Turkish intervention in Cyprus", "1974", "", ["Turkey", "Cyprus"], "Cyprus",
              s("the Turkish intervention in Cyprus")),
        event("sanctions", "US sanctions two Turkish ministers over the detention of Andrew Brunson",
              "2018-08", "Last August", ["United States", "Turkey"], None,
              s("Last August, Washington sanctioned two Turkish ministers over the detention of the "
                "American pastor Andrew Brunson")),
        event("other", "Detention of the American pastor Andrew Brunson in Turkey", "2016", "",
              ["Andrew Brunson", "Turkey"], "Turkey",
              s("the detention of the American pastor Andrew Brunson")),
        event("sanctions", "Trump doubles tariffs on Turkish steel and aluminium", "2018-08",
              "a week later", ["Donald Trump", "Turkey"], None,
              s("a week later President Donald Trump doubled tariffs on Turkish steel and aluminium")),
        event("other", "Turkish currency crisis: the lira loses about a quarter of its value", "2018-08",
              "within weeks", ["Turkey"], None,
              s("The lira lost about a quarter of its value within weeks.")),
        event("other", "Andrew Brunson freed by a Turkish court", "2018-10", "in October",
              ["Andrew Brunson"], "Turkey", s("Brunson was freed by a Turkish court in October")),
        event("agreement", "Turkey's purchase of the Russian S-400 system", "2017", "",
              ["Turkey", "Russia"], None, s("the S-400 purchase")),
        event("other", "Shanahan's letter to Akar on winding down Turkey's F-35 role", "2019-06", "in June",
              ["Patrick Shanahan", "Hulusi Akar"], None,
              s("acting Defense Secretary Patrick Shanahan wrote to his Turkish counterpart, Hulusi Akar, "
                "in June")),
        event("sanctions", "Possible CAATSA sanctions on Turkey by Congress", None, "",
              ["United States Congress", "Turkey"], None,
              s("Congress may still impose sanctions under the Countering America's Adversaries Through "
                "Sanctions Act")),
    ]
    statements = [
        stmt("Emily Carver", "indirect",
             s("the first components of the Russian S-400 air defence system had arrived at Mürted air base "
               "near Ankara on 12 July"), s("recalling")),
        stmt("White House", "indirect", s("Turkey would be removed from the F-35 fighter programme"),
             s("announced")),
        stmt("Emily Carver", "according_to",
             s("the decision marks \"the most serious rupture in the alliance since the arms embargo of "
               "1975\""), s("According to Carver")),
        stmt("Emily Carver", "indirect", s("the crisis did not start with the missiles"),
             s("reminded participants")),
        stmt("Emily Carver", "according_to",
             s("the episode convinced many in Ankara that the United States was prepared to use economic "
               "pressure against an ally"), s("in Carver’s view")),
        stmt("Mehmet Aydın", "indirect",
             s("the S-400 purchase was driven less by military needs than by distrust"),
             s("argued", after="Mehmet Aydın")),
        stmt("Mehmet Aydın", "indirect",
             s("the refusal of successive US administrations to sell Patriot missiles on acceptable terms, "
               "together with American support for the Kurdish YPG militia in Syria, had pushed President "
               "Recep Tayyip Erdoğan towards Moscow"), s("He said")),
        stmt("Mehmet Aydın", "direct_quote", s("Ankara does not see this as a choice between East and West"),
             s("he stressed")),
        stmt("Mehmet Aydın", "direct_quote",
             s("It sees it as a question of sovereignty. Nobody should expect Turkey to send the system back."),
             s("he stressed")),
        stmt("Robert Kessler", "according_to", s("the Turkish government had received clear warnings"),
             s("In his opinion")),
        stmt("Robert Kessler", "direct_quote",
             s("Allowing the S-400 to operate next to the F-35 would expose the aircraft's stealth features. "
               "That risk is simply unacceptable"), s("Kessler said")),
        stmt("Robert Kessler", "indirect",
             s("Congress may still impose sanctions under the Countering America's Adversaries Through "
               "Sanctions Act, which would hit Turkey’s defence industry hard"), s("warned")),
        stmt("Selin Demir", "indirect",
             s("the Turkish economy had only just begun to recover from last year’s currency crisis and that "
               "new US sanctions could trigger another run on the lira"), s("pointed out")),
        stmt("Selin Demir", "according_to",
             s("At the same time, according to Demir, bilateral trade of about $20 billion a year gives both "
               "sides a strong reason to avoid an open break"), s("according to Demir")),
        stmt("Mehmet Aydın", "indirect",
             s("Trump’s personal relationship with Erdoğan has so far shielded Turkey from the harshest "
               "measures"), s("arguing")),
        stmt("Robert Kessler", "indirect",
             s("if Ankara activates the S-400 system, he said, Congress will act regardless of the "
               "president’s preferences"), s("he said", after="if Ankara")),
        stmt("Emily Carver", "indirect",
             s("the two allies would have to rebuild trust step by step, starting with cooperation in "
               "northern Syria"), s("concluded")),
    ]
    causal_claims = [
        claim("series of crises", "US–Turkey partnership", "-", "asserted",
              s("whose partnership has been tested by a series of crises over the past two years"), "author"),
        claim("arrival of the S-400 in Turkey", "Turkey's removal from the F-35 programme", "+", "asserted",
              s("Five days later, the White House announced that Turkey would be removed from the F-35 "
                "fighter programme"), "Emily Carver"),
        claim("Turkish intervention in Cyprus", "US arms embargo of 1975", "+", "asserted",
              s("which Congress imposed after the Turkish intervention in Cyprus"), "Emily Carver"),
        claim("detention of Andrew Brunson", "US sanctions on two Turkish ministers", "+", "asserted",
              s("Washington sanctioned two Turkish ministers over the detention of the American pastor "
                "Andrew Brunson"), "Emily Carver"),
        claim("US sanctions and tariffs", "value of the lira", "-", "asserted",
              s("The lira lost about a quarter of its value within weeks."), "Emily Carver"),
        claim("Brunson episode (US sanctions and tariffs)",
              "Turkish belief that the US would use economic pressure against an ally", "+", "asserted",
              s("the episode convinced many in Ankara that the United States was prepared to use economic "
                "pressure against an ally"), "Emily Carver"),
        claim("distrust of the United States", "Turkey's S-400 purchase", "+", "asserted",
              s("the S-400 purchase was driven less by military needs than by distrust"), "Mehmet Aydın"),
        claim("US refusal to sell Patriot missiles on acceptable terms", "Erdoğan's turn towards Moscow",
              "+", "asserted",
              s("the refusal of successive US administrations to sell Patriot missiles on acceptable terms, "
                "together with American support for the Kurdish YPG militia in Syria, had pushed President "
                "Recep Tayyip Erdoğan towards Moscow"), "Mehmet Aydın"),
        claim("American support for the Kurdish YPG militia", "Erdoğan's turn towards Moscow", "+",
              "asserted",
              s("American support for the Kurdish YPG militia in Syria, had pushed President Recep Tayyip "
                "Erdoğan towards Moscow"), "Mehmet Aydın"),
        claim("S-400 operating next to the F-35", "exposure of the F-35's stealth features", "+", "hedged",
              s("Allowing the S-400 to operate next to the F-35 would expose the aircraft's stealth features"),
              "Robert Kessler"),
        claim("CAATSA sanctions", "Turkey's defence industry", "-", "hedged",
              s("which would hit Turkey’s defence industry hard"), "Robert Kessler"),
        claim("new US sanctions", "run on the lira", "+", "hedged",
              s("new US sanctions could trigger another run on the lira"), "Selin Demir"),
        claim("bilateral trade", "open break between the US and Turkey", "-", "asserted",
              s("bilateral trade of about $20 billion a year gives both sides a strong reason to avoid an "
                "open break"), "Selin Demir"),
        claim("Trump's personal relationship with Erdoğan", "harsh US measures against Turkey", "-",
              "asserted",
              s("Trump’s personal relationship with Erdoğan has so far shielded Turkey from the harshest "
                "measures"), "Mehmet Aydın"),
        claim("Turkish activation of the S-400 system", "action by Congress (sanctions)", "+", "conditional",
              s("if Ankara activates the S-400 system, he said, Congress will act"), "Robert Kessler"),
        claim("the president's preferences", "action by Congress", "-", "negated",
              s("Congress will act regardless of the president’s preferences"), "Robert Kessler"),
        claim("cooperation in northern Syria", "trust between the US and Turkey", "+", "conditional",
              s("the two allies would have to rebuild trust step by step, starting with cooperation in "
                "northern Syria"), "Emily Carver"),
    ]
    stances = [
        stance("Emily Carver", TARGET, -1, [
            s("the most serious rupture in the alliance since the arms embargo of 1975"),
            s("the two allies would have to rebuild trust step by step"),
        ]),
        stance("Mehmet Aydın", TARGET, -1, [s("Aydın expected a \"managed cooling\" rather than a rupture")]),
        stance("Robert Kessler", TARGET, -2, [
            s("Kessler saw little chance of a rapid recovery"),
            s("Congress will act regardless of the president’s preferences"),
        ]),
        stance("Selin Demir", TARGET, 0, [
            s("gives both sides a strong reason to avoid an open break"),
        ]),
    ]
    concepts = [
        "US–Turkey alliance within NATO",
        "Turkish purchase of the Russian S-400 system",
        "Turkey's removal from the F-35 programme",
        "CAATSA sanctions threat",
        "Congressional pressure on Turkey",
        "1975 US arms embargo and the Cyprus intervention",
        "Brunson affair and the 2018 US sanctions and tariffs",
        "Turkish currency crisis (lira)",
        "Turkish distrust of the United States",
        "US refusal to sell Patriot missiles",
        "US support for the Kurdish YPG in Syria",
        "Turkish sovereignty in defence choices",
        "F-35 stealth security risk",
        "Trump–Erdoğan personal relationship",
        "bilateral trade as a reason to avoid a break",
        "rebuilding trust through cooperation in northern Syria",
    ]
    return {"meta": meta, "boilerplate": boilerplate, "persons": persons,
            "organizations": organizations, "states": states, "events": events,
            "statements": statements, "causal_claims": causal_claims, "stances": stances,
            "concepts": concepts}
