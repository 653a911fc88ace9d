import { createHash } from 'node:crypto';

/** Length and SHA-256 of some bytes: compares large contents fast and prints short diffs. */
export function fingerprint(bytes: Uint8Array): string {
  return `${bytes.length}:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function fingerprints(files: Iterable<readonly [string, Uint8Array]>): Record<string, string> {
  return Object.fromEntries([...files].map(([path, content]) => [path, fingerprint(content)]).sort());
}
