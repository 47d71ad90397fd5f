"""Gold for 305 (Japan-Philippines, government press release in joint-statement voice, Manila,
8 July 2024)."""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "305_japan_philippines_pressrelease.txt"
AUTHOR = "author"
YK, EM = "Yoko Kamikawa", "Enrique Manalo"
BOTH = "Yoko Kamikawa and Enrique Manalo (joint)"
RAA_NAME = "Agreement between Japan and the Republic of the Philippines Concerning Reciprocal Access"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Japan–Philippines Foreign Ministers' Meeting and Signing of the Reciprocal Access Agreement")
    meta = {"title": title["text"], "authors": [], "publisher": "Ministry of Foreign Affairs of Japan",
            "date": "2024-07-08", "date_evidence": S("8 July 2024")}
    boiler = [
        S("For immediate release"),
        S("– END –"),
        S("Media enquiries: Press Division, Ministry of Foreign Affairs of Japan, Tel. +81 (0)3 5501 8027"),
        S("Follow the Ministry on social media for updates."),
    ]
    persons = [
        person(YK, [S("KAMIKAWA Yoko")] + E("Kamikawa"), ["Minister for Foreign Affairs of Japan"],
               ["Ministry of Foreign Affairs of Japan"], "JP", "official"),
        person(EM, [S("Enrique A. Manalo")] + E("Manalo", skip_in=("Enrique A. Manalo",)),
               ["Secretary of Foreign Affairs of the Philippines"], [], "PH", "official"),
        person("Gilberto Teodoro", [S("Gilberto C. Teodoro Jr."), W("Teodoro", "Secretary Teodoro")],
               ["Secretary of National Defense"], [], "PH", "official"),
        person("Ferdinand Marcos Jr.", [S("Ferdinand R. Marcos Jr.")], ["President of the Philippines"], [], "PH",
               "leader"),
        person("Fumio Kishida", [S("KISHIDA Fumio")], ["Prime Minister of Japan"], [], "JP", "leader"),
        person("Minoru Kihara", [S("KIHARA Minoru")], ["Minister of Defense of Japan"], [], "JP", "official"),
    ]
    orgs = [
        org("Ministry of Foreign Affairs of Japan",
            [S("MINISTRY OF FOREIGN AFFAIRS OF JAPAN"), S("Ministry of Foreign Affairs of Japan"),
             W("Ministry", "Follow the Ministry")], "government"),
        org("Japan Self-Defense Forces", [S("Self-Defense Forces")], "government"),
        org("Armed Forces of the Philippines", [S("Armed Forces of the Philippines")], "government"),
        org("China Coast Guard", [S("China Coast Guard")], "government"),
        org("Philippine Coast Guard", [S("Philippine Coast Guard"), W("Coast Guard", "enabled the Coast Guard")],
            "government"),
        org("National Diet of Japan", [S("National Diet of Japan")], "government"),
        org("Senate of the Philippines", [S("Senate of the Philippines")], "government"),
    ]
    japan_skip = (RAA_NAME, "Ministry of Foreign Affairs of Japan", "MINISTRY OF FOREIGN AFFAIRS OF JAPAN",
                  "National Diet of Japan")
    ph_skip = (RAA_NAME, "Armed Forces of the Philippines", "Senate of the Philippines",
               "Republic of the Philippines, held")
    states = [
        state("Japan", E("Japan", skip_in=japan_skip)),
        state("Philippines", E("Philippines", skip_in=ph_skip)
              + [W("Republic of the Philippines", "visiting the Republic of the Philippines"),
                 W("Philippine", "injured Philippine personnel"), W("Manila", "visit to Manila")]),
        state("United States", E("United States") + [W("Washington", "held in Washington")]),
        state("Australia", [S("Australia")]),
        state("North Korea", [S("North Korea")]),
    ]
    events = [
        event("meeting", "Japan-Philippines Foreign Ministers' Meeting during Kamikawa's visit to the Philippines",
              "2024-07-08", "On 8 July", [YK, EM], "Manila",
              S("held a Foreign Ministers' Meeting with the Hon. Enrique A. Manalo")),
        event("agreement", "Signing of the Japan-Philippines Reciprocal Access Agreement (RAA)", "2024-07-08", "",
              [YK, "Gilberto Teodoro", "Ferdinand Marcos Jr.", "Japan", "Philippines"], "Malacañang Palace, Manila",
              S("signed the " + RAA_NAME + " (RAA) at Malacañang Palace")),
        event("agreement", "Philippine visiting-forces arrangements with the United States and Australia", None, "",
              ["Philippines", "United States", "Australia"], None,
              S("the Philippines had concluded comparable arrangements only with the United States and Australia")),
        event("declaration", "Japan-Philippines relations elevated to a Strengthened Strategic Partnership", "2015",
              "in 2015", ["Japan", "Philippines"], None,
              S("which were elevated to a Strengthened Strategic Partnership in 2015")),
        event("other", "Dangerous actions by China Coast Guard vessels near Second Thomas Shoal, injuring "
              "Philippine personnel", "2024-06-17", "on 17 June", ["China Coast Guard", "Philippines"],
              "Second Thomas Shoal",
              S("the dangerous actions by China Coast Guard vessels near Second Thomas Shoal on 17 June")),
        event("other", "2016 Arbitral Award on the South China Sea under UNCLOS", "2016", "2016", [], None,
              S("the 2016 Arbitral Award")),
        event("visit", "Prime Minister Kishida's visit to Manila", "2023-11", "in November last year",
              ["Fumio Kishida"], "Manila", S("Prime Minister KISHIDA Fumio's visit to Manila in November last year")),
        event("agreement", "Agreement on the first Official Security Assistance project (coastal radars)",
              "2023-11", "in November last year", ["Japan", "Philippines"], None, S("whose first project was agreed")),
        event("agreement", "Loan for five additional 97-metre multi-role response vessels for the Philippine "
              "Coast Guard signed", "2024-05", "in May", ["Japan", "Philippines"], None,
              S("a loan for five additional 97-metre multi-role response vessels for the Philippine Coast Guard was "
                "signed in May")),
        event("summit", "First Japan-Philippines-United States trilateral summit", "2024-04", "in April",
              ["Japan", "Philippines", "United States"], "Washington",
              S("the first trilateral summit, held in Washington in April")),
        event("military", "North Korea's continued ballistic missile launches", None, "", ["North Korea"], None,
              S("the continued launches of ballistic missiles")),
        event("meeting", "Second Japan-Philippines Foreign and Defense Ministerial Meeting (\"2+2\")", "2024-07-08",
              "later today", [YK, EM, "Minoru Kihara", "Gilberto Teodoro"], "Manila",
              S("The two Ministers will take part later today in the second Japan–Philippines Foreign and Defense "
                "Ministerial Meeting (\"2+2\")")),
        event("agreement", "Entry into force of the RAA", None, "", ["Japan", "Philippines"], None,
              S("The RAA will enter into force")),
        event("other", "Domestic procedures for the RAA: approval by the National Diet and concurrence by the "
              "Philippine Senate", None, "", ["National Diet of Japan", "Senate of the Philippines"], None,
              S("both countries have completed their domestic procedures, including approval by the National Diet of "
                "Japan and concurrence by the Senate of the Philippines")),
        event("military", "First joint exercise under the RAA framework", "2025", "next year", ["Japan", "Philippines"],
              None, S("a first joint exercise under its framework to be held next year")),
    ]
    q1 = S("The agreement will allow the Self-Defense Forces and the Armed Forces of the Philippines to train together "
           "more often and with fewer procedures, and to respond more quickly when disasters strike")
    q2 = S("At a time when the free and open international order is under serious challenge, Japan stands firmly "
           "with the Philippines.")
    said_k = W("said", "Minister Kamikawa said")
    best = S("relations between Japan and the Philippines, which were elevated to a Strengthened Strategic Partnership "
             "in 2015, are at their best in history")
    view = S("the two countries, as maritime nations and allies of the United States, bear a special responsibility "
             "for peace and stability in the Indo-Pacific")
    concern = S("the situation in the South China Sea, including the dangerous actions by China Coast Guard vessels "
                "near Second Thomas Shoal on 17 June, which injured Philippine personnel and damaged their boats")
    opposed = S("any unilateral attempts to change the status quo by force or coercion")
    award = S("the 2016 Arbitral Award under the United Nations Convention on the Law of the Sea is final and legally "
              "binding on the parties")
    progress = S("the progress in Japan–Philippines–United States cooperation since the first trilateral summit, held "
                 "in Washington in April")
    expand = S("to expand joint maritime activities with the United States")
    luzon = S("they would advance infrastructure projects under the Luzon Economic Corridor, because economic "
              "resilience and security are mutually reinforcing")
    missiles = S("the continued launches of ballistic missiles, which pose a grave threat to regional peace")
    joint = [
        (best, S("reaffirmed", after="4. The two Ministers")),
        (view, S("shared the view")),
        (concern, S("expressed serious concern over")),
        (opposed, S("strongly opposed")),
        (award, S("reaffirmed", after="coercion, and")),
        (progress, S("welcomed", after="7. The two Ministers")),
        (expand, S("agreed", after="7. The two Ministers")),
        (luzon, S("confirmed")),
        (missiles, S("condemned")),
    ]
    statements = [
        stmt(YK, "indirect",
             S("the RAA, the first agreement of its kind that Japan has concluded with a country in Asia, marks a "
               "historic step for the two countries"), S("stated")),
        stmt(YK, "direct_quote", q1, said_k),
        stmt(YK, "direct_quote", q2, said_k),
        stmt(EM, "indirect", S("the signing"), S("welcomed", after="3. Secretary Manalo")),
        stmt(EM, "indirect",
             S("the Philippines had concluded comparable arrangements only with the United States and Australia"),
             S("noting")),
        stmt(EM, "indirect",
             S("the RAA would raise the interoperability of the two countries' forces and, in turn, contribute to "
               "deterrence in the region"), S("He said")),
    ]
    for content, cue in joint[:5]:
        statements += [stmt(YK, "indirect", content, cue), stmt(EM, "indirect", content, cue)]
    statements += [
        stmt(YK, "indirect", S("Japan would continue to support the maritime law-enforcement capabilities of the "
                               "Philippines"), S("explained")),
        stmt(EM, "indirect", S("appreciation for this support"), W("expressed", "Secretary Manalo expressed appreciation")),
        stmt(EM, "indirect",
             S("the vessels already in service had enabled the Coast Guard to maintain a more regular presence in "
               "Philippine waters"), S("stating")),
    ]
    for content, cue in joint[5:]:
        statements += [stmt(YK, "indirect", content, cue), stmt(EM, "indirect", content, cue)]
    statements += [
        stmt(YK, "indirect",
             S("continued understanding and cooperation for the immediate resolution of the abductions issue"),
             S("sought")),
        stmt(EM, "indirect", S("the Philippines' support"), W("expressed", "Secretary Manalo expressed the")),
        stmt(YK, "indirect",
             S("her hope for an early entry into force, as the agreement would allow a first joint exercise under its "
               "framework to be held next year"), W("expressed", "Minister Kamikawa expressed her")),
    ]
    raa_ev = S("The agreement will allow the Self-Defense Forces and the Armed Forces of the Philippines to train "
               "together more often and with fewer procedures, and to respond more quickly when disasters strike")
    interop = S("the RAA would raise the interoperability of the two countries' forces and, in turn, contribute to "
                "deterrence in the region")
    ccg = S("the dangerous actions by China Coast Guard vessels near Second Thomas Shoal on 17 June, which injured "
            "Philippine personnel and damaged their boats")
    mutual = S("economic resilience and security are mutually reinforcing")
    claims = [
        claim("Reciprocal Access Agreement", "joint training of the SDF and the AFP (more often, fewer procedures)",
              "+", "predicted", raa_ev, YK),
        claim("Reciprocal Access Agreement", "speed of disaster response", "+", "predicted", raa_ev, YK),
        claim("Reciprocal Access Agreement", "interoperability of the two countries' forces", "+", "hedged", interop,
              EM),
        claim("interoperability of the forces", "deterrence in the region", "+", "hedged", interop, EM),
        claim("status as maritime nations and U.S. allies", "special responsibility for peace and stability in the "
              "Indo-Pacific", "+", "asserted", view, BOTH),
        claim("China Coast Guard actions near Second Thomas Shoal", "injuries to Philippine personnel", "+",
              "asserted", ccg, BOTH),
        claim("China Coast Guard actions near Second Thomas Shoal", "damage to Philippine boats", "+", "asserted",
              ccg, BOTH),
        claim("Japanese-funded vessels in service", "regular Philippine Coast Guard presence in Philippine waters",
              "+", "asserted",
              S("the vessels already in service had enabled the Coast Guard to maintain a more regular presence in "
                "Philippine waters"), EM),
        claim("mutual reinforcement of economic resilience and security",
              "advancing Luzon Economic Corridor infrastructure projects", "+", "asserted", luzon, BOTH),
        claim("economic resilience", "security", "+", "asserted", mutual, BOTH),
        claim("security", "economic resilience", "+", "asserted", mutual, BOTH),
        claim("North Korean ballistic missile launches", "regional peace", "-", "asserted",
              S("which pose a grave threat to regional peace"), BOTH),
        claim("completion of domestic procedures (Diet approval, Senate concurrence)", "entry into force of the RAA",
              "+", "conditional",
              S("The RAA will enter into force once both countries have completed their domestic procedures"),
              AUTHOR),
        claim("early entry into force of the RAA", "first joint exercise next year", "+", "hedged",
              S("as the agreement would allow a first joint exercise under its framework to be held next year"), YK),
    ]
    tgt = "japan_philippines_relations_outlook"
    stances = [
        stance(YK, tgt, 2, [S("marks a historic step for the two countries"),
                            S("Japan stands firmly with the Philippines"), best]),
        stance(EM, tgt, 2, [best, S("contribute to deterrence in the region")]),
    ]
    concepts = [
        "Japan-Philippines Reciprocal Access Agreement", "joint training and exercises of SDF and AFP",
        "disaster response", "interoperability and deterrence", "Strengthened Strategic Partnership",
        "South China Sea tensions / China Coast Guard actions at Second Thomas Shoal",
        "unilateral change of the status quo by force or coercion", "2016 Arbitral Award / UNCLOS",
        "Official Security Assistance (coastal radars)", "Philippine Coast Guard capacity (Japanese-funded vessels)",
        "Japan-Philippines-US trilateral cooperation", "Luzon Economic Corridor",
        "economic resilience and security", "North Korean ballistic missiles", "abductions issue",
        "ratification (Diet approval, Senate concurrence)",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
