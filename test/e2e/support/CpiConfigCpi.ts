import { randomInt } from 'node:crypto';
import { type CpiRun, DIRECTOR_ENV, runCpi } from '../../support/runCpi.js';

/** One entry of a director's cpi-config: `cpis: [{name, type, properties}]`. */
export interface CpiConfigEntry {
  readonly name: string;
  readonly type: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

/**
 * The director's view of one CPI of its cpi-config, imitating cloudfoundry/bosh:
 * - `Bosh::Director::CloudFactory#get(cpi_name)` (src/bosh-director/lib/bosh/director/cloud_factory.rb)
 *   finds the entry by name and builds an `ExternalCpi` with the entry's `properties`;
 * - `Bosh::Clouds::ExternalCpi#invoke_cpi_method` (src/bosh-director/lib/cloud/external_cpi.rb)
 *   builds the context `{director_uuid, request_id: "cpi-<6 digits>"}`, adds
 *   `vm: {stemcell: {api_version}}` when the stemcell's API version is known, and then
 *   `context.merge!(properties)`: a shallow merge, the entry's top-level keys land in the context
 *   as they are. It starts the job's `bin/cpi` with only PATH and TMPDIR in the environment
 *   (`unsetenv_others: true`) and writes the request on stdin.
 * The job's `bin/cpi` passes `--config` with the job's rendered cpi.json: `configPath` here.
 */
export class CpiConfigCpi {
  constructor(
    readonly entry: CpiConfigEntry,
    private readonly configPath: string,
    private readonly directorUuid: string,
    private readonly stemcellApiVersion?: number,
  ) {}

  /** The request exactly as the director would send it. */
  request(method: string, args: readonly unknown[]): Record<string, unknown> {
    const context: Record<string, unknown> = { director_uuid: this.directorUuid, request_id: `cpi-${randomInt(100_000, 1_000_000)}` };
    if (this.stemcellApiVersion !== undefined) context['vm'] = { stemcell: { api_version: this.stemcellApiVersion } };
    Object.assign(context, this.entry.properties);
    return { method, arguments: args, context, api_version: 2 };
  }

  async exchange(method: string, args: readonly unknown[]): Promise<CpiRun> {
    const tmp = process.env['TMPDIR'];
    return runCpi(this.request(method, args), {
      configPath: this.configPath,
      env: tmp === undefined ? DIRECTOR_ENV : { ...DIRECTOR_ENV, TMPDIR: tmp },
      timeoutMs: 240_000,
    });
  }

  /** The result; an error response throws with the CPI's message and the tail of its log. */
  async call<T = unknown>(method: string, ...args: unknown[]): Promise<T> {
    const run = await this.exchange(method, args);
    const { error, result, log } = run.response;
    if (error) throw new Error(`${this.entry.name} ${method}: ${error.type}: ${error.message}\n${log.split('\n').slice(-20).join('\n')}`);
    return result as T;
  }
}
