#!/usr/bin/env python3
"""cold3 corpus generator: planted identifiers + clean near-miss audit prose. Fixed seed."""
import json, random, re

R = random.Random(20250603)
SET = "cold3"
PH = "\x00"  # placeholder for the planted identifier

def u16(s):
    return len(s.encode("utf-16-le")) // 2

# ---------------------------------------------------------------- fillers (never identifiers)
MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
MON3 = [m[:3] for m in MONTHS]
def ordn(d):
    return f"{d}{'th' if 11<=d%100<=13 else {1:'st',2:'nd',3:'rd'}.get(d%10,'th')}"
def event_date():
    y = R.choice([2023, 2024, 2024, 2025]); m = R.randint(1, 12); d = R.randint(1, 28)
    f = R.randrange(9)
    return [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{str(y)[2:]}", f"{d}.{m}.{str(y)[2:]}", f"{ordn(d)} {MONTHS[m-1]}",
            f"{d} {MON3[m-1]} {y}", f"{d:02d}/{m:02d}", f"w/c {ordn(d)} {MONTHS[m-1]}", f"{MONTHS[m-1]} {y}",
            f"{d} {MONTHS[m-1]} {y}"][f]
def time_():
    h = R.randint(0, 23); mi = R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    return R.choice([f"{h:02d}:{mi:02d}", f"{h:02d}{mi:02d}hrs", f"{(h%12) or 12}.{mi:02d}{'am' if h<12 else 'pm'}", f"{(h%12) or 12}{'am' if h<12 else 'pm'}"])
SLOTS = {
 "date": event_date, "time": time_,
 "yr": lambda: R.choice(["Year 1","Year 3","Year 5","Year 6","Y7","Year 8","Y9","Year 10","Year 11","Reception","Nursery class","KS2","KS3","Year 12"]),
 "ord": lambda: R.choice(["first","second","third","fourth","2nd","3rd","5th","sixth"]),
 "n": lambda: str(R.choice([2,3,4,5,6,7,8,9,11,12,14,17,21,26,31,40])),
 "money": lambda: R.choice(["£40","£120","£250","£1,340","£3,400","£65 a week","£15.50","£900","£2.7k"]),
 "pct": lambda: R.choice(["62%","78%","84.5%","91%","45 per cent","50%","38%","100%"]),
 "ratio": lambda: R.choice(["2:1","3 out of 5","4/7","1 in 3","5 of 8","6:2"]),
 "tool": lambda: R.choice(["Graded Care Profile 2","GCP2","DASH","DASH RIC","SDQ","Signs of Safety","the Brook Traffic Light tool","the CE screening tool","AssetPlus","OASys","ACE checklist","the neglect toolkit","Three Houses","the Barnardo's DA risk tool","AUDIT-C","Outcome Star"]),
 "app": lambda: R.choice(["Snapchat","TikTok","WhatsApp","Instagram","Facebook Messenger","Discord","Roblox","Fortnite","Telegram","Xbox Live","YouTube","Tinder","Life360","Find My"]),
 "med": lambda: R.choice(["sertraline 50mg","methadone 60ml","Calpol","melatonin","fluoxetine","Buvidal","naloxone","mirtazapine","amoxicillin","Gaviscon Infant","Ritalin","quetiapine"]),
 "place": lambda: R.choice(["Leeds","Bradford","Harehills","Chapeltown","Keighley","Halifax","Manningham","Moss Side","Sparkbrook","Toxteth","Page Hall","Kirkstall","the Gipton estate","Seacroft","the Bluebell estate","Roundhay Park","Lister Park","the River Aire","the canal towpath","Victoria bus station","Piccadilly","Meadowhall","the Arndale","Blackpool","Scarborough","Skegness","Luton","Slough"]),
 "agency": lambda: R.choice(["MASH","the Front Door","CAMHS","the 0-19 service","Early Help","the Youth Justice Service","the Probation Service","West Yorkshire Police","BTP","the Health Visiting team","the Midwifery safeguarding team","the ICB safeguarding team","Housing Options","the Virtual School","Forward Leeds","the Children Missing Education team","the Complex Safeguarding team","the Disabled Children's Team","the LADO","the IDVA service","Barnardo's","NSPCC","Women's Aid","Turning Point"]),
 "role": lambda: R.choice(["the DSL","the IRO","the allocated SW","the team manager","the HV","the school nurse","the PCSO","the DS","the PC","the probation officer","the YOT worker","the CP chair","the named nurse","the GP","the SENCo","the Family Support Worker","the head of year","the duty SW","the midwife","the auditor"]),
 "caseid": lambda: R.choice(["Case 1","Case 2","Case 3","Case 4","Case 5","Case 6","Child A","Child B","Child C","Child D","Sibling 1","Sibling 2","Mother of Child A","Father of Child C","NEG-25-02","NEG-25-04","DA-24-05","CE-25-01","MIS-24-03","MH-25-06","Young Person E","YP F","Baby G","Adult 1"]),
 "sect": lambda: R.choice(["s.47","s.17","Section 20","S47","section 47","s.20","s.31","an EPO","a PLO letter","a Child in Need plan","a CP plan","an RPC","an ICPC","a Section 17 assessment","s.11 Children Act 2004","Part 4 FLA 1996","a DVPN","a DVPO","an NRM referral"]),
 "grade": lambda: R.choice(["Good","Requires improvement","Inadequate","Outstanding","RI","Good overall"]),
 "theme": lambda: R.choice(["neglect","domestic abuse","child exploitation","children missing","parental mental health","pre-birth","adolescent risk","harmful sexual behaviour"]),
}
def fill(tpl):
    return re.sub(r"\{(\w+)\}", lambda m: SLOTS[m.group(1)]() if m.group(1) != "X" else PH, tpl)

# ---------------------------------------------------------------- clean sentences (near-miss heavy)
CLEAN = [
 "Audit day {date}: {n} cases reviewed under the {theme} theme, {caseid} graded {grade}.",
 "{caseid} was selected because of current involvement ({sect}) and a spread of agencies.",
 "Strategy discussion held {date} at {time}; {agency}, {agency} and {role} attended, outcome {sect}.",
 "Chronology: {date} – HV visit, home conditions poor, {tool} completed and scored at level 4.",
 "{role} saw {caseid} alone on the {ord} visit and recorded wishes and feelings in the plan.",
 "School attendance for {caseid} fell to {pct} in the autumn term ({yr}).",
 "Mum reported rent arrears of {money} and was signposted to the food bank in {place}.",
 "Probation risk note: medium risk to known adult, {tool} reviewed {date}, no new convictions.",
 "CPOMS {date} {time}: {yr} pupil arrived without a coat again, breakfast club offered, DSL informed.",
 "A&E safeguarding form: presented at {time} with a wrist injury, mechanism consistent, no concerns raised by triage.",
 "The grandmother's house in {place} was used as a safe place during the {ord} episode.",
 "Agencies agreed the grade of {grade} after moderation; health had proposed {grade}.",
 "Action: {role} to share the revised plan with {agency} by {date} – measurable via the case file.",
 "YP went missing {n} times between {date} and {date}; return home interviews were offered on {ratio} occasions.",
 "Dad is prescribed {med} and was honest about use of cannabis at weekends.",
 "Threshold discussion with {agency}: {sect} not met, stepped down to Early Help on {date}.",
 "{caseid} talked about {app} contacts with older males; {tool} completed by {role}.",
 "MARAC heard the case on {date}; DASH score 16 of 27 ticks, high risk.",
 "The IRO escalated drift at the {ord} review – plan unchanged for {n} months.",
 "Mum disclosed her will to leave the relationship but feared losing the tenancy.",
 "There was little hope in the early records that the baby's voice was being considered.",
 "The grace period on the Section 21 notice ran out in {date}.",
 "Frank conversation with mum about the dog mess in the kitchen, recorded on {date}.",
 "The worker made a mark on the body map at the left shoulder; photographs not taken.",
 "Amber rating on the RAG tracker since {date}; {pct} of actions completed.",
 "Summer holidays were the riskiest period: no school, no free meals, {n} police call-outs.",
 "Faith groups in {place} offered support but the family declined.",
 "Operation Encompass notification received by school at {time} the following morning.",
 "Police applied for a DVPN on {date}; the DVPO was granted for {n} days.",
 "Clare's Law disclosure made to mum on {date} by the DS from the safeguarding unit.",
 "Sarah's Law enquiry was discussed but not pursued by the family.",
 "Dawn visit by police at {time} found the children asleep; adults under the influence.",
 "The Rose Hill family hub closed in {date}, which cut the family off from stay and play.",
 "The Bill for the electric was {money}; the meter was on emergency credit.",
 "A faulty Sky box was the only entertainment in the flat; the children watched {app} on a cracked phone.",
 "Health: {n} missed appointments, {n} was not brought to the dentist; WNB policy not followed.",
 "The baby was seen at the {ord} check at {n} weeks with good weight gain along the 25th centile.",
 "Pre-birth conference on {date} at 28 weeks' gestation; unborn baby made subject to a CP plan.",
 "{caseid} is in {yr}, has an EHCP and a 1:1 for {pct} of the day.",
 "Case summary table: {caseid} (CIN), {caseid} (CP), {caseid} (CLA), {caseid} (EH).",
 "The probation officer noted {n} breaches of licence and a recall on {date}.",
 "Sibling 2 was not mentioned in the police record at all, which the panel noted as a gap.",
 "{agency} referred on {date}; the Front Door decision was made within {n} hours.",
 "Ratio of contacts to referrals was {ratio} across the cohort.",
 "The child's room had no bed; {money} from the Section 17 budget paid for one on {date}.",
 "Missing episodes clustered around {place} and the {place} area late at night.",
 "Housing moved the family to temporary accommodation in {place} for {n} weeks.",
 "The strategy minutes record {role} as absent without apologies.",
 "The River Aire footpath was named as a place the YP felt unsafe.",
 "The NRM decision came back positive (conclusive grounds) on {date}.",
 "Learning: the {tool} was completed but not used to inform the plan.",
 "Audit panel: 6 of 9 agencies sent returns before the day.",
 "Mum took {med} daily; GP review overdue since {date}.",
 "Police log {time}: neighbours heard shouting, officers attended, no arrests, DA notification sent.",
 "The Virtual School tracked PEP targets; {caseid} met {ratio} targets.",
 "Worker typed notes on a phone at {time} in the car outside; notes uploaded {date}.",
 "CAMHS wait was {n} weeks; {caseid} self-harmed twice in that time.",
 "The children's own words ('mummy gets sad') were quoted in the conference report.",
 "{caseid} said she felt safe at nan's and wanted to stay there at weekends.",
 "Father was released from HMP Leeds on {date} with licence conditions including no contact.",
 "Youth Justice: {n}-month referral order, 2 reparation sessions missed.",
 "Transition to {yr} went badly; exclusion for {n} days on {date}.",
 "Overall grade {grade}; voice of the child {grade}; multi-agency working {grade}.",
 "The panel agreed one immediate concern for {caseid}, referred back to {agency} at {time}.",
 "Theme report to the Quality and Performance sub-group on {date}, {n} actions, {pct} closed.",
 "Case 3 and Case 5 were linked via the same address, which nobody had spotted.",
 "The chair thanked colleagues from {agency} for a candid return.",
 "Hospital attendance {date} {time}: ingestion of {med}, discharged the same day, HV informed.",
 "Early help plan reviewed {date}: {ratio} outcomes achieved, family happy to continue.",
 "Mum's new partner is known to {agency}; checks completed on {date}.",
 "Probation: OASys shows RoSH high to known adult, medium to children; MAPPA level 1.",
 "The police PPN was graded standard although it was the {ord} incident in {n} weeks.",
 "School moved {caseid} to part-time timetable ({n} hours a week) without informing CSC.",
 "The M62 was closed, so {role} joined the audit by Teams at {time}.",
 "Baby slept in a Moses basket; safe sleep advice given by the HV and the midwife.",
 "GCP2 re-run on {date} showed improvement in 3 of 5 areas.",
 "The family use {app} to talk to relatives in Poland and Pakistan.",
 "Interpreter used for Tigrinya at the ICPC; none booked for the core group on {date}.",
 "Eviction threatened for {money} arrears; Housing Options gave a 56-day prevention duty.",
 "Mother has a learning disability; adapted materials were not used until the {ord} review.",
 "Actions must not say 'ongoing': {role} to complete the pre-birth assessment by {date}.",
 "Record showed 'child seen' but no note of where, with whom or for how long.",
 "The BD8 locality meeting discussed the cohort but did not own any actions.",
 "Lucky the dog was reported to the RSPCA after the {ord} visit.",
 "Brandy bottles were counted in the recycling: {n} over a weekend.",
 "Grace and Hope are the names of the two wards at the mother and baby unit.",
 "The Hunter Street car park was where the YP was dropped off by taxi.",
 "The school's Ofsted rating is Good; the attendance officer post has been vacant since {date}.",
 "{caseid}: known to {agency} since {yr}; {n} referrals, {n} assessments, {n} plans.",
 "Toxicology from the hair strand test showed cocaine at a low level over {n} months.",
 "Child B's father lives in Ireland and took part via WhatsApp video.",
 "Probation risk note {date}: curfew 7pm-7am on tag, compliance {pct}.",
 "The LADO consultation on {date} concluded the threshold was not met.",
 "{caseid} told the school nurse he eats one meal a day, usually at school.",
 "Police flagged the address on Niche; no CAD on the night in question was traced by the auditor.",
 "SW visited {n} times in {n} weeks; {ratio} visits unannounced.",
 "The auditors could not see a contingency plan in the CP plan dated {date}.",
 "Core group met {n} times and {role} attended only once.",
 "Good practice: health visitor noticed the bruising on a non-mobile baby and followed the bruising protocol.",
 "The panel debated whether Section 20 consent was truly informed.",
 "Young carer assessment offered by {agency}; not completed by {date}.",
 "The family fled Eritrea via Libya and arrived in the UK in {date}.",
 "Will the family engage? The IRO thought so; the panel was less sure.",
 "School holiday provision (HAF) offered {n} days; {caseid} attended {n}.",
 "Mum uses {app} to track the YP's phone but stopped when the YP turned it off.",
 "In the audit room: 11 auditors, {n} cases, one day, {ratio} agreed grades first time.",
 "Cost of the residential placement was {money} a week, which was discussed at panel.",
]
PHONE_CLEAN = [
 "rang mash 2day re {caseid} no answer will try again tmrw am",
 "hv visit done {time} all ok baby feeding well 👍",
 "cant make audit {date} sorry stuck at court, will send return by email later",
 "{caseid} missing again since {time}, police aware, plz update the chronology",
 "yp back home {time} safe n well, rhi offered 4 tmrw",
 "running 10 mins late 🙏 start without me, {caseid} notes on the shared drive",
]

def clean_sentence():
    t = fill(R.choice(CLEAN))
    return t[0].upper() + t[1:]

# ---------------------------------------------------------------- value generators
def nhs_digits():
    while True:
        d = [R.choice([4, 6, 7])] + [R.randint(0, 9) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11: c = 0
        if c == 10: continue
        return "".join(map(str, d + [c]))
def nhs_val():
    n = nhs_digits(); a, b, c = n[:3], n[3:6], n[6:]
    f = R.randrange(9)
    return [f"{a} {b} {c}", n, f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}/{b}/{c}", f"{a}\u00a0{b}\u00a0{c}",
            f"{a}  {b}  {c}", f"{a} {b}{c}", f"{a}{b} {c}"][f]

OUTWARD = ["LS6","LS9","LS8","LS11","BD3","BD8","BD5","M8","M14","M40","B11","B23","B10","L4","L8","S3","S4","NG7","LE4","BS5",
           "SE15","E17","N15","NW10","SW9","W12","EC1A","SW1A","HU3","WF1","HX1","OL1","BB1","PR1","ST4","WV10","CV1","DE23",
           "PE1","NE4","SR1","TS1","DN1","YO10","PL1","EX4","BN2","SO14","PO1","RG1","OX4","MK6","LU1","NR3","IP4","CB4","HD1","WA5"]
INL = "ABDEFGHJLNPQRSTUWXYZ"
def postcode_val():
    o = R.choice(OUTWARD); i = f"{R.randint(0,9)}{R.choice(INL)}{R.choice(INL)}"
    f = R.randrange(7)
    return [f"{o} {i}", f"{o} {i}", f"{o}{i}", f"{o} {i}".lower(), f"{o}  {i}", f"{o.capitalize()} {i.lower()}", f"{o}{i}".lower()][f]

def dob_date(parent=False):
    y = R.randint(1978, 2001) if parent else R.randint(2007, 2024)
    m = R.randint(1, 12); d = R.randint(1, 28)
    f = R.randrange(11)
    return [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{str(y)[2:]}", f"{d:02d}.{m:02d}.{y}", f"{ordn(d)} {MONTHS[m-1]} {y}",
            f"{MONTHS[m-1]} {ordn(d)} {y}", f"{d} {MONTHS[m-1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}",
            f"{ordn(d)} of {MONTHS[m-1]} {y}", f"{d:02d}/{m:02d}/{str(y)[2:]}", f"{d} {MON3[m-1]} {str(y)[2:]}"][f]

def mobile():
    return R.choice(["07700 9", "07812 3", "07956 4", "07403 1", "07534 8", "07377 2", "07891 6"]).replace(" ", "") + f"{R.randint(0,99999):05d}"
def phone_val():
    m = mobile()  # 11 digits
    f = R.randrange(12)
    if f == 0: return f"{m[:5]} {m[5:]}"
    if f == 1: return m
    if f == 2: return f"{m[:5]} {m[5:8]} {m[8:]}"
    if f == 3: return f"{m[:5]}-{m[5:]}"
    if f == 4: return f"+44 {m[1:5]} {m[5:]}"
    if f == 5: return f"+44{m[1:]}"
    if f == 6: return f"+44 (0){m[1:5]} {m[5:]}"
    area = R.choice([("0113", "496 0"), ("0161", "496 0"), ("0121", "496 0"), ("0114", "496 0"), ("020", "7946 0"), ("0300", "123 "), ("0345", "600 ")])
    tail = f"{R.randint(0,999):03d}" if area[1].endswith("0") else f"{R.randint(0,9999):04d}"
    num = f"{area[0]} {area[1]}{tail}"
    if f == 7: return num
    if f == 8: return f"({area[0]}) {area[1]}{tail}"
    if f == 9: return num.replace(" ", "-")
    if f == 10: return f"+44 {area[0][1:]} {area[1]}{tail}"
    return R.choice(["01274 ", "01924 ", "01422 ", "01632 "]) + f"{R.randint(100000,999999)}"

LOCALS = ["kayla.m1998","bigdaz_77","princess.leah","tommo84","j.kowalska","mrs_ahmed2","shaz.b","ryanlfc","babygirl_xo","m.okafor",
          "deanoh","a.popescu91","tash.w","kez_b","mummyof3.jo","lil.ty2009","aisha.begum","darren.kelly","kasia_n","abdi.h"]
DOMAINS = ["gmail.com","hotmail.co.uk","outlook.com","yahoo.co.uk","icloud.com","live.co.uk","btinternet.com","yahoo.com"]
def email_val():
    l = R.choice(LOCALS); d = R.choice(DOMAINS); f = R.randrange(8)
    if f <= 2: return f"{l}@{d}"
    dp = d.split(".")
    if f == 3: return f"{l} at {' dot '.join(dp)}"
    if f == 4: return f"{l}[at]{'[dot]'.join(dp)}"
    if f == 5: return f"{l} (at) {' (dot) '.join(dp)}"
    if f == 6: return f"{l} AT {' DOT '.join(dp)}"
    return f"{l} @ {' . '.join(dp)}"

NI1 = "ABCEGHJKLMNOPRSTWXYZ"; NI2 = "ABCEGHJKLMNPRSTWXYZ"
def ni_val():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG","GB","KN","NK","NT","TN","ZZ"): break
    d = f"{R.randint(0,999999):06d}"; s = R.choice("ABCD"); f = R.randrange(5)
    return [f"{p}{d}{s}", f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{p}{d}{s}".lower(), f"{p} {d} {s}", f"{p.lower()} {d[:2]} {d[2:4]} {d[4:]} {s.lower()}"][f]

STREETS = ["Greenbank","Harehills","Granby","Mill","Church","Victoria","Beech","Cavendish","Hollins","Moorland","Kestrel","Ashton","Stanley",
           "Balfour","Whitehall","Lilac","Cemetery","Railway","Union","Nelson","Oxford","Gipton Approach","Spencer","Conway","Ladypit"]
STYPES = ["Road","Street","Avenue","Lane","Close","Drive","Terrace","Grove","Crescent","Way","Walk","Gardens","Place","Rise","Mews"]
BLOCKS = ["Kestrel House","Ashton Court","Lupton Towers","Clyde Court","Heron House","Parkside Heights","Mercer Point"]
HOUSENAMES = ["Rose Cottage","The Willows","Ivy House","The Old Forge","Hillside","Meadow View","Orchard Barn"]
def address_val():
    st = f"{R.choice(STREETS)} {R.choice(STYPES)}"
    no = f"{R.randint(1,212)}{R.choice(['','','','a','b','A'])}"
    f = R.randrange(8)
    if f <= 2: return f"{no} {st}"
    if f == 3: return f"Flat {R.randint(1,30)}, {no} {st}"
    if f == 4: return f"Flat {R.randint(1,40)} {R.choice(BLOCKS)}"
    if f == 5: return f"{R.choice(HOUSENAMES)}, {st}"
    if f == 6: return f"{no} {st}".lower().replace("street", "st").replace("road", "rd")
    return f"flat {R.randint(1,12)}{R.choice(['a','b',''])}, {no} {st}"

SCH_A = ["St Joseph's","St Anne's","Oakwood","Harehills","Beckfield","Thornhill","Ashfield","Kingsmead","Brackenwood","Holy Family",
         "Al-Noor","Sacred Heart","Moorside","Hollybank","Westfield","Bishop Ramsey","Lower Fields","Cockburn"]
SCH_B = ["Primary School","Primary","Academy","Community Academy","Infant School","Junior School","Catholic Primary School",
         "C of E Primary","High School","Free School","Nursery","Day Nursery","College","Sixth Form College","Pupil Referral Unit"]
def school_val():
    f = R.randrange(6)
    if f == 0: return R.choice(["Little Stars Day Nursery","Bright Beginnings Nursery","Busy Bees Nursery","Tiny Tots Pre-School","Leeds City College","Bradford College","Kids Planet nursery"])
    v = f"{R.choice(SCH_A)} {R.choice(SCH_B)}"
    return v.lower() if f == 1 else v

def reference_val():
    f = R.randrange(12)
    y = R.choice(["23","24","25"])
    if f == 0: return "crime ref ", f"13/{R.randint(10000,99999)}/{y}"
    if f == 1: return "crime no. ", f"WY{y}{R.randint(1000000,9999999)}"
    if f == 2: return "occurrence number ", f"{y}0000{R.randint(100000,999999)}"
    if f == 3: return "incident no ", f"{R.randint(100,9999):04d}-{R.randint(1,28):02d}{R.randint(1,12):02d}{y}"
    if f == 4: return "CAD ", f"{R.randint(1000,9999)}"
    if f == 5: return "log ", f"{R.randint(1,2999)} of {R.randint(1,28):02d}/{R.randint(1,12):02d}/20{y}"
    if f == 6: return "Mosaic ID ", f"{R.randint(100000,9999999)}"
    if f == 7: return "LCS ref ", f"{R.randint(100000,999999)}"
    if f == 8: return "EH ref ", f"EH-{R.randint(10000,99999)}"
    if f == 9: return "Liquidlogic person ID ", f"{R.randint(1000000,9999999)}"
    if f == 10: return "EHM case no. ", f"{R.randint(20000,99999)}"
    return "CSC ID ", f"{R.randint(100000,999999)}"

FIRST_CHILD = ["Kayden","Nevaeh","Jaxon","Rhylee","Maddison","Oakley","Khaleesi","Brooklynn","Alfie-Jay","Tyler","Lacey-Mae","Aaliyah","Zayn","Amelia",
               "Kacper","Zuzanna","Ioana","Mihai","Abdirahman","Hodan","Semhar","Chidera","Kwame","Ayaan","Maryam","Tanvir","Dylan","Mckenzie"]
FIRST_ADULT = ["Sarah","Kerry-Ann","Dean","Lisa","Wayne","Agnieszka","Marius","Ruta","Fartun","Yonas","Folake","Kojo","Nasreen","Shamim","Priya",
               "Mei","Thanh","Rebaz","Emre","Khalid","Bridget","Patrick","Leroy","Marcia","Shannon","Jamie"]
SURN = ["Walsh","Hopkinson","Kowalski","Nowak","Popescu","Petrauskas","Warsame","Tesfaye","Okafor","Mensah","Hussain","Begum","Patel","Chen",
        "Nguyen","Ahmadi","Yilmaz","Al-Sayed","Lee","Smith","Price","Brennan","Campbell","McDonagh","Gashi","Osei","Adeyemi","Shah"]

NAMES_POOL = {  # unregistered names, many communities
 "whiteBritish": ["Gary Thornton","Kelly Hargreaves","Mrs Pickersgill","Darren","Jodie Whittaker-Lane","Stacey","Mr Ackroyd","Shane Barraclough"],
 "irish": ["Siobhán Gallagher","Declan","Mr Flanagan","Aoife Byrne","Ciarán","Niamh O'Rourke"],
 "polish": ["Tomasz Wiśniewski","Agata","Pani Zielińska","Łukasz","Małgorzata Kaczmarek"],
 "romanian": ["Florin Dumitru","Andreea","Mr Constantinescu","Georgiana Radu"],
 "lithuanian": ["Jonas Kazlauskas","Rasa","Ms Jankauskienė","Vytautas"],
 "somali": ["Abdullahi Farah","Hibo","Mr Mohamud","Ayan Jama","Sahra Ali Warsame"],
 "eritrean": ["Tesfalem","Mrs Ghebremedhin","Selam Tekle","Yohannes Berhane"],
 "nigerian": ["Oluwaseun Adebayo","Chiamaka","Mr Nwachukwu","Tunde Bakare","Ngozi"],
 "ghanaian": ["Kwabena Asante","Ama Owusu","Mrs Boateng","Yaw"],
 "pakistani": ["Imran Rashid","Shazia","Mr Chaudhry","Sajid Mahmood","Rubina Akhtar"],
 "bangladeshi": ["Rokeya Khatun","Mr Miah","Shahid Uddin","Jahanara"],
 "indian": ["Harpreet Kaur","Rajesh","Mrs Sharma","Gurpreet Singh Dhillon","Anjali"],
 "chinese": ["Wei Zhang","Mrs Liu","Xiaoming","Li Na Huang"],
 "vietnamese": ["Nguyen Van Minh","Thuy","Mr Tran","Pham Thi Lan"],
 "kurdish": ["Rebin","Mr Rostami","Shilan Mahmoudi","Hawre Aziz"],
 "turkish": ["Mehmet Demir","Elif","Mrs Kaya","Burak Şahin"],
 "arabic": ["Ahmed Al-Hashimi","Fatima","Mr Haddad","Youssef El-Amin","Rania"],
 "roma_traveller": ["Johnny Lee Doran","Bridie","Mr McGinley","Mariana Balog","Lucian Stoica"],
 "caribbean": ["Delroy Campbell","Mrs Thompson-Reid","Marcia","Winston","Shaniqua Baptiste"],
 "modern_child": ["Jaxxon","Nevaeh-Rose","Braxton","Khaleesi","Rayne","Arlo-James","Mazzy","Kenzie-Leigh","Bentley","Lyla-Grace","Oaklee","Jayceon"],
}

# ---------------------------------------------------------------- frames per kind ({X} = identifier)
FRAMES = {
 "nhs": ["NHS no. {X} confirmed on the birth notification.", "Baby's NHS number: {X} (checked on the Spine by {role}).",
         "nhs {X} - not on the HV caseload at the time", "A&E form: NHS No {X}, attended {time}, presenting with scald.",
         "{caseid} – NHS number {X} – registered with the practice since {date}.", "Checked CP-IS using {X}; no flag showing on {date}.",
         "GP return quotes {X} as the NHS number but the name did not match.", "Mum's NHS#{X} given to midwifery for the pre-birth referral.",
         "CPOMS {date}: medical form returned, NHS Number {X}, inhaler in office.", "ED notes list NHS {X} – child seen alone by {role}.",
         "nhs no {X} pls check summary care record 🙏", "👶🏽 new baby nhs {X} HV to visit", "🙏🙏 can u check nhs {X} on systmone", "Health return: patient identifier {X}, {n} missed appointments."],
 "postcode": ["Family moved to {X} in {date} without telling school.", "Address on the referral ends {X}.", "{agency} confirmed a new tenancy, postcode {X}.",
              "Police attended the property ({X}) at {time}.", "yp now staying at aunties {X} pls update mosaic", "MASH check on {X} returned {n} previous call-outs.",
              "Temporary accommodation in {place}, postcode {X}, for {n} weeks.", "Probation approved premises, {X}, licence condition to reside."],
 "postcode_out": ["Dad now lives in {X} with his new partner.", "{caseid} was found in {X} by BTP at {time}.", "The family are living in {X} now, according to school.",
                  "YP was located in {X} after {n} hours missing.", "mum says shes living in {X} with her sister", "Grandmother lives in {X}, which is why contact is hard."],
 "dob": ["DOB {X}.", "{caseid}, DOB: {X}, subject to {sect}.", "D.O.B {X} – on roll in {yr}.", "Born {X} at 34 weeks, SCBU for {n} days.",
         "A&E form: date of birth {X}, accompanied by nan.", "yp dob {X} pls check age at time of incident",
         "Her birthday is {X} and she wanted her dad at the party.", "b. {X} (CLA since {date})", "Date of Birth: {X} | Gender: F | Ethnicity: White British",
         "dob {X} 🎂 birthday was last wk"],
 "dob_parent": ["Mum (DOB {X}) was a care leaver herself.", "father's d.o.b. {X} per PNC", "Stepfather, date of birth {X}, has previous for ABH.",
         "Mother's DOB: {X}; first pregnancy at 16.", "Probation: POP born {X}, licence ends {date}.", "Dad's birthday is {X} according to the PNC print."],
 "dob_baby": ["Baby, {X}, was seen by the HV at the new birth visit.", "New birth visit: baby {X}, feeding well.", "Strategy discussion: the baby ({X}) had a torn frenulum."],
 "phone": ["Mum's mob {X}.", "Contact number for dad: {X} (does not answer withheld numbers).", "tel {X} – ask for the DSL",
           "New number for nan {X} given at the core group.", "YP's phone {X} was seized by police on {date}.", "texted mum on {X} at {time}, no reply",
           "Please call {role} on {X} before the conference.", "A&E form: NOK contact {X}.", "Probation: offender has a second phone, {X}, undeclared.",
           "{caseid} rang Childline and then called {X} — the number belongs to an older male.", "call back on {X} 👍", "📱 dads new mob {X}", "😡 mum wont give number, nan gave {X}"],
 "email": ["Mum asked for letters to go to {X} instead of post.", "Dad's email is {X} (uses it for the contact app).", "YP's Snapchat was linked to {X}.",
           "email: {X}", "Please send the plan to {X} by {date}.", "Police seized the laptop; account {X} was used to groom the child.",
           "mums new email {X} pls update", "✉️ {X} is the dad's one", "🤷‍♀️ yp says email is {X}", "CPOMS: parent contact changed to {X} on {date}."],
 "ni": ["NI no. {X} given to the DWP worker.", "Dad's NINO is {X} per the benefits check.", "National Insurance number {X} – Universal Credit in payment.",
        "Probation: NI {X} matched on the ViSOR record.", "ni number {X} pls check with dwp", "Mum's National Insurance: {X}; housing benefit stopped on {date}."],
 "address": ["Family living at {X} since {date}.", "Police attended {X} at {time} following a 999 call.", "Home visit to {X}: no answer, curtains closed.",
             "Moved to {X} (maternal grandmother's house).", "The address on file, {X}, is out of date.", "YP was found at {X}, a known cuckooed flat.",
             "visited {X} today kids seen", "{caseid} staying at {X} with dad's cousin.", "Probation approved address: {X}."],
 "school": ["{caseid} attends {X} ({yr}).", "The DSL at {X} made the referral on {date}.", "Moved from {X} in {yr} after a managed move.",
            "On roll at {X} but attendance only {pct}.", "CPOMS entry from {X}: came in with a mark on his cheek.", "Sibling 2 starts at {X} in September.",
            "{X} gave a detailed return to the audit.", "yp excluded from {X} again 2day"],
 "reference": ["Police: {X} (assault, no further action).", "Referred by police under {X}.", "Chronology shows {X} on the night of the incident.",
               "{caseid} – {X} – not linked to the sibling's record.", "pls add {X} to the chrono", "Strategy minutes cite {X} for the DA incident.",
               "Auditor could not find {X} in the police return.", "PPN submitted {date}, {X}, graded standard."],
 "reference_csc": ["Child's record: {X}, open to {agency} since {date}.", "{caseid} – {X} – not linked to the sibling's record.", "pls add {X} to the chrono",
               "Auditor could not find the assessment under {X}.", "Early help record {X} closed on {date}.", "Two records exist ({X} and a duplicate); merge requested.",
               "Front sheet shows {X}; no chronology uploaded."],
 "registered": ["{X} was seen alone at school on {date}.", "Auditors agreed {X} was not heard until the {ord} review.", "{X}'s attendance dropped to {pct}.",
                "Police noted {X} was present during the incident.", "spoke to {X} today, no concerns raised", "😢 {X} crying at drop off again", "{X} told the HV she was tired all the time.",
                "The panel felt that {X} had been invisible in the plan.", "CPOMS: {X} upset at lunch, {role} informed.", "{X} missed {n} health appointments in {date}."],
 "name_child": ["{X} (half-sibling, not on the plan) was seen at the visit.", "Older cousin {X}, aged 15, was babysitting.", "CPOMS: {caseid} said {X} from Year 4 hit her.",
          "yp says {X} is her best mate from the hostel", "A younger sibling, {X}, was born in {date} and not added to the plan.", "The nursery said {X} was often collected late too."],
 "name": ["A maternal relative, {X}, attended the core group.", "Mum's new partner, {X}, is known to probation.", "YP associating with {X}, an adult known in {place}.",
          "The neighbour, {X}, made the anonymous referral.", "{X} from the mosque offered to mediate.", "Dad was staying with {X} at the time.",
          "spoke to {X} at the door, said mum was out", "Interpreter booked but {X} (a family friend) interpreted instead.", "CPOMS: {caseid} said {X} picks her up from school.", "😬 {X} turned up at the contact centre drunk",
          "{X} has been named as a possible kinship carer."],
}

ROWS = []
SEEN_TEXT = set()
def add(kind, text, s16=0, e16=0, reg=None):
    while kind != "clean" and text in SEEN_TEXT:
        text = text + " " + clean_sentence()
    SEEN_TEXT.add(text)
    ROWS.append({"set": SET, "kind": kind, "text": text, "start": s16, "end": e16, "registered": reg or []})

def wrap(tpl):
    """Fill frame, optionally add clean context before/after; return (prefix_text, suffix_text) split at PH."""
    t = fill(tpl)
    r = R.random()
    if r < 0.25: t = clean_sentence() + " " + t
    elif r < 0.5: t = t + " " + clean_sentence()
    i = t.index(PH)
    return t[:i], t[i+1:]

def plant(kind, frames, valfn, reg=None):
    pre, post = wrap(R.choice(frames))
    v = valfn()
    if isinstance(v, tuple):  # reference: cue + id; span the id only
        cue, v = v
        pre = pre + cue
    text = pre + v + post
    add(kind, text, u16(pre), u16(pre) + u16(v), reg)

PER = 45
for _ in range(PER): plant("nhs", FRAMES["nhs"], nhs_val)
for i in range(PER):
    if i % 4 == 3: plant("postcode", FRAMES["postcode_out"], lambda: R.choice(OUTWARD))
    else: plant("postcode", FRAMES["postcode"], postcode_val)
def baby():
    d = R.randint(1, 27); unit = R.choice(["days", "days old", "weeks", "weeks old"]); a = R.randint(2, 12) if "week" in unit else R.randint(3, 27)
    return f"{a} {unit} on {event_date()}" if R.random() < 0.6 else f"aged {a} {unit.replace(' old','')} at the visit on {event_date()}"
for i in range(PER):
    if i % 6 == 5: plant("dob", FRAMES["dob_baby"], baby)
    elif i % 5 == 4: plant("dob", ["{X}"], lambda: "")  # placeholder replaced below
    else:
        par = R.random() < 0.3
        plant("dob", FRAMES["dob_parent" if par else "dob"], lambda: dob_date(par))
# replace bare-placeholder dob rows with in-words birthdays
for r in ROWS:
    if r["kind"] == "dob" and r["start"] == r["end"]:
        y = R.randint(2008, 2023); m = R.randrange(12); d = R.randint(1, 28)
        words = ["first","second","third","fourth","fifth","sixth","seventh","eighth","ninth","tenth","eleventh","twelfth","thirteenth",
                 "fourteenth","fifteenth","sixteenth","seventeenth","eighteenth","nineteenth","twentieth","twenty-first","twenty-second",
                 "twenty-third","twenty-fourth","twenty-fifth","twenty-sixth","twenty-seventh","twenty-eighth"]
        v = R.choice([f"the {words[d-1]} of {MONTHS[m]} twenty {['eight','nine','ten','eleven','twelve','thirteen','fourteen','fifteen','sixteen','seventeen','eighteen','nineteen','twenty','twenty-one','twenty-two','twenty-three'][y-2008]}",
                      f"{words[d-1]} {MONTHS[m]} {y}"])
        pre = R.choice(["She was born on ", "Mum said he was born ", "Child's birthday: ", "yp born "])
        post = R.choice([".", ", at home, unplanned.", " in Romania.", " — no birth certificate seen."])
        r["text"] = pre + v + post; r["start"] = u16(pre); r["end"] = u16(pre) + u16(v)
for _ in range(PER): plant("phone", FRAMES["phone"], phone_val)
for _ in range(PER): plant("email", FRAMES["email"], email_val)
for _ in range(PER): plant("ni", FRAMES["ni"], ni_val)
for _ in range(PER): plant("address", FRAMES["address"], address_val)
for _ in range(PER): plant("school", FRAMES["school"], school_val)
for _ in range(PER):
    cue, v = reference_val()
    fam = "reference_csc" if cue.split()[0] in ("Mosaic","LCS","EH","Liquidlogic","EHM","CSC") else "reference"
    plant("reference", FRAMES[fam], lambda: (cue, v))

ROLES = ["child", "parent", "sibling", "carer"]
for i in range(PER):
    role = ROLES[i % 4]
    first = R.choice(FIRST_CHILD if role in ("child", "sibling") else FIRST_ADULT)
    sur = R.choice(SURN); full = f"{first} {sur}"
    reg = [[role, full]]
    others = [r_ for r_ in ROLES if r_ != role]; R.shuffle(others)
    for o in others[:R.randint(0, 2)]:
        reg.append([o, f"{R.choice(FIRST_CHILD if o in ('child','sibling') else FIRST_ADULT)} {R.choice(SURN)}"])
    form = i % 7
    v = {0: first, 1: first.lower(), 2: first.upper(), 3: sur, 4: full.lower(), 5: full.upper(), 6: first}[form]
    tpl = R.choice(FRAMES["registered"])
    if form == 3: tpl = R.choice(["The {X} family were not at home on {date}.", "Mr {X} refused to engage with {agency}.", "Ms {X} attended the ICPC.", "{X} household: {n} children, overcrowded."])
    if form == 6 and "'s" not in tpl: tpl = "{X}'s " + R.choice(["nan was the only protective adult.", "voice is missing from the plan.", "bedroom had no curtains."])
    t = fill(tpl); j = t.index(PH); pre, post = t[:j], t[j+1:]
    add("registered", pre + v + post, u16(pre), u16(pre) + u16(v), reg)

allnames = [(c, n) for c, L in NAMES_POOL.items() for n in L]
R.shuffle(allnames)
for i in range(max(PER, 48)):
    c, nm = allnames[i % len(allnames)]
    fr = FRAMES["name_child"] if c == "modern_child" else FRAMES["name"]
    title = ""
    for tt in ("Mr ", "Mrs ", "Ms ", "Pani "):
        if nm.startswith(tt): title, nm = tt, nm[len(tt):]
    fr = [f.replace("{X}", title + "{X}") for f in fr] if title else fr
    plant("name", fr, lambda: nm)

# ---------------------------------------------------------------- clean rows
seen = set(); target = 480; guard = 0
while sum(1 for r in ROWS if r["kind"] == "clean") < target and guard < 20000:
    guard += 1
    x = R.random()
    if x < 0.1: t = fill(R.choice(PHONE_CLEAN))
    elif x < 0.55: t = clean_sentence()
    elif x < 0.9: t = clean_sentence() + " " + clean_sentence()
    else: t = " ".join(clean_sentence() for _ in range(3))
    if t in seen: continue
    seen.add(t); add("clean", t)

# ---------------------------------------------------------------- validate
def slice16(text, s, e):
    b = text.encode("utf-16-le"); return b[2*s:2*e].decode("utf-16-le")
NAME_ALL = {n for _, L in NAMES_POOL.items() for n in L}
for r in ROWS:
    assert PH not in r["text"]
    if r["kind"] == "clean":
        assert r["start"] == r["end"] == 0 and r["registered"] == []
    else:
        sp = slice16(r["text"], r["start"], r["end"])
        assert sp and sp == sp.strip() and r["end"] > r["start"], r
        if r["kind"] == "nhs":
            d = re.sub(r"\D", "", sp); assert len(d) == 10
            s = sum(int(a) * w for a, w in zip(d[:9], range(10, 1, -1))); c = (11 - s % 11) % 11
            assert c == int(d[9]), sp
        if r["kind"] == "registered":
            toks = {t.lower() for n in r["registered"] for t in n[1].split()}
            assert all(t.lower() in toks for t in sp.split()), r
R.shuffle(ROWS)
with open("/tmp/cold3/cold3.jsonl", "w", encoding="utf-8") as f:
    for r in ROWS: f.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter
print(Counter(r["kind"] for r in ROWS), len(ROWS))
