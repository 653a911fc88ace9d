import * as z from 'zod/mini';
import { failure } from '../../domain/errors/DomainError.js';
import type { NicPlan } from '../../domain/network/NetworkSpec.js';
import '../../zodInEnglish.js';

/** The VirtualBox keys of create_vm's cloud_properties (cpus, memory and disk sizes are the app's). */
const vmPropertiesSchema = z.looseObject({
  /** `efi64` as the Go CPI since 0.5.0: Noble stemcells boot by EFI only. Jammy ones need `bios`. */
  firmware: z._default(z.enum(['bios', 'efi', 'efi32', 'efi64']), 'efi64'),
  paravirtprovider: z._default(z.enum(['none', 'default', 'legacy', 'minimal', 'hyperv', 'kvm']), 'default'),
  gui: z._default(z.boolean(), false),
});
export type VmProperties = z.output<typeof vmPropertiesSchema>;

export function parseVmProperties(properties: Readonly<Record<string, unknown>>): VmProperties {
  const parsed = vmPropertiesSchema.safeParse(properties);
  if (!parsed.success) {
    throw failure(
      'invalid_request',
      `invalid VirtualBox cloud_properties: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

const networkPropertiesSchema = z.looseObject({
  type: z._default(z.enum(['hostonly', 'natnetwork', 'nat', 'bridged']), 'hostonly'),
  name: z.optional(z.string().check(z.minLength(1))),
  /** For an auto-created host-only adapter: its host address and mask. */
  host_ip: z.optional(z.ipv4()),
  netmask: z.optional(z.ipv4()),
  /** For an auto-created NAT network. */
  cidr: z._default(z.cidrv4(), '10.0.2.0/24'),
});

export type HostNetwork =
  | { readonly type: 'nat' }
  | { readonly type: 'hostonly'; readonly name: string; readonly hostIp?: string; readonly netmask?: string }
  | { readonly type: 'natnetwork'; readonly name: string; readonly cidr: string }
  | { readonly type: 'bridged'; readonly name: string };

/**
 * The host network behind a NIC, from the cloud_properties of its first BOSH network: `type`
 * (hostonly by default, as in the Go CPI) and `name` (vboxnet0 and NatNetwork by default; a
 * bridged adapter has no sensible default and must be named).
 */
export function hostNetworkOf(nic: NicPlan): HostNetwork {
  const parsed = networkPropertiesSchema.safeParse(nic.cloudProperties);
  const networks = nic.networkNames.join(', ');
  if (!parsed.success) {
    throw failure(
      'invalid_request',
      `invalid VirtualBox cloud_properties of network ${networks}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const p = parsed.data;
  switch (p.type) {
    case 'nat':
      return { type: 'nat' };
    case 'hostonly':
      return {
        type: 'hostonly',
        name: p.name ?? 'vboxnet0',
        ...(p.host_ip ? { hostIp: p.host_ip } : {}),
        ...(p.netmask ? { netmask: p.netmask } : {}),
      };
    case 'natnetwork':
      return { type: 'natnetwork', name: p.name ?? 'NatNetwork', cidr: p.cidr };
    case 'bridged':
      if (!p.name)
        throw failure(
          'invalid_request',
          `network ${networks}: a bridged network needs cloud_properties.name, the host interface as \`VBoxManage list bridgedifs\` names it`,
        );
      return { type: 'bridged', name: p.name };
  }
}

/** VirtualBox wants 12 hex digits without separators. */
export function vboxMac(mac: string): string {
  const hex = mac.replace(/[:-]/g, '').toUpperCase();
  if (!/^[0-9A-F]{12}$/.test(hex)) throw failure('invalid_request', `invalid MAC address ${JSON.stringify(mac)}`);
  return hex;
}
