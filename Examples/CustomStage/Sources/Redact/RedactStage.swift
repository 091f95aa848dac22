import TextPipe

/// `redact`: replaces e-mail addresses and phone numbers with placeholders and records each replacement in the
/// `redactions` layer.
///
/// ```yaml
/// - redact:
///     phones: false
///     email_placeholder: "<email>"
/// ```
public struct RedactStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "redact",
        summary: "Replaces e-mail addresses and phone numbers with placeholders (layer: redactions).",
        requires: [.text],
        produces: [RedactionsLayer.layerName]
    )

    public struct Options: StageOptions {
        public var emails = true
        public var phones = true
        public var emailPlaceholder = "[EMAIL]"
        public var phonePlaceholder = "[PHONE]"
        /// Fewest digits a phone number has (7 when it starts with +).
        public var minPhoneDigits = 9

        public init() {}

        public static let help = [
            "emails": "Replace e-mail addresses.",
            "phones": "Replace phone numbers.",
            "email_placeholder": "The text that replaces an e-mail address.",
            "phone_placeholder": "The text that replaces a phone number.",
            "min_phone_digits": "Fewest digits in a phone number without a leading + (fewer is a plain number).",
        ]

        public func validate() throws(OptionError) {
            if minPhoneDigits < 5 || minPhoneDigits > 15 {
                throw OptionError(key: "min_phone_digits", "must be between 5 and 15")
            }
        }
    }

    private let options: Options

    public init(options: Options, context: StageContext) {
        self.options = options
    }

    public func process(_ document: inout Document) throws {
        // Rewriting the text would leave earlier layers pointing at the wrong characters.
        if let layer = document.layers.all.first {
            throw StageError("redact rewrites the text; run it before '\(layer.name)' is made")
        }
        let spans = SensitiveSpans.find(
            in: document.text, emails: options.emails, phones: options.phones,
            minPhoneDigits: options.minPhoneDigits)
        var redactions: [Redaction] = []
        guard !spans.isEmpty else {
            document[RedactionsLayer.self] = redactions
            return
        }
        let utf8 = Array(document.text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var map = OffsetMap.Builder()
        var position = 0
        for span in spans {
            output.append(contentsOf: utf8[position..<span.range.start])
            map.copy(span.range.start - position)
            let placeholder = Array((span.kind == .email ? options.emailPlaceholder : options.phonePlaceholder).utf8)
            redactions.append(
                Redaction(range: TextRange(start: output.count, end: output.count + placeholder.count), kind: span.kind)
            )
            output.append(contentsOf: placeholder)
            map.replace(targetCount: placeholder.count, sourceCount: span.range.count)
            position = span.range.end
        }
        output.append(contentsOf: utf8[position...])
        map.copy(utf8.count - position)
        document.replaceText(String(decoding: output, as: UTF8.self), mappedBy: map.build())
        document[RedactionsLayer.self] = redactions
    }
}
