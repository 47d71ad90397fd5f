"""Gold annotations: 101_india_china_border.txt (news report, dated 12 February 2021)."""

from __future__ import annotations

from _spans import Doc, claim, event, org, person, stance, state, stmt

DOC = "101_india_china_border.txt"
TARGET = "india_china_relations_outlook"


def annotate(d: Doc) -> dict:
    s = d.span
    meta = {
        "title": "India and China begin pulling troops back from Pangong lake",
        "authors": ["Meera Joshi"],
        "publisher": None,
        "date": "2021-02-12",
        "date_evidence": s("12 February 2021"),
    }
    boilerplate = [
        s("Photo: An Indian army convoy on the highway to Leh, Ladakh. (AP/File)"),
        s("Share this article"),
        s("Related: How the Galwan clash changed India’s China policy"),
        s("Sign up for our Asia Briefing newsletter, delivered every weekday morning."),
    ]
    persons = [
        person("Meera Joshi", [s("Meera Joshi")], [], [], None, "other"),
        person("Tom Ashworth", [s("Tom Ashworth")], [], [], None, "other"),
        person("Rajnath Singh", [s("Rajnath Singh"), s("the minister")],
               ["Defence Minister"], [], "IN", "official"),
        person("Wu Qian", [s("Wu Qian")],
               ["Senior Colonel", "spokesman for China’s Ministry of National Defence"],
               ["Ministry of National Defence of China"], "CN", "official"),
        person("Srinivas Rao", [s("Srinivas Rao"), s("Rao", after="According to"),
                                s("Rao", after="Rao expects", nth=0)],
               ["senior fellow at the Delhi Policy Forum"], ["Delhi Policy Forum"], "IN", "expert"),
        person("Lin Mei", [s("Lin Mei")],
               ["studies South Asia at the Kunming Centre for Neighbourhood Studies"],
               ["Kunming Centre for Neighbourhood Studies"], "CN", "expert"),
        person("S. Jaishankar", [s("S. Jaishankar"), s("Jaishankar", after="Jaishankar said")],
               ["External Affairs Minister"], [], "IN", "official"),
        person("Wang Yi", [s("Wang Yi"), s("his Chinese counterpart")],
               ["Foreign Minister of China"], [], "CN", "official"),
    ]
    organizations = [
        org("Ministry of National Defence of China", [s("Ministry of National Defence")], "government"),
        org("Delhi Policy Forum", [s("Delhi Policy Forum")], "think_tank"),
        org("Kunming Centre for Neighbourhood Studies", [s("Kunming Centre for Neighbourhood Studies")],
            "think_tank"),
        org("Parliament of India (upper house)", [s("upper house of parliament")], "government"),
        org("Ministry of Foreign Affairs of China", [s("foreign ministry")], "government"),
        org("Associated Press (AP)", [s("AP")], "media"),
    ]
    states = [
        state("India", d.every("India") + d.every("Indian") + d.every("New Delhi")),
        state("China", d.every("China")
              + [s("Beijing", after="If Beijing")]
              + [s("Chinese", after="his Chinese"), s("Chinese", after="The Chinese foreign")]),
        state("Russia", [s("Moscow")]),
    ]
    events = [
        event("military", "India and China begin withdrawing troops, tanks and armoured vehicles "
              "from the banks of Pangong lake (disengagement)", "2021-02", "",
              ["India", "China"], "Pangong lake, eastern Ladakh",
              s("India and China have started withdrawing front-line troops, tanks and armoured "
                "vehicles from the banks of Pangong lake in eastern Ladakh")),
        event("declaration", "Rajnath Singh's statement to the upper house of parliament on the "
              "disengagement", "2021-02-11", "on Thursday", ["Rajnath Singh"], "New Delhi",
              s("Defence Minister Rajnath Singh told the upper house of parliament on Thursday")),
        event("agreement", "India and China agree to pull back troops step by step", "2021-02", "",
              ["India", "China"], None, s("the two sides had agreed to pull back")),
        event("meeting", "Ninth round of corps commander-level talks", "2021-01-24", "on January 24",
              ["India", "China"], None,
              s("the ninth round of corps commander-level talks on January 24")),
        event("military", "Start of the standoff: soldiers of the two armies scuffle near Pangong lake",
              "2020-05", "in early May 2020", ["India", "China"], "Pangong lake",
              s("The standoff began in early May 2020, when soldiers from the two armies scuffled "
                "near the lake")),
        event("military", "Galwan Valley clash: 20 Indian soldiers killed", "2020-06-15", "on June 15",
              ["India", "China"], "Galwan Valley",
              s("It turned deadly on June 15, when 20 Indian soldiers were killed in hand-to-hand "
                "fighting in the Galwan Valley")),
        event("military", "Indian troops occupy heights on the Kailash range", "2020-08",
              "at the end of August", ["India"], "Kailash range",
              s("Indian troops occupied heights on the Kailash range at the end of August")),
        event("sanctions", "India bans 59 Chinese apps including TikTok", "2020-06", "at the end of June",
              ["India", "China"], None,
              s("New Delhi banned 59 Chinese apps, including TikTok, at the end of June")),
        event("other", "India tightens rules for investment from countries sharing a land border",
              "2020-04", "in April", ["India"], None,
              s("in April it had already tightened the rules for investment from countries that "
                "share a land border with India")),
        event("meeting", "Jaishankar and Wang Yi meet in Moscow", "2020-09", "in September",
              ["S. Jaishankar", "Wang Yi"], "Moscow",
              s("S. Jaishankar and his Chinese counterpart, Wang Yi, met in Moscow in September")),
        event("agreement", "Five-point plan to ease tensions agreed by the two foreign ministers",
              "2020-09", "in September", ["S. Jaishankar", "Wang Yi"], "Moscow",
              s("agreed on a five-point plan to ease tensions")),
        event("declaration", "Jaishankar's speech on relations with China", "2021-01", "last month",
              ["S. Jaishankar"], None, s("Jaishankar said in a speech last month")),
        event("meeting", "Planned meeting of senior commanders after the pullback is completed",
              "2021-02", "within 48 hours of the pullback being completed", ["India", "China"], None,
              s("senior commanders would meet again within 48 hours of the pullback being completed")),
    ]
    statements = [
        stmt("Rajnath Singh", "indirect",
             s("the two sides had agreed to pull back \"step by step, in a way that each side can verify.\""),
             s("told", after="Rajnath Singh")),
        stmt("Rajnath Singh", "indirect", s("India had given up nothing in the negotiations"),
             s("insisted")),
        stmt("Rajnath Singh", "direct_quote",
             s("Our approach has been firm and patient. We will not allow any unilateral change to "
               "the status quo along the Line of Actual Control"),
             s("the minister told")),
        stmt("Wu Qian", "indirect",
             s("units on the southern and northern banks of the lake had begun to disengage in line "
               "with the consensus reached at the ninth round of corps commander-level talks on January 24"),
             s("said", after="Wu Qian")),
        stmt("analysts", "indirect", s("the pullback covers only one of several friction points"),
             s("cautioned")),
        stmt("Srinivas Rao", "direct_quote", s("This is a welcome first step, but it is only a first step"),
             s("said", after="only a first step")),
        stmt("Srinivas Rao", "direct_quote",
             s("Depsang and Hot Springs are still unresolved. Unless those areas are settled as well, "
               "the trust deficit will remain."),
             s("said", after="only a first step")),
        stmt("Srinivas Rao", "according_to",
             s("the deal became possible because Indian troops occupied heights on the Kailash range at "
               "the end of August, which gave New Delhi leverage at the negotiating table"),
             s("According to Rao")),
        stmt("Lin Mei", "indirect", s("the economic pressure India applied after Galwan had achieved little"),
             s("argued", after="Lin Mei")),
        stmt("Lin Mei", "direct_quote",
             s("Banning apps and blocking investment did not change anything on the ground"),
             s("she told reporters")),
        stmt("Lin Mei", "direct_quote", s("It only made Chinese companies more cautious about India."),
             s("she told reporters")),
        stmt("S. Jaishankar", "indirect",
             s("relations could not return to normal as long as peace on the border was disturbed"),
             s("said", after="Jaishankar said")),
        stmt("Ministry of Foreign Affairs of China", "indirect",
             s("the border question should not define the relationship as a whole"),
             s("has repeatedly argued")),
        stmt("officials in New Delhi", "indirect",
             s("senior commanders would meet again within 48 hours of the pullback being completed to "
               "discuss the remaining areas"),
             s("said", after="Officials in New Delhi")),
        stmt("Srinivas Rao", "direct_quote", s("The easy part is done"), s("he said", after="easy part")),
        stmt("Srinivas Rao", "direct_quote",
             s("If Beijing drags its feet on Depsang, the whole process could stall again."),
             s("he said", after="easy part")),
    ]
    causal_claims = [
        claim("military standoff on the border", "India–China relations", "-", "asserted",
              s("a military standoff that has soured relations between the two nuclear-armed neighbours "
                "since last May"), "author"),
        claim("withdrawal of troops from Pangong lake", "end of the military standoff", "+", "asserted",
              s("the first concrete step towards ending a military standoff"), "author"),
        claim("consensus reached at the ninth round of corps commander talks",
              "disengagement of units at Pangong lake", "+", "asserted",
              s("had begun to disengage in line with the consensus reached at the ninth round of corps "
                "commander-level talks"), "Wu Qian"),
        claim("settlement of Depsang and Hot Springs", "trust deficit between India and China", "-",
              "conditional", s("Unless those areas are settled as well, the trust deficit will remain"),
              "Srinivas Rao"),
        claim("Indian occupation of heights on the Kailash range", "disengagement deal", "+", "asserted",
              s("the deal became possible because Indian troops occupied heights on the Kailash range"),
              "Srinivas Rao"),
        claim("Indian occupation of heights on the Kailash range", "New Delhi's negotiating leverage", "+",
              "asserted",
              s("Indian troops occupied heights on the Kailash range at the end of August, which gave New "
                "Delhi leverage at the negotiating table"), "Srinivas Rao"),
        claim("Indian economic pressure after Galwan", "Indian gains in the standoff", "+", "negated",
              s("the economic pressure India applied after Galwan had achieved little"), "Lin Mei"),
        claim("banning apps and blocking investment", "situation on the ground", "+", "negated",
              s("Banning apps and blocking investment did not change anything on the ground"), "Lin Mei"),
        claim("Indian bans on apps and investment", "caution of Chinese companies about India", "+",
              "asserted", s("It only made Chinese companies more cautious about India"), "Lin Mei"),
        claim("border clash", "India–China economic relations", "-", "asserted",
              s("The economic fallout has nonetheless been real."), "author"),
        claim("disturbed peace on the border", "return of relations to normal", "-", "conditional",
              s("relations could not return to normal as long as peace on the border was disturbed"),
              "S. Jaishankar"),
        claim("Beijing dragging its feet on Depsang", "stalling of the disengagement process", "+",
              "conditional", s("If Beijing drags its feet on Depsang, the whole process could stall again"),
              "Srinivas Rao"),
    ]
    stances = [
        stance("Srinivas Rao", TARGET, 0, [
            s("This is a welcome first step, but it is only a first step"),
            s("If Beijing drags its feet on Depsang, the whole process could stall again."),
        ]),
        stance("S. Jaishankar", TARGET, -1, [
            s("relations could not return to normal as long as peace on the border was disturbed"),
        ]),
    ]
    concepts = [
        "India–China border standoff in eastern Ladakh",
        "disengagement at Pangong lake",
        "Line of Actual Control and the status quo",
        "corps commander-level talks",
        "Galwan Valley clash",
        "remaining friction points (Depsang, Hot Springs)",
        "trust deficit between India and China",
        "Indian leverage from the Kailash range heights",
        "Indian economic pressure on China (app bans, investment rules)",
        "Chinese companies' caution about India",
        "five-point plan of the foreign ministers",
        "border peace as condition for normal relations",
        "separating the border question from the overall relationship",
    ]
    return {"meta": meta, "boilerplate": boilerplate, "persons": persons,
            "organizations": organizations, "states": states, "events": events,
            "statements": statements, "causal_claims": causal_claims, "stances": stances,
            "concepts": concepts}
