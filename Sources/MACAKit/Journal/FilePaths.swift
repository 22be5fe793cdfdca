/// Path arithmetic maca does itself: swift-corelibs-foundation's
/// `NSString.deletingLastPathComponent` traps (SIGILL) on a one-character
/// path such as `--out r`, so no path a person types may go through it.
public enum FilePaths {
    /// The folder a path is in: "" for a bare name, "/" for one at the root.
    /// Trailing slashes are ignored, as the shell does.
    public static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        var parent = trimmed[..<slash]
        while parent.count > 1, parent.hasSuffix("/") { parent.removeLast() }
        return String(parent)
    }

    /// The last part of a path: its file or folder name.
    public static func name(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/"), trimmed.count > 1 else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }
}
