"""Gold for 307 (India-Pakistan, Indus Waters Treaty dispute, two-capital news wire dated
Friday 27 January 2023).

Decisions: as in 301, the "(Reporting by ...; Editing by ...)" trailer is a credit line (content),
only the copyright line is boilerplate; the editor is a person. The "ISLAMABAD/NEW DELHI"
dateline, the byline's "in Islamabad" / "in New Delhi", "In New Delhi, ..." (reporting location)
and the think tank's address are not state mentions; "The Hague" names the place of the hearings
(Netherlands). "two Indian hydropower projects" is not a state mention (projects); "Indian
paramilitary police", "Indian jets", "Indian-administered" are. Dates: "on Friday" -> 2023-01-27,
"this week" / "earlier this month" -> 2023-01, "last year" -> 2022, "Less than two weeks later"
(after February 2019) -> 2019-02, "that August" -> 2019-08.
"""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "307_india_pakistan_indus.txt"
AUTHOR = "author"
PFO = "Pakistan Foreign Office"
AR, VS, AB, MB = "Ayesha Rind", "Vikram Sahni", "Arindam Bagchi", "Mumtaz Zahra Baloch"
SIO, PO = "senior Indian official", "Pakistani official"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Pakistan rejects Indian push to renegotiate Indus treaty as arbitration opens")
    meta = {"title": title["text"], "authors": ["Sana Qureshi", "Rohan Mehta"], "publisher": "Asia Pacific Newswire",
            "date": "2023-01-27", "date_evidence": S("January 27, 2023")}
    boiler = [S("© 2023 Asia Pacific Newswire. All rights reserved.")]
    persons = [
        person("Sana Qureshi", E("Sana Qureshi"), ["reporter"], ["Asia Pacific Newswire"], None, "other"),
        person("Rohan Mehta", E("Rohan Mehta"), ["reporter"], ["Asia Pacific Newswire"], None, "other"),
        person("Clare Dunmore", [S("Clare Dunmore")], ["editor"], ["Asia Pacific Newswire"], None, "other"),
        person(MB, [S(MB)], ["Foreign office spokeswoman"], [PFO], "PK", "official"),
        person(AB, [S(AB), W("Bagchi", "Bagchi told reporters")], ["foreign ministry spokesman"],
               ["Ministry of External Affairs of India"], "IN", "official"),
        person("Nitin Gadkari", [S("India's water resources minister at the time"), S("Nitin Gadkari")],
               ["water resources minister (at the time)"], [], "IN", "official"),
        person(AR, [S(AR), W("Rind", "Rind said")],
               ["water policy researcher at the Indus Basin Institute"], ["Indus Basin Institute"], None, "expert"),
        person(VS, [S(VS)], ["senior fellow at the Centre for Himalayan Water Studies"],
               ["Centre for Himalayan Water Studies"], None, "expert"),
    ]
    orgs = [
        org("Asia Pacific Newswire", E("Asia Pacific Newswire") + [S("APN")], "media"),
        org(PFO, [S("the foreign office said"), W("Foreign office", "Foreign office spokeswoman")], "government"),
        org("Ministry of External Affairs of India", [W("foreign ministry", "foreign ministry spokesman")],
            "government"),
        org("Court of Arbitration (Indus Waters Treaty)", E("court of arbitration") + [S("the court's chairman")],
            "international"),
        org("Permanent Indus Commission", [S("Permanent Indus Commission"), S("Since then the commission")],
            "international"),
        org("World Bank", E("World Bank") + [S("The bank paused"), S("the bank's role")], "international"),
        org("Indus Basin Institute", [S("Indus Basin Institute")], "think_tank"),
        org("Centre for Himalayan Water Studies", [S("Centre for Himalayan Water Studies")], "think_tank"),
    ]
    states = [
        state("Pakistan", E("Pakistan") + [S("Pakistani")] + [
            W("Islamabad", "notice to Islamabad"), W("Islamabad", "that Islamabad was examining"),
            W("Islamabad", "forcing Islamabad back"), W("Islamabad", "Islamabad was unlikely")]),
        state("India", E("India") + E("Indian", skip_in=("two Indian hydropower projects",)) + [
            W("New Delhi", "saying New Delhi could not"), W("New Delhi", "said New Delhi would not"),
            W("New Delhi", "what New Delhi called"), W("Delhi", "Nobody in Delhi")]),
        state("Netherlands", [S("The Hague"), W("Hague", "the Hague hearings")]),
    ]
    events = [
        event("declaration", "Pakistan rejects India's demand to renegotiate the Indus Waters Treaty (foreign office "
              "statement)", "2023-01-27", "on Friday", ["Pakistan"], None,
              S("Pakistan on Friday rejected India's demand to renegotiate the 1960 Indus Waters Treaty")),
        event("agreement", "Indus Waters Treaty", "1960", "1960", ["India", "Pakistan", "World Bank"], None,
              S("the 1960 Indus Waters Treaty")),
        event("other", "Court of arbitration opens hearings in The Hague on two Indian hydropower projects",
              "2023-01", "this week", ["Court of Arbitration (Indus Waters Treaty)", "Pakistan"], "The Hague",
              S("a court of arbitration that opened hearings in The Hague this week")),
        event("declaration", "India's notice to Pakistan seeking modification of the treaty", "2023-01",
              "earlier this month", ["India", "Pakistan"], None, S("India sent a notice to Islamabad earlier this month")),
        event("conference", "Pakistan foreign office weekly briefing", "2023-01", "", [MB], None,
              S("told a weekly briefing")),
        event("other", "India's request to the World Bank for a neutral expert", "2016", "", ["India", "World Bank"],
              None, S("India asked the World Bank")),
        event("other", "Pakistan's request for a court of arbitration", "2016", "", ["Pakistan", "World Bank"], None,
              S("Pakistan asked for a court of arbitration")),
        event("other", "World Bank pauses both requests", "2016-12", "in December 2016", ["World Bank"], None,
              S("The bank paused both requests in December 2016")),
        event("other", "World Bank appoints a neutral expert and the court's chairman", "2022", "last year",
              ["World Bank"], None, S("appointed both a neutral expert and the court's chairman last year")),
        event("military", "Three India-Pakistan wars survived by the treaty", None, "", ["India", "Pakistan"], None,
              S("The treaty has survived three wars")),
        event("military", "Suicide bombing killing 40 Indian paramilitary police in Kashmir", "2019-02",
              "in February 2019", [], "Kashmir",
              S("a suicide bombing killed 40 Indian paramilitary police in Kashmir in February 2019")),
        event("other", "Planned stop of India's unused share of the eastern rivers flowing into Pakistan", None, "",
              ["India"], None, S("India would stop its unused share of the eastern rivers from flowing into Pakistan")),
        event("military", "Indian air strike at Balakot", "2019-02", "Less than two weeks later", ["India"],
              "Balakot, Pakistan", S("Indian jets struck what New Delhi called a militant camp at Balakot")),
        event("other", "India revokes Kashmir's special status", "2019-08", "that August", ["India"], "Kashmir",
              S("India revoked Kashmir's special status")),
        event("other", "Pakistan downgrades diplomatic ties with India", "2019-08", "", ["Pakistan", "India"], None,
              S("Pakistan downgraded diplomatic ties")),
        event("sanctions", "Pakistan suspends trade with India", "2019-08", "", ["Pakistan", "India"], None,
              S("suspended trade in response")),
        event("meeting", "Government-to-government talks on modifying the treaty (within 90 days of the notice)",
              None, "", ["India", "Pakistan"], None, S("government-to-government talks")),
    ]
    fo = S("the foreign office said in a statement")
    bagchi = S("Bagchi told reporters")
    sahni = W("he said", "success,\" he said")
    statements = [
        stmt("Pakistan", "indirect",
             S("New Delhi could not use the request to escape a court of arbitration that opened hearings in The "
               "Hague this week over two Indian hydropower projects"), W("saying", "Treaty, saying")),
        stmt("India", "indirect", S("Pakistan's refusal to resolve the dispute bilaterally"),
             S("citing what it called")),
        stmt(PFO, "direct_quote",
             S("The treaty is a binding international agreement. It contains no provision that allows one party to "
               "rewrite it on its own"), fo),
        stmt(PFO, "direct_quote",
             S("Pakistan will not be pressured into reopening questions that were settled six decades ago"), fo),
        stmt(MB, "indirect", S("Islamabad was examining the notice and would reply \"in due course\""),
             S("told a weekly briefing")),
        stmt(MB, "indirect", S("India could not pick which parts of the treaty's dispute mechanism it would recognise"),
             S("she stressed")),
        stmt(AB, "indirect", S("India had tried for five years to find a way forward through the Permanent Indus "
                               "Commission"), W("said", "Arindam Bagchi said")),
        stmt(AB, "direct_quote", S("We showed patience"), bagchi),
        stmt(AB, "direct_quote",
             S("In return we got two legal processes running on the same question at the same time, which the treaty "
               "never envisaged"), bagchi),
        stmt("Pakistan", "indirect",
             S("the plants' pondage and low spillway gates would allow India to hold back water in the critical "
               "sowing season"), S("Pakistan argues")),
        stmt(SIO, "indirect",
             S("New Delhi would not take part in the Hague hearings because running both processes together risked "
               "contradictory rulings"), W("said", "declined to be named said")),
        stmt(SIO, "direct_quote", S("Two forums, two verdicts, and then what"), S("the official said")),
        stmt("World Bank spokesperson", "according_to",
             S("the bank's role under the treaty is \"limited and procedural\" and it has no power to decide which "
               "forum takes precedence"), S("According to a World Bank spokesperson")),
        stmt("analysts", "indirect", S("it has rarely been under such strain"), S("analysts say")),
        stmt("Nitin Gadkari", "indirect",
             S("India would stop its unused share of the eastern rivers from flowing into Pakistan"),
             W("said", "Nitin Gadkari, said")),
        stmt("India", "indirect", S("a militant camp at Balakot"), W("called", "New Delhi called")),
        stmt(AR, "indirect",
             S("Since then the commission, which is supposed to meet at least once a year, has met only sporadically, "
               "leaving lawyers to do what engineers once did"), S("said Ayesha Rind")),
        stmt(AR, "direct_quote",
             S("Pakistan's farms depend on the Indus for most of their irrigation, so even a few days of reduced flow "
               "at the wrong time hurts wheat yields"), S("Rind said")),
        stmt(AR, "indirect",
             S("glacier melt driven by climate change would make the flows less predictable and the dispute harder to "
               "manage"), S("She warned")),
        stmt(VS, "indirect",
             S("India's notice was less about tearing up the treaty than about forcing Islamabad back to the table"),
             W("said", "in New Delhi, said")),
        stmt(VS, "direct_quote",
             S("Nobody in Delhi wants to be blamed for ending a treaty that the whole world holds up as a success"),
             sahni),
        stmt(VS, "direct_quote",
             S("But as long as Pakistan can internationalise every technical objection, India will keep pushing for a "
               "new framework"), sahni),
        stmt(PO, "indirect", S("Islamabad was unlikely to agree unless India first returned to the arbitration"),
             W("said", "anonymity, said")),
    ]
    official = S("New Delhi would not take part in the Hague hearings because running both processes together risked "
                 "contradictory rulings")
    aug = S("India revoked Kashmir's special status and Pakistan downgraded diplomatic ties and suspended trade in "
            "response")
    rind = S("Since then the commission, which is supposed to meet at least once a year, has met only sporadically, "
             "leaving lawyers to do what engineers once did")
    farms = S("Pakistan's farms depend on the Indus for most of their irrigation, so even a few days of reduced flow "
              "at the wrong time hurts wheat yields")
    melt = S("glacier melt driven by climate change would make the flows less predictable and the dispute harder to "
             "manage")
    notice = S("India's notice was less about tearing up the treaty than about forcing Islamabad back to the table")
    claims = [
        claim("India's renegotiation request", "escape from the court of arbitration", "+", "negated",
              S("New Delhi could not use the request to escape a court of arbitration"), "Pakistan"),
        claim("Pakistan's refusal to resolve the dispute bilaterally", "India's notice to modify the treaty", "+",
              "asserted", S("India sent a notice to Islamabad earlier this month seeking to modify the treaty, which "
                            "divides the rivers of the Indus basin between the nuclear-armed neighbours, citing what it "
                            "called Pakistan's refusal to resolve the dispute bilaterally."), "India"),
        claim("treaty provisions", "one party rewriting the treaty on its own", "+", "negated",
              S("It contains no provision that allows one party to rewrite it on its own"), PFO),
        claim("pressure", "Pakistan reopening settled questions", "+", "negated",
              S("Pakistan will not be pressured into reopening questions that were settled six decades ago"), PFO),
        claim("Indus Waters Treaty", "Indian run-of-the-river plants on the western rivers", "+", "conditional",
              S("lets India build run-of-the-river plants on them, subject to design limits"), AUTHOR),
        claim("pondage and low spillway gates", "India holding back water in the sowing season", "+", "hedged",
              S("the plants' pondage and low spillway gates would allow India to hold back water in the critical "
                "sowing season"), "Pakistan"),
        claim("World Bank pause of both requests", "bilateral settlement", "+", "asserted",
              S("The bank paused both requests in December 2016 so the two sides could settle the matter between "
                "themselves"), AUTHOR),
        claim("failure of bilateral efforts", "appointment of a neutral expert and the court's chairman", "+",
              "asserted", S("appointed both a neutral expert and the court's chairman last year after those efforts "
                            "failed"), AUTHOR),
        claim("risk of contradictory rulings from parallel processes", "India's participation in the Hague hearings",
              "-", "asserted", official, SIO),
        claim("running both processes together", "contradictory rulings", "+", "hedged", official, SIO),
        claim("wars", "survival of the treaty", "-", "negated", S("The treaty has survived three wars"), AUTHOR),
        claim("suicide bombing in Kashmir", "Gadkari's threat to stop water flowing to Pakistan", "+", "asserted",
              S("After a suicide bombing killed 40 Indian paramilitary police in Kashmir in February 2019, India's "
                "water resources minister at the time, Nitin Gadkari, said India would stop its unused share of the "
                "eastern rivers from flowing into Pakistan."), AUTHOR),
        claim("suicide bombing in Kashmir", "Indian air strike at Balakot", "+", "asserted",
              S("Less than two weeks later Indian jets struck what New Delhi called a militant camp at Balakot."),
              AUTHOR),
        claim("revocation of Kashmir's special status", "India-Pakistan relations", "-", "asserted",
              S("Relations worsened that August, when India revoked Kashmir's special status"), AUTHOR),
        claim("revocation of Kashmir's special status", "Pakistan downgrading diplomatic ties", "+", "asserted", aug,
              AUTHOR),
        claim("revocation of Kashmir's special status", "suspension of trade by Pakistan", "+", "asserted", aug,
              AUTHOR),
        claim("deterioration of relations since 2019", "meetings of the Permanent Indus Commission", "-", "asserted",
              rind, AR),
        claim("commission meeting only sporadically", "lawyers taking over from engineers", "+", "asserted", rind, AR),
        claim("Indus waters", "irrigation of Pakistan's farms", "+", "conditional", farms, AR),
        claim("reduced flow at the wrong time", "wheat yields", "-", "asserted", farms, AR),
        claim("climate change", "glacier melt", "+", "asserted", S("glacier melt driven by climate change"), AR),
        claim("glacier melt", "predictability of the flows", "-", "hedged", melt, AR),
        claim("glacier melt", "manageability of the dispute", "-", "hedged", melt, AR),
        claim("India's notice", "Pakistan returning to the negotiating table", "+", "asserted", notice, VS),
        claim("India's notice", "tearing up the treaty", "+", "negated", notice, VS),
        claim("fear of blame for ending a celebrated treaty", "Indian readiness to end the treaty", "-", "asserted",
              S("Nobody in Delhi wants to be blamed for ending a treaty that the whole world holds up as a success"),
              VS),
        claim("Pakistan internationalising technical objections", "India pushing for a new framework", "+",
              "conditional", S("as long as Pakistan can internationalise every technical objection, India will keep "
                               "pushing for a new framework"), VS),
        claim("India returning to the arbitration", "Pakistan agreeing to talks", "+", "conditional",
              S("Islamabad was unlikely to agree unless India first returned to the arbitration"), PO),
    ]
    tgt = "india_pakistan_relations_outlook"
    stances = [
        stance("analysts", tgt, -1, [S("it has rarely been under such strain")]),
        stance(AR, tgt, -1, [rind, melt]),
        stance(VS, tgt, 0, [notice, S("Nobody in Delhi wants to be blamed for ending a treaty that the whole world "
                                      "holds up as a success")]),
    ]
    concepts = [
        "Indus Waters Treaty", "India's notice to modify the treaty", "court of arbitration", "neutral expert",
        "parallel dispute processes / contradictory rulings", "World Bank role", "Kishenganga and Ratle hydropower "
        "projects", "pondage and spillway design / control of flows", "Permanent Indus Commission and bilateral "
        "channels", "2019 Kashmir bombing and Balakot strike", "revocation of Kashmir's special status",
        "downgraded diplomatic ties and trade suspension", "Pakistan's irrigation dependence and wheat yields",
        "climate change and glacier melt", "internationalisation of technical objections",
        "reputational cost of ending the treaty", "government-to-government renegotiation talks",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
