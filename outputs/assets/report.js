/* nianbao report: draws the charts and tables of report.html from the JSON payload in #nianbao-data.
   No network: everything it needs is in this file's page. */
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('nianbao-data').textContent);
  var FONT = getComputedStyle(document.documentElement).getPropertyValue('--cjk').trim() || 'sans-serif';
  var TOP = 25;          // bars in a ranking
  var HEAT_ROWS = 40;    // bodies in the failed-check heat map
  var TREND_LINES = 8;   // default number of bodies in the trend charts
  var PAGE = 50;         // table rows per page
  var ROW_PX = 22;

  function $(id) { return document.getElementById(id); }
  function yearSpan(list) {
    var out = []; if (!list.length) { return out; }
    for (var y = Math.min.apply(null, list); y <= Math.max.apply(null, list); y++) { out.push(y); }
    return out;
  }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function esc(text) { return echarts.format.encodeHTML(String(text)); }  // names from reports into tooltip HTML
  function fmt(v) { return v === null || v === undefined ? '' : (typeof v === 'number' ? v.toLocaleString('zh-CN') : String(v)); }

  // -- charts ------------------------------------------------------------------------------------------
  function draw(id, option, heightPx) {
    var node = $(id);
    if (heightPx) { node.style.height = heightPx + 'px'; }
    var chart = echarts.getInstanceByDom(node) || echarts.init(node, null, { renderer: 'svg' });
    option.animation = false;
    option.textStyle = { fontFamily: FONT };
    if (option.title && !option.title.textStyle) { option.title.textStyle = { fontSize: 14, fontFamily: FONT }; }
    chart.setOption(option, true);
    chart.resize();
    node.setAttribute('data-rendered', '1');
    return chart;
  }
  function empty(id, text) {
    draw(id, { title: { text: text, left: 'center', top: 'middle', textStyle: { fontSize: 14, color: '#8a94a0', fontFamily: FONT } },
               xAxis: { show: false }, yAxis: { show: false }, series: [] }, 160);
  }
  window.addEventListener('resize', function () {
    document.querySelectorAll('.chart').forEach(function (n) { var c = echarts.getInstanceByDom(n); if (c) { c.resize(); } });
  });

  function rankChart(id, key, year, label) {
    var all = D.series[key].filter(function (r) { return r[1] === year; }).sort(function (a, b) { return b[2] - a[2]; });
    if (!all.length) { return empty(id, year + '年没有' + label + '数据'); }
    var rows = all.slice(0, TOP).reverse();
    draw(id, {
      title: { text: label + ' · ' + year + '年' + (all.length > TOP ? '（前' + TOP + '，共' + all.length + '个机关）' : '') },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 10, right: 50, top: 36, bottom: 20, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: rows.map(function (r) { return D.bodies[r[0]]; }), axisLabel: { width: 180, overflow: 'truncate' } },
      series: [{ type: 'bar', name: label, data: rows.map(function (r) { return r[2]; }), label: { show: true, position: 'right' },
                 itemStyle: { color: key === 'active' ? '#3b7dd8' : '#e07b39' } }]
    }, 70 + rows.length * ROW_PX);
  }

  function trendBodies() {
    var q = $('trend-filter').value.trim();
    var total = {};
    D.series.active.concat(D.series.apps).forEach(function (r) { total[r[0]] = (total[r[0]] || 0) + r[2]; });
    var ids = Object.keys(total).map(Number);
    if (q) { ids = ids.filter(function (b) { return D.bodies[b].indexOf(q) >= 0; }); }
    ids.sort(function (a, b) { return total[b] - total[a]; });
    return ids.slice(0, q ? 20 : TREND_LINES);
  }
  function trendChart(id, key, label, bodies) {
    if (!bodies.length) { return empty(id, '没有符合条件的机关'); }
    var years = yearSpan(D.years);
    var byBody = {};
    D.series[key].forEach(function (r) { (byBody[r[0]] = byBody[r[0]] || {})[r[1]] = r[2]; });
    var series = bodies.map(function (b) {
      return { type: 'line', name: D.bodies[b], connectNulls: false, symbolSize: 6,
               data: years.map(function (y) { var v = (byBody[b] || {})[y]; return v === undefined ? null : v; }) };
    });
    draw(id, {
      title: { text: label + '（历年）' },
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 10, right: 20, top: 36, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value' },
      series: series
    });
  }
  function drawTrends() {
    var bodies = trendBodies();
    trendChart('chart-trend-active', 'active', '主动公开', bodies);
    trendChart('chart-trend-apps', 'apps', '收到申请', bodies);
  }

  function heatChart() {
    if (!D.heat.length) { return empty('chart-heat', '没有未通过的检查'); }
    var perBody = {};
    D.heat.forEach(function (h) { perBody[h[0]] = (perBody[h[0]] || 0) + h[2]; });
    var ranked = Object.keys(perBody).map(Number).sort(function (a, b) { return perBody[b] - perBody[a] || a - b; });
    var shown = ranked.slice(0, HEAT_ROWS);
    var row = {}; shown.forEach(function (b, i) { row[b] = shown.length - 1 - i; });
    var cells = D.heat.filter(function (h) { return row[h[0]] !== undefined; }).map(function (h) { return [h[1], row[h[0]], h[2]]; });
    var max = Math.max.apply(null, cells.map(function (c) { return c[2]; }));
    draw('chart-heat', {
      title: { text: '未通过次数' + (ranked.length > HEAT_ROWS ? '（问题最多的' + HEAT_ROWS + '个机关，共' + ranked.length + '个）' : '') },
      tooltip: { formatter: function (p) { return esc(D.bodies[shown[shown.length - 1 - p.value[1]]]) + '<br>' + esc(D.checkNames[D.checks[p.value[0]]]) + '（' + esc(D.checks[p.value[0]]) + '）：' + p.value[2]; } },
      grid: { left: 10, right: 20, top: 40, bottom: 70, containLabel: true },
      xAxis: { type: 'category', data: D.checks.map(function (c) { return D.checkNames[c]; }), axisLabel: { rotate: 30, interval: 0 }, splitArea: { show: true } },
      yAxis: { type: 'category', data: shown.slice().reverse().map(function (b) { return D.bodies[b]; }), axisLabel: { width: 180, overflow: 'truncate' } },
      visualMap: { min: 1, max: Math.max(max, 2), calculable: true, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#fde2c4', '#d94a38'] } },
      series: [{ type: 'heatmap', data: cells, label: { show: true } }]
    }, Math.max(280, 130 + shown.length * ROW_PX));
  }

  function coverageChart() {
    if (!D.coverage.length) { return empty('chart-coverage', '没有带机关和年份的报告'); }
    // a body is expected for every year its county has any report in (a body without county: its own years)
    var years = yearSpan(D.years);
    var bodies = {}, span = {};
    D.coverage.forEach(function (c) {
      bodies[c[0]] = true;
      var group = D.bodyInfo[c[0]][0] || ('#' + c[0]);
      span[group] = span[group] || [c[1], c[1]];
      span[group][0] = Math.min(span[group][0], c[1]); span[group][1] = Math.max(span[group][1], c[1]);
    });
    var order = Object.keys(bodies).map(Number).sort(function (a, b) {
      var ca = D.bodyInfo[a][0] || '\uffff', cb = D.bodyInfo[b][0] || '\uffff';
      return ca < cb ? -1 : ca > cb ? 1 : (D.bodies[a] < D.bodies[b] ? -1 : 1);
    });
    // a cell: [year, row, reports, state, days late]; state 0 missing, 1 one report, 2 several, 3 published late
    var count = {}, late = {};
    D.coverage.forEach(function (c) { count[c[0] + ':' + c[1]] = c[2]; late[c[0] + ':' + c[1]] = c[3]; });
    var cells = [];
    order.forEach(function (b, i) {
      var s = span[D.bodyInfo[b][0] || ('#' + b)];
      years.forEach(function (yr, j) {
        if (yr >= s[0] && yr <= s[1]) {
          var n = count[b + ':' + yr] || 0, days = late[b + ':' + yr];
          cells.push([j, order.length - 1 - i, n, days > 0 ? 3 : Math.min(n, 2), days === undefined ? null : days]);
        }
      });
    });
    var visible = Math.min(order.length, 40);
    var names = order.slice().reverse().map(function (b) {
      var county = D.bodyInfo[b][0]; return county ? county + ' · ' + D.bodies[b] : D.bodies[b];
    });
    var missing = cells.filter(function (c) { return c[2] === 0; }).length;
    var nLate = cells.filter(function (c) { return c[3] === 3; }).length;
    var option = {
      title: { text: order.length + '个机关，缺失' + missing + '份，逾期发布' + nLate + '份（按所在县区有报告的年份计）' },
      tooltip: { formatter: function (p) {
        var v = p.value, said = v[2] ? v[2] + '份报告' : '缺失';
        if (v[3] === 3) { said += '，逾期' + v[4] + '天发布'; } else if (v[2] && v[4] === 0) { said += '，按期发布'; }
        return esc(names[v[1]]) + ' · ' + years[v[0]] + '年：' + said;
      } },
      grid: { left: 10, right: order.length > visible ? 50 : 20, top: 40, bottom: 60, containLabel: true },
      xAxis: { type: 'category', data: years.map(String), splitArea: { show: true } },
      yAxis: { type: 'category', data: names, axisLabel: { width: 220, overflow: 'truncate' } },
      visualMap: { type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 0, dimension: 3,
                   pieces: [{ value: 0, label: '缺失', color: '#e5534b' }, { value: 1, label: '1份', color: '#57ab5a' },
                            { value: 2, label: '多份', color: '#3b7dd8' }, { value: 3, label: '逾期发布', color: '#e8a33d' }] },
      series: [{ type: 'heatmap', data: cells, itemStyle: { borderColor: '#fff', borderWidth: 1 },
                 label: { show: true, formatter: function (p) { return p.value[3] === 3 ? '迟' : p.value[2] ? p.value[2] : '缺'; }, color: '#fff' } }]
    };
    if (order.length > visible) {
      option.dataZoom = [{ type: 'slider', yAxisIndex: 0, right: 5, width: 18, startValue: order.length - visible, endValue: order.length - 1 },
                         { type: 'inside', yAxisIndex: 0 }];
    }
    draw('chart-coverage', option, 130 + visible * ROW_PX);
  }

  function mixChart(id, kind, year, label) {
    if (!D.mix || !D.mix[kind] || !D.mix[kind].rows.length) { return empty(id, '数据集中没有按' + label + '的分项'); }
    var m = D.mix[kind];
    var rows = m.rows.filter(function (r) { return r[1] === year; });
    if (!rows.length) { return empty(id, year + '年没有按' + label + '的分项'); }
    var total = {}; rows.forEach(function (r) { total[r[0]] = (total[r[0]] || 0) + r[3]; });
    var bodies = Object.keys(total).map(Number).sort(function (a, b) { return total[b] - total[a]; }).slice(0, TOP).reverse();
    var pos = {}; bodies.forEach(function (b, i) { pos[b] = i; });
    var series = m.names.map(function (name, k) {
      var data = bodies.map(function () { return null; });
      rows.forEach(function (r) { if (r[2] === k && pos[r[0]] !== undefined) { data[pos[r[0]]] = r[3]; } });
      return { type: 'bar', stack: 'mix', name: name, data: data };
    }).filter(function (s) { return s.data.some(function (v) { return v !== null; }); });
    draw(id, {
      title: { text: '按' + label + ' · ' + year + '年' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 10, right: 20, top: 36, bottom: 40, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: bodies.map(function (b) { return D.bodies[b]; }), axisLabel: { width: 160, overflow: 'truncate' } },
      series: series
    }, 110 + bodies.length * ROW_PX);
  }

  function drawYear() {
    var year = Number($('year-select').value);
    rankChart('chart-rank-active', 'active', year, '主动公开');
    rankChart('chart-rank-apps', 'apps', year, '收到申请');
    mixChart('chart-mix-category', 'category', year, '类别');
    mixChart('chart-mix-channel', 'channel', year, '渠道');
  }

  // -- tables ------------------------------------------------------------------------------------------
  function Table(opts) {
    this.o = opts; this.sortCol = opts.sortCol; this.sortDir = opts.sortDir || 1; this.page = 0;
    var head = el('tr'), self = this;
    opts.columns.forEach(function (c) {
      var th = el('th', { 'data-col': c.key }, c.label);
      th.addEventListener('click', function () {
        self.sortDir = self.sortCol === c.index ? -self.sortDir : 1; self.sortCol = c.index; self.page = 0; self.render();
      });
      head.appendChild(th);
    });
    $(opts.table).querySelector('thead').appendChild(head);
  }
  Table.prototype.render = function () {
    var o = this.o, col = this.sortCol, dir = this.sortDir;
    var rows = o.rows.filter(o.keep);
    if (col !== undefined) {
      rows = rows.slice().sort(function (a, b) {
        var x = a[col], y = b[col];
        if (x === y) { return 0; } if (x === null || x === undefined) { return 1; } if (y === null || y === undefined) { return -1; }
        return (x < y ? -1 : 1) * dir;
      });
    }
    var pages = Math.max(1, Math.ceil(rows.length / PAGE));
    this.page = Math.min(this.page, pages - 1);
    var body = $(o.table).querySelector('tbody');
    body.textContent = '';
    rows.slice(this.page * PAGE, (this.page + 1) * PAGE).forEach(function (r) { body.appendChild(o.row(r)); });
    $(o.table).querySelectorAll('th').forEach(function (th, i) {
      th.className = o.columns[i].index === col ? (dir > 0 ? 'sorted-asc' : 'sorted-desc') : '';
    });
    var count = $(o.count);
    count.setAttribute('data-count', String(rows.length));
    count.textContent = '显示 ' + rows.length + ' / 共 ' + o.rows.length + ' ' + o.unit;
    this.pager(pages);
  };
  Table.prototype.pager = function (pages) {
    var self = this, box = $(this.o.pager);
    box.textContent = '';
    if (pages <= 1) { return; }
    var prev = el('button', { type: 'button' }, '上一页'), next = el('button', { type: 'button' }, '下一页');
    prev.disabled = this.page === 0; next.disabled = this.page >= pages - 1;
    prev.addEventListener('click', function () { self.page--; self.render(); });
    next.addEventListener('click', function () { self.page++; self.render(); });
    box.appendChild(prev); box.appendChild(el('span', null, '第 ' + (this.page + 1) + ' / ' + pages + ' 页')); box.appendChild(next);
  };

  function reportTable() {
    var C = {}; D.reportCols.forEach(function (c, i) { C[c] = i; });
    var shown = [['body', '机关'], ['place', '地点'], ['level', '级别'], ['county', '县区'], ['year', '年份'],
                 ['template', '格式'], ['medium', '介质'], ['status', '状态'], ['n_fail', '错误'], ['n_warn', '警告'],
                 ['active', '主动公开'], ['applications', '收到申请'], ['path', '文件']];
    var numeric = { year: 1, n_fail: 1, n_warn: 1, active: 1, applications: 1 };
    var levels = {}, years = {};
    D.reports.forEach(function (r) { if (r[C.level]) { levels[r[C.level]] = 1; } if (r[C.year] !== null) { years[r[C.year]] = 1; } });
    Object.keys(levels).sort().forEach(function (l) { $('filter-level').appendChild(el('option', { value: l }, (D.levelNames[l] || l) + ' ' + l)); });
    Object.keys(years).sort().reverse().forEach(function (y) { $('filter-year').appendChild(el('option', { value: y }, y)); });
    var table = new Table({
      table: 'report-table', count: 'report-count', pager: 'report-pager', unit: '份报告', rows: D.reports,
      sortCol: C.body,
      columns: shown.map(function (s) { return { key: s[0], label: s[1], index: C[s[0]] }; }),
      keep: function (r) {
        var q = $('filter-body').value.trim(), lv = $('filter-level').value, yr = $('filter-year').value;
        if (q && (r[C.body] || '').indexOf(q) < 0 && (r[C.place] || '').indexOf(q) < 0) { return false; }
        if (lv && r[C.level] !== lv) { return false; }
        return !(yr && String(r[C.year]) !== yr);
      },
      row: function (r) {
        var tr = el('tr', { 'class': 'status-' + (r[C.status] || 'none') });
        shown.forEach(function (s) {
          var v = r[C[s[0]]];
          if (s[0] === 'level' && v) { v = (D.levelNames[v] || v); }
          tr.appendChild(el('td', { 'class': numeric[s[0]] ? 'num' : (s[0] === 'path' ? 'path' : '') }, s[0] === 'year' ? (v === null ? '' : v) : fmt(v)));
        });
        return tr;
      }
    });
    ['filter-body', 'filter-level', 'filter-year'].forEach(function (id) {
      $(id).addEventListener('input', function () { table.page = 0; table.render(); });
      $(id).addEventListener('change', function () { table.page = 0; table.render(); });
    });
    table.render();
  }

  function findingTable() {
    var C = {}; D.findingCols.forEach(function (c, i) { C[c] = i; });
    var nCross = D.findings.filter(function (f) { return f[C.source] === 'cross'; }).length;
    $('findings-note').textContent = D.auditComputed
      ? '审计发现 ' + D.findings.length + ' 项，其中跨报告（跨年、跨机关）' + nCross + ' 项。每项列出表格单元格或正文原句（按报告原文措辞）及其页码。'
      : '跨报告审计：未计算（数据集中没有 findings 表）。下列为单份报告未通过的检查 ' + D.findings.length + ' 项，每项列出所依据的表格单元格或正文原句及其页码。';
    var checks = {}; D.findings.forEach(function (f) { checks[f[C.check]] = 1; });
    Object.keys(checks).sort().forEach(function (c) { $('finding-check').appendChild(el('option', { value: c }, (D.checkNames[c] || c) + '（' + c + '）')); });
    var shown = [['body', '机关'], ['year', '年份'], ['check', '检查'], ['severity', '严重性'], ['message', '说明'],
                 ['expected', '应为'], ['actual', '实为'], ['evidence', '依据（原文 · 页码）'], ['path', '文件']];
    var table = new Table({
      table: 'finding-table', count: 'finding-count', pager: 'finding-pager', unit: '项', rows: D.findings,
      columns: shown.map(function (s) { return { key: s[0], label: s[1], index: C[s[0]] }; }),
      keep: function (f) {
        var q = $('finding-body').value.trim(), c = $('finding-check').value;
        if (q && (f[C.body] || '').indexOf(q) < 0) { return false; }
        return !(c && f[C.check] !== c);
      },
      row: function (f) {
        var tr = el('tr');
        shown.forEach(function (s) {
          var v = f[C[s[0]]], td;
          if (s[0] === 'evidence') {
            td = el('td'); var ul = el('ul', { 'class': 'evidence' });
            (v || []).forEach(function (e) {
              var li = el('li');
              var quoted = e[1] !== null && e[1] !== undefined && e[1] !== '';
              if (e[0]) { li.appendChild(el('span', quoted ? { 'class': 'where' } : null, e[0] + (quoted ? '：' : ''))); }
              if (quoted) { li.appendChild(el('q', null, e[1])); }
              if (e[2] !== null && e[2] !== undefined) { li.appendChild(el('span', { 'class': 'where' }, ' · 第' + e[2] + '页')); }
              ul.appendChild(li);
            });
            td.appendChild(ul);
          } else if (s[0] === 'check') {
            td = el('td', null, (D.checkNames[v] || v) + ' ' + v);
          } else {
            td = el('td', { 'class': s[0] === 'severity' ? 'sev-' + v : (s[0] === 'path' ? 'path' : '') }, s[0] === 'year' ? (v === null ? '' : v) : fmt(v));
          }
          tr.appendChild(td);
        });
        return tr;
      }
    });
    ['finding-body', 'finding-check'].forEach(function (id) {
      $(id).addEventListener('input', function () { table.page = 0; table.render(); });
      $(id).addEventListener('change', function () { table.page = 0; table.render(); });
    });
    table.render();
  }

  function simpleTable(id, unit, rows, cols, numeric, filterId, text) {
    var table = new Table({
      table: id + '-table', count: id + '-count', pager: id + '-pager', unit: unit, rows: rows, sortCol: undefined,
      columns: cols.map(function (c, i) { return { key: 'c' + i, label: c, index: i }; }),
      keep: function (r) { var q = $(filterId).value.trim(); return !q || text(r).indexOf(q) >= 0; },
      row: function (r) {
        var tr = el('tr');
        cols.forEach(function (c, i) { tr.appendChild(el('td', numeric[i] ? { 'class': 'num' } : null, fmt(r[i]))); });
        return tr;
      }
    });
    $(filterId).addEventListener('input', function () { table.page = 0; table.render(); });
    table.render();
  }

  function countyTable() {
    simpleTable('county', '个县区', D.counties || [],
                ['省份', '县区', '报告', '机关', '有错误的报告', '未通过的检查', '按时', '逾期', '日期不明'],
                [0, 0, 1, 1, 1, 1, 1, 1, 1], 'county-filter', function (r) { return (r[0] || '') + ' ' + (r[1] || ''); });
  }

  function bodySearch() {
    var rows = D.bodies.map(function (name, i) {
      var info = D.bodyInfo[i] || [null, null], st = (D.bodyStats || [])[i] || [null, null];
      return [name, info[0], info[1] ? (D.levelNames[info[1]] || info[1]) : null, st[0], st[1]];
    });
    simpleTable('body', '个机关', rows, ['机关', '县区', '级别', '报告', '未通过的检查'], [0, 0, 0, 1, 1], 'body-search',
                function (r) { return r[0] || ''; });
  }

  function largeNote() {
    if (!D.large) { return; }
    var L = D.large, note = $('large-note');
    note.hidden = false;
    note.textContent = '数据集较大：排名、趋势、覆盖、报告列表与问题清单只显示未通过检查最多的 ' + fmt(L.bodies[0]) + ' 个机关（共 ' +
      fmt(L.bodies[1]) + ' 个）的 ' + fmt(L.reports[0]) + ' 份报告（共 ' + fmt(L.reports[1]) + ' 份）和 ' + fmt(L.findings[0]) +
      ' 项问题（共 ' + fmt(L.findings[1]) + ' 项）；县区汇总与机关检索包含全部。完整数据见 reports.csv、findings.csv 与 nianbao.duckdb。';
  }

  function summary() {
    var s = D.summary, box = $('summary');
    var span = s.years.length ? (s.years[0] + (s.years.length > 1 ? '–' + s.years[s.years.length - 1] : '')) : '—';
    [['报告', s.reports], ['机关', s.bodies], ['年份', span], ['未通过检查', s.failed_checks],
     [D.auditComputed ? '审计发现' : '审计发现（未计算）', s.findings], ['无法读取的文件', s.errors]].forEach(function (c) {
      var card = el('div', { 'class': 'card' }); card.appendChild(el('b', null, fmt(c[1]))); card.appendChild(el('span', null, c[0]));
      box.appendChild(card);
    });
  }

  // -- start -------------------------------------------------------------------------------------------
  summary();
  var withData = {};
  D.series.active.concat(D.series.apps).forEach(function (r) { withData[r[1]] = 1; });
  var yearChoices = D.years.slice().reverse();
  yearChoices.forEach(function (y) { $('year-select').appendChild(el('option', { value: y }, y + '年')); });
  var latest = yearChoices.filter(function (y) { return withData[y]; })[0];
  if (latest !== undefined) { $('year-select').value = String(latest); }
  $('year-select').addEventListener('change', drawYear);
  $('trend-filter').addEventListener('input', drawTrends);
  if (yearChoices.length) { drawYear(); } else {
    ['chart-rank-active', 'chart-rank-apps', 'chart-mix-category', 'chart-mix-channel'].forEach(function (id) { empty(id, '没有带年份的报告'); });
  }
  drawTrends();
  heatChart();
  coverageChart();
  largeNote();
  countyTable();
  bodySearch();
  reportTable();
  findingTable();
  document.body.setAttribute('data-ready', '1');
})();
