@_exported import TextPipeYAML
