// Small DOM and formatting helpers of the admin model page. No framework: views build their DOM with h().

/**
 * Creates an element. attrs: plain attributes, plus `class`, `dataset`-free `data-*` names, `on<event>` handlers
 * (functions), `disabled`/`checked`/`hidden` booleans and `text`. Children: nodes, strings, arrays, null.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'text') {
      el.textContent = value;
    } else if (name === 'class') {
      el.className = value;
    } else if (name === 'value') {
      el.value = value;
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

const beijing = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
});

/** An ISO instant as Beijing time, 2026-11-22 20:01:02. */
export function formatTime(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(beijing.formatToParts(date).map(p => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

export const SOURCE_LABELS = { RELEASE: '发布', ADMIN: '管理员' };
export const SEVERITY_LABELS = { ERROR: '错误', WARNING: '警告' };

export function sourceLabel(source) {
  return SOURCE_LABELS[source] ?? source ?? '—';
}

export function sourceBadge(source) {
  return h('span', { class: `badge source-${String(source ?? '').toLowerCase()}` }, sourceLabel(source));
}

/** A transient message at the top right. kind: info | success | error. */
export function toast(message, kind = 'info') {
  let box = document.getElementById('toasts');
  if (!box) {
    box = h('div', { id: 'toasts', 'aria-live': 'polite' });
    document.body.append(box);
  }
  const item = h('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
  box.append(item);
  setTimeout(() => item.classList.add('leaving'), 4000);
  setTimeout(() => item.remove(), 4600);
}

/**
 * A modal dialog. content: node(s); buttons: [{ label, kind, testid, onClick(close) }]. Returns { close, body, el }.
 * The dialog closes with Escape or its × unless `sticky`.
 */
export function openDialog({ title, content, buttons = [], wide = false, testid, sticky = false, onClose }) {
  const previousFocus = document.activeElement;
  const body = h('div', { class: 'dialog-body' }, content);
  const footer = h('div', { class: 'dialog-footer' });
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    document.removeEventListener('keydown', onKey, true);
    overlay.remove();
    onClose?.();
    previousFocus?.focus?.();
  };
  const onKey = event => {
    if (event.key === 'Escape' && !sticky) { event.stopPropagation(); close(); }
  };
  const renderButtons = list => {
    clear(footer);
    for (const b of list) {
      footer.append(h('button', {
        type: 'button', class: `btn ${b.kind ? 'btn-' + b.kind : ''}`, 'data-testid': b.testid,
        disabled: b.disabled, onclick: () => b.onClick ? b.onClick(close) : close(),
      }, b.label));
    }
  };
  renderButtons(buttons);
  const dialog = h('div', {
    class: `dialog ${wide ? 'dialog-wide' : ''}`, role: 'dialog', 'aria-modal': 'true', 'aria-label': title,
    'data-testid': testid,
  },
  h('div', { class: 'dialog-header' },
    h('h2', {}, title),
    h('button', { type: 'button', class: 'dialog-close', title: '关闭', 'aria-label': '关闭', onclick: close }, '×')),
  body, footer);
  const overlay = h('div', { class: 'dialog-overlay' }, dialog);
  document.body.append(overlay);
  document.addEventListener('keydown', onKey, true);
  dialog.querySelector('.dialog-footer button, .dialog-close')?.focus();
  return { close, body, el: dialog, footer, setButtons: renderButtons, get closed() { return closed; } };
}

/** Asks a yes/no question in a dialog; resolves true for yes. */
export function confirmDialog({ title, message, yes = '确定', no = '取消', danger = false }) {
  return new Promise(resolve => {
    let answer = false;
    openDialog({
      title, content: h('p', {}, message), testid: 'confirm-dialog',
      buttons: [
        { label: no, testid: 'confirm-no', onClick: close => { answer = false; close(); } },
        { label: yes, kind: danger ? 'danger' : 'primary', testid: 'confirm-yes', onClick: close => { answer = true; close(); } },
      ],
      onClose: () => resolve(answer),
    });
  });
}

/** Offers text or a Blob as a file download. */
export function saveFile(content, filename, type = 'application/xml') {
  const blob = content instanceof Blob ? content : new Blob([content], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** The file name of a resource path: bpmn/EnforcementCaseProcess.bpmn -> EnforcementCaseProcess.bpmn. */
export function baseName(path) {
  return String(path ?? '').split(/[\\/]/).pop();
}

export function kindExtension(kind) {
  return kind === 'DMN' ? 'dmn' : 'bpmn';
}
