import { z } from 'zod';
import type { CidKind } from '../../domain/cid/Cid.js';
import { givenCid } from '../../domain/cid/GivenCid.js';
import type { NetworkSpec } from '../../domain/network/NetworkSpec.js';

/** The pieces the argument schemas of CPI_METHODS are made of (cpi-protocol §5). */

type Json = Record<string, unknown>;
const object = z.record(z.string(), z.unknown());
/** cloud_properties, env and metadata may be null or absent (cpi-protocol §11.2 item 6). */
export const optionalObject = object.nullish().transform((value): Json => value ?? {});

/** A CID argument, told apart once: one of ours, or a foreign string that names nothing of ours. */
export const cidOf = <K extends CidKind>(kind: K) => z.string().transform((value) => givenCid(kind, value));

export const sizeMiB = z.number();

/** Metadata values are strings on the wire; the director sends snapshot `index` as a number. */
export const metadata = optionalObject.transform(
  (value): Record<string, string> =>
    Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== null && item !== undefined)
        .map(([key, item]) => [key, typeof item === 'string' ? item : typeof item === 'object' ? JSON.stringify(item) : String(item)]),
    ),
);

export const networkSpecs = z.record(
  z.string(),
  z
    .looseObject({
      type: z.enum(['manual', 'dynamic', 'vip']).default('manual'),
      ip: z.string().nullish(),
      netmask: z.string().nullish(),
      gateway: z.string().nullish(),
      prefix: z.union([z.string(), z.number()]).nullish(),
      dns: z.array(z.string()).nullish(),
      default: z.array(z.string()).nullish(),
      cloud_properties: object.nullish(),
      nic_group: z.union([z.string(), z.number()]).nullish(),
      mac: z.string().nullish(),
      alias: z.string().nullish(),
      routes: z.array(z.unknown()).nullish(),
    })
    .transform((spec): NetworkSpec => {
      const kept = Object.fromEntries(Object.entries(spec).filter(([, value]) => value !== null && value !== undefined));
      if (typeof kept['prefix'] === 'number') kept['prefix'] = String(kept['prefix']);
      if (typeof kept['nic_group'] === 'number') kept['nic_group'] = String(kept['nic_group']);
      return kept as unknown as NetworkSpec;
    }),
);

export const vmResources = z.looseObject({ cpu: z.number(), ram: z.number(), ephemeral_disk_size: z.number() });

/** What a method that takes no arguments, or ignores them, accepts: anything (info must answer whatever comes with it, cpi-protocol §10.19). */
export const anyArguments = z.array(z.unknown());
