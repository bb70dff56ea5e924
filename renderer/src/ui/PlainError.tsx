import type { ReactNode } from 'react';
import { useUiText } from './ui-text';

interface Props {
  /** What happened, in words the user understands. */
  sentence: ReactNode;
  /** What to do next. */
  next?: ReactNode;
  /** The technical text (a path, a parser's message), folded under "Details". */
  detail?: string | null;
  /** Prefix of the test ids: `<testId>-message` on the sentence, `<testId>-detail` on the detail. */
  testId?: string;
}

/**
 * One way to tell a problem: a plain sentence, what to do next, and the
 * technical detail behind a native <details> (keyboard and screen readers
 * get it for free) for whoever has to dig further.
 */
export function PlainError({ sentence, next, detail, testId }: Props) {
  const { t } = useUiText();
  return (
    <div className="plain-error" data-testid={testId ? `${testId}-message` : undefined}>
      <p className="plain-error-sentence">{sentence}</p>
      {next && <p className="plain-error-next">{next}</p>}
      {detail && (
        <details className="plain-error-details">
          <summary>{t('details')}</summary>
          <p className="error-detail" data-testid={testId ? `${testId}-detail` : undefined}>{detail}</p>
        </details>
      )}
    </div>
  );
}
