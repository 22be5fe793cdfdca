#!/usr/bin/env python3
"""Independent identifier-guard corpus, set "cold4".

Written from outside the project: only Documentation/Privacy.md (the JSONL
fields and what each kind is) and shared/DOMAIN.md were read. No source,
test or fixture of maca was looked at. Every name, number, street, school
and address below is invented by hand here; nothing is drawn from faker or
any other list the guard's gazetteer reads.

Offsets: "start"/"end" are Python str indices. Privacy.md documents UTF-16
offsets; the two agree because the corpus holds no character outside the
Basic Multilingual Plane (checked below).

Run: python3 independent4.py [OUT]   -> writes independent-4.jsonl beside it,
or to OUT. The file the project keeps
(Tests/MACAKitTests/Fixtures/guard-corpus/independent-4.jsonl) was written
with OUT given; each registered name is written as the corpus loader reads
it, ["child", name], and a clean sentence gets start and end 0 (the writer
below does both; the validation reads the generator's own records).
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 20261204
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "independent-4.jsonl")
SET = "cold4"

records = []
seen_texts = set()


def fill(s, slots):
    return s.format(**slots) if slots else s


def reg_clash(name, text):
    """True when any part of a registered name occurs in text as a word, any case."""
    parts = [name] + re.split(r"[ ]", name)
    return any(re.search(r"(?<![\w'-])" + re.escape(p) + r"(?![\w-])", text, re.I) for p in parts)


def plant(kind, tmpl, ident, registered=(), note="", slots=None):
    """tmpl holds exactly one {X}; the identifier goes there."""
    assert tmpl.count("{X}") == 1, tmpl
    pre, post = tmpl.split("{X}")
    pre, post = fill(pre, slots), fill(post, slots)
    text = pre + ident + post
    outside = pre + " " + post
    # Registered names of the day never occur outside the planted span; for an
    # unregistered name, none may match the planted name either.
    registered = [n for n in registered
                  if not reg_clash(n, outside) and (kind == "registered" or not reg_clash(n, ident))]
    if text in seen_texts:
        return False
    seen_texts.add(text)
    records.append({"set": SET, "kind": kind, "text": text,
                    "start": len(pre), "end": len(pre) + len(ident),
                    "registered": list(registered), "note": note})
    return True


def clean(text, registered=(), note=""):
    registered = [n for n in registered if not reg_clash(n, text)]
    if text in seen_texts:
        return False
    seen_texts.add(text)
    records.append({"set": SET, "kind": "clean", "text": text,
                    "registered": list(registered), "note": note})
    return True


# ---------------------------------------------------------------- fillers
AGENCIES = ["children's social care", "CSC", "the police", "West Yorkshire Police",
            "health", "the ICB", "the GP practice", "the school", "education",
            "probation", "the Probation Service", "the Youth Justice Service",
            "YJS", "CAMHS", "the health visiting service", "school nursing",
            "the 0-19 service", "adult mental health", "housing", "the ambulance trust",
            "the substance misuse service", "Early Help", "the MASH",
            "the Virtual School", "the midwifery team", "the Children's Centre"]
TEAMS = ["MASH", "CAMHS", "Early Help", "the Youth Justice Service", "the Front Door",
         "the Child Protection team", "the Looked After Children team",
         "the Leaving Care team", "the Disabled Children's Team",
         "the Missing from Home team", "the Complex Safeguarding Team",
         "the Family Group Conference service", "the Edge of Care team",
         "the Safeguarding in Education team", "the Liaison and Diversion team",
         "the Domestic Abuse Hub", "the Integrated Front Door", "the Emergency Duty Team",
         "Targeted Youth Support", "the Independent Reviewing Service"]
SYSTEMS = ["Mosaic", "LCS", "SystmOne", "EMIS", "Liquidlogic", "Niche", "CPOMS",
           "Capita One", "Eclipse", "Athena", "the EHM", "CP-IS", "Connect", "Rio"]
APPS = ["Snapchat", "TikTok", "Instagram", "WhatsApp", "Roblox", "Fortnite",
        "YouTube", "Discord", "Telegram", "Xbox Live", "Facebook Messenger", "Teams"]
PLACES = ["Leeds", "Bradford", "Halifax", "Huddersfield", "Wakefield", "Keighley",
          "Harehills", "Gipton", "Seacroft", "Armley", "Dewsbury", "Batley",
          "Pontefract", "Castleford", "Rotherham", "Doncaster", "Scarborough",
          "Blackpool", "Manchester", "Sheffield", "Birmingham", "Luton",
          "north London", "Middlesbrough", "Hull", "Skegness", "Otley", "Shipley"]
ROLES = ["social worker", "DSL", "deputy DSL", "health visitor", "school nurse",
         "IRO", "YJS case worker", "probation practitioner", "PCSO", "GP",
         "family support worker", "SENCo", "midwife", "CAMHS clinician",
         "team manager", "Early Help practitioner", "attendance officer",
         "personal adviser", "CSE lead", "named nurse", "designated doctor",
         "housing officer", "IDVA", "youth worker", "head of year"]
POLICIES = ["Working Together 2023", "Working Together to Safeguard Children 2018",
            "Keeping Children Safe in Education 2024", "KCSIE 2023",
            "the Children Act 1989", "section 17 of the Children Act 1989",
            "the Children Act 2004", "the Domestic Abuse Act 2021",
            "the partnership's Threshold of Need guidance", "the Was Not Brought policy",
            "the Neglect Strategy 2022-25", "the Graded Care Profile 2",
            "the Signs of Safety model", "the Child Exploitation Protocol",
            "the Escalation and Resolution Policy", "the Bruising in Non-Mobile Babies protocol"]
COURT = ["Interim Care Order", "Care Order", "Supervision Order",
         "Special Guardianship Order", "Child Arrangements Order",
         "non-molestation order", "Emergency Protection Order", "Police Protection",
         "Section 20 agreement", "PLO pre-proceedings", "Placement Order",
         "Secure Accommodation Order", "Referral Order", "Youth Rehabilitation Order",
         "Criminal Behaviour Order", "Occupation Order"]
GRADES = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
RAG = ["Red", "Amber", "Green"]
THEMES = ["neglect", "domestic abuse", "child criminal exploitation",
          "child sexual exploitation", "children missing from home",
          "children's mental health", "parental substance misuse",
          "harmful sexual behaviour", "online harm", "non-mobile babies with bruising",
          "elective home education", "young carers", "serious youth violence",
          "children with disabilities", "pre-birth assessment"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "1st", "2nd", "3rd",
       "4th", "5th", "6th", "7th", "8th"]
NUMW = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "eleven", "twelve"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def event_date():
    """A chronology date, never a birth."""
    y = R.randint(2016, 2026)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    f = R.randint(0, 7)
    if f == 0:
        return f"{d:02d}/{m:02d}/{y}"
    if f == 1:
        return f"{d}.{m}.{y % 100:02d}"
    if f == 2:
        return f"{ordinal(d)} {MONTHS[m-1]} {y}"
    if f == 3:
        return f"{d} {MON3[m-1]} {y % 100:02d}"
    if f == 4:
        return f"{y}-{m:02d}-{d:02d}"
    if f == 5:
        return f"{MONTHS[m-1]} {d}, {y}"
    if f == 6:
        return f"{d}/{m}/{y % 100:02d}"
    return f"{d} {MONTHS[m-1]} {y}"


def a_time():
    h, mi = R.randint(7, 22), R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    return R.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}", f"{(h-1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}",
                     f"{(h-1) % 12 + 1}{'am' if h < 12 else 'pm'}", f"{h:02d}{mi:02d}hrs"])


def slots():
    return dict(
        agency=R.choice(AGENCIES), agency2=R.choice(AGENCIES), team=R.choice(TEAMS),
        system=R.choice(SYSTEMS), app=R.choice(APPS), app2=R.choice(APPS),
        place=R.choice(PLACES), role=R.choice(ROLES), role2=R.choice(ROLES),
        policy=R.choice(POLICIES), court=R.choice(COURT), grade=R.choice(GRADES),
        rag=R.choice(RAG), theme=R.choice(THEMES), month=R.choice(MONTHS),
        day=R.choice(DAYS), ord=R.choice(ORD), date=event_date(), date2=event_date(),
        time=a_time(), age=R.randint(0, 17), age2=R.randint(2, 17),
        yg=f"Y{R.randint(1, 13)}", yr=R.choice(["Year", "year"]) + f" {R.randint(1, 11)}",
        pct=R.randint(3, 99), n=R.randint(2, 40), n2=R.randint(2, 12),
        nw=R.choice(NUMW), weeks=R.randint(2, 26), money=R.choice([45, 120, 350, 600, 1200, 2400]),
        year=R.randint(2016, 2026), case=R.choice(["Case 1", "Case 2", "Case 3", "Case 4",
                                                   "Case 5", "Case 6", "Case A", "Case B",
                                                   "Case C", "case 7", "case D"]),
        q=R.choice(["Q1", "Q2", "Q3", "Q4"]), ward=f"Ward {R.randint(2, 40)}",
    )


def matched_age():
    a = R.randint(6, 16)
    return a, f"Y{a - 5}"


# ----------------------------------------------------------- name pools
# Registered names (declared on the day). Kept apart from the unregistered pools.
REG_POOL = ["Kayden Morley", "Shannon Morley", "Tiegan Ashworth", "Lacey-Mae Hurst",
            "Oakley Brannigan", "Zaviyah Qureshi", "Mylo Turnbull", "Jessica Pryor",
            "Reuben Stansfield", "Niamh Corrigan", "Amelia-Rose Dyson", "Hope Fairclough",
            "Will Garside", "Grace Ibekwe", "Faith Mapfumo", "Sunny Birtwhistle",
            "Bobbi-Jo Clegg", "Tomasz Zieliński", "Ayaan Mirza", "Precious Nyathi",
            "Rocco Delaney", "Ruqayyah Patel", "Stacey Hinchliffe", "Dean Holroyd",
            "Marley-Jay Oduya", "Eliza Whiteley", "Ionela Stoica", "Kian O'Rourke",
            "Leo Sutcliffe", "Skye Bamford", "Mark Ackroyd", "Amber Laycock"]

# Unregistered names, by origin. Written by hand.
FIRST = {
    "english": ["Kayleigh", "Jaxon", "Brooklyn", "Tyler-Jay", "Leighton", "Paige",
                "Callum", "Chantelle", "Demi-Leigh", "Kacey", "Alfie-James", "Harley",
                "Macie", "Reece", "Darnell", "Courtney", "Bradley", "Jodie", "Keeley",
                "Lennon", "Ashton", "Tia-Louise", "Kerry", "Gemma", "Shane", "Darren"],
    "irish": ["Saoirse", "Siobhán", "Oisín", "Caoimhe", "Pádraig", "Dónal",
              "Aoife", "Ciarán", "Róisín", "Eoghan", "Sinéad", "Fionnuala"],
    "traveller": ["Patsy", "Jimmy-Joe", "Margaret-Ann", "Bridie", "Kathleen",
                  "Mikey", "Johnny-Boy", "Winnie", "Tommy-Lee", "Nellie"],
    "south_asian": ["Aaliyah", "Zainab", "Mohammed", "Abdul-Rahman", "Harpreet",
                    "Gurpreet", "Simran", "Arjun", "Priya", "Nusrat", "Ishaan",
                    "Rubina", "Hamza", "Safiya", "Anjali", "Tahmina", "Rehan", "Mehreen"],
    "east_european": ["Jakub", "Zofia", "Wojciech", "Małgorzata", "Łukasz",
                      "Krzysztof", "Agnieszka", "Dawid", "Ionuț", "Andreea",
                      "Florin", "Mihaela", "Gintarė", "Jānis", "Dušan", "Lenka",
                      "Zsófia", "Bence", "Denisa", "Marek", "Oskar", "Nikola", "Ştefan"],
    "african": ["Chidera", "Oluwaseun", "Adaeze", "Kwame", "Abena", "Tendai",
                "Nokuthula", "Chiamaka", "Femi", "Tolulope", "Fatoumata", "Hodan",
                "Abdirahman", "Yusra", "Kofi", "Ngozi", "Tinashe", "Babajide", "Amaka"],
}
SURN = {
    "english": ["Blenkinsop", "Thackray", "Ormerod", "Sugden", "Hepworth", "Greenhalgh",
                "Haigh", "Broadbent", "Illingworth", "Pickersgill", "Wainwright",
                "Crowther", "Brearley", "Farrar", "Hirst", "Shackleton"],
    "irish": ["O'Driscoll", "McDonagh", "Ní Bhriain", "Ó Súilleabháin", "Mulcahy",
              "Fitzgerald", "O'Shaughnessy", "McGettigan"],
    "traveller": ["Connors", "Maughan", "Quilligan", "Stokes", "Doran", "Lovell",
                  "Boswell", "Loveridge", "McGinley", "Cash", "Joyce"],
    "south_asian": ["Chaudhry", "Siddiqui", "Bibi", "Akhtar", "Hussain", "Mahmood",
                    "Sandhu", "Bhatti", "Rahman", "Uddin", "Miah", "Kaur", "Choudhury",
                    "Iqbal", "Parveen", "Dhillon"],
    "east_european": ["Wiśniewski", "Kowalczyk", "Dąbrowska", "Popescu", "Ionescu",
                      "Kazlauskas", "Bērziņš", "Horváth", "Novák", "Dvořák", "Lakatos",
                      "Balog", "Wróbel", "Grabowska", "Petrauskienė", "Oláh"],
    "african": ["Okafor", "Adeyemi", "Mensah", "Boateng", "Nwosu", "Eze", "Osei",
                "Abdi", "Warsame", "Mutasa", "Chukwu", "Ogunleye", "Asante", "Danjuma",
                "Mbeki-Ross", "Owusu-Ansah"],
}
NICKS = ["Jonno", "Macca", "Kez", "Shaz", "Daz", "Gaz", "Tanz", "Rizzy", "Bex", "Deano"]
ALL_FIRST = [n for v in FIRST.values() for n in v]
ALL_SURN = [n for v in SURN.values() for n in v]
ORIGINS = list(FIRST)


def reg_list(k=None):
    k = R.choice([0, 1, 1, 2, 2, 3]) if k is None else k
    return R.sample(REG_POOL, k)


# ------------------------------------------------------------ identifiers
def nhs_number():
    while True:
        if R.random() < 0.5:
            digits = [9, 9, 9] + [R.randint(0, 9) for _ in range(6)]
        else:
            digits = [R.choice([4, 6, 7])] + [R.randint(0, 9) for _ in range(8)]
        total = sum(d * (10 - i) for i, d in enumerate(digits))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        s = "".join(map(str, digits + [check]))
        return s


def nhs_valid(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 10:
        return False
    c = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]


def nhs_fmt(s):
    f = R.randint(0, 5)
    if f <= 1:
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if f == 2:
        return s
    if f == 3:
        return f"{s[:3]}-{s[3:6]}-{s[6:]}"
    if f == 4:
        return f"{s[:3]}\u00a0{s[3:6]}\u00a0{s[6:]}"   # no-break spaces, as pasted from a PDF
    return f"{s[:3]}.{s[3:6]}.{s[6:]}"


AREAS = ["LS", "BD", "HX", "HD", "WF", "S", "M", "B", "L", "NE", "SR", "BS", "BA",
         "TA", "MK", "LU", "NG", "LE", "DE", "CV", "WS", "WV", "SE", "E", "N", "SW",
         "OL", "BL", "WN", "PR", "BB", "YO", "HU", "DN", "LN", "PE", "NR", "IP",
         "CB", "ME", "CT", "BN", "PO", "SO", "EX", "PL", "ST", "SK", "WA", "TS", "DH", "CA"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def postcode():
    a = R.choice(AREAS)
    shape = R.randint(0, 3)
    if a in ("E", "N", "SE", "SW") and shape == 3:
        out = f"{a}{R.randint(1, 9)}{R.choice('AW')}" if a in ("E",) else f"{a}{R.randint(1, 20)}"
    elif shape == 0:
        out = f"{a}{R.randint(1, 9)}"
    else:
        out = f"{a}{R.randint(1, 29)}"
    inward = f"{R.randint(0, 9)}{R.choice(INWARD_LETTERS)}{R.choice(INWARD_LETTERS)}"
    f = R.randint(0, 5)
    if f <= 2:
        return f"{out} {inward}"
    if f == 3:
        return f"{out}{inward}"
    if f == 4:
        return f"{out} {inward}".lower()
    return f"{out}  {inward}"


def dob_date(parent=False):
    y = R.randint(1972, 1999) if parent else R.randint(2009, 2025)
    m, d = R.randint(1, 12), R.randint(1, 28)
    f = R.randint(0, 8)
    return [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}",
            f"{ordinal(d)} {MONTHS[m-1]} {y}", f"{d} {MONTHS[m-1]} {y}",
            f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m-1]} {d}, {y}",
            f"{d} {MON3[m-1]} {y % 100:02d}", f"{d:02d}-{m:02d}-{y}"][f]


def phone():
    x = R.randint(0, 999)
    f = R.randint(0, 11)
    if f == 0:
        return f"07700 900{x:03d}"
    if f == 1:
        return f"07700900{x:03d}"
    if f == 2:
        return f"+44 7700 900{x:03d}"
    if f == 3:
        return f"+44 (0)7700 900 {x:03d}"
    if f == 4:
        return f"0113 496 0{x:03d}"
    if f == 5:
        return f"(0113) 496 0{x:03d}"
    if f == 6:
        return f"0114-496-0{x:03d}"
    if f == 7:
        return f"0161 496 0{x:03d}"
    if f == 8:
        return f"020 7946 0{x:03d}"
    if f == 9:
        return f"0044 121 496 0{x:03d}"
    if f == 10:
        return f"0191 498 0{x:03d}"
    return f"07700.900.{x:03d}"


DOMAINS = ["example.org", "example.com", "example.net", "westborough.example.org",
           "school.example.com", "nhs.example.net", "police.example.org", "mail.example.com"]
LOCALS = ["mash.team", "dsl.office", "r.okoro", "k_whitehead", "jm.hartigan", "hv.north",
          "safeguarding.lead", "a.begum82", "cinteam3", "yjs-duty", "mum.of.three",
          "tazzy_bear07", "lee.sugworth", "p.nowacka", "head.teacher", "sendco.admin",
          "fam.support", "d.mcgarrigle", "ops.centre", "kaz.lou1"]


def email():
    loc, dom = R.choice(LOCALS), R.choice(DOMAINS)
    f = R.randint(0, 6)
    if f <= 2:
        return f"{loc}@{dom}"
    if f == 3:
        return f"{loc} at {dom.replace('.', ' dot ')}"
    if f == 4:
        return f"{loc}[at]{dom.replace('.', '[dot]')}"
    if f == 5:
        return f"{loc} (at) {dom}"
    return f"{loc.upper()}@{dom.upper()}"


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni(cued):
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    d = "".join(str(R.randint(0, 9)) for _ in range(6))
    s = R.choice("ABCD")
    f = R.randint(0, 5 if cued else 2)
    if f == 0:
        return f"{p}{d}{s}"
    if f == 1:
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"
    if f == 2:
        return f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}"
    if f == 3:
        return f"{p}{d}{s}".lower()
    if f == 4:
        return f"{p} {d[:2]} {d[2:4]} {d[4:]}"
    return f"{p}{d}"


STREET_NAMES = ["Ashfield", "Tennyson", "Beech", "Cross Green", "Mill", "Hawthorn",
                "Sandringham", "Coronation", "Bankfield", "Granville", "Lidgett",
                "Harehills", "Whinmoor", "Kirkdale", "Primrose", "Back Nowell",
                "Stanningley", "Oakroyd", "Cardigan", "Ravensworth", "Fernbank", "Raglan"]
STREET_WORDS = ["Road", "Street", "Avenue", "Close", "Lane", "Drive", "Way", "Crescent",
                "Court", "Gardens", "Place", "Terrace", "Grove", "Rd", "St", "Mount", "View"]


def address():
    n = R.randint(1, 212)
    f = R.randint(0, 6)
    street = f"{R.choice(STREET_NAMES)} {R.choice(STREET_WORDS)}"
    if f <= 2:
        return f"{n} {street}"
    if f == 3:
        return f"{n}{R.choice('abc')} {street}"
    if f == 4:
        return f"{n}-{n + 2} {street}"
    if f == 5:
        return f"Flat {R.randint(1, 24)}, {n} {street}"
    return f"Flat {R.randint(1, 9)}{R.choice('ABC')}"


SCHOOL_STEMS = ["Oakwood", "Brackenwood", "Hillside", "Thornbury", "Park View",
                "Greenacre", "Moorfield", "Ladywell", "Fieldhead", "Westcroft",
                "Riverside", "Cragside", "Bramley Fold", "Holmewood", "Sandal Magna",
                "Lower Wortley", "Highcliffe", "Whitecote", "Beckfoot Heights", "Ashbrow"]
SCHOOL_TAILS = ["Primary School", "Primary", "Academy", "High School", "Infant School",
                "Junior School", "Nursery", "Day Nursery", "College", "Community College",
                "Primary Academy", "Junior and Infant School", "Free School"]
SAINT_SCHOOLS = ["St Mary's CE Primary School", "St Bartholomew's CE Primary",
                 "Our Lady of Lourdes Catholic Primary", "St Joseph's RC Primary School",
                 "Holy Family Catholic High School", "St Wilfrid's Catholic Academy",
                 "Christ Church CE Junior School", "St Aidan's CE High School",
                 "Little Acorns Day Nursery", "Busy Bees Nursery", "Al-Noor Girls' Academy",
                 "Bright Stars Pre-School", "Kirkstall Valley Primary"]


def school():
    if R.random() < 0.3:
        return R.choice(SAINT_SCHOOLS)
    return f"{R.choice(SCHOOL_STEMS)} {R.choice(SCHOOL_TAILS)}"


# ------------------------------------------------------------ planted kinds
def run_kind(kind, templates, make_ident, target, note_fn, reg_fn=reg_list):
    """Cycle through the templates so none dominates."""
    made, i, tries = 0, 0, 0
    order = templates[:]
    R.shuffle(order)
    while made < target and tries < target * 40:
        t = order[i % len(order)]
        i += 1
        tries += 1
        ident, note = make_ident(t)
        if plant(kind, t, ident, reg_fn(), note_fn(note, t), slots()):
            made += 1
    assert made >= target, (kind, made)


NHS_T = [
    "NHS no. {X} recorded on the health return.",
    "Health return: NHS number {X} (child), GP registered since {month}.",
    "- child's NHS No: {X}; not seen by the GP since {date}",
    "The health visitor quoted {X} when she checked SystmOne for the baby's record.",
    "{X} is the NHS number on the CP-IS flag for this child.",
    "GP letter of {date} gives the NHS number as {X} and notes two missed appointments.",
    "minutes: HV confirmed NHS {X} matched the hospital discharge summary",
    "Under 'identifiers' the school nurse had typed {X}, which should not be in the return.",
    "Records were matched on NHS number ({X}) after the name was misspelt on the referral.",
    "nhs num {X} - A&E attendance x{n2} this year",
    "Midwifery return lists the unborn's mother by NHS number {X} rather than case reference.",
    "ED notes quote {X} and the safeguarding liaison nurse flagged it to {team}.",
    "Health found the child under {X} on EMIS; no immunisations since {year}.",
    "Auditor note: 'NHS number {X} - please check before the panel'.",
    "The CAMHS letter heading carried the young person's number, {X}, and was attached in full.",
    "Dental records (NHS {X}) show extractions under general anaesthetic at age {age2}.",
    "Sibling's number {X} appears in the GP return by mistake.",
]
POST_T = [
    "Family moved to {X} in {month} and the school was not told.",
    "Home address postcode {X}; housing confirm the tenancy is in mum's name.",
    "- lives in {X}, {n2} miles from school",
    "Police attended {X} at {time} following a call from a neighbour.",
    "The GP registration still shows {X}, the previous address.",
    "Postcode: {X}",
    "Temporary accommodation in {X} was offered on {date}.",
    "Referral form gave {X} but the family had left the area by then.",
    "Dad's bail address ({X}) was shared with the school without checking.",
    "{X} is where the young person was found after being missing for {n2} days.",
    "They are staying with nan at {X} during the week.",
    "Probation hold {X} as the approved premises address.",
    "Missing episode: located at an address in {X} linked to older males.",
    "Housing moved the family out of area to {X} without a transfer-in conference.",
    "Auditor typed the postcode {X} into the lived-experience box by mistake.",
]
DOB_T = [
    "DOB {X}, currently in {yg}.",
    "Child's date of birth: {X}.",
    "born on {X} at 32 weeks, NICU for a month",
    "Young person (DOB {X}) was open to {team} at the time.",
    "D.O.B. {X} - on a CP plan since {month}.",
    "Mother's DOB is {X}; she was a looked after child herself.",
    "The referral gives the baby's date of birth as {X} and the due date as later.",
    "Birthday {X} - turned {age2} during the audit period.",
    "dob {X} / {yg} / open to CSC",
    "He was born {X} and was registered with the GP only in {year}.",
    "Date of birth - {X}",
    "Dad, date of birth {X}, has previous convictions for violence.",
    "Sibling born on {X} is not subject to the plan.",
    "Return gives child DOB: {X} and the mother's age only.",
]
DOB_MONTH_T = [
    "Baby was born in {X} and the pre-birth assessment was never finished.",
    "The youngest child, born in {X}, was not seen by the health visitor until the 10-day check.",
]
PHONE_T = [
    "Mum's mobile {X} was given out to the school in the strategy minutes.",
    "Contact number: {X}",
    "Tel {X} (dad) - no answer on {n2} attempts",
    "The young person was ringing {X} late at night, a number linked to county lines.",
    "Police phoned the school on {X} at {time}.",
    "Call {X} to reach the duty social worker, the minutes say.",
    "Grandparent's landline ({X}) was the only working contact.",
    "The number {X} appears on the CAD log as the caller.",
    "she texted from {X} asking for food bank vouchers",
    "Missing from home; phone {X} off since {time}.",
    "Ring the DSL on {X} - recorded in the action plan in error.",
    "{X} was saved in the child's phone under a nickname.",
    "Referrer's number {X}, anonymous neighbour.",
    "Return says 'dad can be reached on {X} after 6pm'.",
]
EMAIL_T = [
    "Minutes were sent to {X} rather than to the secure inbox.",
    "Email: {X}",
    "The school emailed {X} on {date} with the attendance letter.",
    "Dad's email address {X} is on the contact sheet.",
    "- referral came in from {X}",
    "Mum asked for the plan to go to {X}.",
    "Contact the DSL at {X} for the chronology.",
    "The YP's gaming account was linked to {X}.",
    "Health return copied {X} into the involvement box.",
    "{X} forwarded the CP conference invite to a neighbour.",
    "Correspondence to {X} bounced back twice in {month}.",
    "ask HV to resend to {X} (secure)",
]
NI_T = [
    "Dad's National Insurance number {X} was on the benefits letter in the file.",
    "NI no: {X}",
    "The probation return gives NINO {X} for the stepfather.",
    "Mum's NI number is {X} and Universal Credit was stopped in {month}.",
    "National Insurance: {X}",
    "Housing benefit form (NI {X}) attached to the return.",
    "{X} is the care leaver's NI number, obtained in {yg}.",
    "The DWP letter quoting {X} was found in the child's school bag.",
    "Identity checks: passport seen, NI number {X}.",
    "NINO - {X} - confirmed by the personal adviser",
    "Her National Insurance number, {X}, was written on the strategy minutes.",
]
ADDR_T = [
    "Home visit to {X} on {date}: the house was cold and there was little food.",
    "The family live at {X}.",
    "- address: {X}",
    "Police attended {X} at {time} after a 999 call.",
    "Dad moved back into {X} in breach of the safety plan.",
    "{X} was the address given for the older males.",
    "Missing: found at {X}, a known cuckooed flat.",
    "Auditor wrote that the child stayed at {X} most weekends.",
    "Grandmother's home at {X} was assessed for a connected carer placement.",
    "The referral was for a child at {X}, next door to the family.",
    "Housing confirm the tenancy at {X} ends in {month}.",
    "He was placed in supported accommodation, {X}.",
]
SCHOOL_T = [
    "Attends {X}, {yg}; attendance {pct}%.",
    "{X} made the referral on {date}.",
    "The DSL at {X} had not been invited to the strategy meeting.",
    "School: {X}",
    "Moved from {X} to a pupil referral unit in {month}.",
    "- on roll at {X} but EHE since {month}",
    "Both siblings went to {X} until the move.",
    "Excluded from {X} for {n2} days after an assault on a peer.",
    "The education return came from {X} and rated its own involvement {grade}.",
    "She started at {X} in September with no transition plan.",
    "Staff at {X} noticed weight loss over the summer term.",
    "Nursery place at {X} was funded as a two-year-old offer.",
]
REF_T = [
    ("Crime ref {X} relates to the assault on mum.", "crime"),
    ("Police return quotes occurrence {X} for the missing episode.", "occ"),
    ("Incident number {X} was raised at {time}.", "log"),
    ("CAD {X} shows the call was graded as immediate.", "cad"),
    ("STORM log {X} - concern for welfare, child found safe", "log"),
    ("Niche ref {X} records the domestic incident.", "niche"),
    ("URN {X} for the youth caution.", "urn"),
    ("Probation CRN {X} for the stepfather.", "crn"),
    ("PNC ID {X} was checked before the strategy meeting.", "pnc"),
    ("Mosaic ID {X} - open to the child in need team", "id"),
    ("LCS number {X} belongs to the older sibling.", "id"),
    ("Liquidlogic ID: {X}", "id"),
    ("EHM ref {X} shows the Early Help assessment closed early.", "ehm"),
    ("CSC ID {X} was written on the return instead of the case reference.", "id"),
    ("social care id {X}, closed {month}", "id"),
    ("Log number {X} from the night of the incident.", "log"),
    ("crime reference number {X} - no further action", "crime"),
]


def ref_ident(kind):
    y = R.randint(16, 26)
    if kind == "crime":
        return R.choice([f"13{y}{R.randint(0, 9999999):07d}", f"{R.randint(10, 99)}/{R.randint(10000, 999999)}/{y}",
                         f"CR/{R.randint(100000, 999999)}/{y}"])
    if kind == "occ":
        return R.choice([f"{y}0{R.randint(1000000, 9999999)}", f"OCC-{R.randint(100000, 999999)}"])
    if kind == "log":
        return R.choice([f"{R.randint(100, 2400):04d}", f"{R.randint(1000, 9999)}-{R.randint(1, 28):02d}{R.randint(1, 12):02d}{y}"])
    if kind == "cad":
        return f"{R.randint(1000, 9999)}"
    if kind == "niche":
        return f"{y}{R.choice('ABCDEFGHJK')}{R.randint(100000, 999999)}"
    if kind == "urn":
        return f"{R.randint(10, 99)}{R.choice('ABCD')}{R.randint(1000000, 9999999)}/{y}"
    if kind == "crn":
        return f"{R.choice('ABCDEX')}{R.randint(100000, 999999)}"
    if kind == "pnc":
        return f"{y}/{R.randint(100000, 999999)}{R.choice('ABCDEFGHJKLMN')}"
    if kind == "ehm":
        return R.choice([f"EH-{y}-{R.randint(1000, 9999)}", f"EHA{R.randint(10000, 99999)}"])
    return f"{R.randint(100000, 9999999)}"


# registered: (template, which form of the registered name, note)
REG_T = [
    "{X} told the school nurse she did not want to go home.",
    "The auditor felt {X} was not seen alone often enough.",
    "{X}'s voice is absent from the plan.",
    "mum said {X} had been out till 2am on three nights",
    "- {X} now in foster care, settled",
    "Strong work by the YJS worker in building trust with {X}.",
    "What was life like for {X}? Chaotic, hungry and often alone.",
    "Health visitor saw {X} at home on {date}.",
    "Nobody asked {X} what she wanted from contact.",
    "{X}, aged {age2}, was missing overnight.",
    "Return: {X} presented as withdrawn in class.",
    "The panel agreed {X}'s wishes shaped the plan.",
]


def reg_name_form(name):
    first, last = name.split(" ", 1)
    f = R.randint(0, 7)
    if f <= 2:
        return first, "first name"
    if f == 3:
        return name, "full name"
    if f == 4:
        return first.lower(), "first name, lower case"
    if f == 5:
        return first.upper(), "first name, capitals"
    if f == 6:
        return last, "surname alone"
    return name.lower(), "full name, lower case"


def make_registered():
    made, i = 0, 0
    order = REG_T[:]
    R.shuffle(order)
    while made < 60:
        t = order[i % len(order)]
        i += 1
        name = REG_POOL[i % len(REG_POOL)]
        form, how = reg_name_form(name)
        # What was registered: the whole name, or the parts used on the day.
        reg = [name] + R.sample([n for n in REG_POOL if n != name], R.randint(0, 2))
        if how == "surname alone":
            reg = [name, name.split(" ", 1)[1]] + reg[1:]
        R.shuffle(reg)
        tt = t
        if t.startswith("{X}") and form[:1].islower():
            tt = "note: " + t
        if plant("registered", tt, form, reg, f"registered; {how}", slots()):
            made += 1


# ---------------------------------------------------------- unregistered names
def first_of(origin=None):
    o = origin or R.choice(ORIGINS)
    return R.choice(FIRST[o]), o


def surname_of(origin=None):
    o = origin or R.choice(ORIGINS)
    return R.choice(SURN[o]), o


def full_of(origin=None):
    o = origin or R.choice(ORIGINS)
    return f"{R.choice(FIRST[o])} {R.choice(SURN[o])}", o


# Each entry: template, how to make the name, note. {X} is the name.
NAME_T = [
    ("{X} told the teacher that she was scared of dad's friend.", "first", "first name starting a sentence before a verb"),
    ("{X}'s bedroom had no bedding when the social worker visited.", "first", "possessive starting a sentence"),
    ("The social worker visited {X}'s school on {date}.", "first", "possessive mid-sentence"),
    ("aged {age2}, {X} was left to look after the younger ones", "first", "after 'aged N'"),
    ("Sibling aged 9 {X} was never spoken to on her own.", "first", "after 'aged 9' with no comma"),
    ("{X}, aged {age2}, was reported missing {n2} times.", "first", "name then age"),
    ("{X} ({age2}) and her brother were at home alone.", "first", "name with age in brackets"),
    ("Spoke to mum about {X}'s attendance.", "first", "possessive after lower case"),
    ("Home visit: {X} was asleep on the sofa at 2pm.", "first", "after a colon"),
    ("saw {X} in school today - quiet, ate lunch quickly", "first_lower", "lower case in a hurried note"),
    ("mum ({X}) did not answer the door", "first_lower", "lower case in brackets"),
    ("rang dad re {X} - no answer", "first_lower", "lower case after 're'"),
    ("Mum {X} said the children were at their nan's.", "first", "after 'Mum'"),
    ("Her brother {X} is believed to be involved in county lines.", "first", "after a relation"),
    ("The child's stepfather, {X}, has a history of violence.", "full", "full name after a relation with commas"),
    ("Dr {X} at the surgery raised no concern.", "surname", "professional with a title"),
    ("PC {X} attended and made a DASH referral.", "surname", "police constable"),
    ("DC {X} led the section 47 joint visit.", "surname", "detective constable"),
    ("Health visitor {X} saw the baby at home.", "full", "professional named personally"),
    ("Social worker {X} left in {month} and the case drifted.", "full", "social worker named personally"),
    ("The DSL, Mrs {X}, escalated twice.", "surname", "Mrs and surname"),
    ("{X} (IRO) challenged the lack of progress.", "full", "IRO with full name"),
    ("Ms {X} from housing joined the core group.", "surname", "Ms and surname"),
    ("{X} said she wanted to live with her aunt.", "full", "full name starting a sentence"),
    ("The {X} family were known to {team} since {year}.", "surname", "'the X family'"),
    ("Checks on {X} found no previous involvement.", "surname", "surname alone after 'checks on'"),
    ("{X} was arrested on {date} for possession with intent.", "surname", "surname starting a sentence"),
    ("Referral from {X}, the school nurse.", "full", "name before a role"),
    ("Initial contact with {X} was made by phone.", "full", "full name mid-sentence"),
    ("The auditor spoke with {X} about the chronology.", "initial_surname", "initial and surname"),
    ("{X} (SW) completed the assessment in {n} days.", "initial_surname", "initial and surname starting a sentence"),
    ("Strategy chaired by {X}, team manager.", "initial_surname", "initial with dot"),
    ("Known as {X} to his friends, he was missing from care.", "nick", "nickname after 'known as'"),
    ("Older male known as '{X}' was seen picking him up.", "nick", "nickname in quotes"),
    ("{X} and the older lads hang about near the chippy.", "nick", "nickname starting a sentence"),
    ("Was {X} seen alone at any point?", "first", "name in a question"),
    ("Did anyone ask {X} what she wanted?", "first", "name in a question after 'ask'"),
    ("Children: {X} ({age2}), and a baby.", "full", "list of children with ages"),
    ("Baby {X} was brought to ED with a bruise on her cheek.", "first", "after 'Baby'"),
    ("{date} - {X} missing from school, mum unaware", "first", "chronology shorthand"),
    ("{date}: HV visit, {X} not present", "full", "chronology with full name"),
    ("Contact was supervised by {X}, the maternal grandmother.", "full", "after 'by'"),
    ("The child lives with {X} under a kinship arrangement.", "full", "after 'with'"),
    ("Mr {X} refused to engage with the assessment.", "surname", "Mr and surname"),
    ("Sgt {X} reviewed the missing episode.", "surname", "sergeant"),
    ("Probation practitioner {X} was not invited.", "full", "probation named personally"),
    ("In interview {X} described being made to carry drugs.", "first", "after 'In interview'"),
    ("The teacher noticed {X}'s lunchbox was often empty.", "first", "possessive after lower case word"),
    ("{X} and {Y} share a bedroom with their mum.", "first_pair", "two first names joined by 'and'"),
    ("Dad ({X}) was on licence at the time.", "full", "name in brackets after relation"),
    ("Nan {X} has parental responsibility under an SGO.", "full", "after 'Nan'"),
    ("Foster carer {X} reported the bruising the same day.", "full", "foster carer"),
    ("Youth worker {X} built a good relationship over {n2} months.", "first", "youth worker by first name"),
    ("Auditor: nobody asked {X} about the new boyfriend.", "first", "after 'asked'"),
    ("The new partner, {X}, had not been checked.", "full", "partner with commas"),
    ("CAMHS clinician Dr {X} diagnosed PTSD.", "surname", "Dr after a role"),
    ("{X} said: 'I just want my mum to stop drinking.'", "first", "name before a quote"),
    ("Sister of {X}, not open to CSC.", "first", "after 'of'"),
    ("Young person {X} declined the YJS offer.", "full", "after 'Young person'"),
    ("Teacher {X} flagged concerns on CPOMS.", "surname", "teacher and surname"),
    ("{X} is a good dad, the children told the SW.", "first", "name in reported speech"),
    ("Email from {X} (DSL) was not answered.", "full", "name in 'from ... (DSL)'"),
    ("Cllr {X} raised the case at scrutiny.", "surname", "councillor"),
    ("The boyfriend, known only as {X}, is 19.", "first", "known only as"),
    ("Mum's partner {X} moved in last spring.", "first", "after 'Mum's partner'"),
    ("Grandad {X} picks the children up from school.", "surname", "grandparent and surname"),
    ("Uncle {X} was seen on the doorbell camera.", "first", "uncle"),
    ("Half-sibling {X} lives with the paternal family.", "first", "half-sibling"),
    ("It was {X} who first disclosed to the lunchtime supervisor.", "first", "cleft sentence"),
    ("The police return names {X} as the alleged perpetrator.", "full", "names ... as"),
    ("{X}'s mum has not engaged since {month}.", "first", "possessive of a child's mum"),
    ("According to {X}, dad had been drinking since noon.", "first", "after 'according to'"),
    ("jt visit w/ {X} (police) - kids seen", "surname_lower", "surname lower case in a note"),
    ("GP {X} did not attend the ICPC.", "full", "GP named personally"),
    ("SENCo {X} pushed for the EHCP.", "full", "SENCo named personally"),
    ("The midwife, {X}, flagged the pregnancy at 12 weeks.", "full", "midwife with commas"),
    ("Worried about {X}? The panel agreed the school should be.", "first", "question start"),
]


def name_ident(how, origin):
    if how == "first":
        return R.choice(FIRST[origin])
    if how == "first_lower":
        return R.choice(FIRST[origin]).lower()
    if how == "surname":
        return R.choice(SURN[origin])
    if how == "surname_lower":
        return R.choice(SURN[origin]).lower()
    if how == "full":
        return f"{R.choice(FIRST[origin])} {R.choice(SURN[origin])}"
    if how == "initial_surname":
        f = R.choice(FIRST[origin])[0]
        return R.choice([f"{f}. {R.choice(SURN[origin])}", f"{f} {R.choice(SURN[origin])}",
                         f"{f}.{R.choice('ABJKMS')}. {R.choice(SURN[origin])}"])
    if how == "nick":
        return R.choice(NICKS)
    raise ValueError(how)


def make_names():
    made, i = 0, 0
    order = NAME_T[:]
    R.shuffle(order)
    origins = []
    while made < 130:
        t, how, note = order[i % len(order)]
        origin = ORIGINS[i % len(ORIGINS)]
        i += 1
        reg = [n for n in reg_list()]
        sl = slots()
        if how == "first_pair":
            a, b = R.sample(FIRST[origin], 2)
            # plant the first; the second is context and is also a name, so record the first only
            t2 = t.replace("{Y}", b)
            ident = a
            t = t2
        else:
            ident = name_ident(how, origin)
        if plant("name", t, ident, reg, f"{note}; {origin if how != 'nick' else 'nickname'}", sl):
            made += 1
            origins.append(origin)


# ---------------------------------------------------------------- clean prose
CLEAN_T = [
    # words that are names used as ordinary words
    "Will the school be invited to the next core group?",
    "Will {agency} attend the review on {day}?",
    "Will this be picked up at the {ord} review, or does it need escalating now?",
    "Grace period for the rent arrears ended in {month} and the eviction notice followed.",
    "Hope was expressed that the {team} offer would continue after the step-down.",
    "Hope is the word mum used most about the new tenancy.",
    "Faith groups were not part of the network meeting, although the family attend a mosque.",
    "Faith and community leaders could help reach the family, the panel suggested.",
    "Sunny weather meant the visit took place in the garden, so the bedrooms were not seen.",
    "Sunny spells at the park were the only outings the children mentioned.",
    "Bill payments were taken from the child benefit, leaving little for food.",
    "Bill arrears of £{money} were raised by the family support worker.",
    "Mark the action as complete only when the evidence is uploaded to {system}.",
    "Mark each grade against Ofsted's scale before moderation.",
    "Amber: partially met; drift between reviews of {weeks} weeks.",
    "RAG rating Amber for the child's voice, Green for multi-agency working.",
    "Rated Amber by the panel because the plan was not SMART.",
    "The action moved from Amber to Green once the GP confirmed attendance.",
    "Amber flag on {system} was not seen by the out-of-hours team.",
    "Overall grade {grade}; child's voice {rag}.",
    "Frank conversations with dad about his drinking were avoided.",
    "Chase the GP for a response before the next audit day.",
    "Drew up a safety plan with mum on {date}, but it was not shared with school.",
    "Rose from {pct}% to {pct3}% attendance over the autumn term.",
    "Summer holidays were the hardest time: no free school meals and no routine.",
    "May half term saw two missing episodes.",
    "Justice for the family, mum said, meant the police taking her seriously.",
    "Major concerns were raised by the Youth Justice Service in {month}.",
    "Said she felt safer at dad's than at home (child's words, recorded by the SW).",
    "Joy and relief were described by the foster carer when the order was made.",
    "Patience from the youth worker paid off: he started to attend sessions.",
    "Dawn visits by the police were the only times the children were seen early in the day.",
    "Chance encounters at the food bank were how the family support worker kept in touch.",
    "Sky TV and a new Xbox were in the home while the fridge was empty.",
    "Faith in professionals was low after the last social worker left.",
    "Grace, kindness and persistence from the school nurse were noted by the panel.",
    "Hope Street Children's Centre is not a school and offers drop-in sessions only.",
    "Will power alone will not address dad's alcohol use, the assessment said.",
    # agencies, teams, systems, places
    "{team} received the referral on {date} and it was screened within 24 hours.",
    "The strategy discussion took place on {date} at {time} with police, health and {agency}.",
    "{agency} did not share information with {agency2} until the {ord} referral.",
    "The {system} chronology has {n} entries, but the child's voice is in none of them.",
    "Information sits in {system} and was not visible to health.",
    "Contacts to {team}: {n2} in {year}, {n} in the year before.",
    "Mum moved from {place} to temporary accommodation in {place2} in {month}.",
    "The young person was found in {place} after {n2} days missing.",
    "Travel to {place} by train was a pattern before each missing episode.",
    "He was groomed through {app} and later met older males in {place}.",
    "Messages on {app} and {app2} were shown to the school by her friend.",
    "The school logged {n} concerns on CPOMS between {month} and {month2}.",
    "SystmOne showed {n2} missed appointments, each recorded as Was Not Brought.",
    "EMIS alert for domestic abuse was added in {year} but not reviewed.",
    "LCS records the case closing to Early Help on {date}.",
    "The Mosaic case note of {date} says the child was seen alone.",
    "The CP-IS flag was checked when she attended ED at {time} on a {day}.",
    "Niche holds {n2} domestic incidents at the address since {year}.",
    "MARAC heard the case on {date}; actions were not shared with the school.",
    "MAPPA level {lvl} management was in place for the stepfather.",
    "The MASH RAG rated the contact {rag} and passed it to {team}.",
    "CAMHS declined the referral as it did not meet their threshold.",
    "Early Help closed after {weeks} weeks with outcomes 'partially met'.",
    "The Youth Justice Service held a Referral Order panel in {month}.",
    "Probation were not aware the children were living in the home.",
    "Housing did not attend the ICPC and sent no report.",
    "The Virtual School head joined the PEP in {month}.",
    "Health visiting moved to the universal offer after the {ord} contact.",
    "The 0-19 service could not locate the family after the move to {place}.",
    "The Front Door had {n} contacts about this family across {n2} years.",
    "West Yorkshire Police shared the DA notification the next morning.",
    "The Leaving Care team allocated a personal adviser at 16.",
    "{team} and {agency} worked well together on the safety plan.",
    "Adult mental health did not think about the children when mum was discharged.",
    "The substance misuse service held a parallel plan that nobody else saw.",
    "St James's ED made a safeguarding referral the same evening.",
    "She was on {ward} for {n2} nights after the overdose.",
    "The Children's Centre in {place} ran the Incredible Years course.",
    "The panel used the Graded Care Profile 2 and scored hygiene at level 4.",
    # dates, times, ages, year groups, counts
    "On {date} the school referred to {team} after a disclosure in class.",
    "Chronology: {date} ICPC; {date2} first core group.",
    "- {date} strategy discussion, s.47 agreed",
    "{date}: missing from {time} to 02:15, found by police.",
    "The RHI took place on {date2}, {n2} days after the child returned.",
    "Between {date} and {date2} no agency saw the child.",
    "The visit at {time} found the children alone.",
    "Child aged {age2} ({yg}) has an EHCP for autism.",
    "A {age2}-year-old boy, {yg}, open to the Youth Justice Service.",
    "Young person aged 14 was seen alone on {nw} occasions.",
    "Aged {age2} at the time of the audit, she is the eldest of {nw}.",
    "The baby was 3 months old at the ICPC.",
    "The unborn baby was subject to a pre-birth assessment from 20 weeks.",
    "Attendance was {pct}% in {yg} and {pct2}% this year.",
    "{pct}% of visits were within timescale.",
    "{n} of {n3} cases had a SMART plan.",
    "Only {nw} of the children's plans recorded their wishes and feelings.",
    "This was the {ord} audit of {theme} since {year}.",
    "The {ord} review recorded the same actions as the first.",
    "Year {yrnum} pupils had a session on healthy relationships in {month}.",
    "In {yr}, he was excluded for {n2} days.",
    "{n2} missing episodes in {q}, each with an RHI offered.",
    "GCSE results: {n2} passes; she is now at college on a level 2 course.",
    "The child was seen {n2} times in {weeks} weeks.",
    "{nw} visits were cancelled by the family between {month} and {month2}.",
    "The case was open for {n} months before step-down.",
    "ICPC was held {n2} days after the strategy discussion, outside the 15-day timescale.",
    "Visits were every 10 working days in line with local procedure.",
    # policies, court terms
    "{policy} expects agencies to share information without delay.",
    "The panel referred to {policy} when grading multi-agency working.",
    "Practice did not meet {policy} in {nw} respects.",
    "An {court} was granted on {date}.",
    "The {court} was discussed but not pursued.",
    "PLO pre-proceedings started in {month} and the letter before proceedings was clear.",
    "Section 20 accommodation ended when the Interim Care Order was made.",
    "The Family Court made a Child Arrangements Order in {year}.",
    "The High Court was not involved; the case stayed with the Family Court.",
    "Care proceedings concluded at week {weeks} with a Special Guardianship Order.",
    "A non-molestation order was in place but breached {n2} times.",
    "The s.47 enquiry concluded that the threshold for an ICPC was met.",
    "Child in Need plan under s.17; reviewed every {n2} weeks.",
    "The Crown Court trial was adjourned twice, and the child's ABE interview was not used.",
    "Bail conditions were not shared with the school.",
    "An Emergency Protection Order was considered at {time} but Police Protection was used.",
    # audit-day prose, capitalised starts
    "What worked well: the school's persistence in keeping the child on roll.",
    "What could be better: the plan did not say who would do what by when.",
    "Lived experience: cold house, little food, mum often asleep in the day.",
    "Voice of the child: seen alone at every visit and wishes recorded.",
    "Immediate concern raised with {agency} at {time}; acknowledged the same day.",
    "Action: {agency} to audit {n} cases for the child's voice by {month} {fyear}.",
    "Action: team manager to confirm the chronology is up to date by {date}.",
    "Grade agreed after moderation: {grade}.",
    "Agencies' grades ranged from {grade} to {grade2}; the agreed grade was {grade}.",
    "Reason for selection: {theme}, child aged {age2}, open to {team}.",
    "Why this case: it shows how {theme} was missed for {n2} years.",
    "Panel noted good use of the {policy2} tool.",
    "Escalation under the Escalation and Resolution Policy was not used.",
    "Recommendation {n2}: the partnership to refresh its {theme} training by {month}.",
    "Learning will be shared at the Quality and Performance sub-group in {month}.",
    "Re-audit planned for {q} {year} to see whether practice has improved.",
    "Thematic finding: fathers were invisible in {nw} of the cases.",
    "Strengths: persistent, curious practice by the health visitor.",
    "Areas for improvement: recording of the child's ethnicity and language.",
    "Interpreters were not used; the child translated for mum at the ICPC.",
    "Polish was mum's first language and the letters were sent in English.",
    "Ramadan was mentioned as the reason the appointments were missed.",
    "Christmas was when the neglect was most visible, the school said.",
    "Tuesday and Thursday visits meant the weekends were never seen.",
    "Sunday contact with dad was supervised by the Family Time service.",
    "Children's Social Care agreed the grade of {grade} for their own involvement.",
    "Requires improvement: good relationships, but the plan lacked focus.",
    "Inadequate: the child was not seen for {weeks} weeks while on a CP plan.",
    "Good: the YJS worker saw him weekly and he re-engaged with education.",
    "Outstanding practice by the school: breakfast provided every day.",
    "Signs of Safety mapping was used at the core group.",
    "The Neglect Toolkit was not completed by any agency.",
    "The DASH risk checklist scored {n} and a MARAC referral was made.",
    "A Family Group Conference was offered but declined by the maternal family.",
    "The IRO escalated to the Head of Service on {date}.",
    "County lines concerns were shared through the NRM in {month}.",
    "The NRM decision was a positive conclusive grounds decision in {year}.",
    "The Channel panel accepted the referral after the Prevent contact.",
    "TAF meetings were held monthly and chaired by the school.",
    "The EHCP annual review was {n2} months late.",
    "Elective home education began in {yg} after the fixed-term exclusion.",
    "The LADO was consulted about a comment by the PE teacher.",
    "Operation Encompass notifications reached the school by 9am.",
    "The OFSTED focused visit of {year} had highlighted the same issue.",
    "JTAI findings on {theme} were shared at the board in {month}.",
    "The Child Safeguarding Practice Review Panel's report on {theme} was used as a lens.",
    "Barnardo's and the NSPCC were both involved with the family.",
    "Women's Aid supported mum to the refuge in {place}.",
    "Citizens Advice helped with the benefit sanction.",
    "Asda and Tesco vouchers were given from the hardship fund.",
    "Calpol and Ventolin were in the home but no other medicines.",
    "The inhaler prescription was not collected for {n2} months.",
    "Fluoxetine was prescribed by CAMHS in {month}.",
    "Urdu and Punjabi are spoken at home; the children speak English at school.",
    "Romanian-speaking staff at the school helped build trust.",
    "Eid celebrations were a positive time, the child said.",
    "The Traveller Education Service knew the family well.",
    "Gypsy, Roma and Traveller families were under-represented in the sample.",
    "Black and mixed-heritage boys were over-represented in the YJS cohort.",
    "Windrush-era grandparents provided stable care during the crisis.",
    "The Pupil Referral Unit offered a part-time timetable of 10 hours.",
    "Primary school staff described him as a bright, funny boy.",
    "The primary school transition to secondary was well planned.",
    "Forest School sessions were the only thing he enjoyed at school.",
    "Primary Care did not receive the discharge summary.",
    "Secondary school attendance fell sharply in {yg}.",
    "North Yorkshire and Leeds cross-border arrangements caused delay.",
    "Out-of-area placement in {place} was made without a Virtual School consultation.",
    "The children's home in {place} reported him missing {n2} times.",
    "The Barnahus model was discussed but is not yet available locally.",
    "Mum's Universal Credit was sanctioned in {month}.",
    "The Section 11 audit of {year} had already flagged weak recording.",
    "The Lundy model was used to think about the child's voice.",
    "Trauma-informed practice was evident in the YJS return.",
    "A Team Around the School meeting was held in {month}.",
    "The Sufficiency Strategy does not cover placements for sibling groups of four.",
    "Parents were offered the Freedom Programme; dad did the Caring Dads course.",
    "The Healthy Child Programme 2-year review was not completed.",
    "Stay Safe sessions in {yg} covered online grooming.",
    "The Family Hub in {place} offered a parenting course on {day}s.",
    # typed notes and bullet fragments
    "hv visit - home cold, no food in fridge, baby clean and fed",
    "- seen alone x{n2}; wishes recorded on {n2} occasions",
    "- no dad in the plan. again.",
    "yjs: seen weekly since {month}, engaging well",
    "csc return: involvement since {year}, CIN then CP, now CLA",
    "school: attendance {pct}%, {n2} lates, {n2} fixed-term suspensions",
    "police: {n2} DA incidents, 1 arrest, NFA",
    "health: {n2} WNB for dental; immunisations incomplete",
    "RAG: {rag}. rationale below",
    "grade - {grade} (moderated down from {grade2})",
    "10:30-12:00 case discussion, 12:00 lunch, 12:45 grading",
    "Tier 3 CAMHS waiting list: {n} weeks.",
    "GCP2 scores: 3/5 for care, 4/5 for stimulation.",
    "Ratio 1:3 in the nursery room; staff knew the family.",
    "Hardship payment of £{money} made in {month}.",
    "2 x 15-minute visits a day from the carers' agency.",
    "n={n} cases audited across {nw} days in {year}/{fyy}.",
    "Item {n2}: actions from the last meeting reviewed, {nw} carried forward.",
    "para 4.12 of {policy} was quoted by the IRO",
    "ICB safeguarding lead to confirm the {year}/{fyy} training figures.",
    # formal minutes
    "The Chair welcomed members and reminded them that the audit is solution-focused.",
    "Members agreed that the Quality and Performance sub-group would receive the report in {month}.",
    "The Panel noted that {agency} had not submitted a return for this case.",
    "It was agreed that the action would be owned by the Designated Nurse.",
    "Apologies were received from Probation and Housing.",
    "The Board asked for assurance that the learning had been embedded.",
    "The Independent Scrutineer observed the {ord} audit day.",
    "Minutes of the audit day held on {date} were approved as accurate.",
    "Resolved: that the {theme} audit be repeated in {q} {fyear}.",
    "The Deputy Director of Children's Services will write to partners by {month}.",
    "Members reflected on what a day in the life of this child looked like.",
    "The Panel thanked the school for its detailed and honest return.",
    # more word-names and capitalised non-names
    "Holly and ivy decorations were the only sign of Christmas in the home, the SW noted.",
    "Bill and receipt for the emergency gas top-up were kept by the family support worker.",
    "Will-writing advice was offered to the grandparents as special guardians.",
    "Mark scheme for the moderation exercise was circulated in advance.",
    "Amber-rated actions will be reviewed at the next sub-group.",
    "Hope and resilience were themes in the young person's own words.",
    "Faith-based support from the church helped mum through the court process.",
    "Sunny Bank Mills hosted the partnership's learning event.",
    "Working Together 2023 is clear that the child should be seen alone; in {nw} visits this did not happen.",
    "Snapchat streaks with an older boy were the first sign of grooming.",
    "Under Working Together 2023 the three safeguarding partners share the lead.",
    "Snapchat and TikTok were used to arrange meetings in {place}.",
    "Robin Hood Airport was where the police found him after the missing episode.",
    "Victoria Station CCTV was requested by the British Transport Police.",
]


def make_clean():
    made, tries = 0, 0
    per_template = Counter()
    order = CLEAN_T[:]
    while made < 560 and tries < 20000:
        tries += 1
        t = order[tries % len(order)]
        if per_template[t] >= 5:
            continue
        sl = slots()
        sl.update(place2=R.choice(PLACES), pct2=R.randint(3, 99), pct3=sl['pct'] + R.randint(1, 100 - sl['pct']) if sl['pct'] < 99 else 100,
                  fyear=R.choice([2026, 2027]), fyy=R.randint(17, 27), month2=R.choice(MONTHS),
                  grade2=R.choice([g for g in GRADES if g != sl['grade']]), policy2=R.choice(["Graded Care Profile 2", "DASH",
                                                              "Brook Traffic Light", "Neglect Toolkit"]),
                  n3=R.randint(41, 60), lvl=R.randint(1, 3), yrnum=R.randint(1, 13))
        sl["age2"], sl["yg"] = matched_age()
        text = t.format(**sl)
        if clean(text, reg_list(), "clean audit prose"):
            per_template[t] += 1
            made += 1
    return made


# ------------------------------------------------------------- validation
NAME_TOKENS = set()
for n in ALL_FIRST + ALL_SURN + NICKS + [w for n in REG_POOL for w in n.split()]:
    for part in re.split(r"[ \-]", n):
        if len(part) > 1:
            NAME_TOKENS.add(part.lower())
# Names that are ordinary words and are used as words in the clean prose on purpose.
WORD_NAMES = {"will", "grace", "hope", "faith", "sunny", "mark", "amber", "dean", "cash",
              "joyce", "skye", "leo", "precious", "rose", "may", "bill",
              "boy", "james"}  # "Johnny-Boy", "Alfie-James": parts that are words / St James's hospital

RX = {
    "ten digits": re.compile(r"(?<![\d/.-])\d(?:[ \u00a0.\-]?\d){9}(?![\d])"),
    "postcode": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b", re.I),
    "email": re.compile(r"@|\[at\]|\(at\)|\bat\b[^.]*\bdot\b", re.I),
    "phone": re.compile(r"(?:\+44|0044|\(?0\d)[\d\s().\-]{8,}\d"),
    "ni": re.compile(r"\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]?\b", re.I),
    "address": re.compile(r"\b\d+[a-z]?(?:-\d+)?\s+(?:[A-Z][a-z]+\s+)+(?:Road|Street|Avenue|Close|Lane|Drive|Way|Crescent|Court|Gardens|Place|Terrace|Grove|Rd|St|Mount|View)\b|\b(?:Flat|Apartment)\s+\d"),
    "school": re.compile(r"\b[A-Z][a-z']+\s+(?:(?:CE|RC|Catholic)\s+)?(?:Primary|Academy|High School|Infant|Junior|Nursery|College)\b"),
    "dob": re.compile(r"\b(?:DOB|D\.O\.B|date of birth|born|birthday)\b", re.I),
    "reference": re.compile(r"\b(?:crime ref\w*|occurrence|incident|log|CAD|storm|Niche|URN|CRN|PNC|Mosaic|LCS|Liquidlogic|EHM|CSC|social care id)\b\W{0,12}(?:ID|no\.?|number|ref)?\W{0,3}\d", re.I),
}
# Clean sentences allowed to start with these capitalised school-like phrases (they are not schools).
SCHOOL_OK = {"Primary school", "Forest School", "Primary Care", "Virtual School", "Pupil Referral"}


def validate():
    errors = []
    for i, r in enumerate(records):
        t = r["text"]
        if any(ord(c) > 0xFFFF for c in t):
            errors.append((i, "non-BMP character: UTF-16 and Python offsets would differ"))
        if r["kind"] == "clean":
            if "start" in r:
                errors.append((i, "clean with offsets"))
            for k, rx in RX.items():
                m = rx.search(t)
                if not m:
                    continue
                if k == "school" and any(ok in t for ok in SCHOOL_OK) and not re.search(
                        r"[A-Z][a-z]+\s+(?:CE |RC )?(?:Academy|High School|Infant|Junior|Nursery|College)", t):
                    continue
                if k == "ni" and not re.search(r"\d", m.group()):
                    continue
                errors.append((i, f"clean sentence looks like {k}: {m.group()!r}: {t}"))
            for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", t):
                lw = w.lower().removesuffix("'s")
                if lw in NAME_TOKENS and lw not in WORD_NAMES:
                    errors.append((i, f"clean sentence holds a pool name {w!r}: {t}"))
            for reg in r["registered"]:
                for part in reg.split():
                    if re.search(r"(?<![\w'-])" + re.escape(part) + r"(?![\w-])", t, re.I):
                        errors.append((i, f"clean sentence holds registered {part!r}"))
            continue
        s, e = r["start"], r["end"]
        span = t[s:e]
        if not (0 <= s < e <= len(t)) or span != span.strip() or not span:
            errors.append((i, f"bad span {s}:{e} in {t!r}"))
        k = r["kind"]
        if k == "nhs" and not nhs_valid(span):
            errors.append((i, f"NHS number fails modulus 11: {span}"))
        if k == "registered":
            forms = {x.lower() for reg in r["registered"] for x in [reg] + reg.split()}
            if span.lower() not in forms:
                errors.append((i, f"registered span {span!r} not in {r['registered']}"))
        if k == "name":
            for reg in r["registered"]:
                if span.lower() in reg.lower().split() or span.lower() == reg.lower():
                    errors.append((i, f"unregistered name {span!r} is registered"))
        if k == "phone":
            d = re.sub(r"\D", "", span.replace("(0)", ""))
            ok = re.fullmatch(r"(?:44|0044|0)(7700900\d{3}|1\d\d4960\d{3}|2079460\d{3}|1914980\d{3})", d) or \
                re.fullmatch(r"0?44(7700900\d{3}|1\d\d4960\d{3})", d) or \
                re.fullmatch(r"0044(7700900\d{3}|1\d\d4960\d{3})", d)
            if not ok:
                errors.append((i, f"phone not in a drama range: {span}"))
        if k == "ni":
            p = re.sub(r"[\s\-]", "", span).upper()
            if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]?", p) or p[:2] in NI_BAD or p[0] in "DFIQUV" \
                    or p[1] in "DFIQUVO":
                errors.append((i, f"bad NI number {span}"))
        if k == "postcode" and not RX["postcode"].fullmatch(span.strip()):
            # two spaces form
            if not re.fullmatch(r"[A-Za-z]{1,2}\d[A-Za-z\d]?\s+\d[A-Za-z]{2}", span):
                errors.append((i, f"odd postcode {span}"))
        # Outside the span, a planted sentence holds no pool name (other than the second name
        # of a pair, noted) and no other identifier of the checked kinds.
        rest = t[:s] + " " * (e - s) + t[e:]
        if k not in ("name",):
            for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", rest):
                lw = w.lower().removesuffix("'s")
                if lw in NAME_TOKENS and lw not in WORD_NAMES:
                    errors.append((i, f"{k} sentence holds another name {w!r}: {t}"))
        for reg in r["registered"]:
            if reg_clash(reg, rest):
                errors.append((i, f"registered {reg!r} occurs outside the span: {t}"))
            if k == "name" and reg_clash(reg, span):
                errors.append((i, f"unregistered name {span!r} matches registered {reg!r}"))
        for kk in ("ten digits", "email", "ni", "address"):
            m = RX[kk].search(rest)
            if m and kk != k:
                errors.append((i, f"{k} sentence also looks like {kk}: {m.group()!r}: {t}"))
    return errors


def main():
    run_kind("nhs", NHS_T, lambda t: (nhs_fmt(nhs_number()), ""), 55,
             lambda n, t: "NHS number, modulus 11 valid" + ("; cue 'NHS'" if "NHS" in t or "nhs" in t else "; no NHS cue"))
    def pc_note(pc):
        if pc.islower():
            return "full postcode, lower case"
        if "  " in pc:
            return "full postcode, two spaces"
        if " " not in pc:
            return "full postcode, no space"
        return "full postcode"
    run_kind("postcode", POST_T, lambda t: (lambda pc: (pc, pc_note(pc)))(postcode()), 55, lambda n, t: n)
    # Dates of birth: with a cue; the parent's ones with any year; two 'born in Month Year'.
    def dob_ident(t):
        parent = any(w in t for w in ("Mother", "Dad", "mother"))
        return dob_date(parent), ("parent's date of birth" if parent else "child's date of birth")
    run_kind("dob", DOB_T, dob_ident, 50, lambda n, t: n)
    for _ in range(6):
        y, m = R.randint(2012, 2025), R.choice(MONTHS)
        plant("dob", R.choice(DOB_MONTH_T), f"{m} {y}", reg_list(), "born in Month Year", slots())
    run_kind("phone", PHONE_T, lambda t: (phone(), ""), 55, lambda n, t: "Ofcom drama-range number")
    run_kind("email", EMAIL_T, lambda t: (email(), ""), 55, lambda n, t: "email address, invented example domain")
    run_kind("ni", NI_T, lambda t: (ni(cued=("NI" in t or "National Insurance" in t)), ""), 50,
             lambda n, t: "National Insurance number")
    run_kind("address", ADDR_T, lambda t: (address(), ""), 55, lambda n, t: "street address")
    run_kind("school", SCHOOL_T, lambda t: (school(), ""), 55, lambda n, t: "school name")

    # reference numbers: template decides the shape of the number
    made, i = 0, 0
    order = REF_T[:]
    R.shuffle(order)
    while made < 55:
        t, shape = order[i % len(order)]
        i += 1
        if plant("reference", t, ref_ident(shape), reg_list(), f"reference number ({shape})", slots()):
            made += 1
    make_registered()
    make_names()
    make_clean()

    errs = validate()
    if errs:
        for e in errs[:60]:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errs)} errors", file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            line = dict(r, registered=[["child", name] for name in r["registered"]])
            if line["kind"] == "clean":
                line["start"], line["end"] = 0, 0
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    counts = Counter(r["kind"] for r in records)
    for k in ["nhs", "postcode", "dob", "phone", "email", "ni", "address", "school",
              "reference", "registered", "name", "clean"]:
        print(f"{k:11s} {counts[k]}")
    print(f"{'total':11s} {len(records)}  -> {OUT}")


if __name__ == "__main__":
    main()
