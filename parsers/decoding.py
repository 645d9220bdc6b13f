"""Bytes -> text that survives damage: the encoding is chosen by how much of the file each candidate reads.

Reports from old sites and broken downloads carry a few damaged bytes in otherwise good text. A strict
decode refuses the whole report for one of them, and the next codec tried (GB18030 reads almost any byte
pairs) turns a UTF-8 report into mojibake. So every candidate decodes the whole file, bad sequences
become U+FFFD, and the candidate with the fewest bad sequences, stray control characters and characters
a Chinese office never types wins (ties go to UTF-8, then GB18030, then UTF-16). A file is text when the
winner leaves at most BAD_SHARE of its bytes unread; where each bad sequence was is kept, so offsets in
the decoded text still map to the source bytes.
"""

from __future__ import annotations

import bisect
import codecs
import threading
from dataclasses import dataclass

import charset_normalizer
import regex

BAD_SHARE = 0.05  # at most 1 damaged byte in 20 (and stray controls): still a text, read with U+FFFD
MAX_LISTED = 5  # byte offsets named in a warning

_BOMS = (
    (codecs.BOM_UTF8, "utf-8", "utf-8 (BOM)"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # control characters but \t \n \f \r
_SCORED = 400_000  # characters looked at for rare-character scoring (a report is far shorter)


def _common_chars() -> frozenset[str]:
    """Characters a Chinese office types: the GB2312 repertoire (what mojibake mostly falls outside)."""
    out = set()
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                out.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(out)


COMMON_CHARS = _common_chars()
_DROP_COMMON = dict.fromkeys(map(ord, COMMON_CHARS))
_DROP_COMMON.update(dict.fromkeys(range(0x80)))
_DROP_COMMON.update(dict.fromkeys(map(ord, "\ufffd\u00a0\u3000“”‘’…—·")))

_KEEP_COMMON_HAN = dict.fromkeys(ord(ch) for ch in COMMON_CHARS if "\u4e00" <= ch <= "\u9fff")

_spans = threading.local()


def _record(err: UnicodeDecodeError) -> tuple[str, int]:
    _spans.found.append((err.start, err.end))
    return "\ufffd", err.end


codecs.register_error("nianbao-record", _record)


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the codec that read it and where the bytes it could not read were."""

    text: str
    encoding: str  # as reported: "utf-8", "gb18030", "utf-8 (BOM)", ...
    codec: str  # the Python codec that maps chars back to bytes
    skipped: int  # bytes before the text (a BOM)
    bad: tuple[tuple[int, int, int], ...] = ()  # (char index of its U+FFFD, byte start, byte end)
    controls: int = 0  # stray control characters (NULs, ...) inside the text

    @property
    def bad_bytes(self) -> int:
        return sum(end - start for _, start, end in self.bad)

    def byte_offset(self, char: int) -> int:
        """The offset in the source bytes where the char at `char` of `text` starts."""
        char = max(0, min(char, len(self.text)))
        i = bisect.bisect_left(self.bad, (char, -1, -1)) - 1
        if i < 0:
            base_char, base_byte = 0, self.skipped
        else:
            at, _, end = self.bad[i]
            base_char, base_byte = at + 1, end
        if i + 1 < len(self.bad) and self.bad[i + 1][0] == char:
            return self.bad[i + 1][1]
        return base_byte + len(self.text[base_char:char].encode(self.codec))

    def warnings(self) -> list[str]:
        out = []
        if self.bad:
            where = ", ".join(str(start) for _, start, _ in self.bad[:MAX_LISTED])
            more = ", ..." if len(self.bad) > MAX_LISTED else ""
            out.append(f"{len(self.bad)} damaged byte sequence(s) not readable as {self.encoding} "
                       f"({self.bad_bytes} bytes, at byte {where}{more}); read as U+FFFD")
        if self.controls:
            out.append(f"{self.controls} stray control character(s) (NUL and the like) read as U+FFFD")
        return out


def decode_as(data: bytes, codec: str, encoding: str | None = None, skipped: int = 0) -> Decoded:
    """`data[skipped:]` decoded with `codec`, every undecodable sequence recorded and read as U+FFFD."""
    body = data[skipped:]
    _spans.found = []
    try:
        text = body.decode(codec, errors="nianbao-record")
        found = _spans.found
    finally:
        _spans.found = []
    bad: list[tuple[int, int, int]] = []
    if found and codec == "utf-8":
        found = _whole_chars(body, found)
    if found:
        # rebuild from the clean stretches so each U+FFFD's place in the text is known exactly
        parts, pos, length = [], 0, 0
        for start, end in found:
            clean = body[pos:start].decode(codec, errors="replace")
            parts.append(clean)
            length += len(clean)
            bad.append((length, skipped + start, skipped + end))
            parts.append("\ufffd")
            length += 1
            pos = end
        parts.append(body[pos:].decode(codec, errors="replace"))
        text = "".join(parts)
    controls = len(CONTROL.findall(text.rstrip("\x00")))  # NUL padding at the end is no content
    return Decoded(text, encoding or codec, codec, skipped, tuple(bad), controls)


def _whole_chars(body: bytes, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """UTF-8 bad spans joined into one per damaged character.

    One damaged byte of a CJK character (three bytes) leaves its other bytes as separate errors, and a
    byte turned into ASCII leaves a letter among them ("公\ufffdA\ufffd政" for 公开政): the pieces within
    one character's width become one U+FFFD, so a damaged word keeps its length (and its printed width).
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            a, b = out[-1]
            gap = body[b:start]
            if end - a <= 4 and (not gap or (len(gap) == 1 and gap[0] < 0x80 and _continues(body, start))):
                out[-1] = (a, end)
                continue
        out.append((start, end))
    for n, (start, end) in enumerate(out):
        if end - start == 1:
            out[n] = _split_into_a_two_byte_char(body, start, end, out, n)
            continue
        if end - start != 2:
            continue
        if (start > 0 and body[start - 1] < 0x80 and _continues(body, start) and _continues(body, start + 1)
                and (n == 0 or out[n - 1][1] < start - 1)):
            out[n] = (start - 1, end)  # an ASCII byte before two stray continuation bytes: the lead, damaged
        elif (0xE0 <= body[start] < 0xF0 and _continues(body, start + 1) and end < len(body) and body[end] < 0x80
              and (n + 1 == len(out) or out[n + 1][0] > end)):
            out[n] = (start, end + 1)  # a three-byte lead and one continuation, then ASCII: the last byte, damaged
    return out


def _split_into_a_two_byte_char(body: bytes, start: int, end: int, spans: list[tuple[int, int]],
                                n: int) -> tuple[int, int]:
    """A CJK character (three bytes) with one byte changed into the lead of a two-byte character reads as
    a stray byte and a valid letter of another script (公 e5 85 ac -> e5 da ac: "\ufffd" + "ڬ"; with its
    lead changed, da 85 ac: "څ" + "\ufffd"): the three bytes are one damaged character."""
    free_after = n + 1 == len(spans) or spans[n + 1][0] >= end + 2
    free_before = n == 0 or spans[n - 1][1] <= start - 2
    if 0xE0 <= body[start] < 0xF0 and free_after and end + 1 < len(body) \
            and 0xC2 <= body[end] < 0xE0 and _continues(body, end + 1):
        return start, end + 2
    if _continues(body, start) and free_before and start >= 2 \
            and 0xC2 <= body[start - 2] < 0xE0 and _continues(body, start - 1):
        return start - 2, end
    return start, end


def _continues(body: bytes, i: int) -> bool:
    return 0x80 <= body[i] < 0xC0


def _cost(d: Decoded) -> float:
    """How badly a candidate reads the file: unread bytes, controls, and characters nobody types."""
    rare = len(d.text[:_SCORED].translate(_DROP_COMMON))
    return d.bad_bytes + d.controls + 0.5 * rare


def readable(d: Decoded, size: int) -> bool:
    """Whether what a codec could not read is little enough for the file to be a text with damage."""
    return d.bad_bytes + d.controls <= BAD_SHARE * size + 3  # one damaged char is never too many


def looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: a zero byte in every other place (ASCII), or mostly common Chinese when read
    so (random bytes read as UTF-16 are a third CJK too, but rarely characters anyone types)."""
    sample = data[:4000]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    return max(zeros_even, zeros_odd) > 0.2 * (len(sample) / 2) or _common_share_utf16(sample) > 0.3


def _common_share_utf16(sample: bytes) -> float:
    text = sample[: len(sample) // 2 * 2]
    best = 0.0
    for codec in ("utf-16-le", "utf-16-be"):
        chars = text.decode(codec, errors="replace")
        common = len(chars) - len(chars.translate(_KEEP_COMMON_HAN))
        best = max(best, common / max(len(chars), 1))
    return best


def candidates(data: bytes, utf8: Decoded | None = None) -> list[Decoded]:
    """Every reading worth comparing, in order of preference: UTF-8, GB18030, UTF-16 when its pattern shows."""
    out = [utf8 or decode_as(data, "utf-8"), decode_as(data, "gb18030")]
    if looks_utf16(data):
        out += [decode_as(data, "utf-16-le"), decode_as(data, "utf-16-be")]
    return out


def best(readings: list[Decoded]) -> Decoded:
    """The reading of lowest cost; the earlier one on a tie."""
    return min(enumerate(readings), key=lambda ir: (_cost(ir[1]), ir[0]))[1]


def decode_bytes(data: bytes) -> Decoded | None:
    """The best reading of `data` as text, or None when no codec reads enough of it (binary data)."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return decode_as(data, codec, name, len(bom))
    if not data:
        return Decoded("", "utf-8", "utf-8", 0)
    utf8 = decode_as(data, "utf-8")
    if not utf8.bad and not utf8.controls:
        return utf8  # valid UTF-8 without stray controls: no other codec reads Chinese text so cleanly
    chosen = best(candidates(data, utf8))
    if readable(chosen, len(data)):
        return chosen
    guess = charset_normalizer.from_bytes(data[:200_000]).best()
    if guess is not None:
        try:
            other = decode_as(data, codecs.lookup(guess.encoding).name)
        except LookupError:
            return None
        if readable(other, len(data)):
            return other
    return None
