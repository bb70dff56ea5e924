import { nodeIo } from './io';
import { run } from './run';

void run(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
