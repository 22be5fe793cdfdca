/// A sorted list of lower-case words, one a line, in a string literal
/// compiled into the binary (NameGazetteer.swift, written by
/// Scripts/extract-names). It is searched in place, by bytes: nothing is
/// split, copied or hashed when maca starts, however long the list.
struct WordList: @unchecked Sendable {
    // A string literal's bytes live in the binary for as long as it runs.
    private let start: UnsafePointer<UInt8>
    private let count: Int

    init(_ literal: StaticString) {
        precondition(literal.hasPointerRepresentation, "a word list is a string literal")
        start = literal.utf8Start
        count = literal.utf8CodeUnitCount
    }

    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains($0) }
    }

    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !word.isEmpty else { return false }
        var low = 0, high = count
        // Each round looks at the line holding the middle byte of what is left.
        while low < high {
            var line = (low + high) / 2
            while line > low && start[line - 1] != 0x0A { line -= 1 }
            var end = line
            while end < count && start[end] != 0x0A { end += 1 }
            let order = compare(line, end, word)
            if order == 0 { return true }
            if order < 0 { low = end + 1 } else { high = line }
        }
        return false
    }

    /// The line [from, to) against the word, byte by byte.
    private func compare(_ from: Int, _ to: Int, _ word: UnsafeBufferPointer<UInt8>) -> Int {
        let length = to - from
        for index in 0..<min(length, word.count) {
            let a = start[from + index], b = word[index]
            if a != b { return a < b ? -1 : 1 }
        }
        return length - word.count
    }
}
