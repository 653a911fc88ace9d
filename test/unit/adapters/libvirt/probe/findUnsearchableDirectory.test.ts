import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  directoryChain,
  findUnsearchableDirectory,
  formatMode,
} from '../../../../../src/adapters/libvirt/probe/findUnsearchableDirectory.js';
import type { DirectoryEntry, ProcessIdentity } from '../../../../../src/adapters/libvirt/probe/ProcessIdentity.js';

const qemu: ProcessIdentity = { uid: 64055, gids: [64055, 107], label: 'libvirt-qemu (uid 64055)' };
const dir = (path: string, mode: number, uid = 0, gid = 0): DirectoryEntry => ({ path, mode, uid, gid });

describe('findUnsearchableDirectory', () => {
  it('passes a chain of world-searchable directories', () => {
    expect(findUnsearchableDirectory([dir('/', 0o755), dir('/var', 0o711)], qemu)).toBeUndefined();
  });

  it('blocks on the first directory without the x bit that applies to QEMU’s user', () => {
    const chain = [dir('/', 0o755), dir('/srv', 0o750, 0, 0), dir('/srv/pool', 0o700)];
    expect(findUnsearchableDirectory(chain, qemu)?.path).toBe('/srv');
  });

  it('uses the owner bits for the owner, even when other bits would allow it (as the kernel does)', () => {
    expect(findUnsearchableDirectory([dir('/p', 0o011, 64055, 0)], qemu)?.path).toBe('/p');
    expect(findUnsearchableDirectory([dir('/p', 0o700, 64055, 0)], qemu)).toBeUndefined();
  });

  it('uses the group bits for any of QEMU’s groups, supplementary ones included', () => {
    expect(findUnsearchableDirectory([dir('/p', 0o710, 0, 107)], qemu)).toBeUndefined();
    expect(findUnsearchableDirectory([dir('/p', 0o701, 0, 107)], qemu)?.path).toBe('/p');
  });

  it('never blocks root, and agrees with the owner/group/other rule on any chain', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ mode: fc.integer({ min: 0, max: 0o777 }), uid: fc.constantFrom(0, 64055, 1000), gid: fc.constantFrom(0, 107, 1000) }),
          {
            maxLength: 6,
          },
        ),
        (entries) => {
          const chain = entries.map((e, i) => dir(`/d${i}`, e.mode, e.uid, e.gid));
          expect(findUnsearchableDirectory(chain, { uid: 0, gids: [0], label: 'root' })).toBeUndefined();
          const blocked = findUnsearchableDirectory(chain, qemu);
          const searchable = (e: DirectoryEntry): boolean =>
            e.uid === qemu.uid ? (e.mode & 0o100) !== 0 : qemu.gids.includes(e.gid) ? (e.mode & 0o010) !== 0 : (e.mode & 0o001) !== 0;
          const expectedIndex = chain.findIndex((e) => !searchable(e));
          expect(blocked).toBe(expectedIndex < 0 ? undefined : chain[expectedIndex]);
        },
      ),
    );
  });
});

describe('directoryChain and formatMode', () => {
  it('lists every directory from the root down', () => {
    expect(directoryChain('/var/lib/libvirt/images')).toEqual(['/', '/var', '/var/lib', '/var/lib/libvirt', '/var/lib/libvirt/images']);
    expect(directoryChain('/')).toEqual(['/']);
  });

  it('prints modes as ls does', () => {
    expect(formatMode(0o700)).toBe('drwx------');
    expect(formatMode(0o751)).toBe('drwxr-x--x');
  });
});
