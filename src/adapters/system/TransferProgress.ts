import type { Clock } from '../../ports/Clock.js';
import type { Logger } from '../../ports/Logger.js';

export interface TransferProgressOptions {
  readonly logger: Logger;
  readonly clock: Clock;
  /** What moves, as the log lines start: `uploading the stemcell into volume X`. */
  readonly what: string;
  /** The bytes expected in all, when known: lines then give a percentage. */
  readonly totalBytes?: number;
  /** At most one line per this many ms. */
  readonly everyMs?: number;
}

/** How often a long transfer says how far it got: the director's task log stays lively. */
export const PROGRESS_EVERY_MS = 5_000;

/**
 * Logs how far a long transfer got, at most every few seconds (bytes, percent, rate), and how
 * long it took once done: a multi-GB stemcell import is otherwise minutes of silence in
 * `bosh task N --cpi`.
 */
export class TransferProgress {
  private bytes = 0;
  private readonly started: number;
  private lastLine: number;

  constructor(private readonly options: TransferProgressOptions) {
    this.started = options.clock.now();
    this.lastLine = this.started;
  }

  /** Counts bytes that moved; logs a line when the last one is old enough. */
  add(count: number): void {
    this.bytes += count;
    const now = this.options.clock.now();
    if (now - this.lastLine < (this.options.everyMs ?? PROGRESS_EVERY_MS)) return;
    this.lastLine = now;
    const total = this.options.totalBytes;
    const share = total && total > 0 ? ` of ${formatBytes(total)} (${Math.min(100, Math.floor((this.bytes / total) * 100))}%)` : '';
    this.options.logger.info(
      `${this.options.what}: ${formatBytes(this.bytes)}${share}, ${this.rate(now)}, ${seconds(now - this.started)} so far`,
    );
  }

  /** Passes the chunks of `source` through, counting them. */
  async *count<T extends Uint8Array>(source: AsyncIterable<T>): AsyncGenerator<T> {
    for await (const chunk of source) {
      this.add(chunk.length);
      yield chunk;
    }
  }

  /** The closing line: what moved, in how long. */
  finish(): void {
    const now = this.options.clock.now();
    this.options.logger.info(
      `${this.options.what}: done, ${formatBytes(this.bytes)} in ${seconds(now - this.started)} (${this.rate(now)})`,
    );
  }

  private rate(now: number): string {
    const elapsed = (now - this.started) / 1000;
    return elapsed > 0 ? `${formatBytes(this.bytes / elapsed)}/s` : 'rate not yet known';
  }
}

/** 1536 → "1.5 KiB"; binary units, one decimal. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${Math.round(value)} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** 12345 → "12.3 s". */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
