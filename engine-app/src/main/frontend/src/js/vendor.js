// Loads the modelers' ready-made bundles (copied by build.mjs under vendor/) on first use: the list and
// history views do not need the 3 MB of modeler code.

const loaded = new Map();

function once(key, create) {
  if (!loaded.has(key)) {
    const promise = create();
    promise.catch(() => loaded.delete(key));
    loaded.set(key, promise);
  }
  return loaded.get(key);
}

function script(src) {
  return once(src, () => new Promise((resolve, reject) => {
    const el = document.createElement('script');
    el.src = src;
    el.onload = resolve;
    el.onerror = () => reject(new Error(`无法加载 ${src}`));
    document.head.append(el);
  }));
}

function stylesheet(href) {
  return once(href, () => new Promise((resolve, reject) => {
    const el = document.createElement('link');
    el.rel = 'stylesheet';
    el.href = href;
    el.onload = resolve;
    el.onerror = () => reject(new Error(`无法加载 ${href}`));
    // vendor styles first, so that the page's own rules (css/app.css) win at equal specificity
    document.head.insertBefore(el, document.querySelector('link[href$="app.css"]'));
  }));
}

/** The Camunda 7 BPMN modeler with its properties panel (camunda-bpmn-js). */
export async function loadBpmnModeler() {
  const base = 'vendor/camunda-bpmn-js/';
  await Promise.all([
    stylesheet(base + 'assets/camunda-platform-modeler.css'),
    script(base + 'camunda-platform-modeler.js'),
  ]);
  return window.BpmnModeler;
}

/** The DMN modeler (dmn-js): DRD, decision tables, literal expressions. */
export async function loadDmnModeler() {
  const base = 'vendor/dmn-js/assets/';
  await Promise.all([
    ...['diagram-js.css', 'dmn-js-shared.css', 'dmn-js-drd.css', 'dmn-js-decision-table.css',
      'dmn-js-decision-table-controls.css', 'dmn-js-literal-expression.css', 'dmn-js-boxed-expression.css',
      'dmn-js-boxed-expression-controls.css', 'dmn-font/css/dmn-embedded.css'].map(name => stylesheet(base + name)),
    script('vendor/dmn-js/dmn-modeler.js'),
  ]);
  return window.DmnJS;
}
