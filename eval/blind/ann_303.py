"""Gold for 303 (Armenia-Azerbaijan, broadcast interview transcript with two guests, dated
18 March 2025 in the header).

Decisions: the host (Helen Arden, named in the show title) is the byline author; her intro and
declarative remarks are the author's voice, her questions are neither statements nor claims; the
"HOST:" / "MELKONYAN:" / "MAMMADLI:" labels are mentions of the three persons. Answers are the
guests' own voice (claims/stances by the guest); reported speech inside them is annotated, and a
guest's explicit "In my view" is an author_opinion statement of that guest. The transcript note
and the copyright line are boilerplate. "Prague" names the place of the 2022 meeting (Czech
Republic); "the Russian-led military alliance" is a mention of the CSTO and "Russian-led" a
mention of Russia. Dates against Tuesday 2025-03-18: "Last Thursday" -> 2025-03-13, "last year"
-> 2024, "next year" -> 2026, "last spring" -> 2024; the nine-month blockade before September
2023 -> 2022-12; the first Karabakh war -> 1988.
"""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "303_armenia_azerbaijan_interview.txt"
AUTHOR = "author"
TM, LM = "Tigran Melkonyan", "Leyla Mammadli"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("A Treaty on Paper: Armenia and Azerbaijan After Karabakh")
    meta = {"title": title["text"], "authors": ["Helen Arden"], "publisher": "Meridian Public Radio",
            "date": "2025-03-18", "date_evidence": S("18 March 2025")}
    boiler = [S("This transcript has been edited for length and clarity."),
              S("Copyright 2025 Meridian Public Radio. This transcript may not be reproduced without written "
                "permission.")]
    persons = [
        person("Helen Arden", [S("HELEN ARDEN")] + E("HOST"), ["host"], ["Meridian Public Radio"], None, "other"),
        person(TM, E(TM) + E("MELKONYAN"),
               ["director of the South Caucasus programme at the Kura Institute for Regional Studies"],
               ["Kura Institute for Regional Studies"], None, "expert"),
        person(LM, E(LM) + E("MAMMADLI"), ["senior fellow at the Caspian Policy Lab"], ["Caspian Policy Lab"],
               None, "expert"),
        person("Nikol Pashinyan", E("Nikol Pashinyan") + E("Pashinyan", skip_in=("Nikol Pashinyan",)),
               ["Prime Minister"], [], "AM", "leader"),
        person("Ilham Aliyev", E("Ilham Aliyev") + E("Aliyev", skip_in=("Ilham Aliyev",)), ["President"], [], "AZ",
               "leader"),
        person("Jeyhun Bayramov", [S("Jeyhun Bayramov")], ["Foreign Minister"], [], "AZ", "official"),
        person("Vladimir Putin", [S("Vladimir Putin")], [], [], "RU", "leader"),
        person("Antony Blinken", [S("Antony Blinken"), W("Blinken", "Blinken said last year")],
               ["secretary of state"], [], "US", "official"),
        person("Bagrat Galstanyan", [S("Archbishop Bagrat Galstanyan")], ["Archbishop"], [], None, "other"),
    ]
    orgs = [
        org("Meridian Public Radio", E("Meridian Public Radio"), "media"),
        org("Kura Institute for Regional Studies", [S("Kura Institute for Regional Studies")], "think_tank"),
        org("Caspian Policy Lab", [S("Caspian Policy Lab")], "think_tank"),
        org("OSCE Minsk Group", [S("OSCE Minsk Group")], "international"),
        org("Collective Security Treaty Organization (CSTO)",
            [S("CSTO"), S("the Russian-led military alliance")], "international"),
    ]
    states = [
        state("Armenia", E("Armenia") + E("Yerevan")),
        state("Azerbaijan", E("Azerbaijan") + E("Baku")),
        state("Russia", E("Russia") + E("Russian") + E("Moscow")),
        state("United States", [S("the United States"), S("American")] + E("Washington")),
        state("Czech Republic", [S("Prague")]),
    ]
    sept23 = S("in September 2023 it took back the rest of Karabakh in a one-day offensive")
    events = [
        event("agreement", "Armenia and Azerbaijan announce completion of negotiations on the peace treaty text",
              "2025-03-13", "Last Thursday", ["Armenia", "Azerbaijan"], None,
              S("Last Thursday, Armenia and Azerbaijan announced that they had finished negotiating the text of a "
                "peace treaty")),
        event("agreement", "Planned signing of the Armenia-Azerbaijan peace treaty", None, "",
              ["Armenia", "Azerbaijan"], None, S("the date and place of signing")),
        event("military", "First war over Nagorno-Karabakh (1988-1994)", "1988", "",
              ["Armenia", "Azerbaijan"], "Nagorno-Karabakh", S("their first war over Nagorno-Karabakh")),
        event("declaration", "Armenia's 1990 declaration of independence", "1990", "1990", ["Armenia"], None,
              S("the 1990 declaration of independence")),
        event("election", "Planned constitutional referendum in Armenia", None, "", ["Armenia"], "Armenia",
              S("That requires a referendum")),
        event("election", "Armenian parliamentary elections", "2026", "next year", ["Armenia"], "Armenia",
              S("the parliamentary elections next year")),
        event("other", "Dissolution of the OSCE Minsk Group (demanded by Azerbaijan)", None, "",
              ["OSCE Minsk Group", "Azerbaijan"], None, S("the OSCE Minsk Group formally dissolved")),
        event("military", "2020 war: Azerbaijan's battlefield victories", "2020", "Since 2020",
              ["Azerbaijan", "Armenia"], "Nagorno-Karabakh",
              S("Since 2020, Azerbaijan has won every argument on the battlefield")),
        event("military", "Azerbaijan's one-day offensive retaking the rest of Karabakh", "2023-09",
              "in September 2023", ["Azerbaijan"], "Nagorno-Karabakh", sept23),
        event("other", "Exodus of the Armenian population from Karabakh", "2023-09", "within a week",
              [], "Nagorno-Karabakh", S("More than a hundred thousand people left within a week")),
        event("other", "Nine-month blockade of the Lachin corridor", "2022-12", "", ["Azerbaijan"],
              "Lachin corridor", S("a nine-month blockade of the Lachin corridor")),
        event("other", "Pashinyan's address to parliament on peace", "2024", "last year", ["Nikol Pashinyan"],
              "Armenia", S("Pashinyan told parliament last year")),
        event("agreement", "Ceasefire brokered by Moscow", "2020-11", "in November 2020",
              ["Russia", "Armenia", "Azerbaijan"], None, S("the ceasefire Moscow brokered in November 2020")),
        event("military", "Deployment of Russian peacekeepers in Karabakh", "2020-11", "", ["Russia"],
              "Nagorno-Karabakh", S("They were deployed")),
        event("other", "Armenia freezes its participation in the CSTO", "2024-02", "in February 2024",
              ["Armenia", "Collective Security Treaty Organization (CSTO)"], None,
              S("Pashinyan froze Armenia's participation in the CSTO")),
        event("military", "Withdrawal of the last Russian peacekeepers from Karabakh", "2024-06", "that June",
              ["Russia"], "Nagorno-Karabakh", S("the last peacekeepers left Karabakh that June")),
        event("meeting", "Prague meeting at which Armenia recognised Karabakh as part of Azerbaijan", "2022-10",
              "in October 2022", ["Armenia", "Azerbaijan"], "Prague", S("the Prague meeting in October 2022")),
        event("meeting", "Armenia-Azerbaijan talks hosted by Antony Blinken", None, "",
              ["Antony Blinken", "Armenia", "Azerbaijan"], "United States",
              S("Antony Blinken hosted several rounds of talks")),
        event("other", "Armenia-Azerbaijan border delimitation", None, "", ["Armenia", "Azerbaijan"], None,
              S("Border delimitation has continued")),
        event("other", "Protests in Tavush against the delimitation", "2024", "last spring",
              ["Bagrat Galstanyan"], "Tavush, Armenia", S("the protests in Tavush last spring")),
        event("other", "Opening of transit routes", None, "", [], None, S("If the transit routes open")),
    ]
    told = S("Pashinyan told parliament last year")
    statements = [
        stmt("Armenia", "indirect", S("they had finished negotiating the text of a peace treaty"),
             W("announced", "Azerbaijan announced")),
        stmt("Azerbaijan", "indirect", S("they had finished negotiating the text of a peace treaty"),
             W("announced", "Azerbaijan announced")),
        stmt("Armenia", "indirect", S("the last two disputed clauses had been settled"),
             S("The two foreign ministries said")),
        stmt("Azerbaijan", "indirect", S("the last two disputed clauses had been settled"),
             S("The two foreign ministries said")),
        stmt("Nikol Pashinyan", "indirect", S("Yerevan was ready to begin consultations on the date and place of signing"),
             W("said", "Nikol Pashinyan said")),
        stmt("Ilham Aliyev", "indirect",
             S("there will be no signature until Armenia removes from its constitution the preamble reference to the "
               "1990 declaration of independence"), S("has made it very clear")),
        stmt("Jeyhun Bayramov", "direct_quote", S("The ball is in Armenia's court"),
             S("Foreign Minister Jeyhun Bayramov said on Friday")),
        stmt("Nikol Pashinyan", "direct_quote", S("Peace is not a gift to Azerbaijan"), told),
        stmt("Nikol Pashinyan", "direct_quote", S("It is a guarantee for our children"), told),
        stmt("Vladimir Putin", "indirect", S("Russia had done everything it could"), S("Vladimir Putin insisted")),
        stmt("Vladimir Putin", "indirect",
             S("Yerevan itself had recognised Karabakh as part of Azerbaijan at the Prague meeting in October 2022"),
             S("he argued")),
        stmt("Antony Blinken", "indirect", S("a deal was \"within reach\""), S("Blinken said last year")),
        stmt("Antony Blinken", "indirect", S("not to let the moment pass"), S("warned both sides")),
        stmt(LM, "author_opinion", S("it will be signed, but later than either government admits"), S("In my view")),
    ]
    aliyev = S("there will be no signature until Armenia removes from its constitution the preamble reference to the "
               "1990 declaration of independence")
    drawer = S("Aliyev wants the constitutional change first, and Pashinyan cannot deliver it before the election.")
    transit = S("If the transit routes open, both economies gain, and that creates constituencies for peace on both "
                "sides.")
    claims = [
        claim("removal of the 1990 declaration reference from Armenia's constitution", "signature of the treaty",
              "+", "conditional", aliyev, "Ilham Aliyev"),
        claim("referendum", "removal of the constitutional reference", "+", "conditional",
              S("That requires a referendum"), TM),
        claim("treaty contradicted by the other side's constitution", "Baku's insistence on constitutional change",
              "+", "asserted",
              S("Because, from Baku's perspective, a treaty that can be contradicted by the other side's constitution "
                "is a ceasefire with better paperwork."), LM),
        claim("Azerbaijan's battlefield victories since 2020", "change in the balance of power", "+", "asserted",
              S("Since 2020, Azerbaijan has won every argument on the battlefield"), LM),
        claim("Azerbaijan's leverage", "reason to hurry", "-", "asserted",
              S("When you hold that much leverage, you have little reason to hurry."), LM),
        claim("Azerbaijan's September 2023 offensive", "exodus of the Armenian population of Karabakh", "+",
              "asserted", S("That offensive drove out almost the entire Armenian population of the region."), AUTHOR),
        claim("blockade of the Lachin corridor", "empty shops in Stepanakert", "+", "asserted",
              S("a nine-month blockade of the Lachin corridor that had already emptied the shops in Stepanakert"), TM),
        claim("loss of Karabakh and the exodus (the wound)", "selling a treaty to Armenians", "-", "asserted",
              S("For Armenians that is the wound that makes any treaty hard to sell."), TM),
        claim("peace", "guarantee for Armenia's children", "+", "asserted", S("It is a guarantee for our children"),
              "Nikol Pashinyan"),
        claim("success of the peace argument", "Pashinyan's political survival", "+", "conditional",
              S("He has staked his political survival on that argument."), TM),
        claim("Moscow-brokered ceasefire of November 2020", "deployment of Russian peacekeepers", "+", "asserted",
              S("They were deployed under the ceasefire Moscow brokered in November 2020"), TM),
        claim("Russian peacekeepers' inaction in September 2023", "Russia's standing in Armenia", "-", "asserted",
              S("That failure did more damage to Russia's standing in Armenia than any Western campaign could have."),
              TM),
        claim("open question of the transport routes through southern Armenia", "Russia acting as a spoiler", "+",
              "conditional", S("as long as that question is open, it can act as a spoiler"), LM),
        claim("American mediation", "ministers continuing to talk", "+", "asserted",
              S("American mediation kept the ministers talking when relations were at their worst."), LM),
        claim("new administration in Washington", "certainty about U.S. attention to the Caucasus", "-", "asserted",
              S("with a new administration in Washington, nobody in the region is sure how much attention the "
                "Caucasus will get"), LM),
        claim("Aliyev's demand for the constitutional change first", "delay in signing the treaty", "+", "asserted",
              drawer, LM),
        claim("Armenian election", "Pashinyan delivering the constitutional change", "-", "asserted", drawer, LM),
        claim("neither leader giving ground", "treaty text sitting in a drawer", "+", "conditional",
              S("Unless one of them gives ground, the text will sit in a drawer."), LM),
        claim("protests in Tavush", "border delimitation", "-", "negated",
              S("Border delimitation has continued despite the protests in Tavush last spring"), TM),
        claim("bilateral negotiation of the text", "leaders' ownership of the treaty", "+", "asserted",
              S("the text was negotiated bilaterally, without Moscow or Washington in the room at the end, which gives "
                "both leaders ownership of it"), TM),
        claim("opening of the transit routes", "gains for both economies", "+", "conditional", transit, TM),
        claim("economic gains", "constituencies for peace", "+", "conditional", transit, TM),
        claim("acknowledgement of the displaced people's loss", "popularity of the treaty in Armenia", "+",
              "conditional",
              S("without some acknowledgement of their loss I doubt the treaty will ever be popular in Armenia"), TM),
    ]
    tgt = "armenia_azerbaijan_relations_outlook"
    stances = [
        stance(TM, tgt, 1, [S("I am more hopeful."), transit]),
        stance(LM, tgt, 0, [S("it will be signed, but later than either government admits"),
                            S("Unless one of them gives ground, the text will sit in a drawer.")]),
        stance("Nikol Pashinyan", tgt, 1,
               [S("Yerevan was ready to begin consultations on the date and place of signing"),
                S("It is a guarantee for our children")]),
        stance("Antony Blinken", tgt, 1, [S("a deal was \"within reach\"")]),
    ]
    concepts = [
        "Armenia-Azerbaijan peace treaty", "Armenian constitution and its reference to the 1990 declaration",
        "constitutional referendum", "Armenian parliamentary elections", "OSCE Minsk Group",
        "balance of power / Azerbaijani leverage", "2020 war and Russian-brokered ceasefire",
        "September 2023 offensive and exodus from Karabakh", "Lachin corridor blockade",
        "Armenian public opinion on the treaty", "Pashinyan's political survival",
        "Russian peacekeepers and Russia's standing in Armenia", "Armenia's CSTO freeze",
        "transport and transit routes", "U.S. mediation and attention", "border delimitation and Tavush protests",
        "bilateral ownership of the text", "economic gains and constituencies for peace",
        "compensation for displaced Karabakh Armenians",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
