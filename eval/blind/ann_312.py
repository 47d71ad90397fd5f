"""Gold for 312 (Colombia-Venezuela, op-ed / column on the reopened border, no stated date).

Undated: meta.date is null; events are dated from the dates the text gives ("on 26 September" after
"August 2022" -> 2022-09-26, "That November" -> 2022-11, "the following January" -> 2023-01).
The columnist's explicit first-person cues ("To my mind", "I would argue") are author_opinion
statements; "I suspect" is a belief (not a statement) but carries a hedged causal claim.
"""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "312_colombia_venezuela_oped.txt"
AUTHOR = "author"
IC = "Inés Caldera"
TGT = "colombia_venezuela_relations_outlook"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("The bridge is open. The border has not yet healed")
    meta = {"title": title["text"], "authors": [IC], "publisher": None, "date": None, "date_evidence": None}
    boiler: list = []
    persons = [
        person(IC, E(IC), ["columnist", "teaches political economy at the Universidad del Piedemonte"],
               ["Universidad del Piedemonte"], None, "expert"),
        person("Nicolás Maduro", E("Nicolás Maduro") + E("Maduro", skip_in=("Nicolás Maduro",)),
               ["President of Venezuela"], [], "VE", "leader"),
        person("Iván Duque", [S("Iván Duque")], ["President of Colombia"], [], "CO", "leader"),
        person("Juan Guaidó", [S("Juan Guaidó")], [], [], None, "other"),
        person("Gustavo Petro", E("Gustavo Petro") + E("Petro", skip_in=("Gustavo Petro",)),
               ["President of Colombia"], [], "CO", "leader"),
        person("Rodrigo Anaya", [S("Rodrigo Anaya")], ["has sold tyres near the bridge for thirty years"], [], None,
               "other"),
    ]
    orgs = [
        org("Universidad del Piedemonte", [S("Universidad del Piedemonte")], "university"),
        org("Norte de Santander Traders' Guild", [S("Norte de Santander Traders' Guild")], "other"),
        org("ELN", E("ELN"), "other"),
    ]
    states = [
        state("Colombia", E("Bogotá")),
        state("Venezuela", [W("Venezuela", "cross into Venezuela"), W("Venezuelan", "Venezuelan soldiers"),
                            W("Caracas", "Caracas broke off"), W("Venezuela", "on credit to Venezuela"),
                            W("Caracas", "draw Caracas back"), W("Caracas", "was held in Caracas"),
                            W("Caracas", "granted Caracas"), W("Miraflores", "embraced at Miraflores"),
                            W("Miraflores", "embraces at Miraflores")]),
        state("United States", [S("Washington")]),
    ]
    events = [
        event("other", "Maduro closes the Colombian-Venezuelan border", "2015-08", "In August 2015",
              ["Nicolás Maduro", "Venezuela"], "Colombia-Venezuela border",
              S("In August 2015 Nicolás Maduro closed the border")),
        event("military", "Attack on Venezuelan soldiers", "2015-08", "", [], "Venezuela",
              S("an attack on Venezuelan soldiers")),
        event("other", "Venezuela expels more than a thousand Colombians from Táchira", "2015-08", "",
              ["Venezuela"], "Táchira", S("expelled more than a thousand Colombians from Táchira")),
        event("other", "Duque government's attempt to push aid convoys across the Tienditas bridge", "2019-02",
              "In February 2019", ["Iván Duque", "Colombia"], "Tienditas bridge",
              S("Iván Duque's government tried to push aid convoys across the Tienditas bridge")),
        event("other", "Venezuela breaks off relations with Colombia", "2019-02", "", ["Venezuela", "Colombia"],
              None, S("Caracas broke off relations with Bogotá altogether")),
        event("other", "Inauguration of Gustavo Petro", "2022-08", "in August 2022", ["Gustavo Petro"], "Colombia",
              S("his inauguration in August 2022")),
        event("other", "Colombia and Venezuela exchange ambassadors", "2022", "Within weeks of his inauguration",
              ["Colombia", "Venezuela"], None, S("the two governments had exchanged ambassadors")),
        event("other", "Reopening of the border to cargo: first trucks cross the Simón Bolívar bridge (ceremony)",
              "2022-09-26", "on 26 September", ["Colombia", "Venezuela", "Gustavo Petro"], "Simón Bolívar bridge",
              S("on 26 September the first cargo trucks rolled across the Simón Bolívar bridge")),
        event("meeting", "Petro and Maduro meet at Miraflores", "2022-11", "That November",
              ["Gustavo Petro", "Nicolás Maduro"], "Miraflores, Caracas",
              S("That November the two men embraced at Miraflores")),
        event("other", "Opening of the Tienditas bridge to traffic", "2023-01", "the following January",
              ["Colombia", "Venezuela"], "Tienditas bridge",
              S("the following January the Tienditas bridge, built in 2016 and never used, finally opened to "
                "traffic")),
        event("other", "Construction of the Tienditas bridge", "2016", "in 2016", [], "Tienditas bridge",
              S("built in 2016")),
        event("sanctions", "Sanctions on Venezuela", None, "", ["Venezuela"], None,
              S("A decade of hyperinflation and sanctions")),
        event("meeting", "First round of Colombian government-ELN peace talks, held in Caracas", "2022-11",
              "in November 2022", ["Colombia", "ELN", "Venezuela"], "Caracas",
              S("the first round of talks with the ELN was held in Caracas in November 2022")),
        event("election", "Venezuelan presidential election pledged for 2024", "2024", "for 2024", ["Venezuela"],
              "Venezuela", S("a presidential election for 2024")),
        event("sanctions", "U.S. sanctions relief for Venezuela", "2023", "", ["United States", "Venezuela"], None,
              S("the sanctions relief it has granted Caracas")),
        event("other", "Hypothetical second Colombian-Venezuelan rupture", None, "", ["Colombia", "Venezuela"],
              None, S("a second rupture")),
    ]
    declared = W("declared", "Petro declared")
    statements = [
        stmt("Gustavo Petro", "direct_quote", S("Today the border stops being a trench"), declared),
        stmt("Gustavo Petro", "direct_quote", S("and becomes, once again, a place where two peoples meet"), declared),
        stmt("Nicolás Maduro", "indirect", S("the reopening \"the first day of a new era of brotherhood\""),
             W("called", "Maduro called")),
        stmt("Norte de Santander Traders' Guild", "according_to",
             S("Bilateral trade, which topped US$7 billion in 2008, had shrunk to a few hundred million dollars by the "
               "time the border reopened; it has roughly doubled since"),
             S("according to the Norte de Santander Traders' Guild")),
        stmt("Rodrigo Anaya", "direct_quote", S("I sold on credit to Venezuela once. I still have the invoices framed"),
             W("said", "framed,\" said")),
        stmt(IC, "author_opinion", S("the deeper problem is not commerce but trust"), S("To my mind")),
        stmt("Gustavo Petro", "indirect",
             S("normalisation would draw Caracas back into regional diplomacy and help him secure peace with the ELN "
               "guerrillas"), S("has argued")),
        stmt("Nicolás Maduro", "indirect", S("his government would be \"a guarantor, not a spectator\""),
             S("promising")),
        stmt("Nicolás Maduro", "indirect", S("a presidential election for 2024"), S("has pledged")),
        stmt("Petro's critics", "indirect", S("a friendship that his critics already call complicity"),
             W("call", "already call complicity")),
        stmt(IC, "author_opinion",
             S("a second rupture is unlikely: the border departments of Norte de Santander and Táchira have too much "
               "to lose, and no president in Bogotá will want to be the one who closes the bridge again"),
             S("I would argue")),
    ]
    infl = S("A decade of hyperinflation and sanctions has gutted Venezuelan purchasing power")
    sham = S("If that vote is seen, at home and abroad, as a sham, Petro will come under intense pressure to cool a "
             "friendship that his critics already call complicity, and Washington's patience with the sanctions "
             "relief it has granted Caracas could run out.")
    argue = S("I would argue that a second rupture is unlikely: the border departments of Norte de Santander and "
              "Táchira have too much to lose, and no president in Bogotá will want to be the one who closes the "
              "bridge again")
    petro = S("normalisation would draw Caracas back into regional diplomacy and help him secure peace with the ELN "
              "guerrillas")
    claims = [
        claim("reopening of the bridge", "healing of the border", "+", "negated", title, AUTHOR),
        claim("attack on Venezuelan soldiers", "Maduro's closure of the border", "+", "asserted",
              S("In August 2015 Nicolás Maduro closed the border after an attack on Venezuelan soldiers"), AUTHOR),
        claim("Duque government's aid-convoy push in support of Guaidó", "Venezuela breaking off relations", "+",
              "asserted",
              S("after Iván Duque's government tried to push aid convoys across the Tienditas bridge in support of "
                "Juan Guaidó, Caracas broke off relations with Bogotá altogether"), AUTHOR),
        claim("Petro's inauguration", "exchange of ambassadors and reopening of the border", "+", "asserted",
              S("Within weeks of his inauguration in August 2022 the two governments had exchanged ambassadors"),
              AUTHOR),
        claim("ceremony of the reopening", "trade recovery", "+", "negated",
              S("For all the ceremony, the numbers are modest."), AUTHOR),
        claim("reopening of the border", "bilateral trade", "+", "asserted", S("it has roughly doubled since"),
              "Norte de Santander Traders' Guild"),
        claim("hyperinflation", "Venezuelan purchasing power", "-", "asserted", infl, AUTHOR),
        claim("sanctions", "Venezuelan purchasing power", "-", "asserted", infl, AUTHOR),
        claim("gutted Venezuelan purchasing power", "fewer buyers in Venezuela", "+", "asserted",
              S("so there are simply fewer buyers on the other side"), AUTHOR),
        claim("non-payment for goods shipped before 2015", "Colombian exporters insisting on cash in advance", "+",
              "asserted",
              S("Colombian exporters, many of whom were never paid for goods shipped before 2015, now insist on cash "
                "in advance"), AUTHOR),
        claim("cash-in-advance requirement", "size of orders", "-", "asserted", S("which in turn keeps orders small"),
              AUTHOR),
        claim("armed groups earning more from smuggling than they would lose to customs",
              "armed groups keeping informal trade alive", "+", "conditional",
              S("as long as the armed groups that control them earn more from smuggling than they would lose to "
                "customs, they have every reason to keep informal trade alive"), AUTHOR),
        claim("lack of trust", "normalisation of Colombian-Venezuelan relations", "-", "asserted",
              S("To my mind, the deeper problem is not commerce but trust."), AUTHOR),
        claim("normalisation with Venezuela", "Caracas returning to regional diplomacy", "+", "hedged", petro,
              "Gustavo Petro"),
        claim("normalisation with Venezuela", "peace with the ELN", "+", "hedged", petro, "Gustavo Petro"),
        claim("normalisation with Venezuela", "ELN talks held in Caracas", "+", "asserted",
              S("It is no accident that the first round of talks with the ELN was held in Caracas in November 2022"),
              AUTHOR),
        claim("Maduro's promise to act as guarantor", "Bogotá looking away from Venezuelan conduct", "+", "hedged",
              S("I suspect Bogotá has been willing to look away from a good deal for the sake of that promise."),
              AUTHOR),
        claim("Venezuelan electoral calendar", "the Colombian-Venezuelan bargain", "+", "conditional",
              S("it depends on a calendar that neither man fully controls"), AUTHOR),
        claim("election seen as a sham", "pressure on Petro to cool the friendship with Maduro", "+", "conditional",
              sham, AUTHOR),
        claim("election seen as a sham", "Washington's patience with sanctions relief", "-", "conditional", sham,
              AUTHOR),
        claim("border departments having too much to lose", "second rupture", "-", "hedged", argue, AUTHOR),
        claim("no president wanting to close the bridge again", "second rupture", "-", "hedged", argue, AUTHOR),
        claim("trust in payment across the border", "healing of the border", "+", "conditional",
              S("Whether the border heals will depend less on embraces at Miraflores than on whether a tyre dealer in "
                "Cúcuta can once again accept a promise of payment from San Cristóbal."), AUTHOR),
    ]
    stances = [
        stance(AUTHOR, TGT, 0, [title, S("Yet the bargain is fragile"),
                                S("a second rupture is unlikely")]),
        stance("Gustavo Petro", TGT, 2, [S("Today the border stops being a trench"),
                                         S("and becomes, once again, a place where two peoples meet")]),
        stance("Nicolás Maduro", TGT, 2, [S("the first day of a new era of brotherhood")]),
    ]
    concepts = [
        "border closure and reopening",
        "diplomatic rupture and restoration of relations",
        "bilateral trade",
        "Venezuelan purchasing power",
        "hyperinflation",
        "sanctions on Venezuela and U.S. sanctions relief",
        "unpaid debts and cash-in-advance trade",
        "informal trade and smuggling on the trochas",
        "armed groups controlling the border",
        "trust between the two countries",
        "ELN peace talks and Venezuelan guarantee",
        "Venezuela's return to regional diplomacy",
        "Venezuelan 2024 presidential election",
        "domestic pressure on Petro",
        "stakes of the border regions (Norte de Santander, Táchira)",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
