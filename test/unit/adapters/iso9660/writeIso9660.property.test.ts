import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeIso9660 } from '../../../../src/adapters/iso9660/writeIso9660.js';
import { arbitraryIsoFiles, impliedDirectories } from './arbitraryIsoFiles.js';
import { fingerprint, fingerprints } from './fingerprint.js';
import { isoinfoExtract, isoinfoPaths, isovfy, withImageFile } from './isoTools.js';
import { readIso9660 } from './readIso9660.js';

const LEVEL1_FILE = /^[A-Z0-9_]{1,8}\.[A-Z0-9_]{0,3};1$/;
const LEVEL1_DIRECTORY = /^[A-Z0-9_]{1,8}$/;

describe('writeIso9660 on arbitrary file trees', () => {
  it('round-trips every name and byte through our reader under Rock Ridge and Joliet', () => {
    fc.assert(
      fc.property(arbitraryIsoFiles(12), (files) => {
        const image = writeIso9660({ volumeId: 'PROP', files });
        const expected = fingerprints(files.map((f) => [f.path, f.content]));
        for (const view of ['rock-ridge', 'joliet'] as const) {
          const read = readIso9660(image, view);
          expect(fingerprints(read.files)).toEqual(expected);
          expect(read.directories.sort()).toEqual(impliedDirectories(files));
        }
        const iso = readIso9660(image, 'iso');
        expect(Object.values(fingerprints(iso.files)).sort()).toEqual(Object.values(expected).sort());
        for (const path of iso.files.keys()) {
          const parts = path.split('/');
          expect(parts.pop()).toMatch(LEVEL1_FILE);
          for (const directory of parts) expect(directory).toMatch(LEVEL1_DIRECTORY);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same bytes whatever the order of the input files', () => {
    fc.assert(
      fc.property(arbitraryIsoFiles(8), fc.infiniteStream(fc.nat()), (files, randoms) => {
        const shuffled = files
          .map((file) => ({ file, key: randoms.next().value as number }))
          .sort((a, b) => a.key - b.key)
          .map(({ file }) => file);
        expect(fingerprint(writeIso9660({ volumeId: 'P', files: shuffled }))).toBe(fingerprint(writeIso9660({ volumeId: 'P', files })));
      }),
      { numRuns: 30 },
    );
  });

  it('is read back identically by isoinfo and passes isovfy', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryIsoFiles(6), async (files) => {
        const image = writeIso9660({ volumeId: 'PROP', files });
        await withImageFile(image, async (path) => {
          expect(await isovfy(path)).toContain('No errors found');
          const allPaths = [...files.map((f) => f.path), ...impliedDirectories(files)].sort();
          for (const view of ['rock-ridge', 'joliet'] as const) {
            expect(await isoinfoPaths(path, view)).toEqual(allPaths);
            for (const file of files) {
              expect(fingerprint(await isoinfoExtract(path, view, file.path))).toBe(fingerprint(file.content));
            }
          }
          expect((await isoinfoPaths(path, 'iso')).length).toBe(allPaths.length);
        });
      }),
      { numRuns: 8 },
    );
  });
});
