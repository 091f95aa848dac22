import Foundation
import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeClean

@Suite("HTML and character references")
struct HTMLTests {
    let page = """
        <!DOCTYPE html>
        <html><head><title>Page title</title><style>p { color: red }</style>
        <script>var x = "<p>not text</p>";</script></head>
        <body><nav><ul><li>Home</li><li>World</li></ul></nav>
        <article><h1>Storm hits  coast</h1>
        <p>Winds of 120&nbsp;km/h hit the <b>coast</b> on Monday.<br>Power was cut.</p>
        <figure><img src="a.jpg"><figcaption>A fallen tree. Reuters</figcaption></figure>
        <p>Officials said &ldquo;repairs&rdquo; would take days &amp; nights.</p></article>
        <!-- comment <p>hidden</p> -->
        <footer>Copyright 2024</footer></body></html>
        """

    @Test func pageBecomesParagraphs() throws {
        let text = try clean(page)
        #expect(
            text == """
                Storm hits coast

                Winds of 120 km/h hit the coast on Monday.
                Power was cut.

                Officials said \u{201C}repairs\u{201D} would take days & nights.
                """)
    }

    @Test func htmlNeverKeepsTheMarkup() throws {
        let text = try clean("<p>One</p><p>Two</p>") { $0.html = .never }
        #expect(text == "<p>One</p><p>Two</p>")
    }

    @Test func htmlAlwaysStripsEvenOneTag() throws {
        #expect(try clean("Just <b>bold text") { $0.html = .always } == "Just bold text")
        #expect(try clean("Just <b>bold text") == "Just <b>bold text")
    }

    @Test func reutersTickersAreNotHTML() throws {
        let text = "STANDARD OIL <SRD> TO FORM FINANCIAL UNIT\n\nStandard Oil Co and BP <BP> said"
        #expect(try clean(text) == text)
    }

    @Test func entitiesInPlainText() throws {
        #expect(try clean("AT&amp;T &#8217;s &#x201C;deal&#x201D; &hellip;") == "AT&T \u{2019}s \u{201C}deal\u{201D} …")
        #expect(try clean("S&P 500 & Dow; R&D;") == "S&P 500 & Dow; R&D;")
        #expect(try clean("smart &#150; quotes") == "smart – quotes")  // C1 values read as windows-1252
        #expect(try clean("AT&amp;T") { $0.entities = false } == "AT&amp;T")
    }

    @Test func htmlAlignmentPointsIntoThePage() throws {
        let document = try cleanTracked(page)
        let range = document.text.utf8Range(of: "Officials said")
        #expect(sourceText(of: range, in: document, original: page) == "Officials said")
        let entity = document.text.utf8Range(of: "days & nights")
        #expect(sourceText(of: entity, in: document, original: page) == "days &amp; nights")
    }

    /// A real page from trafilatura's evaluation set (shared data): the article text is there, the scripts
    /// and markup are not.
    @Test func realNewsPage() throws {
        let url = SharedData.url("clean/html/world.kbs.co.kr-Temperatures.html")
        let page = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let text = try clean(page)
        #expect(text.contains("Wednesday is forecast to be even colder."))
        #expect(
            text.contains(
                "Although the first cold wave alerts of the season were issued in anticipation of frigid morning lows on Tuesday"
            ))
        #expect(!text.contains("<div"))
        #expect(!text.contains("function("))
    }
}
