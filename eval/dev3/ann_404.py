"""Gold for 404 (Qatar-United Arab Emirates, HTML news page with heavy furniture, 20 June 2023).

Offsets refer to ``dyad.ingest.read_document(path).text``. With the pinned trafilatura that
text holds the headline and the article paragraphs only: cookie banner, navigation, ads,
breadcrumb, byline, <time>, share buttons, photo caption, author box, related stories,
newsletter box and footer are all dropped, so ``boilerplate`` is empty, meta comes from the
page's visible byline / <time> element / site name (date_evidence null) and the author has no
mention in the text (not listed under persons), as for heldout 104.
"""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "404_qatar_uae_page.html"
AUTHOR = "author"
QA, AE = "Qatar", "United Arab Emirates"
FOUR = ("Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt")


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Qatar and UAE reopen embassies, closing the last chapter of the Gulf rift")
    meta = {"title": title["text"], "authors": ["Rania Khouri"], "publisher": "The Gulf Ledger",
            "date": "2023-06-20", "date_evidence": None}
    persons = [
        person("Majed al-Ansari", [S("Majed al-Ansari")], ["Qatar's foreign ministry spokesman"],
               ["Ministry of Foreign Affairs of Qatar"], "QA", "official"),
        person("Noura Saleh", [S("Noura Saleh"), W("Saleh", "Saleh was more optimistic")],
               ["political economist at the Muscat-based Arabian Sea Policy Centre"], ["Arabian Sea Policy Centre"],
               None, "expert"),
        person("Mohammed bin Salman", [S("Mohammed bin Salman")], ["Crown Prince"], [], "SA", "leader"),
        person("Tamim bin Hamad Al Thani", [S("Tamim bin Hamad Al Thani")], ["Emir", "Sheikh"], [], "QA", "leader"),
        person("Sabah al-Ahmad al-Jaber al-Sabah", [W("late emir", "whose late emir")], ["late emir of Kuwait"], [],
               "KW", "leader"),
        person("Donald Trump", [W("Trump", "Trump administration")], [], [], "US", "leader"),
        person("Tahnoun bin Zayed", [S("Tahnoun bin Zayed")], ["the UAE's national security adviser", "Sheikh"], [],
               "AE", "official"),
        person("Mohammed bin Zayed Al Nahyan", [S("Mohammed bin Zayed Al Nahyan"), S("the UAE president")],
               ["President", "Sheikh"], [], "AE", "leader"),
        person("Anwar Gargash", [S("Anwar Gargash")], ["diplomatic adviser to the UAE president"], [], "AE",
               "official"),
        person("Karim Haddadin", [S("Karim Haddadin")], [], ["Levant Institute for Gulf Studies"], None, "expert"),
    ]
    orgs = [
        org("Ministry of Foreign Affairs of Qatar", [W("foreign ministry", "Qatar's foreign ministry spokesman")],
            "government"),
        org("Gulf Cooperation Council", [S("Gulf Cooperation Council")], "international"),
        org("Al Jazeera", [S("Al Jazeera")], "media"),
        org("Arabian Sea Policy Centre", [S("Arabian Sea Policy Centre")], "think_tank"),
        org("Trump administration", [S("Trump administration")], "government"),
        org("International Court of Justice", [S("International Court of Justice")], "international"),
        org("Levant Institute for Gulf Studies", [S("Levant Institute for Gulf Studies")], "think_tank"),
    ]
    states = [
        state(QA, E("Qatar") + E("Doha", skip_in=("reporters in Doha",))),
        state(AE, E("UAE") + [S("United Arab Emirates")] + E("Abu Dhabi")),
        state("Saudi Arabia", [S("Saudi Arabia"), S("Riyadh")]),
        state("Bahrain", [S("Bahrain")]),
        state("Egypt", [S("Egypt"), S("Cairo")]),
        state("Iran", [W("Iran", "too close to Iran"), W("Iran", "Turkey and Iran")]),
        state("Turkey", [S("Turkish"), S("Turkey")]),
        state("Kuwait", [S("Kuwait")]),
        state("Sudan", [S("Sudan")]),
        state("Libya", [S("Libya")]),
    ]
    reopen = S("Qatar and the United Arab Emirates will reopen their embassies in each other's capitals this week")
    ministries = S("the two countries' foreign ministries said on Monday")
    boycott = S("when Saudi Arabia, the UAE, Bahrain and Egypt cut relations with Qatar, closed their airspace to its "
                "aircraft and sealed its only land border")
    events = [
        event("other", "Qatar and the UAE reopen their embassies in each other's capitals", "2023-06", "this week",
              [QA, AE], "Doha; Abu Dhabi", reopen),
        event("declaration", "Qatari and Emirati foreign ministries announce the restoration of ties", "2023-06-19",
              "on Monday", [QA, AE], None, ministries),
        event("other", "Collapse (end) of the boycott of Doha", "2021", "in 2021", FOUR + (QA,), None,
              S("the boycott of Doha collapsed in 2021")),
        event("sanctions", "Saudi Arabia, the UAE, Bahrain and Egypt cut relations with Qatar and impose the "
              "blockade (Gulf crisis)", "2017-06", "in June 2017", FOUR + (QA,), None, boycott),
        event("other", "The four governments issue a list of 13 demands to Qatar", "2017", "Weeks later",
              FOUR + (QA,), None, S("Weeks later they issued a list of 13 demands")),
        event("summit", "GCC summit at Al-Ula ending the rift (bin Salman embraces Tamim)", "2021-01-05",
              "on 5 January 2021", ["Gulf Cooperation Council", "Mohammed bin Salman", "Tamim bin Hamad Al Thani"],
              "Al-Ula, Saudi Arabia",
              S("The reconciliation came at a summit in the Saudi desert town of Al-Ula on 5 January 2021")),
        event("declaration", "GCC members sign the Al-Ula declaration of solidarity and stability", "2021-01-05", "",
              ["Gulf Cooperation Council"], "Al-Ula, Saudi Arabia",
              S("the six council members signed a declaration of \"solidarity and stability\"")),
        event("other", "Kuwaiti mediation of the dispute", None, "throughout the dispute", ["Kuwait"], None,
              S("whose late emir had mediated throughout the dispute")),
        event("other", "Saudi Arabia and Egypt restore ties with Qatar", "2021", "within months",
              ["Saudi Arabia", "Egypt", QA], None, S("Riyadh and Cairo restored ties within months")),
        event("other", "Arab uprisings", "2011", "of 2011", [], None, S("the Arab uprisings of 2011")),
        event("other", "Qatar takes the UAE to the International Court of Justice", "2018", "", [QA, AE],
              "International Court of Justice",
              S("Qatar had also taken the UAE to the International Court of Justice")),
        event("other", "ICJ rules it lacks jurisdiction over Qatar's case", "2021-02", "in February 2021",
              ["International Court of Justice"], None,
              S("which ruled in February 2021 that it lacked jurisdiction over the case")),
        event("visit", "Tahnoun bin Zayed visits Doha", "2021-08", "in August 2021", ["Tahnoun bin Zayed"], "Doha",
              S("Sheikh Tahnoun bin Zayed, the UAE's national security adviser, visited Doha in August 2021")),
        event("visit", "Mohammed bin Zayed's first visit to Qatar since the rift", "2022-12", "Last December",
              ["Mohammed bin Zayed Al Nahyan"], "Qatar",
              S("Last December, President Sheikh Mohammed bin Zayed Al Nahyan travelled to Qatar")),
        event("other", "FIFA World Cup in Qatar", "2022", "", [QA], "Qatar", S("the World Cup there")),
        event("other", "Naming of a Qatari ambassador to the UAE", "2023", "within weeks", [QA], None,
              S("an ambassador would be named within weeks")),
        event("meeting", "Direct Qatar-UAE trade talks", None, "", [QA, AE], None,
              S("direct trade talks would follow")),
        event("other", "Hypothetical: Qatar and the UAE on opposite sides in Sudan or Libya again", None, "",
              [QA, AE], "Sudan; Libya", S("If the two end up on opposite sides in Sudan or Libya again")),
    ]
    will = S("the move reflected \"the will of the two leaderships\" and would serve the \"aspirations of the two "
             "brotherly peoples\"")
    accused = S("Doha of backing extremist groups and of being too close to Iran")
    analysts = S("the rivalry between the two was always the hardest part of the quarrel, because it is rooted in "
                 "opposing views of political Islam and of the Arab uprisings of 2011")
    statements = [
        stmt(QA, "indirect", reopen, ministries),
        stmt(AE, "indirect", reopen, ministries),
        stmt(QA, "indirect", will, S("the ministries said")),
        stmt(AE, "indirect", will, S("the ministries said")),
        stmt("Majed al-Ansari", "indirect",
             S("an ambassador would be named within weeks and that direct trade talks would follow"),
             S("told reporters")),
    ] + [stmt(s, "indirect", accused, S("accused")) for s in FOUR] + [
        stmt(QA, "indirect", S("charges Qatar always denied"), S("denied")),
        stmt("Noura Saleh", "direct_quote", S("Isolation made Doha more self-reliant, not more compliant"),
             W("said", "\" said Noura Saleh")),
        stmt("analysts", "indirect", analysts, S("Analysts say")),
        stmt("International Court of Justice", "indirect", S("it lacked jurisdiction over the case"), S("ruled")),
        stmt("Anwar Gargash", "indirect",
             S("the reopening was \"a natural step\" and that the Gulf \"cannot afford the luxury of division\" at a "
               "time of regional uncertainty"), S("wrote on Monday")),
        stmt("Karim Haddadin", "according_to", S("economic pressure explains much of the change"),
             S("According to Karim Haddadin")),
        stmt("Karim Haddadin", "direct_quote",
             S("Abu Dhabi wants to be the region's business hub, and you cannot do that while feuding with your "
               "wealthiest neighbour"), W("he said", "neighbour,\" he said")),
        stmt("Karim Haddadin", "indirect", S("the underlying disagreements have not gone away"), S("He cautioned")),
        stmt("Karim Haddadin", "direct_quote",
             S("If the two end up on opposite sides in Sudan or Libya again, the old suspicions will return quickly"),
             None),
        stmt("Noura Saleh", "indirect", S("Trust would take years to rebuild"), S("she said")),
        stmt("Noura Saleh", "direct_quote", S("the cost of the boycott taught everyone that it does not work"),
             S("she said")),
    ]
    gas = S("Its vast gas revenues allowed it to fly in food and build up local dairy production")
    settle = S("Kuwait, whose late emir had mediated throughout the dispute, and the outgoing Trump administration "
               "had pressed both sides to settle.")
    isolation = S("Isolation made Doha more self-reliant, not more compliant")
    claims = [
        claim("reopening of embassies", "full diplomatic ties", "+", "predicted",
              S("will reopen their embassies in each other's capitals this week, the two countries' foreign "
                "ministries said on Monday, restoring full diplomatic ties"), AUTHOR),
        claim("embassy reopening announcement", "closing of the last open file of the Gulf crisis", "+", "asserted",
              S("The announcement closes the last open file of the crisis"), AUTHOR),
    ] + [claim("will of the two leaderships", "reopening of embassies", "+", "asserted", will, s) for s in (QA, AE)] \
      + [claim("reopening of embassies", "aspirations of the two peoples", "+", "hedged",
               S("would serve the \"aspirations of the two brotherly peoples\""), s) for s in (QA, AE)] + [
        claim("Gulf crisis", "split of the Gulf Cooperation Council", "+", "asserted",
              S("the crisis that split the Gulf Cooperation Council in June 2017"), AUTHOR),
        claim("alleged Qatari backing of extremist groups", "boycott of Qatar", "+", "asserted",
              S("The four governments accused Doha of backing extremist groups and of being too close to Iran"),
              AUTHOR),
        claim("Qatar's closeness to Iran", "boycott of Qatar", "+", "asserted",
              S("The four governments accused Doha of backing extremist groups and of being too close to Iran"),
              AUTHOR),
        claim("blockade", "Qatar's submission", "+", "negated",
              S("The blockade, as Qataris called it, failed to bring the emirate to heel."), AUTHOR),
        claim("Qatar's gas revenues", "food imports by air", "+", "asserted", gas, AUTHOR),
        claim("Qatar's gas revenues", "local dairy production", "+", "asserted", gas, AUTHOR),
        claim("new Turkish and Iranian supply routes", "Qatar withstanding the blockade", "+", "asserted",
              S("Turkey and Iran opened new supply routes"), AUTHOR),
        claim("isolation", "Qatari self-reliance", "+", "asserted", isolation, "Noura Saleh"),
        claim("isolation", "Qatari compliance", "+", "negated", S("not more compliant"), "Noura Saleh"),
        claim("Kuwaiti mediation", "settlement of the dispute", "+", "asserted", settle, AUTHOR),
        claim("pressure from the Trump administration", "settlement of the dispute", "+", "asserted",
              S("the outgoing Trump administration had pressed both sides to settle"), AUTHOR),
        claim("Qatar-UAE rivalry", "pace of the Doha-Abu Dhabi thaw", "-", "asserted",
              S("Analysts say the rivalry between the two was always the hardest part of the quarrel"), "analysts"),
        claim("opposing views of political Islam", "Qatar-UAE rivalry", "+", "asserted",
              S("it is rooted in opposing views of political Islam"), "analysts"),
        claim("opposing views of the Arab uprisings of 2011", "Qatar-UAE rivalry", "+", "asserted", analysts,
              "analysts"),
        claim("Qatar's ICJ case against the UAE", "pace of the Doha-Abu Dhabi thaw", "-", "asserted",
              S("Qatar had also taken the UAE to the International Court of Justice"), AUTHOR),
        claim("Tahnoun bin Zayed's visit to Doha", "warming of relations", "+", "asserted",
              S("Relations began to warm after Sheikh Tahnoun bin Zayed, the UAE's national security adviser, "
                "visited Doha in August 2021"), AUTHOR),
        claim("regional uncertainty", "Gulf affording division", "-", "asserted",
              S("the Gulf \"cannot afford the luxury of division\" at a time of regional uncertainty"),
              "Anwar Gargash"),
        claim("economic pressure", "Qatar-UAE rapprochement", "+", "asserted",
              S("economic pressure explains much of the change"), "Karim Haddadin"),
        claim("feuding with Qatar", "Abu Dhabi becoming the region's business hub", "-", "asserted",
              S("you cannot do that while feuding with your wealthiest neighbour"), "Karim Haddadin"),
        claim("Qatar and the UAE on opposite sides in Sudan or Libya", "return of old suspicions", "+",
              "conditional",
              S("If the two end up on opposite sides in Sudan or Libya again, the old suspicions will return quickly"),
              "Karim Haddadin"),
        claim("cost of the boycott", "lesson that boycotts do not work", "+", "asserted",
              S("the cost of the boycott taught everyone"), "Noura Saleh"),
        claim("boycott", "achieving its aims", "+", "negated", S("it does not work"), "Noura Saleh"),
    ]
    tgt = "qatar_united_arab_emirates_relations_outlook"
    stances = [
        stance("Noura Saleh", tgt, 1, [S("Saleh was more optimistic."), S("Trust would take years to rebuild"),
                                       S("the cost of the boycott taught everyone that it does not work")]),
        stance("Karim Haddadin", tgt, 0, [S("the underlying disagreements have not gone away"),
                                          S("the old suspicions will return quickly")]),
        stance("Anwar Gargash", tgt, 1, [S("the reopening was \"a natural step\""),
                                         S("cannot afford the luxury of division")]),
    ]
    concepts = [
        "Qatar-UAE diplomatic ties / embassy reopening", "Gulf boycott (blockade) of Qatar",
        "accusations of backing extremists and closeness to Iran", "13 demands (Al Jazeera, Turkish base)",
        "Qatari gas revenues", "Qatari self-reliance (food, dairy)", "Turkish and Iranian supply routes",
        "Kuwaiti mediation", "U.S. pressure", "Al-Ula reconciliation", "Qatar-UAE rivalry over political Islam",
        "ICJ case", "high-level visits (Tahnoun, Mohammed bin Zayed)", "regional uncertainty",
        "economic pressure / Abu Dhabi business hub", "Sudan and Libya proxy rivalry", "trust",
        "cost of the boycott",
    ]
    return {"meta": meta, "boilerplate": [], "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
