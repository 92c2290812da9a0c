import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, openBrowser, newPage, loginToTasklist, shot, api, fileCase } from './support.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

/** yyyy/mm/dd in Beijing time, `days` from today: the date format of the forms' date fields. */
function beijingDate(days) {
  const d = new Date(Date.now() + 8 * 3600 * 1000 + days * 86400 * 1000);
  return `${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** The case's open user tasks, as the engine has them. */
async function openTasks(processInstanceId) {
  const tasks = await api(`/engine-rest/task?processInstanceId=${processInstanceId}`, { user: 'ftjudge1' });
  assert.equal(tasks.status, 200, JSON.stringify(tasks.body));
  return tasks.body;
}

function intersects(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True if a click at the centre of `locator` reaches it (nothing lies over it). */
async function receivesClicks(locator) {
  return locator.evaluate(element => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  });
}

test('a refused completion shows the rule\'s Chinese reason alone, beside the form, and the task stays open', async () => {
  const { caseNumber, processInstanceId } = await fileCase('ftjudge1');
  let task;
  for (let i = 0; i < 40 && !task; i++) { // the case's first task, once the filing's transaction is through
    task = (await openTasks(processInstanceId)).find(t => t.taskDefinitionKey === 'Task_IssueExecutionNotice');
    if (!task) await new Promise(resolve => setTimeout(resolve, 250));
  }
  assert.ok(task, 'the case waits at 发出执行通知书');
  const page = await newPage(browser);
  await loginToTasklist(page, 'ftjudge1');
  // opened by its link: the judge's list holds the other tests' cases too, and after the admin test's new model
  // version the task bears that version's name
  await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${task.id}`);
  await page.locator('.task-details').getByText(caseNumber).first().waitFor({ timeout: 20000 });

  // 发出执行通知书: the service date is a fact, so it cannot lie in the future
  const form = page.locator('.fjs-container');
  const servedOn = form.locator('.fjs-form-field', { hasText: '执行通知书及报告财产令送达日期' }).locator('input.flatpickr-input');
  await servedOn.waitFor({ timeout: 20000 });
  const future = beijingDate(3);
  await servedOn.click();
  await servedOn.fill(future);
  await servedOn.press('Enter');
  await servedOn.press('Tab');
  await page.keyboard.press('Escape'); // close the date picker
  const complete = page.getByRole('button', { name: '完成', exact: true });
  await complete.click();

  // only the rule's reason, in Chinese
  const notice = page.locator('.page-notifications .alert-danger').first();
  await notice.waitFor({ timeout: 20000 });
  const text = (await notice.locator('.message').innerText()).trim();
  assert.match(text, /晚于今天/, 'the rule\'s reason');
  assert.doesNotMatch(text, /[A-Za-z]{2,}/, `no English in the reason: ${text}`);
  const shown = await page.locator('body').innerText();
  assert.doesNotMatch(shown, /Cannot submit|task form|Exception/i, 'no engine wording on the page');
  assert.doesNotMatch(shown, /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i, 'no task id on the page');

  // the notice lies over none of the form's buttons, and 完成 still takes a click
  await complete.scrollIntoViewIfNeeded();
  await shot(page, '04-judge-form-refused');
  const noticeBox = await notice.boundingBox();
  for (const name of ['完成', '保存']) {
    const button = page.getByRole('button', { name, exact: true });
    const buttonBox = await button.boundingBox();
    assert.ok(buttonBox && buttonBox.y + buttonBox.height <= page.viewportSize().height, `${name} on screen`);
    assert.ok(!intersects(noticeBox, buttonBox),
      `the notice ${JSON.stringify(noticeBox)} does not cover ${name} ${JSON.stringify(buttonBox)}`);
  }
  assert.ok(await complete.isEnabled(), '完成 enabled');
  assert.ok(await receivesClicks(complete), 'a click on 完成 reaches it');
  await complete.click({ trial: true }); // Playwright's own check that nothing intercepts the click

  // nothing changed: the task is open and the form keeps what was entered
  const open = await openTasks(processInstanceId);
  assert.deepEqual(open.map(t => t.taskDefinitionKey), ['Task_IssueExecutionNotice']);
  const day = value => value.split('/').map(Number).join('/'); // the field shows 2026/3/5 for 2026/03/05
  assert.equal(day(await servedOn.inputValue()), day(future));
});
