"""Damaged bytes cost a few characters, never the report; library chatter never reaches stderr."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from extract import build_report
from parsers import InputError, read_bytes
from parsers.decoding import decode_bytes
from tests.conftest import ROOT, SAMPLES, SEED

PDF = SAMPLES / "沣禾县" / "芸埠镇" / "2022.pdf"
HTML = SAMPLES / "沣禾县" / "琮岭镇" / "2020.html"


def year_and_total(data: bytes) -> tuple:
    report = build_report(read_bytes(data, "r.txt")).to_dict()
    total = next((f["value"] for f in report["facts"] if f["metric"] == "active.total"), None)
    return report["year"], total


def damaged(data: bytes, changes: dict[int, int]) -> bytes:
    out = bytearray(data)
    for at, value in changes.items():
        out[at] = value
    return bytes(out)


def test_two_bad_bytes_in_a_utf8_report_cost_two_characters():
    clean = SEED.read_bytes()
    # one byte inside a character each (the 0xFF and 0x80): the 3-byte characters at 99 and 1999
    assert clean[100] != 0xFF and clean[1999] != 0x80
    bad = damaged(clean, {100: 0xFF, 1999: 0x80})
    doc = read_bytes(bad, "seed.txt")
    assert doc.encoding == "utf-8"
    assert doc.text.count("\ufffd") == 2
    (warning,) = [w for w in doc.warnings if "damaged byte" in w]
    assert warning.startswith("2 damaged byte sequence(s) not readable as utf-8 (6 bytes, at byte 99, 1999)")
    assert year_and_total(bad) == year_and_total(clean) == (2018, 255)


def test_offsets_of_the_damaged_text_still_point_at_the_source_bytes():
    clean = SEED.read_bytes()
    places = list(range(300, 5000, 397))
    bad = damaged(clean, {i: 0xFF for i in places})
    doc = read_bytes(bad, "seed.txt")
    i = doc.text.index("255")
    at = doc.byte_offset(i)
    assert bad[at:at + 3] == b"255"
    unread = [j for j, ch in enumerate(doc.text) if ch == "\ufffd"]
    assert len(unread) == len(places)
    for k, place in zip(unread, places):  # each U+FFFD spans the bytes of the char that held the damage
        assert doc.byte_offset(k) <= place < doc.byte_offset(k + 1)


def test_a_lead_byte_turned_ascii_is_one_damaged_character():
    # 开 (E5 BC 80) with its middle byte now "A": one unreadable char, not "\ufffdA\ufffd"
    text = "我镇主动公开政府信息32条。".encode()
    i = text.index("开".encode())
    decoded = decode_bytes(damaged(text, {i + 1: ord("A")}))
    assert decoded.text == "我镇主动公\ufffd政府信息32条。"
    assert [(start, end) for _, start, end in decoded.bad] == [(i, i + 3)]


def test_a_number_beside_a_damaged_character_is_not_read():
    clean = SEED.read_bytes()
    at = clean.index(b"255")
    # the 2 of 255 damaged: "\ufffd55" must not read as 55
    assert year_and_total(damaged(clean, {at: 0xFE})) == (2018, None)
    # a control char where the 2 was: not a separator either
    assert year_and_total(damaged(clean, {at: 0x01})) == (2018, None)


def _total_of(text: str):
    report = build_report(read_bytes(text.encode("utf-8"), "damaged.txt"))
    return [f.value for f in report.facts if f.metric == "active.total"]


def test_a_figure_right_after_a_damaged_char_of_a_rule_word_is_read():
    # 信\ufffd before 69: the char 信息 lacks, not a digit (信 is never followed by one)
    assert _total_of("二、主动公开政府信息情况\n2018年,我办累计主动公开政府信\ufffd69条。\n") == [69]
    # 政\ufffd信息: 政府信息 or 政务信息, which every rule reads alike
    assert _total_of("二、主动公开政府信息情况\n全年累计主动公开政\ufffd信息100余条。\n") == [100]


def test_a_damaged_last_byte_that_left_a_rare_valid_character_reads_as_damaged():
    # 开 (e5 bc 80) with its last byte changed is 弅 (e5 bc 85), a valid character no office types: in a
    # text with other damage it reads as a damaged char of 主动公开
    head = "青石镇2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n全年主动公弅政府信息100条。"
    assert _total_of(head + "\ufffd\n") == [100]
    # a rare character in a text without damage stays as printed: nothing is filled
    assert _total_of(head + "\n") == []


def test_a_damaged_digit_after_a_word_that_may_precede_a_number_stays_unread():
    # 共\ufffd394条: the damaged char may have been the first digit of 9394
    assert _total_of("青石镇2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                     "政府门户网站主动公开各类信息共\ufffd394条。\n三、收到和处理政府信息公开申请情况\n"
                     "全年未收到政府信息公开申请。\n") == []


def test_stray_nuls_and_controls_do_not_make_a_report_binary():
    clean = SEED.read_bytes()
    # inserted between lines, and a download padded with zeros
    bad = clean.replace(b"\n\n", b"\n\x00\n", 2).replace(b"\n\n", b"\n\x07\n", 1) + b"\x00" * 3000
    doc = read_bytes(bad, "seed.txt")
    assert any("3 stray control character(s)" in w for w in doc.warnings)
    assert year_and_total(bad) == (2018, 255)


def test_a_damaged_gbk_report_is_still_gbk():
    clean = SEED.read_text(encoding="utf-8").encode("gb18030")
    bad = damaged(clean, {120: 0xFF, 1800: 0x80, 2400: 0xFF})
    doc = read_bytes(bad, "seed.txt")
    assert doc.encoding == "gb18030"
    assert year_and_total(bad) == (2018, 255)


def test_binary_data_is_still_refused():
    import random

    with pytest.raises(InputError, match="binary data"):
        read_bytes(random.Random(7).randbytes(5000), "noise.txt")


def test_a_damaged_page_keeps_its_declared_charset():
    page = HTML.read_bytes()
    assert b"charset" in page[:2000].lower()
    clean = read_bytes(page, "p.html")
    at = page.index("主动公开".encode(clean.encoding if clean.encoding != "utf-8" else "utf-8"))
    doc = read_bytes(damaged(page, {at + 1: 0xFF, len(page) // 2: 0x80}), "p.html")
    assert doc.encoding == clean.encoding
    assert not any("declared charset is wrong" in w for w in doc.warnings)
    assert any("damaged byte" in w for w in doc.warnings)


def test_a_utf8_page_that_declares_gb2312_is_read_as_utf8():
    body = SEED.read_text(encoding="utf-8").replace("\n", "<br>\n")
    page = f'<html><head><meta charset="gb2312"></head><body><div>{body}</div></body></html>'.encode()
    page = damaged(page, {len(page) // 2: 0xFF})
    doc = read_bytes(page, "p.html")
    assert doc.encoding.startswith("utf-8") and "declares gb2312" in doc.encoding
    assert year_and_total(page) == (2018, 255)


def test_library_chatter_becomes_one_warning_and_stays_off_stderr(tmp_path):
    # one byte of a compressed stream changed: pdfminer logs "Data-loss while decompressing" and more
    bad = tmp_path / "damaged.pdf"
    bad.write_bytes(damaged(PDF.read_bytes(), {9061: 110}))
    proc = subprocess.run([sys.executable, "-m", "nianbao", "extract", "--json", str(bad)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.stderr == "" and proc.returncode == 0
    (report,) = [json.loads(line) for line in proc.stdout.splitlines()]
    notes = [w for w in report["warnings"] if w.startswith("libraries reported")]
    assert len(notes) == 1 and "pdfminer: Data-loss while decompressing" in notes[0]


def test_a_damaged_byte_inside_a_word_files_text_costs_one_character():
    import io
    import zipfile

    from corpus.synthetic.compose import compose
    from corpus.synthetic.docx import render_docx

    clean = render_docx(compose(1, "t2021"), numbering=True)
    packed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(clean)) as zin, zipfile.ZipFile(packed, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                at = data.index("主动公开".encode()) + 1  # inside 主: no longer UTF-8, so no longer XML
                data = data[:at] + b"\xff" + data[at + 1:]
            zout.writestr(info, data)
    doc = read_bytes(packed.getvalue(), "r.docx")
    assert any(w.startswith("word/document.xml: 1 damaged byte sequence(s)") for w in doc.warnings)
    assert "\ufffd动公开" in doc.text
    assert year_and_total(packed.getvalue()) == year_and_total(clean)


@pytest.mark.parametrize("charset", ["base64", "idna", "rot13", "cp037", "undefined"])
def test_a_page_declaring_no_page_charset_is_read_by_detection(charset):
    # these names are Python codecs but no charset a page is written in: some are not text codecs at all
    page = (f'<html><head><meta charset="{charset}"></head><body><p>政府信息公开工作年度报告</p>'
            f"<p>主动公开政府信息12条</p></body></html>").encode()
    doc = read_bytes(page, "p.html")
    assert doc.encoding == f"utf-8 (page declares {charset})"
    assert "主动公开政府信息12条" in doc.text


def test_a_long_rule_word_with_one_char_changed_to_a_common_one_reads_as_the_word():
    # 开 changed into 弄 (both common characters) inside 主动公开政府信息, in a text with other damage
    head = "青石镇2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n全年主动公弄政府信息100条。"
    assert _total_of(head + "\ufffd\n") == [100]
    assert _total_of(head + "\n") == []  # without damage elsewhere the text is read as printed


def test_a_year_far_in_the_future_is_a_damaged_digit():
    # 2025 with its 2 damaged into 7 in the title: the statistics period still says the year
    from extract.meta import year_evidence
    text = "青石镇2075年政府信息公开工作年度报告\n本报告统计期限为2025年1月1日至12月31日。\n"
    assert [e.value for e in year_evidence(text)] == [2025]


def test_a_report_named_only_by_a_title_with_a_damaged_char_is_still_a_report():
    text = ("某某乡人民政府2010年政府信息公开年度报告\n\n2010年我乡的政府信息公开工作,高度重视,及时将政府各种信息通过各种渠道公开。"
            "现总结如下:\n一、领导重视抓落实\n我乡成立了政府信息公开工作领导小组。全年主动公开政府信息103条。\n")
    data = text.encode("utf-8")
    at = data.index("年度报告".encode())
    report = build_report(read_bytes(damaged(data, {at: 0xFF}), "r.txt")).to_dict()
    assert report["year"] == 2010
    assert any(f["metric"] == "active.total" and f["value"] == 103 for f in report["facts"])


def test_a_damaged_counter_at_a_clause_end_reads_as_the_counter():
    head = "青石镇2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
    # a damaged digit would leave 条 after it: the lost char before the comma was the counter
    assert _total_of(head + "全年主动公开政府信息225\ufffd,其中工作动态30条。\n") == [225]
    # after a day (12月31日) or a year (2024年) the lost char is no counter
    assert _total_of(head + "截至12月31\ufffd,全年主动公开政府信息。\n") == []
    report = build_report(read_bytes((head + "2024\ufffd,全年收到政府信息公开申请3\ufffd。\n").encode(), "d.txt"))
    assert [(f.metric, f.value) for f in report.facts if f.metric.startswith("apply")] == [("apply.received", 3)]


@pytest.mark.parametrize("at, value", [(1, 0xDA), (0, 0xDA)])
def test_a_cjk_char_split_into_a_stray_byte_and_a_two_byte_letter_is_one_damaged_char(at, value):
    clean = "全年累计公开信息460条".encode()
    data = bytearray(clean)
    data[clean.index("公".encode()) + at] = value
    assert decode_bytes(bytes(data)).text == "全年累计\ufffd开信息460条"


@pytest.mark.parametrize("heading, meaning", [
    ("一、总\ufffd情况", "overview"),
    ("二、主动公\ufffd\ufffd政府信息情况", "active"),
    ("五、存在的主要\ufffd题及改进情况", "problems"),
    ("四、\ufffd", None),  # nothing left to tell a part by
])
def test_a_heading_with_one_damaged_char_still_names_its_part(heading, meaning):
    from extract.sections import heading_meaning

    assert heading_meaning(heading) == meaning


def test_a_report_whose_only_words_saying_what_it_is_were_damaged_is_still_read():
    clean = ("本报告由概述、主动公开政府信息情况等部分组成。\n2018年,石桥乡继续推进政府信息公开工作,"
             "全年主动公开政府信息85条。\n")
    damaged = clean.replace("本报告", "本报\ufffd")
    report = build_report(read_bytes(damaged.encode(), "d.txt")).to_dict()
    assert [f["value"] for f in report["facts"] if f["metric"] == "active.total"] == [85]
    assert "not a government" not in json.dumps(report.get("status", ""), ensure_ascii=False)


def test_a_letter_between_digits_in_a_damaged_text_is_a_damaged_digit():
    head = "青石镇2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
    # 10704 with its 0 changed into T: neither 1 nor 704 is the count printed
    assert _total_of(head + "全年在市政府门户网站更新各类信息1T704条。\ufffd\n") == []
    # the one channel left readable is no total while a figure with a damaged digit stands beside it
    got = _total_of(head + "全年在政府网站发布信息1T704条,在政务微博发布信息300条。\ufffd\n")
    assert got == []
    # without damage elsewhere the text is read as printed: 1T704 is no number, 704 a count
    assert _total_of(head + "全年在政府网站发布各类信息共1T704条。\n") == [704]


def test_a_damaged_char_of_a_channel_or_publishing_word_is_filled():
    head = "青石镇2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
    # 网站 with its 网 damaged, 发布 with its 发 damaged: the channel's count is still the only headline
    report = build_report(read_bytes((head + "全年通过镇政府门户网\ufffd\ufffd布信息120条。\n").encode(), "d.txt"))
    assert [(f.metric, f.value) for f in report.facts if f.metric == "active.total"] == [("active.total", 120)]


def test_a_damaged_digit_among_the_parts_of_the_only_channel_leaves_it_the_total():
    head = "青石镇2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
    got = _total_of(head + "全年通过区政府信息公开网站共公开信息314条,其中,人员招录信息公开3条,环境保护信息公开2\ufffd条。\n")
    assert got == [314]
