/// Shared text utilities for the built-in stages: character classes over UTF-8 bytes, a tokenizer and
/// word lists that more than one stage needs.
///
/// Everything here works on UTF-8 bytes and byte offsets, the way `Document.text` is stored, so scanning never
/// goes through `Character` or `String.Index`:
///
/// - ``ByteClass``: what an ASCII byte is (letter, digit, space, punctuation...), one table lookup.
/// - ``UTF8Scalars``: decoding one scalar forward or backward at a byte offset.
/// - ``CharClass``: what any Unicode scalar is, with the punctuation that sentence and entity rules care about
///   (quotes, brackets, dashes, bullets, ellipses, sentence terminators).
/// - ``Tokenizer`` and ``Token``: words, numbers, punctuation and symbols with byte offsets and ``TokenShape``
///   flags (capitalised, all caps, digits...).
public enum TextPipeText {}
