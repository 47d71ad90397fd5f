"""Gold for 407 (Chile-Bolivia, news wire with dateline, sea-access background, lithium and gas)."""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "407_chile_bolivia_wire.txt"
AUTHOR = "author"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Chile and Bolivia revive dialogue on lithium and trade, six years after sea ruling")
    meta = {"title": title["text"], "authors": ["Mariana Cortés"], "publisher": "Southern Cone Wire",
            "date": "2024-10-01", "date_evidence": S("October 1, 2024")}
    boiler = [S("(c) Southern Cone Wire. All rights reserved.")]
    persons = [
        person("Mariana Cortés", [S("Mariana Cortés")], ["reporter"], ["Southern Cone Wire"], None, "other"),
        person("Alberto van Klaveren", [S("Alberto van Klaveren"), S("Van Klaveren")],
               ["Foreign Minister of Chile"], [], "CL", "official"),
        person("Celinda Sosa", [S("Celinda Sosa"), S("his Bolivian counterpart")]
               + E("Sosa", skip_in=("Celinda Sosa",)),
               ["Foreign Minister of Bolivia"], [], "BO", "official"),
        person("Evo Morales", [S("Evo Morales")] + E("Morales", skip_in=("Evo Morales",)),
               ["then-President of Bolivia"], [], "BO", "leader"),
        person("Rodrigo Fuenzalida", [S("Rodrigo Fuenzalida")] + E("Fuenzalida", skip_in=("Rodrigo Fuenzalida",)),
               ["teaches international economic law at the Universidad del Pacífico"],
               ["Universidad del Pacífico"], None, "expert"),
        person("Luis Arce", [S("Luis Arce")] + E("Arce", skip_in=("Luis Arce",)),
               ["President of Bolivia"], [], "BO", "leader"),
        person("Verónica Quispe", [S("Verónica Quispe")],
               ["economist at the Andean Centre for Economic Studies"], ["Andean Centre for Economic Studies"],
               None, "expert"),
        person("Gonzalo Sánchez de Lozada", [S("Gonzalo Sánchez de Lozada")], ["President of Bolivia"], [], "BO",
               "leader"),
        person("Gabriel Boric", [S("Gabriel Boric")] + E("Boric", skip_in=("Gabriel Boric",)),
               ["President of Chile"], [], "CL", "leader"),
    ]
    orgs = [
        org("Southern Cone Wire", E("Southern Cone Wire") + [S("SCW")], "media"),
        org("International Court of Justice", [S("International Court of Justice"), S("World Court")],
            "international"),
        org("Universidad del Pacífico", [S("Universidad del Pacífico")], "university"),
        org("Andean Centre for Economic Studies", [S("Andean Centre for Economic Studies")], "think_tank"),
    ]
    states = [
        state("Chile", E("Chile") + [W("Chilean", "Chilean Foreign Minister"), W("Chilean", "Chilean officials"),
                                     W("Santiago", "concessions to Santiago")]),
        state("Bolivia", E("Bolivia") + [W("Bolivian", "his Bolivian counterpart"),
                                         W("Bolivian", "No Bolivian government"),
                                         W("La Paz", "Sosa said La Paz"), W("La Paz", "La Paz is now betting")]),
        state("Argentina", [S("Argentina")]),
        state("Peru", [S("Peru")]),
    ]
    MON = "2024-09-30"
    lead = S("Chile and Bolivia agreed on Monday to create a joint working group on lithium and to reactivate a "
             "political consultation mechanism frozen since 2018")
    events = [
        event("agreement", "Chile and Bolivia agree to create a joint working group on lithium and to reactivate "
              "the political consultation mechanism", MON, "on Monday", ["Chile", "Bolivia"], "Santiago", lead),
        event("meeting", "Meeting of the Chilean and Bolivian foreign ministers (talks on lithium, trade, migration)",
              MON, "", ["Alberto van Klaveren", "Celinda Sosa"], "Santiago",
              S("a three-hour meeting with his Bolivian counterpart, Celinda Sosa")),
        event("meeting", "Negotiations on a Bolivian corridor north of Arica break down; no ambassadors since",
              "1978", "1978", ["Chile", "Bolivia"], None,
              S("negotiations on a corridor north of the port of Arica broke down")),
        event("military", "War of the Pacific, in which Bolivia lost its coastline", "1879", "from 1879 to 1884",
              ["Chile", "Bolivia"], None, S("the War of the Pacific, fought from 1879 to 1884")),
        event("agreement", "1904 peace treaty ceding the coast and guaranteeing Bolivia free transit", "1904", "1904",
              ["Chile", "Bolivia"], None, S("a 1904 peace treaty")),
        event("other", "Bolivia takes its sea-access claim to the International Court of Justice", "2013", "In 2013",
              ["Bolivia", "Evo Morales", "International Court of Justice"], "The Hague",
              S("In 2013, under then-President Evo Morales, Bolivia asked the International Court of Justice in The "
                "Hague to order Chile to negotiate sovereign access to the ocean")),
        event("other", "ICJ ruling that Chile has no obligation to negotiate sovereign sea access for Bolivia",
              "2018-10-01", "On Oct. 1, 2018", ["International Court of Justice", "Chile", "Bolivia"], "The Hague",
              S("On Oct. 1, 2018, the judges ruled by 12 votes to three that Chile had no such obligation")),
        event("other", "ICJ ruling on the Silala largely accepting Chile's position", "2022-12", "in December 2022",
              ["International Court of Justice", "Chile", "Bolivia"], "The Hague",
              S("the same court largely accepted Chile's position on the Silala")),
        event("other", "Expiry of Bolivia's gas export contract with Argentina", "2024", "earlier this year",
              ["Bolivia", "Argentina"], None, S("its export contract with Argentina expired earlier this year")),
        event("election", "Bolivian general election", "2025", "next year's", ["Bolivia"], "Bolivia",
              S("next year's election")),
        event("other", "2003 gas protests that brought down President Sánchez de Lozada", "2003", "2003",
              ["Gonzalo Sánchez de Lozada"], "Bolivia",
              S("protests that brought down President Gonzalo Sánchez de Lozada")),
        event("other", "Bolivian truckers blockade the Chungará-Tambo Quemado crossing", "2024-09",
              "The previous week", ["Bolivian truckers"], "Chungará-Tambo Quemado crossing",
              S("Bolivian truckers blocked the Chungará-Tambo Quemado crossing for three days")),
        event("other", "Customs strike causing delays at the port of Arica", "2024-09", "", [], "Arica",
              S("a customs strike")),
        event("military", "Chile deploys troops to the northern border near Colchane", "2023-02",
              "in February 2023", ["Chile"], "Colchane", S("Chile deployed troops in February 2023")),
        event("meeting", "Planned meeting of Chilean and Bolivian border authorities", "2024-11", "in November",
              ["Chile", "Bolivia"], "Iquique", S("a meeting of border authorities in Iquique in November")),
        event("summit", "Possible meeting between Presidents Boric and Arce", None, "", ["Gabriel Boric", "Luis Arce"],
              None, S("a meeting between Boric and Arce")),
    ]
    vk_told = S("told reporters")
    sosa_said = W("she said", "hearts,\" she said")
    ff_said = W("said", "ports,\" said")
    vq_said = W("she said", "coast,\" she said")
    statements = [
        stmt("Chilean officials", "indirect", lead, S("officials from both countries said")),
        stmt("Bolivian officials", "indirect", lead, S("officials from both countries said")),
        stmt("Alberto van Klaveren", "direct_quote", S("We are not going to reopen a chapter that the court closed"),
             vk_told),
        stmt("Alberto van Klaveren", "direct_quote",
             S("But nor are we going to pretend that Bolivia is not our neighbour."), vk_told),
        stmt("Celinda Sosa", "indirect",
             S("La Paz had not renounced what she called its \"historic aspiration\" to the sea, but that the maritime "
               "claim would no longer be allowed to block cooperation in other areas"), S("Sosa said")),
        stmt("Celinda Sosa", "direct_quote", S("The sea is in our constitution and in our hearts"), sosa_said),
        stmt("Celinda Sosa", "direct_quote", S("Today it was not on the table."), sosa_said),
        stmt("International Court of Justice", "indirect", S("Chile had no such obligation"),
             S("ruled by 12 votes to three")),
        stmt("Evo Morales", "indirect", S("the ruling unjust"), W("called", "verdict, called")),
        stmt("Evo Morales", "indirect", S("Bolivia would \"never give up\" the sea"), S("vowed")),
        stmt("diplomats on both sides", "according_to",
             S("the thaw has been driven less by goodwill than by economics"), S("According to diplomats on both sides")),
        stmt("Rodrigo Fuenzalida", "direct_quote",
             S("Bolivia has the largest lithium resources in the world and almost no production, while Chile has the "
               "experience and the ports"), ff_said),
        stmt("Rodrigo Fuenzalida", "direct_quote",
             S("If both governments keep the sea question out of the working group, there is real money to be made. "
               "If they don't, the group will be dead within a year."), ff_said),
        stmt("Rodrigo Fuenzalida", "indirect", S("domestic politics on both sides could hamper any deal"),
             S("Fuenzalida warned")),
        stmt("Rodrigo Fuenzalida", "indirect",
             S("In Bolivia, he noted, the feud between President Luis Arce and Morales ahead of next year's election "
               "makes it harder for the government to be seen making concessions to Santiago."), S("he noted")),
        stmt("Verónica Quispe", "indirect",
             S("the memory of 2003, when a plan to export gas through a Chilean port triggered protests that brought "
               "down President Gonzalo Sánchez de Lozada, still shapes public opinion"), S("argued")),
        stmt("Verónica Quispe", "direct_quote",
             S("No Bolivian government will sell gas to Chile as long as there is no sovereign coast"), vq_said),
        stmt("Verónica Quispe", "direct_quote", S("Lithium is different only because it can leave through Peru."),
             vq_said),
        stmt("Chilean officials", "indirect", S("the delays had been caused by a customs strike and were now resolved"),
             W("said", "Chilean officials said")),
        stmt("Alberto van Klaveren", "indirect",
             S("both governments would hold a meeting of border authorities in Iquique in November"),
             S("Van Klaveren said")),
        stmt("Gabriel Boric", "indirect", S("the talks opened \"a mature agenda, without preconditions\""),
             S("said in a written statement")),
        stmt("spokeswoman for Bolivia's foreign ministry", "indirect",
             S("No date has been set for a meeting between Boric and Arce"),
             S("a spokeswoman for Bolivia's foreign ministry said")),
    ]
    short = S("Bolivia is short of dollars and fuel because its natural gas output has fallen by roughly 40 percent "
              "since 2014, and its export contract with Argentina expired earlier this year.")
    surge = S("Chile deployed troops in February 2023 after a surge of arrivals, mostly Venezuelans, overwhelmed "
              "local services")
    claims = [
        claim("Chilean-Bolivian agreement on a lithium working group and consultation mechanism",
              "normalisation of ties", "+", "asserted",
              S("Chile and Bolivia agreed on Monday to create a joint working group on lithium and to reactivate a "
                "political consultation mechanism frozen since 2018, officials from both countries said, in the most "
                "concrete step toward normal ties since the World Court rejected Bolivia's bid for access to the "
                "Pacific six years ago."), AUTHOR),
        claim("Bolivia's maritime claim", "cooperation in other areas", "-", "negated",
              S("the maritime claim would no longer be allowed to block cooperation in other areas"), "Celinda Sosa"),
        claim("breakdown of the 1978 corridor negotiations", "exchange of ambassadors", "-", "asserted",
              S("The two countries have not exchanged ambassadors since 1978, when negotiations on a corridor north of "
                "the port of Arica broke down."), AUTHOR),
        claim("War of the Pacific", "Bolivia's loss of its coastline", "+", "asserted",
              S("Bolivia lost its coastline in the War of the Pacific, fought from 1879 to 1884"), AUTHOR),
        claim("1904 peace treaty", "Bolivian free transit through Chilean ports", "+", "asserted",
              S("a 1904 peace treaty that in turn guaranteed it free transit through Chilean ports"), AUTHOR),
        claim("ICJ ruling on the Silala", "Chile-Bolivia relations", "-", "asserted",
              S("Relations cooled further in December 2022, when the same court largely accepted Chile's position on "
                "the Silala"), AUTHOR),
        claim("economics", "Chilean-Bolivian thaw", "+", "asserted",
              S("the thaw has been driven less by goodwill than by economics"), "diplomats on both sides"),
        claim("fall in Bolivia's natural gas output", "Bolivian shortage of dollars and fuel", "+", "asserted",
              short, AUTHOR),
        claim("expiry of the gas export contract with Argentina", "Bolivian shortage of dollars and fuel", "+",
              "asserted", short, AUTHOR),
        claim("Chilean know-how and port logistics", "development of Bolivia's Uyuni brine deposits", "+",
              "conditional",
              S("developing the brine deposits of the Uyuni salt flat requires the know-how and the port logistics "
                "that Chile has built up over three decades"), AUTHOR),
        claim("keeping the sea question out of the working group", "economic gains from lithium cooperation", "+",
              "conditional",
              S("If both governments keep the sea question out of the working group, there is real money to be made."),
              "Rodrigo Fuenzalida"),
        claim("failing to keep the sea question out of the working group", "demise of the working group", "+",
              "conditional", S("If they don't, the group will be dead within a year."), "Rodrigo Fuenzalida"),
        claim("domestic politics on both sides", "Chilean-Bolivian deal", "-", "hedged",
              S("domestic politics on both sides could hamper any deal"), "Rodrigo Fuenzalida"),
        claim("feud between Arce and Morales", "Bolivian government's ability to make concessions to Chile", "-",
              "asserted",
              S("the feud between President Luis Arce and Morales ahead of next year's election makes it harder for "
                "the government to be seen making concessions to Santiago"), "Rodrigo Fuenzalida"),
        claim("plan to export gas through a Chilean port", "2003 protests", "+", "asserted",
              S("a plan to export gas through a Chilean port triggered protests"), "Verónica Quispe"),
        claim("2003 protests", "fall of President Sánchez de Lozada", "+", "asserted",
              S("protests that brought down President Gonzalo Sánchez de Lozada"), "Verónica Quispe"),
        claim("memory of 2003", "Bolivian public opinion", "+", "asserted",
              S("the memory of 2003, when a plan to export gas through a Chilean port triggered protests that brought "
                "down President Gonzalo Sánchez de Lozada, still shapes public opinion"), "Verónica Quispe"),
        claim("absence of a sovereign coast", "Bolivian gas sales to Chile", "-", "conditional",
              S("No Bolivian government will sell gas to Chile as long as there is no sovereign coast"),
              "Verónica Quispe"),
        claim("possibility of exporting lithium through Peru", "lithium being different from gas", "+", "asserted",
              S("Lithium is different only because it can leave through Peru."), "Verónica Quispe"),
        claim("trade frictions", "Chile-Bolivia relations", "-", "asserted", S("Trade frictions also weigh."), AUTHOR),
        claim("delays at the port of Arica", "truckers' blockade of the Chungará-Tambo Quemado crossing", "+",
              "asserted",
              S("Bolivian truckers blocked the Chungará-Tambo Quemado crossing for three days to protest delays at the "
                "port of Arica"), AUTHOR),
        claim("customs strike", "delays at the port of Arica", "+", "asserted",
              S("the delays had been caused by a customs strike"), "Chilean officials"),
        claim("surge of migrant arrivals", "Chilean troop deployment at the border", "+", "asserted", surge, AUTHOR),
        claim("surge of migrant arrivals", "local services", "-", "asserted",
              S("a surge of arrivals, mostly Venezuelans, overwhelmed local services"), AUTHOR),
        claim("the talks", "a mature agenda without preconditions", "+", "asserted",
              S("the talks opened \"a mature agenda, without preconditions\""), "Gabriel Boric"),
    ]
    tgt = "chile_bolivia_relations_outlook"
    stances = [
        stance("Alberto van Klaveren", tgt, 1, [S("But nor are we going to pretend that Bolivia is not our neighbour.")]),
        stance("Celinda Sosa", tgt, 1, [S("the maritime claim would no longer be allowed to block cooperation in other "
                                          "areas")]),
        stance("Rodrigo Fuenzalida", tgt, 0,
               [S("If both governments keep the sea question out of the working group, there is real money to be "
                  "made."), S("domestic politics on both sides could hamper any deal")]),
        stance("Verónica Quispe", tgt, -1,
               [S("No Bolivian government will sell gas to Chile as long as there is no sovereign coast")]),
        stance("Gabriel Boric", tgt, 1, [S("the talks opened \"a mature agenda, without preconditions\"")]),
    ]
    concepts = [
        "Bolivian sea-access claim", "War of the Pacific and 1904 treaty", "free transit through Chilean ports",
        "absence of diplomatic relations since 1978", "ICJ 2018 ruling", "Silala dispute",
        "lithium cooperation / joint working group", "Bolivian gas decline and shortage of dollars and fuel",
        "gas exports (Argentina contract, 2003 gas protests)", "Chilean know-how and port logistics",
        "Bolivian domestic politics (Arce-Morales feud, election)", "Bolivian public opinion",
        "port of Arica delays and truckers' blockade", "customs strike", "border migration and troop deployment",
        "economic drivers of the thaw",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
