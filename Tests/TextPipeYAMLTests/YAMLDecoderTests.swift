import Testing
import TextPipeYAML

@Suite("YAML decoder")
struct YAMLDecoderTests {
    enum Method: String, Codable, YAMLChoice { case auto, lead, graph }

    struct Options: Codable, Equatable {
        var keepOrder: Bool
        var ratio: Double
        var count: Int
        var method: Method
        var words: [String]
        var label: String?
    }

    func decode(_ yaml: String) throws -> Options {
        try YAMLDecoder().decode(Options.self, from: YAMLParser().parse(yaml)!)
    }

    @Test func decodesSnakeCaseKeysAndYAMLScalars() throws {
        let options = try decode("keep_order: yes\nratio: 0.25\ncount: 1_000\nmethod: graph\nwords: [a, b]\n")
        #expect(options == Options(keepOrder: true, ratio: 0.25, count: 1000, method: .graph, words: ["a", "b"], label: nil))
    }

    @Test func aScalarWhereAListIsExpectedIsAListOfOne() throws {
        let options = try decode("keep_order: false\nratio: 1\ncount: 2\nmethod: auto\nwords: solo\nlabel: x\n")
        #expect(options.words == ["solo"])
        #expect(options.label == "x")
    }

    @Test(arguments: [
        ("keep_order: maybe\nratio: 1\ncount: 1\nmethod: auto\nwords: []\n", "expected true or false, found 'maybe'", 1, 13),
        ("keep_order: true\nratio: lots\ncount: 1\nmethod: auto\nwords: []\n", "expected a number, found 'lots'", 2, 8),
        ("keep_order: true\nratio: 1\ncount: 2.5\nmethod: auto\nwords: []\n", "expected an integer, found '2.5'", 3, 8),
        ("keep_order: true\nratio: 1\ncount: [1]\nmethod: auto\nwords: []\n", "expected an integer, found a list", 3, 8),
    ])
    func typeErrorsPointAtTheValue(yaml: String, message: String, line: Int, column: Int) {
        #expect {
            _ = try decode(yaml)
        } throws: { error in
            let error = error as! YAMLError
            return error.message == message && error.location == SourceLocation(line: line, column: column)
        }
    }

    @Test func choicesListTheValidValuesAndTheNearest() {
        #expect {
            _ = try decode("keep_order: true\nratio: 1\ncount: 1\nmethod: graf\nwords: []\n")
        } throws: { error in
            (error as! YAMLError).message == "expected one of 'auto', 'lead', 'graph', found 'graf'; did you mean 'graph'?"
        }
    }

    @Test func snakeCaseSpelling() {
        #expect(YAMLDecoder.snakeCase("keepOrder") == "keep_order")
        #expect(YAMLDecoder.snakeCase("sentences") == "sentences")
        #expect(YAMLDecoder.snakeCase("onInvalid") == "on_invalid")
    }

    @Test func suggestionsFindPlausibleTyposOnly() {
        #expect(Suggestion.nearest(to: "sentense_split", in: ["sentence_split", "summarise"]) == "sentence_split")
        #expect(Suggestion.nearest(to: "decod", in: ["decode", "clean"]) == "decode")
        #expect(Suggestion.nearest(to: "summarize", in: ["summarise", "decode"]) == "summarise")
        #expect(Suggestion.nearest(to: "xyzzy", in: ["decode", "clean"]) == nil)
    }
}
