/** The default address of VirtualBox's first host-only adapter, `vboxnet0`. */
export const DEFAULT_HOST_IP = '192.168.56.1';
export const DEFAULT_NETMASK = '255.255.255.0';

const toNumber = (ip: string): number => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const toIp = (n: number): string => [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');

/**
 * The `--lower-ip`/`--upper-ip` of a new host-only network for a host address: both the network's
 * own address, as Vagrant's 7.0 driver gives them for a static address (`create_host_only_network`
 * in plugins/providers/virtualbox/driver/version_7_0.rb); macOS then gives the host the first
 * address after it (Vagrant's `read_host_only_interfaces` reads it back that way).
 */
export function hostOnlyNetworkRange(hostIp: string, netmask: string): { lowerIp: string; upperIp: string } {
  const network = toIp((toNumber(hostIp) & toNumber(netmask)) >>> 0);
  return { lowerIp: network, upperIp: network };
}
