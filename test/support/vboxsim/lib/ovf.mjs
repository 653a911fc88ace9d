// Just enough of OVF 1.x to import a BOSH vSphere stemcell: the virtual system's name, CPU and
// memory items, the storage controllers, the disks with their capacities and files, and the
// ethernet adapters. Real VirtualBox reads much more; the simulator needs these.
const UNITS = { byte: 1, 'byte * 2^10': 2 ** 10, 'byte * 2^20': 2 ** 20, 'byte * 2^30': 2 ** 30, 'byte * 2^40': 2 ** 40 };

const attr = (text, name) => new RegExp(`${name}="([^"]*)"`).exec(text)?.[1];
const element = (text, name) => new RegExp(`<(?:rasd:)?${name}>([^<]*)</(?:rasd:)?${name}>`).exec(text)?.[1];

export function parseOvf(xml) {
  const files = new Map([...xml.matchAll(/<File\b([^>]*)\/?>/g)].map((m) => [attr(m[1], 'ovf:id'), attr(m[1], 'ovf:href')]));
  const disks = [...xml.matchAll(/<Disk\b([^>]*)\/?>/g)].map((m) => {
    const unit = attr(m[1], 'ovf:capacityAllocationUnits') ?? 'byte';
    return {
      id: attr(m[1], 'ovf:diskId'),
      capacityBytes: Number(attr(m[1], 'ovf:capacity')) * (UNITS[unit.replace(/\s+/g, ' ')] ?? 1),
      file: files.get(attr(m[1], 'ovf:fileRef')),
      format: attr(m[1], 'ovf:format') ?? '',
    };
  });
  const system = /<VirtualSystem\b([^>]*)>/.exec(xml);
  const items = [...xml.matchAll(/<Item\b[^>]*>([\s\S]*?)<\/Item>/g)].map((m) => ({
    instanceId: element(m[1], 'InstanceID'),
    type: Number(element(m[1], 'ResourceType')),
    subtype: element(m[1], 'ResourceSubType') ?? '',
    quantity: Number(element(m[1], 'VirtualQuantity') ?? NaN),
    parent: element(m[1], 'Parent'),
    address: Number(element(m[1], 'AddressOnParent') ?? 0),
    hostResource: element(m[1], 'HostResource') ?? '',
  }));
  const controllers = items
    .filter((i) => i.type === 5 || i.type === 6 || i.type === 20)
    .map((i) => {
      if (i.type === 5) return { instanceId: i.instanceId, bus: 'ide', name: 'IDE', type: 'PIIX4', label: 'IDE' };
      if (i.type === 20) return { instanceId: i.instanceId, bus: 'sata', name: 'SATA', type: 'IntelAhci', label: 'SATA' };
      const type = /buslogic/i.test(i.subtype) ? 'BusLogic' : 'LsiLogic';
      return { instanceId: i.instanceId, bus: 'scsi', name: 'SCSI', type, label: 'SCSI' };
    });
  const diskItems = items
    .filter((i) => i.type === 17)
    .map((i) => ({ diskId: i.hostResource.replace(/^ovf:\/disk\//, ''), parent: i.parent, port: i.address }));
  return {
    name: system ? attr(system[1], 'ovf:id') : undefined,
    cpus: items.find((i) => i.type === 3)?.quantity || 1,
    memory: items.find((i) => i.type === 4)?.quantity || 512,
    nics: items.filter((i) => i.type === 10).length,
    controllers,
    disks,
    diskItems,
  };
}
