"""Gold for 203 (Australia-China, op-ed with dense causal argument, no stated date)."""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "203_australia_china_oped.txt"
AUTHOR = "author"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Canberra’s China thaw is real. It is also conditional")
    meta = {"title": title["text"], "authors": ["Margaret Doyle"], "publisher": None, "date": None,
            "date_evidence": None}
    boiler = [S("The views expressed in this article are the author’s own.")]
    persons = [
        person("Margaret Doyle", E("Margaret Doyle"),
               ["former diplomat", "visiting fellow at the Southern Cross Policy Institute"],
               ["Southern Cross Policy Institute"], None, "expert"),
        person("Scott Morrison", [S("Scott Morrison")], ["Prime Minister of Australia"], [], "AU", "leader"),
        person("Anthony Albanese", [S("Anthony Albanese")], ["Prime Minister of Australia"], [], "AU", "leader"),
        person("Penny Wong", [S("Penny Wong")], ["Foreign Minister of Australia"], [], "AU", "official"),
        person("Xi Jinping", [S("Xi Jinping")], ["President of China"], [], "CN", "leader"),
    ]
    orgs = [org("Southern Cross Policy Institute", E("Southern Cross Policy Institute"), "think_tank")]
    states = [
        state("Australia", E("Canberra") + E("Australia") + [W("Australian", "Australian policy")]),
        state("China", E("China") + E("Beijing") + [W("Chinese", "Chinese officials")]),
        state("India", [S("India")]),
        state("Vietnam", [S("Vietnam")]),
        state("United States", [W("American", "American ally"), W("American", "American containment")]),
    ]
    events = [
        event("other", "Morrison government calls for an independent inquiry into the origins of COVID-19",
              "2020-04", "in April 2020", ["Scott Morrison", "Australia"], None,
              S("When Scott Morrison’s government called for an independent inquiry into the origins of COVID-19 "
                "in April 2020")),
        event("sanctions", "China imposes 80 percent anti-dumping duties on Australian barley", "2020",
              "within weeks", ["China", "Australia"], None,
              S("Beijing responded within weeks with anti-dumping duties of 80 percent on barley")),
        event("sanctions", "China imposes tariffs of more than 200 percent on Australian wine", "2020", "later",
              ["China", "Australia"], None, S("later with tariffs of more than 200 percent on wine")),
        event("other", "China lifts most of its trade barriers against Australian goods", None, "",
              ["China", "Australia"], None,
              S("most of the trade barriers that Beijing raised against Australian barley, wine and timber have been "
                "lifted")),
        event("election", "Election of Anthony Albanese", "2022-05", "in May 2022", ["Anthony Albanese"],
              "Australia", S("The election of Anthony Albanese in May 2022")),
        event("visit", "Penny Wong's visit to Beijing, the first by an Australian foreign minister in four years",
              "2022-12", "in December 2022", ["Penny Wong"], "Beijing",
              S("Foreign Minister Penny Wong travelled to Beijing in December 2022")),
        event("agreement", "AUKUS pact (Australia to acquire nuclear-powered submarines)", "2021", "the 2021 pact",
              ["Australia", "United States"], None,
              S("AUKUS, the 2021 pact under which Australia will acquire nuclear-powered submarines")),
        event("agreement", "2015 China-Australia free trade agreement", "2015", "the 2015 free trade agreement",
              ["Australia", "China"], None, S("the 2015 free trade agreement")),
    ]
    statements = [
        stmt("Southern Cross Policy Institute", "indirect",
             S("trust in China fell from just over half of respondents in 2018 to about one in eight in 2022"),
             W("found", "Southern Cross Policy Institute found")),
        stmt("Penny Wong", "indirect", S("Australia will work with China where it can and disagree where it must"),
             S("she has said repeatedly")),
        stmt("Chinese officials", "indirect", S("the pact fuels an arms race in Asia"), S("have said")),
        stmt("Australia", "indirect", S("it is purely defensive"), S("insists")),
    ]
    purpose = S("The campaign was meant to punish Canberra and to warn other capitals. It failed on both counts.")
    coerce = S("Coercion only works if the target has no alternatives, and Australia had plenty.")
    album = S("The election of Anthony Albanese in May 2022 did not change Australia’s strategic direction, but it "
              "changed the tone.")
    subs = S("As long as the submarine program proceeds, Beijing will treat Australia as part of an American "
             "containment effort, and genuine trust will remain out of reach.")
    ore = S("but Australian iron ore feeds Chinese steel mills, which limits how far that leverage can be pushed")
    purposes = S("The lifting of the tariffs does not mean that coercion has been abandoned; it means that coercion "
                 "no longer serves Beijing’s purposes.")
    claims = [
        claim("patient diplomacy", "solution of the problem in Australia-China relations", "+", "negated",
              S("It would be easy to conclude that patient diplomacy has solved the problem"), AUTHOR),
        claim("Australian call for a COVID-19 inquiry", "Chinese anti-dumping duties on barley", "+", "asserted",
              S("Beijing responded within weeks with anti-dumping duties of 80 percent on barley"), AUTHOR),
        claim("Australian call for a COVID-19 inquiry", "Chinese tariffs on wine", "+", "asserted",
              S("later with tariffs of more than 200 percent on wine"), AUTHOR),
        claim("Chinese coercion campaign", "punishment of Canberra", "+", "negated", purpose, AUTHOR),
        claim("Chinese coercion campaign", "warning to other capitals", "+", "negated", purpose, AUTHOR),
        claim("exporters finding new buyers in India, Vietnam and the Middle East", "cost to the Australian economy",
              "-", "asserted",
              S("Because exporters found new buyers in India, Vietnam and the Middle East, the total cost to the "
                "Australian economy was modest"), AUTHOR),
        claim("China's inability to buy iron ore elsewhere", "targeting of Australian iron ore", "-", "asserted",
              S("iron ore, which China cannot easily buy elsewhere, was never touched"), AUTHOR),
        claim("target having no alternatives", "success of coercion", "+", "conditional", coerce, AUTHOR),
        claim("Australia's alternatives", "effectiveness of Chinese coercion", "-", "asserted", coerce, AUTHOR),
        claim("Chinese coercion campaign", "China's standing among Australians", "-", "asserted",
              S("What the campaign did achieve was a collapse in China’s standing among Australians."), AUTHOR),
        claim("Australian public hostility towards China", "room for Canberra to compromise", "-", "asserted",
              S("That hostility, in turn, narrowed the room for any government in Canberra to compromise"), AUTHOR),
        claim("election of Anthony Albanese", "change in Australia's strategic direction", "+", "negated", album,
              AUTHOR),
        claim("election of Anthony Albanese", "change in tone towards China", "+", "asserted", album, AUTHOR),
        claim("Beijing's need to show its wolf warrior diplomacy had not cost it every friend",
              "stabilising ties with Australia", "+", "asserted",
              S("Beijing, for its part, needed to show that its “wolf warrior” diplomacy had not cost it every "
                "friend in the region"), AUTHOR),
        claim("AUKUS", "Australia-China thaw", "-", "asserted",
              S("AUKUS, the 2021 pact under which Australia will acquire nuclear-powered submarines, is the issue on "
                "which neither side can move"), AUTHOR),
        claim("AUKUS pact", "Australian acquisition of nuclear-powered submarines", "+", "predicted",
              S("the 2021 pact under which Australia will acquire nuclear-powered submarines"), AUTHOR),
        claim("AUKUS pact", "arms race in Asia", "+", "asserted", S("the pact fuels an arms race in Asia"),
              "Chinese officials"),
        claim("submarine program", "Beijing treating Australia as part of American containment", "+",
              "conditional", subs, AUTHOR),
        claim("submarine program", "genuine Australia-China trust", "-", "conditional", subs, AUTHOR),
        claim("Chinese purchases of a third of Australian exports", "Beijing's leverage", "+", "asserted",
              S("China still buys about a third of Australian exports, which gives Beijing leverage"), AUTHOR),
        claim("Australian iron ore", "Chinese steel mills", "+", "asserted", ore, AUTHOR),
        claim("Chinese dependence on Australian iron ore", "Beijing's leverage", "-", "asserted", ore, AUTHOR),
        claim("coercion", "Beijing's purposes", "+", "negated", purposes, AUTHOR),
        claim("coercion no longer serving Beijing's purposes", "lifting of the tariffs", "+", "asserted", purposes,
              AUTHOR),
        claim("keeping security disagreements separate from trade", "stable if cool relationship", "+",
              "conditional", S("If both governments keep their security disagreements separate from trade, a stable "
                               "if cool relationship is achievable."), AUTHOR),
        claim("slowing Chinese economy", "Xi Jinping's preference for calm with Canberra", "+", "hedged",
              S("Xi Jinping may well prefer calm with Canberra while China’s own economy slows."), AUTHOR),
        claim("warmer words", "structural rivalry", "-", "negated",
              S("Despite the warmer words, the structural rivalry has not gone away"), AUTHOR),
    ]
    tgt = "australia_china_relations_outlook"
    stances = [
        stance(AUTHOR, tgt, 0, [title, S("a stable if cool relationship is achievable"),
                                S("But a return to the optimism that surrounded the 2015 free trade agreement is "
                                  "unlikely.")]),
        stance("Penny Wong", tgt, 0, [S("Australia will work with China where it can and disagree where it must")]),
    ]
    concepts = [
        "Australia-China thaw", "Chinese trade coercion (barley, wine, timber)", "COVID-19 origins inquiry",
        "patient diplomacy", "export diversification (new buyers)", "cost to the Australian economy",
        "iron ore trade and Chinese steel mills", "alternatives of the target of coercion",
        "Australian public trust in China", "room for compromise in Canberra", "change of government and tone",
        "wolf warrior diplomacy", "AUKUS and nuclear-powered submarines", "arms race in Asia",
        "American containment effort", "genuine trust", "trade dependence and leverage",
        "separating security from trade", "Chinese economic slowdown", "structural rivalry",
        "2015 free trade agreement",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
