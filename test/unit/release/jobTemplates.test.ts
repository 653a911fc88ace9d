import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpiConfigSchema } from '../../../src/app/config/cpiConfigSchema.js';
import { parseCpiConfig } from '../../../src/app/config/parseCpiConfig.js';
import { type BoshRenderer, renderCpiJobTemplate, REPO_ROOT } from '../../support/renderBoshTemplate.js';

const render = (properties: Record<string, unknown>, renderer: BoshRenderer = 'director') =>
  JSON.parse(renderCpiJobTemplate('cpi.json.erb', { properties, renderer })) as Record<string, any>;

/** The smallest manifest `bosh create-env` accepts for the libvirt host: the agent's mbus and the domain type. */
const SMALLEST_CREATE_ENV = { agent: { mbus: 'https://mbus:((mbus_bootstrap_password))@0.0.0.0:6868' }, libvirt: { domain_type: 'qemu' } };

describe('cpi.json.erb under BOSH’s rules (every declared property given, nil where unset)', () => {
  it('renders the smallest create-env manifest to this file, which the CPI accepts', () => {
    const text = renderCpiJobTemplate('cpi.json.erb', { properties: SMALLEST_CREATE_ENV, renderer: 'create-env' });
    expect(text).toBe(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'release', 'smallest-create-env.cpi.json'), 'utf8'));
    expect(text).not.toContain('null');
    const config = parseCpiConfig(JSON.parse(text), 'rendered cpi.json');
    expect(config).toMatchObject({
      driver: 'libvirt',
      agent: { mbus: SMALLEST_CREATE_ENV.agent.mbus, ntp: [] },
      libvirt: { domain_type: 'qemu', uri: 'qemu:///system' },
    });
    expect(config.agent).not.toHaveProperty('blobstore');
    expect(config.locks).not.toHaveProperty('dir');
  });

  it.each<BoshRenderer>(['director', 'create-env'])('%s: writes no null anywhere, whatever is left unset', (renderer) => {
    for (const properties of [
      {},
      SMALLEST_CREATE_ENV,
      { driver: 'virtualbox', virtualbox: { host: 'h', user: 'u', private_key: '/k', known_hosts: '/kh' } },
    ]) {
      const text = renderCpiJobTemplate('cpi.json.erb', { properties, renderer });
      expect(text, JSON.stringify(properties)).not.toMatch(/\bnull\b/);
      parseCpiConfig(JSON.parse(text));
    }
  });

  it('drops nil values at any depth of a manifest value, and keeps false, 0 and empty strings', () => {
    const rendered = render({
      driver: 'virtualbox',
      agent: { blobstore: { provider: 'local', options: { blobstore_path: '/b', unset: null } } },
      virtualbox: { auto_create_networks: false, port: 0 },
    });
    expect(rendered['agent'].blobstore).toEqual({ provider: 'local', options: { blobstore_path: '/b' } });
    expect(rendered['virtualbox']).toMatchObject({ auto_create_networks: false, port: 0, host: '' });
  });

  it('renders, from the spec’s defaults alone, exactly the CPI’s defaults', () => {
    for (const driver of ['libvirt', 'virtualbox'] as const) {
      const rendered = render({ driver });
      expect(parseCpiConfig(rendered)).toEqual(cpiConfigSchema().parse({ driver }));
      // only the configured driver's section: the CPI reads no other, and would validate it on every call
      expect(Object.keys(rendered).sort()).toEqual(['agent', 'driver', 'locks', driver].sort());
    }
  });

  it('carries every manifest value through, nested sections key by key', () => {
    const rendered = render({
      driver: 'virtualbox',
      agent: { mbus: 'nats://a:b@10.0.0.6:4222', blobstore: { provider: 'dav', options: { endpoint: 'http://10.0.0.6:25250' } } },
      virtualbox: {
        host: 'vbox.example.org',
        user: 'ubuntu',
        private_key: '/keys/id',
        known_hosts: '/keys/known_hosts',
        timeouts: { import_s: 60 },
      },
      locks: { dir: '/var/vcap/data/libvirt_cpi/locks' },
    });
    const config = parseCpiConfig(rendered);
    expect(config.driver).toBe('virtualbox');
    expect(config.agent.blobstore).toEqual({ provider: 'dav', options: { endpoint: 'http://10.0.0.6:25250' } });
    expect(config.virtualbox?.host).toBe('vbox.example.org');
    expect(config.virtualbox?.timeouts).toMatchObject({ import_s: 60, command_s: 120 });
    expect(config.locks.dir).toBe('/var/vcap/data/libvirt_cpi/locks');
  });

  it('keeps a manifest that still sets a millisecond key working: passed through, read in seconds, deprecation logged', () => {
    const rendered = render({
      driver: 'virtualbox',
      locks: { timeout_ms: 120_000 },
      virtualbox: { timeouts: { lock_ms: 30_000 }, retry: { max_delay_ms: 2_000 } },
    });
    expect(rendered['locks']).toEqual({ timeout_ms: 120_000 });
    const logged: string[] = [];
    const config = parseCpiConfig(rendered, 'cpi.json', (message) => logged.push(message));
    expect(config.locks.timeout_s).toBe(120);
    expect(config.virtualbox?.timeouts).toMatchObject({ lock_s: 30, command_s: 120 });
    expect(config.virtualbox?.retry).toMatchObject({ max_delay_s: 2, initial_delay_s: 0.25 });
    expect(logged).toHaveLength(3);
    // Both names in one manifest: the CPI refuses, naming both.
    expect(() => parseCpiConfig(render({ locks: { timeout_ms: 1_000, timeout_s: 1 } }))).toThrow(
      /locks\.timeout_ms and locks\.timeout_s are both set/,
    );
  });

  it('leaves optional keys out when the manifest does not set them', () => {
    const rendered = render({ libvirt: { uri: 'qemu+tcp://kvm-1/system' } });
    expect(rendered['libvirt']).not.toHaveProperty('pool_path');
    expect(rendered['agent']).not.toHaveProperty('blobstore');
    expect(rendered['libvirt'].uri).toBe('qemu+tcp://kvm-1/system');
  });

  it('lets the CPI refuse what it cannot use, naming the key', () => {
    expect(() => parseCpiConfig(render({ libvirt: { domain_type: 'xen' } }))).toThrow(/libvirt\.domain_type/);
  });
});

describe('cpi.erb', () => {
  const script = renderCpiJobTemplate('cpi.erb', { properties: {} });

  it('is a bash script that execs the packaged node by absolute path, on the bundle, with the job’s config', () => {
    expect(script.startsWith('#!/bin/bash\n')).toBe(true);
    expect(script).toMatch(
      /^exec "\$\{packages_dir\}\/node\/bin\/node" "\$\{packages_dir\}\/libvirt_cpi\/cpi\.cjs" "\$@" \\\n\s+--config "\$\{job_dir\}\/config\/cpi\.json"$/m,
    );
    expect(script).toContain('unset NODE_OPTIONS NODE_PATH');
    // No bare `node`, no HOME: the director's environment has neither.
    expect(script).not.toMatch(/(^|[\s;])node\s/m);
    expect(script).not.toContain('$HOME');
  });
});
