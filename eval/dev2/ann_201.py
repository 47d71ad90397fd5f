"""Gold for 201 (South Korea-Japan, think-tank analysis, dated, with page furniture)."""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "201_korea_japan_thaw.txt"
AUTHOR = "author"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Seoul and Tokyo Bet on a Thaw, but History Still Holds a Veto")
    meta = {"title": title["text"], "authors": ["Seo Hyun-ah"], "publisher": "Han River Policy Institute",
            "date": "2023-03-22", "date_evidence": S("22 March 2023")}
    boiler = [S("Share this article: Facebook | X | LinkedIn | Email"),
              S("Photo: President Yoon Suk Yeol and Prime Minister Fumio Kishida in Tokyo. Credit: Pool photo"),
              S("Related: Why chip supply chains bind Seoul and Tokyo"),
              S("Subscribe to the Han River Policy Institute weekly briefing")]
    persons = [
        person("Seo Hyun-ah", E("Seo Hyun-ah"), ["senior fellow in Northeast Asian studies"],
               ["Han River Policy Institute"], "KR", "expert"),
        person("Yoon Suk Yeol", E("Yoon Suk Yeol") + E("Yoon", skip_in=("Yoon Suk Yeol",)),
               ["President of South Korea"], [], "KR", "leader"),
        person("Fumio Kishida", E("Fumio Kishida") + E("Kishida", skip_in=("Fumio Kishida",)),
               ["Prime Minister of Japan"], [], "JP", "leader"),
        person("Choi Min-seok", [S("Choi Min-seok")], ["trade economist"], ["Daehan University"], None, "expert"),
        person("Lee Jae-myung", [S("Lee Jae-myung")], ["leader of the opposition Democratic Party"],
               ["Democratic Party"], "KR", "other"),
    ]
    orgs = [
        org("Han River Policy Institute", E("Han River Policy Institute"), "think_tank"),
        org("Supreme Court of South Korea", [S("Supreme Court")], "government"),
        org("World Trade Organization", [S("World Trade Organization")], "international"),
        org("Daehan University", [S("Daehan University")], "university"),
        org("Hanbit Research", [S("Hanbit Research")], "company"),
        org("Democratic Party (South Korea)", [S("Democratic Party")], "party"),
    ]
    states = [
        state("South Korea", E("Seoul", skip_in=("Seoul.\n",))
              + [W("South Korean", "first South Korean leader"), W("South Korea", "South Korea's Supreme Court")]),
        state("Japan", E("Tokyo") + [W("Japan", "travel to Japan"), W("Japan", "Japan agreed"),
                                     W("Japanese", "Japanese officials")]),
        state("North Korea", [S("North Korea")]),
        state("United States", [S("Washington"), W("United States", "with the United States")]),
    ]
    D = "2023-03-16"
    events = [
        event("visit", "Yoon Suk Yeol's visit to Tokyo, summit with Fumio Kishida (first stand-alone "
              "bilateral visit by a South Korean leader in twelve years)", D, "on 16 March",
              ["Yoon Suk Yeol", "Fumio Kishida"], "Tokyo",
              S("When President Yoon Suk Yeol landed in Tokyo on 16 March, he became the first South Korean "
                "leader in twelve years to travel to Japan for a stand-alone bilateral visit")),
        event("other", "South Korean Supreme Court orders two Japanese companies to compensate forced labourers",
              "2018-10", "in October 2018", ["Supreme Court of South Korea"], "South Korea",
              S("in October 2018, when South Korea's Supreme Court ordered two Japanese companies to compensate "
                "Koreans")),
        event("agreement", "1965 treaty normalising Japan-South Korea relations", "1965", "the 1965 treaty",
              ["Japan", "South Korea"], None, S("the 1965 treaty that normalised relations")),
        event("sanctions", "Japan tightens export controls on three chemicals used by Korean chipmakers",
              "2019-07", "in July 2019", ["Japan"], None,
              S("it answered the ruling in July 2019 by tightening controls on exports of three chemicals")),
        event("other", "Seoul threatens to scrap the GSOMIA intelligence-sharing pact", "2019", "",
              ["South Korea"], None, S("Seoul retaliated by threatening to scrap GSOMIA")),
        event("other", "Korean consumer boycott of Japanese beer and cars", "2019", "", [], "South Korea",
              S("Korean consumers boycotted Japanese beer and cars")),
        event("other", "Yoon government announces the foundation-based compensation plan", "2023-03-06",
              "On 6 March", ["South Korean government"], None,
              S("On 6 March the Yoon government announced that a state-backed foundation")),
        event("agreement", "Japan agrees to lift the export controls during the visit", D, "During the visit",
              ["Japan", "South Korea"], "Tokyo", S("During the visit, Japan agreed to lift the export controls")),
        event("other", "Planned withdrawal of South Korea's WTO complaint", None, "", ["South Korea"], None,
              S("it would withdraw its complaint at the World Trade Organization")),
        event("military", "Record number of North Korean missile launches", "2022", "last year", ["North Korea"],
              None, S("North Korea fired more missiles last year than in any previous year")),
        event("conference", "Joint news conference of Yoon and Kishida in Tokyo", D, "",
              ["Yoon Suk Yeol", "Fumio Kishida"], "Tokyo", S("Yoon told reporters at a joint news conference")),
        event("visit", "Planned resumption of regular leader-level shuttle diplomacy", None, "",
              ["Yoon Suk Yeol", "Fumio Kishida"], None,
              S("the two leaders had agreed to resume regular \"shuttle diplomacy\"")),
        event("election", "2027 South Korean presidential election", "2027", "2027", ["South Korea"], "South Korea",
              S("the 2027 presidential election")),
        event("declaration", "1998 Japan-South Korea joint declaration", "1998", "1998", ["Japan", "South Korea"],
              None, S("the 1998 joint declaration")),
        event("summit", "Planned trilateral summit with the United States", None, "",
              ["United States", "South Korea", "Japan"], None, S("a planned trilateral summit")),
    ]
    said_seoul = W("said", "Seoul said it would")
    statements = [
        stmt("Japan", "indirect", S("all such claims were settled by the 1965 treaty that normalised relations"),
             S("has always argued")),
        stmt("South Korean government", "indirect",
             S("a state-backed foundation, funded by Korean companies, would pay the plaintiffs instead of the "
               "Japanese firms"), W("announced", "the Yoon government announced")),
        stmt("South Korea", "indirect", S("it would withdraw its complaint at the World Trade Organization"),
             said_seoul),
        stmt("Yoon Suk Yeol", "direct_quote",
             S("We cannot afford to waste more time while the security environment around us deteriorates"),
             S("Yoon told reporters")),
        stmt("Fumio Kishida", "indirect", S("the two leaders had agreed to resume regular \"shuttle diplomacy\""),
             S("Kishida said")),
        stmt("Fumio Kishida", "indirect", S("the visit had opened a new chapter for both countries"), S("adding")),
        stmt("Choi Min-seok", "according_to",
             S("the 2019 controls hurt Japanese suppliers more than Korean manufacturers, because Korean firms "
               "found substitutes at home and in Europe"), S("According to Choi Min-seok")),
        stmt("Choi Min-seok", "direct_quote",
             S("The controls taught Korean industry to diversify, and that lesson will not be unlearned"),
             S("he said")),
        stmt("Hanbit Research", "indirect", S("almost six in ten South Koreans opposed the compensation plan"),
             W("found", "Hanbit Research found")),
        stmt("Lee Jae-myung", "indirect", S("the plan as a surrender of the victims' rights"), S("described")),
        stmt("Fumio Kishida", "indirect",
             S("his cabinet upholds the positions of previous governments on history, including the 1998 joint "
               "declaration"), S("Kishida told the news conference")),
    ]
    causal_ev = S("Because each government treated the other's move as an attack on its sovereignty, a legal "
                  "dispute turned into a trade war.")
    threat = S("the shared threat has pushed both capitals toward Washington and toward each other")
    unless = S("Unless the Japanese companies contribute voluntarily, the settlement will remain hostage to South "
               "Korean domestic politics.")
    shield = S("Security cooperation with the United States, including a planned trilateral summit, gives both "
               "governments a reason to shield the economic agenda from the history dispute.")
    claims = [
        claim("history dispute", "Seoul-Tokyo thaw", "-", "asserted", title, AUTHOR),
        claim("Supreme Court forced-labour ruling (October 2018)", "freeze in South Korea-Japan relations", "+",
              "asserted", S("a freeze that began in October 2018, when South Korea's Supreme Court ordered two "
                            "Japanese companies to compensate Koreans"), AUTHOR),
        claim("Yoon-Kishida summit", "freeze in South Korea-Japan relations", "-", "asserted",
              S("His summit with Prime Minister Fumio Kishida ended a freeze"), AUTHOR),
        claim("1965 normalisation treaty", "settlement of colonial-era compensation claims", "+", "asserted",
              S("all such claims were settled by the 1965 treaty that normalised relations"), "Japan"),
        claim("Supreme Court ruling", "Japanese export controls on three chemicals", "+", "asserted",
              S("it answered the ruling in July 2019 by tightening controls on exports of three chemicals"), AUTHOR),
        claim("Japanese exports of three chemicals", "Korean chip production", "+", "asserted",
              S("three chemicals that Korean chipmakers depend on"), AUTHOR),
        claim("Japanese export controls", "Seoul's threat to scrap GSOMIA", "+", "asserted",
              S("Seoul retaliated by threatening to scrap GSOMIA, the military intelligence-sharing pact"), AUTHOR),
        claim("Japanese export controls", "Korean consumer boycott of Japanese goods", "+", "asserted",
              S("Korean consumers boycotted Japanese beer and cars"), AUTHOR),
        claim("each government treating the other's move as an attack on its sovereignty",
              "escalation of the legal dispute into a trade war", "+", "asserted", causal_ev, AUTHOR),
        claim("foundation compensation plan", "immediate trigger of the quarrel", "-", "asserted",
              S("The plan removed the immediate trigger of the quarrel"), AUTHOR),
        claim("foundation compensation plan", "Tokyo's ability to respond without reopening the 1965 settlement",
              "+", "asserted", S("it allowed Tokyo to respond without reopening the 1965 settlement"), AUTHOR),
        claim("factors outside the bilateral relationship (North Korean threat)", "Seoul-Tokyo thaw", "+",
              "asserted", S("The strongest driver, however, lies outside the bilateral relationship"), AUTHOR),
        claim("shared North Korean missile threat", "rapprochement between Seoul and Tokyo", "+", "asserted",
              threat, AUTHOR),
        claim("shared North Korean missile threat", "alignment of Seoul and Tokyo with Washington", "+",
              "asserted", threat, AUTHOR),
        claim("deteriorating security environment", "urgency of South Korea-Japan cooperation", "+", "asserted",
              S("We cannot afford to waste more time while the security environment around us deteriorates"),
              "Yoon Suk Yeol"),
        claim("Yoon's visit", "new chapter in South Korea-Japan relations", "+", "asserted",
              S("the visit had opened a new chapter for both countries"), "Fumio Kishida"),
        claim("Japanese materials", "Korean chipmaking", "+", "asserted",
              S("Korean chipmakers rely on Japanese materials"), AUTHOR),
        claim("Korean customers", "Japanese equipment makers' business", "+", "asserted",
              S("Japanese equipment makers need Korean customers"), AUTHOR),
        claim("2019 export controls", "Japanese suppliers", "-", "asserted",
              S("the 2019 controls hurt Japanese suppliers more than Korean manufacturers"), "Choi Min-seok"),
        claim("2019 export controls", "Korean manufacturers", "-", "asserted",
              S("the 2019 controls hurt Japanese suppliers more than Korean manufacturers"), "Choi Min-seok"),
        claim("Korean firms finding substitutes at home and in Europe", "harm of the controls to Korean manufacturers",
              "-", "asserted", S("because Korean firms found substitutes at home and in Europe"), "Choi Min-seok"),
        claim("2019 export controls", "diversification of Korean industry", "+", "asserted",
              S("The controls taught Korean industry to diversify"), "Choi Min-seok"),
        claim("narrow base of support", "stability of the thaw", "-", "asserted",
              S("Yet the thaw rests on a narrow base."), AUTHOR),
        claim("absence of money from the sued Japanese companies", "acceptance of the compensation plan", "-",
              "asserted", S("The problem is that the foundation receives no money from the Japanese companies "
                            "that were sued"), AUTHOR),
        claim("absence of money from the sued Japanese companies", "victims' groups seeing the plan as a humiliation",
              "+", "asserted", S("so victims' groups see the arrangement as a humiliation rather than a remedy"),
              AUTHOR),
        claim("opposition victory in the 2027 presidential election", "unwinding of the compensation scheme", "+",
              "conditional", S("If the opposition wins the 2027 presidential election, the compensation scheme "
                               "could be unwound"), AUTHOR),
        claim("risk that the compensation scheme is unwound", "Japanese reluctance to offer more than past apologies",
              "+", "asserted", S("They are therefore reluctant to offer more than a reaffirmation of past apologies"),
              AUTHOR),
        claim("voluntary contributions by the Japanese companies",
              "settlement remaining hostage to South Korean domestic politics", "-", "conditional", unless, AUTHOR),
        claim("South Korean domestic politics", "stability of the settlement", "-", "conditional", unless, AUTHOR),
        claim("weaknesses of the settlement", "improvement of the relationship", "-", "negated",
              S("Despite these weaknesses, I expect the relationship to keep improving over the next two years."),
              AUTHOR),
        claim("security cooperation with the United States", "shielding the economic agenda from the history dispute",
              "+", "asserted", shield, AUTHOR),
        claim("history dispute", "economic agenda", "-", "asserted", shield, AUTHOR),
        claim("leaders explaining to voters why the other side is a partner", "durable reconciliation", "+",
              "conditional", S("A durable reconciliation, though, will require leaders in both capitals to explain "
                               "to their voters why the other side is a partner and not a rival"), AUTHOR),
    ]
    tgt = "south_korea_japan_relations_outlook"
    stances = [
        stance(AUTHOR, tgt, 1, [S("I expect the relationship to keep improving over the next two years"),
                                S("Progress is real, but it is reversible.")]),
        stance("Yoon Suk Yeol", tgt, 1, [S("We cannot afford to waste more time while the security environment "
                                           "around us deteriorates")]),
        stance("Fumio Kishida", tgt, 1, [S("the visit had opened a new chapter for both countries")]),
    ]
    concepts = [
        "South Korea-Japan thaw", "history dispute / colonial-era forced labour", "Supreme Court forced-labour ruling",
        "1965 normalisation treaty and claims settlement", "Japanese export controls on chip chemicals",
        "GSOMIA intelligence-sharing pact", "Korean consumer boycott of Japanese goods",
        "sovereignty framing of the dispute", "trade war", "foundation-based compensation plan",
        "North Korean missile threat", "alignment with the United States / trilateral security cooperation",
        "shuttle diplomacy", "semiconductor supply chains", "diversification of Korean industry",
        "South Korean public opposition to the compensation plan", "victims' groups",
        "South Korean domestic politics and the 2027 election", "Japanese apologies / 1998 joint declaration",
        "contributions by the sued Japanese companies", "durable reconciliation",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
