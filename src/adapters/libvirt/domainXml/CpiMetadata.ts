import { isCid, type StemcellCid, type VmCid } from '../../../domain/cid/Cid.js';
import { failure } from '../../../domain/errors/DomainError.js';
import type { AgentSettings } from '../../../domain/settings/AgentSettings.js';
import type { SettingsMediumKind } from '../../../domain/settings/SettingsMediumKind.js';
import type { StemcellImageKind } from '../../../domain/stemcell/StemcellFormat.js';
import { parseXml } from '../xml/parseXml.js';
import { childElements, el, firstChild, textOf, type XmlElement } from '../xml/XmlNode.js';

/**
 * Our state on a domain (docs/design.md D6): the domain itself is the database. It lives in one
 * element of the domain's `<metadata>`, in our own namespace, so libvirt keeps it with the
 * domain definition and any other tool's metadata stays untouched. JSON values (settings,
 * BOSH metadata) are stored as escaped text: JSON escapes every character XML cannot carry.
 */
export const CPI_METADATA_NS = 'https://bosh-libvirt-cpi/metadata/1';
/** The prefix libvirt gives our element (virDomainSetMetadata's `key`). */
export const CPI_METADATA_PREFIX = 'boshcpi';

export interface CpiMetadata {
  readonly vmCid: VmCid;
  readonly agentId: string;
  readonly stemcell: { readonly cid: StemcellCid; readonly kind: StemcellImageKind };
  readonly medium: SettingsMediumKind;
  readonly volumes: { readonly root: string; readonly ephemeral?: string; readonly settings: string };
  readonly settings: AgentSettings;
  readonly boshMetadata: Readonly<Record<string, string>>;
}

/** The element as it goes into a domain definition: in our namespace, declared on itself. */
export function metadataElement(meta: CpiMetadata): XmlElement {
  return buildElement(meta, (name) => `${CPI_METADATA_PREFIX}:${name}`, { [`xmlns:${CPI_METADATA_PREFIX}`]: CPI_METADATA_NS });
}

/**
 * The element as virDomainSetMetadata wants it: without prefix or namespace declaration, which
 * libvirt adds itself (it refuses an element that already declares the prefix).
 */
export function metadataElementForUpdate(meta: CpiMetadata): XmlElement {
  return buildElement(meta, (name) => name, {});
}

function buildElement(meta: CpiMetadata, p: (name: string) => string, rootAttrs: Record<string, string>): XmlElement {
  return el(
    p('vm'),
    rootAttrs,
    el(p('cid'), {}, meta.vmCid),
    el(p('agent-id'), {}, meta.agentId),
    el(p('stemcell'), { cid: meta.stemcell.cid, kind: meta.stemcell.kind }),
    el(p('medium'), { kind: meta.medium }),
    el(p('volumes'), { root: meta.volumes.root, ephemeral: meta.volumes.ephemeral, settings: meta.volumes.settings }),
    el(p('settings'), {}, JSON.stringify(meta.settings)),
    el(p('bosh-metadata'), {}, JSON.stringify(meta.boshMetadata)),
  );
}

/** Finds our element in a whole domain XML document; undefined when the domain is not ours. */
export function findMetadataInDomain(domain: XmlElement): XmlElement | undefined {
  const metadata = firstChild(domain, 'metadata');
  return metadata ? childElements(metadata).find(isOurs) : undefined;
}

/** Parses our element, given as a tree or as the text virDomainGetMetadata returns. */
export function readCpiMetadata(source: XmlElement | string): CpiMetadata {
  const root = typeof source === 'string' ? parseXml(source) : source;
  if (!isOurs(root)) throw broken('the element is not in our namespace');
  const text = (name: string) => {
    const node = firstChild(root, name);
    if (!node) throw broken(`<${name}> is missing`);
    return textOf(node);
  };
  const attr = (name: string, key: string) => firstChild(root, name)?.attrs[key];
  const vmCid = text('cid');
  const stemcellCid = attr('stemcell', 'cid');
  const kind = attr('stemcell', 'kind');
  const medium = attr('medium', 'kind');
  const rootVolume = attr('volumes', 'root');
  const settingsVolume = attr('volumes', 'settings');
  if (!isCid('vm', vmCid)) throw broken('<cid> is not a VM CID');
  if (!isCid('stemcell', stemcellCid)) throw broken('<stemcell cid> is not a stemcell CID');
  if (kind !== 'openstack' && kind !== 'vsphere') throw broken('<stemcell kind> is unknown');
  if (medium !== 'cdrom-env' && medium !== 'config-drive') throw broken('<medium kind> is unknown');
  if (!rootVolume || !settingsVolume) throw broken('<volumes> lacks root or settings');
  const ephemeral = attr('volumes', 'ephemeral');
  return {
    vmCid,
    agentId: text('agent-id'),
    stemcell: { cid: stemcellCid, kind },
    medium,
    volumes: { root: rootVolume, settings: settingsVolume, ...(ephemeral ? { ephemeral } : {}) },
    settings: parseJsonObject(text('settings'), 'settings') as unknown as AgentSettings,
    boshMetadata: stringMap(parseJsonObject(text('bosh-metadata'), 'bosh-metadata')),
  };
}

function isOurs(element: XmlElement): boolean {
  return Object.entries(element.attrs).some(([k, v]) => (k === 'xmlns' || k.startsWith('xmlns:')) && v === CPI_METADATA_NS);
}

function parseJsonObject(text: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw broken(`<${what}> is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw broken(`<${what}> is not a JSON object`);
  return value as Record<string, unknown>;
}

function stringMap(value: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}

const broken = (why: string) => failure('infrastructure', `the domain's bosh-libvirt-cpi metadata is unreadable: ${why}`);
