import { config, locales } from 'zod/mini';

/**
 * zod is used at every boundary in its tree-shakable form, `zod/mini`: it builds the same
 * schemas on the same core as `zod`, but as functions (`z.optional(s)` rather than
 * `s.optional()`), so the single-file bundle holds only the parts the CPI uses and a call
 * builds its schemas in a fraction of the time (bench/startup.bench.ts). Unlike `zod`, it sets
 * no error messages of its own: every module that parses with zod imports this one, which sets
 * the English ones.
 */
config(locales.en());
