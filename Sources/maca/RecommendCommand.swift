import ArgumentParser

struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Make and follow up the partnership's recommendations from a themed audit: add, update and list them.",
        discussion: """
            A recommendation is for the partnership, not for one case: a SMART statement with an owner, a due \
            date, a measure of success, the resources it needs (stated even when none are) and a RAG status. \
            They are kept in the tracker's journals in sessions/actions/, and the theme's board report lists them.
            """,
        subcommands: [RecommendAdd.self, RecommendUpdate.self, RecommendList.self],
        defaultSubcommand: RecommendList.self
    )
}
