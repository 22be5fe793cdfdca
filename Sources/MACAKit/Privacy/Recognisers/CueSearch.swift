import Foundation

/// Whether a text's lower-case form holds one of a few ASCII words, as
/// Foundation's `lowercased().contains(_:)` answers it, without lower-casing
/// the text or searching it through Foundation when its UTF-8 bytes settle
/// the question (issue 18: for 4 MB the two cost over a second).
///
/// Foundation's search compares by canonical equivalence, not byte for byte,
/// so the bytes settle it only where no character outside ASCII could take
/// part in a match. Lower-casing and decomposing a character outside ASCII
/// gives at most one ASCII character (the Kelvin sign a "k", "İ" an "i" and a
/// mark); an ASCII character gives itself, lower-cased. So a match in the
/// lower-case text is, in the text as written, the word's letters in any case
/// with characters outside ASCII standing for none or one of them each:
///
/// - the word in ASCII, with ASCII or the text's end either side, is a match: yes;
/// - no run of characters outside ASCII can stand inside or next to the word,
///   and the word is nowhere in ASCII: no;
/// - anything else (the word next to an accent, "borñ"): Foundation is asked.
enum CueSearch {
    enum Answer: Equatable { case yes, no, unsure }

    /// The answer `lowercased().contains` gives for one of `words` in `string`.
    static func lowercasedContains(_ string: String, anyOf words: [String]) -> Bool {
        switch answer(string, anyOf: words) {
        case .yes: return true
        case .no: return false
        case .unsure: return reference(string, anyOf: words)
        }
    }

    /// Foundation's answer, the reference the byte scan is tested against.
    static func reference(_ string: String, anyOf words: [String]) -> Bool {
        let lower = string.lowercased()
        return words.contains { lower.contains($0) }
    }

    /// The answer from the bytes alone, or `.unsure`. `words` are lower-case ASCII.
    static func answer(_ string: String, anyOf words: [String]) -> Answer {
        let needles = words.map { Array($0.utf8) }
        precondition(needles.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) } })
        var string = string
        return string.withUTF8 { answer($0, needles) }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func answer(_ bytes: UnsafeBufferPointer<UInt8>, _ needles: [[UInt8]]) -> Answer {
        let count = bytes.count
        var unsure = false
        // The words written in ASCII.
        for needle in needles where needle.count <= count {
            let first = needle[0]
            var index = 0
            while index + needle.count <= count {
                defer { index += 1 }
                guard lower(bytes[index]) == first else { continue }
                var matched = 1
                while matched < needle.count && lower(bytes[index + matched]) == needle[matched] { matched += 1 }
                guard matched == needle.count else { continue }
                let end = index + needle.count
                if (index == 0 || bytes[index - 1] < 0x80) && (end == count || bytes[end] < 0x80) { return .yes }
                unsure = true
            }
        }
        if unsure { return .unsure }
        // Each run of characters outside ASCII: could it stand for part of a word, with the ASCII either side the rest?
        var index = 0
        while index < count {
            guard bytes[index] >= 0x80 else { index += 1; continue }
            let start = index
            var characters = 0
            while index < count && bytes[index] >= 0x80 {
                if bytes[index] & 0xC0 != 0x80 { characters += 1 }
                index += 1
            }
            for needle in needles where couldStand(bytes, run: start..<index, characters: characters, for: needle) { return .unsure }
        }
        return .no
    }

    /// True when `needle` could be matched with the run standing for some of
    /// its letters (none up to one per character), its letters before the run
    /// just before it and those after just after; a letter that falls on
    /// another character outside ASCII could be anything.
    private static func couldStand(_ bytes: UnsafeBufferPointer<UInt8>, run: Range<Int>, characters: Int, for needle: [UInt8]) -> Bool {
        let length = needle.count
        func before(_ taken: Int) -> Bool {
            for back in stride(from: 1, through: taken, by: 1) {
                let position = run.lowerBound - back
                if position < 0 { return false }
                if bytes[position] >= 0x80 { return true }
                if lower(bytes[position]) != needle[taken - back] { return false }
            }
            return true
        }
        func after(_ from: Int) -> Bool {
            for offset in 0..<(length - from) {
                let position = run.upperBound + offset
                if position >= bytes.count { return false }
                if bytes[position] >= 0x80 { return true }
                if lower(bytes[position]) != needle[from + offset] { return false }
            }
            return true
        }
        for taken in 0...length where before(taken) {
            for resume in taken...min(length, taken + characters) where after(resume) { return true }
        }
        return false
    }
}
