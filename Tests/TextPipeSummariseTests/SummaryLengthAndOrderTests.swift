import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeSummarise

@Suite("summary length, method and order")
struct SummaryLengthAndOrderTests {
    @Test(arguments: [1, 2, 3, 5, 8, 20])
    func sentencesGivesThatMany(count: Int) throws {
        let summary = try summarise(harbourStory) { $0.sentences = count }
        #expect(summary.sentences.count == min(count, harbourStory.count))
        #expect(Set(summary.sentences).count == summary.sentences.count)
    }

    @Test(arguments: [(0.1, 1), (0.25, 2), (0.5, 4), (1.0, 8)])
    func ratioIsAShareOfTheSentences(ratio: Double, expected: Int) throws {
        #expect(try summarise(harbourStory) { $0.ratio = ratio }.sentences.count == expected)
    }

    @Test(arguments: [1, 25, 40, 60, 200])
    func wordsIsAnUpperBoundButOneSentenceIsAlwaysGiven(words: Int) throws {
        let summary = try summarise(harbourStory) { $0.words = words }
        #expect(!summary.sentences.isEmpty)
        let count = summary.text.split(separator: " ").count
        #expect(summary.sentences.count == 1 || count <= words, "\(count) words for a budget of \(words)")
        if words >= 200 { #expect(summary.sentences.count == harbourStory.count) }
    }

    @Test func textIsTheChosenSentencesInOrder() throws {
        let summary = try summarise(harbourStory)
        #expect(summary.sentences == summary.sentences.sorted())
        #expect(summary.text == summary.sentences.map { harbourStory[$0] }.joined(separator: " "))
    }

    @Test func keepOrderFalseListsTheBestFirst() throws {
        // graph ranks by centrality alone; the last sentence ties the story's threads together.
        let sentences = [
            "Dock workers held a protest outside the town hall on Monday.",
            "Shipping firms said moving freight to Kilbride would cost them money.",
            "Residents complained about lorries in the town centre at night.",
            "The harbour vote angered dock workers and shipping firms but pleased residents tired of lorries.",
        ]
        let unordered = try summarise(sentences) {
            $0.sentences = 2
            $0.method = .graph
            $0.keepOrder = false
        }
        #expect(unordered.sentences.first == 3)
        #expect(unordered.text == unordered.sentences.map { sentences[$0] }.joined(separator: " "))
        let ordered = try summarise(sentences) {
            $0.sentences = 2
            $0.method = .graph
        }
        #expect(ordered.sentences == unordered.sentences.sorted())
    }

    @Test func leadTakesTheFirstSentencesOfTheBody() throws {
        let page = ["Harbour to close", "By Jane Moss"] + harbourStory
        let summary = try summarise(page, separator: "\n") {
            $0.method = .lead
            $0.sentences = 3
        }
        #expect(summary.sentences == [2, 3, 4])
    }

    @Test func autoStartsFromTheLead() throws {
        #expect(try summarise(harbourStory).sentences.first == 0)
    }

    @Test(arguments: [SummaryMethod.graph, .centroid])
    func similarityMethodsPreferTheStorysTopic(method: SummaryMethod) throws {
        // Three sentences about the harbour and one aside: the aside is never the first choice.
        let sentences = [
            "The harbour at Port Ellen will close to cargo ships in 2028, the council decided.",
            "Cargo ships will move from the harbour to the new port at Kilbride.",
            "My neighbour's cat enjoys sleeping in warm laundry baskets all afternoon.",
            "The council said the harbour closure would let the town build a marina.",
        ]
        let summary = try summarise(sentences) {
            $0.sentences = 1
            $0.method = method
        }
        #expect(summary.sentences != [2])
    }

    @Test func emptyDocumentsGiveAnEmptySummary() throws {
        var document = Document(id: "empty", text: "")
        document[SentencesLayer.self] = []
        try SummariseStage(options: SummariseOptions(), context: StageContext()).process(&document)
        #expect(document[SummaryLayer.self] == Summary(text: "", sentences: []))
    }

    @Test func nearDuplicatesAreNotPickedTwice() throws {
        let sentences = [
            "The council voted on Tuesday to close the old harbour to cargo ships by 2028.",
            "On Tuesday the council voted to close the old harbour to cargo ships by 2028.",
            "Shipping firms said the move to the new port at Kilbride would cost them 12 million pounds.",
            "Dock workers protested outside the council building on Monday evening.",
        ]
        let summary = try summarise(sentences) { $0.sentences = 2 }
        #expect(summary.sentences.contains(0) != summary.sentences.contains(1), "\(summary.sentences)")
    }

    @Test func longDocumentsAreCappedButStillSummarised() throws {
        let sentences = (0..<(SummariseStage.maximumSentences + 100)).map {
            "Sentence number \($0) of this very long report talks about harbour freight and ships."
        }
        let summary = try summarise(sentences) { $0.ratio = 1 }
        #expect(summary.sentences.count == SummariseStage.maximumSentences)
        #expect(summary.sentences.allSatisfy { $0 < SummariseStage.maximumSentences })
    }
}
