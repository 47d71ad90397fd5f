"""Gold for 304 (Serbia-Kosovo, think-tank policy brief with numbered sections and footnotes,
dated 12 March 2024)."""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "304_serbia_kosovo_report.txt"
AUTHOR = "author"
MK, IB = "Marta Kovač", "Ilir Berisha"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Stuck at the Annex: Why Serbia–Kosovo Normalisation Has Stalled and How the EU Can Restart It")
    meta = {"title": title["text"], "authors": [MK, IB], "publisher": "Danube Institute for European Policy",
            "date": "2024-03-12", "date_evidence": S("12 March 2024")}
    boiler = [
        S("Recommended citation: Kovač, M. and Berisha, I. (2024), \"Stuck at the Annex\", DIEP Policy Brief "
          "4/2024, Vienna."),
        S("© Danube Institute for European Policy, 2024. All rights reserved."),
    ]
    persons = [
        person(MK, [S(MK), W("Kovač", "Recommended citation: Kovač")], ["author"],
               ["Danube Institute for European Policy"], None, "expert"),
        person(IB, [S(IB), W("Berisha", "and Berisha, I.")], ["author"],
               ["Danube Institute for European Policy"], None, "expert"),
        person("Josep Borrell", [S("Josep Borrell"), W("Borrell", "Borrell told reporters")],
               ["EU High Representative"], ["European Union"], None, "official"),
        person("Aleksandar Vučić", [S("Aleksandar Vučić"), W("Vučić", "Vučić told"), W("Vučić", "Vučić denied")],
               ["President of Serbia"], [], "RS", "leader"),
        person("Albin Kurti", [S("Albin Kurti"), W("Kurti", "Kurti insisted"), W("Kurti", "Kurti accused")],
               ["Prime Minister of Kosovo"], [], "XK", "leader"),
        person("Miroslav Lajčák", [S("the EU's special representative"), S("Miroslav Lajčák")],
               ["the EU's special representative"], ["European Union"], None, "official"),
        person("John Kirby", [S("John Kirby")], ["White House spokesman"], ["White House"], "US", "official"),
    ]
    orgs = [
        org("Danube Institute for European Policy",
            [S("DANUBE INSTITUTE FOR EUROPEAN POLICY"), S("Danube Institute for European Policy"), S("DIEP")],
            "think_tank"),
        org("European Union", E("EU") + [W("Brussels", "Unless Brussels attaches"),
                                         W("Brussels", "Brussels has little leverage")], "international"),
        org("Association of Serb-majority Municipalities",
            [S("Association of Serb-majority Municipalities"), S("The association"),
             W("the association", "Kurti insisted that the association"),
             W("the association", "statute for the association")], "other"),
        org("Constitutional Court of Kosovo", [S("Constitutional Court")], "government"),
        org("Kosovo Police", [W("Kosovo police", "When Kosovo police"), W("Kosovo police", "a Kosovo police officer")],
            "government"),
        org("NATO", [S("NATO")], "international"),
        org("KFOR", E("KFOR"), "international"),
        org("Central Bank of Kosovo", [S("Central Bank of Kosovo")], "government"),
        org("Venice Commission", [S("Venice Commission")], "international"),
        org("White House", [S("White House")], "government"),
    ]
    states = [
        state("Serbia", E("Serbia") + [W("Serbian", "Serbian-run"), W("Serbian", "Serbian military build-up")]
              + E("Belgrade")),
        state("Kosovo", E("Kosovo", skip_in=("Central Bank of Kosovo",)) + E("Pristina")),
        state("United States", [W("Washington", "Five days later Washington"), S("the United States")]),
    ]
    feb = S("Josep Borrell announced in Brussels that Aleksandar Vučić and Albin Kurti had accepted a new framework")
    events = [
        event("agreement", "Vučić and Kurti accept the EU-backed Agreement on the Path to Normalisation "
              "(announced by Borrell in Brussels)", "2023-02-27", "On 27 February last year",
              ["Aleksandar Vučić", "Albin Kurti", "Josep Borrell", "Serbia", "Kosovo", "European Union"],
              "Brussels", feb),
        event("agreement", "First Agreement of Principles Governing the Normalisation of Relations "
              "(Brussels Agreement)", "2013-04-19", "in April 2013", ["Serbia", "Kosovo", "European Union"],
              "Brussels",
              S("in April 2013, when Belgrade and Pristina initialled the First Agreement of Principles Governing "
                "the Normalisation of Relations")),
        event("agreement", "2015 implementing deal on the Association of Serb-majority Municipalities", "2015",
              "2015", ["Serbia", "Kosovo"], None, S("the 2015 implementing deal")),
        event("other", "Kosovo's Constitutional Court rules parts of the 2015 deal incompatible with the "
              "constitution", "2015", "", ["Constitutional Court of Kosovo"], "Kosovo",
              S("Kosovo's Constitutional Court found parts of the 2015 implementing deal incompatible with the "
                "constitution")),
        event("other", "Establishment of the Association of Serb-majority Municipalities (promised, never "
              "realised)", None, "", ["Kosovo"], "Kosovo", S("The association was never established")),
        event("agreement", "Implementation annex to the normalisation agreement agreed in Ohrid", "2023-03-18",
              "on 18 March", ["Serbia", "Kosovo", "European Union", "Josep Borrell"], "Ohrid",
              S("an implementation annex followed in Ohrid on 18 March")),
        event("election", "Local elections in four northern municipalities, boycotted by Serbs", "2023-04",
              "the April elections", ["Kosovo"], "northern Kosovo",
              S("Serbs boycotted the April elections in four northern municipalities")),
        event("other", "Kosovo police install the ethnic Albanian mayors in the northern municipalities",
              "2023-05", "in late May", ["Kosovo Police"], "northern Kosovo",
              S("When Kosovo police installed them in late May")),
        event("other", "Violent protests in Zvečan in which around 30 KFOR peacekeepers are injured", "2023-05",
              "", ["KFOR"], "Zvečan",
              S("protests turned violent and around 30 peacekeepers of the NATO-led KFOR mission were injured in "
                "Zvečan")),
        event("sanctions", "EU \"temporary measures\" on Kosovo (cut high-level contacts, frozen funds)", "2023",
              "", ["European Union", "Kosovo"], None,
              S("The EU responded by imposing \"temporary measures\" on Kosovo")),
        event("military", "Attack by armed Serbs in Banjska, killing a Kosovo police officer", "2023-09-24",
              "on 24 September", [], "Banjska", S("The attack in Banjska on 24 September")),
        event("military", "Serbian military build-up along the boundary (warned of by Washington)", "2023-09",
              "Five days later", ["Serbia"], "Serbia-Kosovo boundary",
              S("a large Serbian military build-up along the boundary")),
        event("other", "Serbia's EU accession (stalled)", None, "", ["Serbia", "European Union"], None,
              S("Serbia's EU accession")),
        event("other", "Visa liberalisation for Kosovo takes effect", "2024-01", "in January this year",
              ["Kosovo", "European Union"], None,
              S("Kosovo's visa liberalisation took effect in January this year")),
        event("other", "Central Bank of Kosovo bans the Serbian dinar as a means of payment", "2024-02-01",
              "from 1 February", ["Central Bank of Kosovo"], "Kosovo",
              S("The Central Bank of Kosovo's ban on the Serbian dinar as a means of payment from 1 February")),
        event("sanctions", "Proposed lifting of the remaining EU measures against Kosovo", None, "",
              ["European Union", "Kosovo"], None, S("lift the remaining measures against Kosovo")),
        event("other", "Proposed submission of a draft statute for the association to the Venice Commission",
              None, "", ["Kosovo", "Venice Commission"], None,
              S("Pristina submits a draft statute for the association to the Venice Commission")),
    ]
    assess = S("the structural problem is that the dialogue offers both leaders rewards only in the distant future")
    statements = [
        stmt("Constitutional Court of Kosovo", "indirect",
             S("parts of the 2015 implementing deal incompatible with the constitution"), S("found")),
        stmt("Josep Borrell", "indirect", S("Aleksandar Vučić and Albin Kurti had accepted a new framework"),
             S("announced")),
        stmt("Aleksandar Vučić", "indirect", S("he would \"never sign anything that means recognition\""),
             S("told Serbian television")),
        stmt("Albin Kurti", "indirect", S("the association could only be created within Kosovo's constitutional order"),
             S("insisted")),
        stmt("Kosovo", "according_to",
             S("a step that, according to the Kosovo government, rewarded Belgrade for the unrest"),
             S("according to the Kosovo government")),
        stmt("Albin Kurti", "indirect", S("Belgrade of organising it"), S("accused")),
        stmt("Aleksandar Vučić", "indirect", S("any involvement"), S("denied")),
        stmt("Aleksandar Vučić", "indirect", S("the attackers had acted on their own"),
             W("said", "and said the attackers")),
        stmt("United States", "indirect", S("a large Serbian military build-up along the boundary"),
             S("warned", after="Five days later")),
        stmt("Serbia", "indirect", S("\"a campaign of fake news\""), S("called")),
        stmt(MK, "author_opinion", assess, S("In our assessment")),
        stmt(IB, "author_opinion", assess, S("In our assessment")),
        stmt("Josep Borrell", "indirect", S("the parties had \"agreed on everything that needed to be agreed\""),
             S("told reporters")),
        stmt("Josep Borrell", "indirect", S("no signature had been obtained"), S("acknowledging")),
        stmt("senior EU official", "indirect",
             S("the dinar ban had \"wiped out a year of confidence-building in a single week\""),
             W("said", "The official said")),
    ]
    stall = S("The dialogue has stalled less because of the text than because neither government pays a domestic "
              "price for ignoring it, while the cost of compliance is immediate.")
    unless = S("Unless Brussels attaches concrete benefits to each step, the agreement will remain a paper commitment.")
    dissolved = S("It dissolved Serbian-run police and courts in the north in exchange for a promised Association of "
                  "Serb-majority Municipalities.")
    court = S("Kosovo's Constitutional Court found parts of the 2015 implementing deal incompatible with the "
              "constitution, and successive governments in Pristina treated the body as a threat to the state's unity.")
    boycott = S("Serbs boycotted the April elections in four northern municipalities, so ethnic Albanian mayors took "
                "office on a turnout of under 4 per cent.")
    install = S("When Kosovo police installed them in late May, protests turned violent and around 30 peacekeepers of "
                "the NATO-led KFOR mission were injured in Zvečan.")
    leverage = S("As a result, Brussels has little leverage left.")
    dinar = S("The Central Bank of Kosovo's ban on the Serbian dinar as a means of payment from 1 February has made "
              "matters worse, because it hit the pensions and salaries that Belgrade pays to Serbs in the north and "
              "deepened their distrust of Pristina's institutions.")
    revive = S("As long as both sides keep meeting under the EU's special representative, Miroslav Lajčák, the "
               "framework can be revived once the electoral calendars in both countries clear.")
    claims = [
        claim("text of the agreement", "stalling of the dialogue", "+", "negated", stall, AUTHOR),
        claim("no domestic price for ignoring the agreement", "stalling of the dialogue", "+", "asserted", stall,
              AUTHOR),
        claim("immediate cost of compliance", "stalling of the dialogue", "+", "asserted", stall, AUTHOR),
        claim("Brussels not attaching concrete benefits to each step", "agreement remaining a paper commitment",
              "+", "conditional", unless, AUTHOR),
        claim("2013 First Agreement", "Serbian-run police and courts in the north", "-", "asserted", dissolved,
              AUTHOR),
        claim("promised Association of Serb-majority Municipalities",
              "dissolution of Serbian-run police and courts", "+", "asserted", dissolved, AUTHOR),
        claim("Constitutional Court ruling against the 2015 deal", "establishment of the association", "-",
              "asserted", court, AUTHOR),
        claim("Pristina governments treating the association as a threat to the state's unity",
              "establishment of the association", "-", "asserted", court, AUTHOR),
        claim("document implying recognition", "Vučić signing", "-", "asserted",
              S("he would \"never sign anything that means recognition\""), "Aleksandar Vučić"),
        claim("consistency with Kosovo's constitutional order", "creation of the association", "+", "conditional",
              S("the association could only be created within Kosovo's constitutional order"), "Albin Kurti"),
        claim("Serb boycott of the April elections", "ethnic Albanian mayors taking office on a tiny turnout", "+",
              "asserted", boycott, AUTHOR),
        claim("police installation of the mayors", "violent protests", "+", "asserted", install, AUTHOR),
        claim("violent protests", "injuries to KFOR peacekeepers", "+", "asserted", install, AUTHOR),
        claim("violence in the north", "EU temporary measures on Kosovo", "+", "asserted",
              S("The EU responded by imposing \"temporary measures\" on Kosovo, cutting high-level contacts and "
                "freezing some funds"), AUTHOR),
        claim("EU temporary measures on Kosovo", "reward for Belgrade for the unrest", "+", "asserted",
              S("a step that, according to the Kosovo government, rewarded Belgrade for the unrest"), "Kosovo"),
        claim("Banjska attack", "hardening of positions", "+", "asserted",
              S("The attack in Banjska on 24 September, in which a group of armed Serbs killed a Kosovo police "
                "officer, hardened positions further."), AUTHOR),
        claim("Belgrade", "Banjska attack", "+", "asserted", S("Kurti accused Belgrade of organising it"),
              "Albin Kurti"),
        claim("involvement of the Serbian state", "Banjska attack", "+", "negated", S("Vučić denied any involvement"),
              "Aleksandar Vučić"),
        claim("rewards only in the distant future", "progress of the dialogue", "-", "asserted", assess, AUTHOR),
        claim("reasons beyond Kosovo", "stalling of Serbia's EU accession", "+", "asserted",
              S("Serbia's EU accession is stalled for reasons that go well beyond Kosovo"), AUTHOR),
        claim("Kosovo's conduct", "visa liberalisation for Kosovo", "+", "negated",
              S("Kosovo's visa liberalisation took effect in January this year regardless of its conduct"), AUTHOR),
        claim("stalled Serbian EU accession", "EU leverage", "-", "asserted", leverage, AUTHOR),
        claim("unconditional visa liberalisation for Kosovo", "EU leverage", "-", "asserted", leverage, AUTHOR),
        claim("dinar ban", "Serbia-Kosovo situation (matters made worse)", "-", "asserted", dinar, AUTHOR),
        claim("dinar ban", "pensions and salaries Belgrade pays to Serbs in the north", "-", "asserted", dinar,
              AUTHOR),
        claim("dinar ban", "Serb distrust of Pristina's institutions", "+", "asserted", dinar, AUTHOR),
        claim("dinar ban", "confidence-building", "-", "asserted",
              S("the dinar ban had \"wiped out a year of confidence-building in a single week\""),
              "senior EU official"),
        claim("Pristina submitting a draft statute to the Venice Commission", "lifting of EU measures against Kosovo",
              "+", "conditional",
              S("The EU should lift the remaining measures against Kosovo if Pristina submits a draft statute for "
                "the association to the Venice Commission."), AUTHOR),
        claim("Serbian step towards de facto recognition", "Serbia's next accession cluster", "+", "conditional",
              S("Serbia's next accession cluster should be tied to a clear step towards de facto recognition"),
              AUTHOR),
        claim("divergent EU and US messages", "capitals playing the EU and the US against each other", "+",
              "asserted", S("their divergent messages in 2023 allowed both capitals to play them against each other"),
              AUTHOR),
        claim("continued meetings under the EU special representative", "revival of the framework", "+",
              "conditional", revive, AUTHOR),
        claim("clearing of the electoral calendars", "revival of the framework", "+", "conditional", revive,
              AUTHOR),
    ]
    tgt = "serbia_kosovo_relations_outlook"
    stances = [
        stance(AUTHOR, tgt, -1, [S("The outlook for 2024 is poor but not hopeless."), leverage, unless]),
        stance("Josep Borrell", tgt, 1, [S("agreed on everything that needed to be agreed")]),
        stance("senior EU official", tgt, -1, [S("wiped out a year of confidence-building in a single week")]),
    ]
    concepts = [
        "EU-facilitated Belgrade-Pristina dialogue", "Agreement on the Path to Normalisation and Ohrid annex",
        "2013 First Agreement (Brussels Agreement)", "Association of Serb-majority Municipalities",
        "Kosovo's constitutional order / Constitutional Court ruling", "recognition of Kosovo by Serbia",
        "domestic cost of compliance vs. price of non-compliance", "Serb boycott of northern local elections",
        "violence in the north (Zvečan, Banjska)", "EU temporary measures on Kosovo",
        "Serbian military build-up", "Serbia's EU accession", "Kosovo's visa liberalisation",
        "EU leverage and conditionality", "dinar ban and Belgrade-funded institutions",
        "Serb distrust of Pristina's institutions", "EU-US coordination",
        "electoral calendars in Serbia and Kosovo",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
