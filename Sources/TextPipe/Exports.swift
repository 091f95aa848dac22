@_exported import TextPipeCore
@_exported import TextPipeRunner
