"""PDF parsing speed and memory against the naive baseline, on generated reports.

Generates N PDFs (half template reports of about six pages with ruled tables, half two-page narrative
reports) in STSong-Light, and --cid more template reports in each of reportlab's built-in CID fonts
(not embedded, text in a UCS-2 CMap) whose table cells wrap a last character onto a line of its own:
a one-character run that pdfium cannot place when no CJK font is installed. pdfium is started with an
empty font folder (unless --system-fonts), so every machine reads the PDFs as one without CJK fonts.
Then in one process times nianbao's parse_pdf and the baseline (pdfplumber extract_text and
extract_tables on every page), checks that both read the same cell values, and prints both times, the
ratio for each font family and overall, pages/s and the peak RSS.

With the OCR extra installed, also prints the seconds per page of parse_pdf on --ocr-pages pages of
the shared corpus's huaianshi report rendered to images at 200 dpi (a scan with no text layer).

    python bench/pdf_bench.py [--n 200] [--cid 40] [--seed 0] [--system-fonts] [--ocr-pages 2]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import pdfplumber
import psutil
import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus.synthetic.compose import compose  # noqa: E402
from corpus.synthetic.pdf import CID_FONTS, read_without_system_fonts, render_pdf  # noqa: E402
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


def generate_cid(n: int, seed: int) -> list[tuple[str, bytes]]:
    """Template reports in each built-in CID font, cells in 14 pt with one-character runs left as wrapped."""
    out = []
    for i in range(n):
        font = CID_FONTS[i % len(CID_FONTS)]
        template = ("t2021", "t2019")[(i // len(CID_FONTS)) % 2]
        out.append((f"{font}, one-char runs", render_pdf(compose(seed + 10_000 + i, template), font_size=23,
                                                         cell_font_size=14, font=font, orphans=True)))
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
    parser.add_argument("--cid", type=int, default=None, help="template reports in the CID fonts (default n/5)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--system-fonts", action="store_true", help="let pdfium use the installed fonts")
    parser.add_argument("--ocr-pages", type=int, default=2, help="scanned pages to time OCR on (0: none)")
    args = parser.parse_args()
    if not args.system_fonts:
        read_without_system_fonts(tempfile.mkdtemp())
    pdfs = generate(args.n, args.seed)
    counts = [len(pdfium.PdfDocument(d)) for d in pdfs]
    template, narrative = counts[0::2], counts[1::2]
    print(f"{len(pdfs)} PDFs generated ({sum(len(d) for d in pdfs) / 1e6:.1f} MB): {len(template)} template reports "
          f"of {min(template)}-{max(template)} pages (mean {sum(template) / len(template):.1f}), "
          f"{len(narrative)} narrative of {min(narrative)}-{max(narrative)} pages")
    cid = generate_cid(args.n // 5 if args.cid is None else args.cid, args.seed)
    families = ["STSong-Light"] * len(pdfs) + [family for family, _ in cid]
    pdfs += [d for _, d in cid]
    lost = sum(1 for d in pdfs for page in pdfium.PdfDocument(d) if _lost_objects(page))
    print(f"{len(cid)} PDFs in {len(CID_FONTS)} CID fonts with one-character runs; pages with text objects pdfium "
          f"cannot place: {lost} of {sum(len(pdfium.PdfDocument(d)) for d in pdfs)}")

    proc = psutil.Process()
    t_ours_each, t_base_each = [], []
    start, cpu = time.perf_counter(), time.process_time()
    ours = []
    for d in pdfs:
        t0 = time.perf_counter()
        ours.append(nianbao(d))
        t_ours_each.append(time.perf_counter() - t0)
    t_ours, c_ours = time.perf_counter() - start, time.process_time() - cpu
    rss_ours = proc.memory_info().rss

    start, cpu = time.perf_counter(), time.process_time()
    base = []
    for d in pdfs:
        t0 = time.perf_counter()
        base.append(baseline(d))
        t_base_each.append(time.perf_counter() - t0)
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
    by_family: dict[str, list[int]] = defaultdict(list)
    for i, family in enumerate(families):
        by_family[family].append(i)
    for family, idx in by_family.items():
        ours_s, base_s = sum(t_ours_each[i] for i in idx), sum(t_base_each[i] for i in idx)
        differ = sum(1 for i in idx if i in mismatched)
        print(f"  {family:32s} {len(idx):4d} PDFs {sum(ours[i][0] for i in idx):5d} pages  nianbao {ours_s:6.2f} s  "
              f"baseline {base_s:6.2f} s  ratio {ours_s / base_s:.3f}  differing files {differ}")
    print(f"RSS after nianbao: {rss_ours / 2**20:.0f} MB; peak RSS of the process (both runs): {peak_rss / 2**20:.0f} MB")
    if args.ocr_pages > 0:
        ocr_per_page(args.ocr_pages)


OCR_PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "jiangsu_huaianshi_2024.pdf"


def ocr_per_page(n: int, dpi: int = 200) -> None:
    """parse_pdf's seconds per page on a scan: pages of a real report rendered to images (its fonts are
    embedded, so they render without installed fonts), OCR engine loaded beforehand."""
    from parsers.ocr import OcrSettings, _engine, ocr_available

    if not ocr_available() or not OCR_PDF.exists():
        print("OCR: not timed (the ocr extra or the shared corpus is missing)")
        return
    pdf = pdfium.PdfDocument(OCR_PDF)
    images = [pdf[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(min(n, len(pdf)))]
    pdf.close()
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    _engine(OcrSettings())
    start = time.perf_counter()
    doc = parse_pdf(buf.getvalue(), "scan.pdf", "0", ocr=True)
    took = time.perf_counter() - start
    print(f"OCR: {took / len(images):.2f} s per page ({len(images)} scanned pages at {dpi} dpi, "
          f"{sum(1 for p in doc.pages if p.ocr)} read by OCR, {len(doc.grids)} tables)")


def _lost_objects(page: pdfium.PdfPage) -> int:
    from parsers.pdf import _count_objects

    return _count_objects(page)[2]


if __name__ == "__main__":
    main()
