import type { IsoDirectoryNode, IsoNode } from './buildIsoTree.js';
import type { HierarchyDirectory } from './describeHierarchy.js';
import { directoryExtent } from './directoryExtent.js';
import { directoryRecord } from './directoryRecord.js';
import { pathTable, pathTableSize } from './pathTable.js';
import { type ContinuationArea, namedEntrySystemUse, selfOrParentSystemUse } from './rockRidgeSystemUse.js';
import type { SectorAllocator } from './SectorAllocator.js';
import { extensionReference } from './suspEntries.js';

export interface Extent {
  readonly extent: number;
  readonly dataLength: number;
}

export interface DirectoryTreeOptions {
  readonly recordedAt: Date;
  /** True for the primary tree only: it then carries Rock Ridge, and the root's "." record points to an "ER". */
  readonly rockRidge?: boolean;
}

/** Where file data sits; shared by every tree of the volume. */
export type FileExtents = ReadonlyMap<IsoNode, Extent>;
/** Writes bytes at the start of a sector of the image. */
export type SectorWriter = (sector: number, bytes: Uint8Array) => void;

/**
 * One directory tree of the volume (the primary one or Joliet's) with its two path tables.
 * Record lengths do not depend on where things are, so the constructor sizes every directory with
 * placeholder extents and reserves its sectors; `write` then fills in the real ones.
 *
 * With Rock Ridge, the "ER" entry sits in a continuation area in the sector right after the root
 * directory's extent, never before it. Streaming readers read the volume forwards only:
 * libarchive (archive_read_support_format_iso9660.c, `register_CE`) rejects a "CE" that points
 * before its read position, which for the root's "." record is the root directory's first sector,
 * and `read_CE` (called by `read_children` once a directory's extent is consumed) only reads an
 * area that starts exactly where reading then stands: the sector after the directory. The area must
 * also end within its sector, which is all Linux asks (fs/isofs/rock.c, `rock_continue`). genisoimage (write.c, `assign_directory_addresses`) and libisofs
 * (ecma119.c, `calc_dir_pos`) place continuation areas in that same spot.
 */
export class DirectoryTreeLayout {
  readonly pathTableSize: number;
  readonly littleEndianPathTableSector: number;
  readonly bigEndianPathTableSector: number;
  readonly #directories = new Map<IsoDirectoryNode, Extent>();
  readonly #extensionReference = extensionReference();
  #rootContinuation: ContinuationArea | undefined;

  constructor(
    private readonly hierarchy: readonly HierarchyDirectory[],
    private readonly options: DirectoryTreeOptions,
    sectors: SectorAllocator,
  ) {
    this.pathTableSize = pathTableSize(hierarchy);
    this.littleEndianPathTableSector = sectors.allocate(this.pathTableSize);
    this.bigEndianPathTableSector = sectors.allocate(this.pathTableSize);
    const placeholder = (): Extent => ({ extent: 0, dataLength: 0 });
    const continuationLength = this.#extensionReference.length;
    // The root's "CE" has a fixed size: sized with a placeholder sector, like every other pointer.
    if (options.rockRidge) this.#rootContinuation = { extent: 0, length: continuationLength };
    for (const directory of hierarchy) {
      const dataLength = directoryExtent(this.#recordsOf(directory, placeholder)).length;
      this.#directories.set(directory.node, { extent: sectors.allocate(dataLength), dataLength });
      if (options.rockRidge && directory.parent === undefined) {
        this.#rootContinuation = { extent: sectors.allocate(continuationLength), length: continuationLength };
      }
    }
  }

  /** The root's record as volume descriptors embed it (no System Use field there). */
  rootRecord(): Uint8Array {
    const root = this.hierarchy[0]!.node;
    return directoryRecord({
      identifier: Uint8Array.of(0),
      ...this.#directories.get(root)!,
      isDirectory: true,
      recordedAt: this.options.recordedAt,
    });
  }

  write(put: SectorWriter, files: FileExtents): void {
    const locate = (node: IsoNode): Extent => (node.kind === 'file' ? files.get(node) : this.#directories.get(node))!;
    for (const directory of this.hierarchy) {
      put(locate(directory.node).extent, directoryExtent(this.#recordsOf(directory, locate)));
    }
    const entries = this.hierarchy.map((directory) => ({
      identifier: directory.identifier,
      extent: locate(directory.node).extent,
      parentNumber: (directory.parent ?? directory).number,
    }));
    put(this.littleEndianPathTableSector, pathTable(entries, 'little'));
    put(this.bigEndianPathTableSector, pathTable(entries, 'big'));
    if (this.#rootContinuation) put(this.#rootContinuation.extent, this.#extensionReference);
  }

  /** A directory's records: "." (itself), ".." (its parent; the root's is the root), then entries. */
  #recordsOf(directory: HierarchyDirectory, locate: (node: IsoNode) => Extent): Uint8Array[] {
    const { recordedAt } = this.options;
    const rockRidge = this.options.rockRidge === true;
    const parent = directory.parent ?? directory;
    const isRoot = directory.parent === undefined;
    return [
      directoryRecord({
        identifier: Uint8Array.of(0),
        ...locate(directory.node),
        isDirectory: true,
        recordedAt,
        ...(rockRidge && {
          systemUse: selfOrParentSystemUse(directory.node, isRoot ? this.#rootContinuation : undefined),
        }),
      }),
      directoryRecord({
        identifier: Uint8Array.of(1),
        ...locate(parent.node),
        isDirectory: true,
        recordedAt,
        ...(rockRidge && { systemUse: selfOrParentSystemUse(parent.node) }),
      }),
      ...directory.entries.map((entry) =>
        directoryRecord({
          identifier: entry.identifier,
          ...locate(entry.node),
          isDirectory: entry.node.kind === 'directory',
          recordedAt,
          ...(rockRidge && { systemUse: namedEntrySystemUse(entry.node) }),
        }),
      ),
    ];
  }
}
