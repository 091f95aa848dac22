/// Splitting the word tables into lines and fields, at start-up.
extension Substring {
    /// The pieces between bytes for which `isSeparator` holds (ASCII separators only, so every piece is whole
    /// characters); empty pieces are dropped unless `keepingEmpty`, as `split` does.
    ///
    /// Read as UTF-8 bytes: `split` on `Character`s cost more than everything else in building the lexicon.
    func fields(keepingEmpty: Bool = false, where isSeparator: (UInt8) -> Bool) -> [Substring] {
        var pieces: [Substring] = []
        let bytes = utf8
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            let next = bytes.index(after: index)
            if isSeparator(bytes[index]) {
                if keepingEmpty || start < index { pieces.append(self[start..<index]) }
                start = next
            }
            index = next
        }
        if keepingEmpty || start < bytes.endIndex { pieces.append(self[start..<bytes.endIndex]) }
        return pieces
    }

    /// The pieces between `separator`s (an ASCII character).
    func fields(_ separator: Unicode.Scalar, keepingEmpty: Bool = false) -> [Substring] {
        let byte = UInt8(ascii: separator)
        return fields(keepingEmpty: keepingEmpty) { $0 == byte }
    }
}

extension String {
    /// The pieces between `separator`s (an ASCII character), as `Substring.fields`.
    func fields(_ separator: Unicode.Scalar, keepingEmpty: Bool = false) -> [Substring] {
        self[...].fields(separator, keepingEmpty: keepingEmpty)
    }
}
