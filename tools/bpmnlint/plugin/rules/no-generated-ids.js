'use strict';

const { is } = require('../lib/model');

/**
 * No ids as a modeler generates them: ids are what code, tests, migrations, the
 * history and the statistics refer to, so they say what the element is
 * (Task_SendExecutionNotice, Flow_NoticeSent), and they do not change when an
 * element is drawn again.
 *
 * Generated is
 *  - bpmn.io (Camunda Modeler 4/5): a type, "_" and 7 lowercase base-36 characters
 *    among which a digit (Activity_0abc123, Flow_1x2y3z4, Gateway_0k3j2h1,
 *    Definitions_1q2w3e4); the digit keeps words such as Flow_approved readable;
 *  - older modelers: a type, "_" and digits only (StartEvent_1, Task_1, Process_1);
 *  - Signavio: sid-<UUID>.
 *
 * Only model elements are checked (the definitions and every bpmn:BaseElement):
 * diagram elements (shapes, edges, planes) keep whatever id the Modeler gave
 * them, since the Modeler offers no way to rename them and nothing refers to them.
 */
const GENERATED_IDS = [
  /^[A-Za-z]+_(?=[0-9a-z]*[0-9])[0-9a-z]{7}$/,
  /^[A-Za-z]+_[0-9]+$/,
  /^sid-[0-9A-Fa-f-]{36}$/
];

function isGeneratedId(id) {
  return typeof id === 'string' && GENERATED_IDS.some(pattern => pattern.test(id));
}

module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:BaseElement') && !is(node, 'bpmn:Definitions')) {
      return;
    }

    const id = node.id;

    if (isGeneratedId(id)) {
      reporter.report(id, `Element has a generated id <${ id }>: give it a readable typed id, e.g. Task_SendExecutionNotice`);
    }
  }

  return { check };
};

module.exports.isGeneratedId = isGeneratedId;
