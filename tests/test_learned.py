"""The learned item reader beside the rules (extract/learned.py): what it reads, that it stays out of what
the rules decline on purpose, and that its training is deterministic."""

from __future__ import annotations

import json
import subprocess
import sys

from extract import learned
from extract.facts import narrative_facts, rule_facts
from parsers import read_bytes
from tests.conftest import ROOT

ACTIVE = "二、主动公开政府信息情况\n"


def facts_of(text: str):
    return narrative_facts(read_bytes(text.encode("utf-8"), "written.txt"), [])


def test_the_shipped_model_loads_with_its_threshold():
    model = learned.load_model()
    assert model is not None
    weights, bias, threshold = model
    assert len(weights) > 100 and 0.5 <= threshold < 1


def test_a_list_no_rule_reads_is_read_by_the_model_with_its_own_rule():
    facts = facts_of(ACTIVE + "截至目前我办累计主动公开政府信息300条。其中,包括班子成员信息2条、部门文件信息8条、"
                              "行政权力信息40条、工作动态信息250条。\n")
    items = {(f.label, f.value): f.rule for f in facts if f.metric == "active.item"}
    assert items == {("班子成员信息", 2): "learned.item", ("部门文件信息", 8): "learned.item",
                     ("行政权力信息", 40): "learned.item", ("工作动态信息", 250): "learned.item"}


def test_without_the_model_the_same_list_is_left_unread():
    doc = read_bytes((ACTIVE + "截至目前我办累计主动公开政府信息300条。其中,包括班子成员信息2条、部门文件信息8条。\n")
                     .encode("utf-8"), "written.txt")
    b = rule_facts(doc, [], learned=False)
    assert not [f for f in b.facts if f.metric == "active.item"]


def test_outcomes_of_applications_and_kinds_of_all_the_years_stay_unread():
    facts = facts_of("三、收到和处理政府信息公开申请情况\n全年收到申请4件,其中予以公开1件,部分公开1件,无法提供2件。\n"
                     + ACTIVE + "我乡历年主动公开政府信息主要类别情况:机构职能类信息91条,政策文件类信息65条。\n")
    assert not [f for f in facts if f.rule == "learned.item"]


def test_training_is_deterministic():
    examples = [(("unit=条", "end2=信息", "sep=、"), 1), (("unit=件", "other_things=True"), 0),
                (("unit=条", "end2=动态", "sep=,"), 1), (("unit=次", "end2=会议"), 0)]
    assert learned.train(examples, steps=50) == learned.train(examples, steps=50)
    weights, bias = learned.train(examples, steps=50)
    model = (weights, bias, 0.5)
    assert learned.score(("unit=条", "end2=信息", "sep=、"), model) > 0.5 > learned.score(("unit=件", "other_things=True"),
                                                                                         model)


def test_the_trainer_reports_what_the_model_adds(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "train_item_model.py"), "--train",
                           str(ROOT / "tests" / "realworld" / "tune")], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "counts left by the rules" in proc.stdout and "more items right" in proc.stdout
    shipped = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))
    assert shipped["examples"] == int(proc.stdout.split()[0])  # the shipped model was trained on this corpus


def test_a_small_count_equal_to_a_figure_read_far_away_is_still_looked_at():
    from extract.facts import rule_facts
    from extract.learned import candidates
    from parsers import read_bytes

    text = ("二、主动公开政府信息情况\n全年主动公开政府信息30条,其中政策文件2条。\n"
            "三、其他\n无。\n二、主动公开政府信息情况(续)\n编印政策明白纸2份,张贴公告3期。\n")
    doc = read_bytes(text.encode(), "r.txt")
    b = rule_facts(doc, [], learned=False)
    later = text.index("(续)")
    looked = [c.count.value for c in candidates(b) if c.count.start > later]
    restated = read_bytes("二、主动公开政府信息情况\n全年主动公开政府信息30条。在主动公开的30条信息中,通知公告较多。\n".encode(), "s.txt")
    b2 = rule_facts(restated, [], learned=False)
    assert not list(candidates(b2))  # the figure said again right after is no count of its own
    assert 2 in looked  # a 2 far from the 政策文件2条 of another sentence is still a candidate


def test_a_count_with_a_long_label_is_looked_at():
    from extract.facts import rule_facts
    from extract.learned import candidates
    from parsers import read_bytes

    label = "涵盖经济发展、基层治理、城市管理、安全生产、生态环境等重点领域的各类工作信息"
    text = f"二、主动公开政府信息情况\n全年主动公开政府信息300条。公示公告56条;{label}44条。\n"
    b = rule_facts(read_bytes(text.encode(), "r.txt"), [], learned=False)
    assert any(c.count.value == 44 and len(c.label) > 30 for c in candidates(b))


def test_the_time_said_twice_and_the_verb_are_no_part_of_a_label():
    assert learned._what_was_published("2017年全年公布政府概况", 0)[0] == "政府概况"


def test_the_column_for_requests_and_the_category_of_responses_are_looked_at():
    """依申请公开 named as a column among the kinds is no outcome of applications, and 回应关切 is a category of
    the disclosures (not a response to one person): the counts of their sentence are candidates."""
    from extract.facts import rule_facts as read

    text = (ACTIVE + "2022年公开政府信息250余条,工作动态91条、通知公告23条、依申请公开2条、政民互动3条、回应关切16条。\n")
    b = read(read_bytes(text.encode("utf-8"), "written.txt"), [], learned=False)
    labels = {c.label for c in learned.candidates(b)}
    assert "回应关切" in labels and "工作动态" in {c.label for c in learned.candidates(b, every_count=True)}


def test_an_application_named_among_kinds_of_information_is_no_outcome():
    """低保申报、临时救助申请等民生领域信息: 申请 inside a list of kinds closed by 等 names a kind of information,
    so the counts of the sentence are still looked at; an application's outcome (申请4件,其中予以公开1件) is not."""
    text = (ACTIVE + "累计公开低保申报、临时救助申请等民生领域信息24条,就业培训信息5条,就业政策信息22条。\n")
    b = rule_facts(read_bytes(text.encode("utf-8"), "written.txt"), [], learned=False)
    assert {24, 5, 22} <= {c.count.value for c in learned.candidates(b)}
    text = (ACTIVE + "全年收到公开申请2件、其中予以公开1件,不予公开1件。\n")
    b = rule_facts(read_bytes(text.encode("utf-8"), "written.txt"), [], learned=False)
    assert not list(learned.candidates(b))


def test_counts_after_among_that_cannot_be_parts_of_the_figure_before_are_looked_at():
    """其中 after a figure no rule read: counts larger than it or in another unit, and the parts of a figure of
    proactive disclosure itself, are still looked at; the parts of a figure of something else are not."""
    def looked(text):
        b = rule_facts(read_bytes((ACTIVE + text).encode("utf-8"), "written.txt"), [], learned=False)
        return {c.count.value for c in learned.candidates(b)}

    assert {65, 24} <= looked("累计收到书记、县长信箱44件,办结率均达到100%,其中财政预决算信息共65余条,权责清单信息24条。\n")
    assert {6, 1} <= looked("全年累计发布各类信息391条。主动公开政府信息11条,其中部门文件6件,年度报告1篇。\n")
    assert not looked("共发布380条财政资金信息,其中专项资金152条,扶贫资金38条。\n") & {152, 38}


def test_in_the_part_on_platforms_counts_of_what_was_published_are_looked_at_and_things_set_up_are_not():
    text = ("一、总体情况\n(四)政府信息公开平台建设情况\n全年通过镇政府信息公开专栏发布工作动态120条、通知公告45条、"
            "政策文件12条。全镇开设政务新媒体账号3个。\n")
    b = rule_facts(read_bytes(text.encode(), "r.txt"), [], learned=False)
    looked_at = {(c.label, c.count.value) for c in learned.candidates(b)}
    assert ("通知公告", 45) in looked_at and ("政策文件", 12) in looked_at
    assert not any(value == 3 for _, value in looked_at)
