import fc from 'fast-check';
import type { IsoFile } from '../../../../src/adapters/iso9660/writeIso9660.js';

const NAME_CHARACTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+=,@~-'];

/** Names every naming scheme can carry: the writer's alphabet, no "." or "..", no trailing dot. */
export const arbitraryName = fc
  .string({ unit: fc.constantFrom(...NAME_CHARACTERS), minLength: 1, maxLength: 24 })
  .filter((name) => name !== '.' && name !== '..' && !name.endsWith('.'));

// A few fixed directory names make siblings share directories, and clash in level-1 form.
const directoryName = fc.oneof(fc.constantFrom('ec2', 'latest', 'Latest', 'a', 'meta-data'), arbitraryName);

/** Sizes around sector boundaries are what breaks writers; the rest spread up to 200 KB. */
const arbitrarySize = fc.oneof(fc.constantFrom(0, 1, 2047, 2048, 2049, 4096, 6145), fc.integer({ min: 0, max: 200 * 1024 }));

/** Up to `maxFiles` files, up to three directories deep, with distinct paths and no file/directory clash. */
export function arbitraryIsoFiles(maxFiles: number): fc.Arbitrary<IsoFile[]> {
  return fc
    .uniqueArray(
      fc.record({
        path: fc.tuple(fc.array(directoryName, { maxLength: 3 }), arbitraryName).map(([dirs, name]) => [...dirs, name].join('/')),
        size: arbitrarySize,
        seed: fc.integer({ min: 1, max: 0x7fffffff }),
      }),
      { maxLength: maxFiles, selector: (file) => file.path },
    )
    .map((entries) =>
      entries
        .filter(({ path }) => !entries.some((other) => other.path.startsWith(`${path}/`)))
        .map(({ path, size, seed }) => ({ path, content: pseudoRandomBytes(size, seed) })),
    );
}

/** Cheap deterministic content (xorshift32), so shifted or swapped sectors are caught. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

/** Every directory implied by the files' paths. */
export function impliedDirectories(files: readonly IsoFile[]): string[] {
  const directories = new Set<string>();
  for (const { path } of files) {
    const parts = path.split('/');
    for (let depth = 1; depth < parts.length; depth++) directories.add(parts.slice(0, depth).join('/'));
  }
  return [...directories].sort();
}
