/** Exit codes: 0 success, 1 invalid input file, 2 usage error or unreadable file. */
export class CliError extends Error {
  constructor(readonly exitCode: 1 | 2, message: string) {
    super(message);
  }
}
export const usage = (message: string): CliError => new CliError(2, message);
export const invalid = (message: string): CliError => new CliError(1, message);
