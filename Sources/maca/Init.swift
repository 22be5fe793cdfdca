import ArgumentParser
import MACAKit
import MACARepl

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Set up maca for a partnership: its config, sessions folder and key.",
        discussion: """
            Asks the partnership's settings, each with its current value (or a sensible one) in brackets: \
            the partnership's name, who reports are from, the protective marking, the folder for audit days (offered from --sessions, else $MACA_SESSIONS, as every command finds it), \
            the agencies it invites, the small-number threshold and how long records are kept. Writes them to \
            $XDG_CONFIG_HOME/maca/config.yaml (~/.config/maca/config.yaml), makes the sessions folder (0700), \
            the partnership's secret key and its archive key (an age identity, for 'maca archive') in the \
            owner-only keys folder beside the config, and offers to copy the \
            shipped templates to $XDG_DATA_HOME/maca/templates for local editing. Running it again shows the \
            current settings as the defaults; an existing key or copied template is never replaced.
            """
    )

    @OptionGroup var templates: TemplateFolder

    @OptionGroup var sessionFolder: SessionFolder

    @Flag(name: .long, help: "Ask nothing: keep the current settings, or take the defaults.")
    var yes = false

    @Flag(name: .long, help: "With --yes: copy the shipped templates for local editing too.")
    var copyTemplates = false

    func run() throws {
        try reportingErrors {
            let environment = Partnership.environment
            // The sessions folder found as every command finds it (--sessions, $MACA_SESSIONS, the config) is the one offered and recorded.
            let current = PartnershipSetUp.startingPoint(try Partnership.config(), sessionsOption: sessionFolder.sessions, environment: environment)
            // The templates to offer for copying: those named, else the installed ones.
            let shipped = templates.templates != nil ? try templates.located().path : PartnershipSetUp.shippedTemplates(environment)
            let known = shipped.flatMap { try? TemplateLibrary(directory: $0).all().flatMap(\.agencies) } ?? []
            var seen: Set<String> = []
            let console = Console()
            var reader = makeLineReader()
            let questions = PartnershipQuestions(environment: environment, console: console, knownAgencies: known.filter { seen.insert($0.id).inserted })
            guard var setUp = questions.ask(current: current, shippedTemplates: shipped, acceptDefaults: yes, reader: &reader) else {
                // Leaving at a terminal is a choice; input that ran out is a script that is wrong.
                guard reader.isInteractive else {
                    printError("standard input ended before the set-up was finished; nothing was written (use --yes to take every default)")
                    throw ExitCode(ExitStatus.data.rawValue)
                }
                console.say("Left; nothing was written.")
                return
            }
            if yes && copyTemplates { setUp.copyTemplatesFrom = shipped }
            if copyTemplates && shipped == nil { printWarning("no shipped templates were found to copy; 'maca paths' shows where maca looked") }
            for line in try setUp.apply(environment) { console.saved(line) }
            console.say("Ready. 'maca paths' shows where maca now finds everything; 'maca run --template ID' starts a day.")
        }
    }
}
