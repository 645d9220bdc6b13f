"""Metadata: body as printed, place, level, year covered, publication date."""

from __future__ import annotations

import json

import pytest

from extract.meta import chain, place_of, publication, read_metadata, year_evidence
from extract.sections import find_sections
from parsers import read_bytes


def _meta(text: str):
    doc = read_bytes(text.encode("utf-8"), "r.txt")
    return read_metadata(doc, find_sections(doc))


def test_title_on_two_lines_names_a_county_government():
    m = _meta("云岭市青川区人民政府\n2021年政府信息公开工作年度报告\n一、总体情况\n2021年,我区稳步推进政务公开。\n")
    assert (m.body, m.place, m.level, m.year) == ("云岭市青川区人民政府", "青川区", "county", 2021)


def test_street_office_with_its_parent_government_in_the_middle():
    m = _meta("本报告根据条例编制。如对本报告有疑问,请与石城市人民政府桂花街道办事处联系。\n"
              "一、总体情况\n2024年,桂花街道推进公开工作。\n")
    assert (m.body, m.place, m.level, m.year) == ("石城市人民政府桂花街道办事处", "桂花街道", "street", 2024)


def test_publisher_field_beats_a_mention_in_a_sentence():
    m = _meta("- 发布机构:月湖街道办事处\n向社会公布海滨区人民政府月湖街道办事处2023年政府信息公开工作年度报告。\n")
    assert (m.body, m.place, m.level) == ("月湖街道办事处", "月湖街道", "street")


def test_source_field_lengthens_the_body_named_in_the_title():
    m = _meta("信息来源: 北山区青松镇人民政府\n2009年青松镇人民政府信息公开工作年度报告\n")
    assert (m.body, m.place, m.level, m.year) == ("北山区青松镇人民政府", "青松镇", "town", 2009)


def test_signature_and_date_at_the_end():
    text = ("2018年红叶乡政府信息公开工作年度报告\n一、概述\n本年度工作正常。\n"
            "二、主动公开政府信息情况\n公开信息12条。\n远山县红叶乡人民政府\n2019年1月15日\n")
    m = _meta(text)
    assert (m.body, m.place, m.level, m.year) == ("远山县红叶乡人民政府", "红叶乡", "town", 2018)
    assert (m.published, m.published_from) == ("2019-01-15", "signature")


def test_chinese_numeral_year_and_no_body_when_zhengfu_belongs_to_xinxi_gongkai():
    m = _meta("二〇一九年度石泉镇政府信息公开工作年度报告\n一、总体情况\n我镇全年公开信息。\n")
    assert (m.body, m.place, m.level, m.year) == (None, "石泉镇", "town", 2019)


def test_statistics_period_gives_the_year_when_no_title():
    m = _meta("本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。我街道全年公开信息20条。\n")
    assert m.year == 2016
    assert m.level == "street"  # 我街道


def test_quoted_notices_addresses_and_websites_are_not_bodies():
    m = _meta("白鹭镇2020年政府信息公开工作年度报告\n"
              "根据《东江市人民政府办公室关于做好年度报告工作的通知》要求编制。"
              "本报告可在东江市人民政府网站下载,联系地址:东江市白鹭镇人民政府大院。\n")
    assert (m.body, m.place, m.level) == (None, "白鹭镇", "town")


def test_a_superior_government_that_does_not_contain_the_place_is_not_the_body():
    m = _meta("大河县人民政府 首页\n来源:大河县人民政府办公室\n大河县柳林镇2023年政府信息公开工作年度报告\n")
    assert (m.body, m.place, m.level) == (None, "柳林镇", "town")


def test_department_report_from_its_title():
    m = _meta("2022年江州市生态环境局政府信息公开工作年度报告\n一、总体情况\n")
    assert (m.body, m.place, m.level, m.year) == ("江州市生态环境局", "江州市", "department", 2022)


def test_office_of_a_government_is_a_department():
    m = _meta("南湖市北城区人民政府办公室2019年政府信息公开工作年度报告\n")
    assert (m.body, m.place, m.level) == ("南湖市北城区人民政府办公室", "北城区", "department")


def test_traditional_script_body_kept_as_printed():
    m = _meta("信息來源:水口鎮人民政府\n根據條例,水口鎮政府編制了2015年度政府信息公開年度報告。\n")
    assert (m.body, m.place, m.level, m.year) == ("水口鎮人民政府", "水口鎮", "town", 2015)


def test_compiled_by_sentence_names_the_body_and_drops_its_internal_office():
    m = _meta("本报告由河口镇人民政府党政办公室编制。本报告中所列数据的统计期限为2020年1月1日至2020年12月31日。\n")
    assert (m.body, m.place, m.level, m.year) == ("河口镇人民政府", "河口镇", "town", 2020)


def test_place_named_only_in_a_sentence():
    m = _meta("现将我乡2014年政府信息公开工作报告公开如下。\n一、概述\n2014年,柏树乡未收取任何费用。\n")
    assert (m.body, m.place, m.level, m.year) == (None, "柏树乡", "town", 2014)


@pytest.mark.parametrize("title, body, place, level, year", [
    ("石岭镇人民政府关于2019年度政府信息公开工作年度报告", "石岭镇人民政府", "石岭镇", "town", 2019),
    ("石岭镇关于2018年政府信息公开工作的报告", None, "石岭镇", "town", 2018),
    ("2020年石岭县教育局政务公开工作年度报告", "石岭县教育局", "石岭县", "department", 2020),
    ("石岭县发展和改革局2021年政府信息公开工作年度报告", "石岭县发展和改革局", "石岭县", "department", 2021),
])
def test_title_wordings(title, body, place, level, year):
    m = _meta(title + "\n")
    assert (m.body, m.place, m.level, m.year) == (body, place, level, year)


def test_county_level_city_under_a_prefecture():
    m = _meta("东陵市西岗市人民政府2017年政府信息公开工作年度报告\n")
    assert (m.place, m.level) == ("西岗市", "county")


def test_municipality_title_without_body():
    m = _meta("2022年东海市政府信息公开工作年度报告\n本年度报告中所列数据统计期限为2022年1月1日至12月31日。\n")
    assert (m.body, m.place, m.level, m.year) == (None, "东海市", "city", 2022)


@pytest.mark.parametrize("name, units", [
    ("云州区石门镇", ["云州区", "石门镇"]),  # not 云州 | 区石门镇
    ("新市镇", ["新市镇"]),
    ("平安市市中区", ["平安市", "市中区"]),
    ("青原县府前街道", ["青原县", "府前街道"]),
    ("围绕区委区", None),
])
def test_chain_of_units(name, units):
    assert chain(name) == units


def test_place_of_a_body():
    assert place_of("绿水市人民政府青山街道办事处") == "青山街道"
    assert place_of("长滩综合实验区地方税务局") == "长滩综合实验区"


def test_web_page_date_is_used_only_without_a_closing_date():
    evidence = publication("标题: 2020年某镇年报\n发布时间: 2021-02-03 10:00\n正文很长。\n")
    assert (evidence.source, evidence.value) == ("page", "2021-02-03")


def test_year_evidence_has_spans_into_the_text():
    text = "柳岸镇2019年政府信息公开工作年度报告\n统计期限自2019年1月1日起至2019年12月31日止。\n"
    found = {e.source: e for e in year_evidence(text)}
    assert found["title"].value == 2019 and text[found["title"].start:found["title"].end] == "2019"
    assert found["period"].value == 2019 and text[found["period"].start:found["period"].end] == "2019"


def test_seed_metadata(seed_path):
    doc = read_bytes(seed_path.read_bytes(), str(seed_path))
    m = read_metadata(doc, find_sections(doc))
    assert (m.body, m.place, m.level, m.year, m.published) == ("宜就镇人民政府", "宜就镇", "town", 2018,
                                                               "2018-12-30")


def test_corpus_metadata_agrees_with_the_truth(shared_dir):
    right = total = 0
    for truth_path in sorted((shared_dir / "truth").glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        path = shared_dir / "corpus" / truth["file"]
        doc = read_bytes(path.read_bytes(), str(path))
        m = read_metadata(doc, find_sections(doc))
        for key in ("body", "place", "level", "year"):
            if truth.get(key) is None and key != "body":
                continue
            total += 1
            right += getattr(m, key) == truth.get(key)
    assert total > 150
    assert right / total >= 0.95


def test_publisher_field_with_the_parent_government_in_the_middle():
    m = _meta("发布机构:石城市人民政府桂花街道办事处\n桂花街道2020年政府信息公开工作年度报告\n")
    assert (m.body, m.place, m.level, m.year) == ("石城市人民政府桂花街道办事处", "桂花街道", "street", 2020)


def test_a_body_named_after_a_verb_of_the_sentence_starts_after_it():
    # "我乡通过…人民政府发布": the verb ends the preceding words, the body is what follows it
    text = ("一、总体情况\n2022年,我乡通过石门乡人民政府共发布公开信息30条,"
            "依托微信公众号发布信息12条。\n二、主动公开政府信息情况\n")
    doc = read_bytes(text.encode("utf-8"), "shimen.txt")
    meta = read_metadata(doc, find_sections(doc))
    assert meta.body == "石门乡人民政府" and meta.place == "石门乡"


def test_a_government_named_as_the_owner_of_a_website_is_not_the_body():
    # "…可在X县人民政府公众信息网下载": a website, whatever words stand between 政府 and 网
    m = _meta("结合我乡实际编制2013年我乡政府信息公开工作年度报告。本报告可在青川县人民政府公众信息网下载,"
              "如有疑问请与柳溪乡人民政府联系。\n一、概述\n")
    assert (m.body, m.place, m.level, m.year) == ("柳溪乡人民政府", "柳溪乡", "town", 2013)


def test_the_office_named_as_a_contact_point_belongs_to_the_issuing_government():
    m = _meta("本报告统计期限为2014年1月1日至2014年12月31日。如有疑问,请与石桥乡人民政府办公室联系。\n")
    assert (m.body, m.place, m.level) == ("石桥乡人民政府", "石桥乡", "town")


@pytest.mark.parametrize("verb", ["公开", "公示", "公布"])
def test_a_body_after_a_disclosing_verb_starts_after_the_verb(verb):
    m = _meta(f"根据《条例》规定,现{verb}柳岸街道办事处2022年政府信息公开工作年度报告。\n一、总体情况\n")
    assert (m.body, m.place, m.level, m.year) == ("柳岸街道办事处", "柳岸街道", "street", 2022)


@pytest.mark.parametrize("author", ["青川区人民政府办公室", "青川区人民政府信息公开办公室"])
def test_the_author_of_a_cited_notice_is_not_the_body(author):
    m = _meta(f"本报告根据《条例》和{author}《关于做好2018年政府信息公开工作年度报告的通知》,由柳岸街道编制。"
              "本报告统计期限自2018年1月1日起至2018年12月31日止。2018年柳岸街道未收到申请。\n")
    assert (m.body, m.place, m.level, m.year) == (None, "柳岸街道", "street", 2018)


@pytest.mark.parametrize("verb", ["接受", "参加", "位列"])
def test_a_street_as_a_common_noun_after_a_verb_is_no_place(verb):
    m = _meta(f"2019年度街道共有专职信息人员2名,均{verb}街道年终考核。\n")
    assert m.place is None


def test_a_field_row_with_values_inside_its_cells_is_read_as_fields():
    # 发布机构:X | 关键词:… with a row of the same width below: the cells hold their own values
    m = _meta("发布机构:青川县审计局 | 关 键 词:政务,公报 | |\n文 号 | 成文日期:2016-03-31 | 发布日期:2016-04-08 |\n"
              "本年报中所列数据的统计期限自2015年1月1日起至2015年12月31日止。\n")
    assert m.year == 2015  # read without failing on the row whose cells are not keys


def test_traditional_script_website_names_are_not_bodies():
    # every traditional character is folded before the rules read it: 網站 is a website like 网站
    m = _meta("編制青山縣柳溪鎮2014年政府信息公開工作年度報告。\n"
              "1、政府網站:在青山縣人民政府網站和柳溪鎮政府網站設有“政務公開”專欄;\n")
    assert (m.body, m.place, m.level, m.year) == (None, "柳溪鎮", "town", 2014)


@pytest.mark.parametrize("sentence", ["2024年,柳岸镇高度重视政务信息公开工作。", "2024年,柳岸镇着力健全信息公开机制。"])
def test_a_town_as_the_subject_of_what_it_did_names_the_place(sentence):
    m = _meta(f"一、总体情况\n{sentence}\n")
    assert (m.place, m.level) == ("柳岸镇", "town")


@pytest.mark.parametrize("sentence", ["2019年,全县乡镇高度重视政府信息公开工作。", "2019年,各乡镇积极推进工作。"])
def test_towns_in_general_are_no_place(sentence):
    assert _meta(f"一、总体情况\n{sentence}\n").place is None


@pytest.mark.parametrize("title, place", [
    ("重庆两江新区管理委员会2017年政府信息公开工作年度报告", "重庆两江新区"),
    ("长沙经济技术开发区管理委员会2018年政府信息公开工作年度报告", "长沙经济技术开发区"),
    ("平潭综合实验区2015年度政府信息公开工作年度报告", "平潭综合实验区"),
])
def test_new_areas_and_development_zones_are_county_level_places(tmp_path, title, place):
    import nianbao

    path = tmp_path / "zone.txt"
    path.write_text(title + "\n一、概述\n全年主动公开政府信息120条。\n二、依申请公开情况\n未收到申请。\n", encoding="utf-8")
    report = nianbao.extract(path)
    assert (report.place, report.level) == (place, "county")


def test_a_copy_without_its_title_starting_at_a_part_with_figures_is_a_report(tmp_path):
    import nianbao
    from parsers import InputError

    part = tmp_path / "part.txt"
    part.write_text("二、主动公开政府信息情况\n2015年,我镇通过政府网站主动公开政府信息120条,其中工作动态80条、通知公告40条。\n",
                    encoding="utf-8")
    assert nianbao.extract(part).facts_of("active.total")[0].value == 120
    news = tmp_path / "news.txt"
    news.write_text("2015年,某某镇认真贯彻落实《中华人民共和国政府信息公开条例》,全年主动公开政府信息120条。\n", encoding="utf-8")
    with pytest.raises(InputError):
        nianbao.extract(news)


def test_a_cited_notice_names_the_supervising_district_not_the_reports_place():
    m = _meta("根据条例规定和北京市云岭区政务服务局《关于做好云岭区2025年政府信息公开年报编制和公布有关工作的函》"
              "工作要求,编制《北京市云岭区青石镇人民政府2025年政府信息公开工作年度报告》。\n一、总体情况\n"
              "青石镇高度重视政务公开工作。\n")
    assert (m.body, m.place, m.level) == ("北京市云岭区青石镇人民政府", "青石镇", "town")


@pytest.mark.parametrize("lead", ["内容涵盖", "做好", "编写", "主管"])
def test_verbs_before_a_name_in_running_text_are_no_part_of_it(lead):
    m = _meta(f"本报告由{lead}青石乡人民政府按照条例要求编制。\n一、总体情况\n2021年,我乡稳步推进政务公开。\n")
    assert m.place == "青石乡"


@pytest.mark.parametrize("name, units", [("宁乡市横市镇", ["宁乡市", "横市镇"]), ("平安市市中区", ["平安市", "市中区"]),
                                         ("浑源县驼峰乡", ["浑源县", "驼峰乡"])])
def test_names_holding_a_unit_char_split_where_the_units_are(name, units):
    assert chain(name) == units


def test_a_name_holding_the_char_of_a_source_is_whole():
    m = _meta("博山区源泉镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我镇稳步推进政务公开。\n")
    assert (m.place, m.level) == ("源泉镇", "town")


def test_a_department_named_in_a_header_table_issues_a_report_that_speaks_of_itself_as_one():
    m = _meta("索 引 号: | 610700003-/2020000781 | 发布时间: | 2012年02月17日 |\n来 源: | 云岭市统计局 | 发布机构: | 云岭市统计局 |\n"
              "本年度报告根据条例编制。2011年,我局主动公开政府信息155条。我局未收到政府信息公开申请。\n")
    assert (m.body, m.place, m.level) == ("云岭市统计局", "云岭市", "department")


def test_a_county_office_posting_a_towns_report_is_not_its_issuer():
    m = _meta("发布机构: | 云岭县人民政府办公室 |\n青石镇2021年政府信息公开工作年度报告\n一、总体情况\n"
              "2021年,我镇主动公开政府信息55条。\n")
    assert (m.place, m.level) == ("青石镇", "town")


def test_a_cause_word_before_a_name_is_no_part_of_it():
    m = _meta("本报告由总体情况等部分组成。因云岭市新城区东河街道办事处工作调整,现将报告公布如下。\n一、总体情况\n"
              "2024年,我街道主动公开政府信息55条。\n")
    assert m.body == "云岭市新城区东河街道办事处"


@pytest.mark.parametrize("sentence, place", [
    ("2018年,青石乡信息公开栏目录不断完善。", "青石乡"),
    ("如有疑问请与云岭市钟楼区南大街街道党政和人大办联系。", "南大街街道"),
    ("2018年东辛房街道由行政办公室负责信息公开工作。", "东辛房街道"),
])
def test_a_town_or_street_named_before_its_disclosure_work_or_its_offices(sentence, place):
    m = _meta("一、总体情况\n" + sentence + "\n二、主动公开政府信息情况\n全年主动公开政府信息55条。\n")
    assert m.place == place


def test_a_reports_own_title_names_the_department_before_the_page_fields():
    m = _meta("- 发布机构弥勒市文旅局\n弥勒市文化和旅游局2025年政府信息公开工作年度报告\n一、总体情况\n我局主动公开信息55条。\n")
    assert m.body == "弥勒市文化和旅游局"


@pytest.mark.parametrize("text, body, place, level", [
    ("本报告是根据条例要求,由云岭市信访办编制的2013年度政府信息公开年度报告。\n一、概述\n",
     "云岭市信访办", "云岭市", "department"),
])
def test_a_department_named_as_the_compiler(text, body, place, level):
    m = _meta(text)
    assert (m.body, m.place, m.level) == (body, place, level)


def test_a_bare_street_compiling_the_report_names_no_organ():
    m = _meta("本报告是根据条例要求,由云岭市东城区月亮湾街道编制的2012年度政府信息公开年度报告。\n一、概述\n")
    assert m.body is None  # as for a bare name in a title


def test_a_department_whose_name_joins_two_fields():
    m = _meta("特向社会公布2024年度云岭市自然资源与规划局政府信息公开年度报告。\n一、总体情况\n")
    assert (m.body, m.place, m.level) == ("云岭市自然资源与规划局", "云岭市", "department")


def test_a_department_named_a_work_department():
    m = _meta("特向社会公布云岭高新技术产业开发区党群工作部2016年度政府信息公开工作年度报告。\n一、概述\n")
    assert (m.body, m.level) == ("云岭高新技术产业开发区党群工作部", "department")


def test_a_contact_with_a_joined_name_still_names_no_bare_county():
    m = _meta("如有疑问请与云岭市青川区人民政府办公室联系。\n2020年青川区政府信息公开工作年度报告\n")
    assert m.body == "云岭市青川区人民政府"


@pytest.mark.parametrize("title, level", [
    ("登封市人民政府2020年政府信息公开工作年度报告", "county"),  # a county-level city of the division list
    ("高平市2025年政府信息公开工作年度报告", "county"),
    ("郑州市人民政府2020年政府信息公开工作年度报告", "city"),  # a prefecture-level city
    ("东莞市人民政府2020年政府信息公开工作年度报告", "city"),  # a prefecture-level city without counties
])
def test_county_level_cities_are_counties(title, level):
    assert _meta(title + "\n一、总体情况\n本年度主动公开信息20条。\n").level == level


def test_a_street_called_jie_speaks_of_itself_as_wo_jie():
    m = _meta("一、总体情况\n2022年,松岗街坚持以习近平新时代中国特色社会主义思想为指导,我街主动公开信息30条。\n")
    assert (m.place, m.level) == ("松岗街", "street")


def test_a_county_named_as_the_subject_of_its_report():
    m = _meta("一、总体情况\n2025年,青川区坚持公开为常态,我区门户网站发布信息3600条。\n")
    assert (m.place, m.level) == ("青川区", "county")


@pytest.mark.parametrize("text", [
    "一、总体情况\n2025年,青川区高度重视政务公开,我镇主动公开信息30条。\n",  # a town's report names its county
    "一、总体情况\n2025年,社区坚持公开为常态,我区主动公开信息30条。\n",  # 社区 is no county
    "一、总体情况\n立足区人民政府信息公开网站,我区主动公开信息30条。\n",  # a verb before 区 is no name
])
def test_no_county_is_taken_from_a_mention_that_is_not_the_reports_own(text):
    assert _meta(text).place is None


@pytest.mark.parametrize("text, body, level", [
    ("本报告由云岭省地震局办公室编制并依法公开。\n一、总体情况\n", "云岭省地震局", "department"),
    ("特编制2023年度青川县柳溪乡人民政府办公室信息公开年度报告。\n一、总体情况\n", "青川县柳溪乡人民政府", "town"),
    ("青川县人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n", "青川县人民政府办公室", "department"),
])
def test_an_office_of_a_town_or_department_stands_for_it(text, body, level):
    m = _meta(text)
    assert (m.body, m.level) == (body, level)


@pytest.mark.parametrize("name, place", [
    ("荆州开发区", "荆州开发区"), ("赣州经济技术开发区党群工作部", "赣州经济技术开发区"),
    ("上海市浦东新区人民政府", "浦东新区"), ("长沙市开福区人民政府", "开福区"),
])
def test_a_zone_without_a_name_of_its_own_is_named_by_the_city_before_it(name, place):
    assert place_of(name) == place


@pytest.mark.parametrize("text", [
    "一、总体情况\n本报告统计期限为2025年1月1日至12月31日。全年公开信息37条,其中政策文件10条,2024年度政府信息公开工作报告1条。\n",
    "一、总体情况\n本报告统计期限为2025年1月1日至12月31日。规范公开青石镇2024年政府信息公开工作年报。\n",
])
def test_last_years_report_named_as_a_document_published_is_no_title(text):
    assert _meta(text).year == 2025


def test_a_year_compared_with_is_not_the_year_covered():
    text = "一、总体情况\n政府网站累计主动公开信息130条(较2024年增长145%),2025年我街道持续推进公开。\n"
    assert _meta(text).year == 2025


def test_a_title_announced_as_published_is_still_the_title():
    assert _meta("特向社会公布2025年度云岭市民族与宗教事务局政府信息公开年度报告。\n一、总体情况\n").year == 2025


@pytest.mark.parametrize("name, place", [
    ("阿尔山市乡村振兴局", "阿尔山市"),
    ("路北区住房和城乡建设局", "路北区"),
    ("宋店乡人民政府", "宋店乡"),
    ("浙江省市场监督管理局", "浙江省"),
    ("汉中市城市管理局", "汉中市"),
    ("某某市民政局", "某某市"),
    ("某某县城市管理局", "某某县"),
    ("某某市市容环境卫生管理局", "某某市"),
    ("盐城市城市管理局", "盐城市"),
    ("聊城市市场监督管理局", "聊城市"),
])
def test_a_unit_char_that_belongs_to_a_word_of_the_departments_name_ends_no_place(name, place):
    assert place_of(name) == place


def test_a_department_named_in_its_sentences_when_it_calls_itself_our_bureau():
    meta = _meta("根据《中华人民共和国政府信息公开条例》要求,现公布2022年某某县自然资源和规划局政府信息公开工作情况。\n"
                 "一、总体情况\n2022年,在县委、县政府的正确领导下,我局认真贯彻落实《条例》,全年主动公开政府信息50条。\n")
    assert meta.body == "某某县自然资源和规划局"
    assert meta.level == "department"
    assert meta.place == "某某县"


def test_a_department_named_twice_where_the_report_speaks_of_no_town_or_county():
    meta = _meta("本年度报告根据《条例》编制。如对本报告有疑问,请与某某县人力资源和社会保障局联系。\n一、总体情况\n"
                 "2023年,某某县人力资源和社会保障局认真贯彻落实《条例》,结合本单位实际,主动公开政府信息80条。\n")
    assert meta.body == "某某县人力资源和社会保障局"
    assert meta.level == "department"


def test_a_department_by_its_short_name_at_the_start_of_its_sentences():
    meta = _meta("一、总体情况\n市教委坚持以公开为常态。2023年,全年主动公开政府信息300条。\n市教委高度重视政府信息公开工作。\n")
    assert meta.body == "市教委"


def test_a_department_named_in_a_towns_report_is_not_its_body():
    meta = _meta("一、总体情况\n2022年,我镇在某某县文化和旅游局的指导下,主动公开政府信息40条。某某县文化和旅游局还组织了培训。\n")
    assert meta.body is None or not meta.body.endswith("局")


def test_a_high_tech_zone_named_as_the_subject_of_its_report_is_its_place():
    meta = _meta("一、总体情况\n2023年,临沂高新区坚持以公开为常态,全年主动公开政府信息120条。我区未收到政府信息公开申请。"
                 "临沂高新区将继续做好政务公开工作。\n")
    assert meta.place == "临沂高新区"


def test_and_before_a_city_government_names_no_city():
    meta = _meta("根据《条例》规定和市政府要求,现将燕郊高新区2025年政府信息公开工作情况报告如下。\n一、总体情况\n"
                 "2025年,燕郊高新区主动公开政府信息50条。\n")
    assert "市政府" not in (meta.body or "") and "和市" not in (meta.place or "")


def test_a_street_that_compiled_the_report_is_its_place():
    meta = _meta("本报告是根据《条例》要求,由北京市东城区安定门街道编制的2011年度政府信息公开年度报告。\n一、概述\n"
                 "2011年,我街道主动公开政府信息30条。\n")
    assert meta.place == "安定门街道"
    assert meta.level == "street"


def test_a_department_in_the_publisher_field_where_the_report_speaks_of_no_body():
    meta = _meta("索引号: | 002565291/2025-00009 | 成文日期: | 2025-01-13 |\n文件编号: | 发布机构: | 某某市政务服务管理办公室 |\n"
                 "根据《条例》规定编制本报告。本报告中所列数据统计期限为2024年1月1日至12月31日。\n一、总体情况\n"
                 "2024年,主动公开政府信息100条。\n")
    assert meta.body == "某某市政务服务管理办公室"
    assert meta.level == "department"


def test_a_zone_committees_office_in_the_publisher_field_is_no_body():
    meta = _meta("发布机构: 某某综合实验区管委会办公室\n某某综合实验区2024年政府信息公开工作年度报告\n一、总体情况\n"
                 "2024年,实验区主动公开政府信息100条。\n")
    assert meta.body is None or not meta.body.endswith("办公室")


def test_a_short_name_said_twice_is_given_in_full_where_the_text_names_it_so():
    meta = _meta("本报告结合我单位实际撰写。如对本报告有疑问,请与某某市医疗保障局联系。\n一、总体情况\n"
                 "2021年,市医疗保障局认真贯彻落实《条例》。市医疗保障局在信息公开网主动公开信息50条。\n")
    assert meta.body == "某某市医疗保障局"


def test_a_field_label_before_the_title_is_no_part_of_the_place():
    meta = _meta("标      题 云岭地区2022年度政府信息公开工作年度报告 索引号 000014349/2023-00001\n"
                 "云岭地区2022年度政府信息公开工作年度报告\n一、总体情况\n2022年,全年主动公开政府信息50条。\n")
    assert meta.place == "云岭地区"


def test_a_short_name_in_a_documents_number_is_no_body():
    meta = _meta("按照《关于做好2020年政府信息公开工作年度报告的通知》(云市政公办发﹝2020﹞13号)规定,结合我办工作实际,"
                 "编制本报告。\n一、总体情况\n2020年,我办主动公开信息19件。\n")
    assert meta.body != "云市政公办"
    assert meta.place != "云市"


@pytest.mark.parametrize("sentence", [
    "今年共回复市政府公开信箱来信20件。",
    "建立卧佛镇信息依申请公开工作流程,及时更新卧佛镇政府信息依申请公开指南。",
])
def test_a_verb_before_a_name_is_no_part_of_it(sentence):
    meta = _meta("根据《条例》要求编制本报告。\n一、总体情况\n" + sentence + "\n")
    assert not (meta.body or "").startswith(("共回复", "时更新"))
    assert not (meta.place or "").startswith(("共回复", "时更新"))


def test_a_name_is_not_cut_inside_guanweihui():
    meta = _meta("本报告由云岭新区空港新城管委会办公室编成。报告电子版通过云岭新区空港新城管委会门户网站浏览。"
                 "如有疑问,请与云岭新区空港新城管委会党委联系。\n一、总体情况\n2019年,主动公开政府信息50条。\n")
    assert not (meta.body or "").endswith("管委")


def test_a_department_compiling_the_report_by_its_short_name():
    meta = _meta("本年度报告根据《条例》要求,由市教育局编制。如对本年度报告有任何疑问,请与云岭市教育局联系。\n"
                 "一、总体情况\n2018年,全市主动公开政府信息120条。\n")
    assert meta.body == "云岭市教育局"
    assert meta.level == "department"
    meta = _meta("本年度报告根据《条例》要求,由区民政局编制。\n一、总体情况\n2018年,全区主动公开政府信息120条。\n")
    assert meta.body == "区民政局"
    assert meta.level == "department"


@pytest.mark.parametrize("title, body, place", [
    ("和政县罗家集镇人民政府", "和政县罗家集镇人民政府", "罗家集镇"),
    ("会宁县人民政府", "会宁县人民政府", "会宁县"),
])
def test_county_names_holding_an_organs_char(title, body, place):
    meta = _meta(title + "2025年政府信息公开工作年度报告\n一、总体情况\n2025年,主动公开政府信息50条。\n")
    assert (meta.body, meta.place) == (body, place)


def test_a_department_opening_the_overview_as_its_subject_is_the_body():
    meta = _meta("本报告根据《条例》编制。\n一、总体情况\n2023年,云岭市民政局深入贯彻落实《条例》,主动公开政府信息50条。\n")
    assert (meta.body, meta.place, meta.level) == ("云岭市民政局", "云岭市", "department")
    # a department named later in the overview, once, is no body
    meta = _meta("本报告根据《条例》编制。\n一、总体情况\n2023年,主动公开政府信息50条,转发云岭市民政局文件3件。\n")
    assert meta.body is None


@pytest.mark.parametrize("opening, body", [
    ("一、总体情况\n2024年,市卫健委坚持以人民为中心,认真贯彻《条例》。", "市卫健委"),
    ("一、总体情况\n县文化和旅游局高度重视政府信息公开工作。", "县文化和旅游局"),
    ("2023年,云岭市自然资源局认真落实政务公开各项要求。", "云岭市自然资源局"),
    ("一、总体情况\n2022年,云岭区政府办公室深入推进政务公开。", "云岭区政府办公室"),
    ("一、总体情况\n2022年,云岭经济开发区管委会深入推进政务公开。", "云岭经济开发区管委会"),
])
def test_a_department_or_zone_opening_the_overview_by_any_name_is_the_body(opening, body):
    meta = _meta(opening + "全年主动公开政府信息80条。\n二、主动公开政府信息情况\n")
    assert meta.body == body
    assert meta.level == ("county" if body.endswith("管委会") else "department")


def test_a_department_opening_the_overview_by_its_short_name_is_given_in_full_where_named_so():
    meta = _meta("一、总体情况\n2024年,市医疗保障局坚持依法公开。如对本报告有疑问,请与云岭市医疗保障局办公室联系。\n")
    assert meta.body == "云岭市医疗保障局"
    assert meta.place == "云岭市"


def test_a_town_or_a_heading_opening_the_overview_names_no_department():
    assert _meta("一、总体情况\n2024年,云岭镇高度重视政务公开,主动公开信息80条。\n").level == "town"
    meta = _meta("一、总体情况\n平台建设情况区水利局认真落实。\n")
    assert meta.body != "平台建设情况区水利局"


def test_a_zones_own_office_governs_it_as_a_county():
    meta = _meta("一、总体情况\n2024年,云岭高新区党政办公室认真落实政务公开要求,主动公开信息80条。\n")
    assert meta.body == "云岭高新区党政办公室"
    assert meta.level == "county"


@pytest.mark.parametrize("title", ["市政府办公室", "区民政局", "县农业农村局"])
def test_a_department_titled_by_its_short_name(title):
    meta = _meta(f"{title}2024年度政府信息公开工作年度报告\n一、总体情况\n2024年,主动公开政府信息80条。\n")
    assert meta.body == title
    assert meta.level == "department"


def test_a_short_name_in_a_title_is_given_in_full_where_the_report_names_it_so():
    meta = _meta("市气象局2017年政府信息公开工作年度报告\n一、总体情况\n如对本报告有疑问,请与云岭市气象局办公室联系。\n")
    assert meta.body == "云岭市气象局"


def test_a_notice_cited_without_its_opening_bracket_names_no_body_and_no_title():
    meta = _meta("2021年,在镇党委的领导下,云岭镇将政府信息公开纳入日常工作。根据云岭省人民政府办公厅关于政府信息公开"
                 "工作年度报告有关要求的通知》要求,现将情况报告如下。\n一、总体情况\n云岭镇主动公开政府信息80条。\n")
    assert meta.body != "云岭省人民政府办公厅"
    assert (meta.place, meta.level) == ("云岭镇", "town")


def test_a_town_whose_name_begins_with_a_function_char_keeps_it():
    meta = _meta("对坊乡2023年政府信息公开工作年度报告\n如对本报告有任何疑问,请与对坊乡人民政府办公室联系。\n"
                 "一、总体情况\n2023年,我乡主动公开政府信息80条。\n")
    assert (meta.body, meta.place, meta.level) == ("对坊乡人民政府", "对坊乡", "town")


def test_a_supply_cooperative_union_that_calls_itself_wo_she_is_a_department():
    meta = _meta("本报告由本单位编制。如对本报告有任何疑问,请联系云岭区供销合作社联合社(联系地址:云岭区某路4号)。\n"
                 "一、总体情况\n2016年,我社按照《条例》要求,主动公开政府信息20条。\n")
    assert (meta.body, meta.level) == ("云岭区供销合作社联合社", "department")


def test_towns_in_general_and_a_bare_autonomous_region_are_no_place():
    meta = _meta("一、总体情况\n我县共有8个镇政府和50多个行政单位。按照国家、自治区关于政务公开的要求,全县主动公开信息800条。\n")
    assert meta.body is None
    assert meta.place not in ("个镇", "自治区")


def test_a_short_name_opening_the_overview_gives_way_to_the_full_name_the_report_gives():
    meta = _meta("本报告由云岭省机关事务管理局根据《条例》编制。如有疑问,可与云岭省机关事务管理局办公室联系。\n"
                 "一、总体情况\n2022年,省机关事务局坚持依法公开,主动公开信息50条。\n")
    assert meta.body == "云岭省机关事务管理局"


@pytest.mark.parametrize("opening, place, level", [
    ("2025年,云岭市坚持以人民为中心,深入推进政务公开。", "云岭市", "city"),
    ("2023年,石桥镇认真落实《条例》要求。", "石桥镇", "town"),
])
def test_a_place_opening_the_overview_as_its_subject_is_the_reports_own(opening, place, level):
    meta = _meta("根据《条例》编制本报告。\n一、总体情况\n" + opening + "全年主动公开政府信息80条。\n")
    assert (meta.body, meta.place, meta.level) == (None, place, level)


def test_the_place_the_reports_own_documents_are_named_for():
    meta = _meta("一、总体情况\n2023年,我街认真落实政府信息公开工作,制定了《石桥街道政府信息依申请公开工作方案》。\n")
    assert (meta.place, meta.level) == ("石桥街道", "street")
    meta = _meta("一、总体情况\n2023年,我街认真落实《云岭县政务公开办法》和《石桥街道工作方案》。\n")
    assert meta.place == "石桥街道"  # the county's document is no place of a street's level
    meta = _meta("一、总体情况\n2023年,我街落实了《石桥街道工作方案》《白沙街道工作方案》。\n")
    assert meta.place is None  # two streets named: not known which is its own


def test_a_publisher_field_naming_a_bare_town_gives_the_place_and_rules_out_the_sites_owner():
    meta = _meta("发布机构: | 石桥镇 | 成文日期: | 2021-01-25 |\n根据《条例》要求,我镇编制2020年度报告。本报告的电子版可以在"
                 "“云岭市江北区人民政府”网站下载。如有疑问请与云岭市江北区人民政府联系。\n一、总体情况\n我镇主动公开信息20条。\n")
    assert (meta.body, meta.place, meta.level) == (None, "石桥镇", "town")


def test_and_the_city_after_other_words_names_no_body():
    meta = _meta("一、总体情况\n规范性文件制定后及时向同级人大和市政府报备。\n")
    assert meta.body is None and meta.place != "同级人大和市"


def test_a_county_whose_name_begins_with_a_function_char_keeps_it():
    meta = _meta("于田县科克亚乡人民政府2025年政府信息公开工作年度报告\n一、总体情况\n2025年,我乡主动公开信息20条。\n")
    assert (meta.body, meta.place) == ("于田县科克亚乡人民政府", "科克亚乡")
    assert _meta("一、总体情况\n对全县各部门的公开工作进行检查,全县主动公开信息20条。\n").body is None


def test_a_department_opening_the_first_line_that_opens_with_the_year_is_the_body():
    meta = _meta("2025年云岭新区政府信息公开工作年度报告\n发布日期:2026-01-26 10:03 浏览次数:\n"
                 "2025年,云岭新区管委会全面贯彻《条例》,主动公开信息80条。\n")
    assert (meta.body, meta.level) == ("云岭新区管委会", "county")


def test_a_source_field_naming_a_department_by_its_short_name():
    meta = _meta("云岭政府网 2014年2月19日 来源:市农业局 点击率:\n一、信息公开工作概述\n二、主动公开政府信息情况\n"
                 "2013年,新增主动公开政府信息769条。\n")
    assert (meta.body, meta.level) == ("市农业局", "department")


def test_a_town_named_with_cheng_before_its_xiang_ends_at_the_xiang():
    meta = _meta("龙陵县木城乡人民政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年,我乡主动公开信息20条。\n")
    assert (meta.place, meta.level) == ("木城乡", "town")
    assert place_of("云岭县住房和城乡建设局") == "云岭县"


def test_the_committee_of_an_economic_zone_governs_it_as_a_county():
    meta = _meta("云岭市临空经济区管理委员会2020年政府信息公开工作年度报告\n一、总体情况\n2020年,主动公开信息20条。\n")
    assert (meta.body, meta.level) == ("云岭市临空经济区管理委员会", "county")


def test_a_street_named_for_its_road_whatever_chars_the_road_holds():
    assert chain("白银市平川区红会路街道") == ["白银市", "平川区", "红会路街道"]
    m = _meta("云岭市青川区红会路街道办事处 2021年度政府信息公开工作年度报告\n来源: | 青川区人民政府 |\n"
              "2021年,红会路街道深入贯彻落实条例。\n")
    assert (m.body, m.place, m.level) == ("云岭市青川区红会路街道办事处", "红会路街道", "street")


@pytest.mark.parametrize("text, body, place, level", [
    ("本年度报告由云岭市青川区人民政府桃溪街道党政办公室综合科编制。\n一、总体情况\n2023年,街道持续推进公开工作。\n",
     "云岭市青川区人民政府桃溪街道", "桃溪街道", "street"),
    ("如对报告有任何疑问,请与青川区人民政府石门镇办公室联系。\n一、总体情况\n2019年,我镇认真落实条例。\n",
     "青川区人民政府石门镇", "石门镇", "town"),
])
def test_a_town_named_right_after_its_countys_government(text, body, place, level):
    m = _meta(text)
    assert (m.body, m.place, m.level) == (body, place, level)


def test_a_county_report_with_its_office_as_compiler_stays_the_countys():
    m = _meta("本报告由云岭市青川区人民政府办公室编制。\n一、总体情况\n2023年,我区持续推进公开工作。\n")
    assert (m.body, m.place) == ("云岭市青川区人民政府办公室", "青川区")


def test_a_title_naming_a_street_by_jie_alone():
    m = _meta("青川区桃溪街2014年政府信息公开年度报告\n2014年,桃溪街道在区委区政府的领导下推进公开工作。\n")
    assert (m.place, m.level) == ("桃溪街道", "street")


@pytest.mark.parametrize("text, place", [
    ("市教委2023年政府信息公开工作年度报告\n一、总体情况\n2023年,市教委认真贯彻云岭市人民政府部署,主动公开信息200条。\n",
     "云岭市"),
    ("区水利局2016年政府信息公开工作年度报告\n一、总体情况\n2016年,按照山东省政府和青川区政府办公室要求,我局主动公开信息50条。\n",
     "青川区"),
])
def test_a_departments_place_is_the_government_it_names(text, place):
    m = _meta(text)
    assert (m.level, m.place) == ("department", place)


def test_two_places_named_as_often_leave_a_departments_place_unsaid():
    m = _meta("市统计局2021年政府信息公开工作年度报告\n一、总体情况\n按照云岭市民政局和石城市教育局要求,我局主动公开信息50条。\n")
    assert (m.level, m.place) == ("department", None)


def test_a_street_named_after_yi_in_a_sentence_is_no_place_with_it():
    m = _meta("(一)制度化公开信息。成立政务公开工作领导小组,以街道办事处主任为组长。\n2019年,洛浦街主动公开信息100条。\n")
    assert m.place != "以街道"


def test_a_compilers_place_printed_twice_is_read_once():
    m = _meta("本报告是由云岭市青川区云岭市青川区发展和改革委员会编制的2010年度政府信息公开年度报告。\n一、概述\n2010年,我委主动公开信息30条。\n")
    assert (m.body, m.place, m.level) == ("云岭市青川区发展和改革委员会", "青川区", "department")


def test_the_counties_and_districts_in_general_are_no_place():
    m = _meta("二、主动公开政府信息情况\n2016年,区市县人民政府、先导区管委会及其组成部门主动公开政府信息13607条。\n")
    assert m.place is None or "区市县" not in m.place


def test_a_title_named_after_a_verb_of_putting_it_online_leaves_the_verb_out():
    m = _meta("一、总体情况\n全年网站发布工作动态31条,按时上传青川市发展和改革委员会2024年政府信息公开工作年度报告。\n")
    assert (m.body, m.place) == ("青川市发展和改革委员会", "青川市")


def test_a_town_whose_first_char_is_one_of_the_words_that_end_a_name():
    m = _meta("一、总体情况\n本报告由登丰市告成镇人民政府编制。2017年,全镇推进公开工作。\n")
    assert m.place == "告成镇" and m.level == "town"


def test_a_verb_of_reporting_before_a_body_is_no_part_of_its_name():
    m = _meta("一、总体情况\n群众可通过来信等方面反映重庆市荣丰区盘石镇人民政府信息公开工作中的问题。\n")
    assert m.body == "重庆市荣丰区盘石镇人民政府"


def test_an_area_office_is_at_a_streets_level():
    m = _meta("2012年北京市朝阳区三间坊地区办事处政府信息公开工作年度报告\n一、概述\n本报告由地区办事处编制。\n")
    assert (m.place, m.level) == ("三间坊地区", "street")


def test_a_government_named_as_what_was_received_from_is_no_body():
    m = _meta("一、总体情况\n2025年,我办坚持公开为常态。全年收到市政府转办事项3件。\n")
    assert m.body is None


def test_a_street_called_jie_named_on_a_line_of_its_own_keeps_its_whole_name():
    m = _meta("佳和里街2021年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开\n全街主动公开政府信息66件。\n")
    assert m.place == "佳和里街"



def test_a_copy_cut_to_start_at_a_numbered_heading_with_its_figures_is_a_report(tmp_path):
    import nianbao

    text = ("(一)公开的主要内容\n2009年,某部主动公开政府信息1192条。其中,政策法规类信息2条,其他业务工作类信息1190条。\n"
            "截止2009年12月底,某部已主动公开政府信息8400多条。\n")
    path = tmp_path / "cut.txt"
    path.write_text(text, encoding="utf-8")
    report = nianbao.extract(str(path))
    assert any(f.metric == "active.total" and f.value == 1192 for f in report.facts)


def test_a_title_calling_it_the_years_disclosure_report_without_annual_is_a_report(tmp_path):
    import nianbao

    text = ("您当前的位置:首页 > 政府信息公开 > 年度报告\n\n某某园2017年信息公开报告\n\n"
            "2017年,某某园全面贯彻落实条例,做好政务信息公开工作。全年公布政府概况1条,公示公告11条,工作动态32条。\n")
    path = tmp_path / "titled.txt"
    path.write_text(text, encoding="utf-8")
    assert nianbao.extract(str(path)).year == 2017


def test_a_department_compiling_the_report_over_the_government_whose_site_posted_it():
    text = ("| 索引号 | 1233/2018-1 | 发布机构 | 某某市政府 | 公开范围 | 全部公开 |\n一、概述\n"
            "本年度报告是根据《中华人民共和国政府信息公开条例》要求,由某某市档案局编制。\n"
            "二、主动公开政府信息情况\n2017年,我局主动公开政府信息40条。\n")
    doc = read_bytes(text.encode("utf-8"), "posted.txt")
    meta = read_metadata(doc, find_sections(doc))
    assert (meta.body, meta.level) == ("某某市档案局", "department")


def test_a_towns_own_office_posting_its_report_leaves_it_the_towns():
    """A town's or street's 党政办公室 / 综合办公室 has no reports of its own: the report is its town's."""
    for field, place, level in (("某溪镇党政办公室", "某溪镇", "town"), ("某亭街道综合办公室", "某亭街道", "street")):
        text = (f"| 发布机构 | {field} | 发布日期 | 2024-01-18 |\n{place}2023年政府信息公开工作年度报告\n一、总体情况\n"
                "2023年,主动公开政府信息120条。\n")
        doc = read_bytes(text.encode("utf-8"), "office.txt")
        meta = read_metadata(doc, find_sections(doc))
        assert (meta.place, meta.level) == (place, level), field


def test_a_zone_committees_own_office_governs_it_as_a_county():
    text = ("某林高新区管委会党政办公室2021年政府信息公开工作年度报告\n时间:2022-01-17\n"
            "2021年,某林高新区按照条例要求,主动公开政府信息88条。\n")
    doc = read_bytes(text.encode("utf-8"), "zone.txt")
    meta = read_metadata(doc, find_sections(doc))
    assert meta.level == "county"


def test_a_town_or_street_whose_name_ends_in_an_organs_char():
    """新政镇, 水部街道, 三会乡: 政, 部 and 会 end the name here, not an organ's word."""
    assert chain("云岭县新政镇") == ["云岭县", "新政镇"]
    assert chain("青川区水部街道") == ["青川区", "水部街道"]
    assert chain("某县政府") is None
    m = _meta("首页>政务公开>乡镇(街道)>新政镇人民政府\n\n云岭县新政镇2023年政府信息公开工作年度报告\n"
              "来源:新政镇人民政府\n一、总体情况\n2023年,新政镇主动公开信息33条。\n")
    assert (m.place, m.level) == ("新政镇", "town")


def test_a_sites_column_named_for_the_reports_is_no_title():
    m = _meta("本报告根据条例制作。全文包括云岭县和胜乡人民政府信息公开总体情况等六部分。本报告电子版可在"
              "“云岭县政府网站政府信息公开年报栏目”查阅。如有意见,请与云岭县和胜乡人民政府政务公开办公室联系。\n"
              "一、总体情况\n2023年,我乡主动公开政府信息60条。\n")
    assert (m.place, m.level) == ("和胜乡", "town")


def test_the_government_of_the_site_above_a_town_speaking_of_itself_is_not_its_body():
    """The county's banner opens the page; the report speaks of 我镇 and names its town: the town's report."""
    m = _meta("云岭市青川区人民政府\n2019年12月3日星期二\n按照条例要求,某旺镇紧扣中心工作,持续提升政务公开水平。"
              "现将2025年工作情况报告如下:\n一、总体情况\n我镇全年主动公开政府信息85条。\n")
    assert (m.body, m.place, m.level) == (None, "某旺镇", "town")


@pytest.mark.parametrize("title, body, place", [
    ("某华科技产业园管理委员会2022年度政府信息公开工作年度报告", "某华科技产业园管理委员会", "某华科技产业园"),
    ("某银产业园管理委员会2025年政府信息公开工作年度报告", "某银产业园管理委员会", "某银产业园"),
])
def test_the_committee_of_a_park_governs_it_as_a_county(title, body, place):
    m = _meta(title + "\n一、总体情况\n2025年,主动公开政府信息46条。\n")
    assert (m.body, m.place, m.level) == (body, place, "county")


@pytest.mark.parametrize("text, body, place", [
    ("某兰浩特市新城街办事处2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我街主动公开政府信息60条。\n",
     "某兰浩特市新城街办事处", "新城街"),
    ("一、总体情况\n2024年,大源街严格按照区委、区政府的工作部署要求,主动公开政府信息60条。\n", None, "大源街"),
])
def test_a_street_called_jie_is_a_street(text, body, place):
    """Streets called …街 (新城街办事处, 广州的大源街): the street's place and level, not the city's."""
    m = _meta(text)
    assert (m.body, m.place, m.level) == (body, place, "street")


def test_a_high_street_is_no_street_office():
    assert _meta("一、总体情况\n2024年,中山大街严格按照要求公开信息。\n").level is None


def test_a_resort_zone_is_a_unit_whose_name_holds_the_char_of_a_year():
    """莲花山度假区: 度 of 度假区 is no 年度 that ends a name."""
    m = _meta("某花山度假区住房保障和城乡建设局2025年政府信息公开工作年度报告\n一、总体情况\n2025年,我局主动公开信息28条。\n")
    assert (m.body, m.place, m.level) == ("某花山度假区住房保障和城乡建设局", "某花山度假区", "department")


@pytest.mark.parametrize("title, body, place", [
    ("某阳市人民政府(市人民政府办公厅)2021年政府信息公开工作年度报告", "某阳市人民政府(市人民政府办公厅)", "某阳市"),
    ("现公布某盘水市人民政府(市人民政府办公室)2023年政府信息公开工作年度报告。", "某盘水市人民政府(市人民政府办公室)", "某盘水市"),
])
def test_a_government_printed_with_its_office_in_brackets_is_the_government(title, body, place):
    """The government issues the report its office compiled: the body as printed, bracket and all, of the
    government's level."""
    m = _meta(title + "\n一、总体情况\n2021年,全市主动公开政府信息5000条。\n")
    assert (m.body, m.place, m.level) == (body, place, "city")


def test_the_issuer_of_a_notice_followed_is_not_the_reports_body():
    m = _meta("根据《中华人民共和国政府信息公开条例》和某台县人民政府办公室的通知要求,结合我乡实际,现将2011年政府信息"
              "公开情况作报告如下。\n一、概述\n2011年我乡公开信息共计36条。\n")
    assert (m.body, m.level) == (None, "town")


def test_a_government_one_may_apply_to_is_named_without_the_verb():
    m = _meta("公民、法人或者其他组织可申请某石镇人民政府主动公开以外的政府信息。\n一、总体情况\n2023年,我镇主动公开政府信息60条。\n")
    assert (m.body, m.place) == ("某石镇人民政府", "某石镇")


@pytest.mark.parametrize("title, body, place, level", [
    ("依据某山区司法局2010年政府信息公开工作年度报告", "某山区司法局", "某山区", "department"),
    ("新葡京博彩官网某花街道2020年政府信息公开工作年度报告", None, "某花街道", "street"),
    ("新葡京博彩官网区人民政府某京街道办事处2020年政府信息公开工作年度报告", "某京街道办事处", "某京街道", "street"),
    ("某江市熊口管理区2025年政府信息公开工作年度报告", None, "熊口管理区", "town"),
])
def test_words_and_brands_before_a_name_and_a_management_district(title, body, place, level):
    """依据 is no part of a body's name, nor a gambling brand a mirror page ran in where the county's name
    stood; a 管理区 (熊口管理区) is a town-level unit."""
    m = _meta(title + "\n一、总体情况\n2020年,主动公开政府信息60条。\n")
    assert (m.body, m.place, m.level) == (body, place, level)


def test_a_pages_toolbar_run_in_before_the_title_is_no_part_of_the_body():
    m = _meta("繁体长者模式长者模式区政务服务办2025年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息115条。\n")
    assert m.body == "区政务服务办"


@pytest.mark.parametrize("name, place", [("铜川市陈炉古镇景区管理委员会", "陈炉古镇景区"), ("潜江市熊口管理区", "熊口管理区"),
                                         ("管理区", None), ("新区", None)])
def test_a_zones_kind_alone_names_no_place(name, place):
    assert place_of(name) == place


def test_a_zone_called_by_its_short_name_is_named_in_full_where_the_report_prints_it():
    m = _meta("经开区2025年政府信息公开工作年度报告\n本年度报告由长春经济技术开发区政务服务局编制。\n一、总体情况\n全年主动公开信息10条。\n")
    assert m.place == "长春经济技术开发区"


def test_a_department_named_in_the_title_without_a_place_is_the_body_as_printed():
    m = _meta("教育局2019年政府信息公开工作年度报告\n一、总体情况\n2019年,教育局坚持以习近平新时代中国特色社会主义思想为指导。\n")
    assert (m.body, m.level) == ("教育局", "department")
    m = _meta("管理委员会2019年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息5条。\n")
    assert m.body is None  # a committee's kind alone names no organ


def test_a_sites_dialog_on_leaving_it_names_no_body():
    m = _meta("您访问的链接即将离开“海淀区人民政府”门户网站\n是否继续?\n依据《条例》编制本报告。\n一、总体情况\n"
              "2022年,我局严格按照《条例》推进工作。\n")
    assert m.body is None and m.level == "department"


@pytest.mark.parametrize("text, place, level", [
    ("2024年,大源街严格按照区委、区政府的工作部署要求,全面落实《条例》的规定。\n一、总体情况\n全年主动公开信息61条。\n",
     "大源街", "street"),
    ("一、总体情况\n(一)主动公开情况。2022年,银湖湾滨海新区在政府信息公开目录系统公开信息30条。\n", "银湖湾滨海新区", "county"),
    ("本报告统计期限自2024年1月1日至12月31日。若有疑问,可直接与杉城镇办公室联系(联系方式:0598-7832538)。\n"
     "一、总体情况\n全年主动公开信息30条。\n", "杉城镇", "town"),
])
def test_a_place_opening_the_text_or_its_first_part_or_named_to_ask_about_it(text, place, level):
    m = _meta(text)
    assert (m.body, m.place, m.level) == (None, place, level)


def test_a_place_opening_the_overview_after_the_leadership_it_thanks():
    m = _meta("一、总体情况\n2024年,在区委、区政府的正确领导下,林和街认真贯彻落实上级关于政府信息公开的要求。\n"
              "(一)主动公开信息情况\n2024年,林和街通过天河区门户网站公开信息38条。\n")
    assert (m.place, m.level) == ("林和街", "street")


def test_a_title_line_with_its_year_after_the_words_of_disclosure():
    text = ("苏州市某某委员会政府信息公开2010年度报告\n\n根据规定的要求和我委2010年政府信息公开情况,编制本委2011年度政府信息公开报告。\n"
            "一、概述\n2010年主动公开政府信息30条。\n")
    assert [(e.source, e.value) for e in year_evidence(text)][0] == ("title", 2010)
    assert _meta(text).year == 2010


def test_a_header_field_run_into_the_next_field_name():
    """A page's header table flattened (发文机关宋村镇人民政府 主题词): the value ends where the next field's name
    begins, and a bar of links to other governments' sites above it names no body."""
    m = _meta("中国政府网 | 云岭省政府 | 青川市政府\n索引号000014349/2024-03341\n发文字号 发文时间2024-01-10\n"
              "发文机关松溪镇人民政府 主题词\n标题2023年政府信息公开工作年度报告\n一、总体情况\n"
              "一年来,我镇共主动公开政府信息290条。\n")
    assert (m.body, m.place, m.level) == ("松溪镇人民政府", "松溪镇", "town")


@pytest.mark.parametrize("name", ["全州县", "全椒县", "本溪市"])
def test_a_county_whose_name_opens_with_a_word_of_the_whole(name):
    """全 and 本 open the words before a name (全县, 本局) and also a few counties' names: those stay whole."""
    m = _meta(f"{name}2022年政府信息公开工作年度报告\n特向社会公布2022年度{name}政府信息公开年度报告。\n一、总体情况\n"
              "2022年,全县主动公开政府信息300条。\n")
    assert m.place == name


def test_a_breadcrumb_names_a_column_not_the_report():
    """The page's path on its site (网站首页 > 信息公开 > …) names the column the report sits in, which may
    call the place by another unit: the report's own title comes first."""
    m = _meta("网站首页 > 信息公开 >青川县松店镇信息公开年报\n\n青川县松店乡2012年政府信息公开年报\n"
              "本年度报告根据条例要求编制。\n一、概述\n2012年,我乡主动公开政府信息40条。\n")
    assert (m.place, m.level, m.year) == ("松店乡", "town", 2012)


def test_a_government_posting_the_report_of_its_office_named_in_the_title():
    m = _meta("首页 > 政府信息公开>政府信息公开年报\n\n青川县人民政府办公室2021年政府信息公开工作年度报告\n\n"
              "信息索引号 YC04100/2022-00061 发布时间 2022-01-31\n发布机构 青川县人民政府 文号\n"
              "一、总体情况\n2021年,县政府办公室主动公开政府信息300条。\n")
    assert (m.body, m.level) == ("青川县人民政府办公室", "department")


@pytest.mark.parametrize("text", [
    "发布机构:云岭区人民政府\n2023年政府信息公开工作年度报告\n一、总体情况\n"
    "2023年,松江街道党工委、办事处高度重视政务公开工作,我街道主动公开政府信息120条。\n",
    "发文机关:云岭区人民政府\n2023年度松江街道政府信息公开工作年度报告\n一、总体情况\n2023年,我街道主动公开政府信息120条。\n",
    "云岭区人民政府\n2023年政府信息公开工作年度报告\n根据《条例》要求,结合本街道工作实际,编制本报告。\n一、总体情况\n"
    "2023年,街道主动公开政府信息120条,松江街道办事处全年未收到政府信息公开申请。\n",
    "云岭区2023年松江街道政府信息公开工作年度报告\n一、总体情况\n2023年,街道主动公开政府信息120条。\n",
])
def test_a_streets_report_posted_under_its_countys_government(text):
    """The county's government in the field or banner above the title is the site's owner: a report that speaks
    of itself as a street and names one is that street's; in a title naming both, the street is its subject."""
    m = _meta(text)
    assert (m.body, m.place, m.level) == (None, "松江街道", "street")


def test_a_street_office_said_short_is_the_streets_own():
    m = _meta("2023年政府信息公开工作年度报告\n一、总体情况\n2023年,松江街道办坚持公开为常态,主动公开政府信息120条。\n")
    assert (m.body, m.place, m.level) == ("松江街道办", "松江街道", "street")


@pytest.mark.parametrize("text, place", [
    ("市水利局2015年政府信息公开工作年度报告\n今年以来,市水利局主动公开的信息主要通过青川政府信息公开网和本局网站发布。\n"
     "一、概述\n全年主动公开信息120条。\n", "青川市"),
    ("现将统计局2021年政府信息公开年度报告公布如下。\n一、总体情况\n年度通过县政府门户网站主动公开信息42条,"
     "公开文件及时在松山县政府网站发布。按照《宁夏回族自治区政府信息公开申请办理规范》答复申请1件。\n", "松山县"),
])
def test_a_departments_place_from_its_governments_site(text, place):
    """A department that names its place only in its government's site (青川政府信息公开网), or names its
    province and county once each while calling its own government 县政府: the place of the kind it speaks of."""
    m = _meta(text)
    assert (m.place, m.level) == (place, "department")


@pytest.mark.parametrize("text, year", [
    ("一、依申请公开情况\n全年共收到政府信息公开申请86件,办理完成78件,余8件转2023年度办理。\n", 2022),
    ("二、依申请公开\n新收申请100宗;2019年结转政府信息公开申请7宗,均已办结。\n", 2020),
    ("松江政府网 2014年2月19日 来源:市农业局\n一、概述\n2013年,新增主动公开政府信息769条。"
     "全年共举办培训2次,2013年度共收到申请3件。\n", 2013),
])
def test_a_year_told_from_the_text_when_no_title_or_period_names_it(text, year):
    """Without a title or a statistics period, the years of the text: before full dates (a page's day of
    publication is mostly the next year's), and before the years applications were carried to or from."""
    assert _meta(text).year == year


def test_a_town_after_its_countys_short_name():
    """永嘉金溪镇: two chars of the county's name before the town's; the text names the town alone too."""
    m = _meta("根据《条例》要求,现公布青川松溪镇2018年政府信息公开工作年度报告。\n一、概述\n"
              "2018年,松溪镇主动公开政府信息60条。\n")
    assert (m.place, m.level) == ("松溪镇", "town")
    m = _meta("根据《条例》要求,现公布青川松溪镇2018年政府信息公开工作年度报告。\n一、概述\n2018年,我镇主动公开政府信息60条。\n")
    assert m.place == "青川松溪镇"  # never named alone: as printed


@pytest.mark.parametrize("text, body", [
    ("青川区发改局2023年政府信息公开工作年度报告\n一、总体情况\n2023年,青川区发展和改革局主动公开政府信息80条。\n",
     "青川区发展和改革局"),
    ("县科技局2018年政府信息公开工作年度报告\n一、概述\n松山县科学技术局全年主动公开信息40条。\n", "松山县科学技术局"),
    ("青川区发改局2023年政府信息公开工作年度报告\n一、总体情况\n2023年,我局主动公开政府信息80条。\n", "青川区发改局"),
])
def test_a_department_by_its_short_name_is_named_in_full_where_the_report_prints_it(text, body):
    assert _meta(text).body == body


@pytest.mark.parametrize("text, body, place", [
    ("2025年政府信息公开工作年度报告\n本报告统计期限自2025年1月1日起至2025年12月31日止。如对本年度报告有任何疑问,"
     "请联系青川省松山高新技术产业开发区管理委员会(地址:松山市福寿西路379号)。\n一、总体情况\n全年主动公开信息80条。\n",
     "青川省松山高新技术产业开发区管理委员会", "松山高新技术产业开发区"),
    ("2020年政府信息公开工作年度报告\n如对本报告有任何疑问,请与经济开发区管委会党政办公室联系。\n一、总体情况\n"
     "全年主动公开信息80条。\n", "经济开发区管委会", "经济开发区"),
])
def test_a_zones_committee_named_to_ask_about_the_report(text, body, place):
    """A development zone's committee named as the contact, where nothing else names the issuer: the zone's own
    organ (a town or county named there stays the place only)."""
    m = _meta(text)
    assert (m.body, m.place, m.level) == (body, place, "county")


def test_an_ethnic_township_called_short_in_its_title():
    """铜厂乡 in the title, 铜厂彝族乡人民政府 in the text: the township's full name, and its government the body."""
    m = _meta("松厂乡2022年政府信息公开工作\n年度报告\n2022年,松厂彝族乡人民政府在县委、县政府的正确领导下,"
              "始终坚持贯彻落实《条例》。\n一、总体情况\n全年主动公开信息80条。\n")
    assert (m.body, m.place, m.level) == ("松厂彝族乡人民政府", "松厂彝族乡", "town")


@pytest.mark.parametrize("text, level", [
    ("青川市2023年政府信息公开工作年度报告\n本报告由青川市人民政府办公室根据《条例》要求编制。\n一、总体情况\n"
     "2023年,全市主动公开政府信息5000条。\n", "city"),
    ("发布机构:松山县人民政府办公室\n松山县2023年政府信息公开工作年度报告\n一、总体情况\n"
     "2023年,全县主动公开政府信息3000条。\n", "county"),
])
def test_a_governments_report_compiled_by_its_office_is_of_the_places_level(text, level):
    """The title names the place alone: the report is its government's, which its office compiled; the office
    stays the body as printed, the level is the place's (an office named in the title is a department's)."""
    m = _meta(text)
    assert m.level == level and m.body.endswith("人民政府办公室")
    assert _meta("青川市人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息500条。\n").level \
        == "department"
