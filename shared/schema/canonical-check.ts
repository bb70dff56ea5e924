import type { z } from 'zod';

/**
 * A check-only pass compiled from a zod schema's own definition: it answers
 * "is this value already exactly what `schema.parse` would return?" (valid,
 * every defaulted key present, no unknown key) without building anything.
 *
 * Why: zod builds a fresh copy of its input and allocates two objects per
 * field, which made loading a 6,000-profile library 2.6× JSON.parse. The file
 * Vitrine writes is always zod's own output, so on load the check almost always
 * says yes and the parsed JSON is used as it is; when it says no (an old file,
 * a hand edit, damage), zod parses as before and reports what is wrong.
 *
 * It only ever errs towards "no": where zod's rule is subtle (code points
 * against UTF-16 units) it answers no and leaves the verdict to zod. A schema
 * node it does not know (refine, transform, union…) is refused when compiling,
 * so a schema change cannot silently skip validation.
 */
export type CanonicalCheck = (value: unknown) => boolean;

/** The parts of zod's definitions read here (zod 4 core, `schema._zod.def`). */
interface Def {
  type: string;
  checks?: readonly { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string | number>;
  format?: string;
  pattern?: RegExp;
}

interface CheckDef {
  check: string;
  maximum?: number;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unsupported(what: string): never {
  throw new Error(`canonical check: zod ${what} is not supported; add it to canonical-check.ts or parse with zod`);
}

/** An object as JSON.parse builds it (zod's output is one too); anything else goes to zod. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/** Counts the keys `for…in` sees: own enumerable ones on parsed JSON. */
function keyCount(v: object): number {
  let n = 0;
  for (const _ in v) n++;
  return n;
}

function test(pattern: RegExp, s: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(s);
}

const PATTERN_FORMATS = new Set(['regex', 'datetime', 'date']);
/** Types whose checks (`.max()`, `.int()`…) are compiled; a check on any other type is a refinement. */
const CHECKED_TYPES = new Set(['string', 'number', 'array']);

function stringCheck(def: CheckDef): (s: string) => boolean {
  const { maximum = Infinity, minimum = 0, pattern } = def;
  switch (def.check) {
    // A string has between length/2 and length code points: outside what is
    // certain, answer no and let zod count.
    case 'max_length': return (s) => s.length <= maximum;
    case 'min_length': return (s) => (s.length + 1) >> 1 >= minimum;
    case 'string_format':
      // Formats whose whole rule is their pattern; others (url, base64…) check more.
      if (!pattern || !PATTERN_FORMATS.has(def.format ?? '')) return unsupported(`string format "${def.format}"`);
      return (s) => test(pattern, s);
    default: return unsupported(`string check "${def.check}"`);
  }
}

function numberCheck(def: CheckDef): (n: number) => boolean {
  const bound = def.value ?? NaN;
  switch (def.check) {
    case 'number_format':
      if (def.format !== 'safeint') return unsupported(`number format "${def.format}"`);
      return Number.isSafeInteger;
    case 'greater_than': return def.inclusive ? (n) => n >= bound : (n) => n > bound;
    case 'less_than': return def.inclusive ? (n) => n <= bound : (n) => n < bound;
    default: return unsupported(`number check "${def.check}"`);
  }
}

function arrayCheck(def: CheckDef): (a: readonly unknown[]) => boolean {
  const { maximum = Infinity, minimum = 0 } = def;
  switch (def.check) {
    case 'max_length': return (a) => a.length <= maximum;
    case 'min_length': return (a) => a.length >= minimum;
    default: return unsupported(`array check "${def.check}"`);
  }
}

function all<T>(checks: readonly ((v: T) => boolean)[]): (v: T) => boolean {
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0]!;
  return (v) => {
    for (const c of checks) if (!c(v)) return false;
    return true;
  };
}

function checkDefs(def: Def): CheckDef[] {
  return (def.checks ?? []).map((c) => c._zod.def);
}

interface Field {
  key: string;
  check: CanonicalCheck;
  /** `.optional()`: the key may be absent. Defaulted keys are always written, so required here. */
  optional: boolean;
}

function objectCheck(def: Def): CanonicalCheck {
  if (def.catchall) unsupported('object catchall');
  const fields: Field[] = Object.entries(def.shape ?? {}).map(([key, schema]) => {
    if (key === '__proto__') unsupported('object key "__proto__"');
    return { key, check: compileCanonicalCheck(schema), optional: defOf(schema).type === 'optional' };
  });
  return (v) => {
    if (!isPlainObject(v)) return false;
    let present = 0;
    for (const f of fields) {
      const x = v[f.key];
      if (x === undefined && !(f.key in v)) {
        if (f.optional) continue;
        return false;
      }
      present++;
      if (!f.check(x)) return false;
    }
    // An unknown key would be stripped by zod: not canonical.
    return keyCount(v) === present;
  };
}

function recordCheck(def: Def): CanonicalCheck {
  if (!def.keyType || defOf(def.keyType).type !== 'string' || checkDefs(defOf(def.keyType)).length > 0) unsupported('record key other than a plain string');
  const value = compileCanonicalCheck(def.valueType ?? unsupported('record without a value type'));
  return (v) => {
    if (!isPlainObject(v)) return false;
    for (const k in v) if (k === '__proto__' || !value(v[k])) return false;
    return true;
  };
}

/** Compiles the check for `schema` (see the module comment). Throws on a schema node it does not know. */
export function compileCanonicalCheck(schema: z.ZodType): CanonicalCheck {
  const def = defOf(schema);
  if (!CHECKED_TYPES.has(def.type) && checkDefs(def).length > 0) unsupported(`checks on a ${def.type}`);
  switch (def.type) {
    case 'string': {
      const own = def.format === undefined ? [] : [stringCheck({ check: 'string_format', format: def.format, pattern: def.pattern })];
      const check = all([...own, ...checkDefs(def).map(stringCheck)]);
      return (v) => typeof v === 'string' && check(v);
    }
    case 'number': {
      const check = all(checkDefs(def).map(numberCheck));
      return (v) => typeof v === 'number' && Number.isFinite(v) && check(v);
    }
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => values.has(v as string);
    }
    case 'array': {
      const element = compileCanonicalCheck(def.element ?? unsupported('array without an element'));
      const check = all(checkDefs(def).map(arrayCheck));
      return (v) => {
        if (!Array.isArray(v) || !check(v)) return false;
        for (const x of v) if (!element(x)) return false;
        return true;
      };
    }
    case 'object':
      return objectCheck(def);
    case 'record':
      return recordCheck(def);
    case 'nullable': {
      const inner = compileCanonicalCheck(def.innerType!);
      return (v) => v === null || inner(v);
    }
    case 'optional': {
      const inner = compileCanonicalCheck(def.innerType!);
      return (v) => v === undefined || inner(v);
    }
    // Present keys only: a missing defaulted key is handled by the object (not canonical).
    case 'default':
      return compileCanonicalCheck(def.innerType!);
    default:
      return unsupported(`type "${def.type}"`);
  }
}
