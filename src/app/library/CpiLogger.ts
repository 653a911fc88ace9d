/**
 * Where the library's logs go (createCpi's `logger`), exported as `Logger`. The same shape as
 * the Logger port, which the app passes it to (so the compiler holds the two equal); declared
 * apart because the port's file also holds its injection token, an inversify type that has
 * no place in the package's public types.
 */
export interface CpiLogger {
  debug(message: string, fields?: Readonly<Record<string, unknown>>): void;
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}
