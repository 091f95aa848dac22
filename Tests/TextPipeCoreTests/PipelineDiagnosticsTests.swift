import Testing
@testable import TextPipeCore

@Suite("Pipeline diagnostics")
struct PipelineDiagnosticsTests {
    func problems(_ yaml: String) throws -> [String] {
        do {
            let spec = try PipelineSpec(yaml: yaml, file: "pipelines/x.yaml")
            _ = try testRegistry().makePipeline(spec, context: StageContext())
            return []
        } catch let error as PipelineError {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func aValidPipelineBuilds() throws {
        let spec = try PipelineSpec(yaml: "name: ok\nstages:\n  - counting:\n      count: 5\n  - needy\n", file: "ok.yaml")
        let pipeline = try testRegistry().makePipeline(spec, context: StageContext())
        #expect(pipeline.name == "ok")
        #expect(pipeline.stages.map(\.name) == ["counting", "needs_counted"])
    }

    @Test func syntaxError() throws {
        #expect(try problems("stages:\n  - counting\n  - [oops\n") == [
            "pipelines/x.yaml:4:1: error: did not find expected ',' or ']' while parsing a flow sequence (started at 3:5)"
        ])
    }

    @Test func unknownStageSuggestsTheNearestAndListsAll() throws {
        #expect(try problems("stages:\n  - countng\n") == [
            "pipelines/x.yaml:2:5: error: unknown stage 'countng'; did you mean 'counting'? (available stages: counting, needs_counted, flaky)"
        ])
    }

    @Test func unknownOptionSuggestsTheNearestKey() throws {
        #expect(try problems("stages:\n  - counting:\n      keep_ordre: false\n") == [
            "pipelines/x.yaml:3:7: error: unknown option 'keep_ordre' for stage 'counting'; did you mean 'keep_order'? (valid options: count, mode, keep_order, words)"
        ])
    }

    @Test func wrongTypeSaysWhatWasExpected() throws {
        #expect(try problems("stages:\n  - counting:\n      count: many\n") == [
            "pipelines/x.yaml:3:14: error: option 'count' of 'counting': expected an integer, found 'many'"
        ])
    }

    @Test func badChoiceListsTheChoices() throws {
        #expect(try problems("stages:\n  - counting: {mode: carefull}\n") == [
            "pipelines/x.yaml:2:22: error: option 'mode' of 'counting': expected one of 'fast', 'careful', found 'carefull'; did you mean 'careful'?"
        ])
    }

    @Test func outOfRangeValueIsReportedAtTheValue() throws {
        #expect(try problems("stages:\n  - counting:\n      count: 0\n") == [
            "pipelines/x.yaml:3:14: error: option 'count' of 'counting' must be at least 1, found 0"
        ])
    }

    @Test func missingAndEmptyStages() throws {
        #expect(try problems("name: x\n") == ["pipelines/x.yaml:1:1: error: missing 'stages:', the list of stages to run"])
        #expect(try problems("stages: []\n") == ["pipelines/x.yaml:1:9: error: 'stages' is empty; list at least one stage"])
        #expect(try problems("stages: counting\n") == [
            "pipelines/x.yaml:1:9: error: 'stages' must be a list of stages (lines starting with '- '), found 'counting'"
        ])
        #expect(try problems("") == [
            "pipelines/x.yaml:1:1: error: expected a mapping with 'stages:' (a list of stage names), found an empty file"
        ])
    }

    @Test func unmetRequirementNamesTheStageThatProducesIt() throws {
        #expect(try problems("stages:\n  - needs_counted\n  - counting\n") == [
            "pipelines/x.yaml:2:5: error: needs_counted needs counted; add counting before it"
        ])
    }

    @Test func misindentedOptionsGetAHint() throws {
        #expect(try problems("stages:\n  - counting:\n    count: 2\n") == [
            "pipelines/x.yaml:3:5: error: 'count' sits beside the stage name 'counting'; indent it under 'counting:' to make it an option"
        ])
    }

    @Test func everyProblemIsReportedAtOnceInFileOrder() throws {
        let found = try problems("nmae: x\nstages:\n  - countng\n  - counting:\n      count: -1\n  - needy\n")
        #expect(found == [
            "pipelines/x.yaml:1:1: error: unknown key 'nmae'; did you mean 'name'? (valid keys: name, description, stages, plugins)",
            "pipelines/x.yaml:3:5: error: unknown stage 'countng'; did you mean 'counting'? (available stages: counting, needs_counted, flaky)",
            "pipelines/x.yaml:5:14: error: option 'count' of 'counting' must be at least 1, found -1",
        ])
    }
}
