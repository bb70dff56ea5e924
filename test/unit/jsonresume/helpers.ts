import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importJsonResume, type JsonResumeImportResult } from '../../../shared/domain/jsonresume/import';
import { defaultRegistry } from '../../../shared/domain/networks/registry';
import { newWorkspace } from '../../../shared/domain/workspace/factory';
import type { Lang } from '../../../shared/schema/text';
import type { Workspace } from '../../../shared/schema/workspace';

export const NOW = new Date('2025-02-01T10:00:00.000Z');

export function fixture(name: string): string {
  return readFileSync(path.resolve(__dirname, '../../fixtures/jsonresume', name), 'utf8');
}

export function emptyWorkspace(): Workspace {
  return newWorkspace('Client', { id: 'ws', now: new Date('2025-01-01T00:00:00.000Z') });
}

/** Imports with sequential ids ("r1", "r2"…) into `target` (an empty workspace by default). */
export function importText(text: string, target: Workspace = emptyWorkspace(), lang: Lang = 'en', prefix = 'r'): JsonResumeImportResult {
  let n = 0;
  return importJsonResume(target, text, { idGen: () => `${prefix}${(n += 1)}`, now: NOW, registry: defaultRegistry(), lang });
}

/** The plan of a successful import; fails the test otherwise. */
export function importOk(text: string, target?: Workspace, lang?: Lang, prefix?: string) {
  const result = importText(text, target, lang, prefix);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result;
}
