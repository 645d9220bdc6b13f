"""Library chatter caught per file: a damaged PDF makes pdfminer log and warn, and none of it is ours to print.

Without this, pdfminer's "Data-loss while decompressing corrupted data" and the like reach stderr through
logging's last-resort handler beside nianbao's one line per refused file. While one file is read, every
log record of WARNING and above and every Python warning is collected instead; a report keeps them as at
most one entry of its warnings.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

# loggers of the libraries the parsers call (their children included)
LIBRARY_LOGGERS = ("pdfminer", "pdfplumber", "pypdfium2", "PIL", "charset_normalizer", "docx", "rapidocr",
                   "onnxruntime", "cn2an", "jieba")
MAX_QUOTED = 120  # characters of the first message quoted in the warning


class _Collect(logging.Handler):
    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # a library's malformed format string is still a message
            message = str(record.msg)
        self.into.append(f"{record.name.split('.')[0]}: {message}")


@contextmanager
def library_messages() -> Iterator[list[str]]:
    """Collect the library log records (WARNING and above) and warnings raised inside the block."""
    messages: list[str] = []
    handler = _Collect(messages)
    saved = []
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        saved.append((logger, logger.propagate))
        logger.addHandler(handler)
        logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield messages
        messages.extend(f"{w.category.__name__}: {w.message}" for w in caught)
    finally:
        for logger, propagate in saved:
            logger.removeHandler(handler)
            logger.propagate = propagate


def summary(messages: list[str]) -> str | None:
    """One warning entry for all the messages of one file, or None when there were none."""
    if not messages:
        return None
    first = " ".join(messages[0].split())
    if len(first) > MAX_QUOTED:
        first = first[:MAX_QUOTED] + "…"
    more = f" and {len(messages) - 1} more" if len(messages) > 1 else ""
    return f"libraries reported trouble reading the file: {first}{more}"
