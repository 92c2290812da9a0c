'use strict';

/**
 * Helpers shared by the rules. They work whether or not the linter's moddle
 * knows the Camunda extension (camunda-bpmn-moddle):
 *
 *  - with it, camunda:* attributes are typed properties and camunda:* extension
 *    elements are typed elements (camunda:TaskListener, camunda:Script, ...);
 *  - without it, camunda:* attributes land in element.$attrs under the prefix the
 *    file happens to use (usually "camunda:"), and extension elements are generic
 *    elements ($descriptor.isGeneric) with their children in $children.
 *
 * The rules therefore never rely on the prefix: they resolve the namespace URI.
 */

const CAMUNDA_NS = 'http://camunda.org/schema/1.0/bpmn';

/**
 * @param {any} element
 * @param {string} type e.g. 'bpmn:UserTask'
 */
function is(element, type) {
  return !!element && typeof element.$instanceOf === 'function' && element.$instanceOf(type);
}

/**
 * The namespace prefixes that are bound to the Camunda namespace where the element
 * sits (xmlns declarations on the element or any ancestor).
 *
 * @param {any} element
 * @return {Set<string>}
 */
function camundaPrefixes(element) {
  const prefixes = new Set();

  for (let current = element; current; current = current.$parent) {
    const attrs = current.$attrs || {};

    for (const [ key, value ] of Object.entries(attrs)) {
      if (key.startsWith('xmlns:') && value === CAMUNDA_NS) {
        prefixes.add(key.slice('xmlns:'.length));
      }
    }
  }

  // a moddle that knows the extension maps every such attribute to "camunda:"
  prefixes.add('camunda');

  return prefixes;
}

function hasCamundaDescriptor(element) {
  try {
    return !!(element.$model && element.$model.getPackage('camunda'));
  } catch (err) {
    return false;
  }
}

/**
 * The value of the camunda:<localName> attribute of the element, or undefined.
 *
 * @param {any} element
 * @param {string} localName e.g. 'candidateGroups'
 * @return {string|undefined}
 */
function camundaAttr(element, localName) {
  const name = `camunda:${ localName }`;

  if (hasCamundaDescriptor(element)) {
    let descriptor;

    try {
      descriptor = element.$model.getPropertyDescriptor(element, name);
    } catch (err) {
      descriptor = null;
    }

    if (descriptor) {
      const value = element.get(name);

      if (value !== undefined && value !== null) {
        return String(value);
      }
    }
  }

  const attrs = element.$attrs || {};

  for (const prefix of camundaPrefixes(element)) {
    const value = attrs[`${ prefix }:${ localName }`];

    if (value !== undefined && value !== null) {
      return String(value);
    }
  }

  return undefined;
}

function isBlank(value) {
  return value === undefined || value === null || String(value).trim() === '';
}

/**
 * The namespace URI and local name of a (typed or generic) moddle element.
 *
 * @param {any} element
 * @param {any[]} [ancestors] the elements that contain it, outermost first
 * @return {{ uri: string|undefined, localName: string }}
 */
function qualifiedName(element, ancestors = []) {
  const descriptor = element.$descriptor || {};
  const ns = descriptor.ns || {};

  const localName = ns.localName || String(element.$type || '').split(':').pop();
  let uri = ns.uri;

  if (uri || !ns.prefix) {
    return { uri, localName };
  }

  if (!descriptor.isGeneric) {

    // typed element: its prefix is the one of the moddle package that defines it
    try {
      const pkg = element.$model && element.$model.getPackage(ns.prefix);
      uri = pkg && pkg.uri;
    } catch (err) {

      /* unknown package */
    }

    return { uri, localName };
  }

  // generic element: the prefix is the file's, declared on the element or an ancestor
  const chain = [ element, ...[ ...ancestors ].reverse() ];

  for (let current = element.$parent; current; current = current.$parent) {
    chain.push(current);
  }

  for (const current of chain) {
    const attrs = current.$attrs || {};

    if (attrs[`xmlns:${ ns.prefix }`]) {
      uri = attrs[`xmlns:${ ns.prefix }`];
      break;
    }
  }

  return { uri, localName };
}

/**
 * Visits the element and everything it contains, including generic (unknown)
 * extension elements and their children, calling visit(node, ancestors).
 *
 * @param {any} root
 * @param {(node: any, ancestors: any[]) => void} visit
 */
function deepVisit(root, visit) {
  const seen = new Set();

  function walk(node, ancestors) {
    if (!node || typeof node !== 'object' || seen.has(node)) {
      return;
    }

    seen.add(node);
    visit(node, ancestors);

    const children = [];
    const descriptor = node.$descriptor;

    if (descriptor && !descriptor.isGeneric && Array.isArray(descriptor.properties)) {
      for (const property of descriptor.properties) {
        if (property.isAttr || property.isReference || isSimpleType(property.type)) {
          continue;
        }

        const value = node[property.name];

        if (Array.isArray(value)) {
          children.push(...value);
        } else if (value) {
          children.push(value);
        }
      }
    }

    // generic elements, and unknown child elements of typed ones
    if (Array.isArray(node.$children)) {
      children.push(...node.$children);
    }

    const nextAncestors = [ ...ancestors, node ];

    for (const child of children) {
      walk(child, nextAncestors);
    }
  }

  walk(root, []);
}

function isSimpleType(type) {
  return [ 'String', 'Boolean', 'Integer', 'Real' ].includes(type);
}

/**
 * The id a report about the node points at: the node's own if it is a flow
 * element, process, collaboration or participant, else that of its nearest such
 * ancestor (a listener or a timer definition is reported on its task or event),
 * else the nearest id at all.
 */
function nearestId(node, ancestors) {
  const chain = [ ...ancestors, node ].reverse();
  const reportable = chain.find(element => element.id && (
    is(element, 'bpmn:FlowElement') || is(element, 'bpmn:Process') ||
    is(element, 'bpmn:Collaboration') || is(element, 'bpmn:Participant')
  ));

  if (reportable) {
    return reportable.id;
  }

  const any = chain.find(element => element.id);

  return any && any.id;
}

module.exports = {
  CAMUNDA_NS,
  camundaAttr,
  deepVisit,
  is,
  isBlank,
  nearestId,
  qualifiedName
};
