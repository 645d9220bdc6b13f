"""OCR speed and accuracy on a report printed to images (a scanned PDF made from a text PDF).

Renders every page of a PDF at --dpi into an image-only PDF, then prints: the engine's load time,
per-page seconds for rendering, text recognition and ruled-table detection, the end-to-end seconds per
page of `nianbao.extract` on the scan, the peak RSS, and, where a truth file exists beside the corpus,
the share of its table cells read right (and whether every wrong one is marked as read by OCR).

    python bench/ocr_bench.py [--pdf ../shared/corpus/jiangsu_huaianshi_2024.pdf] [--dpi 200] [--rough]

--rough scans the pages at --dpi, turned 0.8°, blurred, greyed, speckled and JPEG-compressed.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import nianbao  # noqa: E402
from parsers.ocr import OcrSettings, _engine, ocr_available, read_boxes, render_page  # noqa: E402
from parsers.ocr_tables import find_tables  # noqa: E402

DEFAULT_PDF = ROOT.parent / "shared" / "corpus" / "jiangsu_huaianshi_2024.pdf"


def roughen(image: Image.Image, seed: int) -> Image.Image:
    """What a cheap office scan does to a page: askew, soft, grey, speckled, JPEG-compressed."""
    rng = np.random.default_rng(seed)
    grey = image.convert("L").rotate(0.8, resample=Image.BICUBIC, fillcolor=245)
    grey = grey.filter(ImageFilter.GaussianBlur(0.8))
    pixels = np.asarray(grey).astype(float) * 0.85 + 25 + rng.normal(0, 12, grey.size[::-1])
    buf = io.BytesIO()
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(buf, "JPEG", quality=35)
    return Image.open(buf).convert("RGB")


def image_only_pdf(path: Path, dpi: int, rough: bool = False) -> bytes:
    """Every page of `path` rendered at `dpi` and saved as a PDF of images (no text layer)."""
    pdf = pdfium.PdfDocument(path)
    images = [pdf[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    pdf.close()
    if rough:
        images = [roughen(im, i) for i, im in enumerate(images)]
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()


def flatten(node, prefix=()):
    if isinstance(node, dict) and not ("value" in node and "kind" in node):
        out = {}
        for key, child in node.items():
            out.update(flatten(child, prefix + (key,)))
        return out
    return {prefix: node}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pdf", type=Path, default=DEFAULT_PDF)
    ap.add_argument("--dpi", type=int, default=200)
    ap.add_argument("--rough", action="store_true", help="roughen the pages like a cheap office scan")
    args = ap.parse_args()
    if not ocr_available():
        print("the ocr extra is not installed: pip install -e '.[ocr]'")
        return 1
    settings = OcrSettings(dpi=args.dpi)
    scan = image_only_pdf(args.pdf, args.dpi, args.rough)

    started = time.perf_counter()
    _engine(settings)
    print(f"engine load: {time.perf_counter() - started:.1f} s")

    pdf = pdfium.PdfDocument(scan)
    totals = {"render": 0.0, "recognise": 0.0, "tables": 0.0}
    n = len(pdf)
    for i in range(n):
        t0 = time.perf_counter()
        image = render_page(pdf[i], args.dpi)
        t1 = time.perf_counter()
        boxes = read_boxes(image, settings)
        t2 = time.perf_counter()
        tables = find_tables(image.mean(axis=2).astype("uint8"), args.dpi)
        t3 = time.perf_counter()
        totals["render"] += t1 - t0
        totals["recognise"] += t2 - t1
        totals["tables"] += t3 - t2
        print(f"page {i + 1}: render {t1 - t0:.2f} s, recognise {t2 - t1:.2f} s ({len(boxes)} boxes), "
              f"tables {t3 - t2:.2f} s ({len(tables)} found)")
    pdf.close()
    print("per page: " + ", ".join(f"{k} {v / n:.2f} s" for k, v in totals.items()))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / (args.pdf.stem + "_scanned.pdf")
        path.write_bytes(scan)
        process = psutil.Process()
        cpu_before = sum(process.cpu_times()[:2])
        started = time.perf_counter()
        report = nianbao.extract(path)
        seconds = time.perf_counter() - started
        cpu = sum(process.cpu_times()[:2]) - cpu_before
    print(f"nianbao.extract on the scan: {seconds:.1f} s for {n} pages = {seconds / n:.2f} s per page "
          f"(CPU {cpu / n:.2f} s per page; load average {psutil.getloadavg()[0]:.1f} on "
          f"{psutil.cpu_count()} CPUs; medium {report.document.medium})")
    print(f"peak RSS: {psutil.Process().memory_info().rss / 1e6:.0f} MB")

    truth_path = args.pdf.parents[1] / "truth" / (args.pdf.stem + ".json")
    if truth_path.exists():
        want = flatten(json.loads(truth_path.read_text(encoding="utf-8")).get("tables") or {})
        got = flatten(report.to_dict()["tables"])
        right = [k for k, v in want.items() if k in got and got[k]["value"] == v]
        wrong = [k for k in want if k not in right]
        marked = sum(1 for k in wrong if k in got and got[k].get("source") == "ocr")
        if want:
            print(f"cells right: {len(right)}/{len(want)} = {len(right) / len(want):.1%}; "
                  f"wrong or missing: {len(wrong)} ({marked} of them marked as read by OCR)")
        for k in wrong[:20]:
            print(f"  {'.'.join(k)}: want {want[k]} got {got.get(k, {}).get('raw') if k in got else 'nothing'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
