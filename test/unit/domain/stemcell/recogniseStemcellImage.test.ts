import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recogniseStemcellImage } from '../../../../src/domain/stemcell/recogniseStemcellImage.js';

describe('recogniseStemcellImage', () => {
  it('recognises OpenStack images by root.img, with or without ./', () => {
    expect(recogniseStemcellImage(['root.img'])).toBe('openstack');
    expect(recogniseStemcellImage(['./', './root.img'])).toBe('openstack');
  });

  it('recognises vSphere OVF bundles by an .ovf and a .vmdk', () => {
    expect(recogniseStemcellImage(['image.ovf', 'image.mf', 'image-disk1.vmdk'])).toBe('vsphere');
    expect(recogniseStemcellImage(['./IMAGE.OVF', './image-disk1.VMDK'])).toBe('vsphere');
  });

  it('ignores files in subdirectories', () => {
    expect(() => recogniseStemcellImage(['nested/root.img'])).toThrow(/nested\/root\.img/);
  });

  it('refuses anything else as an invalid request naming what it found', () => {
    for (const entries of [[], ['image.ovf'], ['disk.vmdk'], ['rootfs.tar', 'stemcell.MF']]) {
      try {
        recogniseStemcellImage(entries, 'image /tmp/x');
        throw new Error(`accepted ${entries.join(',')}`);
      } catch (error) {
        expect((error as { kind: string }).kind).toBe('invalid_request');
        expect((error as Error).message).toContain('image /tmp/x');
        for (const entry of entries) expect((error as Error).message).toContain(entry);
        if (entries.length === 0) expect((error as Error).message).toContain('no files');
      }
    }
  });

  it('never trusts order: any listing with root.img at the top is OpenStack', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}\.(txt|ovf|vmdk|MF)$/)), fc.nat(), (others, at) => {
        const entries = [...others];
        entries.splice(at % (entries.length + 1), 0, 'root.img');
        expect(recogniseStemcellImage(entries)).toBe('openstack');
      }),
    );
  });

  it('keeps the message short for huge listings', () => {
    const entries = Array.from({ length: 5000 }, (_, index) => `file-${index}.bin`);
    expect(() => recogniseStemcellImage(entries)).toThrow(/and 4990 more/);
  });
});
