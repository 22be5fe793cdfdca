import MACAKit

extension FacilitatorSession {
    /// `:name ROLE NAME`: blocks a name in this day's free text and, through
    /// the partnership's registry, on every later day. Only the keyed hash of
    /// each part is written; the key is made on first use when the
    /// partnership has none yet.
    func registerName(_ argument: String) throws {
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2, day.id != nil else {
            console.problem("give the role and the name: :name child FIRSTNAME LASTNAME")
            return
        }
        let role = words[0].lowercased()
        guard role.count <= 24, role.allSatisfy({ $0.isLetter || $0 == "-" }) else {
            console.problem("the role is one word, such as child, parent, carer, sibling or practitioner: :name child FIRSTNAME LASTNAME")
            return
        }
        guard !NameRegistered.parts(of: words[1]).isEmpty else {
            console.problem("give a name of two letters or more: :name \(role) FIRSTNAME LASTNAME")
            return
        }
        guard let key = try nameKey() else { return }
        let registered = NameRegistered.registering(words[1], role: role, ref: current?.ref, key: key, day: day.id ?? "")
        // Folded forms are hashed too ("Wisniewska" for "Wiśniewska"); the count is of the name's own parts.
        let count = NameRegistered.parts(of: words[1]).count
        let parts = "\(count) name part\(count == 1 ? "" : "s")"
        guard try record(.nameRegistered(registered), confirm: "saved: \(parts) blocked as [\(role)]; the name itself is not kept") != nil else { return }
        let partnershipWide = NameRegistered.registeringForPartnership(words[1], role: role, key: key)
        privacy.partnershipNames.append(partnershipWide)
        guard let nameRegistry else { return }
        do {
            try nameRegistry.add(partnershipWide)
            console.say("  blocked on every later day too (the partnership's registry, \(nameRegistry.path), holds only keyed hashes)")
        } catch {
            console.warn("the name is blocked on this day, but could not be added to the partnership's registry \(nameRegistry.path): \(error)")
        }
    }

    /// The partnership's name key, made now if there is none; nil (said why) when it cannot be had.
    private func nameKey() throws -> NameKey? {
        if let key = privacy.nameKey { return key }
        guard let keysFolder else {
            console.problem("names cannot be registered here: this session has no partnership keys folder")
            return nil
        }
        let (key, made) = try NameKey.makingIfMissing(keysFolder: keysFolder)
        privacy.nameKey = key
        privacy.keyPath = key.keyPath
        if made {
            console.say("  made the partnership key \(key.keyPath) (owner-only): registered names are kept as hashes under it. Back it up with the partnership's other keys; without it, maca cannot check text for the names registered")
            // The registry is signed from its first record when it is made now.
            if let registry = nameRegistry { nameRegistry = NameRegistry(path: registry.path, signer: try RecordSigner.partnership(keysFolder: keysFolder), key: key) }
        }
        return key
    }
}
