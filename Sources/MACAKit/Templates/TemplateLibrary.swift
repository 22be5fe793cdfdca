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
        var broken: [any UserFacingError] = []
        for path in try paths() {
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
}
