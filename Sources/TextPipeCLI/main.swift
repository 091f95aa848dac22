print("textpipe")
