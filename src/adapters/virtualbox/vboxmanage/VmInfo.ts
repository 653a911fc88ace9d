import { ESCAPED_EVERYWHERE, parseMachineReadable, type MachineReadableDialect } from './parseMachineReadable.js';

export type ControllerBus = 'sata' | 'scsi' | 'sas' | 'ide' | 'nvme' | 'usb' | 'floppy' | 'other';

export interface StorageController {
  readonly name: string;
  readonly type: string;
  readonly bus: ControllerBus;
  readonly instance: number;
  readonly portCount: number;
  readonly maxPortCount: number;
}

export interface StorageSlot {
  readonly controller: string;
  readonly port: number;
  readonly device: number;
  /** The medium's location; undefined for an empty DVD drive. */
  readonly location?: string;
  readonly imageUuid?: string;
}

export interface NetworkAdapter {
  readonly index: number;
  /** `none` (disabled), `null`, `nat`, `bridged`, `hostonly`, `natnetwork`, `hostonlynetwork`, … */
  readonly type: string;
  readonly attachment?: string;
  /** 12 upper-case hex digits, as VirtualBox prints it. */
  readonly mac?: string;
}

/** What the driver needs to know of a machine, read from `showvminfo --machinereadable`. */
export interface VmInfo {
  readonly name: string;
  readonly uuid: string;
  readonly inaccessible: boolean;
  readonly state: string;
  readonly firmware?: string;
  readonly memoryMiB?: number;
  readonly cpus?: number;
  readonly controllers: readonly StorageController[];
  /** Occupied slots only (a slot printed as `none` is free). */
  readonly attachments: readonly StorageSlot[];
  readonly freeSlots: readonly Omit<StorageSlot, 'location' | 'imageUuid'>[];
  readonly nics: readonly NetworkAdapter[];
  readonly snapshots: readonly string[];
  readonly values: ReadonlyMap<string, string>;
}

const BUS_BY_TYPE: Record<string, ControllerBus> = {
  intelahci: 'sata',
  lsilogic: 'scsi',
  buslogic: 'scsi',
  virtioscsi: 'scsi',
  lsilogicsas: 'sas',
  piix3: 'ide',
  piix4: 'ide',
  ich6: 'ide',
  nvme: 'nvme',
  usb: 'usb',
  i82078: 'floppy',
};

const NIC_ATTACHMENT_KEY: Record<string, string> = {
  hostonly: 'hostonlyadapter',
  bridged: 'bridgeadapter',
  natnetwork: 'nat-network',
  hostonlynetwork: 'hostonly-network',
  intnet: 'intnet',
  generic: 'generic',
  cloudnetwork: 'cloud-network',
};

/** `dialect`: how the VirtualBox that printed `output` escapes values (it depends on the version). */
export function parseVmInfo(output: string, dialect: MachineReadableDialect = ESCAPED_EVERYWHERE): VmInfo {
  const values = parseMachineReadable(output, dialect);
  const int = (key: string) => {
    const v = values.get(key);
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
  };
  const controllers: StorageController[] = [];
  for (let i = 0; values.has(`storagecontrollername${i}`); i++) {
    const type = values.get(`storagecontrollertype${i}`) ?? '';
    controllers.push({
      name: values.get(`storagecontrollername${i}`)!,
      type,
      bus: BUS_BY_TYPE[type.toLowerCase()] ?? 'other',
      instance: int(`storagecontrollerinstance${i}`) ?? 0,
      portCount: int(`storagecontrollerportcount${i}`) ?? 0,
      maxPortCount: int(`storagecontrollermaxportcount${i}`) ?? 0,
    });
  }
  const attachments: StorageSlot[] = [];
  const freeSlots: { controller: string; port: number; device: number }[] = [];
  for (const [key, value] of values) {
    for (const c of controllers) {
      if (!key.startsWith(`${c.name}-`)) continue;
      const slot = /^(\d+)-(\d+)$/.exec(key.slice(c.name.length + 1));
      if (!slot) continue;
      const port = Number(slot[1]);
      const device = Number(slot[2]);
      if (value === 'none') freeSlots.push({ controller: c.name, port, device });
      else {
        const imageUuid = values.get(`${c.name}-ImageUUID-${port}-${device}`);
        attachments.push({
          controller: c.name,
          port,
          device,
          ...(value === 'emptydrive' ? {} : { location: value }),
          ...(imageUuid ? { imageUuid: imageUuid.toLowerCase() } : {}),
        });
      }
    }
  }
  const nics: NetworkAdapter[] = [];
  for (let n = 1; values.has(`nic${n}`); n++) {
    const type = values.get(`nic${n}`)!;
    const attachmentKey = NIC_ATTACHMENT_KEY[type.toLowerCase()];
    const attachment = attachmentKey ? values.get(`${attachmentKey}${n}`) : undefined;
    const mac = values.get(`macaddress${n}`);
    nics.push({ index: n, type, ...(attachment !== undefined ? { attachment } : {}), ...(mac ? { mac: mac.toUpperCase() } : {}) });
  }
  const snapshots = [...values.entries()].filter(([k]) => /^SnapshotName(-\d+)*$/.test(k)).map(([, v]) => v);
  const name = values.get('name') ?? '';
  const memoryMiB = int('memory');
  const cpus = int('cpus');
  const firmware = values.get('firmware');
  return {
    name,
    uuid: (values.get('UUID') ?? '').toLowerCase(),
    inaccessible: name === '<inaccessible>',
    state: values.get('VMState') ?? 'unknown',
    ...(firmware !== undefined ? { firmware } : {}),
    ...(memoryMiB !== undefined ? { memoryMiB } : {}),
    ...(cpus !== undefined ? { cpus } : {}),
    controllers,
    attachments,
    freeSlots,
    nics,
    snapshots,
    values,
  };
}

/** States in which a VM process exists and holds the machine's session. */
export function isActiveState(state: string): boolean {
  return !['poweroff', 'saved', 'aborted', 'aborted-saved', 'teleported', 'unknown'].includes(state);
}
