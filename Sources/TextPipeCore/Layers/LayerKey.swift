/// Names a layer and the type of its value, so stages read and write layers with types checked at compile time.
///
/// ```swift
/// enum RedactionsLayer: LayerKey {
///     typealias Value = [Redaction]   // Redaction: Codable & Sendable, LayerItem via Encodable
///     static let name = "redactions"
/// }
/// document[RedactionsLayer.self] = found
/// ```
/// The name is the key of the layer in the output; it must be unique within a pipeline.
public protocol LayerKey: Sendable {
    associatedtype Value: LayerValue
    /// The layer's name in pipelines and in the output, in snake_case.
    static var name: String { get }
}

extension LayerKey {
    /// The layer's name as used in stage requirements.
    public static var layerName: LayerName { LayerName(name) }
}

/// The name of something a stage requires or produces: a layer, or the decoded text itself.
public struct LayerName: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// Decoded text, as opposed to raw bytes. Produced by `decode` (or by the runner when no stage decodes).
    public static let text: LayerName = "text"
    public static let sentences: LayerName = SentencesLayer.layerName
    public static let entities: LayerName = EntitiesLayer.layerName
    public static let numbers: LayerName = NumbersLayer.layerName
    public static let summary: LayerName = SummaryLayer.layerName
}
