"""Generated reports with planted text reuse, for testing and measuring the reuse checks.

Each body's yearly report is a composed report (corpus.synthetic.compose: title, headings, tables,
the statutory opening) whose prose is replaced by sentences drawn for that body. From the second year
on, a known share of the sentences is copied from the body's previous report (figures re-drawn, as
a copied report updates its numbers), the rest is new. In the last year some bodies are cloned: a
clone body publishes another body's report with light edits — its own place and village names, other
figures, one sentence dropped and one new one added. Every report also carries a few sentences that
all bodies use, which the reuse checks must discount as boilerplate.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from corpus.generated import YEARS, county_name, template_of
from corpus.synthetic import Block, SyntheticReport
from corpus.synthetic.compose import compose
from corpus.synthetic.text import text_of

SENTENCES = 24
SHARES = (0.0, 0.2, 0.35, 0.5, 0.65, 0.8, 1.0)

_LEAD = ("年内", "今年以来", "报告期内", "全年", "上半年", "下半年", "一季度", "二季度", "三季度", "四季度",
         "年初", "年中", "年底前", "汛期前后", "春节前后", "重要节点期间")
_ACTOR = ("党政综合办", "综合执法队", "便民服务中心", "财政所", "司法所", "社会事务办", "经济发展办", "规划建设办",
          "农业农村办", "退役军人服务站", "文化服务中心", "网格化服务中心", "平安建设办", "生态环境办",
          "应急管理办", "社区卫生服务中心", "村镇建设办", "统计站", "人力社保所", "市场监管所")
_VERB = ("牵头梳理", "集中清理", "逐项核对", "全面更新", "分类整理", "专项检查", "重新编制", "动态调整",
         "组织评查", "统一规范", "补充完善", "抽样核查", "上门走访核实", "会同村居复核", "开展交叉检查", "建档管理")
_OBJECT = ("惠农补贴发放名册", "低保对象公示名单", "征地补偿安置标准", "项目招投标结果", "村级财务收支明细",
           "危房改造对象名单", "河道整治工程进度", "农村公路建设项目", "高龄津贴发放信息", "教育资助对象名单",
           "安全生产检查结果", "人居环境整治台账", "耕地保护责任清单", "集体资产出租合同", "防汛物资储备清单",
           "公共法律服务事项", "就业援助对象名册", "残疾人两项补贴名单", "殡葬改革奖补信息", "义务兵优待金发放表",
           "小额贷款贴息名单", "乡村振兴项目清单", "自建房安全排查结果", "医保参保缴费信息")
_RESULT = ("共涉及信息{n}条", "形成工作台账{n}册", "发现并当场整改问题{n}处", "补充完善内容{n}项",
           "更新公开栏目{n}个", "覆盖行政村{n}个", "涉及群众{n}户", "修订公开事项{n}项",
           "集中答复群众咨询{n}人次", "在{village}村试点后推开")
_PURPOSE = ("确保群众看得到、看得懂、能监督", "方便群众随时查询", "切实保障群众的知情权和监督权",
            "做到应公开尽公开", "主动接受社会监督", "让{place}群众第一时间掌握政策",
            "推动公开工作向村居延伸", "减少群众来回跑腿", "为后续工作打下基础", "回应群众关切",
            "提升公开内容的准确性", "使公开信息更加便于查找")
COMMON = ("坚持以公开为常态、不公开为例外,持续推进决策、执行、管理、服务、结果公开",
          "严格落实政府信息公开保密审查制度,坚持先审查、后公开,一事一审、全程留痕",
          "下一步,我们将持续加强政务公开工作,不断提升公开质量和实效")
_PLACE_FIRST = "澜青禾溪柏泓岚桐芸琮沅璞枫棠渚岫蔚苓茗筠湄汀芷禺峤珂霁沣崧"
_PLACE_SECOND = "川坪湾塘源桥埠岭浦溪阳垣口河庄冈畈湖林屿洲泉"
_VILLAGE_FIRST = "松竹梅兰荷桂枫杏柳桃李杉橙桑棉"
_VILLAGE_SECOND = "岗坳垄坝埂湾圩坑墩冲"


@dataclass(frozen=True)
class Spec:
    """One drawn sentence: which words; rendered with a body's names and fresh figures."""

    lead: int
    actor: int
    verb: int
    obj: int
    result: int
    purpose: int

    def render(self, rng: random.Random, place: str, village: str) -> str:
        result = _RESULT[self.result].format(n=rng.randint(2, 480), village=village)
        purpose = _PURPOSE[self.purpose].format(place=place)
        return f"{_LEAD[self.lead]},{_ACTOR[self.actor]}{_VERB[self.verb]}{_OBJECT[self.obj]},{result},{purpose}。"


def _draw(rng: random.Random) -> Spec:
    return Spec(rng.randrange(len(_LEAD)), rng.randrange(len(_ACTOR)), rng.randrange(len(_VERB)),
                rng.randrange(len(_OBJECT)), rng.randrange(len(_RESULT)), rng.randrange(len(_PURPOSE)))


@dataclass
class PlantedReport:
    index: int
    body_no: int
    county: str
    place: str
    body: str
    year: int
    specs: list[Spec]
    text: str = ""
    planted_share: float | None = None  # share of `specs` copied from the body's previous report
    clone_of: int | None = None  # index of the report this one clones


@dataclass
class PlantedCorpus:
    reports: list[PlantedReport] = field(default_factory=list)
    clone_groups: list[list[int]] = field(default_factory=list)  # report indices, source first


def _village(rng: random.Random) -> str:
    return rng.choice(_VILLAGE_FIRST) + rng.choice(_VILLAGE_SECOND)


def _with_prose(skeleton: SyntheticReport, sentences: list[str]) -> SyntheticReport:
    """The skeleton with its prose replaced: the opening paragraph stays, the sentences fill the rest."""
    paras = [i for i, b in enumerate(skeleton.blocks) if b.kind == "para"]
    keep, slots = paras[:1], paras[1:] or paras
    chunks = [sentences[i::len(slots)] for i in range(len(slots))]
    blocks = []
    for i, block in enumerate(skeleton.blocks):
        if block.kind == "para" and i not in keep:
            blocks.append(Block("para", "".join(chunks[slots.index(i)])))
        else:
            blocks.append(block)
    return SyntheticReport(skeleton.body, skeleton.place, skeleton.level, skeleton.year, skeleton.published,
                           skeleton.template, blocks, skeleton.truth)


def planted_corpus(n: int, seed: int = 0, clone_rate: float = 0.15, tables: bool = True) -> PlantedCorpus:
    """`n` reports: bodies × YEARS, reuse planted year to year, clone groups in the last year.

    tables: print the composed tables (False keeps only the prose, for fast large benchmarks).
    """
    rng = random.Random(f"plant:{seed}")
    corpus = PlantedCorpus()
    per_body: dict[int, list[PlantedReport]] = {}
    used: set[tuple[str, str]] = set()
    for i in range(n):
        body_no, k = divmod(i, len(YEARS))
        year = YEARS[k]
        previous = per_body.get(body_no, [])
        first = previous[0] if previous else None
        place = first.place if first else _unique_place(seed, body_no, used)
        skeleton = compose(seed * 1_000_003 + body_no, template=template_of(year), year=year, place=place,
                           body=first.body if first else None, vary=False, noise=False)
        if previous:
            share = rng.choice(SHARES)
            copied = rng.sample(previous[-1].specs, round(share * SENTENCES))
            specs = copied + [_draw(rng) for _ in range(SENTENCES - len(copied))]
            rng.shuffle(specs)
            share = len(copied) / SENTENCES
        else:
            share, specs = None, [_draw(rng) for _ in range(SENTENCES)]
        report = PlantedReport(i, body_no, county_name(body_no // 20), skeleton.place, skeleton.body, year, specs,
                               planted_share=share)
        report.text = _render(report, skeleton if tables else None, rng)
        per_body.setdefault(body_no, []).append(report)
        corpus.reports.append(report)
    _plant_clones(corpus, per_body, rng, clone_rate, seed, tables)
    return corpus


def _unique_place(seed: int, body_no: int, used: set[tuple[str, str]]) -> str:
    """A town name not yet used in the body's county (two bodies must never share one)."""
    county = county_name(body_no // 20)
    rng = random.Random(f"place:{seed}:{body_no}")
    while True:
        place = rng.choice(_PLACE_FIRST) + rng.choice(_PLACE_SECOND) + "镇"
        if (county, place) not in used:
            used.add((county, place))
            return place


def _render(report: PlantedReport, skeleton: SyntheticReport | None, rng: random.Random) -> str:
    village = _village(random.Random(f"village:{report.body_no}"))
    sentences = [s.render(rng, report.place, village) for s in report.specs]
    sentences = sentences[:8] + [c + "。" for c in COMMON] + sentences[8:]
    if skeleton is None:
        return f"{report.body}{report.year}年政府信息公开工作年度报告\n\n" + "".join(sentences) + "\n"
    return text_of(_with_prose(skeleton, sentences))


def _plant_clones(corpus: PlantedCorpus, per_body: dict[int, list[PlantedReport]], rng: random.Random,
                  rate: float, seed: int, tables: bool) -> None:
    last = [reports[-1] for reports in per_body.values() if reports[-1].year == YEARS[-1]]
    rng.shuffle(last)
    n_groups = max(1, round(rate * len(last) / 2.5)) if len(last) >= 2 else 0
    pos = 0
    for _ in range(n_groups):
        size = rng.choice((2, 2, 3, 4))
        if pos + size > len(last):
            break
        source, targets = last[pos], last[pos + 1:pos + size]
        pos += size
        for target in targets:
            specs = list(source.specs)
            specs.pop(rng.randrange(len(specs)))
            specs.insert(rng.randrange(len(specs) + 1), _draw(rng))
            target.specs, target.clone_of, target.planted_share = specs, source.index, 0.0
            skeleton = None
            if tables:
                skeleton = compose(seed * 1_000_003 + target.body_no, template=template_of(target.year),
                                   year=target.year, place=target.place, body=target.body, vary=False, noise=False)
            target.text = _render(target, skeleton, rng)
        corpus.clone_groups.append([source.index] + [t.index for t in targets])
