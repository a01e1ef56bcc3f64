/*
 * CT15: Cockpit dashboard section «Lịch ngày nghỉ» — a year's days off and weekend days worked, as the
 * working-day counting of deadlines uses them, month by month: decided by the Government (the holiday
 * file) or computed from the Labour Code (Điều 112, Tết and Giỗ Tổ from the Vietnamese lunar calendar).
 * An ES module Cockpit imports from /camunda/api/cockpit/plugin/ct15-calendar/static/app/plugin.js
 * (see CalendarCockpitPlugin). Plain DOM, no build step; data: GET <context>/ct15/api/calendar/<year>
 * with the browser's Cockpit session; every text from the server is set with textContent.
 */

const PLUGIN_ID = 'ct15-calendar';
const WEEKDAYS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
let abortPending = () => {};

/** The servlet context path: the webapps' app-root is <context path><webapp path> ("/camunda"). */
const CONTEXT = ((base) => {
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.substring(0, appRoot.lastIndexOf('/'));
})(document.querySelector('base'));
/** The helpers the product's plugins share, served beside the webapps (see static/ct15/webapp/plugin-kit.js). */
const {el, apiHeaders, callApi, onYear} = await import(CONTEXT + '/ct15/webapp/plugin-kit.js');

function pad(number) {
  return String(number).padStart(2, '0');
}

function isoDate(year, month, day) {
  return year + '-' + pad(month) + '-' + pad(day);
}

function vietnameseDate(iso) {
  const [year, month, day] = iso.split('-');
  return day + '/' + month + '/' + year;
}

/** One month as a table of weeks (Monday first), each day marked off, worked or weekend. */
function month(year, monthNumber, byDate) {
  const first = new Date(Date.UTC(year, monthNumber - 1, 1));
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const rows = [];
  let cells = [];
  for (let i = 0; i < lead; i++) {
    cells.push(el('td', {}));
  }
  for (let day = 1; day <= days; day++) {
    const iso = isoDate(year, monthNumber, day);
    const weekday = (lead + day - 1) % 7;
    const entry = byDate[iso];
    let cls = weekday >= 5 ? 'ct15-cal-weekend' : 'ct15-cal-workday';
    if (entry) {
      cls = entry.kind === 'off' ? 'ct15-cal-off ct15-cal-' + entry.source : 'ct15-cal-working';
    }
    cells.push(el('td', {class: cls, title: entry ? entry.name : null, 'data-date': iso}, String(day)));
    if (cells.length === 7) {
      rows.push(el('tr', {}, cells));
      cells = [];
    }
  }
  if (cells.length) {
    rows.push(el('tr', {}, cells));
  }
  return el('table', {class: 'ct15-cal-month'},
    el('caption', {}, 'Tháng ' + monthNumber),
    el('thead', {}, el('tr', {}, WEEKDAYS.map((name) => el('th', {}, name)))),
    el('tbody', {}, rows));
}

function view(year, days) {
  const byDate = {};
  days.forEach((day) => {
    byDate[day.date] = day;
  });
  const decided = days.some((day) => day.source === 'decision');
  const summary = el('p', {class: 'ct15-cal-summary'},
    decided ? 'Năm ' + year + ': theo quyết định của Chính phủ (tệp ngày nghỉ).'
      : 'Năm ' + year + ': chưa có quyết định của Chính phủ; ngày nghỉ tính theo Bộ luật Lao động 2019 (Điều 112), '
        + 'Tết Nguyên đán và Giỗ Tổ Hùng Vương theo âm lịch Việt Nam.',
    ' Ngày nghỉ: ' + days.filter((day) => day.kind === 'off').length + '.');
  const months = el('div', {class: 'ct15-cal-months'});
  for (let m = 1; m <= 12; m++) {
    months.append(month(year, m, byDate));
  }
  const list = el('table', {class: 'ct15-cal-list'},
    el('thead', {}, el('tr', {}, el('th', {}, 'Ngày'), el('th', {}, 'Tên'), el('th', {}, 'Loại'), el('th', {}, 'Căn cứ'))),
    el('tbody', {}, days.map((day) => el('tr', {'data-date': day.date},
      el('td', {}, vietnameseDate(day.date)), el('td', {}, day.name),
      el('td', {}, day.kind === 'off' ? 'Nghỉ' : 'Làm việc (bù)'),
      el('td', {}, day.source === 'decision' ? 'Quyết định' : 'Bộ luật Lao động')))));
  const legend = el('p', {class: 'ct15-cal-legend'},
    el('span', {class: 'ct15-cal-off ct15-cal-statutory'}, 'Nghỉ theo luật'), ' ',
    el('span', {class: 'ct15-cal-off ct15-cal-decision'}, 'Nghỉ theo quyết định'), ' ',
    el('span', {class: 'ct15-cal-working'}, 'Làm việc bù'), ' ',
    el('span', {class: 'ct15-cal-weekend'}, 'Thứ Bảy, Chủ nhật'));
  return [summary, legend, months, list];
}

const plugin = {
  id: PLUGIN_ID,
  pluginPoint: 'cockpit.dashboard',
  priority: 50,

  render(node, {api} = {}) {
    const year = el('input', {type: 'number', min: '1900', max: '2199', id: 'ct15-calendar-year',
      value: String(new Date().getFullYear())});
    const show = el('button', {type: 'button', class: 'btn btn-default', id: 'ct15-calendar-show'}, 'Xem');
    const status = el('p', {class: 'ct15-cal-status', role: 'status'});
    const content = el('div', {class: 'ct15-cal-content'});
    node.append(el('section', {class: 'ct15-calendar'},
      el('h3', {}, 'Lịch ngày nghỉ'),
      el('p', {class: 'ct15-cal-basis'}, 'Các ngày nghỉ lễ, tết và ngày làm việc bù dùng để tính hạn xử lý theo ngày làm việc.'),
      el('div', {class: 'ct15-cal-controls'}, el('label', {for: 'ct15-calendar-year'}, 'Năm '), year, ' ', show),
      status, content));

    abortPending = onYear(year, show, (chosen, signal) => {
      status.textContent = 'Đang tải lịch năm ' + chosen + '…';
      content.replaceChildren();
      callApi(CONTEXT + '/ct15/api/calendar/' + encodeURIComponent(chosen), {headers: apiHeaders(api), signal})
        .then(({response, body}) => {
          if (!response.ok) {
            status.textContent = body.message || ('Không tải được lịch (mã lỗi ' + response.status + ').');
            return;
          }
          status.textContent = '';
          content.replaceChildren(...view(Number(chosen), body));
        })
        .catch((error) => {
          if (error.name !== 'AbortError') {
            status.textContent = 'Không tải được lịch: ' + error.message;
          }
        });
    });
  },

  unmount() {
    abortPending();
  }
};

export default [plugin];
