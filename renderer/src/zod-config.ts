import { z } from 'zod';

// zod probes for JIT support with new Function, which the CSP (rightly) refuses.
// Imported first by main.tsx, before any schema is built.
z.config({ jitless: true });
