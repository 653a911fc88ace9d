import { describe, expect, it } from 'vitest';
import { ExecaCommandRunner } from '../../../../src/adapters/system/ExecaCommandRunner.js';
import { StderrLogger } from '../../../../src/adapters/system/StderrLogger.js';

const runner = () => new ExecaCommandRunner(new StderrLogger({ write: null }));
const node = process.execPath;

describe('ExecaCommandRunner', () => {
  it('returns exit code, stdout and stderr without throwing on a non-zero exit', async () => {
    const result = await runner().run(node, ['-e', 'process.stdout.write("out\\n"); process.stderr.write("err"); process.exit(3)'], {
      timeoutMs: 10_000,
    });
    expect(result).toEqual({ exitCode: 3, stdout: 'out\n', stderr: 'err' });
  });

  it('passes argv verbatim, never through a shell', async () => {
    const hostile = ['$(touch /tmp/pwned)', '; rm -rf /', '\'quoted\' "double"', '*'];
    const result = await runner().run(node, ['-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1)))', ...hostile], {
      timeoutMs: 10_000,
    });
    expect(JSON.parse(result.stdout)).toEqual(hostile);
  });

  it('gives the child a minimal environment plus what the caller passes', async () => {
    process.env['CPI_TEST_SECRET'] = 'must not leak';
    try {
      const result = await runner().run(node, ['-e', 'process.stdout.write(JSON.stringify(process.env))'], {
        timeoutMs: 10_000,
        env: { EXTRA: '1' },
      });
      const env = JSON.parse(result.stdout) as Record<string, string>;
      expect(env['CPI_TEST_SECRET']).toBeUndefined();
      expect(env['EXTRA']).toBe('1');
      expect(env['LC_ALL']).toBe('C');
      expect(env['PATH']).toBe(process.env['PATH']);
    } finally {
      delete process.env['CPI_TEST_SECRET'];
    }
  });

  it('feeds input to stdin', async () => {
    const result = await runner().run(node, ['-e', 'process.stdin.pipe(process.stdout)'], { timeoutMs: 10_000, input: 'hello' });
    expect(result.stdout).toBe('hello');
  });

  it('turns a command running past its timeout into a timeout error', async () => {
    await expect(runner().run(node, ['-e', 'setTimeout(() => {}, 60000)'], { timeoutMs: 300 })).rejects.toMatchObject({
      kind: 'timeout',
      message: expect.stringContaining('did not finish within 300 ms'),
    });
  });

  it('turns a missing program into an infrastructure error naming it', async () => {
    await expect(runner().run('/nonexistent/VBoxManage', ['list', 'vms'], { timeoutMs: 5_000 })).rejects.toMatchObject({
      kind: 'infrastructure',
      message: expect.stringContaining('/nonexistent/VBoxManage list vms could not run'),
    });
  });
});
