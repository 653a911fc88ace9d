import type { XmlElement, XmlNode } from './XmlNode.js';

// Characters XML 1.0 cannot carry at all, not even as a character reference; they are replaced
// so that no input can make libvirt reject (or misread) a document we send.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeText(value: string): string {
  return value.replace(NOT_XML_CHAR, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Serialises a tree. Elements holding only elements are indented; mixed or text content is kept verbatim. */
export function renderXml(node: XmlNode, indent = ''): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  if (node.children.length === 0) return `${indent}<${node.name}${attrs}/>`;
  const onlyElements = node.children.every((c) => typeof c !== 'string');
  if (!onlyElements) {
    return `${indent}<${node.name}${attrs}>${node.children.map((c) => renderXml(c)).join('')}</${node.name}>`;
  }
  const inner = (node.children as XmlElement[]).map((c) => renderXml(c, `${indent}  `)).join('\n');
  return `${indent}<${node.name}${attrs}>\n${inner}\n${indent}</${node.name}>`;
}
