import type { z } from 'zod';

export interface FieldError {
  /** Dotted path with indexes, e.g. "workspace.profiles[2].url". */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** zod issues as field errors a user can act on. */
export function fieldErrors(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldError[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]) || '(root)', message: issue.message }));
}

/** One line: the first few issues, "path: message; …". */
export function describeIssues(error: z.ZodError, max = 3): string {
  const errs = fieldErrors(error);
  const head = errs.slice(0, max).map((e) => `${e.path}: ${e.message}`).join('; ');
  return errs.length > max ? `${head}; and ${errs.length - max} more` : head;
}
