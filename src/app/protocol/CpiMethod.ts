import type { Newable } from 'inversify';
import * as z from 'zod/mini';
import { type DomainError, failure } from '../../domain/errors/DomainError.js';
import type { StemcellFormat } from '../../domain/stemcell/StemcellFormat.js';
import type { Cpi } from '../library/Cpi.js';
import { describeIssues } from '../config/parseCpiConfig.js';
import '../../zodInEnglish.js';

/** The library's name of a CPI method: every method of Cpi but `close`. */
export type FacadeName = Exclude<keyof Cpi, 'close'>;

/** What a use case is to the method table: a class whose `execute` takes the parsed arguments in the protocol's order. */
export interface UseCase<Args extends readonly unknown[], R> {
  // A property, not a method: the compiler then checks the parameters strictly against the schema.
  readonly execute: (...args: Args) => R | Promise<R>;
}

interface MethodBase<S extends ArgumentSchema> {
  /** The method's name in the library (camelCase). */
  readonly facade: FacadeName;
  /** The protocol's names of the positional arguments, for messages and the docs. */
  readonly argumentNames: readonly string[];
  readonly schema: S;
  /** One sentence for docs/methods.md. */
  readonly summary: string;
}

interface AnsweredMethod<S extends ArgumentSchema, R> extends MethodBase<S> {
  /** The wire result per API version (docs/cpi-protocol.md §4); the library gets the result as it is. */
  readonly answer: (result: R, apiVersion: number) => unknown;
  /** What the answer is, per API version, for docs/methods.md. */
  readonly answers: { readonly v1: string; readonly v2: string };
}

/**
 * A method a use case serves through the configured driver. The use case's module is imported
 * when the method is first called: the table itself stays light (no inversify, no driver), so
 * a call that needs no driver loads none of it (docs/design.md D12).
 */
export interface ServedMethod<S extends ArgumentSchema, R> extends AnsweredMethod<S, R> {
  readonly useCase: () => Promise<Newable<UseCase<z.output<S>, R>>>;
}

/** What a computed method may know of the configured driver without loading it: its entry in DRIVERS. */
export interface DriverFacts {
  readonly formats: readonly StemcellFormat[];
}

/**
 * A method answered from its arguments and the driver table alone (info,
 * calculate_vm_cloud_properties): no container, no driver, no hypervisor.
 */
export interface ComputedMethod<S extends ArgumentSchema, R> extends AnsweredMethod<S, R> {
  readonly compute: (args: z.output<S>, driver: DriverFacts) => R;
}

/** A method this CPI answers with a reason instead of a silent success (docs/cpi-protocol.md §5.1). */
export interface RefusedMethod extends MethodBase<ArgumentSchema> {
  readonly refusal: () => DomainError;
}

/** The positional arguments of a method, as one schema (a tuple, or any array). */
export type ArgumentSchema = z.ZodMiniType<readonly unknown[]>;

// Any entry: each one's arguments and result are its own, checked where it is written (served).
// biome-ignore lint/suspicious/noExplicitAny: each method's own types are checked where the entry is written
export type AnyServedMethod = ServedMethod<any, any>;
// biome-ignore lint/suspicious/noExplicitAny: as above
export type AnyComputedMethod = ComputedMethod<any, any>;
export type CpiMethod = AnyServedMethod | AnyComputedMethod | RefusedMethod;

export function isRefused(method: CpiMethod): method is RefusedMethod {
  return 'refusal' in method;
}

export function isComputed<S extends ArgumentSchema, R>(
  method: ServedMethod<S, R> | ComputedMethod<S, R> | RefusedMethod,
): method is ComputedMethod<S, R> {
  return 'compute' in method;
}

/** The use case's result as it is; one that returns nothing answers `null` on the wire. */
const asItIs = (result: unknown): unknown => result ?? null;

interface AnsweredEntry<S extends ArgumentSchema, F extends FacadeName, R> {
  readonly facade: F;
  readonly argumentNames: readonly string[];
  /** Builds the schema; the table's `schema` builds it on first use (see builtOnFirstUse). */
  readonly schema: () => S;
  readonly summary: string;
  readonly answer?: (result: R, apiVersion: number) => unknown;
  readonly answers: string | { readonly v1: string; readonly v2: string };
}

function answered<S extends ArgumentSchema, F extends FacadeName, R>(entry: AnsweredEntry<S, F, R>): AnsweredMethod<S, R> {
  return builtOnFirstUse(
    {
      facade: entry.facade,
      argumentNames: entry.argumentNames,
      summary: entry.summary,
      answer: entry.answer ?? asItIs,
      answers: typeof entry.answers === 'string' ? { v1: entry.answers, v2: entry.answers } : entry.answers,
    },
    entry.schema,
  );
}

/**
 * The entry with a `schema` that is built when first read, then kept. A call parses the
 * arguments of one method, and building a zod schema costs a one-call process more than parsing
 * with it: the table must not build all of them (docs/design.md D12).
 */
function builtOnFirstUse<T extends object, S extends ArgumentSchema>(entry: T, build: () => S): T & { readonly schema: S } {
  let schema: S | undefined;
  return Object.defineProperty(entry, 'schema', {
    get: () => {
      schema ??= build();
      return schema;
    },
    enumerable: true,
  }) as T & { readonly schema: S };
}

/**
 * An entry of CPI_METHODS for a method a use case serves. `answer` defaults to the use case's
 * result (`null` for none) in both API versions. The compiler holds the use case to the
 * schema's output and its result to what the library's Cpi promises for the method.
 */
export function served<S extends ArgumentSchema, F extends FacadeName, R extends Awaited<ReturnType<Cpi[F]>>>(
  entry: AnsweredEntry<S, F, R> & { readonly useCase: () => Promise<Newable<UseCase<z.output<S>, R>>> },
): ServedMethod<S, R> {
  // Object.assign, not a spread: a spread would read `schema`, and so build it.
  return Object.assign(answered(entry), { useCase: entry.useCase });
}

/** An entry of CPI_METHODS for a method that needs no driver; typed like served's. */
export function computed<S extends ArgumentSchema, F extends FacadeName, R extends Awaited<ReturnType<Cpi[F]>>>(
  entry: AnsweredEntry<S, F, R> & { readonly compute: (args: z.output<S>, driver: DriverFacts) => R },
): ComputedMethod<S, R> {
  return Object.assign(answered(entry), { compute: entry.compute });
}

/** An entry of CPI_METHODS for a method refused with a reason; it takes any arguments. */
export function refused(facade: FacadeName, kind: 'not_implemented' | 'not_supported', reason: string): RefusedMethod {
  return builtOnFirstUse({ facade, argumentNames: [], summary: reason, refusal: () => failure(kind, reason) }, () => z.array(z.unknown()));
}

/**
 * Checks a method's arguments, once, at the boundary (the executable's request or the
 * library's call); every problem is named with the argument's position and name.
 */
export function parseArguments<S extends ArgumentSchema>(
  name: string,
  method: { readonly argumentNames: readonly string[]; readonly schema: S },
  args: readonly unknown[],
): z.output<S> {
  const { argumentNames: names, schema } = method;
  let given = [...args];
  if (schema instanceof z.ZodMiniTuple) {
    while (given.length > names.length && given[given.length - 1] === undefined) given.pop();
    if (given.length > names.length) {
      throw failure(
        'invalid_request',
        `${name} takes ${names.length} argument${names.length === 1 ? '' : 's'} (${names.join(', ')}), got ${given.length}`,
      );
    }
    // Missing arguments are named like wrong ones, not reported as a short array.
    given = [...given, ...Array<undefined>(names.length - given.length).fill(undefined)];
  }
  const parsed = schema.safeParse(given, { jitless: true }); // parsed once per process
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => {
    const [position, ...rest] = issue.path;
    if (typeof position !== 'number') return issue;
    const label = `argument ${position + 1}${names[position] ? ` (${names[position]})` : ''}`;
    return { ...issue, path: [label, ...rest] };
  });
  throw failure('invalid_request', `${name}: ${describeIssues(issues as typeof parsed.error.issues)}`);
}
