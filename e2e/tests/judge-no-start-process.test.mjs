import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, openBrowser, newPage, loginToTasklist, shot, taskTitles } from './support.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

/** The query of Tasklist's 发起流程 dialog, over the webapps' engine API, in the browser's own session. */
async function definitionsTheStartDialogWouldList(page) {
  return page.evaluate(async () => {
    const response = await fetch('/camunda/api/engine/engine/default/process-definition'
      + '?latestVersion=true&active=true&startableInTasklist=true&startablePermissionCheck=true',
    { headers: { Accept: 'application/json' } });
    return { status: response.status, body: await response.json() };
  });
}

test('a judge cannot start a process from Tasklist: no model is listed and there is no 发起流程 action', async () => {
  const page = await newPage(browser);
  await loginToTasklist(page, 'ftjudge1');
  const header = page.locator('[cam-widget-header]');
  await header.getByText('键盘快捷键').first().waitFor({ timeout: 20000 }); // the header's actions are rendered
  await taskTitles(page).first().waitFor({ timeout: 20000 });

  // what the dialog would list: nothing (no model is startable in Tasklist, no CREATE_INSTANCE for a judge)
  const listed = await definitionsTheStartDialogWouldList(page);
  assert.equal(listed.status, 200);
  assert.deepEqual(listed.body.map(d => d.key), [], 'definitions a judge could start from Tasklist');

  // so the action that would open an empty list is not there
  assert.equal(await header.getByText('发起流程').count(), 0, 'no 发起流程 in the header');
  assert.equal(await page.locator('.start-process-action').count(), 0);
  await shot(page, '09-judge-no-start-process');

  // nor behind its shortcut or its link
  await page.keyboard.press('Control+Alt+P');
  await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?processStart=EnforcementCaseProcess`,
    { waitUntil: 'networkidle' });
  await page.locator('[cam-tasklist-filters]').first().waitFor({ timeout: 20000 });
  assert.equal(await page.locator('.modal-dialog').count(), 0, 'no start dialog opened');

  // and the shortcut help does not offer it
  await header.getByText('键盘快捷键').first().click();
  const help = page.locator('.modal-dialog');
  await help.getByText('认领当前选中的任务').waitFor({ timeout: 20000 });
  assert.equal(await help.getByText('发起流程').count(), 0, 'no start-process shortcut listed');
});
