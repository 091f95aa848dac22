import Foundation
import TextPipeCore

extension Gazetteer {
    /// Adds the names of a user's gazetteer file: one name a line, or `name<TAB>LABEL`. Blank lines and lines
    /// starting with `#` are skipped.
    ///
    /// - Parameters:
    ///   - path: The resolved path of the file.
    ///   - option: The path as written in the options, for messages.
    /// - Throws: ``OptionError`` (key `gazetteers`) when the file cannot be read or a label is unknown.
    mutating func addUserFile(at path: String, writtenAs option: String) throws(OptionError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OptionError(key: "gazetteers", "names a file that cannot be read: '\(option)' (\(path))")
        }
        let text = String(decoding: data, as: UTF8.self)
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            var label: Entity.Label?
            var name = line
            if let tab = line.lastIndex(of: "\t") {
                let written = String(line[line.index(after: tab)...])
                guard let parsed = EntityTagOptions.label(named: written) else {
                    throw OptionError(
                        key: "gazetteers",
                        "file '\(option)' line \(lineNumber): unknown label '\(written)'; expected PERSON, ORG, LOC or MISC"
                    )
                }
                label = parsed
                name = line[..<tab]
            }
            add(name, .user) { entry in
                if let label { entry.userLabel = NameTable.code(of: label) }
            }
        }
    }
}
