#ifndef TEXTPIPE_CLIBYAML_SHIM_H
#define TEXTPIPE_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
