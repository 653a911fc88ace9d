import { CPI_CONFIG_KEYS } from './cpiConfigSchema.js';

/** Keys of the request context that describe the call, not the CPI's configuration. */
const CALL_KEYS = new Set(['director_uuid', 'request_id', 'vm']);

/**
 * With a director cpi-config, the CPI entry's properties arrive at the top level of the
 * request's `context` and override the file (cpi-protocol §2.1). Objects merge key by key;
 * anything else replaces. Context keys that are not config keys are ignored.
 */
export function applyContextOverrides(fileConfig: unknown, context: Readonly<Record<string, unknown>>): unknown {
  if (!isPlainObject(fileConfig)) return fileConfig;
  const merged: Record<string, unknown> = { ...fileConfig };
  for (const [key, value] of Object.entries(context)) {
    if (CALL_KEYS.has(key) || !CPI_CONFIG_KEYS.includes(key)) continue;
    merged[key] = deepMerge(merged[key], value);
  }
  return merged;
}

function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = deepMerge(base[key], value);
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
