import Foundation
import MACAKit
import MACATestSupport
import Testing

/// A real full disk, not a simulated one: a day is run on a tmpfs of a few
/// pages, which fills part way through the cases.
@Suite("A day on a disk that fills up", .serialized)
struct FullDiskTests {
    @Test("the answer that does not fit is refused in words, exit 74; nothing acknowledged is lost; the day resumes once there is room")
    func fullDisk() throws {
        let harness = try CrashHarness.generatedDay(cases: 4)
        let calm = try TemporaryFolder("maca-full-reference")
        defer { calm.remove() }
        let reference = try harness.reference(sessions: calm.path)

        // The template is embedded in the day's first record, so the day starts
        // on 48 KiB and runs out of room among the cases' answers.
        let disk = try TemporaryFolder("maca-tiny-disk")
        defer { disk.remove() }
        let mounted = try run("/bin/mount", ["-t", "tmpfs", "-o", "size=48k,mode=0700", "tmpfs", disk.path])
        try #require(mounted.status == 0, "mounting a tmpfs needs root (CAP_SYS_ADMIN): \(mounted.stderr)")
        defer { _ = try? run("/bin/umount", [disk.path]) }

        var refusals: [String] = []
        let outcome = try harness.run(kills: 0, seed: 1, sessions: disk.path, reference: reference) { status, transcript in
            #expect(status == 74, "a full disk is an I/O failure: \(transcript.suffix(500))")
            #expect(transcript.contains("every answer before it marked ✓ is safe"))
            #expect(transcript.contains("maca resume --sessions \(disk.path) 2026-11-20-neglect carries on at this question"), "\(transcript.suffix(800))")
            refusals.append(contentsOf: transcript.components(separatedBy: "\n").filter { $0.contains("NOT saved") })
            // Room again, as when the facilitator frees some space.
            let grown = try run("/bin/mount", ["-o", "remount,size=4m", disk.path])
            try #require(grown.status == 0, "\(grown.stderr)")
        }
        print("full disk: \(outcome); refused: \(refusals)")
        #expect(outcome.stops == 1)
        #expect(refusals.count == 1 && refusals.first?.contains("No space left on device") == true, "\(refusals)")
        #expect(outcome.lost == 0 && outcome.misplaced == 0)
        #expect(outcome.problems.isEmpty, "\(outcome.problems.prefix(5))")
        let folder = try #require(try SessionStore(directory: disk.path).dayFolders().first)
        #expect(try runMaca(["verify", "\(disk.path)/\(folder)"]).status == 0)
    }
}
