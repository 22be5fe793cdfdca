import Foundation
@testable import MACAKit
import MACATestSupport
import Testing

/// The tar inside an archive: written so any tar lists and extracts it, and
/// read from what GNU tar writes, but only as one folder of plain files.
@Suite("The tar of a day folder")
struct DayTarTests {
    static let entries = [
        DayTar.Entry(name: "facilitator.jsonl", contents: Data("{\"a\":1}\n".utf8), mode: 0o600, modified: 1_700_000_000),
        DayTar.Entry(name: "record.md", contents: Data(count: 512), mode: 0o600, modified: 1_700_000_001),
        DayTar.Entry(name: "auditor-" + String(repeating: "x", count: 85) + ".jsonl", contents: Data((0..<1000).map { UInt8($0 % 256) })),
        DayTar.Entry(name: "empty.jsonl", contents: Data()),
    ]

    static func tar(_ arguments: [String], in folder: String) throws -> CommandResult {
        try run("/usr/bin/tar", arguments, in: folder)
    }

    @Test("what maca writes it reads back, names longer than 100 bytes included")
    func roundTrip() throws {
        let data = try DayTar.write(day: "2026-11-20-neglect", entries: Self.entries)
        #expect(data.count % 512 == 0)
        let day = try DayTar.read(data)
        #expect(day.name == "2026-11-20-neglect")
        #expect(day.entries.map(\.name) == Self.entries.map(\.name).sorted())
        for entry in Self.entries {
            #expect(day.entries.first { $0.name == entry.name }?.contents == entry.contents)
        }
    }

    @Test("GNU tar lists and extracts what maca writes, byte for byte")
    func gnuTarReadsIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try DayTar.write(day: "2026-11-20-neglect", entries: Self.entries).write(to: URL(fileURLWithPath: folder.file("day.tar")))
        let listed = try Self.tar(["-tf", "day.tar"], in: folder.path)
        #expect(listed.status == 0 && listed.stderr.isEmpty, "\(listed.stderr)")
        #expect(listed.stdout.split(separator: "\n").map(String.init) == ["2026-11-20-neglect/"] + Self.entries.map { "2026-11-20-neglect/\($0.name)" }.sorted())
        let extracted = try Self.tar(["-xf", "day.tar"], in: folder.path)
        #expect(extracted.status == 0 && extracted.stderr.isEmpty, "\(extracted.stderr)")
        for entry in Self.entries {
            let path = folder.file("2026-11-20-neglect/\(entry.name)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == entry.contents)
        }
    }

    @Test("maca reads what GNU tar writes, in its gnu, ustar and pax formats", arguments: ["gnu", "ustar", "pax"])
    func readsGnuTar(format: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("day"), withIntermediateDirectories: true)
        for entry in Self.entries { try entry.contents.write(to: URL(fileURLWithPath: folder.file("day/\(entry.name)"))) }
        let made = try Self.tar(["--format=\(format)", "-cf", "day.tar", "day"], in: folder.path)
        #expect(made.status == 0, "\(made.stderr)")
        let day = try DayTar.read(Data(contentsOf: URL(fileURLWithPath: folder.file("day.tar"))))
        #expect(day.name == "day")
        #expect(day.entries.map(\.name) == Self.entries.map(\.name).sorted())
        for entry in Self.entries {
            #expect(day.entries.first { $0.name == entry.name }?.contents == entry.contents, "\(format): \(entry.name)")
        }
    }

    @Test("a tar that is not one folder of plain files is refused, naming what it holds")
    func refused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let day = folder.file("day")
        try FileManager.default.createDirectory(atPath: "\(day)/inner", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: "\(day)/a.jsonl"))
        try FileManager.default.createDirectory(atPath: folder.file("other"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.file("link"), withDestinationPath: "/etc/passwd")
        func tarOf(_ arguments: [String]) throws -> Data {
            let made = try Self.tar(["-cf", "out.tar"] + arguments, in: folder.path)
            #expect(made.status == 0, "\(made.stderr)")
            return try Data(contentsOf: URL(fileURLWithPath: folder.file("out.tar")))
        }
        #expect(throws: DayTarError.notPlainFile("day/inner/", "a folder inside the day's folder")) { try DayTar.read(tarOf(["day"])) }
        #expect(throws: DayTarError.notOneDay("day", "other")) { try DayTar.read(tarOf(["--no-recursion", "day", "day/a.jsonl", "other"])) }
        #expect(throws: DayTarError.notPlainFile("link", "a symbolic link")) { try DayTar.read(tarOf(["link"])) }
        #expect(throws: DayTarError.notPlainFile("/day/a.jsonl", "a path outside one day folder")) {
            try DayTar.read(tarOf(["--absolute-names", "--no-recursion", "\(folder.path)/day/a.jsonl"]).replacingPath(folder.path + "/day/a.jsonl", with: "/day/a.jsonl"))
        }
        // GNU tar stores a file named twice as a hard link the second time.
        #expect(throws: DayTarError.notPlainFile("day/a.jsonl", "a hard link")) { try DayTar.read(tarOf(["--no-recursion", "day/a.jsonl", "day/a.jsonl"])) }
        let twice = [DayTar.Entry(name: "a.jsonl", contents: Data("1".utf8)), DayTar.Entry(name: "a.jsonl", contents: Data("2".utf8))]
        #expect(throws: DayTarError.duplicate("day/a.jsonl")) { try DayTar.read(DayTar.write(day: "day", entries: twice)) }
        let good = try DayTar.write(day: "day", entries: Self.entries)
        #expect(throws: DayTarError.truncated) { try DayTar.read(good.prefix(good.count - 1024 - 512)) }
        #expect(throws: DayTarError.truncated) { try DayTar.read(good.prefix(700)) }
        #expect(throws: DayTarError.empty) { try DayTar.read(Data(count: 1024)) }
        var bad = good
        bad[0] ^= 1
        #expect(throws: DayTarError.badHeader("an entry's header checksum does not match")) { try DayTar.read(bad) }
        // Climbing out with `..`.
        var climbing = try DayTar.write(day: "day", entries: [DayTar.Entry(name: "zz.jsonl", contents: Data())])
        climbing = climbing.replacingPath("day/zz.jsonl", with: "day/../x.jsonl")
        #expect(throws: DayTarError.self) { try DayTar.read(climbing) }
    }
}

extension Data {
    /// A tar with one entry's name rewritten in place, its checksum made good again.
    func replacingPath(_ old: String, with new: String) -> Data {
        var bytes = [UInt8](self)
        var offset = 0
        while offset + 512 <= bytes.count {
            let name = bytes[offset..<(offset + 100)].prefix { $0 != 0 }
            if Array(name) == Array(old.utf8) {
                bytes.replaceSubrange(offset..<(offset + 100), with: Array(new.utf8) + [UInt8](repeating: 0, count: 100 - new.utf8.count))
                bytes.replaceSubrange((offset + 148)..<(offset + 156), with: [UInt8](repeating: 0x20, count: 8))
                let sum = bytes[offset..<(offset + 512)].reduce(0) { $0 + Int($1) }
                let digits = Array(String(sum, radix: 8).utf8)
                bytes.replaceSubrange((offset + 148)..<(offset + 156), with: [UInt8](repeating: UInt8(ascii: "0"), count: 6 - digits.count) + digits + [0, 0x20])
                return Data(bytes)
            }
            offset += 512
        }
        return self
    }
}
