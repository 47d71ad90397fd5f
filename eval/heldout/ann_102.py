"""Gold annotations: 102_germany_france_defence.txt (op-ed, 2019, no publication date)."""

from __future__ import annotations

from _spans import Doc, claim, event, org, person, stance, state, stmt

DOC = "102_germany_france_defence.txt"
TARGET = "germany_france_relations_outlook"


def annotate(d: Doc) -> dict:
    s = d.span
    meta = {
        "title": "Why the Franco-German engine cannot yet power a European defence",
        "authors": ["Katrin Moreau"],
        "publisher": None,
        "date": None,
        "date_evidence": None,
    }
    boilerplate = [
        s("The views expressed in this article are the author's own and do not necessarily reflect "
          "those of the publisher."),
    ]
    persons = [
        person("Katrin Moreau", d.every("Katrin Moreau"),
               ["senior fellow for European security at the Berlin Forum for Transatlantic Affairs"],
               ["Berlin Forum for Transatlantic Affairs"], None, "expert"),
        person("Angela Merkel", [s("Angela Merkel"), s("Merkel", after="Merkel has said")],
               ["Chancellor of Germany"], [], "DE", "leader"),
        person("Emmanuel Macron", [s("Emmanuel Macron"), s("Macron", after="Macron has argued"),
                                   s("Macron", after="Macron’s interview")],
               ["President of France"], [], "FR", "leader"),
        person("Jamal Khashoggi", [s("Jamal Khashoggi")], ["journalist"], [], "SA", "other"),
        person("Annegret Kramp-Karrenbauer",
               [s("Annegret Kramp-Karrenbauer"), s("the new German defence minister")],
               ["German defence minister"], [], "DE", "official"),
    ]
    organizations = [
        org("European Union", [s("European Union")], "international"),
        org("Dassault", [s("Dassault")], "company"),
        org("Airbus", [s("Airbus")], "company"),
        org("The Economist", [s("The Economist")], "media"),
        org("NATO", d.every("NATO"), "international"),
        org("Bundeswehr", [s("Bundeswehr")], "government"),
        org("Berlin Forum for Transatlantic Affairs", [s("Berlin Forum for Transatlantic Affairs")],
            "think_tank"),
    ]
    states = [
        state("France", d.every("France") + [s("Franco")] + d.every("Paris", skip_in=("Paris Air Show",))
              + [s("French", after="many in Berlin that")]),
        state("Germany", d.every("Germany") + [s("German", after="Franco-"),
                                               s("German", after="the new German"),
                                               s("German", after="second constraint. ")]
              + d.every("Berlin", skip_in=("Berlin Forum",))),
        state("Saudi Arabia", [s("Saudi Arabia")]),
        state("Spain", [s("Spain")]),
        state("Poland", [s("Poland")]),
        state("United States", [s("United States"), s("Washington"), s("American")]),
    ]
    events = [
        event("agreement", "Merkel and Macron sign the Treaty of Aachen", "2019-01", "in January 2019",
              ["Angela Merkel", "Emmanuel Macron", "Germany", "France"], "Aachen",
              s("Angela Merkel and Emmanuel Macron signed the Treaty of Aachen in January 2019")),
        event("other", "Murder of the journalist Jamal Khashoggi", "2018-10", "in October 2018",
              ["Jamal Khashoggi"], None, s("the murder of the journalist Jamal Khashoggi in October 2018")),
        event("sanctions", "Germany freezes weapons sales to Saudi Arabia", "2018", "",
              ["Germany", "Saudi Arabia"], None, s("Berlin froze weapons sales to Saudi Arabia")),
        event("agreement", "France, Germany and Spain sign the Future Combat Air System framework "
              "agreement at the Paris Air Show", "2019-06", "in June", ["France", "Germany", "Spain"],
              "Paris Air Show",
              s("The defence ministers of France, Germany and Spain signed a framework agreement at the "
                "Paris Air Show in June")),
        event("agreement", "First study contracts for the Future Combat Air System awarded", None, "",
              [], None, s("the first study contracts have been awarded")),
        event("other", "Macron's interview with The Economist describing NATO's 'brain death'", "2019-11",
              "in November", ["Emmanuel Macron", "The Economist"], None,
              s("Macron’s interview with The Economist in November")),
        event("agreement", "NATO allies agree the 2 per cent of GDP defence spending target", "2014", "",
              ["NATO"], None, s("the 2 per cent target agreed in NATO")),
    ]
    statements = [
        stmt("governments of Germany and France", "indirect",
             s("proof that the partnership at the heart of the European Union was alive and well"),
             s("presented it as")),
        stmt("Angela Merkel", "indirect", s("Europeans can no longer rely completely on others"),
             s("has said")),
        stmt("Emmanuel Macron", "indirect",
             s("strategic autonomy is the only sensible answer to an unpredictable Washington"),
             s("has argued")),
        stmt("Emmanuel Macron", "indirect", s("NATO as experiencing \"brain death\""), s("described")),
        stmt("Annegret Kramp-Karrenbauer", "indirect",
             s("Europe could not protect itself without the United States for the foreseeable future"),
             s("replied")),
    ]
    causal_claims = [
        claim("divergent strategic cultures of France and Germany",
              "delivery on the treaty's defence promises", "-", "asserted",
              s("the treaty promises more than Berlin and Paris can currently deliver, because their "
                "strategic cultures still pull in different directions"), "author"),
        claim("difference in French and German strategic cultures", "friction over arms exports", "+",
              "asserted", s("It leads to concrete friction over arms exports."), "author"),
        claim("murder of Jamal Khashoggi", "German freeze of weapons sales to Saudi Arabia", "+",
              "asserted",
              s("After the murder of the journalist Jamal Khashoggi in October 2018, Berlin froze weapons "
                "sales to Saudi Arabia"), "author"),
        claim("German freeze of weapons sales to Saudi Arabia",
              "delivery of French systems with German components", "-", "asserted",
              s("Berlin froze weapons sales to Saudi Arabia, which also blocked the delivery of French "
                "systems containing German components"), "author"),
        claim("German freeze of weapons sales to Saudi Arabia", "anger of French industry", "+",
              "asserted", s("and infuriated French industry"), "author"),
        claim("divergent German and French approaches to export control", "risk to every joint programme",
              "+", "conditional",
              s("As long as Germany treats export control as a moral question and France treats it as a "
                "matter of sovereignty, every joint programme will carry a built-in risk"), "author"),
        claim("Dassault–Airbus workshare deal", "Future Combat Air System project", "+", "conditional",
              s("the project depends on a workshare deal between Dassault and Airbus"), "author"),
        claim("unsettled industrial quarrel", "delay of the programme by several years", "+",
              "conditional",
              s("If the industrial quarrel is not settled soon, the programme could slip by several years"),
              "author"),
        claim("programme delays", "political sponsors of the programme", "-", "hedged",
              s("a slipping programme tends to lose political sponsors"), "author"),
        claim("difficulties of Franco-German defence cooperation", "political will for cooperation", "-",
              "negated", s("Despite these difficulties, the political will exists."), "author"),
        claim("unpredictable Washington", "need for European strategic autonomy", "+", "asserted",
              s("strategic autonomy is the only sensible answer to an unpredictable Washington"),
              "Emmanuel Macron"),
        claim("Macron's 'brain death' interview",
              "Berlin's view that French ambitions undermine the Atlantic alliance", "+", "asserted",
              s("Macron’s interview with The Economist in November, in which he described NATO as "
                "experiencing \"brain death\", confirmed to many in Berlin that French ambitions come at "
                "the expense of the Atlantic alliance"), "author"),
        claim("French ambitions", "Atlantic alliance", "-", "asserted",
              s("French ambitions come at the expense of the Atlantic alliance"), "many in Berlin"),
        claim("support of the United States", "Europe's ability to protect itself", "+", "conditional",
              s("Europe could not protect itself without the United States"),
              "Annegret Kramp-Karrenbauer"),
        claim("Franco-German disagreement over autonomy and NATO", "what the tandem can offer its partners",
              "-", "asserted", s("This disagreement limits what the tandem can offer its partners"), "author"),
        claim("version of autonomy weakening American guarantees",
              "support of Poland and the Baltic states for European autonomy", "-", "predicted",
              s("Poland and the Baltic states will not sign up to a version of autonomy that appears to "
                "weaken American guarantees"), "author"),
        claim("European strategic autonomy", "American security guarantees", "-", "hedged",
              s("a version of autonomy that appears to weaken American guarantees"), "author"),
        claim("limited money", "European defence ambitions", "-", "asserted",
              s("Money is the second constraint."), "author"),
        claim("Bundeswehr readiness problems", "funds for joint procurement", "-", "asserted",
              s("Because the Bundeswehr’s readiness problems absorb most new funds, little is left for the "
                "joint procurement"), "author"),
        claim("joint procurement", "credibility of European autonomy", "+", "hedged",
              s("the joint procurement that would make European autonomy credible"), "author"),
        claim("higher German defence budgets", "a more strategic Germany", "+", "negated",
              s("Higher budgets alone will not produce a more strategic Germany"), "author"),
        claim("domestic German debate about the use of force", "a more strategic Germany", "+",
              "conditional", s("that depends on a domestic debate about the use of force"), "author"),
        claim("agreement on everything", "progress of the Franco-German tandem", "+", "negated",
              s("The tandem does not need to agree on everything in order to move forward"), "author"),
        claim("agreement on sequencing", "progress of the Franco-German tandem", "+", "conditional",
              s("it needs to agree on sequencing"), "author"),
        claim("shielding joint programmes from domestic export quarrels", "European defence cooperation",
              "+", "conditional",
              s("If both governments shield these programmes from domestic export quarrels, then European "
                "defence cooperation will deepen"), "author"),
        claim("each country going its own way", "costs for France and Germany", "+", "hedged",
              s("the alternative, with each country going its own way, would cost both far more"), "author"),
    ]
    stances = [
        stance("author", TARGET, 0, [
            s("None of this means the partnership is failing."),
            s("My outlook is therefore cautious rather than gloomy."),
            s("The next two years will probably bring more declarations than integration."),
        ]),
    ]
    concepts = [
        "Franco-German partnership (the 'engine' / tandem)",
        "European defence cooperation",
        "European strategic autonomy",
        "Treaty of Aachen",
        "divergent strategic cultures of France and Germany",
        "arms export controls (German restraint vs French sovereignty)",
        "German arms export freeze to Saudi Arabia",
        "Future Combat Air System and the Dassault–Airbus workshare",
        "joint procurement programmes (fighter, main battle tank, Eurodrone)",
        "NATO and American security guarantees",
        "Polish and Baltic scepticism of European autonomy",
        "German defence spending and the NATO 2 per cent target",
        "Bundeswehr readiness problems",
        "German domestic debate about the use of force",
        "sequencing of cooperation",
    ]
    return {"meta": meta, "boilerplate": boilerplate, "persons": persons,
            "organizations": organizations, "states": states, "events": events,
            "statements": statements, "causal_claims": causal_claims, "stances": stances,
            "concepts": concepts}
