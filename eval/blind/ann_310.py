"""Gold for 310 (United Kingdom-France / EU, post-Brexit fishing licences; HTML news page with heavy
furniture, 29 October 2021, a Friday).

Offsets refer to ``dyad.ingest.read_document(path).text``. Byline, <time> date, navigation, ticker,
breadcrumbs, share bar, figure caption, advertisement, related box, newsletter box, tags and footer
are not in that text; the pull quote and the inline "Read more:" line are, and are boilerplate.
The author (byline only) has no mention in the text and is not listed under persons.
"""

from _spans import claim, event, org, person, state, stance, stmt

DOC = "310_uk_eu_fisheries.html"
AUTHOR = "author"
TGT = "france_united_kingdom_relations_outlook"


def annotate(d):
    S, W, E = d.span, d.within, d.every
    title = S("France threatens port ban as fishing licence row with Britain escalates")
    meta = {"title": title["text"], "authors": ["Rebecca Thorne"], "publisher": "The Meridian Post",
            "date": "2021-10-29", "date_evidence": None}
    boiler = [
        S("“Ten months of patience have produced very little”"),
        S("Read more: Who gets to fish where after Brexit?"),
    ]
    persons = [
        person("Annick Girardin", [S("Annick Girardin")], ["France’s maritime minister"], [], "FR", "official"),
        person("Clément Beaune", [S("Clément Beaune")], ["Europe minister"], [], "FR", "official"),
        person("George Eustice", [S("George Eustice")], ["environment secretary"], [], "GB", "official"),
        person("Catherine Colonna", [S("Catherine Colonna")], ["French ambassador"], [], "FR", "official"),
        person("Virginijus Sinkevičius", [S("Virginijus Sinkevičius")], ["EU fisheries commissioner"],
               ["European Commission"], None, "official"),
        person("Miriam Pallister", [S("Miriam Pallister")],
               ["studies fisheries policy at the Tamar Institute for Maritime Affairs"],
               ["Tamar Institute for Maritime Affairs"], None, "expert"),
        person("Thibault Rénier", [S("Thibault Rénier"), S("The analyst")],
               ["researcher at the Observatoire franco-britannique"], ["Observatoire franco-britannique"], None,
               "expert"),
        person("Emmanuel Macron", E("Emmanuel Macron") + E("Macron", skip_in=("Emmanuel Macron",)),
               ["President of France"], [], "FR", "leader"),
        person("Alan Kerrigan", [S("Alan Kerrigan")], ["chief executive of the Cross-Channel Freight Association"],
               ["Cross-Channel Freight Association"], None, "other"),
        person("Boris Johnson", [S("Boris Johnson")], ["Prime Minister of the United Kingdom"], [], "GB", "leader"),
    ]
    orgs = [
        org("European Union", [S("European Union")] + E("EU"), "international"),
        org("Foreign Office", [S("Foreign Office")], "government"),
        org("European Commission", [S("European Commission")], "international"),
        org("Tamar Institute for Maritime Affairs", [S("Tamar Institute for Maritime Affairs")], "think_tank"),
        org("Observatoire franco-britannique", [S("Observatoire franco-britannique")], "think_tank"),
        org("Cross-Channel Freight Association", [S("Cross-Channel Freight Association")], "other"),
        org("Downing Street", [S("Downing Street")], "government"),
        org("G20", [S("G20")], "international"),
    ]
    states = [
        state("France", E("France") + [W("French", "the French government said"),
                                       W("French", "French police detained"),
                                       W("French", "the French ambassador")]),
        state("United Kingdom", E("Britain") + [W("London", "unless London grants"),
                                                W("London", "that London keeps"),
                                                W("London", "technical talks with London")]),
        state("Italy", [W("Rome", "G20 summit in Rome")]),
    ]
    measures = S("France will bar British fishing boats from several of its ports and step up checks on lorries "
                 "crossing the Channel from Tuesday")
    events = [
        event("sanctions", "French measures against British fishing boats and cross-Channel lorries (port ban, "
              "tighter checks), threatened unless more licences are granted", "2021-11-02", "from Tuesday",
              ["France", "United Kingdom"], "France", measures),
        event("other", "Britain leaves the European Union (Brexit)", "2020-01-31", "",
              ["United Kingdom", "European Union"], None, S("since Britain left the European Union")),
        event("other", "French police detain the Scottish scallop dredger Cornelis Gert Jan in Le Havre",
              "2021-10-28", "a day after", ["France"], "Le Havre",
              S("French police detained a Scottish scallop dredger, the Cornelis Gert Jan, in Le Havre")),
        event("meeting", "Foreign Office summons the French ambassador Catherine Colonna for talks", "2021-10", "",
              ["Foreign Office", "Catherine Colonna"], "London",
              S("summoned the French ambassador, Catherine Colonna, for talks")),
        event("agreement", "Signing of the UK-EU Trade and Cooperation Agreement", "2020-12", "last December",
              ["United Kingdom", "European Union"], None, S("the Trade and Cooperation Agreement signed last December")),
        event("other", "Jersey imposes new licence conditions on French boats", "2021", "", [], "Jersey",
              S("new licence conditions imposed by Jersey")),
        event("other", "Protest of about 60 French fishing boats off St Helier", "2021-05", "in May", [],
              "St Helier, Jersey",
              S("about 60 French boats gathered off St Helier to protest against new licence conditions")),
        event("military", "Britain sends two navy patrol vessels to Jersey", "2021-05", "", ["United Kingdom"],
              "Jersey", S("prompting Britain to send two navy patrol vessels")),
        event("military", "France sends two gendarmerie boats", "2021-05", "", ["France"], "Jersey",
              S("France responded by sending two gendarmerie boats of its own")),
        event("meeting", "Technical talks between the European Commission and London on licences", "2021",
              "since the spring", ["European Commission", "United Kingdom"], None,
              S("has held technical talks with London since the spring")),
        event("election", "French presidential election", "2022-04", "next April", ["France"], "France",
              S("a presidential election next April")),
        event("meeting", "Johnson and Macron discuss the dispute on the sidelines of the G20 summit in Rome",
              "2021-10", "this weekend", ["Boris Johnson", "Emmanuel Macron"], "Rome",
              S("discuss the dispute on the sidelines of the G20 summit in Rome this weekend")),
        event("agreement", "Possible UK-France compromise on the licences", None, "", ["France", "United Kingdom"],
              None, S("a compromise remained likely")),
    ]
    told = S("told reporters")
    pal = W("said", "said Miriam Pallister")
    statements = [
        stmt("France", "indirect",
             S("France will bar British fishing boats from several of its ports and step up checks on lorries "
               "crossing the Channel from Tuesday unless London grants more licences to French vessels"),
             S("the French government said")),
        stmt("French police", "indirect", S("it had been fishing in French waters without a licence"), S("saying")),
        stmt("owners of the Cornelis Gert Jan", "indirect", S("the boat was properly registered"), S("insist")),
        stmt("Annick Girardin", "direct_quote", S("Ten months of patience have produced very little", nth=0), told),
        stmt("Annick Girardin", "direct_quote",
             S("Our fishermen cannot keep waiting for paperwork that London keeps mislaying"), told),
        stmt("Clément Beaune", "indirect",
             S("the measures were “proportionate and reversible” and would be lifted the day the missing licences "
               "were issued"), S("argued")),
        stmt("George Eustice", "indirect",
             S("Britain had already licensed the vast majority of EU boats that had applied, and that the remaining "
               "requests lacked evidence that the vessels had fished in British waters before Brexit"),
             S("told MPs")),
        stmt("George Eustice", "indirect", S("Britain would not be “bullied into handing out permits”"), S("he said")),
        stmt("Foreign Office", "indirect", S("it had summoned the French ambassador, Catherine Colonna, for talks"),
             W("said", "The Foreign Office said")),
        stmt("Virginijus Sinkevičius", "indirect", S("progress had been “real but far too slow”"),
             W("said", "said on Wednesday")),
        stmt("Miriam Pallister", "direct_quote", S("The licences are a proxy for something much larger"), pal),
        stmt("Miriam Pallister", "direct_quote",
             S("Neither government can be seen to blink, because fishing carries a symbolic weight out of all "
               "proportion to its economic size"), pal),
        stmt("Thibault Rénier", "according_to",
             S("the timing also reflects French politics: Emmanuel Macron faces a presidential election next April "
               "and cannot afford to look weak in the Channel ports"), S("According to Thibault Rénier")),
        stmt("Thibault Rénier", "indirect", S("a compromise remained likely “once both capitals have made their point”"),
             S("The analyst said")),
        stmt("Alan Kerrigan", "direct_quote",
             S("If the lorry checks go ahead, Dover and Calais will seize up long before any fish market does"),
             S("warned")),
        stmt("Downing Street", "indirect",
             S("Boris Johnson and Macron were expected to discuss the dispute on the sidelines of the G20 summit in "
               "Rome this weekend"), W("said", "Downing Street said")),
    ]
    blink = S("Neither government can be seen to blink, because fishing carries a symbolic weight out of all "
              "proportion to its economic size")
    claims = [
        claim("London granting more licences to French vessels", "French port ban and lorry checks", "-",
              "conditional",
              S("France will bar British fishing boats from several of its ports and step up checks on lorries "
                "crossing the Channel from Tuesday unless London grants more licences to French vessels"), "France"),
        claim("French threat of port ban and lorry checks", "UK-France fishing dispute", "+", "asserted",
              S("deepening the most bitter dispute between the two neighbours since Britain left the European Union"),
              AUTHOR),
        claim("fishing in French waters without a licence", "detention of the Cornelis Gert Jan", "+", "asserted",
              S("French police detained a Scottish scallop dredger, the Cornelis Gert Jan, in Le Havre, saying it had "
                "been fishing in French waters without a licence"), "French police"),
        claim("French patience", "progress on fishing licences", "+", "negated",
              S("Ten months of patience have produced very little", nth=0), "Annick Girardin"),
        claim("London mislaying paperwork", "French fishermen waiting for licences", "+", "asserted",
              S("Our fishermen cannot keep waiting for paperwork that London keeps mislaying"), "Annick Girardin"),
        claim("issuing of the missing licences", "lifting of the French measures", "+", "conditional",
              S("would be lifted the day the missing licences were issued"), "Clément Beaune"),
        claim("lack of evidence of fishing in British waters before Brexit", "licensing of the remaining EU boats",
              "-", "asserted",
              S("the remaining requests lacked evidence that the vessels had fished in British waters before Brexit"),
              "George Eustice"),
        claim("French pressure (bullying)", "British issuing of permits", "+", "negated",
              S("Britain would not be “bullied into handing out permits”"), "George Eustice"),
        claim("proof of having fished there before", "EU boats' access to the six-to-twelve-mile zone", "+",
              "conditional",
              S("EU boats may keep fishing between six and twelve nautical miles off the British coast if they can "
                "show they worked there before"), AUTHOR),
        claim("lack of satellite tracking equipment", "small vessels' difficulty proving their fishing history", "+",
              "asserted", S("which often carry no satellite tracking equipment and so struggle to prove their history"),
              AUTHOR),
        claim("new licence conditions imposed by Jersey", "French boats' protest off St Helier", "+", "asserted",
              S("about 60 French boats gathered off St Helier to protest against new licence conditions imposed by "
                "Jersey"), AUTHOR),
        claim("French boats' protest off St Helier", "Britain sending two navy patrol vessels", "+", "asserted",
              S("about 60 French boats gathered off St Helier to protest against new licence conditions imposed by "
                "Jersey, prompting Britain to send two navy patrol vessels"), AUTHOR),
        claim("British navy patrol vessels", "France sending two gendarmerie boats", "+", "asserted",
              S("France responded by sending two gendarmerie boats of its own"), AUTHOR),
        claim("symbolic weight of fishing", "governments' room to back down", "-", "asserted", blink,
              "Miriam Pallister"),
        claim("French domestic politics", "timing of the French measures", "+", "asserted",
              S("the timing also reflects French politics"), "Thibault Rénier"),
        claim("presidential election next April", "Macron's tolerance for looking weak in the Channel ports", "-",
              "asserted",
              S("Emmanuel Macron faces a presidential election next April and cannot afford to look weak in the "
                "Channel ports"), "Thibault Rénier"),
        claim("both capitals having made their point", "compromise", "+", "conditional",
              S("a compromise remained likely “once both capitals have made their point”"), "Thibault Rénier"),
        claim("lorry checks going ahead", "Dover and Calais seizing up", "+", "conditional",
              S("If the lorry checks go ahead, Dover and Calais will seize up long before any fish market does"),
              "Alan Kerrigan"),
        claim("French lorry checks (fishing dispute)", "costs for hauliers", "+", "predicted",
              S("Hauliers fear they will pay the price."), "hauliers"),
    ]
    stances = [
        stance("Annick Girardin", TGT, -1, [S("Ten months of patience have produced very little", nth=0)]),
        stance("Miriam Pallister", TGT, -1, [blink]),
        stance("Thibault Rénier", TGT, 1, [S("a compromise remained likely “once both capitals have made their point”")]),
    ]
    concepts = [
        "post-Brexit fishing licences for French boats",
        "French port ban and tighter lorry checks",
        "Trade and Cooperation Agreement access rules (six-to-twelve-mile zone)",
        "proof of historic fishing activity",
        "lack of satellite tracking on small vessels",
        "detention of the Cornelis Gert Jan",
        "Jersey licence conditions and the St Helier protest",
        "naval deployments off Jersey",
        "European Commission technical talks",
        "British refusal to yield to pressure",
        "symbolic weight of fishing",
        "French presidential election and domestic politics",
        "cross-Channel freight disruption (Dover, Calais)",
        "Johnson-Macron talks at the G20",
        "prospects of a UK-France compromise",
    ]
    return {"meta": meta, "boilerplate": boiler, "persons": persons, "organizations": orgs, "states": states,
            "events": events, "statements": statements, "causal_claims": claims, "stances": stances,
            "concepts": concepts}
