import type { XmlElement, XmlNode } from './XmlNode.js';

/**
 * A small non-validating XML parser for the documents libvirt returns (domain, volume, pool and
 * network XML). It understands elements, attributes, text, CDATA, comments, processing
 * instructions, the doctype-free prolog and the predefined and numeric entities; anything else
 * is an error rather than a guess. Whitespace-only text between elements is dropped.
 */
export function parseXml(source: string): XmlElement {
  const parser = new Parser(source);
  parser.skipMisc();
  const root = parser.element();
  parser.skipMisc();
  if (!parser.atEnd()) parser.fail('content after the root element');
  return root;
}

export class XmlParseError extends Error {
  override readonly name = 'XmlParseError';
}

const NAME_START = /[A-Za-z_:]/;
const NAME_CHAR = /[A-Za-z0-9_:.-]/;

class Parser {
  private pos = 0;
  constructor(private readonly s: string) {}

  atEnd(): boolean {
    return this.pos >= this.s.length;
  }

  fail(what: string): never {
    throw new XmlParseError(`XML parse error at offset ${this.pos}: ${what}`);
  }

  /** Prolog and epilog: whitespace, comments, processing instructions (the XML declaration). */
  skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.s.startsWith('<?', this.pos)) this.skipUntil('?>');
      else if (this.s.startsWith('<!--', this.pos)) this.skipUntil('-->');
      else return;
    }
  }

  element(): XmlElement {
    if (this.s[this.pos] !== '<') this.fail('expected "<"');
    this.pos++;
    const name = this.name();
    const attrs: Record<string, string> = {};
    for (;;) {
      const hadSpace = this.skipSpace();
      const c = this.s[this.pos];
      if (c === '/' && this.s[this.pos + 1] === '>') {
        this.pos += 2;
        return { name, attrs, children: [] };
      }
      if (c === '>') {
        this.pos++;
        break;
      }
      if (!hadSpace) this.fail(`expected whitespace before attribute in <${name}>`);
      const key = this.name();
      this.skipSpace();
      if (this.s[this.pos] !== '=') this.fail(`expected "=" after attribute ${key}`);
      this.pos++;
      this.skipSpace();
      const quote = this.s[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`expected a quoted value for attribute ${key}`);
      const end = this.s.indexOf(quote, this.pos + 1);
      if (end < 0) this.fail('unterminated attribute value');
      const raw = this.s.slice(this.pos + 1, end);
      if (raw.includes('<')) this.fail('"<" in attribute value');
      if (key in attrs) this.fail(`duplicate attribute ${key}`);
      attrs[key] = decodeEntities(raw, (m) => this.fail(m));
      this.pos = end + 1;
    }
    const children: XmlNode[] = [];
    let text = '';
    const flushText = () => {
      if (text !== '' && text.trim() !== '') children.push(text);
      text = '';
    };
    for (;;) {
      if (this.atEnd()) this.fail(`unclosed element <${name}>`);
      if (this.s.startsWith('</', this.pos)) {
        this.pos += 2;
        const closing = this.name();
        if (closing !== name) this.fail(`</${closing}> closes <${name}>`);
        this.skipSpace();
        if (this.s[this.pos] !== '>') this.fail('expected ">"');
        this.pos++;
        flushText();
        return { name, attrs, children };
      }
      if (this.s.startsWith('<!--', this.pos)) {
        this.skipUntil('-->');
      } else if (this.s.startsWith('<![CDATA[', this.pos)) {
        const end = this.s.indexOf(']]>', this.pos);
        if (end < 0) this.fail('unterminated CDATA');
        text += this.s.slice(this.pos + 9, end);
        this.pos = end + 3;
      } else if (this.s.startsWith('<?', this.pos)) {
        this.skipUntil('?>');
      } else if (this.s[this.pos] === '<') {
        flushText();
        children.push(this.element());
      } else {
        const next = this.s.indexOf('<', this.pos);
        const end = next < 0 ? this.s.length : next;
        text += decodeEntities(this.s.slice(this.pos, end), (m) => this.fail(m));
        this.pos = end;
      }
    }
  }

  private name(): string {
    const start = this.pos;
    if (!NAME_START.test(this.s[this.pos] ?? '')) this.fail('expected a name');
    while (NAME_CHAR.test(this.s[this.pos] ?? '')) this.pos++;
    return this.s.slice(start, this.pos);
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (this.pos < this.s.length && ' \t\r\n'.includes(this.s[this.pos]!)) this.pos++;
    return this.pos > start;
  }

  private skipUntil(terminator: string): void {
    const end = this.s.indexOf(terminator, this.pos);
    if (end < 0) this.fail(`missing "${terminator}"`);
    this.pos = end + terminator.length;
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string, fail: (message: string) => never): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) fail(`unterminated entity "${match}"`);
    if (body in NAMED) return NAMED[body]!;
    const code = body.startsWith('#x')
      ? Number.parseInt(body.slice(2), 16)
      : body.startsWith('#')
        ? Number.parseInt(body.slice(1), 10)
        : NaN;
    if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) fail(`unknown entity "${match}"`);
    return String.fromCodePoint(code);
  });
}
