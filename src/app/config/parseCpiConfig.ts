import type * as z from 'zod/mini';
import { failure } from '../../domain/errors/DomainError.js';
import { DRIVER_NAMES, type DriverName } from '../container/driverConfigSchemas.js';
import { type CpiConfig, cpiConfigSchemaFor } from './cpiConfigSchema.js';
import { knownKeysAt } from './knownKeysAt.js';
import { nearestKnownKey } from './nearestKnownKey.js';
import { inSeconds } from './renameMillisecondKeys.js';
import '../../zodInEnglish.js';

/**
 * Validates cpi.json, reporting every problem at once, each with its path; an unknown key
 * comes with the known key it most likely meant. A deprecated millisecond key is read as its
 * seconds key and reported through `deprecated`, once per key, for the call's log.
 */
export function parseCpiConfig(raw: unknown, source = 'cpi.json', deprecated: (message: string) => void = () => {}): CpiConfig {
  // jitless: zod would otherwise generate and compile a parser for each object schema with
  // `new Function`, which pays off after many parses; a CPI process parses its config once.
  const config = inSeconds(raw, source, deprecated);
  const schema = schemaFor(config);
  const parsed = schema.safeParse(config, { jitless: true });
  if (!parsed.success) throw failure('invalid_config', `invalid ${source}: ${describeIssues(parsed.error.issues, schema)}`);
  return parsed.data;
}

/** The schema that builds the sections this file gives and its driver's, and no other. */
function schemaFor(config: unknown) {
  if (typeof config !== 'object' || config === null) return cpiConfigSchemaFor([]);
  const given = DRIVER_NAMES.filter((name) => Object.hasOwn(config, name));
  const driver = (config as Record<string, unknown>)['driver'];
  return cpiConfigSchemaFor(given, DRIVER_NAMES.includes(driver as DriverName) ? (driver as DriverName) : undefined);
}

/** One line per issue, `path: message`; with `schema`, unknown keys get a "did you mean". */
export function describeIssues(issues: readonly z.core.$ZodIssue[], schema?: z.ZodMiniType): string {
  return issues
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
      if (issue.code !== 'unrecognized_keys' || !schema) return `${where}: ${issue.message}`;
      const known = knownKeysAt(schema, issue.path);
      const keys = issue.keys.map((key) => {
        const meant = nearestKnownKey(key, known);
        return meant ? `${JSON.stringify(key)} (did you mean \`${meant}\`?)` : JSON.stringify(key);
      });
      const list = known.length > 0 ? `; known keys here: ${known.join(', ')}` : '';
      return `${where}: unknown key${keys.length > 1 ? 's' : ''} ${keys.join(', ')}${list}`;
    })
    .join('; ');
}
