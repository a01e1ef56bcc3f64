/*
 * CT15: what the product's webapp plugins (Cockpit: ct15-progress, ct15-calendar; Tasklist:
 * ct15-extension) share: DOM building with text only, dates as the webapps
 * write them, calls to /ct15/api with the webapp session, and a year picker that reloads. Served by
 * Spring Boot as a static file at <context>/ct15/webapp/plugin-kit.js (Camunda serves only a plugin's
 * own plugin.js and plugin.css), and imported by each plugin.js with import().
 */

export function cookie(name) {
  const found = document.cookie.split(';').map((part) => part.trim())
    .find((part) => part.startsWith(name + '='));
  return found ? decodeURIComponent(found.substring(name.length + 1)) : null;
}

/**
 * An element with attributes (true: present without value; false, null, undefined: absent) and
 * children (nodes, or values set as text, never as HTML).
 */
export function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== false) {
      element.setAttribute(key, value === true ? '' : value);
    }
  });
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return element;
}

/** dd/MM/yyyy HH:mm in Vietnam's time, as the rest of the webapps write dates. */
const DATE_PARTS = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
  hourCycle: 'h23'
});

export function formatDate(iso) {
  if (!iso) {
    return null;
  }
  const part = Object.fromEntries(DATE_PARTS.formatToParts(new Date(iso)).map(({type, value}) => [type, value]));
  return part.day + '/' + part.month + '/' + part.year + ' ' + part.hour + ':' + part.minute;
}

/**
 * The headers of a call to /ct15/api from a plugin: JSON, marked as the plugin's (a 401 then asks for
 * no browser login dialog), with the session's CSRF token where the webapp has one.
 */
export function apiHeaders(api, extra) {
  const headers = Object.assign({'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'}, extra || {});
  const token = (api && api.CSRFToken) || cookie('XSRF-TOKEN');
  if (token) {
    headers['X-XSRF-TOKEN'] = token;
  }
  return headers;
}

/** A call to /ct15/api with the webapp session: resolves to the response and its JSON body ({} if none). */
export function callApi(url, options) {
  return fetch(url, Object.assign({credentials: 'same-origin'}, options))
    .then((response) => response.json().catch(() => ({})).then((body) => ({response, body})));
}

/**
 * Loads at once, on the button and on Enter in the year box; a new load cancels the one under way.
 * load(year, signal) is given the chosen year and the signal to pass to fetch. Returns the function that
 * cancels the load under way (for the plugin's unmount).
 */
export function onYear(year, show, load) {
  let controller = null;
  const run = () => {
    if (controller) {
      controller.abort();
    }
    controller = new AbortController();
    load(year.value, controller.signal);
  };
  show.addEventListener('click', run);
  year.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      run();
    }
  });
  run();
  return () => controller && controller.abort();
}
