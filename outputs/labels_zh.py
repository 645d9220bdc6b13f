"""Chinese names for the schema's keys, so that a reader sees the report's own words, not ids.

Table cells are named as the official forms print them (TEMPLATE.md): a cell reference
`t3.granted.natural_person` reads 表三 · 予以公开 · 自然人.
"""

from __future__ import annotations

TABLES = {"t2": "表二", "t2_2019": "表二(2019)", "t3": "表三", "t4": "表四"}

T3_ROWS = {
    "new_received": "一、本年新收政府信息公开申请数量", "carried_over": "二、上年结转政府信息公开申请数量",
    "granted": "(一)予以公开", "partial_grant": "(二)部分公开",
    "deny_state_secret": "不予公开 · 属于国家秘密", "deny_other_law": "不予公开 · 其他法律行政法规禁止公开",
    "deny_three_safety_one_stability": "不予公开 · 危及“三安全一稳定”",
    "deny_third_party": "不予公开 · 保护第三方合法权益", "deny_internal_affairs": "不予公开 · 属于三类内部事务信息",
    "deny_process_info": "不予公开 · 属于四类过程性信息", "deny_enforcement_case_file": "不予公开 · 属于行政执法案卷",
    "deny_admin_query": "不予公开 · 属于行政查询事项", "unable_not_held": "无法提供 · 本机关不掌握相关政府信息",
    "unable_need_creation": "无法提供 · 没有现成信息需要另行制作",
    "unable_unclear_after_correction": "无法提供 · 补正后申请内容仍不明确",
    "noproc_petition_complaint": "不予处理 · 信访举报投诉类申请", "noproc_repeat": "不予处理 · 重复申请",
    "noproc_publication": "不予处理 · 要求提供公开出版物", "noproc_massive_repeat": "不予处理 · 无正当理由大量反复申请",
    "noproc_confirm_or_reissue": "不予处理 · 要求行政机关确认或重新出具已获取信息",
    "other_overdue_correction": "其他处理 · 逾期不补正", "other_overdue_fee": "其他处理 · 逾期未缴纳费用",
    "other_other": "其他处理 · 其他", "other_processing": "(六)其他处理", "total_processed": "(七)总计",
    "carried_forward": "四、结转下年度继续办理",
}
T3_COLUMNS = {"natural_person": "自然人", "commercial_enterprise": "商业企业", "research_institution": "科研机构",
              "public_welfare_org": "社会公益组织", "legal_service_org": "法律服务机构", "other_org": "其他",
              "total": "总计"}
T2_KEYS = {
    "regulations": "规章", "normative_documents": "行政规范性文件", "made": "本年制发件数",
    "repealed": "本年废止件数", "valid": "现行有效件数", "licensing": "行政许可", "punishment": "行政处罚",
    "coercion": "行政强制", "fees_wanyuan": "行政事业性收费(万元)", "new_made": "本年新制作数量",
    "new_published": "本年新公开数量", "total_published": "对外公开总数量",
    "other_admin_services": "其他对外管理服务事项", "prev_items": "上一年项目数量", "change": "本年增/减",
    "decisions": "处理决定数量", "fees": "行政事业性收费", "procurement": "政府集中采购", "items": "采购项目数量",
    "amount": "采购总金额",
}
T4_KEYS = {"review": "行政复议", "litigation_direct": "行政诉讼 · 未经复议直接起诉",
           "litigation_after_review": "行政诉讼 · 复议后起诉", "maintained": "结果维持", "corrected": "结果纠正",
           "other_result": "其他结果", "pending": "尚未审结", "total": "总计"}
SECTIONS = {"overview": "总体情况", "active": "主动公开", "application": "依申请公开", "fees": "收费及减免",
            "review_litigation": "行政复议、行政诉讼", "problems": "存在的问题", "plans": "改进措施",
            "other": "其他需要报告的事项", "tables": "统计表"}
CHECKS = {
    "active.items_sum": "主动公开分项之和", "active.channels_sum": "公开渠道分项之和",
    "t3.row_sum": "表三 行合计", "t3.results_sum": "表三 办理结果合计", "t3.balance": "表三 收结平衡",
    "t4.sum": "表四 合计", "t2.non_negative": "表二 非负", "text_vs_table.received": "正文与表三 新收申请",
    "text_vs_table.completed": "正文与表三 办结", "text_vs_table.review": "正文与表四 行政复议",
    "text_vs_table.litigation": "正文与表四 行政诉讼", "year.consistent": "年份一致",
    "cross_year.carry": "跨年 结转衔接", "cross_year.valid_roll": "跨年 现行有效滚动",
    "cross_year.text_reuse": "跨年 文字重复", "cross_body.text_reuse": "跨机关 内容雷同",
    "completeness.parts": "报告部分齐全", "completeness.tables": "表格齐全", "timeliness.deadline": "按期发布",
}
CATEGORIES = {
    "work_news": "工作动态", "notices": "通知公告", "policy_docs": "政策文件", "interpretation": "政策解读",
    "budget": "财政预决算", "personnel": "人事信息", "services": "办事服务", "organisation": "机构概况",
    "plans": "规划计划", "emergency": "应急管理", "annual_report": "年报", "key_areas": "重点领域", "other": "其他",
}
CHANNELS = {"website": "门户网站", "wechat": "微信", "weibo": "微博", "new_media": "政务新媒体",
            "noticeboard": "公开栏", "print": "报刊资料", "broadcast": "广播电视", "other_channel": "其他方式"}
LEVELS = {"town": "乡镇", "street": "街道", "county": "县区", "city": "市", "province": "省", "department": "部门"}


def table_cell(ref: str) -> str:
    """`t3.granted.natural_person` -> 表三 · (一)予以公开 · 自然人; an unknown key stays as written."""
    table, *keys = ref.split(".")
    if table == "t3":
        names = [T3_ROWS.get(keys[0], keys[0]) if keys else "", *(T3_COLUMNS.get(k, k) for k in keys[1:])]
    elif table == "t4":
        names = [T4_KEYS.get(k, k) for k in keys]
    else:
        names = [T2_KEYS.get(k, k) for k in keys]
    return " · ".join([TABLES.get(table, table), *[n for n in names if n]])


def is_table_ref(ref: str) -> bool:
    return ref.split(".", 1)[0] in TABLES
