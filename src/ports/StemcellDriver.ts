import type { ServiceIdentifier } from 'inversify';
import type { StemcellCid } from '../domain/cid/Cid.js';
import type { StemcellRecord } from '../domain/stemcell/StemcellRecord.js';

export interface StemcellImport {
  readonly cid: StemcellCid;
  /** The `image` file the director extracted from the tarball; it is deleted after the call. */
  readonly imagePath: string;
  /** `cloud_properties` of stemcell.MF; informative only: the format is read from the content. */
  readonly cloudProperties: Readonly<Record<string, unknown>>;
}

export interface StemcellDriver {
  /** Imports the image; on failure nothing of it is left. Throws invalid_request for a broken image. */
  importStemcell(request: StemcellImport): Promise<StemcellRecord>;
  /** undefined when there is no such stemcell. */
  findStemcell(cid: StemcellCid): Promise<StemcellRecord | undefined>;
  /** Idempotent: a missing stemcell is success. Must not break VMs still using it. */
  deleteStemcell(cid: StemcellCid): Promise<void>;
}
export const StemcellDriver: ServiceIdentifier<StemcellDriver> = Symbol.for('bosh-libvirt-cpi.StemcellDriver');
