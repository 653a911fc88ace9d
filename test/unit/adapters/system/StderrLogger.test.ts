import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTimestamp, StderrLogger } from '../../../../src/adapters/system/StderrLogger.js';

describe('StderrLogger', () => {
  it('writes each line as it is logged and keeps them all for the response', () => {
    const written: string[] = [];
    const logger = new StderrLogger({ write: (line) => written.push(line) });
    logger.info('first', { vm: 'vm_1' });
    logger.tag('cpi-123456');
    logger.error('second');
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z INFO first \{"vm":"vm_1"\}$/);
    expect(written[1]).toMatch(/ERROR \[cpi-123456\] second$/);
    expect(logger.buffered()).toBe(`${written[0]}\n${written[1]}\n`);
  });

  it('drops lines below its level and keeps only the newest lines', () => {
    const logger = new StderrLogger({ write: null, minLevel: 'warn', maxBufferedLines: 2 });
    logger.debug('no');
    logger.info('no');
    logger.warn('one');
    logger.warn('two');
    logger.error('three');
    expect(logger.buffered()).not.toContain('one');
    expect(logger.buffered().trim().split('\n')).toHaveLength(2);
  });

  it('survives fields it cannot serialise and a broken stderr', () => {
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    const logger = new StderrLogger({
      write: () => {
        throw new Error('EPIPE');
      },
    });
    logger.info('odd', circular);
    logger.info('big', { n: 10n });
    expect(logger.buffered()).toContain('[unserialisable fields]');
    expect(logger.buffered()).toContain('{"n":"10"}');
  });
});

describe('isoTimestamp', () => {
  it('writes what Date#toISOString writes, for any date from year 0 to 9999', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }),
        (date) => {
          expect(isoTimestamp(date)).toBe(date.toISOString());
        },
      ),
    );
  });
});
