import { execFile } from 'node:child_process';
import type { CommandRunner } from '../../src/ports/CommandRunner.js';

/** A CommandRunner for tests that need real commands without the app's container. */
export const directCommandRunner: CommandRunner = {
  run: (bin, args, options) =>
    new Promise((resolve, reject) => {
      execFile(bin, [...args], { timeout: options.timeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        if (code === 'ENOENT') return reject(new Error(`${bin} could not run: not found`));
        const exitCode = error
          ? typeof (error as { code?: unknown }).code === 'number'
            ? Number((error as { code: number }).code)
            : 1
          : 0;
        resolve({ exitCode, stdout, stderr });
      });
    }),
};
