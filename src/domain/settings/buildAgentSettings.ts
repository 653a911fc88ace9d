import type { NetworkSpec, NicPlan } from '../network/NetworkSpec.js';
import type { AgentNetwork, AgentSettings, DiskHint } from './AgentSettings.js';

/** The `agent` section of cpi.json: what the CPI copies into every VM's settings. */
export interface AgentDefaults {
  readonly mbus: string;
  readonly ntp: readonly string[];
  readonly blobstore?: { readonly provider: string; readonly options: Readonly<Record<string, unknown>> };
}

export interface AgentSettingsInput {
  readonly agentId: string;
  /** The VM CID: informative for the agent, handy in its logs. */
  readonly vmName: string;
  readonly agent: AgentDefaults;
  readonly networks: Readonly<Record<string, NetworkSpec>>;
  readonly nics: readonly NicPlan[];
  readonly disks: { readonly system: string; readonly ephemeral?: DiskHint };
  readonly env: Readonly<Record<string, unknown>>;
}

/**
 * The settings document of docs/cpi-protocol.md §7. The agent refuses the whole document when a known
 * key has the wrong type, so every field is copied only with the type the agent expects;
 * `env` is the one exception and goes through unchanged. Persistent disks start empty: under
 * API v2 the director hands each disk's hint to the agent after attach_disk.
 */
export function buildAgentSettings(input: AgentSettingsInput): AgentSettings {
  const macOf = new Map<string, string>();
  for (const nic of input.nics) for (const name of nic.networkNames) macOf.set(name, nic.mac);
  // fromEntries defines own properties, so even a network named "__proto__" stays a network.
  const networks: Record<string, AgentNetwork> = Object.fromEntries(
    Object.entries(input.networks).map(([name, spec]) => [name, agentNetwork(spec, macOf.get(name))]),
  );
  return {
    agent_id: input.agentId,
    vm: { name: input.vmName },
    mbus: input.agent.mbus,
    ntp: [...input.agent.ntp],
    ...(input.agent.blobstore ? { blobstore: input.agent.blobstore } : {}),
    networks,
    disks: {
      system: input.disks.system,
      ...(input.disks.ephemeral === undefined ? {} : { ephemeral: input.disks.ephemeral }),
      persistent: {},
    },
    env: input.env,
  };
}

function agentNetwork(spec: NetworkSpec, mac: string | undefined): AgentNetwork {
  const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);
  const texts = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined);
  const fields: Record<string, unknown> = {
    type: spec.type,
    ip: text(spec.ip),
    netmask: text(spec.netmask),
    gateway: text(spec.gateway),
    prefix: text(spec.prefix),
    dns: texts(spec.dns),
    default: texts(spec.default),
    mac,
    preconfigured: false,
    cloud_properties: isPlainObject(spec.cloud_properties) ? spec.cloud_properties : undefined,
    routes: Array.isArray(spec['routes']) ? spec['routes'] : undefined,
    alias: text(spec['alias']),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as unknown as AgentNetwork;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
