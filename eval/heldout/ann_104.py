"""Gold annotations: 104_brazil_argentina_trade.html (news page, 18 November 2021).

Offsets refer to ``dyad.ingest.read_document(path).text`` (the main text trafilatura
extracts). Byline, <time> date, navigation and footer are not part of that text, so the
author and date come from the page's visible byline/<time> element and have no span.
"""

from __future__ import annotations

from _spans import Doc, claim, event, org, person, stance, state, stmt

DOC = "104_brazil_argentina_trade.html"
TARGET = "brazil_argentina_relations_outlook"


def annotate(d: Doc) -> dict:
    s = d.span
    meta = {
        "title": "Brazil and Argentina mend trade ties as Mercosur tariff cut nears",
        "authors": ["Ana Luísa Ferreira"],
        "publisher": "Southern Cone Trade Review",
        "date": "2021-11-18",
        "date_evidence": None,
    }
    boilerplate: list = []
    persons = [
        person("Marcelo Duarte", [s("Marcelo Duarte"),
                                  s("the economist", after="the two governments closer")],
               ["chief economist at the São Paulo consultancy Prisma Comércio Exterior"],
               ["Prisma Comércio Exterior"], "BR", "expert"),
        person("Jair Bolsonaro", [s("Jair Bolsonaro")], ["President of Brazil"], [], "BR", "leader"),
        person("Alberto Fernández", [s("Alberto Fernández"), s("Fernández", after="acrimony after"),
                                     s("Fernández", after="close ally of")],
               ["President of Argentina"], [], "AR", "leader"),
        person("Luis Lacalle Pou", [s("Uruguay’s president")], ["President of Uruguay"], [], "UY", "leader"),
        person("Carlos França", [s("Carlos França"), s("França", after="França called")],
               ["Brazil’s foreign minister"], [], "BR", "official"),
        person("Santiago Cafiero", [s("his Argentine counterpart"), s("Santiago Cafiero"),
                                    s("Cafiero", after="Cafiero said")],
               ["Argentine foreign minister"], [], "AR", "official"),
        person("Luciana Prates", [s("Luciana Prates")],
               ["heads the Rio Grande do Sul exporters’ association Exporta Sul"], ["Exporta Sul"], "BR",
               "other"),
        person("Luiz Inácio Lula da Silva", [s("Luiz Inácio Lula da Silva")], ["former president"], [],
               "BR", "leader"),
    ]
    organizations = [
        org("Mercosur", d.every("Mercosur"), "international"),
        org("Ministry of Economy of Brazil", [s("Ministry of Economy")], "government"),
        org("Prisma Comércio Exterior", [s("Prisma Comércio Exterior")], "company"),
        org("Exporta Sul", [s("Exporta Sul")], "other"),
        org("Central Bank of Argentina", [s("central bank")], "government"),
    ]
    states = [
        state("Brazil", d.every("Brazil")),
        state("Argentina", d.every("Argentina") + [s("Argentine", after="his Argentine")]
              + [s("Buenos Aires")]),
        state("Uruguay", d.every("Uruguay")),
        state("Paraguay", [s("Paraguay")]),
    ]
    events = [
        event("other", "Pandemic slump in Brazil–Argentina trade", "2020", "in 2020", ["Brazil", "Argentina"],
              None, s("a pandemic slump in 2020")),
        event("agreement", "Founding of Mercosur by Brazil, Argentina, Uruguay and Paraguay", "1991",
              "in 1991", ["Brazil", "Argentina", "Uruguay", "Paraguay"], None,
              s("the customs union they founded with Uruguay and Paraguay in 1991")),
        event("other", "Brazil's Ministry of Economy publishes bilateral trade figures", "2021-11-05",
              "on November 5", ["Ministry of Economy of Brazil"], None,
              s("figures published by Brazil’s Ministry of Economy on November 5")),
        event("summit", "Mercosur 30th anniversary summit held by video link, ending in acrimony",
              "2021-03", "in March", ["Mercosur", "Alberto Fernández", "Luis Lacalle Pou"], None,
              s("the bloc’s 30th anniversary summit in March, held by video link, ended in public acrimony")),
        event("agreement", "Brazil and Argentina agree to cut the Mercosur common external tariff by "
              "10 per cent", "2021-10", "In October",
              ["Brazil", "Argentina", "Carlos França", "Santiago Cafiero"], None,
              s("In October the two largest members finally reached a compromise. Brazil’s foreign "
                "minister, Carlos França, and his Argentine counterpart, Santiago Cafiero, announced that "
                "they had agreed to cut the common external tariff by 10 per cent on most goods")),
        event("election", "Argentine mid-term elections", "2021-11-14", "last Sunday’s", ["Argentina"],
              "Argentina", s("last Sunday’s mid-term elections")),
        event("election", "Brazilian presidential election", "2022-10", "in October 2022", ["Brazil"],
              "Brazil", s("Brazil’s presidential election in October 2022")),
    ]
    statements = [
        stmt("Ministry of Economy of Brazil", "according_to",
             s("Bilateral trade reached about US$21.5 billion in the first ten months of 2021, up roughly "
               "40 per cent on the same period last year"),
             s("according to figures published by Brazil’s Ministry of Economy")),
        stmt("economists", "indirect", s("most of the recovery to the car industry"), s("attribute")),
        stmt("Marcelo Duarte", "direct_quote",
             s("The automotive chain is the backbone of this relationship. When Argentine assembly lines "
               "restart, Brazilian parts suppliers feel it within weeks"),
             s("said", after="within weeks")),
        stmt("Marcelo Duarte", "indirect",
             s("higher prices for steel and chemicals had also inflated the value of Brazilian exports"),
             s("He added")),
        stmt("Alberto Fernández", "indirect", s("members who saw Mercosur as a burden were free to leave"),
             s("told", after="acrimony after")),
        stmt("Carlos França", "indirect",
             s("they had agreed to cut the common external tariff by 10 per cent on most goods"),
             s("announced")),
        stmt("Santiago Cafiero", "indirect",
             s("they had agreed to cut the common external tariff by 10 per cent on most goods"),
             s("announced")),
        stmt("Carlos França", "indirect",
             s("the deal \"proof that Mercosur can still deliver when its two largest economies sit down "
               "together.\""), s("called")),
        stmt("Santiago Cafiero", "indirect",
             s("the cut would not hurt Argentine industry because sensitive sectors such as cars and "
               "textiles had been excluded"), s("said", after="Cafiero said")),
        stmt("Brazilian firms", "indirect", s("payments are delayed by months"), s("complain")),
        stmt("Luciana Prates", "direct_quote", s("Demand is there, but we are financing our Argentine clients"),
             s("said", after="Argentine clients")),
        stmt("Luciana Prates", "indirect",
             s("If Buenos Aires tightens controls further after last Sunday’s mid-term elections, she warned, "
               "Brazilian sales could fall again next year"), s("she warned")),
        stmt("Marcelo Duarte", "indirect",
             s("A victory by former president Luiz Inácio Lula da Silva, a close ally of Fernández, would "
               "probably bring the two governments closer"), s("the economist said")),
    ]
    causal_claims = [
        claim("COVID-19 pandemic", "Brazil–Argentina trade in 2020", "-", "asserted",
              s("a pandemic slump in 2020"), "author"),
        claim("car industry", "recovery of bilateral trade", "+", "asserted",
              s("Economists attribute most of the recovery to the car industry"), "economists"),
        claim("restart of Argentine assembly lines", "business of Brazilian parts suppliers", "+",
              "asserted",
              s("When Argentine assembly lines restart, Brazilian parts suppliers feel it within weeks"),
              "Marcelo Duarte"),
        claim("higher prices for steel and chemicals", "value of Brazilian exports", "+", "asserted",
              s("higher prices for steel and chemicals had also inflated the value of Brazilian exports"),
              "Marcelo Duarte"),
        claim("Fernández's remark that members were free to leave", "public acrimony at the summit", "+",
              "asserted",
              s("ended in public acrimony after Fernández told Uruguay’s president that members who saw "
                "Mercosur as a burden were free to leave"), "author"),
        claim("Brazil–Argentina cooperation (the two largest economies sitting down together)",
              "Mercosur delivering results", "+", "conditional",
              s("Mercosur can still deliver when its two largest economies sit down together"),
              "Carlos França"),
        claim("cut of the common external tariff", "Argentine industry", "-", "negated",
              s("the cut would not hurt Argentine industry"), "Santiago Cafiero"),
        claim("exclusion of sensitive sectors (cars, textiles)", "harm to Argentine industry from the cut",
              "-", "asserted",
              s("the cut would not hurt Argentine industry because sensitive sectors such as cars and "
                "textiles had been excluded"), "Santiago Cafiero"),
        claim("Argentina's shortage of hard currency", "central bank rationing of dollars for importers",
              "+", "asserted",
              s("Argentina’s chronic shortage of hard currency has led its central bank to ration dollars "
                "for importers"), "author"),
        claim("tighter Argentine currency controls", "Brazilian sales to Argentina", "-", "conditional",
              s("If Buenos Aires tightens controls further after last Sunday’s mid-term elections, she "
                "warned, Brazilian sales could fall again next year"), "Luciana Prates"),
        claim("Brazil's 2022 presidential election", "Brazil–Argentina relationship", "+", "predicted",
              s("Analysts also expect Brazil’s presidential election in October 2022 to shape the "
                "relationship"), "analysts"),
        claim("a Lula victory", "closeness of the Brazilian and Argentine governments", "+", "hedged",
              s("A victory by former president Luiz Inácio Lula da Silva, a close ally of Fernández, would "
                "probably bring the two governments closer"), "Marcelo Duarte"),
    ]
    stances = [
        stance("Marcelo Duarte", TARGET, 1, [
            s("The automotive chain is the backbone of this relationship."),
            s("would probably bring the two governments closer"),
        ]),
        stance("Carlos França", TARGET, 1, [
            s("proof that Mercosur can still deliver when its two largest economies sit down together"),
        ]),
        stance("Luciana Prates", TARGET, -1, [
            s("Brazilian sales could fall again next year"),
        ]),
    ]
    concepts = [
        "Brazil–Argentina bilateral trade",
        "trade rebound after the 2020 pandemic slump",
        "automotive production chain",
        "commodity prices (steel, chemicals)",
        "Mercosur customs union",
        "Mercosur common external tariff cut",
        "flexibility for members to negotiate trade deals",
        "political distance between Bolsonaro and Fernández",
        "protection of sensitive Argentine sectors",
        "Argentine hard-currency shortage and import controls",
        "payment delays for Brazilian exporters",
        "Argentine mid-term elections",
        "Brazil's 2022 presidential election",
    ]
    return {"meta": meta, "boilerplate": boilerplate, "persons": persons,
            "organizations": organizations, "states": states, "events": events,
            "statements": statements, "causal_claims": causal_claims, "stances": stances,
            "concepts": concepts}
