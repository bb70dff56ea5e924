// @types/papaparse pulls in Node's types (streams), which shared/ must not see.
// We only use the synchronous string parser, so we declare just that.
declare module 'papaparse' {
  export interface ParseError { type: string; code: string; message: string; row?: number }
  export interface ParseResult<T> { data: T[]; errors: ParseError[]; meta: { delimiter: string; linebreak: string; aborted: boolean; fields?: string[] } }
  export interface ParseConfig { delimiter?: string; header?: boolean; skipEmptyLines?: boolean | 'greedy'; quoteChar?: string; delimitersToGuess?: string[]; newline?: string }
  export function parse<T = string[]>(input: string, config?: ParseConfig): ParseResult<T>;
  export function unparse(data: unknown[] | { fields: string[]; data: unknown[][] }, config?: { delimiter?: string; newline?: string; quotes?: boolean | boolean[] }): string;
  const Papa: { parse: typeof parse; unparse: typeof unparse };
  export default Papa;
}
