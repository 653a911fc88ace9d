import { readFileSync } from 'node:fs';
import { failure } from '../../domain/errors/DomainError.js';

/**
 * The raw content of cpi.json; unreadable or malformed files are config errors naming the path.
 * Read synchronously: only the executable's commands read it, one call per process, and
 * node:fs/promises would cost each of them loading it.
 */
export function readConfigFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw failure('invalid_config', `cannot read the CPI config ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw failure('invalid_config', `the CPI config ${path} is not valid JSON: ${(error as Error).message}`);
  }
}
