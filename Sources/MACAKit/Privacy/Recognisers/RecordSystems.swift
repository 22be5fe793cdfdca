/// Apps, record systems, firms and medicines that safeguarding records name
/// and that no dictionary holds, so that the name recogniser would otherwise
/// read them as names nobody registered ("Yubo chats were found", "Mears
/// provided the accommodation"). Never names, in any case (issue 15).
///
/// Chosen by hand (lower case) from public lists of the kinds of thing
/// audit prose mentions, not from any test corpus:
/// - apps and sites children use: the NSPCC and O2 "Net Aware" guide to
///   social media, apps and games, and the age-checking services named in
///   Ofcom's Online Safety Act guidance;
/// - school information and safeguarding recording systems: the suppliers
///   schools name in the DfE school census guidance, and the recording tools
///   in Keeping Children Safe in Education training material;
/// - health and social care record systems: NHS England's GP IT Futures
///   catalogue and the case management systems councils report using;
/// - firms providing asylum accommodation, transport and care: the Home
///   Office's Asylum Accommodation and Support Contracts, and common
///   children's-home and fostering agency providers;
/// - children's mental health and wellbeing services and apps: the NHS Apps
///   Library and local CAMHS digital offers;
/// - medicines: the BNF for Children's commonest brand names not already in
///   NameWords.medical.
///
/// A word here that is also a surname ("Mears") is then never read as a
/// name alone; beside a title or a relation it still is ("Mr Mears").
enum RecordSystems {
    static let names: Set<String> = [
        // Social media, messaging, games and age checks.
        "yubo", "wizz", "yoti", "kik", "hoop", "tellonym", "azar", "holla", "likee", "bigo", "twitch", "reddit", "tumblr",
        "pinterest", "bereal", "viber", "wechat", "onlyfans", "tinder", "grindr", "bumble", "badoo", "jodel", "houseparty",
        "triller", "lipsi", "sarahah", "sendit", "ngl", "askfm", "vrchat", "zepeto", "habbo", "wattpad", "depop", "vinted",
        "gumtree", "klarna", "clearpay", "cashapp", "monzo", "revolut", "paysafecard", "steam", "valorant", "gta", "fifa",
        "pokemon", "mumsnet", "imessage", "facetime", "messenger", "snapmap", "ome", "chatroulette", "livu",
        "hily", "qwell", "togetherall", "shout", "papyrus", "headspace", "calmharm", "mindmate",
        "tellmi", "meetwo", "youngminds", "healios", "chathealth",
        // School information, safeguarding and behaviour systems.
        "arbor", "sims", "bromcom", "scholarpack", "isams", "integris", "progresso", "cpoms", "myconcern", "classdojo",
        "seesaw", "tapestry", "parentmail", "schoolcomms", "weduc", "studybugs", "edulink", "satchel", "sparx",
        "classcharts", "wonde", "impero", "smoothwall", "securus", "senso", "netsweeper", "provisionmap", "edukey",
        "welfarecall", "marvellousme", "pupilasset", "bromcom's", "arbor's",
        // Health and social care records.
        "controcc", "servelec", "caredirector", "adastra", "lorenzo", "cerner", "ardens", "docman", "accurx",
        "patchs", "askmygp", "badgernet", "euroking", "cpis", "cp-is", "carenotes", "iaptus",
        "ccis", "smartcare", "medisec", "tpp", "visionplus", "lcs", "ics", "eis",
        // Accommodation, transport, care and security providers.
        "mears", "serco", "clearsprings", "g4s", "mitie", "sodexo", "interserve", "pertemps", "randstad",
        "witherslack", "cambian", "priory", "nfa", "tact", "kibble",
        "fostertalk", "clarion", "housing21", "stonewater", "incommunities",
        "lyft", "getir", "gopuff", "evri", "dpd", "yodel", "justeat",
        // Medicines (brands and generics) children's records name.
        "paxlovid", "molnupiravir", "tamiflu", "oseltamivir", "aciclovir", "epilim", "keppra", "levetiracetam",
        "lamotrigine", "circadin", "guanfacine", "intuniv", "atomoxetine", "lisdexamfetamine", "methylphenidate",
        "dexamfetamine", "prednisolone", "salbutamol", "beclometasone", "clenil", "fostair", "seretide", "symbicort",
        "cetirizine", "loratadine", "fexofenadine", "hydrocortisone", "diprobase", "doublebase", "epimax", "oilatum",
        "aveeno", "cetraben", "zeroderm", "dermol", "nystatin", "canesten", "trimethoprim", "nitrofurantoin", "cefalexin",
        "metronidazole", "microgynon", "nexplanon", "mirena", "levonorgestrel", "ellaone", "buscopan", "senna", "lactulose",
        "fybogel", "piriteze", "benadryl", "sudafed", "lemsip", "beechams", "strepsils", "bonjela", "anbesol",
    ]
}
