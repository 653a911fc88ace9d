import { first, parseKeyValueBlocks, yes } from './parseKeyValueBlocks.js';

/** A host-only network of VirtualBox 7 on macOS (vmnet), which replaced host-only adapters there. */
export interface HostOnlyNetwork {
  readonly name: string;
  readonly enabled: boolean;
  readonly netmask: string;
  readonly lowerIp: string;
  readonly upperIp: string;
}

/**
 * `list hostonlynets` (VBoxManageList.cpp, listHostOnlyNetworks): `Name:`, `GUID:` followed by a
 * blank line inside the block, `State: Enabled|Disabled`, `NetworkMask:`, `LowerIP:`, `UpperIP:`,
 * `VBoxNetworkName: hostonly-<name>`. Blocks start at `Name:`, never at a blank line.
 */
export function parseHostOnlyNetworks(output: string): HostOnlyNetwork[] {
  return parseKeyValueBlocks(output, ['Name']).flatMap((b) => {
    const name = first(b, 'Name');
    if (!name) return [];
    return [
      {
        name,
        enabled: yes(first(b, 'State')) ?? false,
        netmask: first(b, 'NetworkMask') ?? '',
        lowerIp: first(b, 'LowerIP') ?? '',
        upperIp: first(b, 'UpperIP') ?? '',
      },
    ];
  });
}
