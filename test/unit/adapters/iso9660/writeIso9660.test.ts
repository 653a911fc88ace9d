import { describe, expect, it } from 'vitest';
import { IsoImageError } from '../../../../src/adapters/iso9660/IsoImageError.js';
import { type IsoFile, writeIso9660 } from '../../../../src/adapters/iso9660/writeIso9660.js';
import { fingerprint, fingerprints } from './fingerprint.js';
import { blkidLabel, isoinfoExtract, isoinfoPaths, isoinfoText, isovfy, withImageFile } from './isoTools.js';
import { readIso9660 } from './readIso9660.js';

const text = (value: string) => new TextEncoder().encode(value);
const patterned = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);

const configDriveLike: IsoFile[] = [
  { path: 'ec2/latest/user-data', content: text('{"agent_id":"a-1","vm":{"name":"vm-1"}}') },
  { path: 'ec2/latest/meta-data.json', content: text('{}') },
  { path: 'empty', content: new Uint8Array(0) },
  { path: 'one-sector.bin', content: patterned(2048, 1) },
  { path: 'one-sector-and-a-byte.bin', content: patterned(2049, 2) },
  { path: 'deep/a/b/c/d/e/f/seventh.txt', content: text('seven directories down') },
];

describe('writeIso9660', () => {
  const image = writeIso9660({ volumeId: 'config-2', files: configDriveLike });

  it('lays out whole 2048-byte sectors', () => {
    expect(image.length % 2048).toBe(0);
  });

  it.each(['rock-ridge', 'joliet'] as const)('keeps every exact name and byte under %s', (view) => {
    const read = readIso9660(image, view);
    expect(fingerprints(read.files)).toEqual(fingerprints(configDriveLike.map((f) => [f.path, f.content])));
    expect(read.directories.sort()).toEqual(
      ['deep', 'deep/a', 'deep/a/b', 'deep/a/b/c', 'deep/a/b/c/d', 'deep/a/b/c/d/e', 'deep/a/b/c/d/e/f', 'ec2', 'ec2/latest'].sort(),
    );
  });

  it('gives plain ISO readers upper-case 8.3 names with versions', () => {
    const read = readIso9660(image, 'iso');
    expect([...read.files.keys()].sort()).toEqual(
      [
        'DEEP/A/B/C/D/E/F/SEVENTH.TXT;1',
        'EC2/LATEST/META_DAT.JSO;1',
        'EC2/LATEST/USER_DAT.;1',
        'EMPTY.;1',
        'ONE_SECT.BIN;1',
        'ONE_SEC1.BIN;1',
      ].sort(),
    );
    expect(read.files.get('EC2/LATEST/USER_DAT.;1')).toEqual(configDriveLike[0]!.content);
  });

  it('declares Rock Ridge in the root and gives read-only POSIX modes', () => {
    const read = readIso9660(image, 'rock-ridge');
    expect(read.extensions).toEqual(['RRIP_1991A']);
    expect(read.modes.get('ec2')).toBe(0o040555);
    expect(read.modes.get('ec2/latest/user-data')).toBe(0o100444);
  });

  it('writes the volume id as given in the primary and the Joliet descriptor', () => {
    expect(readIso9660(image, 'iso').volumeId).toBe('config-2');
    expect(readIso9660(image, 'joliet').volumeId).toBe('config-2');
  });

  it('writes path tables in both byte orders that agree', () => {
    const read = readIso9660(image, 'iso');
    expect(read.bigEndianPathTable).toEqual(read.littleEndianPathTable);
    expect(read.littleEndianPathTable.map((row) => row.name)).toEqual(['\0', 'DEEP', 'EC2', 'A', 'LATEST', 'B', 'C', 'D', 'E', 'F']);
  });

  it('is read the same by isoinfo under all three naming schemes, and passes isovfy', async () => {
    await withImageFile(image, async (path) => {
      expect(await isovfy(path)).toContain('No errors found');
      const info = await isoinfoText(path, '-d');
      expect(info).toContain('Volume id: config-2');
      expect(info).toContain('Joliet with UCS level 3 found');
      expect(info).toContain('Rock Ridge signatures version 1 found');
      for (const view of ['rock-ridge', 'joliet'] as const) {
        const paths = await isoinfoPaths(path, view);
        expect(paths.filter((p) => !readIso9660(image, view).directories.includes(p))).toEqual(configDriveLike.map((f) => f.path).sort());
        for (const file of configDriveLike) expect(await isoinfoExtract(path, view, file.path)).toEqual(file.content);
      }
      expect(await isoinfoExtract(path, 'iso', 'EC2/LATEST/META_DAT.JSO;1')).toEqual(text('{}'));
    });
  });

  it('carries the label blkid (and so udev by-label) reports', async () => {
    await withImageFile(image, async (path) => expect(await blkidLabel(path)).toBe('config-2'));
  });
});

describe('writeIso9660 details', () => {
  it('is deterministic and independent of file order', () => {
    const reversed = writeIso9660({ volumeId: 'config-2', files: [...configDriveLike].reverse() });
    expect(fingerprint(reversed)).toBe(fingerprint(writeIso9660({ volumeId: 'config-2', files: configDriveLike })));
  });

  it('writes the injected date into descriptors and records', async () => {
    const recordedAt = new Date(Date.UTC(2024, 4, 17, 13, 45, 30));
    const image = writeIso9660({ volumeId: 'ENV', files: [{ path: 'env', content: text('{}') }], recordedAt });
    expect(new TextDecoder().decode(image.subarray(16 * 2048 + 813, 16 * 2048 + 829))).toBe('2024051713453000');
    await withImageFile(image, async (path) => {
      expect(await isoinfoText(path, '-R', '-l')).toMatch(/May 17 2024 .*\benv\b/);
    });
  });

  it('resolves level-1 name clashes between siblings with counters', () => {
    const files = ['a', 'A', 'meta-data.json', 'meta-data.jsonx', 'meta_data.json'].map((path, i) => ({
      path,
      content: text(String(i)),
    }));
    const image = writeIso9660({ volumeId: 'X', files });
    const iso = readIso9660(image, 'iso');
    expect([...iso.files.keys()].sort()).toEqual(['A.;1', 'A1.;1', 'META_DA1.JSO;1', 'META_DA2.JSO;1', 'META_DAT.JSO;1']);
    expect(readIso9660(image, 'rock-ridge').files).toEqual(new Map(files.map((f) => [f.path, f.content])));
  });

  it('spreads a large directory over several sectors without splitting a record', async () => {
    const files = Array.from({ length: 120 }, (_, i) => ({
      path: `many/${'long-name-'.repeat(5)}${String(i).padStart(3, '0')}.json`,
      content: text(`file ${i}`),
    }));
    const image = writeIso9660({ volumeId: 'MANY', files });
    for (const view of ['iso', 'rock-ridge', 'joliet'] as const) expect(readIso9660(image, view).files.size).toBe(120);
    expect(readIso9660(image, 'rock-ridge').files).toEqual(new Map(files.map((f) => [f.path, f.content])));
    await withImageFile(image, async (path) => {
      expect(await isovfy(path)).toContain('No errors found');
      expect((await isoinfoPaths(path, 'rock-ridge')).length).toBe(121);
      expect(await isoinfoExtract(path, 'joliet', files[119]!.path)).toEqual(files[119]!.content);
    });
  });

  it('stores an empty file without data and a 2048-byte file in exactly one sector', () => {
    const base = writeIso9660({ volumeId: 'X', files: [{ path: 'a', content: new Uint8Array(0) }] });
    const oneSector = writeIso9660({ volumeId: 'X', files: [{ path: 'a', content: patterned(2048, 3) }] });
    const twoSectors = writeIso9660({ volumeId: 'X', files: [{ path: 'a', content: patterned(2049, 3) }] });
    expect(oneSector.length - base.length).toBe(2048);
    expect(twoSectors.length - base.length).toBe(4096);
    expect(readIso9660(oneSector, 'joliet').files.get('a')).toEqual(patterned(2048, 3));
  });

  it('writes an image with no files at all', () => {
    const read = readIso9660(writeIso9660({ volumeId: 'EMPTY', files: [] }), 'rock-ridge');
    expect(read.files.size).toBe(0);
    expect(read.extensions).toEqual(['RRIP_1991A']);
  });

  it.each([
    ['a name with a slash part that is empty', [{ path: 'a//b', content: new Uint8Array(0) }]],
    ['a dot-dot name', [{ path: '../x', content: new Uint8Array(0) }]],
    ['a trailing dot', [{ path: 'x.', content: new Uint8Array(0) }]],
    ['a forbidden character', [{ path: 'a;b', content: new Uint8Array(0) }]],
    ['a name longer than 64', [{ path: 'n'.repeat(65), content: new Uint8Array(0) }]],
    [
      'a duplicate path',
      [
        { path: 'a', content: new Uint8Array(0) },
        { path: 'a', content: new Uint8Array(1) },
      ],
    ],
    [
      'a file that is also a directory',
      [
        { path: 'a', content: new Uint8Array(0) },
        { path: 'a/b', content: new Uint8Array(0) },
      ],
    ],
    [
      'a directory that is also a file',
      [
        { path: 'a/b', content: new Uint8Array(0) },
        { path: 'a', content: new Uint8Array(0) },
      ],
    ],
    ['eight directory levels', [{ path: '1/2/3/4/5/6/7/8/f', content: new Uint8Array(0) }]],
  ])('rejects %s', (_, files) => {
    expect(() => writeIso9660({ volumeId: 'X', files })).toThrow(IsoImageError);
  });

  it.each(['', 'x'.repeat(33), 'caf\u00e9'])('rejects the volume id %j', (volumeId) => {
    expect(() => writeIso9660({ volumeId, files: [] })).toThrow(IsoImageError);
  });
});

describe('writeIso9660 dates', () => {
  it.each([new Date(Date.UTC(1899, 11, 31)), new Date(Date.UTC(2156, 0, 1)), new Date(Number.NaN)])(
    'rejects %s, which a directory record cannot hold',
    (recordedAt) => {
      expect(() => writeIso9660({ volumeId: 'X', files: [], recordedAt })).toThrow(IsoImageError);
    },
  );
});
