'use strict';

const { camundaAttr, is, isBlank } = require('../lib/model');

/**
 * Every user task names the groups that may claim it (camunda:candidateGroups):
 * the Tasklist and the court's permissions are built on candidate groups, so a
 * task without them is visible to nobody but its assignee.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }

    const groups = camundaAttr(node, 'candidateGroups');

    if (isBlank(groups)) {
      reporter.report(node.id, 'User task has no camunda:candidateGroups');
      return;
    }

    if (String(groups).split(',').some(group => group.trim() === '')) {
      reporter.report(node.id, `User task has an empty entry in camunda:candidateGroups <${ groups }>`);
    }
  }

  return { check };
};
