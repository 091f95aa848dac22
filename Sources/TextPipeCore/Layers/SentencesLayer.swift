/// The `sentences` layer: one range per sentence, in text order, without surrounding whitespace.
public enum SentencesLayer: LayerKey {
    public typealias Value = [TextRange]
    public static let name = "sentences"
}
