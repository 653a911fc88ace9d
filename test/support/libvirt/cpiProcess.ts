import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCpi, type CpiRun } from '../runCpi.js';

export const CONTEXT = { director_uuid: '5e6c4ba1-1c0d-4b6e-9d2a-0f7e0d3c2a11', request_id: 'cpi-libvirt-e2e' };

/** Writes a cpi.json for the libvirt driver with the given section; returns its path. */
export function writeLibvirtConfig(dir: string, libvirt: Record<string, unknown>, name = 'cpi.json'): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    JSON.stringify({
      driver: 'libvirt',
      libvirt,
      agent: { mbus: 'nats://10.0.0.6:4222', ntp: ['0.pool.ntp.org'] },
      locks: { dir: join(dir, 'locks') },
    }),
  );
  return path;
}

/** One CPI call in its own process, as the director makes it; checks the response is well formed. */
export async function call(
  configPath: string,
  method: string,
  args: unknown[],
  extra: Record<string, unknown> = {},
): Promise<CpiRun['response']> {
  const run = await runCpi({ method, arguments: args, context: CONTEXT, api_version: 2, ...extra }, { configPath, timeoutMs: 120_000 });
  expect(run.exitCode, run.stderr).toBe(0);
  expect(typeof run.response.log).toBe('string');
  return run.response;
}

/** The result of a call that must succeed. */
export async function ok<T = unknown>(
  configPath: string,
  method: string,
  args: unknown[],
  extra: Record<string, unknown> = {},
): Promise<T> {
  const response = await call(configPath, method, args, extra);
  expect(response.error, `${method} failed: ${JSON.stringify(response.error)}\n${response.log}`).toBeNull();
  return response.result as T;
}
