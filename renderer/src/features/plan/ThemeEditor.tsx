import { useId, useState } from 'react';
import type { Profile, Theme } from '../../../../shared/schema/workspace';
import { useLibrary } from '../../app/library';
import { withProfile } from './editing';
import { usePlanText } from './text';

const EMPTY: Theme = { title: '', keywords: [], audience: '', tone: '', goal: '' };
const KEYWORDS_MIN = 3;
const KEYWORDS_MAX = 7;

const splitKeywords = (raw: string) => raw.split(/[,;\n]/).map((k) => k.trim().slice(0, 60)).filter(Boolean).slice(0, KEYWORDS_MAX);

/** The profile's theme: title, 3–7 keywords, audience, tone, goal. Mount it with key={profile.id}. */
export function ThemeEditor({ profile }: { profile: Profile }) {
  const { t } = usePlanText();
  const { editWorkspace } = useLibrary();
  const theme = profile.theme ?? EMPTY;
  // The raw keyword text keeps what is being typed (a trailing comma) while the list is saved.
  const [keywordText, setKeywordText] = useState(theme.keywords.join(', '));
  const id = useId();
  const set = (patch: Partial<Theme>) => editWorkspace((w) => withProfile(w, profile.id, (p) => ({ theme: { ...(p.theme ?? EMPTY), ...patch } })));
  const count = splitKeywords(keywordText).length;
  const keywordsWrong = keywordText.trim() !== '' && (count < KEYWORDS_MIN || count > KEYWORDS_MAX);

  const field = (name: 'title' | 'audience' | 'tone' | 'goal', label: string, max: number) => (
    <>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} type="text" maxLength={max} value={theme[name]} onChange={(e) => set({ [name]: e.target.value })} data-testid={`theme-${name}`} />
    </>
  );

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="card-title">{t('themeTitle')}</h3>
      <p className="muted">{t('themeIntro')}</p>
      <div className="form-grid">
        {field('title', t('themeName'), 120)}
        <label htmlFor={`${id}-kw`}>{t('keywords')}</label>
        <div>
          <input
            id={`${id}-kw`} type="text" value={keywordText}
            aria-invalid={keywordsWrong || undefined} aria-describedby={keywordsWrong ? `${id}-kw-err` : undefined}
            onChange={(e) => {
              setKeywordText(e.target.value);
              set({ keywords: splitKeywords(e.target.value) });
            }}
            data-testid="theme-keywords"
          />
          {keywordsWrong && <p id={`${id}-kw-err`} className="field-error">{t('keywordsCount', { count })}</p>}
        </div>
        {field('audience', t('audience'), 200)}
        {field('tone', t('tone'), 120)}
        {field('goal', t('goal'), 200)}
      </div>
    </section>
  );
}
