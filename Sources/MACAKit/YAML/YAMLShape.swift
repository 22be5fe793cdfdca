// libyaml itself, as Yams builds it: its events say where each alias is and
// what its anchor holds, which Yams's composed tree no longer does (an alias
// there is a copy of its anchor's node, indistinguishable from one written out).
import CYaml

/// Checks the shape of YAML text before it is composed into a tree, so that
/// a small file cannot become a huge tree. Yams copies an alias's node for
/// every use, so ten aliases to ten aliases to ... ("billion laughs") make a
/// kilobyte file into a tree of a billion nodes: walking it, hashing it for
/// duplicate keys, or printing it with `templates show` never ends.
enum YAMLShape {
    /// How deep mappings and lists may nest. A template needs 7, a return
    /// form 5, the partnership config fewer.
    static let maximumDepth = 32

    /// Refuses text nested more than `maximumDepth` deep, or whose aliases
    /// would repeat more than the whole file holds: anchors (`&name`) and
    /// aliases (`*name`) may repeat a part of a file, never multiply it.
    /// A syntax error is left for Yams to report with its line. Says whether
    /// the text holds an alias at all.
    @discardableResult
    static func check(_ text: String, file: String) throws(FileProblems) -> Bool {
        var bytes = Array(text.utf8)
        // All aliases together may repeat at most as much as the file holds.
        let allowance = bytes.count
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return true }
        defer { yaml_parser_delete(&parser) }
        var problem: FileProblem?
        var aliases = false
        bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            // What each open mapping or list holds so far, counted as its
            // nodes and the bytes of its scalars, aliases included.
            var open: [(anchor: String?, size: Int)] = [(nil, 0)]
            var anchors: [String: Int] = [:]
            var repeated = 0
            while problem == nil {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml's own limit (1,000 deep), met while it reads ahead: said as ours is.
                    if let reason = parser.problem.map({ String(cString: $0) }), reason.contains("nesting level") {
                        problem = tooDeep(file: file, line: Int(parser.problem_mark.line) + 1)
                    }
                    return
                }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return
                case YAML_SCALAR_EVENT:
                    let size = 1 + event.data.scalar.length
                    if let anchor = name(event.data.scalar.anchor) { anchors[anchor] = size }
                    open[open.count - 1].size += size
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let anchor = name(event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor)
                    open.append((anchor, 1))
                    if open.count - 1 > maximumDepth { problem = tooDeep(file: file, line: line) }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard open.count > 1 else { return }
                    let closed = open.removeLast()
                    if let anchor = closed.anchor { anchors[anchor] = closed.size }
                    open[open.count - 1].size += closed.size
                case YAML_ALIAS_EVENT:
                    aliases = true
                    let anchor = name(event.data.alias.anchor) ?? ""
                    // An alias to nothing is a syntax error Yams reports.
                    let size = anchors[anchor] ?? 0
                    repeated += size
                    open[open.count - 1].size += size
                    if repeated > allowance {
                        problem = FileProblem(
                            file: file, line: line,
                            message: "alias '*\(FileProblem.excerpt(anchor))' repeats so much that the file would grow past twice its size: "
                                + "anchors (&) and aliases (*) may repeat a part of a file, not multiply it; write the text out instead"
                        )
                    }
                default:
                    break
                }
            }
        }
        if let problem { throw FileProblems([problem]) }
        return aliases
    }

    private static func tooDeep(file: String, line: Int) -> FileProblem {
        FileProblem(file: file, line: line, message: "mappings and lists are nested more than \(maximumDepth) deep here; a template needs 7, a return form 5")
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
