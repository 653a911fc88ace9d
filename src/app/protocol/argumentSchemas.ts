import * as z from 'zod/mini';
import type { CidKind } from '../../domain/cid/Cid.js';
import { givenCid } from '../../domain/cid/GivenCid.js';
import type { NetworkSpec } from '../../domain/network/NetworkSpec.js';

/**
 * The pieces the argument schemas of CPI_METHODS are made of (docs/cpi-protocol.md §5). Each is
 * a function that builds it: a call builds the schema of the method it runs, not all of them
 * (building a zod schema costs a one-call process more than parsing with it, docs/design.md D12).
 */

type Json = Record<string, unknown>;
const object = () => z.record(z.string(), z.unknown());
/** cloud_properties, env and metadata may be null or absent (docs/cpi-protocol.md §5). */
export const optionalObject = () =>
  z.pipe(
    z.nullish(object()),
    z.transform((value): Json => value ?? {}),
  );

/** A CID argument, told apart once: one of ours, or a foreign string that names nothing of ours. */
export const cidOf = <K extends CidKind>(kind: K) =>
  z.pipe(
    z.string(),
    z.transform((value: string) => givenCid(kind, value)),
  );

export const sizeMiB = () => z.number();

/** Metadata values are strings on the wire; the director sends snapshot `index` as a number. */
export const metadata = () =>
  z.pipe(
    optionalObject(),
    z.transform(
      (value): Record<string, string> =>
        Object.fromEntries(
          Object.entries(value)
            .filter(([, item]) => item !== null && item !== undefined)
            .map(([key, item]) => [key, typeof item === 'string' ? item : typeof item === 'object' ? JSON.stringify(item) : String(item)]),
        ),
    ),
  );

export const networkSpecs = () =>
  z.record(
    z.string(),
    z.pipe(
      z.looseObject({
        type: z._default(z.enum(['manual', 'dynamic', 'vip']), 'manual'),
        ip: z.nullish(z.string()),
        netmask: z.nullish(z.string()),
        gateway: z.nullish(z.string()),
        prefix: z.nullish(z.union([z.string(), z.number()])),
        dns: z.nullish(z.array(z.string())),
        default: z.nullish(z.array(z.string())),
        cloud_properties: z.nullish(object()),
        nic_group: z.nullish(z.union([z.string(), z.number()])),
        mac: z.nullish(z.string()),
        alias: z.nullish(z.string()),
        routes: z.nullish(z.array(z.unknown())),
      }),
      z.transform((spec): NetworkSpec => {
        const kept = Object.fromEntries(Object.entries(spec).filter(([, value]) => value !== null && value !== undefined));
        if (typeof kept['prefix'] === 'number') kept['prefix'] = String(kept['prefix']);
        if (typeof kept['nic_group'] === 'number') kept['nic_group'] = String(kept['nic_group']);
        return kept as unknown as NetworkSpec;
      }),
    ),
  );

export const vmResources = () => z.looseObject({ cpu: z.number(), ram: z.number(), ephemeral_disk_size: z.number() });

/** What a method that takes no arguments, or ignores them, accepts: anything (info must answer whatever comes with it, docs/cpi-protocol.md §2.2). */
export const anyArguments = () => z.array(z.unknown());
