import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { CONTEXT } from '../libvirt/cpiProcess.js';
import { CPI_MAIN, DIRECTOR_ENV } from '../runCpi.js';

export interface KillableOutcome {
  /** True when SIGKILL reached the process before it exited. */
  readonly killed: boolean;
  /** The answer, when the process wrote one whole before it died or exited. */
  readonly response?: { result: unknown; error: { type: string; message: string; ok_to_retry: boolean } | null };
  readonly elapsedMs: number;
}

/**
 * One CPI call in its own process, as the director makes it, killed with SIGKILL after
 * `killAfterMs` unless it answered first (what the director does to a cancelled task, or what
 * happens to the CPI when the director restarts). Resolves once the process is gone.
 */
export async function killableCall(
  configPath: string,
  method: string,
  args: unknown[],
  killAfterMs: number,
  extra: Record<string, unknown> = {},
): Promise<KillableOutcome> {
  if (!existsSync(CPI_MAIN)) throw new Error(`${CPI_MAIN} is missing: run \`npm run build\` before the e2e tests`);
  const started = Date.now();
  const child = execa(process.execPath, [CPI_MAIN, '--config', configPath], {
    input: JSON.stringify({ method, arguments: args, context: CONTEXT, api_version: 2, ...extra }),
    env: { ...DIRECTOR_ENV },
    extendEnv: false,
    reject: false,
    timeout: 120_000,
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  const result = await child;
  clearTimeout(timer);
  const elapsedMs = Date.now() - started;
  const killed = result.signal === 'SIGKILL';
  let response: KillableOutcome['response'];
  try {
    response = JSON.parse(result.stdout) as KillableOutcome['response'];
  } catch {
    response = undefined;
  }
  return { killed, elapsedMs, ...(response ? { response } : {}) };
}

/** A small, seedable PRNG (mulberry32), so that a failing sequence of kills can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A bare qcow2 stemcell image of `sizeMiB` random bytes: it cannot be compressed, so its upload
 * takes long enough for a kill to land in the middle of it.
 */
export function incompressibleStemcell(dir: string, sizeMiB: number): string {
  const raw = join(dir, 'incompressible.raw');
  const out = join(dir, 'incompressible.qcow2');
  const block = randomBytes(1024 * 1024);
  const chunks = Array.from({ length: sizeMiB }, (_, i) => Buffer.concat([Buffer.from(`${i}`), block.subarray(String(i).length)]));
  writeFileSync(raw, Buffer.concat(chunks));
  execFileSync('qemu-img', ['convert', '-q', '-f', 'raw', '-O', 'qcow2', raw, out]);
  rmSync(raw);
  return out;
}
