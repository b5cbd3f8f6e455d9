"""Demo stories from Russian, international and analyst sources, the hostile feed and the live
queue. Original text written for warfeed; real events, our own sentences.

Each item: (minutes before the demo starts, slug, title, summary, body paragraphs, tags).
"""

RU_STATE = [
    (45, "gerasimov-kupiansk-captured",
     "Gerasimov reports to Putin on the liberation of Kupiansk",
     "Chief of the General Staff Valery Gerasimov told the Supreme Commander-in-Chief that units "
     "of the Zapad group of forces had completed the capture of Kupiansk.",
     ["Russia's General Staff said Kupiansk in the Kharkiv region had been fully liberated "
      "after weeks of assault operations. Gerasimov said the units were now clearing remaining "
      "Ukrainian forces on the eastern bank of the Oskil river.",
      "According to the General Staff, Russian troops also advanced in the Huliaipole direction "
      "and continued to destroy encircled Ukrainian units in Krasnoarmeysk.",
      "The defence ministry released video it said showed a Russian flag being raised in the "
      "city."],
     ["kupiansk", "kharkiv"]),
    (110, "krasnoarmeysk-encircled",
     "Defence ministry: Ukrainian group encircled in Krasnoarmeysk and Dimitrov",
     "The Russian defence ministry said Ukrainian forces in Krasnoarmeysk and Dimitrov were "
     "surrounded and that attempts to break out had been repelled.",
     ["Units of the Tsentr group of forces continue to clear city blocks, the ministry said. "
      "It reported the capture of several buildings in the northern part of Krasnoarmeysk.",
      "Ukrainian officials use the names Pokrovsk and Myrnohrad for the two towns."],
     ["pokrovsk", "myrnohrad", "donetsk"]),
    (230, "drones-over-russia",
     "Air defences destroyed 64 Ukrainian drones over Russian regions overnight",
     "Russian air defence systems intercepted and destroyed Ukrainian drones over the Bryansk, "
     "Belgorod, Kursk and Rostov regions, the defence ministry said.",
     ["The ministry did not report damage. Regional governors said debris fell on a "
      "village in the Rostov region and damaged a house.",
      "Temporary restrictions were introduced at several airports."],
     ["air-defence"]),
    (380, "saratov-fire",
     "Fire at Saratov industrial site extinguished, governor says",
     "The governor of the Saratov region said a fire at an industrial enterprise caused by "
     "drone debris had been put out and there were no casualties.",
     ["The governor did not name the enterprise. Residents posted videos of a large plume of "
      "smoke over the southern part of the city.",
      "Ukraine has repeatedly targeted the Saratov refinery."],
     ["refinery", "saratov"]),
    (560, "huliaipole-advance",
     "Russian troops advance towards Gulyaipole, ministry says",
     "The Vostok group of forces took control of two settlements in the Zaporozhye region on the "
     "approaches to Gulyaipole, according to the defence ministry.",
     ["The ministry said Ukrainian units had suffered heavy losses in manpower and equipment.",
      "The claims could not be independently verified."],
     ["huliaipole", "zaporizhzhia"]),
    (800, "peace-plan-kremlin",
     "Kremlin: no official text of US peace proposals received yet",
     "Kremlin spokesman Dmitry Peskov said Moscow had seen media reports about a US plan but had "
     "not received an official document.",
     ["Peskov said Russia remained open to talks that address what he called the root causes "
      "of the conflict.",
      "He declined to comment on individual points reported in the press."],
     ["diplomacy", "peace-plan"]),
    (1000, "znpp-rosatom",
     "Rosatom: Zaporozhye NPP safety not threatened despite power line outage",
     "Rosatom's chief said the Zaporozhye nuclear plant had enough backup power and blamed "
     "Ukrainian shelling for the line damage.",
     ["Repairs would require a local ceasefire agreed through the IAEA, the company said."],
     ["zaporizhzhia", "nuclear"]),
]

RU_INDEPENDENT = [
    (60, "kupiansk-claim-doubts",
     "Military bloggers question Gerasimov's Kupiansk report",
     "Even pro-war Russian military bloggers said fighting in Kupiansk was continuing after the "
     "General Staff declared the city captured.",
     ["Several well-known Z-bloggers wrote that Russian units controlled only parts of the city "
      "and that Ukrainian counterattacks were under way in the north.",
      "Russia's military leadership has in the past announced captures that took weeks or "
      "months to materialise, analysts note."],
     ["kupiansk", "kharkiv"]),
    (200, "refinery-fuel-prices",
     "Petrol shortages spread to new regions after refinery strikes",
     "Filling stations in several Russian regions limited sales of petrol as drone strikes on "
     "refineries cut output.",
     ["Wholesale prices hit records on the St Petersburg exchange. The government extended a "
      "ban on petrol exports.",
      "Drivers in Crimea and the Far East reported queues."],
     ["refinery", "economy"]),
    (450, "mobilisation-reservists",
     "Duma passes law allowing reservists to guard infrastructure",
     "A new law lets the defence ministry call up reservists to protect critical facilities "
     "from drone attacks without declaring mobilisation.",
     ["Critics said the law opens the way to a hidden mobilisation.",
      "The ministry said reservists would serve in their home regions."],
     ["mobilisation"]),
    (700, "political-prisoners",
     "Court sentences teacher for anti-war comments",
     "A court in the Urals sentenced a school teacher to five years in a penal colony for "
     "comments about the war made in a school chat.",
     ["Human rights groups count more than a thousand people prosecuted for anti-war "
      "statements since 2022."],
     ["repression"]),
    (950, "peace-plan-moscow-view",
     "Why Moscow likes the US plan, and what it leaves out",
     "The US proposals reported this week echo several long-standing Russian demands, "
     "Russian analysts say, but the Kremlin is in no hurry.",
     ["The Kremlin's bet is that time favours Russia on the battlefield, according to two "
      "sources close to the presidential administration.",
      "Sanctions relief and frozen assets remain the key questions for Moscow."],
     ["diplomacy", "peace-plan"]),
]

INTL = [
    (30, "kupiansk-contested",
     "Russia claims capture of Kupiansk; Ukraine says city still held",
     "Russia's top general said his forces had captured the north-eastern city of Kupiansk, a "
     "claim Kyiv rejected as false. Neither account could be independently verified.",
     ["Kupiansk, a railway hub on the Oskil river, was briefly occupied by Russia in 2022 before "
      "Ukrainian forces recaptured it in a counteroffensive.",
      "Ukraine's military said clearing operations were continuing and that Russian units had "
      "failed to take the city. Russia's defence ministry released video it said was filmed in "
      "the city centre."],
     ["kupiansk", "kharkiv"]),
    (130, "geneva-talks",
     "US and Ukrainian delegations to meet in Geneva on peace plan",
     "Officials from Washington and Kyiv will discuss the US proposals in Geneva, with European "
     "national security advisers also attending.",
     ["The US secretary of state is expected to lead Washington's delegation. Ukraine's team "
      "is led by the head of the presidential office.",
      "European leaders have drafted counter-proposals to points on Ukraine's army and territory."],
     ["diplomacy", "peace-plan"]),
    (290, "iaea-znpp",
     "IAEA chief says Zaporizhzhia plant's power situation 'fragile'",
     "The head of the UN nuclear watchdog said repeated losses of off-site power at Europe's "
     "largest nuclear plant were a serious concern.",
     ["IAEA teams have brokered several local ceasefires to allow repairs to power lines near "
      "the plant.",
      "The plant has been under Russian control since March 2022."],
     ["zaporizhzhia", "nuclear"]),
    (470, "ternopil-un",
     "UN condemns deadly strike on Ternopil",
     "The UN human rights monitoring mission said the strike on residential buildings in "
     "Ternopil was among the deadliest for civilians this year.",
     ["The mission called for independent investigations."],
     ["ternopil", "strike"]),
    (690, "eu-sanctions",
     "EU ministers discuss 20th sanctions package",
     "EU foreign ministers discussed new sanctions on Russia's energy sector and shadow fleet.",
     ["Diplomats said agreement could take weeks."],
     ["sanctions"]),
    (880, "pokrovsk-battle",
     "Battle for Pokrovsk enters decisive phase",
     "Russian troops have infiltrated much of Pokrovsk, but Ukraine still contests the city, "
     "according to Ukrainian soldiers and Western analysts.",
     ["The fight for the logistics hub has lasted more than a year.",
      "Ukrainian commanders say Russian losses around the city are heavy."],
     ["pokrovsk", "donetsk"]),
    (1200, "black-sea-shipping",
     "Shipping insurers raise premiums after Black Sea port strikes",
     "War-risk insurance for ships calling at Russian and Ukrainian Black Sea ports has risen "
     "after strikes on port infrastructure on both sides.",
     ["Brokers said the increase was the largest since 2023."],
     ["black-sea", "economy"]),
]

ANALYST = [
    (25, "assessment-kupiansk",
     "Assessment: no evidence supports Russian claim to have seized Kupiansk",
     "Available geolocated footage does not support the Russian General Staff's claim of full "
     "control of Kupiansk. Russian forces have infiltrated parts of the city but do not hold it.",
     ["Geolocated footage published in the past week shows Russian infiltration groups in "
      "northern and central Kupiansk, but no evidence that Russian forces have cleared or "
      "consolidated control of the city.",
      "We assess that the claim is part of a pattern of premature Russian capture "
      "announcements intended to suggest that Ukraine's defences are collapsing ahead of "
      "negotiations.",
      "Ukrainian forces continue clearing operations in Kupiansk and counterattacks north of "
      "the city."],
     ["kupiansk", "kharkiv", "assessment"]),
    (140, "assessment-pokrovsk",
     "Assessment: Russian forces advance in Pokrovsk, Myrnohrad",
     "Russian forces recently advanced in southern and central Pokrovsk, geolocated footage "
     "indicates. Ukrainian forces maintain positions in the north of the city.",
     ["Russian milbloggers claimed the capture of several districts; these claims are not "
      "confirmed.",
      "The Russian command continues to commit reserves to the Pokrovsk direction."],
     ["pokrovsk", "myrnohrad", "assessment"]),
    (330, "assessment-huliaipole",
     "Assessment: Russian offensive toward Huliaipole gains ground",
     "Russian forces have advanced east of Huliaipole in recent days, geolocated footage shows.",
     ["The advance threatens Ukrainian logistics in western Zaporizhzhia oblast.",
      "Russian sources claimed further gains that we have not observed in footage."],
     ["huliaipole", "assessment"]),
    (620, "strike-tracking",
     "Tracking Ukraine's long-range strikes on Russian oil infrastructure",
     "Open-source imagery shows damage at more than a dozen Russian refineries struck since "
     "August.",
     ["Satellite images show burned processing units at several sites.",
      "Repair times vary from days to months depending on the unit hit."],
     ["refinery", "osint"]),
    (900, "geolocation-method",
     "How we geolocate front-line footage",
     "A short guide to the methods used to verify claims of advances.",
     ["We match buildings, tree lines and craters against satellite imagery and publish our "
      "coordinates so others can check them."],
     ["osint", "method"]),
    (1150, "assessment-siversk",
     "Assessment: Russian pressure near Siversk continues",
     "Russian forces continued attacks near Siversk but made no confirmed advances.",
     ["Fighting continued in the forests north of the town."],
     ["siversk", "assessment"]),
]

# One feed carries hostile text on purpose, so the sanitiser is visibly at work in the demo.
HOSTILE = [
    (15, "esc-title",
     "\x1b[2J\x1b[31mBREAKING\x1b[0m: drone debris falls on Kyiv district",
     "Debris from a downed drone fell on a residential street; no injuries were reported.",
     ["Local channels reported the incident within minutes."],
     ["kyiv"]),
    (55, "markup-title",
     "[bold red]URGENT[/] [@click=app.quit]Air raid alert[/] across eastern oblasts",
     "An air raid alert covered eastern oblasts for two hours [link=file:///etc/passwd]details[/link].",
     ["Alerts were lifted in the afternoon."],
     ["air-defence"]),
    (95, "bidi-title",
     "Channel claims: \u202eDELIAF\u202c strike on bridge near Zatoka",
     "A Telegram channel reported a strike near Zatoka\u200b\u200b; officials did not comment.",
     ["The report could not be verified."],
     ["odesa"]),
    (125, "javascript-link",
     "Roundup: overnight attacks in five oblasts",
     "A summary of overnight attacks compiled from regional administrations.",
     ["Regional administrations reported damage in Kharkiv, Sumy, Dnipro, Odesa and Zaporizhzhia."],
     ["roundup"]),
    (210, "plain-roundup",
     "Roundup: power cuts scheduled in Kyiv and Kharkiv",
     "Grid operator Ukrenergo announced scheduled outages after strikes on the energy system.",
     ["Households were told to expect up to eight hours without power."],
     ["energy"]),
]
HOSTILE_LINKS = {"javascript-link": "javascript:alert(document.cookie)"}
"""Items whose <link> is replaced by a hostile URL instead of the article page."""

LIVE_QUEUE = [
    ("ua-defence-bulletin", "live-kupiansk-clearing",
     "Joint Forces: another Russian group destroyed in northern Kupiansk",
     "Ukrainian units destroyed a Russian infiltration group in northern Kupiansk, the Joint "
     "Forces Grouping said, repeating that the city is under Ukrainian control.",
     ["The grouping's spokesman said clearing operations would continue for some time."],
     ["kupiansk"]),
    ("global-wire", "live-shootdown",
     "Ukraine says it shot down cruise missiles aimed at western regions",
     "Ukraine's Air Force said it intercepted several cruise missiles launched from strategic "
     "bombers over the Caspian Sea.",
     ["Air raid alerts were declared across the country."],
     ["air-defence"]),
    ("moscow-state-wire", "live-kupiansk-flag",
     "Defence ministry shows new footage from central Kupiansk",
     "The Russian defence ministry published new video it said was filmed in central Kupiansk, "
     "repeating that the city had been liberated.",
     ["The ministry did not say when the footage was recorded."],
     ["kupiansk"]),
    ("frontline-institute", "live-kupiansk-update",
     "Update: new footage does not change Kupiansk assessment",
     "Newly released Russian footage geolocates to the northern outskirts of Kupiansk, not the "
     "centre; the assessment that Russia does not control the city stands.",
     ["We will update this assessment as more footage becomes available."],
     ["kupiansk", "assessment"]),
    ("kyiv-ledger", "live-odesa-strike",
     "Drone attack on Odesa damages port and high-rise",
     "A drone attack on Odesa damaged port infrastructure and a residential high-rise, the "
     "regional governor said.",
     ["Firefighters worked through the night."],
     ["odesa"]),
    ("free-russia-desk", "live-refinery",
     "Drone strike halts processing at Volgograd refinery, sources say",
     "A drone attack forced the Volgograd refinery to halt a primary processing unit, two "
     "industry sources said.",
     ["The regional governor reported a fire at an industrial site."],
     ["refinery"]),
]
"""Items the demo server publishes one by one while it runs: (feed id, slug, title, ...)."""
