import { randomBytes } from 'node:crypto';
import { CID_HEX_LENGTH, makeCid, type DiskCid, type StemcellCid, type VmCid } from '../../../src/domain/cid/Cid.js';
import type { NicPlan } from '../../../src/domain/network/NetworkSpec.js';
import type { AgentSettings } from '../../../src/domain/settings/AgentSettings.js';
import type { StemcellRecord } from '../../../src/domain/stemcell/StemcellRecord.js';
import type { VmCreation } from '../../../src/ports/VmDriver.js';

const hex = (digits: number) =>
  randomBytes(Math.ceil(digits / 2))
    .toString('hex')
    .slice(0, digits);
export const stemcellCid = (): StemcellCid => makeCid('stemcell', hex(CID_HEX_LENGTH.stemcell));
export const vmCid = (): VmCid => makeCid('vm', hex(CID_HEX_LENGTH.vm));
export const diskCid = (): DiskCid => makeCid('disk', hex(CID_HEX_LENGTH.disk));

export function nic(index: number, cloudProperties: Record<string, unknown>, mac = `02:00:00:00:00:${(index + 16).toString(16)}`): NicPlan {
  return { index, mac, networkNames: [`net${index}`], cloudProperties };
}

export function settingsFor(vm: VmCid, nics: readonly NicPlan[]): AgentSettings {
  return {
    agent_id: `agent-${vm.slice(3, 11)}`,
    vm: { name: vm },
    mbus: 'nats://nats:secret@10.0.0.6:4222',
    ntp: ['0.pool.ntp.org'],
    networks: Object.fromEntries(nics.map((n) => [n.networkNames[0], { type: 'dynamic', mac: n.mac, preconfigured: false }])),
    disks: { system: '0', ephemeral: { id: 'BOSHEPHEMERAL' }, persistent: {} },
    env: { bosh: { password: '$6$salt$hash' } },
  };
}

export function creation(vm: VmCid, stemcell: StemcellRecord, nics: readonly NicPlan[], overrides: Partial<VmCreation> = {}): VmCreation {
  const settings = settingsFor(vm, nics);
  return {
    cid: vm,
    agentId: settings.agent_id,
    stemcell,
    spec: { cpus: 2, memoryMiB: 1024, ephemeralDiskMiB: 2048 },
    nics,
    settings,
    medium: 'cdrom-env',
    cloudProperties: {},
    diskCids: [],
    ...overrides,
  };
}
