import { randomUUID } from 'node:crypto';
import { type CpiRun, runCpi } from '../../support/runCpi.js';

export interface CpiCallOptions {
  /** `context.vm.stemcell.api_version`: what the director tells of the VM's stemcell. Omitted when undefined. */
  readonly stemcellApiVersion?: number;
  /** The request's `api_version`; the director of today sends 2. */
  readonly apiVersion?: number;
  readonly timeoutMs?: number;
}

/** One finished call, for summaries. */
export interface CpiCallRecord {
  readonly method: string;
  readonly ms: number;
  readonly errorType: string | undefined;
}

/** A CPI error response, with the CPI's own log for the post-mortem. */
export class CpiCallError extends Error {
  constructor(
    readonly method: string,
    readonly type: string,
    readonly cpiMessage: string,
    readonly log: string,
  ) {
    super(`${method} failed: ${type}: ${cpiMessage}\n--- cpi log (last lines) ---\n${log.split('\n').slice(-30).join('\n')}`);
    this.name = 'CpiCallError';
  }
}

const DEFAULT_TIMEOUT_MS = 240_000;

/**
 * Calls the built `cpi` as the BOSH director does: one process per call, an environment holding
 * only PATH, the request on stdin, `--config` naming cpi.json (a release's bin/cpi passes it the
 * same way). Each request carries a director uuid and a fresh request id in its context.
 */
export class DirectorCpi {
  private readonly directorUuid = randomUUID();
  private sequence = 0;

  constructor(
    private readonly configPath: string,
    private readonly onCall: (record: CpiCallRecord) => void = () => undefined,
  ) {}

  /** The raw exchange: the response object, stdout and stderr, whatever the outcome. */
  async exchange(method: string, args: readonly unknown[], options: CpiCallOptions = {}): Promise<CpiRun> {
    const context: Record<string, unknown> = { director_uuid: this.directorUuid, request_id: `cpi-${process.pid}-${++this.sequence}` };
    if (options.stemcellApiVersion !== undefined) context['vm'] = { stemcell: { api_version: options.stemcellApiVersion } };
    const request = { method, arguments: args, context, api_version: options.apiVersion ?? 2 };
    const started = performance.now();
    const run = await runCpi(request, { configPath: this.configPath, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    this.onCall({ method, ms: performance.now() - started, errorType: run.response.error?.type });
    return run;
  }

  /** The call's result; an error response becomes a thrown CpiCallError. */
  async call<T = unknown>(method: string, args: readonly unknown[], options: CpiCallOptions = {}): Promise<T> {
    const run = await this.exchange(method, args, options);
    const { error, result, log } = run.response;
    // the response's log is what the CPI also wrote to stderr; stderr alone when the log is empty
    if (error) throw new CpiCallError(method, error.type, error.message, log.trim() === '' ? run.stderr : log);
    return result as T;
  }
}
