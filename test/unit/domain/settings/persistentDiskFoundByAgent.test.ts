import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DiskCid, makeCid } from '../../../../src/domain/cid/Cid.js';
import { persistentDiskHint, persistentDiskSerial } from '../../../../src/domain/settings/persistentDiskHint.js';
import {
  AgentPersistentDisks,
  agentDiskSettings,
  resolveById,
  resolveScsi,
  resolveVirtio,
  type VisibleDisk,
} from '../../../support/agentDiskResolvers.js';
import { cidHex } from '../../../support/arbitraries.js';

// The hint and serial the CPI gives a persistent disk, checked against the agent's own rules
// (test/support/agentDiskResolvers.ts, each naming the bosh-agent file and function it imitates):
// whatever other disks the guest has, the disk is found, and found the same way by agents of
// today and by agents before v2.524.0.

/** udev's by-id link for a virtio-scsi disk with this serial (QEMU's page 0x83 vendor-specific id). */
const scsiLink = (serial: string) => `scsi-0QEMU_QEMU_HARDDISK_${serial}`;

/** The guest of one of our VMs: root and ephemeral on virtio-blk, a CD-ROM, and persistent disks on virtio-scsi. */
function guestWith(disks: readonly { cid: DiskCid; target: number }[]): VisibleDisk[] {
  return [
    { name: 'vda', byId: [] },
    { name: 'vdb', byId: ['virtio-bosh_ephemeral'] },
    { name: 'sr0', byId: ['ata-QEMU_DVD-ROM_QM00003'], hctl: '1:0:0:0' },
    ...disks.map(({ cid, target }, index) => ({
      name: `sd${String.fromCharCode(97 + index)}`,
      byId: [scsiLink(persistentDiskSerial(cid))],
      hctl: `2:0:${target}:0`,
    })),
  ];
}

/** Two to five disks with distinct CIDs and distinct SCSI targets, one of them (at `pick`) the one looked for. */
const attachedDisks = fc
  .uniqueArray(fc.tuple(cidHex('disk'), fc.nat({ max: 255 })), { minLength: 1, maxLength: 5, selector: ([hex]) => hex })
  .filter((list) => new Set(list.map(([, target]) => target)).size === list.length)
  .chain((list) =>
    fc.record({
      disks: fc.constant(list.map(([hex, target]) => ({ cid: makeCid('disk', hex), target }))),
      pick: fc.nat({ max: list.length - 1 }),
    }),
  );

describe('a persistent disk as the agent looks for it', () => {
  it('has a 20-character CID that is its serial, so its by-id link ends with the CID and with CID[0:20]', () => {
    fc.assert(
      fc.property(cidHex('disk'), (hex) => {
        const cid = makeCid('disk', hex);
        expect(cid).toHaveLength(20);
        expect(scsiLink(persistentDiskSerial(cid)).endsWith(cid)).toBe(true);
        expect(scsiLink(persistentDiskSerial(cid)).endsWith(cid.slice(0, 20))).toBe(true);
      }),
    );
  });

  it('is found by the virtio rule of today (whole CID) and of agents before v2.524.0 (CID[0:20]), by its id, among other disks', () => {
    fc.assert(
      fc.property(attachedDisks, ({ disks, pick }) => {
        const guest = guestWith(disks);
        const wanted = disks[pick]!;
        const dev = guest.find((disk) => disk.hctl === `2:0:${wanted.target}:0`)!.name;
        const settings = agentDiskSettings(wanted.cid, persistentDiskHint(wanted.cid, wanted.target));
        expect(resolveVirtio(settings, guest, 'whole-cid')).toEqual({ dev, rule: 'virtio-id' });
        expect(resolveVirtio(settings, guest, 'first-20')).toEqual({ dev, rule: 'virtio-id' });
      }),
    );
  });

  it('is found by the scsi rule (vSphere stemcells) by the hint id, and by volume_id when a hint has only that', () => {
    fc.assert(
      fc.property(attachedDisks, ({ disks, pick }) => {
        const guest = guestWith(disks);
        const wanted = disks[pick]!;
        const dev = guest.find((disk) => disk.hctl === `2:0:${wanted.target}:0`)!.name;
        const hint = persistentDiskHint(wanted.cid, wanted.target);
        expect(resolveScsi(agentDiskSettings(wanted.cid, hint), guest)).toEqual({ dev, rule: 'scsi-id' });
        // volume_id needs an sd* at target 0 on the same host, as the agent's rule does
        const { id: _id, ...withoutId } = hint as Record<string, string>;
        const volume = resolveScsi(agentDiskSettings(wanted.cid, withoutId), guest);
        expect(volume).toEqual(disks.some((d) => d.target === 0) ? { dev, rule: 'scsi-volume-id' } : undefined);
      }),
    );
  });

  it('is found under the CID the director names, whether the hint came by add_persistent_disk or in the settings', () => {
    fc.assert(
      fc.property(attachedDisks, ({ disks, pick }) => {
        const guest = guestWith(disks);
        const wanted = disks[pick]!;
        const fromDirector = new AgentPersistentDisks();
        for (const { cid, target } of disks) fromDirector.add(cid, persistentDiskHint(cid, target));
        const fromSettings = AgentPersistentDisks.fromSettings(
          Object.fromEntries(disks.map(({ cid, target }) => [cid, persistentDiskHint(cid, target)])),
        );
        for (const store of [fromDirector, fromSettings]) {
          const settings = store.settingsFor(wanted.cid);
          expect(settings?.id).toBe(wanted.cid);
          expect(settings?.deviceId).toBe(wanted.cid);
          expect(resolveVirtio(settings!, guest, 'whole-cid')?.dev).toBe(resolveScsi(settings!, guest)?.dev);
        }
      }),
    );
  });

  it("shows why 24 hex digits cannot serve both: a serial cut to 20 misses today's glob, a whole 29-character one the old glob", () => {
    const long = 'disk_0123456789abcdef01234567';
    const cutGuest: VisibleDisk[] = [{ name: 'sda', byId: [scsiLink(long.slice(0, 20))], hctl: '2:0:0:0' }];
    expect(resolveById(agentDiskSettings(long, {}), cutGuest, 'whole-cid')).toBeUndefined();
    expect(resolveById(agentDiskSettings(long, {}), cutGuest, 'first-20')).toBe('sda');
    const wholeGuest: VisibleDisk[] = [{ name: 'sda', byId: [scsiLink(long)], hctl: '2:0:0:0' }];
    expect(resolveById(agentDiskSettings(long, {}), wholeGuest, 'whole-cid')).toBe('sda');
    expect(resolveById(agentDiskSettings(long, {}), wholeGuest, 'first-20')).toBeUndefined();
    // and the agent refuses an ID shorter than 20 characters outright
    expect(resolveById(agentDiskSettings('disk_0123', {}), [{ name: 'sda', byId: [scsiLink('disk_0123')] }], 'whole-cid')).toBeUndefined();
  });
});

describe('the imitated agent rules themselves', () => {
  it('virtio: more than one by-id match is no answer; then the mapped path, /dev/sdX tried as xvdX, vdX, sdX', () => {
    const twice: VisibleDisk[] = [
      { name: 'sda', byId: ['scsi-0QEMU_QEMU_HARDDISK_disk_0123456789abcde'] },
      { name: 'sdb', byId: ['wwn-disk_0123456789abcde'] },
      { name: 'vdc', byId: [] },
    ];
    const settings = agentDiskSettings('disk_0123456789abcde', { path: '/dev/sdc' });
    expect(resolveVirtio(settings, twice, 'whole-cid')).toEqual({ dev: 'vdc', rule: 'virtio-path' });
    expect(resolveVirtio(agentDiskSettings('disk_0123456789abcde', {}), twice, 'whole-cid')).toBeUndefined();
    // a bare string hint is path and volume_id at once (old CPIs)
    expect(agentDiskSettings('disk_x', '/dev/sdc')).toMatchObject({ id: 'disk_x', path: '/dev/sdc', volumeId: '/dev/sdc', deviceId: '' });
  });

  it('scsi: the id decides alone (no fall-back to volume_id), dashes removed; lun needs a VMBus a QEMU guest lacks', () => {
    const guest: VisibleDisk[] = [
      { name: 'sda', byId: ['scsi-36000c29abcdef'], hctl: '2:0:0:0' },
      { name: 'sdb', byId: ['scsi-0QEMU_QEMU_HARDDISK_other'], hctl: '2:0:3:0' },
    ];
    expect(resolveScsi(agentDiskSettings('disk_x', { id: '6000c29a-bcdef' }), guest)).toEqual({ dev: 'sda', rule: 'scsi-id' });
    expect(resolveScsi(agentDiskSettings('disk_x', { id: 'missing', volume_id: '3' }), guest)).toBeUndefined();
    expect(resolveScsi(agentDiskSettings('disk_x', { volume_id: '3' }), guest)).toEqual({ dev: 'sdb', rule: 'scsi-volume-id' });
    expect(resolveScsi(agentDiskSettings('disk_x', { lun: '0', host_device_id: 'abc' }), guest)).toBeUndefined();
  });
});
