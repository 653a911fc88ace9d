import { describe, expect, it } from 'vitest';
import { diskLayoutFor, persistentDiskHint } from '../../../../../src/adapters/libvirt/domainXml/diskHints.js';
import {
  freeScsiTarget,
  persistentDiskXml,
  readScsiUsage,
  scsiDevName,
} from '../../../../../src/adapters/libvirt/domainXml/persistentDisks.js';
import { parseXml } from '../../../../../src/adapters/libvirt/xml/parseXml.js';
import { firstChild, textOf } from '../../../../../src/adapters/libvirt/xml/XmlNode.js';
import type { DiskCid } from '../../../../../src/domain/cid/Cid.js';

const disk = 'disk_0123456789abcde' as DiskCid;

describe('persistent disk XML', () => {
  const xml = parseXml(persistentDiskXml('bosh', `${disk}.qcow2`, disk, 3));

  it('is a qcow2 pool volume on the SCSI bus, serial the whole CID', () => {
    expect(firstChild(xml, 'source')!.attrs).toEqual({ pool: 'bosh', volume: `${disk}.qcow2` });
    expect(firstChild(xml, 'target')!.attrs).toEqual({ dev: 'sdd', bus: 'scsi' });
    expect(textOf(firstChild(xml, 'serial'))).toBe(disk);
  });

  it('sits at its own target, unit 0, on controller 0 (the guest sees H:0:T:0)', () => {
    expect(firstChild(xml, 'address')!.attrs).toEqual({ type: 'drive', controller: '0', bus: '0', target: '3', unit: '0' });
  });
});

describe('scsiDevName', () => {
  it.each([
    [0, 'sda'],
    [25, 'sdz'],
    [26, 'sdaa'],
    [27, 'sdab'],
    [701, 'sdzz'],
    [702, 'sdaaa'],
  ])('%i is %s', (index, name) => expect(scsiDevName(index)).toBe(name));

  it('is unique over every target', () => {
    const names = new Set(Array.from({ length: 256 }, (_, i) => scsiDevName(i)));
    expect(names.size).toBe(256);
  });
});

describe('readScsiUsage and freeScsiTarget', () => {
  const domain = parseXml(`<domain><devices>
    <disk type="volume" device="disk"><target dev="vda" bus="virtio"/></disk>
    <disk type="volume" device="disk"><source pool="bosh" volume="${disk}.qcow2"/><target dev="sda" bus="scsi"/><serial>disk_0123456789abcde</serial><address type="drive" controller="0" bus="0" target="0" unit="0"/></disk>
    <disk type="file" device="disk"><source file="/x/disk_0123456789abcdf.qcow2"/><target dev="sdc" bus="scsi"/><serial>not-ours</serial><address type="drive" controller="0" bus="0" target="2" unit="0"/></disk>
    <disk type="volume" device="disk"><source pool="bosh" volume="other.qcow2"/><target dev="sdd" bus="scsi"/><address type="drive" controller="0" bus="0" target="3" unit="0"/></disk>
    <disk type="file" device="cdrom"><target dev="hdc" bus="ide"/></disk>
  </devices></domain>`);

  it('finds our disks by their volume name, and every SCSI target and dev in use', () => {
    const usage = readScsiUsage(domain);
    expect(usage.disks).toEqual([{ cid: disk, target: 0, dev: 'sda' }]);
    expect([...usage.targets].sort()).toEqual([0, 2, 3]);
    expect([...usage.devs].sort()).toEqual(['hdc', 'sda', 'sdc', 'sdd', 'vda']);
  });

  it('picks the lowest free target whose dev name is free', () => {
    expect(freeScsiTarget(readScsiUsage(domain))).toBe(1);
    expect(freeScsiTarget({ ...readScsiUsage(domain), targets: new Set([0, 1, 2, 3]) })).toBe(4);
    expect(freeScsiTarget({ disks: [], targets: new Set([0]), devs: new Set(['sdb']) })).toBe(2);
    expect(freeScsiTarget({ disks: [], targets: new Set(Array.from({ length: 256 }, (_, i) => i)), devs: new Set() })).toBeUndefined();
  });
});

describe('disk hints', () => {
  it('persistent: the serial, i.e. the whole 20-character CID (what the by-id link ends with), the target, LUN 0, no path', () => {
    expect(persistentDiskHint(disk, 4)).toEqual({ id: disk, volume_id: '4', lun: '0' });
  });

  it('the hint id has no dash (the agent strips dashes before globbing)', () => {
    expect((persistentDiskHint(disk, 0) as { id: string }).id).not.toContain('-');
  });

  it('system /dev/vda; ephemeral /dev/vdb with its serial as id; none without an ephemeral disk', () => {
    expect(diskLayoutFor(1024)).toEqual({ system: '/dev/vda', ephemeral: { path: '/dev/vdb', id: 'bosh_ephemeral' } });
    expect(diskLayoutFor(0)).toEqual({ system: '/dev/vda' });
  });
});
