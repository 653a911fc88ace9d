import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibvirtApi } from '../../../../src/adapters/libvirt/LibvirtApi.js';
import { libvirtConfigSchema } from '../../../../src/adapters/libvirt/LibvirtConfig.js';
import { connectRpcLibvirt } from '../../../../src/adapters/libvirt/RpcLibvirtApi.js';
import { dirPoolXml, volumeXml } from '../../../../src/adapters/libvirt/storage/storageXml.js';
import { DomainError } from '../../../../src/domain/errors/DomainError.js';
import { testPool } from '../../../support/libvirt/testPool.js';

const pool = testPool('libvirt-api');
let api: LibvirtApi;

beforeAll(async () => {
  api = await connectRpcLibvirt(libvirtConfigSchema().parse({}));
});
afterAll(async () => {
  await api?.close();
  await pool.cleanup();
});

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'success';
  } catch (error) {
    return DomainError.is(error) ? error.kind : `foreign ${String(error)}`;
  }
}

describe('RpcLibvirtApi against the daemon', () => {
  it('answers undefined for what does not exist, and deleting it is success', async () => {
    expect(await api.domainState('vm_000000000000000000000000')).toBeUndefined();
    expect(await api.domainXml('vm_000000000000000000000000')).toBeUndefined();
    expect(await api.poolState(pool.name)).toBeUndefined();
    expect(await api.networkState('no-such-network-t')).toBeUndefined();
    await api.destroyDomain('vm_000000000000000000000000');
    await api.undefineDomain('vm_000000000000000000000000');
  });

  it('creates the pool (define, build, start, autostart), and volumes in it', async () => {
    await api.createPool(dirPoolXml(pool.name, pool.path), pool.name);
    expect(await api.poolState(pool.name)).toBe('active');
    expect(await api.volumeInfo(pool.name, 'missing.qcow2')).toBeUndefined();
    await api.createVolume(pool.name, volumeXml('a.qcow2', 3 * 1024 * 1024, 'qcow2'));
    expect(await api.volumeInfo(pool.name, 'a.qcow2')).toMatchObject({
      name: 'a.qcow2',
      path: `${pool.path}/a.qcow2`,
      capacity: 3 * 1024 * 1024,
    });
    await api.resizeVolume(pool.name, 'a.qcow2', 4 * 1024 * 1024);
    expect((await api.volumeInfo(pool.name, 'a.qcow2'))!.capacity).toBe(4 * 1024 * 1024);
    await api.createVolume(pool.name, volumeXml('b.raw', 10, 'raw'));
    await api.uploadVolume(
      pool.name,
      'b.raw',
      (async function* () {
        yield Buffer.from('0123456789');
      })(),
      10,
    );
    expect(await api.listVolumeNames(pool.name)).toEqual(expect.arrayContaining(['a.qcow2', 'b.raw']));
    await api.deleteVolume(pool.name, 'a.qcow2');
    await api.deleteVolume(pool.name, 'a.qcow2');
    expect(await api.volumeInfo(pool.name, 'a.qcow2')).toBeUndefined();
  });

  it("turns the daemon's refusals into infrastructure errors with its message", async () => {
    const error = await api.defineDomain('<domain type="kvm"><name>x</name>').catch((e: unknown) => e);
    expect(DomainError.is(error) && error.kind).toBe('infrastructure');
    expect((error as Error).message).toMatch(/defining a domain/);
    expect(await kindOf(api.startDomain('vm_000000000000000000000000'))).toBe('vm_not_found');
  });

  it('a daemon that cannot be reached is unavailable, and worth a retry', async () => {
    const error = await connectRpcLibvirt(libvirtConfigSchema().parse({ uri: 'qemu:///system?socket=/nonexistent/libvirt-sock' })).catch(
      (e: unknown) => e,
    );
    expect(DomainError.is(error) && error.kind).toBe('unavailable');
    expect(DomainError.is(error) && error.okToRetry).toBe(true);
  });
});
