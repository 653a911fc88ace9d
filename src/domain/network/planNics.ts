import { failure } from '../errors/DomainError.js';
import { macFromHex } from './macAddress.js';
import type { NetworkSpec, NicPlan } from './NetworkSpec.js';

/** Attempts at drawing a MAC not yet used by this VM before giving up (24 random bits each). */
const MAX_MAC_DRAWS = 64;

/**
 * One NIC per network that needs one (manual and dynamic; vip is the director's business and
 * is never configured in the guest), networks sharing a `nic_group` on one NIC. The order is
 * stable, by network name, so a NIC's index does not depend on the map's key order, and every
 * MAC of the VM differs. `randomHex6` supplies six hex digits per call (IdGenerator.hex(6)).
 */
export function planNics(networks: Readonly<Record<string, NetworkSpec>>, randomHex6: () => string): NicPlan[] {
  const names = Object.keys(networks)
    .filter((name) => networks[name]?.type !== 'vip')
    .sort(compareNames);
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const group = networks[name]?.nic_group;
    const key = group === undefined || group === '' ? `network:${name}` : `group:${group}`;
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  const used = new Set<string>();
  return [...groups.values()].map((networkNames, index) => {
    const first = networks[networkNames[0] as string] as NetworkSpec;
    return { index, mac: drawMac(randomHex6, used), networkNames, cloudProperties: first.cloud_properties ?? {} };
  });
}

function drawMac(randomHex6: () => string, used: Set<string>): string {
  for (let draw = 0; draw < MAX_MAC_DRAWS; draw++) {
    const mac = macFromHex(randomHex6());
    if (!used.has(mac)) {
      used.add(mac);
      return mac;
    }
  }
  throw failure('infrastructure', `could not draw a unique MAC address in ${MAX_MAC_DRAWS} attempts`);
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
