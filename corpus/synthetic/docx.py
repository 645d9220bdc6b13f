"""A synthetic report as a Word file: styled paragraphs, ruled tables with real merges (gridSpan, vMerge).

With `numbering=True` the part headings carry no typed number: Word generates 一、 and （一） from
numbering.xml (chineseCounting), as in reports drafted from a numbered outline, so the parser has to
print the numbers Word would print.
"""

from __future__ import annotations

import io

import docx
import regex
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.table import _Cell

from corpus.synthetic import Block, SyntheticReport

_NUMBERED = regex.compile(r"^(?:(?P<top>[一二三四五六七八九十]+)、|（(?P<sub>[一二三四五六七八九十]+)）)(?P<text>.+)$")
_OUTLINE_ID = 90
_OUTLINE = f"""<w:abstractNum {nsdecls('w')} w:abstractNumId="{_OUTLINE_ID}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
</w:abstractNum>"""


def _add_outline_numbering(document) -> int:
    numbering = document.part.numbering_part.element
    abstract = parse_xml(_OUTLINE)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{_OUTLINE_ID}">'
                               f'<w:abstractNumId w:val="{_OUTLINE_ID}"/></w:num>'))
    return _OUTLINE_ID


def _number_paragraph(paragraph, num_id: int, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def add_table(document, block: Block) -> None:
    rows = block.rows or []
    width = max((len(r) for r in rows), default=0)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    covered = block.covered()
    # the cell matrix is taken once before merging: table.cell() rescans the whole table on every call
    slots = [[_Cell(tc, table) for tc in tr.tc_lst] for tr in table._tbl.tr_lst]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) not in covered and text:
                slots[r][c].text = text
    for r, c, nr, nc in block.spans or ():
        merged = slots[r][c].merge(slots[r + nr - 1][c + nc - 1])
        merged.text = rows[r][c]


def docx_document(report: SyntheticReport, numbering: bool = False):
    """The report as a python-docx Document."""
    document = docx.Document()
    num_id = _add_outline_numbering(document) if numbering else None
    for block in report.blocks:
        if block.kind == "table":
            add_table(document, block)
            continue
        paragraph = document.add_paragraph()
        text = block.text
        if block.kind == "heading" and num_id is not None:
            m = _NUMBERED.match(text)
            if m:
                _number_paragraph(paragraph, num_id, 0 if m.group("top") else 1)
                text = m.group("text")
        run = paragraph.add_run(text)
        if block.kind == "title":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(18)
        elif block.kind == "heading":
            run.bold = True
        elif block.kind == "signature":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            paragraph.paragraph_format.first_line_indent = Pt(32)
    return document


def render_docx(report: SyntheticReport, numbering: bool = False) -> bytes:
    """The .docx file's bytes."""
    out = io.BytesIO()
    docx_document(report, numbering).save(out)
    return out.getvalue()
