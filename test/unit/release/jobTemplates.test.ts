import { describe, expect, it } from 'vitest';
import { cpiConfigSchema } from '../../../src/app/config/cpiConfigSchema.js';
import { parseCpiConfig } from '../../../src/app/config/parseCpiConfig.js';
import { renderCpiJobTemplate } from '../../support/renderBoshTemplate.js';

const render = (properties: Record<string, unknown>) => JSON.parse(renderCpiJobTemplate('cpi.json.erb', { properties })) as Record<string, any>;

describe('cpi.json.erb', () => {
  it('renders, from the spec’s defaults alone, exactly the CPI’s defaults', () => {
    const rendered = render({});
    const { memory: _memory, ...expected } = cpiConfigSchema.parse({ driver: 'libvirt' }) as Record<string, unknown>;
    expect(parseCpiConfig(rendered)).toMatchObject(expected);
    expect(rendered).not.toHaveProperty('memory');
  });

  it('carries every manifest value through, nested sections key by key', () => {
    const rendered = render({
      driver: 'virtualbox',
      agent: { mbus: 'nats://a:b@10.0.0.6:4222', blobstore: { provider: 'dav', options: { endpoint: 'http://10.0.0.6:25250' } } },
      virtualbox: { host: 'vbox.example.org', user: 'ubuntu', private_key: '/keys/id', known_hosts: '/keys/known_hosts', timeouts: { import_ms: 60_000 } },
      locks: { dir: '/var/vcap/data/libvirt_cpi/locks' },
    });
    const config = parseCpiConfig(rendered);
    expect(config.driver).toBe('virtualbox');
    expect(config.agent.blobstore).toEqual({ provider: 'dav', options: { endpoint: 'http://10.0.0.6:25250' } });
    expect(config.virtualbox.host).toBe('vbox.example.org');
    expect(config.virtualbox.timeouts).toMatchObject({ import_ms: 60_000, command_ms: 120_000 });
    expect(config.locks.dir).toBe('/var/vcap/data/libvirt_cpi/locks');
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
    expect(script).toMatch(/^exec "\$\{packages_dir\}\/node\/bin\/node" "\$\{packages_dir\}\/libvirt_cpi\/cpi\.cjs" "\$@" \\\n\s+--config "\$\{job_dir\}\/config\/cpi\.json"$/m);
    expect(script).toContain('unset NODE_OPTIONS NODE_PATH');
    // No bare `node`, no HOME: the director's environment has neither.
    expect(script).not.toMatch(/(^|[\s;])node\s/m);
    expect(script).not.toContain('$HOME');
  });
});
