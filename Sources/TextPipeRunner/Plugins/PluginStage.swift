import CTextPipePlugin

/// A stage that lives in a runtime plugin: each document is serialised to JSON, handed to the plugin's
/// `process` and merged back from its answer (see ``DocumentJSON``).
///
/// Instances come from the factories of a ``PluginLibrary``; the plugin keeps the real stage behind an opaque
/// pointer, released when the last copy of this stage goes away.
public struct PluginStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "plugin", summary: "A stage from a runtime plugin library, created by loading the plugin.")

    private let instance: Instance
    /// The plugin stage's own name, for error messages.
    private let name: String
    private let plugin: String

    /// Plugin stages cannot be made from options alone: their plugin has to be loaded first.
    ///
    /// - Throws: Always; list the library under `plugins:` in the pipeline, or pass `--plugin`.
    public init(options: NoOptions, context: StageContext) throws {
        throw OptionError("a plugin stage is created by loading its plugin: list it under 'plugins:' or pass --plugin")
    }

    private init(instance: Instance, name: String, plugin: String) {
        self.instance = instance
        self.name = name
        self.plugin = plugin
    }

    static func create(
        descriptor: StageDescriptor, entry: StageEntry, context: StageContext, table: FunctionTable, plugin: String
    ) throws(PipelineError) -> PipelineStage {
        let request = PluginWire.entry(entry, stage: descriptor.name, context: context)
        var pointer: UnsafeMutableRawPointer?
        let (code, bytes) = request.withUnsafeBufferPointer { request in
            table.call { output, length in
                request.withMemoryRebound(to: CChar.self) { chars in
                    table.create(chars.baseAddress, chars.count, &pointer, output, length)
                }
            }
        }
        guard code == TEXTPIPE_PLUGIN_OK, let pointer else {
            var diagnostics = PluginWire.diagnostics(from: bytes, file: entry.file, fallback: entry.location)
            for index in diagnostics.indices { diagnostics[index].message += " (plugin '\(plugin)')" }
            throw PipelineError(diagnostics)
        }
        let stage = PluginStage(
            instance: Instance(pointer: pointer, table: table), name: descriptor.name, plugin: plugin)
        return PipelineStage(stage, descriptor: descriptor)
    }

    public func process(_ document: inout Document) throws {
        guard !document.needsDecoding else {
            throw StageError("stage '\(name)' of plugin '\(plugin)' needs decoded text; put it after decode")
        }
        let request = DocumentJSON.encode(document)
        let (code, answer) = request.withUnsafeBufferPointer { request in
            instance.table.call { output, length in
                request.withMemoryRebound(to: CChar.self) { chars in
                    instance.table.process(instance.pointer, chars.baseAddress, chars.count, output, length)
                }
            }
        }
        guard code == TEXTPIPE_PLUGIN_OK else {
            let message = String(decoding: answer, as: UTF8.self)
            throw StageError("\(message.isEmpty ? "failed" : message) (stage '\(name)' of plugin '\(plugin)')")
        }
        do {
            try DocumentJSON.apply(answer, to: &document)
        } catch {
            throw StageError("stage '\(name)' of plugin '\(plugin)' \(error)")
        }
    }

    /// The plugin's stage object, destroyed through the plugin when no pipeline holds it any more.
    private final class Instance: Sendable {
        /// Opaque to the host. The plugin's contract is that `process` may be called from several threads at
        /// once (its stages are `Sendable`), so sharing the pointer across threads is safe.
        nonisolated(unsafe) let pointer: UnsafeMutableRawPointer
        let table: FunctionTable

        init(pointer: UnsafeMutableRawPointer, table: FunctionTable) {
            self.pointer = pointer
            self.table = table
        }

        deinit { table.destroy(pointer) }
    }
}
