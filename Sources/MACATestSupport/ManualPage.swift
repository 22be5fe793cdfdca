import Foundation

/// `Documentation/maca.1` read as its `.Sh` sections, for the tests that keep
/// the manual page in step with the code.
public struct ManualPage: Sendable {
    public struct Section: Sendable {
        /// The heading, without `.Sh` or quotes: `EXIT STATUS`.
        public let name: String
        /// The lines after the heading, up to the next one.
        public let lines: [String]
    }

    public static let path = "\(packageRoot)/Documentation/maca.1"

    public let text: String
    public let sections: [Section]

    public init(path: String = ManualPage.path) throws {
        try self.init(text: String(contentsOfFile: path, encoding: .utf8))
    }

    public init(text: String) {
        self.text = text
        var sections: [Section] = []
        var name: String?
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix(".Sh ") {
                if let name { sections.append(Section(name: name, lines: lines)) }
                name = line.dropFirst(4).replacingOccurrences(of: "\"", with: "").trimmingCharacters(in: .whitespaces)
                lines = []
            } else {
                lines.append(line)
            }
        }
        if let name { sections.append(Section(name: name, lines: lines)) }
        self.sections = sections
    }

    /// The lines of the section so named, or nil if the page has none.
    public func section(_ name: String) -> [String]? {
        sections.first { $0.name == name }?.lines
    }

    /// The heads of a section's `.It` items, without the `.It `.
    public func itemHeads(_ name: String) -> [String] {
        (section(name) ?? []).filter { $0.hasPrefix(".It ") }.map { String($0.dropFirst(4)) }
    }
}
