import Foundation

/// Email addresses, and addresses written so a machine would not read them:
/// "jane at example dot org", "jane[at]example[dot]org", "jane (at) example.org".
enum EmailRecogniser {
    static let plain = guardPattern("[A-Za-z0-9._%+\\-]+ ?@ ?[A-Za-z0-9\\-]+(?: ?\\. ?[A-Za-z0-9\\-]+)*? ?\\. ?[A-Za-z]{2,}(?![A-Za-z])")
    static let label = "[A-Za-z0-9][A-Za-z0-9\\-]*"
    static let dot = "(?:\\s*[\\[({<]\\s*dot\\s*[\\])}>]\\s*|\\s+dot\\s+|\\.)"
    static let domains = "(?:com|org|net|uk|gov|nhs|sch|ac|co|edu|io|me|info|biz|scot|wales|cymru|police|eu|ie|online|email|mail)"
    /// The spelled-out "at", where an obfuscated address is looked for.
    static let at = guardPattern("\\s*[\\[({<]\\s*(?:at|@)\\s*[\\])}>]\\s*|\\s+at\\s+", .caseInsensitive)
    /// Mail providers and public bodies whose domain after a plain "at"
    /// makes an address of any word ("jadeyboo at gmail.com").
    static let mailDomains = guardPattern(
        "^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|btinternet|btopenworld|sky|virginmedia|talktalk|tiscali|ntlworld|blueyonder|protonmail|proton|pm|gmx|mail|zoho|yandex|nhs|[a-z0-9\\-]+\\.(?:gov|nhs|police|sch|ac))\\.",
        .caseInsensitive
    )
    static let local = guardPattern("[A-Za-z0-9._%+\\-]+$")
    static let domain = guardPattern("^\(label)(?:\(dot)\(label))*\(dot)\(domains)(?![A-Za-z0-9])", .caseInsensitive)
    /// A domain ending in any word ("hotmail dot example", "mailbox.test"),
    /// read only where the address is written so a machine would not read
    /// it: a bracketed at, or a spelled-out dot after a provider or a local
    /// part only an address has.
    static let anyDomain = guardPattern("^\(label)(?:\(dot)\(label))*\(dot)[A-Za-z]{2,}(?![A-Za-z0-9])", .caseInsensitive)
    static let spelledDot = guardPattern("[\\[({<]\\s*dot\\s*[\\])}>]|\\sdot\\s", .caseInsensitive)

    /// An address at a mail provider with its ending left off ("kaydenm@gmail").
    static let providerOnly = guardPattern(
        "(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]+@(?:gmail|googlemail|hotmail|outlook|live|yahoo|ymail|icloud|aol|btinternet|sky|virginmedia|talktalk|protonmail|proton|gmx)(?![A-Za-z0-9.\\-])",
        .caseInsensitive
    )

    /// `bytewise` false asks Foundation whether the text holds an @ without
    /// first looking for one in its units: the reference that is tested against.
    static func find(in text: ScanText, bytewise: Bool = true) -> [NSRange] {
        // Only an @ is canonically equivalent to an @, so a text without one
        // in its units holds none, and Foundation (which reads a 4 MB text in
        // a tenth of a second) is asked only when one is there.
        let holdsAt = (!bytewise || text.units.contains(0x40)) && text.string.contains("@")
        var ranges = holdsAt ? text.matches(plain).map(\.range) : []
        if holdsAt {
            let plainFound = ranges
            ranges += text.matches(providerOnly).map(\.range).filter { range in !plainFound.contains { NSIntersectionRange($0, range).length > 0 } }
        }
        // Each spelled-out "at" with an address's local part before it and a domain after.
        for match in text.matches(at) {
            let before = text.before(match.range.location, 64)
            let after = text.after(match.range.location + match.range.length, 96)
            guard let localPart = local.firstMatch(in: before, range: NSRange(location: 0, length: before.utf16.count)) else { continue }
            let start = match.range.location - localPart.range.length
            if text.followsWord(start, also: [0x2E, 0x5F, 0x25, 0x2B, 0x2D]) { continue }
            let localText = (before as NSString).substring(with: localPart.range)
            let bracketed = text.substring(match.range).contains { "[({<".contains($0) }
            let addressLike = localText.contains { $0 == "." || $0 == "_" || $0.isNumber }
            let whole = NSRange(location: 0, length: after.utf16.count)
            guard let domainPart = domain.firstMatch(in: after, range: whole) ?? anyDomain.firstMatch(in: after, range: whole).flatMap({ any in
                // A domain ending in a word no list holds, only when the address is plainly written not to be read.
                let anyText = (after as NSString).substring(with: any.range)
                let spelledOut = spelledDot.occurs(in: anyText) && (addressLike || mailDomains.occurs(in: anyText.replacingOccurrences(of: " dot ", with: ".")))
                return bracketed || spelledOut ? any : nil
            }) else { continue }
            // " at " alone is everyday English ("seen at home"): it counts with
            // a spelled-out dot or a bracketed at, or a local part that only an
            // address has ("j.smith at example.org").
            let domainText = (after as NSString).substring(with: domainPart.range)
            let spelled = bracketed || spelledDot.occurs(in: domainText)
            // Or a plain "at" before a mail provider's domain, or before any
            // real domain when what comes before it is no word ("jadeyboo at example.org").
            let provider = mailDomains.occurs(in: domainText)
            let unknownLocal = localText.count >= 3 && !domainText.lowercased().contains(" dot ") && domainText.contains(".")
                && !NameRecogniser.isKnownWord(localText.lowercased())
            guard spelled || addressLike || provider || unknownLocal else { continue }
            ranges.append(NSRange(location: start, length: match.range.location + match.range.length + domainPart.range.length - start))
        }
        return ranges.sorted { $0.location < $1.location }
    }
}
