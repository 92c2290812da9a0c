// The admin model API (/api/admin/...), HTTP Basic with the credentials the user typed into the login form.
// They live in sessionStorage only (gone when the tab closes). Requests use credentials: 'omit' so that a 401
// never makes the browser show its own login prompt: the page shows its own message instead.

const STORAGE_KEY = 'courtAdminModels.auth';
const API_ROOT = new URL('../../api/', window.location.href);

export class ApiError extends Error {
  constructor(status, problem, fallback) {
    super(problem?.detail || problem?.title || fallback || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  /** The validation problems of a refused deployment (400), if any. */
  get problems() {
    return Array.isArray(this.problem.problems) ? this.problem.problems : [];
  }
}

function encodeBase64(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export const auth = {
  get user() {
    return this.load()?.user ?? null;
  },
  load() {
    try {
      return JSON.parse(sessionStorage.getItem(STORAGE_KEY));
    } catch {
      return null;
    }
  },
  save(user, password) {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ user, header: 'Basic ' + encodeBase64(`${user}:${password}`) }));
  },
  clear() {
    sessionStorage.removeItem(STORAGE_KEY);
  },
};

/** Called with the ApiError of any 401, so that the page can return to its login form. */
let onUnauthorized = () => {};
export function setUnauthorizedHandler(handler) {
  onUnauthorized = handler;
}

/** The Chinese message shown for an error of the API. */
export function describeError(error) {
  if (!(error instanceof ApiError)) {
    return `无法连接服务器：${error?.message ?? error}`;
  }
  if (error.status === 401) return `未登录或密码错误：${error.problem.detail ?? '请重新登录。'}`;
  if (error.status === 403) {
    return `无权限：只有系统管理员可以管理流程模型。${error.problem.detail ? '（' + error.problem.detail + '）' : ''}`;
  }
  return error.message;
}

async function request(method, path, { body, accept = 'application/json', raw = false, headers = {} } = {}) {
  const stored = auth.load();
  const init = {
    method,
    credentials: 'omit',
    headers: { Accept: accept, ...headers, ...(stored ? { Authorization: stored.header } : {}) },
  };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(new URL(path.replace(/^\//, ''), API_ROOT), init);
  if (!response.ok) {
    let problem = null;
    const text = await response.text();
    try { problem = text ? JSON.parse(text) : null; } catch { problem = { detail: text.slice(0, 300) }; }
    const error = new ApiError(response.status, problem, response.statusText);
    if (response.status === 401) onUnauthorized(error);
    throw error;
  }
  if (raw) return response;
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

const enc = encodeURIComponent;

export const api = {
  models: () => request('GET', 'admin/models'),
  xml: async definitionId => (await request('GET', `admin/models/definitions/${enc(definitionId)}/xml`,
    { accept: 'application/xml, text/xml, */*', raw: true })).text(),
  download: async definitionId => {
    const response = await request('GET', `admin/models/definitions/${enc(definitionId)}/xml?download=true`,
      { accept: 'application/xml, text/xml, */*', raw: true });
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
    const filename = match ? decodeURIComponent(match[1] ?? match[2]) : null;
    return { blob: await response.blob(), filename };
  },
  validate: (kind, xml) => request('POST', 'admin/models/validate', { body: { kind, xml } }),
  deploy: (kind, xml, comment) => request('POST', 'admin/models/deployments',
    { body: { kind, xml, ...(comment ? { comment } : {}) } }),
  history: key => request('GET', `admin/models/${enc(key)}/history`),
  diff: (key, from, to) => request('GET', `admin/models/${enc(key)}/diff?from=${enc(from)}&to=${enc(to)}`),
  migrationPlan: (sourceDefinitionId, targetDefinitionId) =>
    request('POST', 'admin/migrations/plan', { body: { sourceDefinitionId, targetDefinitionId } }),
  startMigration: (sourceDefinitionId, targetDefinitionId) =>
    request('POST', 'admin/migrations', { body: { sourceDefinitionId, targetDefinitionId } }),
  migration: batchId => request('GET', `admin/migrations/${enc(batchId)}`),
  migrations: key => request('GET', `admin/migrations?key=${enc(key)}`),
};
