import { first, parseKeyValueBlocks } from './parseKeyValueBlocks.js';

export interface MediumInfo {
  readonly uuid: string;
  /** undefined for a base medium (`Parent UUID:    base`). */
  readonly parentUuid?: string;
  readonly location: string;
  readonly format: string;
  readonly capacityMiB: number;
  /** Names of the machines the medium is attached to. */
  readonly inUseBy: readonly string[];
}

/** `showmediuminfo`: one block; `In use by VMs:` continues on indented lines. */
export function parseMediumInfo(output: string): MediumInfo | undefined {
  const block = parseKeyValueBlocks(output, ['UUID'])[0];
  const uuid = block && first(block, 'UUID');
  if (!block || !uuid) return undefined;
  const parent = first(block, 'Parent UUID');
  const capacity = /^(\d+)\s*MBytes/.exec(first(block, 'Capacity') ?? '');
  const users = (block.get('In use by VMs') ?? []).flatMap((entry) => {
    const match = /^(.*?) \(UUID: [0-9a-fA-F-]{36}\)/.exec(entry);
    return match ? [match[1]!] : [];
  });
  return {
    uuid: uuid.toLowerCase(),
    ...(parent && parent !== 'base' ? { parentUuid: parent.toLowerCase() } : {}),
    location: first(block, 'Location') ?? '',
    format: first(block, 'Storage format') ?? '',
    capacityMiB: capacity ? Number(capacity[1]) : 0,
    inUseBy: users,
  };
}
