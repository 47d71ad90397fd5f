"""Gold for 408 (South Africa-Nigeria, Markdown analysis blog with bullets, blockquote, links, furniture)."""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "408_southafrica_nigeria_analysis.md"
AUTHOR = "author"
IR = "Ifeoma Radebe"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("Burnt Shops and Big Deals: Can South Africa and Nigeria Keep Trade Apart from Xenophobia?")
    meta = {"title": title["text"], "authors": [IR], "publisher": "Continental Ledger",
            "date": "2025-02-18", "date_evidence": S("18 February 2025")}
    boiler = [S("*Related: [Why the AfCFTA still stalls at the border](https://continentalledger.example/afcfta-border)*"),
              W("---", "\n---\n"),
              S("*Share* · *Subscribe*")]
    persons = [
        person(IR, E(IR), ["Johannesburg-based analyst of African political economy"], [], None, "expert"),
        person("Bola Tinubu", [S("Bola Tinubu")] + E("Tinubu", skip_in=("Bola Tinubu",)),
               ["President of Nigeria"], [], "NG", "leader"),
        person("Cyril Ramaphosa", [S("Cyril Ramaphosa")] + E("Ramaphosa", skip_in=("Cyril Ramaphosa",)),
               ["President of South Africa"], [], "ZA", "leader"),
        person("Amaka Eze", [S("Amaka Eze")], ["directs the Lagos Trade Policy Forum"], ["Lagos Trade Policy Forum"],
               None, "expert"),
        person("Muhammadu Buhari", [S("Muhammadu Buhari")], ["President of Nigeria"], [], "NG", "leader"),
        person("Yusuf Tuggar", [S("Yusuf Tuggar")], ["foreign minister of Nigeria"], [], "NG", "official"),
        person("Ronald Lamola", [S("Ronald Lamola"), S("his South African counterpart")],
               ["foreign minister of South Africa"], [], "ZA", "official"),
        person("Sipho Maseko", [S("Sipho Maseko")],
               ["migration researcher at the Highveld Institute for Social Research"],
               ["Highveld Institute for Social Research"], None, "expert"),
    ]
    orgs = [
        org("Continental Ledger", E("Continental Ledger"), "media"),
        org("Bi-National Commission", E("Bi-National Commission") + [W("commission", "the commission did")],
            "international"),
        org("Miss South Africa", [S("Miss South Africa")], "other"),
        org("MTN", E("MTN"), "company"),
        org("MultiChoice", E("MultiChoice"), "company"),
        org("Shoprite", E("Shoprite"), "company"),
        org("World Economic Forum", [W("World Economic Forum", "World Economic Forum on Africa")], "international"),
        org("Pan-African Trade Monitor", [S("Pan-African Trade Monitor")], "think_tank"),
        org("Lagos Trade Policy Forum", [S("Lagos Trade Policy Forum")], "think_tank"),
        org("Highveld Institute for Social Research", [S("Highveld Institute for Social Research")], "think_tank"),
        org("Operation Dudula", E("Operation Dudula"), "other"),
        org("Ubuntu Pulse", [S("Ubuntu Pulse")], "company"),
    ]
    states = [
        state("South Africa", E("South Africa", skip_in=("Miss South Africa",))
              + [W("Cape Town", "flew into Cape Town"), W("Pretoria", "state visit to Pretoria"),
                 W("Pretoria", "insisted that Pretoria"), W("Pretoria", "anything with Pretoria"),
                 W("South African", "his South African counterpart")]),
        state("Nigeria", E("Nigeria") + [W("Abuja", "crisis with Abuja"), W("Abuja", "let Abuja sign"),
                                         W("Lagos", "Lagos bankrolled"), W("Nigerian", "A Nigerian diplomat")]),
    ]
    DEC = "2024-12"
    events = [
        event("summit", "Tinubu's visit to Cape Town for the South Africa-Nigeria Bi-National Commission, chaired by "
              "both presidents", DEC, "in early December", ["Bola Tinubu", "Cyril Ramaphosa"], "Cape Town",
              S("Bola Tinubu flew into Cape Town in early December for the Bi-National Commission")),
        event("agreement", "Tinubu and Ramaphosa sign agreements on trade, energy and visas", DEC, "",
              ["Bola Tinubu", "Cyril Ramaphosa"], "Cape Town",
              S("He and Cyril Ramaphosa signed agreements on trade, energy and visas")),
        event("other", "2008 xenophobic attacks that began in Alexandra and spread across South Africa", "2008-05",
              "May 2008", [], "South Africa",
              S("attacks that began in Alexandra spread across the country and killed 62 people")),
        event("other", "Wave of anti-foreigner looting in Durban", "2015-04", "April 2015", [], "Durban",
              S("a wave of looting in Durban")),
        event("other", "Xenophobic riots in Johannesburg and Pretoria", "2019-09", "September 2019", [],
              "Johannesburg; Pretoria", S("riots in Johannesburg and Pretoria")),
        event("other", "Reprisals against South African-owned shops in Lagos", "2019-09", "", [], "Lagos",
              S("reprisals against South African-owned shops in Lagos")),
        event("other", "Nigeria boycotts the World Economic Forum on Africa", "2019-09", "", ["Nigeria"], None,
              S("Nigeria boycotted the World Economic Forum on Africa")),
        event("other", "Nigeria flies some 600 citizens home from South Africa", "2019-09", "", ["Nigeria"], None,
              S("flew some 600 citizens home")),
        event("other", "Miss South Africa finalist with a Nigerian father withdraws after online abuse", "2024-08",
              "August 2024", ["Miss South Africa"], "South Africa",
              S("a Miss South Africa finalist with a Nigerian father withdrew from the pageant")),
        event("other", "Shoprite leaves Nigeria", "2021", "in 2021", ["Shoprite"], "Nigeria",
              S("Shoprite's decision to leave Nigeria in 2021")),
        event("other", "Devaluation of the naira", "2023", "in mid-2023", ["Nigeria"], "Nigeria",
              S("The naira's devaluation in mid-2023")),
        event("visit", "Buhari's state visit to Pretoria, at which the early-warning mechanism was first agreed",
              "2019-10", "in October 2019", ["Muhammadu Buhari", "South Africa"], "Pretoria",
              S("Muhammadu Buhari paid a state visit to Pretoria in October 2019")),
        event("election", "South African local elections", "2026", "in 2026", ["South Africa"], "South Africa",
              S("local elections due in 2026")),
        event("election", "Tinubu's re-election campaign (Nigerian presidential election)", "2027", "in 2027",
              ["Bola Tinubu"], "Nigeria", S("his own re-election campaign in 2027")),
    ]
    warm = S("both men spoke warmly of \"Africa's two biggest economies\" finally working in step")
    warm_content = S("\"Africa's two biggest economies\" finally working in step")
    eze = S("says")
    mas = S("he told me")
    blunt = S("We will not build a free trade area on the ashes of burnt shops. If the violence comes back, Nigerian "
              "public opinion will not let Abuja sign anything with Pretoria.")
    argue2 = S("the real test comes from Nigeria's side too: Tinubu faces his own re-election campaign in 2027, and "
               "nothing mobilises Nigerian opinion faster than pictures of burning shops in Johannesburg")
    statements = [
        stmt("Bola Tinubu", "indirect", warm_content, S("spoke warmly of")),
        stmt("Cyril Ramaphosa", "indirect", warm_content, S("spoke warmly of")),
        stmt("Pan-African Trade Monitor", "according_to", S("two-way trade reached roughly R80 billion in 2023"),
             S("According to the Pan-African Trade Monitor")),
        stmt("Amaka Eze", "direct_quote",
             S("South African companies do not leave because of a riot; they leave because they cannot get their "
               "money out"), eze),
        stmt("Amaka Eze", "direct_quote", S("But every riot makes the board meeting shorter."), eze),
        stmt("Yusuf Tuggar", "indirect", S("the mechanism \"only works if someone picks up the phone\""),
             S("told reporters after the session")),
        stmt("Ronald Lamola", "indirect",
             S("Pretoria would \"not tolerate vigilantes who take the law into their own hands\""), S("insisted")),
        stmt("Ronald Lamola", "indirect",
             S("police had opened more than 40 cases against members of anti-migrant groups since mid-2024"),
             S("noted")),
        stmt("Cyril Ramaphosa", "indirect",
             S("attacks on foreigners \"shame the memory of those who sheltered our exiles\""),
             S("told the closing session")),
        stmt("Nigerian diplomat", "direct_quote", blunt, S("put the trade-off more bluntly")),
        stmt(IR, "author_opinion", S("the commission did the easy part"), S("In my view")),
        stmt("Operation Dudula", "indirect", S("they only want existing labour laws enforced"),
             W("say", "leaders say")),
        stmt("Sipho Maseko", "indirect",
             S("the early-warning mechanism will fail unless police are willing to prosecute"), S("argues")),
        stmt("Sipho Maseko", "direct_quote", S("Impunity is the accelerant"), mas),
        stmt("Sipho Maseko", "direct_quote", S("Every unpunished attack makes the next one cheaper."), mas),
        stmt("Ubuntu Pulse", "indirect", S("58 percent of South Africans believe foreigners take jobs from citizens"),
             S("found")),
        stmt(IR, "author_opinion", argue2, S("I would argue")),
    ]
    riots_react = S("Nigeria boycotted the World Economic Forum on Africa and flew some 600 citizens home")
    shoprite = S("Shoprite's decision to leave Nigeria in 2021 was hastened by dollar shortages that made it hard to "
                 "repatriate profits")
    if_violence = S("If the violence comes back, Nigerian public opinion will not let Abuja sign anything with "
                    "Pretoria.")
    aslong = S("As long as both governments treat migrant safety as a consular matter rather than as a trade issue, "
               "the next riot will undo the next agreement.")
    claims = [
        claim("anti-immigrant violence in South African townships", "diplomatic crisis with Nigeria", "+", "asserted",
              S("Every few years, anti-immigrant violence in South Africa's townships turns into a diplomatic crisis "
                "with Abuja"), AUTHOR),
        claim("2008 attacks on foreigners", "deaths of 62 people", "+", "asserted",
              S("attacks that began in Alexandra spread across the country and killed 62 people"), AUTHOR),
        claim("2015 looting in Durban", "displacement of foreigners into temporary camps", "+", "asserted",
              S("a wave of looting in Durban drove thousands of foreigners into temporary camps"), AUTHOR),
        claim("2019 riots in Johannesburg and Pretoria", "reprisals against South African-owned shops in Lagos", "+",
              "asserted", S("riots in Johannesburg and Pretoria prompted reprisals against South African-owned shops "
                            "in Lagos"), AUTHOR),
        claim("2019 riots", "Nigeria's boycott of the World Economic Forum on Africa", "+", "asserted", riots_react,
              AUTHOR),
        claim("2019 riots", "Nigeria's evacuation of some 600 citizens", "+", "asserted", riots_react, AUTHOR),
        claim("online abuse", "Miss South Africa finalist's withdrawal", "+", "asserted",
              S("withdrew from the pageant after weeks of online abuse"), AUTHOR),
        claim("episodes read in Nigeria as a betrayal", "lasting damage to relations", "+", "asserted",
              S("Each episode does lasting damage because it is read in Nigeria as a betrayal."), AUTHOR),
        claim("Nigeria's funding of the anti-apartheid struggle", "Nigerian expectation of gratitude", "+", "asserted",
              S("Lagos bankrolled the anti-apartheid struggle in the 1970s and 1980s, and Nigerians expected "
                "gratitude, not mobs."), AUTHOR),
        claim("acrimony", "depth of commercial ties", "-", "negated",
              S("For all the acrimony, the commercial ties are deep."), AUTHOR),
        claim("2019 reprisals", "closure of Shoprite and MultiChoice outlets in Lagos", "+", "asserted",
              S("The 2019 reprisals forced Shoprite and MultiChoice to shut outlets in Lagos"), AUTHOR),
        claim("dollar shortages", "Shoprite's exit from Nigeria", "+", "asserted", shoprite, AUTHOR),
        claim("dollar shortages", "repatriation of profits", "-", "asserted",
              S("dollar shortages that made it hard to repatriate profits"), AUTHOR),
        claim("naira devaluation", "MTN's Nigerian earnings", "-", "asserted",
              S("The naira's devaluation in mid-2023 then wiped billions off MTN's Nigerian earnings."), AUTHOR),
        claim("riots", "South African companies leaving Nigeria", "+", "negated",
              S("South African companies do not leave because of a riot"), "Amaka Eze"),
        claim("inability to get money out", "South African companies leaving Nigeria", "+", "asserted",
              S("they leave because they cannot get their money out"), "Amaka Eze"),
        claim("riots", "shorter board deliberations on leaving", "+", "asserted",
              S("But every riot makes the board meeting shorter."), "Amaka Eze"),
        claim("December Bi-National Commission meeting", "revival of the early-warning mechanism", "+", "asserted",
              S("The December meeting revived an early-warning mechanism"), AUTHOR),
        claim("someone picking up the phone", "functioning of the early-warning mechanism", "+", "conditional",
              S("the mechanism \"only works if someone picks up the phone\""), "Yusuf Tuggar"),
        claim("burnt shops", "building a free trade area", "-", "predicted",
              S("We will not build a free trade area on the ashes of burnt shops."), "Nigerian diplomat"),
        claim("return of the violence", "Nigerian agreements with South Africa", "-", "conditional", if_violence,
              "Nigerian diplomat"),
        claim("Nigerian public opinion", "Abuja signing agreements with Pretoria", "-", "conditional", if_violence,
              "Nigerian diplomat"),
        claim("domestic drivers", "xenophobic violence", "+", "asserted",
              S("The drivers of the violence are domestic, and they are getting worse."), AUTHOR),
        claim("job scarcity in townships", "targeting of foreign-owned spaza shops", "+", "asserted",
              S("South Africa's unemployment rate stands above 32 percent, and in townships where jobs are scarce, "
                "foreign-owned spaza shops become an easy target."), AUTHOR),
        claim("Operation Dudula", "politicisation of anti-migrant resentment", "+", "asserted",
              S("Movements such as Operation Dudula have turned that resentment into a political brand"), AUTHOR),
        claim("2026 local elections", "coalition parties' incentive to compete for anti-migrant voters", "+",
              "asserted", S("with local elections due in 2026, several parties in the governing coalition have an "
                            "incentive to compete for the same voters"), AUTHOR),
        claim("police willingness to prosecute", "failure of the early-warning mechanism", "-", "conditional",
              S("the early-warning mechanism will fail unless police are willing to prosecute"), "Sipho Maseko"),
        claim("impunity", "xenophobic violence", "+", "asserted", S("Impunity is the accelerant"), "Sipho Maseko"),
        claim("unpunished attacks", "ease of the next attack", "+", "asserted",
              S("Every unpunished attack makes the next one cheaper."), "Sipho Maseko"),
        claim("foreigners", "jobs for citizens", "-", "asserted",
              S("58 percent of South Africans believe foreigners take jobs from citizens"), "58 percent of South Africans"),
        claim("pictures of burning shops in Johannesburg", "mobilisation of Nigerian opinion", "+", "asserted",
              S("nothing mobilises Nigerian opinion faster than pictures of burning shops in Johannesburg"), AUTHOR),
        claim("treating migrant safety as a consular matter rather than a trade issue", "riots undoing agreements",
              "+", "conditional", aslong, AUTHOR),
        claim("the next riot", "the next agreement", "-", "conditional", aslong, AUTHOR),
    ]
    tgt = "south_africa_nigeria_relations_outlook"
    stances = [
        stance(AUTHOR, tgt, -1, [S("In my view, the commission did the easy part."),
                                 S("the next riot will undo the next agreement")]),
        stance("Bola Tinubu", tgt, 1, [warm]),
        stance("Cyril Ramaphosa", tgt, 1, [warm]),
        stance("Nigerian diplomat", tgt, -1, [blunt]),
        stance("Sipho Maseko", tgt, -1, [S("the early-warning mechanism will fail unless police are willing to "
                                          "prosecute")]),
    ]
    concepts = [
        "xenophobic violence in South African townships", "diplomatic crises between Pretoria and Abuja",
        "Nigerian sense of betrayal / anti-apartheid solidarity", "reprisals against South African businesses",
        "South African companies in Nigeria (MTN, MultiChoice, Shoprite)", "dollar shortages and profit repatriation",
        "naira devaluation", "bilateral trade", "Bi-National Commission agreements", "early-warning mechanism",
        "police prosecution / impunity", "unemployment and job scarcity", "Operation Dudula and anti-migrant politics",
        "South African local elections 2026", "Nigerian public opinion", "Tinubu's 2027 re-election campaign",
        "public belief that foreigners take jobs", "migrant safety as a trade issue",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
