"""Gold for 401 (Greece-Turkey, news wire with ATHENS dateline, weekday-relative dates, split quotes)."""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "401_greece_turkey_wire.txt"
AUTHOR = "author"
GG = "Giorgos Gerapetritis"
HF = "Hakan Fidan"
DK = "Dimitra Kalogirou"
SK = "Selim Karaca"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Greece, Turkey vow to keep talking as migration and Aegean rows test year-old thaw")
    meta = {"title": title["text"], "authors": ["Eleni Marou", "Kerem Aydın"], "publisher": "Meridian Wire",
            "date": "2024-12-07", "date_evidence": S("December 7, 2024")}
    boiler = [S("(c) Meridian Wire 2024. All rights reserved.")]
    persons = [
        person("Eleni Marou", [S("Eleni Marou")], ["reporter"], ["Meridian Wire"], None, "other"),
        person("Kerem Aydın", [S("Kerem Aydın")], ["reporter"], ["Meridian Wire"], None, "other"),
        person(GG, [S("Giorgos Gerapetritis")], ["Foreign Minister of Greece"], [], "GR", "official"),
        person(HF, [S("Hakan Fidan"), S("his Turkish counterpart")] + E("Fidan", skip_in=("Hakan Fidan",)),
               ["Foreign Minister of Turkey"], [], "TR", "official"),
        person("Recep Tayyip Erdoğan", E("Tayyip Erdoğan") + E("Erdoğan", skip_in=("Tayyip Erdoğan",)),
               ["President of Turkey"], [], "TR", "leader"),
        person("Kyriakos Mitsotakis", E("Kyriakos Mitsotakis") + E("Mitsotakis", skip_in=("Kyriakos Mitsotakis",)),
               ["Prime Minister of Greece"], [], "GR", "leader"),
        person(DK, [S("Dimitra Kalogirou")], ["senior analyst at the Hellenic Institute for Security Studies"],
               ["Hellenic Institute for Security Studies"], None, "expert"),
        person(SK, E("Selim Karaca") + E("Karaca", skip_in=("Selim Karaca",)),
               ["heads the foreign policy programme at the Bosphorus Policy Centre"], ["Bosphorus Policy Centre"],
               None, "expert"),
    ]
    orgs = [
        org("Meridian Wire", E("Meridian Wire") + [W("Meridian", "Dec 7 (Meridian)")], "media"),
        org("NATO", [S("NATO")], "international"),
        org("High-Level Cooperation Council", [S("High-Level Cooperation Council")], "government"),
        org("Hellenic Coast Guard", [W("coast guard", "the Greek coast guard said")], "government"),
        org("Greek Ministry of Migration and Asylum", [S("migration ministry")], "government"),
        org("UNHCR", [S("U.N. refugee agency")], "international"),
        org("Turkish Ministry of Interior", [S("interior ministry"), S("the ministry said")], "government"),
        org("European Union", [S("European Union")], "international"),
        org("International Court of Justice", [S("International Court of Justice")], "international"),
        org("Hellenic Institute for Security Studies", [S("Hellenic Institute for Security Studies")], "think_tank"),
        org("Bosphorus Policy Centre", [S("Bosphorus Policy Centre")], "think_tank"),
    ]
    states = [
        state("Greece", E("Greece")
              + E("Athens", skip_in=("Athens Declaration", "Security Studies in Athens"))
              + [W("Greek", "Greek Foreign Minister"), W("Greek", "A Greek and a Turkish frigate"),
                 W("Greek", "Greek rescue teams"), W("Greek", "the Greek coast guard"),
                 W("Greek", "Greek officials said"), W("Greek", "the Greek migration ministry"),
                 W("Greek", "Greek jurisdiction")]),
        state("Turkey", E("Turkey") + E("Ankara")
              + [W("Turkish", "his Turkish counterpart"), W("Turkish", "a Turkish frigate"),
                 W("Turkish", "Turkish warships")]),
    ]
    D = "2024-12-07"
    talks = S("talks in Athens on Friday")
    events = [
        event("meeting", "Talks of the Greek and Turkish foreign ministers in Athens", "2024-12-06", "on Friday",
              [GG, HF], "Athens", talks),
        event("conference", "Joint news conference of Gerapetritis and Fidan", "2024-12-06", "", [GG, HF], "Athens",
              S("a joint news conference")),
        event("declaration", "Signing of the Athens Declaration on friendly relations by Erdoğan and Mitsotakis",
              "2023-12", "last December", ["Recep Tayyip Erdoğan", "Kyriakos Mitsotakis"], "Athens",
              S("the Athens Declaration, which the two leaders signed last December")),
        event("meeting", "Planned meeting of the High-Level Cooperation Council chaired by Erdoğan and Mitsotakis",
              "2025", "early next year", ["Recep Tayyip Erdoğan", "Kyriakos Mitsotakis"], "Ankara",
              S("a meeting of the High-Level Cooperation Council")),
        event("military", "Turkey sends the survey ship Oruc Reis, escorted by warships, into waters claimed by "
              "Greece (2020 standoff)", "2020", "in the summer of 2020", ["Turkey", "Greece"], "Aegean",
              S("Ankara sent the survey ship Oruc Reis, escorted by warships, into waters that Greece claims as its "
                "continental shelf")),
        event("military", "Collision of a Greek and a Turkish frigate", "2020-08", "in August of that year",
              ["Greece", "Turkey"], "Aegean", S("A Greek and a Turkish frigate collided in August of that year")),
        event("other", "Oruc Reis returns to port, easing the standoff", "2020-09", "in September", ["Turkey"], None,
              S("the vessel returned to port in September")),
        event("other", "Earthquakes in southern Turkey", "2023-02", "in February last year", ["Turkey"],
              "southern Turkey", S("the earthquakes that devastated southern Turkey in February last year")),
        event("other", "Greek rescue teams arrive in Turkey after the earthquakes", "2023-02", "", ["Greece"],
              "Turkey", S("Greek rescue teams were among the first foreign crews to arrive")),
        event("other", "Erdoğan telephones Mitsotakis to offer condolences", "2023", "weeks later",
              ["Recep Tayyip Erdoğan", "Kyriakos Mitsotakis"], None,
              S("Erdoğan telephoned Mitsotakis weeks later to offer condolences")),
        event("other", "Train collision near Tempi", "2023", "", [], "Tempi, Greece",
              S("a train collision near Tempi killed 57 people")),
        event("other", "Earthquake diplomacy between Greece and Turkey", "2023", "last year's", ["Greece", "Turkey"],
              None, S("last year's earthquake diplomacy")),
        event("other", "Migrant dinghy capsizes off Lesbos, at least eight people drown", "2024-12-04", "on Wednesday",
              [], "Lesbos", S("drowned on Wednesday when a dinghy capsized off the island of Lesbos")),
        event("declaration", "Statement of the Greek migration ministry on smuggling networks", "2024-12-05",
              "on Thursday", ["Greek Ministry of Migration and Asylum"], None,
              S("the Greek migration ministry said in a statement on Thursday")),
        event("declaration", "Statement of the Turkish interior ministry rejecting the accusations", "2024-12", "",
              ["Turkish Ministry of Interior"], None, S("the ministry said in a statement.")),
        event("other", "2015 migration crisis: more than 850,000 people cross to Greece", "2015", "2015",
              [], "Greece", S("2015, when more than 850,000 people crossed to Greece")),
        event("agreement", "2016 EU-Turkey migration deal (take-back of migrants reaching the Greek islands)", "2016",
              "the 2016 deal", ["European Union", "Turkey"], None,
              S("the 2016 deal under which Turkey agreed to take back migrants reaching the Greek islands")),
        event("other", "Proposed referral of the continental shelf and EEZ delimitation to the ICJ", None, "",
              ["Greece", "Turkey", "International Court of Justice"], "The Hague",
              S("take only the delimitation of the continental shelf and exclusive economic zones to the "
                "International Court of Justice")),
        event("declaration", "Greece announces two national marine parks in the Aegean", "2024-04", "in April",
              ["Greece"], "Aegean", S("Greece's plan for two national marine parks in the Aegean, announced in April")),
        event("other", "Launch of the visa-on-arrival scheme for Turkish tourists on ten Greek islands", "2024-04",
              "in April", ["Greece"], "Greek islands",
              S("A visa-on-arrival scheme for Turkish tourists on ten Greek islands, launched in April")),
        event("military", "Turkish warships shadow a cable survey vessel near Kasos; Athens halts the work",
              "2024-07", "July", ["Turkey", "Greece"], "Kasos",
              S("Turkish warships shadowed a vessel carrying out surveys for an undersea power cable near the island "
                "of Kasos")),
        event("meeting", "Meeting of the Greek and Turkish coast guards on search-and-rescue cooperation", "2024-12",
              "next week", ["Hellenic Coast Guard"], "Izmir", S("the two coast guards would meet in Izmir next week")),
        event("other", "Hypothetical incident at sea", None, "", [], "Aegean", S("A single incident at sea")),
    ]
    lead = S("Greece and Turkey will press ahead with their rapprochement despite renewed friction over migration "
             "and maritime boundaries")
    fm_said = S("their foreign ministers said")
    told = S("told a joint news conference")
    q_disagree = S("We have shown that we can disagree without raising the temperature")
    q_achieve = S("For two neighbours that came close to an armed clash four years ago, that is not a small "
                  "achievement")
    smug = S("Smuggling networks are \"exploiting the good weather and the goodwill between our two countries\"")
    smug_cue = S("said in a statement on Thursday")
    need = S("The thaw has survived because both leaders need it")
    erd = S("Erdoğan wants Western investment and a quiet western flank while his economy recovers")
    mits = S("Mitsotakis needs calm to sell Greece as a safe place to invest")
    incident = S("A single incident at sea could quickly reverse the progress")
    nation = S("especially if nationalists on either side are looking for a pretext")
    warned = S("she warned")
    karaca_said = S("Karaca said")
    cbm = S("But confidence-building measures cannot replace a settlement")
    aslong = S("As long as the maritime question is unresolved, every survey ship or cable project can turn into a "
               "crisis")
    visa = S("A visa-on-arrival scheme for Turkish tourists on ten Greek islands, launched in April, has brought tens "
             "of thousands of visitors")
    kasos = S("July, when Turkish warships shadowed a vessel carrying out surveys for an undersea power cable near the "
              "island of Kasos, prompting Athens to halt the work")
    credit = S("last year's earthquake diplomacy with creating the political space for the Athens Declaration")
    statements = [
        stmt(GG, "indirect", lead, fm_said),
        stmt(HF, "indirect", lead, fm_said),
        stmt(GG, "direct_quote", q_disagree, told),
        stmt(GG, "direct_quote", q_achieve, told),
        stmt(HF, "indirect",
             S("the two sides had agreed to prepare a meeting of the High-Level Cooperation Council, to be chaired by "
               "President Tayyip Erdoğan and Prime Minister Kyriakos Mitsotakis in Ankara early next year"),
             S("Fidan said")),
        stmt(HF, "direct_quote", S("Dialogue is the only method we have"), W("he said", "we have,\" he said")),
        stmt(HF, "indirect", S("Turkey would nonetheless not accept \"faits accomplis\" in the Aegean"), S("adding")),
        stmt("officials on both sides", "indirect", credit, S("Officials on both sides credit")),
        stmt("Hellenic Coast Guard", "indirect",
             S("At least eight people, three of them children, drowned on Wednesday when a dinghy capsized off the "
               "island of Lesbos"), S("the Greek coast guard said")),
        stmt("Greek officials", "indirect", S("the boat had set off from the Turkish coast near Ayvalık"),
             S("Greek officials said")),
        stmt("Greek Ministry of Migration and Asylum", "direct_quote", smug, smug_cue),
        stmt("Greek Ministry of Migration and Asylum", "indirect", S("Ankara to step up patrols"), S("calling on")),
        stmt("UNHCR", "according_to", S("Arrivals on the eastern Aegean islands have risen by roughly a third this year"),
             S("according to figures from the U.N. refugee agency")),
        stmt("Turkish Ministry of Interior", "direct_quote", S("unfair accusations"), S("rejected what it called")),
        stmt("Turkish Ministry of Interior", "indirect",
             S("Its coast guard had stopped more than 40,000 irregular migrants at sea since January"),
             S("the ministry said in a statement")),
        stmt(HF, "indirect",
             S("Ankara remained committed to the 2016 deal under which Turkey agreed to take back migrants reaching the "
               "Greek islands"), S("Fidan told reporters")),
        stmt(HF, "indirect", S("the European Union had never delivered the visa liberalisation it promised in return"),
             S("he complained")),
        stmt("Turkey", "indirect", S("the demilitarisation of the eastern Aegean islands must also be on the table"),
             S("insists")),
        stmt("Turkey", "indirect", S("the move aimed to impose Greek jurisdiction over disputed waters"),
             W("said", "which said the move")),
        stmt(DK, "direct_quote", need, W("said", "said Dimitra Kalogirou")),
        stmt(DK, "direct_quote", S(erd["text"] + ". " + mits["text"]), W("said", "said Dimitra Kalogirou")),
        stmt(DK, "indirect", incident, warned),
        stmt(DK, "direct_quote", nation, warned),
        stmt(SK, "indirect", S("the economic agenda had been the most successful part of the process"), S("argued")),
        stmt(SK, "indirect", visa, S("he noted")),
        stmt(SK, "direct_quote", cbm, karaca_said),
        stmt(SK, "direct_quote", aslong, karaca_said),
        stmt(SK, "indirect", kasos, S("He pointed to")),
        stmt("officials", "indirect",
             S("the two coast guards would meet in Izmir next week to discuss search-and-rescue cooperation"),
             S("Officials said")),
    ]
    claims = [
        claim("migration row", "year-old Greek-Turkish thaw", "-", "asserted", title, AUTHOR),
        claim("Aegean row", "year-old Greek-Turkish thaw", "-", "asserted", title, AUTHOR),
        claim("renewed friction over migration and maritime boundaries", "Greek-Turkish rapprochement", "-",
              "negated", lead, GG),
        claim("disagreement", "raising the temperature", "+", "negated", q_disagree, GG),
        claim("Turkish deployment of the Oruc Reis into Greek-claimed waters", "Greek-Turkish relations", "-",
              "asserted",
              S("Relations between the two NATO allies hit their lowest point in decades in the summer of 2020, when "
                "Ankara sent the survey ship Oruc Reis, escorted by warships, into waters that Greece claims as its "
                "continental shelf"), AUTHOR),
        claim("return of the Oruc Reis to port", "easing of the standoff", "+", "asserted",
              S("the standoff eased only after the vessel returned to port in September"), AUTHOR),
        claim("February 2023 earthquakes", "warming of Greek-Turkish ties", "+", "asserted",
              S("Ties began to warm after the earthquakes that devastated southern Turkey in February last year"),
              AUTHOR),
        claim("earthquakes in southern Turkey", "deaths of more than 50,000 people", "+", "asserted",
              S("the earthquakes that devastated southern Turkey in February last year, killing more than 50,000 "
                "people"), AUTHOR),
        claim("Tempi train collision", "Erdoğan's condolence call to Mitsotakis", "+", "asserted",
              S("Erdoğan telephoned Mitsotakis weeks later to offer condolences after a train collision near Tempi "
                "killed 57 people"), AUTHOR),
        claim("train collision near Tempi", "57 deaths", "+", "asserted",
              S("a train collision near Tempi killed 57 people"), AUTHOR),
        claim("earthquake diplomacy", "political space for the Athens Declaration", "+", "asserted",
              S("Officials on both sides credit last year's earthquake diplomacy with creating the political space "
                "for the Athens Declaration"), "officials on both sides"),
        claim("migration", "Greek-Turkish relations", "-", "asserted",
              S("Migration remains the most immediate irritant"), AUTHOR),
        claim("good weather", "migrant smuggling", "+", "asserted", smug, "Greek Ministry of Migration and Asylum"),
        claim("goodwill between Greece and Turkey", "migrant smuggling", "+", "asserted", smug,
              "Greek Ministry of Migration and Asylum"),
        claim("EU failure to deliver visa liberalisation", "Turkey's commitment to the 2016 migration deal", "-",
              "negated",
              S("Ankara remained committed to the 2016 deal under which Turkey agreed to take back migrants reaching "
                "the Greek islands, but he complained that the European Union had never delivered the visa "
                "liberalisation it promised in return"), HF),
        claim("Greece's marine parks plan", "angry Turkish response", "+", "asserted",
              S("Greece's plan for two national marine parks in the Aegean, announced in April, drew an angry response "
                "from Turkey"), AUTHOR),
        claim("marine parks plan", "Greek jurisdiction over disputed waters", "+", "asserted",
              S("the move aimed to impose Greek jurisdiction over disputed waters"), "Turkey"),
        claim("both leaders' need for the thaw", "survival of the thaw", "+", "asserted", need, DK),
        claim("Erdoğan's need for Western investment and a quiet western flank", "Turkish interest in the thaw", "+",
              "asserted", erd, DK),
        claim("Turkish economic recovery", "Erdoğan's wish for Western investment", "+", "asserted", erd, DK),
        claim("calm", "selling Greece as a safe place to invest", "+", "conditional", mits, DK),
        claim("a single incident at sea", "progress in Greek-Turkish relations", "-", "hedged", incident, DK),
        claim("nationalists looking for a pretext", "progress in Greek-Turkish relations", "-", "conditional",
              S("A single incident at sea could quickly reverse the progress, she warned, \"especially if nationalists "
                "on either side are looking for a pretext\""), DK),
        claim("visa-on-arrival scheme", "Turkish visitors to the Greek islands", "+", "asserted", visa, SK),
        claim("confidence-building measures", "settlement of the dispute", "+", "negated", cbm, SK),
        claim("unresolved maritime question", "survey ships and cable projects turning into crises", "+",
              "conditional", aslong, SK),
        claim("Turkish warships shadowing the cable survey vessel", "Greek halt of the cable survey work", "+",
              "asserted", S("Turkish warships shadowed a vessel carrying out surveys for an undersea power cable near "
                            "the island of Kasos, prompting Athens to halt the work"), SK),
    ]
    tgt = "greece_turkey_relations_outlook"
    stances = [
        stance(GG, tgt, 1, [q_disagree, q_achieve]),
        stance(HF, tgt, 1, [S("Dialogue is the only method we have"),
                            S("Turkey would nonetheless not accept \"faits accomplis\" in the Aegean")]),
        stance(DK, tgt, 0, [need, incident]),
        stance(SK, tgt, 0, [cbm, aslong]),
    ]
    concepts = [
        "Greek-Turkish rapprochement / thaw", "Athens Declaration on friendly relations",
        "High-Level Cooperation Council", "earthquake diplomacy", "2020 Oruc Reis standoff",
        "maritime boundary dispute (continental shelf, EEZ)", "migration and smuggling across the Aegean",
        "2016 EU-Turkey migration deal", "EU visa liberalisation for Turkey", "demilitarisation of the eastern Aegean islands",
        "Greek marine parks plan", "leaders' economic needs (investment, calm)", "incidents at sea",
        "nationalism", "visa-on-arrival scheme / economic agenda", "confidence-building measures vs settlement",
        "undersea power cable (Kasos incident)", "dialogue",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
