import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://localhost:18181';

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export async function openBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/** A Chinese-speaking user in Beijing time. */
export async function newPage(browser) {
  const context = await browser.newContext({
    locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 },
  });
  return context.newPage();
}

/**
 * Logs in to Tasklist. The login form is rendered by Tasklist's Angular app: the fields are filled only once the
 * app has settled, checked before submitting, and the login is submitted again once if the form is still shown
 * (a submit that raced the app's start). A failed login ends the test with the page's message and a screenshot.
 */
export async function loginToTasklist(page, user, password = 'demo') {
  await page.goto(`${BASE_URL}/camunda/app/tasklist/default/`, { waitUntil: 'networkidle' });
  const filterList = page.locator('[cam-tasklist-filters] .task-filter, [cam-tasklist-filters] li').first();
  for (let attempt = 1; attempt <= 2; attempt++) {
    const userField = page.locator('input[type=text]');
    await userField.waitFor({ timeout: 30000 });
    await userField.fill(user);
    await page.locator('input[type=password]').fill(password);
    if (await userField.inputValue() !== user) continue;
    await page.locator('button[type=submit]').click();
    try {
      await filterList.waitFor({ timeout: 45000 });
      return;
    } catch (error) {
      const stillOnLogin = await page.locator('input[type=password]').isVisible().catch(() => false);
      if (!stillOnLogin || attempt === 2) {
        const notice = await page.locator('.notifications, .alert').allInnerTexts().catch(() => []);
        await shot(page, `login-failed-${user}`).catch(() => {});
        throw new Error(`Tasklist login of ${user} did not show the filters: ${notice.join(' | ') || error.message}`);
      }
    }
  }
  throw new Error(`Tasklist login of ${user}: the user field did not keep the value`);
}

/** The filter list on the left of Tasklist. */
export function filters(page) {
  return page.locator('[cam-tasklist-filters]');
}

/** The task titles of the list in the middle. */
export function taskTitles(page) {
  return page.locator('h4.task a');
}

export async function shot(page, name) {
  await page.screenshot({ path: `screenshots/${name}.png` });
}

/** HTTP Basic call to the app's APIs, for setting up and checking what the browser did. */
export async function api(path, { user = 'admin', method = 'GET', body } = {}) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${user}:demo`).toString('base64'),
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
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
