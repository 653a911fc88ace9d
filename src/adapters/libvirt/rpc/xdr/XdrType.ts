/**
 * Descriptors of XDR types (RFC 4506 plus the rpcgen extensions libvirt uses), as plain data.
 * The generator turns libvirt's `.x` files into a table of these; one generic codec reads them.
 *
 * Value mapping (what a decoded value looks like in JavaScript):
 * - int, unsigned int, char, short, enum: number
 * - hyper, unsigned hyper: bigint, always. 64-bit counters (bytes, nanoseconds) exceed 2^53
 *   in practice, and a type that is sometimes number and sometimes bigint is worse than one
 *   that is always bigint. The friendly API converts to number where the value is known small.
 * - bool: boolean; float, double: number
 * - string: string (UTF-8); opaque: Buffer
 * - optional (`*`): the value or null
 * - arrays: JavaScript arrays
 * - struct: an object with the declared field names
 * - union: an object holding the discriminant under its declared name plus the arm's field
 */
export type XdrType =
  | { readonly kind: 'int'; readonly bits?: 8 | 16 }
  | { readonly kind: 'uint'; readonly bits?: 8 | 16 }
  | { readonly kind: 'hyper' }
  | { readonly kind: 'uhyper' }
  | { readonly kind: 'bool' }
  | { readonly kind: 'float' }
  | { readonly kind: 'double' }
  | { readonly kind: 'void' }
  | { readonly kind: 'string'; readonly max?: number }
  | { readonly kind: 'opaque'; readonly fixed: number }
  | { readonly kind: 'varopaque'; readonly max?: number }
  | { readonly kind: 'array'; readonly of: XdrType; readonly fixed: number }
  | { readonly kind: 'vararray'; readonly of: XdrType; readonly max?: number }
  | { readonly kind: 'optional'; readonly of: XdrType }
  | { readonly kind: 'ref'; readonly name: string }
  | { readonly kind: 'enum'; readonly values: Readonly<Record<string, number>> }
  | { readonly kind: 'struct'; readonly fields: readonly XdrField[] }
  | {
      readonly kind: 'union';
      readonly discriminant: XdrField;
      readonly arms: readonly XdrUnionArm[];
      readonly defaultArm?: XdrUnionArm;
    };

export type XdrField = readonly [name: string, type: XdrType];

/** One arm of a union: the discriminant values that select it, and its field (absent for void). */
export interface XdrUnionArm {
  readonly cases: readonly number[];
  readonly field?: XdrField;
}

/** Every named type of a protocol, by its name in the `.x` file. */
export type XdrTypeTable = Readonly<Record<string, XdrType>>;
