"""Invented identifiers of every kind, written the ways people write them.
Every value is made up: NHS numbers pass the check digit by construction,
phone numbers use Ofcom's drama ranges where they exist, emails use
example domains."""

FIRST = None  # filled by load_gazetteer()
LAST = None

AREAS = ["LS", "BD", "HX", "HD", "WF", "M", "B", "S", "BS", "MK", "LU", "NE", "SW", "SE", "N", "E", "W", "YO", "HU", "DN", "BL", "OL"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
STREET_NAMES = ["Acacia", "Harehills", "Chapel", "Mill", "Beech", "Oak", "Station", "Victoria", "Queens", "Albert",
                "Hawthorn", "Willow", "Granby", "Spencer", "Cowper", "Bankside", "Ashfield", "Elmwood", "Kirkstall", "Roundhay",
                "Meanwood", "Gledhow", "Foxwood", "Thornhill", "Seacroft", "Halton", "Calverley", "Otley", "Bramley", "Rodley"]
STREET_TYPES = ["Road", "Street", "Avenue", "Close", "Lane", "Drive", "Way", "Crescent", "Court", "Gardens", "Place",
                "Terrace", "Grove", "Walk", "Rise", "Mews", "View", "Mount", "Croft", "Fold"]
SCHOOL_STEMS = ["Oakwood", "Brudenell", "Park View", "Temple Moor", "Hillside", "Little Acorns", "Bankside", "Greenhill",
                "Whitkirk", "Roundhay", "Beechwood", "Shakespeare", "Carr Manor", "Co-op Academy Priesthorpe", "Gildersome",
                "Allerton Grange", "Holy Rosary", "Ingram Road", "Rothwell", "Swarcliffe", "Kippax North", "Meanwood Valley"]
SCHOOL_TYPES = ["Primary", "Primary School", "Academy", "High School", "Infant School", "Junior School", "Nursery",
                "CE Primary School", "Catholic Primary School", "Primary Academy", "Community Primary", "College"]
SAINTS = ["St Mary's", "St Anne's", "St Peter's", "St Joseph's", "St Bartholomew's", "St Augustine's"]


def load_gazetteer():
    global FIRST, LAST
    from faker.providers.person.en_GB import Provider
    FIRST = sorted(set(Provider.first_names_male) | set(Provider.first_names_female))
    LAST = sorted(set(Provider.last_names))


def nhs_digits(rng):
    while True:
        digits = [rng.randint(1 if i == 0 else 0, 9) for i in range(9)]
        total = sum(d * w for d, w in zip(digits, range(10, 1, -1)))
        check = 11 - total % 11
        if check == 10:
            continue
        return "".join(map(str, digits + [0 if check == 11 else check]))


def nhs(rng, style=None):
    n = nhs_digits(rng)
    styles = {
        "334": f"{n[:3]} {n[3:6]} {n[6:]}",
        "run": n,
        "hyphen": f"{n[:3]}-{n[3:6]}-{n[6:]}",
        "dots": f"{n[:3]}.{n[3:6]}.{n[6:]}",
        "nbsp": f"{n[:3]}\u00a0{n[3:6]}\u00a0{n[6:]}",
        "thin": f"{n[:3]}\u2009{n[3:6]}\u2009{n[6:]}",
        "37": f"{n[:3]} {n[3:]}",
        "64": f"{n[:6]} {n[6:]}",
    }
    return styles[style or rng.choice(list(styles))]


def nhs_mistyped(rng):
    n = list(nhs_digits(rng))
    n[9] = str((int(n[9]) + rng.randint(1, 9)) % 10)
    n = "".join(n)
    return rng.choice([n, f"{n[:3]}{n[3:6]}{n[6:]}", f"{n[:5]} {n[5:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}"])


def postcode(rng, style=None):
    area = rng.choice(AREAS)
    district = str(rng.randint(1, 28)) if len(area) == 2 else str(rng.randint(1, 20))
    if area in ("SW", "W") and rng.random() < 0.3:
        district = f"{rng.randint(1, 9)}{rng.choice('AV')}"
    inward = f"{rng.randint(0, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    code = f"{area}{district} {inward}"
    styles = {"plain": code, "nospace": code.replace(" ", ""), "lower": code.lower(), "nbsp": code.replace(" ", "\u00a0")}
    return styles[style or rng.choice(["plain", "plain", "nospace", "lower", "nbsp"])]


def outward(rng):
    area = rng.choice(AREAS)
    return f"{area}{rng.randint(1, 20)}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def ordinal(day):
    return f"{day}{'th' if 11 <= day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def date(rng, year_range=(2008, 2025), style=None):
    y = rng.randint(*year_range)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    styles = {
        "slash": f"{d:02d}/{m:02d}/{y}",
        "slash-short": f"{d}/{m}/{y % 100:02d}",
        "dots": f"{d:02d}.{m:02d}.{y}",
        "hyphen": f"{d:02d}-{m:02d}-{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "words": f"{d} {MONTHS[m - 1]} {y}",
        "ordinal": f"{ordinal(d)} {MONTHS[m - 1]} {y}",
        "ordinal-of": f"{ordinal(d)} of {MONTHS[m - 1]} {y}",
        "us": f"{MONTHS[m - 1]} {d}, {y}",
        "short-month": f"{d} {MONTHS[m - 1][:3]} {y}",
    }
    return styles[style or rng.choice(list(styles))]


def phone(rng, style=None):
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    styles = {
        "mobile": f"07700 900{d(3)}",
        "mobile-run": f"07700900{d(3)}",
        "mobile-334": f"07700 900 {d(3)}",
        "intl": f"+44 7700 900{d(3)}",
        "intl-trunk": f"+44 (0)7700 900{d(3)}",
        "intl-run": f"+447700900{d(3)}",
        "leeds": f"0113 496 0{d(3)}",
        "leeds-bracket": f"(0113) 496 0{d(3)}",
        "london": f"020 7946 0{d(3)}",
        "manchester": f"0161-496-0{d(3)}",
        "intl-landline": f"+44 113 496 0{d(3)}",
        "double-zero": f"0044 7700 900 {d(3)}",
        "nbsp": f"07700\u00a0900{d(3)}",
    }
    return styles[style or rng.choice(list(styles))]


def email(rng, style=None):
    first = rng.choice(FIRST).lower()
    last = rng.choice(LAST).lower().replace("'", "")
    domain = rng.choice(["example.org", "example.com", "example.co.uk", "mail.example.net", "example.gov.uk"])
    styles = {
        "plain": f"{first}.{last}@{domain}",
        "underscore": f"{first}_{last}{rng.randint(1, 99)}@{domain}",
        "words": f"{first} at {domain.replace('.', ' dot ')}",
        "brackets": f"{first}[at]{domain.replace('.', '[dot]')}",
        "parens": f"{first}.{last} (at) {domain.replace('.', ' (dot) ')}",
        "caps": f"{first}{last} AT {domain.replace('.', ' DOT ')}",
        "dotted-words": f"{first}.{last} at {domain}",
    }
    return styles[style or rng.choice(list(styles))]


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni(rng, style=None):
    while True:
        prefix = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    digits = "".join(str(rng.randint(0, 9)) for _ in range(6))
    suffix = rng.choice("ABCD")
    styles = {
        "spaced": f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}",
        "run": f"{prefix}{digits}{suffix}",
        "half": f"{prefix}{digits[:2]} {digits[2:4]} {digits[4:]}{suffix}",
        "nbsp": f"{prefix}\u00a0{digits[:2]}\u00a0{digits[2:4]}\u00a0{digits[4:]}\u00a0{suffix}",
    }
    return styles[style or rng.choice(list(styles))]


def address(rng, style=None):
    number = rng.randint(1, 220)
    street = f"{rng.choice(STREET_NAMES)} {rng.choice(STREET_TYPES)}"
    styles = {
        "house": f"{number} {street}",
        "house-letter": f"{number}{rng.choice('abc')} {street}",
        "flat": f"Flat {rng.randint(1, 40)}",
        "flat-house": f"Flat {rng.randint(1, 12)}, {number} {street}",
        "apartment": f"Apartment {rng.randint(1, 90)}",
    }
    return styles[style or rng.choice(["house", "house", "house-letter", "flat", "flat-house", "apartment"])]


def school(rng):
    if rng.random() < 0.2:
        return f"{rng.choice(SAINTS)} {rng.choice(['CE Primary School', 'Catholic Primary', 'RC Primary School', 'Primary'])}"
    return f"{rng.choice(SCHOOL_STEMS)} {rng.choice(SCHOOL_TYPES)}"


def reference(rng, style=None):
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    styles = {
        "occurrence": (rng.choice(["occurrence number", "occurrence no.", "Occurrence"]), f"13{d(9)}"),
        "crime": (rng.choice(["crime ref", "crime reference", "crime number"]), f"CR/{d(6)}/{d(2)}"),
        "mosaic": (rng.choice(["Mosaic ID", "Mosaic number", "Mosaic person ID"]), d(7)),
        "lcs": (rng.choice(["LCS number", "LCS ID", "LCS ref"]), d(6)),
        "incident": (rng.choice(["incident log", "incident number", "CAD"]), f"{d(4)}"),
        "csc": (rng.choice(["CSC ID", "social care number", "children's social care ID"]), f"{d(6)}"),
        "config": ("", f"{d(2)}/{d(6)}/{d(2)}"),
        "pnc": ("PNC ID", f"{d(2)}/{d(6)}{rng.choice('ABCDEFGHJK')}"),
    }
    return styles[style or rng.choice(list(styles))]


def first(rng):
    return rng.choice(FIRST)


def last(rng):
    return rng.choice(LAST)
