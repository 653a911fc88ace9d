import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { remoteTypes } from '../../../../../../src/adapters/libvirt/rpc/generated/remoteProtocol.js';
import { XdrCodec } from '../../../../../../src/adapters/libvirt/rpc/xdr/XdrCodec.js';
import { XdrError } from '../../../../../../src/adapters/libvirt/rpc/xdr/XdrError.js';
import { XdrReader } from '../../../../../../src/adapters/libvirt/rpc/xdr/XdrReader.js';
import type { XdrTypeTable } from '../../../../../../src/adapters/libvirt/rpc/xdr/XdrType.js';
import { XdrWriter } from '../../../../../../src/adapters/libvirt/rpc/xdr/XdrWriter.js';
import { xdrArbitrary } from './xdrArbitrary.js';

const codec = new XdrCodec(remoteTypes);

describe('XDR codec over every generated type', () => {
  const names = Object.keys(remoteTypes);

  it('covers the whole protocol', () => {
    expect(names.length).toBeGreaterThan(700);
  });

  it('round-trips random values of every type, and re-encodes to the same bytes', () => {
    for (const name of names) {
      const arbitrary = xdrArbitrary(remoteTypes[name]!, remoteTypes);
      fc.assert(
        fc.property(arbitrary, (value) => {
          const bytes = Buffer.from(codec.encode(name, value).bytes());
          expect(bytes.length % 4, name).toBe(0);
          const decoded = codec.decodeAll(name, bytes);
          expect(decoded, name).toEqual(value);
          expect(Buffer.from(codec.encode(name, decoded).bytes()).equals(bytes), name).toBe(true);
        }),
        { numRuns: 4 },
      );
    }
  });

  it('rejects every truncation of an encoded value', () => {
    const name = 'remote_domain_get_info_ret';
    fc.assert(
      fc.property(xdrArbitrary(remoteTypes[name]!, remoteTypes), fc.nat(), (value, cut) => {
        const bytes = Buffer.from(codec.encode(name, value).bytes());
        const short = bytes.subarray(0, cut % bytes.length);
        expect(() => codec.decodeAll(name, short)).toThrow(XdrError);
      }),
      { numRuns: 50 },
    );
  });
});

describe('XDR codec on hand-made descriptors', () => {
  const table: XdrTypeTable = {
    small: { kind: 'string', max: 3 },
    pair: {
      kind: 'struct',
      fields: [
        ['a', { kind: 'int' }],
        ['b', { kind: 'optional', of: { kind: 'ref', name: 'small' } }],
      ],
    },
    few: { kind: 'vararray', of: { kind: 'uint' }, max: 2 },
    uuid: { kind: 'opaque', fixed: 5 },
    choice: {
      kind: 'union',
      discriminant: ['type', { kind: 'int' }],
      arms: [{ cases: [1, 2], field: ['n', { kind: 'hyper' }] }, { cases: [3] }],
    },
    color: { kind: 'enum', values: { RED: 0, GREEN: 7 } },
    byte: { kind: 'int', bits: 8 },
  };
  const small = new XdrCodec(table);
  const encode = (name: string, value: unknown): string => small.encode(name, value).bytes().toString('hex');

  it('lays out bytes as RFC 4506 says', () => {
    expect(encode('pair', { a: -2, b: 'hi' })).toBe('fffffffe' + '00000001' + '00000002' + '68690000');
    expect(encode('pair', { a: 1, b: null })).toBe('00000001' + '00000000');
    expect(encode('uuid', Buffer.from('abcde'))).toBe('6162636465000000');
    expect(encode('choice', { type: 2, n: -1n })).toBe('00000002' + 'ffffffffffffffff');
    expect(encode('choice', { type: 3 })).toBe('00000003');
    expect(encode('few', [1, 2])).toBe('00000002' + '00000001' + '00000002');
  });

  it('refuses values outside the declared bounds', () => {
    expect(() => encode('small', 'long')).toThrow(XdrError);
    expect(() => encode('few', [1, 2, 3])).toThrow(XdrError);
    expect(() => encode('uuid', Buffer.alloc(4))).toThrow(XdrError);
    expect(() => encode('choice', { type: 9 })).toThrow(XdrError);
    expect(() => encode('color', 3)).toThrow(XdrError);
    expect(() => encode('byte', 128)).toThrow(XdrError);
    expect(() => encode('pair', { a: 2 ** 31, b: null })).toThrow(XdrError);
  });

  it('refuses bytes that break the declared bounds or leave a remainder', () => {
    const tooMany = Buffer.from('00000003' + '00000001'.repeat(3), 'hex');
    expect(() => small.decodeAll('few', tooMany)).toThrow(/exceeds bound/);
    const trailing = Buffer.from('00000001' + '00000000' + '00000000', 'hex');
    expect(() => small.decodeAll('pair', trailing)).toThrow(/trailing/);
    const badOptional = Buffer.from('00000001' + '00000002', 'hex');
    expect(() => small.decodeAll('pair', badOptional)).toThrow(/optional/);
    const hugeLength = Buffer.from('7fffffff', 'hex');
    expect(() => small.decode('few', new XdrReader(hugeLength))).toThrow(XdrError);
  });

  it('writes into a writer that already holds a prefix', () => {
    const writer = new XdrWriter(4, 8);
    small.encode('pair', { a: 5, b: 'x' }, writer);
    expect(writer.length).toBe(8 + 16);
    expect(writer.bytes().subarray(8).toString('hex')).toBe('00000005' + '00000001' + '00000001' + '78000000');
  });
});
