// A model's history: who deployed which version when (release or admin), the difference of two versions in
// element ids, migrations between any two versions, and the migrations run so far.
import { api, describeError } from './api.js';
import { h, clear, formatTime, sourceBadge, kindExtension } from './util.js';
import { downloadDefinition } from './list.js';
import { openMigrationDialog } from './migration.js';

export function renderHistory(container, key, context) {
  let destroyed = false;
  let model = null;
  let versions = [];

  const titleName = h('span', {}, key);
  const versionsBox = h('div', { class: 'card-body' }, h('p', { class: 'muted loading' }, '正在加载版本历史…'));
  const fromSelect = h('select', { class: 'input', 'data-testid': 'diff-from', 'aria-label': '起始版本' });
  const toSelect = h('select', { class: 'input', 'data-testid': 'diff-to', 'aria-label': '目标版本' });
  const diffButton = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'btn-diff' }, '比较');
  const migrateButton = h('button', { type: 'button', class: 'btn', 'data-testid': 'btn-migrate-versions' }, '迁移运行中实例…');
  const diffBox = h('div', { class: 'diff-result', 'data-testid': 'diff-result' });
  const migrationsBox = h('div', { class: 'card-body', 'data-testid': 'migrations' });

  container.append(
    h('div', { class: 'page-header' },
      h('div', {},
        h('p', { class: 'breadcrumb' }, h('a', { href: '#/' }, '流程模型'), ' / 版本历史'),
        h('h1', {}, titleName, ' ', h('code', {}, key))),
      h('div', { class: 'page-actions' },
        h('button', { type: 'button', class: 'btn btn-ghost', 'data-testid': 'btn-back', onclick: () => context.navigate('#/') }, '返回列表'))),
    h('div', { class: 'card' }, h('div', { class: 'card-header' }, h('h2', {}, '版本')), versionsBox),
    h('div', { class: 'card' },
      h('div', { class: 'card-header' }, h('h2', {}, '比较两个版本 / 迁移')),
      h('div', { class: 'card-body' },
        h('div', { class: 'form-row' },
          h('label', {}, '从 ', fromSelect), h('label', {}, '到 ', toSelect), diffButton, migrateButton),
        diffBox)),
    h('div', { class: 'card' }, h('div', { class: 'card-header' }, h('h2', {}, '迁移记录')), migrationsBox));

  const versionLabel = v => `v${v.version}（${formatTime(v.deployedAt)}）`;
  const byVersion = n => versions.find(v => String(v.version) === String(n));

  const renderVersions = () => {
    clear(versionsBox);
    if (!versions.length) {
      versionsBox.append(h('p', { class: 'muted' }, '没有版本。'));
      return;
    }
    versionsBox.append(h('table', { class: 'table', 'data-testid': 'history-table' },
      h('thead', {}, h('tr', {}, ['版本', '来源', '部署人', '部署时间', '说明', '运行中实例', '操作'].map(t => h('th', {}, t)))),
      h('tbody', {}, versions.map(v => h('tr', { 'data-testid': `history-row-v${v.version}`, 'data-version': String(v.version) },
        h('td', {}, h('span', { class: 'version' }, `v${v.version}`),
          v.version === model?.latestVersion ? h('span', { class: 'badge badge-ok' }, '最新') : null),
        h('td', {}, sourceBadge(v.source)),
        h('td', {}, v.deployedBy ?? h('span', { class: 'muted' }, '系统')),
        h('td', { class: 'nowrap' }, formatTime(v.deployedAt)),
        h('td', { class: 'comment' }, v.comment ?? h('span', { class: 'muted' }, '—')),
        h('td', { class: 'num' }, String(v.runningInstances ?? 0)),
        h('td', { class: 'actions' },
          h('button', { type: 'button', class: 'btn btn-small', 'data-testid': `open-v${v.version}`,
            onclick: () => context.navigate(`#/edit/${encodeURIComponent(v.definitionId)}`) }, '打开'),
          h('button', { type: 'button', class: 'btn btn-small', 'data-testid': `download-v${v.version}`,
            onclick: () => downloadDefinition(v.definitionId, `${key}.v${v.version}.${kindExtension(model?.kind)}`) }, '下载 XML')))))));
    const options = select => {
      clear(select).append(...versions.map(v => h('option', { value: String(v.version) }, versionLabel(v))));
    };
    options(fromSelect);
    options(toSelect);
    toSelect.value = String(versions[0].version);
    fromSelect.value = String((versions[1] ?? versions[0]).version);
    const isBpmn = model?.kind !== 'DMN';
    migrateButton.hidden = !isBpmn;
  };

  const idTable = (title, rows, kind, columns) => h('div', { class: `diff-section diff-${kind}`, 'data-testid': `diff-${kind}` },
    h('h4', {}, `${title}（${rows.length}）`),
    rows.length
      ? h('table', { class: 'table table-compact' },
        h('thead', {}, h('tr', {}, columns.map(c => h('th', {}, c[0])))),
        h('tbody', {}, rows.map(r => h('tr', {}, columns.map(c => h('td', {}, c[1](r)))))))
      : h('p', { class: 'muted small' }, '无'));

  diffButton.addEventListener('click', async () => {
    if (fromSelect.value === toSelect.value) {
      clear(diffBox).append(h('p', { class: 'alert alert-info' }, '请选择两个不同的版本。'));
      return;
    }
    diffButton.disabled = true;
    clear(diffBox).append(h('p', { class: 'muted loading' }, '正在比较…'));
    try {
      const diff = await api.diff(key, fromSelect.value, toSelect.value);
      const type = r => h('span', { class: 'muted' }, String(r.type ?? '').replace(/^(bpmn|dmn):/, ''));
      clear(diffBox).append(
        h('p', {}, `v${diff.from} → v${diff.to}：新增 ${diff.added.length}，删除 ${diff.removed.length}，改名 ${diff.renamed.length}。`),
        h('div', { class: 'diff-grid' },
          idTable('新增的元素', diff.added, 'added', [['id', r => h('code', {}, r.id)], ['类型', type], ['名称', r => r.name ?? '']]),
          idTable('删除的元素', diff.removed, 'removed', [['id', r => h('code', {}, r.id)], ['类型', type], ['名称', r => r.name ?? '']]),
          idTable('改名的元素', diff.renamed, 'renamed', [['id', r => h('code', {}, r.id)], ['类型', type],
            ['原名称', r => r.fromName ?? ''], ['新名称', r => r.toName ?? '']])));
    } catch (e) {
      clear(diffBox).append(h('p', { class: 'alert alert-error' }, `无法比较：${describeError(e)}`));
    } finally {
      diffButton.disabled = false;
    }
  });

  migrateButton.addEventListener('click', () => {
    const source = byVersion(fromSelect.value);
    const target = byVersion(toSelect.value);
    if (!source || !target || source === target) {
      clear(diffBox).append(h('p', { class: 'alert alert-info' }, '请选择两个不同的版本：从“源版本”迁移到“目标版本”。'));
      return;
    }
    openMigrationDialog({
      sourceDefinitionId: source.definitionId, targetDefinitionId: target.definitionId,
      sourceVersion: source.version, targetVersion: target.version, key, dismissLabel: '取消',
      onFinished: () => { loadMigrations(); load(); },
    });
  });

  const loadMigrations = async () => {
    try {
      const list = await api.migrations(key);
      if (destroyed) return;
      clear(migrationsBox);
      if (!list.length) {
        migrationsBox.append(h('p', { class: 'muted' }, '尚未迁移过此模型的实例。'));
        return;
      }
      const version = id => versions.find(v => v.definitionId === id)?.version;
      migrationsBox.append(h('table', { class: 'table', 'data-testid': 'migrations-table' },
        h('thead', {}, h('tr', {}, ['开始时间', '发起人', '从', '到', '共计', '已迁移', '失败', '状态'].map(t => h('th', {}, t)))),
        h('tbody', {}, list.map(b => h('tr', {},
          h('td', { class: 'nowrap' }, formatTime(b.startedAt)), h('td', {}, b.startedBy ?? '—'),
          h('td', {}, version(b.sourceDefinitionId) ? `v${version(b.sourceDefinitionId)}` : h('code', {}, b.sourceDefinitionId)),
          h('td', {}, version(b.targetDefinitionId) ? `v${version(b.targetDefinitionId)}` : h('code', {}, b.targetDefinitionId)),
          h('td', { class: 'num' }, String(b.total)), h('td', { class: 'num' }, String(b.migrated)),
          h('td', { class: `num ${b.failed ? 'text-error' : ''}` }, String(b.failed)),
          h('td', {}, b.finished ? (b.failed ? '结束（有失败）' : '完成') : '进行中'))))));
    } catch (e) {
      if (!destroyed) clear(migrationsBox).append(h('p', { class: 'alert alert-error' }, `无法加载迁移记录：${describeError(e)}`));
    }
  };

  const load = async () => {
    try {
      const [models, history] = await Promise.all([api.models(), api.history(key)]);
      if (destroyed) return;
      model = models.find(m => m.key === key) ?? null;
      titleName.textContent = model?.name ?? key;
      const running = new Map((model?.versions ?? []).map(v => [v.definitionId, v.runningInstances]));
      versions = history.map(v => ({ ...v, runningInstances: running.get(v.definitionId) ?? 0 }));
      renderVersions();
      loadMigrations();
    } catch (e) {
      if (!destroyed) clear(versionsBox).append(h('p', { class: 'alert alert-error', role: 'alert' }, `无法加载版本历史：${describeError(e)}`));
    }
  };
  load();
  return { destroy() { destroyed = true; } };
}
