import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Stemcell `image` files built by the tests themselves (no downloads): small disks made with
 * qemu-img, packed the way BOSH packs them (docs/cpi-protocol.md §9): a gzipped tar holding `root.img`
 * (OpenStack) or `image.ovf`, `image.mf` and `image-disk1.vmdk` (vSphere). The disks hold a
 * recognisable pattern at 1 MiB so a test can tell a copy from a blank.
 */
export const PATTERN = Buffer.from('bosh-libvirt-cpi test stemcell pattern\n');
export const PATTERN_OFFSET = 1024 * 1024;

function rawDisk(dir: string, sizeMiB: number): string {
  const raw = join(dir, 'disk.raw');
  execFileSync('qemu-img', ['create', '-q', '-f', 'raw', raw, `${sizeMiB}M`]);
  execFileSync('dd', [`of=${raw}`, 'bs=1', `seek=${PATTERN_OFFSET}`, 'conv=notrunc', 'status=none'], { input: PATTERN });
  return raw;
}

/** A gzipped tar whose members are the given files of `dir` (as BOSH builds `image`). */
function tgz(dir: string, out: string, members: string[]): string {
  execFileSync('tar', ['-C', dir, '--owner=0', '--group=0', '--numeric-owner', '-czf', out, ...members]);
  return out;
}

export type FixtureKind = 'openstack-qcow2' | 'openstack-raw' | 'vsphere' | 'bare-qcow2';

/** Builds an `image` file of the given kind in `dir`; returns its path. */
export function buildStemcellImage(dir: string, kind: FixtureKind, sizeMiB = 16): string {
  const work = join(dir, `work-${kind}`);
  mkdirSync(work, { recursive: true });
  try {
    const raw = rawDisk(work, sizeMiB);
    switch (kind) {
      case 'openstack-qcow2':
        execFileSync('qemu-img', ['convert', '-q', '-f', 'raw', '-O', 'qcow2', '-o', 'compat=0.10', raw, join(work, 'root.img')]);
        return tgz(work, join(dir, `image-${kind}`), ['root.img']);
      case 'openstack-raw':
        execFileSync('cp', ['--sparse=always', raw, join(work, 'root.img')]);
        return tgz(work, join(dir, `image-${kind}`), ['root.img']);
      case 'vsphere':
        execFileSync('qemu-img', [
          'convert',
          '-q',
          '-f',
          'raw',
          '-O',
          'vmdk',
          '-o',
          'subformat=streamOptimized',
          raw,
          join(work, 'image-disk1.vmdk'),
        ]);
        writeFileSync(join(work, 'image.ovf'), '<?xml version="1.0"?><Envelope/>\n');
        writeFileSync(join(work, 'image.mf'), 'SHA1(image.ovf)= 0\n');
        return tgz(work, join(dir, `image-${kind}`), ['image.ovf', 'image.mf', 'image-disk1.vmdk']);
      case 'bare-qcow2': {
        const out = join(dir, `image-${kind}`);
        execFileSync('qemu-img', ['convert', '-q', '-f', 'raw', '-O', 'qcow2', raw, out]);
        return out;
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A gzipped tar with arbitrary members, for the broken cases. */
export function buildArchive(dir: string, name: string, members: Record<string, Buffer | string>): string {
  const work = join(dir, `work-${name}`);
  mkdirSync(work, { recursive: true });
  for (const [member, content] of Object.entries(members)) writeFileSync(join(work, member), content);
  const out = tgz(work, join(dir, name), Object.keys(members));
  rmSync(work, { recursive: true, force: true });
  return out;
}
