import { XdrError } from './XdrError.js';
import { XdrReader } from './XdrReader.js';
import type { XdrType, XdrTypeTable, XdrUnionArm } from './XdrType.js';
import { XdrWriter } from './XdrWriter.js';

type Fields = Record<string, unknown>;

/** Encodes and decodes values by the descriptors of one protocol's type table. */
export class XdrCodec {
  constructor(private readonly types: XdrTypeTable) {}

  /** The descriptor of a named type; throws for a name the protocol does not define. */
  typeOf(name: string): XdrType {
    const type = this.types[name];
    if (type === undefined) throw new XdrError(`unknown XDR type ${name}`);
    return type;
  }

  encode(name: string, value: unknown, writer: XdrWriter = new XdrWriter()): XdrWriter {
    this.write(this.typeOf(name), value, writer, name);
    return writer;
  }

  decode(name: string, reader: XdrReader): unknown {
    return this.read(this.typeOf(name), reader, name);
  }

  /** Decodes a whole buffer, rejecting trailing bytes (they mean the type is wrong). */
  decodeAll(name: string, data: Buffer): unknown {
    const reader = new XdrReader(data);
    const value = this.decode(name, reader);
    if (reader.remaining !== 0) throw new XdrError(`${reader.remaining} trailing bytes after ${name}`);
    return value;
  }

  write(type: XdrType, value: unknown, w: XdrWriter, path: string): void {
    switch (type.kind) {
      case 'int':
        return w.int(checkBits(value, type.bits, true, path));
      case 'uint':
        return w.uint(checkBits(value, type.bits, false, path));
      case 'hyper':
        return w.hyper(value as bigint);
      case 'uhyper':
        return w.uhyper(value as bigint);
      case 'bool':
        return w.bool(value as boolean);
      case 'float':
        return w.float(asNumber(value, path));
      case 'double':
        return w.double(asNumber(value, path));
      case 'void':
        return;
      case 'string': {
        if (typeof value !== 'string') throw new XdrError(`${path}: expected a string`);
        if (type.max !== undefined && Buffer.byteLength(value) > type.max) {
          throw new XdrError(`${path}: string longer than ${type.max} bytes`);
        }
        return w.string(value);
      }
      case 'opaque': {
        const data = asBytes(value, path);
        if (data.length !== type.fixed) throw new XdrError(`${path}: expected ${type.fixed} bytes, got ${data.length}`);
        return w.fixedOpaque(data);
      }
      case 'varopaque': {
        const data = asBytes(value, path);
        if (type.max !== undefined && data.length > type.max) {
          throw new XdrError(`${path}: opaque longer than ${type.max} bytes`);
        }
        return w.varOpaque(data);
      }
      case 'array': {
        const items = asArray(value, path);
        if (items.length !== type.fixed) throw new XdrError(`${path}: expected ${type.fixed} items, got ${items.length}`);
        for (let i = 0; i < items.length; i++) this.write(type.of, items[i], w, `${path}[${i}]`);
        return;
      }
      case 'vararray': {
        const items = asArray(value, path);
        if (type.max !== undefined && items.length > type.max) {
          throw new XdrError(`${path}: more than ${type.max} items`);
        }
        w.uint(items.length);
        for (let i = 0; i < items.length; i++) this.write(type.of, items[i], w, `${path}[${i}]`);
        return;
      }
      case 'optional':
        if (value === null || value === undefined) return w.uint(0);
        w.uint(1);
        return this.write(type.of, value, w, path);
      case 'ref':
        return this.write(this.typeOf(type.name), value, w, `${path}<${type.name}>`);
      case 'enum': {
        const n = checkBits(value, undefined, true, path);
        if (!Object.values(type.values).includes(n)) throw new XdrError(`${path}: ${n} is not a value of the enum`);
        return w.int(n);
      }
      case 'struct': {
        const record = asRecord(value, path);
        for (const [field, fieldType] of type.fields) this.write(fieldType, record[field], w, `${path}.${field}`);
        return;
      }
      case 'union': {
        const record = asRecord(value, path);
        const [discName, discType] = type.discriminant;
        const disc = record[discName];
        this.write(discType, disc, w, `${path}.${discName}`);
        const arm = selectArm(type.arms, type.defaultArm, discriminantNumber(disc), path);
        if (arm.field) this.write(arm.field[1], record[arm.field[0]], w, `${path}.${arm.field[0]}`);
        return;
      }
    }
  }

  read(type: XdrType, r: XdrReader, path: string): unknown {
    switch (type.kind) {
      case 'int':
        return r.int();
      case 'uint':
        return r.uint();
      case 'hyper':
        return r.hyper();
      case 'uhyper':
        return r.uhyper();
      case 'bool':
        return r.bool();
      case 'float':
        return r.float();
      case 'double':
        return r.double();
      case 'void':
        return undefined;
      case 'string':
        return r.string(type.max);
      case 'opaque':
        return r.fixedOpaque(type.fixed);
      case 'varopaque':
        return r.varOpaque(type.max);
      case 'array': {
        const items = new Array<unknown>(type.fixed);
        for (let i = 0; i < type.fixed; i++) items[i] = this.read(type.of, r, path);
        return items;
      }
      case 'vararray': {
        const count = r.length(type.max);
        const items = new Array<unknown>(count);
        for (let i = 0; i < count; i++) items[i] = this.read(type.of, r, path);
        return items;
      }
      case 'optional': {
        const present = r.uint();
        if (present === 0) return null;
        if (present !== 1) throw new XdrError(`${path}: bad optional marker ${present}`);
        return this.read(type.of, r, path);
      }
      case 'ref':
        return this.read(this.typeOf(type.name), r, type.name);
      case 'enum':
        // Lenient on purpose: a newer daemon may send enum values this table does not know.
        return r.int();
      case 'struct': {
        const record: Fields = {};
        for (const [field, fieldType] of type.fields) record[field] = this.read(fieldType, r, `${path}.${field}`);
        return record;
      }
      case 'union': {
        const [discName, discType] = type.discriminant;
        const disc = this.read(discType, r, path);
        const record: Fields = { [discName]: disc };
        const arm = selectArm(type.arms, type.defaultArm, discriminantNumber(disc), path);
        if (arm.field) record[arm.field[0]] = this.read(arm.field[1], r, `${path}.${arm.field[0]}`);
        return record;
      }
    }
  }
}

function selectArm(arms: readonly XdrUnionArm[], defaultArm: XdrUnionArm | undefined, disc: number, path: string): XdrUnionArm {
  for (const arm of arms) if (arm.cases.includes(disc)) return arm;
  if (defaultArm) return defaultArm;
  throw new XdrError(`${path}: no union arm for discriminant ${disc}`);
}

function discriminantNumber(value: unknown): number {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value as number;
}

function checkBits(value: unknown, bits: 8 | 16 | undefined, signed: boolean, path: string): number {
  const n = asNumber(value, path);
  if (bits !== undefined) {
    const min = signed ? -(2 ** (bits - 1)) : 0;
    const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
    if (!Number.isInteger(n) || n < min || n > max) throw new XdrError(`${path}: ${n} out of ${bits}-bit range`);
  }
  return n;
}

function asNumber(value: unknown, path: string): number {
  if (typeof value !== 'number') throw new XdrError(`${path}: expected a number, got ${typeof value}`);
  return value;
}

function asBytes(value: unknown, path: string): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new XdrError(`${path}: expected a Buffer`);
  return value;
}

function asArray(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new XdrError(`${path}: expected an array`);
  return value;
}

function asRecord(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null) throw new XdrError(`${path}: expected an object`);
  return value as Fields;
}
