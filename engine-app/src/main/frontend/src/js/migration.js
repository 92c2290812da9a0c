// Migration of running instances from one version of a process to another: the plan (instructions by equal
// activity ids, validated by the engine), then the batch with its progress and its failures per instance.
import { api, describeError } from './api.js';
import { h, clear, openDialog, formatTime } from './util.js';

/**
 * Opens the migration dialog.
 * options: sourceDefinitionId, targetDefinitionId, sourceVersion, targetVersion, key,
 *          intro (node shown above the plan, e.g. the deployment's result), names (activity id -> name in the target),
 *          title, dismissLabel, onFinished(batch)
 */
export function openMigrationDialog(options) {
  const { sourceDefinitionId, targetDefinitionId, sourceVersion, targetVersion, names = {} } = options;
  const label = id => (names[id] ? `${id}（${names[id]}）` : id);
  const planBox = h('div', { class: 'migration-plan', 'data-testid': 'migration-plan' },
    h('p', { class: 'muted loading' }, '正在生成迁移方案…'));
  const progressBox = h('div', { class: 'migration-progress', 'data-testid': 'migration-progress', hidden: true });
  let timer = null;
  let plan = null;
  let running = false;

  const dialog = openDialog({
    title: options.title ?? `迁移运行中实例：v${sourceVersion} → v${targetVersion}`,
    testid: 'migration-dialog',
    wide: true,
    content: [
      options.intro ?? null,
      h('h3', {}, `迁移方案（${options.key ?? ''} v${sourceVersion} → v${targetVersion}）`),
      planBox,
      progressBox,
    ],
    buttons: [],
    onClose: () => { if (timer) clearTimeout(timer); timer = null; },
  });

  const setButtons = () => {
    const finishedOrRunning = running || progressBox.dataset.finished === 'true';
    dialog.setButtons([
      { label: finishedOrRunning ? '关闭' : (options.dismissLabel ?? '暂不迁移'), testid: 'migration-close' },
      ...(finishedOrRunning ? [] : [{
        label: '执行迁移', kind: 'primary', testid: 'btn-migrate',
        disabled: !plan || !plan.valid || !(plan.instanceCount > 0),
        onClick: () => start(),
      }]),
    ]);
  };
  setButtons();

  const renderPlan = () => {
    clear(planBox);
    const count = plan.instanceCount ?? 0;
    planBox.append(h('div', { class: 'plan-summary' },
      h('span', { class: `badge ${plan.valid ? 'badge-ok' : 'badge-error'}`, 'data-testid': 'plan-valid' },
        plan.valid ? '方案有效' : '方案无效'),
      h('span', {}, `待迁移实例：`, h('strong', { 'data-testid': 'plan-instance-count' }, String(count)), ' 个'),
      h('span', { class: 'muted' }, '按相同的活动 id 对应源版本与目标版本的活动。')));
    if (count === 0) {
      planBox.append(h('p', { class: 'alert alert-info' }, '源版本没有运行中的实例，无需迁移。'));
    }
    const errors = plan.errors ?? [];
    if (errors.length) {
      planBox.append(h('div', { class: 'alert alert-error', role: 'alert', 'data-testid': 'migration-errors' },
        h('strong', {}, '方案校验未通过，不能执行迁移：'),
        h('ul', {}, errors.map(e => h('li', {}, e)))));
    }
    const unmapped = plan.unmappedActivities ?? [];
    if (unmapped.length) {
      planBox.append(h('div', { class: 'subsection', 'data-testid': 'migration-unmapped' },
        h('h4', {}, '无法对应的活动（有运行中令牌但目标版本没有相同 id 的活动）'),
        h('table', { class: 'table table-compact' },
          h('thead', {}, h('tr', {}, h('th', {}, '源活动'), h('th', { class: 'num' }, '停留实例数'))),
          h('tbody', {}, unmapped.map(u => h('tr', {}, h('td', {}, h('code', {}, u.activityId)),
            h('td', { class: 'num' }, String(u.instances))))))));
    }
    const instructions = [...(plan.instructions ?? [])]
      .sort((a, b) => String(a.sourceActivityIds?.[0]).localeCompare(String(b.sourceActivityIds?.[0])));
    planBox.append(h('div', { class: 'subsection' },
      h('h4', {}, `迁移指令（${instructions.length} 条）`),
      instructions.length
        ? h('div', { class: 'scroll-box' }, h('table', { class: 'table table-compact', 'data-testid': 'migration-instructions' },
          h('thead', {}, h('tr', {}, h('th', {}, `源活动（v${sourceVersion}）`), h('th', {}, ''), h('th', {}, `目标活动（v${targetVersion}）`))),
          h('tbody', {}, instructions.map(i => h('tr', {},
            h('td', {}, (i.sourceActivityIds ?? []).map(id => h('code', {}, id))),
            h('td', { class: 'arrow' }, '→'),
            h('td', {}, (i.targetActivityIds ?? []).map(id => h('code', {}, label(id)))))))))
        : h('p', { class: 'muted' }, '没有迁移指令。')));
  };

  const renderProgress = batch => {
    clear(progressBox);
    progressBox.hidden = false;
    const total = batch.total ?? 0;
    const migrated = batch.migrated ?? 0;
    const failed = batch.failed ?? 0;
    const pct = n => (total ? Math.min(100, (n / total) * 100) : (batch.finished ? 100 : 0));
    progressBox.dataset.finished = String(!!batch.finished);
    progressBox.append(...[
      h('h3', {}, '迁移进度'),
      h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(total),
        'aria-valuenow': String(migrated + failed) },
      h('div', { class: 'progress-ok', style: `width:${pct(migrated)}%` }),
      h('div', { class: 'progress-failed', style: `width:${pct(failed)}%` })),
      h('div', { class: 'progress-text', 'data-testid': 'migration-status', 'data-finished': String(!!batch.finished) },
        h('span', {}, batch.finished ? (failed ? '迁移结束（部分失败）' : '迁移完成') : '正在迁移…'),
        h('span', {}, '已迁移 ', h('strong', { 'data-testid': 'migrated-count' }, String(migrated)),
          ' · 失败 ', h('strong', { 'data-testid': 'failed-count', class: failed ? 'text-error' : '' }, String(failed)),
          ` · 共 ${total}`)),
      h('div', { class: 'muted small' }, `批处理 ${batch.batchId ?? ''}${batch.startedBy ? ' · 发起人 ' + batch.startedBy : ''}${batch.startedAt ? ' · ' + formatTime(batch.startedAt) : ''}`),
      (batch.failures ?? []).length ? h('div', { class: 'subsection' },
        h('h4', {}, '迁移失败的实例'),
        h('table', { class: 'table table-compact', 'data-testid': 'migration-failures' },
          h('thead', {}, h('tr', {}, h('th', {}, '流程实例'), h('th', {}, '案号'), h('th', {}, '原因'))),
          h('tbody', {}, batch.failures.map(f => h('tr', {},
            h('td', {}, h('code', {}, f.processInstanceId)), h('td', {}, f.businessKey ?? '—'),
            h('td', { class: 'text-error' }, f.message))))))
        : null].filter(Boolean));
  };

  const poll = async batchId => {
    if (dialog.closed) return;
    try {
      const batch = await api.migration(batchId);
      if (dialog.closed) return;
      renderProgress(batch);
      if (batch.finished) {
        running = false;
        setButtons();
        options.onFinished?.(batch);
        return;
      }
    } catch (e) {
      if (dialog.closed) return;
      progressBox.append(h('p', { class: 'alert alert-error' }, `无法读取迁移进度：${describeError(e)}（稍后重试）`));
    }
    timer = setTimeout(() => poll(batchId), 1000);
  };

  const start = async () => {
    running = true;
    setButtons();
    try {
      const started = await api.startMigration(sourceDefinitionId, targetDefinitionId);
      renderProgress({ batchId: started.batchId, total: started.total, migrated: 0, failed: 0, finished: false });
      timer = setTimeout(() => poll(started.batchId), 1000);
    } catch (e) {
      running = false;
      setButtons();
      progressBox.hidden = false;
      clear(progressBox).append(h('div', { class: 'alert alert-error', role: 'alert', 'data-testid': 'migration-start-error' },
        `未迁移：${describeError(e)}`,
        (e.problem?.errors ?? []).length ? h('ul', {}, e.problem.errors.map(x => h('li', {}, x))) : null));
    }
  };

  api.migrationPlan(sourceDefinitionId, targetDefinitionId).then(result => {
    if (dialog.closed) return;
    plan = result;
    renderPlan();
    setButtons();
  }, e => {
    if (dialog.closed) return;
    clear(planBox).append(h('div', { class: 'alert alert-error', role: 'alert', 'data-testid': 'migration-errors' },
      `无法生成迁移方案：${describeError(e)}`));
  });
  return dialog;
}
