import ArgumentParser
import TextPipe

/// `textpipe stages [NAME]`: lists the stages, or one stage's options.
struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the available stages, or show one stage's options, requirements and products."
    )

    @Argument(help: "A stage name to describe.")
    var name: String?

    func run() throws {
        let registry = TextPipeCommand.loader.registry
        guard let name else {
            let width = registry.descriptors.map(\.name.count).max() ?? 0
            for stage in registry.descriptors {
                print(stage.name.padding(to: width) + "  " + stage.summary)
            }
            return
        }
        guard let factory = registry.factory(named: name) else {
            var message = "error: unknown stage '\(name)'"
            if let near = Suggestion.nearest(to: name, in: registry.names) { message += "; did you mean '\(near)'?" }
            StandardError.line(message + " (available stages: \(registry.descriptors.map(\.name).joined(separator: ", ")))")
            throw ExitCode.usage
        }
        print(Self.describe(factory))
    }

    static func describe(_ factory: StageFactory) -> String {
        let stage = factory.descriptor
        var lines = [stage.name + (stage.aliases.isEmpty ? "" : " (also: \(stage.aliases.joined(separator: ", ")))")]
        lines.append("  " + stage.summary)
        lines.append("  requires: " + (stage.requires.isEmpty ? "nothing" : stage.requires.map(\.rawValue).joined(separator: ", ")))
        lines.append("  produces: " + (stage.produces.isEmpty ? "(rewrites the text)" : stage.produces.map(\.rawValue).joined(separator: ", ")))
        if factory.options.isEmpty {
            lines.append("  options: none")
        } else {
            lines.append("  options:")
            for option in factory.options {
                lines.append("    \(option.key): \(option.type) = \(option.defaultValue)")
                if let help = option.help { lines.append("        \(help)") }
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
