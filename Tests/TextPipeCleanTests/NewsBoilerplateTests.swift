import Foundation
import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeClean

@Suite("news boilerplate and line rules")
struct NewsBoilerplateTests {
    static let headline = "Zelenskyy says 55,000 Ukrainian soldiers killed in Russian invasion"

    func cleanSeed(_ configure: (inout CleanOptions) -> Void = { _ in }) throws -> String {
        try clean(try SharedData.seedArticle()) {
            $0.boilerplate = .news
            configure(&$0)
        }
    }

    @Test func seedArticleKeepsHeadlineAndBody() throws {
        let original = try SharedData.seedArticle()
        let text = try cleanSeed()
        let paragraphs = text.components(separatedBy: "\n\n")
        #expect(paragraphs.first == Self.headline)
        // Every body line of the article is still there, word for word.
        let lines = original.split(separator: "\n").map(String.init)
        let first = lines.firstIndex { $0.hasPrefix("With February 24") }!
        let last = lines.firstIndex { $0.hasPrefix("Ukraine, on the other hand") }!
        let body = lines[first...last].joined(separator: "\n")
        #expect(paragraphs.count == 2)
        #expect(paragraphs.last == body)
    }

    @Test func seedArticleLosesItsFurniture() throws {
        let text = try cleanSeed()
        for furniture in [
            "Friday, February 6, 2026", "Input", "Updated", "2026-02-05 11:19:44", "AP/Newsis", "Rutte lay flowers",
            "jjyoon@fnnews.com", "Reporter Yoon Jae-jun",
        ] {
            #expect(!text.contains(furniture), "still there: \(furniture)")
        }
    }

    @Test func withoutBoilerplateNothingIsDropped() throws {
        let text = try clean(try SharedData.seedArticle())
        #expect(text.hasPrefix("Friday, February 6, 2026\n\n"))
        #expect(text.contains("AP/Newsis"))
        #expect(text.hasSuffix("Reporter Yoon Jae-jun Reporter"))
    }

    @Test func keepTitleFalseDropsTheHeadline() throws {
        let text = try cleanSeed { $0.keepTitle = false }
        #expect(!text.contains(Self.headline))
        #expect(text.hasPrefix("With February 24 marking"))
    }

    @Test func headlineBecomesItsOwnParagraph() throws {
        let text = try clean("Markets rally on rate hopes\nStocks rose on Monday.\nBonds fell.") {
            $0.boilerplate = .news
        }
        #expect(text == "Markets rally on rate hopes\n\nStocks rose on Monday.\nBonds fell.")
    }

    @Test(arguments: [
        "Friday, February 6, 2026", "2026-02-05 11:19:44", "Input", "Updated", "Updated: Feb. 5, 2026 11:19 a.m. KST",
        "Published 3 hours ago", "jjyoon@fnnews.com Reporter Yoon Jae-jun Reporter", "By Jane Doe",
        "Reporting by Jane Doe; Editing by John Smith", "Copyright 2026 The Financial News. All rights reserved.",
        "© 2026 Reuters", "Read more: Ukraine talks resume in Abu Dhabi", "Share Facebook Twitter Email",
        "Subscribe to our newsletter", "Rescue workers search the rubble in Kyiv on the 3rd. AP/Newsis",
        "Protesters gather outside parliament (Reuters)", "Photo by Jane Doe/Getty Images",
    ])
    func furnitureLines(line: String) {
        #expect(NewsBoilerplate.furniture(line[...]) != nil)
    }

    @Test(arguments: [
        "Zelenskyy warned, \"If we lose this war, we will lose our independence.\"",
        "On February 24, 2022, Russia invaded Ukraine.",
        "Subscribers to the service rose 8% in the quarter.",
        "The agency said it had spoken to Reuters.",
        "He told reporters in Kyiv on Monday that talks would continue.",
        "By the end of the year, prices had doubled.", "On Tuesday,",
        "Until now, the Ukrainian government has been reluctant to release statistics on combat deaths.",
    ])
    func storyLines(line: String) {
        #expect(NewsBoilerplate.furniture(line[...]) == nil)
    }

    /// Reuters text wraps sentences at a fixed width: a wrapped line that looks like a date or a share line
    /// finishes the sentence above it and stays.
    @Test func wrappedSentenceTailsStay() throws {
        let text =
            "GRAIN REGISTRATIONS\n\nThe company said the dividend is payable\nMarch 1.\nIt will pay 10 cts a share\n"
            + "on its common payable May one to shareholders of record"
        #expect(try clean(text) { $0.boilerplate = .news } == text)
    }

    @Test func dropLinesRemovesMatchingLines() throws {
        let text = "Story starts here.\nADVERTISEMENT\nStory goes on.\nTags: war, Ukraine"
        let cleaned = try clean(text) { $0.dropLines = ["^ADVERTISEMENT$", "^Tags:"] }
        #expect(cleaned == "Story starts here.\nStory goes on.")
    }

    @Test func seedAlignmentGivesEachParagraphBack() throws {
        let original = try SharedData.seedArticle()
        let document = try cleanTracked(original) { $0.boilerplate = .news }
        let text = document.text
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.utf8.count
            defer { offset += length + 1 }
            guard length > 0 else { continue }
            let range = TextRange(start: offset, end: offset + length)
            #expect(sourceText(of: range, in: document, original: original) == String(line))
        }
    }
}
