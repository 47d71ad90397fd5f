"""Gold for 308 (United States-Mexico, Markdown press-briefing transcript, dated, with markers and furniture).

Convention: the spokesperson's answers are the voice of the text's named commentator (Tammy Bruce):
her claims and stance, not statements; reported speech inside the answers and inside the reporters'
questions is annotated as statements; the questions themselves are neither statements nor claims.
"""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "308_us_mexico_briefing.md"
TB = "Tammy Bruce"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Press Briefing by Department Spokesperson Tammy Bruce")
    meta = {"title": title["text"], "authors": [TB], "publisher": "U.S. Department of State",
            "date": "2025-03-06", "date_evidence": S("Thursday, March 6, 2025")}
    boiler = [S("(The briefing was concluded at 2:41 p.m.)"),
              S("— END —"),
              S("*Share this transcript: Email · X · Facebook* · *Transcripts are posted as delivered and may be "
                "revised.*")]
    persons = [
        person(TB, [W("Tammy Bruce", title["text"]), W("Tammy", "Thank you, Tammy.")] + E("BRUCE"),
               ["Department Spokesperson"], ["U.S. Department of State"], "US", "official"),
        person("Donald Trump", [W("the President", "This morning the President"),
                                W("The President", "The President has been consistent")],
               ["President of the United States"], [], "US", "leader"),
        person("Claudia Sheinbaum", E("Claudia Sheinbaum") + E("Sheinbaum", skip_in=("Claudia Sheinbaum",)),
               ["President of Mexico"], [], "MX", "leader"),
        person("Marco Rubio", [S("Rubio"), S("The Secretary"), W("the Secretary", "Will the Secretary travel")],
               ["Secretary of State"], ["U.S. Department of State"], "US", "official"),
        person("Rafael Ortiz", [S("Rafael Ortiz"), W("Rafael", "Let me finish, Rafael.")],
               ["reporter"], ["Diario Fronterizo"], None, "other"),
        person("Marcelo Ebrard", [S("Marcelo Ebrard"), W("Ebrard", "Secretary Ebrard still")],
               ["Economy Secretary"], [], "MX", "official"),
        person("Howard Lutnick", [S("Lutnick")], ["Commerce Secretary"], [], "US", "official"),
        person("Juan Ramón de la Fuente", [S("Juan Ramón de la Fuente")], ["Foreign Secretary"], [], "MX",
               "official"),
    ]
    orgs = [
        org("U.S. Department of State", [S("U.S. Department of State")], "government"),
        org("Office of the Spokesperson", [S("Office of the Spokesperson")], "government"),
        org("Diario Fronterizo", [S("Diario Fronterizo")], "media"),
        org("National Guard (Mexico)", [S("National Guard")], "government"),
        org("U.S. Department of Commerce", [W("Commerce", "refer you to Commerce")], "government"),
    ]
    states = [
        state("United States", [S("United States")]),
        state("Mexico", E("Mexico", skip_in=("Mexico City", "Remain in Mexico")) + E("Mexico City")
              + [W("Mexican", "the Mexican side"), W("Mexican", "the Mexican government's")]),
    ]
    call = S("This morning the President spoke by phone with President Claudia Sheinbaum")
    exempt = S("goods covered by the USMCA will be exempt from the 25 percent tariffs until April 2, \"as an "
               "accommodation, and out of respect for President Sheinbaum.\"")
    events = [
        event("other", "Phone call between Trump and Sheinbaum (Rubio joining part of it)", "2025-03-06",
              "This morning", ["Donald Trump", "Claudia Sheinbaum", "Marco Rubio"], None, call),
        event("other", "U.S. exempts USMCA-covered Mexican goods from the 25 percent tariffs until April 2",
              "2025-03-06", "", ["United States", "Mexico"], None,
              S("goods covered by the USMCA will be exempt from the 25 percent tariffs until April 2")),
        event("agreement", "One-month tariff pause agreed after the Trump-Sheinbaum call of February 3",
              "2025-02-03", "on February 3", ["Donald Trump", "Claudia Sheinbaum"], None,
              S("the one-month pause agreed after the two presidents spoke on February 3")),
        event("other", "Sheinbaum's rally in the Zócalo to announce Mexico's response to the tariffs",
              "2025-03-09", "on Sunday", ["Claudia Sheinbaum", "Mexico"], "Zócalo, Mexico City",
              S("a rally in the Zócalo on Sunday")),
        event("military", "Mexico deploys 10,000 National Guard troops to the northern border", "2025-02",
              "last month", ["Mexico", "National Guard (Mexico)"], "Mexico's northern border",
              S("Mexico deployed 10,000 National Guard troops to the northern border last month")),
        event("sanctions", "U.S. 25 percent tariffs on Mexican goods take effect", "2025-03-04", "on Tuesday",
              ["United States", "Mexico"], None, S("the tariffs took effect on Tuesday")),
        event("other", "Mexico transfers 29 cartel figures to the United States", "2025-02-27", "last Thursday",
              ["Mexico", "United States"], None,
              S("the transfer of 29 cartel figures to the United States last Thursday")),
        event("other", "U.S. designates the cartels as Foreign Terrorist Organizations", "2025-02", "in February",
              ["United States"], None,
              S("we designated the cartels as Foreign Terrorist Organizations in February")),
        event("meeting", "Ebrard-Lutnick trade talks", "2025-03-05", "on Wednesday",
              ["Marcelo Ebrard", "Howard Lutnick"], "Washington",
              S("Economy Secretary Marcelo Ebrard met Commerce Secretary Lutnick again on Wednesday")),
        event("other", "Conversation between Rubio and Foreign Secretary de la Fuente", "2025-03-03", "on Monday",
              ["Marco Rubio", "Juan Ramón de la Fuente"], None, S("when they spoke on Monday")),
        event("other", "Reinstatement of the Migrant Protection Protocols (\"Remain in Mexico\")", "2025-01",
              "in January", ["United States", "Mexico"], None,
              S("The Migrant Protection Protocols were reinstated in January")),
        event("visit", "Rubio's hoped-for visit to Mexico City", "2025", "later this spring", ["Marco Rubio"],
              "Mexico City", S("He hopes to visit Mexico City later this spring")),
        event("meeting", "USMCA joint review", "2026", "next year", ["United States", "Mexico"], None,
              S("the USMCA joint review")),
    ]
    stressed = S("the relationship with Mexico is one of the most important we have, and that a secure border is "
                 "what allows trade to flow in the first place")
    statements = [
        stmt("Donald Trump", "indirect", exempt, W("told", "He told her")),
        stmt("Marco Rubio", "indirect",
             S("Mexico has \"done more on the border in five weeks than in the previous four years.\""),
             S("said afterwards")),
        stmt("Claudia Sheinbaum", "indirect", S("Mexico would announce its response at a rally in the Zócalo on Sunday"),
             W("said", "President Sheinbaum said on")),
        stmt("automakers", "indirect", S("plants in Ohio and Coahuila could shut down within weeks"),
             W("say that", "automakers on both sides say that")),
        stmt("Claudia Sheinbaum", "indirect", S("the cartels are a threat to Mexicans first"), S("has said herself")),
        stmt("United States", "indirect", S("the talks as constructive"), S("described")),
        stmt("Mexico", "indirect", S("the talks as constructive"), S("described")),
        stmt("Mexico", "according_to",
             S("the discussion focused on steel, autos and Chinese investment in Mexican factories"),
             S("According to the Mexican side")),
        stmt("critics", "indirect", S("the tariffs hurt American consumers more than the cartels"),
             W("say", "Critics here say")),
        stmt("Marco Rubio", "indirect", S("nobody here wants to hurt Mexican workers"), S("made clear")),
        stmt("Marco Rubio", "indirect", stressed, S("stressed")),
    ]
    apprehend = S("Since Mexico deployed 10,000 National Guard troops to the northern border last month, "
                  "apprehensions between ports of entry have fallen to levels we haven't seen in decades.")
    because = S("That happened because both governments took the problem seriously, and frankly because the tariffs "
                "kept it at the top of the agenda.")
    fto = S("It was a real step, and it was only possible because we designated the cartels as Foreign Terrorist "
            "Organizations in February, which gave both sides new tools.")
    coop = S("Cooperation with Mexico has deepened, not weakened, over the past six weeks, and that's despite the "
             "tariffs, or, frankly, partly because of them.")
    claims = [
        claim("respect for President Sheinbaum (accommodation)", "exemption of USMCA goods from the tariffs", "+",
              "asserted", exempt, "Donald Trump"),
        claim("U.S. pressure", "tariff pause", "+", "asserted",
              S("it is the result of pressure that worked"), TB),
        claim("deployment of National Guard troops to the northern border", "apprehensions between ports of entry",
              "-", "asserted", apprehend, TB),
        claim("both governments taking the problem seriously", "fall in border apprehensions", "+", "asserted",
              because, TB),
        claim("tariffs", "fall in border apprehensions", "+", "asserted", because, TB),
        claim("tariffs", "border problem at the top of the agenda", "+", "asserted", because, TB),
        claim("tariffs", "shutdown of auto plants", "+", "hedged",
              S("plants in Ohio and Coahuila could shut down within weeks"), "automakers"),
        claim("fentanyl pouring across the border", "price paid by the country that lets it through", "+",
              "conditional", S("As long as fentanyl keeps pouring across the border, the country that lets it "
                               "through will pay a price."), TB),
        claim("Mexico's understanding of the fentanyl threat", "importance of the transfer of 29 cartel figures",
              "+", "asserted",
              S("That's why the transfer of 29 cartel figures to the United States last Thursday mattered so much."),
              TB),
        claim("designation of the cartels as Foreign Terrorist Organizations", "transfer of 29 cartel figures",
              "+", "asserted", fto, TB),
        claim("designation of the cartels as Foreign Terrorist Organizations", "new tools for both sides", "+",
              "asserted", fto, TB),
        claim("tariffs", "American consumers", "-", "asserted",
              S("the tariffs hurt American consumers more than the cartels"), "critics"),
        claim("tariff uncertainty", "U.S.-Mexican cooperation", "-", "negated", S("I'd reject the premise."), TB),
        claim("tariffs", "cooperation with Mexico", "-", "negated", coop, TB),
        claim("tariffs", "cooperation with Mexico", "+", "asserted", coop, TB),
        claim("secure border", "trade flows", "+", "asserted",
              S("a secure border is what allows trade to flow in the first place"), "Marco Rubio"),
        claim("Mexican government's continued cooperation", "returns under the Migrant Protection Protocols", "+",
              "conditional", S("That arrangement depends on the Mexican government's continued cooperation"), TB),
        claim("people being unable to get in", "paying smugglers", "-", "conditional",
              S("if people can't get in, they stop paying to try"), TB),
        claim("message reaching the smugglers", "people making the journey north", "-", "asserted",
              S("Fewer people are making the dangerous journey north as a result"), TB),
        claim("fewer people making the journey north", "lives saved", "+", "asserted", S("that saves lives"), TB),
        claim("both countries delivering on security", "calmer conversation on trade", "+", "conditional",
              S("If both countries keep delivering on security, then you'll see a much calmer conversation on "
                "trade."), TB),
        claim("falling fentanyl flows", "the tariff question going away", "+", "conditional",
              S("Unless fentanyl flows keep falling, though, I wouldn't expect the tariff question to go away."), TB),
    ]
    stances = [
        stance(TB, "united_states_mexico_relations_outlook", 1,
               [S("Cautiously, yes."), S("Cooperation with Mexico has deepened, not weakened, over the past six weeks")]),
    ]
    concepts = [
        "U.S. tariffs on Mexican goods", "tariff pause / USMCA exemption", "U.S. pressure on Mexico",
        "Mexican National Guard deployment to the border", "border apprehensions / irregular crossings",
        "fentanyl flows", "cartels and their FTO designation", "transfer of cartel figures to the U.S.",
        "auto industry and plant shutdowns", "American consumers", "U.S.-Mexican security cooperation",
        "trade flows and economic integration", "Migrant Protection Protocols (Remain in Mexico)",
        "smuggling and migrant journeys", "Mexican response to the tariffs (Zócalo rally)",
        "Ebrard-Lutnick trade talks", "USMCA joint review",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
