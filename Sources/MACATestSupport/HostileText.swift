import CSV
import Foundation
import MACAKit

/// Text an attacker, or a careless copy and paste, could plant in an answer,
/// a name or a template, and the checks that no output passes it on live:
/// for the tests behind Documentation/Security.md ("Outputs that cannot
/// attack their reader"). Everything here is invented.
public enum HostileText {
    /// Cells a spreadsheet would run as a formula (OWASP "CSV Injection").
    public static let formulas = [#"=HYPERLINK("http://x","y")"#, "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\u{FF1D}1+1", "\tTAB", "\rCR"]
    /// What a terminal would act on: an OSC 52 clipboard write, clear screen,
    /// colour, a bare carriage return, a C1 CSI, DEL, NUL, and bidirectional
    /// overrides and isolates ("Trojan Source").
    public static let terminal = [
        "\u{1B}]52;c;aGVsbG8=\u{07}", "\u{1B}[2J", "\u{1B}[31m", "bare\rreturn", "\u{9B}2J", "\u{7F}", "\u{0}",
        "\u{202E}gnp.exe", "\u{2066}isolated\u{2069}", "\u{202A}\u{202B}\u{202C}\u{202D}", "\u{2067}\u{2068}",
    ]
    /// Markup a Markdown or HTML viewer would render, run or follow.
    public static let markup = [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
        "![i](data:text/html,<script>alert(1)</script>)", "<javascript:alert(1)>", "[r]: javascript:alert(1)", "`code`", "\\[x\\](y)",
    ]
    public static let all = formulas + terminal + markup

    /// One line of every piece, starting with `lead`: no newline, and never
    /// starting with `:` (a REPL command) or `# ` (a script's comment).
    public static func line(_ lead: String, _ pieces: [String] = all) -> String {
        ([lead] + pieces.map { $0.replacingOccurrences(of: "\n", with: " ") }).joined(separator: " ")
    }

    /// The same without NUL, which no command-line argument can hold.
    public static func argument(_ lead: String) -> String {
        line(lead, all.filter { !$0.contains("\u{0}") })
    }

    // MARK: What must never come out

    /// Every character a terminal would act on that `text` still holds,
    /// written out for a failure message: C0 controls but tab and newline
    /// (and a carriage return before a newline), DEL, C1 controls, and the
    /// bidirectional overrides and isolates. Defined here on its own, not
    /// with `TerminalText`'s rule, so a gap in that rule shows.
    public static func liveControls(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.compactMap { index in
            let value = scalars[index].value
            let carriageReturnEndingLine = value == 0x0D && index + 1 < scalars.count && scalars[index + 1] == "\n"
            let live = (value < 0x20 && value != 0x09 && value != 0x0A && !carriageReturnEndingLine)
                || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            return live ? String(format: "U+%04X at %d", value, index) : nil
        }
    }

    /// Markup in Markdown that a viewer would run or follow.
    public static func liveMarkdown(_ text: String) -> [String] {
        let lower = text.lowercased()
        return ["<script", "<img", "](javascript:", "](data:", "<javascript:", "]: javascript:"].filter { lower.contains($0) }
    }

    /// A spreadsheet's formula triggers, on their own (not `SpreadsheetCSV.triggers`).
    public static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// Whether a spreadsheet would read `cell` as a formula: its first
    /// character after any spaces is a trigger.
    public static func isFormula(_ cell: String) -> Bool {
        cell.unicodeScalars.first { $0 != " " }.map(formulaTriggers.contains) ?? false
    }

    /// A CSV file's cells, header row included, read back with CSV.swift
    /// as a spreadsheet would (the BOM dropped).
    public static func cells(ofCSV data: Data) throws -> [[String]] {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    // MARK: Planting it

    /// `text` as a YAML double-quoted scalar, every control and
    /// bidirectional character written as an escape YAML decodes.
    public static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x2000...0x206F).contains(scalar.value):
                out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The hostile texts planted in the template by `template(into:)`.
    public static let templateTitle = "Neglect " + line("\u{1B}]0;retitled\u{07}", terminal + markup)
    public static let agencyName = line(#"=HYPERLINK("http://x","y")"#, ["social care"] + terminal)
    public static let prompt = "What was life like for this child? " + line("\u{1B}[2J", terminal + markup)

    /// The shipped neglect template, copied into `folder` with hostile text
    /// in its title, a line of enquiry, the first agency's name, a section's
    /// title and guidance, a prompt, a choice's label and a level's label.
    /// Returns the template as loaded from there.
    @discardableResult
    public static func template(into folder: String) throws -> AuditTemplate {
        try OwnerOnlyFiles.makeFolder(folder)
        var text = try String(contentsOfFile: "\(packageRoot)/audit-templates/neglect.yaml", encoding: .utf8)
        let edits = [
            ("\ntitle: Neglect\n", "\ntitle: \(yamlQuoted(templateTitle))\n"),
            ("\n  - id: early-recognition\n", "\n  - id: hostile-line\n    text: \(yamlQuoted("[x](javascript:alert(1)) <script>alert(1)</script> \u{1B}[2J Do practitioners"))\n  - id: early-recognition\n"),
            ("\n    name: Children's social care\n", "\n    name: \(yamlQuoted(agencyName))\n"),
            ("\n    title: The child's lived experience\n    guidance: >-\n      Start with the child, before the agencies. Build a picture from every\n      agency's records of what the child saw, heard, felt and went without,\n      day to day. Describe, do not judge the family.\n",
             "\n    title: \(yamlQuoted(line("The child's lived experience", terminal + markup)))\n    guidance: \(yamlQuoted(line("Start with the child.", terminal + markup)))\n"),
            ("\n        prompt: What was life like for this child?\n", "\n        prompt: \(yamlQuoted(prompt))\n"),
            ("\n            label: 0 to 4 (baby, toddler or pre-school)\n", "\n            label: \(yamlQuoted(line("@SUM(1) 0 to 4", ["\u{202E}", "\u{1B}[2J", "<img src=x onerror=alert(1)>"])))\n"),
            ("\n      label: Good\n", "\n      label: \(yamlQuoted("Good \u{9B}5m \u{1B}[5m [g](data:text/html,x)"))\n"),
        ]
        for (from, to) in edits {
            // A harness that no longer fits the shipped template fails its test, never the whole run.
            guard text.components(separatedBy: from).count == 2 else { throw HarnessError("'\(from)' must stand once in neglect.yaml") }
            text = text.replacingOccurrences(of: from, with: to)
        }
        try text.write(toFile: "\(folder)/neglect.yaml", atomically: true, encoding: .utf8)
        return try TemplateLoader.load(path: "\(folder)/neglect.yaml")
    }

    /// A whole day for `template` (`DayScripts.generated`) with hostile text
    /// in the area, the facilitator, every reason for selection, every
    /// free-text answer, evidence and rationale, a REPL command the console
    /// must echo back as a problem, and each of the action plan's CSV
    /// columns starting with a different formula.
    public static func dayScript(for template: AuditTemplate, date: String = "2026-11-20") -> String {
        var lines = DayScripts.generated(for: template, date: date).components(separatedBy: "\n")
        lines[1] = line("Testshire", terminal + markup)
        lines[2] = line("+cmd|' /C calc'!A0", ["facilitator"] + terminal)
        let leads = [
            "action": #"=HYPERLINK("http://x","y")"#, "lead-role": "+cmd|' /C calc'!A0", "outcome-measure": "@SUM(1)", "resources": "-2+3",
        ]
        var commandPlanted = false
        for index in lines.indices {
            let text = lines[index]
            if text == "Chosen to test the template." {
                lines[index] = line("<script>alert(1)</script>")
            } else if text.hasPrefix("Invented answer for "), let id = text.dropFirst("Invented answer for ".count).split(whereSeparator: { $0 == "." || $0 == ":" }).first {
                lines[index] = line(leads[String(id)] ?? "\u{1B}[2J", all + [String(id)])
                if !commandPlanted {
                    // A command the REPL does not know, echoed back as a problem; then the answer.
                    lines[index] = ":\u{1B}]52;c;aGVsbG8=\u{07}\u{202E}\n" + lines[index]
                    commandPlanted = true
                }
            } else if text.hasPrefix("partly: invented evidence for ") {
                lines[index] = "partly: " + line("<img src=x onerror=alert(1)>")
            } else if text.hasPrefix("Invented rationale for ") {
                lines[index] = line("\u{202E}")
            }
        }
        return lines.joined(separator: "\n")
    }
}
