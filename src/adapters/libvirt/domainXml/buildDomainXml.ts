import { renderXml } from '../xml/renderXml.js';
import { el, type XmlElement } from '../xml/XmlNode.js';
import { metadataElement, type CpiMetadata } from './CpiMetadata.js';
import { EPHEMERAL_DISK_SERIAL } from './diskHints.js';

export interface DomainPlan {
  readonly name: string;
  readonly title?: string;
  /** `kvm`, or `qemu` (TCG) where KVM cannot boot a kernel. */
  readonly type: 'kvm' | 'qemu';
  /** i440fx (`pc`): its IDE bus gives the settings CD-ROM the name /dev/sr0 in every kernel. */
  readonly machine: string;
  readonly memoryMiB: number;
  readonly cpus: number;
  readonly pool: string;
  readonly rootVolume: string;
  readonly ephemeralVolume?: string;
  readonly settingsVolume: string;
  readonly nics: readonly { readonly mac: string; readonly network: string }[];
  /** Serial console to a file on the hypervisor host; undefined for none. */
  readonly serialLogPath?: string;
  readonly metadata: CpiMetadata;
}

/**
 * The domain of a BOSH VM. Device choices and why (docs/libvirt.md, "What a VM looks like"):
 * - root disk `vda` and ephemeral disk `vdb` on virtio-blk; the root disk is the only boot device;
 * - the settings medium is the only CD-ROM, first on IDE (`hdc`), so the guest names it /dev/sr0
 *   (the agent's CDROM source) and finds its label (config-2) through by-label;
 * - one virtio-scsi controller (index 0) for persistent disks: they unplug without the guest's help;
 * - no `<cpu>` element: host-model and host-passthrough crash QEMU on some KVM hosts;
 * - ACPI on, so shutdown and reboot requests reach a guest that listens.
 * Every disk is a `volume` disk: the daemon resolves it in the pool, so the same XML works on a
 * remote host.
 */
export function buildDomainXml(plan: DomainPlan): string {
  return renderXml(domainElement(plan));
}

export function domainElement(plan: DomainPlan): XmlElement {
  const volumeDisk = (
    device: 'disk' | 'cdrom',
    volume: string,
    format: 'qcow2' | 'raw',
    target: string,
    bus: string,
    ...extra: XmlElement[]
  ) =>
    el(
      'disk',
      { type: 'volume', device },
      el('driver', { name: 'qemu', type: format, discard: device === 'disk' ? 'unmap' : undefined }),
      el('source', { pool: plan.pool, volume }),
      el('target', { dev: target, bus }),
      ...extra,
    );
  return el(
    'domain',
    { type: plan.type },
    el('name', {}, plan.name),
    plan.title !== undefined && el('title', {}, plan.title),
    el('metadata', {}, metadataElement(plan.metadata)),
    el('memory', { unit: 'MiB' }, String(plan.memoryMiB)),
    el('vcpu', {}, String(plan.cpus)),
    el('os', {}, el('type', { arch: 'x86_64', machine: plan.machine }, 'hvm')),
    el('features', {}, el('acpi'), el('apic')),
    el('clock', { offset: 'utc' }),
    el('on_poweroff', {}, 'destroy'),
    el('on_reboot', {}, 'restart'),
    el('on_crash', {}, 'destroy'),
    el(
      'devices',
      {},
      volumeDisk('disk', plan.rootVolume, 'qcow2', 'vda', 'virtio', el('boot', { order: 1 })),
      plan.ephemeralVolume !== undefined &&
        volumeDisk('disk', plan.ephemeralVolume, 'qcow2', 'vdb', 'virtio', el('serial', {}, EPHEMERAL_DISK_SERIAL)),
      volumeDisk('cdrom', plan.settingsVolume, 'raw', 'hdc', 'ide', el('readonly')),
      el('controller', { type: 'scsi', index: 0, model: 'virtio-scsi' }),
      plan.nics.map((nic) =>
        el(
          'interface',
          { type: 'network' },
          el('source', { network: nic.network }),
          el('mac', { address: nic.mac }),
          el('model', { type: 'virtio' }),
          // userspace virtio-net: hosts without /dev/vhost-net would log a warning per NIC
          el('driver', { name: 'qemu' }),
          // no iPXE option ROM: BOSH VMs never boot from the network, and under TCG the ROM
          // alone costs a guest without a bootable disk seconds of CPU
          el('rom', { enabled: 'no' }),
        ),
      ),
      plan.serialLogPath !== undefined && [
        el('serial', { type: 'file' }, el('source', { path: plan.serialLogPath, append: 'on' }), el('target', { port: 0 })),
        el(
          'console',
          { type: 'file' },
          el('source', { path: plan.serialLogPath, append: 'on' }),
          el('target', { type: 'serial', port: 0 }),
        ),
      ],
    ),
  );
}
