import type { MethodRunner } from '../MethodRunner.js';
import { type CpiMethod, parseArguments } from '../protocol/CpiMethod.js';
import { CPI_METHODS } from '../protocol/cpiMethods.js';
import type { Cpi } from './Cpi.js';

/**
 * The library's Cpi: one async method per entry of CPI_METHODS, under its camelCase name,
 * taking the protocol's arguments in the protocol's order and parsing them as the executable
 * does. Arguments past the protocol's are ignored, as a JavaScript function ignores them.
 */
export function libraryFacade(runner: MethodRunner): Cpi {
  const facade: Partial<Record<keyof Cpi, Method>> = { close: () => runner.close() };
  const methods: Readonly<Record<string, CpiMethod>> = CPI_METHODS;
  for (const [name, method] of Object.entries(methods)) {
    facade[method.facade] = async (...args) => runner.run(method, parseArguments(name, method, args.slice(0, method.argumentNames.length)));
  }
  // Built from the table, so the compiler cannot follow it here; cpiMethods.ts holds the table to
  // Cpi (every method has an entry, each use case's result is the method's), and the table's
  // test holds the facade to the table.
  return facade as Cpi;
}

// Each method's own types are Cpi's; this only says "some async method".
// biome-ignore lint/suspicious/noExplicitAny: each method's own types are checked where the entry is written
type Method = (...args: any[]) => Promise<any>;
