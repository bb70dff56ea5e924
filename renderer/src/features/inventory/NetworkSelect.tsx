import type { NetworkRegistry } from '../../../../shared/domain/networks/registry';
import { useInventoryText } from './text';
import { localLabel } from '../../../../shared/domain/networks/label';
import { useLocale } from '../../i18n/useLocale';

/** The catalog as a select: built-in networks, then this client's own. */
export function NetworkSelect({ id, registry, value, onChange, testId }: { id: string; registry: NetworkRegistry; value: string; onChange: (id: string) => void; testId?: string }) {
  const { t } = useInventoryText();
  const { lang } = useLocale();
  const all = registry.all();
  const builtIn = all.filter((n) => n.builtIn);
  const custom = all.filter((n) => !n.builtIn);
  const known = all.some((n) => n.id === value);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId ?? id}>
      {!known && <option value={value}>{value}</option>}
      <optgroup label={t('builtIn')}>
        {builtIn.map((n) => <option key={n.id} value={n.id}>{n.label}{n.legacy ? ` ${t('legacy')}` : ''}</option>)}
      </optgroup>
      {custom.length > 0 && (
        <optgroup label={t('custom')}>
          {custom.map((n) => <option key={n.id} value={n.id}>{localLabel(n, lang)}</option>)}
        </optgroup>
      )}
    </select>
  );
}
