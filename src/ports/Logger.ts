import type { ServiceIdentifier } from 'inversify';

/** Logs go to stderr and into the response's `log` field; never to stdout. */
export interface Logger {
  debug(message: string, fields?: Readonly<Record<string, unknown>>): void;
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}
export const Logger: ServiceIdentifier<Logger> = Symbol.for('bosh-libvirt-cpi.Logger');
