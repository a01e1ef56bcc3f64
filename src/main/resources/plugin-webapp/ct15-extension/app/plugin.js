/*
 * CT15: the Tasklist tab «Gia hạn» of a task (Mục III.1, "thường xuyên kiểm tra, đôn đốc"): the task's
 * due date, whether it was extended, its extension requests with their outcome, and the form by which
 * the unit asks for more time. An ES module Tasklist imports from
 * /camunda/api/tasklist/plugin/ct15-extension/static/app/plugin.js (see ExtensionTasklistPlugin).
 * Plain DOM, no build step; data: <context>/ct15/api/tasks/{taskId}/extension-requests with the
 * Tasklist session and its CSRF token; every text from the server is set with textContent.
 */

const PLUGIN_ID = 'ct15-extension';
let abortPending = () => {};

/** The servlet context path: the webapps' app-root is <context path><webapp path> ("/camunda"). */
const CONTEXT = ((base) => {
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.substring(0, appRoot.lastIndexOf('/'));
})(document.querySelector('base'));
/** The helpers the product's plugins share, served beside the webapps (see static/ct15/webapp/plugin-kit.js). */
const {el, formatDate, apiHeaders, callApi} = await import(CONTEXT + '/ct15/webapp/plugin-kit.js');

function requestRow(request) {
  const decided = request.decidedAt
    ? formatDate(request.decidedAt) + (request.decidedBy ? ' (' + request.decidedBy + ')' : '') : '';
  return el('tr', {class: 'ct15-extension-' + request.state},
    el('td', {}, formatDate(request.askedAt), el('br'), el('small', {}, request.askedByName || request.askedBy || '')),
    el('td', {}, formatDate(request.proposedDue)),
    el('td', {class: 'ct15-extension-reason'}, request.reason || ''),
    el('td', {}, el('strong', {}, request.stateLabel),
      request.grantedDue ? el('div', {}, 'Hạn mới: ' + formatDate(request.grantedDue)) : null,
      request.comment ? el('div', {class: 'ct15-extension-comment'}, 'Ý kiến: ' + request.comment) : null),
    el('td', {}, decided));
}

function view(data) {
  const facts = el('p', {class: 'ct15-extension-due'}, 'Hạn xử lý hiện tại: ', el('strong', {}, formatDate(data.due) || 'không có'));
  if (data.originalDue) {
    facts.append(' — đã gia hạn, hạn ban đầu ' + formatDate(data.originalDue));
  }
  const parts = [facts];
  if (data.requests.length) {
    parts.push(el('table', {class: 'table table-condensed ct15-extension-requests'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Đề nghị lúc'), el('th', {}, 'Hạn đề nghị'), el('th', {}, 'Lý do'),
        el('th', {}, 'Kết quả'), el('th', {}, 'Xét lúc'))),
      el('tbody', {}, data.requests.map(requestRow))));
  } else {
    parts.push(el('p', {class: 'ct15-extension-none'}, 'Nhiệm vụ chưa có đề nghị gia hạn nào.'));
  }
  return parts;
}

function askForm(onSubmit) {
  const reason = el('textarea', {id: 'ct15-extension-reason', class: 'form-control', rows: '3', maxlength: '4000',
    required: true, placeholder: 'Vì sao đơn vị cần thêm thời gian'});
  const due = el('input', {id: 'ct15-extension-due', class: 'form-control', type: 'date', required: true});
  const send = el('button', {type: 'submit', class: 'btn btn-primary', id: 'ct15-extension-send'}, 'Gửi đề nghị gia hạn');
  const form = el('form', {class: 'ct15-extension-form'},
    el('h4', {}, 'Đề nghị gia hạn'),
    el('div', {class: 'form-group'}, el('label', {for: 'ct15-extension-reason'}, 'Lý do'), reason),
    el('div', {class: 'form-group'}, el('label', {for: 'ct15-extension-due'}, 'Gia hạn đến ngày'), due),
    send);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send.disabled = true;
    onSubmit({reason: reason.value, proposedDue: due.value}).finally(() => {
      send.disabled = false;
    });
  });
  return form;
}

const plugin = {
  id: PLUGIN_ID,
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  properties: {
    label: 'Gia hạn'
  },

  render(node, {api, taskId}) {
    const url = CONTEXT + '/ct15/api/tasks/' + encodeURIComponent(taskId) + '/extension-requests';
    const status = el('p', {class: 'ct15-extension-status', role: 'status'});
    const content = el('div', {class: 'ct15-extension-content'});
    node.append(el('section', {class: 'ct15-extension'}, status, content));

    let controller = null;
    const load = (note) => {
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      // The note (e.g. "request sent") shows only once the view it speaks of is on the page.
      status.textContent = 'Đang tải…';
      return callApi(url, {headers: apiHeaders(api), signal: controller.signal})
        .then(({response, body}) => {
          if (!response.ok) {
            status.textContent = body.message || ('Không tải được thông tin gia hạn (mã lỗi ' + response.status + ').');
            return;
          }
          const parts = view(body);
          if (body.canRequest) {
            parts.push(askForm(ask));
          } else if (body.cannotRequestReason) {
            parts.push(el('p', {class: 'ct15-extension-cannot'}, body.cannotRequestReason));
          }
          content.replaceChildren(...parts);
          status.textContent = note || '';
        })
        .catch((error) => {
          if (error.name !== 'AbortError') {
            status.textContent = 'Không tải được thông tin gia hạn: ' + error.message;
          }
        });
    };
    const ask = (request) => callApi(url, {method: 'POST', headers: apiHeaders(api, {'Content-Type': 'application/json'}),
      body: JSON.stringify(request)})
      .then(({response, body}) => {
        if (!response.ok) {
          status.textContent = body.message || ('Không gửi được đề nghị (mã lỗi ' + response.status + ').');
          return;
        }
        return load(body.message);
      })
      .catch((error) => {
        status.textContent = 'Không gửi được đề nghị: ' + error.message;
      });
    abortPending = () => controller && controller.abort();
    load();
  },

  unmount() {
    abortPending();
  }
};

export default [plugin];
