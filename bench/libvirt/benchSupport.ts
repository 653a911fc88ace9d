import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Shared by the libvirt benchmarks: timing, and the built `cpi` started as the director starts
 * it: the single-file bundle a release ships (dist/cpi.cjs, `npm run bundle`) when it exists,
 * else the plain build. LIBVIRT_BENCH_CPI names another one.
 */
const BUNDLE = join(process.cwd(), 'dist', 'cpi.cjs');
export const CPI_MAIN =
  process.env['LIBVIRT_BENCH_CPI'] ?? (existsSync(BUNDLE) ? BUNDLE : join(process.cwd(), 'dist', 'app', 'cli', 'main.js'));
export const ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };

export function requireBuild(): void {
  if (!existsSync(CPI_MAIN)) {
    console.error(`${CPI_MAIN} is missing: run \`npm run build && npm run bundle\` first`);
    process.exit(1);
  }
  console.log(`executable: ${CPI_MAIN}`);
}

export const now = (): bigint => process.hrtime.bigint();
export const msSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
export const fmt = (n: number, digits = 0): string => n.toFixed(digits);

export interface TimedRun {
  readonly ms: number;
  /** Peak resident set of the process, KiB (from /usr/bin/time). */
  readonly maxRssKiB: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program under /usr/bin/time: wall time measured here, peak RSS from time(1). */
export function timed(bin: string, args: readonly string[], input?: string): Promise<TimedRun> {
  const rssFile = join(mkdtempSync(join(tmpdir(), 't-libvirt-bench-rss-')), 'rss');
  const start = now();
  return new Promise((resolve, reject) => {
    const child = execFile(
      '/usr/bin/time',
      ['-f', '%M', '-o', rssFile, bin, ...args],
      { env: ENV, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const ms = msSince(start);
        let maxRssKiB = NaN;
        try {
          maxRssKiB = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
        } catch {
          // time(1) wrote nothing: the run failed, reported below
        }
        rmSync(dirname(rssFile), { recursive: true, force: true });
        if (error) return reject(new Error(`${bin} ${args.join(' ')} failed: ${stderr}`));
        resolve({ ms, maxRssKiB, stdout, stderr });
      },
    );
    child.stdin?.end(input ?? '');
  });
}

/** One CPI call through the executable; throws when the response is an error. */
export async function cpiCall(configPath: string, method: string, args: unknown[]): Promise<{ result: unknown; run: TimedRun }> {
  const request = JSON.stringify({
    method,
    arguments: args,
    context: { director_uuid: 'bench', vm: { stemcell: { api_version: 3 } } },
    api_version: 2,
  });
  const run = await timed(process.execPath, [CPI_MAIN, '--config', configPath], request);
  const response = JSON.parse(run.stdout) as { result: unknown; error: unknown };
  if (response.error) throw new Error(`${method}: ${JSON.stringify(response.error)}`);
  return { result: response.result, run };
}

export function writeConfig(dir: string, libvirt: Record<string, unknown>): string {
  const path = join(dir, 'cpi.json');
  writeFileSync(
    path,
    JSON.stringify({ driver: 'libvirt', libvirt, agent: { mbus: 'nats://127.0.0.1:4222' }, locks: { dir: join(dir, 'locks') } }),
  );
  return path;
}

export function report(label: string, value: number, baselineLabel: string, baseline: number, target: string): void {
  console.log(`  ${label.padEnd(44)} ${fmt(value).padStart(7)} ms`);
  console.log(`  ${baselineLabel.padEnd(44)} ${fmt(baseline).padStart(7)} ms`);
  console.log(`  ratio ${fmt(value / baseline, 2)}x (target ${target})`);
}
