// The modeler: one deployed version opened in camunda-bpmn-js (BPMN, with the Camunda 7 properties panel) or
// dmn-js (DMN), validated and deployed as a new version by the server. Problems are listed with their element,
// which gets a red marker on the canvas; a refused deployment deploys nothing.
import { api, auth, describeError } from './api.js';
import { h, clear, openDialog, confirmDialog, saveFile, toast, formatTime, kindExtension, sourceLabel, SEVERITY_LABELS } from './util.js';
import { loadBpmnModeler, loadDmnModeler } from './vendor.js';
import { openMigrationDialog } from './migration.js';

const MARKER = { ERROR: 'court-problem-error', WARNING: 'court-problem-warning' };
const FOCUS_MARKER = 'court-problem-focus';

export function renderEditor(container, definitionId, context) {
  const state = {
    destroyed: false,
    model: null,        // the entry of GET /api/admin/models
    version: null,      // the version entry that is open
    modeler: null,
    kind: null,
    dirty: false,
    importing: false,
    busy: false,
    problems: [],
    importWarnings: [],  // what the modeler could not read in an imported file, listed with the server's problems
    marked: [],
    watchedViewers: new WeakSet(),
  };

  // ---- DOM -------------------------------------------------------------------------------------------------
  const title = h('div', { class: 'editor-title', 'data-testid': 'editor-title' }, '正在打开模型…');
  const dirtyFlag = h('span', { class: 'dirty-flag', 'data-testid': 'editor-dirty', 'data-dirty': 'false' }, '');
  const comment = h('input', { type: 'text', class: 'input comment-input', maxlength: '200', placeholder: '部署说明（可选）',
    'aria-label': '部署说明', 'data-testid': 'deploy-comment' });
  const btn = (label, testid, onclick, kind = '') =>
    h('button', { type: 'button', class: `btn ${kind}`, 'data-testid': testid, onclick }, label);
  const validateButton = btn('校验', 'btn-validate', () => validate());
  const deployButton = btn('部署为新版本', 'btn-deploy', () => deploy(), 'btn-primary');
  const downloadButton = btn('下载 XML', 'btn-download', () => download());
  const fileInput = h('input', { type: 'file', accept: '.bpmn,.dmn,.xml', class: 'visually-hidden', 'data-testid': 'import-file',
    id: 'import-file' });
  const importLabel = h('label', { for: 'import-file', class: 'btn', 'data-testid': 'btn-import', tabindex: '0',
    onkeydown: e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); fileInput.click(); } } }, '从文件导入');
  const backButton = btn('返回列表', 'btn-back', () => context.navigate('#/'), 'btn-ghost');
  const historyButton = btn('版本历史', 'btn-history', () => state.model && context.navigate(`#/history/${encodeURIComponent(state.model.key)}`), 'btn-ghost');
  const findList = h('datalist', { id: 'element-ids' });
  const find = h('input', { type: 'search', class: 'input find-input', list: 'element-ids', placeholder: '查找元素（id 或名称）',
    'aria-label': '查找元素', 'data-testid': 'find-element' });
  const status = h('div', { class: 'editor-status', 'data-testid': 'editor-status', role: 'status', hidden: true });
  const problemsList = h('ul', { class: 'problem-list', 'data-testid': 'problem-list' });
  const problemsCount = h('span', { class: 'problems-count', 'data-testid': 'problems-count' }, '0');
  const problemsPanel = h('section', { class: 'problems-panel', 'data-testid': 'problems', hidden: true },
    h('div', { class: 'problems-header' },
      h('h3', {}, '问题 ', problemsCount),
      h('button', { type: 'button', class: 'btn btn-ghost btn-small', 'data-testid': 'problems-clear',
        onclick: () => { clearProblems(); status.hidden = true; } }, '清除')),
    problemsList);
  const canvas = h('div', { class: 'canvas', 'data-testid': 'canvas' });
  const properties = h('aside', { class: 'properties', 'data-testid': 'properties-panel' });
  const dmnTabs = h('nav', { class: 'dmn-tabs', 'data-testid': 'dmn-views', hidden: true });
  const zoom = h('div', { class: 'zoom-controls' },
    h('button', { type: 'button', class: 'btn btn-small', title: '适应画布', onclick: () => zoomTo('fit') }, '适应'),
    h('button', { type: 'button', class: 'btn btn-small', title: '放大', onclick: () => zoomTo(1.2) }, '+'),
    h('button', { type: 'button', class: 'btn btn-small', title: '缩小', onclick: () => zoomTo(1 / 1.2) }, '−'));

  container.append(
    h('div', { class: 'editor-header' }, title, dirtyFlag),
    h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': '模型工具栏' },
      h('div', { class: 'toolbar-group' }, backButton, historyButton),
      h('div', { class: 'toolbar-group' }, validateButton, comment, deployButton),
      h('div', { class: 'toolbar-group' }, downloadButton, importLabel, fileInput),
      h('div', { class: 'toolbar-group toolbar-end' }, find, findList)),
    status,
    h('div', { class: 'editor-main' },
      h('div', { class: 'canvas-wrap' }, dmnTabs, canvas, zoom),
      properties),
    problemsPanel);

  const setBusy = busy => {
    state.busy = busy;
    for (const b of [validateButton, deployButton, downloadButton]) b.disabled = busy || !state.modeler;
    fileInput.disabled = busy || !state.modeler;
    importLabel.classList.toggle('disabled', busy || !state.modeler);
  };
  setBusy(true);

  const setDirty = dirty => {
    state.dirty = dirty;
    dirtyFlag.dataset.dirty = String(dirty);
    dirtyFlag.textContent = dirty ? '● 有未部署的修改' : '✓ 与已部署版本一致';
    dirtyFlag.className = `dirty-flag ${dirty ? 'is-dirty' : 'is-clean'}`;
  };

  const showStatus = (kind, ...content) => {
    status.hidden = false;
    status.className = `editor-status alert alert-${kind}`;
    status.dataset.kind = kind;
    clear(status).append(...content);
  };

  const renderTitle = () => {
    const { model, version } = state;
    const latest = model.latestVersion;
    clear(title).append(
      h('span', { class: `badge kind-${model.kind.toLowerCase()}` }, model.kind),
      h('strong', { class: 'model-name' }, model.name || model.key),
      h('code', { 'data-testid': 'editor-key' }, model.key),
      h('span', { class: 'version', 'data-testid': 'editor-version' }, `v${version.version}`),
      h('span', { class: 'muted small' },
        version.version === latest ? '最新版本' : `基于 v${version.version} 编辑（最新为 v${latest}）`,
        ` · ${sourceLabel(version.source)} · ${version.deployedBy ?? '系统'} · ${formatTime(version.deployedAt)}`));
  };

  // ---- the modeler ---------------------------------------------------------------------------------------
  const bpmn = () => state.kind === 'BPMN';

  /** The diagram viewer in use: the BPMN modeler, or dmn-js's active viewer (DRD, decision table, ...). */
  const viewer = () => (bpmn() ? state.modeler : state.modeler?.getActiveViewer?.());
  const service = (name, v = viewer()) => {
    try { return v?.get(name, false) ?? null; } catch { return null; }
  };

  async function createModeler(kind) {
    if (kind === 'DMN') {
      const DmnJS = await loadDmnModeler();
      properties.hidden = true;
      const modeler = new DmnJS({ container: canvas });
      modeler.on('views.changed', () => { watchDmnViewer(); renderDmnTabs(); applyMarkers(); });
      return modeler;
    }
    const BpmnModeler = await loadBpmnModeler();
    const modeler = new BpmnModeler({
      container: canvas,
      // the name (General) is what admins change most: that group starts open
      propertiesPanel: { parent: properties, layout: { groups: { general: { open: true } } } },
    });
    modeler.on('commandStack.changed', event => {
      if (!state.importing && event.trigger !== 'clear') setDirty(true);
    });
    modeler.on('elements.changed', () => !state.importing && refreshFindList());
    return modeler;
  }

  function watchDmnViewer() {
    const v = viewer();
    const bus = service('eventBus', v);
    if (!v || !bus || state.watchedViewers.has(v)) return;
    state.watchedViewers.add(v);
    bus.on('commandStack.changed', event => {
      if (!state.importing && event.trigger !== 'clear') setDirty(true);
    });
    bus.on('elements.changed', () => applyMarkers());
  }

  function renderDmnTabs() {
    if (bpmn()) return;
    const views = state.modeler.getViews();
    const active = state.modeler.getActiveView();
    const typeLabel = { drd: '决策需求图', decisionTable: '决策表', literalExpression: '文字表达式', boxedExpression: '表达式' };
    dmnTabs.hidden = views.length <= 1;
    clear(dmnTabs).append(...views.map(view => h('button', {
      type: 'button', class: `dmn-tab ${view === active ? 'active' : ''}`, 'data-view-id': view.element.id,
      onclick: () => state.modeler.open(view),
    }, h('span', { class: 'muted small' }, typeLabel[view.type] ?? view.type), ' ', view.element.name || view.element.id)));
  }

  async function importXml(xml, { fromFile = null } = {}) {
    state.importing = true;
    let warnings = [];
    try {
      const result = await state.modeler.importXML(xml);
      warnings = result?.warnings ?? [];
    } finally {
      state.importing = false;
    }
    if (bpmn()) {
      zoomTo('fit');
      refreshFindList();
    } else {
      watchDmnViewer();
      renderDmnTabs();
    }
    window.courtModeler = state.modeler;
    setDirty(Boolean(fromFile));
    return warnings;
  }

  function zoomTo(factor) {
    const c = service('canvas');
    if (!c) return;
    if (factor === 'fit') c.zoom('fit-viewport', 'auto');
    else c.zoom(c.zoom() * factor);
  }

  function refreshFindList() {
    const registry = service('elementRegistry');
    if (!registry) return;
    const options = registry.filter(e => e.type !== 'label' && e.businessObject?.id && !/Process$|Collaboration$/.test(e.type))
      .map(e => h('option', { value: e.businessObject.id }, `${e.businessObject.name ?? ''} · ${e.type.replace('bpmn:', '')}`));
    clear(findList).append(...options);
  }

  function findElement(query) {
    const registry = service('elementRegistry');
    if (!registry || !query) return null;
    const q = query.trim();
    const exact = registry.get(q);
    if (exact && exact.type !== 'label') return exact;
    const named = registry.filter(e => e.type !== 'label' && (e.businessObject?.name ?? '').trim() === q);
    if (named.length) return named[0];
    const partial = registry.filter(e => e.type !== 'label' && (e.businessObject?.name ?? '').includes(q));
    return partial[0] ?? null;
  }

  function focusElement(element, flash = false) {
    const c = service('canvas');
    const selection = service('selection');
    if (!c || !element) return false;
    if (c.zoom() < 0.9) {
      const box = element.waypoints ? element.waypoints[0] : { x: element.x + element.width / 2, y: element.y + element.height / 2 };
      c.zoom(1, { x: box.x, y: box.y });
    }
    try { c.scrollToElement(element, { top: 120, bottom: 120, left: 200, right: 200 }); } catch { /* older canvases */ }
    selection?.select(element);
    if (flash) {
      c.addMarker(element, FOCUS_MARKER);
      setTimeout(() => { try { c.removeMarker(element, FOCUS_MARKER); } catch { /* gone */ } }, 1600);
    }
    return true;
  }

  find.addEventListener('keydown', event => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const element = findElement(find.value);
    if (element) focusElement(element, true);
    else toast(`未找到元素“${find.value}”`, 'error');
  });
  find.addEventListener('change', () => {
    const element = service('elementRegistry')?.get(find.value.trim());
    if (element) focusElement(element, true);
  });

  // ---- problems ------------------------------------------------------------------------------------------
  function clearMarkers() {
    for (const { v, id, marker } of state.marked) {
      try { service('canvas', v)?.removeMarker(id, marker); } catch { /* element gone */ }
      try { service('overlays', v)?.remove({ type: 'court-problem' }); } catch { /* viewer gone */ }
    }
    state.marked = [];
    canvas.querySelectorAll('.court-problem-cell').forEach(el => el.classList.remove('court-problem-cell'));
  }

  /** The semantic BPMN element with this id, drawn or not (a flow without a valid target is not drawn). */
  function semanticElement(id) {
    const seen = new Set();
    const walk = node => {
      if (!node || typeof node !== 'object' || seen.has(node)) return null;
      seen.add(node);
      if (node.id === id) return node;
      for (const key of ['rootElements', 'flowElements', 'artifacts', 'laneSets', 'lanes']) {
        for (const child of node[key] ?? []) {
          const found = walk(child);
          if (found) return found;
        }
      }
      return null;
    };
    try { return walk(state.modeler.getDefinitions?.()); } catch { return null; }
  }

  /**
   * The diagram element that shows a problem's element: the element itself, or for an element that is not drawn
   * (a sequence flow without a valid target) the shape it comes from or leads to. { element, via } or null.
   */
  function drawnFor(id, registry = service('elementRegistry')) {
    const element = registry?.get(id);
    if (element) return { element, via: null };
    if (!bpmn()) return null;
    const semantic = semanticElement(id);
    for (const ref of [semantic?.sourceRef, semantic?.targetRef, semantic?.attachedToRef]) {
      const shape = ref?.id ? registry?.get(ref.id) : null;
      if (shape) return { element: shape, via: ref.id };
    }
    return null;
  }

  function applyMarkers() {
    clearMarkers();
    const v = viewer();
    const registry = service('elementRegistry', v);
    const c = service('canvas', v);
    const overlays = service('overlays', v);
    const byElement = new Map();   // drawn element id -> { element, problems }
    for (const p of state.problems) {
      if (!p.elementId) continue;
      // decision tables: cells of rules, inputs and outputs
      const id = CSS.escape(p.elementId);
      for (const cell of canvas.querySelectorAll(`[data-row-id="${id}"], [data-col-id="${id}"], [data-element-id="${id}"]`)) {
        if (!cell.closest('.djs-container')) cell.classList.add('court-problem-cell');
      }
      const element = drawnFor(p.elementId, registry)?.element;
      if (!element) continue;
      const entry = byElement.get(element.id) ?? { element, problems: [] };
      entry.problems.push(p);
      byElement.set(element.id, entry);
    }
    if (!c) return;
    for (const { element, problems } of byElement.values()) {
      const severity = problems.some(p => p.severity === 'ERROR') ? 'ERROR' : 'WARNING';
      c.addMarker(element, MARKER[severity]);
      state.marked.push({ v, id: element.id, marker: MARKER[severity] });
      if (overlays && element.type !== 'label' && !element.waypoints) {
        overlays.add(element, 'court-problem', {
          position: { top: -12, right: 12 },
          html: h('div', { class: `problem-badge problem-badge-${severity.toLowerCase()}`, title: problems.map(p => p.message).join('\n') },
            String(problems.length)),
        });
      }
    }
  }

  function dmnViewFor(id) {
    const views = state.modeler.getViews();
    const contains = (node, seen = new Set()) => {
      if (!node || typeof node !== 'object' || seen.has(node)) return false;
      seen.add(node);
      if (node.id === id) return true;
      for (const key of ['decisionLogic', 'rule', 'input', 'output', 'inputEntry', 'outputEntry', 'inputExpression']) {
        const value = node[key];
        if (Array.isArray(value) ? value.some(x => contains(x, seen)) : contains(value, seen)) return true;
      }
      return false;
    };
    return views.find(v => v.element.id === id && v.type !== 'drd') ?? views.find(v => v.type !== 'drd' && contains(v.element));
  }

  async function showProblem(problem, item) {
    problemsList.querySelectorAll('.selected').forEach(el => el.classList.remove('selected'));
    item.classList.add('selected');
    if (!problem.elementId) return;
    if (!bpmn()) {
      const view = dmnViewFor(problem.elementId);
      if (view && view !== state.modeler.getActiveView()) await state.modeler.open(view);
      applyMarkers();
      const cell = canvas.querySelector(`.court-problem-cell`);
      cell?.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    const drawn = drawnFor(problem.elementId);
    if (drawn) focusElement(drawn.element, true);
  }

  /**
   * The server's problems, completed: a problem without element but with a line (an XML schema error names only
   * its line) gets the element whose start tag is on that line of the XML that was sent; the modeler's warnings of
   * an imported file are listed too.
   */
  function withContext(problems, sentXml) {
    const lines = sentXml.split(/\r?\n/);
    const completed = problems.map(p => {
      if (p.elementId) return p;
      const line = p.line ?? Number(/\bLine=(\d+)/i.exec(p.message ?? '')?.[1] ?? 0);
      const id = line ? /\bid="([^"]+)"/.exec(lines[line - 1] ?? '')?.[1] : null;
      return id ? { ...p, elementId: id, line, inferred: true } : p;
    });
    return [...completed, ...state.importWarnings];
  }

  function clearProblems() {
    state.problems = [];
    clearMarkers();
    clear(problemsList);
    problemsPanel.hidden = true;
  }

  function showProblems(problems) {
    state.problems = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'ERROR' ? -1 : 1));
    clear(problemsList);
    problemsCount.textContent = String(state.problems.length);
    problemsPanel.hidden = state.problems.length === 0;
    const registry = service('elementRegistry');
    for (const p of state.problems) {
      const drawn = p.elementId ? drawnFor(p.elementId, registry) : null;
      const element = drawn && !drawn.via ? drawn.element : null;
      const name = element?.businessObject?.name;
      const item = h('li', {
        class: `problem problem-${String(p.severity).toLowerCase()}`, tabindex: '0', 'data-testid': 'problem-item',
        'data-element-id': p.elementId ?? '', 'data-severity': p.severity, 'data-rule': p.rule ?? '',
      },
      h('span', { class: `badge severity-${String(p.severity).toLowerCase()}` }, SEVERITY_LABELS[p.severity] ?? p.severity),
      h('span', { class: 'problem-element' }, p.elementId
        ? [h('code', {}, p.elementId), name ? h('span', { class: 'muted' }, ` ${name}`) : null,
          bpmn() && !drawn ? h('span', { class: 'muted small' }, '（图中无此元素）') : null,
          drawn?.via ? h('span', { class: 'muted small' }, `（未绘制，已标记相连的 ${drawn.via}）`) : null]
        : h('span', { class: 'muted' }, '整个模型')),
      h('span', { class: 'problem-message' }, p.message,
        p.line ? h('span', { class: 'muted small' }, p.inferred ? `（第 ${p.line} 行，据此定位元素）` : `（第 ${p.line} 行）`) : null,
        p.rule ? h('span', { class: 'rule' }, p.rule) : null));
      item.addEventListener('click', () => showProblem(p, item));
      item.addEventListener('keydown', e => { if (e.key === 'Enter') showProblem(p, item); });
      problemsList.append(item);
    }
    applyMarkers();
  }

  // ---- actions -------------------------------------------------------------------------------------------
  async function currentXml() {
    const { xml } = await state.modeler.saveXML({ format: true });
    return xml;
  }

  async function validate() {
    if (state.busy) return;
    setBusy(true);
    try {
      const xml = await currentXml();
      const result = await api.validate(state.kind, xml);
      showProblems(withContext(result.problems ?? [], xml));
      const errors = (result.problems ?? []).filter(p => p.severity === 'ERROR').length;
      const warnings = (result.problems ?? []).length - errors;
      if (result.valid) {
        showStatus('success', h('strong', {}, '校验通过'), warnings ? `，另有 ${warnings} 条警告` : '', '。可以部署为新版本。');
      } else {
        showStatus('error', h('strong', {}, '校验未通过'), `：${errors} 个错误${warnings ? `、${warnings} 条警告` : ''}。点击问题可在图中定位。`);
      }
    } catch (e) {
      showStatus('error', `无法校验：${describeError(e)}`);
    } finally {
      setBusy(false);
    }
  }

  async function deploy() {
    if (state.busy) return;
    if (!state.dirty) {
      showStatus('info', `没有需要部署的修改：图与 v${state.version.version} 相同。修改后再部署为新版本。`);
      return;
    }
    setBusy(true);
    deployButton.textContent = '正在部署…';
    const previous = state.version;
    let xml = '';
    try {
      xml = await currentXml();
      const result = await api.deploy(state.kind, xml, comment.value.trim());
      state.importWarnings = [];
      clearProblems();
      setDirty(false);
      comment.value = '';
      state.version = {
        definitionId: result.definitionId, version: result.version, deploymentId: result.deploymentId,
        deployedAt: new Date().toISOString(), deployedBy: auth.user, source: 'ADMIN',
      };
      state.model = { ...state.model, latestVersion: result.version };
      context.replaceHash(`#/edit/${encodeURIComponent(result.definitionId)}`);
      renderTitle();
      showStatus('success', h('strong', { 'data-testid': 'deployed-version' }, `已部署为新版本 v${result.version}`),
        `（${result.key}，部署 ${result.deploymentId}）。`);
      showDeployResult(result, previous);
    } catch (e) {
      if (e.status === 400) {
        showProblems(withContext(e.problems, xml));
        showStatus('error', h('strong', { 'data-testid': 'deploy-refused' }, '未部署'),
          `：${(e.problem.detail || e.problem.title || '模型校验未通过').replace(/^未部署：/, '')}`,
          h('br'), `服务器没有部署任何内容，最新版本仍是 v${state.model.latestVersion}。请修正下方的问题（点击可在图中定位）后重新部署。`);
      } else {
        showStatus('error', h('strong', { 'data-testid': 'deploy-refused' }, '未部署'), `：${describeError(e)}`);
      }
    } finally {
      deployButton.textContent = '部署为新版本';
      setBusy(false);
    }
  }

  function elementNames() {
    const names = {};
    for (const e of service('elementRegistry')?.getAll() ?? []) {
      if (e.businessObject?.id && e.businessObject.name) names[e.businessObject.id] = e.businessObject.name;
    }
    return names;
  }

  function showDeployResult(result, previous) {
    const list = (label, ids, kind) => h('div', { class: `id-list id-list-${kind}` },
      h('h4', {}, `${label}（${ids.length}）`),
      ids.length ? h('div', { class: 'chips' }, ids.map(id => h('code', { class: `chip chip-${kind}` }, id)))
        : h('p', { class: 'muted small' }, '无'));
    const intro = h('div', { class: 'deploy-result', 'data-testid': 'deploy-result' },
      h('p', { class: 'alert alert-success' },
        h('strong', {}, `${result.key} 已部署为新版本 v${result.version}`),
        result.previousDefinitionId ? `（上一版本 v${previousVersionOf(result, previous)}）` : '', '。新立案件将使用新版本。'),
      h('div', { class: 'id-lists' },
        list('新增的元素', result.addedElementIds ?? [], 'added'),
        list('删除的元素', result.removedElementIds ?? [], 'removed')));
    const running = result.runningInstancesOfPrevious ?? 0;
    if (bpmn() && result.previousDefinitionId && running > 0) {
      intro.append(h('p', { class: 'alert alert-info' },
        `上一版本 v${previousVersionOf(result, previous)} 仍有 `, h('strong', {}, String(running)),
        ' 个运行中的实例。建议将它们迁移到新版本（按相同的活动 id 对应）：'));
      openMigrationDialog({
        title: `已部署 v${result.version}：迁移运行中实例`,
        sourceDefinitionId: result.previousDefinitionId, targetDefinitionId: result.definitionId,
        sourceVersion: previousVersionOf(result, previous), targetVersion: result.version, key: result.key,
        intro, names: elementNames(), dismissLabel: '暂不迁移',
        onFinished: batch => toast(`迁移结束：已迁移 ${batch.migrated}，失败 ${batch.failed}`, batch.failed ? 'error' : 'success'),
      });
    } else {
      openDialog({
        title: `已部署 v${result.version}`, testid: 'deploy-dialog', wide: true,
        content: [intro, h('p', { class: 'muted' }, running > 0 ? '' : '上一版本没有运行中的实例，无需迁移。')],
        buttons: [{ label: '确定', kind: 'primary', testid: 'deploy-dialog-ok' }],
      });
    }
  }

  function previousVersionOf(result, previous) {
    const match = (state.model.versions ?? []).find(v => v.definitionId === result.previousDefinitionId);
    return match?.version ?? (previous?.definitionId === result.previousDefinitionId ? previous.version : result.version - 1);
  }

  async function download() {
    try {
      saveFile(await currentXml(), `${state.model.key}.${kindExtension(state.kind)}`);
    } catch (e) {
      toast(`无法导出：${e.message}`, 'error');
    }
  }

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const text = await file.text();
    const isDmn = /<(\w+:)?definitions[^>]*(DMN\/\d+\/MODEL|omg\.org\/spec\/DMN)/.test(text);
    const isBpmn = /<(\w+:)?definitions[^>]*BPMN\/20100524\/MODEL/.test(text);
    if ((bpmn() && !isBpmn) || (!bpmn() && !isDmn)) {
      showStatus('error', `文件“${file.name}”不是 ${state.kind} 模型，未导入。`);
      return;
    }
    if (state.dirty && !(await confirmDialog({
      title: '从文件导入', message: `导入“${file.name}”将替换当前图中尚未部署的修改。继续吗？`, yes: '导入', danger: true,
    }))) return;
    setBusy(true);
    try {
      const warnings = await importXml(text, { fromFile: file.name });
      state.importWarnings = warnings.map(w => ({
        severity: 'WARNING', elementId: w.element?.id ?? /\bid="([^"]+)"/.exec(w.message ?? '')?.[1] ?? null, rule: 'import',
        message: `导入警告：${w.message}`, line: null,
      }));
      showProblems(state.importWarnings);
      const keys = bpmn()
        ? (state.modeler.getDefinitions?.()?.rootElements ?? []).filter(e => e.$type === 'bpmn:Process').map(e => e.id)
        : (state.modeler.getDefinitions?.()?.drgElement ?? []).filter(e => e.$type === 'dmn:Decision').map(e => e.id);
      const otherKey = keys.length && !keys.includes(state.model.key);
      showStatus(otherKey || warnings.length ? 'warning' : 'info',
        `已从文件“${file.name}”导入，尚未部署。`,
        warnings.length ? `导入时有 ${warnings.length} 条警告（见下方问题列表）。` : '',
        otherKey ? `注意：文件中的 key 为 ${keys.join('、')}，与当前模型 ${state.model.key} 不同。` : '',
        '请校验后部署为新版本。');
    } catch (e) {
      showStatus('error', `无法读取文件“${file.name}”：${e.message}。图未改变。`);
    } finally {
      setBusy(false);
    }
  });

  // ---- open ----------------------------------------------------------------------------------------------
  (async () => {
    try {
      const models = await api.models();
      if (state.destroyed) return;
      for (const model of models) {
        const version = (model.versions ?? []).find(v => v.definitionId === definitionId);
        if (version) { state.model = model; state.version = version; break; }
      }
      if (!state.model) {
        clear(title).append(h('span', { class: 'text-error' }, `未找到流程定义 ${definitionId}。`));
        return;
      }
      state.kind = state.model.kind;
      container.dataset.kind = state.kind;
      renderTitle();
      const [xml, modeler] = await Promise.all([api.xml(definitionId), createModeler(state.kind)]);
      if (state.destroyed) { modeler.destroy(); return; }
      state.modeler = modeler;
      const warnings = await importXml(xml);
      if (warnings.length) {
        showProblems(warnings.map(w => ({ severity: 'WARNING', elementId: w.element?.id ?? null, rule: 'import',
          message: `导入警告：${w.message}` })));
      }
      setBusy(false);
      container.dataset.ready = 'true';
    } catch (e) {
      if (state.destroyed) return;
      showStatus('error', `无法打开模型：${describeError(e)}`);
    }
  })();
  setDirty(false);

  return {
    isDirty: () => state.dirty,
    async canLeave() {
      if (!state.dirty) return true;
      return confirmDialog({
        title: '放弃未部署的修改？', message: '当前图中有尚未部署的修改，离开后将丢失。可先“下载 XML”保存到本地。',
        yes: '放弃修改并离开', no: '留在此页', danger: true,
      });
    },
    destroy() {
      state.destroyed = true;
      try { state.modeler?.destroy(); } catch { /* already gone */ }
      if (window.courtModeler === state.modeler) delete window.courtModeler;
    },
  };
}
