import TextPipeCommandLine

TextPipeCommand.main(loader: .builtIn)
