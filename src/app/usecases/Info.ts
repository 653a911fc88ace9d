import { inject, injectable } from 'inversify';
import type { StemcellFormat } from '../../domain/stemcell/StemcellFormat.js';
import { StemcellFormats } from '../tokens.js';
import { cpiInfo, type CpiInfo } from './cpiInfo.js';

export type { CpiInfo } from './cpiInfo.js';

/** Called before nearly every call (docs/cpi-protocol.md §2.2): a constant, no driver, no I/O. */
@injectable()
export class Info {
  constructor(@inject(StemcellFormats) private readonly formats: readonly StemcellFormat[]) {}

  execute(): CpiInfo {
    return cpiInfo(this.formats);
  }
}
