import Foundation

/// What goes inside an archive: a POSIX tar (ustar) stream of the day's
/// folder, `<day>/` and then each of its files, so that `age -d … | tar -t`
/// lists it and `tar -x` puts the folder back as it was, with any tar.
///
/// Written: a folder entry for the day, then every file, in name order,
/// with its mode, owner numbers and modification time, then the two empty
/// blocks that end an archive. Read: what Debian's GNU tar writes too (its
/// own long-name entries, pax headers), as long as it is one folder of
/// plain files: a link, a device, a nested folder, a path that climbs out
/// (`..`, `/`) or a name given twice is refused, so a hand-made archive
/// cannot hide anything maca would not show.
public enum DayTar {
    /// One file of a day folder: its name in the folder and its bytes.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var contents: Data
        public var mode: mode_t
        public var modified: Int

        public init(name: String, contents: Data, mode: mode_t = 0o600, modified: Int = 0) {
            self.name = name
            self.contents = contents
            self.mode = mode
            self.modified = modified
        }
    }

    static let block = 512

    /// The tar of a day folder named `day` holding `entries`.
    public static func write(day: String, entries: [Entry], owner: (uid: UInt32, gid: UInt32) = (0, 0)) throws(DayTarError) -> Data {
        var output = Data()
        let newest = entries.map(\.modified).max() ?? 0
        output.append(try header(path: day + "/", type: UInt8(ascii: "5"), size: 0, mode: 0o700, modified: newest, owner: owner))
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            output.append(try header(path: "\(day)/\(entry.name)", type: UInt8(ascii: "0"), size: entry.contents.count, mode: entry.mode & 0o7777, modified: entry.modified, owner: owner))
            output.append(entry.contents)
            let padding = (block - entry.contents.count % block) % block
            output.append(Data(count: padding))
        }
        output.append(Data(count: 2 * block))
        return output
    }

    private static func header(path: String, type: UInt8, size: Int, mode: mode_t, modified: Int, owner: (uid: UInt32, gid: UInt32)) throws(DayTarError) -> Data {
        var header = [UInt8](repeating: 0, count: block)
        let bytes = Array(path.utf8)
        // Up to 100 bytes in `name`; longer, split at a slash into `prefix` (155) and `name`.
        if bytes.count <= 100 {
            header.replaceSubrange(0..<bytes.count, with: bytes)
        } else {
            guard let slash = bytes.indices.last(where: { bytes[$0] == UInt8(ascii: "/") && $0 <= 155 && bytes.count - $0 - 1 <= 100 && bytes.count - $0 - 1 > 0 }) else {
                throw .nameTooLong(path)
            }
            header.replaceSubrange(0..<(bytes.count - slash - 1), with: bytes[(slash + 1)...])
            header.replaceSubrange(345..<(345 + slash), with: bytes[..<slash])
        }
        func octal(_ value: Int, at offset: Int, width: Int) {
            let digits = Array(String(value, radix: 8).utf8)
            let padded = [UInt8](repeating: UInt8(ascii: "0"), count: max(0, width - 1 - digits.count)) + digits
            header.replaceSubrange(offset..<(offset + width - 1), with: padded.suffix(width - 1))
        }
        guard size < 0o77777777777 else { throw .tooLarge(path) }
        octal(Int(mode), at: 100, width: 8)
        octal(Int(min(owner.uid, 0o7777777)), at: 108, width: 8)
        octal(Int(min(owner.gid, 0o7777777)), at: 116, width: 8)
        octal(size, at: 124, width: 12)
        octal(max(0, min(modified, 0o77777777777)), at: 136, width: 12)
        header[156] = type
        header.replaceSubrange(257..<263, with: Array("ustar".utf8) + [0])
        header.replaceSubrange(263..<265, with: Array("00".utf8))
        // The checksum is summed with its own field as eight spaces.
        header.replaceSubrange(148..<156, with: [UInt8](repeating: 0x20, count: 8))
        let sum = header.reduce(0) { $0 + Int($1) }
        let digits = Array(String(sum, radix: 8).utf8)
        header.replaceSubrange(148..<156, with: [UInt8](repeating: UInt8(ascii: "0"), count: 6 - digits.count) + digits + [0, 0x20])
        return Data(header)
    }

    /// A day folder read back from a tar: its name and its files, in name order.
    public struct Day: Sendable, Equatable {
        public var name: String
        public var entries: [Entry]
    }

    /// Reads a tar of one day folder.
    public static func read(_ data: Data) throws(DayTarError) -> Day {
        let bytes = [UInt8](data)
        var position = 0
        var day: String?
        var entries: [Entry] = []
        var longName: String?
        var paxPath: String?
        var paxSize: Int?
        while true {
            guard position + block <= bytes.count else { throw .truncated }
            let header = Array(bytes[position..<(position + block)])
            position += block
            if header.allSatisfy({ $0 == 0 }) { break }
            guard checksumMatches(header) else { throw .badHeader("an entry's header checksum does not match") }
            let magic = Array(header[257..<263])
            let posix = magic == Array("ustar".utf8) + [0]
            guard posix || magic == Array("ustar ".utf8) else { throw .badHeader("an entry is not in the ustar or GNU tar format") }
            guard var size = number(header[124..<136]) else { throw .badHeader("an entry's size is not a number maca reads") }
            let type = header[156]
            if let override = paxSize, type != UInt8(ascii: "x"), type != UInt8(ascii: "L") { size = override }
            guard size >= 0, size <= bytes.count - position else { throw .truncated }
            let dataEnd = position + size
            let contents = Data(bytes[position..<dataEnd])
            position = dataEnd + (block - size % block) % block
            var path = string(header[0..<100])
            if posix {
                let prefix = string(header[345..<500])
                if !prefix.isEmpty { path = prefix + "/" + path }
            }
            switch type {
            case UInt8(ascii: "L"):
                // GNU tar's long name: the next entry's path.
                longName = String(decoding: contents.prefix { $0 != 0 }, as: UTF8.self)
                continue
            case UInt8(ascii: "x"):
                let records = try pax(contents)
                paxPath = records["path"]
                paxSize = try records["size"].map { value throws(DayTarError) in
                    guard let size = Int(value), size >= 0 else { throw .badHeader("a pax header's size is not a number") }
                    return size
                }
                continue
            case UInt8(ascii: "g"):
                continue
            default:
                break
            }
            path = paxPath ?? longName ?? path
            longName = nil
            paxPath = nil
            paxSize = nil
            let (folder, name) = try split(path)
            if let day, day != folder { throw .notOneDay(day, folder) }
            day = folder
            switch type {
            case UInt8(ascii: "5"):
                guard name == nil else { throw .notPlainFile(path, "a folder inside the day's folder") }
            case UInt8(ascii: "0"), 0:
                guard let name else { throw .notPlainFile(path, "a file where the day's folder should be") }
                guard !entries.contains(where: { $0.name == name }) else { throw .duplicate(path) }
                let mode = mode_t(number(header[100..<108]) ?? 0o600)
                entries.append(Entry(name: name, contents: contents, mode: mode & 0o7777, modified: number(header[136..<148]) ?? 0))
            case UInt8(ascii: "1"): throw .notPlainFile(path, "a hard link")
            case UInt8(ascii: "2"): throw .notPlainFile(path, "a symbolic link")
            case UInt8(ascii: "3"), UInt8(ascii: "4"): throw .notPlainFile(path, "a device")
            case UInt8(ascii: "6"): throw .notPlainFile(path, "a FIFO")
            default: throw .notPlainFile(path, "an entry of type '\(String(UnicodeScalar(type)))'")
            }
        }
        guard let day else { throw .empty }
        return Day(name: day, entries: entries.sorted { $0.name < $1.name })
    }

    /// A path's day folder and file name (nil for the folder itself): one
    /// folder, at most one name in it, nothing that climbs out.
    private static func split(_ path: String) throws(DayTarError) -> (String, String?) {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if parts.first == "." { parts.removeFirst() }
        guard !path.hasPrefix("/"), !parts.isEmpty, parts.count <= 2, !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            throw .notPlainFile(path, "a path outside one day folder")
        }
        return (parts[0], parts.count == 2 ? parts[1] : nil)
    }

    private static func checksumMatches(_ header: [UInt8]) -> Bool {
        guard let stored = number(header[148..<156]) else { return false }
        var unsigned = 0, signed = 0
        for (index, byte) in header.enumerated() {
            let value = (148..<156).contains(index) ? 0x20 : byte
            unsigned += Int(value)
            signed += Int(Int8(bitPattern: value))
        }
        return stored == unsigned || stored == signed
    }

    /// An octal field: digits, ended by a NUL or a space, spaces before them.
    private static func number(_ field: ArraySlice<UInt8>) -> Int? {
        // A high first bit is GNU's base-256 for a number too large for octal: no day holds one.
        guard let first = field.first, first & 0x80 == 0 else { return nil }
        let digits = field.drop { $0 == 0x20 }.prefix { $0 != 0 && $0 != 0x20 }
        if digits.isEmpty { return 0 }
        guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "7")).contains($0) }), digits.count <= 21 else { return nil }
        return digits.reduce(0) { $0 * 8 + Int($1 - UInt8(ascii: "0")) }
    }

    private static func string(_ field: ArraySlice<UInt8>) -> String {
        String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// A pax extended header's records: `<length> <key>=<value>\n` each.
    private static func pax(_ data: Data) throws(DayTarError) -> [String: String] {
        var records: [String: String] = [:]
        var rest = Array(data)[...]
        while !rest.isEmpty {
            guard let space = rest.firstIndex(of: 0x20), let length = Int(String(decoding: rest[rest.startIndex..<space], as: UTF8.self)),
                  length > space - rest.startIndex + 1, length <= rest.count, rest[rest.startIndex + length - 1] == 0x0A else {
                throw .badHeader("a pax header is malformed")
            }
            let record = rest[(space + 1)..<(rest.startIndex + length - 1)]
            guard let equals = record.firstIndex(of: UInt8(ascii: "=")) else { throw .badHeader("a pax header is malformed") }
            records[String(decoding: record[..<equals], as: UTF8.self)] = String(decoding: record[(equals + 1)...], as: UTF8.self)
            rest = rest[(rest.startIndex + length)...]
        }
        return records
    }
}

/// Why the tar inside an archive is not one day folder of plain files.
public enum DayTarError: Error, Equatable, Sendable, CustomStringConvertible {
    case truncated
    case empty
    case badHeader(String)
    case notOneDay(String, String)
    case notPlainFile(String, String)
    case duplicate(String)
    case nameTooLong(String)
    case tooLarge(String)

    public var description: String {
        switch self {
        case .truncated: "the tar inside ends part way through an entry, or lacks the empty blocks that end a tar"
        case .empty: "the tar inside holds no day folder"
        case let .badHeader(reason): "the tar inside is damaged: \(reason)"
        case let .notOneDay(first, other): "the tar inside holds more than one folder ('\(first)' and '\(other)'); an archive holds one day"
        case let .notPlainFile(path, kind): "the tar inside holds '\(path)', \(kind); an archive holds one day folder of plain files"
        case let .duplicate(path): "the tar inside holds '\(path)' twice"
        case let .nameTooLong(path): "'\(path)' is too long a name for a tar entry"
        case let .tooLarge(path): "'\(path)' is too large for a tar entry"
        }
    }
}
