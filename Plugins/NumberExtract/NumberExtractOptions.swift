import TextPipeCore
import TextPipeYAML

/// The options of `number_extract`.
public struct NumberExtractOptions: StageOptions, Equatable {
    /// Things that look like numbers but are not, skipped unless asked for.
    public enum NonNumber: String, Codable, Sendable, CaseIterable, YAMLChoice {
        case phone, ip, version
    }

    /// The kinds to keep; every kind by default.
    public var kinds: [NumberKind] = NumberKind.allCases
    /// Read numbers written in words ("fifty-five thousand", "a dozen").
    public var spelledOut = true
    /// Read dates, years and times; when off, their digits are left alone.
    public var dates = true
    /// Phone numbers, IP addresses and version strings to keep as mentions, marked with `marker`.
    public var keep: [NonNumber] = []

    public init() {}

    public static let help: [String: String] = [
        "kinds": "The kinds of numbers to keep: " + NumberKind.allCases.map(\.rawValue).joined(separator: ", ") + ".",
        "spelled_out": "Read numbers written in words (\"fifty-five thousand\", \"a dozen\", \"two thirds\").",
        "dates": "Read dates, years and times (\"February 24\", \"2022\", \"11:19:44\").",
        "keep": "Keep these non-numbers as marked mentions: phone, ip, version.",
    ]

    public func validate() throws(OptionError) {
        if kinds.isEmpty { throw OptionError(key: "kinds", "must name at least one kind") }
    }
}

/// A number kind as written in the `kinds` option; the same names as the output's `kind`.
public enum NumberKind: String, Codable, Sendable, CaseIterable, YAMLChoice {
    case cardinal, ordinal, percent, money, range, fraction, date, year, time, quantity

    /// The mention kind of the output contract.
    public var mentionKind: NumberMention.Kind { NumberMention.Kind(rawValue: rawValue)! }
}
