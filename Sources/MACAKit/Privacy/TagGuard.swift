import Foundation

/// A tag of the room's own (one the template does not list) is typed as a
/// few words and stored as a slug (`Kayden Smith` → `kayden-smith`). The
/// slug has lost the capitals and spaces the name rules read, so a tag is
/// read by the guard as typed, before it is slugged, and again as a name
/// would be written: a tag names a theme in ordinary words, never a person
/// or an identifier (issue 15).
extension IdentifierGuard {
    /// What the guard finds in a tag of the room's own, typed or stored:
    /// anything in its words (hyphens read as spaces), or as typed (a date's
    /// hyphens kept: `dob 12-03-2019`, or its slug `dob-12-03-2019`), or, with each word
    /// capitalised, an address, a school or a registered name (`flat-3`,
    /// `oakwood-primary`, `kaydens-mum` for a registered Kayden), or
    /// a name with a gazetteer name in it that is no English word
    /// (`kayden-smith` read as `Kayden Smith`; not `sibling-link-spotted`).
    public func scanTag(_ tag: String) -> [IdentifierFinding] {
        let words = tag.replacingOccurrences(of: "-", with: " ").trimmingCharacters(in: .whitespaces)
        let found = scan(words)
        if !found.isEmpty { return found }
        // As typed too, hyphens kept: a date's hyphens are its separators ("dob 12-03-2019").
        if tag.contains("-") {
            let typed = scan(tag.trimmingCharacters(in: .whitespaces))
            if !typed.isEmpty { return typed }
        }
        let capitalised = words.split(separator: " ").map { word in word.prefix(1).uppercased() + word.dropFirst() }.joined(separator: " ")
        guard capitalised != words else { return [] }
        // Capitalised, an English word reads as a surname ("sibling link
        // spotted" as "Sibling Link Spotted"): a name found only that way
        // counts when one of its words is a name the gazetteer holds, read
        // alone as a name (not one that is also an everyday word, such as
        // "Link"), and no English word ("kayden-smith").
        // An address or a school read that way counts as it is ("flat 3" as "Flat 3", "oakwood primary").
        return scan(capitalised).filter { finding in
            if finding.kind == .address || finding.kind == .school || finding.isRegisteredName { return true }
            return finding.kind == .name && finding.text.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { word in
                let key = NameRecogniser.key(String(word))
                return (NameRecogniser.isFirstName(key) || NameRecogniser.isSurname(key)) && !NameRecogniser.isKnownWord(key)
                    && NameRecogniser.tier(key) == .plain
            }
        }
    }

    /// What stands in a report for a tag of the room's own that holds an identifier.
    public static let withheldTag = "[tag withheld]"
}
