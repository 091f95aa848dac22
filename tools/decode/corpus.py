"""Training text for the decode stage's language models: the translated messages (msgstr) of the gettext
catalogues (.mo files) installed under /usr/share/locale. Standard library only."""
import glob
import os
import re
import struct

LOCALE_ROOT = "/usr/share/locale"

# Printf-style and brace placeholders, accelerator markers and markup that carry no language statistics.
NOISE = re.compile(r"%[-+ #0-9.*lhqjztL]*[a-zA-Z%]|%\([a-z_]+\)[sd]|\{[^{}]{0,20}\}|<[^<>]{0,40}>|_(?=\w)|&(?=\w)")


def read_mo(path):
    """The translated strings of one .mo file, decoded with the charset its header names."""
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 28:
        return []
    magic = struct.unpack("<I", data[:4])[0]
    endian = "<" if magic == 0x950412DE else ">" if magic == 0xDE120495 else None
    if endian is None:
        return []
    _, count, _, trans_offset = struct.unpack(endian + "4I", data[4:20])
    raw = []
    for i in range(count):
        length, offset = struct.unpack(endian + "2I", data[trans_offset + 8 * i: trans_offset + 8 * i + 8])
        raw.append(data[offset: offset + length])
    charset = "utf-8"
    if raw:
        match = re.search(rb"charset=([-\w]+)", raw[0])
        if match:
            charset = match.group(1).decode("ascii").lower()
    texts = []
    for item in raw[1:]:
        try:
            text = item.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
        for form in text.split("\0"):
            form = NOISE.sub(" ", form)
            if form.strip():
                texts.append(form)
    return texts


def language_text(locale_dirs, limit=3_000_000):
    """Up to `limit` characters of translated messages for the given locale folders, deduplicated."""
    seen = set()
    parts = []
    total = 0
    for locale in locale_dirs:
        for path in sorted(glob.glob(os.path.join(LOCALE_ROOT, locale, "LC_MESSAGES", "*.mo"))):
            for text in read_mo(path):
                if text in seen:
                    continue
                seen.add(text)
                parts.append(text)
                total += len(text)
                if total >= limit:
                    return "\n".join(parts)
    return "\n".join(parts)
