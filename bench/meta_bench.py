"""Throughput of the report-level readers: sections, metadata, template, identification, meta checks.

usage: python bench/meta_bench.py [DIR]   (default: ../shared/corpus, else the bundled seed)

Documents are parsed once beforehand; the figure is reports per second of CPU time on one core, so a
busy machine does not skew it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from extract.checks_meta import meta_checks
from extract.identify import not_a_report_reason
from extract.meta import read_metadata
from extract.model import Report
from extract.sections import find_sections
from extract.template import decide_template
from parsers import InputError, read

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    paths = sorted(p for p in folder.glob("*") if p.suffix in (".txt", ".md", ".html", ".pdf")) \
        if folder.is_dir() else [ROOT / "corpus" / "samples" / "seed_yijiuzhen_2018.txt"]
    docs = []
    for path in paths:
        try:
            docs.append(read(path))
        except InputError:
            continue
    rounds = max(1, 500 // max(len(docs), 1))
    start = time.process_time()
    for _ in range(rounds):
        for doc in docs:
            sections = find_sections(doc)
            meta = read_metadata(doc, sections)
            template, parts = decide_template(doc, sections, {}, meta.year)
            report = Report(document=doc, sections=sections, year=meta.year, published=meta.published,
                            template=template, template_parts=parts)
            not_a_report_reason(report)
            meta_checks(report)
    spent = time.process_time() - start
    n = rounds * len(docs)
    chars = sum(len(d.text) for d in docs) / max(len(docs), 1)
    print(f"{n} reports ({len(docs)} documents, {chars:.0f} chars on average): "
          f"{n / spent:.0f} reports/s of CPU time for sections + metadata + template + identify + meta checks")


if __name__ == "__main__":
    main()
