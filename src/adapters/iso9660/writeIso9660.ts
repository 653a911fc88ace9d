import { type IsoFile, type IsoNode, buildIsoTree } from './buildIsoTree.js';
import { describeHierarchy } from './describeHierarchy.js';
import { DirectoryTreeLayout, type Extent } from './DirectoryTreeLayout.js';
import { IsoImageError } from './IsoImageError.js';
import { SECTOR_SIZE } from './isoFields.js';
import { jolietNaming, level1Naming } from './namingSchemes.js';
import { SectorAllocator } from './SectorAllocator.js';
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
const PRIMARY_DESCRIPTOR_SECTOR = 16;
const JOLIET_DESCRIPTOR_SECTOR = 17;
const TERMINATOR_SECTOR = 18;
/** Joliet's descriptor holds the volume id in UCS-2 within the same 32 bytes: 16 characters. */
const JOLIET_VOLUME_ID_LENGTH = 16;

/**
 * Builds an ISO 9660 image in memory with three views of the same files: plain level-1 names,
 * Rock Ridge names (exact, what Linux shows), and a Joliet tree (exact, UCS-2). File data is
 * stored once and shared by both directory trees. Same input, same bytes: names are sorted and
 * the only date is `recordedAt`.
 *
 * Layout: system area; primary descriptor, Joliet descriptor, terminator; the primary tree (path
 * tables, then directories, the root's Rock Ridge continuation sector right after the root
 * directory, see DirectoryTreeLayout); the Joliet tree; file data. Everything a directory record
 * points to lies after that record, so readers that only read forwards (libarchive) accept it.
 */
export function writeIso9660(spec: IsoImageSpec): Uint8Array {
  checkVolumeId(spec.volumeId);
  const recordedAt = checkDate(spec.recordedAt ?? DEFAULT_RECORDED_AT);
  const root = buildIsoTree(spec.files);
  const sectors = new SectorAllocator(TERMINATOR_SECTOR + 1);

  const primaryHierarchy = describeHierarchy(root, level1Naming);
  const primary = new DirectoryTreeLayout(primaryHierarchy, { recordedAt, rockRidge: true }, sectors);
  const joliet = new DirectoryTreeLayout(describeHierarchy(root, jolietNaming), { recordedAt }, sectors);
  const files = placeFiles(
    primaryHierarchy.flatMap((directory) => directory.entries.map((entry) => entry.node)),
    sectors,
  );

  const image = new Uint8Array(sectors.used * SECTOR_SIZE);
  const put = (sector: number, bytes: Uint8Array) => image.set(bytes, sector * SECTOR_SIZE);
  const common = { volumeSpaceSize: sectors.used, recordedAt };
  put(PRIMARY_DESCRIPTOR_SECTOR, primaryVolumeDescriptor({ ...common, ...tablesOf(primary), volumeId: spec.volumeId }));
  put(
    JOLIET_DESCRIPTOR_SECTOR,
    jolietVolumeDescriptor({
      ...common,
      ...tablesOf(joliet),
      volumeId: spec.volumeId.slice(0, JOLIET_VOLUME_ID_LENGTH),
    }),
  );
  put(TERMINATOR_SECTOR, volumeDescriptorSetTerminator());
  primary.write(put, files);
  joliet.write(put, files);
  for (const [node, { extent }] of files) if (node.kind === 'file') put(extent, node.content);
  return image;
}

/**
 * Gives each file its own run of sectors, in directory order. Empty files get none: extent 0 with
 * length 0, as other writers do, so no reader ever looks at that sector.
 */
function placeFiles(nodes: readonly IsoNode[], sectors: SectorAllocator): Map<IsoNode, Extent> {
  const files = new Map<IsoNode, Extent>();
  for (const node of nodes) {
    if (node.kind !== 'file') continue;
    const dataLength = node.content.length;
    files.set(node, { extent: dataLength === 0 ? 0 : sectors.allocate(dataLength), dataLength });
  }
  return files;
}

function tablesOf(tree: DirectoryTreeLayout) {
  return {
    pathTableSize: tree.pathTableSize,
    littleEndianPathTableSector: tree.littleEndianPathTableSector,
    bigEndianPathTableSector: tree.bigEndianPathTableSector,
    rootRecord: tree.rootRecord(),
  };
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
    throw new IsoImageError('ISO image: the date must be a valid date in the years 1900-2155');
  }
  return date;
}
