import { config, locales } from 'zod/mini';

/**
 * zod for every boundary, in its tree-shakable form: `zod/mini` builds the same schemas on the
 * same core as `zod`, but as functions (`z.optional(s)` rather than `s.optional()`), so the
 * single-file bundle holds only the parts the CPI uses and a call builds its schemas in a
 * fraction of the time (bench/startup.bench.ts). Unlike `zod`, it sets no error messages of its
 * own: this module sets the English ones, and every module imports zod as
 * `import * as z from '…/zod.js'` (a namespace import that the bundler can still tree-shake).
 */
config(locales.en());

export * from 'zod/mini';
