// Helpers of the admin model page's browser test (admin-models.test.mjs).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, api } from './support.mjs';

/** The admin model page's file (the page itself is at /admin/models/; see admin-models.test.mjs). */
export const ADMIN_MODELS_PAGE = '/admin/models/index.html';

/** Logs in to the admin model page with its own login form. */
export async function loginToAdminModels(page, user = 'admin', password = 'demo') {
  await page.goto(`${BASE_URL}${ADMIN_MODELS_PAGE}`);
  await page.getByTestId('login-user').fill(user);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** HTTP Basic GET returning the body as text (the deployed XML). */
export async function apiText(path, user = 'admin') {
  const response = await fetch(`${BASE_URL}${path}`, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${user}:demo`).toString('base64') },
  });
  assert.equal(response.status, 200, `${path}: ${response.status}`);
  return response.text();
}

/** The admin API's entry of one model (GET /api/admin/models). */
export async function adminModel(key) {
  const models = await api('/api/admin/models');
  assert.equal(models.status, 200, JSON.stringify(models.body));
  const model = models.body.find(m => m.key === key);
  assert.ok(model, `${key} listed`);
  return model;
}

/** yyyy-mm-dd today in Beijing time. */
export function beijingToday() {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Files a case at Futian over the court API as a judge; returns { caseNumber, processInstanceId }. */
export async function fileCase(judge = 'ftjudge1') {
  const sequence = 70000 + Math.floor(Math.random() * 20000);
  const caseNumber = `（2026）粤0304执${sequence}号`;
  const filed = await api('/api/cases', {
    user: judge, method: 'POST', body: {
      caseNumber, courtId: 'szft', amount: 86000, basisDocument: '（2026）粤0304民初501号民事判决书',
      nonLitigation: false, filingDate: beijingToday(), judgeId: judge,
      parties: [
        { role: 'CREDITOR', kind: 'ORGANISATION', name: '深圳市测试建材有限公司', identifier: '91350100M000100Y43' },
        { role: 'DEBTOR', kind: 'PERSON', name: '模型测试被执行人', identifier: '11010519491231002X' },
      ],
    },
  });
  assert.equal(filed.status, 201, JSON.stringify(filed.body));
  return { caseNumber, processInstanceId: filed.body.processInstanceId };
}

/** The engine's view of a process instance (its definition id tells the version it runs on). */
export async function processInstance(id) {
  const instance = await api(`/engine-rest/process-instance/${id}`);
  assert.equal(instance.status, 200, JSON.stringify(instance.body));
  return instance.body;
}

export async function openTasks(processInstanceId, user = 'ftjudge1') {
  const tasks = await api(`/engine-rest/task?processInstanceId=${processInstanceId}`, { user });
  assert.equal(tasks.status, 200, JSON.stringify(tasks.body));
  return tasks.body;
}

/** Writes text to a new temporary file (for the page's file input); returns its path. */
export function temporaryFile(name, text) {
  const path = join(mkdtempSync(join(tmpdir(), 'admin-models-')), name);
  writeFileSync(path, text, 'utf8');
  return path;
}
