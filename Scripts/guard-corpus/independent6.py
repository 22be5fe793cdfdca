#!/usr/bin/env python3
"""Cold corpus 6 for maca's identifier guard, written from Privacy.md's list of kinds only.

Seeded (random.Random(6)), stdlib only.
Run: python3 independent6.py [OUT] -> writes OUT (default: the fixture the
project keeps, Tests/MACAKitTests/Fixtures/guard-corpus/independent-6.jsonl).
Offsets are Unicode code points (all text is in the BMP, so they equal UTF-16 offsets).
A note starting "beyond:" marks a form Privacy.md does not claim.
"""
import json
import os
import random
import sys

R = random.Random(6)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "Tests", "MACAKitTests", "Fixtures", "guard-corpus", "independent-6.jsonl")
rows = []


def plant(kind, before, ident, after, note, registered=None):
    text = before + ident + after
    start = len(before)
    rows.append({"set": "cold6", "kind": kind, "text": text, "start": start,
                 "end": start + len(ident), "registered": registered or [], "note": note})


def clean(text, note="clean"):
    rows.append({"set": "cold6", "kind": "clean", "text": text, "start": 0, "end": 0,
                 "registered": [], "note": note})


# ---------------------------------------------------------------- people (invented)
FIRST = ["Tayla", "Reuben", "Kacey", "Jenson", "Aaliyah", "Callum", "Niamh", "Brodie", "Ellis",
         "Keeley", "Harvey", "Lacey", "Dominika", "Oskar", "Precious", "Tobias", "Mariam", "Rhys",
         "Kyra", "Dexter", "Shanice", "Alfie", "Zainab", "Lennon", "Paige", "Codie", "Imani",
         "Bartosz", "Leyla", "Taylan", "Chantelle", "Ruairi", "Hollie", "Jaxon", "Sienna", "Demi"]
SUR = ["Hepworth", "Tolland", "Okonjo", "Brierley", "Kaczmarczyk", "Fairbairn", "Mahmood",
       "Pennock", "Ashworth", "Oduya", "Greenhalgh", "Szymanska", "Lumb", "Ratcliffe", "Chaudhry",
       "Dwyer", "Metcalfe", "Oyelaran", "Sowerby", "Haigh", "Iqbal", "Nuttall", "Popescu",
       "Thackray", "Wadsworth", "Bairstow", "Kowalczyk", "Mensah", "Crowther", "Gallacher"]

# ---------------------------------------------------------------- NHS numbers
def nhs_digits():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - (s % 11)
        if c == 11:
            c = 0
        if c == 10:
            continue
        return "".join(map(str, d + [c]))


def nhs_fmt(n, style):
    if style == "sp":
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if style == "hy":
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    if style == "solid":
        return n
    if style == "dot":
        return f"{n[:3]}.{n[3:6]}.{n[6:]}"
    if style == "odd":
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    if style == "slash":
        return f"{n[:3]}/{n[3:6]}/{n[6:]}"


nhs_frames = [
    ("The health visitor's record gave NHS no. ", " but no GP registration was ever confirmed.", "sp", "after NHS no."),
    ("Child's NHS number: ", " (checked against the spine).", "hy", "after NHS number"),
    ("GP summary received on 4 March; the child is listed under ", " with two missed immunisations.", "sp", "3-3-4 no cue"),
    ("ED attendance notes quote ", " and a sibling's record was merged in error.", "solid", "ten together no cue"),
    ("School nurse wrote the wrong child's number (", ") on the referral form.", "hy", "brackets 3-3-4"),
    ("Paediatric letter copied to the MASH with identifier ", ".", "dot", "dotted 3-3-4"),
    ("Midwifery booking referenced NHS ", " for the unborn's mother.", "odd", "after NHS, 3-4-3 grouping"),
    ("The CP-IS flag sat against ", " but nobody in ED looked at it.", "sp", "3-3-4 no cue"),
    ("Health chronology line 14: ", " seen at walk-in centre, no safeguarding query.", "solid", "ten together line start"),
    ("Her NHS No ", " was quoted in full in the strategy minutes.", "slash", "slash-separated after NHS No"),
    ("CAMHS returned the referral because ", " did not match their system.", "hy", "3-3-4 hyphen no cue"),
    ("Dental practice confirmed registration under number ", " in January.", "sp", "3-3-4 after number"),
]
for i in range(44):
    b, a, st, note = nhs_frames[i % len(nhs_frames)]
    plant("nhs", b, nhs_fmt(nhs_digits(), st), a, note)

# ---------------------------------------------------------------- postcodes
AREAS = ["LS", "BD", "HD", "HX", "WF", "S", "DN", "M", "OL", "BL", "WN", "B", "WV", "NG", "LE",
         "CV", "BS", "EX", "PL", "CF", "SA", "NE", "SR", "TS", "HU", "YO", "L", "CH", "ST", "NR",
         "IP", "CB", "ME", "BN", "SO", "RG", "OX", "E", "N", "SE", "G", "EH", "BT", "LA", "FY"]
INW = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(space=True, case="upper"):
    a = R.choice(AREAS)
    district = str(R.randint(1, 29)) if len(a) == 2 else str(R.randint(1, 19))
    outward = a + district
    inward = str(R.randint(0, 9)) + R.choice(INW) + R.choice(INW)
    pc = outward + (" " if space else "") + inward
    if case == "lower":
        pc = pc.lower()
    return pc, outward


pc_frames = [
    ("Family moved to ", " in the autumn, and the new authority was not told.", "full"),
    ("Placement address recorded only as postcode ", " on the strategy minutes.", "full"),
    ("MASH contact: ", " (anonymous caller, concerns about home conditions).", "full"),
    ("Temporary accommodation in ", ", two rooms shared by four children.", "full"),
    ("Police attended ", " twice in one weekend.", "nospace"),
    ("The housing officer's email gave ", " as the forwarding postcode.", "full"),
    ("Mum gave her postcode as ", " when she rang the front door.", "lower"),
    ("Return home interview held near ", " at the child's request.", "full"),
    ("Child lives in ", " with maternal grandmother.", "outward"),
    ("Referral form: address line 3 ", ".", "nospace"),
    ("The ", " area has had three cuckooing reports this year.", "outward-area"),
    ("Sighting reported at a flat off ", " by the youth offending worker.", "full"),
]
for i in range(44):
    b, a, st = pc_frames[i % len(pc_frames)]
    if st == "full":
        pc, _ = postcode()
        plant("postcode", b, pc, a, "full postcode")
    elif st == "nospace":
        pc, _ = postcode(space=False)
        plant("postcode", b, pc, a, "full postcode, no space")
    elif st == "lower":
        pc, _ = postcode(case="lower")
        plant("postcode", b, pc, a, "full postcode, lower case")
    elif st == "outward":
        _, out = postcode()
        plant("postcode", b, out, a, "outward code after 'lives in'")
    else:
        _, out = postcode()
        plant("postcode", b, out, a, "outward code before 'area'")

# ---------------------------------------------------------------- dates of birth
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


def ordinal(d):
    return f"{d}{'th' if 11 <= d % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def dob_date(style, adult=False):
    y = R.randint(1978, 1999) if adult else R.randint(2009, 2025)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    if style == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "words":
        return f"{ordinal(d)} {MONTHS[m-1]} {y}"
    if style == "us":
        return f"{MONTHS[m-1]} {d}, {y}"
    if style == "short":
        return f"{d} {MON3[m-1]} {y % 100:02d}"
    if style == "hymon":
        return f"{d:02d}-{MON3[m-1]}-{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "yslash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "plain":
        return f"{d} {MONTHS[m-1]} {y}"
    if style == "monthyear":
        return f"{MONTHS[m-1]} {y}"
    if style == "of":
        return f"{ordinal(d)} of {MONTHS[m-1]} {y}"
    if style == "2digit":
        return f"{d}/{m}/{y % 100:02d}"


dob_frames = [
    ("Child A, DOB ", ", was not seen by the health visitor after the move.", "slash", "after DOB"),
    ("Date of birth: ", ". Subject to a child protection plan since spring.", "words", "after date of birth"),
    ("She was born on ", " at the maternity unit, three weeks early.", "plain", "after born on"),
    ("Mother (D.O.B. ", ") has her own care history.", "dot", "after D.O.B. in brackets"),
    ("Alfie (", ") was the youngest of four in the household.", "dot", "bracketed after a gazetteer name"),
    ("The referral said the baby was born ", " and discharged after two days.", "us", "after born, month-day-year"),
    ("DOB ", " per the MASH screening sheet.", "hymon", "after DOB, dd-Mon-yyyy"),
    ("DOB: ", " (ISO, copied from the case system).", "iso", "after DOB, year first hyphens"),
    ("His birthday is ", ", so he turns sixteen before the review.", "plain", "after birthday"),
    ("The twins were born in ", " and placed with an aunt soon after.", "monthyear", "born in month year"),
    ("D.O.B ", " on the police Niche record.", "short", "after D.O.B, short year"),
    ("DOB ", " taken from the CP conference paper.", "yslash", "after DOB, year first slashes"),
    ("Sienna, ", ", attends nursery three mornings a week.", "slash", "after comma after gazetteer name"),
    ("Date of birth ", " was entered wrongly on the school census.", "2digit", "after date of birth, d/m/yy"),
    ("Dad's DOB is the ", ", recorded on the DASH.", "of", "beyond: '12th of March 2019' with 'of' after DOB is the"),
    ("The baby, born ", ", was 10 days old at the first home visit.", "plain", "after born"),
]
for i in range(48):
    b, a, st, note = dob_frames[i % len(dob_frames)]
    adult = b.startswith(("Mother", "Dad"))
    plant("dob", b, dob_date(st, adult), a, note + (" (an adult's, old year)" if adult else ""))


# ---------------------------------------------------------------- phone numbers
def mobile():
    return "07" + "".join(str(R.randint(0, 9)) for _ in range(9))


def landline():
    code = R.choice(["0113", "0114", "0161", "0121", "0191", "0117", "0151", "01484", "01422", "01924", "020"])
    rest_len = 11 - len(code)
    return code, "".join(str(R.randint(0, 9)) for _ in range(rest_len))


def phone(style):
    if style == "mob":
        m = mobile()
        return f"{m[:5]} {m[5:]}"
    if style == "mobsolid":
        return mobile()
    if style == "mobhy":
        m = mobile()
        return f"{m[:5]}-{m[5:8]}-{m[8:]}"
    if style == "intl":
        m = mobile()
        return f"+44 {m[1:5]} {m[5:]}"
    if style == "intl0":
        c, r = landline()
        return f"+44 (0){c[1:]} {r[:3]} {r[3:]}"
    if style == "0044":
        m = mobile()
        return f"0044 {m[1:]}"
    if style == "brk":
        c, r = landline()
        return f"({c}) {r[:3]} {r[3:]}"
    if style == "dots":
        c, r = landline()
        return f"{c}.{r[:3]}.{r[3:]}"
    if style == "land":
        c, r = landline()
        return f"{c} {r}"
    if style == "nbsp":
        m = mobile()
        return f"{m[:5]}\u00a0{m[5:]}"
    if style == "notrunk":
        m = mobile()
        return f"{m[1:5]} {m[5:]}"
    if style == "plus44nospace":
        m = mobile()
        return "+44" + m[1:]


ph_frames = [
    ("Mum's mobile ", " was on the MARAC list but went unanswered.", "mob", "mobile 5-6"),
    ("Call back on ", " after 3pm.", "mobsolid", "mobile solid"),
    ("Dad texted from ", " saying he would not attend.", "mobhy", "mobile hyphenated"),
    ("The foster carer's number, ", ", was given to the child's friends.", "intl", "+44 mobile"),
    ("Switchboard for the ward is ", " but the note was a direct line.", "intl0", "+44 (0) landline"),
    ("Grandmother rang from ", " (abroad) asking for news.", "0044", "0044 mobile"),
    ("Contact the aunt on ", " in the evenings.", "brk", "bracketed trunk landline"),
    ("Neighbour's landline ", " was used for the welfare check.", "dots", "dotted landline"),
    ("Tel: ", ".", "land", "landline after Tel"),
    ("Her new number is ", " and she asked that it not be shared.", "nbsp", "mobile with no-break space"),
    ("Mob ", " noted on the contact sheet.", "notrunk", "beyond: mobile written without its trunk 0"),
    ("WhatsApp ", " used to groom the child.", "plus44nospace", "+44 solid"),
]
for i in range(44):
    b, a, st, note = ph_frames[i % len(ph_frames)]
    plant("phone", b, phone(st), a, note)

# ---------------------------------------------------------------- email addresses
LOCALS = ["tayla.h", "reubs_2009", "kaceyb", "j.tolland", "babygirl.07", "mandy_k88", "dom.kacz",
          "kyrasmum", "shanice.o", "lumbfamily", "dexter99", "paige_x", "codie.lumb", "leyla.iq"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com",
           "live.co.uk", "aol.com", "protonmail.com", "sky.com", "virginmedia.com", "nhs.net",
           "leeds.gov.uk", "kirklees.gov.uk"]


def email(style):
    lp = R.choice(LOCALS)
    dom = R.choice(DOMAINS)
    if style == "plain":
        return f"{lp}@{dom}"
    if style == "spelled":
        return f"{lp} at {dom.replace('.', ' dot ')}"
    if style == "brk":
        return f"{lp}[at]{dom.replace('.', '[dot]')}"
    if style == "paren":
        return f"{lp} (at) {dom}"
    if style == "noend":
        return f"{lp}@{dom.split('.')[0]}"
    if style == "upper":
        return f"{lp.upper()}@{dom.upper()}"
    if style == "angle":
        return f"<{lp}@{dom}>"
    if style == "bare":
        lpp = R.choice(["tayla", "kacey", "dexter", "paige"])
        return f"{lpp} at {dom.split('.')[0]} dot com"


em_frames = [
    ("Mum emailed ", " asking for the minutes.", "plain", "plain"),
    ("Dad's address: ", ", from the contact record.", "spelled", "spelled-out at and dot"),
    ("Child gave her email as ", " to the youth worker.", "brk", "bracketed at and dot"),
    ("Correspondence went to ", " and was opened by the ex-partner.", "paren", "(at) with real dot"),
    ("The teenager's Snapchat was linked to ", " per police.", "noend", "provider with ending left off"),
    ("Sent in error to ", " instead of the secure inbox.", "upper", "upper-case plain"),
    ("Reply from ", " confirmed attendance.", "angle", "in angle brackets"),
    ("She said to write to ", " because her phone was cut off.", "bare", "plain first name local part, spelled at and dot"),
]
for i in range(44):
    b, a, st, note = em_frames[i % len(em_frames)]
    plant("email", b, email(st), a, note)

# ---------------------------------------------------------------- NI numbers
BAD1 = set("DFIQUV")
BAD2 = set("DFIQUVO")
BADP = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
LET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def ni(style):
    while True:
        a, b = R.choice(LET), R.choice(LET)
        if a in BAD1 or b in BAD2 or a + b in BADP:
            continue
        break
    dg = "".join(str(R.randint(0, 9)) for _ in range(6))
    s = R.choice("ABCD")
    p = a + b
    if style == "pairs":
        return f"{p} {dg[:2]} {dg[2:4]} {dg[4:]} {s}"
    if style == "solid":
        return f"{p}{dg}{s}"
    if style == "threes":
        return f"{p} {dg[:3]} {dg[3:]} {s}"
    if style == "hy":
        return f"{p}-{dg[:2]}-{dg[2:4]}-{dg[4:]}-{s}"
    if style == "lower":
        return f"{p.lower()}{dg}{s.lower()}"
    if style == "nosuffix":
        return f"{p} {dg[:2]} {dg[2:4]} {dg[4:]}"
    if style == "lowerspaced":
        return f"{p.lower()} {dg[:2]} {dg[2:4]} {dg[4:]} {s.lower()}"


ni_frames = [
    ("Dad's National Insurance number ", " was on the benefits letter.", "pairs", "pairs after National Insurance number"),
    ("DWP confirmed ", " belongs to the mother's new partner.", "solid", "solid, no cue"),
    ("NINO: ", " (from the housing application).", "threes", "threes after NINO"),
    ("The letter quoted ", " in the header.", "hy", "hyphenated, no cue"),
    ("NI ", " recorded by the probation officer.", "lower", "lower case after NI"),
    ("National Insurance, ", ", given at the tenancy interview.", "nosuffix", "no suffix after National Insurance and comma"),
    ("Her NI no. is ", " according to the DWP.", "lowerspaced", "lower spaced after NI no."),
    ("", " is his NI number, copied into the chronology.", "pairs", "before 'is his NI number'"),
    ("Universal Credit claim under ", ".", "pairs", "pairs no cue"),
    ("Carer's ni number ", " appears twice.", "lower", "beyond? lower case after lower-case 'ni number'"),
    ("", " (NI) written on the back of the form.", "nosuffix", "beyond: no suffix before '(NI)'"),
]
for i in range(44):
    b, a, st, note = ni_frames[i % len(ni_frames)]
    plant("ni", b, ni(st), a, note)

# ---------------------------------------------------------------- addresses
STREETW = ["Road", "Street", "Avenue", "Close", "Lane", "Drive", "Way", "Crescent", "Court", "Gardens",
           "Place", "Terrace", "Grove", "Rd", "St", "View", "Walk", "Mount", "Rise", "Fold"]
STREETN = ["Beechwood", "Harrogate", "Mill", "Station", "Back Nelson", "Kestrel", "Ashfield",
           "Wharf", "Lidget", "Moorside", "Cliffe", "Spring Bank", "Tanhouse", "Holly", "Ravens"]


def address(style):
    sw = R.choice(STREETW[:15])
    nm = R.choice(STREETN)
    n = R.randint(1, 180)
    if style == "plain":
        return f"{n} {nm} {sw}"
    if style == "letter":
        return f"{n}{R.choice('abc')} {nm} {sw}"
    if style == "range":
        return f"{n}-{n+2} {nm} {sw}"
    if style == "flat":
        return f"Flat {R.randint(1, 40)}"
    if style == "apt":
        return f"Apartment {R.randint(1, 90)}"
    if style == "flatfull":
        return f"Flat {R.randint(1, 12)}, {n} {nm} {sw}"
    if style == "lower":
        return f"{n} {nm.lower()} {sw.lower()}"
    if style == "other":
        return f"{n} {nm} {R.choice(['View', 'Walk', 'Mount', 'Rise', 'Fold'])}"
    if style == "no":
        return f"no. {n} {nm} {sw}"


ad_frames = [
    ("Home visit to ", " found no food in the house.", "plain", "number street"),
    ("Family placed at ", " by housing.", "letter", "number with letter"),
    ("The shop at ", " is where the older lads gather.", "range", "number range"),
    ("Mum now lives in ", " of the tower block by the ring road.", "flat", "Flat N"),
    ("He was found at ", " above the takeaway.", "apt", "Apartment N"),
    ("Forwarding address ", " was shared with the father in error.", "flatfull", "Flat N, number street"),
    ("Police went to ", " on the Saturday.", "lower", "beyond: lower-case street"),
    ("Gran's house, ", ", is the child's safe place.", "other", "beyond? street word View/Walk/Mount/Rise/Fold"),
    ("Child said she stays at ", " at weekends.", "no", "no. N street"),
    ("Section 47 enquiry at ", " on 3 May.", "plain", "number street"),
]
for i in range(44):
    b, a, st, note = ad_frames[i % len(ad_frames)]
    plant("address", b, address(st), a, note)

# ---------------------------------------------------------------- schools
SCHN = ["Brackenhall", "Windmill Hill", "Fieldhead", "Crossley", "Thornton Grange", "Holme Valley",
        "Lowerhouses", "Ings Farm", "Beckfoot", "Hollybank", "Sandal Magna", "Castleford Park"]


def school(style):
    n = R.choice(SCHN)
    if style == "prim":
        return f"{n} Primary"
    if style == "primschool":
        return f"{n} Primary School"
    if style == "acad":
        return f"{n} Academy"
    if style == "high":
        return f"{n} High School"
    if style == "infant":
        return f"{n} Infant School"
    if style == "junior":
        return f"{n} Junior School"
    if style == "nursery":
        return f"{n} Day Nursery"
    if style == "college":
        return f"{n} College"
    if style == "ce":
        return f"St {R.choice(['Aidan', 'Hilda', 'Oswald', 'Bede'])}'s CE Primary School"
    if style == "rc":
        return f"St {R.choice(['Joseph', 'Patrick', 'Winefride', 'Anne'])}'s RC Primary"
    if style == "lowerchurch":
        return R.choice(["sacred heart primary", "holy family primary", "st joseph's primary"])
    if style == "school":
        return f"{n} School"
    if style == "lowergeneric":
        return f"{n.lower()} primary"


sc_frames = [
    ("He moved to ", " in Year 4.", "prim", "X Primary"),
    ("The DSL at ", " made the referral.", "primschool", "X Primary School"),
    ("Excluded from ", " after the knife incident.", "acad", "X Academy"),
    ("Attendance at ", " fell to 61% by Christmas.", "high", "X High School"),
    ("Her sister is at ", " in Reception.", "infant", "X Infant School"),
    ("Teaching assistant at ", " noticed bruising.", "junior", "X Junior School"),
    ("Baby attended ", " two days a week.", "nursery", "X Day Nursery"),
    ("Enrolled on a course at ", " but stopped attending.", "college", "X College"),
    ("Reception teacher at ", " raised concerns about weight.", "ce", "St X's CE Primary School"),
    ("Siblings split between ", " and the nursery.", "rc", "St X's RC Primary"),
    ("mum said the head at ", " was very supportive.", "lowerchurch", "church name in lower case"),
    ("Managed move to ", " was agreed but never started.", "school", "beyond: X School with no kind word"),
    ("Gran takes her to ", " most mornings.", "lowergeneric", "beyond: non-church name in lower case"),
]
for i in range(44):
    b, a, st, note = sc_frames[i % len(sc_frames)]
    plant("school", b, school(st), a, note)


# ---------------------------------------------------------------- reference numbers
def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


ref_frames = [
    ("Crime ref ", " was never linked to the children.", lambda: f"{digits(2)}/{digits(5)}/{R.randint(19, 25)}", "crime ref"),
    ("Occurrence ", " records the domestic incident.", lambda: digits(10), "occurrence"),
    ("Incident number ", " was closed without a DASH.", lambda: digits(4), "incident number"),
    ("Log number ", " shows a 999 call at 02:10.", lambda: f"{digits(4)}", "log number"),
    ("CAD ", " related to a missing episode.", lambda: digits(4), "CAD"),
    ("Storm ", " graded as priority.", lambda: digits(3), "storm three digits"),
    ("Niche ref ", " holds the intelligence report.", lambda: f"{digits(2)}{R.choice('ABCDEFGH')}{digits(6)}", "Niche ref"),
    ("URN ", " for the school census return.", lambda: digits(6), "URN"),
    ("CRN ", " for the father on probation's system.", lambda: f"{R.choice('ABCDEFGHJKLMNPQRSTVWX')}{digits(6)}", "CRN"),
    ("PNC ", " shows previous for the partner.", lambda: f"{R.randint(10, 25)}/{digits(6)}{R.choice('ABCDEFGHJKLM')}", "PNC"),
    ("Mosaic ID ", " held the wrong siblings.", lambda: digits(7), "Mosaic ID"),
    ("LCS number ", " for the older brother.", lambda: digits(6), "LCS"),
    ("Liquidlogic ", " was duplicated at transfer.", lambda: digits(6), "Liquidlogic"),
    ("EHM case ", " was closed to early help.", lambda: digits(5), "EHM"),
    ("CSC id ", " was quoted in the email to the school.", lambda: digits(6), "CSC id"),
    ("Social care ID: ", ".", lambda: digits(7), "social care id"),
    ("Occurrence ", " was the first report.", lambda: f"{R.randint(2019, 2025)}", "occurrence looks like a year"),
    ("MARAC ref ", " was shared with the school.", lambda: f"MR{digits(5)}", "beyond: MARAC ref"),
    ("LADO ref ", " opened in March.", lambda: digits(5), "beyond: LADO ref"),
]
for i in range(48):
    b, a, f, note = ref_frames[i % len(ref_frames)]
    plant("reference", b, f(), a, note)

# ---------------------------------------------------------------- registered names
reg_people = [
    ("child", "Kacey Brierley"), ("child", "Jenson Oduya"), ("parent", "Dominika Kaczmarczyk"),
    ("carer", "Lorraine Fairbairn"), ("sibling", "Amelia-Rose Pennock"), ("child", "Tobias Greenhalgh"),
    ("parent", "Mariam Chaudhry"), ("child", "Lennon Thackray"), ("sibling", "Brodie Sowerby"),
    ("parent", "Gareth Ashworth"), ("child", "Zofia Wiśniewska"), ("carer", "Siobhán O'Hare"),
    ("child", "Kyra Mensah"), ("parent", "Ruairi Gallacher"),
]


def reg_forms(role, full):
    first, last = full.split(" ", 1)
    import unicodedata
    fold = "".join(c for c in unicodedata.normalize("NFD", last) if unicodedata.category(c) != "Mn").replace("'", "")
    return [
        ("", full, " was seen alone on two of five visits.", "full name starting sentence"),
        ("The worker asked ", first, " about the bruise.", "first name mid-sentence"),
        ("Nobody checked ", first + "'s", " bedroom.", "possessive"),
        ("", first.upper(), " DID NOT ATTEND.", "upper case"),
        ("Mum said ", first.lower(), " had not eaten.", "lower case"),
        ("Police spoke to ", last, " at the station.", "surname alone"),
        ("The ", last, " household was open to early help twice.", "surname before household"),
        ("", first + "s", " coat was too thin.", "possessive without apostrophe"),
        ("Letter addressed to ", fold, " was returned.", "surname folded, marks removed"),
        ("School called ", first.lower() + "'s", " gran.", "lower-case possessive"),
    ]


idx = 0
for i in range(50):
    role, full = reg_people[i % len(reg_people)]
    forms = reg_forms(role, full)
    b, ident, a, note = forms[(i * 3 + i // len(reg_people)) % len(forms)]
    others = [p for p in reg_people if p != (role, full)]
    reg = [[role, full]] + [list(x) for x in R.sample(others, 2)]
    plant("registered", b, ident, a, f"{role}: {note}", registered=reg)
# a few beyond forms
beyond_reg = [
    ("child", "Kacey Brierley", "Child said ", "Kace", " is her nickname.", "beyond: shortened nickname of a registered first name"),
    ("sibling", "Amelia-Rose Pennock", "", "Amelia Rose", " was at nursery.", "beyond: hyphenated name written with a space"),
    ("child", "Jenson Oduya", "Mum called him ", "Jensen", " in the minutes.", "beyond: misspelt registered name"),
]
for role, full, b, ident, a, note in beyond_reg:
    plant("registered", b, ident, a, note, registered=[[role, full]])

# ---------------------------------------------------------------- names nobody registered
UF = ["Tamsin", "Jolene", "Kieron", "Marnie", "Dariusz", "Ngozi", "Wiktoria", "Tyrese", "Ayaan",
      "Eleri", "Saoirse", "Rocco", "Kadeem", "Shania", "Ioana", "Yusra", "Brogan", "Tiegan", "Aurelia",
      "Kobe", "Mehmet", "Dalia", "Corey", "Lexi", "Elodie", "Kwabena", "Caoimhe", "Jayce"]
US = ["Hinchliffe", "Womersley", "Adeyemi", "Zielinska", "Scargill", "Bhatti", "Rushworth",
      "Olatunji", "Petrescu", "Blackburn", "Farooq", "Stansfield", "Nwachukwu", "Holroyd",
      "Dziedzic", "Quarmby", "Akhtar", "Sugden", "Lisowski", "Shackleton", "Pickersgill"]

name_frames = [
    ("Mr ", "{S}", " failed to attend the core group.", "title + surname"),
    ("Her brother ", "{F}", " was also missing from school.", "relation + first"),
    ("", "{F} {S}", " was named as the perpetrator.", "full name starting sentence"),
    ("The worker met ", "{F} {S}", " at the contact centre.", "full name mid-sentence"),
    ("Mum's partner, ", "{F}", ", has convictions for violence.", "first after partner + comma"),
    ("", "{F}", ", aged 14, was found in a car with older males.", "first before aged"),
    ("Referral made by ", "Dr {F} {S}", " at the practice.", "Dr full name"),
    ("Nobody asked ", "{F}", " what life was like at home.", "first after verb done to person"),
    ("The ", "{S}", " family had been known since 2019.", "the X family"),
    ("Police visited and spoke with ", "{f}", " about the injury.", "lower-case first after spoke with"),
    ("The older girls (", "{F} and {F2}", ") were interviewed separately.", "two names joined by and in brackets"),
    ("", "{S}", " was arrested after the raid.", "surname starting sentence before verb"),
    ("Auntie ", "{F}", " offered to take the children.", "Auntie + first"),
    ("PC ", "{S}", " completed the DASH.", "PC + surname"),
    ("", "{F}", "'s school uniform was dirty every day.", "possessive starting sentence"),
    ("Support offered to ", "{f} {s}", ", a neighbour, was declined.", "beyond? lower-case full name after 'to'"),
    ("A friend of the family (", "{F}", ") collected them.", "name in brackets after relation phrase"),
    ("Nan said ", "{F}", " cries when it is time to go home.", "beyond-ish: first after verb of saying"),
]
for i in range(56):
    b, pat, a, note = name_frames[i % len(name_frames)]
    F, F2, S = R.choice(UF), R.choice(UF), R.choice(US)
    while F2 == F:
        F2 = R.choice(UF)
    ident = pat.format(F=F, F2=F2, S=S, f=F.lower(), s=S.lower())
    # a registered name elsewhere, so the registry is not empty
    reg = [list(R.choice(reg_people))]
    plant("name", b, ident, a, note, registered=reg)

# ---------------------------------------------------------------- clean prose
AGENCIES = ["children's social care", "the police", "health visiting", "school nursing", "CAMHS",
            "the GP practice", "early help", "the youth justice service", "probation", "housing",
            "the DSL", "the midwifery team", "adult mental health", "the substance misuse service",
            "the IDVA service", "the virtual school", "the family hub", "the ambulance service"]
MEET = ["strategy meeting", "strategy discussion", "initial child protection conference",
        "review child protection conference", "core group", "child in need review", "MARAC",
        "team around the family meeting", "complex safeguarding panel", "return home interview",
        "professionals' meeting", "LADO referral", "MASH screening", "legal gateway meeting",
        "PLO pre-proceedings meeting", "looked after review"]
PLACES = ["Leeds", "Bradford", "Halifax", "Huddersfield", "Wakefield", "Dewsbury", "Keighley",
          "Batley", "Pontefract", "Castleford", "Rotherham", "Barnsley", "Doncaster", "Sheffield",
          "Harrogate", "Skipton", "Brighouse", "Todmorden", "Otley", "Morley", "Pudsey", "Ilkley",
          "Hebden Bridge", "Ossett", "Holmfirth", "Leeds General Infirmary", "Calderdale Royal Hospital",
          "Pinderfields", "the Northern General", "Airedale", "Manchester", "Blackpool"]
THINGS = ["neglect screening tool", "graded care profile", "Signs of Safety mapping", "DASH risk assessment",
          "chronology", "genogram", "safety plan", "written agreement", "ecomap", "CSE risk tool",
          "pre-birth assessment", "parenting assessment", "single assessment", "EHA", "CIN plan",
          "CP plan", "pathway plan", "PEP", "EHCP", "child's plan"]
GRADES = ["good", "requires improvement", "inadequate", "outstanding", "red", "amber", "green"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ev_date():
    y = R.randint(2019, 2026)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m-1]} {y}", f"{d}.{m:02d}.{y}",
                     f"{MONTHS[m-1]} {y}", f"{ordinal(d)} {MONTHS[m-1]}", f"{y}-{m:02d}-{d:02d}",
                     f"{d}/{m}/{y % 100:02d}", f"{d} {MON3[m-1]} {y % 100:02d}"])


clean_templates = [
    lambda: f"On {ev_date()} {R.choice(AGENCIES)} referred to the MASH after a disclosure at school.",
    lambda: f"The {R.choice(MEET)} was held on {ev_date()} with {R.randint(3, 11)} professionals present.",
    lambda: f"{R.choice(AGENCIES).capitalize()} did not attend the {R.choice(MEET)} on {ev_date()}.",
    lambda: f"Between {ev_date()} and {ev_date()} there were {R.randint(2, 19)} contacts, none of which led to an assessment.",
    lambda: f"The {R.choice(THINGS)} was started in {R.choice(MONTHS)} but not completed until {R.choice(MONTHS)}.",
    lambda: f"Attendance was {R.randint(42, 96)}% in the autumn term and {R.randint(42, 96)}% in the spring term.",
    lambda: f"The child was seen {R.randint(1, 9)} times in {R.randint(2, 12)} weeks, {R.randint(0, 4)} of them alone.",
    lambda: f"Auditors graded practice as {R.choice(GRADES)} for the voice of the child and {R.choice(GRADES)} for partnership working.",
    lambda: f"A 999 call at {R.randint(0, 23):02d}:{R.randint(0, 59):02d} on a {R.choice(WEEKDAYS)} led to the first police attendance.",
    lambda: f"The family moved from {R.choice(PLACES)} to {R.choice(PLACES)} and the transfer-in conference was late.",
    lambda: f"An ED attendance at {R.choice(PLACES)} ({ev_date()}) was not shared with the health visitor.",
    lambda: f"The case was stepped down to early help on {ev_date()} with no plan for the father's drinking.",
    lambda: f"In Year {R.randint(1, 13)} the school recorded {R.randint(3, 30)} incidents of low-level disruption.",
    lambda: f"{R.randint(2, 9)} of the {R.randint(10, 14)} actions from the last audit are complete and {R.randint(1, 4)} are overdue.",
    lambda: f"The {R.choice(THINGS)} did not reflect the lived experience of the {R.choice(['baby', 'toddler', 'young person', 'children', 'unborn'])}.",
    lambda: f"Housing offered temporary accommodation in {R.choice(PLACES)}, {R.randint(8, 40)} miles from the children's school.",
    lambda: f"The {R.choice(MEET)} agreed a {R.choice(['six', 'eight', 'twelve'])}-week plan, reviewed on {ev_date()}.",
    lambda: f"There were {R.randint(2, 12)} missing episodes in {R.randint(2, 6)} months and {R.randint(0, 5)} return home interviews.",
    lambda: f"Probation shared the father's risk level as {R.choice(['low', 'medium', 'high', 'very high'])} only after the {R.choice(MEET)}.",
    lambda: f"The GP practice held {R.randint(1, 6)} safeguarding codes but none were in the referral.",
    lambda: f"Police submitted {R.randint(2, 14)} PVPs over {R.randint(6, 30)} months; the pattern was not picked up until the {R.choice(MEET)}.",
    lambda: f"Health visiting completed the {R.choice(['new birth visit', '6-8 week review', '1 year review', '2-2.5 year review'])} at home on {ev_date()}.",
    lambda: f"The audit sample was {R.randint(4, 8)} cases drawn from {R.randint(60, 400)} open to the {R.choice(['front door', 'assessment team', 'CIN teams', 'CP teams'])}.",
    lambda: f"At the {R.choice(MEET)} the chair asked for a {R.choice(THINGS)} within {R.randint(5, 45)} working days.",
    lambda: f"Mum's mental health was discussed at {R.randint(2, 6)} meetings but adult services were never invited.",
    lambda: f"The young person was interviewed under caution at {R.choice(PLACES)} custody suite on a {R.choice(WEEKDAYS)}.",
    lambda: f"Child Criminal Exploitation concerns were raised by the {R.choice(['youth worker', 'school', 'A&E nurse', 'British Transport Police', 'taxi marshal'])} in {R.choice(MONTHS)}.",
    lambda: f"The unborn was subject to a pre-birth assessment from {R.randint(12, 30)} weeks' gestation.",
    lambda: f"The {R.choice(['Early Help Hub', 'Front Door', 'Family Hub', 'Multi-Agency Safeguarding Hub', 'Children First team'])} in {R.choice(PLACES)} took {R.randint(1, 10)} days to screen the contact.",
    lambda: f"Learning from the {R.choice(['Rapid Review', 'LCSPR', 'thematic review', 'national panel report'])} about {R.choice(['bruising in non-mobile babies', 'adolescent neglect', 'coercive control', 'fabricated illness', 'safe sleep'])} had not reached frontline staff.",
    lambda: f"Section {R.choice(['17', '47', '20', '31'])} {R.choice(['assessment', 'enquiry', 'accommodation', 'threshold'])} was considered on {ev_date()}.",
    lambda: f"The {R.choice(['Operation Encompass', 'Operation Makesafe', 'Clare’s Law', 'Sarah’s Law', 'Prevent'])} notification arrived {R.randint(2, 20)} hours later.",
    lambda: f"The children shared {R.randint(1, 3)} bedrooms between {R.randint(3, 7)} of them, with {R.randint(1, 2)} mattresses on the floor.",
    lambda: f"Over {R.randint(2, 9)} weeks the {R.choice(['Women’s Aid', 'Barnardo’s', 'NSPCC', 'Action for Children', 'The Children’s Society', 'Kooth', 'Childline'])} worker built a trusting relationship.",
    lambda: f"The school's Pupil Premium lead and the SENCo met on {ev_date()} about the EHCP annual review.",
    lambda: f"Grade {R.randint(1, 4)} agreed for leadership oversight: supervision was {R.choice(['monthly', 'six-weekly', 'irregular', 'absent'])} across {R.randint(2, 5)} changes of social worker.",
    lambda: f"The {R.choice(['Tuesday', 'Thursday'])} drop-in at {R.choice(PLACES)} library was the only place the young person would engage.",
    lambda: f"Dad attended {R.randint(1, 12)} of {R.randint(12, 16)} sessions of the {R.choice(['Caring Dads', 'DAPP', 'Freedom Programme', 'Triple P', 'Incredible Years'])} course.",
    lambda: f"The ambulance crew's safeguarding referral on {ev_date()} went to the wrong local authority.",
    lambda: f"At {R.randint(6, 16)} months old the baby had not been seen by a GP since the {R.choice(['8-week check', 'birth', 'first immunisations'])}.",
]
seen = set()
while len([r for r in rows if r["kind"] == "clean"]) < 400:
    t = R.choice(clean_templates)()
    if t in seen:
        continue
    seen.add(t)
    clean(t)

R.shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        assert r["text"][r["start"]:r["end"]] or r["kind"] == "clean"
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

from collections import Counter
print(Counter(r["kind"] for r in rows))
