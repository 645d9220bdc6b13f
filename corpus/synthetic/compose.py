"""Compose a plausible fictional annual report, deterministic from a seed, with the truth it encodes.

The composer decides the figures first (tables whose identities hold, narrative counts drawn from the
tables), then prints them in one of the official layouts with varied phrasing. Planted source errors
are recorded in the truth as the checks that must fail, derived from the printed figures themselves.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from corpus.synthetic import Block, SyntheticReport

TEMPLATES = ("t2021", "t2019", "narrative")
LEVELS = ("town", "street", "county", "city", "department")
PLANTS = ("t3.row_sum", "t3.results_sum", "t3.balance", "t4.sum", "active.items_sum",
          "text_vs_table.received", "text_vs_table.completed")

# -- fictional names: two syllables from lists of plain characters, never a real gazetteer -------------
_FIRST = "澜青禾溪柏泓岚桐芸琮沅璞枫棠渚岫蔚苓茗筠湄汀芷禺峤珂霁沣崧"
_SECOND = "川坪湾塘源桥埠岭浦溪阳垣口河庄冈畈湖林屿洲泉"
_SUFFIX = {"town": ("镇", "乡"), "street": ("街道",), "county": ("县", "区"), "city": ("市",),
           "department": ("县",)}
_DEPARTMENTS = ("自然资源局", "住房和城乡建设局", "市场监督管理局", "卫生健康委员会", "交通运输局")

# -- the official row labels -----------------------------------------------------------------------------
T3_COLUMNS = ("natural_person", "commercial_enterprise", "research_institution", "public_welfare_org",
              "legal_service_org", "other_org", "total")
_APPLICANTS = T3_COLUMNS[:-1]

DENY_ROWS = (("deny_state_secret", "属于国家秘密"), ("deny_other_law", "其他法律行政法规禁止公开"),
             ("deny_three_safety_one_stability", "危及“三安全一稳定”"),
             ("deny_third_party", "保护第三方合法权益"), ("deny_internal_affairs", "属于三类内部事务信息"),
             ("deny_process_info", "属于四类过程性信息"), ("deny_enforcement_case_file", "属于行政执法案卷"),
             ("deny_admin_query", "属于行政查询事项"))
UNABLE_ROWS = (("unable_not_held", "本机关不掌握相关政府信息"), ("unable_need_creation", "没有现成信息需要另行制作"),
               ("unable_unclear_after_correction", "补正后申请内容仍不明确"))
NOPROC_ROWS = (("noproc_petition_complaint", "信访举报投诉类申请"), ("noproc_repeat", "重复申请"),
               ("noproc_publication", "要求提供公开出版物"), ("noproc_massive_repeat", "无正当理由大量反复申请"),
               ("noproc_confirm_or_reissue", "要求行政机关确认或重新出具已获取信息"))
OTHER_ROWS_2021 = (("other_overdue_correction", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
                   ("other_overdue_fee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
                   ("other_other", "其他"))


def t3_result_rows(template: str) -> list[str]:
    """The 表三 result-row keys of a layout, in printed order (without （七）总计)."""
    other = [k for k, _ in OTHER_ROWS_2021] if template == "t2021" else ["other_processing"]
    return (["granted", "partial_grant"] + [k for k, _ in DENY_ROWS] + [k for k, _ in UNABLE_ROWS]
            + [k for k, _ in NOPROC_ROWS] + other)


# -- narrative vocabulary ----------------------------------------------------------------------------
_ACTIVE_ITEMS = (("工作动态", "工作动态类信息", "政务动态"), ("通知公告", "通知公告类信息"),
                 ("政策文件", "规范性文件"), ("人事信息",), ("财政预决算", "财政资金信息"), ("办事指南",),
                 ("规划计划",), ("机构职能",), ("重点领域信息",), ("应急管理",))
_FILLER = (
    "坚持以公开为常态、不公开为例外，持续深化政务公开工作",
    "对照年度政务公开工作要点，逐项细化任务分工，明确责任人和完成时限",
    "严格落实信息发布保密审查机制，坚持先审查、后公开，一事一审、全程留痕",
    "进一步健全政府信息公开工作机制，由分管领导牵头，党政办公室具体负责",
    "加强公开平台日常维护，及时更新栏目内容，确保信息发布准确、规范",
    "围绕群众关心关注的热点问题，及时发布权威信息，回应社会关切",
    "组织工作人员参加业务培训，提升信息公开工作的规范化水平",
    "将政务公开工作纳入年度目标考核，定期通报工作进展情况",
    "依法依规做好政府信息公开申请的登记、审核、办理、答复和归档工作",
    "持续推进基层政务公开标准化规范化建设，完善公开事项目录",
)
_PROBLEMS = (
    "一是信息公开的及时性还需提高，部分栏目更新不够及时；二是政策解读形式较为单一，解读质量有待提升；"
    "三是工作人员业务能力有待加强。",
    "主要表现在：公开内容的全面性不够，部分重点领域信息公开不够深入；公开平台的互动功能还需完善。",
    "对照上级要求，仍存在公开形式不够丰富、信息更新不够及时等问题。",
)
_IMPROVEMENTS = (
    "下一步，将进一步加强组织领导，完善工作制度，提升公开质量，更好地满足人民群众的信息需求。",
    "针对上述问题，我们将加强业务培训，丰富解读形式，规范公开流程，推动政务公开工作再上新台阶。",
    "今后将持续优化公开栏目设置，加强信息审核把关，切实提高政府信息公开工作水平。",
)

# magnitude of a level's figures: (active total range, applications range, lawsuit chance)
_SCALE = {"town": ((60, 600), (0, 12), 0.15), "street": ((40, 400), (0, 10), 0.15),
          "county": ((400, 4000), (10, 120), 0.5), "city": ((2000, 30000), (100, 2500), 0.9),
          "department": ((50, 800), (0, 40), 0.3)}


def compose(seed: int, template: str = "t2021", body: str | None = None, place: str | None = None,
            level: str = "town", year: int = 2023, *, plant: Iterable[str] = (), vary: bool = True,
            zero_style: str = "0", noise: bool = True) -> SyntheticReport:
    """A fictional report, the same for the same arguments.

    template: t2021 | t2019 | narrative. plant: source errors to print (ids of PLANTS; each is a check that
    must then fail). vary: draw heading and label variants from the seed (False prints the canonical ones).
    zero_style: "0" prints zero cells as 0, "blank" leaves them empty (their truth is then null).
    noise: sprinkle numbers that are no metric (meetings held, trainings) into the prose.
    """
    if template not in TEMPLATES:
        raise ValueError(f"template must be one of {TEMPLATES}, not {template!r}")
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    plant = tuple(plant)
    unknown = set(plant) - set(PLANTS)
    if unknown:
        raise ValueError(f"unknown plant {sorted(unknown)}; known: {PLANTS}")
    if zero_style not in ("0", "blank"):
        raise ValueError("zero_style is '0' or 'blank'")
    rng = random.Random(f"{seed}:{template}:{level}:{year}")
    place, body = _names(rng, level, place, body)
    return _Composer(rng, template, body, place, level, year, plant, vary, zero_style, noise).build()


def _names(rng: random.Random, level: str, place: str | None, body: str | None) -> tuple[str, str]:
    if place is None:
        place = rng.choice(_FIRST) + rng.choice(_SECOND) + rng.choice(_SUFFIX[level])
    if body is None:
        if level == "street":
            body = place + "办事处"
        elif level == "department":
            body = place + rng.choice(_DEPARTMENTS)
        else:
            body = place + "人民政府"
    return place, body


class _Composer:
    def __init__(self, rng, template, body, place, level, year, plant, vary, zero_style, noise):
        self.rng, self.template, self.body, self.place, self.level = rng, template, body, place, level
        self.year, self.plant, self.vary, self.zero_style, self.noise = year, plant, vary, zero_style, noise
        self.blocks: list[Block] = []
        self.facts: list[dict] = []
        self.tables: dict = {}
        self.we = {"town": "我镇", "street": "我街道", "county": "我县", "city": "我市",
                   "department": "我局"}[level]
        if level == "town" and place.endswith("乡"):
            self.we = "我乡"
        if level == "county" and place.endswith("区"):
            self.we = "我区"

    # -- helpers ---------------------------------------------------------------------------------------
    def pick(self, canonical, *variants):
        return self.rng.choice((canonical, *variants)) if self.vary else canonical

    def fact(self, metric: str, value, label: str | None = None, approx: bool = False) -> None:
        self.facts.append({"metric": metric, "label": label, "value": value, "approx": approx})

    def para(self, text: str) -> None:
        self.blocks.append(Block("para", text))

    def heading(self, text: str) -> None:
        self.blocks.append(Block("heading", text))

    def filler(self, n: int) -> str:
        parts = self.rng.sample(_FILLER, n)
        if self.noise and self.rng.random() < 0.6:
            parts.append(f"全年召开专题会议{self.rng.randint(2, 9)}次，开展业务培训{self.rng.randint(1, 5)}场次")
        return "，".join(parts) + "。"

    def cell(self, value) -> str:
        if value == 0 and self.zero_style == "blank":
            return ""
        if isinstance(value, float):
            return f"{value:.2f}".rstrip("0").rstrip(".")
        return str(value)

    def truth_value(self, value):
        return None if value == 0 and self.zero_style == "blank" else value

    # -- the figures -----------------------------------------------------------------------------------
    def draw_figures(self) -> None:
        rng = self.rng
        (alo, ahi), (plo, phi), suit = _SCALE[self.level]
        self.active_total = rng.randint(alo, ahi)
        received = rng.randint(plo, phi)
        self.t3 = self.draw_t3(received)
        self.t4 = self.draw_t4(suit)
        if self.template == "t2021":
            self.t2 = self.draw_t2()
        elif self.template == "t2019":
            self.t2 = self.draw_t2_2019()

    def split(self, total: int, weights: list[float]) -> list[int]:
        """Split a count into parts drawn with the given weights (each unit falls into one part)."""
        parts = [0] * len(weights)
        for _ in range(total):
            parts[self.rng.choices(range(len(weights)), weights)[0]] += 1
        return parts

    def draw_t3(self, received: int) -> dict:
        rng = self.rng
        org_weights = [0.8, 0.1, 0.01, 0.03, 0.04, 0.02]
        new = dict(zip(_APPLICANTS, self.split(received, org_weights)))
        carried = dict(zip(_APPLICANTS, self.split(rng.randint(0, max(received // 8, 0) + (received > 0)),
                                                   org_weights)))
        rows = t3_result_rows(self.template)
        heavy = {"granted": 8, "partial_grant": 2, "unable_not_held": 4, "noproc_repeat": 0.8,
                 "noproc_petition_complaint": 0.6, "deny_process_info": 0.4, "deny_third_party": 0.3,
                 "deny_admin_query": 0.3, "other_other": 0.8, "other_processing": 0.8,
                 "other_overdue_correction": 0.5, "unable_need_creation": 0.4}
        weights = [heavy.get(r, 0.08) for r in rows]
        table: dict[str, dict[str, int]] = {r: {} for r in ["new_received", "carried_over", *rows,
                                                             "total_processed", "carried_forward"]}
        for col in _APPLICANTS:
            available = new[col] + carried[col]
            forward = rng.randint(0, available // 6) if available else 0
            done = available - forward
            for row, n in zip(rows, self.split(done, weights)):
                table[row][col] = n
            table["new_received"][col] = new[col]
            table["carried_over"][col] = carried[col]
            table["total_processed"][col] = done
            table["carried_forward"][col] = forward
        for values in table.values():
            values["total"] = sum(values[c] for c in _APPLICANTS)
        return table

    def draw_t4(self, suit_chance: float) -> dict:
        rng = self.rng
        out = {}
        for block in ("review", "litigation_direct", "litigation_after_review"):
            if rng.random() < suit_chance:
                hi = {"town": 2, "street": 2, "county": 6, "city": 80, "department": 4}[self.level]
                vals = [rng.randint(0, hi) for _ in range(4)]
            else:
                vals = [0, 0, 0, 0]
            out[block] = dict(zip(("maintained", "corrected", "other_result", "pending"), vals))
            out[block]["total"] = sum(vals)
        return out

    def draw_t2(self) -> dict:
        rng = self.rng
        big = self.level in ("city", "county")
        regs_valid = rng.randint(10, 90) if self.level == "city" else 0
        regs_made = rng.randint(0, 5) if regs_valid else 0
        norm_valid = rng.randint(0, 30) + (rng.randint(50, 800) if big else 0)
        return {
            "regulations": {"made": regs_made, "repealed": rng.randint(0, regs_made), "valid": regs_valid},
            "normative_documents": {"made": rng.randint(0, 4 + 40 * big), "repealed": rng.randint(0, 3 + 20 * big),
                                    "valid": norm_valid},
            "licensing": rng.randint(0, 30) + (rng.randint(100, 20000) if big else 0),
            "punishment": rng.randint(0, 20) + (rng.randint(50, 9000) if big else 0),
            "coercion": rng.randint(0, 3) + (rng.randint(0, 500) if big else 0),
            "fees_wanyuan": round(rng.uniform(0, 50), 2) if big and rng.random() < 0.6 else 0,
        }

    def draw_t2_2019(self) -> dict:
        rng = self.rng
        big = self.level in ("city", "county")

        def admin(hi):
            return {"prev_items": rng.randint(0, hi), "change": rng.randint(-3, 5), "decisions": rng.randint(0, hi * 20)}

        made = rng.randint(0, 6 + 30 * big)
        out = {
            "regulations": {"new_made": 0, "new_published": 0, "total_published": 0},
            "normative_documents": {"new_made": made, "new_published": made, "total_published": made + rng.randint(0, 200)},
            "licensing": admin(40 if big else 8), "other_admin_services": admin(20 if big else 5),
            "punishment": admin(30 if big else 4), "coercion": admin(10 if big else 2),
            "fees": {"prev_items": rng.randint(0, 12), "change": rng.randint(-2, 2)},
            "procurement": {"items": rng.randint(0, 40), "amount": round(rng.uniform(0, 900), 2)},
        }
        for key in ("licensing", "other_admin_services", "punishment", "coercion", "fees"):
            out[key]["change"] = max(out[key]["change"], -out[key]["prev_items"])
        if out["procurement"]["items"] == 0:
            out["procurement"]["amount"] = 0
        return out

    # -- planted source errors -----------------------------------------------------------------------
    def plant_errors(self) -> None:
        t3, t4, rng = self.t3, self.t4, self.rng
        k = rng.randint(1, 3)
        if "t3.row_sum" in self.plant:
            # one applicant column grows in 新收, 予以公开 and （七）总计 alike: every column identity still
            # holds, but those rows' printed 总计 stay short by k
            for row in ("new_received", "granted", "total_processed"):
                t3[row]["natural_person"] += k
        if "t3.results_sum" in self.plant:
            # one result row printed higher in a column and in its 总计: rows add up, （七） does not
            t3["granted"]["natural_person"] += k
            t3["granted"]["total"] += k
        if "t3.balance" in self.plant:
            t3["carried_forward"]["natural_person"] += k
            t3["carried_forward"]["total"] += k
        if "t4.sum" in self.plant:
            t4["review"]["total"] += k

    # -- printing --------------------------------------------------------------------------------------
    def build(self) -> SyntheticReport:
        self.draw_figures()
        self.plant_errors()
        rng = self.rng
        title = self.pick(f"{self.body}{self.year}年政府信息公开工作年度报告",
                          f"{self.place}{self.year}年度政府信息公开工作年度报告",
                          f"{self.body}{self.year}年度政府信息公开工作年度报告")
        self.blocks.append(Block("title", title))
        self.para(self.pick(
            "本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和国务院办公厅政府信息与政务公开办公室"
            "关于政府信息公开工作年度报告的有关要求编制。",
            f"根据《中华人民共和国政府信息公开条例》规定，特向社会公布{self.year}年度本机关政府信息公开工作年度报告。")
            + f"本报告中所列数据的统计期限自{self.year}年1月1日起至{self.year}年12月31日止。")
        if self.template == "narrative":
            self.narrative_parts()
        else:
            self.statutory_parts()
        month, day = rng.randint(1, 3), rng.randint(1, 28)
        published = f"{self.year + 1}-{month:02d}-{day:02d}"
        self.blocks.append(Block("signature", self.body))
        self.blocks.append(Block("signature", f"{self.year + 1}年{month}月{day}日"))
        tables = {name: self.tables[name] for name in ("t2", "t2_2019", "t3", "t4") if name in self.tables}
        truth = {"body": self.body, "place": self.place, "level": self.level, "year": self.year,
                 "template": self.template, "complete": True, "facts": self.facts, "tables": tables,
                 "expected_fail": failing_checks(tables, self.facts, self.template),
                 "planted": list(self.plant)}
        return SyntheticReport(body=self.body, place=self.place, level=self.level, year=self.year,
                               published=published, template=self.template, blocks=self.blocks, truth=truth)

    # the active-disclosure sentence, shared by both layouts
    def active_sentence(self) -> str:
        rng = self.rng
        total = self.active_total
        n_items = rng.randint(2, 5)
        chosen = rng.sample(_ACTIVE_ITEMS, n_items)
        labels = [self.pick(*family) if len(family) > 1 else family[0] for family in chosen]
        cuts = sorted(rng.sample(range(1, total), n_items - 1)) if total > n_items else []
        values = [b - a for a, b in zip([0, *cuts], [*cuts, total])] if cuts else [total] + [0] * (n_items - 1)
        if "active.items_sum" in self.plant:
            values[0] += rng.randint(3, 9)
        self.fact("active.total", total)
        for label, value in zip(labels, values):
            self.fact("active.item", value, label)
        items = "、".join(f"{label}{value}条" for label, value in zip(labels, values))
        lead = self.pick(f"{self.year}年，{self.we}主动公开政府信息{total}条，其中{items}。",
                         f"全年共主动公开政府信息{total}条。其中，{items}。",
                         f"{self.year}年度{self.we}累计主动公开政府信息{total}条，包括{items}。")
        return lead

    def application_sentence(self) -> str:
        t3 = self.t3
        received = t3["new_received"]["total"]
        completed = t3["total_processed"]["total"]
        forward = t3["carried_forward"]["total"]
        over = t3["carried_over"]["total"]
        said_received = received + (self.rng.randint(2, 6) if "text_vs_table.received" in self.plant else 0)
        said_completed = completed + (self.rng.randint(2, 6) if "text_vs_table.completed" in self.plant else 0)
        if said_received == 0 and over == 0:
            self.fact("apply.received", 0)
            return f"{self.year}年，{self.we}未收到政府信息公开申请。"
        self.fact("apply.received", said_received)
        parts = [self.pick(f"{self.year}年，{self.we}共收到政府信息公开申请{said_received}件",
                           f"本年度新收政府信息公开申请{said_received}件")]
        if over:
            self.fact("apply.carried_over", over)
            parts.append(f"上年结转{over}件")
        self.fact("apply.completed", said_completed)
        parts.append(self.pick(f"已全部办结{said_completed}件" if forward == 0 else f"办结{said_completed}件",
                               f"依法答复{said_completed}件"))
        if forward:
            self.fact("apply.carried_forward", forward)
            parts.append(f"结转下年度继续办理{forward}件")
        return "，".join(parts) + "。"

    def review_sentence(self) -> str:
        review = self.t4["review"]["total"]
        suits = self.t4["litigation_direct"]["total"] + self.t4["litigation_after_review"]["total"]
        self.fact("review.total", review)
        self.fact("litigation.total", suits)
        if review == 0 and suits == 0:
            return self.pick(f"{self.year}年，{self.we}未发生因政府信息公开引起的行政复议和行政诉讼。",
                             "本年度未发生政府信息公开行政复议、行政诉讼案件。")
        return f"{self.year}年，{self.we}因政府信息公开被申请行政复议{review}件，被提起行政诉讼{suits}件。"

    def fee_sentence(self) -> str:
        fee = self.rng.choice((0, 0, 0, self.rng.randint(10, 500)))
        self.fact("fees.amount", fee)
        if fee == 0:
            return self.pick(f"{self.year}年度，{self.we}未收取政府信息公开信息处理费。",
                             "本年度未收取信息处理费。")
        return f"依据《政府信息公开信息处理费管理办法》，{self.year}年{self.we}收取信息处理费{fee}元。"

    def statutory_parts(self) -> None:
        rng = self.rng
        self.heading("一、总体情况")
        self.para(self.filler(2))
        self.heading("（一）主动公开")
        text = self.active_sentence()
        if rng.random() < 0.4:
            n = rng.randint(3, 40)
            self.fact("interpretation.total", n)
            text += f"发布政策解读{n}篇。"
        self.para(text)
        self.heading("（二）依申请公开")
        self.para(self.application_sentence() + self.filler(1))
        self.heading("（三）政府信息管理")
        self.para(self.filler(2))
        self.heading(self.pick("（四）平台建设", "（四）政府信息公开平台建设"))
        self.para(self.filler(1))
        self.heading("（五）监督保障")
        self.para(self.filler(1) + self.review_sentence())
        self.heading("二、主动公开政府信息情况")
        if self.template == "t2021":
            self.add_table("t2", self.t2_rows_2021())
        else:
            self.add_table("t2_2019", self.t2_rows_2019())
        self.heading("三、收到和处理政府信息公开申请情况")
        self.add_table("t3", self.t3_rows())
        self.heading(self.pick("四、政府信息公开行政复议、行政诉讼情况",
                               "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"))
        self.add_table("t4", self.t4_rows())
        self.heading(self.pick("五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况",
                               "五、存在问题及改进情况"))
        self.para(rng.choice(_PROBLEMS) + rng.choice(_IMPROVEMENTS))
        self.heading("六、其他需要报告的事项")
        self.para(self.fee_sentence())

    def narrative_parts(self) -> None:
        rng = self.rng
        parts = [("概述", lambda: self.filler(3)),
                 ("主动公开政府信息情况", lambda: self.active_sentence() + self.filler(2)),
                 (self.pick("依申请公开政府信息情况", "政府信息公开申请的办理情况"),
                  lambda: self.filler(1) + self.application_sentence()),
                 ("政府信息公开的收费及减免情况", self.fee_sentence),
                 ("因政府信息公开申请行政复议、提起行政诉讼的情况", self.review_sentence),
                 ("存在的主要问题及改进措施", lambda: rng.choice(_PROBLEMS) + rng.choice(_IMPROVEMENTS))]
        if self.vary and rng.random() < 0.4:
            parts.insert(2, ("政策解读与回应关切情况", lambda: self.filler(2)))
        if rng.random() < 0.5:
            parts.append(("其他需要报告的事项", lambda: "无。"))
        numerals = "一二三四五六七八九"
        for i, (heading, body) in enumerate(parts):
            self.heading(f"{numerals[i]}、{heading}")
            self.para(body())
            if i == 0:
                self.para(self.filler(2))
        # old-layout reports carry no template tables; the application table figures stay narrative
        self.tables = {}

    # -- tables as printed: rows of equal width, "" under a merge, spans as (row, col, nrows, ncols) -----
    def add_table(self, name: str, layout: tuple[list[list[str]], list[tuple[int, int, int, int]]]) -> None:
        rows, spans = layout
        self.blocks.append(Block("table", rows=rows, name=name, spans=spans))
        self.tables[name] = self.truth_of(name)

    def truth_of(self, name: str) -> dict:
        def walk(node):
            if isinstance(node, dict):
                return {k: walk(v) for k, v in node.items()}
            return self.truth_value(node)

        source = {"t2": getattr(self, "t2", None), "t2_2019": getattr(self, "t2", None), "t3": self.t3,
                  "t4": self.t4}[name]
        return walk(source)

    def article(self, item: str) -> str:
        if not hasattr(self, "_article_form"):
            self._article_form = self.pick("第二十条第（{}）项", "第二十条 第（{}）项")
        return self._article_form.format(item)

    def t2_rows_2021(self):
        t2, c = self.t2, self.cell
        rows, spans = [], []

        def band(text):
            spans.append((len(rows), 0, 1, 4))
            rows.append([text, "", "", ""])

        def wide(label, value):
            spans.append((len(rows), 1, 1, 3))
            rows.append([label, value, "", ""])

        band(self.article("一"))
        rows.append(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])
        rows.append(["规章", *(c(t2["regulations"][k]) for k in ("made", "repealed", "valid"))])
        rows.append([self.pick("行政规范性文件", "规范性文件"),
                     *(c(t2["normative_documents"][k]) for k in ("made", "repealed", "valid"))])
        band(self.article("五"))
        wide("信息内容", "本年处理决定数量")
        wide("行政许可", c(t2["licensing"]))
        band(self.article("六"))
        wide("信息内容", "本年处理决定数量")
        wide("行政处罚", c(t2["punishment"]))
        wide("行政强制", c(t2["coercion"]))
        band(self.article("八"))
        wide("信息内容", "本年收费金额（单位：万元）")
        wide("行政事业性收费", c(t2["fees_wanyuan"]))
        return rows, spans

    def t2_rows_2019(self):
        t2, c = self.t2, self.cell
        rows, spans = [], []

        def band(text):
            spans.append((len(rows), 0, 1, 4))
            rows.append([text, "", "", ""])

        admin_head = ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]
        band(self.article("一"))
        rows.append(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"])
        for key, label in (("regulations", "规章"), ("normative_documents", "规范性文件")):
            rows.append([label, *(c(t2[key][k]) for k in ("new_made", "new_published", "total_published"))])
        for item, pairs in (("五", (("licensing", "行政许可"), ("other_admin_services", "其他对外管理服务事项"))),
                            ("六", (("punishment", "行政处罚"), ("coercion", "行政强制")))):
            band(self.article(item))
            rows.append(list(admin_head))
            for key, label in pairs:
                rows.append([label, *(c(t2[key][k]) for k in ("prev_items", "change", "decisions"))])
        band(self.article("八"))
        spans.append((len(rows), 2, 1, 2))
        rows.append(["信息内容", "上一年项目数量", "本年增/减", ""])
        spans.append((len(rows), 2, 1, 2))
        rows.append(["行政事业性收费", c(t2["fees"]["prev_items"]), c(t2["fees"]["change"]), ""])
        band(self.article("九"))
        spans.append((len(rows), 2, 1, 2))
        rows.append(["信息内容", "采购项目数量", "采购总金额", ""])
        spans.append((len(rows), 2, 1, 2))
        rows.append(["政府集中采购", c(t2["procurement"]["items"]), c(t2["procurement"]["amount"]), ""])
        return rows, spans

    def t3_rows(self):
        t3, c = self.t3, self.cell
        numbering = self.pick("{n}.", "{n}、", "（{n}）") if self.vary else "{n}."
        rows = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况",
                 "", "", "", "", "", ""],
                ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
                ["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]]
        spans = [(0, 0, 3, 3), (0, 3, 1, 7), (1, 3, 2, 1), (1, 4, 1, 5), (1, 9, 2, 1)]

        def values(key):
            return [c(t3[key][col]) for col in T3_COLUMNS]

        def whole(label, key):
            spans.append((len(rows), 0, 1, 3))
            rows.append([label, "", "", *values(key)])

        whole("一、本年新收政府信息公开申请数量", "new_received")
        whole("二、上年结转政府信息公开申请数量", "carried_over")
        results_start = len(rows)

        def single(label, key):
            spans.append((len(rows), 1, 1, 2))
            rows.append(["", label, "", *values(key)])

        def group(label, members):
            spans.append((len(rows), 1, len(members), 1))
            for i, (key, text) in enumerate(members):
                rows.append(["", label if i == 0 else "", numbering.format(n=i + 1) + text, *values(key)])

        single("（一）予以公开", "granted")
        single("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partial_grant")
        group("（三）不予公开", DENY_ROWS)
        group("（四）无法提供", UNABLE_ROWS)
        group("（五）不予处理", NOPROC_ROWS)
        if self.template == "t2021":
            group("（六）其他处理", OTHER_ROWS_2021)
        else:
            single("（六）其他处理", "other_processing")
        single("（七）总计", "total_processed")
        rows[results_start][0] = "三、本年度办理结果"
        spans.append((results_start, 0, len(rows) - results_start, 1))
        whole("四、结转下年度继续办理", "carried_forward")
        return rows, sorted(spans)

    def t4_rows(self):
        t4, c = self.t4, self.cell
        outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        rows = [["行政复议", "", "", "", "", "行政诉讼", *[""] * 9],
                [*outcomes, "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
                [""] * 5 + outcomes + outcomes]
        spans = [(0, 0, 1, 5), (0, 5, 1, 10), *((1, i, 2, 1) for i in range(5)), (1, 5, 1, 5), (1, 10, 1, 5)]
        keys = ("maintained", "corrected", "other_result", "pending", "total")
        rows.append([c(t4[block][k]) for block in ("review", "litigation_direct", "litigation_after_review")
                     for k in keys])
        return rows, spans


def failing_checks(tables: dict, facts: list[dict], template: str) -> list[str]:
    """The CHECKS.md ids that the printed figures break (blank cells count as 0)."""
    failed = []
    t3, t4 = tables.get("t3"), tables.get("t4")

    def v(x):
        return x or 0

    if t3:
        if any(v(row["total"]) != sum(v(row[c]) for c in _APPLICANTS) for row in t3.values()):
            failed.append("t3.row_sum")
        rows = t3_result_rows(template)
        if any(v(t3["total_processed"][c]) != sum(v(t3[r][c]) for r in rows) for c in T3_COLUMNS):
            failed.append("t3.results_sum")
        if any(v(t3["new_received"][c]) + v(t3["carried_over"][c])
               != v(t3["total_processed"][c]) + v(t3["carried_forward"][c]) for c in T3_COLUMNS):
            failed.append("t3.balance")
    if t4 and any(v(b["total"]) != sum(v(b[k]) for k in ("maintained", "corrected", "other_result", "pending"))
                  for b in t4.values()):
        failed.append("t4.sum")
    by_metric: dict[str, list] = {}
    for f in facts:
        by_metric.setdefault(f["metric"], []).append(f)
    items = by_metric.get("active.item", [])
    if items and "active.total" in by_metric and sum(f["value"] for f in items) != by_metric["active.total"][0]["value"]:
        failed.append("active.items_sum")
    if t3:
        for metric, key, check in (("apply.received", "new_received", "text_vs_table.received"),
                                   ("apply.completed", "total_processed", "text_vs_table.completed")):
            said = [f["value"] for f in by_metric.get(metric, [])]
            printed = v(t3[key]["total"])
            alt = printed + v(t3["carried_over"]["total"]) if key == "new_received" else printed
            if said and said[0] not in (printed, alt):
                failed.append(check)
    return failed


def text_of(report: SyntheticReport, table_style: str = "pipe") -> str:
    """The report as plain text (see corpus.synthetic.text)."""
    from corpus.synthetic.text import text_of as _text_of

    return _text_of(report, table_style)
