"""Gold for 204 (Poland-Ukraine, Markdown interview / Q&A, dated, with page furniture)."""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "204_poland_ukraine_interview.md"
AUTHOR = "author"
OM = "Olena Marchuk"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("\"Neighbours Can Quarrel and Still Be Allies\": Poland, Ukraine and the Grain Dispute")
    meta = {"title": title["text"], "authors": ["Tomasz Wrona"], "publisher": "Vistula Review",
            "date": "2023-11-28", "date_evidence": S("28 November 2023")}
    boiler = [W("---", "\n---\n"),
              S("*Share this interview* · *Subscribe to the Vistula Review newsletter*"),
              S("*Photo: Grain trucks waiting at the Dorohusk border crossing. Credit: Vistula Review archive*")]
    persons = [
        person("Tomasz Wrona", [S("Tomasz Wrona")], ["interviewer"], ["Vistula Review"], None, "other"),
        person(OM, E("Olena Marchuk") + E("OM"),
               ["Dr.", "head of the Eastern Europe programme at the Krakow Centre for Strategic Studies"],
               ["Krakow Centre for Strategic Studies"], None, "expert"),
        person("Volodymyr Zelensky", [W("Zelensky", "President Zelensky's"), S("Volodymyr Zelensky")],
               ["President of Ukraine"], [], "UA", "leader"),
        person("Mateusz Morawiecki", [S("Mateusz Morawiecki")], ["Prime Minister of Poland"], [], "PL", "leader"),
        person("Andrzej Duda", [S("Andrzej Duda")], ["President of Poland"], [], "PL", "leader"),
        person("Donald Tusk", E("Donald Tusk") + E("Tusk", skip_in=("Donald Tusk",)),
               ["about to form a new government"], [], "PL", "leader"),
    ]
    orgs = [
        org("Vistula Review", E("Vistula Review"), "media"),
        org("Krakow Centre for Strategic Studies", [S("Krakow Centre for Strategic Studies")], "think_tank"),
        org("European Union", E("EU") + E("Brussels"), "international"),
        org("Law and Justice", [S("Law and Justice")], "party"),
        org("United Nations", [S("United Nations"), W("UN", "the UN General Assembly")], "international"),
    ]
    states = [
        state("Poland", E("Poland") + E("Warsaw")),
        state("Ukraine", E("Ukraine") + E("Kyiv") + [W("Ukrainian", "a Ukrainian victory")]),
        state("Russia", [S("Russia's"), S("Moscow"), S("Russia remains")]),
    ]
    events = [
        event("military", "Russia's full-scale invasion of Ukraine (the war)", "2022-02", "", ["Russia", "Ukraine"],
              "Ukraine", S("Russia's full-scale invasion")),
        event("other", "Poland takes in more than a million Ukrainian refugees", "2022", "In 2022", ["Poland"],
              "Poland", S("In 2022 Poland took in more than a million Ukrainian refugees")),
        event("other", "EU decision to suspend duties on Ukrainian imports", "2022-06", "in June 2022",
              ["European Union"], None, S("the EU's decision in June 2022 to suspend duties on Ukrainian imports")),
        event("other", "Poland's unilateral ban on imports of Ukrainian grain", "2023-04", "In April",
              ["Poland"], None, S("In April, Poland banned imports of Ukrainian grain unilaterally")),
        event("other", "Expiry of the EU-wide restrictions on Ukrainian grain", "2023-09", "in September",
              ["European Union"], None, S("the EU-wide restrictions expired in September")),
        event("other", "Warsaw extends its own grain ban", "2023-09", "", ["Poland"], None,
              S("Warsaw simply extended its own ban")),
        event("election", "Polish parliamentary election (the campaign)", "2023", "", ["Poland"], "Poland",
              S("with an election coming")),
        event("other", "Zelensky's speech at the UN General Assembly", "2023-09-19", "On 19 September",
              ["Volodymyr Zelensky"], "United Nations",
              S("On 19 September, President Volodymyr Zelensky told the UN General Assembly")),
        event("other", "Morawiecki says Poland is no longer sending new weapons to Ukraine", "2023-09-20",
              "The next day", ["Mateusz Morawiecki"], None,
              S("The next day Prime Minister Mateusz Morawiecki said that Poland was no longer sending new weapons "
                "to Ukraine")),
        event("other", "Polish truckers' blockade of the border crossings", "2023-11-06", "on 6 November",
              ["Polish hauliers"], "Poland-Ukraine border", S("The blockade, which began on 6 November")),
        event("agreement", "EU waives permit requirements for Ukrainian carriers", "2022", "",
              ["European Union", "Ukraine"], None, S("the EU waived permit requirements for Ukrainian carriers")),
        event("other", "Donald Tusk forms a new Polish government", None, "", ["Donald Tusk"], "Poland",
              S("Donald Tusk is about to form a new government")),
        event("other", "Ukraine's (future) accession to the EU", None, "", ["Ukraine", "European Union"], None,
              S("Ukraine's accession to the EU")),
    ]
    statements = [
        stmt("Volodymyr Zelensky", "indirect",
             S("some of Ukraine's friends in Europe were turning solidarity into a campaign show and were, in effect, "
               "helping Moscow"), W("told", "Zelensky told")),
        stmt("Mateusz Morawiecki", "indirect",
             S("Poland was no longer sending new weapons to Ukraine because it had to rearm itself"),
             W("said", "Morawiecki said")),
        stmt("Andrzej Duda", "indirect", S("Poland's strategic interest in a Ukrainian victory had not changed"),
             S("made it clear")),
        stmt("Andrzej Duda", "indirect", S("Ukraine to a drowning man who could drag his rescuers down with him"),
             S("compared")),
        stmt("Polish hauliers", "indirect",
             S("Ukrainian firms have undercut them since the EU waived permit requirements for Ukrainian carriers"),
             W("say", "hauliers say")),
        stmt("Donald Tusk", "indirect", S("to repair relations with both Brussels and Kyiv"), S("has promised")),
    ]
    farmers = S("Because farmers are a core constituency of the governing Law and Justice party, the government could "
                "not ignore them, especially with an election coming.")
    block = S("If Brussels does not find a compromise on transport permits, the blockade could spread to other "
              "crossings and seriously hurt Ukrainian exports.")
    claims = [
        claim("quarrelling", "alliance between neighbours", "-", "negated", title, OM),
        claim("disputes over grain and trucking", "Polish-Ukrainian relations", "-", "asserted",
              S("have been strained by disputes over grain and trucking"), AUTHOR),
        claim("EU suspension of duties on Ukrainian imports", "economics of the border", "+", "asserted",
              S("the EU's decision in June 2022 to suspend duties on Ukrainian imports changed the economics of the "
                "border"), OM),
        claim("cheap Ukrainian grain staying in Polish silos", "prices for Polish farmers", "-", "asserted",
              S("Cheap Ukrainian grain that was supposed to pass through Poland to world markets stayed in Polish "
                "silos, and prices for Polish farmers fell sharply"), OM),
        claim("farmers being a core Law and Justice constituency", "government attention to farmers", "+",
              "asserted", farmers, OM),
        claim("coming election", "government attention to farmers", "+", "asserted", farmers, OM),
        claim("electoral considerations", "April grain ban", "+", "asserted",
              S("So the ban in April was electoral?"), OM),
        claim("expiry of the EU-wide restrictions", "extension of Poland's own ban", "+", "asserted",
              S("when the EU-wide restrictions expired in September, Warsaw simply extended its own ban"), OM),
        claim("price collapse", "grain ban", "+", "asserted",
              S("I would not say the ban was only about votes, since the price collapse was real"), OM),
        claim("election campaign", "timing of the grain ban", "+", "asserted",
              S("But the timing was dictated by the campaign."), OM),
        claim("European friends turning solidarity into a campaign show", "help to Moscow", "+", "asserted",
              S("some of Ukraine's friends in Europe were turning solidarity into a campaign show and were, in effect, "
                "helping Moscow"), "Volodymyr Zelensky"),
        claim("Zelensky's UN speech", "Warsaw's offence", "+", "asserted", S("Warsaw took that personally."), OM),
        claim("Poland's need to rearm itself", "Polish weapons deliveries to Ukraine", "-", "asserted",
              S("Poland was no longer sending new weapons to Ukraine because it had to rearm itself"),
              "Mateusz Morawiecki"),
        claim("Polish-Ukrainian quarrel", "military support for Ukraine", "-", "asserted",
              S("Much less than the headlines suggested."), OM),
        claim("Polish-Ukrainian quarrel", "interruption of allied deliveries through Poland", "+", "negated",
              S("deliveries from other allies through Poland were never interrupted"), OM),
        claim("Ukraine (drowning man)", "its rescuers", "-", "hedged",
              S("a drowning man who could drag his rescuers down with him"), "Andrzej Duda"),
        claim("Duda's drowning-man image", "offence in Kyiv", "+", "asserted", S("That image offended Kyiv"), OM),
        claim("EU waiver of permit requirements", "Ukrainian firms undercutting Polish hauliers", "+", "asserted",
              S("Ukrainian firms have undercut them since the EU waived permit requirements for Ukrainian carriers"),
              "Polish hauliers"),
        claim("Brussels failing to find a compromise on transport permits", "spread of the blockade", "+",
              "conditional", block, OM),
        claim("spread of the blockade", "Ukrainian exports", "-", "conditional", block, OM),
        claim("Tusk's new government", "Polish-Ukrainian relations", "+", "hedged", S("It should."), OM),
        claim("coalition depending less on rural voters", "room to compromise", "+", "predicted",
              S("a coalition that depends less on rural voters will have more room to compromise"), OM),
        claim("change of government", "farmer protests", "-", "negated",
              S("Polish farmers will protest under any government"), OM),
        claim("Ukraine's accession to the EU", "Polish-Ukrainian conflicts", "+", "predicted",
              S("Ukraine's accession to the EU will make these conflicts bigger, not smaller"), OM),
        claim("direct competition of Ukrainian agriculture with Polish farms", "Polish-Ukrainian conflicts", "+",
              "hedged", S("because Ukrainian agriculture would compete directly with Polish farms inside the single "
                          "market"), OM),
        claim("quarrelling", "alliance between neighbours", "-", "negated",
              S("Neighbours can quarrel and still be allies."), OM),
        claim("Russia", "Poland and Ukraine needing each other", "+", "asserted",
              S("Russia remains the reason Poland and Ukraine need each other"), OM),
        claim("continuation of the war", "Poland and Ukraine needing each other", "+", "conditional",
              S("that will not change as long as the war continues"), OM),
    ]
    tgt = "poland_ukraine_relations_outlook"
    stances = [
        stance(OM, tgt, 1, [S("Cautiously optimistic."), S("Neighbours can quarrel and still be allies.")]),
        stance("Donald Tusk", tgt, 1, [S("to repair relations with both Brussels and Kyiv")]),
    ]
    concepts = [
        "Polish-Ukrainian solidarity", "Russian invasion / war", "Ukrainian refugees in Poland",
        "EU suspension of duties on Ukrainian imports", "Ukrainian grain imports and transit",
        "prices for Polish farmers", "farmers as a Law and Justice constituency", "Polish election campaign",
        "Polish grain import ban", "Zelensky's UN speech", "Polish weapons deliveries / rearmament",
        "allied military deliveries through Poland (Rzeszow hub)", "Duda's drowning-man remark",
        "truckers' border blockade", "EU transport permit waiver", "Ukrainian exports", "Tusk government",
        "rural voters and room for compromise", "farmer protests", "Ukraine's EU accession and agricultural competition",
        "shared Russian threat",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
