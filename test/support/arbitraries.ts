import fc from 'fast-check';
import { CID_HEX_LENGTH, type CidKind } from '../../src/domain/cid/Cid.js';
import type { NetworkSpec } from '../../src/domain/network/NetworkSpec.js';

const octet = fc.integer({ min: 0, max: 255 });
export const ipv4 = fc.tuple(octet, octet, octet, octet).map((parts) => parts.join('.'));

/** Network names as manifests have them, including ones that sort awkwardly. */
export const networkName = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);

export const networkSpec: fc.Arbitrary<NetworkSpec> = fc.record(
  {
    type: fc.constantFrom('manual', 'dynamic', 'vip') as fc.Arbitrary<NetworkSpec['type']>,
    ip: ipv4,
    netmask: fc.constant('255.255.255.0'),
    gateway: ipv4,
    prefix: fc.constantFrom('24', '32'),
    dns: fc.array(ipv4, { maxLength: 3 }),
    default: fc.subarray(['dns', 'gateway']),
    cloud_properties: fc.record({ name: fc.constantFrom('default', 'bosh', 'nat') }),
    nic_group: fc.constantFrom('a', 'b', '1'),
  },
  { requiredKeys: ['type'] },
);

export const networks = fc.dictionary(networkName, networkSpec, { maxKeys: 6 });

/**
 * Arbitrary JSON, as `env` may hold anything the director sends. Values pass through
 * JSON once, as a request's do: fast-check can make a -0 that no JSON text can carry.
 */
const parsedJsonValue = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
export const jsonObject = fc.dictionary(fc.string({ maxLength: 10 }), parsedJsonValue, { maxKeys: 5 });

/** Hex randomness with repeats, to exercise collision handling. */
export const hexSource = (values: readonly string[]) => {
  let next = 0;
  return () => values[next++ % values.length] as string;
};
export const hex6 = fc.stringMatching(/^[0-9a-f]{6}$/);
export const hex24 = fc.stringMatching(/^[0-9a-f]{24}$/);
/** The random part of a CID of this kind: as many lowercase hex digits as the kind takes. */
export const cidHex = (kind: CidKind) => fc.stringMatching(new RegExp(`^[0-9a-f]{${CID_HEX_LENGTH[kind]}}$`));
