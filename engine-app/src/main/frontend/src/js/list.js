// The deployed process and decision definitions with their versions.
import { api, describeError } from './api.js';
import { h, clear, formatTime, sourceBadge, saveFile, baseName, kindExtension, toast } from './util.js';

export async function downloadDefinition(definitionId, fallbackName) {
  try {
    const { blob, filename } = await api.download(definitionId);
    saveFile(blob, filename || fallbackName);
  } catch (e) {
    toast(`下载失败：${describeError(e)}`, 'error');
  }
}

export function renderList(container, context) {
  const filter = h('input', { type: 'search', class: 'input', placeholder: '按名称或 key 筛选', 'aria-label': '筛选',
    'data-testid': 'models-filter' });
  const refresh = h('button', { type: 'button', class: 'btn', 'data-testid': 'models-refresh' }, '刷新');
  const body = h('div', { class: 'card-body' }, h('p', { class: 'muted loading' }, '正在加载模型…'));
  container.append(
    h('div', { class: 'page-header' },
      h('div', {},
        h('h1', {}, '流程模型'),
        h('p', { class: 'muted' }, '已部署的流程定义（BPMN）与决策定义（DMN）。打开一个版本编辑后，可校验并部署为新版本；运行中的案件可迁移到新版本。')),
      h('div', { class: 'page-actions' }, filter, refresh)),
    h('div', { class: 'card' }, body));

  let models = [];
  let destroyed = false;

  const render = () => {
    clear(body);
    const q = filter.value.trim().toLowerCase();
    const shown = models.filter(m => !q || m.key.toLowerCase().includes(q) || (m.name ?? '').toLowerCase().includes(q));
    if (!shown.length) {
      body.append(h('p', { class: 'muted empty' }, models.length ? '没有符合条件的模型。' : '尚未部署任何模型。'));
      return;
    }
    const rows = shown.map(model => {
      const versions = model.versions ?? [];
      const latest = versions.find(v => v.version === model.latestVersion) ?? versions[0] ?? {};
      const running = versions.reduce((sum, v) => sum + (v.runningInstances ?? 0), 0);
      const perVersion = versions.filter(v => v.runningInstances > 0)
        .map(v => `v${v.version}: ${v.runningInstances}`).join(' · ');
      return h('tr', { 'data-testid': `model-row-${model.key}`, 'data-key': model.key },
        h('td', {}, h('div', { class: 'model-name' }, model.name || model.key),
          h('div', { class: 'muted small' }, baseName(model.resourceName))),
        h('td', {}, h('code', {}, model.key)),
        h('td', {}, h('span', { class: `badge kind-${model.kind.toLowerCase()}` }, model.kind)),
        h('td', { class: 'num' }, h('span', { class: 'version', 'data-testid': 'latest-version' }, `v${model.latestVersion}`),
          versions.length > 1 ? h('div', { class: 'muted small' }, `共 ${versions.length} 个版本`) : null),
        h('td', {}, sourceBadge(latest.source)),
        h('td', {}, latest.deployedBy ?? h('span', { class: 'muted' }, '系统')),
        h('td', { class: 'nowrap' }, formatTime(latest.deployedAt)),
        h('td', { class: 'num' },
          h('span', { class: running ? 'count count-active' : 'count', 'data-testid': 'running-instances' }, String(running)),
          perVersion ? h('div', { class: 'muted small' }, perVersion) : null),
        h('td', { class: 'actions' },
          h('button', { type: 'button', class: 'btn btn-primary btn-small', 'data-testid': `open-latest-${model.key}`,
            disabled: !latest.definitionId, onclick: () => context.navigate(`#/edit/${encodeURIComponent(latest.definitionId)}`) },
          '打开最新版本'),
          h('button', { type: 'button', class: 'btn btn-small', 'data-testid': `history-${model.key}`,
            onclick: () => context.navigate(`#/history/${encodeURIComponent(model.key)}`) }, '版本历史'),
          h('button', { type: 'button', class: 'btn btn-small', 'data-testid': `download-${model.key}`,
            disabled: !latest.definitionId,
            onclick: () => downloadDefinition(latest.definitionId, `${model.key}.${kindExtension(model.kind)}`) }, '下载 XML')));
    });
    body.append(h('table', { class: 'table', 'data-testid': 'models-table' },
      h('thead', {}, h('tr', {},
        ['名称', 'Key', '类型', '最新版本', '来源', '部署人', '部署时间', '运行中实例', '操作'].map(t => h('th', {}, t)))),
      h('tbody', {}, rows)));
  };

  const load = async () => {
    refresh.disabled = true;
    try {
      const list = await api.models();
      if (destroyed) return;
      models = [...list].sort((a, b) => a.kind.localeCompare(b.kind) || (a.name ?? a.key).localeCompare(b.name ?? b.key, 'zh-CN'));
      render();
    } catch (e) {
      if (destroyed) return;
      clear(body).append(h('div', { class: 'alert alert-error', role: 'alert', 'data-testid': 'models-error' },
        `无法加载模型列表：${describeError(e)}`));
    } finally {
      refresh.disabled = false;
    }
  };

  filter.addEventListener('input', render);
  refresh.addEventListener('click', load);
  load();
  return { destroy() { destroyed = true; } };
}
