"""PDF parsing speed and memory against the naive baseline, on generated reports.

Generates N PDFs (half template reports of about six pages with ruled tables, half two-page narrative
reports), then in one process times nianbao's parse_pdf and the baseline (pdfplumber extract_text and
extract_tables on every page), checks that both read the same cell values, and prints both times, the
ratio, pages/s and the peak RSS.

    python bench/pdf_bench.py [--n 200] [--seed 0]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
import time
from pathlib import Path

import pdfplumber
import psutil
import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus.synthetic.compose import compose  # noqa: E402
from corpus.synthetic.pdf import render_pdf  # noqa: E402
from parsers.cells import classify, clean_cell_text  # noqa: E402
from parsers.pdf import parse_pdf  # noqa: E402


def generate(n: int, seed: int) -> list[bytes]:
    out = []
    for i in range(n):
        if i % 2 == 0:
            template = ("t2021", "t2019")[(i // 2) % 2]
            out.append(render_pdf(compose(seed + i, template), font_size=23, repeat_header=(i // 4) % 2 == 1))
        else:
            out.append(render_pdf(compose(seed + i, "narrative"), font_size=14))
    return out


def baseline(data: bytes) -> tuple[int, dict[int, list]]:
    """pdfplumber on every page: text and tables; the cell values of each page's tables in order."""
    values: dict[int, list] = {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
            for table in page.extract_tables():
                for row in table:
                    for text in row:
                        value = classify(clean_cell_text(text))[0] if text is not None else None
                        if value is not None:
                            values.setdefault(page.page_number, []).append(value)
            page.close()
        return len(pdf.pages), values


def nianbao(data: bytes) -> tuple[int, dict[int, list]]:
    """nianbao's parse: the figures of each printed cell once (merged slots share a bbox), in reading order
    per page; text cells are left out, as a continuation's reprinted header rows are dropped by design."""
    doc = parse_pdf(data, "bench.pdf", hashlib.sha256(data).hexdigest(), ocr=False)
    cells: dict[tuple, object] = {}
    for grid in doc.grids:
        for row in grid.rows:
            for cell in row:
                if cell.bbox is not None:
                    cells.setdefault((cell.page, round(cell.bbox[1], 1), round(cell.bbox[0], 1)), cell.value)
    values: dict[int, list] = {}
    for (page, _top, _x0), value in sorted(cells.items()):
        if value is not None:
            values.setdefault(page, []).append(value)
    return len(doc.pages), values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    pdfs = generate(args.n, args.seed)
    counts = [len(pdfium.PdfDocument(d)) for d in pdfs]
    template, narrative = counts[0::2], counts[1::2]
    print(f"{len(pdfs)} PDFs generated ({sum(len(d) for d in pdfs) / 1e6:.1f} MB): {len(template)} template reports "
          f"of {min(template)}-{max(template)} pages (mean {sum(template) / len(template):.1f}), "
          f"{len(narrative)} narrative of {min(narrative)}-{max(narrative)} pages")

    proc = psutil.Process()
    start, cpu = time.perf_counter(), time.process_time()
    ours = [nianbao(d) for d in pdfs]
    t_ours, c_ours = time.perf_counter() - start, time.process_time() - cpu
    rss_ours = proc.memory_info().rss

    start, cpu = time.perf_counter(), time.process_time()
    base = [baseline(d) for d in pdfs]
    t_base, c_base = time.perf_counter() - start, time.process_time() - cpu

    pages = sum(n for n, _ in ours)
    mismatched = [i for i, (a, b) in enumerate(zip(ours, base)) if a[1] != b[1]]
    n_cells = sum(len(v) for _, values in base for v in values.values())  # figures compared
    peak = getattr(proc.memory_full_info(), "uss", 0)
    try:
        import resource

        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    except ImportError:
        peak_rss = max(rss_ours, peak)
    print(f"pages: {pages}; table figures compared: {n_cells}; files with differing cell values: {len(mismatched)}"
          + (f" (first: #{mismatched[0]})" if mismatched else ""))
    print(f"nianbao : {t_ours:7.2f} s wall, {c_ours:7.2f} s CPU  {pages / t_ours:7.1f} pages/s")
    print(f"baseline: {t_base:7.2f} s wall, {c_base:7.2f} s CPU  {pages / t_base:7.1f} pages/s")
    print(f"ratio nianbao/baseline: {t_ours / t_base:.3f} wall, {c_ours / c_base:.3f} CPU")
    print(f"RSS after nianbao: {rss_ours / 2**20:.0f} MB; peak RSS of the process (both runs): {peak_rss / 2**20:.0f} MB")


if __name__ == "__main__":
    main()
