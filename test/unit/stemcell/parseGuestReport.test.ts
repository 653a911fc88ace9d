import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGuestReport, parseMarkerRecord, parseReportLine, type GuestBoot } from '../../stemcell/parseGuestReport.js';

// Both fixtures are serial logs recorded from real boots of the test stemcell under libvirt/TCG.
// cdrom-hotplug-reboot: env ISO (hdc) + config-2 ISO (hdd), a virtio-scsi disk with serial
//   SERIALHINT01 hot-attached, detached, re-attached, then `virsh reboot`, then `virsh shutdown`.
//   The env settings carry the persistent hint {"disk-abc": {"id": "SERIALHINT01"}}.
// config-drive-two-nics: only a config-2 ISO (so it is sr0), two NICs (manual + dynamic, and a vip
//   network), a cold-plugged disk where the ephemeral hint /dev/sdb points nowhere, then two
//   hot-attached disks: one with a <wwn> (it takes the name sdb and so the ephemeral role) and one
//   with a 29-character serial.
const fixture = (name: string): Buffer => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));

const cdromLog = fixture('cdrom-hotplug-reboot.serial.log');
const configDriveLog = fixture('config-drive-two-nics.serial.log');

function firstBoot(text: string): GuestBoot {
  const boot = parseGuestReport(text).boots[0];
  if (!boot) throw new Error('no boot in log');
  return boot;
}

describe('parseGuestReport on a CD-ROM settings boot with hot-plug and reboot', () => {
  const report = parseGuestReport(cdromLog.toString('utf8'));
  const [first, second] = report.boots;

  it('splits the log into the two boots of the same domain', () => {
    expect(report.bootCount).toBe(2);
    expect(report.boots).toHaveLength(2);
    expect(first?.complete).toBe(true);
    expect(first?.bootId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second?.bootId).not.toBe(first?.bootId);
    expect(first?.kernel).toBe('6.1.0-56-cloud-amd64');
    expect(first?.cmdline).toContain('console=ttyS0,115200');
    expect(report.lastBoot).toBe(second);
  });

  it('decodes the settings read from /dev/sr0 and names the CD-ROM as their source', () => {
    expect(first?.env).toMatchObject({ found: true, source: '/dev/sr0' });
    if (!first?.env?.found) throw new Error('env missing');
    expect(Buffer.byteLength(first.env.text)).toBe(first.env.bytes);
    expect(first.settings).toMatchObject({ found: true, source: 'cdrom', resolution: 'scsi', validJson: true });
    if (!first.settings?.found) throw new Error('settings missing');
    const json = first.settings.json as { agent_id: string; networks: { default: { mac: string } } };
    expect(json.agent_id).toBe('agent-0001');
    expect(first.settings.agentId).toBe('agent-0001');
    expect(json.networks.default.mac).toBe('52:54:00:5c:77:01');
    expect(first.userData).toMatchObject({ found: true, source: '/dev/sr1' });
    expect(first.metaData).toMatchObject({ found: true, validJson: true, text: '{}\n' });
  });

  it('reports the NIC and the static address configured on it', () => {
    expect(first?.nics).toEqual([{ name: 'eth0', mac: '52:54:00:5c:77:01', driver: 'virtio_net' }]);
    expect(first?.networks).toEqual([
      expect.objectContaining({
        network: 'default',
        type: 'manual',
        dev: 'eth0',
        ip: '192.168.122.231',
        prefixLength: 24,
        gateway: '192.168.122.1',
        defaultGateway: true,
        dns: ['192.168.122.1'],
        pingGateway: 'ok',
      }),
    ]);
  });

  it('tracks disks as they come and go, with their roles', () => {
    expect(first?.removedDisks).toEqual(['sda']);
    const byName = new Map(first?.disks.map((d) => [d.name, d]));
    expect(byName.get('vda')?.role).toBe('boot');
    expect(byName.get('sr0')).toMatchObject({ role: 'cdrom', readOnly: true, hctl: '2:0:0:0' });
    expect(byName.get('sda')).toMatchObject({
      role: 'persistent',
      serial: 'SERIALHINT01',
      hctl: '0:0:0:0',
      sizeBytes: 33554432,
      byId: ['scsi-0QEMU_QEMU_HARDDISK_SERIALHINT01'],
    });
    expect(first?.bootFs?.files).toContain('vmlinuz');
  });

  it('shows the marker written on first attach and found after re-attach and after the reboot', () => {
    expect(first?.markers.map((m) => [m.dev, m.previous, m.cid, m.rule])).toEqual([
      ['sda', false, 'disk-abc', 'scsi-id'],
      ['sda', true, 'disk-abc', 'scsi-id'],
    ]);
    const written = first?.markers[0];
    expect(written?.readback).toBe('ok');
    expect(written?.record).toMatchObject({ serial: 'SERIALHINT01', cid: 'disk-abc', dev: 'sda', bootId: first?.bootId });
    expect(second?.markers).toHaveLength(1);
    expect(second?.markers[0]?.previous).toBe(true);
    expect(second?.markers[0]?.record?.bootId).toBe(first?.bootId);
  });

  it('records the ACPI power-button events of reboot and shutdown', () => {
    expect(first?.acpiEvents.map((e) => e.action)).toEqual(['poweroff']);
    expect(second?.acpiEvents.map((e) => e.event)).toEqual(['power-button']);
    expect(first?.reportDone).toBe(true);
    expect(second?.reportDone).toBe(true);
  });

  it('gives every line the byte offset where it starts in the file', () => {
    for (const line of report.lines) {
      const text = cdromLog.subarray(line.offset, line.offset + 200).toString('utf8');
      expect(text.split('\n')[0]).toContain(`STEMCELL ${line.key}`);
    }
  });

  it('reads only what follows an offset, as after an action on a running guest', () => {
    const reattach = first?.lines.filter((l) => l.key === 'blk-added')[1];
    if (!reattach) throw new Error('no second blk-added');
    const tail = parseGuestReport(cdromLog.subarray(reattach.offset).toString('utf8'), reattach.offset);
    expect(tail.bootCount).toBe(1);
    expect(tail.boots[0]?.complete).toBe(false);
    expect(tail.boots[0]?.markers.map((m) => m.previous)).toEqual([true]);
    expect(tail.boots[0]?.markers[0]?.offset).toBeGreaterThan(reattach.offset);
    expect(tail.boots[1]?.complete).toBe(true);
  });
});

describe('parseGuestReport on a config-drive boot with two NICs', () => {
  const boot = firstBoot(configDriveLog.toString('utf8'));

  it('falls back to the config drive when sr0 has no env file', () => {
    expect(boot.env).toEqual({ found: false, source: '/dev/sr0', error: 'no-env-file' });
    expect(boot.settings).toMatchObject({ found: true, source: 'config-drive', resolution: 'virtio' });
    if (!boot.settings?.found) throw new Error('settings missing');
    expect((boot.settings.json as { agent_id: string }).agent_id).toBe('agent-0002');
  });

  it('reports each network the way it was handled', () => {
    const byName = new Map(boot.networks.map((n) => [n.network, n]));
    expect(byName.get('a')).toMatchObject({ dev: 'eth0', ip: '192.168.122.232', pingGateway: 'ok' });
    expect(byName.get('b')).toMatchObject({ type: 'dynamic', dev: 'eth1', dhcp: 'not-attempted' });
    expect(byName.get('c')).toMatchObject({ type: 'vip', action: 'skipped', dev: undefined });
    expect(boot.nics.map((n) => n.mac)).toEqual(['52:54:00:5c:77:02', '52:54:00:5c:77:03']);
  });

  it('tells ephemeral from persistent disks and keeps long serials whole', () => {
    expect(boot.ephemeral).toEqual([{ dev: 'sdb', rule: 'virtio-path' }]);
    const sdb = boot.disks.find((d) => d.name === 'sdb');
    expect(sdb?.byId).toEqual(['scsi-35000c50015ea71ad', 'wwn-0x5000c50015ea71ad']);
    expect(boot.markers.map((m) => [m.dev, m.rule, m.serial])).toEqual([
      ['sda', 'serial', undefined],
      ['sdc', 'serial', 'disk-0123456789abcdefghij-xyz'],
    ]);
  });

  it('counts heartbeats and keeps the last block-device list', () => {
    expect(boot.heartbeats).toBeGreaterThan(10);
    // the domain was destroyed before a heartbeat after the last attach
    expect(boot.lastHeartbeat?.blk).toEqual(['sda', 'sdb', 'sr0', 'vda']);
    expect(boot.disks.map((d) => d.name).sort()).toEqual(['sda', 'sdb', 'sdc', 'sr0', 'vda']);
  });
});

describe('parseReportLine', () => {
  it('ignores kernel text before the prefix and the CR of CRLF', () => {
    expect(parseReportLine('[   3.1] sd 0:0:0:0: attachedSTEMCELL blk-added name=sda uptime=9.1\r', 7)).toEqual({
      key: 'blk-added',
      fields: { name: 'sda', uptime: '9.1' },
      offset: 7,
    });
    expect(parseReportLine('Loading /initrd.gz...ok\r')).toBeUndefined();
  });

  it('round-trips any fields whose values have no blanks (values may hold "=")', () => {
    const token = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/);
    const val = fc.stringMatching(/^[!-~]{1,30}$/);
    fc.assert(
      fc.property(token, fc.dictionary(token, val), (key, fields) => {
        const text = `STEMCELL ${key} ${Object.entries(fields)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')}\r`;
        const line = parseReportLine(text);
        expect(line?.key).toBe(key);
        expect(line?.fields).toEqual(fields);
      }),
    );
  });
});

describe('parseGuestReport edge cases', () => {
  it('skips an unterminated last line, which the guest may still be writing', () => {
    const text = 'STEMCELL boot uptime=1 kernel=k\r\nSTEMCELL report-done uptime=2\r\nSTEMCELL heartbeat n=1 upt';
    const report = parseGuestReport(text);
    expect(report.lines.map((l) => l.key)).toEqual(['boot', 'report-done']);
    expect(report.heartbeats).toBe(0);
  });

  it('starts an incomplete boot for lines read before any boot line', () => {
    const report = parseGuestReport('STEMCELL heartbeat n=4 uptime=20 blk=vda\n', 100);
    expect(report.bootCount).toBe(0);
    expect(report.boots[0]).toMatchObject({ complete: false, heartbeats: 1 });
    expect(report.lines[0]?.offset).toBe(100);
  });

  it('reports a settings document that is not JSON without decoding it', () => {
    const env = Buffer.from('{"agent_id": ').toString('base64');
    const report = parseGuestReport(
      `STEMCELL boot uptime=1\nSTEMCELL env source=/dev/sr0 bytes=13 b64=${env}\n` +
        'STEMCELL settings source=cdrom resolution=scsi valid_json=no\n',
    );
    expect(report.lastBoot?.settings).toMatchObject({ found: true, validJson: false, json: undefined });
  });

  it('collects the disks found by a settings hint, with the rule and, for virtio, what an older agent would find', () => {
    const report = parseGuestReport(
      'STEMCELL boot uptime=1\n' +
        'STEMCELL resolved dev=sda cid=disk_0123456789abcde rule=virtio-id first20=yes uptime=9.1\n' +
        'STEMCELL resolved dev=sdb cid=disk_0123456789abcdf rule=scsi-id first20=- uptime=9.5\n' +
        'STEMCELL resolved dev=sdc cid=disk_x rule=virtio-path first20=no uptime=9.9\n',
    );
    expect(report.lastBoot?.resolutions.map(({ dev, cid, rule, first20 }) => ({ dev, cid, rule, first20 }))).toEqual([
      { dev: 'sda', cid: 'disk_0123456789abcde', rule: 'virtio-id', first20: true },
      { dev: 'sdb', cid: 'disk_0123456789abcdf', rule: 'scsi-id', first20: undefined },
      { dev: 'sdc', cid: 'disk_x', rule: 'virtio-path', first20: false },
    ]);
    expect(report.lastBoot?.resolutions[1]?.offset).toBeGreaterThan(report.lastBoot?.resolutions[0]?.offset ?? Infinity);
  });
});

describe('parseMarkerRecord', () => {
  it('splits the record into its fields', () => {
    expect(parseMarkerRecord('BOSH-TEST-MARKER serial=S1 cid=- dev=sdb boot_id=abc uptime=4.5')).toEqual({
      text: 'BOSH-TEST-MARKER serial=S1 cid=- dev=sdb boot_id=abc uptime=4.5',
      serial: 'S1',
      cid: undefined,
      dev: 'sdb',
      bootId: 'abc',
      uptime: 4.5,
    });
  });
});
