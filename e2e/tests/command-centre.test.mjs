import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, newPage, loginToTasklist, shot, filters, taskTitles, api } from './support.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test('the command centre sees one supervision task per overdue node of its own court', async () => {
  const page = await newPage(browser);
  await loginToTasklist(page, 'ftcommand');
  await filters(page).getByText('督办').first().click();
  await taskTitles(page).first().waitFor({ timeout: 20000 });
  const listed = await taskTitles(page).allInnerTexts();
  assert.ok(listed.length > 0);
  assert.ok(listed.every(t => t.startsWith('督办：') && t.includes('粤0304')), listed.join(' | '));
  assert.equal(new Set(listed).size, listed.length, 'one supervision per overdue node');
  await taskTitles(page).first().click();
  await page.locator('.fjs-container').getByText('督办意见').first().waitFor({ timeout: 20000 });
  await shot(page, '06-command-centre-supervision');

  const supervisions = await api('/api/command-centre/supervisions', { user: 'ftcommand' });
  assert.equal(supervisions.status, 200);
  assert.ok(supervisions.body.length >= listed.length);
});

test('a reviewer has the approvals filter, a judge does not', async () => {
  const page = await newPage(browser);
  await loginToTasklist(page, 'ftreviewer');
  await filters(page).getByText('待我审批').first().waitFor({ timeout: 20000 });
  await shot(page, '07-reviewer-filters');
  const judge = await newPage(browser);
  await loginToTasklist(judge, 'ftjudge2');
  await filters(judge).getByText('我的待办').first().waitFor();
  assert.equal(await filters(judge).getByText('待我审批').count(), 0);
});
