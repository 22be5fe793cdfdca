import Foundation

/// Names nobody registered: the gazetteer's first names and surnames
/// (Scripts/extract-names), capitalised words no list knows, and other
/// capitalised words that the text shows to be names
/// (Documentation/Privacy.md, "Names nobody registered"). For a capitalised word:
///
/// - after a title ("Mr", "Ms", "Dr", "PC") or a relation or "named"
///   ("Mum Kerry", "her brother Jaxon", "a friend called Tyler"): a name,
///   with the capitalised word after it as a surname; after a relation, not
///   an English word that is no name ("Child Criminal Exploitation");
/// - a gazetteer first name and a surname together ("Kerry Smith"), a
///   plain first name before any capitalised word ("Kerry Blenkinsop"),
///   any capitalised word before a plain surname ("Kayden Smith"), or a
///   first name before a word no list knows ("Grant Cushwa"): a name;
/// - a gazetteer name alone: a name if it is a plain one ("Kerry", even
///   starting a sentence); if it is also an everyday word ("Grace",
///   "Swift", "Young") only mid-sentence, with no article before it, no
///   capitalised word beside it ("Young Carers") and no number after it
///   ("Summer 2024"), or starting a sentence before a verb a person does
///   ("Martin told"), as a possessive or before an age ("Grace (7)"); if it
///   is usually capitalised for another reason ("May", "Amber", "Ward",
///   "White British", "Bolton") or one of the commonest words ("Case") or a
///   place ("Bury") never alone;
/// - a capitalised word no list knows (no gazetteer name, English word,
///   place, service, language, medicine or area: "Zofia", "Nowak"): a name
///   mid-sentence, alone, not after an article, a determiner or a
///   preposition of place; two together are a name and a surname; starting
///   a sentence, only as a possessive, before a verb a person does or an age;
/// - after "the" only before a family word ("the Nowak family");
/// - never before a place word ("Rose Ward", "Martin House", "Victoria
///   Hospital", "Ronald McDonald House") or after "St", nor in the name of
///   a shop or charity named after a person ("John Lewis"), nor before
///   "disease" or "syndrome" ("Crohn's disease");
/// - a capitalised possessive mid-sentence ("saw Kayden's bedroom");
/// - a capitalised word joined by "and" or a comma to a name found, and
///   every other capitalised use in the same line of a word found so;
/// - and the rules of issue 15 for text written cold by other hands
///   (Documentation/Privacy.md, "Rules added for text written cold"):
///   names looked up without their diacritics or apostrophe, ages and
///   nicknames, relations and roles in brackets, initials, lower-case names
///   in a person's context, virtues used as nouns, references, institutions,
///   places, and the apps, systems and firms of RecordSystems.
enum NameRecogniser {
    enum Tier { case plain, everyday, neverAlone }

    struct Token {
        /// The word without a possessive ending.
        var range: NSRange
        var possessive = false
        var capitalised = false
        var allCaps = false
        var sentenceStart = false
        /// Only spaces between the word before and this one.
        var joined = false
        /// Only a comma (and spaces) between them.
        var commaBefore = false
        /// A colon between them, on one line ("Child: Jade").
        var colonBefore = false
        var line = 0
    }

    static func tokens(of text: ScanText) -> [Token] {
        var tokens: [Token] = []
        let units = text.units
        let count = units.count
        var index = 0
        var line = 0
        var lastEnd = 0
        while index < count {
            let unit = units[index]
            if ScanText.isLineBreak(unit) { line += 1 }
            guard isLetter(unit) else { index += 1; continue }
            let start = index
            let upperFirst = isUpper(unit)
            var lower = false, upper = upperFirst
            index += 1
            while index < count {
                let next = units[index]
                if isLetter(next) {
                    if isUpper(next) { upper = true } else if isLower(next) { lower = true }
                    index += 1
                } else if (next == 0x27 || next == 0x2019 || next == 0x2D || next == 0x2010) && index + 1 < count && isLetter(units[index + 1]) {
                    index += 1
                } else {
                    break
                }
            }
            var end = index
            var possessive = false
            if end - start > 3, units[end - 1] == 0x73, units[end - 2] == 0x27 || units[end - 2] == 0x2019 {
                end -= 2
                possessive = true
            }
            var token = Token(range: NSRange(location: start, length: end - start))
            token.possessive = possessive
            token.capitalised = upperFirst && lower
            token.allCaps = upper && !lower && end - start >= 2
            token.line = line
            // What lies between the word before and this one.
            var spaces = true, comma = false, colon = false, boundary = lastEnd == 0 && tokens.isEmpty
            var scan = start - 1
            while scan >= lastEnd && scan >= 0 {
                let between = units[scan]
                switch between {
                case 0x20, 0xA0, 0x09: break
                case 0x2C: comma = true; spaces = false
                case 0x3A: colon = true; boundary = true; spaces = false
                case 0x2E, 0x21, 0x3F, 0x3B, 0x2022, 0x2A: boundary = true; spaces = false
                default:
                    if ScanText.isLineBreak(between) { boundary = true }
                    spaces = false
                }
                scan -= 1
            }
            if tokens.isEmpty && start == 0 { boundary = true }
            if !tokens.isEmpty, boundary, units[start - 1] != 0x0A, let previous = tokens.last,
               isAbbreviation(text.substring(previous.range)) || isSecondInitial(previous, in: text),
               text.substring(NSRange(location: previous.range.location + previous.range.length, length: 1)) == "." {
                // "Mr. Smith", "St. Anne's", "L.S. Grabowska": the full stop ends no sentence.
                boundary = false
                spaces = true
            }
            token.sentenceStart = boundary || tokens.isEmpty
            token.joined = spaces && !token.sentenceStart && !tokens.isEmpty && tokens.last!.line == line
            token.commaBefore = comma && !boundary
            token.colonBefore = colon && !tokens.isEmpty && tokens.last!.line == line
            tokens.append(token)
            lastEnd = index
        }
        return tokens
    }

    static func isLetter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) }
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.properties.isAlphabetic
    }

    static func isUpper(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit >= 0x41 && unit <= 0x5A }
        return Unicode.Scalar(unit)?.properties.isUppercase ?? false
    }

    static func isLower(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit >= 0x61 && unit <= 0x7A }
        return Unicode.Scalar(unit)?.properties.isLowercase ?? false
    }

    /// A capital letter alone after another and a full stop: the "S" of "L.S. Grabowska".
    static func isSecondInitial(_ token: Token, in text: ScanText) -> Bool {
        let at = token.range.location
        guard token.range.length == 1, isUpper(text.units[at]), at >= 2 else { return false }
        return text.units[at - 1] == 0x2E && isUpper(text.units[at - 2]) && (at == 2 || !isLetter(text.units[at - 3]))
    }

    static func isAbbreviation(_ word: String) -> Bool {
        ["mr", "mrs", "ms", "dr", "st", "mx", "prof", "sgt", "cllr"].contains(word.lowercased())
    }

    /// The lower-cased form a word is looked up by (curly apostrophes straightened).
    static func key(_ word: String) -> String {
        let lower = word.lowercased()
        guard lower.utf8.contains(where: { $0 >= 0x80 }) else { return lower }
        return lower.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "\u{2010}", with: "-")
    }

    /// The key without its diacritics ("şahin" as "sahin") or a name's
    /// apostrophe after a short prefix ("de'andre" as "deandre", "o'neill" as
    /// "oneill"; never a contraction's: "can't", "we'll"); nil when that is
    /// the key itself. The gazetteer is looked up by it when the key is not there.
    static func folded(_ key: String) -> String? {
        let bytes = key.utf8
        guard bytes.contains(where: { $0 >= 0x80 || $0 == 0x27 }) else { return nil }
        var word = key
        if let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }) {
            let before = word.distance(from: word.startIndex, to: apostrophe)
            let after = word.distance(from: apostrophe, to: word.endIndex) - 1
            guard (1...3).contains(before), after >= 3 else { return nil }
        }
        word = NameRegistered.folded(word)
        return word == key ? nil : word
    }

    static func isFirstName(_ key: String) -> Bool {
        if NameGazetteer.firstNames.contains(key) { return true }
        if let plain = folded(key) { return isFirstName(plain) }
        guard key.contains("-") else { return false }
        let parts = key.split(separator: "-").map(String.init)
        return NameGazetteer.firstNames.contains(parts[0]) && parts.allSatisfy { NameGazetteer.firstNames.contains($0) || NameGazetteer.surnames.contains($0) }
    }

    static func isSurname(_ key: String) -> Bool {
        if NameGazetteer.surnames.contains(key) { return true }
        if let plain = folded(key) { return isSurname(plain) }
        guard key.contains("-") else { return false }
        let parts = key.split(separator: "-").map(String.init)
        return parts.contains { NameGazetteer.surnames.contains($0) } && parts.allSatisfy { !NameWords.notNames.contains($0) }
    }

    /// A town, county or area ("leeds", "tameside") that is no first name: a
    /// capitalised word after it, or joined to it by a hyphen, names an
    /// institution or a team ("Leeds Beckett", "Barca-Leeds"), not a person.
    static func isPlaceWord(_ key: String) -> Bool {
        (NameGazetteer.places.contains(key) || NameWords.areas.contains(key)) && !NameGazetteer.firstNames.contains(key)
    }

    /// A hand decision in NameWords first, then the data's (Scripts/extract-names).
    static func tier(_ key: String) -> Tier {
        if key.contains("-") { return .plain }
        if NameWords.neverAlone.contains(key) { return .neverAlone }
        if NameWords.everyday.contains(key) { return .everyday }
        if NameWords.areas.contains(key) { return .neverAlone }
        if NameGazetteer.neverAlone.contains(key) || NameGazetteer.places.contains(key) { return .neverAlone }
        if NameGazetteer.everyday.contains(key) { return .everyday }
        return .plain
    }

    /// A word some list knows is not a name: an English word in any case, a
    /// place, or one of NameWords' agency, role, place and service words.
    static func isKnownWord(_ key: String) -> Bool {
        if NameWords.notNames.contains(key) || NameWords.placeTypes.contains(key) || NameWords.services.contains(key) || NameWords.languages.contains(key)
            || NameWords.areas.contains(key) || NameWords.medical.contains(key)
            || NameWords.placeEndings.contains(where: { key.hasSuffix($0) && key.count > $0.count + 2 })
            || NameWords.medicalEndings.contains(where: { key.hasSuffix($0) && key.count > $0.count + 1 })
            || NameWords.titles.contains(key) || NameWords.relations.contains(key) || NameWords.placePrefixes.contains(key) {
            return true
        }
        if NameGazetteer.words.contains(key) { return true }
        // "Mosaics", "Kirklees'": a known word with an ending.
        for ending in ["s", "'", "’"] where key.hasSuffix(ending) && key.count > 3 {
            if NameGazetteer.words.contains(String(key.dropLast())) { return true }
        }
        return false
    }

    /// A capitalised word no list knows, shaped like a name: neither in the
    /// gazetteer nor a known word, three letters or more, and no capital
    /// inside but a name's (McAllister, O'Brien, DeShawn), never "SystmOne".
    static func isUnknownName(_ word: String, key: String) -> Bool {
        guard word.count >= 3, !isFirstName(key), !isSurname(key) else { return false }
        let parts = word.split(separator: "-")
        guard parts.count <= 3 else { return false }
        for part in parts {
            guard let first = part.first, first.isUppercase, part.count >= 2 else { return false }
            let rest = part.dropFirst()
            if let inner = rest.firstIndex(where: \.isUppercase) {
                // Mc, Mac, O', D', De, Di, La, Le, Van before a capital: a name's own.
                let prefix = String(part[part.startIndex..<inner])
                // And any short prefix with an apostrophe: "De'Andre", "Ja'Mari".
                let apostrophed = (2...4).contains(prefix.count) && (prefix.last == "'" || prefix.last == "’")
                guard apostrophed || ["Mc", "Mac", "O'", "O’", "D'", "D’", "De", "Di", "Da", "La", "Le", "Van", "Von", "St"].contains(prefix),
                      !part[part.index(after: inner)...].contains(where: \.isUppercase) else { return false }
            }
            let partKey = Self.key(String(part))
            if parts.count > 1, isPlaceWord(partKey) { return false }
            if parts.count > 1, isFirstName(partKey) || isSurname(partKey) { continue }
            if isKnownWord(partKey) { return false }
        }
        return true
    }

    /// A capitalised possessive mid-sentence is a name's unless the word is one NameWords never reads
    /// alone (months, colours: "May's review") or a place ("London's"); a name that is only a word
    /// ("Lien's lunchbox", "Fanny's nan") is one.
    static func possessiveName(_ key: String) -> Bool {
        !NameWords.neverAlone.contains(key) && !NameWords.areas.contains(key) && !NameGazetteer.places.contains(key)
    }

    /// A capitalised word the gazetteer holds (for the date-of-birth rule "Kayden (03/03/2019)").
    static func isGazetteerName(_ word: String) -> Bool {
        let key = key(word)
        return (isFirstName(key) || isSurname(key)) && tier(key) != .neverAlone
    }

    /// First names written in lower case ("spoke with jayden"), only where the
    /// words around say a person: after "with" or "to" and a verb of meeting
    /// or talking ("spoke with", "went to"; "with" alone is not enough), after
    /// a verb done to a person ("saw", "visited", "told"), after "re", "about",
    /// "for" or "from", after a relation ("mum kerry", "mum (zofia)"), or after
    /// "and" or starting a sentence before a verb a person does ("mum and
    /// jayden went"). Only a gazetteer first name that is no English word, of
    /// three letters or more, and read alone as a name (its tier plain):
    /// "spoke with grace" and "spoke with support" are not. With a surname
    /// after it that is no English word, both ("tianna campbell"); before a
    /// role or an agency in brackets, a surname or a word no list knows too
    /// ("okonkwo (sw)").
    static func lowerCaseNames(_ tokens: [Token], in text: ScanText, key: (Int) -> String) -> [Int] {
        var found: [Int] = []
        let units = text.units
        for index in tokens.indices where !tokens[index].capitalised && !tokens[index].allCaps && tokens[index].range.length >= 3 {
            let token = tokens[index]
            // The words around are read first: they are cheaper than the lists.
            var cued = false
            let start = token.range.location, end = start + token.range.length
            if index > 0, start >= 1, units[start - 1] == 0x28, tokens[index - 1].line == token.line, NameWords.relations.contains(key(index - 1)) {
                // "mum (zofia)": a name in brackets after a relation.
                cued = true
            } else if end + 2 < units.count, units[end] == 0x20, units[end + 1] == 0x28, index + 1 < tokens.count,
                      NameWords.bracketRoles.contains(key(index + 1)), !token.possessive {
                // "owusu-ansah (police)": a name, a surname too, before a role or an agency in brackets.
                let word = key(index)
                // A word no list knows counts too ("dąbrowska (police)"), from four letters.
                let listed = isFirstName(word) || isSurname(word)
                // Unlisted, an English word's ending says a word the lists lack ("the first responder (police…)").
                let englishEnding = ["er", "or", "ers", "ors", "ing", "ed", "tion", "ment", "ness", "ity", "ist", "ly", "ies", "ship"]
                    .contains { word.hasSuffix($0) }
                if !isKnownWord(word), !NameWords.services.contains(word),
                   listed ? tier(word) != .neverAlone : token.range.length >= 4 && !englishEnding {
                    found.append(index)
                }
                continue
            }
            if !cued, index > 0, token.joined {
                let before = key(index - 1)
                if before == "with" || before == "to" {
                    cued = index > 1 && tokens[index - 1].joined && NameWords.meetingVerbs.contains(key(index - 2))
                } else if NameWords.contactVerbs.contains(before) || (NameWords.relations.contains(before) && !["named", "called", "aka"].contains(before)) {
                    cued = true
                } else if ["and", "named", "called", "re", "regarding", "about", "for", "from"].contains(before) {
                    cued = true
                }
            }
            if !cued, token.sentenceStart || (index > 0 && token.joined && key(index - 1) == "and") {
                let next = index + 1
                cued = next < tokens.count && tokens[next].joined && NameWords.personVerbs.contains(key(next)) && key(next) != "and"
            }
            if cued, index > 0, token.joined, key(index - 1) == "and", !token.sentenceStart {
                // After "and", only with a verb a person does next, or a name found before it ("kerry and jayden").
                let next = index + 1
                let verbAfter = next < tokens.count && tokens[next].joined && NameWords.personVerbs.contains(key(next)) && key(next) != "and"
                let nameBefore = index > 1 && found.last == index - 2
                cued = verbAfter || nameBefore
            }
            if found.last == index { continue }
            // A first name and a surname, both in lower case and neither an English word, where a name may
            // start: opening a clause, after a comma or a word that goes before a person ("a neighbour, tianna
            // campbell", "about lukas marinov's cousin"). (Only there: the lists are not searched for every word.)
            let next = index + 1
            let pair = next < tokens.count && tokens[next].joined && !tokens[next].capitalised && !tokens[next].allCaps
                && tokens[next].range.length >= 3 && !tokens[index].possessive
                && (cued || token.sentenceStart || token.commaBefore || (index > 0 && token.joined && NameWords.beforePerson.contains(key(index - 1))))
            guard cued || pair else { continue }
            let word = key(index)
            guard !word.contains("'"), !word.contains("’"), isFirstName(word), !isKnownWord(word), !hasKnownPart(word), tier(word) == .plain,
                  !NameWords.services.contains(word) else { continue }
            if pair {
                let other = key(next)
                let surname = !other.contains("'") && !other.contains("’") && !isKnownWord(other) && !hasKnownPart(other)
                    && !NameWords.services.contains(other)
                    && (isSurname(other) ? tier(other) != .neverAlone : (tokens[next].range.length >= 4 && !isFirstName(other)))
                if surname {
                    found.append(index)
                    found.append(next)
                    continue
                }
                guard cued else { continue }
            }
            found.append(index)
        }
        return found
    }

    /// A lower-case word joined by hyphens with an English word in it
    /// ("daily-care", "may-june") is that word, not a name: in lower case a
    /// hyphenated name ("amelia-rose") is read only when no part is a word.
    static func hasKnownPart(_ key: String) -> Bool {
        key.contains("-") && key.split(separator: "-").contains { isKnownWord(String($0)) }
    }

    static func find(in text: ScanText) -> [NSRange] {
        let tokens = tokens(of: text)
        var keys = [String?](repeating: nil, count: tokens.count)
        func key(_ index: Int) -> String {
            if let known = keys[index] { return known }
            let made = Self.key(text.substring(tokens[index].range))
            keys[index] = made
            return made
        }
        var flagged = [Bool](repeating: false, count: tokens.count)
        let lowerCase = lowerCaseNames(tokens, in: text, key: key)
        for index in lowerCase { flagged[index] = true }
        guard !lowerCase.isEmpty || tokens.contains(where: { $0.capitalised || $0.allCaps }) else { return [] }
        /// A capitalised word that could be a name: not an agency, role or sentence word.
        func nameShaped(_ index: Int) -> Bool {
            tokens[index].capitalised && !NameWords.notNames.contains(key(index)) && !isService(index)
        }
        /// A shop, app, system, charity, language, medicine or area ("Barnardo's", "Costa", "Pashto", "Calpol",
        /// "Tameside"), or a condition named after someone ("Crohn's disease", "Parkinson's").
        func isService(_ index: Int) -> Bool {
            let word = key(index)
            if NameWords.services.contains(tokens[index].possessive ? word + "'s" : word) || NameWords.languages.contains(word)
                || NameWords.areas.contains(word) || NameWords.medical.contains(word) {
                return true
            }
            let next = index + 1
            return tokens[index].possessive && next < tokens.count && tokens[next].joined && NameWords.eponymous.contains(key(next))
        }
        func isPlace(after index: Int) -> Bool {
            let next = index + 1
            guard next < tokens.count, tokens[next].joined, tokens[next].capitalised || tokens[next].allCaps else { return false }
            return NameWords.placeTypes.contains(key(next))
        }
        /// A number next after the word ("Summer 2024", "Level 3"): a season, a term or a stage.
        func numberAfter(_ index: Int) -> Bool {
            var scan = tokens[index].range.location + tokens[index].range.length
            if tokens[index].possessive { return false }
            while scan < text.units.count, text.units[scan] == 0x20 || text.units[scan] == 0xA0 { scan += 1 }
            return scan < text.units.count && ScanText.digit(text.units[scan]) != nil
        }
        /// An age after the word: "Tedi (9)", "Leonidha, aged 13", "Temperance (Tempe) is 4.",
        /// "Orla is 6, her brother", "Tallis was 3 when"; a nickname in brackets may come between.
        func ageAfter(_ index: Int) -> Bool {
            let units = text.units
            var scan = tokens[index].range.location + tokens[index].range.length + (tokens[index].possessive ? 2 : 0)
            var next = index + 1
            func skipSpaces() { while scan < units.count, units[scan] == 0x20 || units[scan] == 0xA0 { scan += 1 } }
            skipSpaces()
            if nickname(after: index) != nil {
                scan = tokens[index + 1].range.location + tokens[index + 1].range.length + 1
                next = index + 2
                skipSpaces()
            }
            guard scan < units.count else { return false }
            if units[scan] == 0x28 {
                scan += 1
                return scan < units.count && ScanText.digit(units[scan]) != nil
            }
            guard next < tokens.count else { return false }
            if units[scan] == 0x2C {
                return tokens[next].commaBefore && ["aged", "age"].contains(key(next))
            }
            // "is 4." / "was 3 when": a number alone after "is" or "was", then the clause ends, or years, or "when".
            guard tokens[next].range.location == scan, tokens[next].line == tokens[index].line,
                  ["is", "was", "turned", "turns"].contains(key(next)) else { return false }
            scan = tokens[next].range.location + tokens[next].range.length
            skipSpaces()
            var digits = 0
            while scan < units.count, ScanText.digit(units[scan]) != nil { scan += 1; digits += 1 }
            guard (1...2).contains(digits) else { return false }
            skipSpaces()
            guard scan < units.count else { return true }
            if [0x2E, 0x2C, 0x3B, 0x29, 0x21].contains(units[scan]) || ScanText.isLineBreak(units[scan]) { return true }
            let after = next + 1
            return after < tokens.count && tokens[after].range.location == scan && ["years", "year", "yrs", "when", "and"].contains(key(after))
        }
        /// A nickname in brackets straight after the word: "Temperance (Tempe)"; the bracketed token's index.
        func nickname(after index: Int) -> Int? {
            let units = text.units
            let next = index + 1
            guard next < tokens.count, tokens[next].capitalised, !tokens[next].possessive, tokens[next].line == tokens[index].line else { return nil }
            let end = tokens[index].range.location + tokens[index].range.length
            let start = tokens[next].range.location, close = start + tokens[next].range.length
            guard start >= 1, units[start - 1] == 0x28, close < units.count, units[close] == 0x29 else { return nil }
            for at in end..<(start - 1) where units[at] != 0x20 && units[at] != 0xA0 { return nil }
            let word = key(next)
            guard !NameWords.notNames.contains(word), !NameWords.relations.contains(word), !NameWords.titles.contains(word),
                  !isService(next), !isPlaceWord(word) else { return nil }
            return next
        }
        /// A relation in brackets straight after the word: "Yaw (a family friend)", "abdi (maternal aunt)".
        func relationAfter(_ index: Int) -> Bool {
            let units = text.units
            let end = tokens[index].range.location + tokens[index].range.length + (tokens[index].possessive ? 2 : 0)
            var scan = end
            while scan < units.count, units[scan] == 0x20 || units[scan] == 0xA0 { scan += 1 }
            guard scan < units.count, units[scan] == 0x28 else { return false }
            var at = index + 1
            while at < tokens.count, at <= index + 3, tokens[at].line == tokens[index].line {
                if NameWords.relations.contains(key(at)) && !["named", "called", "aka", "child", "children", "baby"].contains(key(at)) { return true }
                // A practitioner's role or agency alone in the brackets: "A Dhillon (SW)", "Ruddock (police)".
                if at == index + 1, NameWords.bracketRoles.contains(key(at)) {
                    let close = tokens[at].range.location + tokens[at].range.length
                    let word = key(index)
                    return close < units.count && units[close] == 0x29 && !isPlaceWord(word) && (isFirstName(word) || isSurname(word) || !isKnownWord(word))
                }
                let close = tokens[at].range.location + tokens[at].range.length
                if close < units.count, units[close] == 0x29 { return false }
                at += 1
            }
            return false
        }
        /// A lower-case word after it that makes it a place: "the Lawrence Weston estate", "Victoria bus station".
        func placeNounAfter(_ index: Int) -> Bool {
            let next = index + 1
            guard next < tokens.count, tokens[next].joined, !tokens[next].capitalised, !tokens[next].allCaps, !tokens[index].possessive else { return false }
            return NameWords.placeNouns.contains(key(next))
        }
        /// An all-capital word joined to digits is part of a reference of another kind ("MACA-24-003", "AB12").
        func joinedToDigits(_ index: Int) -> Bool {
            let units = text.units
            let end = tokens[index].range.location + tokens[index].range.length
            if end < units.count {
                if ScanText.digit(units[end]) != nil { return true }
                if [0x2D, 0x2F, 0x5F].contains(units[end]), end + 1 < units.count, ScanText.digit(units[end + 1]) != nil { return true }
            }
            let start = tokens[index].range.location
            if start >= 1, ScanText.digit(units[start - 1]) != nil { return true }
            if start >= 2, [0x2D, 0x2F, 0x5F].contains(units[start - 1]), ScanText.digit(units[start - 2]) != nil { return true }
            return false
        }
        /// A virtue or quality that names no one here: at the start of a sentence, before "and" and a lower-case word
        /// ("Grace and favour", "Holly and ivy"), or before "is"/"was" and what one does with a quality
        /// ("Patience was shown", "Patience is key").
        func quality(_ index: Int) -> Bool {
            let next = index + 1
            guard tokens[index].sentenceStart, !tokens[index].possessive, next + 1 < tokens.count, tokens[next].joined, tokens[next + 1].joined else { return false }
            let verb = key(next), after = key(next + 1)
            if tokens[next + 1].capitalised {
                // Two virtues, the second one never read alone as a name: "Faith and Hope", "Grace and Hope".
                return verb == "and" && NameWords.virtues.contains(key(index)) && NameWords.virtues.contains(after) && tier(after) == .neverAlone
            }
            guard !tokens[next + 1].allCaps else { return false }
            if verb == "and" || verb == "or" {
                return !NameWords.relations.contains(after) && !NameWords.personWords.contains(after)
            }
            return NameWords.virtues.contains(key(index)) && ["is", "was", "were", "are"].contains(verb) && NameWords.qualityVerbs.contains(after)
        }
        /// "the Nowak family", "the Begum children".
        func familyAfter(_ index: Int) -> Bool {
            let next = index + 1
            return tokens[index].capitalised && !tokens[index].possessive && next < tokens.count && tokens[next].joined && !tokens[next].capitalised && !tokens[next].allCaps
                && NameWords.familyWords.contains(key(next))
        }
        func afterPlacePrefix(_ index: Int) -> Bool {
            guard index > 0, tokens[index].joined || isAbbreviation(key(index - 1)), tokens[index - 1].capitalised || tokens[index - 1].allCaps else { return false }
            let before = key(index - 1)
            if NameWords.placePrefixes.contains(before) { return true }
            // "the River Aire", "near the River Calder": a river, after an article (a child may be called River).
            return before == "river" && index > 1 && tokens[index - 1].joined && NameWords.determiners.contains(key(index - 2))
        }
        func gazetteer(_ index: Int) -> (first: Bool, surname: Bool) {
            let key = key(index)
            // A hyphenated name has a capital on every part ("Smith-Jones", not "Cross-border").
            if key.contains("-") {
                let word = text.substring(tokens[index].range)
                let capitals = word.split(separator: "-").allSatisfy { $0.first?.isUppercase == true }
                guard capitals else { return (false, false) }
            }
            return (isFirstName(key), isSurname(key))
        }
        // Shops, charities and services named after people are not people.
        var organisation = [Bool](repeating: false, count: tokens.count)
        for index in tokens.indices where tokens[index].capitalised {
            for phrase in NameWords.organisations where phrase[0] == key(index) && index + phrase.count <= tokens.count {
                let words = (0..<phrase.count).map { key(index + $0) }
                if words == phrase { for offset in 0..<phrase.count { organisation[index + offset] = true } }
            }
            if placeNounAfter(index) {
                // "the Lawrence Weston estate", "Easton town centre": a place, with the capitalised words before.
                organisation[index] = true
                var back = index
                while back > 0, tokens[back].joined, tokens[back - 1].capitalised, !tokens[back - 1].sentenceStart || !NameWords.notNames.contains(key(back - 1)) {
                    back -= 1
                    organisation[back] = true
                }
            }
            if afterPlacePrefix(index), key(index - 1) == "river" { organisation[index - 1] = true; organisation[index] = true }
            guard index > 0, tokens[index].joined else { continue }
            let before = tokens[index - 1]
            if before.capitalised || before.allCaps, isPlaceWord(key(index - 1)) {
                // A word after a town's name is an institution's ("Leeds Beckett", "Halifax Panthers").
                organisation[index] = true
            } else if index > 1, key(index - 1) == "of", tokens[index - 2].capitalised || tokens[index - 2].allCaps {
                // "Our Lady of Lourdes", "University of Bolton": a title's words, after "of" and a capitalised word
                // that is no name, relation or title ("Mother of Kerry" is left to the other rules).
                let title = key(index - 2)
                let plainFirstName = isFirstName(title) && tier(title) == .plain && !isKnownWord(title)
                if tokens[index - 1].joined, !plainFirstName, !NameWords.relations.contains(title), !NameWords.titles.contains(title) {
                    organisation[index] = true
                }
            }
        }

        for index in tokens.indices where tokens[index].capitalised || tokens[index].allCaps {
            let token = tokens[index]
            let word = key(index)
            if NameWords.notNames.contains(word) || afterPlacePrefix(index) || organisation[index] { continue }
            if token.allCaps && joinedToDigits(index) { continue }
            // "Ronald McDonald House", "Edith Cavell Ward": a place named after a person.
            if index + 1 < tokens.count, tokens[index + 1].joined, tokens[index + 1].capitalised, isPlace(after: index + 1) { continue }
            // A title or a relation before it.
            if index > 0, token.capitalised, token.joined || token.commaBefore || token.colonBefore || isAbbreviation(key(index - 1)) {
                let before = key(index - 1)
                // After a relation, a word that is no name and an English word is not one ("Child Criminal Exploitation").
                // "Child B's" is a label, not a name: a name has two letters or more.
                let letters = token.range.length - (word.hasSuffix("'s") || word.hasSuffix("’s") ? 2 : 0)
                let nameAfterRelation = { letters >= 2 && (isFirstName(word) || isSurname(word) || !isKnownWord(word)) }
                let cued = (NameWords.titles.contains(before) && (tokens[index - 1].capitalised || tokens[index - 1].allCaps) && !token.colonBefore)
                    || (NameWords.relations.contains(before) && !isPlace(after: index) && nameAfterRelation())
                    || (before == "as" && index > 1 && key(index - 2) == "known")
                if cued {
                    flagged[index] = true
                    if index + 1 < tokens.count, tokens[index + 1].joined, nameShaped(index + 1), !isPlace(after: index + 1) {
                        flagged[index + 1] = true
                    }
                    continue
                }
            }
            // A relation in brackets after it: "Yaw (a family friend)", "Dee (maternal aunt)".
            if token.capitalised, relationAfter(index) { flagged[index] = true; continue }
            // Shops, apps, systems and languages ("the Costa café", "held on Rio", "McDonald's").
            if isService(index) { continue }
            let (first, surname) = gazetteer(index)
            let tier = tier(word)
            // Beside another name (a possessive ends one: "a Jehovah's Witness").
            if !token.possessive, index + 1 < tokens.count, tokens[index + 1].joined, tokens[index + 1].capitalised || (token.allCaps && tokens[index + 1].allCaps),
               !isPlace(after: index + 1), !isPlace(after: index), !(token.allCaps && isKnownWord(key(index + 1))) {
                let next = key(index + 1)
                let nextSurname = isSurname(next), nextTier = Self.tier(next)
                // A surname that is also an agency word ("Ward", "Hall") only after a plain first name.
                let ordinary = NameWords.notNames.contains(next)
                var pair = false
                if ordinary {
                    pair = first && nextSurname && tier == .plain
                } else if first && nextSurname {
                    pair = tier == .plain || nextTier == .plain || (tier != .neverAlone && nextTier != .neverAlone)
                } else if first && tier == .plain && !isFirstName(next) && !nextSurname && tokens[index + 1].capitalised
                            && !(token.allCaps && isKnownWord(next)) {
                    // (Initials before an English word are a firm's: "JD Sports".)
                    pair = true
                } else if !first && !surname && token.capitalised && nextSurname && nextTier == .plain {
                    pair = true
                } else if first && tokens[index + 1].capitalised && !tokens[index].possessive
                            && isUnknownName(text.substring(tokens[index + 1].range), key: next) {
                    // A first name and a surname no list holds ("Grant Cushwa"); a first name that is also a word
                    // starting a sentence, only before a verb a person does ("May Kroneman was seen").
                    let verbAfter = index + 2 < tokens.count && tokens[index + 2].joined && NameWords.personVerbs.contains(key(index + 2))
                    pair = tier != .neverAlone || !token.sentenceStart || verbAfter
                }
                if pair {
                    flagged[index] = true
                    flagged[index + 1] = true
                    continue
                }
            }
            guard first || surname, !flagged[index] else { continue }
            if isPlace(after: index) { continue }
            // After an article only as a family's name ("the Costa café"; "the Nowak family").
            if index > 0, token.joined, NameWords.determiners.contains(key(index - 1)) {
                flagged[index] = tier != .neverAlone && familyAfter(index)
                continue
            }
            switch tier {
            case .plain:
                // In capitals alone, only a name of four letters or more that is no word ("NG tube", "LADO").
                flagged[index] = token.capitalised || (token.allCaps && token.range.length >= 4 && !isKnownWord(word))
            case .everyday:
                guard token.capitalised else { continue }
                if token.sentenceStart {
                    // "Martin told the teacher", "Grace's mum": a person.
                    let verb = index + 1 < tokens.count && tokens[index + 1].joined && !tokens[index + 1].capitalised
                        && NameWords.personVerbs.contains(key(index + 1))
                    flagged[index] = token.possessive || (verb && !quality(index)) || ageAfter(index)
                    continue
                }
                let article = index > 0 && ["the", "a", "an"].contains(key(index - 1))
                let capitalBefore = index > 0 && token.joined && (tokens[index - 1].capitalised || tokens[index - 1].allCaps) && !tokens[index - 1].sentenceStart
                let capitalAfter = index + 1 < tokens.count && tokens[index + 1].joined && (tokens[index + 1].capitalised || tokens[index + 1].allCaps)
                flagged[index] = !article && !capitalBefore && !capitalAfter && !numberAfter(index)
            case .neverAlone:
                // Before an age, even a word usually capitalised for another reason is a person: "Skye, aged 15,".
                let personVerbBefore = index > 0 && token.joined && NameWords.personOnlyVerbs.contains(key(index - 1))
                flagged[index] = token.capitalised && !NameWords.areas.contains(word) && (ageAfter(index) || personVerbBefore)
            }
        }
        // A capitalised word that no list knows ("Police spoke to Zofia",
        // "Nowak was arrested"): mid-sentence, alone, not after an article,
        // a determiner or a preposition of place, not before a place word,
        // a number or a capitalised word that is not a name; starting a
        // sentence, only as a possessive or before a verb a person does.
        // Two such words together are a name and a surname ("Zbigniew Wawrzyniak").
        var unknown = [Bool?](repeating: nil, count: tokens.count)
        func isUnknown(_ index: Int) -> Bool {
            if let known = unknown[index] { return known }
            let made = tokens[index].capitalised && !organisation[index] && isUnknownName(text.substring(tokens[index].range), key: key(index))
            unknown[index] = made
            return made
        }
        for index in tokens.indices where tokens[index].capitalised && !flagged[index] && !organisation[index] && tokens[index].range.length >= 3 {
            // What is around the word is read first, since it is cheaper than the lists.
            let token = tokens[index]
            let next = index + 1 < tokens.count && tokens[index + 1].joined ? index + 1 : nil
            func verb(_ at: Int?) -> Bool {
                guard let at, at < tokens.count, tokens[at].joined, !tokens[at].capitalised, !tokens[at].allCaps else { return false }
                return NameWords.personVerbs.contains(key(at))
            }
            var pairWith: Int? = nil
            if let next, tokens[next].capitalised || tokens[next].allCaps {
                // Part of a longer capitalised name: only another unknown word makes it a person's.
                guard !token.sentenceStart || verb(next + 1), tokens[next].capitalised else { continue }
                pairWith = next
            } else if token.sentenceStart {
                guard token.possessive || verb(next) || ageAfter(index) else { continue }
            } else if index > 0, token.joined {
                let before = tokens[index - 1], word = key(index - 1)
                if NameWords.determiners.contains(word), before.sentenceStart {
                    // "The Blackshaw family were known…": an article opening the sentence is no part of a longer name.
                    guard familyAfter(index) else { continue }
                } else if before.capitalised || before.allCaps, !before.sentenceStart || !NameWords.openers.contains(word) {
                    // Part of a longer capitalised name ("Operation Makesafe"), unless the word before only
                    // opens the sentence ("Yesterday Zofia said"), or is a first name that is also a word, with
                    // a verb a person does after: "May Kroneman was seen".
                    guard before.sentenceStart, before.capitalised, verb(next), isFirstName(word) else { continue }
                    pairWith = index - 1
                } else if NameWords.determiners.contains(word) {
                    guard familyAfter(index) else { continue }
                } else if NameWords.placePrepositions.contains(word) {
                    continue
                }
            }
            guard isUnknown(index), !afterPlacePrefix(index), !isPlace(after: index), !numberAfter(index) else { continue }
            if let other = pairWith {
                if other > index {
                    guard isUnknown(other), !isPlace(after: other) else { continue }
                }
                flagged[other] = true
            }
            flagged[index] = true
        }
        // A capitalised possessive mid-sentence, after a lower-case word.
        for index in tokens.indices where tokens[index].possessive && tokens[index].capitalised && !tokens[index].sentenceStart && !flagged[index] {
            guard index > 0, tokens[index].joined, !tokens[index - 1].capitalised, !tokens[index - 1].allCaps,
                  !["the", "a", "an", "this", "these", "those", "our", "their", "your", "its", "his", "her"].contains(key(index - 1)),
                  nameShaped(index), !afterPlacePrefix(index), possessiveName(key(index)) else { continue }
            flagged[index] = true
        }
        // A nickname in brackets after a name found: "Temperance (Tempe)".
        for index in tokens.indices where flagged[index] {
            if let other = nickname(after: index) { flagged[other] = true }
        }
        // Names joined by "and", "&" or a comma to a name found, and the
        // other capitalised uses of a word found, in the same line.
        var found: [Int: Set<String>] = [:]
        for index in tokens.indices where flagged[index] { found[tokens[index].line, default: []].insert(key(index)) }
        for index in tokens.indices where !flagged[index] && tokens[index].capitalised && !organisation[index] {
            let token = tokens[index]
            if found[token.line]?.contains(key(index)) == true, !afterPlacePrefix(index), !isPlace(after: index) {
                flagged[index] = true
                continue
            }
            guard nameShaped(index), !isPlace(after: index), tier(key(index)) != .neverAlone else { continue }
            // "Kerry and Jaxon", "Kerry, Jaxon and Tyler"
            if index >= 2, key(index - 1) == "and", tokens[index - 1].joined, tokens[index].joined, flagged[index - 2] {
                flagged[index] = true
            } else if index >= 1, token.commaBefore, flagged[index - 1], index + 1 < tokens.count, key(index + 1) == "and" {
                flagged[index] = true
            } else if index + 2 < tokens.count, key(index + 1) == "and", tokens[index + 1].joined, tokens[index + 2].joined, flagged[index + 2],
                      !token.sentenceStart || !NameWords.notNames.contains(key(index)) {
                flagged[index] = true
            }
        }
        // Neighbouring words found join into one finding ("Kerry Smith").
        var ranges: [NSRange] = []
        for index in tokens.indices where flagged[index] {
            let range = tokens[index].range
            if index > 0, flagged[index - 1], tokens[index].joined, !tokens[index - 1].possessive, let last = ranges.last {
                ranges[ranges.count - 1] = NSRange(location: last.location, length: range.location + range.length - last.location)
            } else {
                ranges.append(range)
            }
        }
        return ranges
    }
}
