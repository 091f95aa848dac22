import TextPipeCommandLine

#if canImport(Glibc)
    import Glibc

    // glibc grows its heaps a few pages at a time, each step an mprotect call: a sentence_split run on the news
    // corpus made 6,000 of them. Asking for 16 MB of headroom at a time (M_TOP_PAD) leaves about 2,400; memory
    // that is never touched costs nothing, so peak RSS does not change.
    // `mallopt` is not in Swift's Glibc module, hence the look-up; M_TOP_PAD is -2 in glibc's <malloc.h>.
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        _ = mallopt(-2, 16 << 20)
    }
#endif

TextPipeCommand.main(loader: .builtIn)
