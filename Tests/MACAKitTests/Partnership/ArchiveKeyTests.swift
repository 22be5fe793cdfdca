import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("The partnership's archive key")
struct ArchiveKeyTests {
    @Test("it is made once, owner-only in an owner-only folder, as age-keygen writes one, and never replaced")
    func madeOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let keys = folder.file("config/maca/keys")
        #expect(try ArchiveKey.identity(in: keys) == nil)
        let first = try ArchiveKey.ensure(in: keys)
        #expect(first.made)
        let path = ArchiveKey.path(in: keys)
        #expect(path.hasSuffix("/keys/archive.key"))
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        #expect((try FileManager.default.attributesOfItem(atPath: keys)[.posixPermissions] as? Int) == 0o700)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 3 && lines[0].hasPrefix("# created: ") && lines[1] == "# public key: \(first.identity.recipient)")
        #expect(lines[2].hasPrefix("AGE-SECRET-KEY-1") && lines[2] == lines[2].uppercased())
        let second = try ArchiveKey.ensure(in: keys)
        #expect(!second.made && second.identity.recipient == first.identity.recipient)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        #expect(chmod(path, 0o644) == 0)
        #expect(throws: ArchiveError.self) { try ArchiveKey.identity(in: keys) }
        #expect(throws: ArchiveError.self) { try ArchiveKey.ensure(in: keys) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }
}
