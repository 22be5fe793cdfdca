import Foundation

/// UK phone numbers: +44 or 0044 (with or without a bracketed trunk 0), or
/// a leading 0 (bracketed or not), then digits with spaces, hyphens, dots
/// or brackets (a space after every digit too, as read out): eleven digits from the trunk 0, ten after 44.
enum PhoneRecogniser {
    static let candidate = guardPattern(
        "(?:(?:\\+|00)\\s?44[\\s\\-.]?(?:\\(\\s?0\\s?\\)[\\s\\-.]?)?|\\(\\s?0|0\(numberSeparators)?)\\d(?:\\d|\(numberSeparators)|\\)\\s?){7,24}\\d(?!\\p{N})"
    )

    /// International numbers first (their prefix settles them), then the rest.
    static func find(in text: ScanText, international: Bool) -> [NSRange] {
        text.matches(candidate).compactMap { match in
            guard !text.followsWord(match.range.location, also: [0x2B]) else { return nil }
            let string = text.substring(match.range)
            let isInternational = string.hasPrefix("+") || string.hasPrefix("00")
            guard isInternational == international else { return nil }
            return text.digitPrefix(of: match.range) { digits in
                if isInternational {
                    let rest = digits.dropFirst(string.hasPrefix("00") ? 4 : 2)
                    return rest.count == 10 || (rest.count == 11 && rest.first == 0)
                }
                return digits.first == 0 && digits.count == 11
            }
        }
    }
}
