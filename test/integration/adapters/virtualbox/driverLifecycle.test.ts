import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StemcellRecord } from '../../../../src/domain/stemcell/StemcellRecord.js';
import type { MemoryLocks } from '../../../support/virtualbox/fakes.js';
import { buildStemcellImage, SIMULATED_HOSTS, SimulatedVirtualBox } from '../../../support/virtualbox/SimulatedVirtualBox.js';
import { creation, diskCid, nic, stemcellCid, vmCid } from '../../../support/virtualbox/scenario.js';
import { virtualboxDrivers } from '../../../support/virtualbox/virtualboxHarness.js';

// The VirtualBox driver against the VBoxManage simulator, once per simulated host and version:
// real VirtualBox cannot be installed on the machines that run these tests.
describe.each(SIMULATED_HOSTS)('VirtualBox driver on simulated VirtualBox $version on $host', ({ host, version }) => {
  let sim: SimulatedVirtualBox;
  let work: string;
  let image: string;
  // VirtualBox 7 on macOS has host-only networks where the others have host-only adapters.
  const hostOnlyNetworks = host === 'macos';

  beforeAll(() => {
    sim = new SimulatedVirtualBox({ version, host });
    work = mkdtempSync(path.join(os.tmpdir(), 't-vbox-work-'));
    image = buildStemcellImage(work);
  });
  afterAll(() => {
    sim.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  const vmByName = (name: string) => Object.values(sim.state().machines).find((m) => m.name === name);
  const medium = (uuid: string | null | undefined) => (uuid ? sim.state().media[uuid] : undefined);

  it('imports a vSphere stemcell: OVF import, prepared-clone snapshot, nothing unpacked left', async () => {
    const d = virtualboxDrivers(sim);
    const cid = stemcellCid();
    const record = await d.stemcells.importStemcell({ cid, imagePath: image, cloudProperties: {} });
    expect(record).toEqual({ cid, kind: 'vsphere', sizeBytes: 5120 * 2 ** 20 });
    expect(vmByName(cid)?.snapshots.map((s) => s.name)).toEqual(['prepared-clone']);
    expect(existsSync(path.join(d.config.store_dir, 'stemcells', cid))).toBe(false);
    await expect(d.stemcells.findStemcell(cid)).resolves.toEqual(record);
    await expect(d.stemcells.findStemcell(stemcellCid())).resolves.toBeUndefined();
    // The version is read from the host once per call, however many commands follow.
    expect(sim.calls().filter((c) => c[0] === '--version')).toHaveLength(1);
  });

  it('refuses an image that is not an OVF appliance, leaving nothing behind', async () => {
    const d = virtualboxDrivers(sim);
    const dir = mkdtempSync(path.join(work, 'openstack-'));
    const cid = stemcellCid();
    const bad = buildStemcellImage(dir, { withOvf: false });
    await expect(d.stemcells.importStemcell({ cid, imagePath: bad, cloudProperties: {} })).rejects.toMatchObject({
      kind: 'invalid_request',
      message: expect.stringContaining('OpenStack'),
    });
    await expect(d.stemcells.importStemcell({ cid, imagePath: path.join(dir, 'nope'), cloudProperties: {} })).rejects.toMatchObject({
      kind: 'invalid_request',
    });
    expect(vmByName(cid)).toBeUndefined();
    expect(existsSync(path.join(d.config.store_dir, 'stemcells', cid))).toBe(false);
  });

  describe('a VM and its disks', () => {
    let stemcell: StemcellRecord;
    const vm = vmCid();
    const disk = diskCid();
    const nics = [
      nic(0, { type: 'hostonly', name: 'vboxnet0' }, '02:aa:bb:cc:dd:01'),
      nic(1, { type: 'natnetwork' }, '02:aa:bb:cc:dd:02'),
      nic(2, { type: 'nat' }, '02:aa:bb:cc:dd:03'),
    ];

    beforeAll(async () => {
      const d = virtualboxDrivers(sim);
      stemcell = await d.stemcells.importStemcell({ cid: stemcellCid(), imagePath: image, cloudProperties: {} });
    });

    it('answers network_not_found for a missing host network unless creation is allowed, then creates it', async () => {
      const strict = virtualboxDrivers(sim);
      await expect(strict.networks.prepareNetworks(nics)).rejects.toMatchObject({
        kind: 'network_not_found',
        message: expect.stringContaining('vboxnet0'),
      });
      const d = virtualboxDrivers(sim, { config: { auto_create_networks: true } });
      await d.networks.prepareNetworks(nics);
      if (hostOnlyNetworks) {
        // Vagrant's range for a static host address: lower = upper = the network's own address.
        expect(sim.state().hostonlynets?.map((n) => [n.name, n.netmask, n.lowerIp, n.upperIp, n.enabled])).toEqual([
          ['vboxnet0', '255.255.255.0', '192.168.56.0', '192.168.56.0', true],
        ]);
        expect(sim.state().hostonlyifs).toEqual([]);
      } else {
        expect(sim.state().hostonlyifs.map((i) => i.name)).toEqual(['vboxnet0']);
        expect(sim.state().hostonlynets ?? []).toEqual([]);
      }
      expect(sim.state().natnetworks.map((n) => [n.name, n.network])).toEqual([['NatNetwork', '10.0.2.0/24']]);
      expect((d.locks as MemoryLocks).taken).toEqual([
        hostOnlyNetworks ? 'virtualbox-hostonlynets' : 'virtualbox-hostonlyifs',
        'virtualbox-natnetworks',
      ]);
      // Present now: no second creation, no lock needed.
      const again = virtualboxDrivers(sim, { config: { auto_create_networks: true } });
      await again.networks.prepareNetworks(nics);
      expect((again.locks as MemoryLocks).taken).toEqual([]);
      await expect(d.networks.prepareNetworks([nic(0, { type: 'bridged', name: 'en9' })])).rejects.toMatchObject({
        kind: 'network_not_found',
      });
      await expect(d.networks.prepareNetworks([nic(0, { type: 'bridged' })])).rejects.toMatchObject({ kind: 'invalid_request' });
      await d.networks.prepareNetworks([nic(0, { type: 'bridged', name: 'eth0' })]);
    });

    it('creates a running linked clone with hardware, NICs, ephemeral disk and settings CD', async () => {
      const d = virtualboxDrivers(sim);
      const c = creation(vm, stemcell, nics);
      await d.vms.createVm(c);
      const m = vmByName(vm)!;
      expect(m).toMatchObject({ state: 'running', sessionName: 'headless', cpus: 2, memory: 1024, firmware: 'efi64' });
      expect(m.nics.slice(0, 3).map((n) => [n.type, n.attachment, n.mac])).toEqual([
        [hostOnlyNetworks ? 'hostonlynet' : 'hostonly', 'vboxnet0', '02AABBCCDD01'],
        ['natnetwork', 'NatNetwork', '02AABBCCDD02'],
        ['nat', '', '02AABBCCDD03'],
      ]);
      // The root disk is a differencing disk on the stemcell's snapshot disk.
      const root = m.attachments.find((a) => a.controller === 'SCSI')!;
      const base = vmByName(stemcell.cid)!;
      expect(medium(root.medium)?.parent).toBeTruthy();
      expect(Object.values(sim.state().media).some((x) => x.uuid === medium(root.medium)?.parent && x.location.includes(base.name))).toBe(
        true,
      );
      const sata = m.attachments.filter((a) => a.controller === 'SATA').sort((a, b) => a.port - b.port);
      expect(sata.map((a) => [a.port, a.kind])).toEqual([
        [0, 'hdd'],
        [1, 'dvddrive'],
      ]);
      expect(medium(sata[0]!.medium)).toMatchObject({
        format: 'VDI',
        capacityMB: 2048,
        location: path.join(d.config.store_dir, 'vms', vm, 'ephemeral.vdi'),
      });
      expect(m.extradata['VBoxInternal/Devices/ahci/0/Config/Port0/SerialNumber']).toBe('BOSHEPHEMERAL');
      const iso = medium(sata[1]!.medium)!.location;
      expect(readFileSync(iso, 'utf8')).toBe(`FAKE-ISO cdrom-env ${JSON.stringify(c.settings)}\n`);
      expect(JSON.parse(m.extradata['bosh-cpi/vm']!)).toMatchObject({
        cid: vm,
        agentId: c.agentId,
        stemcell: stemcell.cid,
        settings: c.settings,
        settingsIso: iso,
      });
      // VirtualBox 7 renamed --audio; the version read from the host picks the spelling.
      const modify = sim.calls().find((a) => a[0] === 'modifyvm' && a[1] === vm && a.includes('--cpus'))!;
      expect(modify).toEqual(expect.arrayContaining(version === '6.1' ? ['--audio', 'none'] : ['--audio-driver', 'none']));
      expect(d.vms.diskLayout(stemcell, c.spec)).toEqual({ system: '0', ephemeral: { id: 'BOSHEPHEMERAL' } });
      await expect(d.vms.hasVm(vm)).resolves.toBe(true);
      await expect(d.vms.readAgentSettings(vm)).resolves.toEqual(c.settings);
      // Read back as showvminfo prints it: 7.x on macOS says "hostonlynetwork" and hostonly-network1.
      const info = (await d.session.vbox.showVmInfo(vm))!;
      expect(info.nics[0]).toEqual({
        index: 1,
        type: hostOnlyNetworks ? 'hostonlynetwork' : 'hostonly',
        attachment: 'vboxnet0',
        mac: '02AABBCCDD01',
      });
      // The clone's root disk lives in VirtualBox's machine folder: a raw Windows path in 6.1 on Windows.
      const rootLocation = info.attachments.find((a) => a.controller === 'SCSI')?.location;
      if (host === 'windows')
        expect(rootLocation).toMatch(/^C:\\Users\\vcap\\VirtualBox VMs\\vm_[0-9a-f]+\\Snapshots\\\{[0-9a-f-]{36}\}\.vmdk$/);
      else expect(rootLocation).toBe(medium(root.medium)?.location);
    });

    it('attaches a persistent disk hot, with a hint from the medium UUID, and is idempotent', async () => {
      const d = virtualboxDrivers(sim);
      await d.disks.createDisk(disk, 1024, {});
      await expect(d.disks.hasDisk(disk)).resolves.toBe(true);
      const hint = await d.disks.attachDisk(vm, disk);
      const slot = vmByName(vm)!.attachments.find((a) => medium(a.medium)?.location.endsWith(`${disk}.vdi`))!;
      expect(slot).toMatchObject({ controller: 'SATA', port: 2, kind: 'hdd', hotpluggable: true });
      expect(hint).toEqual({ id: `VB${slot.medium!.slice(0, 8)}*` });
      await expect(d.disks.attachDisk(vm, disk)).resolves.toEqual(hint);
      await expect(d.disks.attachedDisks(vm)).resolves.toEqual([disk]);
      await d.disks.setDiskMetadata(disk, { deployment: 'd', job: 'j' });
      expect(JSON.parse(sim.state().globalExtradata[`bosh-cpi/disk-metadata/${disk}`]!)).toEqual({ deployment: 'd', job: 'j' });
      await expect(d.disks.resizeDisk(disk, 2048)).rejects.toMatchObject({
        kind: 'infrastructure',
        message: expect.stringContaining('detached'),
      });
      await expect(d.disks.deleteDisk(disk)).rejects.toMatchObject({ message: expect.stringContaining(vm) });
      await expect(d.disks.attachDisk(vm, diskCid())).rejects.toMatchObject({ kind: 'disk_not_found' });
      await expect(d.disks.attachDisk(vmCid(), disk)).rejects.toMatchObject({ kind: 'vm_not_found' });
    });

    it('detaches hot, then grows the disk but never shrinks it', async () => {
      const d = virtualboxDrivers(sim);
      await d.disks.detachDisk(vm, disk);
      await d.disks.detachDisk(vm, disk);
      await expect(d.disks.attachedDisks(vm)).resolves.toEqual([]);
      await d.disks.resizeDisk(disk, 3072);
      expect(Object.values(sim.state().media).find((m) => m.location.endsWith(`${disk}.vdi`))?.capacityMB).toBe(3072);
      await d.disks.resizeDisk(disk, 3072);
      await expect(d.disks.resizeDisk(disk, 1024)).rejects.toMatchObject({ kind: 'not_supported' });
      await expect(d.disks.resizeDisk(diskCid(), 1024)).rejects.toMatchObject({ kind: 'disk_not_found' });
      await expect(d.disks.snapshotDisk(disk, 'snap_000000000000000000000000' as never, {})).rejects.toMatchObject({
        kind: 'not_implemented',
      });
    });

    it('rewrites the settings CD, stores metadata, and reboots by reset', async () => {
      const d = virtualboxDrivers(sim);
      const before = vmByName(vm)!;
      const oldIso = medium(before.attachments.find((a) => a.kind === 'dvddrive' && a.controller === 'SATA')!.medium)!.location;
      const settings = { ...(await d.vms.readAgentSettings(vm)), disks: { system: '0', persistent: { [disk]: { id: 'VBx*' } } } };
      await d.vms.writeAgentSettings(vm, settings);
      const after = vmByName(vm)!;
      const newIso = medium(after.attachments.find((a) => a.kind === 'dvddrive' && a.controller === 'SATA')!.medium)!.location;
      expect(newIso).not.toBe(oldIso);
      expect(readFileSync(newIso, 'utf8')).toContain(JSON.stringify(settings));
      expect(existsSync(oldIso)).toBe(false);
      expect(Object.values(sim.state().media).some((m) => m.location === oldIso)).toBe(false);
      await expect(d.vms.readAgentSettings(vm)).resolves.toEqual(settings);
      await d.vms.setVmMetadata(vm, { director: 'bosh', index: '0' });
      expect(JSON.parse(vmByName(vm)!.extradata['bosh-cpi/vm/metadata']!)).toEqual({ director: 'bosh', index: '0' });
      await d.vms.rebootVm(vm);
      expect(vmByName(vm)).toMatchObject({ state: 'running', resets: 1 });
      await expect(d.vms.rebootVm(vmCid())).rejects.toMatchObject({ kind: 'vm_not_found' });
      await expect(d.vms.setVmMetadata(vmCid(), {})).rejects.toMatchObject({ kind: 'vm_not_found' });
    });

    it('defers deleting a stemcell that VMs still use', async () => {
      const d = virtualboxDrivers(sim);
      await d.stemcells.deleteStemcell(stemcell.cid);
      expect(vmByName(stemcell.cid)).toBeDefined();
      await expect(d.stemcells.findStemcell(stemcell.cid)).resolves.toBeUndefined();
      await expect(d.vms.createVm(creation(vmCid(), stemcell, []))).rejects.toMatchObject({ kind: 'stemcell_not_found' });
      expect(vmByName(vm)?.state).toBe('running');
    });

    it('deletes the VM with a bounded power-off, keeps the persistent disk, then the waiting stemcell goes', async () => {
      const d = virtualboxDrivers(sim);
      await d.disks.attachDisk(vm, disk);
      const diskFile = path.join(d.config.store_dir, 'disks', `${disk}.vdi`);
      await d.vms.deleteVm(vm);
      expect(vmByName(vm)).toBeUndefined();
      expect(existsSync(diskFile)).toBe(true);
      await expect(d.disks.hasDisk(disk)).resolves.toBe(true);
      expect(existsSync(path.join(d.config.store_dir, 'vms', vm))).toBe(false);
      expect(Object.values(sim.state().media).filter((m) => m.location.includes(vm))).toEqual([]);
      expect(vmByName(stemcell.cid)).toBeUndefined();
      expect(Object.keys(sim.state().globalExtradata).filter((k) => k.startsWith('bosh-cpi/stemcell-users/'))).toEqual([]);
      await d.vms.deleteVm(vm);
      await expect(d.vms.hasVm(vm)).resolves.toBe(false);
      await d.disks.deleteDisk(disk);
      await d.disks.deleteDisk(disk);
      await expect(d.disks.hasDisk(disk)).resolves.toBe(false);
      expect(existsSync(diskFile)).toBe(false);
      expect(sim.state().globalExtradata[`bosh-cpi/disk-metadata/${disk}`]).toBeUndefined();
    });
  });

  it('deletes an unused stemcell at once, and a missing one without error', async () => {
    const d = virtualboxDrivers(sim);
    const cid = stemcellCid();
    await d.stemcells.importStemcell({ cid, imagePath: image, cloudProperties: {} });
    await d.stemcells.deleteStemcell(cid);
    expect(vmByName(cid)).toBeUndefined();
    expect(Object.values(sim.state().media).filter((m) => m.location.includes(cid))).toEqual([]);
    await d.stemcells.deleteStemcell(cid);
  });
});
