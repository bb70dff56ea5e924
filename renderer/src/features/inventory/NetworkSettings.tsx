import { useId, useState } from 'react';
import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import { NetworkKind, type NetworkDefinition } from '../../../../shared/schema/network';
import type { Workspace } from '../../../../shared/schema/workspace';
import { useLibrary, useWorkspace } from '../../app/library';
import { useLocale } from '../../i18n/useLocale';
import { showToast } from '../../ui/Toast';
import { buildNetwork, emptyForm, formOf, LIMIT_KEYS, parseOverride, slugify, type LimitKey, type NetworkForm } from './network-form';
import { useInventoryText } from './text';
import { localLabel } from '../../../../shared/domain/networks/label';

function CustomNetworkForm({ initial, editing, others, onSave, onCancel }: {
  initial: NetworkForm;
  editing: boolean;
  others: readonly NetworkDefinition[];
  onSave: (def: NetworkDefinition) => void;
  onCancel: () => void;
}) {
  const { t } = useInventoryText();
  const { lang } = useLocale();
  const [form, setForm] = useState(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const p = useId();
  const set = (patch: Partial<NetworkForm>) => setForm((f) => ({ ...f, ...patch }));
  const setLimit = (k: LimitKey, v: string) => setForm((f) => ({ ...f, limits: { ...f.limits, [k]: v } }));
  const save = () => {
    const result = buildNetwork(form, others);
    if (!result.ok) {
      setProblems(result.problems.map((x) => `${x.field}: ${x.message[lang]}`));
      return;
    }
    onSave(result.definition);
  };
  return (
    <form className="card network-form" onSubmit={(e) => { e.preventDefault(); save(); }} data-testid="network-form" noValidate>
      <h3>{editing ? t('networks.formEditTitle', { label: initial.label }) : t('networks.formTitle')}</h3>
      <div className="form-grid">
        <label htmlFor={`${p}-label`}>{t('networks.label')}</label>
        <input id={`${p}-label`} type="text" maxLength={80} value={form.label} autoFocus data-testid="net-label"
          onChange={(e) => set({ label: e.target.value, ...(form.idEdited ? {} : { id: slugify(e.target.value) }) })} />
        <label htmlFor={`${p}-id`}>{t('networks.id')}</label>
        <div>
          <input id={`${p}-id`} type="text" maxLength={60} value={form.id} disabled={editing} aria-describedby={`${p}-id-hint`} data-testid="net-id"
            onChange={(e) => set({ id: e.target.value, idEdited: true })} />
          <p id={`${p}-id-hint`} className="field-hint">{t('networks.idHint')}</p>
        </div>
        <label htmlFor={`${p}-kind`}>{t('networks.kind')}</label>
        <select id={`${p}-kind`} value={form.kind} onChange={(e) => set({ kind: e.target.value as NetworkForm['kind'] })}>
          {NetworkKind.options.map((k) => <option key={k} value={k}>{t(`networks.kinds.${k}`)}</option>)}
        </select>
        <label htmlFor={`${p}-host`}>{t('networks.host')}</label>
        <div>
          <input id={`${p}-host`} type="text" maxLength={200} value={form.host} aria-describedby={`${p}-host-hint`} onChange={(e) => set({ host: e.target.value })} data-testid="net-host" />
          <p id={`${p}-host-hint`} className="field-hint">{t('networks.hostHint')}</p>
        </div>
        <label htmlFor={`${p}-path`}>{t('networks.path')}</label>
        <div>
          <input id={`${p}-path`} type="text" maxLength={200} value={form.path} aria-describedby={`${p}-path-hint`} onChange={(e) => set({ path: e.target.value })} data-testid="net-path" />
          <p id={`${p}-path-hint`} className="field-hint">{t('networks.pathHint')}</p>
        </div>
        <span className="label-like" id={`${p}-features`}>{t('networks.features')}</span>
        <div role="group" aria-labelledby={`${p}-features`} className="inline">
          <label className="check"><input type="checkbox" checked={form.follow} onChange={(e) => set({ follow: e.target.checked })} />{t('networks.featureFollow')}</label>
          <label className="check"><input type="checkbox" checked={form.wall} onChange={(e) => set({ wall: e.target.checked })} />{t('networks.featureWall')}</label>
          <label className="check"><input type="checkbox" checked={form.keywords} onChange={(e) => set({ keywords: e.target.checked })} />{t('networks.featureKeywords')}</label>
        </div>
        <span className="label-like" id={`${p}-limits`}>{t('networks.limits')}</span>
        <LimitInputs prefix={p} values={form.limits} onChange={setLimit} labelledBy={`${p}-limits`} />
        <label htmlFor={`${p}-fields`}>{t('networks.customFields')}</label>
        <div>
          <textarea id={`${p}-fields`} rows={3} value={form.customFields} aria-describedby={`${p}-fields-hint`} onChange={(e) => set({ customFields: e.target.value })} />
          <p id={`${p}-fields-hint`} className="field-hint">{t('networks.customFieldsHint')}</p>
        </div>
      </div>
      {problems.length > 0 && (
        <ul className="field-error problems" role="alert" data-testid="network-problems">
          {problems.map((m) => <li key={m}>{m}</li>)}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel}>{t('networks.cancel')}</button>
        <button type="submit" className="btn primary" data-testid="net-save">{t('networks.save')}</button>
      </div>
    </form>
  );
}

function LimitInputs({ prefix, values, onChange, labelledBy, defaults = {} }: {
  prefix: string;
  values: Record<LimitKey, string>;
  onChange: (k: LimitKey, v: string) => void;
  labelledBy: string;
  defaults?: Partial<Record<LimitKey, number>>;
}) {
  const { t } = useInventoryText();
  return (
    <div className="limit-grid" role="group" aria-labelledby={labelledBy}>
      {LIMIT_KEYS.map((k) => {
        const bad = values[k].trim() !== '' && !/^\d+$/.test(values[k].trim());
        return (
          <div key={k}>
            <label htmlFor={`${prefix}-${k}`} className="small">{t(`networks.limitNames.${k}`)}</label>
            <input id={`${prefix}-${k}`} type="text" inputMode="numeric" value={values[k]} placeholder={defaults[k] === undefined ? '' : String(defaults[k])}
              aria-invalid={bad} aria-describedby={bad ? `${prefix}-${k}-err` : undefined} onChange={(e) => onChange(k, e.target.value)} data-testid={`limit-${k}`} />
            {bad && <p id={`${prefix}-${k}-err`} className="field-error">{t('networks.invalidNumber')}</p>}
          </div>
        );
      })}
    </div>
  );
}

function LimitOverrides({ registry }: { registry: NetworkRegistry }) {
  const { t } = useInventoryText();
  const { lang } = useLocale();
  const ws = useWorkspace();
  const { editWorkspace } = useLibrary();
  const p = useId();
  const builtIns = registry.all().filter((n) => n.builtIn);
  const [network, setNetwork] = useState(builtIns[0]?.id ?? 'linkedin');
  const def = registry.get(network);
  const saved = ws.limitOverrides[network] ?? {};
  const [typed, setTyped] = useState<Record<string, Record<LimitKey, string>>>({});
  const values = typed[network] ?? (Object.fromEntries(LIMIT_KEYS.map((k) => [k, saved[k] === undefined ? '' : String(saved[k])])) as Record<LimitKey, string>);

  const change = (k: LimitKey, v: string) => {
    const next = { ...values, [k]: v };
    setTyped((all) => ({ ...all, [network]: next }));
    const parsed = parseOverride(next);
    if (!parsed.ok) return;
    editWorkspace((w) => withOverride(w, network, parsed.value));
  };
  const reset = () => {
    setTyped((all) => ({ ...all, [network]: Object.fromEntries(LIMIT_KEYS.map((k) => [k, ''])) as Record<LimitKey, string> }));
    editWorkspace((w) => withOverride(w, network, {}));
  };
  return (
    <div className="card" data-testid="limit-overrides">
      <h3 id={`${p}-title`}>{t('networks.overrides')}</h3>
      <p className="field-hint">{t('networks.overridesHint')}</p>
      <div className="toolbar">
        <label htmlFor={`${p}-net`}>{t('networks.overrideNetwork')}</label>
        <select id={`${p}-net`} className="auto-width" value={network} onChange={(e) => setNetwork(e.target.value)} data-testid="override-network">
          {builtIns.map((n) => <option key={n.id} value={n.id}>{localLabel(n, lang)}</option>)}
        </select>
        <button type="button" className="btn small" onClick={reset} disabled={Object.keys(saved).length === 0}>{t('networks.resetOverrides')}</button>
      </div>
      <LimitInputs prefix={`${p}-${network}`} values={values} onChange={change} labelledBy={`${p}-title`} defaults={def?.limits} />
    </div>
  );
}

/** Sets (or clears, when empty) one network's limit overrides. */
function withOverride(ws: Workspace, network: string, limits: Workspace['limitOverrides'][string]): Workspace {
  const rest = Object.fromEntries(Object.entries(ws.limitOverrides).filter(([id]) => id !== network));
  return { ...ws, limitOverrides: Object.keys(limits).length === 0 ? rest : { ...rest, [network]: limits } };
}

/** User-defined networks (stored in the client) and limit overrides for built-ins. */
export function NetworkSettings({ registry }: { registry: NetworkRegistry }) {
  const { t } = useInventoryText();
  const { lang } = useLocale();
  const ws = useWorkspace();
  const { editWorkspace } = useLibrary();
  const [editing, setEditing] = useState<{ index: number | null } | null>(null);

  const save = (def: NetworkDefinition) => {
    const index = editing?.index ?? null;
    editWorkspace((w) => ({
      ...w,
      customNetworks: index === null ? [...w.customNetworks, def] : w.customNetworks.map((n, i) => (i === index ? def : n)),
    }));
    setEditing(null);
    showToast({ message: t('networks.saved', { label: def.label }) });
  };
  const remove = (index: number) => {
    const def = ws.customNetworks[index];
    const used = ws.profiles.filter((p) => p.network === def?.id).length;
    if (used > 0) {
      showToast({ message: t('networks.removeBlocked', { count: used }), tone: 'error' });
      return;
    }
    editWorkspace((w) => ({ ...w, customNetworks: w.customNetworks.filter((_, i) => i !== index) }));
  };
  const broken = registry.issues.filter((i) => i.index >= 0);

  return (
    <div className="network-settings">
      <p className="muted">{t('networks.intro')}</p>
      <div className="card">
        <h3>{t('networks.customList')}</h3>
        {ws.customNetworks.length === 0 ? <p className="muted">{t('networks.none')}</p> : (
          <ul className="custom-networks" data-testid="custom-networks">
            {ws.customNetworks.map((n, i) => (
              <li key={n.id}>
                <strong>{n.label}</strong> <code>{n.id}</code> <span className="muted">{n.hosts.join(', ')}</span>
                <span className="grow" />
                <button type="button" className="btn small" onClick={() => setEditing({ index: i })}>{t('networks.editNet')}</button>
                <button type="button" className="btn small danger" onClick={() => remove(i)}>{t('networks.remove')}</button>
              </li>
            ))}
          </ul>
        )}
        {broken.length > 0 && (
          <ul className="field-error problems" role="alert">{broken.map((i) => <li key={`${i.index}-${i.field}`}>{i.message[lang]}</li>)}</ul>
        )}
        {editing === null && <button type="button" className="btn" onClick={() => setEditing({ index: null })} data-testid="net-add">{t('networks.add')}</button>}
      </div>
      {editing !== null && (
        <CustomNetworkForm
          key={editing.index ?? 'new'}
          initial={editing.index === null ? emptyForm() : formOf(ws.customNetworks[editing.index]!)}
          editing={editing.index !== null}
          others={ws.customNetworks.filter((_, i) => i !== editing.index)}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      <LimitOverrides registry={registry} />
    </div>
  );
}
