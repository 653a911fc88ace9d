import { CPI_CONFIG_KEYS } from './cpiConfigSchema.js';

/** Keys of the request context that describe the call, not the CPI's configuration. */
const CALL_KEYS = new Set(['director_uuid', 'request_id', 'vm']);

/**
 * With a director cpi-config, the CPI entry's properties arrive at the top level of the
 * request's `context` and override the file (docs/cpi-protocol.md §2.1). Objects merge key by key;
 * anything else replaces. Context keys that are not config keys are ignored.
 */
export function applyContextOverrides(fileConfig: unknown, context: Readonly<Record<string, unknown>>): unknown {
  if (!isPlainObject(fileConfig)) return fileConfig;
  const overridden = Object.entries(context)
    .filter(([key]) => !CALL_KEYS.has(key) && CPI_CONFIG_KEYS.includes(key))
    .map(([key, value]) => [key, deepMerge(Object.hasOwn(fileConfig, key) ? fileConfig[key] : undefined, value)]);
  return Object.fromEntries([...Object.entries(fileConfig), ...overridden]);
}

function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const overridden = Object.entries(override).map(([key, value]) => [
    key,
    deepMerge(Object.hasOwn(base, key) ? base[key] : undefined, value),
  ]);
  // fromEntries defines own properties: a "__proto__" key cannot reach a prototype.
  return Object.fromEntries([...Object.entries(base), ...overridden]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
