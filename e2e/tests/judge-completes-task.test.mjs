import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, newPage, loginToTasklist, shot, filters, taskTitles } from './support.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

/** yyyy/mm/dd in Beijing time, `days` from today: the date format of the forms' date fields. */
function beijingDate(days) {
  const d = new Date(Date.now() + 8 * 3600 * 1000 + days * 86400 * 1000);
  return `${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}`;
}

async function typeDate(page, label, value) {
  const field = page.locator('.fjs-form-field', { hasText: label }).locator('input.flatpickr-input');
  await field.click();
  await field.fill(value);
  await field.press('Enter');
  await field.press('Tab');
  // close the date picker so that it does not cover the buttons
  await page.keyboard.press('Escape');
}

test('a judge opens his task, a date in the future is refused and the task stays open, a valid date completes it', async () => {
  const page = await newPage(browser);
  await loginToTasklist(page, 'ftjudge1');
  await filters(page).getByText('我的待办').first().click();
  const notice = taskTitles(page).filter({ hasText: '发出执行通知书及报告财产令' }).first();
  await notice.waitFor({ timeout: 20000 });
  const title = (await notice.innerText()).trim();
  await notice.click();
  const form = page.locator('.fjs-container');
  await form.getByText('执行通知书及报告财产令送达日期').first().waitFor({ timeout: 20000 });
  assert.ok(await form.locator('input[disabled]').count() >= 4, 'case context shown read-only');

  // a service date in the future: the server refuses it with the rule's Chinese message
  await typeDate(page, '执行通知书及报告财产令送达日期', beijingDate(3));
  await shot(page, '03-judge-form-filled-wrong');
  await page.getByRole('button', { name: '完成' }).click();
  // (what the notice shows and where: judge-refused-completion.test.mjs)
  const refusal = page.locator('.notifications .alert-danger').filter({ hasText: '晚于今天' }).first();
  await refusal.waitFor({ timeout: 20000 });
  assert.match(await refusal.innerText(), /任务未完成/);
  // the user reads it and closes it
  await refusal.locator('button.close:visible').first().click();
  assert.ok(await taskTitles(page).filter({ hasText: title }).count() > 0, 'the task is still in the list');

  // today's date: completed, the task leaves the list
  await typeDate(page, '执行通知书及报告财产令送达日期', beijingDate(0));
  await page.getByRole('button', { name: '完成' }).click();
  await page.waitForFunction(t => ![...document.querySelectorAll('h4.task a')].some(a => a.textContent.trim() === t),
    title, { timeout: 20000 });
  await shot(page, '05-judge-task-completed');
});
