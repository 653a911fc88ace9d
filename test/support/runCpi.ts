import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

/** The built executable, as `npm run build` leaves it. */
export const CPI_MAIN = fileURLToPath(new URL('../../dist/app/cli/main.js', import.meta.url));
/** All the environment the director leaves a CPI (docs/cpi-protocol.md §1.4). */
export const DIRECTOR_ENV: Readonly<Record<string, string>> = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };

export interface RunCpiOptions {
  /** Passed as `--config PATH` unless `argv` is given. */
  readonly configPath?: string;
  /** The command line after the executable; overrides configPath. */
  readonly argv?: readonly string[];
  /** The whole environment of the process (`env -i` semantics). Default: the director's. */
  readonly env?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}

export interface CpiRun {
  /** stdout parsed as JSON; the run fails if stdout is not exactly one JSON document. */
  readonly response: { result: unknown; error: { type: string; message: string; ok_to_retry: boolean } | null; log: string };
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number | undefined;
}

/**
 * Runs the built `cpi` the way the director does: a fresh process, nothing in its environment
 * but what `env` says, the request on stdin (a string is sent as is, anything else as JSON).
 * Node is started by absolute path, as a release's bin/cpi does; the bare PATH may not hold it.
 */
export async function runCpi(request: unknown, options: RunCpiOptions = {}): Promise<CpiRun> {
  if (!existsSync(CPI_MAIN)) throw new Error(`${CPI_MAIN} is missing: run \`npm run build\` before the e2e tests`);
  const argv = options.argv ?? (options.configPath === undefined ? [] : ['--config', options.configPath]);
  const result = await execa(process.execPath, [CPI_MAIN, ...argv], {
    input: typeof request === 'string' ? request : JSON.stringify(request),
    env: { ...(options.env ?? DIRECTOR_ENV) },
    extendEnv: false,
    reject: false,
    timeout: options.timeoutMs ?? 60_000,
    stripFinalNewline: false,
  });
  let response: CpiRun['response'];
  try {
    response = JSON.parse(result.stdout) as CpiRun['response'];
  } catch {
    throw new Error(`cpi stdout is not one JSON document (exit ${result.exitCode}):\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
  return { response, stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
}
