import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { beforeEach, describe, expect, it } from 'vitest';
import { FileLocks } from '../../../../src/adapters/system/FileLocks.js';
import { SystemClock } from '../../../../src/adapters/system/SystemClock.js';
import { DomainError } from '../../../../src/domain/errors/DomainError.js';

const clock = new SystemClock();
const sleep = (ms: number) => clock.sleep(ms);

describe('FileLocks', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cpi-locks-'));
  });
  const locks = (timeoutMs = 5_000) => new FileLocks({ dir, timeoutMs, pollMs: 5 }, clock);

  it('lets one holder in at a time, across independent lock objects', async () => {
    let inside = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        locks().withLock('shared', async () => {
          inside++;
          most = Math.max(most, inside);
          await sleep(3);
          order.push(index);
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(order.sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not serialise different names', async () => {
    let inside = 0;
    let most = 0;
    await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        locks().withLock(name, async () => {
          inside++;
          most = Math.max(most, inside);
          await sleep(20);
          inside--;
        }),
      ),
    );
    expect(most).toBe(3);
  });

  it('releases the lock when the work throws, and passes the error on', async () => {
    await expect(locks().withLock('x', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(locks(200).withLock('x', async () => 'free again')).resolves.toBe('free again');
  });

  it('gives up after the timeout with a retryable timeout naming the holder', async () => {
    let release: () => void = () => undefined;
    const held = locks().withLock('busy', () => new Promise<void>((resolve) => (release = resolve)));
    await sleep(20);
    const error = await locks(100)
      .withLock('busy', async () => 'never')
      .catch((caught: unknown) => caught);
    release();
    await held;
    expect(DomainError.is(error)).toBe(true);
    expect((error as DomainError).kind).toBe('timeout');
    expect((error as DomainError).okToRetry).toBe(true);
    expect((error as DomainError).message).toContain(`process ${process.pid} on ${hostname()}`);
  });

  it('breaks a lock whose owner process has died', async () => {
    const dead = await execa(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    await writeFile(join(dir, 'stale.lock'), `${hostname()} ${dead.stdout} deadbeef`);
    await expect(locks(2_000).withLock('stale', async () => 'taken over')).resolves.toBe('taken over');
  });

  it('waits for a lock held by a live process on this host', async () => {
    await writeFile(join(dir, 'alive.lock'), `${hostname()} ${process.pid} cafe`);
    await expect(locks(150).withLock('alive', async () => 'no')).rejects.toThrow(/still held/);
    expect(await readFile(join(dir, 'alive.lock'), 'utf8')).toBe(`${hostname()} ${process.pid} cafe`);
  });

  it('never takes locks of other hosts for stale', async () => {
    await writeFile(join(dir, 'remote.lock'), 'some-other-host 1 feed');
    await expect(locks(150).withLock('remote', async () => 'no')).rejects.toThrow(/process 1 on some-other-host/);
  });

  it('refuses names that are not plain file names', async () => {
    for (const name of ['../escape', 'a/b', '', '.hidden']) {
      await expect(locks().withLock(name, async () => 'no')).rejects.toThrow(/invalid lock name/);
    }
  });
});
