import Crypto
import Foundation

/// The exit to the file system: every id that becomes part of a file's
/// name is checked here first (`Identifier.isValid`: lower-case letters,
/// digits and hyphens, at most 64, not starting with a hyphen), and every
/// journal's writer name, which is its file's name, is built here from such
/// ids. No text a person typed and no text a file holds can put `/`, `..`,
/// a NUL or anything else into a path this way.
public enum FileNames {
    /// `value` if it is an id; else refused, naming what it is and where it
    /// came from (`origin`: the file or folder it was read from; nil for an
    /// option, which makes the refusal a usage error).
    @discardableResult
    public static func id(_ value: String, what: String, origin: String?) throws(PathIDError) -> String {
        guard Identifier.isValid(value) else { throw PathIDError(what: what, value: value, origin: origin) }
        return value
    }

    /// An auditor's journal in a day's folder: `auditor-<agency>-<person>`.
    /// The agency id is the day's or its template's (`origin` says which
    /// file): a forged `../../etc/x` is refused and nothing is written.
    public static func auditorWriter(agency: String, name: String, origin: String) throws(PathIDError) -> String {
        "auditor-\(try id(agency, what: "agency id", origin: origin))-\(person(name, otherwise: "auditor"))"
    }

    /// A reporter's journal in the actions folder: `<kind>-<person>`.
    static func trackerWriter(kind: String, by name: String) -> String {
        precondition(Identifier.isValid(kind), "a tracker kind is one of maca's own ids")
        return "\(kind)-\(person(name, otherwise: "unnamed"))"
    }

    /// A person's name or role as an id for a file name. A plain name keeps
    /// the slug it always had ("DSL lead" → `dsl-lead`), so a journal
    /// already begun is found again. A name that would not make an id (a
    /// letter outside a–z, or longer than 64) becomes its letters with
    /// accents taken off and anything else left out, cut to 55, then eight
    /// hex digits of the SHA-256 of its slug, so different names stay apart:
    /// "Zoë Brown" → `zoe-brown-` and the digits. A name with no letter or
    /// digit at all is `otherwise`.
    public static func person(_ name: String, otherwise: String) -> String {
        let slug = Identifier.slug(name)
        if slug.isEmpty { return otherwise }
        if Identifier.isValid(slug) { return slug }
        let folded = slug.folding(options: .diacriticInsensitive, locale: nil)
        let ascii = folded.unicodeScalars
            .split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
            .map { String(String.UnicodeScalarView($0)) }
            .joined(separator: "-")
        var stem = String(ascii.prefix(55))
        while stem.hasSuffix("-") { stem.removeLast() }
        let digest = SHA256.hash(data: Data(slug.utf8)).prefix(4).map { String(format: "%02x", $0) }.joined()
        return stem.isEmpty ? digest : "\(stem)-\(digest)"
    }

    /// Whether a writer name is one made here: ids joined by hyphens, so one
    /// file name in its folder, never a path.
    public static func isWriter(_ writer: String) -> Bool {
        guard let first = writer.unicodeScalars.first, first != "-", writer.utf8.count <= 200 else { return false }
        return writer.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// An id that would have become part of a file's path, refused because it
/// is not an id. Typed as an option, it is a usage error (64); read from a
/// file (a forged journal, a return form), a data error (65).
public struct PathIDError: UserFacingError, Equatable, Sendable {
    public var what: String
    public var value: String
    public var origin: String?

    public init(what: String, value: String, origin: String?) {
        self.what = what
        self.value = value
        self.origin = origin
    }

    public var exitStatus: ExitStatus { origin == nil ? .usage : .data }

    public var description: String {
        (origin.map { "\($0): " } ?? "")
            + "\(what) '\(value)' is not an id (lower-case letters, digits and hyphens, at most 64), so it cannot name a file; nothing was written"
    }
}
