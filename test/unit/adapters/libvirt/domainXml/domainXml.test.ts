import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDomainXml, type DomainPlan } from '../../../../../src/adapters/libvirt/domainXml/buildDomainXml.js';
import {
  CPI_METADATA_NS,
  findMetadataInDomain,
  readCpiMetadata,
  type CpiMetadata,
} from '../../../../../src/adapters/libvirt/domainXml/CpiMetadata.js';
import { parseXml } from '../../../../../src/adapters/libvirt/xml/parseXml.js';
import { renderXml } from '../../../../../src/adapters/libvirt/xml/renderXml.js';
import { metadataElement } from '../../../../../src/adapters/libvirt/domainXml/CpiMetadata.js';
import { firstChild, path, textOf } from '../../../../../src/adapters/libvirt/xml/XmlNode.js';
import type { AgentSettings } from '../../../../../src/domain/settings/AgentSettings.js';
import type { StemcellCid, VmCid } from '../../../../../src/domain/cid/Cid.js';

const vm = 'vm_0123456789abcdef01234567' as VmCid;
const sc = 'sc_aaaaaaaaaaaaaaaaaaaaaaaa' as StemcellCid;
const settings: AgentSettings = {
  agent_id: 'agent-1',
  vm: { name: vm },
  mbus: 'nats://10.0.0.6:4222',
  ntp: [],
  networks: { default: { type: 'manual', ip: '10.0.0.10', mac: '52:54:00:00:00:01', preconfigured: false } },
  disks: { system: '/dev/vda', ephemeral: { path: '/dev/vdb', id: 'bosh_ephemeral' }, persistent: {} },
  env: { bosh: { password: '$6$<&>"\'' } },
};
const metadata: CpiMetadata = {
  vmCid: vm,
  agentId: 'agent-1',
  stemcell: { cid: sc, kind: 'vsphere' },
  medium: 'cdrom-env',
  volumes: { root: `${vm}-root.qcow2`, ephemeral: `${vm}-ephemeral.qcow2`, settings: `${vm}-settings.iso` },
  settings,
  boshMetadata: { name: 'router/0', deployment: 'cf' },
};
const plan: DomainPlan = {
  name: vm,
  type: 'qemu',
  machine: 'pc',
  memoryMiB: 512,
  cpus: 2,
  pool: 'bosh',
  rootVolume: `${vm}-root.qcow2`,
  ephemeralVolume: `${vm}-ephemeral.qcow2`,
  settingsVolume: `${vm}-settings.iso`,
  nics: [
    { mac: '52:54:00:00:00:01', network: 'default' },
    { mac: '52:54:00:00:00:02', network: 'bosh-net' },
  ],
  serialLogPath: `/var/log/libvirt/qemu/${vm}.serial.log`,
  metadata,
};

describe('buildDomainXml', () => {
  const doc = parseXml(buildDomainXml(plan));
  const disks = path(doc, 'devices', 'disk');

  it('names the domain after the VM CID, with memory, CPUs and the configured type', () => {
    expect(doc.attrs.type).toBe('qemu');
    expect(textOf(firstChild(doc, 'name'))).toBe(vm);
    expect(firstChild(doc, 'memory')!.attrs.unit).toBe('MiB');
    expect(textOf(firstChild(doc, 'memory'))).toBe('512');
    expect(textOf(firstChild(doc, 'vcpu'))).toBe('2');
    expect(firstChild(firstChild(doc, 'os')!, 'type')!.attrs.machine).toBe('pc');
  });

  it('never asks for a host CPU model (it crashes QEMU on some KVM hosts)', () => {
    expect(firstChild(doc, 'cpu')).toBeUndefined();
  });

  it('has ACPI, so shutdown and reboot requests reach the guest', () => {
    expect(firstChild(firstChild(doc, 'features')!, 'acpi')).toBeDefined();
  });

  it('root vda and ephemeral vdb on virtio-blk, pool volumes, root boots first', () => {
    const [root, ephemeral] = disks;
    expect(firstChild(root!, 'target')!.attrs).toEqual({ dev: 'vda', bus: 'virtio' });
    expect(firstChild(root!, 'source')!.attrs).toEqual({ pool: 'bosh', volume: `${vm}-root.qcow2` });
    expect(firstChild(root!, 'driver')!.attrs.type).toBe('qcow2');
    expect(firstChild(root!, 'boot')!.attrs.order).toBe('1');
    expect(firstChild(ephemeral!, 'target')!.attrs).toEqual({ dev: 'vdb', bus: 'virtio' });
    expect(textOf(firstChild(ephemeral!, 'serial'))).toBe('bosh_ephemeral');
  });

  it('the settings medium is the one CD-ROM, first on IDE (/dev/sr0), read-only, raw', () => {
    const cdroms = disks.filter((d) => d.attrs.device === 'cdrom');
    expect(cdroms).toHaveLength(1);
    expect(firstChild(cdroms[0]!, 'target')!.attrs).toEqual({ dev: 'hdc', bus: 'ide' });
    expect(firstChild(cdroms[0]!, 'readonly')).toBeDefined();
    expect(firstChild(cdroms[0]!, 'driver')!.attrs.type).toBe('raw');
  });

  it('has one virtio-scsi controller for persistent disks', () => {
    const controllers = path(doc, 'devices', 'controller');
    expect(controllers.map((c) => c.attrs)).toEqual([{ type: 'scsi', index: '0', model: 'virtio-scsi' }]);
  });

  it('one virtio NIC per planned NIC, with its MAC and network, in order', () => {
    const nics = path(doc, 'devices', 'interface');
    expect(nics.map((n) => [firstChild(n, 'mac')!.attrs.address, firstChild(n, 'source')!.attrs.network])).toEqual([
      ['52:54:00:00:00:01', 'default'],
      ['52:54:00:00:00:02', 'bosh-net'],
    ]);
    expect(nics.every((n) => firstChild(n, 'model')!.attrs.type === 'virtio')).toBe(true);
    expect(nics.every((n) => firstChild(n, 'rom')!.attrs.enabled === 'no')).toBe(true);
  });

  it('logs the serial console to a file', () => {
    const serial = path(doc, 'devices', 'serial')[0]!;
    expect(serial.attrs.type).toBe('file');
    expect(firstChild(serial, 'source')!.attrs.path).toBe(`/var/log/libvirt/qemu/${vm}.serial.log`);
  });

  it('carries our metadata, readable back', () => {
    const element = findMetadataInDomain(doc);
    expect(element).toBeDefined();
    expect(readCpiMetadata(element!)).toEqual(metadata);
  });

  it('without an ephemeral disk or serial log, those devices are absent', () => {
    const { ephemeralVolume: _e, serialLogPath: _s, ...rest } = plan;
    const bare = parseXml(buildDomainXml(rest));
    expect(path(bare, 'devices', 'disk').map((d) => firstChild(d, 'target')!.attrs.dev)).toEqual(['vda', 'hdc']);
    expect(path(bare, 'devices', 'serial')).toEqual([]);
  });
});

describe('our <metadata> element', () => {
  it('is in our namespace', () => {
    expect(metadataElement(metadata).attrs).toEqual({ 'xmlns:boshcpi': CPI_METADATA_NS });
  });

  it('round-trips any BOSH metadata and settings text (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), fc.string(), (bosh, password) => {
        const meta = { ...metadata, boshMetadata: bosh, settings: { ...settings, env: { bosh: { password } } } };
        const back = readCpiMetadata(renderXml(metadataElement(meta)));
        expect(back.boshMetadata).toEqual(bosh);
        expect(back.settings).toEqual(meta.settings);
      }),
    );
  });

  it('a domain without it is not ours', () => {
    expect(findMetadataInDomain(parseXml('<domain><metadata><x:y xmlns:x="urn:other"/></metadata></domain>'))).toBeUndefined();
    expect(findMetadataInDomain(parseXml('<domain/>'))).toBeUndefined();
  });

  it('reads it whatever prefix libvirt chose', () => {
    const text = renderXml(metadataElement(metadata)).replaceAll('boshcpi:', 'other:').replace('xmlns:boshcpi', 'xmlns:other');
    expect(readCpiMetadata(text).vmCid).toBe(vm);
  });

  it.each([
    ['a bad VM CID', (s: string) => s.replace(`>${vm}<`, '>../../etc<'), /not a VM CID/],
    ['broken settings JSON', (s: string) => s.replace(/<boshcpi:settings>[^<]*</, '<boshcpi:settings>{<'), /not JSON/],
    ['an unknown medium', (s: string) => s.replace('kind="cdrom-env"', 'kind="floppy"'), /medium/],
  ])('rejects %s', (_what, mutate, message) => {
    expect(() => readCpiMetadata(mutate(renderXml(metadataElement(metadata))))).toThrow(message);
  });
});
