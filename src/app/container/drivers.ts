import type { ContainerModule } from 'inversify';
import { STEMCELL_FORMATS, type StemcellFormat } from '../../domain/stemcell/StemcellFormat.js';
import type { DriverConfigs, DriverName } from './driverConfigSchemas.js';

/**
 * What the app needs to know of a driver besides its cpi.json section (DRIVER_CONFIG_SCHEMAS):
 * the stemcell formats `info` answers, its container module and its doctor probe.
 *
 * This table must stay light: `info` is answered from it before zod, inversify or any driver
 * is loaded (answerInfoQuickly). So it imports nothing but types and constants, and the
 * modules come in through import(), run only when a call needs the driver (the bundle puts
 * their targets in the rest program, scripts/bundle.mjs).
 */
export interface DriverEntry<C = never> {
  /** What `info` answers: the formats the driver really imports. Answered without loading the driver. */
  readonly formats: readonly StemcellFormat[];
  /** The container module binding the driver's ports, loaded by the first call that needs the driver. */
  readonly module: (config: C) => Promise<ContainerModule>;
  /** `cpi doctor`'s module for the driver: it binds HostProbe. */
  readonly probe: (config: C) => Promise<ContainerModule>;
}

/**
 * Every driver the `driver` key of cpi.json can name. Adding a driver is an entry here and its
 * section's schema in DRIVER_CONFIG_SCHEMAS (which the driver names are read from, so the type
 * checker refuses either without the other); the config schema, `info`, the container and the
 * doctor follow from these two tables.
 */
export const DRIVERS: { readonly [K in DriverName]: DriverEntry<DriverConfigs[K]> } = {
  memory: {
    // The memory driver pretends to run every image the project understands.
    formats: STEMCELL_FORMATS,
    module: async (config) => (await import('../../adapters/memory/memoryModule.js')).memoryModule(config),
    probe: async (config) => (await import('../../adapters/memory/memoryProbeModule.js')).memoryProbeModule(config),
  },
  libvirt: {
    // What withStemcellDisk (adapters/libvirt/stemcell) turns into a volume.
    formats: ['openstack-qcow2', 'openstack-raw', 'vsphere-ova', 'vsphere-ovf'],
    module: async (config) => (await import('../../adapters/libvirt/libvirtModule.js')).libvirtModule(config),
    probe: async (config) => (await import('../../adapters/libvirt/probe/libvirtProbeModule.js')).libvirtProbeModule(config),
  },
  virtualbox: {
    // VirtualBox imports OVF appliances: the vSphere stemcells (OVA, or the OVF + VMDK tarball).
    formats: ['vsphere-ova', 'vsphere-ovf', 'general-ovf'],
    module: async (config) => (await import('../../adapters/virtualbox/virtualboxModule.js')).virtualboxModule(config),
    probe: async (config) => (await import('../../adapters/virtualbox/probe/virtualboxProbeModule.js')).virtualboxProbeModule(config),
  },
};

/** The entry of the driver `name` in `drivers` (tests may pass a table of their own), or an error naming it. */
export function driverEntryOf(name: string, drivers: Readonly<Record<string, DriverEntry>> = DRIVERS): DriverEntry {
  const entry = drivers[name];
  if (entry === undefined) throw new Error(`no driver named ${name}`);
  return entry;
}

export type { DriverConfigInputs, DriverConfigs, DriverName } from './driverConfigSchemas.js';
