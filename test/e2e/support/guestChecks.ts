import { isDeepStrictEqual } from 'node:util';
import type { GuestBoot } from '../../stemcell/parseGuestReport.js';
import { interfacesOf } from './LibvirtHost.js';

// Checks of what a test-stemcell guest reported against what the director sent. Each returns the
// problems it found, as sentences: [] means all is well. The e2e tests assert the list is empty
// (so a failure names every problem at once); the demo prints it.

/** A create_vm network as the director sends it. */
export interface SentNetwork {
  readonly type: 'manual' | 'dynamic';
  readonly ip?: string;
  readonly netmask?: string;
  readonly gateway?: string;
  readonly dns?: readonly string[];
  readonly default?: readonly string[];
  readonly cloud_properties: Readonly<Record<string, unknown>>;
}

export interface SentVm {
  readonly agentId: string;
  readonly networks: Readonly<Record<string, SentNetwork>>;
  readonly env: unknown;
}

const NETWORK_KEYS_PASSED_THROUGH = ['type', 'ip', 'netmask', 'gateway', 'dns', 'default'] as const;

/** The settings document the guest read: from the expected source, equal to what was sent where it must be. */
export function settingsProblems(boot: GuestBoot, sent: SentVm, source: 'cdrom' | 'config-drive'): string[] {
  const settings = boot.settings;
  if (!settings?.found) return [`the guest found no settings (${settings ? settings.error : 'no settings line'})`];
  const problems: string[] = [];
  if (settings.source !== source) problems.push(`settings came from ${settings.source}, expected ${source}`);
  if (!settings.validJson) return [...problems, 'the settings are not valid JSON'];
  const json = settings.json as Record<string, unknown>;
  if (json['agent_id'] !== sent.agentId) problems.push(`agent_id is ${JSON.stringify(json['agent_id'])}, sent ${sent.agentId}`);
  if (!isDeepStrictEqual(json['env'], sent.env)) problems.push(`env differs from what was sent: ${JSON.stringify(json['env'])}`);
  const disks = json['disks'] as Record<string, unknown> | undefined;
  if (typeof disks?.['system'] !== 'string') problems.push(`disks.system is not a string: ${JSON.stringify(disks?.['system'])}`);
  const networks = (json['networks'] ?? {}) as Record<string, Record<string, unknown>>;
  const names = Object.keys(networks).sort();
  if (!isDeepStrictEqual(names, Object.keys(sent.networks).sort()))
    problems.push(`networks are ${names.join(', ')}, sent ${Object.keys(sent.networks).join(', ')}`);
  for (const [name, network] of Object.entries(sent.networks)) {
    const got = networks[name];
    if (!got) continue;
    for (const key of NETWORK_KEYS_PASSED_THROUGH) {
      if (network[key] !== undefined && !isDeepStrictEqual(got[key], network[key])) {
        problems.push(`networks.${name}.${key} is ${JSON.stringify(got[key])}, sent ${JSON.stringify(network[key])}`);
      }
    }
    if (typeof got['mac'] !== 'string' || !/^52:54:00(:[0-9a-f]{2}){3}$/.test(got['mac'])) {
      problems.push(`networks.${name}.mac is ${JSON.stringify(got['mac'])}, not a lowercase 52:54:00 MAC`);
    }
  }
  return problems;
}

/** The MAC the CPI put into the settings for each network. */
export function settingsMacs(boot: GuestBoot): Record<string, string> {
  const settings = boot.settings;
  if (!settings?.found || !settings.validJson) return {};
  const networks = ((settings.json as Record<string, unknown>)['networks'] ?? {}) as Record<string, Record<string, unknown>>;
  return Object.fromEntries(Object.entries(networks).map(([name, network]) => [name, String(network['mac'] ?? '')]));
}

/**
 * The guest's NICs are exactly the settings' MACs and the domain's interfaces; each network is
 * configured on the NIC with its MAC (static address for manual, nothing for dynamic), the
 * interface sits on the libvirt network its cloud_properties name, and the default-gateway
 * network reaches its gateway.
 */
export function networkProblems(boot: GuestBoot, sent: SentVm, domainXml: string, defaultLibvirtNetwork: string): string[] {
  const problems: string[] = [];
  const macs = settingsMacs(boot);
  const guestMacs = boot.nics.map((nic) => nic.mac.toLowerCase()).sort();
  const interfaces = interfacesOf(domainXml);
  const settingsMacSet = [...new Set(Object.values(macs))].sort();
  if (!isDeepStrictEqual(guestMacs, settingsMacSet))
    problems.push(`guest NICs ${guestMacs.join(',')} but settings MACs ${settingsMacSet.join(',')}`);
  const domainMacs = interfaces.map((i) => i.mac).sort();
  if (!isDeepStrictEqual(domainMacs, settingsMacSet))
    problems.push(`domain interfaces ${domainMacs.join(',')} but settings MACs ${settingsMacSet.join(',')}`);
  for (const [name, network] of Object.entries(sent.networks)) {
    const mac = macs[name];
    const seen = boot.networks.find((n) => n.network === name);
    if (!seen) {
      problems.push(`the guest reported nothing for network ${name}`);
      continue;
    }
    if (seen.error) problems.push(`network ${name}: guest error ${seen.error}`);
    const nic = boot.nics.find((n) => n.mac.toLowerCase() === mac);
    if (!nic || seen.dev !== nic.name) problems.push(`network ${name} is on ${seen.dev}, but the NIC with its MAC ${mac} is ${nic?.name}`);
    const wantedLibvirtNetwork = (network.cloud_properties['name'] as string | undefined) ?? defaultLibvirtNetwork;
    const iface = interfaces.find((i) => i.mac === mac);
    if (iface?.network !== wantedLibvirtNetwork)
      problems.push(`network ${name}'s interface is on libvirt network ${iface?.network}, expected ${wantedLibvirtNetwork}`);
    if (network.type === 'manual') {
      if (seen.ip !== network.ip) problems.push(`network ${name}: guest address ${seen.ip}, sent ${network.ip}`);
      if (network.netmask && seen.prefixLength !== prefixLength(network.netmask)) {
        problems.push(`network ${name}: guest prefix /${seen.prefixLength}, sent netmask ${network.netmask}`);
      }
      if (network.default?.includes('gateway') && (!seen.defaultGateway || seen.pingGateway !== 'ok')) {
        problems.push(`network ${name} is the default gateway network: default route ${seen.defaultGateway}, ping ${seen.pingGateway}`);
      }
    } else if (seen.dhcp !== 'not-attempted' || seen.ip !== undefined) {
      problems.push(`dynamic network ${name} was configured statically (${seen.ip})`);
    }
  }
  return problems;
}

/** Whether a guest disk serial names this disk: the CPI makes the whole disk CID its SCSI serial. */
export function serialNames(serial: string | undefined, diskCid: string): boolean {
  return serial === diskCid;
}

function prefixLength(netmask: string): number {
  return netmask.split('.').reduce((bits, octet) => bits + Number(octet).toString(2).replaceAll('0', '').length, 0);
}

/** Short forms for summaries. */
export function describeNetworks(boot: GuestBoot): string {
  return boot.networks
    .map(
      (n) =>
        `${n.network}: ${n.dev ?? '?'} ${n.mac ?? ''} ${n.ip ? `${n.ip}/${n.prefixLength}` : n.dhcp === 'not-attempted' ? 'dhcp' : (n.error ?? '')}${n.pingGateway === 'ok' ? ' gw-ping ok' : ''}`,
    )
    .join('; ');
}
