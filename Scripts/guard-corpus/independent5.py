#!/usr/bin/env python3
"""Fifth independent identifier corpus for maca's guard (IG trial, issue 15).

Written cold: every name, number and place here is invented for this file.
stdlib only, seeded with random.Random(5).
Run: python3 independent5.py [OUT] -> writes OUT (default: the fixture the
project keeps, Tests/MACAKitTests/Fixtures/guard-corpus/independent-5.jsonl).
Offsets are Unicode code points, end exclusive.
"""
import json
import os
import random
import sys

R = random.Random(5)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "Tests", "MACAKitTests", "Fixtures", "guard-corpus", "independent-5.jsonl")
N_PLANTED = 55
N_CLEAN = 520
NBSP = "\u00a0"
THIN = "\u2009"

# ---------------------------------------------------------------- names
FIRST = [
    "Kayden", "Tilly-Mae", "Ruaridh", "Shanice", "Oskar", "Amara", "Lacey", "Bartosz", "Niamh",
    "Jayceon", "Aaliyah", "Keeley", "Demi-Leigh", "Tobias", "Precious", "Ifeoma", "Kacper",
    "Harlow", "Brooklyn", "Mckenzie", "Rhys", "Sienna", "Zainab", "Ishaan", "Roksana", "Dawid",
    "Kiera", "Tayla", "Alfie-Jay", "Nevaeh", "Blessing", "Oluwaseun", "Mirela", "Florin",
    "Jolene", "Callum", "Saoirse", "Tadhg", "Amelia-Rose", "Kye", "Maisie", "Leyton", "Tamsin",
    "Fatima", "Yusuf", "Chiamaka", "Reuben", "Esmae", "Lennon", "Paisley", "Marcel", "Agata",
    "Krystian", "Shakira", "Ellis", "Daisy-Mae", "Bogdan", "Ilinca", "Precious", "Anaya",
]
SURNAME = [
    "Morley", "Blenkinsop", "Okonkwo", "Hargreaves", "Wiśniewska", "Dunmore", "Pritchard",
    "Kowalczyk", "Adeyemi", "Rafiq", "Thorne", "Ashworth", "Mensah-Boateng", "Lacey", "Calloway",
    "Nwachukwu", "Sutcliffe", "Popescu", "Gallagher", "O'Rourke", "McAvoy", "Begum", "Hussain",
    "Szymańska", "Pennington", "Oyelaran", "Whitlock", "Brannigan", "Kavanagh", "Dumitru",
    "Haworth", "Eze", "Tiernan", "Greenhalgh", "Lisowski", "Ndlovu", "Fairclough", "Akhtar",
    "Culshaw", "Rowbotham", "Jablonski", "Ferreira", "Birtwistle", "Quigley", "Oduya",
]
ACCENT = {"Zoë": "Zoe", "Renée": "Renee", "Chloé": "Chloe", "Gökhan": "Gokhan", "Łucja": "Lucja",
          "Wiśniewska": "Wisniewska", "Szymańska": "Szymanska", "Dragoș": "Dragos"}
ROLES = ["child", "parent", "carer", "sibling"]


def full_name():
    return R.choice(FIRST), R.choice(SURNAME)


def registered_list(avoid=()):
    """A day's registered names: 1-3 pairs, none sharing a part with avoid."""
    out = []
    for role in R.sample(ROLES, R.randint(1, 3)):
        for _ in range(20):
            f, s = full_name()
            if f not in avoid and s not in avoid and all(f not in n and s not in n for _, n in out):
                out.append([role, f"{f} {s}"])
                break
    return out


# ---------------------------------------------------------------- numbers
def nhs_number():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        tot = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - tot % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return "".join(map(str, d)) + str(c)


def fmt_nhs(n):
    a, b, c = n[:3], n[3:6], n[6:]
    return R.choice([
        f"{a} {b} {c}", n, f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{NBSP}{b}{NBSP}{c}",
        f"{a}{THIN}{b}{THIN}{c}", f"{a} {b}{c}", f"{a}  {b}  {c}", f"{a}/{b}/{c}",
    ])


AREAS = ["LS", "BD", "HX", "WF", "HD", "M", "OL", "BL", "SK", "WN", "B", "WS", "WV", "DY",
         "S", "DN", "HU", "YO", "NE", "SR", "DH", "TS", "L", "CH", "WA", "PR", "BB", "FY",
         "LA", "CA", "NG", "LE", "DE", "ST", "CV", "NR", "IP", "CB", "PE", "OX", "RG", "SO",
         "PO", "BN", "CT", "ME", "TN", "BS", "EX", "PL", "TR", "CF", "SA", "NP", "E", "N",
         "SE", "SW", "W", "NW", "EH", "G", "AB"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def postcode():
    area = R.choice(AREAS)
    district = str(R.randint(1, 29 if len(area) == 2 else 20))
    if area in ("E", "W", "N", "SW", "EC") and R.random() < 0.2:
        district = str(R.randint(1, 9)) + R.choice("ABHNPW")
    inward = str(R.randint(0, 9)) + R.choice(INWARD_LETTERS) + R.choice(INWARD_LETTERS)
    return area + district, inward


def fmt_postcode(out, inw):
    return R.choice([
        f"{out} {inw}", f"{out}{inw}", f"{out} {inw}".lower(), f"{out}{NBSP}{inw}",
        f"{out}  {inw}", f"{out} {inw}", f"{out.lower()}{inw.lower()}",
    ])


NI_BAD_FIRST = set("DFIQUV")
NI_BAD_SECOND = set("DFIQUVO")
NI_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_number():
    while True:
        a, b = R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if a in NI_BAD_FIRST or b in NI_BAD_SECOND or a + b in NI_BAD_PAIRS:
            continue
        digits = "".join(str(R.randint(0, 9)) for _ in range(6))
        return a + b, digits, R.choice("ABCD")


def uk_phone():
    kind = R.random()
    if kind < 0.5:
        return "mobile", "07" + R.choice(["700", "711", "723", "734", "748", "752", "769", "786", "795", "812", "845", "903", "956"]) + "".join(str(R.randint(0, 9)) for _ in range(6))
    if kind < 0.8:
        code = R.choice(["0113", "0114", "0121", "0161", "0151", "0117", "0191", "0116", "0115", "0118"])
        return "city", code + "".join(str(R.randint(0, 9)) for _ in range(7))
    code = R.choice(["01422", "01484", "01924", "01274", "01632", "01706", "01254", "01772", "01524", "01904"])
    return "area", code + "".join(str(R.randint(0, 9)) for _ in range(6))


def fmt_phone(kind, n):
    if kind == "mobile":
        a, b = n[:5], n[5:]
        opts = [f"{a} {b}", n, f"{a} {b[:3]} {b[3:]}", f"{a}-{b}", f"+44 {a[1:]} {b}", f"+44 (0){a[1:]} {b}",
                f"0044 {a[1:]} {b}", f"{a}.{b[:3]}.{b[3:]}", f"{a}{NBSP}{b}", f"+447{n[2:]}", f"({a}) {b}"]
    elif kind == "city":
        a, b = n[:4], n[4:]
        opts = [f"{a} {b[:3]} {b[3:]}", f"({a}) {b[:3]} {b[3:]}", n, f"{a} {b}", f"{a}-{b[:3]}-{b[3:]}",
                f"+44 {a[1:]} {b[:3]} {b[3:]}", f"+44 (0) {a[1:]} {b}"]
    else:
        a, b = n[:5], n[5:]
        opts = [f"{a} {b}", f"({a}) {b}", n, f"{a} {b[:3]} {b[3:]}", f"+44 {a[1:]} {b}", f"{a}-{b}"]
    return R.choice(opts)


DOMAINS = ["example.org", "mailbox.test", "hotmail.example", "famnet.example.co.uk", "schoolmail.example.sch.uk",
           "yahoo.example", "nhs.example.net", "council.example.gov.uk"]


def email():
    f, s = full_name()
    f = ACCENT.get(f, f).lower().replace("'", "").replace("-", "")
    s = ACCENT.get(s, s).lower().replace("'", "").replace("-", "")
    dom = R.choice(DOMAINS)
    local = R.choice([f"{f}.{s}", f"{f}{R.randint(1, 99)}", f"{f[0]}{s}", f"{s}_{f}", f"{f}.{s[0]}{R.randint(80, 99)}",
                      f"{f}x{s[:3]}"])
    host, tld = dom.split(".", 1)
    return R.choice([
        f"{local}@{dom}", f"{local.upper()}@{dom.upper()}", f"{local} at {host} dot {tld.replace('.', ' dot ')}",
        f"{local}[at]{host}[dot]{tld.replace('.', '[dot]')}", f"{local} (at) {dom}", f"{local} @ {dom}",
        f"{local}(at){host}(dot){tld.replace('.', '(dot)')}", f"{local} AT {host} DOT {tld.replace('.', ' DOT ')}",
        f"<{local}@{dom}>"[1:-1],
    ])


STREET_WORDS = ["Road", "Street", "Avenue", "Close", "Lane", "Drive", "Way", "Crescent", "Court", "Gardens",
                "Place", "Terrace", "Grove", "Rd", "St", "Mews", "Rise", "Walk", "Row", "Fold", "Parade",
                "View", "Square", "Hill", "Green", "Croft", "Mount", "Ave", "Cres"]
STREET_NAMES = ["Ashgrove", "Hebden", "Albion", "Wharfedale", "Mill", "Brackenbed", "Sowerby", "Thornhill",
                "Cherrytree", "Pellon", "Moorend", "Gibbet", "Fernside", "Highfield", "Kirkgate", "Lister",
                "Tanhouse", "Coldwell", "Rowan", "Birchcliffe", "Spring Bank", "Nab Wood", "Old Lane", "Saddler",
                "Cropper", "Bankfoot", "Halifax Old", "Weaver's", "Shay", "Lowther", "Copley", "Gledhow"]


def address():
    num = R.choice([str(R.randint(1, 240)), f"{R.randint(1, 90)}{R.choice('abc')}",
                    (lambda a: f"{a}-{a + 2}")(R.randint(1, 120)), str(R.randint(1, 12))])
    street = f"{R.choice(STREET_NAMES)} {R.choice(STREET_WORDS)}"
    form = R.random()
    if form < 0.55:
        return f"{num} {street}"
    if form < 0.7:
        return f"Flat {R.randint(1, 24)}, {num} {street}"
    if form < 0.8:
        return f"Flat {R.randint(1, 9)}{R.choice('ABC')}"
    if form < 0.9:
        return f"Apartment {R.randint(1, 60)}, {R.choice(['Kestrel', 'Canal', 'Weavers', 'Lister'])} House"
    return f"{num} {street.lower()}" if R.random() < 0.5 else f"no. {num} {street}"


SCHOOL_STEMS = ["Oakwood", "Brackenfield", "Hollins End", "Moorside", "Thornleigh", "Calderbrook", "Ashlea",
                "Park Lane", "Greetland", "Fernhill", "Highcliffe", "Wheatley Hill", "Lindley", "Copthorne",
                "Kirkburn", "Ravensthorpe", "Saltergate", "Westfield", "Holme Valley", "Crossflatts"]
SAINTS = ["St Bede's", "St Aidan's", "St Joseph's", "St Anne's", "St Malachy's", "Holy Trinity", "Sacred Heart",
          "St Winifred's", "Our Lady of Fatima", "St Chad's"]


def school():
    k = R.random()
    stem = R.choice(SCHOOL_STEMS)
    if k < 0.18:
        return f"{stem} Primary School"
    if k < 0.3:
        return f"{stem} Primary"
    if k < 0.42:
        return f"{stem} Academy"
    if k < 0.5:
        return f"{stem} High School"
    if k < 0.58:
        return f"{R.choice(SAINTS)} {R.choice(['CE', 'RC', 'Catholic', 'C of E'])} Primary{R.choice(['', ' School'])}"
    if k < 0.64:
        return f"{stem} Infant School"
    if k < 0.7:
        return f"{stem} Junior School"
    if k < 0.76:
        return f"{R.choice(['Little Acorns', 'Busy Bees', 'Sunflowers', 'Tiny Steps'])} Day Nursery"
    if k < 0.82:
        return f"{stem} College"
    if k < 0.88:
        return f"{R.choice(SAINTS).lower()} primary"
    if k < 0.94:
        return f"{stem} Community Primary"
    return f"{stem} Nursery"


def reference():
    k = R.randrange(15)
    y = R.randint(19, 26)
    if k == 0:
        return "crime ref ", f"{R.randint(10, 99)}/{R.randint(10000, 99999)}/{y}"
    if k == 1:
        return "occurrence ", f"{2000 + y}{R.randint(100000, 999999)}"
    if k == 2:
        return "CAD ", f"{R.randint(100, 9999)}"
    if k == 3:
        return "Niche ref ", f"{R.choice(['NCH', 'NI'])}/{y}/{R.randint(100000, 999999)}"
    if k == 4:
        return "Mosaic ID ", f"{R.randint(1000000, 9999999)}"
    if k == 5:
        return "LCS number ", f"{R.randint(100000, 999999)}"
    if k == 6:
        return "EHM ", f"EH{R.randint(10000, 99999)}"
    if k == 7:
        return "PNC ID ", f"{y}/{R.randint(100000, 999999)}{R.choice('ABCDEFGHJKLMNPQRTUVWXY')}"
    if k == 8:
        return "CSC id ", f"{R.randint(100000, 9999999)}"
    if k == 9:
        return "URN ", f"{R.randint(10, 99)}{R.choice('ABCDEFGHJK')}{R.randint(1000, 9999)}{y}"
    if k == 10:
        return "storm ", f"{R.randint(100, 1999)}"
    if k == 11:
        return "incident log ", f"{R.randint(1000, 9999)} of {R.randint(1, 28)}/{R.randint(1, 12):02d}/{y}"
    if k == 12:
        return "Liquidlogic ref ", f"{R.randint(1000000, 9999999)}"
    if k == 13:
        return "social care ID: ", f"{R.randint(100000, 999999)}"
    return "crime reference number ", f"{R.choice(['WY', 'GM', 'SY'])}{R.randint(1000000, 9999999)}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth"]


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_text(year):
    d, m = R.randint(1, 28), R.randint(1, 12)
    return R.choice([
        f"{d:02d}/{m:02d}/{year}", f"{d}/{m}/{year}", f"{d}.{m}.{str(year)[2:]}", f"{d:02d}.{m:02d}.{year}",
        f"{year}-{m:02d}-{d:02d}", f"{ordinal(d)} {MONTHS[m - 1]} {year}", f"{d} {MONTHS[m - 1][:3]} {year}",
        f"{MONTHS[m - 1]} {d}, {year}", f"{d} {MONTHS[m - 1]} {str(year)[2:]}", f"{d}-{MONTHS[m - 1][:3]}-{year}",
        f"the {ORD_WORDS[min(d, 20) - 1]} of {MONTHS[m - 1]} {year}", f"{d:02d}-{m:02d}-{year}",
    ])


# ---------------------------------------------------------------- planted frames
def plant(before, ident, after):
    text = before + ident + after
    return text, len(before), len(before) + len(ident)


NHS_FRAMES = [
    ("Health visitor's entry gives NHS number {C}", " for the baby; not verified with the GP."),
    ("GP letter of 4 March quotes {C}", " and asks for the core group minutes."),
    ("Chronology line 14: {C}", " - ED attendance, burn to forearm, discharged same day."),
    ("The referral form had the child's NHS no. {C}", " typed in the wrong box."),
    ("Please check {C}", " against the Summary Care Record before conference."),
    ("School nurse note (ref {C}", ") says immunisations are not up to date."),
    ("Maternity booking used {C}", " although mum had moved out of area."),
    ("NHS#{C}", " was written on the discharge summary."),
    ("Baby's number, {C}", ", was missing from the strategy minutes."),
    ("CAMHS triage sheet lists nhs {C}", " and an old address."),
    ("The 0-19 team could not match {C}", " to any registered patient."),
    ("Her NHS Number: {C}", " (from the hospital passport)."),
]
NHS_CUES = ["", "", "", "NHS ", "NHS no. ", "NHS number ", "nhs: "]


def gen_nhs():
    b, a = R.choice(NHS_FRAMES)
    pre, post = b.split("{C}")[0], a
    cue = R.choice(NHS_CUES) if "NHS" not in pre and "nhs" not in pre else ""
    return plant(pre + cue, fmt_nhs(nhs_number()), post), "nhs"


POST_FRAMES = [
    ("Family moved to ", " in the spring and the school was not told."),
    ("Home visit at the property in ", " found no working heating."),
    ("Mum's new tenancy is at ", "; housing confirmed the keys were handed over."),
    ("The outreach worker drove out to ", " but nobody answered."),
    ("Postcode on the MASH contact: ", ", which matches the refuge."),
    ("Dad gave his address as ", " to the custody sergeant."),
    ("Child was reported missing from ", " twice in October."),
    ("Placement is out of area (", "), about forty miles from school."),
    ("Uncle's flat, ", ", is where she stays most weekends."),
    ("The private fostering notification listed ", " as the carer's home."),
]
POST_OUTWARD = [
    ("The family now lives in ", " and travels in by bus."),
    ("Moved to ", " after the eviction notice."),
    ("Postcode ", " only; the rest was not recorded."),
    ("She was found in the ", " area by a patrol at 02:10."),
]


def gen_postcode():
    out, inw = postcode()
    if R.random() < 0.15:
        b, a = R.choice(POST_OUTWARD)
        return plant(b, out, a), "postcode"
    b, a = R.choice(POST_FRAMES)
    return plant(b, fmt_postcode(out, inw), a), "postcode"


DOB_FRAMES = [
    ("Referral states DOB ", "; age band checked against the plan."),
    ("Sibling group: eldest D.O.B. ", ", not known to CAMHS."),
    ("Mum (date of birth ", ") was herself looked after as a teenager."),
    ("The baby was born on ", " at 34 weeks and spent ten days on the unit."),
    ("Her birthday is ", ", so she turns 16 before the review."),
    ("Dad's DOB: ", " - checked against PNC."),
    ("{N} (", ") was not seen alone at any visit."),
    ("Born ", ", she is the youngest of four."),
    ("dob ", " recorded wrongly on the health record."),
    ("The child, who was born in hospital on ", ", was discharged to the maternal grandmother."),
    ("Date of Birth - ", ". Ethnicity not recorded."),
    ("{N}, ", ", attends the nursery three days a week."),
]


def gen_dob():
    b, a = R.choice(DOB_FRAMES)
    reg = registered_list()
    if "{N}" in b:
        f = R.choice(["Ellie", "Mason", "Harper", "Riley", "Ava", "Logan", "Isla", "Jacob"])
        b = b.replace("{N}", f)
        year = R.randint(2009, 2025)
    elif "Mum" in b or "Dad" in b:
        year = R.randint(1975, 2004)
    elif "turns 16" in b:
        year = R.randint(2009, 2011)
    else:
        year = R.randint(2008, 2026)
    if R.random() < 0.12 and "{N}" not in b and "born on" not in b:
        m = MONTHS[R.randint(0, 11)]
        ident = f"{m} {year}"
        b, a = R.choice([("She was born in ", ", the second child."), ("Born in ", " at home, not booked with midwifery.")])
    else:
        ident = date_text(year)
    return plant(b, ident, a), "dob", reg


PHONE_FRAMES = [
    ("Mum's mobile, ", ", went to voicemail at every attempt."),
    ("Call back on ", " after 4pm (dad's number)."),
    ("The taxi firm gave the driver's number as ", "."),
    ("Tel: ", " - the aunt who has parental responsibility."),
    ("She texted the worker from ", " at 23:40 asking to be collected."),
    ("The number on the GP system (", ") is no longer in use."),
    ("Grandad can be reached on ", " most mornings."),
    ("Ring ", " to arrange the next visit, said the housing officer."),
    ("An unknown male using ", " was contacting her on Snapchat and by text."),
    ("mob ", " per the school's contact sheet"),
]


def gen_phone():
    b, a = R.choice(PHONE_FRAMES)
    k, n = uk_phone()
    return plant(b, fmt_phone(k, n), a), "phone"


EMAIL_FRAMES = [
    ("Mum asked that letters go to ", " rather than the house."),
    ("The teacher forwarded it from ", " without encryption."),
    ("Contact: ", " (step-dad)."),
    ("A screenshot showed messages from ", " offering work."),
    ("The young person's email, ", ", was used to sign up to the app."),
    ("Report sent to ", " by mistake; recalled within the hour."),
    ("Dad's solicitor wrote from ", " asking for the minutes."),
    ("email ", " - nan, for school reports"),
]


def gen_email():
    b, a = R.choice(EMAIL_FRAMES)
    return plant(b, email(), a), "email"


NI_FRAMES = [
    ("Dad's NI number ", " was on the benefits letter."),
    ("National Insurance: ", ". Universal Credit claim open."),
    ("NINO ", " matched the DWP record."),
    ("Mum gave ", " as her NI number at the housing interview."),
    ("The carer's National Insurance number is ", "."),
    ("ni no. ", " on the tenancy application"),
    ("Payslip in the bedroom showed ", " (National Insurance)."),
    ("DWP check on ", ", NINO for the older sibling, came back clear."),
]


def gen_ni():
    b, a = R.choice(NI_FRAMES)
    p, d, s = ni_number()
    form = R.random()
    if form < 0.3:
        ident = f"{p}{d}{s}"
    elif form < 0.55:
        ident = f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"
    elif form < 0.65:
        ident = f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}"
    elif form < 0.75:
        ident = f"{p} {d} {s}"
    elif form < 0.85:
        ident = f"{p}{d}{s}".lower()
    elif form < 0.92:
        ident = f"{p}{NBSP}{d[:2]}{NBSP}{d[2:4]}{NBSP}{d[4:]}{NBSP}{s}"
    else:
        ident = f"{p}{d}"
    if ident == f"{p}{d}" or ident.islower():
        b, a = R.choice([("NI number ", " recorded on the UC journal."), ("NINO: ", ".")])
    return plant(b, ident, a), "ni"


ADDR_FRAMES = [
    ("Visit to ", " found the children alone."),
    ("The family were rehoused at ", " in August."),
    ("Police attended ", " following a 999 call from a neighbour."),
    ("Nan lives at ", " and has the children most weekends."),
    ("Her friend's house, ", ", is where she was found."),
    ("Address on the referral: ", "."),
    ("Dad is now living at ", ", which was not assessed."),
    ("Mum's partner rents ", " from a private landlord."),
    ("The hostel room (", ") had no cot."),
    ("Child was collected from ", " by an unknown adult."),
]


def gen_address():
    b, a = R.choice(ADDR_FRAMES)
    return plant(b, address(), a), "address"


SCHOOL_FRAMES = [
    ("She moved to ", " after a managed move."),
    ("The DSL at ", " made the referral on a Friday afternoon."),
    ("Attendance at ", " fell to 61% in the autumn term."),
    ("He is on roll at ", " but has not attended since half term."),
    ("The nursery place at ", " ended when the funding stopped."),
    ("", " said she was often hungry at break."),
    ("Sibling attends ", "; no concerns raised there."),
    ("A TAF was held at ", " with mum, the EHW and the SENCO."),
    ("Exclusion from ", " was for five days."),
    ("Transport to ", " was arranged by the council."),
]


def gen_school():
    b, a = R.choice(SCHOOL_FRAMES)
    s = school()
    if b == "" and s[0].islower():
        s = s[0].upper() + s[1:]
    return plant(b, s, a), "school"


REF_FRAMES = [
    ("Domestic incident recorded under {R}", "; no DASH risk assessment attached."),
    ("See {R}", " for the earlier missing episode."),
    ("Previous referral ({R}", ") closed with no further action."),
    ("The strategy discussion was logged as {R}", "."),
    ("Check {R}", " before the next core group."),
    ("Linked record {R}", " holds the sibling's assessment."),
    ("Officers attended ({R}", ") and found the door insecure."),
    ("The EH assessment is filed under {R}", "."),
]


def gen_reference():
    b, a = R.choice(REF_FRAMES)
    cue, num = reference()
    b = b.replace("{R}", cue)
    return plant(b, num, a), "reference"


REG_FRAMES = [
    ("Nobody asked ", " what she wanted from the plan."),
    ("", " told the school nurse she had not eaten since Sunday."),
    ("At the review, ", " said he felt blamed."),
    ("Contact with ", " was suspended in March."),
    ("Chronology: 12/06 - ", " not in school, no call from home."),
    ("The core group did not hear from ", " at all."),
    ("Mum and ", " went to the appointment together."),
    ("Teacher noticed ", " had bruises on both arms."),
    ("rang dad re ", ", no answer"),
]


POSS_FRAMES = [
    ("The worker read ", " bedroom as unsafe."),
    ("Nobody checked ", " lunchbox for a week."),
    ("School saw marks on ", " arm in PE."),
    ("The nurse weighed ", " baby brother at the visit."),
]


def reg_form(first, last):
    k = R.random()
    if k < 0.16:
        return first + "'s"
    if k < 0.28:
        return first.lower()
    if k < 0.38:
        return first.upper()
    if k < 0.5:
        return f"{first} {last}"
    if k < 0.6:
        return last
    if k < 0.68:
        return (f"{first} {last}").lower()
    if k < 0.76:
        return first + "\u2019s"
    if k < 0.86:
        return first + "s"
    return first


def gen_registered():
    reg = registered_list()
    role, nm = R.choice(reg)
    first, last = nm.split(" ", 1)
    # some days register a name with marks and the text drops them, or the other way round
    mark = R.random()
    if mark < 0.15:
        plain = R.choice(["Zoe", "Renee", "Chloe", "Gokhan", "Lucja"])
        marked = {v: k for k, v in ACCENT.items()}[plain]
        reg = [r for r in reg if r[0] != role] + [[role, f"{marked} {last}"]]
        first = plain
        form = R.choice([first, first + "'s", first.lower()])
    elif mark < 0.25:
        marked = R.choice(["Zoë", "Renée", "Chloé", "Gökhan", "Łucja"])
        reg = [r for r in reg if r[0] != role] + [[role, f"{ACCENT[marked]} {last}"]]
        form = R.choice([marked, marked + "'s"])
    elif "-" in first and R.random() < 0.6:
        form = first if R.random() < 0.5 else first.lower()
    else:
        form = reg_form(first, last)
    if form.endswith(("'s", "\u2019s")) or (form.endswith("s") and not (first.endswith("s") or last.endswith("s"))
                                               and form not in (first, last, f"{first} {last}")):
        b, a = R.choice(POSS_FRAMES)
    else:
        b, a = R.choice(REG_FRAMES)
    if b == "" and form[0].islower():
        form = form[0].upper() + form[1:]
    return plant(b, form, a), "registered", reg


NAME_FRAMES = [
    ("Mum's new partner, ", ", has not been checked."),
    ("", " was arrested after the party in May."),
    ("A neighbour, ", ", called the police twice."),
    ("The child said ", " shouts at night."),
    ("Nobody spoke to ", " about the bruising."),
    ("Her friend ", " (15) is also missing from home."),
    ("Grandmother ", " collects from school on Fridays."),
    ("The ", " family were known to early help in 2021."),
    ("Worker phoned ", " to arrange the home visit."),
    ("Step-dad ", " refused to let the worker in."),
    ("", ", aged 13, was seen alone at school."),
    ("Information from ", "'s school was not shared."),
    ("", " and her brother were left with an older cousin."),
    ("Checks on ", " came back with two previous convictions."),
    ("mum and ", " went to the GP together"),
    ("A referral from Ms ", " (ISVA) arrived late."),
    ("Dad's girlfriend ", " moved in without the plan being reviewed."),
    ("The allocated worker changed, and ", " was never introduced."),
]
UNREG_FIRST = ["Declan", "Shelby", "Tyrese", "Kerry", "Jadon", "Leighanne", "Wiktoria", "Emeka", "Sunita",
               "Corey", "Hollie", "Darnell", "Ionut", "Chantelle", "Jordan", "Marta", "Kwame", "Nikita",
               "Bradley", "Zofia", "Aleksy", "Shauna", "Mohammed", "Tyler", "Kayleigh", "Rory", "Nadia",
               "Gavin", "Jodie", "Lamar", "Stacey", "Adrian", "Imani", "Connor", "Ayesha", "Pawel"]
UNREG_LAST = ["Hurst", "Cartwright", "Okafor", "Blackshaw", "Wainwright", "Nowicka", "Ogunleye", "Mistry",
              "Doherty", "Kershaw", "Pilkington", "Sandu", "Oyeleke", "Brierley", "Grabowski", "Mahmood",
              "Thackray", "Ellwood", "Boateng", "Crowther", "Duckworth", "Horsfall", "Ilie", "Mwangi"]


def gen_name():
    b, a = R.choice(NAME_FRAMES)
    f, s = R.choice(UNREG_FIRST), R.choice(UNREG_LAST)
    if b == "The ":
        nm = s
    elif b.endswith("Ms "):
        nm = s
    elif a.startswith(" (15)") or a.startswith(", aged") or a.startswith(" and her"):
        nm = f
    elif b.startswith("mum and"):
        nm = f.lower()
    else:
        nm = R.choice([f"{f} {s}", f, f"{f} {s}", s if R.random() < 0.3 else f])
    reg = registered_list(avoid={f, s})
    return plant(b, nm, a), "name", reg


# ---------------------------------------------------------------- clean prose
SERVICES = ["Children's Social Care", "Early Help", "the MASH", "CAMHS", "the Youth Justice Service",
            "the 0-19 Service", "Health Visiting", "the School Nursing team", "Adult Mental Health",
            "the Virtual School", "Housing Options", "the Family Hub", "the Edge of Care team",
            "the Leaving Care service", "Community Midwifery", "the ISVA service", "the IDVA service",
            "Probation", "the Police Safeguarding Hub", "the Drug and Alcohol service",
            "the Child Exploitation team", "the Emergency Duty Team", "the LADO", "Children's Centre staff",
            "the Disabled Children's Team", "the Targeted Youth Support service"]
TOOLS = ["Signs of Safety", "the Graded Care Profile 2", "a DASH risk assessment", "the Neglect Toolkit",
         "Brook's Traffic Light Tool", "a genogram", "the Three Houses", "the Barnardo's DA risk matrix",
         "the CSE screening tool", "Safe and Together", "a Strengthening Families conference",
         "the Multi-Agency Risk Assessment Conference", "an Early Help Assessment", "the ASQ-3",
         "a Team Around the Family", "Family Group Conference", "the Wellbeing Web"]
MEETINGS = ["the ICPC", "the RCPC", "the core group", "the strategy discussion", "the TAF meeting",
            "the CIN review", "the LAC review", "the PEP meeting", "the MARAC", "the MACE panel",
            "the Section 47 strategy meeting", "the discharge planning meeting", "the PLO meeting"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PLACES = ["Thornbury", "Wyke Moor", "Holmfirth Vale", "Saltaire Fields", "Kingsbridge", "Lowfield",
          "Ravensworth", "Brigholme", "Oakenshaw", "Stainbeck", "Cleckfield", "Netherby", "Marsden Edge",
          "Hipperholme", "Eastbrook", "Wharton", "Castleford Bridge", "Northowram", "Ashby Moor"]
AGENCIES = ["police", "health", "education", "social care", "early help", "housing", "probation", "CAMHS",
            "the GP", "the school", "the nursery", "the midwife", "the health visitor", "youth justice"]
ROLES_P = ["the allocated social worker", "the DSL", "the health visitor", "the team manager",
           "the IRO", "the family support worker", "the school nurse", "the SENCO", "the PCSO",
           "the duty manager", "the early help practitioner", "the reviewing officer", "the named nurse",
           "the YOT officer", "the practice supervisor", "the head of year", "the attendance officer"]
WORDS_IN = ["the child's words", "plain English", "Polish and English", "the family's own words"]
YEARS = ["Y7", "Y8", "Y9", "Y10", "Y11", "Year 6", "Year 9", "Reception", "Y5", "Year 12"]


def chrono_date():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2026)
    return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}",
                     f"{ordinal(d)} {MONTHS[m - 1]}", f"{d} {MONTHS[m - 1][:3]} {str(y)[2:]}",
                     f"{MONTHS[m - 1]} {y}", f"{d}.{m}.{str(y)[2:]}", f"w/c {d:02d}/{m:02d}"])


def cap(x):
    return x[0].upper() + x[1:]


def clean_sentence():
    t = R.randrange(40)
    C = R.choice
    n = R.randint
    if t == 0:
        return f"{chrono_date()} - {C(ROLES_P)} visited; {C(['home conditions poor', 'no food in fridge', 'child seen alone', 'mum not in', 'house warm and tidy'])}."
    if t == 1:
        return f"{cap(C(SERVICES))} used {C(TOOLS)} with the family in {C(MONTHS)}, which the auditors saw as {C(['good practice', 'a turning point', 'late but useful', 'not fully completed'])}."
    if t == 2:
        return f"The child is {n(11, 16)} and in {C(YEARS[:5])}; attendance was {n(55, 99)}% in the {C(['autumn', 'spring', 'summer'])} term."
    if t == 3:
        return f"{cap(C(MEETINGS))} on {C(DAYS)} {ordinal(n(1, 28))} {C(MONTHS)} agreed {n(2, 9)} actions, {n(1, 4)} of them for {C(AGENCIES)}."
    if t == 4:
        return f"Between {C(MONTHS)} and {C(MONTHS)} there were {n(3, 40)} contacts to {C(SERVICES)}, and only the {ordinal(n(2, 9))} led to an assessment."
    if t == 5:
        return f"{cap(C(ROLES_P))} escalated to {C(['the team manager', 'the service manager', 'the Head of Service', 'the LADO'])} on {chrono_date()} under the partnership's resolution protocol."
    if t == 6:
        return f"The family moved from {C(PLACES)} to {C(PLACES)} in {C(MONTHS)} {n(2019, 2026)}, and the transfer-in conference was held within {n(10, 30)} working days."
    if t == 7:
        return f"Mum is {n(19, 44)} and was herself on a plan as a child; the chronology shows {n(2, 7)} previous referrals."
    if t == 8:
        return f"{C(['Baby', 'The youngest', 'The middle child', 'The eldest'])} was {n(2, 11)} weeks old at the {ordinal(n(1, 4))} home visit on {C(DAYS)}."
    if t == 9:
        return f"Grade agreed: {C(['Good', 'Requires improvement', 'Inadequate', 'Outstanding'])}; the room's view differed from {C(AGENCIES)}'s grade by one step."
    if t == 10:
        return f"No return was received from {C(AGENCIES)} for case {n(1, 6)} of {n(6, 9)}, so the audit relied on {C(['the CSC record', 'the chronology', 'the core group minutes'])}."
    if t == 11:
        return f"Dad attended {n(1, 6)} of {n(6, 12)} core groups; {C(['he was not invited to the rest', 'no reason was recorded', 'the rest clashed with his shifts'])}."
    if t == 12:
        return f"{C(['Strengths', 'Worries', 'Next steps', 'Danger statements', 'Safety goals'])} were written in {C(WORDS_IN)} using {C(TOOLS)}."
    if t == 13:
        return f"{cap(C(SERVICES))} held the case for {n(2, 26)} months before step-down to {C(['Early Help', 'universal services', 'the Family Hub', 'Targeted Youth Support'])}."
    if t == 14:
        return f"On {C(DAYS)} night the {C(['EDT', 'Emergency Duty Team', 'out-of-hours GP', 'police control room'])} took a call at {n(0, 23):02d}:{n(0, 59):02d} and passed it on the next morning."
    if t == 15:
        return f"The {C(['ICPC', 'RCPC', 'CIN plan', 'LAC review', 'PEP'])} was {n(2, 19)} days late, which the auditors linked to {C(['staff sickness', 'a change of worker', 'Christmas leave', 'the Easter holidays'])}."
    if t == 16:
        return f"{C(YEARS)} pupils at the school had {C(['a PSHE session', 'a healthy relationships lesson', 'an Operation Encompass briefing', 'a drop-in'])} in {C(MONTHS)}."
    if t == 17:
        return f"The young person was missing {n(2, 14)} times in {C(MONTHS)}; return home interviews were offered after {n(1, 6)} of them."
    if t == 18:
        return f"At {n(14, 17)}, she was placed {n(12, 80)} miles away in {C(PLACES)}, and her {C(['GCSE', 'college', 'Year 10', 'Y11'])} plans were disrupted."
    if t == 19:
        return f"Housing offered a {n(1, 4)}-bed property in {C(PLACES)} on {chrono_date()}; mum declined because of the distance to {C(['school', 'her mother', 'the hospital', 'her support network'])}."
    if t == 20:
        return f"{C(['Ofsted', 'The JTAI', 'The CQC', 'HMICFRS'])} inspection in {C(MONTHS)} {n(2021, 2026)} found {C(['the front door', 'early help', 'the MASH', 'the use of chronologies'])} {C(['strong', 'inconsistent', 'improving', 'weak'])}."
    if t == 21:
        return f"The {ordinal(n(1, 5))} strategy discussion, on {chrono_date()}, was the first to include {C(AGENCIES)}."
    if t == 22:
        return f"{C(['Mum', 'Dad', 'Nan', 'The carer', 'The step-parent'])} engaged with {C(SERVICES)} from {C(MONTHS)}, and the children's school attendance rose to {n(80, 99)}%."
    if t == 23:
        return f"Action {n(1, 9)}: {C(['the DSL', 'the team manager', 'the named GP', 'the PCSO lead'])} to {C(['share', 'review', 'update', 'audit'])} {C(['the chronology', 'the safety plan', 'the risk assessment', 'the PEP'])} by {C(DAYS)} {ordinal(n(1, 28))} {C(MONTHS)}."
    if t == 24:
        return f"Over {n(2, 5)} years the family was known to {n(3, 9)} agencies, but {C(['no single chronology existed', 'nobody held the whole picture', 'the GP was never asked'])}."
    if t == 25:
        return f"Room agreed {C(['RAG amber', 'RAG red', 'RAG green'])} for {C(['information sharing', 'voice of the child', 'management oversight', 'planning'])} after {n(10, 45)} minutes of discussion."
    if t == 26:
        return f"{cap(C(SERVICES))} and {C(SERVICES)} met at {C(['the Family Hub', 'the police station', 'the school', 'the civic centre', 'the health centre'])} in {C(PLACES)} on {C(DAYS)}."
    if t == 27:
        return f"The child's weight dropped from the {ordinal(n(25, 75))} to the {ordinal(n(2, 9))} centile between {C(MONTHS)} and {C(MONTHS)}."
    if t == 28:
        return f"{C(['Neglect', 'Domestic abuse', 'CCE', 'Exploitation', 'Parental mental health'])} was the main concern in {n(3, 8)} of the {n(8, 12)} cases sampled this quarter."
    if t == 29:
        return f"EH closed {C(['w/o', 'without'])} consent review; re-referred {chrono_date()} via MASH ({C(['RAG red', 'amber', 'NFA then re-open'])})."
    if t == 30:
        return f"Y{n(9, 11)} lad, {n(14, 16)}, stopped attending {C(['football', 'the youth club', 'cadets', 'boxing'])} in {C(MONTHS)}; worker saw it as a sign of CCE."
    if t == 31:
        return f"{C(['HV', 'SW', 'DSL', 'IRO', 'EHP', 'FSW'])} {C(['visit', 'call', 'text', 'home visit', 'school visit'])} {chrono_date()}: {C(['no answer', 'child seen', 'mum upset', 'dog loose in garden', 'house cold'])}."
    if t == 32:
        return f"The Section {C(['17', '47', '20', '11'])} {C(['assessment', 'enquiry', 'duty', 'placement'])} took {n(5, 60)} working days against a target of {C(['45', '15', '10', '20'])}."
    if t == 33:
        return f"Supervision on {chrono_date()} noted drift; the next {n(2, 4)} supervisions did not mention the case."
    if t == 34:
        return f"{C(['Junior', 'Infant', 'Secondary', 'Primary'])} school staff {C(['noticed', 'recorded', 'raised', 'missed'])} {C(['head lice', 'tiredness', 'hunger', 'poor hygiene', 'late collection'])} {n(3, 12)} times in {C(['a term', 'six weeks', 'the spring', 'Year 4'])}."
    if t == 35:
        return f"The {C(['Ramadan', 'Eid', 'Diwali', 'Christmas', 'half-term', 'Easter'])} break meant the {C(MEETINGS)[4:]} moved to the {ordinal(n(2, 28))}."
    if t == 36:
        return f"{C(PLACES)} Family Hub ran {n(2, 8)} {C(['parenting groups', 'stay and play sessions', 'Freedom Programme groups', 'baby massage sessions'])} in {C(MONTHS)}; mum went to {n(1, 3)}."
    if t == 37:
        return f"Case {n(1, 9)} of {n(9, 12)}: {C(['CP plan under neglect', 'CIN', 'LAC s20', 'EH only'])}, {C(['two', 'three', 'four', 'five'])} siblings, aged {n(1, 5)} to {n(8, 17)}."
    if t == 38:
        return f"On {C(DAYS)} the {C(['A&E', 'urgent care', 'walk-in centre', 'minor injuries unit'])} at {C(PLACES)} General saw the toddler with {C(['a burn', 'a head injury', 'a fracture', 'a scald'])} and made a referral within {n(1, 4)} hours."
    return f"{C(['WhatsApp', 'Teams', 'Email', 'Phone', 'Secure email'])} was how {C(AGENCIES)} shared the {C(['minutes', 'chronology', 'plan', 'referral'])}, {n(2, 9)} days after {C(MEETINGS)}."


def main():
    rows = []
    gens = [("nhs", gen_nhs), ("postcode", gen_postcode), ("dob", gen_dob), ("phone", gen_phone),
            ("email", gen_email), ("ni", gen_ni), ("address", gen_address), ("school", gen_school),
            ("reference", gen_reference), ("registered", gen_registered), ("name", gen_name)]
    for kind, g in gens:
        seen = set()
        while len([r for r in rows if r["kind"] == kind]) < N_PLANTED:
            res = g()
            if len(res) == 3:
                (text, s, e), k, reg = res
            else:
                (text, s, e), k = res
                reg = registered_list()
            if text in seen:
                continue
            seen.add(text)
            assert k == kind
            assert 0 <= s < e <= len(text)
            rows.append({"set": "cold5", "kind": kind, "text": text, "start": s, "end": e,
                         "registered": reg, "note": f"planted {kind}: {text[s:e]!r}"})
    seen = set()
    while len(seen) < N_CLEAN:
        t = clean_sentence()
        if t in seen:
            continue
        seen.add(t)
        rows.append({"set": "cold5", "kind": "clean", "text": t, "start": 0, "end": 0,
                     "registered": registered_list(), "note": "clean audit prose"})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
