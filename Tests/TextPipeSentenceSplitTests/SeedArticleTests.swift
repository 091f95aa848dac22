import Foundation
import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeSentenceSplit

/// The seed article (../shared/data/samples/fnnews-2026-02-05-zelenskyy.txt), decoded and not cleaned: header
/// lines without punctuation, a photo caption with a credit, the body, and a byline after an e-mail address.
@Suite("seed article")
struct SeedArticleTests {
    @Test func sentenceList() throws {
        let document = try runStage(SentenceSplitStage.self, on: try SharedData.seedArticle())
        #expect(
            document.sentenceTexts == [
                "Friday, February 6, 2026",
                "Zelenskyy says 55,000 Ukrainian soldiers killed in Russian invasion",
                "Input",
                "2026-02-05 11:19:44",
                "Updated",
                "2026-02-05 11:19:44",
                "Ukrainian President Volodymyr Zelenskyy (left) and North Atlantic Treaty Organization (NATO) Secretary General Mark Rutte lay flowers at a memorial to fallen Ukrainian soldiers on Independence Square in Kyiv, Ukraine, on the 3rd (local time).",
                "AP/Newsis",
                "With February 24 marking the fourth anniversary of Russia’s invasion of Ukraine, President Volodymyr Zelenskyy said that about 55,000 Ukrainian soldiers have been killed on the battlefield so far.",
                "According to Ukrainian media including the Kyiv Post on the 4th, Zelenskyy disclosed the death toll in a rare move during an interview with French public broadcaster France 2.",
                "He added that, beyond those confirmed killed in action, a significant number of people remain missing.",
                "Until now, the Ukrainian government has been reluctant to release statistics on combat deaths.",
                "Some research institutes claim that the actual number of those killed in action is far higher.",
                "The Center for Strategic and International Studies (CSIS), a Washington-based think tank, estimates that between 100,000 and 140,000 Ukrainian soldiers have been killed since the war began in 2022.",
                "As talks between Ukraine and Russia were under way in Abu Dhabi in the United Arab Emirates (UAE), Zelenskyy argued in the interview that Russia is using a strategy of forcing more Ukrainians to die in order to extract concessions from the United States.",
                "Zelenskyy warned, \"If we lose this war, we will lose our independence.\"",
                "He said that Russian President Vladimir Putin is not afraid of Europeans living in the beautiful world they have built for themselves, but is afraid of former U.S. President Donald Trump, who can exert pressure not only through economic means but also with weapons.",
                "Zelenskyy noted that Ukraine’s neighboring countries could also become targets of Putin’s aggression, which is why they have been providing effective support to Ukraine, adding, \"All of us are defending the European way of life.\"",
                "Meanwhile, after Ukraine–Russia talks mediated by the United States in Abu Dhabi, Rustem Umerov, head of Ukraine’s National Security and Defense Council, said the negotiations were \"productive\" and would continue the following day.",
                "Zelenskyy expressed hope that the talks would allow the two countries to carry out a prisoner exchange.",
                "The Kremlin stated that \"the door to a peaceful settlement remains open,\" but warned that Russian military operations would continue until Ukraine accepts its demands.",
                "The biggest obstacle to ending the war is the status of eastern Ukraine.",
                "Russia is demanding that Ukrainian forces withdraw and that the territories it has seized during the war be recognized as Russian territory.",
                "Ukraine, on the other hand, insists that the fighting must stop along the current front lines and rejects any unilateral withdrawal.",
                "jjyoon@fnnews.com Reporter Yoon Jae-jun Reporter",
            ])
    }

    @Test func formerUSPresidentStaysInOneSentence() throws {
        let sentences = try runStage(SentenceSplitStage.self, on: try SharedData.seedArticle()).sentenceTexts
        let trump = sentences.filter { $0.contains("former U.S. President Donald Trump") }
        #expect(trump.count == 1)
        #expect(trump.first?.hasPrefix("He said that Russian President Vladimir Putin") == true)
    }

    @Test func headerLinesAreSeparateFromTheBody() throws {
        let sentences = try runStage(SentenceSplitStage.self, on: try SharedData.seedArticle()).sentenceTexts
        #expect(
            Array(sentences.prefix(6)) == [
                "Friday, February 6, 2026", "Zelenskyy says 55,000 Ukrainian soldiers killed in Russian invasion",
                "Input",
                "2026-02-05 11:19:44", "Updated", "2026-02-05 11:19:44",
            ])
    }

    @Test func spansExcludeSurroundingWhiteSpace() throws {
        let document = try runStage(SentenceSplitStage.self, on: try SharedData.seedArticle())
        for range in document[SentencesLayer.self] ?? [] {
            let text = document.slice(range)
            #expect(text == text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
