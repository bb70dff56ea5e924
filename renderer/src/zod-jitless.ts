// The renderer's `zod` (vite.config.mts points every `import … from 'zod'` here):
// zod probes for JIT support with new Function, which the CSP (rightly) refuses
// and reports; switched off here, before any module can build a schema, and
// wherever zod first loads (it is not on the first screen's path).
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
