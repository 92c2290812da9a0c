'use strict';

const { camundaAttr, is, isBlank } = require('../lib/model');

const CODE = `'[A-Z][A-Z0-9_]*'`;
const VARIABLE = '[A-Za-z_][A-Za-z0-9_]*';

/**
 * The three ways a model takes a due date from the legal calendar
 * (engine-app: cn.courts.enforcement.app.calendar.LegalDeadlines):
 *
 *   ${legalDeadlines.fromToday('CODE')}        a legal period counted from today
 *   ${legalDeadlines.from(variable, 'CODE')}   a legal period counted from a date variable
 *   ${legalDeadlines.on(variable)}             the end of a day the calendar computed before
 *                                              (e.g. caseLimitDate, decisionDueOn)
 *
 * CODE is a legal parameter code (UPPER_SNAKE_CASE), never a literal period.
 */
const CALENDAR_DUE_DATES = [
  new RegExp(`^\\$\\{\\s*legalDeadlines\\.fromToday\\(\\s*${ CODE }\\s*\\)\\s*\\}$`),
  new RegExp(`^\\$\\{\\s*legalDeadlines\\.from\\(\\s*${ VARIABLE }\\s*,\\s*${ CODE }\\s*\\)\\s*\\}$`),
  new RegExp(`^\\$\\{\\s*legalDeadlines\\.on\\(\\s*${ VARIABLE }\\s*\\)\\s*\\}$`)
];

// a literal ISO-8601 period or date passed as if it were a code ('P10D', 'PT72H')
const LITERAL_PERIOD = /'P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?'/;

function isCalendarDueDate(value) {
  const expression = String(value).trim().replace(/"/g, '\'');

  return CALENDAR_DUE_DATES.some(pattern => pattern.test(expression)) && !LITERAL_PERIOD.test(expression);
}

/**
 * Every user task has a due date, and it comes from the legal calendar: periods
 * are law (counted in the court's calendar with its holidays), they change by
 * parameter, never by editing a model.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }

    const dueDate = camundaAttr(node, 'dueDate');

    if (isBlank(dueDate)) {
      reporter.report(node.id, 'User task has no camunda:dueDate: take it from the legal calendar, e.g. ${legalDeadlines.fromToday(\'CODE\')}');
      return;
    }

    if (!isCalendarDueDate(dueDate)) {
      reporter.report(node.id, `camunda:dueDate <${ dueDate }> is not taken from the legal calendar: use \${legalDeadlines.fromToday('CODE')}, \${legalDeadlines.from(variable, 'CODE')} or \${legalDeadlines.on(variable)}`);
    }
  }

  return { check };
};

module.exports.isCalendarDueDate = isCalendarDueDate;
