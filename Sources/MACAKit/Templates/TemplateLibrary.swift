import Foundation

/// The templates a partnership keeps in one folder (`audit-templates/` by default).
public struct TemplateLibrary: Sendable {
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// Paths of the `.yaml` files in the folder, sorted.
    public func paths() throws(FileError) -> [String] {
        guard FileManager.default.fileExists(atPath: directory) else {
            throw .notFound(path: directory, what: "templates folder (give one with --templates or MACA_TEMPLATES)")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw FileError.unreadable(path: directory, reason: FileError.reason(error))
        }
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
    }

    /// Every template in the folder; the first broken one stops the load.
    public func all() throws -> [AuditTemplate] {
        try paths().map { try TemplateLoader.load(path: $0) }
    }

    /// The template with this id (the file may be named anything). A broken
    /// template elsewhere in the folder does not stop a good one being found.
    public func template(id: String) throws -> AuditTemplate {
        let all = try paths()
        if let found = quickTemplate(id: id, in: all) { return found }
        var broken: [any UserFacingError] = []
        for path in all {
            do {
                let template = try TemplateLoader.load(path: path)
                if template.id == id { return template }
            } catch let error as any UserFacingError {
                broken.append(error)
            }
        }
        if let first = broken.first, broken.count == 1, (try? paths().count) == 1 { throw first }
        var message = "template with id '\(id)'"
        if !broken.isEmpty {
            message += " (\(broken.count) template file(s) there could not be read; run 'maca templates check')"
        }
        throw FileError.notFound(path: directory, what: message)
    }

    /// The template with this id found without parsing the files before it:
    /// each file up to it declares another id on a line of its own
    /// (`declaredID`), so the loop in `template(id:)` would have passed over
    /// it, whether it loads or not. Loading a template is most of the time
    /// `maca run` takes to its first prompt, and the shipped folder's
    /// `neglect.yaml` sorts last of four. Nil whenever that cannot be told
    /// (a file laid out some other way, unreadable, or not the template it
    /// declared): then `template(id:)` loads every file in order as before.
    func quickTemplate(id: String, in paths: [String]) -> AuditTemplate? {
        for path in paths {
            guard let data = try? OrdinaryFile.read(path, what: "template file", limit: TemplateLoader.maximumBytes),
                let declared = Self.declaredID(Array(data))
            else { return nil }
            guard declared == id else { continue }
            // The bytes just read are the ones parsed: the file is read once.
            guard let template = try? TemplateLoader.load(data, path: path), template.id == id else { return nil }
            return template
        }
        return nil
    }

    /// The id a template file gives at its top level, read from its lines
    /// rather than its YAML: only when every line that starts in the first
    /// column is blank, a comment, a sequence entry (`- `) or a plain
    /// `key:` of the root mapping, and exactly one of those is `id:` with a
    /// plain identifier on the same line (an optional ` # comment` after it).
    /// Then, if the file loads at all, that is its id: a block mapping's keys
    /// all start in its first column, and nothing else can. Nil for any other
    /// layout (flow style, quoted or complex keys, anchors, tags, directives,
    /// documents markers, a byte order mark), which is left to the parser.
    static func declaredID(_ bytes: [UInt8]) -> String? {
        var found: String?
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var line = bytes[start..<end]
            start = end + 1
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            guard let first = line.first, first != UInt8(ascii: " "), first != UInt8(ascii: "\t"), first != UInt8(ascii: "#") else {
                continue
            }
            if first == UInt8(ascii: "-") {
                // A sequence entry, as the value of the key above it; "---" is not one.
                guard line.count == 1 || line[line.startIndex + 1] == UInt8(ascii: " ") else { return nil }
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                line[..<colon].allSatisfy({ isKeyByte($0) }),
                colon + 1 == line.endIndex || line[colon + 1] == UInt8(ascii: " ") || line[colon + 1] == UInt8(ascii: "\t")
            else { return nil }
            guard line[..<colon].elementsEqual("id".utf8) else { continue }
            guard found == nil, let value = plainIdentifier(line[(colon + 1)...]) else { return nil }
            found = value
        }
        return found
    }

    /// A plain key: letters, digits, '_' and '-', as every key of a template is.
    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    /// `  value` or `  value  # comment` where value is lower-case letters,
    /// digits and hyphens; nil for anything else (quoted, empty, other text).
    private static func plainIdentifier(_ rest: ArraySlice<UInt8>) -> String? {
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard let valueStart = rest.firstIndex(where: { !blank($0) }) else { return nil }
        var valueEnd = valueStart
        while valueEnd < rest.endIndex && !blank(rest[valueEnd]) { valueEnd += 1 }
        let value = rest[valueStart..<valueEnd]
        let after = rest[valueEnd...]
        if let next = after.firstIndex(where: { !blank($0) }), rest[next] != UInt8(ascii: "#") { return nil }
        let identifierByte: (UInt8) -> Bool = {
            ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-")
        }
        guard value.allSatisfy(identifierByte) else { return nil }
        return String(decoding: value, as: UTF8.self)
    }
}
