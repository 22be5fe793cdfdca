import Foundation

/// The text one scan reads, shared by every recogniser: the string, its
/// UTF-16 units (every range a recogniser returns is in them), and the
/// context either side of a match, which never reaches across a line break,
/// so that answers joined by lines are read as each answer alone.
///
/// Immutable once made; recognisers read it at once from every core when a
/// text is long, which is why it is `@unchecked Sendable`: the `NSString`
/// it holds is never mutated.
final class ScanText: @unchecked Sendable {
    let string: String
    let ns: NSString
    let units: [UInt16]
    var length: Int { units.count }

    /// The runs of decimal digits (of any script, outside the BMP too), in order.
    let digitRuns: [Range<Int>]

    init(_ string: String) {
        self.string = string
        ns = NSString(string: string)
        units = Array(string.utf16)
        digitRuns = Self.digitRuns(in: units)
    }

    func substring(_ range: NSRange) -> String { piece(range.location..<(range.location + range.length)) }

    /// The text of `range` (UTF-16 offsets), as `NSString.substring(with:)`
    /// gives it. Made from the units, which for a whole piece (neither end
    /// splitting a surrogate pair) decode to the same characters; cutting
    /// through `NSString` walked the string's UTF-8 to find each offset and
    /// was a quarter of the guard's time for a 4 MB answer (issue 18). A
    /// piece that splits a pair is left to `NSString`.
    func piece(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        if UTF16.isTrailSurrogate(units[range.lowerBound]) || UTF16.isLeadSurrogate(units[range.upperBound - 1]) {
            return ns.substring(with: NSRange(location: range.lowerBound, length: range.count))
        }
        return units.withUnsafeBufferPointer { buffer in
            let slice = UnsafeBufferPointer(rebasing: buffer[range])
            if slice.allSatisfy({ $0 < 0x80 }) {
                return String(unsafeUninitializedCapacity: slice.count) { bytes in
                    for (index, unit) in slice.enumerated() { bytes[index] = UInt8(truncatingIfNeeded: unit) }
                    return slice.count
                }
            }
            return String(decoding: slice, as: UTF16.self)
        }
    }

    func matches(_ pattern: NSRegularExpression) -> [NSTextCheckingResult] {
        pattern.matches(in: string, range: NSRange(location: 0, length: length))
    }

    /// Up to `count` units before `location`, not reaching past a line break.
    func before(_ location: Int, _ count: Int) -> String {
        var start = location
        while start > 0 && location - start < count && !Self.isLineBreak(units[start - 1]) { start -= 1 }
        return piece(start..<location)
    }

    /// Up to `count` units from `location`, not reaching past a line break.
    func after(_ location: Int, _ count: Int) -> String {
        var end = location
        while end < length && end - location < count && !Self.isLineBreak(units[end]) { end += 1 }
        return piece(location..<end)
    }

    /// True when the unit before `location` is a letter or a digit (of any
    /// script), or one of `also`: a match starting there is inside a word.
    /// Checked here rather than by a look-behind at the start of a pattern,
    /// which stops ICU from skipping ahead to where a match could begin.
    func followsWord(_ location: Int, also: Set<UInt16> = []) -> Bool {
        guard location > 0 else { return false }
        let unit = units[location - 1]
        if also.contains(unit) || Self.digit(unit) != nil { return true }
        if unit < 0x80 { return (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) }
        return Unicode.Scalar(unit)?.properties.isAlphabetic ?? false
    }

    static func isLineBreak(_ unit: UInt16) -> Bool {
        unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029
    }

    /// The value of a decimal digit of any script, or nil.
    static func digit(_ unit: UInt16) -> Int? {
        if unit >= 0x30 && unit <= 0x39 { return Int(unit - 0x30) }
        guard unit > 0x7F, let scalar = Unicode.Scalar(unit), scalar.properties.numericType == .decimal,
              let value = scalar.properties.numericValue else { return nil }
        return Int(value)
    }

    /// The number of units of the decimal digit (of any script) at `index`
    /// of `units`: 1, or 2 for a digit outside the BMP (a surrogate pair), or
    /// 0 when the character there is none. ICU's `\d` reads both.
    static func digitWidth(_ units: [UInt16], at index: Int) -> Int {
        let unit = units[index]
        if unit < 0x80 { return unit >= 0x30 && unit <= 0x39 ? 1 : 0 }
        if digit(unit) != nil { return 1 }
        guard UTF16.isLeadSurrogate(unit), index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]),
              let scalar = Unicode.Scalar(UInt32(0x10000 + ((Int(unit) - 0xD800) << 10) + (Int(units[index + 1]) - 0xDC00))),
              scalar.properties.numericType == .decimal else { return 0 }
        return 2
    }

    static func digitRuns(in units: [UInt16]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        while index < units.count {
            let width = digitWidth(units, at: index)
            guard width > 0 else { index += 1; continue }
            let start = index
            index += width
            while index < units.count {
                let next = digitWidth(units, at: index)
                guard next > 0 else { break }
                index += next
            }
            runs.append(start..<index)
        }
        return runs
    }

    /// Windows of the text around each run of digits (of any script): the
    /// run, then up to `before` units before it and `after` after it that
    /// are not spaces (any number of spaces and no-break spaces is passed
    /// over), stopping at a unit outside ASCII that `passes` refuses (every
    /// unit outside ASCII passes). A pattern whose every match holds a digit,
    /// is made only of units `passes` takes, and has at most `before` units
    /// other than spaces before its first digit and `after` from it (a digit
    /// outside the BMP counting two), matches only inside these windows.
    func windowsAroundDigits(before: Int, after: Int, passes: (UInt16) -> Bool) -> [Range<Int>] {
        digitRuns.map { extending($0, before: before, after: after, passes: passes) }
    }

    /// Windows of the text around each of `words` (lower-case ASCII)
    /// written in ASCII letters of any case, and around each character of
    /// the BMP outside ASCII that case folding changes (a case-insensitive
    /// pattern may read one as ASCII: the Kelvin sign as "k", "ﬆ" as "st";
    /// one that folding leaves alone, and one outside the BMP, is read as
    /// no ASCII letter), extended as around digits. A case-insensitive
    /// pattern whose every match holds one of the words and is at most
    /// `before` and `after` units other than spaces long matches only inside them.
    func windowsAroundWords(_ words: [String], before: Int, after: Int, passes: (UInt16) -> Bool) -> [Range<Int>] {
        let needles = words.map { Array($0.utf16) }
        var windows: [Range<Int>] = []
        for index in 0..<length {
            let unit = units[index]
            if unit >= 0x80 {
                if let scalar = Unicode.Scalar(unit), scalar.properties.changesWhenCaseFolded {
                    windows.append(extending(index..<(index + 1), before: before, after: after, passes: passes))
                }
                continue
            }
            for needle in needles where index + needle.count <= length {
                var same = true
                for (offset, letter) in needle.enumerated() {
                    var here = units[index + offset]
                    if here >= 0x41 && here <= 0x5A { here |= 0x20 }
                    if here != letter { same = false; break }
                }
                if same {
                    windows.append(extending(index..<(index + needle.count), before: before, after: after, passes: passes))
                    break
                }
            }
        }
        return windows
    }

    /// `range` extended either side by up to `before` and `after` units
    /// other than spaces (0x20, 0xA0), with the spaces met on the way,
    /// stopping at an ASCII unit `passes` refuses.
    private func extending(_ range: Range<Int>, before: Int, after: Int, passes: (UInt16) -> Bool) -> Range<Int> {
        func goesOn(_ unit: UInt16, _ budget: inout Int) -> Bool {
            if unit == 0x20 || unit == 0xA0 { return true }
            guard budget > 0, unit >= 0x80 || passes(unit) else { return false }
            budget -= 1
            return true
        }
        var start = range.lowerBound, budget = before
        while start > 0, goesOn(units[start - 1], &budget) { start -= 1 }
        var end = range.upperBound
        budget = after
        while end < length, goesOn(units[end], &budget) { end += 1 }
        return start..<end
    }

    /// `pattern`'s matches in the whole text, found by running it only in
    /// `windows` (in order of their starts; those that overlap, touch or
    /// are less than ``joinGap`` apart are joined). Correct when every match of the pattern lies inside one of
    /// the windows: then none starts outside them, and a scan of the whole
    /// text finds in each joined window what a scan of the window alone
    /// finds, left to right. Each window is scanned with a few characters
    /// either side and transparent, non-anchoring bounds, so look-behinds,
    /// look-aheads and `\b` see what the whole text has there.
    func matches(_ pattern: NSRegularExpression, within windows: [Range<Int>]) -> [NSTextCheckingResult] {
        var found: [NSTextCheckingResult] = []
        var index = 0
        while index < windows.count {
            var joined = windows[index]
            index += 1
            // Windows a few characters apart are scanned as one: a call costs more than the characters between.
            while index < windows.count, windows[index].lowerBound <= joined.upperBound + Self.joinGap {
                joined = joined.lowerBound..<max(joined.upperBound, windows[index].upperBound)
                index += 1
            }
            guard !joined.isEmpty else { continue }
            // Four units either side, not splitting a surrogate pair.
            var from = max(0, joined.lowerBound - Self.margin)
            if from > 0, UTF16.isTrailSurrogate(units[from]) { from -= 1 }
            var to = min(length, joined.upperBound + Self.margin)
            if to < length, UTF16.isTrailSurrogate(units[to]) { to += 1 }
            let window = piece(from..<to)
            let region = NSRange(location: joined.lowerBound - from, length: joined.count)
            for match in pattern.matches(in: window, options: [.withTransparentBounds, .withoutAnchoringBounds], range: region) {
                found.append(match.adjustingRanges(offset: from))
            }
        }
        return found
    }

    /// The context a windowed scan gives a window either side: enough for
    /// the recognisers' look-arounds, each of a character or two.
    static let margin = 8
    /// Windows closer than this are joined (the units between are scanned
    /// too, where no match can start, so the matches are the same).
    static let joinGap = 48

    /// The digits of `range`, as values.
    func digits(in range: NSRange) -> [Int] {
        (range.location..<(range.location + range.length)).compactMap { Self.digit(units[$0]) }
    }

    /// The longest start of `range` that ends at the end of a group of
    /// digits and whose digits `accept` takes, or nil. A number typed
    /// before another ("9434765919 - 12 visits") is found without the other.
    func digitPrefix(of range: NSRange, accept: ([Int]) -> Bool) -> NSRange? {
        var digits: [Int] = []
        var best: NSRange?
        let end = range.location + range.length
        for index in range.location..<end {
            guard let value = Self.digit(units[index]) else { continue }
            digits.append(value)
            let groupEnds = index + 1 == end || Self.digit(units[index + 1]) == nil
            if groupEnds && accept(digits) { best = NSRange(location: range.location, length: index + 1 - range.location) }
        }
        return best
    }
}

/// Compiles one of the recognisers' patterns: they are constants of this
/// module, so one that did not compile would fail every test at once.
func guardPattern(_ text: String, _ options: NSRegularExpression.Options = []) -> NSRegularExpression {
    try! NSRegularExpression(pattern: text, options: options)
}

/// The separators people type inside a number: spaces (the no-break and
/// thin ones too, as pasted from a case system), hyphens and dots.
let numberSeparators = "[ \\u00A0\\u2009\\u202F.\\-\\u2010\\u2011\\u2013]"

extension NSRegularExpression {
    /// True when the pattern matches somewhere in `string`.
    func occurs(in string: String) -> Bool {
        firstMatch(in: string, range: NSRange(location: 0, length: string.utf16.count)) != nil
    }
}

/// One of the recognisers' patterns, with words one of which each of its
/// matches holds in some case ("crime" for "Crime ref"). A text all in
/// ASCII that holds none of them cannot match, so ICU is not asked; a text
/// with any character outside ASCII always is, since a case-insensitive
/// pattern may read one as an ASCII letter (the Kelvin sign as "k", a
/// ligature as "st"). The words are the pattern's own literals, each
/// alternative's; a test holds the answers to the pattern's alone.
struct CuedPattern: Sendable {
    let pattern: NSRegularExpression
    private let needles: [[UInt8]]

    init(_ pattern: NSRegularExpression, words: [String]) {
        precondition(words.allSatisfy { word in !word.isEmpty && word.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) } })
        self.pattern = pattern
        needles = words.map { Array($0.utf8) }
    }

    /// True when the pattern matches somewhere in `string`; `cued` false
    /// always asks ICU, the reference the words are tested against.
    func occurs(in string: String, cued: Bool = true) -> Bool {
        if cued, !mayOccur(in: string) { return false }
        return pattern.occurs(in: string)
    }

    /// False only when `string` is all ASCII and holds none of the words in any case.
    func mayOccur(in string: String) -> Bool {
        var string = string
        return string.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 { return true }
            for needle in needles where needle.count <= bytes.count {
                var index = 0
                while index + needle.count <= bytes.count {
                    var matched = 0
                    while matched < needle.count, Self.lower(bytes[index + matched]) == needle[matched] { matched += 1 }
                    if matched == needle.count { return true }
                    index += 1
                }
            }
            return false
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
