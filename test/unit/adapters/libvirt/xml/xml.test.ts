import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml, XmlParseError } from '../../../../../src/adapters/libvirt/xml/parseXml.js';
import { escapeAttr, escapeText, renderXml } from '../../../../../src/adapters/libvirt/xml/renderXml.js';
import { childElements, el, firstChild, path, textOf } from '../../../../../src/adapters/libvirt/xml/XmlNode.js';

/** Strings XML can carry unchanged (the renderer replaces the rest with U+FFFD). */
const xmlSafe = fc
  .string({ unit: 'grapheme', maxLength: 40 })
  .map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\r]/g, ''));

describe('XML escaping', () => {
  it('escapes markup in text and attributes', () => {
    expect(escapeText(`a<b>&c`)).toBe('a&lt;b&gt;&amp;c');
    expect(escapeAttr(`"'<&\n`)).toBe('&quot;&apos;&lt;&amp;&#10;');
  });

  it('replaces characters XML 1.0 cannot carry, even as references', () => {
    expect(escapeText('a\u0000b\u001fc\ud800d')).toBe('a\ufffdb\ufffdc\ufffdd');
    expect(escapeText('😀')).toBe('😀');
  });

  it('an injection attempt stays text', () => {
    const hostile = `</name><devices><disk type='file'><source file='/etc/shadow'/></disk></devices><name>`;
    const doc = parseXml(renderXml(el('domain', {}, el('name', {}, hostile))));
    expect(textOf(firstChild(doc, 'name'))).toBe(hostile);
    expect(firstChild(doc, 'devices')).toBeUndefined();
  });

  it('text and attribute values survive render and parse (property)', () => {
    fc.assert(
      fc.property(
        xmlSafe.filter((s) => s.trim() !== ''),
        xmlSafe,
        (text, attr) => {
          const doc = parseXml(renderXml(el('a', { v: attr }, el('b', { w: attr }, text))));
          expect(doc.attrs.v).toBe(attr);
          expect(firstChild(doc, 'b')!.attrs.w).toBe(attr);
          expect(textOf(firstChild(doc, 'b'))).toBe(text);
        },
      ),
    );
  });

  it('rejects names that are not XML names', () => {
    expect(() => el('a b')).toThrow(/invalid XML element name/);
    expect(() => el('a', { 'x"': '1' })).toThrow(/invalid XML attribute name/);
  });

  it('leaves out undefined attributes and children', () => {
    expect(renderXml(el('a', { x: undefined, y: 1 }, undefined, false, el('b')))).toBe('<a y="1">\n  <b/>\n</a>');
  });
});

describe('parseXml', () => {
  it('reads what libvirt writes: prolog, comments, CDATA, entities, namespaces', () => {
    const doc = parseXml(`<?xml version="1.0"?>
<!-- generated -->
<domain type='kvm' id="3">
  <name>vm&#95;1 &amp; &#x41;</name>
  <metadata><cpi:vm xmlns:cpi="urn:x"><cpi:cid><![CDATA[<raw>]]></cpi:cid></cpi:vm></metadata>
  <devices><disk/><disk device="cdrom"/><!-- c --></devices>
</domain>`);
    expect(doc.name).toBe('domain');
    expect(doc.attrs).toEqual({ type: 'kvm', id: '3' });
    expect(textOf(firstChild(doc, 'name'))).toBe('vm_1 & A');
    expect(textOf(path(doc, 'metadata', 'vm', 'cid')[0])).toBe('<raw>');
    expect(childElements(firstChild(doc, 'devices')!, 'disk')).toHaveLength(2);
  });

  it.each([
    ['<a>', /unclosed/],
    ['<a></b>', /closes/],
    ['<a x=1/>', /quoted/],
    ['<a>&bogus;</a>', /unknown entity/],
    ['<a/><b/>', /after the root/],
    ['<a x="1" x="2"/>', /duplicate/],
    ['', /expected "<"/],
  ])('rejects %j', (text, message) => {
    expect(() => parseXml(text)).toThrow(XmlParseError);
    expect(() => parseXml(text)).toThrow(message);
  });
});
