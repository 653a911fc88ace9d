// The demo's second half (scripts/demo.sh prepares the host and builds first): the lifecycle a
// BOSH director drives, run through the built `cpi` executable against libvirt with the test
// stemcell, printed step by step with times and what the guest reported. The steps and their
// checks are the end-to-end suite's own (test/e2e/support/lifecycleSteps.ts). Everything the run
// creates is removed at the end, also after a failed step or Ctrl-C; the exit status is 1 when
// any step failed or anything had to be removed by force.
//
//   node scripts/runTs.mjs scripts/demo/lifecycleDemo.ts [--format openstack|vsphere|both]
import { execa } from 'execa';
import { buildTestStemcells, type TestStemcell } from '../../test/stemcell/buildTestStemcells.js';
import { CpiCallError } from '../../test/e2e/support/DirectorCpi.js';
import { E2eRun } from '../../test/e2e/support/E2eRun.js';
import { type LifecycleOptions, lifecycleSteps } from '../../test/e2e/support/lifecycleSteps.js';
import { randomStaticIp } from '../../test/e2e/support/randomStaticIp.js';
import { runStep, type StepReport } from '../../test/e2e/support/Step.js';
import { CPI_MAIN } from '../../test/support/runCpi.js';

const WIDTH = Math.max(100, Math.min(process.stdout.columns ?? 120, 160));
const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const red = (text: string) => (process.stdout.isTTY ? `\x1b[31m${text}\x1b[0m` : text);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface FormatRun {
  readonly title: string;
  readonly format: LifecycleOptions['format'];
  /** stemcell API version of VM 1 and of VM 2, the VM the disk moves to */
  readonly stemcellApiVersions: { readonly vm1: number; readonly vm2: number };
  readonly reports: StepReport[];
  run?: E2eRun;
}

function formatsFromArgs(argv: readonly string[]): FormatRun[] {
  const at = argv.indexOf('--format');
  const wanted = at >= 0 ? argv[at + 1] : 'both';
  if (!['openstack', 'vsphere', 'both'].includes(wanted ?? '')) throw new Error('usage: lifecycleDemo [--format openstack|vsphere|both]');
  const all: FormatRun[] = [
    {
      title:
        'OpenStack stemcell (openstack-qcow2): settings on a config-2 drive; disk hints through the director (VM 1, stemcell API 3), then also on the drive (VM 2, API 1)',
      format: 'openstack-qcow2',
      stemcellApiVersions: { vm1: 3, vm2: 1 },
      reports: [],
    },
    {
      title:
        'vSphere stemcell (vsphere-ova): settings on the env CD-ROM; disk hints also on the CD-ROM (VM 1, stemcell API 1), then through the director (VM 2, API 3)',
      format: 'vsphere-ova',
      stemcellApiVersions: { vm1: 1, vm2: 3 },
      reports: [],
    },
  ];
  return all.filter((f) => wanted === 'both' || f.format.startsWith(wanted as string));
}

function printRow(index: number, report: StepReport): void {
  const failed = report.error !== undefined || (report.outcome?.problems.length ?? 0) > 0;
  const status = failed ? red('FAIL') : 'ok  ';
  const result = report.error !== undefined ? firstLine(report.error) : (report.outcome?.result ?? '');
  const head = `${String(index).padStart(3)}  ${report.name.padEnd(46)} ${seconds(report.ms).padStart(8)}  ${status}  `;
  console.log(`${head}${clip(result, WIDTH - head.length + (failed && process.stdout.isTTY ? 9 : 0))}`);
  const indent = ' '.repeat(5);
  if (report.outcome?.guest)
    for (const line of wrap(`guest: ${report.outcome.guest}`, WIDTH - indent.length)) console.log(`${indent}${line}`);
  const problems = report.error !== undefined ? [firstLine(report.error)] : (report.outcome?.problems ?? []);
  for (const problem of problems)
    for (const line of wrap(`${red('problem:')} ${problem}`, WIDTH - indent.length)) console.log(`${indent}${line}`);
  if (report.error instanceof CpiCallError)
    for (const line of report.error.log.trim().split('\n').slice(-8)) console.log(`${indent}| ${clip(line, WIDTH - 7)}`);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `  ${word}`;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

async function hostVersions(): Promise<string> {
  const version = await execa('virsh', ['-c', 'qemu:///system', 'version'], { reject: false });
  const pick = (label: string) => new RegExp(`${label}[^:]*:\\s*(.+)`).exec(version.stdout)?.[1]?.trim() ?? '?';
  return `${pick('Using library')}, ${pick('Running hypervisor')}`;
}

const started = performance.now();
const formats = formatsFromArgs(process.argv.slice(2));
/** One run (own storage pool, own scratch folder) per format, so the two never see each other's things. */
const runs: E2eRun[] = [];
let interrupted = false;
let cleaning: Promise<string[]> | undefined;
const cleanup = () => (cleaning ??= Promise.all(runs.map((r) => r.cleanup())).then((forced) => forced.flat()));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.log(`\n${signal}: cleaning up what the demo created…`);
    void cleanup().finally(() => process.exit(130));
  });
}

let exitCode = 0;
try {
  console.log(bold("\nbosh-libvirt-cpi demo: a BOSH director's lifecycle through the cpi executable"));
  console.log(`  executable  ${CPI_MAIN} (a new process per call, environment PATH only, request on stdin)`);
  console.log(`  hypervisor  ${await hostVersions()}; domain_type qemu (software emulation)`);

  const buildStarted = performance.now();
  const stemcells = await buildTestStemcells();
  console.log(`  stemcells   ${stemcells.workDir} (ready in ${seconds(performance.now() - buildStarted)})`);
  for (const formatRun of formats) {
    const run = await E2eRun.create(`demo-${formatRun.format.slice(0, 2)}`);
    runs.push(run);
    formatRun.run = run;
    console.log(
      `  ${`pool ${formatRun.format.slice(0, 2)}`.padEnd(11)} ${run.pool} at ${run.poolPath}; serial logs in ${run.serialLogDir}`,
    );
  }

  // The two formats run side by side (each VM keeps one of the two cores busy while it boots);
  // progress is printed as steps finish, the full tables once both are done.
  console.log(`\n${bold('progress')}${formats.length > 1 ? ` (${formats.map((f) => f.format).join(' and ')} side by side)` : ''}`);
  await Promise.all(
    formats.map(async (formatRun) => {
      const stemcell: TestStemcell = formatRun.format === 'openstack-qcow2' ? stemcells.openstack : stemcells.vsphere;
      const ip = await randomStaticIp();
      const steps = lifecycleSteps(() => ({
        run: formatRun.run as E2eRun,
        options: {
          format: formatRun.format,
          imagePath: stemcell.imagePath,
          manifestPath: stemcell.manifestPath,
          stemcellApiVersions: formatRun.stemcellApiVersions,
          ip,
        },
      }));
      for (const [index, step] of steps.entries()) {
        if (interrupted) break;
        const report = await runStep(step);
        formatRun.reports.push(report);
        const failed = report.error !== undefined || (report.outcome?.problems.length ?? 0) > 0;
        console.log(
          `  ${formatRun.format.padEnd(16)} ${`${index + 1}/${steps.length}`.padStart(5)}  ${report.name.padEnd(46)} ${seconds(report.ms).padStart(8)}  ${failed ? red('FAIL') : 'ok'}`,
        );
        if (failed) {
          exitCode = 1;
          // later steps build on this one: stop this format here, clean up below
          if (report.error !== undefined) break;
        }
      }
    }),
  );
  for (const formatRun of formats) {
    console.log(`\n${bold(formatRun.title)}`);
    console.log(`${'  #'}  ${'step'.padEnd(46)} ${'time'.padStart(8)}  ${'    '}  result`);
    formatRun.reports.forEach((report, index) => printRow(index + 1, report));
  }
} catch (error) {
  exitCode = 1;
  console.error(red(`\nthe demo stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
} finally {
  const cleanupStarted = performance.now();
  const forced = await cleanup().catch((error: unknown) => [`cleanup failed: ${String(error)}`]);
  console.log(
    `\n${bold('cleanup')} ${seconds(performance.now() - cleanupStarted)}: ${forced.length === 0 ? 'nothing was left behind by the CPI; pools and scratch folders removed' : red(`removed by force: ${forced.join('; ')}`)}`,
  );
  if (forced.length > 0) exitCode = 1;
  if (runs.length > 0) {
    const calls = runs.flatMap((r) => r.calls);
    const total = calls.reduce((sum, call) => sum + call.ms, 0);
    const reports = formats.flatMap((f) => f.reports);
    const boots = reports.filter((r) => r.name.startsWith('guest boots') || r.name === 'reboot_vm');
    console.log(
      `${bold('summary')} ${reports.filter((r) => r.error === undefined && r.outcome?.problems.length === 0).length}/${reports.length} steps passed; ` +
        `${calls.length} cpi processes, ${seconds(total)} in all (${seconds(total / Math.max(1, calls.length))} each on average); ` +
        `${boots.length} boots under TCG, ${seconds(boots.reduce((sum, r) => sum + r.ms, 0))} in all; total ${seconds(performance.now() - started)}`,
    );
  }
  if (!interrupted) process.exit(exitCode);
}
