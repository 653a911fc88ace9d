import { describe, expect, it } from 'vitest';
import { parseCpiConfig } from '../../../src/app/config/parseCpiConfig.js';
import { vmSpecFromCloudProperties } from '../../../src/domain/vm/vmSpecFromCloudProperties.js';
import { BOSH_YML, buildManifest, directorCpiJob, interpolateVariables, OPS_FILES, readYamlFile } from '../../support/boshManifest.js';
import { renderCpiJobTemplate } from '../../support/renderBoshTemplate.js';

// The ops files an operator passes to `bosh create-env` with bosh-deployment's bosh.yml,
// applied with go-patch's rules (test/support/goPatch.ts) and bosh-cli's variable
// interpolation (test/support/boshManifest.ts), then rendered with BOSH's template rules.
const COMMON_VARS = {
  internal_ip: '192.168.122.6',
  internal_cidr: '192.168.122.0/24',
  internal_gw: '192.168.122.1',
  director_name: 'bosh-1',
  mbus_bootstrap_password: 'mbus-secret',
  libvirt_cpi_release_url: 'file:///tmp/bosh-libvirt-cpi.tgz',
};
const LIBVIRT_VARS = {
  ...COMMON_VARS,
  libvirt_network: 'default',
  libvirt_domain_type: 'qemu',
  libvirt_uri: 'qemu+tcp://192.168.122.1/system',
};
const VBOX_VARS = {
  ...COMMON_VARS,
  vbox_host: '192.168.56.1',
  vbox_username: 'ubuntu',
  vbox_ssh: {
    private_key: '-----BEGIN OPENSSH PRIVATE KEY-----\nkey\n-----END OPENSSH PRIVATE KEY-----\n',
    public_key: 'ssh-ed25519 AAAA',
  },
  vbox_known_hosts: '192.168.56.1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHostKey',
};

const renderCpiJson = (properties: Record<string, unknown>, renderer: 'director' | 'create-env') =>
  JSON.parse(renderCpiJobTemplate('cpi.json.erb', { properties, renderer })) as Record<string, unknown>;

describe.each([
  { driver: 'libvirt', ops: OPS_FILES.libvirt, vars: LIBVIRT_VARS },
  { driver: 'virtualbox', ops: OPS_FILES.virtualbox, vars: VBOX_VARS },
] as const)('$ops on bosh-deployment’s bosh.yml', ({ driver, ops, vars }) => {
  const manifest = buildManifest(BOSH_YML, [ops], vars);

  it('is a list of replace ops in bosh-deployment’s shape, every path of them optional or appending', () => {
    const defs = readYamlFile(ops) as Array<{ type: string; path: string }>;
    expect(defs.map((d) => d.type)).toEqual(defs.map(() => 'replace'));
    for (const { path } of defs) expect(path, path).toMatch(/(\?|\/-)(\/|$)|\?$/);
  });

  it('adds the release, and the CPI job that director.cpi_job names, to the director', () => {
    expect(manifest['releases'].map((r: { name: string }) => r.name)).toEqual(['bosh', 'bpm', 'bosh-libvirt-cpi']);
    expect(manifest['releases'][2].url).toBe(COMMON_VARS.libvirt_cpi_release_url);
    const job = directorCpiJob(manifest);
    expect(job).toMatchObject({ name: 'libvirt_cpi', release: 'bosh-libvirt-cpi' });
    expect(manifest['instance_groups'][0].jobs.map((j: { name: string }) => j.name)).toEqual([
      'bpm',
      'nats',
      'postgres',
      'blobstore',
      'director',
      'health_monitor',
      'libvirt_cpi',
    ]);
  });

  it('points cloud_provider at the same job, keeping bosh.yml’s mbus, certificate and agent mbus', () => {
    expect(manifest['cloud_provider'].template).toEqual({ name: 'libvirt_cpi', release: 'bosh-libvirt-cpi' });
    expect(manifest['cloud_provider'].mbus).toBe('https://mbus:mbus-secret@192.168.122.6:6868');
    expect(manifest['cloud_provider'].cert).toBe('((mbus_bootstrap_ssl))');
    expect(manifest['cloud_provider'].properties.agent.mbus).toBe('https://mbus:mbus-secret@0.0.0.0:6868');
    // Without the mbus certificate the agent cannot serve https and restarts in a loop.
    expect(manifest['resource_pools'][0].env.bosh.mbus.cert).toBe('((mbus_bootstrap_ssl))');
  });

  it('gives the vms resource pool a stemcell and VM cloud properties the CPI accepts', () => {
    const pool = manifest['resource_pools'][0];
    expect(pool.stemcell.url).toMatch(driver === 'libvirt' ? /openstack-kvm-ubuntu-noble\.tgz$/ : /vsphere-esxi-ubuntu-noble\.tgz$/);
    expect(pool.stemcell.sha1).toMatch(/^[0-9a-f]{40}$/);
    expect(vmSpecFromCloudProperties(pool.cloud_properties)).toMatchObject({ cpus: expect.any(Number), memoryMiB: expect.any(Number) });
    expect(manifest['networks'][0].subnets[0].cloud_properties.name).toBe(driver === 'libvirt' ? 'default' : 'vboxnet0');
  });

  it('renders, for create-env and for the director, a cpi.json the CPI accepts, with the driver and the agent’s mbus', () => {
    const createEnv = parseCpiConfig(renderCpiJson(manifest['cloud_provider'].properties, 'create-env'), 'create-env cpi.json');
    expect(createEnv.driver).toBe(driver);
    expect(createEnv.agent.mbus).toBe('https://mbus:mbus-secret@0.0.0.0:6868');
    const director = parseCpiConfig(renderCpiJson(directorCpiJob(manifest).properties, 'director'), 'director cpi.json');
    expect(director.driver).toBe(driver);
    expect(director.agent.mbus).toBe('nats://192.168.122.6:4222');
    if (driver === 'libvirt') {
      expect(createEnv.libvirt).toMatchObject({ uri: 'qemu:///system', network: 'default', domain_type: 'qemu' });
      expect(director.libvirt).toMatchObject({ uri: LIBVIRT_VARS.libvirt_uri, network: 'default', domain_type: 'qemu' });
    } else {
      expect(createEnv.virtualbox?.host).toBe('');
      expect(director.virtualbox).toMatchObject({
        host: '192.168.56.1',
        user: 'ubuntu',
        private_key: VBOX_VARS.vbox_ssh.private_key,
        known_hosts: VBOX_VARS.vbox_known_hosts,
      });
    }
  });
});

describe('variable interpolation (bosh-cli director/template/template.go interpolator#Interpolate)', () => {
  it('keeps the type of a whole-string variable, splices strings and integers, leaves unknown ones', () => {
    expect(
      interpolateVariables(
        { a: '((n))', b: 'x-((n))-((s))', c: '((unknown))', d: '(( s ))', e: '((o.k))' },
        { n: 4, s: 'str', o: { k: [1] } },
      ),
    ).toEqual({
      a: 4,
      b: 'x-4-str',
      c: '((unknown))',
      d: 'str',
      e: [1],
    });
    expect(() => interpolateVariables('x((o))', { o: { k: 1 } })).toThrow(
      /Supported types for interpolation within a string are integers and strings/,
    );
  });
});
