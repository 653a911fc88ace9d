import { inject, injectable } from 'inversify';
import type { StemcellCid } from '../../domain/cid/Cid.js';
import { failure } from '../../domain/errors/DomainError.js';
import { recogniseStemcellImage } from '../../domain/stemcell/recogniseStemcellImage.js';
import type { StemcellRecord } from '../../domain/stemcell/StemcellRecord.js';
import type { StemcellDriver, StemcellImport } from '../../ports/StemcellDriver.js';
import { listTarEntries } from '../system/listTarEntries.js';
import { MemoryStore } from './MemoryStore.js';

/**
 * Reads the image the way a real driver must (its tar listing decides the format) but keeps
 * only what it learnt, not the bytes.
 */
@injectable()
export class MemoryStemcellDriver implements StemcellDriver {
  constructor(@inject(MemoryStore) private readonly store: MemoryStore) {}

  async importStemcell(request: StemcellImport): Promise<StemcellRecord> {
    const entries = await listTarEntries(request.imagePath);
    const kind = recogniseStemcellImage(
      entries.map((entry) => entry.name),
      `stemcell image ${request.imagePath}`,
    );
    const disk = entries.find((entry) => (kind === 'openstack' ? /^(\.\/)?root\.img$/ : /\.vmdk$/i).test(entry.name));
    const sizeBytes = disk?.size ?? 0;
    await this.store.update((state) => {
      if (state.stemcells[request.cid]) throw failure('infrastructure', `stemcell ${request.cid} already exists`);
      state.stemcells[request.cid] = { kind, sizeBytes, entries: entries.map((entry) => entry.name) };
    });
    return { cid: request.cid, kind, sizeBytes };
  }

  async findStemcell(cid: StemcellCid): Promise<StemcellRecord | undefined> {
    const stemcell = await this.store.read((state) => state.stemcells[cid]);
    return stemcell && { cid, kind: stemcell.kind, sizeBytes: stemcell.sizeBytes };
  }

  async deleteStemcell(cid: StemcellCid): Promise<void> {
    await this.store.update((state) => {
      delete state.stemcells[cid];
    });
  }
}
