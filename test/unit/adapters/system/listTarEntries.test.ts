import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { listTarEntries } from '../../../../src/adapters/system/listTarEntries.js';
import { writeStemcellImage } from '../../../support/stemcellImage.js';

describe('listTarEntries', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cpi-tar-'));
  });

  it('lists a gzipped stemcell image with sizes', async () => {
    const entries = await listTarEntries(await writeStemcellImage('vsphere', dir));
    expect(entries.map(({ name, size }) => ({ name, size }))).toEqual([
      { name: 'image.ovf', size: 512 },
      { name: 'image.mf', size: 128 },
      { name: 'image-disk1.vmdk', size: 96 * 1024 },
    ]);
  });

  it('reads plain tars, directories, ustar, GNU and PAX long names', async () => {
    const tree = join(dir, 'tree');
    const long = `${'d'.repeat(60)}/${'f'.repeat(80)}.img`;
    await mkdir(join(tree, 'd'.repeat(60)), { recursive: true });
    await writeFile(join(tree, long), Buffer.alloc(700, 1));
    await writeFile(join(tree, 'root.img'), Buffer.alloc(1));
    for (const format of ['gnu', 'pax', 'ustar']) {
      const archive = join(dir, `plain-${format}.tar`);
      await execa('tar', [`--format=${format}`, '-cf', archive, '-C', tree, 'root.img', 'd'.repeat(60)]);
      const entries = await listTarEntries(archive);
      expect(entries.map((entry) => entry.name)).toEqual(['root.img', `${'d'.repeat(60)}/`, long]);
      expect(entries[2]?.size).toBe(700);
      expect(entries[1]?.type).toBe('5');
    }
  });

  it('refuses what is not a tar, naming the file', async () => {
    const text = join(dir, 'not-a-tar');
    await writeFile(text, 'x'.repeat(2048));
    await expect(listTarEntries(text)).rejects.toMatchObject({ kind: 'invalid_request', message: expect.stringContaining(text) });
    const empty = join(dir, 'empty');
    await writeFile(empty, '');
    await expect(listTarEntries(empty)).rejects.toMatchObject({ kind: 'invalid_request' });
    await expect(listTarEntries(join(dir, 'missing'))).rejects.toMatchObject({
      kind: 'invalid_request',
      message: expect.stringContaining('missing'),
    });
    const gzipOfText = join(dir, 'text.gz');
    await execa('sh', ['-c', `gzip -c ${text} > ${gzipOfText}`]);
    await expect(listTarEntries(gzipOfText)).rejects.toMatchObject({ message: expect.stringContaining('inside its gzip') });
  });

  it('refuses a truncated gzip', async () => {
    const image = await writeStemcellImage('openstack', dir);
    const truncated = join(dir, 'truncated');
    await execa('head', ['-c', '100', image], { stdout: { file: truncated } });
    await expect(listTarEntries(truncated)).rejects.toMatchObject({ kind: 'invalid_request' });
  });
});
