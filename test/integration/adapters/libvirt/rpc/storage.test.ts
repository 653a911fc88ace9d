import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  StoragePoolState,
  isNoStorageVol,
  type LibvirtClient,
  type StoragePool,
  type StorageVolume,
} from '../../../../../src/adapters/libvirt/rpc/index.js';
import { connectSystem, createTempPool, uniqueName } from './libvirtFixture.js';

const MiB = 1024 * 1024;
const name = uniqueName('pool');
let client: LibvirtClient;
let pool: StoragePool;
let poolPath: string;
let removePool: () => Promise<void>;
let volume: StorageVolume;
const scratch = mkdtempSync(join(tmpdir(), 't-rpc-storage-'));

beforeAll(async () => {
  client = await connectSystem();
  ({ pool, path: poolPath, remove: removePool } = await createTempPool(client, name));
});

afterAll(async () => {
  await removePool?.();
  await client?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a dir storage pool through the RPC client', () => {
  it('is running after build and start', async () => {
    expect(await pool.isActive()).toBe(true);
    const info = await pool.getInfo();
    expect(info.state).toBe(StoragePoolState.RUNNING);
    expect(info.capacityBytes).toBeGreaterThan(0);
    expect((await client.lookupStoragePoolByName(name)).uuid).toBe(pool.uuid);
    await pool.refresh();
  });

  it('creates a volume and finds it by name and by path', async () => {
    volume = await pool.createVolume(
      `<volume><name>up.raw</name><capacity unit='bytes'>${8 * MiB}</capacity><target><format type='raw'/></target></volume>`,
    );
    const path = await volume.getPath();
    expect(path).toBe(`${poolPath}/up.raw`);
    expect((await client.lookupStorageVolumeByPath(path)).name).toBe('up.raw');
    expect((await pool.lookupVolumeByName('up.raw')).key).toBe(volume.key);
    expect(await volume.getXMLDesc()).toContain('<name>up.raw</name>');
    expect((await pool.listAllVolumes()).map((v) => v.name)).toEqual(['up.raw']);
  });

  it('uploads a file and downloads the same bytes back', async () => {
    const source = join(scratch, 'source.bin');
    const data = randomBytes(5 * MiB + 4321);
    writeFileSync(source, data);
    expect(await volume.upload(createReadStream(source))).toBe(data.length);
    const target = join(scratch, 'target.bin');
    expect(await volume.download(createWriteStream(target), { length: data.length })).toBe(data.length);
    expect(readFileSync(target).equals(data)).toBe(true);
    const other = randomBytes(3 * MiB + 17);
    writeFileSync(source, other);
    expect(await volume.uploadFile(source)).toBe(other.length);
    data.set(other);
    expect(await volume.download(createWriteStream(target), { length: data.length })).toBe(data.length);
    expect(readFileSync(target).equals(data)).toBe(true);
    const tail = join(scratch, 'tail.bin');
    await volume.download(createWriteStream(tail), { offset: MiB, length: 1000 });
    expect(readFileSync(tail).equals(data.subarray(MiB, MiB + 1000))).toBe(true);
  });

  it('resizes, clones and deletes volumes', async () => {
    await volume.resize(16 * MiB);
    expect((await volume.getInfo()).capacityBytes).toBe(16 * MiB);
    const clone = await pool.createVolumeFrom(
      `<volume><name>clone.raw</name><capacity unit='bytes'>${16 * MiB}</capacity><target><format type='raw'/></target></volume>`,
      volume,
    );
    expect((await clone.getInfo()).capacityBytes).toBe(16 * MiB);
    await clone.delete();
    await volume.delete();
    const gone = await pool.lookupVolumeByName('up.raw').catch((e: unknown) => e);
    expect(isNoStorageVol(gone)).toBe(true);
  });
});
