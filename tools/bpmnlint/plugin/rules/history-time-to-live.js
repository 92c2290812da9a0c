'use strict';

const { camundaAttr, is, isBlank } = require('../lib/model');

// what Camunda 7 accepts: a number of days, or an ISO-8601 period in days
const TIME_TO_LIVE = /^(\d+|P\d+D)$/;

/**
 * Every executable process sets camunda:historyTimeToLive, so that its history
 * is cleaned up after a period the court chose (Camunda 7.20+ refuses to deploy
 * a process without it unless the engine supplies a default).
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:Process') || node.isExecutable === false) {
      return;
    }

    const ttl = camundaAttr(node, 'historyTimeToLive');

    if (isBlank(ttl)) {
      reporter.report(node.id, 'Executable process has no camunda:historyTimeToLive');
      return;
    }

    if (!TIME_TO_LIVE.test(String(ttl).trim())) {
      reporter.report(node.id, `camunda:historyTimeToLive <${ ttl }> is neither a number of days nor a period like P3650D`);
    }
  }

  return { check };
};
