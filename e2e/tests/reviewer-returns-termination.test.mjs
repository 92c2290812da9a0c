import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, newPage, loginToTasklist, shot, filters, taskTitles, api } from './support.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

const bool = value => ({ value, type: 'Boolean' });
const str = value => ({ value, type: 'String' });

async function openTasks(instanceId, user = 'ftjudge1') {
  const tasks = await api(`/engine-rest/task?processInstanceId=${instanceId}`, { user });
  assert.equal(tasks.status, 200);
  return tasks.body;
}

/**
 * Completes the case's open task `key` as `user`, waiting (bounded) for it to appear: the demo's network-search
 * simulator answers in the background and the investigation's join runs as a job of the app's job executor.
 */
async function complete(instanceId, key, variables = {}, user = 'ftjudge1') {
  let task;
  for (let i = 0; i < 60 && !task; i++) {
    task = (await openTasks(instanceId, user)).find(t => t.taskDefinitionKey === key);
    if (!task) await new Promise(resolve => setTimeout(resolve, 500));
  }
  assert.ok(task, `task ${key} open within 30 s`);
  const done = await api(`/engine-rest/task/${task.id}/complete`, { user, method: 'POST', body: { variables } });
  assert.equal(done.status, 204, JSON.stringify(done.body));
}

test('a reviewer opens a 终本 application with its gate results and returns it to the judge', async () => {
  // a case filed four months ago, investigated without finding property: every gate passes
  const sequence = 90000 + Math.floor(Math.random() * 900) * 10; // ends in 0: the simulator finds nothing
  const filingDate = new Date(Date.now() - 125 * 86400 * 1000).toISOString().slice(0, 10);
  const caseNumber = `（2026）粤0304执${sequence}号`;
  const filed = await api('/api/cases', {
    user: 'ftjudge1', method: 'POST', body: {
      caseNumber, courtId: 'szft', amount: 52000, basisDocument: '（2026）粤0304民初77号民事判决书',
      nonLitigation: false, filingDate, judgeId: 'ftjudge1',
      parties: [
        { role: 'CREDITOR', kind: 'ORGANISATION', name: '深圳市甲乙丙投资有限公司', identifier: '91350100M000100Y43' },
        { role: 'DEBTOR', kind: 'PERSON', name: '测试被执行人', identifier: '11010519491231002X' },
      ],
    },
  });
  assert.equal(filed.status, 201, JSON.stringify(filed.body));
  const instance = filed.body.processInstanceId;
  await complete(instance, 'Task_IssueExecutionNotice');
  await complete(instance, 'Task_AskCreditorForLeads', { leadsProvided: bool(false) });
  await complete(instance, 'Task_InterviewCreditor');
  await complete(instance, 'Task_SearchDebtorOnSite');
  await complete(instance, 'Task_CompleteInvestigation', { propertyFound: bool(false) });
  await complete(instance, 'Task_DecideClosing', {
    closingMode: str('TERMINATED_THIS_ROUND'),
    closingReason: str('网络查控、上门查找、约谈均已完成，未发现可供执行财产'),
    consumptionRestrictionIssued: bool(true),
    debtorListedOrNotQualifying: bool(true),
  });

  // the reviewer works in Tasklist
  const page = await newPage(browser);
  await loginToTasklist(page, 'ftreviewer');
  await filters(page).getByText('待我审批').first().click();
  const application = taskTitles(page).filter({ hasText: caseNumber }).first();
  await application.waitFor({ timeout: 20000 });
  await application.click();
  const form = page.locator('.fjs-container');
  await form.getByText('审批条件检查结果').first().waitFor({ timeout: 20000 });
  assert.match(await form.locator('textarea').first().inputValue(), /全部通过/);
  // a candidate task: the reviewer claims it before deciding
  await page.locator('.task-details').getByText('认领', { exact: true }).first().click();
  await page.locator('.task-details').getByText('王强 执行局局长').first().waitFor({ timeout: 20000 });
  assert.ok(await form.locator(`input[value="${caseNumber}"], input`).count() > 0);
  const reason = form.locator('.fjs-form-field', { hasText: '退回理由' }).locator('textarea');
  await reason.fill('请补充上门查找的笔录后重新提交。');
  await shot(page, '08-reviewer-termination-application');
  await page.getByRole('button', { name: '完成' }).click();
  await page.waitForFunction(n => ![...document.querySelectorAll('h4.task a')].some(a => a.textContent.includes(n)),
    caseNumber, { timeout: 20000 });

  // the judge now has the returned application to revise or withdraw
  const judgeTasks = await openTasks(instance);
  assert.ok(judgeTasks.length === 0 || judgeTasks.every(t => t.taskDefinitionKey !== 'Task_ReviewApplication'));
  const revise = await api(`/engine-rest/task?processDefinitionKey=TerminationApprovalProcess&assignee=ftjudge1`, { user: 'ftjudge1' });
  assert.ok(revise.body.some(t => t.taskDefinitionKey === 'Task_ReviseApplication' && t.name.includes(caseNumber)),
    JSON.stringify(revise.body.map(t => t.name)));
});
