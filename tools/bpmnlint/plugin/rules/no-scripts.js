'use strict';

const { CAMUNDA_NS, deepVisit, is, nearestId, qualifiedName } = require('../lib/model');

/**
 * No scripts anywhere in a model: deploying a model is then never running code
 * that has not been reviewed and built with the application. Flags
 *
 *  - script tasks;
 *  - camunda:script in execution and task listeners, input/output parameters
 *    and anywhere else (inline or with a resource);
 *  - expressions with a language attribute: conditions of sequence flows and
 *    conditional events, timer definitions, loop and completion conditions
 *    (a language makes the expression a script).
 *
 * The rule looks at the whole definitions at once, including extension elements
 * the linter's moddle does not know (without camunda-bpmn-moddle they are generic).
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:Definitions')) {
      return;
    }

    deepVisit(node, (element, ancestors) => {
      const id = nearestId(element, ancestors);

      if (is(element, 'bpmn:ScriptTask')) {
        reporter.report(id, 'Script task: deploying a model must not run code');
        return;
      }

      const { uri, localName } = qualifiedName(element, ancestors);

      if (uri === CAMUNDA_NS && localName.toLowerCase() === 'script') {
        reporter.report(id, `camunda:script in ${ describeOwner(ancestors) }: use a delegate expression instead`);
        return;
      }

      if (is(element, 'bpmn:Expression') && hasLanguage(element)) {
        reporter.report(id, `Expression with language <${ element.language || languageAttr(element) }> (a script) in ${ describeOwner([ ...ancestors, element ]) }`);
      }
    });
  }

  return { check };
};

function hasLanguage(expression) {
  return !!(expression.language || languageAttr(expression));
}

function languageAttr(expression) {
  const attrs = expression.$attrs || {};

  return attrs.language;
}

/** e.g. "camunda:TaskListener of Task_X", "bpmn:FormalExpression of Flow_Y" */
function describeOwner(chain) {
  const owner = chain[chain.length - 1];
  const withId = [ ...chain ].reverse().find(element => element.id);
  const ownerType = owner ? owner.$type : 'model';

  if (withId && withId !== owner) {
    return `${ ownerType } of ${ withId.id }`;
  }

  return withId ? `${ withId.$type } ${ withId.id }` : ownerType;
}
