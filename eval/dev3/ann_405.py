"""Gold for 405 (Japan-China, think-tank policy report with numbered sections and footnotes,
dated 14 October 2024)."""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "405_japan_china_report.txt"
AUTHOR = "author"
HM, KA = "Haruka Mizuno", "Kenji Arakawa"
KISP = "Kasumi Institute for Strategic Policy"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Cold Water, Careful Trade: Japan–China Relations between the East China Sea and Economic Security")
    meta = {"title": title["text"], "authors": [HM, KA], "publisher": KISP,
            "date": "2024-10-14", "date_evidence": S("14 October 2024")}
    boiler = [
        S("Recommended citation: Mizuno, H. and Arakawa, K. (2024), \"Cold Water, Careful Trade\", KISP Policy "
          "Report 27."),
        S("© Kasumi Institute for Strategic Policy, 2024. All rights reserved."),
    ]
    persons = [
        person(HM, [S(HM), W("Mizuno", "[5] H. Mizuno"), W("Mizuno", "Recommended citation: Mizuno")], ["author"],
               [KISP], None, "expert"),
        person(KA, [S(KA), W("Arakawa", "and Arakawa, K.")], ["author"], [KISP], None, "expert"),
        person("Shigeru Ishiba", E("Shigeru Ishiba") + E("Ishiba", skip_in=("Shigeru Ishiba",)),
               ["Prime Minister"], [], "JP", "leader"),
        person("Li Qiang", E("Li Qiang") + E("Li", skip_in=("Li Qiang",)), ["Premier"], [], "CN", "leader"),
        person("Fumio Kishida", [S("Fumio Kishida")], [], [], "JP", "leader"),
        person("Xi Jinping", [S("Xi Jinping")], [], [], "CN", "leader"),
        person("Yoko Kamikawa", [S("Yoko Kamikawa")], ["Foreign Minister"], [], "JP", "official"),
        person("Mao Ning", [S("Mao Ning")], ["Chinese foreign ministry spokeswoman"],
               ["Ministry of Foreign Affairs of China"], "CN", "official"),
        person("Yoshimasa Hayashi", [S("Yoshimasa Hayashi")], ["Chief Cabinet Secretary"], [], "JP", "official"),
        person("Zhan Qixiong", [W("the captain", "the captain's arrest")], ["captain of a Chinese trawler"], [],
               "CN", "other"),
        person("Takuya Sonoda", [S("Takuya Sonoda"), S("The retired captain")],
               ["former coast guard captain", "at Seto Maritime University"], ["Seto Maritime University"], None,
               "expert"),
    ]
    orgs = [
        org(KISP, [S("KASUMI INSTITUTE FOR STRATEGIC POLICY"), S(KISP)]
            + E("Kasumi Institute", skip_in=(KISP,)) + [S("KISP")], "think_tank"),
        org("APEC", [S("APEC")], "international"),
        org("Ministry of Foreign Affairs of Japan", [S("Ministry of Foreign Affairs of Japan")], "government"),
        org("Ministry of Foreign Affairs of China", [W("foreign ministry", "Chinese foreign ministry")],
            "government"),
        org("China Coast Guard", [S("China Coast Guard")], "government"),
        org("Seto Maritime University", [S("Seto Maritime University")], "university"),
        org("Astellas Pharma", [S("Astellas Pharma")], "company"),
        org("Tokai Business Federation", [S("Tokai Business Federation")], "other"),
    ]
    states = [
        state("Japan", E("Japan", skip_in=("Ministry of Foreign Affairs of Japan",))
              + E("Tokyo")
              + [W("Japanese", "the Japanese readout"), W("Japanese", "Japanese patrol boats"),
                 W("Japanese", "If Japanese controls")]),
        state("China", E("China", skip_in=("East China Sea", "China Coast Guard"))
              + [W("Chinese", "Chinese foreign ministry"), W("Chinese", "a Chinese Y-9"),
                 W("Chinese", "a Chinese military aircraft"),
                 W("Beijing", "that Beijing's position"), W("Beijing", "so Beijing needs"),
                 W("Beijing", "Beijing later told"), W("Beijing", "Beijing responded")]),
        state("United States", [S("the United States"), W("US", "US–China rivalry")]),
        state("Netherlands", [S("the Netherlands")]),
        state("Laos", [W("Vientiane", "met Li in Vientiane")]),
    ]
    seafood = S("the two governments announced that China would gradually resume imports of Japanese seafood")
    events = [
        event("summit", "Kishida-Xi meeting on the sidelines of the APEC summit in San Francisco", "2023-11",
              "in November 2023", ["Fumio Kishida", "Xi Jinping"], "San Francisco",
              S("When Fumio Kishida and Xi Jinping met on the sidelines of the APEC summit in San Francisco in "
                "November 2023")),
        event("agreement", "Japan-China agreement on the 'mutually beneficial relationship based on common strategic "
              "interests' formula", "2006", "in 2006", ["Japan", "China"], None,
              S("a formula first agreed in 2006")),
        event("agreement", "Japan-China arrangement on the gradual resumption of Chinese imports of Japanese seafood",
              "2024-09-20", "on 20 September", ["Japan", "China"], None, seafood),
        event("sanctions", "China's blanket ban on imports of Japanese seafood", "2023-08", "", ["China", "Japan"],
              None, S("which it had banned outright")),
        event("other", "Japan begins releasing treated water from the Fukushima Daiichi plant", "2023-08",
              "in August 2023", ["Japan"], "Fukushima Daiichi",
              S("Japan began releasing treated water from the Fukushima Daiichi plant in August 2023")),
        event("other", "Shigeru Ishiba takes office as Prime Minister", "2024-10-01", "on 1 October",
              ["Shigeru Ishiba"], "Japan", S("Ishiba, who took office on 1 October")),
        event("meeting", "First meeting between Ishiba and Li Qiang in Vientiane", "2024-10-10", "on 10 October",
              ["Shigeru Ishiba", "Li Qiang"], "Vientiane", S("met Li in Vientiane on 10 October")),
        event("other", "Fatal stabbing of a Japanese schoolboy in Shenzhen", "2024-09", "in September", [],
              "Shenzhen", S("the fatal stabbing of a Japanese schoolboy in Shenzhen in September")),
        event("other", "China Coast Guard presence in the contiguous zone around the Senkakus on a record 352 days",
              "2023", "in 2023", ["China Coast Guard"], "Senkaku Islands",
              S("China Coast Guard vessels were present in the contiguous zone around the Senkakus on a record 352 "
                "days in 2023")),
        event("military", "Chinese Y-9 surveillance aircraft violates Japanese airspace off the Danjo Islands",
              "2024-08-26", "On 26 August", ["China", "Japan"], "Danjo Islands",
              S("On 26 August, a Chinese Y-9 surveillance aircraft entered Japanese airspace off the Danjo Islands")),
        event("other", "Collision between a Chinese trawler and Japanese patrol boats", "2010", "2010", ["Japan"],
              None, S("The 2010 collision between a Chinese trawler and Japanese patrol boats")),
        event("other", "Arrest of the Chinese trawler captain", "2010", "", ["Zhan Qixiong", "Japan"], None,
              S("the captain's arrest")),
        event("sanctions", "China's informal halt of rare-earth shipments to Japan", "2010", "", ["China", "Japan"],
              None, S("an informal halt of rare-earth shipments to Japan")),
        event("agreement", "Opening of the Japan-China defence hotline", "2023-03", "in March 2023",
              ["Japan", "China"], None, S("The defence hotline opened in March 2023")),
        event("sanctions", "Japanese export restrictions on 23 types of chipmaking equipment", "2023-07",
              "In July 2023", ["Japan"], None,
              S("In July 2023 Japan restricted exports of 23 types of chipmaking equipment")),
        event("sanctions", "Chinese export licensing for gallium and germanium", "2023-08", "from August 2023",
              ["China"], None, S("export licensing for gallium and germanium from August 2023")),
        event("sanctions", "Chinese export licensing for graphite", "2023-12", "from December", ["China"], None,
              S("for graphite from December")),
        event("other", "Detention of an Astellas Pharma employee in Beijing", "2023-03", "in March 2023",
              ["Astellas Pharma", "China"], "Beijing",
              S("The detention of an Astellas Pharma employee in Beijing in March 2023")),
        event("other", "Indictment of the Astellas Pharma employee", "2024-08", "this August", ["China"], None,
              S("his indictment this August")),
        event("meeting", "Proposed resumption of the stalled talks on joint gas development in the East China Sea",
              None, "", ["Japan", "China"], None, S("resuming the stalled talks on joint gas development")),
        event("agreement", "2008 Japan-China consensus on joint gas development", "2008", "the 2008 consensus",
              ["Japan", "China"], None, S("the 2008 consensus")),
    ]
    reaff = S("the \"mutually beneficial relationship based on common strategic interests\"")
    readout = S("Ishiba raised the fatal stabbing of a Japanese schoolboy in Shenzhen in September and asked for the "
                "release of detained Japanese nationals")
    assess = S("neither a rupture nor a genuine thaw is likely as long as the territorial dispute remains frozen and "
               "US–China rivalry sets the terms of trade")
    statements = [
        stmt("Fumio Kishida", "indirect", reaff, S("reaffirmed")),
        stmt("Xi Jinping", "indirect", reaff, S("reaffirmed")),
        stmt("Japan", "indirect", S("China would gradually resume imports of Japanese seafood"),
             W("announced", "governments announced")),
        stmt("China", "indirect", S("China would gradually resume imports of Japanese seafood"),
             W("announced", "governments announced")),
        stmt("Yoko Kamikawa", "indirect", S("the arrangement showed that \"patient diplomacy can still deliver results\""),
             W("said", "Kamikawa said")),
        stmt("Mao Ning", "indirect", S("Beijing's position on the discharge had not changed"), S("insisted")),
        stmt("Japan", "according_to", readout, S("According to the Japanese readout")),
        stmt("Shigeru Ishiba", "indirect", S("the fatal stabbing of a Japanese schoolboy in Shenzhen in September"),
             W("raised", "Ishiba raised")),
        stmt("Shigeru Ishiba", "indirect", S("the release of detained Japanese nationals"), S("asked for")),
        stmt("Li Qiang", "indirect",
             S("China was ready to \"look at the relationship from a long-term perspective\""), S("told him")),
        stmt("Yoshimasa Hayashi", "direct_quote", S("it \"completely unacceptable\""), W("called", "Hayashi called")),
        stmt("China", "indirect", S("the crew had not intended to violate Japanese airspace"), S("told Tokyo")),
        stmt("Takuya Sonoda", "direct_quote", S("Ships are cheaper than crises, until the day they collide"),
             S("told us")),
        stmt("Takuya Sonoda", "indirect",
             S("crews on both sides operate under rules of engagement that neither government has shared"),
             S("warned")),
        stmt("Tokai Business Federation", "according_to", S("38 percent plan to reduce investment in China"),
             S("According to a survey of 412 companies by the Tokai Business Federation")),
        stmt(HM, "author_opinion", assess, S("In our assessment")),
        stmt(KA, "author_opinion", assess, S("In our assessment")),
    ]
    fragile = S("That floor is fragile: coast guard pressure around the Senkaku Islands has not eased, and "
                "economic-security measures are turning trade into a second arena of competition.")
    slow = S("China's growth has slowed and foreign direct investment into the country collapsed last year, so "
             "Beijing needs Japanese capital and technology.")
    cg = S("Because both sides rely on coast guards rather than navies, the main risk is not a deliberate war but an "
           "accident that neither can control.")
    esc = S("The 2010 collision between a Chinese trawler and Japanese patrol boats showed how fast an incident can "
            "escalate")
    resp = S("Beijing responded with export licensing for gallium and germanium from August 2023 and for graphite "
             "from December.")
    astellas = S("The detention of an Astellas Pharma employee in Beijing in March 2023, followed by his indictment "
                 "this August, has made Japanese firms reluctant to post staff to China.")
    spiral = S("The problem is that each defensive step by one side is read as an offensive one by the other, which "
               "in turn justifies new measures.")
    widen = S("If Japanese controls keep widening without clear criteria, firms will face retaliation in the Chinese "
              "market without gaining much security.")
    claims = [
        claim("coast guard pressure around the Senkaku Islands", "stability of the floor under the relationship", "-",
              "asserted", fragile, AUTHOR),
        claim("economic-security measures", "stability of the floor under the relationship", "-", "asserted",
              fragile, AUTHOR),
        claim("economic-security measures", "trade as an arena of competition", "+", "asserted",
              S("economic-security measures are turning trade into a second arena of competition"), AUTHOR),
        claim("patient diplomacy", "results (the seafood arrangement)", "+", "asserted",
              S("patient diplomacy can still deliver results"), "Yoko Kamikawa"),
        claim("release of treated water from Fukushima Daiichi", "Chinese ban on Japanese seafood", "+", "asserted",
              S("which it had banned outright after Japan began releasing treated water from the Fukushima Daiichi "
                "plant in August 2023"), AUTHOR),
        claim("economics", "restart of Chinese seafood imports", "+", "asserted",
              S("The restart owes more to economics than to goodwill."), AUTHOR),
        claim("slowing Chinese growth", "Beijing's need for Japanese capital and technology", "+", "asserted", slow,
              AUTHOR),
        claim("collapse of foreign direct investment into China", "Beijing's need for Japanese capital and technology",
              "+", "asserted", slow, AUTHOR),
        claim("seafood ban", "loss of Hokkaido fishing communities' main export market", "+", "asserted",
              S("which lost their main export market because of the ban"), AUTHOR),
        claim("pressure from Hokkaido fishing communities", "Tokyo's interest in the seafood restart", "+", "asserted",
              S("Tokyo, for its part, faced pressure from fishing communities in Hokkaido"), AUTHOR),
        claim("reliance on coast guards rather than navies", "risk of a deliberate war", "-", "asserted", cg, AUTHOR),
        claim("reliance on coast guards rather than navies", "risk of an uncontrollable accident", "+", "asserted", cg,
              AUTHOR),
        claim("2010 trawler collision", "escalation of the incident", "+", "asserted", esc, AUTHOR),
        claim("arrest of the trawler captain", "informal halt of rare-earth shipments to Japan", "+", "asserted",
              S("the captain's arrest was followed by an informal halt of rare-earth shipments to Japan"), AUTHOR),
        claim("use of the defence hotline in a crisis", "crisis management", "+", "conditional",
              S("The defence hotline opened in March 2023 helps only if it is used in a crisis."), AUTHOR),
        claim("collision of ships", "crisis costs", "+", "asserted",
              S("Ships are cheaper than crises, until the day they collide"), "Takuya Sonoda"),
        claim("Japanese export restrictions on chipmaking equipment", "Chinese export licensing for gallium and "
              "germanium", "+", "asserted", resp, AUTHOR),
        claim("Japanese export restrictions on chipmaking equipment", "Chinese export licensing for graphite", "+",
              "asserted", resp, AUTHOR),
        claim("detention of an Astellas Pharma employee", "Japanese firms' reluctance to post staff to China", "+",
              "asserted", astellas, AUTHOR),
        claim("indictment of the Astellas Pharma employee", "Japanese firms' reluctance to post staff to China", "+",
              "asserted", astellas, AUTHOR),
        claim("defensive step by one side", "perception as offensive by the other side", "+", "asserted", spiral,
              AUTHOR),
        claim("perception of the other side's steps as offensive", "new measures", "+", "asserted", spiral, AUTHOR),
        claim("widening of Japanese export controls without clear criteria",
              "retaliation against Japanese firms in the Chinese market", "+", "conditional", widen, AUTHOR),
        claim("widening of Japanese export controls without clear criteria", "security gains", "+", "negated", widen,
              AUTHOR),
        claim("frozen territorial dispute", "genuine thaw", "-", "conditional", assess, AUTHOR),
        claim("US–China rivalry setting the terms of trade", "genuine thaw", "-", "conditional", assess, AUTHOR),
    ]
    tgt = "japan_china_relations_outlook"
    stances = [
        stance(AUTHOR, tgt, 0, [S("That floor is fragile"), S("The maritime picture is far less encouraging."),
                                assess]),
        stance("Yoko Kamikawa", tgt, 1, [S("patient diplomacy can still deliver results")]),
        stance("Li Qiang", tgt, 1, [S("look at the relationship from a long-term perspective")]),
    ]
    concepts = [
        "Japan-China stabilisation (a floor under the relationship)", "Fukushima treated-water release",
        "Chinese ban on Japanese seafood and its lifting", "patient diplomacy / leaders' meetings",
        "Chinese economic slowdown and collapse of FDI", "Chinese need for Japanese capital and technology",
        "Hokkaido fishing communities", "China Coast Guard pressure around the Senkakus",
        "airspace incursions by Chinese military aircraft", "reliance on coast guards and risk of accidents",
        "2010 trawler collision and rare-earth halt", "defence hotline / crisis channels",
        "Japanese export controls on chipmaking equipment",
        "Chinese export licensing of critical minerals (gallium, germanium, graphite)",
        "detention of Japanese nationals (Astellas case)", "Japanese firms' caution about China",
        "security dilemma of economic-security measures", "territorial dispute", "US-China rivalry",
        "joint gas development (2008 consensus)",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
