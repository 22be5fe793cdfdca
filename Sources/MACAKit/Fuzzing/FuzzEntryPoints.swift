import Foundation

/// What the fuzzers do with one input, kept here so the test suite replays
/// the committed corpus through exactly the same code (Documentation/Fuzzing.md).
///
/// Each function must return for any bytes at all. A crash (a trap, an index
/// out of range, a stack overflow) is a bug in the code under test; so is a
/// returned violation: a property the readers promise that did not hold.
/// The fuzzers in `Fuzz/` trap on a violation so libFuzzer keeps the input.
public enum FuzzEntryPoints {
    /// Reads the bytes as one journal file, then as `maca verify` and
    /// `maca show` do: the verification lines, the fold and the day's record.
    ///
    /// Bytes changed by the fuzzer almost never keep a record's hash, so the
    /// input is read a second time as the events of several writers: each
    /// line that holds an `event` is sealed into a fresh, valid chain for
    /// its `writer`, and those journals are read back and folded together.
    /// That way fuzzed events reach the fold and the embedded template.
    @discardableResult
    public static func journal(_ data: Data) -> [String] {
        var violations: [String] = []
        let file = JournalReader.parse(data, path: "fuzz.jsonl")
        checkRead(file, of: data, into: &violations)
        checkDecoders(data, into: &violations)
        let verification = DayVerification(folder: "fuzz", journals: [file], dayProblems: [])
        _ = verification.lines
        _ = verification.problems
        _ = DayRecord.markdown(DayFold.fold(records: [file.records]))

        let sealed = seal(data, into: &violations)
        var readBack: [[JournalRecord]] = []
        for journal in sealed {
            let file = JournalReader.parse(journal.bytes, path: "fuzz-\(journal.records.first?.writer ?? "").jsonl")
            if file.isDamaged || file.tornTail != nil || file.unterminatedLast || file.goodLength != journal.bytes.count {
                violations.append("a journal sealed by the writer's own encoder does not read back whole: \(file.damage.map(\.description))")
            }
            if file.records != journal.records {
                violations.append("records read back differ from the records written")
            }
            readBack.append(file.records)
        }
        let day = DayFold.fold(records: readBack)
        if DayFold.fold(records: readBack.reversed()) != day {
            violations.append("the fold depends on the order the journals are listed in")
        }
        _ = DayRecord.markdown(day)
        return violations
    }

    /// Reads the bytes as a template file, then as `maca templates show` does.
    @discardableResult
    public static func template(_ data: Data) -> [String] {
        var violations: [String] = []
        let text = String(decoding: data, as: UTF8.self)
        let template: AuditTemplate
        do {
            template = try TemplateLoader.parse(text, file: "fuzz.yaml")
        } catch {
            if error.errors.isEmpty { violations.append("a template was refused without a reason") }
            _ = error.description
            return violations
        }
        for kind in SectionKind.required where template.section(kind) == nil {
            violations.append("a template without a '\(kind.rawValue)' section was loaded")
        }
        if template.scale.levels.count < 2 {
            violations.append("a template with fewer than two grade levels was loaded")
        }
        _ = TemplateOutline.markdown(template)
        return violations
    }

    // MARK: - Journal properties

    /// What a reader promises about any bytes: a verified chain from the
    /// genesis hash, and a good length that reads back to the same records.
    private static func checkRead(_ file: JournalFile, of data: Data, into violations: inout [String]) {
        if file.goodLength < 0 || file.goodLength > data.count {
            violations.append("good length \(file.goodLength) is outside the file (\(data.count) bytes)")
            return
        }
        var previous = JournalRecord.genesisHash
        for (index, record) in file.records.enumerated() {
            if record.sequence != index + 1 || record.previousHash != previous {
                violations.append("record \(index + 1) was accepted though it does not continue the chain")
            }
            if record.writer != file.records[0].writer || record.day != file.records[0].day {
                violations.append("record \(index + 1) was accepted though its writer or day differs from the first")
            }
            previous = record.hash
        }
        if !file.isDamaged && file.tornTail == nil && file.goodLength != data.count {
            violations.append("an undamaged file without a torn tail has \(data.count - file.goodLength) bytes beyond its good length")
        }
        if let torn = file.tornTail {
            if file.isDamaged || torn.offset != file.goodLength || torn.bytes != data.dropFirst(file.goodLength) {
                violations.append("the torn tail is not exactly the bytes after the last good record")
            }
        }
        if file.unterminatedLast && (file.isDamaged || file.goodLength != data.count || file.records.isEmpty) {
            violations.append("an unterminated last record was accepted in a damaged file or short of the end")
        }
        // Recovery truncates a torn file to its good length: that prefix must read back as the same records.
        let prefix = JournalReader.parse(data.prefix(file.goodLength), path: file.path)
        if prefix.records != file.records || prefix.isDamaged || prefix.tornTail != nil || prefix.unterminatedLast != file.unterminatedLast {
            violations.append("the file cut to its good length does not read back as the same records")
        }
    }

    /// The journal's own record decoder agrees with the reference
    /// (`JSONDecoder`) on every line: a body it accepts is the body the
    /// reference gives, and whatever it is not sure of is left to the reference.
    private static func checkDecoders(_ data: Data, into violations: inout [String]) {
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let disagree = Array(line).withUnsafeBufferPointer { bytes in
                RecordDecoder.body(bytes).map { RecordCodec.referenceBody(bytes) != .success($0) } ?? false
            }
            if disagree {
                violations.append("the record decoder and JSONDecoder read a line differently: \(String(decoding: line.prefix(200), as: UTF8.self))")
            }
        }
    }

    /// A line's fields that the sealing keeps; the rest (`seq`, `prev`, `hash`) it makes anew.
    private struct Draft: Decodable {
        var ts: String?
        var day: String?
        var writer: String?
        var author: String?
        var event: Event
    }

    private struct SealedJournal {
        var bytes = Data()
        var records: [JournalRecord] = []
    }

    /// One valid journal per writer from the lines of `data` that decode as a record's body.
    private static func seal(_ data: Data, into violations: inout [String]) -> [SealedJournal] {
        let decoder = JSONDecoder()
        var journals: [SealedJournal] = []
        var byWriter: [String: Int] = [:]
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            guard let draft = try? decoder.decode(Draft.self, from: Data(line)) else { continue }
            let writer = draft.writer ?? "facilitator"
            let index = byWriter[writer] ?? journals.count
            if index == journals.count {
                byWriter[writer] = index
                journals.append(SealedJournal())
            }
            let earlier = journals[index].records.last
            do {
                let (bytes, record) = try RecordCodec.encode(
                    sequence: (earlier?.sequence ?? 0) + 1,
                    timestamp: draft.ts ?? "2026-01-01T00:00:00.000Z",
                    day: earlier?.day ?? draft.day ?? "fuzz-day",
                    writer: writer,
                    author: draft.author ?? writer,
                    event: draft.event,
                    previousHash: earlier?.hash ?? JournalRecord.genesisHash
                )
                journals[index].bytes.append(bytes)
                journals[index].records.append(record)
            } catch {
                violations.append("an event that was read could not be written again: \(error)")
            }
        }
        return journals
    }
}
