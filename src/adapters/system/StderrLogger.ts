export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export interface StderrLoggerOptions {
  /** Where lines go as they are logged; null keeps them only in the buffer. Default: stderr. */
  readonly write?: ((line: string) => void) | null;
  readonly minLevel?: LogLevel;
  /** The director's request id, prefixed to every line so its task log can be searched. */
  readonly requestId?: string;
  /** Only the newest lines are kept, so a long-lived library user does not grow without bound. */
  readonly maxBufferedLines?: number;
}

/**
 * Logs to stderr (the director streams it into the task's CPI log) and keeps the lines for the
 * response's `log` field. Never writes to stdout: that belongs to the one JSON response.
 */
// The Logger port, structurally: an `implements Logger` clause would carry the port's injection
// token, an inversify type, into the package's public types (src/index.ts exports this class).
// The container binds it as the Logger, so the compiler still holds it to the port.
export class StderrLogger {
  private readonly lines: string[] = [];
  private readonly write: ((line: string) => void) | null;
  private readonly minRank: number;
  private readonly maxLines: number;
  private requestId: string | undefined;

  constructor(options: StderrLoggerOptions = {}) {
    this.requestId = options.requestId === undefined ? undefined : shownRequestId(options.requestId);
    this.write = options.write === undefined ? (line) => process.stderr.write(`${line}\n`) : options.write;
    this.minRank = RANK[options.minLevel ?? 'debug'];
    this.maxLines = options.maxBufferedLines ?? 10_000;
  }

  debug(message: string, fields?: Readonly<Record<string, unknown>>): void {
    this.log('debug', message, fields);
  }
  info(message: string, fields?: Readonly<Record<string, unknown>>): void {
    this.log('info', message, fields);
  }
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void {
    this.log('warn', message, fields);
  }
  error(message: string, fields?: Readonly<Record<string, unknown>>): void {
    this.log('error', message, fields);
  }

  /** Prefixes later lines with the director's request id, once the request has been read. */
  tag(requestId: string): void {
    this.requestId = shownRequestId(requestId);
  }

  /** Everything logged so far, one line each, for the response's `log`. */
  buffered(): string {
    return this.lines.map((line) => `${line}\n`).join('');
  }

  private log(level: LogLevel, message: string, fields?: Readonly<Record<string, unknown>>): void {
    if (RANK[level] < this.minRank) return;
    const request = this.requestId ? ` [${this.requestId}]` : '';
    const extra = fields && Object.keys(fields).length > 0 ? ` ${safeJson(fields)}` : '';
    const line = `${isoTimestamp(new Date())} ${level.toUpperCase()}${request} ${message}${extra}`;
    this.lines.push(line);
    if (this.lines.length > this.maxLines) this.lines.shift();
    try {
      this.write?.(line);
    } catch {
      // A closed stderr must not turn a finished call into a failure.
    }
  }
}

/**
 * What Date#toISOString gives (2026-12-07T04:19:53.066Z, years 0 to 9999), from the UTC
 * fields: the first toISOString in a process costs a third of a millisecond, which every call
 * of the executable would pay for its first log line.
 */
export function isoTimestamp(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return (
    `${String(date.getUTCFullYear()).padStart(4, '0')}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}` +
    `T${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}.${String(date.getUTCMilliseconds()).padStart(3, '0')}Z`
  );
}

/** The director's ids are short; anything else is cut, and control characters cannot start a line of their own. */
export const MAX_SHOWN_REQUEST_ID = 64;
function shownRequestId(requestId: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = requestId.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > MAX_SHOWN_REQUEST_ID ? `${printable.slice(0, MAX_SHOWN_REQUEST_ID)}…(${printable.length} chars)` : printable;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item));
  } catch {
    return '[unserialisable fields]';
  }
}
