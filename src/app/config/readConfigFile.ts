import { readFile } from 'node:fs/promises';
import { failure } from '../../domain/errors/DomainError.js';

/** The raw content of cpi.json; unreadable or malformed files are config errors naming the path. */
export async function readConfigFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw failure('invalid_config', `cannot read the CPI config ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw failure('invalid_config', `the CPI config ${path} is not valid JSON: ${(error as Error).message}`);
  }
}
