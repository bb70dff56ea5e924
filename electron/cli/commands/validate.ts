import { loadWorkspace } from '../workspace-io';
import type { CliIo } from '../io';

/** vitrine validate <file>: exit 0 and a summary, or exit 1 with each bad field. */
export function validateCommand(io: CliIo, file: string): number {
  const ws = loadWorkspace(io, file);
  io.out(`${file}: valid Vitrine workspace "${ws.name}" (${ws.profiles.length} profiles, ${ws.posts.length} posts)`);
  return 0;
}
