'use strict';

/**
 * bpmnlint-plugin-court-enforcement: the rules the server checks before an
 * administrator deploys a model, for bpmnlint (CI, Camunda Modeler's linting).
 * Use it as "plugin:court-enforcement/recommended" in .bpmnlintrc.
 */
const RULES = [
  'user-task-candidate-group',
  'user-task-form',
  'history-time-to-live',
  'no-generated-ids',
  'due-date-from-calendar',
  'no-scripts'
];

module.exports = {
  configs: {
    recommended: {
      rules: Object.fromEntries(RULES.map(rule => [ rule, 'error' ]))
    }
  },
  rules: Object.fromEntries(RULES.map(rule => [ rule, `./rules/${ rule }` ]))
};
