import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DomainAffect,
  DomainLifecycleEventType,
  DomainMetadataType,
  DomainState,
  isNoDomain,
  isNoDomainMetadata,
  isNoNetwork,
  isNoStoragePool,
  isNoStorageVol,
  isOperationInvalid,
  type Domain,
  type DomainEventSubscription,
  type LibvirtClient,
  type StoragePool,
} from '../../../../../src/adapters/libvirt/rpc/index.js';
import { connectSystem, createTempPool, uniqueName } from './libvirtFixture.js';

const name = uniqueName('dom');
let client: LibvirtClient;
let pool: StoragePool;
let removePool: () => Promise<void>;
let events: DomainEventSubscription;
let domain: Domain | undefined;

const scsiDisk = (path: string): string =>
  `<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='${path}'/>` +
  `<target dev='sdb' bus='scsi'/><serial>${name}-d1</serial></disk>`;

beforeAll(async () => {
  client = await connectSystem();
  ({ pool, remove: removePool } = await createTempPool(client, name));
  events = await client.subscribeDomainEvents(['lifecycle', 'deviceRemoved', 'reboot']);
});

afterAll(async () => {
  if (domain) {
    await domain.destroy().catch(() => undefined);
    await domain.undefine(2).catch(() => undefined);
  }
  await removePool?.();
  await events?.close();
  await client?.close();
});

describe('a BIOS-only KVM domain through the RPC client', () => {
  it('is defined with metadata and a qcow2 boot disk', async () => {
    const boot = await pool.createVolume(
      `<volume><name>boot.qcow2</name><capacity unit='MiB'>16</capacity><target><format type='qcow2'/></target></volume>`,
    );
    domain = await client.defineDomain(`
      <domain type='kvm'>
        <name>${name}</name>
        <memory unit='MiB'>64</memory>
        <vcpu>1</vcpu>
        <os><type arch='x86_64'>hvm</type><boot dev='hd'/></os>
        <devices>
          <disk type='volume' device='disk'>
            <driver name='qemu' type='qcow2'/>
            <source pool='${pool.name}' volume='${boot.name}'/>
            <target dev='vda' bus='virtio'/>
          </disk>
          <controller type='scsi' model='virtio-scsi'/>
        </devices>
      </domain>`);
    expect(domain.name).toBe(name);
    expect((await client.lookupDomainByUUID(domain.uuid)).name).toBe(name);
    expect((await client.listAllDomains()).map((d) => d.name)).toContain(name);
    await domain.setMetadata(DomainMetadataType.ELEMENT, '<vm cid="abc"/>', 'cpi', 'urn:test:rpc', DomainAffect.CONFIG);
    expect(await domain.getMetadata(DomainMetadataType.ELEMENT, 'urn:test:rpc', DomainAffect.CONFIG)).toBe('<vm cid="abc"/>');
    const missing = await domain.getMetadata(DomainMetadataType.ELEMENT, 'urn:test:none').catch((e: unknown) => e);
    expect(isNoDomainMetadata(missing)).toBe(true);
  });

  it('takes, lists, finds and deletes a snapshot while inactive', async () => {
    const snapshot = await domain!.createSnapshot(`<domainsnapshot><name>s1</name></domainsnapshot>`);
    expect(snapshot.name).toBe('s1');
    expect((await domain!.listSnapshots()).map((s) => s.name)).toEqual(['s1']);
    expect(await (await domain!.lookupSnapshotByName('s1')).getXMLDesc()).toContain('<name>s1</name>');
    await snapshot.delete();
    expect(await domain!.listSnapshots()).toEqual([]);
  });

  it('starts and reports running', async () => {
    await domain!.create();
    expect(domain!.id).toBeGreaterThan(0);
    expect((await domain!.getState()).state).toBe(DomainState.RUNNING);
    const info = await domain!.getInfo();
    expect(info).toMatchObject({ state: DomainState.RUNNING, maxMemKiB: 65536, vcpus: 1 });
    expect(await domain!.isActive()).toBe(true);
  });

  it('hot-plugs a virtio-scsi disk and unplugs it, seen in the XML and as DEVICE_REMOVED', async () => {
    const data = await pool.createVolume(
      `<volume><name>data.raw</name><capacity unit='MiB'>4</capacity><target><format type='raw'/></target></volume>`,
    );
    const disk = scsiDisk(await data.getPath());
    await domain!.attachDevice(disk, DomainAffect.LIVE);
    expect(await domain!.getXMLDesc()).toContain(`<serial>${name}-d1</serial>`);
    await domain!.detachDevice(disk, DomainAffect.LIVE);
    const removed = await events.waitFor((e) => e.kind === 'deviceRemoved' && e.domainName === name, 10_000);
    expect(removed).toMatchObject({ kind: 'deviceRemoved' });
    expect(await domain!.getXMLDesc()).not.toContain(`<serial>${name}-d1</serial>`);
  });

  it('resets, destroys and undefines, with the lifecycle events to show for it', async () => {
    await domain!.reset();
    await events.waitFor((e) => e.kind === 'reboot' && e.domainName === name, 10_000);
    await domain!.destroy();
    expect((await domain!.getState()).state).toBe(DomainState.SHUTOFF);
    const notRunning = await domain!.destroy().catch((e: unknown) => e);
    expect(isOperationInvalid(notRunning)).toBe(true);
    await domain!.undefine();
    domain = undefined;
    const lifecycle = async (type: number) =>
      events.waitFor((e) => e.kind === 'lifecycle' && e.domainName === name && e.event === type, 10_000);
    for (const type of [
      DomainLifecycleEventType.DEFINED,
      DomainLifecycleEventType.STARTED,
      DomainLifecycleEventType.STOPPED,
      DomainLifecycleEventType.UNDEFINED,
    ]) {
      await expect(lifecycle(type)).resolves.toMatchObject({ kind: 'lifecycle', event: type });
    }
  });

  it('reports missing objects with their libvirt codes', async () => {
    const noDomain = await client.lookupDomainByName(name).catch((e: unknown) => e);
    expect(isNoDomain(noDomain)).toBe(true);
    expect(noDomain).toMatchObject({ code: 42 });
    const noPool = await client.lookupStoragePoolByName(uniqueName('nopool')).catch((e: unknown) => e);
    expect(isNoStoragePool(noPool)).toBe(true);
    const noVolume = await client.lookupStorageVolumeByPath(`/var/lib/libvirt/images/${uniqueName('novol')}`).catch((e: unknown) => e);
    expect(isNoStorageVol(noVolume)).toBe(true);
    const noNetwork = await client.lookupNetworkByName(uniqueName('nonet')).catch((e: unknown) => e);
    expect(isNoNetwork(noNetwork)).toBe(true);
  });
});

describe('the host through the RPC client', () => {
  it('reports versions, hostname and capabilities', async () => {
    expect(await client.getLibVersion()).toBeGreaterThanOrEqual(9_000_000);
    expect(await client.getVersion()).toBeGreaterThan(0);
    expect((await client.getHostname()).length).toBeGreaterThan(0);
    expect(await client.getUri()).toBe('qemu:///system');
    expect(await client.getCapabilities()).toContain('<capabilities>');
    expect(await client.getDomainCapabilities({ virtType: 'kvm' })).toContain('<domain>kvm</domain>');
  });

  it('sees the default network active', async () => {
    const network = await client.lookupNetworkByName('default');
    expect(await network.isActive()).toBe(true);
    expect(await network.getXMLDesc()).toContain('<name>default</name>');
    expect((await client.listAllNetworks()).map((n) => n.name)).toContain('default');
  });
});
