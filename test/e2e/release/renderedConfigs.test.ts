import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BoshInstallation, buildBundle, installJob, installRelease } from '../../support/boshInstallation.js';
import { BOSH_YML, buildManifest, directorCpiJob, OPS_FILES } from '../../support/boshManifest.js';
import { LoopbackSshd } from '../../support/LoopbackSshd.js';
import type { BoshRenderer } from '../../support/renderBoshTemplate.js';

// The job rendered with BOSH's rules (every declared property given to the template, nil where
// unset) from the manifests operators write, then bin/cpi run as the director runs it: nothing
// in the environment but PATH. Every call here reads and validates the whole cpi.json (unlike
// `info`, which answers before reading it), so a rendered file the CPI refuses fails them.
const unique = `t-release-cfg-${Math.random().toString(16).slice(2, 10)}`;
const DIRECTOR_ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
const UNKNOWN_VM = 'vm_0123456789abcdef01234567';
const CALCULATE = { method: 'calculate_vm_cloud_properties', arguments: [{ cpu: 2, ram: 2048, ephemeral_disk_size: 10240 }] };
const HAS_VM = { method: 'has_vm', arguments: [UNKNOWN_VM] };

let work: string;
let root: string;
let jobs = 0;
const sshd = new LoopbackSshd(`${unique}-sshd`);

function install(properties: Record<string, unknown>, renderer: BoshRenderer): BoshInstallation {
  jobs += 1;
  return installJob(root, `libvirt_cpi_${jobs}`, properties, renderer);
}

function call(installation: BoshInstallation, request: { method: string; arguments: unknown[] }) {
  const run = spawnSync(installation.cpi, [], {
    input: JSON.stringify({ ...request, context: { director_uuid: 'd' }, api_version: 2 }),
    env: DIRECTOR_ENV,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { result: unknown; error: { type: string; message: string } | null; log: string };
}

const expectAnswer = (response: ReturnType<typeof call>, result: unknown) => {
  expect(response.error, response.log).toBeNull();
  expect(response.result).toEqual(result);
};

beforeAll(async () => {
  execFileSync('bash', ['scripts/libvirt-up.sh']);
  work = mkdtempSync(join(tmpdir(), `${unique}-`));
  root = join(work, 'var-vcap');
  installRelease(root, buildBundle(join(work, 'build')), { agent: { mbus: 'nats://10.0.0.6:4222' } });
  await sshd.start();
});
afterAll(() => {
  sshd.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('bin/cpi with a cpi.json rendered from hand-written manifests', () => {
  it('create-env on the libvirt host, from the smallest manifest: agent.mbus and libvirt.domain_type', () => {
    const cpi = install({ agent: { mbus: 'https://mbus:secret@0.0.0.0:6868' }, libvirt: { domain_type: 'qemu' } }, 'create-env');
    expect(readFileSync(cpi.cpiJson, 'utf8')).not.toContain('null');
    expectAnswer(call(cpi, HAS_VM), false);
    expectAnswer(call(cpi, CALCULATE), { cpus: 2, memory: 2048, ephemeral_disk: 10240 });
  });

  it('a director driving a libvirt host over qemu+ssh, with the key and known_hosts the uri names', () => {
    const uri = `qemu+ssh://${sshd.user}@127.0.0.1:${sshd.port}/system?keyfile=${sshd.clientKey}&known_hosts=${sshd.knownHosts}`;
    const cpi = install(
      { agent: { mbus: 'nats://nats:secret@10.0.0.6:4222' }, libvirt: { uri, domain_type: 'qemu', pool: `${unique}-pool` } },
      'director',
    );
    expectAnswer(call(cpi, HAS_VM), false);
    expectAnswer(call(cpi, CALCULATE), { cpus: 2, memory: 2048, ephemeral_disk: 10240 });
  });

  it('the VirtualBox driver, remote host with its key material', () => {
    const cpi = install(
      {
        driver: 'virtualbox',
        agent: { mbus: 'nats://10.0.0.6:4222' },
        virtualbox: {
          host: '127.0.0.1',
          port: sshd.port,
          user: sshd.user,
          private_key: readFileSync(sshd.clientKey, 'utf8'),
          known_hosts: sshd.knownHostsLine,
        },
      },
      'director',
    );
    expectAnswer(call(cpi, CALCULATE), { cpus: 2, memory: 2048, ephemeral_disk: 10240 });
  });
});

describe('bin/cpi with a cpi.json rendered from bosh.yml and the release’s ops files', () => {
  const vars = {
    internal_ip: '192.168.122.6',
    internal_cidr: '192.168.122.0/24',
    internal_gw: '192.168.122.1',
    director_name: 'bosh-1',
    mbus_bootstrap_password: 'mbus-secret',
    libvirt_cpi_release_url: 'file:///tmp/bosh-libvirt-cpi.tgz',
    libvirt_network: 'default',
    libvirt_domain_type: 'qemu',
    vbox_host: '192.168.56.1',
    vbox_username: 'ubuntu',
    vbox_ssh: { private_key: '-----BEGIN OPENSSH PRIVATE KEY-----\nkey\n-----END OPENSSH PRIVATE KEY-----\n' },
    vbox_known_hosts: '192.168.56.1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHostKey',
  };

  it('operations/libvirt/cpi.yml: create-env’s CPI on this host, and the director’s over qemu+ssh', () => {
    const libvirtUri = `qemu+ssh://${sshd.user}@127.0.0.1:${sshd.port}/system?keyfile=${sshd.clientKey}&known_hosts=${sshd.knownHosts}`;
    const manifest = buildManifest(BOSH_YML, [OPS_FILES.libvirt], { ...vars, libvirt_uri: libvirtUri });
    const createEnv = install(manifest['cloud_provider'].properties, 'create-env');
    expectAnswer(call(createEnv, HAS_VM), false);
    const director = install(directorCpiJob(manifest).properties, 'director');
    expectAnswer(call(director, HAS_VM), false);
    const { cpus, memory, ephemeral_disk } = manifest['resource_pools'][0].cloud_properties;
    expectAnswer(
      call(director, {
        method: 'calculate_vm_cloud_properties',
        arguments: [{ cpu: cpus, ram: memory, ephemeral_disk_size: ephemeral_disk }],
      }),
      {
        cpus,
        memory,
        ephemeral_disk,
      },
    );
  });

  it('operations/virtualbox/cpi.yml: create-env’s CPI and the director’s', () => {
    const manifest = buildManifest(BOSH_YML, [OPS_FILES.virtualbox], vars);
    for (const cpi of [
      install(manifest['cloud_provider'].properties, 'create-env'),
      install(directorCpiJob(manifest).properties, 'director'),
    ]) {
      expectAnswer(call(cpi, CALCULATE), { cpus: 2, memory: 2048, ephemeral_disk: 10240 });
    }
  });
});
