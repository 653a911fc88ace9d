import { first, parseKeyValueBlocks, yes } from './parseKeyValueBlocks.js';

export interface HostInterface {
  readonly name: string;
  readonly dhcp: boolean;
  readonly ip: string;
  readonly netmask: string;
  readonly up: boolean;
}

/** `list hostonlyifs` and `list bridgedifs` (the same block format; `Wireless:` is optional). */
export function parseHostInterfaces(output: string): HostInterface[] {
  return parseKeyValueBlocks(output, ['Name']).flatMap((b) => {
    const name = first(b, 'Name');
    if (!name) return [];
    return [
      {
        name,
        dhcp: yes(first(b, 'DHCP')) ?? false,
        ip: first(b, 'IPAddress') ?? '',
        netmask: first(b, 'NetworkMask') ?? '',
        up: yes(first(b, 'Status')) ?? false,
      },
    ];
  });
}

export interface NatNetwork {
  readonly name: string;
  /** CIDR, e.g. `10.0.2.0/24`. */
  readonly network: string;
  readonly gateway?: string;
  readonly dhcp?: boolean;
  /** Unknown in the short 7.x listing, which has no `Enabled:` line. */
  readonly enabled?: boolean;
}

/**
 * `list [--long] natnetworks`. 6.x prints `NetworkName`, `IP`, `DHCP Enabled`; 7.x renamed them
 * to `Name`, `Gateway`, `DHCP Server` and prints `Enabled` only with `--long`, after `Name` from
 * 7.0.14 on and last before that. Both spellings are read.
 */
export function parseNatNetworks(output: string): NatNetwork[] {
  return parseKeyValueBlocks(output, ['Name', 'NetworkName']).flatMap((b) => {
    const name = first(b, 'Name', 'NetworkName');
    if (!name) return [];
    const gateway = first(b, 'Gateway', 'IP');
    const dhcp = yes(first(b, 'DHCP Server', 'DHCP Enabled'));
    const enabled = yes(first(b, 'Enabled'));
    return [
      {
        name,
        network: first(b, 'Network') ?? '',
        ...(gateway ? { gateway } : {}),
        ...(dhcp !== undefined ? { dhcp } : {}),
        ...(enabled !== undefined ? { enabled } : {}),
      },
    ];
  });
}
