"""Why each count of a report's text became the figure it did, or no figure at all.

`nianbao explain FILE` prints, for every count (a number with its counter) in the normalised text,
the fact it became and the phrasing family (`rule`) that read it, or why each rule that looked at it
let it go. That is how a miss in an unseen report is turned into a phrasing family, and how a user
checks a surprising figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.clauses import TextView
from extract.facts import narrative_facts
from extract.model import Report


@dataclass(slots=True)
class CountVerdict:
    """One count of the text and what became of it."""

    start: int
    end: int
    text: str  # the count as printed (255条)
    context: str  # its clause
    page: int | None
    facts: list[dict] = field(default_factory=list)  # {metric, label, value, rule} of the facts it gave
    let_go: list[tuple[str, str]] = field(default_factory=list)  # (rule, why) when it gave none

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "context": self.context,
                "page": self.page, "facts": self.facts,
                "let_go": [{"rule": r, "why": w} for r, w in self.let_go]}


def explain(report: Report) -> list[CountVerdict]:
    """Every count of the report's text, in text order, with the facts it gave or the reasons it gave none."""
    doc = report.document
    trace: dict[int, list[tuple[str, str]]] = {}
    narrative_facts(doc, report.sections, trace=trace)
    view = TextView(doc.text)
    out = []
    for c in view.counts:
        a, z = view.clause_span(c.start, c.end)
        verdict = CountVerdict(c.start, c.end, doc.text[c.start:c.end], doc.text[a:z].strip(),
                               doc.page_at(c.start))
        for f in report.facts:
            vs = f.value_start if f.value_start is not None else f.start
            ve = f.value_end if f.value_end is not None else f.end
            if vs <= c.start < ve:
                verdict.facts.append({"metric": f.metric, "label": f.label, "value": f.value, "rule": f.rule})
        if not verdict.facts:
            verdict.let_go = list(trace.get(c.start, [])) or [
                ("all", "no rule binds it to a metric: its words name no disclosure, application, case or fee")]
        out.append(verdict)
    return out
