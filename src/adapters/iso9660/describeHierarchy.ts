import type { IsoDirectoryNode, IsoNode } from './buildIsoTree.js';
import { compareIsoIdentifiers } from './compareIsoIdentifiers.js';

/** How one directory tree of the volume (plain ISO or Joliet) names the entries of a directory. */
export interface NamingScheme {
  identifiersOf(siblings: readonly IsoNode[]): Map<IsoNode, string>;
  encode(identifier: string): Uint8Array;
}

export interface NamedEntry {
  readonly node: IsoNode;
  readonly identifier: Uint8Array;
}

export interface HierarchyDirectory {
  readonly node: IsoDirectoryNode;
  /** As written in the parent's record and the path table; 0x00 for the root. */
  readonly identifier: Uint8Array;
  /** 1-based position in the path table. */
  readonly number: number;
  /** Undefined for the root, which ISO 9660 makes its own parent. */
  readonly parent: HierarchyDirectory | undefined;
  /** The directory's records after "." and "..", in ECMA-119 §9.3 order. */
  readonly entries: readonly NamedEntry[];
}

const ROOT_IDENTIFIER = Uint8Array.of(0);

/**
 * Lists every directory of one tree in path-table order (ECMA-119 §9.4.2: by level, then by
 * parent number, then by identifier): a breadth-first walk whose children are visited sorted,
 * so directory numbers are final as soon as a directory is reached.
 */
export function describeHierarchy(root: IsoDirectoryNode, naming: NamingScheme): HierarchyDirectory[] {
  const ordered: HierarchyDirectory[] = [];
  const visit = (node: IsoDirectoryNode, identifier: Uint8Array, parent: HierarchyDirectory | undefined) => {
    ordered.push({ node, identifier, number: ordered.length + 1, parent, entries: sortedEntries(node, naming) });
  };
  visit(root, ROOT_IDENTIFIER, undefined);
  for (let next = 0; next < ordered.length; next++) {
    const directory = ordered[next]!;
    for (const entry of directory.entries) {
      if (entry.node.kind === 'directory') visit(entry.node, entry.identifier, directory);
    }
  }
  return ordered;
}

function sortedEntries(directory: IsoDirectoryNode, naming: NamingScheme): NamedEntry[] {
  const identifiers = naming.identifiersOf(directory.children);
  return directory.children
    .map((node) => ({ node, text: identifiers.get(node)! }))
    .sort((a, b) => compareIsoIdentifiers(a.text, b.text))
    .map(({ node, text }) => ({ node, identifier: naming.encode(text) }));
}
