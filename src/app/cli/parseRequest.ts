import * as z from 'zod/mini';
import { failure } from '../../domain/errors/DomainError.js';
import { describeIssues } from '../config/parseCpiConfig.js';
import '../../zodInEnglish.js';

const requestSchema = z.looseObject({
  method: z.string().check(z.minLength(1)),
  arguments: z.array(z.unknown()),
  context: z.nullish(z.record(z.string(), z.unknown())),
  api_version: z.nullish(z.int().check(z.minimum(1))),
});

/** Far above any method's count (create_vm takes 6), far below what a spread call can take. */
export const MAX_ARGUMENTS = 64;

export interface CpiRequest {
  readonly method: string;
  readonly arguments: readonly unknown[];
  readonly context: Readonly<Record<string, unknown>>;
  /** Absent in the request means 1 (docs/cpi-protocol.md §2.2). */
  readonly apiVersion: number;
  readonly requestId?: string;
  readonly stemcellApiVersion?: number;
}

/** The request envelope (docs/cpi-protocol.md §2); the method's own arguments are checked later. */
export function parseRequest(text: string): CpiRequest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw failure('invalid_request', `the request is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = requestSchema.safeParse(json, { jitless: true }); // parsed once per process
  if (!parsed.success) throw failure('invalid_request', `invalid request: ${describeIssues(parsed.error.issues)}`);
  // no method takes more than a handful; a huge array would overflow the stack when spread into the call
  if (parsed.data.arguments.length > MAX_ARGUMENTS) {
    throw failure(
      'invalid_request',
      `invalid request: arguments has ${parsed.data.arguments.length} elements; no CPI method takes more than ${MAX_ARGUMENTS}`,
    );
  }
  const context = parsed.data.context ?? {};
  const requestId = typeof context['request_id'] === 'string' ? context['request_id'] : undefined;
  const stemcellApiVersion = readStemcellApiVersion(context);
  return {
    method: parsed.data.method,
    arguments: parsed.data.arguments,
    context,
    apiVersion: parsed.data.api_version ?? 1,
    ...(requestId === undefined ? {} : { requestId }),
    ...(stemcellApiVersion === undefined ? {} : { stemcellApiVersion }),
  };
}

/** `context.vm.stemcell.api_version`; tolerated missing at every level (docs/cpi-protocol.md §2.1). */
function readStemcellApiVersion(context: Readonly<Record<string, unknown>>): number | undefined {
  const vm = context['vm'];
  const stemcell = typeof vm === 'object' && vm !== null ? (vm as Record<string, unknown>)['stemcell'] : undefined;
  const version = typeof stemcell === 'object' && stemcell !== null ? (stemcell as Record<string, unknown>)['api_version'] : undefined;
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}
