import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';

export type TestImageKind = 'openstack' | 'vsphere' | 'unrecognised';

const CONTENT: Record<TestImageKind, Record<string, number>> = {
  openstack: { 'root.img': 64 * 1024 },
  vsphere: { 'image.ovf': 512, 'image.mf': 128, 'image-disk1.vmdk': 96 * 1024 },
  unrecognised: { 'rootfs.tar': 1024, README: 16 },
};

/**
 * Writes a small stemcell `image` (a gzipped tar, as in a heavy stemcell) with the member names
 * of the given kind, and returns its path. The members hold zeros: only the listing matters.
 */
export async function writeStemcellImage(kind: TestImageKind, dir?: string): Promise<string> {
  const base = dir ?? (await mkdtemp(join(tmpdir(), 'cpi-image-')));
  const members = join(base, `members-${kind}`);
  await mkdir(members, { recursive: true });
  for (const [name, size] of Object.entries(CONTENT[kind])) await writeFile(join(members, name), Buffer.alloc(size));
  const image = join(base, `image-${kind}`);
  await execa('tar', ['--owner=0', '--group=0', '--numeric-owner', '-czf', image, '-C', members, ...Object.keys(CONTENT[kind])]);
  return image;
}
