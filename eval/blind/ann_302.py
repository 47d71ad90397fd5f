"""Gold for 302 (United States-China, semiconductor export controls, op-ed "Published 3 March 2024").

Decisions: no outlet is named (publisher null); the bio is content, the disclaimer line is
boilerplate. The author's explicit first-person cues ("In my view", "I would argue", "My
assessment is") are author_opinion statements of Helen Marsh; her causal claims and stance are
"author". "the Trump administration" is a mention of Donald Trump. "officials in Washington",
"accused Washington", "if Washington uses it" stand for the state; "in Washington" in the bio
is an address. American/Chinese/Dutch/Japanese qualifying software, firms, engineers,
toolmakers, companies, suppliers, a candidate or a teenager are not state mentions; "every
American measure" (policy) and "Dutch and Japanese officials" are. "presented them as a
scalpel" / "accused Washington of ..." give content "X as/of Y". "Dutch and Japanese officials
have made clear" gives one entry per government's officials. Relative dates against
2024-03-03: early last year -> 2023, last August -> 2023-08, last year -> 2023, last November ->
2023-11, "the election in November" -> 2024-11.
"""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "302_us_china_chips_oped.txt"
AUTHOR = "author"
HM = "Helen Marsh"
TGT = "united_states_china_relations_outlook"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Export controls can slow China's chipmakers. They are not a strategy")
    meta = {"title": title["text"], "authors": [HM], "publisher": None, "date": "2024-03-03",
            "date_evidence": S("3 March 2024")}
    boiler = [S("The views expressed are the author's own.")]
    persons = [
        person(HM, E(HM), ["senior fellow at the Calloway Institute for Technology and Security",
                           "former trade analyst at the Department of Commerce"],
               ["Calloway Institute for Technology and Security", "Department of Commerce"], None, "expert"),
        person("Gina Raimondo", [S("Gina Raimondo")], ["Commerce Secretary"], ["Department of Commerce"], "US",
               "official"),
        person("Donald Trump", [S("Trump")], ["President of the United States"], [], "US", "leader"),
        person("Xi Jinping", E("Xi Jinping") + E("Xi", skip_in=("Xi Jinping",)), ["President of China"], [], "CN",
               "leader"),
        person("Mao Ning", [S("Mao Ning")], ["foreign ministry spokeswoman"], ["Chinese foreign ministry"], "CN",
               "official"),
        person("Joe Biden", [S("Joe Biden")], ["President of the United States"], [], "US", "leader"),
    ]
    orgs = [
        org("Department of Commerce", [S("Commerce Department"), S("Department of Commerce")], "government"),
        org("SMIC", E("SMIC"), "company"),
        org("Huawei", [S("Huawei")], "company"),
        org("TSMC", [S("TSMC")], "company"),
        org("Politburo", [S("Politburo")], "party"),
        org("Chinese foreign ministry", [S("foreign ministry")], "government"),
        org("Calloway Institute for Technology and Security", [S("Calloway Institute for Technology and Security")],
            "think_tank"),
    ]
    states = [
        state("China", E("China") + E("Beijing")),
        state("United States", [S("the United States"), W("Washington", "officials in Washington"),
                                W("Washington", "if Washington uses it"), W("Washington", "accused Washington"),
                                W("Washington", "only if Washington treats"),
                                W("American", "every American measure")]),
        state("Netherlands", [S("Netherlands"), W("Dutch", "Dutch and Japanese officials")]),
        state("Japan", [W("Japan", "the Netherlands and Japan"), W("Japanese", "Dutch and Japanese officials")]),
    ]
    events = [
        event("sanctions", "U.S. Commerce Department export controls on advanced semiconductors", "2022-10",
              "in October 2022", ["United States", "Department of Commerce", "China"], None,
              S("the Commerce Department issued its sweeping rules on advanced semiconductors in October 2022")),
        event("agreement", "The Netherlands and Japan agree to restrict sales of chipmaking equipment", "2023",
              "early last year", ["Netherlands", "Japan"], None,
              S("the Netherlands and Japan agreed early last year to restrict sales of their own equipment")),
        event("other", "Huawei launches a phone with a seven-nanometre SMIC processor", "2023-08", "last August",
              ["Huawei", "SMIC"], "China", S("The Huawei phone launched last August")),
        event("other", "Signing of the CHIPS and Science Act", "2022-08", "in August 2022", ["United States"],
              "United States", S("The CHIPS and Science Act, signed in August 2022")),
        event("sanctions", "Trump administration tariffs on Chinese goods", "2018", "of 2018",
              ["Donald Trump", "United States", "China"], None, S("the Trump administration's tariffs of 2018")),
        event("meeting", "Politburo study session addressed by Xi Jinping", "2023", "last year",
              ["Xi Jinping", "Politburo"], "China", S("a Politburo study session last year")),
        event("sanctions", "Chinese curbs on exports of gallium and germanium", "2023-07", "in July 2023",
              ["China"], None, S("Its curbs on exports of gallium and germanium, announced in July 2023")),
        event("sanctions", "Tightened U.S. export-control rules", "2023-10", "of October 2023", ["United States"],
              None, S("the tightened rules of October 2023")),
        event("summit", "Biden-Xi meeting in California", "2023-11", "last November", ["Joe Biden", "Xi Jinping"],
              "California", S("The meeting between Joe Biden and Xi in California last November")),
        event("agreement", "Biden and Xi agree to restore military-to-military communication and open AI talks",
              "2023-11", "", ["Joe Biden", "Xi Jinping"], "California",
              S("the two leaders agreed to restore military-to-military communication and to open talks on the risks "
                "of artificial intelligence")),
        event("election", "U.S. presidential election", "2024-11", "in November", ["United States"], "United States",
              S("the election in November")),
    ]
    statements = [
        stmt("officials in Washington", "indirect", S("them as a scalpel"), S("presented")),
        stmt("Gina Raimondo", "indirect",
             S("the rules were aimed at military uses, \"not at the phone in a Chinese teenager's pocket.\""),
             S("insisted")),
        stmt(HM, "author_opinion",
             S("the deeper problem is that controls buy time but do not by themselves create an advantage"),
             S("In my view")),
        stmt("Xi Jinping", "indirect", S("the country \"cannot let others hold the switch\" of its strategic industries"),
             W("told", "Xi Jinping told")),
        stmt("Mao Ning", "indirect", S("Washington of \"turning trade into a weapon\""), S("accused")),
        stmt("Mao Ning", "indirect",
             S("the restrictions would end up hurting American companies more than Chinese ones"),
             W("said", "and said the restrictions")),
        stmt(HM, "author_opinion", S("the greater risk lies elsewhere"), S("I would argue")),
        stmt("Dutch officials", "indirect", S("they will not mirror every American measure"), S("have made clear")),
        stmt("Japanese officials", "indirect", S("they will not mirror every American measure"), S("have made clear")),
        stmt(HM, "author_opinion", S("the technology rivalry will intensify whoever wins"), S("My assessment is")),
    ]
    logic = S("Because the most capable artificial-intelligence chips, and the machines that make them, depend on "
              "American design software, Dutch lithography and Japanese chemicals, a coordinated embargo could deny "
              "Beijing the hardware it needs to train advanced models and modernise its armed forces.")
    needs = S("the hardware it needs to train advanced models and modernise its armed forces")
    time_ = S("controls buy time but do not by themselves create an advantage")
    revenue = S("American toolmakers have lost a large share of their Chinese revenue, which in turn shrinks the "
                "budgets they spend on research")
    since = S("Since the Trump administration's tariffs of 2018, China's leaders have treated technological "
              "self-reliance as a question of survival")
    wall = S("If the controls keep expanding with every generation of chips, as the tightened rules of October 2023 "
             "suggest, they will stop being a fence around a few technologies and become a wall around an entire "
             "economy.")
    market = S("China remains the largest market for many American suppliers, which gives both governments a reason "
               "to keep the competition bounded")
    claims = [
        claim("export controls", "China's chipmakers", "-", "hedged", S("Export controls can slow China's chipmakers."),
              AUTHOR),
        claim("export controls", "relations between the United States and China", "-", "asserted",
              S("the damage it has done to relations between the United States and China more lasting"), AUTHOR),
        claim("chips' dependence on American, Dutch and Japanese inputs", "coordinated embargo denying Beijing hardware",
              "+", "asserted", logic, AUTHOR),
        claim("coordinated embargo", "Beijing's access to advanced hardware", "-", "hedged", logic, AUTHOR),
        claim("advanced hardware", "training advanced AI models", "+", "conditional", needs, AUTHOR),
        claim("advanced hardware", "modernisation of China's armed forces", "+", "conditional", needs, AUTHOR),
        claim("Dutch and Japanese equipment restrictions", "SMIC adding advanced capacity", "-", "asserted",
              S("after the Netherlands and Japan agreed early last year to restrict sales of their own equipment, "
                "SMIC, China's leading foundry, has struggled to add capacity at the most advanced nodes"), AUTHOR),
        claim("export controls", "Chinese progress", "-", "negated",
              S("Yet the controls have not stopped Chinese progress."), AUTHOR),
        claim("export controls", "time", "+", "asserted", time_, AUTHOR),
        claim("export controls", "U.S. advantage", "+", "negated", time_, AUTHOR),
        claim("Washington building capacity at home and among allies", "value of the time bought", "+", "conditional",
              S("Time is only worth buying if Washington uses it to build capacity at home and among allies."),
              AUTHOR),
        claim("shortage of skilled workers", "TSMC's first factory in Arizona", "-", "asserted",
              S("a shortage of skilled workers has already delayed TSMC's first factory in Arizona"), AUTHOR),
        claim("export controls", "costs", "+", "asserted",
              S("The controls also carry costs that their advocates tend to understate."), AUTHOR),
        claim("export controls", "American toolmakers' Chinese revenue", "-", "asserted", revenue, AUTHOR),
        claim("loss of Chinese revenue", "research budgets of American toolmakers", "-", "asserted", revenue, AUTHOR),
        claim("new rounds of restrictions", "Chinese subsidies for substitutes", "+", "asserted",
              S("every new round of restrictions gives Beijing another reason to pour subsidies into substitutes"),
              AUTHOR),
        claim("Trump administration's 2018 tariffs", "Chinese pursuit of technological self-reliance", "+", "asserted",
              since, AUTHOR),
        claim("chip rules", "national mobilisation for self-reliance", "+", "asserted",
              S("the chip rules turned that conviction into a national mobilisation"), AUTHOR),
        claim("Chinese curbs on gallium and germanium exports", "blow to the United States", "+", "negated",
              S("Its curbs on exports of gallium and germanium, announced in July 2023, were a warning rather than a "
                "blow."), AUTHOR),
        claim("U.S. restrictions", "American companies", "-", "hedged",
              S("the restrictions would end up hurting American companies more than Chinese ones"), "Mao Ning"),
        claim("continued expansion of the controls", "controls becoming a wall around an entire economy", "+",
              "conditional", wall, AUTHOR),
        claim("controls extending to an entire economy", "allies following the United States", "-", "predicted",
              S("Allies will not follow that far."), AUTHOR),
        claim("short control list", "allied coordination", "+", "conditional",
              S("coordination only works as long as the list stays short"), AUTHOR),
        claim("unilateral controls", "competitors' market share", "+", "asserted",
              S("Unilateral controls, by contrast, mostly hand market share to competitors."), AUTHOR),
        claim("diplomacy", "settlement of the export-control dispute", "+", "negated",
              S("Nor should anyone expect diplomacy to settle the matter."), AUTHOR),
        claim("Biden-Xi meeting", "floor under the relationship", "+", "asserted",
              S("The meeting between Joe Biden and Xi in California last November put a floor under the "
                "relationship"), AUTHOR),
        claim("upcoming U.S. election", "candidates' room to look soft on China", "-", "asserted",
              S("no American candidate can afford to look soft on China before the election in November"), AUTHOR),
        claim("election outcome", "intensification of the technology rivalry", "+", "negated",
              S("the technology rivalry will intensify whoever wins"), AUTHOR),
        claim("intensifying technology rivalry", "rupture", "+", "negated", S("That need not lead to a rupture."),
              AUTHOR),
        claim("restrictions", "trade in ordinary chips", "-", "negated",
              S("Despite the restrictions, trade in ordinary chips continues"), AUTHOR),
        claim("China as the largest market for American suppliers", "bounded competition", "+", "asserted", market,
              AUTHOR),
        claim("sparing use of controls", "stability of the relationship", "+", "conditional",
              S("the relationship will stay stable only if Washington treats controls as a tool to be used sparingly "
                "rather than as a substitute for investment at home"), AUTHOR),
    ]
    stances = [
        stance(AUTHOR, TGT, 0, [S("the technology rivalry will intensify whoever wins"),
                                S("That need not lead to a rupture."),
                                S("the relationship will stay stable only if Washington treats controls as a tool to "
                                  "be used sparingly")]),
    ]
    concepts = [
        "U.S. export controls on advanced semiconductors", "allied coordination (Netherlands, Japan)",
        "Chinese access to advanced chips and tools", "AI model training and military modernisation",
        "SMIC advanced-node capacity", "Chinese workarounds (Huawei phone)", "time bought by controls",
        "U.S. domestic capacity (CHIPS and Science Act)", "skilled-worker shortage", "American toolmakers' revenue and R&D",
        "Chinese self-reliance drive and subsidies", "2018 tariffs", "Chinese retaliation (gallium, germanium)",
        "expansion of controls", "unilateral controls and market share", "Biden-Xi summit floor",
        "U.S. election politics", "trade in ordinary chips / Chinese market", "stability of the relationship",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
