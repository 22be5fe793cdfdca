/// The words the name recogniser judges the gazetteer's names by, chosen by
/// hand (lower case). Scripts/extract-names writes only the gazetteer.
enum NameWords {
    /// Names that are also words usually written with a capital for another
    /// reason: months, RAG ratings, ethnicities, places, wards and halls.
    /// Alone they are never read as names; beside a title, a relation ("Mum
    /// Amber") or a plain name ("Amber Patel") they are.
    static let neverAlone: Set<String> = [
        "may", "june", "amber", "green", "black", "white", "brown", "north", "west", "ward", "hall", "court", "christian", "kent", "bolton", "preston", "sutton", "middleton", "newton", "hamilton",
        "holland", "burton", "barton", "ashton", "clayton", "morley", "norton", "horton", "houghton", "thornton", "walton",
        "weston", "stanley", "hyde", "blackburn", "wells", "hilton", "holloway", "rhodes", "lancaster", "chester", "crawford",
        "bradley", "bentley", "hartley", "lincoln", "dudley", "march", "august", "pope", "bishop", "lord", "king", "law",
        "price", "page", "hope", "summers", "winter", "day", "field", "cross", "park", "april", "paris", "israel",
        "kingston", "skye", "jan", "warwick", "virginia", "hull", "downs",
    ]
    /// Names that are also everyday words ("Swift action", "Young carers",
    /// "Foster carers", "Frank discussion"): read as names mid-sentence
    /// with a capital, but at the start of a sentence only beside another
    /// name or as a possessive.
    static let everyday: Set<String> = [
        "amber", "billy", "carol", "dale", "dawn", "dean", "frank", "glen", "grace", "guy", "hazel", "heather",
        "holly", "jack", "jade", "jasmine", "jay", "lee", "mark", "max", "robin", "rosemary", "victor", "will", "joy",
        "faith", "rose", "archer", "baker", "ball", "banks", "barber", "barker", "bates", "bell", "berry", "birch",
        "bird", "bond", "booth", "bray", "brooks", "bull", "burns", "burrows", "butcher", "butler", "carpenter",
        "chamberlain", "chambers", "chandler", "collier", "cook", "cooper", "cox", "dyer", "farmer", "finch", "fisher",
        "ford", "foster", "freeman", "french", "frost", "fry", "fuller", "garner", "gibbons", "gill", "grant",
        "griffin", "hale", "hardy", "hart", "heath", "hicks", "hill", "hunt", "hunter", "knight", "lamb", "lane",
        "leach", "lees", "little", "long", "lynch", "manning", "marsh", "mason", "miles", "mills", "moss", "noble",
        "parsons", "peacock", "porter", "potter", "power", "read", "reed", "reeves", "rice", "savage", "sharp",
        "shepherd", "short", "smart", "stokes", "stone", "storey", "swift", "tucker", "turner", "wade", "walker",
        "wall", "warren", "waters", "watts", "welch", "wheeler", "wood", "woods", "young", "rogers", "martin", "terry",
        "harry", "sally", "tony", "tom", "roger", "gordon", "douglas", "francis", "ross", "fox", "kay", "joyce",
        "lucas", "owen", "owens", "norman", "dennis", "henry", "lewis", "dixon", "holt", "hooper", "victoria", "georgia", "jordan", "chelsea", "hope", "howe",
        "angel", "aria", "beau", "brad", "chase", "colleen", "crystal", "destiny", "harmony", "jasper", "lance", "lily",
        "noel", "olive", "phoebe", "phoenix", "piper", "poppy", "roman", "ruby", "savannah", "summer", "trinity", "troy",
        "violet", "willow", "abbey", "eden", "zion", "florence", "rex", "cruz", "ivy", "daisy",
        "kemp", "kerr", "kirk", "lowe", "mann", "nash", "north", "rowe", "ward",
        "drew", "ray", "nick", "wren", "river", "liberty",
        // Names given in many West African families in England, rarely capitalised otherwise.
        "blessing", "precious", "favour", "mercy", "patience", "praise", "wisdom", "miracle", "goodness", "testimony",
        "marvellous", "comfort", "peace", "gift",
    ]
    /// Services, systems, apps and shops that audit prose names and no
    /// dictionary holds: never names ("messages on Snapchat", "Kooth").
    /// With the apps, record systems and firms of RecordSystems.names.
    static let services: Set<String> = RecordSystems.names.union([
        "snapchat", "instagram", "tiktok", "whatsapp", "facebook", "youtube", "telegram", "discord", "roblox", "fortnite",
        "minecraft", "omegle", "twitter", "xbox", "playstation", "netflix", "google", "iphone", "ipad", "skype", "zoom",
        "kooth", "childline", "brook", "cafcass", "ofsted", "barnardo", "barnardo's", "nspcc", "camhs", "samaritans", "catch22",
        "mosaic", "liquidlogic", "carefirst", "azeus", "systmone", "emis", "rio", "niche", "athena", "frameworki", "capita",
        "wellcomm", "tesco", "asda", "aldi", "lidl", "primark", "morrisons", "sainsbury's", "sainsburys", "greggs",
        "poundland", "mcdonald's", "mcdonalds", "kfc", "subway", "costa", "argos", "iceland", "boots", "superdrug",
        "amazon", "ebay", "paypal", "uber", "deliveroo", "nhs", "dwp", "hmrc", "dvla", "ucas", "ofqual", "cqc", "icb",
        "nice", "nmc", "hcpc", "gmc", "swe", "lado", "mash", "marac", "mappa", "iom", "idva", "isva", "pcso", "pru",
    ])
    /// Words before a capitalised word that make it a place or a thing, not a person.
    static let placePrepositions: Set<String> = [
        "in", "at", "near", "around", "outside", "from", "into", "towards", "toward", "across", "within", "throughout",
        "via", "upon", "onto", "beyond", "inside", "opposite", "nearby", "between",
    ]
    /// Words before a capitalised word that make it a thing, unless a family word follows ("the Nowak family").
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "these", "those", "our", "their", "its", "his", "her", "my", "your", "every",
        "each", "no", "any", "some", "another", "which", "whose", "per",
    ]
    /// Words that open a sentence before a name ("Yesterday Zofia said"); any other capitalised word
    /// before a capitalised word no list knows makes the two one name of a thing ("Operation Makesafe").
    static let openers: Set<String> = [
        "today", "yesterday", "tomorrow", "then", "later", "meanwhile", "however", "also", "here", "now", "initially",
        "subsequently", "afterwards", "recently", "previously", "eventually", "currently", "overall", "again", "sadly",
        "unfortunately", "importantly", "separately", "similarly", "additionally", "otherwise", "so", "and", "but", "when",
        "while", "because", "although", "if", "once", "since", "after", "before", "until", "whether", "did", "does", "has",
        "had", "was", "is", "why", "how", "where", "what", "who", "whom", "dear", "hi", "hello", "thanks", "action", "note",
        "update", "learning", "minutes", "auditor", "chronology", "summary", "outcome", "agreed", "could", "would",
        "should", "can", "will", "were", "are", "do", "might", "must", "shall", "has", "have", "had",
    ]
    /// English and Welsh local authorities, counties, London boroughs and districts audit prose names:
    /// never names alone ("moved to Tameside"), and never a name no list knows.
    static let areas: Set<String> = [
        "tameside", "wirral", "sefton", "knowsley", "halton", "trafford", "sandwell", "dudley", "solihull", "rutland", "torbay",
        "medway", "thurrock", "swindon", "wiltshire", "cumbria", "northumberland", "redcar", "cleveland", "stockton",
        "hartlepool", "darlington", "gateshead", "sunderland", "tyneside", "wearside", "teesside", "wakefield", "rotherham",
        "barnsley", "doncaster", "kirklees", "calderdale", "derbyshire", "nottinghamshire", "leicestershire", "lincolnshire",
        "norfolk", "suffolk", "essex", "hertfordshire", "bedfordshire", "buckinghamshire", "oxfordshire", "berkshire",
        "hampshire", "surrey", "sussex", "kent", "cornwall", "dorset", "somerset", "gloucestershire", "worcestershire",
        "herefordshire", "shropshire", "staffordshire", "warwickshire", "cheshire", "merseyside", "lancashire", "yorkshire",
        "humberside", "cambridgeshire", "northamptonshire", "wokingham", "bracknell", "slough", "windsor", "maidenhead",
        "haringey", "hackney", "lambeth", "southwark", "lewisham", "greenwich", "bexley", "bromley", "croydon", "merton",
        "hounslow", "hillingdon", "ealing", "brent", "harrow", "barnet", "enfield", "redbridge", "havering", "barking",
        "dagenham", "newham", "islington", "camden", "westminster", "kensington", "hammersmith", "fulham", "wandsworth",
        "tower", "hamlets", "plymouth", "southend", "peterborough", "luton", "milton", "keynes", "bournemouth",
        "christchurch", "bcp", "isle", "wight", "scilly", "stoke", "telford", "wrekin", "walsall", "wolverhampton",
        "bury", "bolton", "wigan", "salford", "oldham", "rochdale", "stockport", "blackburn", "darwen",
        "blackpool", "warrington", "rhondda", "cynon", "taf", "caerphilly", "blaenau", "gwent", "torfaen",
        "monmouthshire", "newport", "cardiff", "vale", "glamorgan", "bridgend", "neath", "swansea",
        "carmarthenshire", "pembrokeshire", "ceredigion", "powys", "wrexham", "denbighshire", "flintshire", "conwy",
        "gwynedd", "anglesey", "merthyr", "tydfil", "seacroft", "gipton", "harehills", "chapeltown", "manningham", "armley",
        "hunslet", "headingley", "moortown", "roundhay", "holbeck", "beeston", "bramley", "eccleshill", "wibsey",
        "buttershaw", "ovenden", "mixenden", "byker", "jesmond", "fenham", "ardwick", "gorton", "levenshulme", "rusholme",
        "wythenshawe", "toxteth", "everton", "anfield", "aintree", "kirkby", "huyton", "speke", "side", "hulme",
        "longsight", "handsworth", "sparkhill", "sparkbrook", "erdington", "kingstanding", "chelmsley", "lozells",
        "small", "ladywood", "nechells", "saltley", "alum", "rock", "washwood", "edgbaston", "selly", "oak",
    ]
    /// Medicines and conditions audit prose names that no dictionary holds: never names ("given Calpol").
    static let medical: Set<String> = [
        "calpol", "nurofen", "sudocrem", "oramorph", "xanax", "valium", "subutex", "buvidal", "espranor", "ritalin",
        "concerta", "elvanse", "equasym", "medikinet", "strattera", "melatonin", "sertraline", "fluoxetine", "citalopram",
        "escitalopram", "mirtazapine", "olanzapine", "aripiprazole", "quetiapine", "risperidone", "gaviscon", "infacol",
        "dioralyte", "piriton", "movicol", "lactulose", "epipen", "ventolin", "calprofen", "diazepam", "zopiclone",
        "pregabalin", "gabapentin", "lyrica", "tramadol", "codeine", "co-codamol", "cocodamol", "dihydrocodeine",
        "naloxone", "methadone", "naproxen", "sytron", "pabrinex", "fibromyalgia", "dyspraxia", "dyslexia", "dyscalculia",
        "duchenne", "crohn", "tourette", "asperger", "perthes", "ehlers-danlos", "noonan", "rett", "angelman",
        "prader-willi", "kawasaki", "hirschsprung", "hodgkin", "alzheimer", "covid", "mpox", "ecomap", "genogram",
        "vaisakhi", "baisakhi", "navratri", "holi", "jummah", "hajj", "umrah", "nowruz", "hanukkah", "chanukah", "purim",
        "pesach", "passover", "rosh", "hashanah", "kippur", "sukkot", "halloween", "samhain", "lent", "advent",
    ]
    /// Words after a possessive that make it a condition or a law named after someone ("Crohn's disease").
    static let eponymous: Set<String> = [
        "disease", "syndrome", "palsy", "disorder", "sarcoma", "lymphoma", "law", "principle", "criteria", "test", "sign",
        "phenomenon", "chorea", "dystrophy", "anomaly", "ataxia",
    ]
    /// Endings of medicines and conditions, never of names ("Olanzapine", "Tendonitis").
    static let medicalEndings: [String] = [
        "itis", "osis", "algia", "praxia", "lexia", "calculia", "phobia", "pathy", "plegia", "aemia", "ectomy", "scopy",
        "azepam", "oxetine", "alopram", "apine", "azole", "mycin", "cillin", "olol", "statin", "prazole", "orphine",
        "adone", "amine", "idone",
    ]
    /// Endings only the names of places have ("Nottinghamshire", "Middlesbrough", "Bournemouth").
    static let placeEndings: [String] = ["shire", "borough", "mouth", "minster", "caster", "cester"]
    /// Words after "the NAME" that make NAME a family's: "the Nowak family", "the Begum children".
    static let familyWords: Set<String> = [
        "family", "families", "family's", "household", "households", "home", "children", "siblings", "twins", "boys",
        "girls", "brothers", "sisters", "parents", "kids", "grandparents",
    ]
    /// Languages and peoples that audit prose names and the dictionary lacks: never names ("speaks Pashto").
    static let languages: Set<String> = [
        "pashto", "dari", "tigrinya", "amharic", "oromo", "sorani", "kurmanji", "badini", "mirpuri", "pahari", "potwari",
        "sylheti", "lingala", "twi", "yoruba", "igbo", "hausa", "somali", "swahili", "tamil", "telugu", "malayalam",
        "gujarati", "bengali", "bangla", "urdu", "punjabi", "hindi", "farsi", "tagalog", "romani", "roma", "kurdish",
        "tetum", "krio", "shona", "ndebele", "xhosa", "zulu", "wolof", "fula", "luganda", "kinyarwanda", "kirundi",
        "arabic", "makaton", "bsl", "eritrean", "ethiopian", "afghan", "syrian", "iraqi", "iranian", "sudanese",
        "kosovan", "albanian", "romanian", "bulgarian", "lithuanian", "latvian", "slovak", "czech", "polish",
        "hungarian", "ukrainian", "russian", "turkish", "portuguese", "brazilian", "nigerian", "ghanaian",
        "zimbabwean", "congolese", "pakistani", "bangladeshi", "kashmiri", "sikh", "hindu", "muslim", "jewish",
        "gypsy", "traveller", "travellers", "romanes", "jehovah", "rastafarian", "pentecostal", "ahmadiyya", "sunni",
        "shia", "shiite", "sufi", "deobandi", "barelvi", "orthodox", "haredi", "hasidic", "amish", "mormon",
    ]
    /// Shops, charities and services named after people, word by word.
    static let organisations: [[String]] = [
        ["john", "lewis"], ["marks", "and", "spencer"], ["marks", "spencer"], ["ronald", "mcdonald"], ["dorothy", "perkins"],
        ["peter", "jones"], ["harvey", "nichols"], ["ted", "baker"], ["jack", "wills"], ["marie", "curie"], ["sue", "ryder"],
        ["martin", "luther", "king"], ["florence", "nightingale"], ["mary", "seacole"], ["emmeline", "pankhurst"],
        ["william", "hill"], ["paddy", "power"], ["david", "lloyd"], ["bernard", "matthews"], ["thomas", "cook"],
    ]
    /// Verbs after a word that starting a sentence make it a person: "Martin told", "Jade was".
    static let personVerbs: Set<String> = [
        "told", "said", "says", "was", "is", "has", "had", "did", "does", "went", "goes", "disclosed", "reported", "asked",
        "wants", "wanted", "attended", "missed", "refused", "stated", "explained", "described", "lives", "lived", "stays",
        "stayed", "moved", "appeared", "presented", "seemed", "became", "spoke", "talked", "cried", "ran", "left", "arrived",
        "returned", "came", "would", "could", "can", "should", "must", "likes", "liked", "loves", "enjoys", "felt", "feels",
        "drew", "showed", "shared", "admitted", "denied", "agreed", "declined", "started", "stopped", "tried", "needs",
        "needed", "remains", "remained", "continues", "continued", "and", "attends", "spent", "spends", "visited", "wrote",
        "began", "reports", "discloses", "sleeps", "shares", "plays", "played", "struggles", "struggled", "presents",
        "appears", "worries", "worried", "absconded", "gets", "got", "made", "makes", "took", "takes", "saw", "sees", "met",
        "phoned", "texted", "messaged", "posted", "hit", "kicked", "punched", "pushed", "hurt", "threatened", "assaulted",
        "shouted", "screamed", "joined", "received", "gave", "didn't", "doesn't", "isn't", "wasn't", "hasn't", "won't",
        "can't", "couldn't", "wouldn't", "also", "now", "often", "never", "always", "still", "recently", "usually",
        "sometimes", "initially", "later", "again", "herself", "himself", "themselves", "knew", "knows", "thought", "thinks",
        "believed", "believes", "wished", "wishes", "hoped", "hopes", "will", "might", "may",
        // A chronology's shorthand: "Rex collected by Dad", "Arttu seen alone".
        "seen", "collected", "picked", "dropped", "found", "taken", "brought", "not", "absent", "present", "asleep",
        "awake", "upset", "crying", "excluded", "suspended", "admitted", "discharged", "weighed", "examined",
        "interviewed", "placed", "missing", "hungry", "late", "dirty", "injured", "bruised", "quiet", "withdrawn",
        "angry", "happy", "sad", "scared", "frightened", "tired", "unwell", "ill", "poorly",
    ]
    /// Words after "and" that make the word before it a person's name, not half of a phrase
    /// ("Grace and her mum", not "Grace and favour"); relations count too.
    static let personWords: Set<String> = [
        "her", "his", "their", "she", "he", "they", "i", "we", "me", "him", "them", "mum", "dad", "mum's", "dad's",
        "both", "also", "then", "later", "friends", "friend", "peers", "the", "a", "an", "my", "our", "your", "some", "two",
        "other", "older", "younger", "another",
    ]
    /// Roles and agencies that, alone in brackets after a word, make it a practitioner's name: "A Dhillon (SW)".
    static let bracketRoles: Set<String> = [
        "sw", "hv", "gp", "police", "dsl", "iro", "camhs", "senco", "yot", "probation", "midwife", "nurse", "teacher",
        "paramedic", "pc", "dc", "ds", "psw", "fsw", "tm", "ehw", "ssw", "chair", "lado", "cafcass", "isw", "yjs",
        "sw's", "school", "housing", "nursery", "health", "edt", "ctm",
    ]
    /// Verbs only a person is the object of: "asked Ashton", "told Bentley" (a place word after one is a person).
    static let personOnlyVerbs: Set<String> = [
        "asked", "told", "texted", "messaged", "emailed", "hugged", "kissed", "punched", "kicked", "slapped", "threatened",
        "reassured", "praised", "thanked", "interviewed",
    ]
    /// Virtues and qualities that are also given names ("Patience", "Mercy", "Temperance"): starting a
    /// sentence before "is" or "was" and what one does with a quality (qualityVerbs) they are no one.
    static let virtues: Set<String> = [
        "grace", "patience", "faith", "hope", "mercy", "charity", "honour", "honor", "joy", "peace", "comfort", "wisdom",
        "praise", "favour", "blessing", "temperance", "prudence", "constance", "felicity", "verity", "harmony", "liberty",
        "serenity", "unity", "modesty", "honesty", "loyalty", "purity", "amity", "clemency", "glory", "truth", "justice",
        "goodness", "kindness", "courage", "trust", "love", "precious", "destiny", "fortune", "providence", "haven",
    ]
    /// What is said of a quality after "is" or "was": "Patience was shown", "Faith is important".
    static let qualityVerbs: Set<String> = [
        "shown", "needed", "required", "demonstrated", "extended", "exercised", "practised", "practiced", "key", "essential",
        "important", "vital", "crucial", "lacking", "limited", "restored", "maintained", "stretched", "rewarded", "repaid",
        "misplaced", "expressed", "appreciated", "central", "paramount",
    ]
    /// Verbs before "with" or "to" that make a lower-case first name after them a person's: "spoke with jayden".
    static let meetingVerbs: Set<String> = [
        "spoke", "speak", "speaks", "speaking", "spoken", "talked", "talk", "talks", "talking", "met", "meet", "meets",
        "meeting", "chatted", "chat", "chats", "sat", "played", "plays", "playing", "argued", "fought", "fighting", "went",
        "go", "goes", "lives", "lived", "living", "stays", "stayed", "staying", "sleeps", "slept", "engaged", "engages",
        "worked", "works", "explained", "said", "says", "listened", "wrote", "written", "messaged", "texting", "texted",
        "linked", "close", "closer", "friends", "friendly", "relationship", "contact", "visit", "visits", "home", "alone",
        "left", "introduced", "referred", "belonged", "belongs", "reached", "ran",
    ]
    /// Words after which a lower-case first name and surname may begin: "about lukas marinov", "with tianna campbell".
    static let beforePerson: Set<String> = [
        "about", "with", "from", "re", "regarding", "named", "called", "aka", "mum", "dad", "mother", "father", "brother", "sister", "aunt", "uncle", "nan", "partner", "boyfriend",
        "girlfriend", "friend", "neighbour", "cousin", "grandmother", "grandfather", "carer", "saw", "seen", "visited",
        "told", "asked", "met", "contacted",
    ]
    /// Verbs done to a person that make a lower-case first name after them one: "saw jayden".
    static let contactVerbs: Set<String> = [
        "saw", "seen", "see", "sees", "visited", "visit", "visits", "met", "told", "tell", "tells", "asked", "ask", "asks",
        "phoned", "rang", "texted", "messaged", "contacted", "collected", "interviewed", "hit", "kicked", "punched",
        "hugged", "reassured", "supported", "accompanied", "observed", "assessed", "examined", "weighed", "bathed", "fed",
        "dressed", "smacked", "slapped", "grabbed", "pushed", "reminded", "encouraged", "praised", "helped", "warned",
    ]
    /// Lower-case words after a capitalised word that make it a place: "the Lawrence Weston estate",
    /// "Victoria bus station", "Easton town centre".
    static let placeNouns: Set<String> = [
        "estate", "estates", "area", "town", "village", "city", "station", "bus", "footpath", "towpath", "canal", "district",
        "precinct", "market", "tram", "airport", "harbour", "beach", "seafront", "promenade", "retail", "shopping", "underpass",
        "subway", "interchange", "flyover", "roundabout", "marina", "reservoir", "woods", "moors",
    ]
    /// Titles before a name (and the commonest titles of other languages: "Pani Nowak", "Frau Weber").
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "master", "dc", "pc", "ds", "di", "dci", "sgt", "cllr", "prof", "nurse", "sister",
        "pani", "frau", "herr", "señora", "senora", "señor", "senor", "signora", "madame", "mme", "monsieur", "mevrouw",
    ]
    /// Words before a name that say it is one: relations, and "named".
    static let relations: Set<String> = [
        "mum", "mother", "dad", "father", "brother", "sister", "son", "daughter", "baby", "sibling", "stepdad", "stepfather",
        "stepmum", "stepmother", "step-dad", "step-father", "step-mum", "step-mother", "grandmother", "grandfather", "nan",
        "nana", "nanna", "gran", "granny", "grandma", "grandad", "granddad", "grandpa", "aunt", "auntie", "aunty", "uncle",
        "cousin", "partner", "boyfriend", "girlfriend", "friend", "named", "called", "niece", "nephew", "twin", "half-brother",
        "half-sister", "stepbrother", "stepsister", "step-brother", "step-sister", "aka", "ex-partner", "husband", "wife",
        "fiancé", "fiance", "carer", "siblings", "brothers", "sisters", "sons", "daughters", "children", "child", "twins",
        "neighbour", "lodger",
    ]
    /// Capitalised words that never start a name: agency, role, document and
    /// place words, and words that open a sentence.
    static let notNames: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "then", "when", "after", "before", "at", "in", "on",
        "from", "to", "by", "with", "and", "but", "or", "her", "his", "their", "our", "my", "your", "its", "both",
        "each", "every", "all", "no", "not", "new", "old", "previous", "current", "former", "same", "local", "another",
        "other", "which", "whose", "where", "while", "although", "because", "since", "as", "if", "once", "she", "he",
        "they", "we", "it", "i", "you", "there", "here", "what", "who", "why", "how", "was", "were", "is", "are",
        "had", "has", "have", "did", "does", "do", "be", "been", "can", "could", "would", "should", "will", "may",
        "might", "must", "shall", "also", "only", "yes", "so", "for", "of", "over", "under", "during", "until",
        "about", "following", "further", "despite", "without", "within", "between", "across", "through", "throughout",
        "some", "most", "many", "few", "more", "less", "none", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "first", "second", "third", "last", "next", "early", "late", "later", "earlier",
        "today", "yesterday", "tomorrow", "overall", "however", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "mum", "dad", "mother", "father", "parent", "parents", "carer", "carers",
        "child", "children", "children's", "baby", "babies", "family", "families", "sibling", "siblings", "brother",
        "sister", "grandmother", "grandfather", "nan", "police", "health", "social", "care", "services", "service",
        "council", "team", "teams", "school", "schools", "nursery", "college", "academy", "hospital", "court", "ward",
        "unit", "centre", "center", "house", "home", "trust", "partnership", "board", "panel", "group", "hub", "gp",
        "nhs", "help", "plan", "plans", "protection", "conference", "conferences", "strategy", "meeting", "meetings",
        "discussion", "discussions", "review", "reviews", "assessment", "assessments", "referral", "referrals",
        "visit", "visits", "contact", "contacts", "support", "worker", "workers", "visitor", "visitors", "nurse",
        "nurses", "midwife", "midwives", "midwifery", "officer", "officers", "manager", "managers", "lead", "leads",
        "head", "teacher", "teachers", "designated", "safeguarding", "practitioner", "practitioners", "consultant",
        "paediatrician", "doctor", "doctors", "constable", "sergeant", "inspector", "detective", "chair", "advocate",
        "keyworker", "coordinator", "co-ordinator", "therapist", "psychologist", "psychiatrist", "clinician",
        "housing", "probation", "youth", "justice", "offending", "ofsted", "camhs", "mash", "marac", "mappa", "cin",
        "cp", "lac", "cla", "ehcp", "send", "senco", "dsl", "iro", "icpc", "rcpc", "s47", "section", "authority",
        "authorities", "agency", "agencies", "partner", "partners", "multi-agency", "department", "directorate",
        "education", "welfare", "attendance", "inclusion", "exclusion", "behaviour", "substance", "misuse", "alcohol",
        "drugs", "domestic", "abuse", "violence", "neglect", "exploitation", "missing", "mental", "emotional",
        "physical", "sexual", "harm", "risk", "risks", "concern", "concerns", "outcome", "outcomes", "action",
        "actions", "learning", "findings", "finding", "grade", "grades", "good", "outstanding", "inadequate",
        "requires", "improvement", "red", "amber", "green", "rag", "key", "stage", "year", "years", "reception",
        "class", "term", "autumn", "spring", "summer", "winter", "week", "weeks", "month", "months", "day", "days",
        "emergency", "a&e", "ae", "urgent", "primary", "secondary", "community", "adult", "adults", "women's", "men's",
        "people's", "barnardo's", "barnardos", "nspcc", "samaritans", "refuge", "aid", "women", "men", "people",
        "person", "young", "foster", "fostering", "adoption", "kinship", "residential", "placement", "placements",
        "order", "orders", "interim", "supervision", "legal", "proceedings", "pre-proceedings", "plo", "cafcass",
        "judge", "magistrates", "crown", "county", "city", "borough", "district", "region", "regional", "national",
        "england", "english", "ireland", "britain", "wales", "welsh", "scotland", "scottish", "british", "irish", "northern", "southern",
        "eastern", "western", "yorkshire", "lancashire", "leeds", "bradford", "bristol", "bedford", "somerset",
        "london", "manchester", "birmingham", "liverpool", "sheffield", "kirklees", "calderdale", "wakefield",
        "exampleshire", "street", "road", "avenue", "lane", "close", "drive", "way", "park", "estate", "flat", "flats",
        "bedsit", "hostel", "mosque", "church", "temple", "gurdwara", "library", "station", "surgery", "practice",
        "clinic", "pharmacy", "dentist", "dental", "optician", "wellbeing", "well-being", "voice", "lived",
        "experience", "wishes", "feelings", "views", "signs", "safety", "graded", "profile", "tool", "toolkit",
        "framework", "procedures", "procedure", "policy", "policies", "guidance", "working", "together", "threshold",
        "thresholds", "document", "chronology", "genogram", "record", "records", "note", "notes", "minutes", "letter",
        "email", "report", "reports", "rationale", "evidence", "theme", "themes", "audit", "audits", "auditor",
        "auditors", "quality", "performance", "sub-group", "subgroup", "executive", "statutory", "independent",
        "reviewing", "officer's", "visitor's", "worker's", "manager's", "nurse's", "teacher's", "council's", "trust's",
        "school's", "police's", "team's", "court's", "panel's", "board's", "partnership's", "agency's", "authority's",
        "ofsted's", "gp's", "mum's", "dad's", "mother's", "father's", "parent's", "parents'", "child's", "baby's",
        "family's", "today's", "everyone's", "nobody's", "someone's", "anyone's", "nhs's", "home's", "hospital's",
        "service's", "practice's", "unit's", "ward's", "centre's", "nursery's", "academy's", "college's", "county's",
        "city's", "borough's", "leeds's", "government", "department for education", "dfe", "ons", "pupil", "pupils",
        "student", "students", "staff", "governors", "head's", "deputy", "senior", "junior", "assistant",
        "interpreter", "translation", "covid", "covid-19", "christmas", "easter", "eid", "ramadan", "diwali",
        "half-term", "year's", "bank", "holiday", "holidays", "ok", "okay", "please", "thanks", "thank", "dear",
        "regards", "hello", "hi", "re", "fw", "mr", "mrs", "ms", "miss", "dr", "mx", "st", "saint", "named", "called",
        "known", "said", "reported", "told", "asked", "stated", "confirmed", "agreed", "noted", "recorded", "seen",
        "heard", "attended", "missed", "lives", "moved", "stays", "stayed", "goes", "went", "came", "visited", "spoke",
        "shared",
    ]
    /// Words after a name that make it a place or a body: "Rose Ward",
    /// "Martin House", "Victoria Hospital" (only with their capital).
    static let placeTypes: Set<String> = [
        "road", "street", "avenue", "close", "lane", "drive", "way", "crescent", "court", "gardens", "place", "terrace",
        "grove", "walk", "rise", "mews", "row", "square", "parade", "view", "park", "vale", "ward", "wards", "unit", "hospital",
        "hospitals", "infirmary", "surgery", "practice", "medical", "health", "centre", "center", "house", "lodge", "hall",
        "estate", "trust", "foundation", "school", "academy", "primary", "nursery", "college", "church", "chapel", "mosque",
        "library", "clinic", "station", "team", "service", "services", "council", "partnership", "police", "hub", "project",
        "group", "children's", "family", "infant", "infants", "junior", "juniors", "high", "care", "fc", "ltd", "limited",
        "hospice", "suite", "wing", "building", "campus", "village", "town", "city", "bridge", "street's", "road's",
        "moor", "heights", "fields", "meadows", "green", "common", "gate", "side", "end", "bank", "hill", "wood", "cottage",
        "cottages", "farm", "manor", "towers", "tower", "court's", "surgery's", "practice's", "clinic's", "team's",
        "airport", "stadium", "arena", "racecourse", "pier", "university", "institute", "society", "association", "network", "alliance", "housing", "homes", "community",
        "communities", "district", "county", "borough", "avenue's", "mill", "mills", "yard", "quay", "wharf", "street,",
    ]
    /// Words before a name that make it a saint or a place.
    static let placePrefixes: Set<String> = ["st", "st.", "saint", "fort", "port", "mount", "lake", "cape", "north", "south", "east", "west", "upper", "lower", "great", "little"]
}
