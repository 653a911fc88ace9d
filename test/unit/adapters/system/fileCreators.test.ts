import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileCreators } from '../../../../src/adapters/system/FileCreators.js';
import { creationStartSeconds } from '../../../../src/ports/Creators.js';

const dir = mkdtempSync(join(tmpdir(), 't-creators-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const clock = { now: () => Date.now(), sleep: async () => undefined };

/** A process that lives until killed; its PID. */
function sleeper(): { pid: number; kill: () => Promise<void> } {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  return {
    pid: child.pid!,
    kill: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

describe('FileCreators', () => {
  it('a creation of this process is alive until it ends; its id tells when it began', async () => {
    const creators = new FileCreators(dir, clock);
    const id = await creators.begin();
    expect(creationStartSeconds(id)).toBe(Math.floor(Date.now() / 1000));
    expect(await creators.state(id)).toBe('alive');
    await creators.end(id);
    expect(await creators.state(id)).toBe('unknown');
  });

  it('a creator killed with SIGKILL is dead, and is listed among the dead records', async () => {
    const creators = new FileCreators(dir, clock);
    const child = sleeper();
    const id = `${Math.floor(Date.now() / 1000)}-00000000aaaa`;
    // the record as the child would have written it: host, PID, start time from /proc
    const stat = (await import('node:fs')).readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    writeFileSync(join(dir, `creating-${id}.lock`), `${hostname()} ${child.pid} ${start}\n`);
    expect(await creators.state(id)).toBe('alive');
    await child.kill();
    expect(await creators.state(id)).toBe('dead');
    expect(await creators.deadRecords(10)).toContain(id);
  });

  it('a PID taken over by another process (start time differs) is dead', async () => {
    const creators = new FileCreators(dir, clock);
    const id = `${Math.floor(Date.now() / 1000)}-00000000bbbb`;
    writeFileSync(join(dir, `creating-${id}.lock`), `${hostname()} ${process.pid} 1\n`);
    expect(await creators.state(id)).toBe('dead');
  });

  it('a record of another host is unknown here (the caller uses the lease)', async () => {
    const creators = new FileCreators(dir, clock);
    const id = `${Math.floor(Date.now() / 1000)}-00000000cccc`;
    writeFileSync(join(dir, `creating-${id}.lock`), `another-host.example ${process.pid} 1\n`);
    expect(await creators.state(id)).toBe('unknown');
    await creators.end(id);
    expect(readdirSync(dir).filter((n) => n.includes('cccc'))).toEqual([]);
  });
});
