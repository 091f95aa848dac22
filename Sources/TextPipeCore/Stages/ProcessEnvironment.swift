#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small reads of the process environment that do not need Foundation.
enum ProcessEnvironment {
    static var home: String? {
        getenv("HOME").map { String(cString: $0) }
    }
}
