import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LibvirtConnectionError } from '../../../../../src/adapters/libvirt/rpc/LibvirtError.js';
import { packetPrefix, type PacketHeader } from '../../../../../src/adapters/libvirt/rpc/Packet.js';
import { PacketReassembler } from '../../../../../src/adapters/libvirt/rpc/PacketReassembler.js';

const headerArb: fc.Arbitrary<PacketHeader> = fc.record({
  program: fc.constantFrom(0x20008086, 0x6b656570),
  version: fc.constant(1),
  procedure: fc.integer({ min: 1, max: 443 }),
  type: fc.integer({ min: 0, max: 6 }),
  serial: fc.nat(),
  status: fc.integer({ min: 0, max: 2 }),
});
const packetArb = fc.tuple(
  headerArb,
  fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
);

function frame([header, payload]: [PacketHeader, Buffer]): Buffer {
  return Buffer.concat([packetPrefix(header, payload.length), payload]);
}

describe('PacketReassembler', () => {
  it('yields the same packets however the byte stream is split or coalesced', () => {
    fc.assert(
      fc.property(fc.array(packetArb, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 12 }), (packets, cuts) => {
        const stream = Buffer.concat(packets.map(frame));
        const points = [...new Set(cuts.map((c) => c % (stream.length + 1)))].sort((a, b) => a - b);
        const chunks: Buffer[] = [];
        let last = 0;
        for (const point of [...points, stream.length]) {
          chunks.push(stream.subarray(last, point));
          last = point;
        }
        const reassembler = new PacketReassembler();
        const out = chunks.flatMap((chunk) => reassembler.push(chunk));
        expect(out.map((p) => p.header)).toEqual(packets.map(([h]) => h));
        expect(out.map((p) => Buffer.from(p.payload))).toEqual(packets.map(([, p]) => p));
        expect(reassembler.pendingBytes).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('delivers a packet split byte by byte only when its last byte arrives', () => {
    const bytes = frame([{ program: 1, version: 1, procedure: 2, type: 1, serial: 9, status: 0 }, Buffer.from('abcd')]);
    const reassembler = new PacketReassembler();
    for (let i = 0; i < bytes.length - 1; i++) expect(reassembler.push(bytes.subarray(i, i + 1))).toEqual([]);
    const [packet] = reassembler.push(bytes.subarray(bytes.length - 1));
    expect(packet!.header.serial).toBe(9);
    expect(packet!.payload.toString()).toBe('abcd');
  });

  it('rejects a length word that cannot be a libvirt packet', () => {
    const reassembler = new PacketReassembler();
    expect(() => reassembler.push(Buffer.from('0000000a', 'hex'))).toThrow(LibvirtConnectionError);
    expect(() => new PacketReassembler().push(Buffer.from('7fffffff', 'hex'))).toThrow(/bad packet length/);
  });
});
