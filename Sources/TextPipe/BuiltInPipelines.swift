/// The pipelines that ship inside the binary, so `textpipe run news FILES` works from anywhere.
///
/// Each is a copy of a file in `pipelines/`; a test checks that the copies match.
public enum BuiltInPipelines {
    /// `pipelines/news.yaml`.
    public static let news = """
        name: news
        description: Clean English news articles and extract sentences, entities, numbers and a summary.
        stages:
          - decode                     # a bare name takes every default
          - clean:
              boilerplate: news
          - sentence_split
          - entity_tag
          - number_extract
          - summarise:
              sentences: 3

        """

    /// Every built-in pipeline by name.
    public static let all: [String: String] = ["news": news]
}

extension PipelineLoader {
    /// A loader over the built-in stages and pipelines.
    public static var builtIn: PipelineLoader {
        PipelineLoader(registry: .builtIn, builtInPipelines: BuiltInPipelines.all)
    }
}
