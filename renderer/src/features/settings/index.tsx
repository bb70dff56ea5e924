import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/schema/library';
import { useLibrary } from '../../app/library';
import { applyTheme } from '../../app/theme';
import { resolveLang } from '../../i18n';
import { DataFolderSettings } from '../desktop/DataFolderSettings';
import { ReminderSettings } from '../desktop/ReminderSettings';

const LOGO_MAX_BYTES = 500 * 1024;

export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const { settings, updateSettings, info } = useLibrary();
  const [logoError, setLogoError] = useState('');
  // The system's file input would label itself in the system's language ("Choose File"): a button of ours opens it.
  const logoInput = useRef<HTMLInputElement>(null);
  const ids = { lang: useId(), theme: useId(), consultant: useId(), logo: useId() };
  const systemLang = resolveLang('system', info.systemLocale);

  const setLocale = async (locale: Settings['locale']) => {
    await updateSettings({ locale });
    const lang = resolveLang(locale, info.systemLocale);
    await i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  };
  const setTheme = async (theme: Settings['theme']) => {
    await updateSettings({ theme });
    applyTheme(theme);
  };
  const onLogo = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > LOGO_MAX_BYTES) {
      setLogoError(t('settings.logoTooBig'));
      return;
    }
    setLogoError('');
    const dataUrl = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsDataURL(file);
    });
    try {
      await updateSettings({ consultantLogo: dataUrl });
    } catch {
      setLogoError(t('settings.logoRefused'));
    }
  };

  return (
    <section className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <div className="card form-grid">
        <label htmlFor={ids.lang}>{t('settings.language')}</label>
        <select id={ids.lang} value={settings.locale} onChange={(e) => void setLocale(e.target.value as Settings['locale'])} data-testid="settings-language">
          <option value="system">{t('settings.languageSystem', { lang: systemLang === 'fr' ? 'Français' : 'English' })}</option>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>

        <label htmlFor={ids.theme}>{t('settings.theme')}</label>
        <select id={ids.theme} value={settings.theme} onChange={(e) => void setTheme(e.target.value as Settings['theme'])}>
          <option value="system">{t('settings.themeSystem')}</option>
          <option value="light">{t('settings.themeLight')}</option>
          <option value="dark">{t('settings.themeDark')}</option>
        </select>

        <label htmlFor={ids.consultant}>{t('settings.consultant')}</label>
        <input id={ids.consultant} type="text" maxLength={200} defaultValue={settings.consultantName} onBlur={(e) => void updateSettings({ consultantName: e.target.value })} />

        <label htmlFor={ids.logo}>{t('settings.logo')}</label>
        <div>
          <button id={ids.logo} type="button" className="btn small" onClick={() => logoInput.current?.click()} aria-describedby={logoError ? `${ids.logo}-err` : undefined} data-testid="settings-logo-choose">
            {t('settings.logoChoose')}
          </button>
          <input ref={logoInput} type="file" accept="image/png,image/jpeg,image/svg+xml" hidden onChange={(e) => void onLogo(e)} data-testid="settings-logo-file" />
          {logoError && <p id={`${ids.logo}-err`} className="field-error" role="alert">{logoError}</p>}
          {settings.consultantLogo && (
            <div className="logo-preview" data-testid="settings-logo-preview">
              <img src={settings.consultantLogo} alt="" height={40} />
              <button type="button" className="btn small" onClick={() => void updateSettings({ consultantLogo: null })} data-testid="settings-logo-remove">{t('settings.logoRemove')}</button>
            </div>
          )}
        </div>
      </div>

      <ReminderSettings />

      <h2>{t('settings.data')}</h2>
      <div className="card">
        <p>{t('settings.dataIntro')}</p>
        <DataFolderSettings />
        <dl className="facts">
          <dt>{t('settings.dataFile')}</dt>
          <dd><code data-testid="store-path">{info.storePath}</code></dd>
          <dt>{t('settings.backups')}</dt>
          <dd><code>{info.backupsDir}</code></dd>
        </dl>
        <p className="muted">{t('settings.backupHowTo')}</p>
        <p className="muted">{t('settings.version', { version: info.version })}</p>
      </div>
    </section>
  );
}
