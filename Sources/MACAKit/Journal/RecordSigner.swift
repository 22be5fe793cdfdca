import Crypto
import Foundation

/// Signs and checks journal records with the partnership's key.
///
/// A record's signature (its `"mac"` member, after `"hash"`) is the
/// HMAC-SHA256 of the record's hash under a key derived (HKDF-SHA256) from
/// the partnership secret that `maca init` makes. The hash covers every
/// other member, the previous record's hash included, so a signature
/// vouches for the record, its place in its journal and its day: whoever
/// holds no key can still write a journal whose chain verifies, but not
/// one whose signatures do.
///
/// The secret itself never signs anything: the derived key is for journal
/// signatures only, so the same secret can key other things later without
/// one use revealing another.
public struct RecordSigner: Sendable {
    /// The derived key's bytes (SymmetricKey is not Sendable; its bytes are).
    private let keyBytes: Data
    /// Where the secret was read from, for messages.
    public let keyPath: String

    public static let derivationLabel = "maca journal record signatures v1"
    /// `"mac"` + 64 hex digits.
    public static let macLength = 64

    public init(secret: SymmetricKey, keyPath: String) {
        keyBytes = PartnershipKeys.derived(from: secret, label: Self.derivationLabel)
        self.keyPath = keyPath
    }

    /// A signer from the secret's bytes.
    public init(secret: Data, keyPath: String) {
        self.init(secret: SymmetricKey(data: secret), keyPath: keyPath)
    }

    /// The partnership's signer, if `maca init` made a key in `keysFolder`;
    /// nil when there is none. A key that is there but unusable (others can
    /// read it, wrong length) is an error, never quietly ignored.
    public static func partnership(keysFolder: String) throws(FileError) -> RecordSigner? {
        try PartnershipKeys.existingSecret(in: keysFolder).map { RecordSigner(secret: $0.secret, keyPath: $0.path) }
    }

    /// The signature of a record with this hash.
    public func mac(forHash hash: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(hash.utf8), using: SymmetricKey(data: keyBytes)).hexString
    }

    /// Whether `mac` is this key's signature of a record with this hash
    /// (compared in constant time).
    public func isValid(mac: String, forHash hash: String) -> Bool {
        guard let bytes = Self.bytes(ofHex: mac) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(bytes, authenticating: Data(hash.utf8), using: SymmetricKey(data: keyBytes))
    }

    /// The bytes of a MAC written as 64 lower-case hex digits; nil for anything else.
    static func bytes(ofHex hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count == macLength else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = value(digits[index]), let low = value(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func value(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}

extension HashedAuthenticationCode {
    var hexString: String { LowerHex.string(of: self) }
}
