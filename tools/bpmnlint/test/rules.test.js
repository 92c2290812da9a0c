'use strict';

// The project's bpmnlint rules, each against a fixture with violations and good cases,
// and the whole configuration (.bpmnlintrc) against a good model. Every rule test runs
// four ways: with and without the Camunda moddle extension loaded, and with the usual
// "camunda:" prefix or another one bound to the Camunda namespace.

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { readFileSync, readdirSync } = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');

const { BpmnModdle } = require('bpmn-moddle');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const camundaDescriptor = require('camunda-bpmn-moddle/resources/camunda.json');

const plugin = require('bpmnlint-plugin-court-enforcement');
const { isGeneratedId } = require('bpmnlint-plugin-court-enforcement/rules/no-generated-ids');
const { isCalendarDueDate } = require('bpmnlint-plugin-court-enforcement/rules/due-date-from-calendar');

const ROOT = path.resolve(__dirname, '..');
const FIXTURES = path.join(__dirname, 'fixtures');
const MODELS = path.resolve(ROOT, '..', '..', 'bpmn', 'src', 'main', 'resources', 'bpmn');
const PLUGIN = 'court-enforcement';

const RULES = {
  'user-task-candidate-group': [ 'Task_NoGroups', 'Task_BlankGroups', 'Task_EmptyEntry', 'Task_AssigneeOnly' ],
  'user-task-form': [ 'Task_NoForm', 'Task_BlankFormRef' ],
  'history-time-to-live': [ 'Process_NoTimeToLive', 'Process_ImplicitlyExecutable', 'Process_WordTimeToLive', 'Process_BlankTimeToLive' ],
  'no-generated-ids': [ 'Definitions_1q2w3e4', 'Process_1', 'StartEvent_1', 'Activity_0abc123', 'Flow_1x2y3z4', 'TimerDefinition_1',
    'sid-8E9A3C1D-2B4F-4A6E-9C7D-1F2E3D4C5B6A' ],
  'due-date-from-calendar': [ 'Task_NoDueDate', 'Task_LiteralDate', 'Task_DateArithmetic', 'Task_LiteralPeriod', 'Task_Concatenated', 'Task_LiteralDay' ],
  'no-scripts': [ 'Process_Scripts', 'Task_Script', 'Task_TaskListenerScript', 'Task_InputScript', 'Flow_ScriptCondition', 'Event_ScriptTimer' ]
};

const MODES = [
  { name: 'with camunda-bpmn-moddle', extensions: { camunda: camundaDescriptor }, prefix: 'camunda' },
  { name: 'without camunda-bpmn-moddle', extensions: {}, prefix: 'camunda' },
  { name: 'with camunda-bpmn-moddle, prefix "cam"', extensions: { camunda: camundaDescriptor }, prefix: 'cam' },
  { name: 'without camunda-bpmn-moddle, prefix "cam"', extensions: {}, prefix: 'cam' }
];

function readFixture(name, prefix = 'camunda') {
  const xml = readFileSync(path.join(FIXTURES, name), 'utf8');

  if (prefix === 'camunda') {
    return xml;
  }

  return xml
    .replace(/xmlns:camunda=/g, `xmlns:${ prefix }=`)
    .replace(/(<\/?|\s)camunda:/g, `$1${ prefix }:`);
}

async function parse(xml, extensions) {
  const moddle = new BpmnModdle(extensions);
  const { rootElement, warnings } = await moddle.fromXML(xml);

  return { rootElement, warnings };
}

function createLinter(config) {
  return new Linter({
    config,
    resolver: new NodeResolver({ require: createRequire(path.join(ROOT, 'package.json')) })
  });
}

async function lintWithRule(rule, xml, extensions) {
  const { rootElement } = await parse(xml, extensions);
  const results = await createLinter({ rules: { [`${ PLUGIN }/${ rule }`]: 'error' } }).lint(rootElement);

  return results[`${ PLUGIN }/${ rule }`] || [];
}

describe('the plugin', () => {

  test('exports the six rules, all errors in its recommended config', () => {
    assert.deepEqual(Object.keys(plugin.rules).sort(), Object.keys(RULES).sort());
    assert.deepEqual(
      plugin.configs.recommended.rules,
      Object.fromEntries(Object.keys(RULES).map(rule => [ rule, 'error' ]))
    );
  });

  test('.bpmnlintrc extends the recommended rules and the plugin, with the Camunda moddle extension', () => {
    const config = JSON.parse(readFileSync(path.join(ROOT, '.bpmnlintrc'), 'utf8'));

    assert.deepEqual(config.extends, [ 'bpmnlint:recommended', `plugin:${ PLUGIN }/recommended` ]);
    assert.equal(config.moddleExtensions.camunda, 'camunda-bpmn-moddle/resources/camunda.json');

    // every rule turned off is explained
    for (const [ rule, value ] of Object.entries(config.rules || {})) {
      if (value === 'off') {
        assert.ok(config.$comment && config.$comment[rule], `no reason given for turning off ${ rule }`);
      }
    }
  });
});

for (const [ rule, expectedIds ] of Object.entries(RULES)) {

  describe(`rule ${ rule }`, () => {

    for (const mode of MODES) {

      test(`flags exactly the violations in its fixture (${ mode.name })`, async () => {
        const xml = readFixture(`${ rule }.invalid.bpmn`, mode.prefix);
        const reports = await lintWithRule(rule, xml, mode.extensions);

        assert.deepEqual(reports.map(report => report.id).sort(), [ ...expectedIds ].sort(), JSON.stringify(reports, null, 2));
        reports.forEach(report => assert.equal(report.category, 'error'));
      });

      test(`passes the good model (${ mode.name })`, async () => {
        const xml = readFixture('valid.bpmn', mode.prefix);
        const reports = await lintWithRule(rule, xml, mode.extensions);

        assert.deepEqual(reports, []);
      });
    }
  });
}

describe('the whole configuration (.bpmnlintrc)', () => {

  test('passes the good model: recommended rules and the project rules', async () => {
    const config = JSON.parse(readFileSync(path.join(ROOT, '.bpmnlintrc'), 'utf8'));
    const { rootElement, warnings } = await parse(readFixture('valid.bpmn'), { camunda: camundaDescriptor });

    assert.deepEqual(warnings, []);

    const results = await createLinter(config).lint(rootElement);

    assert.deepEqual(results, {});
  });

  test('reports each project rule on the fixture made for it', async () => {
    const config = JSON.parse(readFileSync(path.join(ROOT, '.bpmnlintrc'), 'utf8'));

    for (const rule of Object.keys(RULES)) {
      const { rootElement } = await parse(readFixture(`${ rule }.invalid.bpmn`), { camunda: camundaDescriptor });
      const results = await createLinter(config).lint(rootElement);

      assert.ok(results[`${ PLUGIN }/${ rule }`], `${ rule } did not report on its fixture`);
    }
  });
});

describe('what counts as generated and as a calendar due date', () => {

  test('generated ids', () => {
    for (const id of [ 'Activity_0abc123', 'Flow_1x2y3z4', 'Gateway_0k3j2h1', 'Event_1n2b3v4', 'StartEvent_1', 'Task_1',
      'SequenceFlow_0a1b2c3', 'Process_1', 'Definitions_1q2w3e4', 'BPMNDiagram_1', 'sid-8E9A3C1D-2B4F-4A6E-9C7D-1F2E3D4C5B6A' ]) {
      assert.equal(isGeneratedId(id), true, id);
    }

    for (const id of [ 'Task_SendExecutionNotice', 'Flow_NoticeSent', 'Gateway_ReviewApproved', 'StartEvent_Overdue',
      'Shape_Task_Supervise', 'Edge_Flow_ToRevision', 'Definitions_EnforcementCaseProcess', 'EnforcementCaseProcess', 'Flow_Paid',
      'Flow_approved', 'Activity_0abc123_di' ]) {
      assert.equal(isGeneratedId(id), false, id);
    }
  });

  test('calendar due dates', () => {
    for (const dueDate of [ '${legalDeadlines.fromToday(\'EXECUTION_NOTICE\')}', '${legalDeadlines.from(filingDate, \'FINISH_INVESTIGATION\')}',
      '${legalDeadlines.on(caseLimitDate)}', '${legalDeadlines.fromToday("SUPERVISION_RESPONSE")}' ]) {
      assert.equal(isCalendarDueDate(dueDate), true, dueDate);
    }

    for (const dueDate of [ '2025-06-30', '${dateTime().plusDays(10).toDate()}', '${legalDeadlines.fromToday(\'P10D\')}',
      '${legalDeadlines.on(\'2025-06-30\')}', '${legalDeadlines.fromToday(code)}', '${other.fromToday(\'EXECUTION_NOTICE\')}',
      '${legalDeadlines.on(caseLimitDate)} ${x}', '#{legalDeadlines.on(caseLimitDate)}' ]) {
      assert.equal(isCalendarDueDate(dueDate), false, dueDate);
    }
  });
});

describe('the project\'s models', () => {

  test('import with the Camunda moddle extension without warnings, as in Camunda Modeler', async () => {
    const models = readdirSync(MODELS).filter(name => name.endsWith('.bpmn'));

    assert.ok(models.length > 0, `no BPMN models in ${ MODELS }`);

    for (const name of models) {
      const { warnings } = await parse(readFileSync(path.join(MODELS, name), 'utf8'), { camunda: camundaDescriptor });

      assert.deepEqual(warnings.map(warning => warning.message), [], name);
    }
  });
});
