"""report.html: one self-contained page of charts and tables over a built dataset, readable offline.

Everything is inlined: the styles, Apache ECharts (shipped minified in outputs/assets with its licence;
chosen because it is one file that renders to SVG, has heat maps, data zoom and scrolling legends built
in, and lays out CJK labels properly), the page script and the data as JSON. A Content-Security-Policy
forbids every network request, so the page cannot reach out even by accident.
"""

from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path

from outputs.report_data import BuiltDataset, open_dataset
from outputs.report_payload import LIMITS, Limits, build_payload, to_json


def _asset(name: str) -> str:
    return resources.files("outputs.assets").joinpath(name).read_text(encoding="utf-8")


def echarts_version() -> str:
    found = re.search(r'version\s*=\s*"(\d+\.\d+\.\d+)"|\bversion:"(\d+\.\d+\.\d+)"', _asset("echarts.min.js"))
    return next((g for g in found.groups() if g), "") if found else ""


def render_html(data: BuiltDataset, title: str | None = None, limits: Limits = LIMITS) -> str:
    """The page for an open dataset, as one string."""
    payload = build_payload(data, **({"title": title} if title else {}), limits=limits)
    page = _asset("report.html")
    escape = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
    fields = {
        "TITLE": "".join(escape.get(ch, ch) for ch in payload["title"]),
        "FOLDER": "".join(escape.get(ch, ch) for ch in payload["folder"]),
        "ECHARTS_VERSION": echarts_version(),
        "STYLE": _asset("report.css"),
        "DATA": to_json(payload),
        "ECHARTS": _asset("echarts.min.js").replace("</script", "<\\/script"),
        "APP": _asset("report.js"),
    }
    # one pass, so that text inserted for one marker is never searched for another
    return re.sub(r"@@([A-Z_]+)@@", lambda m: fields.get(m.group(1), m.group(0)), page)


def write_html(folder: str | os.PathLike, path: str | os.PathLike | None = None, title: str | None = None,
               limits: Limits = LIMITS) -> Path:
    """Write report.html for the dataset in `folder` (to `path`, by default folder/report.html); a dataset
    of more than limits.reports reports is shown by aggregates (see outputs.report_payload)."""
    target = Path(path) if path else Path(folder) / "report.html"
    data = open_dataset(folder)
    try:
        text = render_html(data, title, limits)
    finally:
        data.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, target)
    return target
