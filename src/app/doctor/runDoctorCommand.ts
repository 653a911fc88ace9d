import type { HostFinding } from '../../ports/HostProbe.js';
import type { Logger } from '../../ports/Logger.js';
import { configPathFromArgv } from '../cli/configPathFromArgv.js';
import type { CpiConfig } from '../config/cpiConfigSchema.js';
import { parseCpiConfig } from '../config/parseCpiConfig.js';
import { readConfigFile } from '../config/readConfigFile.js';
import { createHostProbe } from '../container/createHostProbe.js';
import { leftoverFindings } from './leftoverFindings.js';
import { doctorVerdict } from './doctorVerdict.js';
import { renderFindingsTable } from './renderFindingsTable.js';

export interface DoctorRun {
  /** The arguments after `doctor`: `--config PATH`, and `--json` for a machine-readable report. */
  readonly argv: readonly string[];
  /** Where the report goes (stdout). */
  readonly write: (text: string) => void;
  /** For tests: the probe to run instead of the configured driver's. */
  readonly probeFor?: (config: CpiConfig) => { probe(): Promise<HostFinding[]> };
}

export interface DoctorOutcome {
  /** Non-zero exactly when a deploy would fail (2: no config given). */
  readonly exitCode: number;
  readonly findings: readonly HostFinding[];
}

const QUIET: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * `cpi doctor [--json] --config PATH`: checks cpi.json, then the host the configured driver will use,
 * and prints one table row per finding with the fix for each.
 */
export async function runDoctorCommand(run: DoctorRun): Promise<DoctorOutcome> {
  const configPath = configPathFromArgv(run.argv);
  if (configPath === undefined) {
    run.write('usage: cpi doctor [--json] --config PATH/TO/cpi.json\n');
    return { exitCode: 2, findings: [] };
  }
  const findings: HostFinding[] = [];
  let config: CpiConfig | undefined;
  try {
    const deprecations: string[] = [];
    config = parseCpiConfig(readConfigFile(configPath), configPath, (message) => deprecations.push(message));
    for (const detail of deprecations)
      findings.push({ check: 'configuration', status: 'warn', detail, fix: 'rename the key as the message says (its value in seconds)' });
    findings.push({ check: 'configuration', status: 'ok', detail: `${configPath}: driver ${config.driver}`, fix: '' });
  } catch (error) {
    findings.push({
      check: 'configuration',
      status: 'fail',
      detail: (error as Error).message,
      fix: 'correct cpi.json (the job’s properties, under BOSH)',
    });
  }
  if (config) {
    if (config.agent.mbus === '') {
      findings.push({
        check: 'agent.mbus',
        status: 'warn',
        detail: 'empty: create_vm cannot tell the agents where to connect',
        fix: 'set agent.mbus (nats://… under a director, https://mbus:…@0.0.0.0:6868 for create-env)',
      });
    }
    const probe = run.probeFor ? run.probeFor(config) : await createHostProbe(config, QUIET);
    findings.push(...(await probe.probe()));
    if (!run.probeFor) findings.push(...(await leftoverFindings(config, QUIET, configPath)));
  }
  const verdict = doctorVerdict(findings);
  if (run.argv.includes('--json')) run.write(`${JSON.stringify({ findings, summary: verdict.summary, exit_code: verdict.exitCode })}\n`);
  else run.write(`${renderFindingsTable(findings)}\n${verdict.summary}\n`);
  return { exitCode: verdict.exitCode, findings };
}
