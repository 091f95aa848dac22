import TextPipeCommandLine

#if canImport(Glibc)
    import Glibc

    // Each worker thread has its own malloc arena, and glibc grows an arena's heap a few pages at a time with an
    // mprotect call: a sentence_split run on the news corpus made 6,000 of them. Growing by 16 MB at a time makes it
    // about 2,400; memory that is never touched costs nothing, so peak RSS does not change.
    // `mallopt` is not in Swift's Glibc module, hence the look-up; M_TOP_PAD is -2 in glibc's <malloc.h>.
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        _ = mallopt(-2, 16 << 20)
    }
#endif

TextPipeCommand.main(loader: .builtIn)
