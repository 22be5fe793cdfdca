"""Held-out frames, written after the recognisers and not tuned on, in
another voice: meeting minutes, auditors' notes and quoted returns, longer
and looser than tuned.py, with their own ways of writing each identifier
(VALUES). Placeholders as in tuned.py."""

import values as _values

PLANTED = {
    "nhs": [
        "- Health: child known to GP practice, NHS {v}, last seen 6 weeks before the incident.",
        "Auditor's note: the health return quotes {v} but the child's name is spelt differently.",
        "Minutes (item 3): HV to check immunisation status for NHS no {v} and report back.",
        "“We had {v} on the system but no address,” the GP said at the panel.",
        "Health records linked under {v} show a pattern of late presentation.",
        "NHS number {v} appears on both the maternity and the paediatric records.",
        "Actions: Designated Nurse to confirm {v} matches the child on the CP register.",
        "The 111 call was logged against {v}, which belongs to the older sibling.",
    ],
    "nhs-mistyped": [
        "The MASH form had nhs no.{v} (one digit wrong, the GP thinks).",
        "NHS Number - {v} - as handwritten on the paper referral.",
    ],
    "postcode": [
        "Address on the system: 'somewhere in {v}'; no house number recorded.",
        "- Housing: family rehoused, new postcode {v}, transfer of GP pending.",
        "The grandparents live in Wakefield ({v}) and have offered respite.",
        "I noted that the two addresses ({v} and the refuge) were never linked.",
        "Missing person report: last seen near {v} at 02:00.",
        "Agencies held three different addresses; the correct one was {v}.",
        "Father's bail address, {v}, is two streets from the school.",
        "“She's moved to {v},” mum told the health visitor on the doorstep.",
    ],
    "postcode-outward": [
        "- Address: lives in {v}, shared house, no landline.",
        "The young person was placed in {v}, some 40 miles from her school.",
        "Mum said they had moved to {v} but would not give the street.",
    ],
    "dob": [
        "Subject child (DOB {v}) – CP plan under neglect since the ICPC.",
        "Child 2, d.o.b {v}, was not mentioned in the police return.",
        "Dates of birth were recorded wrongly: the younger child's DOB is {v}.",
        "- Details: date of birth {v}, Year 6, EHCP in place.",
        "Health visitor notes: baby born on {v} by emergency section.",
        "My view is that the fact she was born {v} should have prompted a pre-birth assessment.",
        "Mother (DOB {v}) was herself a looked-after child.",
        "The baby's birthday is {v}, a week before the first referral.",
    ],
    "dob-named": [
        "Children in the household: {name} ({v}), and two older half-siblings.",
        "{name}, {v}, was the youngest child on the plan.",
    ],
    "dob-age": [
        "{d}: home visit, baby {v}, weight static, mum tearful.",
        "When seen in A&E on {d} the infant was {v}.",
    ],
    "phone": [
        "- Contact details: mum {v} (mobile), often switched off.",
        "The number on file, {v}, belonged to the ex-partner.",
        "Minutes: SW to ring grandmother on {v} to arrange a visit.",
        "“Just call me on {v},” father told the nursery.",
        "I found {v} on three agencies' records, each under a different name.",
        "Police phoned {v} at 01:15 and got no reply.",
        "Contact: {v}.",
        "Carer's landline is {v}, mobile not known.",
    ],
    "email": [
        "- Correspondence: {v} (mum's personal email).",
        "Mother signed the consent form and gave {v} for updates.",
        "The invitation went to {v}, an address she no longer used.",
        "“Email me at {v},” she wrote on the return.",
        "I saw messages from {v} in the school's safeguarding log.",
        "Minutes: chair to send the plan to {v} and to the GP.",
        "Contact for the family: {v}.",
        "The DSL forwarded the disclosure from {v} to the MASH.",
    ],
    "ni": [
        "- Benefits: NI {v}, Universal Credit claim closed.",
        "The stepfather's national insurance no. {v} matched a probation record.",
        "I noticed {v} written on the police return, which it should not be.",
        "Minutes: DWP confirmed the claim under {v} ended in June.",
        "National Insurance Number: {v}.",
        "Housing application (NINO {v}) was refused on residence grounds.",
        "Father gave {v} as his NI number but it belonged to his brother.",
        "Records: {v} (mother), not known (father).",
    ],
    "address": [
        "- Address: {v}, Leeds, a two-bedroom flat shared with the maternal uncle.",
        "I saw that {v} was the address on the police record but not the school's.",
        "Minutes: police to carry out a welfare check at {v} tonight.",
        "“We're at {v} now,” mum told the nursery.",
        "The young person was found at {v}, a known address for exploitation.",
        "Mother and baby moved to {v} after the refuge placement ended.",
        "Home conditions at {v} had deteriorated by the review.",
        "Agencies visited {v} on four occasions with no answer.",
    ],
    "school": [
        "- Education: {v}, Year 5, attendance 84%.",
        "I saw good practice from {v}, whose DSL chased every absence.",
        "Minutes: {v} to share the attendance data with the core group.",
        "“{v} has been brilliant,” mum said at the review.",
        "The move to {v} was made without a managed move meeting.",
        "She is on roll at {v} but has not attended since Easter.",
        "The sibling attends {v} and is not known to CSC.",
        "Pastoral staff at {v} saw him on a daily check-in.",
    ],
    "reference": [
        "- Police: {label} {v}, NFA.",
        "I found the {label} ({v}) only in the police return.",
        "Minutes: police to share the file for {label} {v}.",
        "Returns refer to the same incident as {label} {v}.",
        "The MASH record ({label} {v}) was closed with no further action.",
        "Check {label} {v} against the school's log.",
    ],
    "reference-config": [
        "- Police: occurrence {v}, no further action.",
        "Incident {v} was the third call that month.",
    ],
    "name": [
        "- Present: social worker, HV, DSL, and mum ({v:first}).",
        "I think {v:firstposs} experience was of a home that was often frightening.",
        "“{v:first} won't talk to anyone but her nan,” the teacher said.",
        "Minutes: {v:full} (stepfather) did not attend and gave no reason.",
        "My concern is that {v:first} was never seen without {v2:first} present.",
        "The core group did not hear from {v:full} at any point.",
        "Dad {v:first} was living at the address despite the safety plan.",
        "Report from Mrs {v:last}, the class teacher, was detailed.",
        "- Child: {v:first}, aged 7, on a CP plan under neglect.",
        "The youth worker said {v:first} had been seen with older males.",
        "{v:full} was arrested after the incident.",
        "Mum's new partner, {v:first}, has previous convictions.",
    ],
    "registered": [
        "- Child: {v}, subject of the plan.",
        "I saw no record of {vposs} own views in the plan.",
        "“{v} is doing better,” the teacher said.",
        "Minutes: social worker to visit {v} at school before the review.",
        "The chronology shows {v} was seen alone only once.",
        "{vposs} younger brother was not mentioned.",
    ],
}

CLEAN = [
    "- Attendance: {pct} this term, {n} unauthorised absences.",
    "Minutes (item {n}): apologies from health; the chair noted the late return.",
    "I saw good evidence of the child's voice in the school's return.",
    "“We didn't know about the police call,” the DSL said at the review.",
    "Chronology: {d} referral from police; {d2} strategy discussion; no S47.",
    "- Agencies present: CSC, police, health visiting, school, housing.",
    "The case was selected because of repeated neglect referrals since {y}.",
    "Actions: team manager to review supervision by {month} {y}.",
    "My view is that the plan was too broad to measure.",
    "{ord} review: grade agreed as Requires improvement.",
    "Rag rating moved from Red to Amber after the {ord} visit.",
    "The Team Around the Family met {n} times between {d} and {d2}.",
    "Police shared {n} notifications; the school received {n2} of them.",
    "No evidence of management oversight between {month} and {month2}.",
    "She is in {yg} and has {n} friends she trusts, the teacher said.",
    "Strategy meeting at {time}: police, CSC, health.",
    "- Health: not brought to {n} appointments in {y}.",
    "I found the {ord} and {ord2} core groups had no minutes.",
    "The family were known to early help from {y} to {y2}.",
    "Minutes: all agreed the threshold for S47 was met on {d}.",
    "Sibling group of {n}; the youngest is {n2} months old.",
    "The Early Help Hub stepped the case down on {d}.",
    "Overall grade: Good, with learning for health about voice of the child.",
    "“It felt like nobody was listening,” the young person told the advocate.",
    "- Housing: arrears since {y}; no eviction notice served.",
    "Domestic abuse: {n} incidents reported between {month} and {month2} {y}.",
    "Mum was offered the Freedom Programme in {month} {y}.",
    "Police Protection Powers were used once, on {d}.",
    "The IRO challenged drift at the {ord} LAC review.",
    "I saw that the conference report was shared {n} days late.",
    "The child moved to Y{yn} in September and settled well.",
    "Transport to school took {n} minutes each way.",
    "The chronology covered {d} to {d2} and had {n2} entries.",
    "Minutes: next core group {d} at {time}, venue to be confirmed.",
    "The May half term was when attendance dropped.",
    "Amber rating at the {ord} review reflected partial progress.",
    "The Young Carers Project supported the older brother from {y}.",
    "- Learning: Leeds Children's Services to share the audit with the safeguarding partnership.",
    "Health Visitor and School Nurse both attended the {ord} conference.",
    "The father's new partner had not been assessed by {d}.",
    "Ward staff on the paediatric unit raised the first concern on {d}.",
    "A Graded Care Profile 2 was completed on {d} and scored level {n3}.",
    "The Virtual School Head chaired the PEP on {d}.",
    "Mental health services discharged mum in {month} {y} after {n} missed sessions.",
    "Mother said she would ring the school, but did not.",
    "The social worker's caseload was {n2} children at the time.",
    "Black and minority ethnic families were under-represented in the sample.",
    "Key learning: agencies used {n} different dates for the same incident.",
    "Auditor's note: the {ord} visit was unannounced and the child was seen alone.",
    "Court: interim supervision order on {d}; final hearing listed for {month} {y2}.",
    "The young person missed {n} of {n2} sessions with the youth justice worker.",
    "Attendance dropped in {yg} after the move to the new estate.",
    "Dental checks were up to date at {n} of {n2} reviews.",
    "Summary: practice was Good overall; Requires improvement for health.",
    "Grandparents offered care but were not assessed until {month} {y}.",
    "The Designated Safeguarding Lead attended all {n} core groups.",
    "The youngest was seen at {n} weeks for the new birth review.",
    "Police attended at {time} and left at {time2}.",
    "The case was stepped up on {d} after the {ord} missing episode.",
    "The plan said 'ongoing' for {n} of its {n2} actions.",
]


def _nhs(rng):
    n = _values.nhs_digits(rng)
    return rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}\u202f{n[3:6]}\u202f{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:4]} {n[4:7]} {n[7:]}"])


def _phone(rng):
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    return rng.choice([
        f"07700-900-{d(3)}", f"+44 (0) 113 496 0{d(3)}", f"0113 4960{d(3)}", f"07700 900{d(3)}", f"+44 7700900{d(3)}",
        f"(0161) 4960 {d(3)}", f"0208 946 0{d(3)}", f"07700.900.{d(3)}", f"01632 960{d(3)}", f"+44-7700-900-{d(3)}",
    ])


def _postcode(rng):
    code = _values.postcode(rng, "plain")
    return rng.choice([code, code, code.replace(" ", ""), code.lower(), code.title().replace(" ", " ")])


def _email(rng):
    first = _values.first(rng).lower()
    last = _values.last(rng).lower().replace("'", "")
    return rng.choice([
        f"{first}.{last}@nhs.net", f"{first[0]}.{last}@example.sch.uk", f"{first} at example dot co dot uk",
        f"{first}{rng.randint(70, 99)} {{at}} example {{dot}} com", f"{first}.{last}@example.org.uk",
        f"{first}_{last}[at]example.com", f"{first} @ example.com", f"{first}.{last} at example dot org",
    ])


def _ni(rng):
    value = _values.ni(rng, "spaced")
    return rng.choice([value, value.replace(" ", ""), value.replace(" ", "-"), value, value.replace(" ", "", 1)])


def _address(rng):
    number = rng.randint(1, 300)
    return rng.choice([
        f"Flat {rng.randint(1, 30)}{rng.choice('ab')}", f"{number} Kirkstall Rd", f"{number} The Green",
        f"{number} {rng.choice(_values.STREET_NAMES)} Gardens", f"{number}, {rng.choice(_values.STREET_NAMES)} Street",
        f"Flat {rng.randint(1, 9)}, {number} {rng.choice(_values.STREET_NAMES)} Terrace", f"{number} Tong Road",
        f"{number}a Cardigan Lane",
    ])


def _school(rng):
    return rng.choice([
        "St Bede's Catholic Grammar School", "Horsforth Newlaithes Junior School", "Carlton Bolling", "Lawnswood School",
        "Ralph Thoresby School", "Westerton Primary Academy", "Little Owls Day Nursery", "Beeston Hill St Luke's CE Primary",
        "Farnley Park Academy", "Dixons Trinity Academy", "Crawshaw Academy", "Co-op Academy Nightingale",
        "Bramley St Peter's Primary", "Wykebeck Primary", "Thackray Infant School", "Hunslet Moor Primary",
    ])


def _reference(rng):
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    return rng.choice([
        ("Niche ref", d(7)), ("URN", d(8)), ("CAD", f"{d(4)}"), ("crime no.", f"{d(2)}/{d(6)}/{d(2)}"),
        ("Liquidlogic ID", d(6)), ("occurrence", f"{d(2)}{d(9)}"), ("EHM ID", d(6)), ("police log", d(4)),
        ("Mosaic no.", d(7)), ("storm log", d(4)),
    ])


VALUES = {"nhs": _nhs, "phone": _phone, "postcode": _postcode, "email": _email, "ni": _ni, "address": _address,
          "school": _school, "reference": _reference}

REGISTERED = [
    ("child", "Harley-Jay Pemberton"), ("child", "Lacey-Mae Cartwright"), ("child", "Mason Dobbs"),
    ("child", "Ruby Quayle"), ("parent", "Shannon Heeley"), ("child", "Rhys Ap-Gwilym"),
]
