import Foundation

/// Reads a text file a person wrote (a template, the partnership config):
/// a missing file is "no such file" (exit 66), one that cannot be read is an
/// I/O failure (exit 74), and bytes that are not UTF-8 text, or a NUL, are a
/// problem in the file named with its line (exit 65).
public enum TextFile {
    public static func read(_ path: String, what: String) throws -> String {
        try decode(OrdinaryFile.read(path, what: what), file: path)
    }

    /// The bytes as UTF-8 text (a leading byte-order mark dropped), or the
    /// line of the first byte that is not.
    public static func decode(_ data: Data, file: String) throws(FileProblems) -> String {
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        if looksLikeUTF16(bytes) {
            throw FileProblems([FileProblem(file: file, line: 1, message: "UTF-16 text, not UTF-8: save the file as UTF-8")])
        }
        // Searched in the bytes' own memory: Data's index-by-index search cost
        // about 170 instructions a byte, 5 M of the 42 M of loading the neglect
        // template (issue 18).
        if let nul = bytes.withUnsafeBytes({ $0.firstIndex(of: 0) }).map({ bytes.startIndex + $0 }) {
            throw FileProblems([FileProblem(file: file, line: line(at: nul, in: bytes), message: "a NUL byte: this is not a text file")])
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        // The first byte that does not start a whole UTF-8 character.
        var bad = bytes.startIndex
        while case let .scalarValue(scalar) = decoder.decode(&iterator) {
            bad += UTF8.width(scalar)
        }
        throw FileProblems([FileProblem(
            file: file, line: line(at: bad, in: bytes),
            message: "not UTF-8 text (byte \(bad - data.startIndex) is not); save the file as UTF-8"
        )])
    }

    /// A UTF-16 byte-order mark, or text whose first letter is a byte and a NUL.
    private static func looksLikeUTF16(_ bytes: Data.SubSequence) -> Bool {
        let first = Array(bytes.prefix(2))
        guard first.count == 2 else { return false }
        if first == [0xFF, 0xFE] || first == [0xFE, 0xFF] { return true }
        return (first[0] == 0) != (first[1] == 0) && (first[0] < 0x80 && first[1] < 0x80)
    }

    private static func line(at index: Data.Index, in bytes: Data.SubSequence) -> Int {
        bytes[bytes.startIndex..<index].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
