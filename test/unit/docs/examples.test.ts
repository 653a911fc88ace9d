import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errors } from '../../../docs/examples/errors.js';
import { libvirtConfig } from '../../../docs/examples/libvirtConfig.js';
import { quickStart } from '../../../docs/examples/quickStart.js';
import { wireProtocol } from '../../../docs/examples/wireProtocol.js';
import { DRIVERS } from '../../../src/app/container/drivers.js';
import { writeStemcellImage } from '../../support/stemcellImage.js';

// The examples of docs/library.md, run: what the docs promise is what they do.
describe('docs/examples', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 't-release-examples-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('quickStart: a VM, a disk attached and detached, everything deleted', async () => {
    const result = await quickStart(await writeStemcellImage('openstack', dir));
    expect(result.stemcell).toMatch(/^sc_[0-9a-f]{24}$/);
    expect(result.vm).toMatch(/^vm_[0-9a-f]{24}$/);
    expect(result.attached).toEqual([result.disk]);
    expect(result.hint).toBeTruthy();
    expect(result.vmGone).toBe(true);
  });

  it('errors: has_vm is false, delete_vm succeeds, reboot_vm fails as VMNotFound', async () => {
    expect(await errors()).toEqual({ exists: false, kind: 'vm_not_found', type: 'Bosh::Clouds::VMNotFound', okToRetry: false });
  });

  it('libvirtConfig: info without a connection, defaults filled in', async () => {
    expect(await libvirtConfig()).toEqual({
      info: { api_version: 2, stemcell_formats: [...DRIVERS.libvirt.formats] },
      domainType: 'kvm',
      bootTimeout: 120,
    });
  });

  it('wireProtocol: one response object, with the log', async () => {
    const config = join(dir, 'cpi.json');
    writeFileSync(config, JSON.stringify({ driver: 'memory' }));
    const response = await wireProtocol(config);
    expect(response.error).toBeNull();
    expect(response.result).toMatchObject({ api_version: 2 });
    expect(response.log).toContain('[cpi-000001] info called (api_version 2)');
  });
});
