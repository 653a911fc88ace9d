import fc from 'fast-check';
import type { XdrType, XdrTypeTable } from '../../../../../../src/adapters/libvirt/rpc/xdr/XdrType.js';

/** Size limits that keep generated values small, so a run over every type stays fast. */
const MAX_ITEMS = 3;
const MAX_BYTES = 12;

/**
 * A fast-check arbitrary of valid values for an XDR descriptor: every value it yields must
 * survive encode then decode unchanged.
 */
export function xdrArbitrary(type: XdrType, table: XdrTypeTable, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 24) throw new Error('descriptor nesting too deep (a recursive type?)');
  const next = (t: XdrType): fc.Arbitrary<unknown> => xdrArbitrary(t, table, depth + 1);
  switch (type.kind) {
    case 'int':
      return type.bits ? fc.integer({ min: -(2 ** (type.bits - 1)), max: 2 ** (type.bits - 1) - 1 }) : fc.integer();
    case 'uint':
      return fc.integer({ min: 0, max: type.bits ? 2 ** type.bits - 1 : 0xffffffff });
    case 'hyper':
      return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
    case 'uhyper':
      return fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
    case 'bool':
      return fc.boolean();
    case 'float':
      return fc.float();
    case 'double':
      return fc.double();
    case 'void':
      return fc.constant(undefined);
    case 'string':
      return fc
        .string({ maxLength: Math.min(MAX_BYTES, type.max ?? MAX_BYTES), unit: 'grapheme' })
        .filter((s) => type.max === undefined || Buffer.byteLength(s) <= type.max);
    case 'opaque':
      return fc.uint8Array({ minLength: type.fixed, maxLength: type.fixed }).map((a) => Buffer.from(a));
    case 'varopaque':
      return fc.uint8Array({ maxLength: Math.min(MAX_BYTES, type.max ?? MAX_BYTES) }).map((a) => Buffer.from(a));
    case 'array':
      return fc.array(next(type.of), { minLength: type.fixed, maxLength: type.fixed });
    case 'vararray':
      return fc.array(next(type.of), { maxLength: Math.min(MAX_ITEMS, type.max ?? MAX_ITEMS) });
    case 'optional':
      return fc.option(next(type.of), { nil: null });
    case 'ref': {
      const target = table[type.name];
      if (!target) throw new Error(`undefined type ${type.name}`);
      return next(target);
    }
    case 'enum':
      return fc.constantFrom(...Object.values(type.values));
    case 'struct':
      return fc.record(Object.fromEntries(type.fields.map(([name, fieldType]) => [name, next(fieldType)])));
    case 'union': {
      const [discName, discType] = type.discriminant;
      const arms = type.arms.map((arm) => {
        const disc = fc
          .constantFrom(...arm.cases)
          .map((value): unknown => (resolve(discType, table).kind === 'bool' ? value !== 0 : value));
        const field = arm.field;
        return field
          ? fc.tuple(disc, next(field[1])).map(([d, v]) => ({ [discName]: d, [field[0]]: v }))
          : disc.map((d) => ({ [discName]: d }));
      });
      return fc.oneof(...arms);
    }
  }
}

function resolve(type: XdrType, table: XdrTypeTable): XdrType {
  return type.kind === 'ref' ? resolve(table[type.name]!, table) : type;
}
