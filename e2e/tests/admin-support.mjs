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

// filing a case is shared with the Tasklist tests
export { beijingToday, fileCase } from './support.mjs';

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
