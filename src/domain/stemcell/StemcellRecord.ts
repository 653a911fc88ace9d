import type { StemcellCid } from '../cid/Cid.js';
import type { StemcellImageKind } from './StemcellFormat.js';

/** What a driver knows of an imported stemcell. */
export interface StemcellRecord {
  readonly cid: StemcellCid;
  readonly kind: StemcellImageKind;
  /** Virtual size of the root disk image, in bytes. */
  readonly sizeBytes: number;
}
