import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, newPage, loginToTasklist, shot, api, filters, taskTitles } from './support.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test('a judge sees his filters and his court\'s cases with case number and debtor', async () => {
  const page = await newPage(browser);
  await loginToTasklist(page, 'ftjudge1');
  for (const name of ['我的待办', '本院待办', '即将到期', '已逾期']) {
    await filters(page).getByText(name).first().waitFor();
  }
  assert.equal(await filters(page).getByText('督办').count(), 0, 'a judge has no supervision filter');
  await filters(page).getByText('我的待办').first().click();
  await taskTitles(page).first().waitFor({ timeout: 20000 });
  const listed = await taskTitles(page).allInnerTexts();
  assert.ok(listed.length > 0);
  assert.ok(listed.every(t => t.includes('粤0304')), 'only Futian cases: ' + listed.join(' | '));
  assert.ok(await page.getByText('被执行人:').count() > 0 || await page.getByText('被执行人：').count() > 0, 'debtor column shown');
  await shot(page, '01-judge-my-tasks');
});

test('a judge of another court sees none of Futian\'s cases', async () => {
  const page = await newPage(browser);
  await loginToTasklist(page, 'lhjudge1');
  await filters(page).getByText('本院待办').first().click();
  await taskTitles(page).first().waitFor({ timeout: 20000 });
  const listed = await taskTitles(page).allInnerTexts();
  assert.ok(listed.length > 0);
  assert.ok(listed.some(t => t.includes('粤0303')), 'own Luohu cases shown');
  assert.ok(listed.every(t => !t.includes('粤0304')), 'no Futian case: ' + listed.join(' | '));
  await shot(page, '02-other-court-judge');
});

test('the court API agrees: a judge reads his own court only', async () => {
  const own = await api('/api/courts', { user: 'ftjudge1' });
  assert.equal(own.status, 200);
  assert.deepEqual(own.body.map(c => c.id), ['szft']);
});
