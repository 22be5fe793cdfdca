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

    init(_ string: String) {
        self.string = string
        ns = NSString(string: string)
        units = Array(string.utf16)
    }

    func substring(_ range: NSRange) -> String { ns.substring(with: range) }

    func matches(_ pattern: NSRegularExpression) -> [NSTextCheckingResult] {
        pattern.matches(in: string, range: NSRange(location: 0, length: length))
    }

    /// Up to `count` units before `location`, not reaching past a line break.
    func before(_ location: Int, _ count: Int) -> String {
        var start = location
        while start > 0 && location - start < count && !Self.isLineBreak(units[start - 1]) { start -= 1 }
        return ns.substring(with: NSRange(location: start, length: location - start))
    }

    /// Up to `count` units from `location`, not reaching past a line break.
    func after(_ location: Int, _ count: Int) -> String {
        var end = location
        while end < length && end - location < count && !Self.isLineBreak(units[end]) { end += 1 }
        return ns.substring(with: NSRange(location: location, length: end - location))
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
