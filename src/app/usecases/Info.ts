import { inject, injectable } from 'inversify';
import type { StemcellFormat } from '../../domain/stemcell/StemcellFormat.js';
import { StemcellFormats } from '../tokens.js';

export interface CpiInfo {
  readonly api_version: 2;
  readonly stemcell_formats: StemcellFormat[];
}

/** Called before nearly every call (docs/cpi-protocol.md §2.2): a constant, no driver, no I/O. */
@injectable()
export class Info {
  constructor(@inject(StemcellFormats) private readonly formats: readonly StemcellFormat[]) {}

  execute(): CpiInfo {
    return { api_version: 2, stemcell_formats: [...this.formats] };
  }
}
