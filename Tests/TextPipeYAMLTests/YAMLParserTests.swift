import Testing
import TextPipeYAML

@Suite("YAML parser")
struct YAMLParserTests {
    @Test func nodesCarryLineAndColumn() throws {
        let root = try #require(try YAMLParser().parse("name: news\nstages:\n  - decode\n  - clean:\n      boilerplate: news\n"))
        #expect(root["name"]?.scalar == "news")
        let stages = try #require(root["stages"]?.sequence)
        #expect(stages.count == 2)
        #expect(stages[0].location == SourceLocation(line: 3, column: 5))
        let clean = try #require(stages[1].mapping?.first)
        #expect(clean.key.scalar == "clean")
        #expect(clean.value["boilerplate"]?.location == SourceLocation(line: 5, column: 20))
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        let root = try #require(try YAMLParser().parse("título: \"ñandú\"\nnext: x\n"))
        let pairs = try #require(root.mapping)
        // "título: " is 8 scalars (9 bytes), so the value starts at column 9.
        #expect(pairs[0].value.location == SourceLocation(line: 1, column: 9))
        #expect(pairs[0].value.scalar == "ñandú")
    }

    @Test func quotedScalarsAreNotPlain() throws {
        let root = try #require(try YAMLParser().parse("a: '3'\nb: 3\n"))
        guard case .scalar(_, let aPlain) = root["a"]!.content, case .scalar(_, let bPlain) = root["b"]!.content else {
            Issue.record("expected scalars")
            return
        }
        #expect(!aPlain)
        #expect(bPlain)
    }

    @Test func syntaxErrorsNameTheirLocation() {
        #expect {
            _ = try YAMLParser().parse("stages:\n  - [decode\n")
        } throws: { error in
            let error = error as! YAMLError
            return error.location?.line == 3 && error.message.contains("flow sequence")
        }
    }

    @Test func billionLaughsIsAnErrorNotAHang() {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        #expect {
            _ = try YAMLParser().parse(yaml)
        } throws: { error in
            (error as! YAMLError).message.contains("more than 100000 nodes")
        }
    }

    @Test func aliasesExpandWithinTheBudget() throws {
        let root = try #require(try YAMLParser().parse("base: &b {x: 1}\ncopy: *b\n"))
        #expect(root["copy"]?["x"]?.scalar == "1")
        #expect(root["copy"]?.location == SourceLocation(line: 2, column: 7))
    }

    @Test func deepNestingIsRefused() {
        let yaml = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect {
            _ = try YAMLParser().parse(yaml)
        } throws: { error in
            (error as! YAMLError).message.contains("deeper than 64")
        }
    }

    @Test func oversizedInputIsRefused() {
        var parser = YAMLParser()
        parser.maximumBytes = 100
        #expect(throws: YAMLError.self) {
            _ = try parser.parse(String(repeating: "a: b\n", count: 40))
        }
    }

    @Test func duplicateKeysAreErrors() {
        #expect {
            _ = try YAMLParser().parse("name: a\nname: b\n")
        } throws: { error in
            let error = error as! YAMLError
            return error.message == "duplicate key 'name'" && error.location == SourceLocation(line: 2, column: 1)
        }
    }

    @Test func emptyStreamIsNil() throws {
        #expect(try YAMLParser().parse("") == nil)
        #expect(try YAMLParser().parse("# only a comment\n") == nil)
    }

    @Test func aSecondDocumentIsRefused() {
        #expect(throws: YAMLError.self) { _ = try YAMLParser().parse("a: 1\n---\nb: 2\n") }
    }
}
