const UNIT = /^byte(?:\s*\*\s*2\^(\d+))?$/;

/**
 * The capacity of the first disk an OVF declares, in bytes: `ovf:capacity` times
 * `ovf:capacityAllocationUnits` (`byte * 2^20` for MiB; plain bytes when absent).
 * undefined when the OVF declares no disk or an unknown unit.
 */
export function ovfDiskCapacity(ovf: string): number | undefined {
  const disk = /<(?:\w+:)?Disk\b([^>]*)>/.exec(ovf)?.[1];
  if (!disk) return undefined;
  const capacity = /\bovf:capacity="(\d+)"/.exec(disk)?.[1];
  if (!capacity) return undefined;
  const units = /\bovf:capacityAllocationUnits="([^"]*)"/.exec(disk)?.[1] ?? 'byte';
  const unit = UNIT.exec(units.trim());
  if (!unit) return undefined;
  return Number(capacity) * 2 ** Number(unit[1] ?? 0);
}
