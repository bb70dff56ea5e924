import { useEffect, useId, useState } from 'react';
import type { License } from '../../../../shared/ipc/contract';
import { call } from '../../api';
import { useLibrary } from '../../app/library';
import { Modal } from '../../ui/Modal';
import { useUiText } from '../../ui/ui-text';
import { useDesktopText } from './text';

/** Help › About: the version and the licences of what Vitrine ships with (listed at build time). */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useDesktopText();
  const ui = useUiText();
  const { info } = useLibrary();
  const titleId = useId();
  const [licenses, setLicenses] = useState<License[] | null>(null);

  useEffect(() => {
    call('app:licenses').then(setLicenses, () => setLicenses([]));
  }, []);

  return (
    <Modal onClose={onClose} labelledBy={titleId} className="about-dialog" testId="about-dialog">
      <h2 id={titleId}>{t('about.title')}</h2>
      <p data-testid="about-version">{t('about.version', { version: info.version })}</p>
      <p className="muted">{t('about.body')}</p>
      {licenses && licenses.length === 0 && <p className="muted">{t('about.none')}</p>}
      {licenses && licenses.length > 0 && (
        <>
          <h3>{t('about.licenses', { count: licenses.length })}</h3>
          <div className="licenses" tabIndex={0} role="region" aria-label={t('about.licenses', { count: licenses.length })}>
            <table>
              <thead><tr><th scope="col">{t('about.name')}</th><th scope="col">{t('about.licenseCol')}</th></tr></thead>
              <tbody>
                {licenses.map((l) => <tr key={`${l.name}@${l.version}`}><td>{l.name} {l.version}</td><td>{l.license}</td></tr>)}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn primary" autoFocus onClick={onClose}>{ui.t('close')}</button>
      </div>
    </Modal>
  );
}
