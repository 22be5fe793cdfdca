#!/usr/bin/env python3
"""Cold, independent guard corpus. Written without sight of the recognisers or the
project's own corpus. Planted identifier is marked «like this» in each template;
the generator strips the marks and records UTF-16 offsets. Fixed seed."""
import json, random, re, sys

rng = random.Random(20261203)
NB = "\u00a0"   # no-break space
TH = "\u2009"   # thin space

# ---------------------------------------------------------------- helpers
def nhs_valid():
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - (s % 11)
        if c == 11: c = 0
        if c == 10: continue
        return "".join(map(str, d)) + str(c)

def nhs_invalid():
    while True:
        n = nhs_valid()
        bad = str((int(n[-1]) + rng.randint(1, 8)) % 10)
        m = n[:-1] + bad
        d = [int(x) for x in m[:9]]
        s = sum(x * (10 - i) for i, x in enumerate(d)); c = (11 - s % 11) % 11
        if c != int(m[-1]):
            return m

def g334(n, sep=" "): return n[:3] + sep + n[3:6] + sep + n[6:]

NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
def ni():
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    digs = "".join(str(rng.randint(0, 9)) for _ in range(6))
    return p, digs, rng.choice("ABCD")

def mob():
    return "07" + str(rng.choice([3,4,5,7,8,9])) + "".join(str(rng.randint(0,9)) for _ in range(8))

items = []
def add(kind, tmpl, reg=None, note=""):
    items.append((kind, tmpl, reg or [], note))

# ---------------------------------------------------------------- NHS (>=30)
nhs_frames = [
    "HV notes: baby «{}» seen at clinic, weight on 9th centile.",
    "GP letter re: child, NHS no. «{}», seen with mum for chest infection.",
    "NHS number: «{}» (from the red book)",
    "nhs no «{}» - 4 missed imms appts, DNA letter sent",
    "Health records checked under NHS No:«{}», no A&E attendances since May.",
    "school nurse had NHS #«{}» on the referral form",
    "The midwife's booking note gives «{}» for the unborn baby's mother.",
    "Child's NHS «{}» was used to request the CP-IS flag.",
    "CAMHS triage - ref to child by nhs number «{}» only",
    "Sibling (NHS No. «{}») not brought to dental appointment x3.",
    "Discharge summary lists «{}» and a follow up in 6/52.",
    "ED attendance, patient no «{}», head injury, no safeguarding query recorded.",
    "«{}» is the NHS number on the 0-19 record, which the HV confirmed.",
    "Checked SCR using «{}» on the morning of the strategy discussion.",
]
fmts = [
    ("334", lambda n: g334(n)), ("334nb", lambda n: g334(n, NB)), ("334dot", lambda n: g334(n, ".")),
    ("334dash", lambda n: g334(n, "-")), ("10", lambda n: n), ("334th", lambda n: g334(n, TH)),
    ("3-3-4 double space", lambda n: g334(n, "  ")), ("3 slash", lambda n: g334(n, "/")),
]
for i in range(36):
    f = nhs_frames[i % len(nhs_frames)]
    name, fn = fmts[i % len(fmts)]
    n = nhs_valid() if i % 4 else nhs_invalid()
    add("nhs", f.format(fn(n)), note=f"nhs {name} {'valid' if i % 4 else 'badcheck'}")
# odd groupings a hurried typist makes
n = nhs_valid(); add("nhs", f"NHS no «{n[:4]} {n[4:7]} {n[7:]}» per GP", note="nhs 4-3-3 cued")
n = nhs_valid(); add("nhs", f"nhs number «{n[:5]} {n[5:]}», DNA x2", note="nhs 5-5 cued")
n = nhs_valid(); add("nhs", f"Child's NHS: «{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}»", note="nhs 3-3-2-2 cued (beyond claim)")
n = nhs_valid(); add("nhs", f"NHS number «({n[:3]}) {n[3:6]} {n[6:]}» on the HV record.", note="nhs bracketed group cued")

# ---------------------------------------------------------------- phone (>=30)
def m_fmt(m, k):
    r = m[1:]  # 10 digits after 0
    return {
        0: m[:5] + " " + m[5:],
        1: m,
        2: "+44 (0)" + r[:4] + " " + r[4:],
        3: "+44 " + r[:4] + " " + r[4:7] + " " + r[7:],
        4: "0044 " + r[:4] + " " + r[4:],
        5: "+44" + r,
        6: m[:5] + "-" + m[5:8] + "-" + m[8:],
        7: m[:5] + "." + m[5:8] + "." + m[8:],
        8: m[:5] + NB + m[5:],
        9: "(" + m[:5] + ") " + m[5:],
        10: "+44(0)" + r,
        11: m[:4] + " " + m[4:7] + " " + m[7:],
    }[k]
phone_frames = [
    "Mum's new mobile is «{}», she asked that letters are not sent.",
    "mob «{}» (dad) - no answer x3",
    "Called Nan on «{}» at 16:40 to check the children were home.",
    "Contact number given to MASH was «{}» but it was not in use.",
    "Police occurrence summary: caller rang from «{}», stated partner had a knife.",
    "DSL log: rang mum «{}» re lateness, no reply, voicemail left.",
    "Probation note - PoP's phone «{}», reports no contact with the child.",
    "tel «{}» - aunt, willing to be assessed as kinship carer",
    "«{}» is the number the young person gave to the outreach worker.",
    "Texts came from «{}», a number linked to the county lines investigation.",
    "Please call the foster carer on «{}» before any visit.",
    "GP surgery left a message for mum on «{}» about the missed 8 week check.",
]
for i in range(24):
    add("phone", phone_frames[i % len(phone_frames)].format(m_fmt(mob(), i % 12)), note=f"mobile fmt{i%12}")
landlines = [
    ("0113 496 0731", "leeds 0113 3-3-4"), ("(0113) 4960731", "bracket std"), ("0113-496-0731", "hyphen landline"),
    ("020 7946 0018", "london 020"), ("(020) 7946 0018", "london bracket"), ("01632 960 481", "5-digit std"),
    ("0161 496 0022", "manchester"), ("0121 496 0995", "birmingham"), ("+44 113 496 0731", "intl landline"),
    ("+44 (0) 20 7946 0018", "intl (0) london spaced"), ("0114 496 0000", "sheffield"), ("01274 960 223", "bradford"),
]
land_frames = [
    "Grandad's landline «{}», he is the main carer at weekends.",
    "home phone «{}» (rarely answered)",
    "The school rang the family home on «{}» at 09:15.",
    "Neighbour called police from «{}» after hearing shouting.",
]
for i, (num, nt) in enumerate(landlines):
    add("phone", land_frames[i % 4].format(num), note="landline " + nt)
add("phone", "mum gave her number as «07 700 900 461» to the HV", note="mobile odd 2-3-3-3")
add("phone", "Dad's mob: «0 7 7 0 0 9 0 0 4 6 1» as written on the form", note="digits all spaced")
add("phone", "Contact via «+44 7700 900461» or via the school.", note="intl no (0)")
add("phone", "on «07700900461.» she said", note="trailing dot")

# ---------------------------------------------------------------- email (>=30)
emails = [
    "Mum's email «kerrysmith1987@hotmail.co.uk» is on the referral.",
    "Sent the minutes to «jo.bloggs@leeds.gov.uk» by mistake - breach logged.",
    "dad emails from «DAZ_B@GMAIL.COM» (all caps as typed)",
    "Contact «tracey.o'neill@nhs.net» for the HV records.",
    "She gave her email as «jo at example dot org».",
    "email: «kayla[at]outlook[dot]com»",
    "The foster carer's address «j.smith (at) example.org» was copied into the case notes.",
    "young person's Snapchat linked to «lil.k.2009 at gmail dot com»",
    "Forwarded to «safeguarding.lead@oakfield.sch.uk» at 14:02.",
    "«aunty_bee@yahoo.co.uk» sent photos of the bruising to the school.",
    "Email from «m.hussain@bradford.nhs.uk» confirms the GP did not attend.",
    "Nan's email «nanjune at btinternet dot com» for updates",
    "Probation: PoP uses «danny.w.88@icloud.com».",
    "Mum asked that letters go to «KERRY.SMITH AT GMAIL DOT COM» not home.",
    "«jordan(at)hotmail(dot)co(dot)uk» was the account on the tablet",
    "email <«s.patel@example.org»>",
    "Police disclosure went to «dc.smith@westyorkshire.police.uk» not the DSL.",
    "His Xbox account was registered to «ryanb2010@gmail.com».",
    "She wrote «zainab dot hussain at gmail dot com» on the consent form.",
    "mailto:«lisa.grant@barnardos.org.uk»",
    "Childminder's email «littlestars.cm@outlook.com» was used for the TAF invite.",
    "e-mail «k.nowak @ wp.pl» (space round the @)",
    "The TikTok was linked to «aaliyah_x_x@hotmail.com».",
    "Dad's work email «lee.doherty@arco.co.uk» should not be used.",
    "email «mia.jones23 at live dot co dot uk»",
    "Contacted IRO via «claire.bennett@kirklees.gov.uk».",
    "CAMHS letter cc'd to «drpatel@nhs.net».",
    "Mum's gmail «jadeyboo at gmail.com» given verbally",
    "he uses «t.mensah[@]proton.me» for everything",
    "The email «olek.k@o2.pl» came up in the Niche search.",
    "«Chantelle.Marie.W@hotmail.com» – mum's, per school admissions",
    "address for reports: «sophie at sophiesmith dot co dot uk»",
    "Email «j_adeyemi99@yahoo.com» belongs to the older brother.",
    "She gave «bethany at outlook dot com» as her contact.",
]
for e in emails: add("email", e, note="email")

# ---------------------------------------------------------------- NI (>=30)
ni_frames = [
    ("NI no: «{}» (mum), used for the benefits check.", "sp"),
    ("Dad's National Insurance number «{}» was on the tenancy form.", "sp"),
    ("NINO «{}» - UC claim stopped in March", "cat"),
    ("Probation note: PoP NI «{}», address NFA.", "hyph"),
    ("Young person's NI number «{}» came through in Year 11.", "sp"),
    ("«{}» is on the DWP letter found in the kitchen.", "cat"),
    ("The care leaver's NINo is «{}».", "sp"),
    ("ni number «{}» (typed lower)", "lower"),
    ("National Insurance: «{}»", "nosuffix"),
    ("Benefit letter quoted «{}» for the stepfather.", "sp"),
    ("nat ins no «{}»", "sp"),
    ("Mum gave her NI as «{}» on the housing form.", "lowercue"),
]
for i in range(36):
    f, st = ni_frames[i % len(ni_frames)]
    p, d, s = ni()
    v = {"sp": f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}", "cat": f"{p}{d}{s}", "hyph": f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}",
         "lower": f"{p}{d}{s}".lower(), "nosuffix": f"{p}{d}", "lowercue": f"{p.lower()} {d} {s.lower()}"}[st]
    if i >= 24 and st == "sp":
        v = f"{p}{NB}{d[:2]}{NB}{d[2:4]}{NB}{d[4:]}{NB}{s}"; st = "nbsp"
    add("ni", f.format(v), note="ni " + st)

# ---------------------------------------------------------------- postcode (>=30)
pcs = [
    "Family moved to «LS9 6QT» in the summer holidays.",
    "Address: 14 Foxwood Ave, Leeds «ls8 3pq»",
    "The new tenancy is in «BD3 9QT», near the mosque.",
    "Police attended «M14 5RT» twice in October.",
    "postcode «SW1A 1AA» given by mum (later found false)",
    "lives in «BD8», with maternal aunt",
    "moved to «M14» area after the eviction",
    "Child placed out of area at «NE4 7YT».",
    "The refuge is in «S10», so the address is withheld.",
    "DSL note: pupil now living at nan's, «B23 6TH».",
    "«L8 1XY» - address of the alleged perpetrator",
    "Hotel placement in «EC1V 2NX» (temporary accommodation).",
    "new address «CR0 2AB» confirmed by housing",
    "Referral gave «bs56ep» with no house number.",
    "GP letter to «W1T 3JH» returned 'not known at this address'.",
    "dad lives «TS1 2AB» (unconfirmed)",
    "The Section 20 placement is in «PL1 1AA».",
    "Mum's new flat is «NG7 1FB».",
    "Probation: approved premises «LS11 8BU».",
    "HV visit to «wf1 2hq», no answer, card left.",
    "She said she was staying at «DN4 0RW» with a friend.",
    "Missing episode, found at «SK1 3XE» by BTP.",
    "Moved to «CV1», near the city centre",
    "family now in «LE4» area, not yet registered with GP",
    "CSC checked «HU3 2PB» on Mosaic and found a previous address.",
    "«OL1 1NL», a shared house, is where the young person was found.",
    "Cuckooed flat at «LS6  2AB» (double space as pasted).",
    "Address on the Niche record: «LS6" + NB + "2AB».",
    "School admission form lists «BB1 7JJ».",
    "Placement address withheld; postcode area «LS12» only",
    "Young person traced to «G51 1AB» in Glasgow.",
    "Grandparents in «CF24 3AA», Cardiff.",
    "found at «CRO 2AB» (letter O typed for zero)",
    "pc «ls11 5qq» per housing",
]
for p in pcs: add("postcode", p, note="postcode")

# ---------------------------------------------------------------- address (>=30)
addrs = [
    "Mum and the children moved to «Flat 2b, 14 Mill Lane» in January.",
    "Home visit at «12a Harehills Avenue», the children were not seen.",
    "Police attended «45 Chapeltown Rd» at 02:10.",
    "The property at «3 Oak Tree Close» was cluttered and cold.",
    "Dad is staying at «27 Stoney Rock Lane» with his brother.",
    "«19 Wellington Street» is the address on the tenancy.",
    "HV note - new address «7 Acacia Avenue», 2nd floor.",
    "Occurrence: domestic at «33 Hyde Park Terrace», children present.",
    "Moved from «12-14 Victoria Road» (HMO) to a refuge.",
    "Nan lives at «16 Kirkstall Gardens» and collects from school.",
    "«Apartment 12», the only flat with no smoke alarm, was theirs.",
    "The young person was found at «101 St Helens Way».",
    "Referral gave «24 Elm Crescent» but the family had left.",
    "Probation: PoP's approved address «41 Dewsbury Road».",
    "Cuckooing suspected at «Flat 3, Kingsley Court».",
    "«8 The Grove» was the address of the party where she was assaulted.",
    "Visit to «2 Nowell Place» - conditions much improved.",
    "Police log: «flat 6, 22 Cardigan Road», concern for welfare.",
    "Children seen at maternal aunt's, «5 Meadow View».",
    "The HMO at «88 Beeston Hill» has six adults unrelated to the child.",
    "Mum's partner gave «No. 9 Church Walk» as his address.",
    "«6 Foxwood Mews» is where the children stay on Saturdays.",
    "Letter sent to «22 Park Row» returned.",
    "Found at «Top Floor Flat, 9 Brudenell Grove».",
    "«Room 4, 12 Cardigan Road» is a supported lodging.",
    "HV couldn't find «14 mill lane» (typed lower case), no answer.",
    "Family re-housed to «Flat 1, 77 Cowley Rd».",
    "Dad lives at «31 Ashbourne Drive» with a new partner.",
    "Strategy discussion noted «10 Beech Way» as the perpetrator's address.",
    "Mum is at «59A Roundhay Road» now.",
    "The incident happened outside «Flat 14 Lincoln Green Court».",
    "sibling living «4 Osmondthorpe Lane», not known to services",
    "Caravan on the site at «Plot 7, Cottingley Springs».",
    "Staying at «113 Tong Road» with friends.",
    "school bus drops him at «2 St Anne's Close».",
]
for a in addrs: add("address", a, note="address")

# ---------------------------------------------------------------- school (>=30)
schools = [
    "She started at «Oakwood Primary» in September.",
    "Attends «St Mary's CE Primary School», Year 4.",
    "DSL at «St Mary's C of E Primary» made the referral.",
    "Moved from «Holy Rosary RC Primary» after the exclusion.",
    "«Leeds West Academy» logged 14 incidents on CPOMS.",
    "Sibling at «Park View Infant School», attendance 82%.",
    "«Greenhill Junior School» report that he is often hungry.",
    "Little one goes to «Little Acorns Day Nursery» three days a week.",
    "Older brother enrolled at «Notre Dame Sixth Form College».",
    "«St. Joseph's Catholic Primary» had no safeguarding file for him.",
    "Head of Year at «Bishop Young CE Academy» attended the ICPC.",
    "Transferred to «Sacred Heart RC Primary» in Year 2.",
    "«Beckfield Primary Academy» raised the neglect concern.",
    "«Brigshaw High School» put him on a part-time timetable.",
    "dsl from «st anne's primary» rang MASH (lower case)",
    "Year 9 at «Allerton Grange School».",
    "She attends «Bradford Girls' Grammar School» and is doing well.",
    "«Iqra Academy» report she is withdrawn.",
    "The nursery («Bright Beginnings Nursery») noticed the bruise.",
    "«Moor End Academy» shared the DSL log.",
    "At «Abbey Grange C of E Academy» she was seen by the school nurse.",
    "Younger sibling at «Westfield Infants».",
    "EHCP names «Hillcrest Academy» as the placement.",
    "«Ninelands Primary» reported him missing education.",
    "The PRU («Elmete Central» ) took him after the permanent exclusion.",
    "DSL of «Carr Manor Community School» chaired the TAF.",
    "Applied to «Lawnswood High» for Year 7.",
    "«Khalsa Primary» were not invited to the strategy discussion.",
    "He is on roll at «The Ruth Gorse Academy».",
    "She was at «Woodlands Nursery and Pre-School» until age 4.",
    "«Ravenscliffe High School and Sports College» attended the conference.",
    "pupil at «Shakespeare Primary» (a Leeds school)",
    "Alternative provision at «Springwell Academy».",
    "«St Bart's CE Primary» is where her brother goes.",
    "Sister attends «Cockburn John Charles Academy».",
]
for s in schools: add("school", s, note="school")

# ---------------------------------------------------------------- reference (>=30)
refs = [
    "Crime ref «13240123456» recorded for the assault.",
    "Police occurrence «12/345678/24» relates to the DA incident.",
    "occurrence no. «12/998877/25» - missing from home",
    "incident number «0456» of 14/03 - concern for welfare",
    "CAD «3312» at 22:14, caller was the neighbour.",
    "Storm ref «1234-150324», officers attended.",
    "Niche «24000123456», suspect was mum's partner.",
    "URN «24/1234» for the Operation Encompass notification.",
    "CRN «A123456» on the probation record.",
    "PNC «24/123456A» shows previous for violence.",
    "Mosaic ID «1234567» - open CIN case.",
    "LCS «765432» was closed to CSC in 2023.",
    "Liquidlogic «123456» - single assessment outstanding.",
    "EHM «98765», early help since Feb.",
    "CSC id «4455667» attached to both siblings.",
    "social care id «223344»",
    "Log «1987» 03/03/24 refers, DA with child present.",
    "See «13/222333/24» for the earlier missing episode.",
    "crime reference number «13250099887»",
    "Police ref «12/111222/23» (second incident).",
    "The Niche occurrence «12/445566/24» was not shared with school.",
    "Occurrence «12/556677/25» notes the child was asleep upstairs.",
    "Mosaic «7788990» flags a previous CP plan.",
    "crime no «13239988776»",
    "Op Encompass log «2201» not received by the DSL.",
    "PNC ID «19/445566B»",
    "Storm «5521» of 21/06/24",
    "Athena ref «42240054321» (Essex) - shown for contrast",
    "Eclipse ID «889900» (LA system)",
    "Occ «12/332211/24», DA, no arrest",
    "Mosaic no.«5566778» in the file name",
    "Liquidlogic ID: «99887766»",
]
for r in refs: add("reference", r, note="reference")

# ---------------------------------------------------------------- DOB (>=30)
dobs = [
    "DOB «03/03/2019», currently in Reception.",
    "dob «3rd March 2019» per the referral",
    "D.O.B. «3.3.19»",
    "Child born «03.03.19» at LGI, 34 weeks.",
    "Date of birth: «2019-03-03».",
    "born on «3 Mar 19», the youngest of four.",
    "Her birthday is «3rd March» and mum forgot it again.",
    "Mum (DOB «14/07/1994») has a previous CP history.",
    "Ellie «(12.05.2016)» was not seen alone.",
    "Baby born in «March 2025», not registered with a GP.",
    "Seen 14/11/2026, baby «6 weeks old», weight static.",
    "On 02/10/2026 the HV visited the «10-day-old» baby.",
    "Visit 12.11.26 - baby «aged 3 weeks», mum low.",
    "d.o.b «3/3/19»",
    "DoB:«03/03/2019»",
    "DOB «3rd of March 2019»",
    "born «March 3rd 2019»",
    "Dad (D.O.B «22.09.1988») is a registered sex offender.",
    "Jayden, «14/02/2012», was missing for 3 days.",
    "Sibling 2: dob «1/9/2020»",
    "Kyle born «19/05/2010» - the eldest.",
    "date of birth «19 May 2010»",
    "dob «19-05-10»",
    "Baby Ava, born «1 April 2026» at 36 weeks, was discharged.",
    "DOB: «01.04.2026»",
    "Step-dad (dob «1982») is on licence.",
    "Unborn, EDD «14/06/2027» - pre-birth assessment.",
    "Born «29.02.2016», a leap-year baby.",
    "dob «2nd feb 2014»",
    "DOB «Feb 2, 2014»",
    "b. «02/02/2014»",
    "Freya «(3)», DOB «05/09/2023» is the youngest.",
    "Seen 20/11/2026: «5 day old» baby, jaundiced.",
    "Leonie, «born 11/11/2011», is Looked After.",
]
for d in dobs:
    if d.count("«") > 1:  # keep only last mark as the plant
        first = d.index("«"); d = d[:first] + d[first+1:d.index("»")] + d[d.index("»")+1:]
    add("dob", d, note="dob")

# ---------------------------------------------------------------- registered names (>=30)
reg_cases = [
    ("«kayden» was seen alone at school (typed lower case).", [["child", "Kayden Smith"]]),
    ("We saw «KAYDEN’S» bedroom, no bed.", [["child", "Kayden Smith"]]),
    ("«Kayden's» mum declined the assessment.", [["child", "Kayden Smith"]]),
    ("Mum and «Smith» family were known to Early Help.", [["child", "Kayden Smith"]]),
    ("«Amelia-Rose» was on a CP plan for neglect.", [["child", "Amelia-Rose Hughes"]]),
    ("HV saw «amelia-rose» at home with nan.", [["child", "Amelia-Rose Hughes"]]),
    ("«Grace» was seen alone and spoke about the shouting.", [["child", "Grace Okafor"]]),
    ("The school said «grace» is often late.", [["child", "Grace Okafor"]]),
    ("«Okafor» children were seen together.", [["child", "Grace Okafor"]]),
    ("Dad («Darren») left the home in June.", [["father", "Darren Wilkinson"]]),
    ("«darren wilkinson» was arrested for breach.", [["father", "Darren Wilkinson"]]),
    ("Probation: «WILKINSON» not engaging.", [["father", "Darren Wilkinson"]]),
    ("«Zofia» told her teacher she was scared.", [["child", "Zofia Wiśniewska"]]),
    ("Mum, Ms «Wiśniewska», attended the ICPC.", [["child", "Zofia Wiśniewska"]]),
    ("Mum, Ms «Wisniewska», attended the RCPC (no diacritic).", [["child", "Zofia Wiśniewska"]]),
    ("«Muhammad» was not brought to clinic.", [["child", "Muhammad Ali Khan"]]),
    ("a text from «Zofia» said she was safe", [["child", "Zofia Wiśniewska"]]),
    ("A referral for «May» came from the GP.", [["child", "May Begum"]]),
    ("supervising «Sock» on contact went well", [["child", "Sock Ndlovu"]]),
    ("«Pat» told her teacher about the bruise.", [["child", "Pat Brennan"]]),
    ("«Tia-Mae's» nursery noticed weight loss.", [["child", "Tia-Mae O'Connor"]]),
    ("«O'Connor» household known to police.", [["child", "Tia-Mae O'Connor"]]),
    ("the «o'connor» children were missing education", [["child", "Tia-Mae O'Connor"]]),
    ("«Summer» disclosed at school.", [["child", "Summer Ward"]]),
    ("Mr «Ward» refused entry to the SW.", [["child", "Summer Ward"]]),
    ("«Will» has not been seen since Tuesday.", [["child", "Will Fenton"]]),
    ("«Oluwaseun» (Seun) is in Y8.", [["child", "Oluwaseun Adeyemi"]]),
    ("«Adeyemi» family were offered EH.", [["child", "Oluwaseun Adeyemi"]]),
    ("Spoke to «Lien» at school; she was quiet.", [["child", "Lien Nguyen"]]),
    ("«Nguyen's» flat was cold.", [["child", "Lien Nguyen"]]),
    ("«Harpreet» attended with an interpreter.", [["mother", "Harpreet Kaur"]]),
    ("«KAUR» was the name on the tenancy.", [["mother", "Harpreet Kaur"]]),
    ("«Jaxon» said mum's boyfriend hits her.", [["child", "Jaxon Smith-Jones"]]),
    ("The «Smith-Jones» family moved area.", [["child", "Jaxon Smith-Jones"]]),
    ("«Kaydens» coat was wet through (no apostrophe).", [["child", "Kayden Smith"]]),
]
for t, reg in reg_cases: add("registered", t, reg, note="registered")

# ---------------------------------------------------------------- unregistered names (>=30, many)
names = [
    "Mum «Kerry» said the flat was being fumigated.",
    "her brother «Jaxon» was also present",
    "«Aaliyah» told her teacher she had not eaten.",
    "Mr «Okonkwo» attended the conference with his solicitor.",
    "Seen with «Zainab Hussain» at the clinic.",
    "«Nowak» was arrested on the 14th.",
    "HV saw «Kayden's» bedroom, which had no bed.",
    "«Amelia-Rose» was not brought to the 2 year check.",
    "Dad, «Callum O'Neill», refused to engage.",
    "Stepdad «Ionut Popescu» is not known to UK police.",
    "«Fatima Begum» was the only adult in the house.",
    "Spoke to «Oluwaseun» about his week at school.",
    "The school noted that «Wiktoria» was withdrawn.",
    "Nan, «Maureen Doherty», is the kinship carer.",
    "«Tendai» said the shouting scares her.",
    "GP letter: «Harpreet Kaur» is registered with us.",
    "DSL spoke to «Mehmet Yilmaz» about the absences.",
    "Child: «Oliwia»",
    "PC «Sandhu» took the first account.",
    "The «Mohamud» children were seen together.",
    "Sibling «Lily-Mae» was asleep.",
    "Maternal uncle «Tomasz Kowalczyk» collects from school.",
    "Dr «D'Souza» wrote to CSC.",
    "«Chiamaka Eze» disclosed to the school nurse.",
    "«Siobhan McDonagh»'s caravan was visited.",
    "The referral named «Abdirahman Warsame» as the alleged perpetrator.",
    "She said «Jordan» was her boyfriend and he is 19.",
    "Mum's new partner «Lee Maughan» has a DA history.",
    "Aunty «Shazia» looks after them on Fridays.",
    "Probation: «Vytautas» was recalled.",
    "«Precious» said she was scared of dad.",
    "Cousin «Rhys» lives with them.",
    "«Priya Mistry», the child's older sister, is 17.",
    "We saw «Łukasz» at the refuge.",
    "Mum, «Roxana Ionescu», needs an interpreter.",
    "«Kwame Mensah» was named in the DA log.",
    "«Niamh» was seen alone and said she likes school.",
    "Dad (aka «Bilal») was not at the home.",
    "Grandmother «Faduma» speaks Somali.",
    "the «Nguyen» family declined EH",
    "ICPC attended by Mrs «Chowdhury» (mother).",
    "«Zoë-Louise»'s weight has faltered.",
    "ran away with «Tyler» again",
    "spoke with «jayden» at school (lower case, unregistered)",
    "«Eilidh» wants to live with dad.",
    "Teacher overheard «Temitope» say she was hit.",
    "«Gökhan Şahin», mum's partner, left the UK.",
    "Dad «Darius Boateng» rang the SW.",
    "«Adebayo» had a bruise on his cheek.",
    "«Jakub» has not attended since half term.",
    "A referral for «Hodan» came from the school.",
    "The baby, «Nyasha», was weighed at clinic.",
    "«Patryk Zielinski» is mum's partner.",
    "Dad's partner «Chantelle» was present.",
    "A text from «Zofia» said she was safe.",
    "brother «Kacper» (16) does the school run",
    "«Tia-Mae» and «Brooke» are half-sisters.",
    "Social worker spoke to «Mr Abdi» by phone.",
]
for n in names:
    # sentences with two marks: keep the first as plant
    if n.count("«") > 1:
        second = n.index("«", n.index("»"))
        n = n[:second] + n[second+1:].replace("»", "", 1)
    add("name", n, note="name")

# ---------------------------------------------------------------- clean near-misses
clean = [
 # year groups, ordinals, counts
 "He is in Y10 and his attendance has dropped to 71%.",
 "Year 7 transition was poorly planned.",
 "She moved up to Y6 in September.",
 "This was the 2nd visit in a fortnight.",
 "On the 3rd visit the children were seen alone.",
 "The 4th strategy discussion agreed s47 enquiries.",
 "Reception class teacher raised the first concern.",
 "Three of the 5 cases had a CP plan.",
 "2 of 6 agencies returned their forms on time.",
 "1 in 4 children in the cohort were seen alone.",
 "Audit sample: 6 cases, 11 agencies, 2 days.",
 "KS2 SATs were not sat because of absence.",
 "Attendance was 88.4% in the autumn term.",
 "The 1st ICPC was held within 15 working days.",
 "It took 23 working days to complete the single assessment.",
 # dates in chronology
 "On 12/03/2024 the school referred to MASH.",
 "Strategy discussion held 14.02.24 with police and health.",
 "ICPC on 3rd March 2025 agreed a CP plan.",
 "The RCPC was held on 2 June 2025.",
 "Seen at home on 04/09/2025 at 16:30.",
 "The CIN plan ended on 31 January 2026.",
 "Case closed 2025-11-30 after step-down to Early Help.",
 "Home visit 05.10.2026, conditions improved.",
 "Between March and May 2025 there were 4 police call-outs.",
 "The audit covers the period 1 April 2025 to 31 March 2026.",
 "Referral received 10:42 on 6 June 2026.",
 "Last seen by the HV on 18th October.",
 "The GP was not invited to the 12/01/2026 conference.",
 "Mum's last appointment was 17.09.26 and she DNA'd.",
 "A further visit is booked for Tuesday 8 December.",
 # times and money and percentages
 "Visit started at 09:30 and ended at 10:15.",
 "Police attended at 2am and again at 04:20.",
 "Rent arrears of £1,250 led to the eviction notice.",
 "The family receive £85 a week in UC after deductions.",
 "Only 40% of action points were SMART.",
 "The EH worker is 0.5 FTE and covers two clusters.",
 "The review was completed in 24/7 cover by EDT.",
 "Caseloads averaged 22 children per SW.",
 # health notation
 "Follow up in 6/52 with the HV.",
 "Review in 3/12 by the paediatrician.",
 "Baby was born at 34 weeks and spent 2 weeks on SCBU.",
 "Weight dropped from the 50th to the 9th centile.",
 "Mum is 28 weeks pregnant with her fourth child.",
 "She was prescribed sertraline 50mg by the GP.",
 "Dad is on a methadone script of 60ml daily.",
 "Calpol and Movicol were found in the kitchen.",
 "Melatonin was prescribed for sleep by CAMHS.",
 "The EpiPen was out of date.",
 "He uses a salbutamol inhaler and has asthma.",
 "She was started on fluoxetine in Year 11.",
 "Buvidal injections replaced the daily methadone.",
 # legislation and policy
 "s47 enquiries were completed within timescales.",
 "Section 17 CA 1989 support was offered.",
 "Section 20 accommodation was agreed with mum.",
 "An EPO was considered but not sought.",
 "The PLO letter before proceedings was sent in May.",
 "Working Together 2023 was followed for the strategy discussion.",
 "KCSIE 2024 requires the DSL to keep a record.",
 "The Children Act 2004 s11 audit is due.",
 "A Clare's Law disclosure was made to mum.",
 "Section 136 MHA was used by police.",
 "An NRM referral was made for CCE.",
 # agencies & tools
 "MASH screened the contact within 24 hours.",
 "CAMHS declined the referral as it did not meet threshold.",
 "The ICB designated nurse attended the audit day.",
 "MARAC heard the case twice in 2025.",
 "MAPPA level 2 management was in place.",
 "Operation Encompass notifications were received by school.",
 "The DASH risk assessment was scored high risk.",
 "Graded Care Profile 2 was used in January.",
 "The Brook Traffic Light Tool was not used.",
 "Signs of Safety mapping took place at the TAF.",
 "The LADO was consulted about the foster carer.",
 "The IRO challenged the drift in the plan.",
 "The YJS worker shared the AssetPlus.",
 "The SENCO updated the EHCP in the spring.",
 "The Virtual School head attended the PEP.",
 "CPOMS entries showed a pattern of hunger.",
 "Mosaic was updated late by the SW.",
 "EDT attended out of hours.",
 "The DSL escalated to the Head.",
 "NSPCC and Barnardo's both had involvement.",
 "Women's Aid supported mum into the refuge.",
 "Home-Start volunteers visited weekly.",
 "Forward Leeds offered drug and alcohol support.",
 "Citizens Advice helped with the benefits appeal.",
 "Action for Children ran the family support group.",
 "Ofsted's ILACS inspection noted the same gap.",
 "HMICFRS found the same issue in 2024.",
 # words that are names used as words
 "Mum will attend the next TAF.",
 "Will the plan be reviewed in May?",
 "May was a difficult month for the family.",
 "Rose to the challenge of parenting four children.",
 "The grace period for the rent ended.",
 "Hope was expressed that dad would engage.",
 "Summer holidays were a time of greater risk.",
 "An Amber rating was given by the DSL.",
 "Faith groups were not involved in the plan.",
 "Frank discussion with mum about the risks.",
 "Mark the action as complete only with evidence.",
 "Chase up the GP for the missing report.",
 "Bill arrears were a source of stress.",
 "Joy at school was rarely recorded.",
 "Dawn visits by police found the children alone.",
 "Sterling work by the HV was noted.",
 "Major concerns were raised about the home conditions.",
 "Justice services did not attend.",
 "Grace and favour arrangements with the landlord broke down.",
 "Patience was shown by the school.",
 "Page 4 of the chronology is missing.",
 "Wood burner in the living room was unguarded.",
 "Holly and ivy decorations were up in March.",
 "River walks were the child's favourite thing.",
 "Young carers' service offered a break.",
 "Swift action by the DSL protected the child.",
 "Victory for the family at the tribunal.",
 "Ivy covered the back door which would not open.",
 # places
 "The family moved from Bradford to Leeds.",
 "Police in Harehills attended twice.",
 "She was found in Manchester city centre.",
 "He travelled to Blackpool by train.",
 "A cuckooed flat in Armley was raided.",
 "The refuge is outside the local authority area.",
 "Children placed in Wakefield with foster carers.",
 "Seen at LGI Children's A&E.",
 "Admitted to St James's for an overdose.",
 "Attended Pinderfields Hospital after the fall.",
 "Missing in London for two nights.",
 "She was trafficked from Albania.",
 "He is from Eritrea and is unaccompanied.",
 "The family are from Romania and speak Romanian.",
 "Dad returned to Pakistan for a month.",
 "The hostel in Chapeltown closed.",
 # apps & brands
 "Messages were sent on Snapchat and WhatsApp.",
 "He plays Fortnite until 3am.",
 "Images were shared on TikTok and Instagram.",
 "Roblox chats were reported to CEOP.",
 "The Discord server was linked to grooming.",
 "Mum shops at Aldi and Asda.",
 "The children had Greggs for breakfast.",
 "A Costa café worker raised concerns.",
 "The family use Google Translate with the SW.",
 "He got a Deliveroo job at 16.",
 # capitalised role words
 "Social Worker visited weekly.",
 "Team Manager agreed the step-down.",
 "Head of Service signed off the plan.",
 "Designated Nurse reviewed the health returns.",
 "Independent Chair raised an alert.",
 "Health Visitor attended the ICPC.",
 "School Nurse saw the child alone.",
 "Detective Sergeant led the joint visit.",
 "Probation Officer shared the OASys.",
 "Family Support Worker ran the parenting course.",
 "Early Help Coordinator chaired the TAF.",
 "Child Criminal Exploitation was the main risk.",
 "Child Sexual Exploitation screening tool was completed.",
 "Domestic Abuse Navigator made contact.",
 # case refs (the audit's own)
 "Case ref MACA-24-003 was selected for the neglect theme.",
 "Case A had the strongest multi-agency plan.",
 "Child B was seen alone on every visit.",
 "Sibling 2 was not considered in the assessment.",
 "Case 4 was stepped down too soon.",
 "Family C had three previous referrals.",
 "Audit 2025/26 Q3 neglect theme.",
 # misc number-like that aren't phones or NHS
 "The 101 call was not recorded on Niche.",
 "A 999 call was made by the neighbour.",
 "Mum rang 111 about the rash.",
 "The room was 3m by 2.5m with one bed.",
 "He scored 18 on the SDQ.",
 "The audit tool has 12 questions and 4 grades.",
 "Level 3 safeguarding training was out of date.",
 "Tier 4 admission was discussed.",
 "The 0-19 service covers 12,500 children.",
 "Hours of contact were 10-12 on Saturdays.",
 "She is 14 and he is 22.",
 "The chronology has 147 entries.",
 "A2 bus route passes the school.",
 "Room 101 was used for the strategy meeting.",
 "M62 was closed so the visit was late.",
 "The A61 is a busy road near the home.",
 "Pages 12-14 of the report cover health.",
 "Invoice 2024-0017 for the interpreter was paid.",
 "The EHCP was issued after 26 weeks.",
 "3 children, aged 2, 5 and 11.",
 "She is 6 weeks into her placement.",
 "The baby is now 9 months old.",
 "GCSE results were 4s and 5s.",
 "The 20-week scan was missed.",
 "In 2019 the family were first known to CSC.",
 "Between 2017 and 2023 there were 11 referrals.",
 # courts and buildings
 "The case went to the Family Court in May.",
 "High Court proceedings were issued.",
 "He appeared at Leeds Crown Court.",
 "The Youth Court gave a referral order.",
 "Magistrates Court bail conditions were breached.",
 "Civic Hall hosted the audit day.",
 "Town Hall staff were not aware.",
 "Children's Centre staff knew the family well.",
 "The Family Hub offered parenting support.",
 # school-ish non-names
 "The school said she was happy.",
 "She attends a primary school near the home.",
 "The Virtual School tracked her progress.",
 "Forest School sessions helped his regulation.",
 "Primary Care did not share information.",
 "Nursery staff noticed the smell.",
 "Secondary school transfer was disrupted.",
 "The Academy Trust's DSL policy was out of date.",
 "Sixth form staff raised a concern.",
 "College safeguarding lead was not invited.",
 "The high school had no record of the move.",
 "An alternative provision place was found.",
 # address-like non-addresses
 "The house on the corner was boarded up.",
 "Flat conditions were poor and the flat was damp.",
 "The family live on a busy road near the park.",
 "2 bedrooms for 6 people is overcrowded.",
 "The street had a history of drug dealing.",
 "Court Lane Hub hosted the contact session.",
 "Lane closures delayed the police response.",
 "The Close is a cul-de-sac of council houses.",
 # email/phone-ish
 "Emails went to the generic MASH inbox.",
 "The referral was sent at 17:45 by email.",
 "He texted at 11pm asking for help.",
 "Phone contact only for 3 weeks.",
 "The number was not in use.",
 "An email at 9 went unanswered.",
 "Mum was at work so the call went to voicemail.",
 "The school has 1,200 pupils and 3 DSLs.",
 # months and seasons
 "January to March saw a rise in missing episodes.",
 "In June the plan was reviewed.",
 "August is when the school is closed.",
 "The Easter holidays were chaotic.",
 "Ramadan and Eid were taken into account.",
 "Christmas was spent at the refuge.",
 "Diwali celebrations were part of the plan.",
 # reference-ish words without numbers
 "A crime was recorded but no ref was shared.",
 "The occurrence was closed with no further action.",
 "The incident log was incomplete.",
 "Niche searches were not done.",
 "The CAD was not linked to the child.",
 "PNC checks showed nothing.",
 "Mosaic records were updated late.",
 "Liquidlogic forms were incomplete.",
 "The URN was not shared with health.",
 "Storm logs show three calls.",
 # DOB-ish but not DOB
 "The birth was registered late.",
 "Mum's birthday party ended in an argument.",
 "Her 16th birthday was a trigger for the missing episode.",
 "Born prematurely, he has CP and epilepsy.",
 "Date of the ICPC: 3 March 2025.",
 "DOB was missing from the referral.",
 "The birth certificate was not available.",
 "After the birth of the baby mum was low.",
 "The baby was born at home.",
 "The date of the audit is 14 October 2026.",
 # names-in-services (documented)
 "Martin House provides respite.",
 "Victoria Hospital was where she was born.",
 "John Lewis vouchers were given at Christmas.",
 "Marks and Spencer food bank donations helped.",
 "Crohn's disease affects mum's capacity.",
 "Down's syndrome was diagnosed at birth.",
 "St Gemma's Hospice supported the family.",
 "Alder Hey saw him for the head injury.",
 "Great Ormond Street referred on.",
 # hurried, lowercase, typos
 "sw visitd at 4pm, kids seen, house ok",
 "no answer at door x2, card left",
 "dsl spoke w mum re attendance, mum tearful",
 "hv - wt ok, feeding ok, mum ok, plan: review 2/52",
 "pol attended, dv, no arrests, kids asleep",
 "strat held, s47 agreed, jt visit tmrw",
 "missed imms x3, gp to chase",
 "mum says shes fine, didnt want to talk",
 "yp missing again, found by police at 0300",
 "iro raised drift, plan not smart",
 "cin mtg cancelled - sw off sick",
 "camhs wait 18 months, ed referral pending",
 "tac mtg well attended, actions agreed",
 "ehcp review overdue by 6 wks",
 "chronology not updated since aug",
 # more proper nouns that are not names
 "Prevent referral was made to the Channel panel.",
 "The Lighthouse offered an ISVA.",
 "Turning Point provided drug support.",
 "The SARC examined her within 72 hours.",
 "CEOP received the report.",
 "Childline was mentioned by the child.",
 "Barnardo's ran the return home interview.",
 "The Children's Society supported the NRM.",
 "Catch22 delivered the county lines project.",
 "Mind and Samaritans were suggested to mum.",
 "Relate offered couples counselling.",
 "Shelter helped with the homelessness appeal.",
 "Homeless Team placed them in a B&B.",
 "The Troubled Families programme funded the worker.",
 "Supporting Families criteria were met.",
 "Healthy Start vouchers were not claimed.",
 "The Food Bank referral was made by school.",
 "Safer Schools officer spoke with the DSL.",
 "Neighbourhood Policing Team visited.",
 "British Transport Police found her at the station.",
 "West Yorkshire Police shared the log.",
 "Leeds City Council housing were slow.",
 "Kirklees and Calderdale cases were compared.",
 "Tameside had a similar review.",
 # languages, religions, nationalities
 "Mum speaks Urdu and Punjabi.",
 "A Polish interpreter was used.",
 "Tigrinya interpretation was not available.",
 "The family are Muslim and the child attends madrassa.",
 "The Catholic church offered support.",
 "They are Irish Travellers living on a site.",
 "Roma families in the area have low GP registration.",
 "Arabic and Kurdish speaking workers were used.",
 "Lithuanian was mum's first language.",
 # grading
 "Overall grade: Requires improvement.",
 "Health were graded Good for this case.",
 "Police practice was Inadequate at the first contact.",
 "Outstanding practice was seen from the school nurse.",
 "The moderated grade was Good.",
 "What worked well: the DSL knew the child.",
 "Even better if: the GP had been invited.",
 "Lived experience: cold, hungry, and frightened.",
 "Voice of the child was strong in the school records.",
 "SMART action: DSL to audit CPOMS by 31 January 2027.",
 "Action owner: Head of Safeguarding, Health.",
 "Due date: end of Q4 2026/27.",
]
# a second batch of sentence frames to widen coverage of near-misses
months = ["January","February","March","April","May","June","July","August","September","October","November","December"]
agencies = ["MASH","CAMHS","the ICB","the DSL","Early Help","the YJS","Probation","the HV","the GP","police","the SENCO","the IRO","housing","EDT","the LADO","the school nurse"]
verbs = ["attended","did not attend","sent apologies","shared information","escalated","was not invited","was late","was graded Good","was graded Requires improvement","chaired"]
events = ["the ICPC","the RCPC","the strategy discussion","the core group","the TAF","the CIN review","the LAC review","the PEP","the MARAC","the audit day"]
for i in range(90):
    a = rng.choice(agencies); v = rng.choice(verbs); e = rng.choice(events)
    m = rng.choice(months); d = rng.randint(1, 28); y = rng.choice([2024, 2025, 2026])
    form = i % 6
    if form == 0: s = f"On {d} {m} {y} {a} {v} {e}."
    elif form == 1: s = f"{a[0].upper()+a[1:]} {v} {e} on {d:02d}/{months.index(m)+1:02d}/{y}."
    elif form == 2: s = f"In {m} {a} {v} {e} (the {rng.choice(['2nd','3rd','4th','5th'])} in a row)."
    elif form == 3: s = f"{e[0].upper()+e[1:]} at {rng.randint(9,16)}:{rng.choice(['00','15','30','45'])}: {a} {v}."
    elif form == 4: s = f"Y{rng.randint(1,13)} pupil; {a} {v} {e} {rng.randint(2,9)} times in {y}."
    else: s = f"{rng.randint(2,12)} weeks after {e}, {a} {v}."
    clean.append(s)


# ---------------------------------------------------------------- batch 2: harder forms
hard_names = [
    "«Ayesha» not brought to clinic x2.",
    "«Mohammed» seen alone, said he was happy.",
    "«Kacper's» older brother is 19.",
    "«Deja» and her brother were seen together.",
    "Seen: «Ruby-Leigh», «Kai», mum.",
    "Dad «Jamal Akhtar-Hussain» was arrested.",
    "Stepmum «Ngozi» refused the visit.",
    "Parents «Andrei and Elena Rusu» attended the ICPC.",
    "Spoke with «Mrs Ahmed» on the doorstep.",
    "Sgt «Maguire» confirmed no further action.",
    "«Connor» (14) was found in Manchester.",
    "«Skye», aged 15, went missing overnight.",
    "Alleged perpetrator: «Rashid Mahmood», 24.",
    "It was «Liam's» second exclusion.",
    "Note from «Agnieszka» (mum) says the child was ill.",
    "Mum's ex, «Dwayne», turned up at the school gates.",
    "foster carer «Bernadette» reports good progress",
    "child «Yusuf Abdullahi» was subject to a CP plan",
    "Paternal grandmother «Mrs Ogunleye» wants contact.",
    "«Kaiden» told the TA that daddy hurt mummy.",
    "HV spoke to «mum (Leanne)» about safe sleep.",
    "«Zara-Jade» missed her 2 year review.",
    "The boyfriend, known only as «Taz», is 21.",
    "Called «Marek» at 16:00 - no answer.",
    "«Isla-Grace» was seen at the hospital.",
    "Sibling «Harvey» (5) was not seen.",
    "Police spoke to «Shannon» and «Kyle».",
    "«Bartosz» was found asleep in a car.",
    "Email from «Tatiana Petrova» (mum's friend).",
    "«Temperance» (Tempe) is 4.",
    "Mum's sister «Bushra» interpreted, which was not appropriate.",
    "Information from «Mr and Mrs Gallagher», the neighbours.",
    "«Olamide» said she cooks for her siblings.",
    "The child said «Nana Pat» smacks her.",
    "«Mihaela» asked the worker for food.",
    "The SW, «Gemma Ridley», left the team in May.",
    "The DSL, «Mr Hargreaves», escalated.",
    "«Sienna's» teeth were rotten.",
    "Seen with step-sibling «Logan-James».",
    "Mum «(Chelsea)» was under the influence.",
    "«Kofi Asante», 17, was linked to the county lines.",
    "«Lowenna» wants to stay with her nan.",
    "«Ebony» asked not to be placed with her sister.",
    "Text from «Dominika»: she is safe.",
    "«Ishaan Sharma» was in Year 5.",
    "Dad «Mr Van der Merwe» was not assessed.",
    "«Maksym» arrived from Ukraine in 2022.",
    "«Ahmad Rahimi», an unaccompanied child, is 16.",
    "«Saoirse» and «Ciara» live with their dad.",
    "I met «Esme» at the contact centre.",
    "«Mia's» mum says she wants her back.",
    "«De'Andre» was excluded for carrying a knife.",
    "Referral from «Ms Kowalska» (teacher).",
    "Child's father «Mr O'Sullivan» was in prison.",
    "«Tayo» spoke about the fire.",
    "She is friends with «Lacey» who is 19.",
    "«Hollie-Mai» has a new social worker.",
    "«Noor» wore a long sleeve top despite the heat.",
    "«Lennon» was restrained by staff.",
    "Mum's boyfriend «Jay» has been living there.",
]
for n in hard_names:
    if n.count("«") > 1:
        second = n.index("«", n.index("»"))
        n = n[:second] + n[second+1:].replace("»", "", 1)
    add("name", n, note="name hard")

hard_clean = [
    "Gipton and Seacroft estates were part of the theme.",
    "Lincoln Green flats have a history of cuckooing.",
    "Belle Isle was the area with the most referrals.",
    "The Boggart Hill estate was mentioned.",
    "Airedale General referred the baby.",
    "Bradford Royal Infirmary saw mum after the assault.",
    "The Wythenshawe team shared the chronology.",
    "Moss Side Youth Club staff knew him.",
    "Handsworth police shared the intelligence.",
    "Sparkbrook mosque offered support.",
    "Toxteth Family Hub ran the course.",
    "Kirkstall Forge was where he was found.",
    "Meanwood Valley Farm did the work experience.",
    "Leeds Beckett students were volunteers.",
    "Gaviscon and Dioralyte were in the fridge.",
    "Oramorph was prescribed after surgery.",
    "Sudocrem was used on the nappy rash.",
    "Risperidone was increased by the psychiatrist.",
    "Concerta XL was stopped over the summer.",
    "Elvanse was prescribed for ADHD.",
    "Naloxone kits were given to dad.",
    "Paxlovid was not relevant.",
    "Yoti was used for age checks.",
    "Wizz and Yubo chats were found on his phone.",
    "Telegram groups were used to sell drugs.",
    "The Xbox was confiscated.",
    "SystmOne showed the missed appointments.",
    "EMIS had no safeguarding flag.",
    "Rio notes from CAMHS were brief.",
    "CP-IS flagged the child at A&E.",
    "Niche and Athena hold different records.",
    "OASys and Delius were checked by probation.",
    "ViSOR was checked for the partner.",
    "AssetPlus was not shared.",
    "Capita One showed poor attendance.",
    "Arbor and SIMS are used by the schools.",
    "My Concern entries were vague.",
    "Teams meetings worked well for health.",
    "Mum attended Freedom Programme sessions.",
    "The Caring Dads course was offered.",
    "Safe and Together model was used.",
    "Solihull Approach training helped the HV.",
    "Restorative Practice is the partnership model.",
    "Think Family principles were applied.",
    "Trauma Informed practice was evident.",
    "PACE was used by the foster carer.",
    "Theraplay sessions were offered.",
    "Mockingbird constellation supported the carers.",
    "Staying Put arrangements were agreed.",
    "Pathway Plan was updated late.",
    "Local Offer information was given.",
    "Sure Start records were archived.",
    "Jigsaw lessons covered consent.",
    "Talking Mats were used with the child.",
    "Makaton was used to gain his views.",
    "Mind of My Own app captured her voice.",
    "Three Houses tool was used at the visit.",
    "Bubbles and Wizard cards were used with the young child.",
    "The Neglect Toolkit was not completed.",
    "Our Lady of Lourdes church hall was used.",
    "The MAT's CEO wrote to the board.",
    "Ofsted graded the school Good in 2023.",
    "The Duty and Advice team took the call.",
    "Front Door screening was delayed.",
    "Unborn Baby Network reviewed the case.",
    "Harbour Housing was the landlord.",
    "Incommunities repaired the damp.",
    "Clarion Housing served notice.",
    "Mears provided the asylum accommodation.",
    "Serco staff were not aware of the child.",
    "Migrant Help were contacted.",
    "Refugee Council supported the family.",
    "Kooth was used by the young person.",
    "Mindmate was recommended by school.",
    "Papyrus helped after the overdose.",
    "The Junction project offered a worker.",
    "Basis Yorkshire provided sexual health support.",
    "St Giles Trust mentors worked with him.",
    "Leeds Rhinos Foundation ran the sessions.",
    "Barca-Leeds did the community work.",
]
clean.extend(hard_clean)

# ---------------------------------------------------------------- write
def u16(s): return len(s.encode("utf-16-le")) // 2
out = []
for kind, tmpl, reg, note in items:
    a = tmpl.index("«"); b = tmpl.index("»")
    text = tmpl.replace("«", "").replace("»", "")
    start = u16(tmpl[:a]); end = u16(tmpl[a+1:b]) + start
    out.append({"set": "cold", "kind": kind, "text": text, "start": start, "end": end, "registered": reg, "note": note})
seen = set()
for c in clean:
    if c in seen: continue
    seen.add(c)
    out.append({"set": "cold", "kind": "clean", "text": c, "start": 0, "end": 0, "registered": [], "note": "clean"})

with open("/tmp/trial/cold-corpus/cold.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
from collections import Counter
print(Counter(o["kind"] for o in out))
