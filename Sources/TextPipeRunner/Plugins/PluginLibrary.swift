import CTextPipePlugin
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A runtime plugin: a shared library opened with `dlopen` whose stages are reached through the C ABI of
/// `textpipe_plugin.h`.
///
/// The library stays loaded for the life of the process (Swift code cannot be safely unloaded), so loading the
/// same path twice is cheap and gives the same stages.
public final class PluginLibrary: Sendable {
    /// The library's path as it was loaded; every error about the plugin names it.
    public let path: String
    /// One factory per stage the plugin exports, ready to add to a registry.
    public let factories: [StageFactory]
    let table: FunctionTable

    /// Opens a plugin library and reads its stages.
    ///
    /// - Throws: ``PluginError`` for a missing file, a file that is not a loadable library, a missing entry
    ///   symbol, an ABI version mismatch or an unreadable stage description.
    public convenience init(path: String) throws(PluginError) {
        guard FileManager.default.fileExists(atPath: path) else { throw PluginError(path, .missingFile) }
        // A path without a slash would make dlopen search the library path instead of opening this file.
        let openPath = path.contains("/") ? path : "./" + path
        guard let handle = dlopen(openPath, RTLD_NOW | RTLD_LOCAL) else {
            throw PluginError(path, .notALibrary(Self.lastError()))
        }
        guard let symbol = dlsym(handle, TEXTPIPE_PLUGIN_ENTRY_SYMBOL) else {
            throw PluginError(path, .missingEntry(Self.lastError()))
        }
        try self.init(path: path, entry: unsafeBitCast(symbol, to: textpipe_plugin_entry_function.self))
    }

    /// Reads the stages of a plugin whose entry point is already at hand (a library loaded some other way, or a
    /// plugin linked into the same binary, as in tests).
    ///
    /// - Throws: ``PluginError`` for an ABI version mismatch or an unreadable stage description.
    public init(path: String, entry: textpipe_plugin_entry_function) throws(PluginError) {
        self.path = path
        var raw = textpipe_plugin()
        let status = entry(TEXTPIPE_PLUGIN_ABI_VERSION, &raw, MemoryLayout<textpipe_plugin>.size)
        guard raw.abi_version != 0 else { throw PluginError(path, .entryFailed(status)) }
        guard raw.abi_version == TEXTPIPE_PLUGIN_ABI_VERSION else {
            throw PluginError(path, .versionMismatch(plugin: raw.abi_version, host: TEXTPIPE_PLUGIN_ABI_VERSION))
        }
        guard status == TEXTPIPE_PLUGIN_OK else { throw PluginError(path, .entryFailed(status)) }
        guard let table = FunctionTable(raw) else { throw PluginError(path, .incompleteTable) }
        self.table = table

        var described: [(StageDescriptor, [OptionInfo])]
        do throws(WireError) {
            let (code, bytes) = table.call { output, length in table.describe(output, length) }
            guard code == TEXTPIPE_PLUGIN_OK else {
                throw WireError("describe failed: \(String(decoding: bytes, as: UTF8.self))")
            }
            described = try PluginWire.stages(from: bytes)
        } catch {
            throw PluginError(path, .badDescription(error.message))
        }
        if described.isEmpty { throw PluginError(path, .badDescription("it exports no stages")) }
        let pluginName = URL(fileURLWithPath: path).lastPathComponent
        var factories: [StageFactory] = []
        for index in described.indices {
            described[index].0.summary += " (plugin \(pluginName))"
        }
        // The factories hold the table, not `self`, so no reference cycle forms.
        for (descriptor, options) in described {
            factories.append(
                StageFactory(descriptor: descriptor, options: options) { entry, context throws(PipelineError) in
                    try PluginStage.create(
                        descriptor: descriptor, entry: entry, context: context, table: table, plugin: path)
                })
        }
        self.factories = factories
    }

    private static func lastError() -> String {
        dlerror().map { String(cString: $0) } ?? "unknown error"
    }
}

/// The plugin's functions, checked to be present.
struct FunctionTable: Sendable {
    typealias Describe =
        @convention(c) (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<Int>?) -> Int32
    let describe: Describe
    let create:
        @convention(c) (
            UnsafePointer<CChar>?, Int, UnsafeMutablePointer<UnsafeMutableRawPointer?>?,
            UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<Int>?
        ) -> Int32
    let process:
        @convention(c) (
            UnsafeMutableRawPointer?, UnsafePointer<CChar>?, Int, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
            UnsafeMutablePointer<Int>?
        ) -> Int32
    let freeBuffer: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void
    let destroy: @convention(c) (UnsafeMutableRawPointer?) -> Void

    init?(_ raw: textpipe_plugin) {
        guard let describe = raw.describe, let create = raw.create, let process = raw.process,
            let freeBuffer = raw.free_buffer, let destroy = raw.destroy
        else { return nil }
        self.describe = describe
        self.create = create
        self.process = process
        self.freeBuffer = freeBuffer
        self.destroy = destroy
    }

    /// Calls a function that returns a buffer, copies the buffer out and frees it through the plugin.
    func call(
        _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<Int>) -> Int32
    ) -> (Int32, [UInt8]) {
        var output: UnsafeMutablePointer<CChar>?
        var length = 0
        let code = body(&output, &length)
        guard let output else { return (code, []) }
        let bytes = Array(UnsafeRawBufferPointer(start: output, count: length))
        freeBuffer(output)
        return (code, bytes)
    }
}

/// Why a plugin could not be loaded; the message names the plugin's path.
public struct PluginError: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case missingFile
        case notALibrary(String)
        case missingEntry(String)
        case versionMismatch(plugin: UInt32, host: UInt32)
        case entryFailed(Int32)
        case incompleteTable
        case badDescription(String)
        case nameClash(stage: String, existing: String)
    }

    public var path: String
    public var reason: Reason

    public init(_ path: String, _ reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        let plugin = "plugin '\(path)'"
        switch reason {
        case .missingFile:
            return "\(plugin): no such file (plugin paths in a pipeline are relative to the pipeline file)"
        case .notALibrary(let detail):
            return "\(plugin): not a loadable shared library: \(detail)"
        case .missingEntry:
            return "\(plugin): the library does not export '\(TEXTPIPE_PLUGIN_ENTRY_SYMBOL)'; a Swift plugin declares "
                + "it with @_cdecl(\"\(TEXTPIPE_PLUGIN_ENTRY_SYMBOL)\") and TextPipePlugin.export (see the RuntimePlugin example)"
        case .versionMismatch(let pluginVersion, let host):
            return
                "\(plugin): built for plugin ABI version \(pluginVersion), but this textpipe speaks version \(host); "
                + "rebuild the plugin against this TextPipe"
        case .entryFailed(let code):
            return
                "\(plugin): its entry point '\(TEXTPIPE_PLUGIN_ENTRY_SYMBOL)' failed (code \(code)) without filling in "
                + "the plugin table; is it the TextPipe entry point?"
        case .incompleteTable:
            return "\(plugin): its entry point left functions of the plugin table empty"
        case .badDescription(let detail):
            return "\(plugin): cannot read its stages: \(detail)"
        case .nameClash(let stage, let existing):
            return stage == existing
                ? "\(plugin): its stage '\(stage)' clashes with the stage of that name already registered; rename it"
                : "\(plugin): its stage name '\(stage)' is taken by stage '\(existing)'; rename it"
        }
    }
}
