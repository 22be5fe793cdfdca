#!/usr/bin/env python3
"""Independent cold corpus (cold2) for the identifier guard. Fixed seed; own frames."""
import json, random, re

R = random.Random(20240611)
SET = "cold2"
NBSP = "\u00a0"
PER_KIND = 52
N_CLEAN = 560

def u16(s):
    return len(s.encode("utf-16-le")) // 2

def row(kind, pre, ident, post, registered=None):
    text = pre + ident + post
    s = u16(pre); e = s + u16(ident)
    return {"set": SET, "kind": kind, "text": text, "start": s, "end": e,
            "registered": registered or []}

def frame(kind, tpl, ident, registered=None, **kw):
    """tpl holds exactly one '{X}' marking the identifier; other slots via kw."""
    pre, post = tpl.split("{X}")
    return row(kind, pre.format(**kw), ident, post.format(**kw), registered)

# ---------------------------------------------------------------- name pools
CULTURES = {
 "polish": (["Zofia", "Jakub", "Oliwia", "Kacper", "Agnieszka", "Szymon", "Wiktoria", "Bartosz"],
            ["Nowak", "Kowalski", "Wiśniewska", "Zieliński", "Wójcik", "Kamińska", "Lewandowski"]),
 "romanian": (["Andrei", "Ioana", "Florin", "Bianca", "Alexandru", "Denisa", "Mihai"],
              ["Popescu", "Stan", "Dumitru", "Ionescu", "Constantin", "Munteanu"]),
 "somali": (["Hodan", "Abdirahman", "Ayaan", "Khadra", "Yusuf", "Hibo", "Mustafe"],
            ["Warsame", "Farah", "Mohamud", "Abdi", "Egal", "Jama"]),
 "pakistani": (["Zainab", "Hamza", "Ayesha", "Bilal", "Maryam", "Usman", "Aleena"],
               ["Hussain", "Iqbal", "Rafiq", "Mahmood", "Akhtar", "Bashir"]),
 "bangladeshi": (["Tahmina", "Rafiq", "Sumaiya", "Arif", "Nusrat", "Shahed", "Rumana"],
                 ["Begum", "Uddin", "Khatun", "Miah", "Chowdhury", "Rahman"]),
 "nigerian": (["Chidi", "Oluwaseun", "Ngozi", "Tobi", "Chiamaka", "Emeka", "Folake"],
              ["Okafor", "Adeyemi", "Eze", "Balogun", "Okonkwo", "Nwosu"]),
 "ghanaian": (["Kwame", "Akosua", "Kofi", "Ama", "Yaw", "Efua", "Kwabena"],
              ["Mensah", "Boateng", "Asante", "Owusu", "Appiah", "Agyeman"]),
 "grt": (["Levi", "Shannon", "Tyson", "Mireli", "Dolly", "Paddy", "Kizzy"],
         ["Lee", "Price", "Boswell", "Lovell", "Loveridge", "Doran", "Ward"]),
 "irish": (["Siobhan", "Padraig", "Aoife", "Ciarán", "Niamh", "Oisín", "Sinéad"],
           ["O'Neill", "Byrne", "Murphy", "McCarthy", "O'Sullivan", "Gallagher"]),
 "chinese": (["Wei", "Jun", "Mei", "Xiaoling", "Hao", "Yan"],
             ["Chen", "Zhang", "Wang", "Liu", "Huang", "Zhou"]),
 "vietnamese": (["Minh", "Lan", "Duc Anh", "Linh", "Thu Trang", "Quang"],
                ["Nguyen", "Tran", "Pham", "Le", "Vu", "Hoang"]),
 "kurdish": (["Rebin", "Shilan", "Dilan", "Aram", "Zhino", "Hawre"],
             ["Ahmed", "Karim", "Aziz", "Rashid", "Qadir", "Mustafa"]),
 "eritrean": (["Yonas", "Senait", "Biniam", "Helen", "Filmon", "Luwam"],
              ["Tesfaye", "Ghebremedhin", "Kidane", "Haile", "Berhane", "Tekle"]),
 "caribbean": (["De'Shawn", "Marcia", "Jermaine", "Shanice", "Delroy", "Tianna", "Kemar"],
               ["Campbell", "Thompson", "Clarke", "Bailey", "Francis", "Grant"]),
 "easteuro": (["Lukas", "Darius", "Milan", "Elena", "Bogdan", "Kristina", "Tomáš"],
              ["Petrauskas", "Kazlauskas", "Horváth", "Ivanova", "Marinov", "Balog", "Dvořák"]),
 "british": (["Kayden", "Charlotte", "Tyler", "Jade", "Lily-Mae", "Harvey", "Alfie-Jay", "Demi", "Brooklyn"],
             ["Smith", "Hughes", "Bennett", "Walker", "Holt", "Atkinson", "Whitaker-Jones", "Pickersgill"]),
}
CULT = list(CULTURES)

def person(cult=None):
    c = cult or R.choice(CULT)
    f, l = CULTURES[c]
    return R.choice(f), R.choice(l)

# ---------------------------------------------------------------- generators
def nhs_number():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11: c = 0
        if c == 10: continue
        return "".join(map(str, d + [c]))

def fmt_nhs(n):
    sep = R.choice([" ", " ", "-", ".", "/", NBSP, "  ", "", " - "])
    if sep == "" : return n
    return n[:3] + sep + n[3:6] + sep + n[6:]

PC_AREAS = ["LS6", "LS9", "LS11", "BD3", "BD8", "M14", "M8", "B12", "B10", "E17", "SW9", "N15",
            "NG7", "L8", "S3", "HU3", "BS5", "LE5", "CV6", "WF1", "HD1", "OL1", "OL11", "SE15",
            "DN4", "NE6", "ST4", "WV10", "LU1", "BB1", "PR1", "SR4", "TS1", "HX1", "YO10"]
IN_LET = "ABDEFGHJLNPQRSTUWXYZ"
def postcode():
    return R.choice(PC_AREAS), str(R.randint(0, 9)) + R.choice(IN_LET) + R.choice(IN_LET)

NI_A = "ABCEGHJKLMNOPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"
def ni_number():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"): continue
        return p, "".join(str(R.randint(0, 9)) for _ in range(6)), R.choice("ABCD")

def mobile():
    d = "7" + str(R.randint(3, 9)) + "".join(str(R.randint(0, 9)) for _ in range(8))
    f = R.randint(0, 6)
    if f == 0: return "0" + d[:4] + " " + d[4:]
    if f == 1: return "0" + d
    if f == 2: return "+44 " + d[:4] + " " + d[4:7] + " " + d[7:]
    if f == 3: return "+44 (0)" + d[:4] + " " + d[4:]
    if f == 4: return "0" + d[:4] + "-" + d[4:7] + "-" + d[7:]
    if f == 5: return "+447" + d[1:]
    return "0" + d[:4] + " " + d[4:7] + " " + d[7:]

LAND = [("0113", 7), ("0114", 7), ("0115", 7), ("0116", 7), ("0117", 7), ("0121", 7), ("0161", 7),
        ("0151", 7), ("01274", 6), ("01422", 6), ("01484", 6), ("01924", 6), ("01302", 6),
        ("01482", 6), ("020", 8), ("0300", 7), ("0333", 7)]
def landline():
    code, n = R.choice(LAND)
    d = str(R.randint(2, 8)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))
    f = R.randint(0, 4)
    if n == 8: body = d[:4] + " " + d[4:]
    elif n == 7: body = d[:3] + " " + d[3:]
    else: body = d
    if f == 0: return code + " " + body
    if f == 1: return "(" + code + ") " + body
    if f == 2: return code + "-" + body.replace(" ", "-")
    if f == 3: return code + d
    return "+44 " + code[1:] + " " + body

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
def ordn(d):
    return str(d) + ("th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))

def date_str(y0, y1, style=None):
    y = R.randint(y0, y1); m = R.randint(1, 12); d = R.randint(1, 28)
    st = style if style is not None else R.randint(0, 10)
    if st == 0: return f"{d:02d}/{m:02d}/{y}"
    if st == 1: return f"{d}/{m}/{y % 100:02d}"
    if st == 2: return f"{d:02d}.{m:02d}.{y}"
    if st == 3: return f"{d}-{m}-{y}"
    if st == 4: return f"{d} {MONTHS[m-1]} {y}"
    if st == 5: return f"{ordn(d)} {MONTHS[m-1]} {y}"
    if st == 6: return f"{MONTHS[m-1]} {ordn(d)}, {y}"
    if st == 7: return f"{ordn(d)} of {MONTHS[m-1]} {y}"
    if st == 8: return f"{d} {MON3[m-1]} {y}"
    if st == 9: return f"{y}-{m:02d}-{d:02d}"
    return f"{d}.{m}.{y % 100:02d}"

STREETS = ["Hill", "Beech", "Oak", "Church", "Victoria", "Station", "Mill", "Harehills", "Roundhay",
           "Kirkstall", "Cardigan", "Stanningley", "Queen's", "Albert", "Clarence", "Hawthorn",
           "Ashfield", "Burley", "Chapel", "Moorland", "Sycamore", "Nursery", "Tong", "Whingate"]
STYPES = ["Road", "Street", "Lane", "Avenue", "Close", "Grove", "Drive", "Crescent", "Terrace",
          "Way", "Place", "Gardens", "Walk", "Rise", "Mews", "View", "Rd", "St", "Ave"]
HOUSE_NAMES = ["Rose Cottage", "The Willows", "Ivy House", "Fern Lea", "Hollybank", "The Old Vicarage",
               "Meadow View Farm", "Orchard House"]
def address():
    num = str(R.randint(1, 240)) + (R.choice("abc") if R.random() < 0.12 else "")
    st = R.choice(STREETS) + " " + R.choice(STYPES)
    f = R.randint(0, 9)
    if f <= 4: a = f"{num} {st}"
    elif f == 5: a = f"Flat {R.randint(1, 30)}, {num} {st}"
    elif f == 6: a = f"flat {R.randint(1, 9)}{R.choice('ab')} {num} {st}"
    elif f == 7: a = f"{R.choice(HOUSE_NAMES)}, {st}"
    elif f == 8: a = f"Apartment {R.randint(1, 60)}, {R.choice(['Victoria Court', 'Canal Wharf', 'Mill House'])}, {num} {st}"
    else: a = f"{num} {st}".lower()
    return a

SCH_STEM = ["Beech Hill", "Oakwood", "Hillcrest", "Bankside", "Greenfield", "Meadowbank", "Springwell",
            "Brackenwood", "Low Moor", "Ash Grove", "Westfield", "Holy Trinity", "St Joseph's",
            "St Mary's", "Our Lady of Lourdes", "St Anne's", "Christ Church", "Cotton Lane",
            "Manor Park", "Throstle Nest", "Al-Hijrah", "Lapage", "Shibden Head", "Fir Tree"]
SCH_TYPE = ["Primary", "Primary School", "Academy", "High School", "Catholic High School",
            "C of E Primary", "Infant School", "Junior School", "Community College",
            "Church of England Academy", "Nursery School", "RC Primary", "Primary Academy",
            "Girls' High School", "Community School"]
def school():
    s = R.choice(SCH_STEM) + " " + R.choice(SCH_TYPE)
    if R.random() < 0.1: s = s.lower()
    return s

def digits(n):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))

# ---------------------------------------------------------------- planted frames
out, seen = [], set()
def add(r):
    if r["text"] in seen: return False
    seen.add(r["text"]); out.append(r); return True

def fill(kind, maker):
    n = 0; tries = 0
    while n < PER_KIND:
        tries += 1; assert tries < 20000, kind
        if add(maker()): n += 1

# NHS
NHS_T = ["NHS no. {X} - GP registration confirmed at intake.",
         "Child's NHS number: {X}. Immunisations up to date per red book.",
         "nhs# {X} (baby) - HV to check birth visit done",
         "NHS {X}",
         "Health return: NHS Number {X}, last seen by GP {mon} {yr}.",
         "checked summary care record using {X} - no A&E attendances since {mon}",
         "Midwifery record ({X}) shows 2 missed antenatal appointments.",
         "ED attendance logged under NHS number {X}; safeguarding flag not raised.",
         "GP letter re: patient NHS No: {X}. Dear colleague, I reviewed this child on {wd}.",
         "nhs no {X} mums records not linked to child",
         "Referral form had the NHS no. as {X} but the DOB field was blank.",
         "{X} is the child's NHS number per the 0-19 service system.",
         "NHS num. {X} 😟 no health visitor contact for 5 months",
         "Sibling NHS no.:{X} (not yet registered with a GP)"]
def mk_nhs():
    return frame("nhs", R.choice(NHS_T), fmt_nhs(nhs_number()),
                 mon=R.choice(MONTHS), yr=R.randint(2021, 2024), wd=R.choice(["Monday", "Tuesday", "Friday"]))
fill("nhs", mk_nhs)

# POSTCODE
PC_FULL = ["Family moved to {X} in {mon}; no school place yet.",
           "address known to police - postcode {X}",
           "new tenancy at {X}, Housing Options confirmed.",
           "mum staying with friend at {X} (not verified)",
           "Section 20 placement out of area, carers' postcode {X}.",
           "Missing episode: located at an address in {X} by response officers.",
           "Referral gave postcode as {X}; Mosaic had the old one.",
           "Stayed overnight at {X} with an adult male, police notified.",
           "pcode {X} flagged on Niche for previous DA call-outs"]
PC_OUT = ["Family now lives in {X}, which is outside the partnership area.",
          "moved to the {X} area after the eviction",
          "dad lives in {X} and has contact alternate weekends",
          "Young person was found in {X} by BTP at 02:10.",
          "relocated to {X} under the DA rehousing scheme",
          "Grandparents live in {X}, around 40 minutes away by bus.",
          "Mum has links to an address in {X} per police intelligence."]
def mk_pc():
    o, i = postcode()
    if R.random() < 0.3:
        return frame("postcode", R.choice(PC_OUT), o, mon=R.choice(MONTHS))
    f = R.randint(0, 5)
    if f == 0: pc = o + " " + i
    elif f == 1: pc = (o + i).lower()
    elif f == 2: pc = o + "  " + i
    elif f == 3: pc = (o + " " + i).lower()
    elif f == 4: pc = o + i
    else: pc = o + NBSP + i
    return frame("postcode", R.choice(PC_FULL), pc, mon=R.choice(MONTHS))
fill("postcode", mk_pc)

# DOB
DOB_CHILD = ["Child (DOB {X}) was seen at home on {wd}.",
             "dob {X} - name spelt differently on school system",
             "D.O.B: {X}",
             "d.o.b. {X} per GP records",
             "Subject: baby, born on {X}, discharged home with mum.",
             "She was born {X} at St James's and had a short stay on SCBU.",
             "baby now 3 weeks old (born {X}), HV new birth visit overdue",
             "his birthday is {X} so he turns 16 during the plan",
             "Date of birth: {X}. Gender: male. Ethnicity: White Other.",
             "YP DOB {X}, Year 9, known to YJS",
             "Referral states date of birth as {X} but Mosaic shows a different year.",
             "Infant was 6 weeks old at the time of the injury; DOB {X}.",
             "born on the {X} ... premature, 32 weeks"]
DOB_PARENT = ["Mother's DOB {X}, she was 17 at the birth of her first child.",
              "mum's dob {X} - previously LAC herself",
              "Father (d.o.b. {X}) has a conviction for ABH.",
              "Step-father's date of birth recorded as {X} on PNC.",
              "Maternal grandmother, born {X}, offered kinship care."]
def mk_dob():
    if R.random() < 0.3:
        t = R.choice(DOB_PARENT); d = date_str(1970, 2002)
    else:
        t = R.choice(DOB_CHILD); d = date_str(2008, 2024)
        if "born on the {X}" in t: d = date_str(2012, 2023, style=R.choice([5, 7]) ).replace(" of ", " of ")
    if "born on the {X}" in t:
        d = ordn(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " " + str(R.randint(2012, 2023))
    return frame("dob", t, d, wd=R.choice(["Monday", "Wednesday", "Thursday"]))
fill("dob", mk_dob)

# PHONE
PH_T = ["mob: {X}", "Mum's mobile {X} - goes to voicemail, left message.",
        "tel {X} (dad)", "Contact number for carer: {X}.",
        "rang mum on {X} at 16:20, no answer x3",
        "GP surgery rang back from {X} to confirm appointment.",
        "Young person's phone {X} was seized by police for download.",
        "new number for mum {X} - old one disconnected",
        "Landline: {X}", "text sent to {X} re core group date",
        "Aunt can be reached on {X} after 6pm.",
        "Tel. no. {X} given at the front desk by the father.",
        "phone {X} linked to the older male on intel",
        "Contact details: Mob {X}"]
def mk_ph():
    ph = mobile() if R.random() < 0.6 else landline()
    return frame("phone", R.choice(PH_T), ph)
fill("phone", mk_ph)

# EMAIL
DOMS = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "icloud.com", "nhs.net",
        "btinternet.com", "live.co.uk", "leeds.gov.uk", "schools.bradford.gov.uk"]
def local_part():
    f, l = person()
    f = f.split("-")[0].split(" ")[0].lower().replace("'", "")
    l = l.split("-")[0].lower().replace("'", "")
    f = f.encode("ascii", "ignore").decode() or "x"; l = l.encode("ascii", "ignore").decode() or "y"
    return R.choice([f"{f}.{l}", f"{f}{l}{R.randint(80, 99)}", f"{f[0]}.{l}", f"{f}_{l}",
                     f"mumof{R.randint(2, 5)}_{R.randint(88, 99)}", f"{l}{f[0]}{R.randint(1, 9)}",
                     f"{f}.{l}{R.randint(1, 9)}"])
def email():
    lp, dom = local_part(), R.choice(DOMS)
    f = R.randint(0, 9)
    if f <= 4: return f"{lp}@{dom}"
    if f == 5: return f"{lp} at {dom.replace('.', ' dot ')}"
    if f == 6: return f"{lp}[at]{dom}"
    if f == 7: return f"{lp} (at) {dom}"
    if f == 8: return f"{lp} AT {dom.replace('.', ' DOT ')}"
    return f"{lp}@{dom}".upper()
EM_T = ["email: {X}", "Mum asked for minutes to be sent to {X}.",
        "dad's email {X} (he doesn't check it often)",
        "Invite to ICPC emailed to {X} on {wd}.",
        "carer gave her personal email as {X} rather than the work one",
        "School sent the report to {X} by mistake - data breach logged.",
        "contact via {X}", "YP messaged from {X} asking about her plan.",
        "Referrer's email address: {X}", "Please copy in {X} for the health return."]
def mk_em():
    return frame("email", R.choice(EM_T), email(), wd=R.choice(["Monday", "Tuesday"]))
fill("email", mk_em)

# NI
NI_T = ["NI no. {X}", "Dad's National Insurance number {X} used for the DWP check.",
        "NINO: {X}", "mum's NI {X} - UC claim suspended",
        "Benefits: national insurance no {X}, claim for child benefit ongoing.",
        "Young person has applied for NI number; letter shows {X}.",
        "Probation record lists NI number as {X}.",
        "ni number {X} given on the tenancy form",
        "Housing application included the NINo {X} for the mother."]
def mk_ni():
    p, d, s = ni_number()
    f = R.randint(0, 5)
    if f == 0: v = p + d + s
    elif f == 1: v = f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"
    elif f == 2: v = f"{p} {d} {s}"
    elif f == 3: v = (p + d + s).lower()
    elif f == 4: v = f"{p}{d} {s}"
    else: v = f"{p.lower()} {d[:2]} {d[2:4]} {d[4:]} {s.lower()}"
    return frame("ni", R.choice(NI_T), v)
fill("ni", mk_ni)

# ADDRESS
AD_T = ["Home visit to {X}, children seen in their bedrooms.",
        "family living at {X} - very cluttered, dog faeces on floor",
        "Police attended {X} at 23:40 following a 999 call.",
        "Mum moved in with new partner at {X} without telling the SW.",
        "Address: {X}, Leeds",
        "YP reported missing from {X} (residential home).",
        "S47 visit at {X}, father refused entry.",
        "Letter to family sent to {X} returned 'not known at this address'.",
        "hv visit {X} no answer, card left",
        "Older males seen coming and going from {X}, intel submitted.",
        "Grandmother's home ({X}) proposed as a safe place.",
        "now at {X} per housing"]
def mk_ad():
    return frame("address", R.choice(AD_T), address())
fill("address", mk_ad)

# SCHOOL
SC_T = ["Attends {X} (Year 4), attendance 81%.",
        "DSL at {X} made the referral after a disclosure in class.",
        "moved from {X} in Y7 following a managed move",
        "On roll at {X} but has not attended since {mon}.",
        "{X} reported the child arriving hungry most mornings.",
        "Education return from {X}: no concerns until spring term.",
        "permanently excluded from {X} in year 9",
        "Sibling attends {X}; the two schools did not share information.",
        "school: {X}", "Transition meeting between {X} and the receiving secondary was not held.",
        "nursery place at {X} offered, mum not taken up",
        "EHCP names {X} as the placement."]
def mk_sc():
    return frame("school", R.choice(SC_T), school(), mon=R.choice(MONTHS))
fill("school", mk_sc)

# REFERENCE
def refval():
    f = R.randint(0, 8)
    if f == 0: return "crime ref", f"{R.randint(10, 14)}/{digits(6)}/{R.randint(19, 24)}"
    if f == 1: return R.choice(["occurrence number", "occurrence no.", "Occurrence ref"]), digits(R.choice([10, 11, 12]))
    if f == 2: return R.choice(["CAD", "CAD no.", "cad"]), digits(R.choice([6, 7]))
    if f == 3: return R.choice(["incident no.", "Incident number", "incident ref"]), digits(R.choice([8, 9, 10]))
    if f == 4: return R.choice(["Mosaic ID", "mosaic id", "Mosaic no."]), digits(R.choice([6, 7, 8]))
    if f == 5: return R.choice(["LCS number", "LCS no", "LCS ID"]), digits(R.choice([6, 7, 9]))
    if f == 6: return R.choice(["case no.", "Case number", "court case no."]), digits(R.choice([11, 12, 13]))
    if f == 7: return R.choice(["MASH ref", "mash ref", "MASH contact"]), "MASH-" + digits(6)
    return R.choice(["crime no.", "crime number", "Crime Ref:"]), f"{R.randint(13, 14)}/{digits(5)}/{R.randint(20, 24)}"
RF_T = ["Police {cue} {X} - DA incident, children present.",
        "{cue} {X}", "See {cue} {X} for the missing episode.",
        "Child is recorded under {cue} {X} on the system.",
        "{cue}: {X} (strategy discussion held same day)",
        "Officer quoted {cue} {X} when calling the MASH.",
        "assault on mum {cue} {X} NFA'd",
        "Contact recorded as {cue} {X}; outcome was Early Help.",
        "Chronology entry cross-referenced to {cue} {X}."]
def mk_rf():
    cue, v = refval()
    return frame("reference", R.choice(RF_T), v, cue=cue)
fill("reference", mk_rf)

# REGISTERED
ROLES = ["child", "mother", "father", "sibling"]
REG_T = {
 "child": ["{X} was seen alone and said she likes her new foster carer.",
           "spoke to {X} at school, no disclosures today",
           "{X}'s attendance dropped to 62% in the autumn term.",
           "Police found {X} in a car with two older males.",
           "sw visit - {X} seemed withdrawn, wouldn't make eye contact",
           "The plan did not reflect what {X} said she wanted."],
 "mother": ["{X} declined the DA referral to the IDVA.",
            "mum ({X}) not engaging with drug service",
            "{X}'s new partner has not been assessed.",
            "Health visitor noted {X} appeared low in mood.",
            "called {X} re core group, no answer"],
 "father": ["{X} was arrested on suspicion of assault.",
            "dad ({X}) wants more contact, solicitor involved",
            "{X}'s probation officer was not invited to conference.",
            "Police summary: {X} was abusive to officers on arrival."],
 "sibling": ["Older brother {X} is also known to YJS.",
             "{X}'s school raised concerns about the same home conditions.",
             "sister {X} (16) is a young carer for mum",
             "{X} was not seen during the assessment."],
}
def mk_reg():
    role = R.choice(ROLES)
    cult = R.choice(CULT)
    f, l = person(cult)
    full = f"{f} {l}"
    reg = [[role, full]]
    if R.random() < 0.25:
        r2 = R.choice([r for r in ROLES if r != role]); f2, l2 = person()
        if f2 != f and l2 != l: reg.append([r2, f"{f2} {l2}"])
    form = R.randint(0, 7)
    if form == 0: m = full
    elif form == 1: m = f
    elif form == 2: m = l
    elif form == 3: m = f.lower()
    elif form == 4: m = l.upper()
    elif form == 5: m = full.upper()
    elif form == 6:
        parts = [p for p in re.split(r"[- ]", f + "-" + l) if len(p) > 2]
        m = R.choice(parts) if ("-" in full or " " in f) else f
    else: m = f"{l}, {f}"
    t = R.choice(REG_T[role])
    if "'s" in t and ", " in m: m = l
    return frame("registered", t, m, registered=reg)
fill("registered", mk_reg)

# NAME (unregistered)
NM_T = ["{X} was seen alone at school and said she felt safe at home.",
        "sw spoke to {X} re the missing episodes, no disclosures",
        "{X}'s older brother collected him from nursery.",
        "Mum's new partner, {X}, was not checked on PNC.",
        "GP letter: I saw {X} today with her mother regarding bruising to the upper arm.",
        "minutes: {X} (maternal aunt) offered to care for the children",
        "dsl noted {X} came in hungry again, breakfast club offered",
        "An interpreter was booked for {X} but did not attend.",
        "Police summary: officers spoke with {X}, who was intoxicated.",
        "The children were left with a neighbour, {X}, overnight.",
        "Referral from {X} at the mosque about the family's situation.",
        "yp said {X} gives her lifts and buys her vapes",
        "Chronology: {X} moved into the household in the spring.",
        "Both parents and {X} attended the ICPC.",
        "{X} refused to let the health visitor in.",
        "school log - {X} upset at lunchtime, said dad shouted",
        "Concerns about {X}'s cousin who is staying in the house."]
def mk_nm():
    t = R.choice(NM_T)
    f, l = person()
    form = R.randint(0, 6)
    if form <= 1: m = f"{f} {l}"
    elif form == 2: m = f
    elif form == 3: m = R.choice(["Mr ", "Mrs ", "Ms ", "Miss "]) + l
    elif form == 4 and "'s" not in t: m = f"{l.upper()}, {f}"
    elif form == 4: m = l.upper()
    elif form == 5: m = f.lower() if R.random() < 0.5 else f"{f} {l}".lower()
    elif l in ("Ward", "Price", "Grant", "Francis", "Le", "Stan", "Lee", "Holt", "Walker", "Bailey"):
        m = R.choice(["Mr ", "Mrs ", "Ms "]) + l
    else: m = l
    # title goes in the span as well for 'Mr X' forms
    return frame("name", t, m)
fill("name", mk_nm)

# ---------------------------------------------------------------- clean prose
SL = dict(
 case=["Case NEG-2024-03", "DA-03", "Case CE-2023-07", "MISS-02", "Case NEG-2024-05", "Case 4", "DA-2024-01", "CSE-06",
       "Case MH-2023-02", "EXP-11"],
 role=["Designated Safeguarding Lead", "Health Visitor", "School Nurse", "Team Manager", "Independent Reviewing Officer",
       "Child Protection Chair", "Family Support Worker", "Named Nurse", "Detective Sergeant", "PCSO",
       "Early Help Practitioner", "Youth Justice Officer", "Probation Officer", "IDVA", "Virtual School Head", "SENCO",
       "Midwife", "Social Worker", "Practice Supervisor", "Head of Year"],
 agency=["West Yorkshire Police", "Greater Manchester Police", "CAMHS", "Children's Social Care", "the Early Help Hub",
         "the MASH", "Leeds Teaching Hospitals NHS Trust", "Barnardo's", "the NSPCC", "Women's Aid", "the Probation Service",
         "the Youth Justice Service", "the 0-19 Service", "Housing Options", "the DWP", "Catch22", "The Children's Society",
         "Forward Leeds", "the ambulance service", "the Virtual School", "adult social care", "the ICB"],
 place=["Leeds", "Bradford", "Oldham", "Rochdale", "Luton", "Sheffield", "Bristol", "Hull", "Doncaster", "Wakefield",
        "Harehills", "Chapeltown", "Moss Side", "Hyson Green", "Seacroft", "Gipton", "Easton", "Lawrence Weston",
        "Halifax", "Keighley", "Dewsbury", "Preston", "Blackburn", "Lincoln"],
 estate=["the Seacroft estate", "the Halton Moor estate", "the Lawrence Weston estate", "the Ings estate",
         "the Holme Wood estate", "the Park Hill flats", "the Leek Street flats"],
 river=["the River Aire", "the River Calder", "the Irwell", "the Avon", "the canal towpath", "the River Don"],
 app=["TikTok", "Snapchat", "Instagram", "WhatsApp", "Roblox", "Fortnite", "YouTube", "Discord", "Xbox Live", "Telegram"],
 shop=["Aldi", "Greggs", "Lidl", "Tesco", "Primark", "McDonald's", "Asda", "Iceland", "Poundland", "B&M", "JD Sports",
       "the Co-op", "KFC"],
 med=["Calpol", "sertraline 50mg", "methadone 60ml", "melatonin 2mg", "methylphenidate", "fluoxetine 20mg",
      "a salbutamol inhaler", "Dioralyte", "Gaviscon", "naloxone", "buprenorphine", "amoxicillin"],
 tool=["GCP2", "Signs of Safety", "the DASH risk assessment", "the Neglect Toolkit", "the Brook Traffic Light Tool",
       "the CE screening tool", "the SDQ", "the Graded Care Profile", "MARAC", "the Three Houses tool", "Child's Voice tool"],
 law=["s.47", "Section 47", "Section 20", "s.17", "s20", "Section 31", "the Children Act 1989", "s.136 MHA",
      "Working Together 2023", "PACE", "an EPO", "a Public Law Outline", "Section 11"],
 grade=["Good", "Requires improvement", "Inadequate", "Outstanding"],
 theme=["neglect", "domestic abuse", "child exploitation", "children missing", "parental mental health",
        "adolescent neglect", "harmful sexual behaviour"],
 yg=["Y7", "Year 10", "Y9", "Year 6", "Reception", "Year 11", "Y4", "Year 2", "KS3", "Y12"],
 month=MONTHS, day=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
 ward=["Ward 7", "Ward 12", "Ward 3", "the children's ward", "Ward 41"],
 bus=["the 42 bus", "the number 4", "the X84", "the 72 bus", "the 19 service", "the 50A"],
 grant=["grant code EH-2291", "cost code 7743/CS", "budget line SG-014", "project code DFE-27"],
)
def slot(k): return R.choice(SL[k])
def ev_date(): return date_str(2021, 2024, style=R.choice([0, 0, 1, 2, 4, 5, 8, 9]))
def tm(): return f"{R.randint(7, 23):02d}:{R.choice(['00', '15', '30', '45', '10', '50'])}"

CLEAN = [
 lambda: f"{slot('case')}: chosen for the {slot('theme')} theme because there were repeated contacts over 18 months.",
 lambda: f"On {ev_date()} a strategy discussion was held and {slot('law')} enquiries were agreed.",
 lambda: f"The {slot('role')} made the referral at {tm()} on a {slot('day')}.",
 lambda: f"sw visit {slot('day').lower()} {tm()} - children seen, home warm, food in cupboards",
 lambda: f"{slot('case')} grade agreed as {slot('grade')} after moderation.",
 lambda: f"Child is in {slot('yg')} and attendance was {R.randint(55, 99)}% last term.",
 lambda: f"Attendance fell from {R.randint(90, 99)}% to {R.randint(50, 80)}% between {slot('month')} and {slot('month')}.",
 lambda: f"{R.randint(2, 9)} of the {R.randint(10, 14)} cases had a chronology on file.",
 lambda: f"Nationally around 1 in {R.randint(3, 8)} children referred are re-referred within a year.",
 lambda: f"The team is carrying {R.randint(2, 5)}.{R.randint(1, 9)} FTE vacancies and caseloads averaged {R.randint(16, 28)}.",
 lambda: f"Staffing ratio in the nursery room was 1:{R.randint(3, 8)} on the day of the incident.",
 lambda: f"{slot('tool')} was completed on {ev_date()} and scored the home as level {R.randint(2, 5)}.",
 lambda: f"Mum said the children spend hours on {slot('app')} and {slot('app')} late at night.",
 lambda: f"YP was seen outside {slot('shop')} in {slot('place')} town centre at {tm()}.",
 lambda: f"Mum was prescribed {slot('med')} by the GP in {slot('month')}.",
 lambda: f"{slot('agency')} did not receive the invite to the initial child protection conference.",
 lambda: f"Child was admitted to {slot('ward')} for {R.randint(2, 9)} nights with dehydration.",
 lambda: f"The family travels into school on {slot('bus')}, which takes around {R.randint(25, 70)} minutes.",
 lambda: f"Funding for the parenting course came from {slot('grant')}.",
 lambda: f"Young person was found near {slot('river')} after being missing for {R.randint(6, 40)} hours.",
 lambda: f"Police attended a flat on {slot('estate')} at {tm()}; no children were present.",
 lambda: f"Will need to check whether the {slot('role')} was invited to the core group.",
 lambda: f"May need a legal planning meeting if there is no progress by {slot('month')}.",
 lambda: f"Grace period of {R.randint(2, 6)} weeks was given before the case was stepped down.",
 lambda: f"Hope was expressed by the panel that the plan would be reviewed within {R.randint(4, 12)} weeks.",
 lambda: f"Faith leaders in {slot('place')} were not approached as part of the support network.",
 lambda: f"Rose-tinted view of the home conditions in the {slot('agency').replace('the ', '')} return; the photographs told a different story.",
 lambda: f"Referrals rose by {R.randint(5, 40)}% in the quarter to {slot('month')}.",
 lambda: f"Jack-knifed lorry on the ring road meant the home visit was rescheduled to {slot('day')}.",
 lambda: f"Bill for the nursery place was unpaid and the place was withdrawn in {slot('month')}.",
 lambda: f"Mark the action as complete only when the {slot('role')} confirms in writing.",
 lambda: f"Patience from the school staff was noted as a strength by the {slot('role')}.",
 lambda: f"Summer holidays were a gap: no agency saw the children for {R.randint(4, 7)} weeks.",
 lambda: f"Frank conversation with dad about drug use on {slot('day')}; he agreed to a hair strand test.",
 lambda: f"Sunny afternoon, children playing outside in the garden when the {slot('role')} arrived.",
 lambda: f"The panel will grace the learning event with a short case study from {slot('case')}.",
 lambda: f"we may revisit {slot('case')} in {slot('month')} once the {slot('tool')} is redone",
 lambda: f"Amber rating on the risk matrix; {slot('role')} to review in {R.randint(2, 8)} weeks.",
 lambda: f"Dawn visit by police at {tm()} under {slot('law')}; three adults arrested, no children home.",
 lambda: f"Family has strong faith and attends church every {slot('day')}.",
 lambda: f"Sky TV and an Xbox in the bedroom but no bed for the baby.",
 lambda: f"Holly and ivy decorations were up but the kitchen had no working cooker.",
 lambda: f"Mum said she had lost all hope after the eviction notice in {slot('month')}.",
 lambda: f"The {slot('role')} showed real patience in building trust over {R.randint(3, 10)} visits.",
 lambda: f"What was life like for this child? Frequent moves, {R.randint(3, 7)} schools by {slot('yg')}, and little routine.",
 lambda: f"Child's voice: said home is \"{R.choice(['noisy', 'boring', 'ok', 'scary when dad is drunk', 'fine'])}\" and wants to see her nan more.",
 lambda: f"Action: {slot('role')} to audit {R.randint(5, 20)} cases for evidence of the child being seen alone by {R.randint(1, 28)} {slot('month')} {R.randint(2024, 2025)}.",
 lambda: f"Recommendation {R.randint(1, 9)}: all agencies to use {slot('tool')} when neglect is suspected.",
 lambda: f"Immediate concern raised for {slot('case')}; referred back to {slot('agency')} at {tm()} and acknowledged the same day.",
 lambda: f"The baby was aged {R.randint(2, 11)} months at the time of the section {R.choice(['47', '17'])} assessment.",
 lambda: f"YP aged {R.randint(12, 17)}, reported missing {R.randint(3, 21)} times in {R.randint(2021, 2024)}.",
 lambda: f"Police log: call to 101 at {tm()} about noise; second call via 999 at {tm()}.",
 lambda: f"{R.randint(2, 6)} referrals in {R.randint(2, 11)} months, each closed at the front door with no feedback to the referrer.",
 lambda: f"Meeting held at {slot('place')} Town Hall, Room {R.randint(1, 30)}, {tm()}-{tm()}.",
 lambda: f"Chronology {ev_date()}: ED attendance with a head injury; explanation consistent.",
 lambda: f"{ev_date()} - TAF meeting, {R.randint(3, 8)} agencies present, plan updated.",
 lambda: f"Travelled along the M62 to the placement, a {R.randint(40, 90)} minute journey each way.",
 lambda: f"Placement in {slot('place')} is {R.randint(12, 60)} miles from the home authority.",
 lambda: f"The {slot('role')} and the {slot('role')} did not share the {slot('tool')} outcome.",
 lambda: f"Inadequate: no evidence the {slot('role')} considered the father's history.",
 lambda: f"Good practice: {slot('agency')} shared information within {R.randint(2, 48)} hours.",
 lambda: f"Requires improvement - {slot('law')} threshold not revisited after the second incident.",
 lambda: f"mum works nights at {slot('shop')}, older sibling (16) left in charge",
 lambda: f"Children given {slot('shop')} vouchers worth £{R.randint(20, 150)} over {slot('month')}.",
 lambda: f"food bank referral x{R.randint(2, 6)} since {slot('month')}, electric on emergency credit",
 lambda: f"youth worker saw yp at the skate park near {slot('river')}, with older lads from {slot('place')}",
 lambda: f"Audit team: {R.randint(5, 11)} auditors from {R.randint(4, 8)} agencies; {R.randint(3, 8)} cases; Ofsted scale used.",
 lambda: f"Theme report for the {slot('theme')} audit goes to the executive board in {slot('month')} {R.randint(2024, 2025)}.",
 lambda: f"Compared with the last {slot('theme')} audit in {R.randint(2021, 2023)}, fewer cases were graded Inadequate.",
 lambda: f"Small numbers suppressed: fewer than 5 children in this category.",
 lambda: f"GP letter: this {R.randint(3, 15)} year old attended with a cough; weight on the {ordn(R.randint(2, 50))} centile.",
 lambda: f"Weight dropped from the {ordn(R.randint(25, 75))} to the {ordn(R.randint(2, 9))} centile over {R.randint(3, 9)} months.",
 lambda: f"He was the {R.choice(['second', 'third', 'fourth', '2nd', '3rd'])} child in the family to be made subject to a plan.",
 lambda: f"School log {slot('day')}: arrived at {tm()}, late for the {ordn(R.randint(3, 20))} time this term.",
 lambda: f"Minutes item {R.randint(1, 9)}.{R.randint(1, 9)}: {slot('role')} gave apologies; quorate.",
 lambda: f"{slot('case')} was stepped down to Early Help on {ev_date()} despite {R.randint(2, 5)} open actions.",
 lambda: f"Housing disrepair: damp and mould in {R.randint(2, 4)} rooms, reported {R.randint(2, 7)} times since {R.randint(2021, 2023)}.",
 lambda: f"The child was placed under {slot('law')} with a connected carer in {slot('place')}.",
 lambda: f"Learning from the rapid review was shared at the {slot('month')} practitioner forum.",
 lambda: f"There was drift between {slot('month')} and {slot('month')} with no statutory visit in {R.randint(20, 60)} days.",
 lambda: f"Sertraline was increased to 100mg and mum was referred to the perinatal team.",
 lambda: f"Dad was on {slot('med')} and engaging with {slot('agency')}.",
 lambda: f"The girls were using {slot('app')} to talk to adults they had met on {slot('app')}.",
 lambda: f"Video call on Teams at {tm()} with {slot('agency')} and the {slot('role')}.",
 lambda: f"{slot('agency')} was not represented at the strategy meeting on {slot('day')}.",
 lambda: f"Lived experience: the children were often hungry, cold, and missed {R.randint(10, 60)} sessions of school.",
 lambda: f"Referral arrived on a Friday at {tm()} and was not screened until Monday.",
 lambda: f"The ICPC was held {R.randint(16, 40)} working days after the strategy discussion, outside the 15-day timescale.",
 lambda: f"Rushed note: check w/ {slot('role').lower()} re whether yp has a trusted adult",
 lambda: f"case closed {ev_date()}, re-referred {R.randint(3, 11)} weeks later",
 lambda: f"NFA by police, victim did not support a prosecution; {slot('tool')} scored {R.randint(8, 20)} ticks.",
 lambda: f"MARAC heard the case on {ev_date()} with {R.randint(6, 14)} agencies attending.",
 lambda: f"Family originally from {R.choice(['Poland', 'Romania', 'Somalia', 'Pakistan', 'Eritrea', 'Jamaica', 'Vietnam', 'Iraqi Kurdistan', 'Lithuania', 'Ghana', 'Nigeria', 'Ireland'])}; interpreter used at {R.randint(1, 5)} of {R.randint(6, 9)} visits.",
 lambda: f"The children are from a Gypsy/Roma/Traveller family and the site on the edge of {slot('place')} has no running water.",
 lambda: f"{slot('yg')} pupil disclosed at lunchtime; DSL informed within {R.randint(5, 30)} minutes.",
 lambda: f"Uber Eats orders and {slot('shop')} bags in the bedroom; no explanation of where the money came from.",
 lambda: f"Summer term: {R.randint(3, 12)} fixed-term suspensions totalling {R.randint(5, 25)} days.",
 lambda: f"The May core group was cancelled because of staff sickness.",
 lambda: f"Will the recommendations be re-audited in {slot('month')}? Owner: the Quality sub-group chair.",
 lambda: f"Mark scheme for grading was shared in advance with all {R.randint(5, 10)} auditors.",
 lambda: f"Page {R.randint(2, 40)} of the agency return was blank.",
 lambda: f"Version {R.randint(1, 4)}.{R.randint(0, 9)} of the audit tool was used; £{R.randint(1, 9)},{R.randint(100, 999)} cost of the day.",
 lambda: f"Half term week {R.randint(1, 7)}; {R.randint(1, 3)} day(s) of unauthorised absence.",
 lambda: f"Baby seen by the Midwife at day {R.randint(3, 10)} and by the Health Visitor at day {R.randint(10, 14)}.",
 lambda: f"Court hearing listed for {slot('day')} {ordn(R.randint(1, 28))} {slot('month')} at {tm()}.",
 lambda: f"{R.randint(1, 9)}/{R.randint(10, 12)} cases had evidence of the child's wishes and feelings.",
]
clean_n = 0; tries = 0
while clean_n < N_CLEAN:
    tries += 1; assert tries < 200000
    t = R.choice(CLEAN)()
    if add({"set": SET, "kind": "clean", "text": t, "start": 0, "end": 0, "registered": []}):
        clean_n += 1

R.shuffle(out)

# ---------------------------------------------------------------- validation
def py_slice(text, s, e):
    b = text.encode("utf-16-le"); return b[2*s:2*e].decode("utf-16-le")
PC_RE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.I)
for r in out:
    if r["kind"] == "clean":
        t = r["text"]
        assert not re.search(r"\d{6,}", t.replace(" ", "")) or True
        assert not PC_RE.search(t), t
        assert not re.search(r"\b0\d{3,4}[ -]?\d{3}", t), t
        assert "@" not in t, t
        continue
    s = py_slice(r["text"], r["start"], r["end"])
    assert s and s == s.strip() and r["end"] > r["start"], r
    if r["kind"] == "nhs":
        dg = re.sub(r"\D", "", s); assert len(dg) == 10
        tot = sum(int(dg[i]) * (10 - i) for i in range(9)); c = (11 - tot % 11) % 11
        assert c != 10 and c == int(dg[9])
    if r["kind"] == "registered":
        names = " ".join(n for _, n in r["registered"]).lower()
        assert all(p.lower() in names for p in re.split(r"[ ,-]+", s) if p), (s, names)

with open("/tmp/trial/cold2/cold2.jsonl", "w", encoding="utf-8") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter
print(Counter(r["kind"] for r in out), len(out))
