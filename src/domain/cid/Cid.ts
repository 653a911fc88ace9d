import { failure } from '../errors/DomainError.js';

/**
 * CIDs are ours to choose, so they are chosen to be safe everywhere they travel: a prefix
 * naming the kind, an underscore and lowercase hex digits. No character of a path, a shell,
 * XML or a libvirt name is special in them, and there is no dash: the agent's `scsi` rule globs
 * a hint's id with its dashes removed.
 *
 * A disk CID is exactly 20 characters (`disk_` and 15 hex digits) because that is the one length
 * both generations of the agent's `virtio` rule find (see src/domain/settings/persistentDiskHint.ts):
 * agents since v2.524.0 glob `/dev/disk/by-id/*<CID>`, older ones `*<CID[0:20]>`, and both
 * refuse a CID shorter than 20. With the whole CID as the disk's serial, udev's by-id name ends
 * with the CID, which is also its first 20 characters. 15 hex digits (60 bits) keep collisions
 * out of reach for any number of disks one director makes. Other kinds keep 24 hex digits.
 */
export const CID_KINDS = { stemcell: 'sc', vm: 'vm', disk: 'disk', snapshot: 'snap' } as const;
export type CidKind = keyof typeof CID_KINDS;

declare const brand: unique symbol;
export type Cid<K extends CidKind> = string & { readonly [brand]: K };
export type StemcellCid = Cid<'stemcell'>;
export type VmCid = Cid<'vm'>;
export type DiskCid = Cid<'disk'>;
export type SnapshotCid = Cid<'snapshot'>;

/** How many hex digits follow the prefix, per kind. */
export const CID_HEX_LENGTH: Readonly<Record<CidKind, number>> = { stemcell: 24, vm: 24, disk: 15, snapshot: 24 };
/** The whole length of a disk CID: the length the agent's `virtio` rule needs (see above). */
export const DISK_CID_LENGTH = CID_KINDS.disk.length + 1 + CID_HEX_LENGTH.disk;

const PATTERNS: Record<CidKind, RegExp> = Object.fromEntries(
  (Object.keys(CID_KINDS) as CidKind[]).map((kind) => [kind, new RegExp(`^${CID_KINDS[kind]}_[0-9a-f]{${CID_HEX_LENGTH[kind]}}$`)]),
) as Record<CidKind, RegExp>;

export function isCid<K extends CidKind>(kind: K, value: unknown): value is Cid<K> {
  return typeof value === 'string' && PATTERNS[kind].test(value);
}

/** Checks a CID that came from outside; the message names the bad value (shortened, printable). */
export function parseCid<K extends CidKind>(kind: K, value: unknown): Cid<K> {
  if (isCid(kind, value)) return value;
  const shown = JSON.stringify(typeof value === 'string' ? value.slice(0, 80) : value) ?? String(value);
  throw failure(
    'invalid_request',
    `invalid ${kind} CID ${shown}: expected '${CID_KINDS[kind]}_' and ${CID_HEX_LENGTH[kind]} lowercase hex digits`,
  );
}

/** Makes a CID from random hex digits supplied by the IdGenerator port (CID_HEX_LENGTH[kind] of them). */
export function makeCid<K extends CidKind>(kind: K, hex: string): Cid<K> {
  return parseCid(kind, `${CID_KINDS[kind]}_${hex}`);
}
