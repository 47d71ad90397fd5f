"""Gold annotations: 306_vietnam_china_sea.html (news page with heavy furniture, Thursday
3 October 2024).

Offsets refer to ``dyad.ingest.read_document(path).text``. Of the page furniture (cookie
banner, navigation, breadcrumb, advertisement slots, share bars, photo caption, comment count,
author box, most-read sidebar, newsletter box, related stories, footer) only the inline
"Read more:" line survives extraction; it is the only boilerplate span. The byline, the
<time> date and the site name are not in the extracted text, so meta comes from the page's
visible byline, <time> element and site name, ``date_evidence`` is null and the author
(Hannah Quach) is not listed under persons.
"""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "306_vietnam_china_sea.html"
AUTHOR = "author"
MOFA_VN = "Ministry of Foreign Affairs of Vietnam"
MOFA_CN = "Ministry of Foreign Affairs of China"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    meta = {"title": "Vietnam protests to China after fishermen beaten near Paracels", "authors": ["Hannah Quach"],
            "publisher": "The Asia Meridian", "date": "2024-10-03", "date_evidence": None}
    readmore = S("Read more: To Lam chooses Beijing for his first trip as party chief")
    boiler = [readmore]
    persons = [
        person("Pham Thu Hang", [S("Pham Thu Hang")], ["foreign ministry spokeswoman"], [MOFA_VN], "VN", "official"),
        person("Lin Jian", [S("Lin Jian")], ["foreign ministry spokesman"], [MOFA_CN], "CN", "official"),
        person("Nguyen Van Tai", [S("Nguyen Van Tai")], ["the boat's captain"], [], "VN", "other"),
        person("To Lam", E("To Lam"), ["Vietnam's Communist Party chief", "President of Vietnam"],
               ["Communist Party of Vietnam"], "VN", "leader"),
        person("Xi Jinping", [S("Xi Jinping")], ["President of China"], [], "CN", "leader"),
        person("Tran Minh Khoa", [S("Tran Minh Khoa")], ["researcher at the Hanoi Institute for Ocean Policy"],
               ["Hanoi Institute for Ocean Policy"], "VN", "expert"),
        person("Rebecca Thornbury", [S("Rebecca Thornbury"), W("Thornbury", "Thornbury warned")],
               ["tracks vessel movements for the Pacific Maritime Transparency Project"],
               ["Pacific Maritime Transparency Project"], None, "expert"),
        person("Kenji Ono", [S("Kenji Ono")], ["additional reporting"], [], None, "other"),
    ]
    orgs = [
        org(MOFA_VN, [W("foreign ministry", "the foreign ministry in Hanoi"),
                      W("foreign ministry", "foreign ministry spokeswoman")], "government"),
        org(MOFA_CN, [W("foreign ministry", "foreign ministry spokesman")], "government"),
        org("China Coast Guard", [W("coast guard", "Chinese coast guard personnel"),
                                  W("coast guard", "the coast guard commanders")], "government"),
        org("VTV", [S("VTV")], "media"),
        org("Communist Party of Vietnam", [S("Communist Party")], "party"),
        org("Hanoi Institute for Ocean Policy", [S("Hanoi Institute for Ocean Policy")], "think_tank"),
        org("Pacific Maritime Transparency Project", [S("Pacific Maritime Transparency Project")], "think_tank"),
    ]
    states = [
        state("Vietnam", E("Vietnam", skip_in=("South Vietnam",))
              + [W("Hanoi", "Hanoi demands"), W("Hanoi", "Hanoi had asked"), W("Hanoi", "visit to Hanoi"),
                 W("Hanoi", "Hanoi has invested"), W("Hanoi", "for Hanoi to keep"),
                 W("Vietnamese", "the Vietnamese build-up")]),
        state("China", E("China") + [W("Chinese", "after Chinese law-enforcement officers boarded a fishing"),
                                     W("Chinese", "after Chinese law-enforcement officers boarded a Vietnamese"),
                                     W("Chinese", "Chinese coast guard personnel"),
                                     W("Chinese", "Chinese patrols around"), W("Chinese", "if Chinese patrols"),
                                     W("Beijing", readmore["text"]), W("Beijing", "asked Beijing"),
                                     W("Beijing", "Beijing rejected"), W("Beijing", "made Beijing"),
                                     W("Beijing", "Beijing sees"), W("Beijing", "between Beijing and")]),
        state("South Vietnam", [S("South Vietnam")]),
        state("United States", [S("Washington")]),
    ]
    attack = S("Chinese law-enforcement officers boarded a Vietnamese fishing boat near the Paracel Islands and beat its "
               "crew with iron bars")
    events = [
        event("other", "Chinese law-enforcement officers board a Vietnamese fishing boat near the Paracels, beat the "
              "crew and seize catch and equipment", "2024-09-29", "on Sunday", ["China", "Vietnam"],
              "Paracel Islands", attack),
        event("other", "Vietnam lodges a formal protest with China and demands compensation", "2024-10-02",
              "on Wednesday", ["Vietnam", "China"], "Hanoi",
              S("Vietnam has lodged a formal protest with China and demanded compensation")),
        event("other", "Regular press briefing of the Vietnamese foreign ministry", "2024-10-02", "",
              ["Pham Thu Hang"], "Hanoi", S("told a regular briefing")),
        event("other", "China moves a giant oil rig into waters claimed by Vietnam (2014 standoff)", "2014",
              "the spring of 2014", ["China", "Vietnam"], "South China Sea",
              S("China moved a giant oil rig into waters claimed by Vietnam")),
        event("other", "Deadly anti-Chinese riots in several Vietnamese provinces", "2014", "", ["Vietnam"],
              "Vietnam", S("deadly anti-Chinese riots in several Vietnamese provinces")),
        event("military", "Naval battle between China and South Vietnam over the Paracels", "1974-01",
              "in January 1974", ["China", "South Vietnam"], "Paracel Islands",
              S("a brief naval battle with South Vietnam in January 1974")),
        event("visit", "To Lam's first foreign trip as party chief, to Beijing", "2024-08", "barely six weeks after",
              ["To Lam"], "Beijing",
              S("To Lam, Vietnam's new Communist Party chief and president, made Beijing the destination of his first "
                "foreign trip in that role")),
        event("visit", "Xi Jinping's state visit to Hanoi", "2023-12", "last December", ["Xi Jinping"], "Hanoi",
              S("Xi Jinping's state visit to Hanoi last December")),
        event("declaration", "The two parties pledge to build a \"community with a shared future\"", "2023-12", "",
              ["Communist Party of Vietnam", "China"], "Hanoi",
              S("the two parties pledged to build a \"community with a shared future\"")),
        event("military", "Intensified Chinese patrols around the Paracels", "2024", "", ["China"], "Paracel Islands",
              S("Chinese patrols around the Paracels had intensified")),
        event("other", "Vietnam steps up land reclamation in the Spratly Islands", "2024", "earlier this year",
              ["Vietnam"], "Spratly Islands",
              S("Vietnam stepped up land reclamation on its features in the Spratly Islands earlier this year")),
        event("other", "Hypothetical Vietnam-China trade dispute", None, "", ["Vietnam", "China"], None,
              S("a trade dispute")),
    ]
    lin = S("Chinese coast guard personnel had acted \"professionally and with restraint\" to stop illegal fishing in "
            "the waters of the Xisha Islands, foreign ministry spokesman Lin Jian said in Beijing, using China's name "
            "for the Paracels, and no one had been hurt.")
    khoa_q = S("Hanoi has invested heavily in personal ties at the top, but those ties do not reach the coast guard "
               "commanders on the water")
    khoa_arg = S("Because Vietnam depends on China for a large share of the inputs its export factories use, he "
                 "argued, the government will keep its protest diplomatic rather than risk a trade dispute.")
    thorn_said = S("Chinese patrols around the Paracels had intensified since Vietnam stepped up land reclamation on "
                   "its features in the Spratly Islands earlier this year")
    thorn_q1 = S("Beijing sees the Vietnamese build-up as a challenge, so it pushes back where it is strongest")
    thorn_q2 = S("Fishermen are the easiest people to push.")
    view = S("the two governments are unlikely to let the dispute derail their economic relationship")
    warn = S("if Chinese patrols continue to target Vietnamese crews, public anger could make it harder for Hanoi to "
             "keep its balance between Beijing and Washington")
    she_said = W("she said", "strongest,\" she said")
    statements = [
        stmt(MOFA_VN, "indirect",
             S("Vietnam has lodged a formal protest with China and demanded compensation after Chinese law-enforcement "
               "officers boarded a Vietnamese fishing boat near the Paracel Islands and beat its crew with iron bars"),
             W("said", "the foreign ministry in Hanoi said")),
        stmt("Quang Ngai provincial authorities", "according_to",
             S("Ten fishermen from the central province of Quang Ngai were injured in the attack on Sunday, four of "
               "them seriously"), S("according to provincial authorities")),
        stmt("Pham Thu Hang", "direct_quote",
             S("Vietnam is deeply concerned and strongly protests this brutal treatment of Vietnamese fishermen in "
               "Vietnam's own waters"), S("told a regular briefing")),
        stmt("Pham Thu Hang", "indirect",
             S("Hanoi had asked Beijing to investigate the incident, to return the seized property and to make sure "
               "that \"such acts do not happen again\""), S("She said")),
        stmt("Lin Jian", "indirect", lin, W("said", "Lin Jian said")),
        stmt("Nguyen Van Tai", "direct_quote",
             S("They came with sticks and iron bars and hit everyone who did not lie down on the deck"),
             S("he told state broadcaster VTV")),
        stmt("analysts", "indirect", S("the timing showed the limits of party-to-party diplomacy"),
             S("Analysts said")),
        stmt("Tran Minh Khoa", "direct_quote", khoa_q, W("said", "said Tran Minh Khoa")),
        stmt("Tran Minh Khoa", "indirect", khoa_arg, S("he argued")),
        stmt("Rebecca Thornbury", "indirect", thorn_said, W("said", "Transparency Project, said")),
        stmt("Rebecca Thornbury", "direct_quote", thorn_q1, she_said),
        stmt("Rebecca Thornbury", "direct_quote", thorn_q2, she_said),
        stmt("Rebecca Thornbury", "according_to", view, S("In her view")),
        stmt("Rebecca Thornbury", "indirect", warn, S("Thornbury warned")),
    ]
    vn_first = S("Vietnam has lodged a formal protest with China and demanded compensation after Chinese law-enforcement "
                 "officers boarded a Vietnamese fishing boat near the Paracel Islands and beat its crew with iron bars")
    rig = S("China moved a giant oil rig into waters claimed by Vietnam and the standoff set off deadly anti-Chinese "
            "riots in several Vietnamese provinces")
    claims = [
        claim("boarding of the fishing boat and beating of the crew", "Vietnam's formal protest", "+", "asserted",
              vn_first, MOFA_VN),
        claim("boarding of the fishing boat and beating of the crew", "Vietnamese demand for compensation", "+",
              "asserted", vn_first, MOFA_VN),
        claim("attack on the fishing boat", "injuries to ten fishermen", "+", "asserted",
              S("Ten fishermen from the central province of Quang Ngai were injured in the attack on Sunday"),
              "Quang Ngai provincial authorities"),
        claim("Chinese coast guard action", "illegal fishing in the Xisha waters", "-", "asserted",
              S("Chinese coast guard personnel had acted \"professionally and with restraint\" to stop illegal "
                "fishing in the waters of the Xisha Islands"), "Lin Jian"),
        claim("Chinese coast guard action", "injuries to the crew", "+", "negated", S("no one had been hurt"),
              "Lin Jian"),
        claim("2014 oil-rig standoff", "deadly anti-Chinese riots in Vietnam", "+", "asserted", rig, AUTHOR),
        claim("1974 naval battle with South Vietnam", "Chinese control of the Paracels", "+", "asserted",
              S("China has controlled all of the Paracels since a brief naval battle with South Vietnam in January "
                "1974"), AUTHOR),
        claim("personal ties between the leaderships", "conduct of coast guard commanders at sea", "+", "negated",
              S("those ties do not reach the coast guard commanders on the water"), "Tran Minh Khoa"),
        claim("Vietnam's dependence on Chinese inputs for its export factories", "diplomatic tone of Vietnam's protest",
              "+", "predicted", khoa_arg, "Tran Minh Khoa"),
        claim("Vietnam's dependence on Chinese inputs for its export factories", "Vietnam risking a trade dispute",
              "-", "predicted", khoa_arg, "Tran Minh Khoa"),
        claim("Vietnamese land reclamation in the Spratlys", "intensified Chinese patrols around the Paracels", "+",
              "asserted", thorn_said, "Rebecca Thornbury"),
        claim("Vietnamese build-up (seen as a challenge)", "Chinese pushback where it is strongest", "+", "asserted",
              thorn_q1, "Rebecca Thornbury"),
        claim("vulnerability of fishermen", "Chinese pushback targeting fishermen", "+", "asserted", thorn_q2,
              "Rebecca Thornbury"),
        claim("fishing-boat dispute", "Vietnam-China economic relationship", "-", "negated", view,
              "Rebecca Thornbury"),
        claim("continued targeting of Vietnamese crews by Chinese patrols", "public anger in Vietnam", "+",
              "conditional", warn, "Rebecca Thornbury"),
        claim("public anger", "Hanoi's ability to balance between Beijing and Washington", "-", "conditional", warn,
              "Rebecca Thornbury"),
    ]
    tgt = "vietnam_china_relations_outlook"
    stances = [
        stance("Tran Minh Khoa", tgt, 0, [S("those ties do not reach the coast guard commanders on the water"),
                                          S("the government will keep its protest diplomatic rather than risk a trade "
                                            "dispute")]),
        stance("Rebecca Thornbury", tgt, 0, [view, S("public anger could make it harder for Hanoi to keep its balance "
                                                     "between Beijing and Washington")]),
    ]
    concepts = [
        "South China Sea / Paracel Islands dispute", "Chinese law-enforcement action against Vietnamese fishermen",
        "Vietnamese diplomatic protest and compensation demand", "Chinese claim of illegal fishing (Xisha)",
        "2014 oil-rig standoff", "anti-Chinese riots in Vietnam", "1974 Paracels naval battle / Chinese control",
        "party-to-party diplomacy and leadership ties (To Lam, Xi Jinping)", "community with a shared future",
        "Vietnam's economic dependence on Chinese inputs", "risk of a trade dispute",
        "Vietnamese land reclamation in the Spratlys", "intensified Chinese patrols",
        "Vietnam-China trade relationship", "Vietnamese public anger", "Vietnam's balance between China and the US",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
