import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeSummarise

/// The traits the summariser sees in one sentence.
func traits(_ sentence: String) -> SentenceTraits {
    let document = document([sentence])
    let profile = DocumentProfile(
        text: document.text, sentences: document[SentencesLayer.self] ?? [], limit: SummariseStage.maximumSentences)
    return profile.sentences.first?.traits ?? []
}

@Suite("page furniture and sentences that don't stand alone")
struct FurniturePenaltyTests {
    @Test(arguments: [
        "jjyoon@fnnews.com Reporter Yoon Jae-jun Reporter",
        "By Jane Moss, Transport Correspondent",
        "Contact the newsroom at news@example.org for corrections.",
        "More on this story at https://example.com/harbour today.",
        "Dock workers gather outside the council building in Port Ellen on Monday. AP/Newsis",
    ])
    func furnitureIsRecognised(line: String) {
        #expect(traits(line).contains(.furniture), "\(line)")
    }

    @Test(arguments: [
        "Read more: the harbour's long history",
        "Scroll down for video of the protest at the harbour gates.",
        "Photo: the harbour at dawn.",
    ])
    func captionsAndPromotionsAreRecognised(line: String) {
        #expect(traits(line).contains(.captionOrPromotion), "\(line)")
    }

    @Test(arguments: [
        "Council leader Mary Dunlop (left) and port manager Ian Reid (right) at the harbour on Tuesday.",
        "Dock workers (pictured) marched to the town hall on Monday.",
    ])
    func picturePositionsMarkCaptions(line: String) {
        #expect(traits(line).contains(.caption), "\(line)")
    }

    @Test func headlinesAndDatelinesHaveNoClosingPunctuation() {
        #expect(traits("Port Ellen council votes to close harbour to cargo").contains(.unterminated))
        #expect(traits("Friday, February 6, 2026").contains(.unterminated))
        #expect(!traits("The council voted to close the harbour.").contains(.unterminated))
        #expect(!traits("\"We will fight this,\" a docker said.").contains(.unterminated))
        #expect(!traits("The council said: \u{201C}It is over.\u{201D}").contains(.unterminated))
    }

    @Test func openingsThatDependOnEarlierSentences() {
        #expect(traits("He added that the marina would open in 2030.").contains(.anaphoricOpening))
        #expect(traits("They said the plan was unfair.").contains(.anaphoricOpening))
        #expect(traits("But the shipping firms disagree with the council.").contains(.continuingOpening))
        #expect(traits("However, the vote was close.").contains(.continuingOpening))
        let plain = traits("The council voted to close the harbour.")
        #expect(plain.isDisjoint(with: [.anaphoricOpening, .continuingOpening, .furniture, .captionOrPromotion]))
    }

    @Test func questionsQuotesAndLabels() {
        #expect(traits("What will happen to the dock workers?").contains(.question))
        #expect(traits("\u{2018}We were never asked,\u{2019} one docker said.").contains(.opensWithQuote))
        #expect(traits("Strictly business: the council leader at the vote.").contains(.labelOpening))
    }

    @Test func ordinarySentencesAreNotFurniture() {
        for sentence in harbourStory {
            #expect(traits(sentence).isDisjoint(with: [.furniture, .captionOrPromotion, .unterminated]), "\(sentence)")
        }
        // Mentions of agencies and reporters inside ordinary sentences are not credits or bylines.
        #expect(!traits("The harbour closure was first reported by AP.").contains(.furniture))
        #expect(!traits("A reporter asked the council leader about the cost of the marina.").contains(.furniture))
    }

    @Test func furnitureIsNeverPicked() throws {
        let page =
            [
                "Friday, February 6, 2026",
                "Port Ellen council votes to close harbour to cargo",
                "Input 2026-02-05 11:19:44",
                "Council leader Mary Dunlop (left) at the harbour on the 3rd. AP/Newsis",
            ] + harbourStory.prefix(4) + [
                "Read more: ten things you never knew about harbours",
                "Why does it matter?",
                "jjyoon@fnnews.com Reporter Yoon Jae-jun Reporter",
            ]
        let summary = try summarise(page, separator: "\n") { $0.sentences = 3 }
        #expect(summary.sentences.allSatisfy { (4..<8).contains($0) }, "\(summary.sentences)")
    }

    @Test func questionsShortAndVeryLongSentencesLoseToPlainOnes() throws {
        let veryLong =
            "The council, which met on Tuesday in the town hall after a long debate that ran late into "
            + "the evening and heard from dock workers, shipping firms, residents, shop owners, two former mayors, the "
            + "harbour master, a marine biologist, three fishermen, the head teacher of the primary school and a "
            + "representative of the regional transport board, voted by a narrow margin to close the harbour to ships."
        let sentences =
            [harbourStory[0], "Is this the end of the harbour?", "Nobody knows.", veryLong] + harbourStory.dropFirst()
        let summary = try summarise(sentences) { $0.sentences = 3 }
        #expect(summary.sentences.first == 0)
        #expect(summary.sentences.allSatisfy { !(1...3).contains($0) }, "\(summary.sentences)")
    }

    @Test func danglingOpeningsLoseToSentencesThatStandAlone() throws {
        let sentences =
            Array(harbourStory.prefix(3)) + [
                "But the council said it had no other choice after the harbour lost money for a decade.",
                "He added that the harbour would keep a small fishing quay for local boats.",
            ] + harbourStory.dropFirst(3)
        let summary = try summarise(sentences) { $0.sentences = 3 }
        #expect(summary.sentences.first == 0)
        #expect(summary.sentences.allSatisfy { !(3...4).contains($0) }, "\(summary.sentences)")
    }

    @Test func aDanglingOpeningReadsOnAfterTheSentenceItFollows() throws {
        let sentences =
            [harbourStory[0], "But the council said it had no other choice after the harbour lost money for a decade."]
            + harbourStory.dropFirst()
        let document = document(sentences)
        let profile = DocumentProfile(
            text: document.text, sentences: document[SentencesLayer.self] ?? [], limit: SummariseStage.maximumSentences)
        let scorer = SentenceScorer(profile: profile)
        let costs = scorer.standAloneCosts(.digest)
        #expect(costs[1] > 0 && costs[0] == 0 && costs[2] == 0)
        // The selector gives half of that cost back once the sentence before is chosen.
        let selector = SentenceSelector(profile: profile)
        let scores = [3.0, 1.0 - costs[1], 1.0 - costs[1] * 3 / 4] + [Double](repeating: 0, count: 6)
        #expect(
            selector.select(scores: scores, budget: .sentences(2), redundancy: 0, standAloneCosts: costs) == [0, 1])
        #expect(selector.select(scores: scores, budget: .sentences(2), redundancy: 0) == [0, 2])
    }
}
