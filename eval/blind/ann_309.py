"""Gold for 309 (Indonesia-Australia, think-tank policy brief with key points, footnote numbers and endnotes)."""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "309_indonesia_australia_brief.txt"
AUTHOR = "author"
DPH = "Daniel Prasetyo-Hughes"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Treaty Partners at Last? The Indonesia–Australia Defence Agreement and the Limits of Trade")
    meta = {"title": title["text"], "authors": [DPH], "publisher": "Arafura Policy Institute",
            "date": "2025-06-12", "date_evidence": S("12 June 2025")}
    boiler = [S("The views expressed are the author's alone and not those of the Arafura Policy Institute."),
              S("© Arafura Policy Institute 2025 · Download PDF · Share")]
    persons = [
        person(DPH, [S(DPH), W("the author", "Interview with the author"), W("Author", "Author's calculations"),
                     W("the author", "the author's alone")],
               ["Senior Fellow, Southeast Asia Program"], ["Arafura Policy Institute"], None, "expert"),
        person("Susilo Bambang Yudhoyono", [S("Susilo Bambang Yudhoyono")], ["President"], [], "ID", "leader"),
        person("Richard Marles", E("Richard Marles") + E("Marles", skip_in=("Richard Marles",)), [], [], None,
               "official"),
        person("Prabowo Subianto", E("Prabowo Subianto") + E("Prabowo", skip_in=("Prabowo Subianto",)),
               ["defence minister", "president-elect", "president"], [], "ID", "leader"),
        person("Sjafrie Sjamsoeddin", [S("Sjafrie Sjamsoeddin")], ["Defence Minister"], [], "ID", "official"),
        person("Rini Hartono", [S("Rini Hartono")], [], ["Centre for Maritime Strategy"], None, "expert"),
        person("Anthony Albanese", [S("Anthony Albanese")], [], [], "AU", "leader"),
        person("M. Lestari", [S("M. Lestari")], ["author of Neighbours in Doubt"], [], None, "other"),
    ]
    orgs = [
        org("Arafura Policy Institute", E("Arafura Policy Institute") + [S("ARAFURA POLICY INSTITUTE")], "think_tank"),
        org("BRICS", [S("BRICS")], "international"),
        org("Centre for Maritime Strategy", [S("Centre for Maritime Strategy")], "think_tank"),
        org("Indonesia–Australia Business Forum", [S("Indonesia–Australia Business Forum")], "other"),
        org("Swanbourne Press", [S("Swanbourne Press")], "company"),
        org("Coral Sea Defence Weekly", [S("Coral Sea Defence Weekly")], "media"),
        org("Australian Bureau of Statistics", [S("Australian Bureau of Statistics")], "government"),
    ]
    in_names = ("Indonesia–Australia Comprehensive", "Indonesia–Australia Business Forum")
    states = [
        state("Indonesia", E("Indonesia", skip_in=in_names + ("Republic of Indonesia",))
              + E("Jakarta", skip_in=("Strategy in Jakarta", "Jakarta, 7 May 2025"))
              + [W("Indonesian", "Indonesian officials")]),
        state("Australia", E("Australia", skip_in=in_names + ("Agreement between Australia",))
              + E("Canberra") + [W("Australian", "Australian intelligence"),
                                 W("Australian", "the Australian agreement")]),
        state("China", [S("Beijing")]),
        state("Russia", E("Moscow") + [S("Russia")]),
        state("Japan", [S("Japan")]),
        state("United States", [S("United States")]),
        state("Timor-Leste", [S("East Timor")]),
    ]
    dca = S("The Defence Cooperation Agreement, signed in Canberra on 29 August 2024 by Richard Marles and Prabowo "
            "Subianto")
    events = [
        event("agreement", "Lombok Treaty (Australia-Indonesia security framework)", "2006", "2006",
              ["Australia", "Indonesia"], None,
              S("The 2006 Lombok Treaty committed both sides to respect each other's territorial integrity")),
        event("other", "Revelation that Australian intelligence monitored Yudhoyono's phone", "2013-11",
              "in November 2013", ["Australia", "Susilo Bambang Yudhoyono"], None,
              S("The revelation in November 2013 that Australian intelligence had monitored the phone of President "
                "Susilo Bambang Yudhoyono")),
        event("other", "Indonesia suspends military and intelligence cooperation with Australia", "2013-11", "",
              ["Indonesia", "Australia"], None, S("led Jakarta to suspend military and intelligence cooperation")),
        event("other", "Row over offensive training material at a Perth army base", "2017", "",
              ["Australia", "Indonesia"], "Perth",
              S("a row over offensive training material at a Perth army base")),
        event("other", "Second, briefer suspension of military cooperation", "2017-01", "in January 2017",
              ["Indonesia", "Australia"], None, S("a briefer suspension in January 2017")),
        event("agreement", "Signing of the Indonesia-Australia Defence Cooperation Agreement", "2024-08-29",
              "on 29 August 2024", ["Richard Marles", "Prabowo Subianto"], "Canberra", dca),
        event("other", "Prabowo takes office as president of Indonesia", "2024-10", "in October 2024",
              ["Prabowo Subianto"], "Indonesia",
              S("Prabowo, who took office as president in October 2024")),
        event("other", "Indonesia joins BRICS", "2025-01", "in January 2025", ["Indonesia", "BRICS"], None,
              S("Indonesia joined BRICS in January 2025")),
        event("military", "Russia reportedly requests access to an air base in Biak, Papua", "2025-04", "in April",
              ["Russia", "Indonesia"], "Biak, Papua",
              S("in April Russia reportedly asked for access to an air base in Biak, Papua")),
        event("election", "Australian federal election (campaign; Albanese re-elected)", "2025-05", "in May",
              ["Anthony Albanese", "Australia"], "Australia", S("his re-election in May")),
        event("visit", "Albanese's first overseas trip after re-election, to Jakarta", "2025", "",
              ["Anthony Albanese"], "Jakarta", S("Anthony Albanese, who chose Jakarta for his first overseas trip")),
        event("agreement", "Signing of IA-CEPA", "2019-03", "in March 2019", ["Indonesia", "Australia"], None,
              S("The Indonesia–Australia Comprehensive Economic Partnership Agreement (IA-CEPA), signed in March "
                "2019")),
        event("agreement", "IA-CEPA enters into force", "2020-07", "in July 2020", ["Indonesia", "Australia"], None,
              S("entered into force in July 2020")),
        event("other", "Most Australian exports enter Indonesia duty-free or at preferential rates", "2021",
              "the following year", ["Australia", "Indonesia"], None,
              S("the following year most Australian exports entered Indonesia duty-free or at preferential rates")),
        event("sanctions", "Australia's suspension of live cattle exports (to Indonesia)", "2011", "2011",
              ["Australia", "Indonesia"], None, S("Canberra's 2011 export suspension")),
        event("military", "East Timor crisis", "1999", "1999", ["Indonesia", "Australia", "Timor-Leste"],
              "East Timor", S("the East Timor crisis of 1999")),
        event("military", "Annual joint exercises foreseen by the Defence Cooperation Agreement", None, "",
              ["Australia", "Indonesia"], None, S("the annual exercises the agreement foresees")),
    ]
    assess = S("As a result, the agreement will, in my assessment, deepen routine cooperation but is unlikely to "
               "produce the interoperability Australia enjoys with Japan or the United States.")
    statements = [
        stmt("Richard Marles", "indirect",
             S("it as \"the most significant defence agreement in the history of our two countries\""),
             S("described")),
        stmt("Prabowo Subianto", "indirect", S("Indonesia would \"never forget who its good neighbours are\""),
             W("said", "Prabowo said")),
        stmt("Indonesian officials", "indirect", S("any request had been approved"), S("denied")),
        stmt("Sjafrie Sjamsoeddin", "indirect", S("the Australian agreement \"is not directed at any third country\""),
             S("insisted")),
        stmt("Rini Hartono", "according_to",
             S("the episode was \"less a signal of alignment than a reminder that Indonesia keeps its options "
               "open\""), S("According to Rini Hartono")),
        stmt(DPH, "author_opinion", assess, S("in my assessment")),
        stmt("Indonesia–Australia Business Forum", "indirect",
             S("licensing delays cost its members more than the tariffs IA-CEPA removed"), S("has argued")),
        stmt("Anthony Albanese", "indirect",
             S("economic ties \"have not yet caught up with the strength of our friendship\""),
             S("told reporters there")),
    ]
    barriers = S("non-tariff barriers and thin investment links have held growth back")
    attention = S("Sustained ministerial attention, not new treaties, will decide whether the agreement delivers.")
    binding = S("Because the agreement is binding under international law, it should outlast changes of government "
                "in either capital")
    prices = S("much of that increase reflected commodity prices rather than the agreement")
    hamper = S("Import licensing and halal certification rules hampered Australian food exporters")
    cattle = S("the agreement's tariff-free quota enabled exporters to rebuild a trade that Canberra's 2011 export "
               "suspension had nearly destroyed")
    resil = S("If the two militaries hold the annual exercises the agreement foresees and ministers keep the new "
              "consultation mechanism alive, the relationship will be more resilient than at any time since the "
              "East Timor crisis of 1999.")
    dca_sent = S("The Defence Cooperation Agreement, signed in Canberra on 29 August 2024 by Richard Marles and "
                 "Prabowo Subianto, then defence minister and president-elect, is meant to change that.")
    claims = [
        claim("IA-CEPA", "tariffs", "-", "asserted", S("IA-CEPA removed most tariffs"), AUTHOR),
        claim("non-tariff barriers", "trade growth", "-", "asserted", barriers, AUTHOR),
        claim("thin investment links", "trade growth", "-", "asserted", barriers, AUTHOR),
        claim("Jakarta's non-aligned doctrine", "depth of defence ties", "-", "asserted",
              S("Jakarta's non-aligned doctrine limits how far defence ties can go"), AUTHOR),
        claim("sustained ministerial attention", "the agreement delivering", "+", "predicted", attention, AUTHOR),
        claim("new treaties", "the agreement delivering", "+", "negated", attention, AUTHOR),
        claim("Lombok Treaty", "prevention of later crises", "+", "negated",
              S("yet it did not prevent the crises that followed"), AUTHOR),
        claim("revelation of the monitoring of Yudhoyono's phone", "suspension of military and intelligence cooperation",
              "+", "asserted",
              S("The revelation in November 2013 that Australian intelligence had monitored the phone of President "
                "Susilo Bambang Yudhoyono led Jakarta to suspend military and intelligence cooperation"), AUTHOR),
        claim("row over training material at a Perth army base", "2017 suspension of cooperation", "+", "asserted",
              S("a row over offensive training material at a Perth army base prompted a briefer suspension in "
                "January 2017"), AUTHOR),
        claim("dependence of cooperation on personal ties between leaders", "collapse of cooperation", "+",
              "asserted",
              S("Because cooperation depended on personal ties between leaders, it collapsed whenever those ties "
                "frayed."), AUTHOR),
        claim("Defence Cooperation Agreement", "dependence of cooperation on personal ties", "-", "hedged", dca_sent,
              AUTHOR),
        claim("agreement being binding under international law", "outlasting changes of government", "+", "hedged",
              binding, AUTHOR),
        claim("outlasting changes of government", "predictability for military planners", "+", "asserted",
              S("which in turn gives military planners the predictability they have lacked"), AUTHOR),
        claim("Indonesia's strategic posture", "realisation of the agreement's ambition", "-", "asserted",
              S("The problem is that the agreement's ambition outruns Indonesia's strategic posture."), AUTHOR),
        claim("\"free and active\" doctrine", "alliances", "-", "asserted",
              S("The \"free and active\" doctrine rules out alliances"), AUTHOR),
        claim("Russia's reported request for access to Biak air base", "alarm in Canberra", "+", "asserted",
              S("which caused alarm in Canberra during the election campaign"), AUTHOR),
        claim("Defence Cooperation Agreement", "routine cooperation", "+", "predicted", assess, AUTHOR),
        claim("Indonesia keeping its options open", "interoperability with Australia", "-", "hedged", assess, AUTHOR),
        claim("commodity prices", "increase in two-way trade", "+", "asserted", prices, AUTHOR),
        claim("IA-CEPA", "increase in two-way trade", "+", "negated", prices, AUTHOR),
        claim("import licensing rules", "Australian food exporters", "-", "asserted", hamper, AUTHOR),
        claim("halal certification rules", "Australian food exporters", "-", "asserted", hamper, AUTHOR),
        claim("regulatory uncertainty", "caution of Australian investors", "+", "asserted",
              S("regulatory uncertainty kept Australian investors cautious"), AUTHOR),
        claim("licensing delays", "costs to members", "+", "asserted",
              S("licensing delays cost its members more than the tariffs IA-CEPA removed"),
              "Indonesia–Australia Business Forum"),
        claim("IA-CEPA tariff-free quota", "rebuilding of the live cattle trade", "+", "asserted", cattle, AUTHOR),
        claim("2011 export suspension", "live cattle trade", "-", "asserted", cattle, AUTHOR),
        claim("investment growth", "defence agreement resting on a narrow base", "-", "conditional",
              S("Unless investment grows, the defence agreement will rest on a narrow base"), AUTHOR),
        claim("absence of economic ballast", "exposure to political shocks", "+", "asserted",
              S("a security relationship without economic ballast is exposed to the next political shock"), AUTHOR),
        claim("narrow base of the relationship", "modest Australian goals", "+", "asserted",
              S("Canberra should therefore set modest goals."), AUTHOR),
        claim("annual joint exercises", "resilience of the relationship", "+", "conditional", resil, AUTHOR),
        claim("ministers keeping the consultation mechanism alive", "resilience of the relationship", "+",
              "conditional", resil, AUTHOR),
        claim("government attention", "resilience of the relationship", "+", "conditional",
              S("That depends less on texts than on attention"), AUTHOR),
        claim("governments not watching closely", "ruptures of 2013 and 2017", "+", "asserted",
              S("the ruptures of 2013 and 2017 came when neither government was watching closely"), AUTHOR),
    ]
    tgt = "indonesia_australia_relations_outlook"
    stances = [
        stance(AUTHOR, tgt, 1, [S("The outlook is cautiously positive."), resil]),
        stance("Richard Marles", tgt, 1,
               [S("\"the most significant defence agreement in the history of our two countries\"")]),
        stance("Prabowo Subianto", tgt, 1, [S("\"never forget who its good neighbours are\"")]),
        stance("Anthony Albanese", tgt, 1, [S("\"have not yet caught up with the strength of our friendship\"")]),
    ]
    concepts = [
        "Defence Cooperation Agreement", "Lombok Treaty", "2013 spying revelation and suspension",
        "2017 training-material row and suspension", "dependence on leaders' personal ties",
        "legally binding agreement / durability across governments", "predictability for military planners",
        "Indonesia's free-and-active (non-aligned) doctrine", "Indonesian hedging (Beijing, Moscow, BRICS)",
        "Russian request for Biak air base access", "interoperability", "IA-CEPA tariff removal",
        "commodity prices and trade growth", "non-tariff barriers (import licensing, halal certification)",
        "regulatory uncertainty and Australian investment", "live cattle trade", "economic ballast",
        "ministerial attention and consultation mechanism", "joint military exercises",
        "resilience of the relationship",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
