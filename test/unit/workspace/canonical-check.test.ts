import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileCanonicalCheck } from '../../../shared/schema/canonical-check';
import { LibraryData, validateLibrary } from '../../../shared/schema/library';
import { Workspace } from '../../../shared/schema/workspace';
import { generateLibrary } from '../../fixtures/audit/generate-library';

const demo = (JSON.parse(readFileSync(path.resolve(__dirname, '../../../examples/demo.vitrine.json'), 'utf8')) as { workspace: unknown }).workspace;
/** A library as the vault writes it: zod's output, through JSON. */
const stored = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(LibraryData.parse({ schemaVersion: 1, workspaces: [demo, ...generateLibrary({ clients: 4 })] }))) as Record<string, unknown>;
const isCanonical = compileCanonicalCheck(LibraryData);

type Json = Record<string, unknown> | unknown[];

/** Every object and array inside `root`, with the path to it. */
function containers(root: Json): { path: string; value: Json }[] {
  const out: { path: string; value: Json }[] = [];
  const walk = (value: unknown, at: string) => {
    if (typeof value !== 'object' || value === null) return;
    out.push({ path: at, value: value as Json });
    for (const [k, v] of Object.entries(value)) walk(v, `${at}/${k}`);
  };
  walk(root, '');
  return out;
}

const DELETE = Symbol('delete');

function setAt(root: Json, at: readonly (string | number)[], value: unknown): void {
  let target = root as Record<string | number, unknown>;
  for (const k of at.slice(0, -1)) target = target[k] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  if (value === DELETE) delete target[last];
  else target[last] = value;
}

describe('the canonical check', () => {
  it('says yes to what the vault writes, and zod agrees to the last byte', () => {
    const data = stored();
    expect(isCanonical(data)).toBe(true);
    expect(LibraryData.parse(data)).toEqual(data);
    const result = validateLibrary(data);
    expect(result.success && result.data).toBe(data);
  });

  it('says no to data zod would change or refuse, which then goes through zod', () => {
    const p0 = ['workspaces', 0, 'profiles', 0];
    const cases: [string, (string | number)[], unknown][] = [
      ['a missing defaulted key', [...p0, 'notes'], DELETE],
      ['an unknown key', [...p0, 'extra'], 1],
      ['a wrong type', [...p0, 'photo', 'present'], 'yes'],
      ['a string over its limit', [...p0, 'handle'], 'x'.repeat(201)],
      ['a bad date', ['workspaces', 0, 'createdAt'], '2025-13-01T00:00:00Z'],
      ['a bad enum value', [...p0, 'status'], 'paused'],
      ['a fractional integer', ['schemaVersion'], 1.5],
      ['a __proto__ key in a record', [...p0, 'customFields'], JSON.parse('{"__proto__": "x"}')],
      ['too many theme keywords', [...p0, 'theme'], { title: '', keywords: Array(8).fill('k'), audience: '', tone: '', goal: '' }],
    ];
    for (const [label, at, value] of cases) {
      const data = stored();
      setAt(data, at, value);
      expect(isCanonical(data), label).toBe(false);
      const zod = LibraryData.safeParse(data);
      expect(!zod.success || JSON.stringify(zod.data) !== JSON.stringify(data), label).toBe(true);
    }
  });

  it('leaves subtle cases to zod: code points against UTF-16 units', () => {
    const emoji = '😀'.repeat(150); // 300 units, 150 code points, under the 200 limit as zod counts
    const data = stored();
    setAt(data, ['workspaces', 0, 'profiles', 0, 'handle'], emoji);
    expect(isCanonical(data)).toBe(false);
    const result = validateLibrary(data);
    expect(result.success && (result.data.workspaces[0]!.profiles[0]!.handle)).toBe(emoji);
  });

  it('never says yes to anything zod would refuse or change (random damage to a stored library)', () => {
    const base = stored();
    const paths = containers(base).map((c) => c.path);
    const jsonValue = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 2 }));
    const damage = fc.record({ at: fc.constantFrom(...paths), kind: fc.constantFrom('delete', 'set', 'add'), key: fc.string({ maxLength: 12 }), value: jsonValue, pick: fc.nat() });
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (edits) => {
        const data = JSON.parse(JSON.stringify(base)) as Json;
        for (const edit of edits) {
          const target = containers(data).find((c) => c.path === edit.at)?.value as Record<string, unknown> | undefined;
          if (!target) continue;
          const keys = Object.keys(target);
          const key = edit.kind === 'add' || keys.length === 0 ? edit.key : keys[edit.pick % keys.length]!;
          if (edit.kind === 'delete') delete target[key];
          else target[key] = edit.value;
        }
        if (!isCanonical(data)) return true;
        const zod = LibraryData.safeParse(data);
        return zod.success && JSON.stringify(zod.data) === JSON.stringify(data);
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });

  it('refuses to compile a schema node it cannot check, so no rule is skipped', () => {
    const refused = [
      z.string().refine((s) => s !== 'x'),
      z.object({ a: z.string() }).refine(() => true),
      z.union([z.string(), z.number()]),
      z.string().transform((s) => s.trim()),
      z.object({ a: z.string() }).catchall(z.string()),
      z.string().url(),
      z.record(z.enum(['a', 'b']), z.string()),
      z.number().multipleOf(2),
    ];
    for (const schema of refused) expect(() => compileCanonicalCheck(schema)).toThrow(/canonical check: zod/);
    expect(() => compileCanonicalCheck(Workspace)).not.toThrow();
  });
});
