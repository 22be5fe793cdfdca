import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("maca on the command line")
struct CommandLineTests {
    @Test("help lists every subcommand")
    func help() throws {
        let result = try runMaca(["--help"])
        #expect(result.status == 0)
        for command in ["templates", "verify", "show"] {
            #expect(result.stdout.contains(command))
        }
    }

    @Test("bad usage exits 64")
    func badUsage() throws {
        let result = try runMaca(["templates", "show"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Missing expected argument"))
    }
}
