import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("Path arithmetic")
struct FilePathsTests {
    @Test("the folder a path is in", arguments: [
        ("r", ""), ("s/", ""), ("a/b", "a"), ("/r", "/"), ("/", "/"), ("", ""), ("./x", "."), ("../y", ".."),
        ("/tmp//d", "/tmp"), ("a/b/c/", "a/b"), ("é/ü", "é"),
    ])
    func parent(path: String, expected: String) {
        #expect(FilePaths.parent(of: path) == expected)
    }

    @Test("a name joined to any folder gives that folder back, for 2,000 generated paths")
    func property() {
        var random = SystemRandomNumberGenerator()
        let pieces = ["a", "r", ".", "..", "s", "long-folder-name", "é", " ", "x y", "-"]
        for _ in 0..<2000 {
            let depth = Int.random(in: 1...5, using: &random)
            let absolute = Bool.random(using: &random)
            let folder = (absolute ? "/" : "") + (0..<depth).map { _ in pieces.randomElement(using: &random)! }.joined(separator: "/")
            let name = pieces.randomElement(using: &random)!
            #expect(FilePaths.parent(of: folder + "/" + name) == folder)
        }
    }
}
