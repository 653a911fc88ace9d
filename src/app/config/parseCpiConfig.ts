import type { z } from 'zod';
import { failure } from '../../domain/errors/DomainError.js';
import { type CpiConfig, cpiConfigSchema } from './cpiConfigSchema.js';

/** Validates cpi.json, reporting every problem at once, each with its path. */
export function parseCpiConfig(raw: unknown, source = 'cpi.json'): CpiConfig {
  const parsed = cpiConfigSchema.safeParse(raw);
  if (!parsed.success) throw failure('invalid_config', `invalid ${source}: ${describeIssues(parsed.error.issues)}`);
  return parsed.data as unknown as CpiConfig;
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`).join('; ');
}
