/*
 * CT15: Cockpit dashboard plugin "Tiến độ thực hiện <the plan>" (Mục II.5 of Kiến An's plan); the plan as
 * texts cite it comes from <context>/ct15/api/webapp-info.
 * An ES module Cockpit imports from /camunda/api/cockpit/plugin/ct15-progress/static/app/plugin.js
 * (see ProgressCockpitPlugin). Plain DOM, no build step. Data: GET <context>/ct15/api/progress
 * with the browser's Cockpit session; every text from the server is set with textContent.
 */

const PLUGIN_ID = 'ct15-progress';
const TITLE = 'Tiến độ thực hiện kế hoạch';
/** Cancels the dashboard's pending request when Cockpit unmounts it. */
let abortPending = () => {};

/** The servlet context path: the webapps' app-root is <context path><webapp path> ("/camunda"). */
const CONTEXT = ((base) => {
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.substring(0, appRoot.lastIndexOf('/'));
})(document.querySelector('base'));
/** The helpers the product's plugins share, served beside the webapps (see static/ct15/webapp/plugin-kit.js). */
const {el, formatDate, apiHeaders, callApi, onYear} = await import(CONTEXT + '/ct15/webapp/plugin-kit.js');

function cellTitle(cell) {
  const lines = ['Trạng thái: ' + cell.label, 'Nhiệm vụ: ' + cell.taskName,
    'Hạn xử lý: ' + (formatDate(cell.due) || 'không có')];
  if (cell.extended) {
    lines.push('Đã gia hạn; hạn ban đầu: ' + formatDate(cell.originalDue));
  }
  if (cell.finished) {
    lines.push('Hoàn thành: ' + formatDate(cell.finished));
  }
  if (cell.attempts > 1) {
    lines.push('Số lần thực hiện (có trả lại): ' + cell.attempts);
  }
  lines.push('Bấm để mở quy trình trong Cockpit.');
  return lines.join('\n');
}

/** The non-zero counts per state, as small coloured badges. */
function badges(totals, states) {
  const box = el('span', {class: 'ct15-progress-badges'});
  states.filter((state) => totals[state.code] > 0).forEach((state) => {
    box.append(el('span', {class: 'ct15-state ct15-state-' + state.code, title: state.label},
      String(totals[state.code])));
  });
  box.append(el('span', {class: 'ct15-progress-total', title: 'Tổng số nhiệm vụ'}, '/ ' + totals.total));
  return box;
}

function matrixTable(data) {
  const head = el('tr', {}, el('th', {class: 'ct15-progress-unit'}, 'Đơn vị'),
    data.duties.map((duty) => el('th', {title: duty.businessKey}, duty.label)),
    el('th', {}, 'Tổng theo đơn vị'));
  const rows = data.units.map((unit) => el('tr', {'data-unit': unit.unitId},
    el('th', {class: 'ct15-progress-unit', scope: 'row'}, unit.name),
    data.duties.map((duty) => {
      const cell = unit.cells[duty.id];
      if (!cell) {
        return el('td', {class: 'ct15-state-none', title: 'Đơn vị không có nhiệm vụ này'}, '—');
      }
      return el('td', {class: 'ct15-state ct15-state-' + cell.state + (cell.extended ? ' ct15-extended' : ''),
        title: cellTitle(cell), 'data-duty': duty.id},
      el('a', {href: cell.cockpitUrl}, cell.label,
        cell.extended ? el('small', {class: 'ct15-extended-to'}, 'gia hạn đến ' + formatDate(cell.due).substring(0, 10)) : null));
    }),
    el('td', {}, badges(unit.totals, data.states))));
  const foot = el('tr', {class: 'ct15-progress-totals'}, el('th', {class: 'ct15-progress-unit'}, 'Tổng theo nhiệm vụ'),
    data.duties.map((duty) => el('td', {}, badges(duty.totals, data.states))),
    el('td', {}, badges(data.totals, data.states)));
  return el('table', {class: 'ct15-progress-matrix'}, el('thead', {}, head), el('tbody', {}, rows),
    el('tfoot', {}, foot));
}

function legend(data) {
  return el('p', {class: 'ct15-progress-legend'}, data.states.map((state) =>
    el('span', {class: 'ct15-state ct15-state-' + state.code}, state.label + ': ' + data.totals[state.code])),
  el('small', {}, '«Đang thực hiện»: việc chưa xong, hạn xử lý trong vòng ' + data.dueSoonDays
    + ' ngày tới hoặc không có hạn; «Chưa đến hạn»: hạn xử lý sau đó. Ô viền đậm: nhiệm vụ đã được gia hạn ('
    + data.totals.extended + '), tính theo hạn mới.'));
}

const plugin = {
  id: PLUGIN_ID,
  pluginPoint: 'cockpit.dashboard',
  priority: 100,

  render(node, {api}) {
    const year = el('input', {type: 'number', min: '2000', max: '2100', id: 'ct15-progress-year',
      value: String(new Date().getFullYear())});
    const show = el('button', {type: 'button', class: 'btn btn-default', id: 'ct15-progress-show'}, 'Xem');
    const download = el('a', {class: 'btn btn-default', id: 'ct15-progress-xlsx'}, 'Tải về Excel (.xlsx)');
    const status = el('p', {class: 'ct15-progress-status', role: 'status'});
    const content = el('div', {class: 'ct15-progress-content'});
    const heading = el('h3', {}, TITLE);
    const basis = el('p', {class: 'ct15-progress-basis'}, 'Theo dõi, kiểm tra việc thực hiện của từng đơn vị, từng nhiệm vụ.');
    callApi(CONTEXT + '/ct15/api/webapp-info', {headers: apiHeaders(api)})
      .then(({response, body}) => {
        if (response.ok && body.plan) {
          heading.textContent = 'Tiến độ thực hiện ' + body.plan;
          basis.textContent = 'Mục II.5, ' + body.plan + ': theo dõi, kiểm tra việc thực hiện của từng đơn vị, từng nhiệm vụ.';
        }
      })
      .catch(() => {});
    const section = el('section', {class: 'ct15-progress'},
      heading,
      basis,
      el('div', {class: 'ct15-progress-controls'},
        el('label', {for: 'ct15-progress-year'}, 'Năm kế hoạch '), year, ' ', show, ' ', download),
      status, content);
    node.append(section);

    abortPending = onYear(year, show, (chosen, signal) => {
      const query = '?year=' + encodeURIComponent(chosen);
      download.setAttribute('href', CONTEXT + '/ct15/api/progress.xlsx' + query);
      status.textContent = 'Đang tải tiến độ năm ' + chosen + '…';
      content.replaceChildren();
      callApi(CONTEXT + '/ct15/api/progress' + query, {headers: apiHeaders(api), signal})
        .then(({response, body}) => {
          if (!response.ok) {
            status.textContent = body.message || ('Không tải được tiến độ (mã lỗi ' + response.status + ').');
            return;
          }
          if (!body.units.length) {
            status.textContent = 'Năm ' + body.year + ' chưa có nhiệm vụ nào được giao.';
            return;
          }
          status.textContent = body.units.length + ' đơn vị, ' + body.duties.length + ' nhiệm vụ, số liệu lúc '
            + formatDate(body.generatedAt) + '.';
          content.replaceChildren(legend(body), el('div', {class: 'ct15-progress-scroll'}, matrixTable(body)));
        })
        .catch((error) => {
          if (error.name !== 'AbortError') {
            status.textContent = 'Không tải được tiến độ: ' + error.message;
          }
        });
    });
  },

  unmount() {
    abortPending();
  }
};

/** "1.234" or "87,5"; "—" for nothing (a ratio of no cases). */
function number(value) {
  return value === null || value === undefined ? '—' : Number(value).toLocaleString('vi-VN', {maximumFractionDigits: 1});
}

/** A number with a bar as long as its share of the row's largest value (style set from script: fine under the CSP). */
function bar(value, max) {
  const fill = el('span', {class: 'ct15-figures-bar'});
  fill.style.width = (max > 0 && value ? Math.round(100 * value / max) : 0) + '%';
  return el('div', {class: 'ct15-figures-cell'}, el('span', {class: 'ct15-figures-bar-track'}, fill),
    el('span', {class: 'ct15-figures-number'}, number(value)));
}

function figuresTable(data) {
  const head = el('tr', {}, el('th', {class: 'ct15-figures-label'}, 'Chỉ tiêu'), el('th', {}, 'Tổng cộng'),
    data.kinds.map((kind) => el('th', {title: kind.units + ' cơ quan, đơn vị'}, kind.name)));
  const rows = [];
  data.parts.forEach((part) => {
    rows.push(el('tr', {class: 'ct15-figures-part'}, el('th', {colspan: String(2 + data.kinds.length)}, part.title)));
    part.figures.forEach((figure) => {
      const byKind = data.kinds.map((kind) => figure.byKind[kind.code]);
      const max = Math.max(0, ...byKind.filter((value) => typeof value === 'number'));
      rows.push(el('tr', {'data-figure': figure.key},
        el('th', {class: 'ct15-figures-label', scope: 'row'}, figure.label + ' (' + figure.unit + ')'),
        el('td', {class: 'ct15-figures-total'}, number(figure.total)),
        figure.unit === '%' ? byKind.map((value) => el('td', {}, number(value)))
          : byKind.map((value) => el('td', {}, bar(value, max)))));
    });
  });
  return el('table', {class: 'ct15-figures-table'}, el('thead', {}, head), el('tbody', {}, rows));
}

function trendTable(trend) {
  const head = el('tr', {}, el('th', {class: 'ct15-figures-label'}, 'Chỉ tiêu'),
    trend.periods.map((period) => el('th', {}, period.label)));
  const rows = trend.figures.map((figure) => {
    const max = Math.max(0, ...figure.values.filter((value) => typeof value === 'number'));
    return el('tr', {'data-trend': figure.key}, el('th', {class: 'ct15-figures-label', scope: 'row'},
      figure.label + ' (' + figure.unit + ')'),
    figure.values.map((value) => el('td', {}, figure.unit === '%' ? number(value) : bar(value, max))));
  });
  return el('table', {class: 'ct15-figures-table ct15-figures-trend'}, el('thead', {}, head), el('tbody', {}, rows));
}

/** Cockpit dashboard plugin "Số liệu báo cáo định kỳ": the period's figures by kind of unit, and their trend. */
const figuresPlugin = {
  id: 'ct15-figures',
  pluginPoint: 'cockpit.dashboard',
  priority: 90,

  render(node, {api}) {
    const period = el('input', {type: 'text', id: 'ct15-figures-period', placeholder: 'ví dụ 2026-H1 hoặc 2026', size: '10'});
    const show = el('button', {type: 'button', class: 'btn btn-default', id: 'ct15-figures-show'}, 'Xem');
    const status = el('p', {class: 'ct15-progress-status', role: 'status'});
    const content = el('div', {class: 'ct15-figures-content'});
    node.append(el('section', {class: 'ct15-figures'},
      el('h3', {}, 'Số liệu báo cáo định kỳ'),
      el('p', {class: 'ct15-progress-basis'}, 'Số liệu các cơ quan, đơn vị báo cáo trong kỳ, cộng theo loại đơn vị, và qua các kỳ đã báo cáo.'),
      el('div', {class: 'ct15-progress-controls'}, el('label', {for: 'ct15-figures-period'}, 'Kỳ báo cáo '), period, ' ', show),
      status, content));
    const load = () => {
      const query = period.value.trim() ? '?period=' + encodeURIComponent(period.value.trim()) : '';
      status.textContent = 'Đang tải số liệu…';
      content.replaceChildren();
      callApi(CONTEXT + '/ct15/api/figures' + query, {headers: apiHeaders(api)})
        .then(({response, body}) => {
          if (!response.ok) {
            status.textContent = body.message || ('Không tải được số liệu (mã lỗi ' + response.status + ').');
            return;
          }
          period.value = body.period;
          status.textContent = 'Kỳ báo cáo ' + body.periodLabel + ' (số liệu tính ' + body.dataWindow + '): '
            + body.reported + ' cơ quan, đơn vị.';
          content.replaceChildren(el('div', {class: 'ct15-progress-scroll'}, figuresTable(body)),
            el('h4', {}, 'Qua các kỳ báo cáo'), el('div', {class: 'ct15-progress-scroll'}, trendTable(body.trend)));
        })
        .catch((error) => {
          status.textContent = 'Không tải được số liệu: ' + error.message;
        });
    };
    show.addEventListener('click', load);
    period.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        load();
      }
    });
    load();
  }
};

export default [plugin, figuresPlugin];
