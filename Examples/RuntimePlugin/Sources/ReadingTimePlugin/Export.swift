import TextPipePluginABI

// The whole export: the one C symbol textpipe looks for, handing over this plugin's stages.
@_cdecl("textpipe_plugin_entry")
public func textpipePluginEntry(_ version: UInt32, _ table: UnsafeMutableRawPointer?, _ size: Int) -> Int32 {
    TextPipePlugin.export([ReadingTimeStage.self], version, table, size)
}
