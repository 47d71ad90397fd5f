"""Gold for 311 (Ethiopia-Eritrea, government press statement of the Ethiopian foreign ministry,
Addis Ababa, 14 October 2023).

The issuing voice (the Government of Ethiopia speaking through the unnamed Spokesperson of the
Ministry of Foreign Affairs) is the author: claimant and stance holder "author"; its own cued
declarations ("notes with concern", "reiterates", "calls on", "rejects") are statements of kind
author_opinion with speaker "Government of Ethiopia". No person is named in the header, so
meta.authors is empty; the publisher is the ministry named in the letterhead.
"""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "311_ethiopia_eritrea_statement.txt"
AUTHOR = "author"
GOV = "Government of Ethiopia"
TGT = "ethiopia_eritrea_relations_outlook"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Statement by the Spokesperson of the Ministry of Foreign Affairs on Recent Remarks Concerning the "
              "Ethiopia–Eritrea Boundary and Access to the Sea")
    meta = {"title": title["text"], "authors": [],
            "publisher": "Ministry of Foreign Affairs of the Federal Democratic Republic of Ethiopia",
            "date": "2023-10-14", "date_evidence": S("14 October 2023")}
    boiler = [
        S("Ref: MoFA/OS/214/2023"),
        W("ENDS", "\nENDS\n"),
        S("For media enquiries: Office of the Spokesperson, Ministry of Foreign Affairs"),
        S("This statement is also available in Amharic, Afaan Oromoo and French."),
    ]
    persons = [
        person("Abiy Ahmed", E("Abiy Ahmed") + [W("the Prime Minister", "As the Prime Minister made clear")],
               ["Prime Minister of Ethiopia"], [], "ET", "leader"),
        person("Yemane Gebremeskel", [S("Yemane Gebremeskel")], ["Eritrean Minister of Information"],
               ["Ministry of Information of Eritrea"], "ER", "official"),
        person("Isaias Afwerki", [S("Isaias Afwerki")], ["President of Eritrea"], [], "ER", "leader"),
        person("António Guterres", [S("Secretary-General of the United Nations")],
               ["Secretary-General of the United Nations"], ["United Nations"], None, "official"),
        person("Moussa Faki Mahamat", [S("Moussa Faki Mahamat")], ["Chairperson of the African Union Commission"],
               ["African Union Commission"], None, "official"),
    ]
    orgs = [
        org("Ministry of Foreign Affairs of Ethiopia",
            [S("MINISTRY OF FOREIGN AFFAIRS"), W("Ministry of Foreign Affairs", title["text"]),
             W("Ministry of Foreign Affairs", "Office of the Spokesperson, Ministry of Foreign Affairs")],
            "government"),
        org("Ministry of Information of Eritrea", [S("Ministry of Information")], "government"),
        org("House of Peoples' Representatives", [S("House of Peoples' Representatives")], "government"),
        org("Eritrea-Ethiopia Boundary Commission", [S("Eritrea-Ethiopia Boundary Commission")], "international"),
        org("United Nations", [S("United Nations")], "international"),
        org("African Union Commission", [S("African Union Commission")], "international"),
        org("African Union", [W("African Union", "auspices of the African Union")], "international"),
        org("IGAD", [S("IGAD")], "international"),
    ]
    boundary = "Eritrea-Ethiopia Boundary Commission"
    states = [
        state("Ethiopia", [S("FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA"), W("Ethiopia", title["text"]),
                           S("Federal Democratic Republic of Ethiopia")]
              + E("Ethiopia", skip_in=(title["text"], "Federal Democratic Republic of Ethiopia", boundary))
              + [W("Ethiopian", "Ethiopian forces")]),
        state("Eritrea", [W("Eritrea", title["text"]), W("State of Eritrea", "Ministry of Information of the State of Eritrea"),
                          W("State of Eritrea", "the Government of the State of Eritrea"),
                          W("Eritrean", "the Eritrean Minister"), W("Eritrea", "Eritrea's sovereignty"),
                          W("Eritrea", "independence of Eritrea"), W("Asmara", "signed in Asmara"),
                          W("Eritrean", "the Eritrean statement")]),
        state("Djibouti", [S("Djibouti")]),
        state("South Africa", [W("Pretoria", "signed in Pretoria")]),
    ]
    address = S("the address delivered by H.E. Prime Minister Abiy Ahmed to the House of Peoples' Representatives "
                "on Tuesday, 10 October 2023")
    events = [
        event("declaration", "Statement of Eritrea's Ministry of Information on the Ethiopian sea-access debate",
              "2023-10-12", "on 12 October 2023", ["Ministry of Information of Eritrea"], None,
              S("the statement issued on 12 October 2023 by the Ministry of Information of the State of Eritrea")),
        event("other", "Abiy Ahmed's address to the House of Peoples' Representatives on access to the sea",
              "2023-10-10", "on Tuesday, 10 October 2023", ["Abiy Ahmed", "House of Peoples' Representatives"],
              "Addis Ababa", address),
        event("other", "Independence of Eritrea", "1993", "in 1993", ["Eritrea"], None,
              S("the independence of Eritrea in 1993")),
        event("military", "Ethiopia-Eritrea war of 1998-2000", "1998", "1998–2000", ["Ethiopia", "Eritrea"], None,
              S("the outbreak of the 1998–2000 war")),
        event("agreement", "Algiers Agreement ending the war", "2000-12-12", "of 12 December 2000",
              ["Ethiopia", "Eritrea"], "Algiers", S("the Algiers Agreement of 12 December 2000")),
        event("other", "Final and binding decision of the Eritrea-Ethiopia Boundary Commission", "2002-04",
              "in April 2002", ["Eritrea-Ethiopia Boundary Commission"], None,
              S("the final and binding decision of the Eritrea-Ethiopia Boundary Commission delivered in April 2002")),
        event("declaration", "Joint Declaration of Peace and Friendship signed in Asmara by Abiy Ahmed and Isaias "
              "Afwerki", "2018-07-09", "on 9 July 2018", ["Abiy Ahmed", "Isaias Afwerki", "Ethiopia", "Eritrea"],
              "Asmara", S("the Joint Declaration of Peace and Friendship signed in Asmara on 9 July 2018")),
        event("other", "Reopening of the Zalambessa and Bure border crossings", "2018-09", "in September 2018",
              ["Ethiopia", "Eritrea"], "Zalambessa; Bure",
              S("The border crossings at Zalambessa and Bure, reopened in September 2018")),
        event("other", "Closure of the border crossings again", None, "within months", ["Eritrea"],
              "Zalambessa; Bure", S("were closed again within months")),
        event("meeting", "Proposed structured Ethiopia-Eritrea dialogue under AU auspices with IGAD support", None,
              "", ["Ethiopia", "Eritrea", "African Union", "IGAD"], None, S("enter into a structured dialogue")),
        event("military", "Alleged mobilisation of Ethiopian forces along the border (denied)", None, "",
              ["Ethiopia"], "Ethiopia-Eritrea border", S("Ethiopian forces are being mobilised along the border")),
        event("agreement", "Cessation of Hostilities Agreement signed in Pretoria", "2022-11", "in November 2022",
              ["Ethiopia"], "Pretoria", S("the Cessation of Hostilities Agreement signed in Pretoria in November 2022")),
        event("military", "Conflict in northern Ethiopia (Tigray war)", "2020-11", "", ["Ethiopia"],
              "northern Ethiopia", S("the conflict in northern Ethiopia")),
    ]
    un = S("the Secretary-General of the United Nations, through his Spokesperson, has urged all parties in the Horn "
           "of Africa to \"refrain from rhetoric that could heighten tensions\", and that the Chairperson of the "
           "African Union Commission, H.E. Moussa Faki Mahamat, called earlier this week on the two countries to "
           "settle their differences through dialogue")
    statements = [
        # reported speech cited by the statement
        stmt("Ministry of Information of Eritrea", "indirect",
             S("recent public discussion in Ethiopia on access to the sea as \"provocative rhetoric in the service of "
               "territorial ambition\""), S("described")),
        stmt("Abiy Ahmed", "indirect",
             S("Ethiopia seeks access to the sea \"through negotiation and mutual benefit, never through force\""),
             S("made clear")),
        stmt("Yemane Gebremeskel", "indirect", S("Eritrea's sovereignty \"is not a subject for discussion\""),
             S("was quoted by state media as saying")),
        stmt("António Guterres", "indirect",
             S("all parties in the Horn of Africa to \"refrain from rhetoric that could heighten tensions\""),
             S("has urged")),
        stmt("Moussa Faki Mahamat", "indirect", S("the two countries to settle their differences through dialogue"),
             W("called", "Mahamat, called")),
        stmt("Ministry of Information of Eritrea", "indirect",
             S("Ethiopian forces are being mobilised along the border"), S("repeated in the Eritrean statement")),
        # the issuing government's own cued declarations
        stmt(GOV, "author_opinion",
             S("the statement misrepresents the content and intent of the address delivered by H.E. Prime Minister "
               "Abiy Ahmed to the House of Peoples' Representatives on Tuesday, 10 October 2023"),
             S("notes with concern")),
        stmt(GOV, "author_opinion",
             S("the assertion that it harbours designs on the sovereign territory of any neighbour"),
             S("categorically rejects")),
        stmt(GOV, "author_opinion", S("it has never proposed to discuss it"), S("wishes to state")),
        stmt(GOV, "author_opinion",
             S("Ethiopia, a nation of more than 120 million people, is the most populous landlocked country in the "
               "world"), W("recalls", "The Government recalls")),
        stmt(GOV, "author_opinion",
             S("its full commitment to the Algiers Agreement of 12 December 2000, which brought the war to an end, and "
               "to the final and binding decision of the Eritrea-Ethiopia Boundary Commission delivered in April "
               "2002"), S("reiterates")),
        stmt(GOV, "author_opinion",
             S("the Joint Declaration of Peace and Friendship signed in Asmara on 9 July 2018 by Prime Minister Abiy "
               "Ahmed and President Isaias Afwerki, under which the two countries pledged to restore transport, trade "
               "and telecommunications links and to cooperate on the use of ports"), S("further recalls")),
        stmt(GOV, "author_opinion", S("the implementation of the Declaration has since stalled"),
             S("notes with regret")),
        stmt(GOV, "author_opinion", un, S("further notes")),
        stmt(GOV, "author_opinion",
             S("the Government of the State of Eritrea to enter into a structured dialogue, under the auspices of the "
               "African Union and with the support of IGAD, on the completion of border demarcation and on "
               "arrangements for access to the port of Assab on terms of mutual benefit"), S("calls on")),
        stmt(GOV, "author_opinion",
             S("the claim, repeated in the Eritrean statement, that Ethiopian forces are being mobilised along the "
               "border"), S("rejects as baseless")),
        stmt(GOV, "author_opinion",
             S("the Cessation of Hostilities Agreement signed in Pretoria in November 2022, which ended the conflict "
               "in northern Ethiopia, remains the foundation of peace in the Tigray region, and that Ethiopia will not "
               "allow any party to undermine its implementation"), S("reaffirms")),
    ]
    since = S("Since the independence of Eritrea in 1993, and in particular since the outbreak of the 1998–2000 war, "
              "Ethiopia has relied on a single corridor through Djibouti for more than ninety percent of its foreign "
              "trade")
    dep = S("This dependence has raised the cost of imports, exposed the national economy to disruptions beyond its "
            "control and constrained the country's development ambitions.")
    means = S("Ethiopia seeks access to the sea \"through negotiation and mutual benefit, never through force\"")
    dial = S("Such a dialogue would allow the two countries to finish the demarcation left incomplete for more than "
             "two decades and would open the way to economic integration benefiting the whole region.")
    claims = [
        claim("territorial ambition", "Ethiopian public discussion on access to the sea", "+", "asserted",
              S("\"provocative rhetoric in the service of territorial ambition\""), "Ministry of Information of Eritrea"),
        claim("negotiation and mutual benefit", "Ethiopian access to the sea", "+", "asserted", means, "Abiy Ahmed"),
        claim("force", "Ethiopian access to the sea", "+", "negated", means, "Abiy Ahmed"),
        claim("independence of Eritrea", "Ethiopia's reliance on the Djibouti corridor", "+", "asserted", since,
              AUTHOR),
        claim("1998–2000 war", "Ethiopia's reliance on the Djibouti corridor", "+", "asserted", since, AUTHOR),
        claim("dependence on a single corridor", "cost of imports", "+", "asserted", dep, AUTHOR),
        claim("dependence on a single corridor", "exposure of the economy to external disruptions", "+", "asserted",
              dep, AUTHOR),
        claim("dependence on a single corridor", "Ethiopia's development ambitions", "-", "asserted", dep, AUTHOR),
        claim("dependence on a single corridor", "necessity of a second outlet to the sea", "+", "asserted",
              S("A second outlet to the sea is therefore a matter of economic necessity, not of prestige."), AUTHOR),
        claim("Algiers Agreement", "end of the 1998–2000 war", "+", "asserted", S("which brought the war to an end"),
              AUTHOR),
        claim("lack of follow-through on the Declaration", "dividends of peace for both peoples", "-", "asserted",
              S("This lack of follow-through has deprived the peoples of both countries of the dividends of peace."),
              AUTHOR),
        claim("rhetoric", "tensions in the Horn of Africa", "+", "hedged",
              S("refrain from rhetoric that could heighten tensions"), "António Guterres"),
        claim("dialogue", "settlement of Ethiopian-Eritrean differences", "+", "asserted",
              S("settle their differences through dialogue"), "Moussa Faki Mahamat"),
        claim("UN and AU appeals for dialogue", "Ethiopia's call for a structured dialogue with Eritrea", "+",
              "asserted", S("Accordingly, the Government calls on the Government of the State of Eritrea to enter into "
                            "a structured dialogue"), AUTHOR),
        claim("structured dialogue", "completion of border demarcation", "+", "hedged", dial, AUTHOR),
        claim("structured dialogue", "economic integration", "+", "hedged", dial, AUTHOR),
        claim("economic integration", "benefit to the whole region", "+", "hedged",
              S("economic integration benefiting the whole region"), AUTHOR),
        claim("both sides engaging in good faith", "exploitation of misunderstandings", "-", "conditional",
              S("Unless both sides engage in good faith, however, misunderstandings will continue to be exploited by "
                "those who do not wish the region well."), AUTHOR),
        claim("Cessation of Hostilities Agreement", "end of the conflict in northern Ethiopia", "+", "asserted",
              S("which ended the conflict in northern Ethiopia"), AUTHOR),
        claim("Cessation of Hostilities Agreement", "peace in the Tigray region", "+", "asserted",
              S("remains the foundation of peace in the Tigray region"), AUTHOR),
        claim("trust", "lasting peace between Ethiopia and Eritrea", "+", "conditional",
              S("Lasting peace between two peoples bound by history, language and culture depends on trust"), AUTHOR),
        claim("transparency", "trust", "+", "conditional", S("trust in turn requires transparency"), AUTHOR),
        claim("goodwill on both sides", "Horn of Africa as a region of shared prosperity", "+", "conditional",
              S("with goodwill on both sides, the Horn of Africa can become a region of shared prosperity rather than "
                "of rivalry"), AUTHOR),
    ]
    stances = [
        stance(AUTHOR, TGT, 1, [
            S("The Government of Ethiopia therefore remains confident that, with goodwill on both sides, the Horn of "
              "Africa can become a region of shared prosperity rather than of rivalry."),
            S("Ethiopia welcomes these appeals and stands ready to engage."),
        ]),
    ]
    concepts = [
        "Ethiopian access to the sea",
        "Ethiopia's landlocked status and dependence on the Djibouti corridor",
        "cost of imports and economic vulnerability",
        "Ethiopia's development ambitions",
        "Eritrean sovereignty and fear of territorial ambition",
        "Algiers Agreement and the Boundary Commission decision",
        "border demarcation",
        "2018 Joint Declaration of Peace and Friendship",
        "stalled implementation (closed border crossings)",
        "commercial access to the port of Assab",
        "inflammatory rhetoric and regional tensions",
        "AU- and IGAD-supported dialogue",
        "regional economic integration",
        "Pretoria Cessation of Hostilities Agreement and peace in Tigray",
        "alleged troop mobilisation along the border",
        "trust and transparency",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
