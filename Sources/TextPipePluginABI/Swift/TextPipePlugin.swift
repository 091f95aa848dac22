import CTextPipePlugin
import Foundation
@_exported import TextPipeCore
import TextPipeRunner

/// Turns ordinary Swift ``Stage`` types into a runtime plugin that any `textpipe` can load.
///
/// A plugin is a SwiftPM `.dynamic` library whose one exported C symbol hands the host a table of C functions
/// (see `textpipe_plugin.h`). This declaration is the whole export:
///
/// ```swift
/// import TextPipePluginABI
///
/// @_cdecl("textpipe_plugin_entry")
/// public func textpipePluginEntry(_ version: UInt32, _ table: UnsafeMutableRawPointer?, _ size: Int) -> Int32 {
///     TextPipePlugin.export([ShoutStage.self], version, table, size)
/// }
/// ```
///
/// Documents cross the boundary as the output contract's JSON, so host and plugin never share a Swift type and
/// need not be built by the same compiler. Built-in layers the stage reads (sentences, entities, ...) arrive
/// typed; layers it adds with its own ``LayerKey`` reach the host as JSON.
public enum TextPipePlugin {
    /// The plugin ABI version this module speaks.
    public static let abiVersion = TEXTPIPE_PLUGIN_ABI_VERSION

    /// Fills the host's plugin table with the given stages; call it from the `textpipe_plugin_entry` function.
    ///
    /// - Parameters:
    ///   - stages: The stage types the plugin offers.
    ///   - hostVersion: The ABI version the host speaks, as passed to the entry point.
    ///   - table: The host's table, as passed to the entry point.
    ///   - tableSize: Its size, as passed to the entry point.
    /// - Returns: The status code for the host: 0 when the table is filled, 2 when the versions differ (only the
    ///   table's version field is written then, so the host can say which versions met).
    public static func export(
        _ stages: [any Stage.Type], _ hostVersion: UInt32, _ table: UnsafeMutableRawPointer?, _ tableSize: Int
    ) -> Int32 {
        guard let table else { return TEXTPIPE_PLUGIN_FAILED }
        let plugin = table.assumingMemoryBound(to: textpipe_plugin.self)
        // The version field comes first in every ABI version, so it is always safe to write.
        plugin.pointee.abi_version = TEXTPIPE_PLUGIN_ABI_VERSION
        guard hostVersion == TEXTPIPE_PLUGIN_ABI_VERSION, tableSize == MemoryLayout<textpipe_plugin>.size else {
            return TEXTPIPE_PLUGIN_VERSION_MISMATCH
        }
        ExportedStages.shared.set(stages.map { factory(for: $0) })
        plugin.pointee.describe = { output, length in
            PluginBuffer.hand(PluginWire.describe(ExportedStages.shared.factories), to: output, length: length)
            return TEXTPIPE_PLUGIN_OK
        }
        plugin.pointee.create = { request, requestLength, instance, output, length in
            let bytes = UnsafeRawBufferPointer(start: request, count: requestLength)
            do {
                let (stage, entry, context) = try PluginWire.entry(from: bytes)
                guard let factory = ExportedStages.shared.factories.first(where: { $0.descriptor.name == stage }) else {
                    throw WireError("this plugin has no stage '\(stage)'")
                }
                let made = try factory.make(entry, context: context)
                instance?.pointee = Unmanaged.passRetained(StageBox(made)).toOpaque()
                return TEXTPIPE_PLUGIN_OK
            } catch let error as PipelineError {
                PluginBuffer.hand(PluginWire.diagnostics(error.diagnostics), to: output, length: length)
            } catch {
                PluginBuffer.hand(Array("\(error)".utf8), to: output, length: length)
            }
            return TEXTPIPE_PLUGIN_FAILED
        }
        plugin.pointee.process = { instance, document, documentLength, output, length in
            guard let instance else { return TEXTPIPE_PLUGIN_FAILED }
            let stage = Unmanaged<StageBox>.fromOpaque(instance).takeUnretainedValue().stage
            do {
                let original = try DocumentJSON.decode(UnsafeRawBufferPointer(start: document, count: documentLength))
                var processed = original
                try stage.process(&processed)
                // Only what the stage changed goes back: the host already has the rest.
                PluginBuffer.hand(DocumentJSON.encodeChanges(from: original, to: processed), to: output, length: length)
                return TEXTPIPE_PLUGIN_OK
            } catch let error as StageError {
                PluginBuffer.hand(Array(error.message.utf8), to: output, length: length)
            } catch {
                PluginBuffer.hand(Array(String(describing: error).utf8), to: output, length: length)
            }
            return TEXTPIPE_PLUGIN_FAILED
        }
        plugin.pointee.free_buffer = { buffer in free(buffer) }
        plugin.pointee.destroy = { instance in
            guard let instance else { return }
            Unmanaged<StageBox>.fromOpaque(instance).release()
        }
        return TEXTPIPE_PLUGIN_OK
    }

    private static func factory<S: Stage>(for type: S.Type) -> StageFactory { StageFactory(type) }
}

/// A created stage behind the opaque pointer the host holds.
private final class StageBox: Sendable {
    let stage: PipelineStage
    init(_ stage: PipelineStage) { self.stage = stage }
}

/// The stages this plugin exports, set by the entry point. C function pointers cannot capture, so the table's
/// functions find the stages here.
private final class ExportedStages: @unchecked Sendable {
    // @unchecked: `stored` is only read and written with `lock` held.
    static let shared = ExportedStages()
    private let lock = NSLock()
    private var stored: [StageFactory] = []

    func set(_ factories: [StageFactory]) {
        lock.withLock { stored = factories }
    }

    var factories: [StageFactory] { lock.withLock { stored } }
}

/// Buffers handed to the host, allocated with `malloc` and released by the table's `free_buffer`.
enum PluginBuffer {
    static func hand(
        _ bytes: [UInt8], to output: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        length: UnsafeMutablePointer<Int>?
    ) {
        guard let output, let length else { return }
        let buffer = malloc(max(bytes.count, 1))!.assumingMemoryBound(to: CChar.self)
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress { memcpy(buffer, base, bytes.count) }
        }
        output.pointee = buffer
        length.pointee = bytes.count
    }
}
