import { describe, expect, it } from 'vitest';
import { dirPoolXml, overlayVolumeXml, volumeXml } from '../../../../../src/adapters/libvirt/storage/storageXml.js';
import { parseXml } from '../../../../../src/adapters/libvirt/xml/parseXml.js';
import { firstChild, path, textOf } from '../../../../../src/adapters/libvirt/xml/XmlNode.js';

describe('volume XML', () => {
  it('a qcow2 volume of an exact byte capacity, nothing allocated up front', () => {
    const v = parseXml(volumeXml('disk_x.qcow2', 3 * 1024 * 1024, 'qcow2'));
    expect(textOf(firstChild(v, 'name'))).toBe('disk_x.qcow2');
    expect(firstChild(v, 'capacity')!.attrs.unit).toBe('bytes');
    expect(textOf(firstChild(v, 'capacity'))).toBe('3145728');
    expect(textOf(firstChild(v, 'allocation'))).toBe('0');
    expect(path(v, 'target', 'format')[0]!.attrs.type).toBe('qcow2');
    expect(textOf(path(v, 'target', 'compat')[0])).toBe('1.1');
  });

  it('a raw volume has no qcow2 compat level', () => {
    expect(path(parseXml(volumeXml('a.iso', 10, 'raw')), 'target', 'compat')).toEqual([]);
  });

  it('an overlay names its backing file and always states its format', () => {
    const v = parseXml(overlayVolumeXml('vm-root.qcow2', 20 * 2 ** 30, '/pool/sc.qcow2', 'qcow2'));
    expect(textOf(path(v, 'backingStore', 'path')[0])).toBe('/pool/sc.qcow2');
    expect(path(v, 'backingStore', 'format')[0]!.attrs.type).toBe('qcow2');
    expect(textOf(firstChild(v, 'capacity'))).toBe(String(20 * 2 ** 30));
  });

  it('a directory pool', () => {
    const p = parseXml(dirPoolXml('bosh', '/var/lib/libvirt/images/bosh'));
    expect(p.attrs.type).toBe('dir');
    expect(textOf(path(p, 'target', 'path')[0])).toBe('/var/lib/libvirt/images/bosh');
  });
});
