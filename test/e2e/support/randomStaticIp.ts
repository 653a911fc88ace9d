import { randomInt } from 'node:crypto';
import { execa } from 'execa';

/**
 * A static address on libvirt's `default` network for a test VM: drawn from 192.168.122.150-249
 * (other work shares the network, so a fixed address could collide), skipping addresses with a
 * current DHCP lease.
 */
export async function randomStaticIp(): Promise<string> {
  const leases = await execa('virsh', ['-c', 'qemu:///system', '-q', 'net-dhcp-leases', 'default'], { reject: false });
  const leased = new Set([...leases.stdout.matchAll(/192\.168\.122\.(\d+)\//g)].map((match) => Number(match[1])));
  for (;;) {
    const last = 150 + randomInt(100);
    if (!leased.has(last)) return `192.168.122.${last}`;
  }
}
