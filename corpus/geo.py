"""County and province of a report's body, when no manifest says them: from its text, then its path.

Only what is written is used: an administrative name in the body's own name or in front of the place
in the text ("宁国市青龙乡" → county 宁国市), a province's full name in the text, or folder names
("安徽省/宁国市/…", or a pinyin province as the first word of a folder or file name). No gazetteer
guesses: what cannot be read stays empty.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path, PurePath

import regex

_UNIT = regex.compile(r"\p{Han}+?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|州|盟|市|县|区|旗)")
_COUNTY_SUFFIX = ("自治县", "自治旗", "县", "区", "市", "旗")
_BOUNDARY = r"(?:^|(?<=[\s,.;:!?()\[\]《》“”‘’\"'、]|省|自治区|州|盟))"
_FOLDER_COUNTY = regex.compile(r"^\p{Han}{1,10}(?:自治县|自治旗|县|区|市|旗)$")
_TEXT_WINDOW = 6000


@cache
def provinces() -> list[dict[str, str]]:
    """The provincial-level divisions (name, short, pinyin), from corpus/data/provinces.csv."""
    with open(Path(__file__).with_name("data") / "provinces.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _province_names() -> set[str]:
    return {p["name"] for p in provinces()}


def _county_of(units: list[str]) -> str | None:
    """The last unit that can be a county (县/区/县级市/旗), skipping provinces."""
    names = _province_names()
    for unit in reversed(units):
        if unit in names or unit.endswith(("省", "自治区", "州", "盟", "地区")):
            continue
        if unit.endswith(_COUNTY_SUFFIX) and len(unit) >= 2:
            return unit
    return None


def geo_from_text(text: str, body: str | None, place: str | None, level: str | None) -> dict:
    """{"county", "province"} as far as the report's own words say them (None where they do not)."""
    county = None
    if level in ("city", "province"):
        county = None
    elif level == "county" and place and place.endswith(_COUNTY_SUFFIX):
        county = place
    elif body and place and place in body and body.index(place) > 0:
        county = _county_of(_UNIT.findall(body[: body.index(place)]))
    if county is None and place and level not in ("city", "province", "county"):
        county = _county_before(text[:_TEXT_WINDOW], place)
    return {"county": county, "province": _province_in(" ".join(filter(None, [body, text[:_TEXT_WINDOW]])))}


def _county_before(text: str, place: str) -> str | None:
    pattern = regex.compile(_BOUNDARY + r"(\p{Han}{1,8}?(?:自治县|自治旗|县|区|市|旗))" + regex.escape(place), regex.M)
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        county = _county_of(_UNIT.findall(m.group(1)))
        if county:
            counts[county] = counts.get(county, 0) + 1
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1], -text.find(kv[0])))[0]


def _province_in(text: str) -> str | None:
    best: tuple[int, str] | None = None
    for p in provinces():
        i = text.find(p["name"])
        if i >= 0 and (best is None or i < best[0]):
            best = (i, p["name"])
    return best[1] if best else None


def geo_from_path(path: str) -> dict:
    """{"county", "province"} from folder names and the file name (None where they say nothing)."""
    parts = PurePath(path).parts
    components = [*parts[:-1], PurePath(path).stem] if parts else []
    province = county = None
    for comp in components:
        found = _province_of_name(comp)
        if found:
            province = found
        core = comp.strip()
        if _FOLDER_COUNTY.match(core) and core not in _province_names() and comp != components[-1]:
            county = core
    return {"county": county, "province": province}


def _province_of_name(name: str) -> str | None:
    first = regex.split(r"[^a-z]+", name.lower())
    for p in provinces():
        if p["name"] in name or name.strip() == p["short"] or (first and first[0] == p["pinyin"]):
            return p["name"]
    return None
