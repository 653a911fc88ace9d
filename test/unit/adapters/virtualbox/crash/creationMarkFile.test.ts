import { describe, expect, it } from 'vitest';
import { markPath, marksDir, parseMarkFile } from '../../../../../src/adapters/virtualbox/crash/creationMarkFile.js';

const root = '/home/u/.bosh_virtualbox_cpi';
const vm = 'vm_0123456789abcdef01234567';

describe('VirtualBox creation mark files', () => {
  it('names the mark after the creation id and the CID, in store_dir/creating', () => {
    expect(marksDir(root)).toBe(`${root}/creating`);
    expect(markPath(root, '1765000000-a1b2c3d4e5f6', vm)).toBe(`${root}/creating/1765000000-a1b2c3d4e5f6.${vm}`);
  });

  it('reads back the kind, the CID and the creation id of a mark', () => {
    expect(parseMarkFile(root, `1765000000-a1b2c3d4e5f6.${vm}`)).toEqual({
      path: `${root}/creating/1765000000-a1b2c3d4e5f6.${vm}`,
      creationId: '1765000000-a1b2c3d4e5f6',
      cid: vm,
      kind: 'vm',
    });
    expect(parseMarkFile(root, '1765000000-ab.disk_0123456789abcde')?.kind).toBe('disk');
    expect(parseMarkFile(root, '1765000000-ab.sc_0123456789abcdef01234567')?.kind).toBe('stemcell');
  });

  it('ignores every other file: a sweep never removes what is not a mark', () => {
    for (const name of [
      '',
      '.tmp',
      `x-ab.${vm}`,
      `1765000000-ab.${vm}.tmp`,
      '1765000000-ab.vm_short',
      `1765000000-XY.${vm}`,
      '1765000000-ab',
      `1765000000-ab.snap_0123456789abcdef01234567`,
    ]) {
      expect(parseMarkFile(root, name), name).toBeUndefined();
    }
  });
});
