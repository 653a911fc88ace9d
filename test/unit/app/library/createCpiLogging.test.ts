import { describe, expect, it } from 'vitest';
import { createCpi, type Logger } from '../../../../src/index.js';

/** A logger that keeps `LEVEL message` lines. */
function collecting(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => lines.push(`${level} ${message}`);
  return { lines, logger: { debug: at('DEBUG'), info: at('INFO'), warn: at('WARN'), error: at('ERROR') } };
}

describe('createCpi logging', () => {
  it('starts every message with the requestId, as documented', async () => {
    const { logger, lines } = collecting();
    const cpi = createCpi({ driver: 'memory' }, { logger, requestId: 'req-7' });
    const disk = await cpi.createDisk(1024, {}, null);
    await cpi.deleteDisk(disk);
    await cpi.deleteStemcell('not-ours');
    await cpi.close();
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(/^(DEBUG|INFO|WARN|ERROR) \[req-7\] /);
    expect(lines).toContain(`INFO [req-7] created disk ${disk} of 1024 MiB`);
  });

  it('leaves messages as they are without a requestId', async () => {
    const { logger, lines } = collecting();
    const cpi = createCpi({ driver: 'memory' }, { logger });
    await cpi.deleteStemcell('not-ours');
    expect(lines).toEqual(['WARN stemcell "not-ours" is not a CID this CPI makes; nothing to delete']);
  });
});
