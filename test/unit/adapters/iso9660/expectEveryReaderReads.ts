import { expect } from 'vitest';
import type { IsoFile } from '../../../../src/adapters/iso9660/writeIso9660.js';
import { impliedDirectories } from './arbitraryIsoFiles.js';
import { fingerprint } from './fingerprint.js';
import { bsdtarExtract, bsdtarPaths, isoinfoExtract, isoinfoPaths, isoinfoRockRidgeListing, withImageFile } from './isoTools.js';
import { readIso9660 } from './readIso9660.js';

/**
 * Reads an image with libarchive (bsdtar), genisoimage's isoinfo (Rock Ridge names) and the
 * test reader, and expects each to find exactly `files` (exact names, every byte) and the
 * directories their paths imply, nothing more. Also checks the one placement rule libarchive
 * adds to the others: the root's Rock Ridge continuation area is the sector right after the root
 * directory (archive_read_support_format_iso9660.c: `register_CE` refuses an area before the read
 * position; `read_CE`, run by `read_children` after the root's extent, reads only the area that
 * starts where reading then stands).
 */
export async function expectEveryReaderReads(image: Uint8Array, files: readonly IsoFile[]): Promise<void> {
  const expectedPaths = [...files.map((file) => file.path), ...impliedDirectories(files)].sort();
  const rockRidge = readIso9660(image, 'rock-ridge');
  const rootExtent = rockRidge.directoryExtents.get('')!;
  expect(rockRidge.rootContinuation).toEqual({
    sector: rootExtent + rockRidge.rootContinuation!.rootSectors,
    rootSectors: expect.any(Number),
  });
  expect(rockRidge.extensions).toEqual(['RRIP_1991A']);
  expect(new Map([...rockRidge.files].map(([path, bytes]) => [path, fingerprint(bytes)]))).toEqual(
    new Map(files.map((file) => [file.path, fingerprint(file.content)])),
  );
  await withImageFile(image, async (path) => {
    expect(await bsdtarPaths(path)).toEqual(expectedPaths);
    expect(await isoinfoPaths(path, 'rock-ridge')).toEqual(expectedPaths);
    expect(parseListingSizes(await isoinfoRockRidgeListing(path))).toEqual(new Map(files.map((file) => [file.path, file.content.length])));
    for (const file of files) {
      const expected = fingerprint(file.content);
      expect(fingerprint(await bsdtarExtract(path, file.path)), `bsdtar ${file.path}`).toBe(expected);
      expect(fingerprint(await isoinfoExtract(path, 'rock-ridge', file.path)), `isoinfo ${file.path}`).toBe(expected);
    }
  });
}

/**
 * Regular files and their sizes from `isoinfo -R -l`: a "Directory listing of /DIR/" line opens
 * each directory; an entry line is mode, links, uid, gid, size, date, [extent flags], then the
 * Rock Ridge name.
 */
function parseListingSizes(listing: string): Map<string, number> {
  const sizes = new Map<string, number>();
  let directory = '';
  for (const line of listing.split('\n')) {
    const heading = /^Directory listing of \/(.*)$/.exec(line);
    if (heading) directory = heading[1]!.trimEnd();
    const entry = /^-\S{9}\s+\d+\s+\d+\s+\d+\s+(\d+)\s.*?\]\s+(.*?)\s*$/.exec(line);
    if (entry) sizes.set(`${directory}${entry[2]}`, Number(entry[1]));
  }
  return sizes;
}
