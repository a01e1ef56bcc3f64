// Vietnamese for the few English texts that form-js 1.8 (the Camunda Forms renderer of Tasklist 7.24)
// writes itself and offers no form property for: the select's "Select", the "Search" placeholder of
// searchable selects and taglists, the empty option list, the browser-side validation messages, the
// date placeholder and the date picker's month and weekday names. Loaded by tasklist/scripts/config.js (customScripts).
// Only text inside a rendered Camunda Form or its date picker is touched; form-js re-renders a text
// when its own value changes, and the observer translates it again.

const PHRASES = {
  Select: 'Chọn',
  Search: 'Tìm kiếm',
  'No results': 'Không có lựa chọn phù hợp',
  'All values selected': 'Đã chọn tất cả',
  'Field is required.': 'Trường này là bắt buộc.',
  'Field must be a valid email.': 'Trường này phải là địa chỉ thư điện tử hợp lệ.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Trường này phải là số điện thoại hợp lệ (ví dụ: +84225123456).',
  'Value is not a number.': 'Giá trị không phải là một số.',
  'Date and time must both be entered.': 'Phải nhập cả ngày và giờ.'
};

const PATTERNS = [
  [/^Field must have minimum length of (\d+)\.$/, 'Trường này phải có ít nhất $1 ký tự.'],
  [/^Field must have maximum length of (\d+)\.$/, 'Trường này không được dài quá $1 ký tự.'],
  [/^Field must have minimum value of (.+)\.$/, 'Giá trị phải lớn hơn hoặc bằng $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Giá trị phải nhỏ hơn hoặc bằng $1.'],
  [/^Field must match pattern .*$/, 'Trường này không đúng định dạng.'],
  [/^Date must match pattern .*$/, 'Ngày không đúng định dạng.']
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const WEEKDAYS = { Sun: 'CN', Mon: 'T2', Tue: 'T3', Wed: 'T4', Thu: 'T5', Fri: 'T6', Sat: 'T7' };

const FORM = '.fjs-container';
const PICKER = '.flatpickr-calendar';

function vietnamese(text) {
  const trimmed = text.trim();
  if (PHRASES[trimmed]) {
    return text.replace(trimmed, PHRASES[trimmed]);
  }
  const month = MONTHS.indexOf(trimmed);
  if (month >= 0) {
    return text.replace(trimmed, `Tháng ${month + 1}`);
  }
  if (WEEKDAYS[trimmed]) {
    return text.replace(trimmed, WEEKDAYS[trimmed]);
  }
  if (/^(dd|mm|yyyy)([./-])(dd|mm|yyyy)\2(dd|mm|yyyy)$/.test(trimmed)) {
    // the date placeholder, in the order of the browser's locale (mm/dd/yyyy, dd/mm/yyyy …)
    return text.replace(trimmed, trimmed.replace('dd', 'ngày').replace('mm', 'tháng').replace('yyyy', 'năm'));
  }
  for (const [pattern, replacement] of PATTERNS) {
    if (pattern.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(pattern, replacement));
    }
  }
  return text;
}

function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return !!element && !!element.closest(`${FORM}, ${PICKER}`);
}

function translateText(node) {
  if (node.data.trim() && inForm(node)) {
    const translated = vietnamese(node.data);
    if (translated !== node.data) {
      node.data = translated;
    }
  }
}

function translatePlaceholder(element) {
  const placeholder = element.getAttribute('placeholder');
  if (placeholder && inForm(element)) {
    const translated = vietnamese(placeholder);
    if (translated !== placeholder) {
      element.setAttribute('placeholder', translated);
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  if (root.hasAttribute('placeholder')) {
    translatePlaceholder(root);
  }
  root.querySelectorAll('[placeholder]').forEach(translatePlaceholder);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateText(node);
  }
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      translateText(mutation.target);
    } else if (mutation.type === 'attributes') {
      translatePlaceholder(mutation.target);
    } else {
      mutation.addedNodes.forEach((node) => {
        if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) {
          if (inForm(node) || (node.nodeType === Node.ELEMENT_NODE && node.querySelector(`${FORM}, ${PICKER}`))) {
            translateTree(node);
          }
        }
      });
    }
  }
}).observe(document.body, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['placeholder']
});

export default [];
