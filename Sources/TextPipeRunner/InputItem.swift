import Foundation

/// One input named on the command line, after folders are expanded.
public enum InputItem: Sendable, Equatable {
    /// A file; `id` is its path relative to the folder it was found in, or its name when given directly.
    case file(path: String, id: String)
    /// Standard input.
    case standardInput

    /// Expands the command line's inputs: folders recursively (hidden entries skipped, sorted for a stable
    /// order, filtered by `include` globs), `-` as standard input.
    ///
    /// - Throws: ``InputError`` for a path that does not exist.
    public static func expand(_ arguments: [String], include: [String]) throws -> [InputItem] {
        var items: [InputItem] = []
        let files = FileManager.default
        for argument in arguments {
            if argument == "-" {
                items.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw InputError("no such file or folder: \(argument)")
            }
            if !isDirectory.boolValue {
                items.append(.file(path: argument, id: (argument as NSString).lastPathComponent))
                continue
            }
            let root = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
            for relative in try walk(root) where include.isEmpty || include.contains(where: { Glob.matches($0, relative) }) {
                items.append(.file(path: root + "/" + relative, id: relative))
            }
        }
        return items
    }

    /// The relative paths of the regular files under a folder, hidden entries skipped, sorted.
    private static func walk(_ root: String) throws -> [String] {
        var result: [String] = []
        var pending = [""]
        let files = FileManager.default
        while let folder = pending.popLast() {
            let path = folder.isEmpty ? root : root + "/" + folder
            let entries = try files.contentsOfDirectory(atPath: path).sorted()
            for entry in entries where !entry.hasPrefix(".") {
                let relative = folder.isEmpty ? entry : folder + "/" + entry
                var isDirectory: ObjCBool = false
                guard files.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue { pending.append(relative) } else { result.append(relative) }
            }
        }
        return result.sorted()
    }
}

/// A problem with the command line's inputs, found before anything ran.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Shell-style glob matching (`*`, `?`, `[abc]`) through fnmatch; a pattern without `/` matches the file name.
enum Glob {
    static func matches(_ pattern: String, _ relativePath: String) -> Bool {
        let subject = pattern.contains("/") ? relativePath : (relativePath as NSString).lastPathComponent
        return fnmatch(pattern, subject, 0) == 0
    }
}

extension InputItem {
    /// The total size of the files among `items`, or `nil` when standard input makes it unknown.
    public static func totalBytes(_ items: [InputItem]) -> Int? {
        var total = 0
        for item in items {
            guard case .file(let path, _) = item else { return nil }
            // `stat` rather than `FileManager.attributesOfItem`, whose size came as `Any` and cost a
            // conformance search to read as an `Int` at every start.
            var status = stat()
            if stat(path, &status) == 0 { total += Int(status.st_size) }
        }
        return total
    }
}
