/* The ABI is the header alone; SwiftPM needs one source file to make a C target of it. */
#include "textpipe_plugin.h"

const uint32_t textpipe_plugin_abi_version = TEXTPIPE_PLUGIN_ABI_VERSION;
