"""Table cells named as the report prints them: 表三 “一、本年新收政府信息公开申请数量” 列 “总计”.

The row and column labels are those of the official layouts (国办公开办函〔2019〕60号 and
〔2021〕30号, TEMPLATE.md), with the numbering the reports print, so a finding can be looked up in
the report by its words.
"""

from __future__ import annotations

T3_ROWS = {
    "new_received": "一、本年新收政府信息公开申请数量",
    "carried_over": "二、上年结转政府信息公开申请数量",
    "granted": "(一)予以公开",
    "partial_grant": "(二)部分公开",
    "deny_state_secret": "(三)不予公开 1.属于国家秘密",
    "deny_other_law": "(三)不予公开 2.其他法律行政法规禁止公开",
    "deny_three_safety_one_stability": "(三)不予公开 3.危及“三安全一稳定”",
    "deny_third_party": "(三)不予公开 4.保护第三方合法权益",
    "deny_internal_affairs": "(三)不予公开 5.属于三类内部事务信息",
    "deny_process_info": "(三)不予公开 6.属于四类过程性信息",
    "deny_enforcement_case_file": "(三)不予公开 7.属于行政执法案卷",
    "deny_admin_query": "(三)不予公开 8.属于行政查询事项",
    "unable_not_held": "(四)无法提供 1.本机关不掌握相关政府信息",
    "unable_need_creation": "(四)无法提供 2.没有现成信息需要另行制作",
    "unable_unclear_after_correction": "(四)无法提供 3.补正后申请内容仍不明确",
    "noproc_petition_complaint": "(五)不予处理 1.信访举报投诉类申请",
    "noproc_repeat": "(五)不予处理 2.重复申请",
    "noproc_publication": "(五)不予处理 3.要求提供公开出版物",
    "noproc_massive_repeat": "(五)不予处理 4.无正当理由大量反复申请",
    "noproc_confirm_or_reissue": "(五)不予处理 5.要求行政机关确认或重新出具已获取信息",
    "other_overdue_correction": "(六)其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other_overdue_fee": "(六)其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other_other": "(六)其他处理 3.其他",
    "other_processing": "(六)其他处理",
    "total_processed": "(七)总计",
    "carried_forward": "四、结转下年度继续办理",
}
T3_COLUMNS = {
    "natural_person": "自然人", "commercial_enterprise": "法人或其他组织 商业企业",
    "research_institution": "法人或其他组织 科研机构", "public_welfare_org": "法人或其他组织 社会公益组织",
    "legal_service_org": "法人或其他组织 法律服务机构", "other_org": "法人或其他组织 其他", "total": "总计",
}
T4_BLOCKS = {"review": "行政复议", "litigation_direct": "行政诉讼 未经复议直接起诉",
             "litigation_after_review": "行政诉讼 复议后起诉"}
T4_COLUMNS = {"maintained": "结果维持", "corrected": "结果纠正", "other_result": "其他结果",
              "pending": "尚未审结", "total": "总计"}
T2_ROWS = {"regulations": "规章", "normative_documents": "行政规范性文件", "licensing": "行政许可",
           "other_admin_services": "其他对外管理服务事项", "punishment": "行政处罚", "coercion": "行政强制",
           "fees": "行政事业性收费", "fees_wanyuan": "行政事业性收费", "procurement": "政府集中采购"}
T2_COLUMNS = {"made": "本年制发件数", "repealed": "本年废止件数", "valid": "现行有效件数",
              "new_made": "本年新制作数量", "new_published": "本年新公开数量", "total_published": "对外公开总数量",
              "prev_items": "上一年项目数量", "change": "本年增/减", "decisions": "处理决定数量",
              "items": "采购项目数量", "amount": "采购总金额"}
T2_SINGLE = {"licensing": "本年处理决定数量", "punishment": "本年处理决定数量", "coercion": "本年处理决定数量",
             "fees_wanyuan": "本年收费金额(单位:万元)"}
TABLE_NAMES = {"t2": "表二", "t2_2019": "表二", "t3": "表三", "t4": "表四"}


def cell_name(table: str, row: str | None = None, col: str | None = None) -> str:
    """'表三 “一、本年新收政府信息公开申请数量” 列 “总计”' for ('t3', 'new_received', 'total')."""
    name = TABLE_NAMES.get(table, table)
    if table == "t3":
        row_label, col_label = T3_ROWS.get(row or "", row), T3_COLUMNS.get(col or "", col)
    elif table == "t4":
        row_label, col_label = T4_BLOCKS.get(row or "", row), T4_COLUMNS.get(col or "", col)
    else:
        row_label = T2_ROWS.get(row or "", row)
        col_label = T2_COLUMNS.get(col or "", col) if col else T2_SINGLE.get(row or "")
    out = name
    if row_label:
        out += f" “{row_label}”"
    if col_label:
        out += f" 列 “{col_label}”"
    return out


def metric_name(metric: str) -> str:
    """A dotted cell metric ('t3.new_received.total') named as printed."""
    parts = metric.split(".")
    return cell_name(parts[0], parts[1] if len(parts) > 1 else None, ".".join(parts[2:]) or None)
