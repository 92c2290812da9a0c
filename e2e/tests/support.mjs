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

export async function loginToTasklist(page, user, password = 'demo') {
  await page.goto(`${BASE_URL}/camunda/app/tasklist/default/`);
  await page.locator('input[type=text]').fill(user);
  await page.locator('input[type=password]').fill(password);
  await page.locator('button[type=submit]').click();
  await page.locator('[cam-tasklist-filters] .task-filter, [cam-tasklist-filters] li').first().waitFor({ timeout: 60000 });
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
