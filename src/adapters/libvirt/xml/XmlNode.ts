/**
 * A minimal XML tree: enough to build every document libvirt takes from us and to read back
 * the parts of libvirt's own documents that we need. Text is always escaped on output, so a
 * value from a request (a CID, a BOSH metadata value, settings JSON) can never become markup.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

type AttrValue = string | number | boolean | undefined;
type Child = XmlNode | undefined | false | readonly (XmlNode | undefined | false)[];

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*(:[A-Za-z_][A-Za-z0-9_.-]*)?$/;

/** Builds an element; undefined attributes and children are left out (optional parts read naturally). */
export function el(name: string, attrs: Readonly<Record<string, AttrValue>> = {}, ...children: Child[]): XmlElement {
  if (!NAME.test(name)) throw new Error(`invalid XML element name ${JSON.stringify(name)}`);
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(attrs)) {
    if (!NAME.test(key)) throw new Error(`invalid XML attribute name ${JSON.stringify(key)}`);
    if (value !== undefined) kept[key] = String(value);
  }
  const flat: XmlNode[] = [];
  for (const child of children) {
    if (Array.isArray(child)) {
      for (const c of child) if (c !== undefined && c !== false) flat.push(c);
    } else if (child !== undefined && child !== false) flat.push(child as XmlNode);
  }
  return { name, attrs: kept, children: flat };
}

export const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';

/** Child elements, optionally only those with this name (prefix ignored when `name` has none). */
export function childElements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter(isElement).filter((c) => name === undefined || sameName(c.name, name));
}

export function firstChild(parent: XmlElement, name: string): XmlElement | undefined {
  return parent.children.find((c): c is XmlElement => isElement(c) && sameName(c.name, name));
}

/** Descendant elements along a path of names, e.g. `path(domain, 'devices', 'disk')`. */
export function path(root: XmlElement, ...names: string[]): XmlElement[] {
  let level: XmlElement[] = [root];
  for (const name of names) level = level.flatMap((e) => childElements(e, name));
  return level;
}

/** Concatenated text content of an element (direct text children only). */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  return element.children.filter((c): c is string => typeof c === 'string').join('');
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function sameName(actual: string, wanted: string): boolean {
  return wanted.includes(':') ? actual === wanted : localName(actual) === wanted;
}
