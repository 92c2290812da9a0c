// The admin model page: login, then a hash router over three views.
//   #/                       the deployed models (list.js)
//   #/history/<key>          a model's versions, diff and migrations (history.js)
//   #/edit/<definitionId>    the modeler (editor.js)
import { api, auth, describeError, setUnauthorizedHandler } from './api.js';
import { h, clear } from './util.js';
import { renderList } from './list.js';
import { renderHistory } from './history.js';
import { renderEditor } from './editor.js';

const app = document.getElementById('app');
const session = document.getElementById('session');

let current = null;       // the mounted view: { destroy?, canLeave? }
let currentHash = null;
let restoringHash = false;
let loggingIn = false;    // a 401 of the login attempt itself is the login form's business

const context = {
  navigate(hash) {
    if (location.hash === hash) route();
    else location.hash = hash;
  },
  /** Replaces the address without re-rendering (the editor after a deployment). */
  replaceHash(hash) {
    history.replaceState(null, '', hash);
    currentHash = location.hash;
  },
};

function parse(hash) {
  const path = hash.replace(/^#\/?/, '');
  const [view, ...rest] = path.split('/');
  const arg = rest.length ? decodeURIComponent(rest.join('/')) : null;
  if (view === 'edit' && arg) return { view: 'edit', arg };
  if (view === 'history' && arg) return { view: 'history', arg };
  return { view: 'list' };
}

function mount(route) {
  current?.destroy?.();
  current = null;
  clear(app);
  const container = h('section', { class: `view view-${route.view}` });
  app.append(container);
  if (route.view === 'edit') current = renderEditor(container, route.arg, context);
  else if (route.view === 'history') current = renderHistory(container, route.arg, context);
  else current = renderList(container, context);
  document.body.dataset.view = route.view;
}

async function route() {
  if (restoringHash) { restoringHash = false; return; }
  if (!auth.user) { showLogin(); return; }
  showSession();
  if (current?.canLeave && currentHash !== null && location.hash !== currentHash) {
    const target = location.hash;
    const leave = await current.canLeave();
    if (!leave) {
      restoringHash = true;
      location.hash = currentHash;
      return;
    }
    if (location.hash !== target) return;
  }
  currentHash = location.hash;
  mount(parse(location.hash));
}

function showSession() {
  session.hidden = false;
  session.querySelector('.session-user').textContent = `系统管理员：${auth.user}`;
}

function showLogin(message) {
  current?.destroy?.();
  current = null;
  currentHash = null;
  session.hidden = true;
  document.body.dataset.view = 'login';
  clear(app);
  const user = h('input', { id: 'login-user', name: 'username', autocomplete: 'username', required: true, 'data-testid': 'login-user' });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password',
    required: true, 'data-testid': 'login-password' });
  const error = h('div', { class: 'alert alert-error', role: 'alert', 'data-testid': 'login-error', hidden: !message }, message ?? '');
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-block', 'data-testid': 'login-submit' }, '登录');
  const form = h('form', { class: 'login-form', novalidate: true },
    h('h1', {}, '流程模型管理'),
    h('p', { class: 'muted' }, '查看、编辑和部署执行流程（BPMN）与决策表（DMN）。仅限系统管理员。'),
    error,
    h('label', { for: 'login-user' }, '用户名'), user,
    h('label', { for: 'login-password' }, '密码'), password,
    submit);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    error.hidden = true;
    if (!user.value.trim() || !password.value) {
      error.textContent = '请输入用户名和密码。';
      error.hidden = false;
      return;
    }
    submit.disabled = true;
    submit.textContent = '正在登录…';
    auth.save(user.value.trim(), password.value);
    loggingIn = true;
    try {
      await api.models();
      loggingIn = false;
      password.value = '';
      route();
    } catch (e) {
      loggingIn = false;
      auth.clear();
      error.textContent = e.status === 401 ? '用户名或密码错误，请重新输入。连续输错后账户会被短暂锁定，请稍候几秒再试。'
        : e.status === 403 ? `账号“${user.value.trim()}”不是系统管理员，无权管理流程模型。` : describeError(e);
      error.hidden = false;
      submit.disabled = false;
      submit.textContent = '登录';
      password.select();
    }
  });
  app.append(h('section', { class: 'view view-login' }, form));
  (user.value ? password : user).focus();
}

setUnauthorizedHandler(() => {
  if (!auth.user || loggingIn) return;
  auth.clear();
  showLogin('登录已失效或密码已更改，请重新登录。');
});

session.querySelector('[data-testid=logout]').addEventListener('click', async () => {
  if (current?.canLeave && !(await current.canLeave())) return;
  auth.clear();
  history.replaceState(null, '', '#/');
  showLogin();
});

window.addEventListener('hashchange', route);
window.addEventListener('beforeunload', event => {
  if (current?.isDirty?.()) {
    event.preventDefault();
    event.returnValue = '';
  }
});
route();
