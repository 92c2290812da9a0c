'use strict';

const { camundaAttr, is, isBlank } = require('../lib/model');

/**
 * Every user task has a form: a Camunda Form deployed with the model
 * (camunda:formRef) or a form key (camunda:formKey). A task without one opens
 * as an empty page in the Tasklist.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }

    if (isBlank(camundaAttr(node, 'formRef')) && isBlank(camundaAttr(node, 'formKey'))) {
      reporter.report(node.id, 'User task has no form (camunda:formRef or camunda:formKey)');
    }
  }

  return { check };
};
