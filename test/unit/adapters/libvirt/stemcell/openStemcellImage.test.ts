import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectDiskFormat, readQcow2Header } from '../../../../../src/adapters/libvirt/stemcell/diskImageHeader.js';
import { withStemcellDisk } from '../../../../../src/adapters/libvirt/stemcell/openStemcellImage.js';
import { DomainError } from '../../../../../src/domain/errors/DomainError.js';
import { buildArchive, buildStemcellImage, type FixtureKind } from '../../../../support/libvirt/stemcellFixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 't-libvirt-image-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(path: string) {
  return withStemcellDisk(path, async (disk) => {
    const parts: Buffer[] = [];
    for await (const chunk of disk.bytes) parts.push(chunk);
    const bytes = Buffer.concat(parts);
    return {
      kind: disk.kind,
      format: disk.format,
      size: disk.size,
      bytes,
      headMatches: bytes.subarray(0, disk.head.length).equals(disk.head),
    };
  });
}

async function failureOf(path: string) {
  try {
    await open(path);
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('withStemcellDisk', () => {
  it.each<[FixtureKind, string, string]>([
    ['openstack-qcow2', 'openstack', 'qcow2'],
    ['openstack-raw', 'openstack', 'raw'],
    ['vsphere', 'vsphere', 'vmdk'],
    ['bare-qcow2', 'openstack', 'qcow2'],
  ])('finds the disk of a %s image and streams it whole from byte 0', async (fixture, kind, format) => {
    const image = buildStemcellImage(dir, fixture, 4);
    const disk = await open(image);
    expect(disk.kind).toBe(kind);
    expect(disk.format).toBe(format);
    expect(disk.bytes.length).toBe(disk.size);
    expect(disk.headMatches).toBe(true);
    if (fixture === 'bare-qcow2') expect(disk.bytes.equals(readFileSync(image))).toBe(true);
  });

  it.each([
    ['a file that is no image', () => writeAndReturn('junk', Buffer.alloc(4096, 0x41)), /neither a gzipped tar/],
    ['an archive without a disk', () => buildArchive(dir, 'nodisk.tgz', { 'stemcell.MF': 'name: x\n' }), /neither root.img nor a .vmdk/],
    [
      'a .vmdk that is not a sparse VMDK',
      () => buildArchive(dir, 'badvmdk.tgz', { 'image-disk1.vmdk': '# Disk DescriptorFile\n' }),
      /not a monolithic sparse/,
    ],
    ['a corrupt gzip stream', () => corruptGzip(), /not usable/],
    ['a missing file', () => join(dir, 'does-not-exist'), /cannot read/],
  ])('answers invalid_request for %s', async (_what, make, message) => {
    const error = await failureOf(make());
    expect(DomainError.is(error) && error.kind).toBe('invalid_request');
    expect((error as Error).message).toMatch(message);
  });
});

describe('disk image headers', () => {
  it('recognises qcow2, sparse VMDK and everything else as raw', () => {
    expect(detectDiskFormat(Buffer.from('QFI\xfb\0\0\0\x03', 'latin1'))).toBe('qcow2');
    expect(detectDiskFormat(Buffer.from('KDMV\x01\0\0\0', 'latin1'))).toBe('vmdk');
    expect(detectDiskFormat(Buffer.alloc(512))).toBe('raw');
  });

  it('reads the virtual size of a plain qcow2', () => {
    const path = join(dir, 'plain.qcow2');
    execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', path, '20G']);
    expect(readQcow2Header(readFileSync(path).subarray(0, 512))).toEqual({ version: 3, virtualSize: 20 * 2 ** 30 });
  });

  it("refuses a qcow2 that names a backing file (it would open a host file of its author's choosing)", () => {
    const base = join(dir, 'base.qcow2');
    const child = join(dir, 'child.qcow2');
    execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', base, '1M']);
    execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', '-b', base, '-F', 'qcow2', child]);
    expect(readQcow2Header(readFileSync(child).subarray(0, 512))).toMatch(/backing file/);
  });

  it('refuses a qcow2 with an external data file', () => {
    const path = join(dir, 'ext.qcow2');
    execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', '-o', `data_file=${join(dir, 'ext.data')}`, path, '1M']);
    expect(readQcow2Header(readFileSync(path).subarray(0, 512))).toMatch(/external data file/);
  });
});

function writeAndReturn(name: string, content: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function corruptGzip(): string {
  const good = readFileSync(buildStemcellImage(dir, 'openstack-qcow2', 4));
  const bad = Buffer.from(good);
  for (let i = 100; i < bad.length - 20; i += 97) bad[i] = bad[i]! ^ 0x5a;
  return writeAndReturn('corrupt.tgz', bad);
}
