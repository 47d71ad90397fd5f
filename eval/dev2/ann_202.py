"""Gold for 202 (Saudi Arabia-Iran, news wire report with dateline and relative dates)."""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "202_saudi_iran_beijing.txt"
AUTHOR = "author"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Saudi and Iranian foreign ministers meet in Beijing, agree to reopen embassies")
    meta = {"title": title["text"], "authors": ["Layla Haddad", "Omid Farahani"],
            "publisher": "Gulf Wire Service", "date": "2023-04-06", "date_evidence": S("April 6, 2023")}
    boiler = [S("(c) Gulf Wire Service. All rights reserved. Republication requires written permission.")]
    persons = [
        person("Layla Haddad", [S("Layla Haddad")], ["reporter"], ["Gulf Wire Service"], None, "other"),
        person("Omid Farahani", [S("Omid Farahani")], ["reporter"], ["Gulf Wire Service"], None, "other"),
        person("Faisal bin Farhan", [S("Faisal bin Farhan")], ["Foreign Minister of Saudi Arabia", "Prince"], [],
               "SA", "official"),
        person("Hossein Amir-Abdollahian",
               E("Hossein Amir-Abdollahian") + E("Amir-Abdollahian", skip_in=("Hossein Amir-Abdollahian",)),
               ["Foreign Minister of Iran"], [], "IR", "official"),
        person("Nimr al-Nimr", [S("Nimr al-Nimr")], ["Shi'ite cleric"], [], None, "other"),
        person("Qin Gang", [S("Qin Gang")], ["Foreign Minister of China"], [], "CN", "official"),
        person("Mohammed bin Salman", [S("Mohammed bin Salman")], ["Crown Prince of Saudi Arabia"], [], "SA",
               "leader"),
        person("Hanan Al-Rashed", E("Hanan Al-Rashed") + E("Al-Rashed", skip_in=("Hanan Al-Rashed",)),
               ["senior fellow at the Gulf Horizons Centre"], ["Gulf Horizons Centre"], None, "expert"),
        person("Reza Tavakoli", E("Reza Tavakoli") + E("Tavakoli", skip_in=("Reza Tavakoli",)),
               ["teaches international relations at Alborz University"], ["Alborz University"], None, "expert"),
        person("John Kirby", [S("John Kirby")], ["White House spokesman"], ["White House"], "US", "official"),
    ]
    orgs = [
        org("Gulf Wire Service", E("Gulf Wire Service") + [S("GWS")], "media"),
        org("Saudi Press Agency", [S("Saudi Press Agency")], "media"),
        org("Houthi movement", [S("Houthi movement")], "other"),
        org("Gulf Horizons Centre", [S("Gulf Horizons Centre")], "think_tank"),
        org("Alborz University", [S("Alborz University")], "university"),
        org("White House", [S("White House")], "government"),
    ]
    states = [
        state("Saudi Arabia", [W("Saudi", title["text"]), S("Saudi Arabia"), W("Saudi", "A Saudi official"),
                               W("Riyadh", "Riyadh cut relations"), W("Riyadh", "travel to Riyadh"),
                               W("Riyadh", "where Riyadh has led"), W("Riyadh", "bring Riyadh into")]),
        state("Iran", [W("Iranian", title["text"]), W("Iran", "foreign ministers of Saudi Arabia and Iran"),
                       W("Tehran", "Riyadh and Tehran next week"), W("Iran", "Iran's commitments"),
                       W("Iran", "the Iran-aligned"), W("Tehran", "For Tehran, the deal"),
                       W("Iran", "Iran cannot afford"), W("Iran", "Iran's nuclear"),
                       W("Tehran", "whether Tehran would")]),
        state("China", [W("Beijing", title["text"]), W("Beijing", "met in Beijing"),
                        W("Beijing", "announced in Beijing"), W("China", "mediated by China"),
                        W("Chinese", "Chinese Foreign Minister"), W("Beijing", "that Beijing would"),
                        W("Beijing", "generated in Beijing")]),
        state("Yemen", E("Yemen")),
        state("Israel", [S("Israel")]),
        state("United States", [S("U.S."), W("United States", "The United States"), S("Washington")]),
    ]
    D = "2023-04-06"
    meet = S("The foreign ministers of Saudi Arabia and Iran met in Beijing on Thursday, their first formal "
             "meeting in more than seven years, and agreed to reopen embassies and consulates within two months")
    events = [
        event("meeting", "Meeting of the Saudi and Iranian foreign ministers in Beijing; agreement to reopen "
              "embassies and consulates within two months", D, "on Thursday",
              ["Faisal bin Farhan", "Hossein Amir-Abdollahian"], "Beijing",
              S("The foreign ministers of Saudi Arabia and Iran met in Beijing on Thursday")),
        event("declaration", "Saudi-Iranian joint statement after the meeting", D, "", ["Saudi Arabia", "Iran"],
              "Beijing", S("the two governments said in a joint statement")),
        event("agreement", "Saudi-Iranian security cooperation agreement", "2001", "in 2001",
              ["Saudi Arabia", "Iran"], None, S("a security cooperation agreement signed in 2001")),
        event("agreement", "China-brokered deal to restore Saudi-Iranian diplomatic ties", "2023-03-10",
              "last month, on March 10", ["Saudi Arabia", "Iran", "China"], "Beijing",
              S("the deal announced in Beijing last month, on March 10")),
        event("meeting", "Talks between Saudi Arabia and Iran mediated by China", "2023-03", "",
              ["Saudi Arabia", "Iran", "China"], "Beijing", S("talks mediated by China")),
        event("other", "Saudi Arabia cuts diplomatic relations with Iran", "2016-01", "in January 2016",
              ["Saudi Arabia", "Iran"], None, S("Riyadh cut relations in January 2016")),
        event("other", "Protesters storm the Saudi embassy in Tehran", "2016-01", "", [], "Tehran",
              S("protesters stormed its embassy in Tehran")),
        event("other", "Execution of the Shi'ite cleric Nimr al-Nimr", "2016-01", "", ["Nimr al-Nimr", "Saudi Arabia"],
              "Saudi Arabia", S("the execution of the Shi'ite cleric Nimr al-Nimr")),
        event("visit", "Technical teams travel to Riyadh and Tehran to prepare the reopening of the missions",
              "2023-04", "next week", [], "Riyadh; Tehran",
              S("technical teams would travel to Riyadh and Tehran next week")),
        event("military", "Saudi-led military coalition against the Houthi movement in Yemen (war in Yemen)",
              "2015", "since 2015", ["Saudi Arabia", "Houthi movement"], "Yemen",
              S("Riyadh has led a military coalition against the Iran-aligned Houthi movement since 2015")),
        event("military", "Attack on the Abqaiq oil processing plant", "2019-09", "the September 2019 attack",
              [], "Abqaiq, Saudi Arabia", S("the September 2019 attack on the Abqaiq processing plant")),
        event("sanctions", "U.S. sanctions on Iran", "2018", "", ["United States", "Iran"], None,
              S("U.S. sanctions squeeze its economy")),
        event("other", "Hypothetical new crisis over Iran's nuclear programme", None, "", ["Iran"], None,
              S("a new crisis over Iran's nuclear programme")),
        event("meeting", "Peace talks on Yemen", None, "", [], None, S("peace talks on Yemen")),
    ]
    said = W("said", "brief the media, said")
    statements = [
        stmt("Saudi Arabia", "indirect", meet, S("the two governments said in a joint statement")),
        stmt("Iran", "indirect", meet, S("the two governments said in a joint statement")),
        stmt("Saudi Arabia", "according_to",
             S("Prince Faisal bin Farhan and Hossein Amir-Abdollahian also agreed to resume flights and to revive a "
               "security cooperation agreement signed in 2001"), S("according to the statement")),
        stmt("Iran", "according_to",
             S("Prince Faisal bin Farhan and Hossein Amir-Abdollahian also agreed to resume flights and to revive a "
               "security cooperation agreement signed in 2001"), S("according to the statement")),
        stmt("Hossein Amir-Abdollahian", "direct_quote",
             S("This meeting shows that the countries of the region can solve their problems through dialogue and "
               "not through confrontation"), S("Amir-Abdollahian said")),
        stmt("Hossein Amir-Abdollahian", "indirect",
             S("technical teams would travel to Riyadh and Tehran next week to prepare the reopening of the missions"),
             S("He added")),
        stmt("Saudi official", "indirect",
             S("the kingdom wanted to see Iran's commitments \"turned into actions\", especially in Yemen"), said),
        stmt("Qin Gang", "indirect",
             S("Beijing would continue to support them on the path of good-neighbourly relations and would keep "
               "playing a constructive role in the Gulf"), S("told the two ministers")),
        stmt("analysts", "indirect", S("the rapprochement was driven above all by economics"), S("Analysts said")),
        stmt("Hanan Al-Rashed", "indirect",
             S("Crown Prince Mohammed bin Salman needs a calm neighbourhood to attract the foreign investment that his "
               "Vision 2030 programme depends on"), W("said", "depends on, said")),
        stmt("Hanan Al-Rashed", "direct_quote", S("Drones hitting oil facilities are bad for business"),
             W("she said", "business,\" she said")),
        stmt("Reza Tavakoli", "according_to",
             S("For Tehran, the deal offers a way to ease its isolation while U.S. sanctions squeeze its economy"),
             S("according to Reza Tavakoli")),
        stmt("Reza Tavakoli", "direct_quote",
             S("Iran cannot afford to fight on every front when its currency is collapsing"),
             W("he said", "collapsing,\" he said")),
        stmt("Reza Tavakoli", "indirect", S("the agreement would not survive a new crisis over Iran's nuclear programme"),
             S("Tavakoli warned")),
        stmt("Hanan Al-Rashed", "indirect",
             S("if peace talks on Yemen stall, the goodwill generated in Beijing could evaporate within months"),
             S("Al-Rashed said")),
        stmt("Hanan Al-Rashed", "indirect",
             S("Israel, which had hoped to bring Riyadh into an anti-Iranian front, is watching closely"),
             S("she added")),
        stmt("United States", "indirect", S("it welcomes any step that helps end the war in Yemen"), S("has said")),
        stmt("John Kirby", "indirect",
             S("Washington supported \"anything that lowers the temperature\" in the region"),
             S("John Kirby told reporters")),
        stmt("John Kirby", "indirect",
             S("it remained to be seen whether Tehran would honour its side of the deal"), S("noting")),
    ]
    dialogue = S("This meeting shows that the countries of the region can solve their problems through dialogue and "
                 "not through confrontation")
    claims = [
        claim("talks mediated by China", "restoration of Saudi-Iranian diplomatic ties", "+", "asserted",
              S("the two rivals pledged to restore diplomatic ties after talks mediated by China"), AUTHOR),
        claim("storming of the Saudi embassy in Tehran", "Saudi decision to cut relations with Iran", "+",
              "asserted", S("Riyadh cut relations in January 2016 after protesters stormed its embassy in Tehran"),
              AUTHOR),
        claim("execution of Nimr al-Nimr", "storming of the Saudi embassy in Tehran", "+", "asserted",
              S("protesters stormed its embassy in Tehran following the execution of the Shi'ite cleric Nimr al-Nimr"),
              AUTHOR),
        claim("dialogue", "solving the region's problems", "+", "asserted", dialogue, "Hossein Amir-Abdollahian"),
        claim("confrontation", "solving the region's problems", "+", "negated", dialogue, "Hossein Amir-Abdollahian"),
        claim("technical teams' visit to Riyadh and Tehran", "reopening of the diplomatic missions", "+",
              "predicted", S("technical teams would travel to Riyadh and Tehran next week to prepare the reopening "
                             "of the missions"), "Hossein Amir-Abdollahian"),
        claim("Chinese support", "good-neighbourly Saudi-Iranian relations", "+", "predicted",
              S("Beijing would continue to support them on the path of good-neighbourly relations"), "Qin Gang"),
        claim("economics", "Saudi-Iranian rapprochement", "+", "asserted",
              S("the rapprochement was driven above all by economics"), "analysts"),
        claim("calm neighbourhood", "attracting foreign investment to Saudi Arabia", "+", "conditional",
              S("Crown Prince Mohammed bin Salman needs a calm neighbourhood to attract the foreign investment"),
              "Hanan Al-Rashed"),
        claim("foreign investment", "Vision 2030 programme", "+", "asserted",
              S("the foreign investment that his Vision 2030 programme depends on"), "Hanan Al-Rashed"),
        claim("drone attacks on oil facilities", "business", "-", "asserted",
              S("Drones hitting oil facilities are bad for business"), "Hanan Al-Rashed"),
        claim("attack on the Abqaiq processing plant", "Saudi crude output", "-", "asserted",
              S("which knocked out half of Saudi crude output for several days"), AUTHOR),
        claim("Saudi-Iranian deal", "Iran's isolation", "-", "asserted",
              S("the deal offers a way to ease its isolation"), "Reza Tavakoli"),
        claim("U.S. sanctions", "Iranian economy", "-", "asserted", S("U.S. sanctions squeeze its economy"),
              "Reza Tavakoli"),
        claim("collapse of Iran's currency", "Iran's ability to fight on every front", "-", "asserted",
              S("Iran cannot afford to fight on every front when its currency is collapsing"), "Reza Tavakoli"),
        claim("new crisis over Iran's nuclear programme", "survival of the Saudi-Iranian agreement", "-", "hedged",
              S("the agreement would not survive a new crisis over Iran's nuclear programme"), "Reza Tavakoli"),
        claim("stalling of Yemen peace talks", "goodwill generated in Beijing", "-", "conditional",
              S("if peace talks on Yemen stall, the goodwill generated in Beijing could evaporate within months"),
              "Hanan Al-Rashed"),
        claim("steps such as the Saudi-Iranian deal", "end of the war in Yemen", "+", "asserted",
              S("any step that helps end the war in Yemen"), "United States"),
    ]
    tgt = "saudi_arabia_iran_relations_outlook"
    stances = [
        stance("Hossein Amir-Abdollahian", tgt, 1, [dialogue]),
        stance("Qin Gang", tgt, 1, [S("Beijing would continue to support them on the path of good-neighbourly "
                                      "relations")]),
        stance("Hanan Al-Rashed", tgt, 0, [S("the rapprochement was driven above all by economics"),
                                           S("the goodwill generated in Beijing could evaporate within months")]),
        stance("Reza Tavakoli", tgt, 0, [S("the agreement would not survive a new crisis over Iran's nuclear "
                                           "programme")]),
        stance("John Kirby", tgt, 0, [S("it remained to be seen whether Tehran would honour its side of the deal")]),
    ]
    concepts = [
        "Saudi-Iranian rapprochement", "restoration of diplomatic ties / reopening of embassies",
        "Chinese mediation", "2001 security cooperation agreement", "2016 rupture (embassy storming, Nimr execution)",
        "war in Yemen / Houthi movement", "Iranian commitments", "economic drivers of the rapprochement",
        "Vision 2030 and foreign investment", "regional calm", "attacks on Saudi oil facilities (Abqaiq)",
        "Iran's isolation", "U.S. sanctions on Iran", "Iranian currency collapse", "Iran's nuclear programme",
        "Yemen peace talks", "Israel's anti-Iranian front", "U.S. position on de-escalation", "dialogue vs confrontation",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
