"""Gold for 402 (Morocco-Algeria, op-ed dated 12 September 2022, byline + bio + disclaimer).

Decisions: the "Opinion | The Mediterranean Ledger" kicker names the outlet and is content; the
disclaimer line is boilerplate, the bio is content. The author's first-person cues ("I would argue",
"In my view", "As I wrote in these pages last year") are author_opinion statements of Samir
Benkirane; his causal claims and stance are "author". "the Trump administration" is a mention of
Donald Trump; appositive descriptions ("Algeria's foreign minister", "the UN envoy") are person
mentions. Western Sahara is a territory, not a state. Moroccan/Algerian/Spanish qualifying
aircraft, tourists, lorry drivers or "Algerians" are not state mentions; "Algerian independence",
"Algerian intelligence", "Algerian fears", "Moroccan sovereignty" are. "X blamed Y (on Z)" is a
statement whose content is the blaming clause. Relative dates against 12 September 2022:
"Last year" / "last year" -> 2021, "in March" / "in June" / "on 30 July" / "in July" -> 2022,
"Last November" -> 2021-11, "in November" (summit) -> 2022-11, "the following November" after
December 2020 -> 2021-11, "Within a month" of 24 August 2021 -> 2021 (month not certain),
"in the spring" -> 2022.
"""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "402_morocco_algeria_oped.txt"
AUTHOR = "author"
SB = "Samir Benkirane"
RL = "Ramtane Lamamra"
M6 = "Mohammed VI"
AT = "Abdelmadjid Tebboune"
SM = "Staffan de Mistura"
IMEI = "Institute for Maghreb Economic Integration"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Morocco and Algeria are paying for a border neither can win")
    meta = {"title": title["text"], "authors": [SB], "publisher": "The Mediterranean Ledger",
            "date": "2022-09-12", "date_evidence": S("12 September 2022")}
    boiler = [S("The views expressed in this article are the author's own.")]
    persons = [
        person(SB, E("Samir Benkirane"), ["senior fellow at the Carthage Forum for Mediterranean Affairs"],
               ["Carthage Forum for Mediterranean Affairs"], None, "expert"),
        person(RL, [S("Algeria's foreign minister"), S("Ramtane Lamamra")], ["Foreign Minister of Algeria"], [],
               "DZ", "official"),
        person("Donald Trump", [W("Trump", "the Trump administration")], [], [], "US", "leader"),
        person("Pedro Sánchez", [S("Pedro Sánchez")], ["Prime Minister of Spain"], [], "ES", "leader"),
        person(M6, [S("Mohammed VI")], ["King of Morocco"], [], "MA", "leader"),
        person(AT, [S("Abdelmadjid Tebboune")], ["President of Algeria"], [], "DZ", "leader"),
        person(SM, [S("Staffan de Mistura"), S("the UN envoy")], ["UN envoy"], ["United Nations"], None,
               "official"),
    ]
    orgs = [
        org("The Mediterranean Ledger", [S("The Mediterranean Ledger")], "media"),
        org("Organisation of African Unity", [S("Organisation of African Unity")], "international"),
        org("Polisario Front", [S("Polisario Front")], "other"),
        org("Algerian intelligence", [S("Algerian intelligence")], "government"),
        org(IMEI, [S(IMEI)], "think_tank"),
        org("United Nations", E("UN"), "international"),
        org("Arab League", [S("Arab League")], "international"),
        org("Carthage Forum for Mediterranean Affairs", [S("Carthage Forum for Mediterranean Affairs")],
            "think_tank"),
    ]
    states = [
        state("Morocco", E("Morocco") + E("Rabat") + [W("Moroccan", "recognised Moroccan sovereignty")]),
        state("Algeria", E("Algeria") + E("Algiers")
              + [W("Algerian", "after Algerian independence"), W("Algerian", "blamed Algerian intelligence"),
                 W("Algerian", "deepened Algerian fears")]),
        state("Spain", E("Spain") + E("Madrid")),
        state("Israel", [S("Israel")]),
    ]
    closure = S("The land border has been closed since 1994")
    sand = S("the two armies fought the Sand War over the undefined frontier around Tindouf and Figuig")
    ceasefire_s = S("A ceasefire brokered by the Organisation of African Unity ended the shooting but not the "
                    "suspicion")
    rupture = S("On 24 August 2021, Algeria's foreign minister, Ramtane Lamamra, announced that his government was "
                "severing diplomatic relations")
    pipeline = S("at the end of October it let the contract for the Maghreb-Europe gas pipeline, which crossed "
                 "Morocco to reach Spain, expire")
    recog = S("In December 2020 the Trump administration recognised Moroccan sovereignty over Western Sahara")
    defence = S("the defence agreement the two signed the following November")
    shift = S("Spain's shift in March, when Prime Minister Pedro Sánchez endorsed Rabat's autonomy plan")
    strike = S("three Algerian lorry drivers were killed in a strike that Algiers blamed on Morocco")
    summit = S("The Arab League summit that Algiers is due to host in November")
    events = [
        event("other", "Closure of the Moroccan-Algerian land border", "1994", "since 1994", ["Algeria", "Morocco"],
              "Moroccan-Algerian border", closure),
        event("military", "Sand War between Morocco and Algeria", "1963-10", "In October 1963", ["Morocco", "Algeria"],
              "Tindouf and Figuig", sand),
        event("other", "Algerian independence", "1962", "barely a year after", ["Algeria"], None,
              S("Algerian independence")),
        event("agreement", "Ceasefire brokered by the Organisation of African Unity ending the Sand War", "1963", "",
              ["Organisation of African Unity", "Morocco", "Algeria"], None,
              S("A ceasefire brokered by the Organisation of African Unity")),
        event("other", "Spain withdraws from Western Sahara", "1975", "in 1975", ["Spain"], "Western Sahara",
              S("Spain withdrew from Western Sahara in 1975")),
        event("other", "Attack on a Marrakesh hotel killing two Spanish tourists", "1994", "", [], "Marrakesh",
              S("an attack on a Marrakesh hotel that killed two Spanish tourists")),
        event("other", "Morocco imposes visas on Algerians", "1994", "", ["Morocco"], None,
              S("imposed visas on Algerians")),
        event("other", "Algeria severs diplomatic relations with Morocco", "2021-08-24", "On 24 August 2021",
              [RL, "Algeria", "Morocco"], None, rupture),
        event("other", "Algeria closes its airspace to Moroccan aircraft", "2021", "Within a month", ["Algeria"],
              None, S("Algiers had closed its airspace to Moroccan aircraft")),
        event("other", "Algeria lets the Maghreb-Europe gas pipeline contract expire", "2021-10",
              "at the end of October", ["Algeria", "Morocco", "Spain"], None, pipeline),
        event("declaration", "U.S. recognition of Moroccan sovereignty over Western Sahara", "2020-12",
              "In December 2020", ["Donald Trump", "United States", "Morocco"], None, recog),
        event("agreement", "Morocco's normalisation of relations with Israel", "2020-12", "", ["Morocco", "Israel"],
              None, S("Rabat's normalisation with Israel")),
        event("agreement", "Morocco-Israel defence agreement", "2021-11", "the following November",
              ["Morocco", "Israel"], None, defence),
        event("declaration", "Spain's shift: Pedro Sánchez endorses Morocco's autonomy plan for Western Sahara",
              "2022-03", "in March", ["Pedro Sánchez", "Spain"], None, shift),
        event("other", "Algeria recalls its ambassador from Madrid", "2022-03", "", ["Algeria", "Spain"], None,
              S("to recall its ambassador from Madrid")),
        event("other", "Algeria suspends its friendship treaty with Spain", "2022-06", "in June", ["Algeria", "Spain"],
              None, S("in June, to suspend its friendship treaty with Spain")),
        event("other", "Mohammed VI's Throne Day speech", "2022-07-30", "on 30 July", [M6], None,
              S("his Throne Day speech on 30 July")),
        event("other", "Tebboune's television interview", "2022", "in the spring", [AT], None,
              S("in a television interview in the spring")),
        event("meeting", "De Mistura's talks in Rabat", "2022-07", "in July", [SM, "Morocco"], "Rabat",
              S("talks in Rabat in July")),
        event("military", "Strike killing three Algerian lorry drivers, blamed by Algiers on Morocco", "2021-11",
              "Last November", [], None, strike),
        event("summit", "Arab League summit hosted by Algiers", "2022-11", "in November", ["Arab League", "Algeria"],
              "Algiers", summit),
        event("other", "Hypothetical reopening of the border to families and goods", None, "", ["Morocco", "Algeria"],
              "Moroccan-Algerian border", S("reopen the border to families and goods")),
    ]
    argue = S("the dispute itself did not change; the balance around it did")
    gestures = S("gestures will not be enough unless they are tied to something concrete")
    talk = S("as long as the two capitals refuse even to talk, every incident in the desert risks turning into the "
             "confrontation both say they want to avoid")
    avoid = S("the confrontation both say they want to avoid")
    say = W("say", "both say they")
    study = S("the absence of a regional market costs each country one to two percentage points of growth a year, "
              "because firms cannot build supply chains across a border that does not open")
    tebboune = S("there could be no normalisation \"as long as Rabat treats the Sahara as settled\"")
    mistura = S("without dialogue between the two neighbours a political process on the territory would remain "
                "\"almost impossible\"")
    join = S("the border \"should join our peoples, not divide them\"")
    statements = [
        stmt(RL, "indirect", S("his government was severing diplomatic relations"), S("announced")),
        stmt(RL, "direct_quote", S("Morocco had made \"hostility its only policy\" towards its neighbour"),
             S("telling reporters")),
        stmt("Morocco", "indirect", S("Rabat blamed Algerian intelligence"), W("blamed", "Rabat blamed")),
        stmt("Algeria", "indirect", S("a strike that Algiers blamed on Morocco"), W("blamed", "Algiers blamed")),
        stmt(SB, "author_opinion", argue, S("I would argue")),
        stmt(IMEI, "according_to", study, S("According to a study by the Institute for Maghreb Economic Integration")),
        stmt(M6, "direct_quote", join, W("to say", "30 July to say")),
        stmt(M6, "indirect", S("Algeria to reopen it"), S("to invite")),
        stmt(AT, "direct_quote", tebboune, W("said", "for his part, said")),
        stmt(SM, "direct_quote", mistura, S("warned")),
        stmt(SB, "author_opinion", gestures, S("In my view")),
        stmt("Morocco", "indirect", avoid, say),
        stmt("Algeria", "indirect", avoid, say),
        stmt(SB, "author_opinion", S("the Maghreb has no shortage of grievances"),
             S("As I wrote in these pages last year")),
    ]
    why = S("Why then, after decades of cold peace? I would argue that the dispute itself did not change; the "
            "balance around it did.")
    price = S("Cutting ties was a way of raising the price of Rabat's diplomatic gains, not of reversing them.")
    madrid = S("Algeria has gained little, since the quarrel has pushed Madrid closer to Rabat")
    reopen = S("If the two governments agreed to reopen the border to families and goods while leaving the Sahara "
               "to the UN, the gains from trade could build a constituency for détente")
    depends = S("That depends on Algiers accepting that commerce is not a reward for Rabat, and on Rabat accepting "
                "that diplomatic victories abroad do not make its neighbour irrelevant.")
    claims = [
        claim("the border quarrel", "costs for Morocco and Algeria", "+", "asserted", title, AUTHOR),
        claim("OAU-brokered ceasefire", "the shooting", "-", "asserted", ceasefire_s, AUTHOR),
        claim("OAU-brokered ceasefire", "mutual suspicion", "-", "negated", ceasefire_s, AUTHOR),
        claim("Algeria's backing for the Polisario Front", "contest for leadership of the Maghreb", "+", "asserted",
              S("Algeria's backing for the Polisario Front turned a territorial quarrel into a contest for leadership "
                "of the Maghreb"), AUTHOR),
        claim("attack on a Marrakesh hotel", "1994 border closure", "+", "asserted",
              S("The 1994 closure itself followed an attack on a Marrakesh hotel"), AUTHOR),
        claim("attack on a Marrakesh hotel", "deaths of two Spanish tourists", "+", "asserted",
              S("an attack on a Marrakesh hotel that killed two Spanish tourists"), AUTHOR),
        claim("Marrakesh hotel attack", "Moroccan visa requirement for Algerians", "+", "asserted",
              S("Rabat blamed Algerian intelligence and imposed visas on Algerians"), AUTHOR),
        claim("Moroccan visa requirement for Algerians", "Algerian sealing of the frontier", "+", "asserted",
              S("Algiers retaliated by sealing the frontier"), AUTHOR),
        claim("change in the balance around the dispute", "2021 rupture of relations", "+", "asserted", why, AUTHOR),
        claim("change in the dispute itself", "2021 rupture of relations", "+", "negated", why, AUTHOR),
        claim("Moroccan normalisation with Israel", "U.S. recognition of Moroccan sovereignty over Western Sahara",
              "+", "asserted",
              S("the Trump administration recognised Moroccan sovereignty over Western Sahara in exchange for Rabat's "
                "normalisation with Israel"), AUTHOR),
        claim("Morocco-Israel defence agreement", "Algerian fears of encirclement", "+", "asserted",
              S("the defence agreement the two signed the following November deepened Algerian fears of "
                "encirclement"), AUTHOR),
        claim("Spain's shift on the autonomy plan", "recall of the Algerian ambassador from Madrid", "+", "asserted",
              S("Spain's shift in March, when Prime Minister Pedro Sánchez endorsed Rabat's autonomy plan, prompted "
                "Algeria to recall its ambassador from Madrid"), AUTHOR),
        claim("Spain's shift on the autonomy plan", "suspension of the Algerian-Spanish friendship treaty", "+",
              "asserted", S("Spain's shift in March, when Prime Minister Pedro Sánchez endorsed Rabat's autonomy plan, "
                            "prompted Algeria to recall its ambassador from Madrid and, in June, to suspend its "
                            "friendship treaty with Spain"), AUTHOR),
        claim("cutting ties", "price of Rabat's diplomatic gains", "+", "asserted", price, AUTHOR),
        claim("cutting ties", "reversal of Rabat's diplomatic gains", "+", "negated", price, AUTHOR),
        claim("end of the pipeline deal", "gas supply to Moroccan power stations", "-", "asserted",
              S("The end of the pipeline deal deprived Morocco of the gas that fed two of its power stations"),
              AUTHOR),
        claim("loss of gas for Moroccan power stations", "affordable electricity in Morocco", "-", "asserted",
              S("which has made it harder to keep electricity affordable in a year of record energy prices"), AUTHOR),
        claim("the quarrel", "Spanish closeness to Morocco", "+", "asserted",
              S("the quarrel has pushed Madrid closer to Rabat"), AUTHOR),
        claim("Madrid moving closer to Rabat", "Algeria's gains from the quarrel", "-", "asserted", madrid, AUTHOR),
        claim("absence of a regional market", "economic growth", "-", "asserted", study, IMEI),
        claim("closed border", "cross-border supply chains", "-", "asserted",
              S("firms cannot build supply chains across a border that does not open"), IMEI),
        claim("lack of cross-border supply chains", "lost growth", "+", "asserted", study, IMEI),
        claim("lack of domestic incentives", "a first move towards reconciliation", "-", "asserted",
              S("The problem is that neither capital has a domestic incentive to move first"), AUTHOR),
        claim("Sahara's link to the legitimacy of the independence generation",
              "concessions read in Algeria as betrayal", "+", "hedged",
              S("For Algeria's leadership the Sahara is bound up with the legitimacy of the independence generation, "
                "so any concession would be read at home as betrayal"), AUTHOR),
        claim("national consensus on the territory", "Moroccan diplomats' room for manoeuvre", "-", "asserted",
              S("In Morocco the territory is a matter of national consensus, which leaves diplomats little room to "
                "discuss anything but autonomy"), AUTHOR),
        claim("Rabat treating the Sahara as settled", "normalisation", "-", "conditional", tebboune, AT),
        claim("dialogue between the two neighbours", "political process on Western Sahara", "+", "conditional",
              mistura, SM),
        claim("strike killing three Algerian lorry drivers", "risk of open conflict", "+", "asserted",
              S("when three Algerian lorry drivers were killed in a strike that Algiers blamed on Morocco, the region "
                "came closer to open conflict than at any time in decades"), AUTHOR),
        claim("strike", "deaths of three Algerian lorry drivers", "+", "asserted",
              S("three Algerian lorry drivers were killed in a strike"), AUTHOR),
        claim("gestures tied to something concrete", "improvement of relations", "+", "conditional", gestures,
              AUTHOR),
        claim("reopening the border to families and goods", "gains from trade", "+", "conditional", reopen, AUTHOR),
        claim("gains from trade", "constituency for détente", "+", "conditional", reopen, AUTHOR),
        claim("Algiers accepting that commerce is not a reward for Rabat", "trade-led détente", "+", "conditional",
              depends, AUTHOR),
        claim("Rabat accepting that its diplomatic victories do not make Algeria irrelevant", "trade-led détente",
              "+", "conditional", depends, AUTHOR),
        claim("Arab League summit in Algiers", "Moroccan-Algerian reconciliation", "+", "negated",
              S("The Arab League summit that Algiers is due to host in November will not produce a reconciliation"),
              AUTHOR),
        claim("refusal of the two capitals to talk", "incidents turning into confrontation", "+", "conditional", talk,
              AUTHOR),
        claim("incidents in the desert", "confrontation", "+", "hedged",
              S("every incident in the desert risks turning into the confrontation"), AUTHOR),
    ]
    tgt = "morocco_algeria_relations_outlook"
    stances = [
        stance(AUTHOR, tgt, -1, [S("The Arab League summit that Algiers is due to host in November will not produce a "
                                   "reconciliation"), talk, gestures]),
        stance(RL, tgt, -2, [S("Morocco had made \"hostility its only policy\" towards its neighbour")]),
        stance(M6, tgt, 1, [join]),
        stance(AT, tgt, -1, [tebboune]),
        stance(SM, tgt, -1, [mistura]),
    ]
    concepts = [
        "Moroccan-Algerian rivalry", "closed land border (since 1994)", "Western Sahara dispute",
        "Sand War (1963)", "Algerian support for the Polisario Front", "2021 rupture of diplomatic relations",
        "Maghreb-Europe gas pipeline and Moroccan energy supply",
        "U.S. recognition of Moroccan sovereignty / Morocco-Israel normalisation",
        "Morocco-Israel defence cooperation and Algerian encirclement fears", "Spain's shift on the autonomy plan",
        "regional balance of alliances", "cost of non-integration (growth, supply chains)",
        "domestic legitimacy constraints", "royal gestures and offers of dialogue", "UN political process",
        "incidents in the desert and escalation risk", "border reopening for families and trade",
        "constituency for détente", "Arab League summit in Algiers",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
