@_exported import TextPipeCore
