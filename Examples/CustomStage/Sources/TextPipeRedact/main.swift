import Redact
import TextPipe
import TextPipeCommandLine

// The textpipe command line, with the built-in stages and pipelines plus `redact`.
let registry = try StageRegistry.builtIn.adding(RedactStage.self)
TextPipeCommand.main(loader: PipelineLoader(registry: registry, builtInPipelines: BuiltInPipelines.all))
