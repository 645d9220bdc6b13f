"""A synthetic report as a government CMS page: navigation, breadcrumbs, title, share bar, footer.

The chrome is what the web-page parser must see past: link menus, a column list that also says 年报,
numbers that are no figures of the report (visit counts, phone numbers, ICP licence numbers), and
a print/close bar inside the article. The page is GBK by default, declared in a meta tag, as older
CMS templates still serve it.
"""

from __future__ import annotations

import random
from html import escape

from corpus.synthetic import Block, SyntheticReport

# the article boxes of common CMS templates, by name
CONTAINERS = {"zoom": ("div", 'id="zoom"'), "TRS_Editor": ("div", 'class="TRS_Editor"'),
              "article-content": ("div", 'class="article-content"'), "bt_content": ("td", 'class="bt_content"')}


def table_html(block: Block) -> str:
    """A table Block as <table> markup with its merges as rowspan/colspan."""
    spans = {(r, c): (nr, nc) for r, c, nr, nc in block.spans or ()}
    covered = block.covered()
    out = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">', "<tbody>"]
    for r, row in enumerate(block.rows or []):
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            nr, nc = spans.get((r, c), (1, 1))
            attrs = (f' rowspan="{nr}"' if nr > 1 else "") + (f' colspan="{nc}"' if nc > 1 else "")
            cells.append(f'<td{attrs} valign="center"><p style="text-align:center">'
                         f"<span>{escape(text)}</span></p></td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def body_html(report: SyntheticReport, include_title: bool = False) -> str:
    """The report's blocks as the article markup a CMS editor produces."""
    parts = []
    for block in report.blocks:
        text = escape(block.text)
        if block.kind == "title":
            if include_title:
                parts.append(f'<p style="text-align:center"><strong>{text}</strong></p>')
        elif block.kind == "heading":
            parts.append(f'<p style="text-indent:2em"><strong>{text}</strong></p>')
        elif block.kind == "para":
            parts.append(f'<p style="text-indent:2em">&nbsp;&nbsp;{text}</p>')
        elif block.kind == "signature":
            parts.append(f'<p style="text-align:right">{text}</p>')
        elif block.kind == "table":
            parts.append(table_html(block))
    return "\n".join(parts)


def html_of(report: SyntheticReport, chrome: bool = True, seed: int = 0, box: str | None = None) -> str:
    """The whole page as text: the article inside a CMS template (chrome=False: the article alone).

    box names the article container (CONTAINERS); by default it is drawn from the seed.
    """
    title = next((b.text for b in report.blocks if b.kind == "title"), "")
    if not chrome:
        return (f"<!DOCTYPE html><html><head><title>{escape(title)}</title></head><body>"
                f"{body_html(report, include_title=True)}</body></html>")
    rng = random.Random(f"html:{seed}:{report.place}:{report.year}")
    tag, attrs = CONTAINERS[box or rng.choice(sorted(CONTAINERS))]
    site = f"{report.place}人民政府门户网站"
    menu = "".join(f'<li><a href="/col/{i}.html">{name}</a></li>' for i, name in enumerate(
        ("首页", "政务公开", "政务服务", "互动交流", "走进" + report.place, "政府信息公开年报", "法定主动公开内容")))
    side = "".join(f'<li><a href="/art/{report.year - i}.html">{report.place}{report.year - i}年政府信息公开工作年度报告'
                   f"</a></li>" for i in range(1, 4))
    article = body_html(report)
    if tag == "td":
        article_box = (f'<table width="100%" class="layout"><tr><td {attrs}>{article}</td></tr>'
                       f'<tr><td class="bt_link"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></td></tr></table>')
    else:
        article_box = (f"<{tag} {attrs}>{article}\n"
                       f'<div class="share-bar">分享到：<a href="#">微信</a><a href="#">微博</a></div></{tag}>')
    visits = rng.randint(100, 99999)
    phone = f"0{rng.randint(510, 799)}-{rng.randint(1000000, 9999999)}"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={{charset}}" />
<title>{escape(title)}_{escape(site)}</title>
<script type="text/javascript">var pageVisits = {visits}; function fontZoom(size) {{ return size; }}</script>
<style type="text/css">.nav li {{ float: left; }} #zoom p {{ line-height: 2em; }}</style>
</head>
<body>
<div class="header"><div class="logo"><a href="/">{escape(site)}</a></div>
<div class="search"><form action="/search"><input type="text" name="q" value="请输入关键字" /><button>搜索</button></form></div></div>
<div class="nav"><ul>{menu}</ul></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/1.html">政务公开</a> &gt; <a href="/col/5.html">政府信息公开年报</a></div>
<div class="left-side"><h3 class="side-title">政府信息公开年报</h3><ul>{side}</ul></div>
<div class="article">
<h1 class="article-title">{escape(title)}</h1>
<div class="article-info">发布日期：{report.published} 来源：{escape(report.body)} 浏览次数：{visits}
<span class="fontsize">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
{article_box}
</div>
</div>
<div class="footer"><p>主办：{escape(report.body)} 联系电话：{phone}</p>
<p>网站标识码：{rng.randint(1000000000, 9999999999)} 备案号：ICP备{rng.randint(10000000, 99999999)}号-1</p>
<p>版权所有 © {report.year + 1} {escape(site)}</p></div>
</body>
</html>
"""


def render_html(report: SyntheticReport, encoding: str = "gbk", chrome: bool = True, seed: int = 0,
                box: str | None = None) -> bytes:
    """The page's bytes in the given encoding, with a matching meta charset."""
    charset = {"gbk": "gb2312", "gb18030": "gb18030"}.get(encoding, encoding)
    page = html_of(report, chrome, seed, box).replace("{charset}", charset)
    if not chrome:
        page = page.replace("<head>", f'<head><meta charset="{charset}">', 1)
    return page.encode(encoding, errors="xmlcharrefreplace")
