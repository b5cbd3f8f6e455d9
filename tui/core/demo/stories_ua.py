"""Demo stories from the Ukrainian side (official and media). Original text written for warfeed.

Each item: (minutes before the demo starts, slug, title, summary, body paragraphs, tags).
"""

UA_OFFICIAL = [
    (35, "kupiansk-under-control",
     "General Staff: Kupiansk remains under Ukrainian control, Russian capture claim is false",
     "Ukraine's General Staff denied Moscow's claim that Kupiansk has fallen, saying the city "
     "remains under Ukrainian control and clearing operations continue.",
     ["The General Staff of the Armed Forces of Ukraine said the statement by Russia's chief of "
      "the general staff, Valery Gerasimov, about the capture of Kupiansk does not correspond to "
      "reality. Kupiansk remains under the control of Ukraine's Defence Forces, it said.",
      "According to the Joint Forces Grouping, small Russian infiltration groups that entered the "
      "northern part of the city are being located and destroyed, and clearing operations are "
      "continuing. Commanders said no Russian unit holds a defended position in the centre.",
      "The statement urged residents and journalists to rely on verified information and warned "
      "that the claim was timed for political effect rather than reflecting the situation on the "
      "ground."],
     ["kupiansk", "kharkiv"]),
    (90, "air-defence-overnight",
     "Air Force: 88 of 104 attack drones shot down overnight",
     "Ukraine's Air Force said its units shot down or suppressed most of the drones Russia "
     "launched overnight; hits were recorded in several regions.",
     ["Russia launched Shahed-type attack drones and decoys from several directions during the "
      "night, the Air Force said. Mobile fire groups, electronic warfare units and fighter "
      "aircraft took part in repelling the attack.",
      "Impacts were recorded at several locations in Kharkiv and Odesa oblasts. Debris from "
      "downed drones fell in three districts of Kyiv oblast, officials said."],
     ["air-defence"]),
    (180, "zaporizhzhia-npp-power-line",
     "Energy ministry: Zaporizhzhia NPP again relies on a single power line",
     "The occupied Zaporizhzhia nuclear plant lost one of its two remaining off-site lines after "
     "shelling, Ukraine's energy ministry said.",
     ["The ministry said the plant's cooling systems are running on its last backup line and that "
      "diesel generators remain on standby. It blamed Russian forces for the damage and called on "
      "the IAEA to keep its experts on site.",
      "The plant's six reactors have been in cold shutdown since 2022, but they still need a steady "
      "supply of power to cool the fuel."],
     ["zaporizhzhia", "nuclear"]),
    (260, "pokrovsk-defence-statement",
     "Commander: defenders hold Pokrovsk outskirts as Russian infiltration continues",
     "Ukraine's commander in the Pokrovsk direction said Russian small groups keep trying to "
     "slip into the city, while supply routes to Myrnohrad are under fire.",
     ["Russian troops are moving in groups of two or three soldiers and trying to hide in "
      "ruined buildings, the commander said, adding that drones spot most of them before they "
      "reach Ukrainian positions.",
      "Logistics to Myrnohrad have become difficult because Russian drones watch the roads, he "
      "said, but units inside the town are being supplied."],
     ["pokrovsk", "myrnohrad", "donetsk"]),
    (400, "huliaipole-direction",
     "General Staff reports 22 Russian assaults in the Huliaipole direction",
     "Fighting intensified near Huliaipole in Zaporizhzhia oblast, where Russian forces attacked "
     "Ukrainian positions 22 times over the past day, the General Staff said.",
     ["Russian assaults were repelled near several villages east of Huliaipole, the evening "
      "report said. Ukrainian units pulled back from two positions to avoid encirclement.",
      "Officials in Zaporizhzhia oblast urged families with children to leave front-line "
      "communities as guided aerial bombs strike the town daily."],
     ["huliaipole", "zaporizhzhia"]),
    (600, "refinery-strike-confirmed",
     "General Staff confirms strike on Russian refinery in Saratov",
     "Ukraine's General Staff said its drones hit the Saratov oil refinery, which supplies fuel "
     "to Russian forces.",
     ["A fire broke out at the site after the strike, the General Staff said, adding that the "
      "results were being clarified. The refinery has been targeted several times this year.",
      "Ukraine describes the campaign against refineries and fuel depots as a way to reduce the "
      "fuel and revenue that sustain Russia's war."],
     ["refinery", "long-range"]),
    (840, "odesa-energy-attack",
     "Odesa regional administration: energy facilities damaged in drone attack",
     "A night attack on Odesa oblast damaged energy infrastructure and left some districts "
     "without power, the regional administration said.",
     ["Emergency crews restored electricity to critical facilities by morning. Port "
      "infrastructure was also hit, officials said, and several trucks burned.",
      "The regional governor said two people were injured."],
     ["odesa", "energy"]),
    (1100, "kyiv-missile-attack",
     "Kyiv city administration: residential buildings hit in combined missile and drone attack",
     "A combined attack on Kyiv damaged apartment blocks in two districts, the city "
     "administration said; rescuers are working at the sites.",
     ["Air defence was active over the capital for several hours. Fires broke out on the upper "
      "floors of a high-rise in the Dniprovskyi district after a drone hit.",
      "Metro stations were opened as shelters and remained full until the all-clear."],
     ["kyiv", "air-defence"]),
]

UA_MEDIA = [
    (20, "kupiansk-denial-explainer",
     "Kupiansk: what we know after Moscow's capture claim",
     "Russia's military chief said Kupiansk had been captured. Ukraine's General Staff says the "
     "city remains under Ukrainian control. Here is what can be checked.",
     ["Valery Gerasimov told Vladimir Putin during a televised briefing that Russian forces had "
      "taken Kupiansk. Within hours, Ukraine's General Staff denied it, calling the claim false.",
      "The Joint Forces Grouping said Ukrainian troops control the city and are clearing the "
      "remaining Russian infiltrators from its northern districts. Soldiers we spoke to in the "
      "area described street fighting but said Russian groups hold no stable positions.",
      "Independent analysts have not seen geolocated footage that would show Russian troops "
      "controlling the city centre."],
     ["kupiansk", "kharkiv", "explainer"]),
    (70, "myrnohrad-encirclement-risk",
     "Myrnohrad at risk of encirclement as Russian troops press from the east",
     "Ukrainian soldiers near Myrnohrad describe a narrowing supply corridor and constant drone "
     "surveillance of the roads.",
     ["Russian forces have pushed into the eastern outskirts of Myrnohrad while fighting "
      "continues inside neighbouring Pokrovsk, according to soldiers and open-source maps.",
      "Military analysts say the defence of the two towns has tied down large Russian forces for "
      "more than a year, but the cost of holding them is rising."],
     ["myrnohrad", "pokrovsk", "donetsk"]),
    (150, "peace-plan-reaction",
     "Kyiv studies US peace plan as officials warn against 'capitulation' terms",
     "A US-drafted plan to end the war has reached Kyiv. Ukrainian officials say they are ready "
     "to work on it but reject limits on the army and ceding unoccupied land.",
     ["President Volodymyr Zelensky said Ukraine would engage constructively with Washington. "
      "Members of parliament from several factions said some points read like Russian demands.",
      "European governments said any agreement must be negotiated with Ukraine and Europe at the "
      "table, not presented to them."],
     ["diplomacy", "peace-plan"]),
    (310, "ternopil-strike-aftermath",
     "Rescuers search rubble in Ternopil after missile strike on apartment blocks",
     "Emergency workers continued searching two damaged apartment buildings in Ternopil, where a "
     "night missile strike killed and injured dozens of residents.",
     ["It was one of the deadliest attacks on a western Ukrainian city this year. Relatives "
      "waited at the cordon for news as cranes lifted concrete slabs.",
      "The city declared days of mourning."],
     ["ternopil", "strike"]),
    (520, "novorossiysk-port-strike",
     "Drones and sea drones hit Novorossiysk oil terminal, sources say",
     "A Ukrainian attack on Russia's Black Sea port of Novorossiysk damaged an oil terminal and "
     "a ship, according to sources in Ukraine's security services.",
     ["Russian officials reported a fire at the port and injuries among crew members. Oil "
      "loadings were briefly suspended, according to industry sources.",
      "Novorossiysk is one of Russia's largest export terminals for crude oil."],
     ["novorossiysk", "long-range", "refinery"]),
    (730, "kharkiv-glide-bombs",
     "Kharkiv hit by glide bombs for the third night in a row",
     "Russian guided aerial bombs struck Kharkiv's industrial districts overnight, the mayor said.",
     ["Ihor Terekhov said warehouses and a private house were damaged and one person was injured. "
      "Kharkiv lies about 30 kilometres from the Russian border.",
      "Residents are increasingly using the city's underground schools and shelters."],
     ["kharkiv", "strike"]),
    (960, "volunteer-drones",
     "Volunteers deliver 500 interceptor drones to air defence units",
     "A volunteer foundation delivered interceptor drones that mobile units use against Shaheds.",
     ["Interceptor drones are cheaper than missiles and have become a key part of Ukraine's "
      "defence against long-range attack drones, crews say.",
      "The foundation said it raised the money in ten days."],
     ["air-defence", "drones"]),
    (1300, "kostiantynivka-shelling",
     "Kostiantynivka under daily shelling as front approaches",
     "Local authorities said Russian artillery and drones struck Kostiantynivka throughout the day.",
     ["The town in Donetsk oblast has lost most of its pre-war population. Evacuation teams still "
      "collect residents who decided to leave at the last moment.",
      "Police officers in armoured vehicles drive the evacuation routes."],
     ["kostiantynivka", "donetsk"]),
]
