/*
 * The TextPipe runtime plugin ABI.
 *
 * A plugin is a shared library that exports one C function, `textpipe_plugin_entry`. The host calls it with
 * the ABI version it speaks and a zeroed table; the plugin writes its own ABI version into the table and, when
 * the versions match, fills in the function pointers below. Everything that crosses the boundary is UTF-8 JSON
 * in buffers the plugin allocates and frees, so host and plugin never share a Swift type (a Swift `as? Stage`
 * cast across dlopen only works when both use one dynamic copy of the core, which SwiftPM does not build).
 *
 * Swift plugins never write this by hand: TextPipePluginABI's `TextPipePlugin.export` fills the table from
 * ordinary `Stage` types. The header is plain C so a plugin can also be written in C, C++, Rust or Zig.
 */
#ifndef TEXTPIPE_PLUGIN_H
#define TEXTPIPE_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

/* Bump whenever the table's layout or the meaning of a field changes. */
#define TEXTPIPE_PLUGIN_ABI_VERSION 1u

/* Return codes of the table's functions and of the entry point. */
#define TEXTPIPE_PLUGIN_OK 0
/* The call failed; the output buffer holds a message (process) or a JSON error (create). */
#define TEXTPIPE_PLUGIN_FAILED 1
/* The entry point was called with an ABI version the plugin does not speak; only abi_version is set. */
#define TEXTPIPE_PLUGIN_VERSION_MISMATCH 2

typedef struct textpipe_plugin {
    /* Written by the plugin in every case, before anything else: the ABI version it was built for. */
    uint32_t abi_version;
    uint32_t reserved;

    /* A JSON array describing the plugin's stages:
     * [{"name": "...", "aliases": [], "summary": "...", "requires": ["text"], "produces": ["redactions"],
     *   "options": [{"key": "...", "type": "...", "default": "...", "help": "..."}]}] */
    int32_t (*describe)(char **out_json, size_t *out_length);

    /* Creates a stage from its pipeline entry, JSON:
     * {"stage": "name", "file": "pipeline.yaml", "line": 3, "column": 5, "base_directory": "/dir",
     *  "options": NODE or null}, where NODE is {"scalar": "text", "plain": true, "line": 4, "column": 7},
     * {"sequence": [NODE...], "line": .., "column": ..} or {"mapping": [[NODE, NODE]...], "line": .., "column": ..}.
     * On success *out_instance is the stage; on failure *out_json is {"diagnostics": [{"line": 4, "column": 7,
     * "message": "..."}]}. */
    int32_t (*create)(const char *entry_json, size_t entry_length, void **out_instance, char **out_json,
                      size_t *out_length);

    /* Processes one document given as a JSON object of the output contract (offsets in Unicode scalars).
     * On success *out is a JSON object of what changed, merged into the host's copy: "id", "text" only if the
     * stage rewrote it, each added or changed layer, and null for each removed layer (the whole document in the
     * same form is also a valid answer). On failure *out is a UTF-8 message.
     * Called from several threads at once with the same instance. */
    int32_t (*process)(void *instance, const char *document_json, size_t length, char **out, size_t *out_length);

    /* Frees a buffer the plugin returned. */
    void (*free_buffer)(char *buffer);

    /* Releases a stage made by create. */
    void (*destroy)(void *instance);
} textpipe_plugin;

/* The one symbol a plugin exports. `table_size` is sizeof(textpipe_plugin) as the host knows it. */
#define TEXTPIPE_PLUGIN_ENTRY_SYMBOL "textpipe_plugin_entry"
typedef int32_t (*textpipe_plugin_entry_function)(uint32_t host_abi_version, textpipe_plugin *table,
                                                  size_t table_size);

#endif
