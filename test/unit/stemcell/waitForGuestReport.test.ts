import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readGuestReport, serialLogSize, waitForGuestReport } from '../../stemcell/waitForGuestReport.js';

describe('waitForGuestReport', () => {
  let dir: string;
  let log: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'guest-report-'));
    log = join(dir, 'serial.log');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('waits for a log that does not exist yet and for the line the predicate wants', async () => {
    setTimeout(() => void writeFile(log, 'SYSLINUX 6.04\r\nSTEMCELL boot uptime=1.9 kernel=k\r\n'), 30);
    setTimeout(() => void appendFile(log, 'STEMCELL report-done uptime=3.7\r\n'), 90);
    const report = await waitForGuestReport(log, (r) => r.lastBoot?.reportDone === true, 5_000, { pollMs: 10 });
    expect(report.lastBoot?.reportDoneUptime).toBe(3.7);
  });

  it('looks only after the offset it is given', async () => {
    await writeFile(log, 'STEMCELL boot uptime=1\r\nSTEMCELL marker dev=sda serial=S rule=serial previous=no\r\n');
    const offset = await serialLogSize(log);
    setTimeout(() => void appendFile(log, 'STEMCELL marker dev=sda serial=S rule=serial previous=yes\r\n'), 30);
    const report = await waitForGuestReport(log, (r) => r.lines.some((l) => l.key === 'marker'), 5_000, {
      fromOffset: offset,
      pollMs: 10,
    });
    expect(report.boots[0]?.markers.map((m) => m.previous)).toEqual([true]);
    expect((await readGuestReport(log)).boots[0]?.markers).toHaveLength(2);
  });

  it('fails after the timeout and shows the lines it saw', async () => {
    await writeFile(log, 'STEMCELL boot uptime=1\r\nSTEMCELL env source=/dev/sr0 error=no-device\r\n');
    await expect(waitForGuestReport(log, (r) => r.lastBoot?.reportDone === true, 150, { pollMs: 20 })).rejects.toThrow(
      /within 150 ms[\s\S]*env source=\/dev\/sr0 error=no-device/,
    );
  });

  it('measures a missing log as empty', async () => {
    expect(await serialLogSize(join(dir, 'nothing.log'))).toBe(0);
  });
});
