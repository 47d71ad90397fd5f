"""Gold for 403 (Canada-United States, broadcast interview transcript, dated Tuesday 25 March 2025).

The guest's answers are the guest's own voice (dev2 interview convention, cf. 204): his claims
and stance belong to Daniel Arsenault; reported speech inside the answers and in the host's
introduction is annotated; the host's questions are neither statements nor claims.
"""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "403_canada_us_interview.txt"
AUTHOR = "author"
DA = "Daniel Arsenault"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("NORTHLINE PUBLIC RADIO - THE CROSSING")
    meta = {"title": title["text"], "authors": ["Claire Beaudoin"], "publisher": "Northline Public Radio",
            "date": "2025-03-25", "date_evidence": S("March 25, 2025")}
    boiler = [
        S("[Transcript note: This is a rush transcript and may contain errors. Check the audio before quoting.]"),
        S("[END OF SEGMENT]"),
        S("Copyright 2025 Northline Public Radio. All rights reserved."),
    ]
    persons = [
        person("Claire Beaudoin", [S("Claire Beaudoin")], ["host"], ["Northline Public Radio"], None, "other"),
        person(DA, E("Daniel Arsenault") + E("ARSENAULT") + [W("Daniel", "Daniel, welcome"),
                                                            W("Daniel", "Finally, Daniel")],
               ["senior fellow, Laurentian Trade Policy Institute", "helped negotiate the USMCA for Ottawa in 2018"],
               ["Laurentian Trade Policy Institute"], "CA", "expert"),
        person("Mark Carney", [S("Mark Carney"), S("The prime minister")] + E("Carney", skip_in=("Mark Carney",)),
               ["Prime Minister"], [], "CA", "leader"),
        person("Donald Trump", [S("Donald Trump"), S("the president-elect")]
               + E("the president", skip_in=("the president-elect",)),
               ["President", "president-elect"], [], "US", "leader"),
        person("Justin Trudeau", [S("Justin Trudeau"), W("Trudeau", "after Trudeau and")], [], [], "CA", "leader"),
        person("Doug Ford", [S("Doug Ford"), W("Ford", "Ford spoke"), W("Ford", "Ford said")],
               ["Ontario Premier"], [], "CA", "leader"),
        person("Howard Lutnick", [S("Howard Lutnick")], ["Commerce Secretary"], [], "US", "official"),
        person("Mélanie Joly", [S("Mélanie Joly")], [], [], "CA", "official"),
        person("Pierre Poilievre", [S("Pierre Poilievre")], [], [], "CA", "other"),
    ]
    orgs = [
        org("Northline Public Radio", [S("NORTHLINE PUBLIC RADIO"), S("Northline Public Radio")], "media"),
        org("Laurentian Trade Policy Institute", E("Laurentian Trade Policy Institute"), "think_tank"),
        org("Bank of Canada", [S("Bank of Canada")], "government"),
    ]
    states = [
        state("Canada", E("Canada", skip_in=("Bank of Canada",)) + E("Ottawa")),
        state("United States", [W("U.S.", "U.S. borders"), S("United States"), W("White House", "the White House")]
              + E("Washington")),
        state("Mexico", [S("Mexico")]),
    ]
    call = S("On Sunday, Prime Minister Mark Carney called a snap federal election")
    events = [
        event("other", "Carney calls a snap federal election", "2025-03-23", "On Sunday", ["Mark Carney"], "Canada",
              call),
        event("election", "Canadian federal election (the campaign)", "2025-04-28", "April 28", ["Canada"], "Canada",
              S("a snap federal election for April 28")),
        event("sanctions", "U.S. reciprocal tariffs to be unveiled", "2025-04-02", "Next Wednesday",
              ["United States"], None, S("Next Wednesday, Washington is expected to unveil new reciprocal tariffs")),
        event("agreement", "Negotiation of the USMCA", "2018", "in 2018", ["Canada", "United States", "Mexico"],
              None, S("helped negotiate the USMCA for Ottawa in 2018")),
        event("visit", "Trudeau's dinner with Trump at Mar-a-Lago", "2024-11", "A few days later",
              ["Justin Trudeau", "Donald Trump"], "Mar-a-Lago",
              S("A few days later Justin Trudeau flew down to Mar-a-Lago for dinner")),
        event("other", "Canada's $1.3-billion border plan", "2024-12", "in December", ["Canada"], "Canada",
              S("in December Ottawa came back with a $1.3-billion border plan")),
        event("other", "Thirty-day pause of the U.S. tariffs", "2025-02", "in February", ["United States", "Canada"],
              None, S("the tariffs were paused in February")),
        event("meeting", "Trudeau-Trump phone call", "2025-02-03", "on February 3",
              ["Justin Trudeau", "Donald Trump"], None,
              S("Trudeau and the president spoke by phone on February 3")),
        event("sanctions", "U.S. 25 per cent tariffs on Canadian (and Mexican) goods take effect", "2025-03-04",
              "on March 4", ["United States", "Canada"], None,
              S("When they finally came into force on March 4")),
        event("sanctions", "Canadian counter-tariffs on thirty billion dollars of American goods", "2025-03-04",
              "the same day", ["Canada", "United States"], None,
              S("Ottawa responded the same day with counter-tariffs on thirty billion dollars' worth of American goods")),
        event("other", "White House exempts USMCA-compliant goods from the tariffs", "2025-03-06", "Two days later",
              ["United States"], None,
              S("Two days later the White House exempted anything that qualifies under the USMCA")),
        event("sanctions", "U.S. 25 per cent tariffs on steel and aluminum take effect", "2025-03-12",
              "on March 12", ["United States"], None,
              S("The twenty-five per cent tariffs on steel and aluminum took effect on March 12")),
        event("sanctions", "Canadian retaliation of $29.8 billion against the metal tariffs", "2025-03-13",
              "a day later", ["Canada", "United States"], None,
              S("Canada answered a day later with another $29.8 billion in retaliation")),
        event("sanctions", "Ontario's surcharge on electricity exports to three U.S. states", "2025-03-10",
              "on March 10", ["Doug Ford"], "Ontario", S("The surcharge took effect on March 10")),
        event("other", "Trump threatens to double the steel tariff on Canada to fifty per cent", "2025-03-11",
              "The next day", ["Donald Trump"], None,
              S("The next day the president threatened to double the steel tariff on Canada to fifty per cent")),
        event("meeting", "Ford's conversation with Commerce Secretary Lutnick", "2025-03-11", "",
              ["Doug Ford", "Howard Lutnick"], None, S("Ford spoke with Commerce Secretary Howard Lutnick")),
        event("other", "Suspension of the Ontario electricity surcharge", "2025-03-11", "by the afternoon",
              ["Doug Ford"], "Ontario", S("by the afternoon the surcharge was suspended")),
        event("visit", "Joly makes the case against tariffs in Washington", "2025-02", "last month",
              ["Mélanie Joly"], "Washington", S("Mélanie Joly made that point in Washington last month")),
        event("other", "Hypothetical U.S. tariffs on autos", None, "", ["United States"], None,
              S("autos get hit on top of steel")),
        event("meeting", "Joint review of the USMCA", "2026", "next year", ["Canada", "United States", "Mexico"],
              None, S("the agreement itself is up for its joint review next year")),
        event("sanctions", "U.S. steel tariffs of 2018", "2018", "of 2018", ["United States"], None,
              S("The steel tariffs of 2018")),
        event("other", "Lifting of the 2018 steel tariffs", "2019-05", "in May 2019", ["United States"], None,
              S("were lifted in May 2019")),
    ]
    carney_crisis = S("Canadians face \"the most serious crisis of our lifetimes\" because of President Donald "
                      "Trump's trade war")
    statements = [
        stmt("Mark Carney", "indirect", carney_crisis, S("telling reporters")),
        stmt("Donald Trump", "indirect",
             S("he would put a twenty-five per cent tariff on everything coming from Canada and Mexico"),
             S("posted")),
        stmt("Bank of Canada", "indirect", S("a long trade war could push the economy into recession"),
             S("warned")),
        stmt("steelworkers' union", "according_to", S("mills in Hamilton have already cut shifts"),
             S("according to the steelworkers' union")),
        stmt("Donald Trump", "indirect", S("to double the steel tariff on Canada to fifty per cent"),
             S("threatened")),
        stmt("Doug Ford", "indirect", S("he had been promised \"a real conversation\" about the trade agreement"),
             S("Ford said")),
        stmt("Mark Carney", "indirect",
             S("Canada must stop counting on Washington and \"build an economy that no one can bully.\""),
             S("The prime minister said on Sunday")),
        stmt(DA, "author_opinion",
             S("even if every tariff came off tomorrow, Canadian companies would keep looking for customers in "
               "Europe and Asia, because nobody wants to build a supply chain on a relationship that can change "
               "with a single post"), S("In my view")),
        stmt("Mélanie Joly", "indirect", S("a tariff on Canada is a tax on American families"), S("she argued")),
        stmt("Pierre Poilievre", "indirect",
             S("he would also keep the retaliatory tariffs in place until Washington backs down"), S("has said")),
        stmt(DA, "author_opinion", S("to expect a rough year, not a rough month"), S("I'd tell your listeners")),
    ]
    nofent = S("Less than one per cent of the fentanyl seized at U.S. borders comes from the north, so no border "
               "plan was going to satisfy him.")
    supplier = S("That one hurts more, because we are the largest foreign supplier of both metals to the United "
                 "States.")
    ontario = S("If it doesn't, and autos get hit on top of steel, Ontario could lose tens of thousands of jobs "
                "within months.")
    claims = [
        claim("Trump's trade war", "crisis facing Canadians", "+", "asserted", carney_crisis, "Mark Carney"),
        claim("fentanyl", "Trump's tariff threat", "+", "asserted", S("He tied it to fentanyl and to migrants."),
              "Donald Trump"),
        claim("migrants", "Trump's tariff threat", "+", "asserted", S("He tied it to fentanyl and to migrants."),
              "Donald Trump"),
        claim("Trump's tariff threat", "Canada's $1.3-billion border plan", "+", "asserted",
              S("in December Ottawa came back with a $1.3-billion border plan"), DA),
        claim("the border", "Trump's tariff threat", "+", "negated",
              S("The problem is that the border was never really the issue."), DA),
        claim("less than one per cent of seized fentanyl coming from Canada", "satisfying Trump with a border plan",
              "-", "asserted", nofent, DA),
        claim("border plan", "satisfying Trump", "+", "negated", S("no border plan was going to satisfy him"), DA),
        claim("Trudeau-Trump phone call of February 3", "thirty-day pause of the tariffs", "+", "asserted",
              S("For thirty days, yes, after Trudeau and the president spoke by phone on February 3."), DA),
        claim("U.S. tariffs coming into force", "Canadian counter-tariffs", "+", "asserted",
              S("When they finally came into force on March 4, Ottawa responded the same day with counter-tariffs on "
                "thirty billion dollars' worth of American goods."), DA),
        claim("auto industry's dependence on the USMCA", "White House exemption for USMCA goods", "+", "asserted",
              S("Two days later the White House exempted anything that qualifies under the USMCA, which tells you how "
                "much the auto industry on both sides depends on that agreement."), DA),
        claim("USMCA", "auto industry on both sides", "+", "asserted",
              S("the auto industry on both sides depends on that agreement"), DA),
        claim("U.S. steel and aluminum tariffs", "Canadian retaliation", "+", "asserted",
              S("The twenty-five per cent tariffs on steel and aluminum took effect on March 12, and Canada answered "
                "a day later with another $29.8 billion in retaliation."), DA),
        claim("steel and aluminum tariffs", "Canadian economy", "-", "asserted", S("That one hurts more"), DA),
        claim("Canada being the largest foreign supplier of steel and aluminum to the U.S.",
              "harm from the metal tariffs", "+", "asserted", supplier, DA),
        claim("long trade war", "recession", "+", "hedged",
              S("a long trade war could push the economy into recession"), "Bank of Canada"),
        claim("steel tariffs", "shifts at Hamilton mills", "-", "asserted",
              S("mills in Hamilton have already cut shifts"), DA),
        claim("Ontario electricity surcharge", "Trump's threat to double the steel tariff", "+", "asserted",
              S("The next day the president threatened to double the steel tariff on Canada to fifty per cent"), DA),
        claim("Trump's threat to double the steel tariff", "suspension of the electricity surcharge", "+",
              "asserted",
              S("The next day the president threatened to double the steel tariff on Canada to fifty per cent, Ford "
                "spoke with Commerce Secretary Howard Lutnick, and by the afternoon the surcharge was suspended."), DA),
        claim("promise of a real conversation about the trade agreement", "suspension of the electricity surcharge",
              "+", "asserted",
              S("Ford said he had been promised \"a real conversation\" about the trade agreement."), DA),
        claim("Ontario electricity surcharge", "Washington's attention", "+", "asserted",
              S("It got Washington's attention"), DA),
        claim("provinces acting on their own", "Ottawa speaking with one voice", "-", "asserted",
              S("when provinces act on their own, it makes it harder for Ottawa to speak with one voice"), DA),
        claim("trade war", "trust", "-", "asserted", S("Trust is the real casualty here."), DA),
        claim("removal of the tariffs", "Canadian companies' search for customers in Europe and Asia", "-",
              "negated",
              S("even if every tariff came off tomorrow, Canadian companies would keep looking for customers in "
                "Europe and Asia"), DA),
        claim("unpredictability of the relationship", "Canadian companies' search for customers in Europe and Asia",
              "+", "hedged",
              S("Canadian companies would keep looking for customers in Europe and Asia, because nobody wants to build "
                "a supply chain on a relationship that can change with a single post"), DA),
        claim("Canadian diversification away from the U.S.", "American manufacturers", "-", "asserted",
              S("That, in turn, hurts the American manufacturers"), DA),
        claim("Canadian aluminum and potash", "American manufacturers", "+", "asserted",
              S("the American manufacturers who rely on our aluminum and potash"), DA),
        claim("tariff on Canada", "costs for American families", "+", "asserted",
              S("a tariff on Canada is a tax on American families"), "Mélanie Joly"),
        claim("survival of the USMCA exemption", "impact of next Wednesday's tariffs", "-", "conditional",
              S("That depends on whether the USMCA exemption survives."), DA),
        claim("USMCA exemption holding", "damage being manageable", "+", "conditional",
              S("If it holds, the damage will be serious but manageable."), DA),
        claim("loss of the USMCA exemption", "jobs in Ontario", "-", "conditional", ontario, DA),
        claim("tariffs on autos", "jobs in Ontario", "-", "conditional", ontario, DA),
        claim("USMCA joint review", "Trump's leverage", "+", "asserted",
              S("the agreement itself is up for its joint review next year, which gives the president another "
                "lever"), DA),
        claim("Washington backing down", "Canadian retaliatory tariffs staying in place", "-", "conditional",
              S("he would also keep the retaliatory tariffs in place until Washington backs down"), "Pierre Poilievre"),
        claim("election campaign", "Ottawa's approach", "+", "asserted", S("Less than people think."), DA),
        claim("election campaign", "formal negotiations", "-", "asserted",
              S("The campaign does freeze formal negotiations for five weeks."), DA),
        claim("election", "Carney's ability to offer concessions", "-", "asserted",
              S("Carney can't offer concessions in the middle of an election"), DA),
        claim("geography", "long-run outlook of the relationship", "+", "asserted", S("Geography doesn't change"),
              DA),
        claim("intertwined economies", "decoupling", "-", "asserted",
              S("the two economies are too intertwined to decouple"), DA),
        claim("pushback from American automakers and farmers", "lifting of the 2018 steel tariffs", "+", "asserted",
              S("The steel tariffs of 2018 were lifted in May 2019 because American automakers and farmers pushed "
                "back."), DA),
    ]
    tgt = "canada_united_states_relations_outlook"
    stances = [
        stance(DA, tgt, 0, [S("In the long run, cautiously."), S("Trust is the real casualty here."),
                            S("to expect a rough year, not a rough month")]),
        stance("Mark Carney", tgt, -1, [carney_crisis,
                                        S("Canada must stop counting on Washington and \"build an economy that no one "
                                          "can bully.\"")]),
    ]
    concepts = [
        "U.S. tariffs on Canadian goods", "Trump's fentanyl and migration justification", "Canadian border plan",
        "Canadian counter-tariffs / retaliation", "USMCA exemption", "auto industry integration",
        "steel and aluminum tariffs", "Canada as main metals supplier", "recession risk", "Ontario electricity surcharge",
        "provincial unilateralism vs. one Canadian voice", "trust and predictability", "Canadian trade diversification",
        "costs to American manufacturers and consumers", "Ontario jobs", "USMCA joint review as leverage",
        "Canadian election campaign", "frozen negotiations", "geography and economic interdependence",
        "U.S. domestic pushback (automakers, farmers)",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
