import Foundation
@testable import MACAKit
import MACATestSupport
import Testing
import Yams

/// `composeYAML` first composes without Yams's type rules and keeps that
/// tree only when no key's type could matter (issue 18); otherwise, and on
/// every error, it composes as before (`composeYAMLReference`). Both must
/// give the same error, or trees that read the same: every node's kind,
/// line, column, style and text, and for every value what the readers ask
/// of it (`string`, `int`, `bool`, and its tag as written). A key's type is
/// the one thing allowed to differ, and nothing reads it.
@Suite("Composing YAML: the untyped first pass equals Yams's default")
struct ComposeYAMLTests {
    static let root = packageRoot

    /// What the readers can see of a node.
    static func seen(_ node: Yams.Node, isKey: Bool = false) -> String {
        let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "-"
        let asked = "string=\(node.string.debugDescription) int=\(node.int.map(String.init) ?? "nil")"
        switch node {
        case let .scalar(scalar):
            if isKey { return "K(\(mark) \(scalar.style) \(scalar.string.debugDescription) string=\(node.string.debugDescription))" }
            return "S(\(mark) \(scalar.style) \(scalar.string.debugDescription) \(asked) bool=\(node.bool.map(String.init) ?? "nil") tag=\(scalar.tag))"
        case let .sequence(sequence):
            return "Q(\(mark) \(sequence.style) tag=\(sequence.tag) \(asked) [" + sequence.map { seen($0) }.joined(separator: ", ") + "])"
        case let .mapping(mapping):
            return "M(\(mark) \(mapping.style) tag=\(mapping.tag) \(asked) {" + mapping.map { "\(seen($0.key, isKey: true)): \(seen($0.value))" }.joined(separator: ", ") + "})"
        case .alias:
            return "A(\(mark))"
        }
    }

    enum Outcome: Equatable {
        case tree(String)
        case refused(FileProblems)
    }

    static func outcome(_ compose: (String, String) throws(FileProblems) -> Yams.Node, _ text: String) -> Outcome {
        do { return .tree(seen(try compose(text, "t.yaml"))) } catch { return .refused(error) }
    }

    /// Compares the two on one text; says whether the untyped tree was kept.
    @discardableResult
    static func compare(_ text: String, _ label: String) -> Bool {
        let fast = outcome({ (text, file) throws(FileProblems) in try composeYAML(text, file: file) }, text)
        let reference = outcome({ (text, file) throws(FileProblems) in try composeYAMLReference(text, file: file) }, text)
        #expect(fast == reference, "\(label)")
        guard (try? YAMLShape.check(text, file: "t.yaml")) == false, let untyped = try? Yams.compose(yaml: text, .basic) else { return false }
        return keysAreDistinctText(untyped)
    }

    static func texts(in folder: String) throws -> [(String, String)] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted().compactMap { name in
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)"))
            return String(data: data, encoding: .utf8).map { ("\(folder)/\(name)", $0) }
        }
    }

    @Test("the shipped templates take the untyped pass, and read the same")
    func shipped() throws {
        let texts = try Self.texts(in: "\(Self.root)/audit-templates")
        #expect(texts.count >= 4)
        for (path, text) in texts {
            #expect(Self.compare(text, path), "\(path) did not take the untyped pass")
        }
    }

    @Test("the broken templates, the template fuzz corpus and the malformed-template corpus read, or are refused, the same")
    func corpora() throws {
        var texts = try Self.texts(in: "\(Self.root)/Tests/MACAKitTests/Fixtures/broken-templates")
            + Self.texts(in: "\(Self.root)/Fuzz/corpus/template")
        for malformed in try MalformedTemplates.corpus() {
            if let text = String(data: malformed.bytes, encoding: .utf8) { texts.append((malformed.name, text)) }
        }
        #expect(texts.count > 100)
        var kept = 0
        for (label, text) in texts where Self.compare(text, label) { kept += 1 }
        // Both ways are exercised: most keep the untyped tree, some go back to the default.
        #expect(kept > 0 && kept < texts.count)
    }

    @Test("keys whose type tells them apart, duplicates, '=', '<<', aliases, complex keys, empty and broken text")
    func edges() {
        let cases: [String: Bool] = [
            // Equal text, different types: not duplicates to Yams's default, so not refused.
            "1: a\n'1': b\n": false,
            "1: a\n!!str 1: b\n": false,
            "yes: a\n\"yes\": b\n": false,
            // Equal text and type: refused as duplicates, in the same words.
            "1: a\n!!int 1: b\n": false,
            "id: a\nid: b\n": false,
            "a:\n  b: 1\n  b: 2\n": false,
            "null: a\n~: b\n": true,
            // Keys Yams reads the type of, and a key's node shared with a value.
            "a:\n  =: x\n  b: y\n": false,
            "a: {=: 5}\n": false,
            "base: &b {x: 1}\nc:\n  <<: *b\n": false,
            "&k yes: 1\nv: *k\n": false,
            "? [a, b]\n: 1\n": false,
            "? {a: 1}\n: 1\n": false,
            // Plain values of every type, and ordinary files.
            "a: yes\nb: 'yes'\nc: 0x1F\nd: 1_000\ne: .inf\nf: ~\ng: 2026-12-04\nh: !!str 12\ni: [1, on, Off]\n": true,
            "id: x\nversion: 2\nrequired: true\n": true,
            "": false,
            "# only a comment\n": false,
            "a: [1, 2\n": false,
            "a: 1\n---\nb: 2\n": false,
            "- a\n- b: 1\n  b: 2\n": false,
            "\t- tab\n": false,
        ]
        for (text, kept) in cases {
            #expect(Self.compare(text, text.debugDescription) == kept, "\(text.debugDescription)")
        }
    }

    @Test("300 seeded mutations of the neglect template: lines repeated, dropped and swapped, keys quoted, typed, aliased or made '='")
    func mutations() throws {
        let source = try String(contentsOfFile: "\(Self.root)/audit-templates/neglect.yaml", encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        var generator = SplitMix64(seed: 1_818)
        var kept = 0
        for round in 0..<300 {
            var copy = lines
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let index = Int.random(in: 0..<copy.count, using: &generator)
                let line = copy[index]
                let indent = String(line.prefix { $0 == " " })
                let body = line.dropFirst(indent.count)
                let listed = body.hasPrefix("- ") ? "- " : ""
                let rest = body.dropFirst(listed.count)
                let key = rest.firstIndex(of: ":").map { String(rest[..<$0]) }
                let value = rest.firstIndex(of: ":").map { String(rest[rest.index(after: $0)...]) } ?? ""
                switch Int.random(in: 0..<9, using: &generator) {
                case 0: copy.insert(line, at: index)
                case 1: copy.remove(at: index)
                case 2:
                    let other = Int.random(in: 0..<copy.count, using: &generator)
                    copy.swapAt(index, other)
                case 3: if let key { copy[index] = "\(indent)\(listed)'\(key)':\(value)" }
                case 4: if let key { copy[index] = "\(indent)\(listed)!!str \(key):\(value)" }
                case 5: if key != nil { copy[index] = "\(indent)\(listed)=:\(value)" }
                case 6: if let key { copy[index] = "\(indent)\(listed)&k\(round) \(key):\(value)\n\(indent)\(listed.isEmpty ? "" : "  ")alias-\(round): *k\(round)" }
                case 7: if key != nil { copy[index] = "\(indent)\(listed)\(["true", "1", "null", "~", "0x10", "2026-01-01"].randomElement(using: &generator)!):\(value)" }
                default: if key != nil { copy.insert(line.replacingOccurrences(of: ":", with: ": x\n\(indent)\(listed.isEmpty ? "" : "  ")dup:", options: [], range: line.range(of: ":")), at: index) }
                }
            }
            if Self.compare(copy.joined(separator: "\n"), "mutation \(round)") { kept += 1 }
        }
        #expect(kept > 0 && kept < 300)
    }
}
