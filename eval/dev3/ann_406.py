"""Gold for 406 (Germany-Poland, government press release on intergovernmental consultations,
Warsaw, 2 July 2024, a Tuesday)."""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "406_germany_poland_pressrelease.txt"
AUTHOR = "author"
OS, DT = "Olaf Scholz", "Donald Tusk"
BOTH = "Olaf Scholz and Donald Tusk (joint)"
GOVS = "Germany and Poland (joint declaration)"
FG = "Federal Government of Germany"
BPA = "Press and Information Office of the Federal Government"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("German-Polish intergovernmental consultations: governments adopt joint declaration and action plan")
    meta = {"title": title["text"], "authors": [], "publisher": BPA,
            "date": "2024-07-02", "date_evidence": S("2 July 2024", nth=0)}
    boiler = [
        S("– END –"),
        S("This press release is also available in Polish and can be subscribed to via the Federal Government's "
          "newsletter service."),
        S("Press contact: Press and Information Office of the Federal Government, duty desk, Berlin, "
          "Tel. +49 30 1827 2455"),
    ]
    persons = [
        person(OS, [S(OS), S("The Federal Chancellor"), S("the Federal Chancellor")], ["Federal Chancellor"], [],
               "DE", "leader"),
        person(DT, [S(DT), W("the Prime Minister", "Chancellor and the Prime Minister agreed"),
                    S("The Prime Minister"), W("Tusk", "Prime Minister Tusk")], ["Prime Minister"], [], "PL",
               "leader"),
        person("Annalena Baerbock", [S("Annalena Baerbock")], ["Federal Foreign Minister"], [], "DE", "official"),
        person("Radosław Sikorski", [S("Radosław Sikorski"), W("Sikorski", "Sikorski told")], ["Foreign Minister"],
               [], "PL", "official"),
        person("Nancy Faeser", [S("Nancy Faeser")], ["Federal Minister of the Interior"], [], "DE", "official"),
        person("Tomasz Siemoniak", [S("her Polish counterpart"), S("Tomasz Siemoniak")],
               ["Polish interior minister (counterpart of the Federal Minister of the Interior)"], [], "PL",
               "official"),
    ]
    orgs = [
        org(BPA, E(BPA), "government"),
        org(FG, E("Federal Government", skip_in=(BPA,)), "government"),
        org("NATO", [S("NATO")], "international"),
        org("German-Polish House", [S("German-Polish House")], "other"),
    ]

    def parts(ctx):
        return [W("German", ctx), W("Polish", ctx)]

    comp = [parts("German-Polish intergovernmental"), parts("German-Polish action plan"),
            parts("German-Polish border")]
    states = [
        state("Germany", [S("Federal Republic of Germany")] + E("Germany", skip_in=("Federal Republic of Germany",))
              + [c[0] for c in comp] + [W("German", "the German occupation"),
                                         W("Berlin", "Warsaw and Berlin")]),
        state("Poland", [S("Republic of Poland", after="Federal Republic of Germany and the")]
              + E("Poland", skip_in=("Republic of Poland",))
              + [c[1] for c in comp]
              + [W("Polish", "previous Polish government"), W("Polish", "her Polish counterpart"),
                 W("Polish", "The Polish side"), W("Warsaw", "consultations in Warsaw"),
                 W("Warsaw", "that Warsaw and Berlin")]),
        state("Ukraine", E("Ukraine")),
        state("Russia", [W("Russia", "Russia's war")] + E("Moscow")),
        state("Belarus", [S("Belarus"), S("Minsk")]),
    ]
    consult = S("The governments of the Federal Republic of Germany and the Republic of Poland today held "
                "intergovernmental consultations in Warsaw")
    events = [
        event("meeting", "German-Polish intergovernmental consultations chaired by Scholz and Tusk", "2024-07-02",
              "today", ["Germany", "Poland", OS, DT], "Warsaw", consult),
        event("declaration", "Signing of the joint declaration and the German-Polish action plan", "2024-07-02", "",
              [OS, DT], "Warsaw",
              S("the two heads of government signed a joint declaration and a German-Polish action plan")),
        event("military", "Russia's war of aggression against Ukraine", "2022-02", "", ["Russia", "Ukraine"],
              "Ukraine", S("Russia's war of aggression against Ukraine")),
        event("other", "Missile strike on the Polish village of Przewodów", "2022-11", "in November 2022", [],
              "Przewodów", S("a missile struck the Polish village of Przewodów in November 2022")),
        event("military", "Germany stations Patriot air defence units near Zamość", "2023", "in early 2023",
              ["Germany"], "Zamość",
              S("Germany stationed Patriot air defence units near Zamość in early 2023")),
        event("conference", "Joint press conference of Scholz and Tusk", "2024-07-02", "", [OS, DT], "Warsaw",
              S("the joint press conference")),
        event("meeting", "Baerbock-Sikorski talks on the reconstruction of Ukraine", "2024-07-01", "On Monday",
              ["Annalena Baerbock", "Radosław Sikorski"], None,
              S("On Monday, the eve of the consultations, Federal Foreign Minister Annalena Baerbock and Foreign "
                "Minister Radosław Sikorski discussed the reconstruction of Ukraine")),
        event("military", "German invasion of Poland", "1939-09-01", "1 September 1939", ["Germany", "Poland"],
              "Poland", S("the invasion of 1 September 1939")),
        event("other", "Previous Polish government raises the question of reparations", "2022", "in 2022",
              ["Poland"], None, S("raised by the previous Polish government in 2022")),
        event("other", "Germany introduces temporary controls at the German-Polish border", "2023-10",
              "in October 2023", ["Germany"], "German-Polish border",
              S("Germany introduced temporary controls at the German-Polish border in October 2023")),
        event("other", "Planned replacement of stationary border checks with joint patrols", None, "",
              ["Germany", "Poland"], "German-Polish border",
              S("will replace stationary checks with joint patrols")),
        event("other", "Completion of the modernisation of the Berlin–Szczecin rail line", "2026",
              "by the end of 2026", ["Germany", "Poland"], None,
              S("the modernisation of the Berlin–Szczecin rail line, which is due to be completed by the end of 2026")),
        event("other", "Environmental disaster on the Oder (toxic algae bloom, fish die-off)", "2022-08",
              "in August 2022", [], "Oder", S("the environmental disaster on the Oder in August 2022")),
        event("agreement", "German-Polish Treaty of Good Neighbourship and Friendly Cooperation", "1991-06-17",
              "on 17 June 1991", ["Germany", "Poland"], None,
              S("the Treaty of Good Neighbourship and Friendly Cooperation signed on 17 June 1991")),
        event("meeting", "Next German-Polish intergovernmental consultations", "2025", "next year",
              ["Germany", "Poland"], "Germany", S("The next consultations are to take place in Germany next year")),
    ]
    agreed1 = S("Russia's war of aggression against Ukraine has fundamentally changed the security situation in "
                "Europe and that Germany and Poland bear a special responsibility for NATO's eastern flank")
    cue1 = W("agreed", "the Prime Minister agreed")
    opt = S("such deployments \"remain an option whenever the situation requires\"")
    house = S("to move forward with a German-Polish House in Berlin")
    reps = S("the question of reparations, raised by the previous Polish government in 2022, is legally closed in "
             "Germany's view")
    tusk_cue = S("Prime Minister Tusk said")
    border = S("both sides want to keep the border open for commuters and trade and will replace stationary checks "
               "with joint patrols \"as soon as the situation allows\"")
    task = S("to set up a joint police task force for this purpose")
    rail = S("to speed up the modernisation of the Berlin–Szczecin rail line, which is due to be completed by the "
             "end of 2026, and to examine a faster connection between Berlin and Warsaw")
    grid = S("Closer grid integration, the declaration notes, would allow both countries to absorb more wind power "
             "from the Baltic Sea.")
    statements = [
        stmt(OS, "indirect", agreed1, cue1),
        stmt(DT, "indirect", agreed1, cue1),
        stmt("Germany", "indirect", opt, S("the declaration states")),
        stmt("Poland", "indirect", opt, S("the declaration states")),
        stmt(OS, "direct_quote", S("Poland's security is Germany's security. We stand at your side, on the eastern "
                                   "flank and in our support for Ukraine"), S("the Federal Chancellor said")),
        stmt("Radosław Sikorski", "indirect",
             S("Warsaw and Berlin, once divided on how to deal with Moscow, now \"read the threat in the same way\""),
             S("told journalists")),
        stmt("Germany", "indirect", house, W("agreed", "two governments agreed")),
        stmt("Poland", "indirect", house, W("agreed", "two governments agreed")),
        stmt(FG, "indirect",
             S("it will offer support to surviving victims of the occupation, most of whom are now over eighty, so "
               "that assistance reaches them in their lifetime"), S("announced")),
        stmt(DT, "indirect", reps, S("noted")),
        stmt("Germany", "according_to",
             S("the question of reparations, raised by the previous Polish government in 2022, is legally closed"),
             S("in Germany's view")),
        stmt(DT, "indirect", S("Poland expects \"a gesture that matches the scale of the crime\""),
             W("stressed", "but stressed")),
        stmt(DT, "direct_quote", S("We cannot rewrite history"), tusk_cue),
        stmt(DT, "direct_quote",
             S("but we can decide what we do with it. Today Germany and Poland decided to do it together"), tusk_cue),
        stmt("Germany", "according_to", border, S("According to the declaration")),
        stmt("Poland", "according_to", border, S("According to the declaration")),
        stmt("Nancy Faeser", "indirect", task, W("agreed", "Siemoniak agreed")),
        stmt("Tomasz Siemoniak", "indirect", task, W("agreed", "Siemoniak agreed")),
        stmt("Poland", "indirect",
             S("the pressure on its border is organised deliberately by the regimes in Minsk and Moscow, which makes "
               "a common European response indispensable"), W("stressed", "side stressed")),
        stmt("Germany", "indirect", rail, W("agreed", "governments agreed to speed")),
        stmt("Poland", "indirect", rail, W("agreed", "governments agreed to speed")),
        stmt("Germany", "indirect", grid, S("the declaration notes")),
        stmt("Poland", "indirect", grid, S("the declaration notes")),
    ]
    therefore = S("Both governments will therefore expand joint planning for air and missile defence and hold regular "
                  "meetings of their defence ministers.")
    minsk = S("the pressure on its border is organised deliberately by the regimes in Minsk and Moscow, which makes a "
              "common European response indispensable")
    oder = S("Following the environmental disaster on the Oder in August 2022, when a toxic algae bloom killed "
             "hundreds of tonnes of fish, the two environment ministries will set up a joint early-warning system "
             "for the river.")
    claims = [
        claim("Russia's war of aggression against Ukraine", "security situation in Europe", "+", "asserted",
              S("Russia's war of aggression against Ukraine has fundamentally changed the security situation in "
                "Europe"), BOTH),
        claim("changed security situation in Europe", "joint planning for air and missile defence", "+",
              "predicted", therefore, AUTHOR),
        claim("changed security situation in Europe", "regular meetings of the defence ministers", "+", "predicted",
              therefore, AUTHOR),
        claim("missile strike on Przewodów", "German Patriot deployment near Zamość", "+", "asserted",
              S("After a missile struck the Polish village of Przewodów in November 2022, Germany stationed Patriot "
                "air defence units near Zamość in early 2023"), AUTHOR),
        claim("security situation requiring it", "air defence deployments", "+", "conditional",
              S("remain an option whenever the situation requires"), GOVS),
        claim("German support to surviving victims", "assistance reaching victims in their lifetime", "+",
              "asserted", S("so that assistance reaches them in their lifetime"), FG),
        claim("sharp rise in irregular migration via Belarus", "German temporary border controls", "+", "asserted",
              S("Germany introduced temporary controls at the German-Polish border in October 2023 because irregular "
                "migration via Belarus had risen sharply"), AUTHOR),
        claim("situation allowing it", "replacement of stationary checks with joint patrols", "+", "conditional",
              border, GOVS),
        claim("joint police task force", "replacement of stationary checks with joint patrols", "+", "asserted",
              S("Nancy Faeser and her Polish counterpart Tomasz Siemoniak agreed to set up a joint police task force "
                "for this purpose"), AUTHOR),
        claim("deliberate organisation by the regimes in Minsk and Moscow", "pressure on Poland's border", "+",
              "asserted", minsk, "Poland"),
        claim("deliberately organised pressure on the border", "need for a common European response", "+",
              "asserted", minsk, "Poland"),
        claim("toxic algae bloom", "fish deaths in the Oder", "+", "asserted",
              S("a toxic algae bloom killed hundreds of tonnes of fish"), AUTHOR),
        claim("Oder environmental disaster", "joint early-warning system for the Oder", "+", "predicted", oder,
              AUTHOR),
        claim("closer grid integration", "absorption of more Baltic wind power", "+", "hedged", grid, GOVS),
    ]
    tgt = "germany_poland_relations_outlook"
    stances = [
        stance(AUTHOR, tgt, 1, [S("The Federal Government regards them as a new beginning after years of strained "
                                  "relations.")]),
        stance(OS, tgt, 1, [S("Poland's security is Germany's security. We stand at your side")]),
        stance(DT, tgt, 1, [S("Today Germany and Poland decided to do it together")]),
        stance("Radosław Sikorski", tgt, 1, [S("now \"read the threat in the same way\"")]),
    ]
    concepts = [
        "German-Polish intergovernmental consultations", "Russia's war against Ukraine / European security situation",
        "NATO eastern flank", "joint air and missile defence planning", "Patriot deployment after Przewodów",
        "support for Ukraine and its reconstruction", "remembrance of the German occupation",
        "German-Polish House in Berlin", "support for surviving victims", "reparations question",
        "irregular migration via Belarus", "instrumentalisation of migration by Minsk and Moscow",
        "German border controls", "joint patrols / police task force", "open border for commuters and trade",
        "bilateral trade", "rail connections (Berlin–Szczecin)", "Oder disaster and early-warning system",
        "grid integration and Baltic wind power", "1991 Treaty of Good Neighbourship",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
