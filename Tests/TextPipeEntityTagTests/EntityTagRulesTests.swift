import Foundation
import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeEntityTag

/// The context rules, each on a real-looking sentence.
@Suite("entity_tag rules")
struct EntityTagRulesTests {
    @Test func titlesIntroducePeople() throws {
        let entities = try labelled(
            "Ukrainian President Volodymyr Zelenskyy met Mr. Rutte and former U.S. President Donald Trump.")
        #expect(
            entities == [
                "MISC Ukrainian", "PERSON Volodymyr Zelenskyy", "PERSON Rutte", "LOC U.S.", "PERSON Donald Trump",
            ])
        #expect(try tag("They met Secretary General Mark Rutte.").first?.reason == "rule:title")
    }

    @Test func titleAfterTheNameIsDropped() throws {
        #expect(try labelled("Reporter Yoon Jae-jun Reporter") == ["PERSON Yoon Jae-jun"])
    }

    @Test func organisationHeadsAndOfChains() throws {
        let entities = try labelled(
            "Rustem Umerov, head of Ukraine's National Security and Defense Council, spoke to the Kyiv Post "
                + "and the Center for Strategic and International Studies.")
        #expect(
            entities == [
                "PERSON Rustem Umerov", "LOC Ukraine", "ORG National Security and Defense Council", "ORG Kyiv Post",
                "ORG Center for Strategic and International Studies",
            ])
    }

    @Test func andJoinsOnlyInsideOrganisations() throws {
        #expect(try labelled("Talks between Russia and Ukraine went on.") == ["LOC Russia", "LOC Ukraine"])
    }

    @Test func placeHeadsAndGazetteerPlaces() throws {
        let entities = try labelled("Flowers were laid on Independence Square in Kyiv and in Abu Dhabi.")
        #expect(entities == ["LOC Independence Square", "LOC Kyiv", "LOC Abu Dhabi"])
    }

    @Test func organisationCueTakesAChannelNumber() throws {
        #expect(
            try labelled("He told French public broadcaster France 2 on Monday.") == ["MISC French", "ORG France 2"])
    }

    @Test func possessivesAndCurlyApostrophes() throws {
        let entities = try tag("Ukraine’s neighbours fear Putin's aggression and Russia's demands.")
        #expect(entities.map(\.text) == ["Ukraine", "Putin", "Russia"])
        #expect(entities.map(\.label) == [.location, .person, .location])
    }

    @Test func hyphenatedPlaceHead() throws {
        #expect(try labelled("CSIS, a Washington-based think tank, said so.").contains("LOC Washington"))
    }

    @Test func sentenceStartCommonWordsAreNotNames() throws {
        #expect(try labelled("The talks ended.\nMeanwhile nothing happened.\nUntil now, no.") == [])
    }

    @Test func capitalsHeadlineUsesOnlyKnownNames() throws {
        let entities = try labelled("SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.")
        #expect(entities == ["LOC JAPAN", "LOC CHINA"])
    }

    @Test func givenNamesMakePeople() throws {
        #expect(
            try labelled("The award went to Lindsay Davenport and Mark Smith.") == [
                "PERSON Lindsay Davenport", "PERSON Mark Smith",
            ])
    }

    @Test func daysDoNotJoinNames() throws {
        #expect(try labelled("He named Mauro Silva for Saturday's game.") == ["PERSON Mauro Silva"])
    }

    @Test func scoreLinesMakeTownsTeams() throws {
        let entities = try tag("Grimsby 0 Portsmouth 1")
        #expect(entities.map(\.label) == [.organization, .organization])
        #expect(entities.first?.reason == "rule:score-line")
    }

    @Test func everyEntityHasAReason() throws {
        let entities = try tag(try String(contentsOf: SharedData.url(SharedData.seedArticlePath), encoding: .utf8))
        #expect(!entities.isEmpty)
        #expect(entities.allSatisfy { ($0.reason ?? "").contains(":") })
    }
}
