/// The generated language models, parsed once.
enum LanguageModels {
    static let byLanguage: [String: LanguageModel] = {
        var models: [String: LanguageModel] = [:]
        var scratch = [UInt16](repeating: 0, count: 0x10000)
        for source in sources {
            models[source.language] = LanguageModel(
                language: source.language, unigrams: source.unigrams, bigrams: source.bigrams,
                common: source.common, ideographic: ideographic.contains(source.language), scratch: &scratch)
        }
        return models
    }()
}
