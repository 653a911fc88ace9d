/** One entry of create_vm's `networks` map, as the director or bosh-cli sends it. */
export interface NetworkSpec {
  readonly type: 'manual' | 'dynamic' | 'vip';
  readonly ip?: string;
  readonly netmask?: string;
  readonly gateway?: string;
  readonly prefix?: string;
  readonly dns?: readonly string[];
  readonly default?: readonly string[];
  readonly cloud_properties?: Readonly<Record<string, unknown>>;
  readonly nic_group?: string;
  readonly [extra: string]: unknown;
}

/**
 * One virtual NIC of a VM. Several BOSH networks may share a NIC (same `nic_group`); vip
 * networks get none. `cloudProperties` are those of the first network on the NIC: a driver
 * reads its host network from them (libvirt: `name`; VirtualBox: `name` and `type`).
 */
export interface NicPlan {
  readonly index: number;
  readonly mac: string;
  readonly networkNames: readonly string[];
  readonly cloudProperties: Readonly<Record<string, unknown>>;
}
