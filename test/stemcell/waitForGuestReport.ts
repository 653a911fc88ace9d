import { open, stat } from 'node:fs/promises';
import { parseGuestReport, type GuestReport } from './parseGuestReport.js';

export interface WaitForGuestReportOptions {
  /** byte offset to start reading at, e.g. `await serialLogSize(path)` taken before an action */
  readonly fromOffset?: number;
  readonly pollMs?: number;
}

/** Current size of a serial log (0 when libvirt has not created it yet): an offset for later reads. */
export async function serialLogSize(logPath: string): Promise<number> {
  try {
    return (await stat(logPath)).size;
  } catch (error) {
    if (isMissing(error)) return 0;
    throw error;
  }
}

/** Reads the log from `fromOffset` and parses it; a missing file reads as empty. */
export async function readGuestReport(logPath: string, fromOffset = 0): Promise<GuestReport> {
  let handle;
  try {
    handle = await open(logPath, 'r');
  } catch (error) {
    if (isMissing(error)) return parseGuestReport('', fromOffset);
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.max(0, size - fromOffset);
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, fromOffset);
    return parseGuestReport(buffer.subarray(0, bytesRead).toString('utf8'), fromOffset);
  } finally {
    await handle.close();
  }
}

/**
 * Polls the serial log until `predicate` holds for the report of the part after `fromOffset`,
 * and returns that report. Fails after `timeoutMs` with the report lines seen so far, which is
 * usually enough to tell what the guest did instead.
 */
export async function waitForGuestReport(
  logPath: string,
  predicate: (report: GuestReport) => boolean,
  timeoutMs: number,
  options: WaitForGuestReportOptions = {},
): Promise<GuestReport> {
  const fromOffset = options.fromOffset ?? 0;
  const pollMs = options.pollMs ?? 100;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const report = await readGuestReport(logPath, fromOffset);
    if (predicate(report)) return report;
    if (Date.now() >= deadline) {
      const seen = report.lines.slice(-25).map((l) => `  ${l.key} ${summarize(l.fields)}`);
      throw new Error(
        `guest report in ${logPath} (from byte ${fromOffset}) did not reach the expected state within ${timeoutMs} ms; ` +
          `last report lines:\n${seen.length > 0 ? seen.join('\n') : '  (none)'}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(pollMs, Math.max(1, deadline - Date.now()))));
  }
}

function summarize(fields: Readonly<Record<string, string>>): string {
  return Object.entries(fields)
    .map(([k, v]) => `${k}=${v.length > 40 ? `${v.slice(0, 40)}…` : v}`)
    .join(' ');
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}
