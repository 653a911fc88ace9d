import { type IsoDirectoryNode, type IsoFile, type IsoNode, buildIsoTree } from './buildIsoTree.js';
import { type HierarchyDirectory, describeHierarchy } from './describeHierarchy.js';
import { directoryExtent } from './directoryExtent.js';
import { directoryRecord } from './directoryRecord.js';
import { IsoImageError } from './IsoImageError.js';
import { SECTOR_SIZE, sectorsFor } from './isoFields.js';
import { jolietNaming, level1Naming } from './namingSchemes.js';
import { pathTable, pathTableSize } from './pathTable.js';
import { type ContinuationArea, namedEntrySystemUse, selfOrParentSystemUse } from './rockRidgeSystemUse.js';
import { extensionReference } from './suspEntries.js';
import { jolietVolumeDescriptor, primaryVolumeDescriptor, volumeDescriptorSetTerminator } from './volumeDescriptors.js';

export type { IsoFile } from './buildIsoTree.js';

export interface IsoImageSpec {
  /** Up to 32 printable ASCII characters, written as given (the label blkid reports). */
  readonly volumeId: string;
  readonly files: readonly IsoFile[];
  /** Every date in the image. Defaults to a fixed date so that equal input gives equal bytes. */
  readonly recordedAt?: Date;
}

export const DEFAULT_RECORDED_AT = new Date(Date.UTC(2000, 0, 1));

/** Sectors 0-15 are the system area (boot code on other media); descriptors start at 16. */
const FIRST_DESCRIPTOR_SECTOR = 16;
/** Joliet's tree repeats the volume id in UCS-2 within the same 32 bytes: 16 characters. */
const JOLIET_VOLUME_ID_LENGTH = 16;

interface Extent {
  readonly extent: number;
  readonly dataLength: number;
}

/**
 * Builds an ISO 9660 image in memory with three views of the same files: plain level-1 names,
 * Rock Ridge names (exact, what Linux shows), and a Joliet tree (exact, UCS-2). File data is
 * stored once and shared by both directory trees.
 *
 * Layout: system area, primary descriptor, Joliet descriptor, terminator, the four path tables,
 * the Rock Ridge continuation sector, primary directories, Joliet directories, file data.
 */
export function writeIso9660(spec: IsoImageSpec): Uint8Array {
  checkVolumeId(spec.volumeId);
  const recordedAt = checkDate(spec.recordedAt ?? DEFAULT_RECORDED_AT);
  const tree = buildIsoTree(spec.files);
  const primary = describeHierarchy(tree, level1Naming);
  const joliet = describeHierarchy(tree, jolietNaming);
  const extensionReferenceEntry = extensionReference();

  let nextFreeSector = FIRST_DESCRIPTOR_SECTOR + 3;
  const allocate = (byteLength: number): number => {
    const first = nextFreeSector;
    nextFreeSector += Math.max(1, sectorsFor(byteLength));
    return first;
  };

  const primaryPathTableSize = pathTableSize(primary);
  const jolietPathTableSize = pathTableSize(joliet);
  const pathTableSectors = {
    primaryLittle: allocate(primaryPathTableSize),
    primaryBig: allocate(primaryPathTableSize),
    jolietLittle: allocate(jolietPathTableSize),
    jolietBig: allocate(jolietPathTableSize),
  };
  const rootContinuation: ContinuationArea = {
    extent: allocate(extensionReferenceEntry.length),
    length: extensionReferenceEntry.length,
  };

  const recordsOf = (directory: HierarchyDirectory, locate: (node: IsoNode) => Extent, rockRidge: boolean) => {
    const parent = directory.parent ?? directory;
    const isRoot = directory.parent === undefined;
    return [
      directoryRecord({
        identifier: Uint8Array.of(0), // "."
        ...locate(directory.node),
        isDirectory: true,
        recordedAt,
        ...(rockRidge && { systemUse: selfOrParentSystemUse(directory.node, isRoot ? rootContinuation : undefined) }),
      }),
      directoryRecord({
        identifier: Uint8Array.of(1), // ".."
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
  };

  // Record lengths do not depend on where things are, so a first pass with placeholder extents
  // gives each directory's size, and the sectors can be handed out before the real pass.
  const placeholder = (): Extent => ({ extent: 0, dataLength: 0 });
  const placeDirectories = (hierarchy: readonly HierarchyDirectory[], rockRidge: boolean) =>
    new Map<IsoDirectoryNode, Extent>(
      hierarchy.map((directory) => {
        const dataLength = directoryExtent(recordsOf(directory, placeholder, rockRidge)).length;
        return [directory.node, { extent: allocate(dataLength), dataLength }];
      }),
    );
  const primaryDirectories = placeDirectories(primary, true);
  const jolietDirectories = placeDirectories(joliet, false);

  const files = new Map<IsoNode, Extent & { readonly content: Uint8Array }>();
  for (const directory of primary) {
    for (const { node } of directory.entries) {
      if (node.kind !== 'file') continue;
      // Empty files get no sector; extent 0 with length 0 is what other writers emit too.
      const extent = node.content.length === 0 ? 0 : allocate(node.content.length);
      files.set(node, { extent, dataLength: node.content.length, content: node.content });
    }
  }

  const locatorFor = (directories: Map<IsoDirectoryNode, Extent>) => (node: IsoNode) =>
    (node.kind === 'file' ? files.get(node) : directories.get(node))!;

  const image = new Uint8Array(nextFreeSector * SECTOR_SIZE);
  const put = (sector: number, bytes: Uint8Array) => image.set(bytes, sector * SECTOR_SIZE);

  const writeTree = (
    hierarchy: readonly HierarchyDirectory[],
    directories: Map<IsoDirectoryNode, Extent>,
    rockRidge: boolean,
    tables: { little: number; big: number },
  ) => {
    const locate = locatorFor(directories);
    for (const directory of hierarchy) {
      put(locate(directory.node).extent, directoryExtent(recordsOf(directory, locate, rockRidge)));
    }
    const entries = hierarchy.map((directory) => ({
      identifier: directory.identifier,
      extent: locate(directory.node).extent,
      parentNumber: (directory.parent ?? directory).number,
    }));
    put(tables.little, pathTable(entries, 'little'));
    put(tables.big, pathTable(entries, 'big'));
    return directoryRecord({ identifier: Uint8Array.of(0), ...locate(tree), isDirectory: true, recordedAt });
  };

  const primaryRoot = writeTree(primary, primaryDirectories, true, {
    little: pathTableSectors.primaryLittle,
    big: pathTableSectors.primaryBig,
  });
  const jolietRoot = writeTree(joliet, jolietDirectories, false, {
    little: pathTableSectors.jolietLittle,
    big: pathTableSectors.jolietBig,
  });
  put(rootContinuation.extent, extensionReferenceEntry);
  for (const file of files.values()) if (file.dataLength > 0) put(file.extent, file.content);

  const common = { volumeSpaceSize: nextFreeSector, recordedAt };
  put(
    FIRST_DESCRIPTOR_SECTOR,
    primaryVolumeDescriptor({
      ...common,
      volumeId: spec.volumeId,
      pathTableSize: primaryPathTableSize,
      littleEndianPathTableSector: pathTableSectors.primaryLittle,
      bigEndianPathTableSector: pathTableSectors.primaryBig,
      rootRecord: primaryRoot,
    }),
  );
  put(
    FIRST_DESCRIPTOR_SECTOR + 1,
    jolietVolumeDescriptor({
      ...common,
      volumeId: spec.volumeId.slice(0, JOLIET_VOLUME_ID_LENGTH),
      pathTableSize: jolietPathTableSize,
      littleEndianPathTableSector: pathTableSectors.jolietLittle,
      bigEndianPathTableSector: pathTableSectors.jolietBig,
      rootRecord: jolietRoot,
    }),
  );
  put(FIRST_DESCRIPTOR_SECTOR + 2, volumeDescriptorSetTerminator());
  return image;
}

function checkVolumeId(volumeId: string): void {
  if (!/^[\x20-\x7e]{1,32}$/.test(volumeId)) {
    throw new IsoImageError(`ISO image: volume id "${volumeId}" must be 1 to 32 printable ASCII characters`);
  }
}

function checkDate(date: Date): Date {
  // Directory records store the year as an offset from 1900 in one byte.
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 1900 || year > 2155) {
    throw new IsoImageError(`ISO image: date must be a valid date in the years 1900-2155`);
  }
  return date;
}
