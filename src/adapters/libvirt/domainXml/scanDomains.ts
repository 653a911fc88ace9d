import { isCid } from '../../../domain/cid/Cid.js';
import type { LibvirtApi } from '../LibvirtApi.js';
import { parseXml } from '../xml/parseXml.js';
import type { XmlElement } from '../xml/XmlNode.js';
import { findMetadataInDomain, readCpiMetadata, type CpiMetadata } from './CpiMetadata.js';

export interface ScannedDomain {
  readonly name: string;
  /** The stored definition: it holds every device, attached live or not, and our metadata. */
  readonly definition: XmlElement;
  readonly metadata?: CpiMetadata;
}

/**
 * Every domain named like one of our VMs, with its definition. Used where a question spans
 * VMs (is this disk attached elsewhere? does any VM still use this stemcell?); libvirt has no
 * index for either, and a few dozen XML reads over one connection take milliseconds.
 * A domain that vanishes during the scan is skipped.
 */
export async function scanCpiDomains(api: LibvirtApi): Promise<ScannedDomain[]> {
  const names = (await api.listDomainNames()).filter((name) => isCid('vm', name));
  const scanned = await Promise.all(
    names.map(async (name): Promise<ScannedDomain | undefined> => {
      const xml = await api.domainXml(name, { inactive: true });
      if (xml === undefined) return undefined;
      const definition = parseXml(xml);
      const element = findMetadataInDomain(definition);
      let metadata: CpiMetadata | undefined;
      try {
        metadata = element ? readCpiMetadata(element) : undefined;
      } catch {
        metadata = undefined;
      }
      return { name, definition, ...(metadata ? { metadata } : {}) };
    }),
  );
  return scanned.filter((d): d is ScannedDomain => d !== undefined);
}
