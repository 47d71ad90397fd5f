"""Gold for 301 (Egypt-Ethiopia, GERD, news wire dated Tuesday 11 July 2023).

Decisions: the "(Reporting by ...; Editing by ...)" trailer is a credit line (content, like the
byline), only the copyright line is boilerplate; the editor is a person. The "CAIRO" dateline
and reporting locations ("in Cairo", "In Addis Ababa, analysts said") are not state mentions;
"Kinshasa" names the place of the AU talks (state DR Congo). The Sisi-Abiy meeting and the
summit of Sudan's neighbours on whose sidelines it is held are separate events. Weekday dates
resolve against Tuesday 2023-07-11 (on Monday -> 07-10, Thursday -> 07-13, last week -> 2023-07,
last month -> 2023-06, last year -> 2022, next year -> 2024).
"""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "301_egypt_ethiopia_dam.txt"
AUTHOR = "author"
TGT = "egypt_ethiopia_relations_outlook"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Egypt urges Ethiopia to halt fourth Nile dam filling before leaders meet")
    meta = {"title": title["text"], "authors": ["Yasmin Adel", "Tesfaye Bekele"], "publisher": "Nile Wire",
            "date": "2023-07-11", "date_evidence": S("Tuesday, July 11, 2023")}
    boiler = [S("© 2023 Nile Wire. All rights reserved. This material may not be published, broadcast or "
                "redistributed.")]
    persons = [
        person("Yasmin Adel", E("Yasmin Adel"), ["reporter"], ["Nile Wire"], None, "other"),
        person("Tesfaye Bekele", E("Tesfaye Bekele"), ["reporter"], ["Nile Wire"], None, "other"),
        person("Abdel Fattah al-Sisi", [S("Abdel Fattah al-Sisi")], ["President of Egypt"], [], "EG", "leader"),
        person("Abiy Ahmed", E("Abiy Ahmed") + E("Abiy", skip_in=("Abiy Ahmed",)),
               ["Prime Minister of Ethiopia"], [], "ET", "leader"),
        person("Sameh Shoukry", [S("Sameh Shoukry")], ["Foreign Minister of Egypt"], [], "EG", "official"),
        person("Meles Alem", [S("Meles Alem")], ["Ethiopian foreign ministry spokesman"],
               ["Ethiopian foreign ministry"], "ET", "official"),
        person("Hani Sewilam", [S("Hani Sewilam")], ["Irrigation Minister of Egypt"], [], "EG", "official"),
        person("Amira Fathy", [S("Amira Fathy")],
               ["professor of hydraulic engineering at the Nile Delta University"], ["Nile Delta University"],
               None, "expert"),
        person("Dawit Gebremedhin", [S("Dawit Gebremedhin")], ["senior researcher at the Horn Policy Institute"],
               ["Horn Policy Institute"], None, "expert"),
        person("Mark Hollis", [S("Mark Hollis")], ["editor"], ["Nile Wire"], None, "other"),
    ]
    orgs = [
        org("Nile Wire", E("Nile Wire"), "media"),
        org("Arab League", [S("Arab League")], "international"),
        org("Ethiopian foreign ministry", [W("foreign ministry", "Ethiopian foreign ministry spokesman")],
            "government"),
        org("African Union", [S("African Union")], "international"),
        org("Nile Delta University", [S("Nile Delta University")], "university"),
        org("Horn Policy Institute", [S("Horn Policy Institute")], "think_tank"),
    ]
    states = [
        state("Egypt", E("Egypt") + [W("Egyptian", "two Egyptian officials said"),
                                     W("Egyptian", "Egyptian officials said Cairo"),
                                     W("Cairo", "Abiy Ahmed in Cairo"), W("Cairo", "that Cairo is hosting"),
                                     W("Cairo", "said Cairo would insist")]),
        state("Ethiopia", E("Ethiopia") + [W("Ethiopian", "Ethiopian Prime Minister"),
                                           W("Ethiopian", "Ethiopian foreign ministry"),
                                           W("Ethiopian", "No Ethiopian government"),
                                           W("Addis Ababa", "Addis Ababa has given")]),
        state("Sudan", E("Sudan")),
        state("United States", [S("United States")]),
        state("Democratic Republic of the Congo", [S("Kinshasa")]),
    ]
    meeting = S("President Abdel Fattah al-Sisi is due to meet Ethiopian Prime Minister Abiy Ahmed in Cairo")
    events = [
        event("other", "Ethiopia's fourth filling of the GERD reservoir (planned, with the rainy season)", "2023", "",
              ["Ethiopia"], "Grand Ethiopian Renaissance Dam",
              S("the fourth filling of the reservoir behind the Grand Ethiopian Renaissance Dam")),
        event("agreement", "Binding Egyptian-Ethiopian agreement on the dam (sought)", None, "",
              ["Egypt", "Ethiopia"], None, S("the two countries sign a binding agreement")),
        event("meeting", "Meeting of Sisi and Abiy on the dam in Cairo", "2023-07-13", "two days before",
              ["Abdel Fattah al-Sisi", "Abiy Ahmed"], "Cairo", meeting),
        event("meeting", "Shoukry's talks with Arab League envoys", "2023-07-11", "",
              ["Sameh Shoukry", "Arab League"], "Cairo", S("talks with Arab League envoys")),
        event("agreement", "Declaration of Principles on the GERD (Egypt, Ethiopia, Sudan)", "2015-03", "",
              ["Egypt", "Ethiopia", "Sudan"], "Khartoum", S("the Declaration of Principles")),
        event("other", "Weekly briefing of the Ethiopian foreign ministry spokesman", "2023-07-10", "on Monday",
              ["Meles Alem"], None, S("his weekly briefing on Monday")),
        event("other", "Ethiopia begins building the dam", "2011", "in 2011", ["Ethiopia"],
              "Blue Nile", S("Ethiopia began building it in 2011")),
        event("summit", "Summit of Sudan's neighbours hosted by Cairo", "2023-07-13", "on Thursday",
              ["Egypt", "Ethiopia"], "Cairo", S("a summit of Sudan's neighbours that Cairo is hosting")),
        event("military", "War in Sudan", "2023-04", "in April", ["Sudan"], "Sudan",
              S("the war that broke out in Sudan in April")),
        event("meeting", "AU-sponsored negotiations on the dam collapse in Kinshasa", "2021-04", "in April 2021",
              ["Egypt", "Ethiopia", "Sudan", "African Union"], "Kinshasa",
              S("Negotiations sponsored by the African Union collapsed in Kinshasa in April 2021")),
        event("meeting", "U.S.-hosted round of dam talks, ended when Ethiopia skipped the final session", "2020-02",
              "in February 2020", ["Egypt", "Ethiopia", "Sudan", "United States"], "United States",
              S("an earlier round hosted by the United States ended in February 2020 when Ethiopia skipped the "
                "final session")),
        event("other", "Ethiopia completes the third filling of the reservoir", "2022-08", "in August 2022",
              ["Ethiopia"], "Grand Ethiopian Renaissance Dam", S("completing the third filling in August 2022")),
        event("military", "War in Tigray", "2020-11", "", ["Ethiopia"], "Tigray", S("the war in Tigray")),
        event("agreement", "Peace deal ending the war in Tigray", "2022-11", "in November last year",
              ["Ethiopia"], None, S("a peace deal in November last year")),
        event("other", "The dam's first two turbines start generating power", "2022", "in February and August last year",
              ["Ethiopia"], "Grand Ethiopian Renaissance Dam",
              S("the dam's two operating turbines, which started generating power in February and August last year")),
        event("other", "More turbines of the dam come online (planned)", "2024", "next year", ["Ethiopia"],
              "Grand Ethiopian Renaissance Dam", S("more units would come online next year")),
    ]
    told = S("Shoukry told reporters")
    told = W("told reporters", told["text"])
    he_said_1 = W("he said", "without electricity,\" he said")
    she_said = W("she said", "in a dry decade,\" she said")
    statements = [
        stmt("Egypt", "indirect",
             S("to postpone the fourth filling of the reservoir behind the Grand Ethiopian Renaissance Dam until the "
               "two countries sign a binding agreement"), S("called on")),
        stmt("Sameh Shoukry", "direct_quote",
             S("Egypt has shown more patience than any state could reasonably be asked to show"), told),
        stmt("Sameh Shoukry", "direct_quote",
             S("Filling the reservoir without an agreement violates the Declaration of Principles, and we will not "
               "accept it as a fait accompli."), told),
        stmt("Meles Alem", "indirect",
             S("the filling would proceed with the rainy season, as in previous years, and would cause no significant "
               "harm to Egypt or Sudan"), W("said", "Meles Alem said")),
        stmt("Meles Alem", "direct_quote",
             S("This dam is about bringing light to sixty million Ethiopians who still live without electricity"),
             he_said_1),
        stmt("Meles Alem", "direct_quote", S("It is not aimed at anyone."), he_said_1),
        stmt("Egyptian officials", "indirect",
             S("The leaders are expected to meet on Thursday on the sidelines of a summit of Sudan's neighbours that "
               "Cairo is hosting to discuss the war that broke out in Sudan in April"),
             S("two Egyptian officials said")),
        stmt("Hani Sewilam", "indirect",
             S("Egypt's annual water deficit had reached about 20 billion cubic metres, which has forced the country "
               "to reuse agricultural drainage water and to import much of its food"), W("said", "Hani Sewilam said")),
        stmt("Hani Sewilam", "direct_quote",
             S("If a drought comes while the reservoir is being filled without coordination, the damage to our "
               "farmers will be severe"), S("he warned")),
        stmt("Amira Fathy", "indirect", S("the filling itself was no longer the main danger"),
             W("said", "in Mansoura, said")),
        stmt("Amira Fathy", "direct_quote",
             S("The problem is that there are no agreed rules for how the dam will be operated in a dry decade"),
             she_said),
        stmt("Amira Fathy", "direct_quote", S("So every drought risks becoming a political crisis."), she_said),
        stmt("Amira Fathy", "indirect",
             S("Three unusually wet flood seasons had masked the impact so far because they kept Lake Nasser, behind "
               "Egypt's Aswan High Dam, close to full"), S("she added")),
        stmt("analysts", "indirect", S("domestic politics made a binding deal hard for Abiy to sign"),
             S("analysts said")),
        stmt("Dawit Gebremedhin", "according_to",
             S("many Ethiopians see the dam as a symbol of national unity after the war in Tigray, which ended with a "
               "peace deal in November last year"), S("According to Dawit Gebremedhin")),
        stmt("Dawit Gebremedhin", "direct_quote",
             S("No Ethiopian government can sign away the right to use its own river"),
             W("he said", "its own river,\" he said")),
        stmt("Dawit Gebremedhin", "indirect",
             S("the fighting in Sudan could push both capitals towards compromise, since neither can afford more "
               "instability on its borders"), S("he argued")),
        stmt("Egyptian officials", "indirect",
             S("Cairo would insist at Thursday's meeting on a legally binding text covering drought years, not a "
               "non-binding declaration"), W("Egyptian officials said", "Egyptian officials said Cairo")),
        stmt("Egyptian officials", "indirect",
             S("a deal would also help Egypt's economy, which has been hit by a shortage of foreign currency, by "
               "easing pressure on food imports"), S("They said")),
        stmt("Ethiopia's electricity utility", "indirect",
             S("the dam's two operating turbines, which started generating power in February and August last year, "
               "had produced more than 2,000 gigawatt hours and that more units would come online next year"),
             W("said", "electricity utility said")),
    ]
    drought = S("If a drought comes while the reservoir is being filled without coordination, the damage to our "
                "farmers will be severe")
    rules = S("The problem is that there are no agreed rules for how the dam will be operated in a dry decade,\" she "
              "said. \"So every drought risks becoming a political crisis.")
    wet = S("Three unusually wet flood seasons had masked the impact so far because they kept Lake Nasser, behind "
            "Egypt's Aswan High Dam, close to full")
    deficit = S("which has forced the country to reuse agricultural drainage water and to import much of its food")
    sudan = S("the fighting in Sudan could push both capitals towards compromise, since neither can afford more "
              "instability on its borders")
    econ = S("a deal would also help Egypt's economy, which has been hit by a shortage of foreign currency, by easing "
             "pressure on food imports")
    claims = [
        claim("the dam", "electricity for sixty million Ethiopians", "+", "asserted",
              S("This dam is about bringing light to sixty million Ethiopians who still live without electricity"),
              "Meles Alem"),
        claim("the fourth filling", "harm to Egypt or Sudan", "+", "negated",
              S("would cause no significant harm to Egypt or Sudan"), "Meles Alem"),
        claim("the dam", "friction between Egypt and Ethiopia", "+", "asserted",
              S("has been a source of friction since Ethiopia began building it in 2011"), AUTHOR),
        claim("Egypt's dependence on the Nile", "Egyptian fear about the reservoir", "+", "asserted",
              S("Egypt, which depends on the Nile for nearly all of its fresh water, fears that the reservoir will cut "
                "its share of the river during years of drought"), AUTHOR),
        claim("the reservoir in years of drought", "Egypt's share of the river", "-", "predicted",
              S("the reservoir will cut its share of the river during years of drought"), "Egypt"),
        claim("the meeting not having been announced", "officials' anonymity", "+", "asserted",
              S("speaking on condition of anonymity because the meeting has not been announced"), AUTHOR),
        claim("Ethiopia skipping the final session", "end of the U.S.-hosted round", "+", "asserted",
              S("an earlier round hosted by the United States ended in February 2020 when Ethiopia skipped the final "
                "session"), AUTHOR),
        claim("Egypt's water deficit", "reuse of agricultural drainage water", "+", "asserted", deficit,
              "Hani Sewilam"),
        claim("Egypt's water deficit", "food imports", "+", "asserted", deficit, "Hani Sewilam"),
        claim("drought during uncoordinated filling", "damage to Egyptian farmers", "+", "conditional", drought,
              "Hani Sewilam"),
        claim("absence of agreed operating rules for drought", "droughts becoming political crises", "+", "hedged",
              rules, "Amira Fathy"),
        claim("wet flood seasons", "masking of the dam's impact", "+", "asserted", wet, "Amira Fathy"),
        claim("wet flood seasons", "Lake Nasser water level", "+", "asserted", wet, "Amira Fathy"),
        claim("Lake Nasser close to full", "masking of the dam's impact", "+", "asserted", wet, "Amira Fathy"),
        claim("Ethiopian domestic politics", "Abiy's ability to sign a binding deal", "-", "asserted",
              S("domestic politics made a binding deal hard for Abiy to sign"), "analysts"),
        claim("peace deal", "end of the war in Tigray", "+", "asserted",
              S("the war in Tigray, which ended with a peace deal in November last year"), "Dawit Gebremedhin"),
        claim("fighting in Sudan", "Egyptian-Ethiopian compromise", "+", "hedged", sudan, "Dawit Gebremedhin"),
        claim("inability to afford more instability on their borders", "Egyptian-Ethiopian compromise", "+",
              "asserted", sudan, "Dawit Gebremedhin"),
        claim("binding dam deal", "Egypt's economy", "+", "hedged", econ, "Egyptian officials"),
        claim("binding dam deal", "pressure on food imports", "-", "hedged", econ, "Egyptian officials"),
        claim("shortage of foreign currency", "Egypt's economy", "-", "asserted", econ, "Egyptian officials"),
    ]
    stances = [
        stance("Amira Fathy", TGT, -1, [S("So every drought risks becoming a political crisis.")]),
        stance("Dawit Gebremedhin", TGT, 0,
               [S("No Ethiopian government can sign away the right to use its own river"),
                S("the fighting in Sudan could push both capitals towards compromise")]),
    ]
    concepts = [
        "Grand Ethiopian Renaissance Dam", "reservoir filling (fourth filling)", "binding agreement on the dam",
        "Declaration of Principles", "Egypt's dependence on the Nile", "drought years and Egypt's water share",
        "Egypt's water deficit", "food imports", "agreed operating rules for drought", "wet flood seasons / Lake Nasser",
        "Ethiopian electrification and hydropower", "Ethiopian domestic politics / national unity",
        "war in Tigray and peace deal", "war in Sudan and regional instability", "failed AU and U.S.-hosted talks",
        "Egypt's foreign-currency shortage", "Sisi-Abiy meeting",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
