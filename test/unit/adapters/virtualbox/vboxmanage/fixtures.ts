import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The Linux fixture sets, one per simulated version (fixtures/<version>/). */
export const VERSIONS = ['6.1', '7.0', '7.1', '7.2'] as const;

export function fixture(dir: string, name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../../support/vboxsim/fixtures/${dir}/${name}`, import.meta.url)), 'utf8');
}
