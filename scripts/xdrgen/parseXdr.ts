import type { XdrField, XdrType, XdrUnionArm } from '../../src/adapters/libvirt/rpc/xdr/XdrType.js';
import { tokenizeXdr, type XdrToken } from './tokenizeXdr.js';

/** What one or more `.x` files define, in source order. */
export interface XdrDefinitions {
  /** `const` definitions and enum members, resolved to numbers. */
  readonly constants: Map<string, number>;
  /** Only the names defined with `const` (enum members are in `constants` too). */
  readonly constNames: string[];
  /** Named types: typedefs, structs, unions, enums. */
  readonly types: Map<string, XdrType>;
}

export function emptyDefinitions(externalConstants: Record<string, number> = {}): XdrDefinitions {
  return { constants: new Map(Object.entries(externalConstants)), constNames: [], types: new Map() };
}

/**
 * Parses XDR source (RFC 4506 with rpcgen's extensions: `char`, `short`, `unsigned` alone,
 * pass-through lines) into `into`. Constants must be defined before use, as rpcgen needs too;
 * names from C headers (VIR_UUID_BUFLEN...) come in as external constants.
 */
export function parseXdr(source: string, into: XdrDefinitions = emptyDefinitions()): XdrDefinitions {
  new Parser(tokenizeXdr(source), into).parseAll();
  return into;
}

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: XdrToken[],
    private readonly defs: XdrDefinitions,
  ) {}

  parseAll(): void {
    while (this.index < this.tokens.length) this.definition();
  }

  private definition(): void {
    const keyword = this.ident();
    switch (keyword) {
      case 'const': {
        const name = this.ident();
        this.expect('=');
        const value = this.value();
        this.expect(';');
        this.defineConstant(name, value);
        this.defs.constNames.push(name);
        return;
      }
      case 'typedef': {
        const [name, type] = this.declaration();
        if (name === '') this.fail('typedef of void');
        this.expect(';');
        this.defineType(name, type);
        return;
      }
      case 'enum': {
        const name = this.ident();
        const type = this.enumBody();
        this.expect(';');
        this.defineType(name, type);
        return;
      }
      case 'struct': {
        const name = this.ident();
        const type = this.structBody();
        this.expect(';');
        this.defineType(name, type);
        return;
      }
      case 'union': {
        const name = this.ident();
        const type = this.unionBody();
        this.expect(';');
        this.defineType(name, type);
        return;
      }
      default:
        this.fail(`unexpected '${keyword}' at the top level`, -1);
    }
  }

  private enumBody(): XdrType {
    this.expect('{');
    const values: Record<string, number> = {};
    for (;;) {
      const member = this.ident();
      this.expect('=');
      const value = this.value();
      values[member] = value;
      this.defineConstant(member, value);
      if (this.accept(',')) continue;
      this.expect('}');
      return { kind: 'enum', values };
    }
  }

  private structBody(): XdrType {
    this.expect('{');
    const fields: XdrField[] = [];
    while (!this.accept('}')) {
      const field = this.declaration();
      this.expect(';');
      if (field[0] !== '') fields.push(field);
    }
    return { kind: 'struct', fields };
  }

  private unionBody(): XdrType {
    this.expectIdent('switch');
    this.expect('(');
    const discriminant = this.declaration();
    this.expect(')');
    this.expect('{');
    const arms: XdrUnionArm[] = [];
    let defaultArm: XdrUnionArm | undefined;
    while (!this.accept('}')) {
      const cases: number[] = [];
      let isDefault = false;
      for (;;) {
        if (this.acceptIdent('case')) {
          cases.push(this.value());
          this.expect(':');
        } else if (this.acceptIdent('default')) {
          isDefault = true;
          this.expect(':');
        } else break;
      }
      if (cases.length === 0 && !isDefault) this.fail('expected case or default');
      const [name, type] = this.declaration();
      this.expect(';');
      const arm: XdrUnionArm = name === '' ? { cases } : { cases, field: [name, type] };
      if (isDefault) defaultArm = arm;
      else arms.push(arm);
    }
    return defaultArm ? { kind: 'union', discriminant, arms, defaultArm } : { kind: 'union', discriminant, arms };
  }

  /** A declaration; void yields the name ''. */
  private declaration(): XdrField {
    if (this.acceptIdent('void')) return ['', { kind: 'void' }];
    if (this.acceptIdent('opaque')) {
      const name = this.ident();
      if (this.accept('[')) {
        const fixed = this.value();
        this.expect(']');
        return [name, { kind: 'opaque', fixed }];
      }
      return [name, withMax({ kind: 'varopaque' }, this.bound())];
    }
    if (this.acceptIdent('string')) {
      const name = this.ident();
      return [name, withMax({ kind: 'string' }, this.bound())];
    }
    const base = this.typeSpecifier();
    if (this.accept('*')) return [this.ident(), { kind: 'optional', of: base }];
    const name = this.ident();
    if (this.accept('[')) {
      const fixed = this.value();
      this.expect(']');
      return [name, { kind: 'array', of: base, fixed }];
    }
    if (this.peek('<')) return [name, withMax({ kind: 'vararray', of: base }, this.bound())];
    return [name, base];
  }

  /** `<N>` or `<>`; undefined for no bound. */
  private bound(): number | undefined {
    this.expect('<');
    if (this.accept('>')) return undefined;
    const max = this.value();
    this.expect('>');
    return max;
  }

  private typeSpecifier(): XdrType {
    const word = this.ident();
    switch (word) {
      case 'unsigned': {
        if (this.acceptIdent('int')) return { kind: 'uint' };
        if (this.acceptIdent('hyper')) return { kind: 'uhyper' };
        if (this.acceptIdent('char')) return { kind: 'uint', bits: 8 };
        if (this.acceptIdent('short')) return { kind: 'uint', bits: 16 };
        if (this.acceptIdent('long')) return { kind: 'uint' };
        return { kind: 'uint' };
      }
      case 'int':
      case 'long':
        return { kind: 'int' };
      case 'char':
        return { kind: 'int', bits: 8 };
      case 'short':
        return { kind: 'int', bits: 16 };
      case 'hyper':
        return { kind: 'hyper' };
      case 'float':
        return { kind: 'float' };
      case 'double':
        return { kind: 'double' };
      case 'bool':
        return { kind: 'bool' };
      case 'quadruple':
        return this.fail('quadruple is not supported', -1);
      case 'enum':
        return this.enumBody();
      case 'struct':
        return this.structBody();
      case 'union':
        return this.unionBody();
      default:
        return { kind: 'ref', name: word };
    }
  }

  /** A constant: a number (decimal, hex, octal, negative) or a defined name. */
  private value(): number {
    const negative = this.accept('-');
    const token = this.next();
    let n: number;
    if (token.kind === 'number') {
      const text = token.text;
      if (/^0[xX][0-9A-Fa-f]+$/.test(text)) n = parseInt(text.slice(2), 16);
      else if (/^0[0-7]+$/.test(text)) n = parseInt(text.slice(1), 8);
      else if (/^[0-9]+$/.test(text)) n = parseInt(text, 10);
      else return this.fail(`bad number '${text}'`, -1);
    } else if (token.kind === 'ident') {
      const known = this.defs.constants.get(token.text);
      if (known === undefined) return this.fail(`undefined constant '${token.text}'`, -1);
      n = known;
    } else {
      return this.fail(`expected a value, got '${token.text}'`, -1);
    }
    return negative ? -n : n;
  }

  private defineConstant(name: string, value: number): void {
    const old = this.defs.constants.get(name);
    if (old !== undefined && old !== value) this.fail(`constant ${name} redefined`, -1);
    this.defs.constants.set(name, value);
  }

  private defineType(name: string, type: XdrType): void {
    if (this.defs.types.has(name)) this.fail(`type ${name} defined twice`, -1);
    this.defs.types.set(name, type);
  }

  private ident(): string {
    const token = this.next();
    if (token.kind !== 'ident') this.fail(`expected a name, got '${token.text}'`, -1);
    return token.text;
  }

  private expectIdent(word: string): void {
    if (!this.acceptIdent(word)) this.fail(`expected '${word}'`);
  }

  private acceptIdent(word: string): boolean {
    const token = this.tokens[this.index];
    if (token?.kind === 'ident' && token.text === word) {
      this.index++;
      return true;
    }
    return false;
  }

  private peek(punct: string): boolean {
    const token = this.tokens[this.index];
    return token?.kind === 'punct' && token.text === punct;
  }

  private accept(punct: string): boolean {
    if (!this.peek(punct)) return false;
    this.index++;
    return true;
  }

  private expect(punct: string): void {
    if (!this.accept(punct)) this.fail(`expected '${punct}'`);
  }

  private next(): XdrToken {
    const token = this.tokens[this.index++];
    if (!token) return this.fail('unexpected end of input', -1);
    return token;
  }

  private fail(message: string, back = 0): never {
    const token = this.tokens[this.index + back] ?? this.tokens[this.tokens.length - 1];
    const where = token ? `line ${token.line} near '${token.text}'` : 'empty input';
    throw new Error(`XDR parse error, ${where}: ${message}`);
  }
}

function withMax<T extends { kind: string }>(type: T, max: number | undefined): T & { max?: number } {
  return max === undefined ? type : { ...type, max };
}
