/// Shared text utilities for the built-in stages: character classes over UTF-8 bytes, a tokenizer and
/// word lists that more than one stage needs.
public enum TextPipeText {}
