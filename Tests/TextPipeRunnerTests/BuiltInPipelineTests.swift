import Foundation
import Testing
import TestSupport
import TextPipe

@Suite("Built-in pipelines")
struct BuiltInPipelineTests {
    @Test func theEmbeddedNewsPipelineEqualsTheFile() throws {
        let file = SharedData.repositoryRoot.appendingPathComponent("pipelines/news.yaml")
        #expect(try String(contentsOf: file, encoding: .utf8) == BuiltInPipelines.news)
    }

    @Test func everyBuiltInPipelineLoads() throws {
        for name in BuiltInPipelines.all.keys {
            _ = try PipelineLoader.builtIn.load(name)
        }
    }

    @Test func anUnknownPipelineNameSuggestsTheNearest() {
        #expect {
            _ = try PipelineLoader.builtIn.load("nwes")
        } throws: { error in
            (error as! PipelineError).description
                == "nwes: error: no pipeline file or built-in pipeline named 'nwes'; did you mean 'news'? (built-in pipelines: news)"
        }
    }
}
