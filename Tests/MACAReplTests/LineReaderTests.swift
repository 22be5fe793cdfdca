import Foundation
import MACARepl
import Testing

@Suite("Reading answers from a pipe")
struct LineReaderTests {
    private func reader(_ text: String) throws -> PipedLineReader {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data(text.utf8))
        try pipe.fileHandleForWriting.close()
        return PipedLineReader(input: pipe.fileHandleForReading, echo: false)
    }

    @Test("lines come back in order without their newlines, then nil")
    func lines() throws {
        var reader = try reader("first\r\nsecond\n\nlast without newline")
        #expect(reader.readLine(prompt: "> ") == .line("first"))
        #expect(reader.readLine(prompt: "> ") == .line("second"))
        #expect(reader.readLine(prompt: "> ") == .line(""))
        #expect(reader.readLine(prompt: "> ") == .line("last without newline"))
        #expect(reader.readLine(prompt: "> ") == .end)
    }

    @Test("UTF-8 answers are kept whole")
    func unicode() throws {
        var reader = try reader("ünïcode — ✓\n")
        #expect(reader.readLine(prompt: "") == .line("ünïcode — ✓"))
    }
}
