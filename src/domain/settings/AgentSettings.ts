/**
 * The settings document the BOSH agent reads at boot (docs/cpi-protocol.md §7). Field types follow the
 * agent's Go struct exactly: a type mismatch on a known key makes the agent reject the whole
 * document, so `disks.system` is a string and `env` is passed through untouched.
 */
export interface AgentSettings {
  readonly agent_id: string;
  readonly vm: { readonly name: string };
  readonly mbus: string;
  readonly ntp: readonly string[];
  readonly blobstore?: { readonly provider: string; readonly options: Readonly<Record<string, unknown>> };
  readonly networks: Readonly<Record<string, AgentNetwork>>;
  readonly disks: AgentDisks;
  readonly env: Readonly<Record<string, unknown>>;
}

export interface AgentNetwork {
  readonly type: 'manual' | 'dynamic' | 'vip';
  readonly ip?: string;
  readonly netmask?: string;
  readonly gateway?: string;
  readonly prefix?: string;
  readonly dns?: readonly string[];
  readonly default?: readonly string[];
  readonly mac?: string;
  readonly preconfigured: boolean;
  readonly cloud_properties?: Readonly<Record<string, unknown>>;
  readonly routes?: readonly unknown[];
  readonly alias?: string;
}

/** A disk hint as the agent understands it (docs/cpi-protocol.md §7.3): a bare path or an object. */
export type DiskHint =
  | string
  | {
      readonly path?: string;
      readonly volume_id?: string;
      readonly id?: string;
      readonly lun?: string;
      readonly host_device_id?: string;
    };

export interface AgentDisks {
  readonly system: string;
  readonly ephemeral?: DiskHint;
  readonly persistent: Readonly<Record<string, DiskHint>>;
}
