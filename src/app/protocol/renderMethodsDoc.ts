import { BOSH_ERROR_TYPE_OF_KIND } from '../errors/toBoshError.js';
import { type CpiMethod, isComputed, isRefused } from './CpiMethod.js';
import { CPI_METHODS } from './cpiMethods.js';

/** The command that writes docs/methods.md; the docs test names it when the file is stale. */
export const METHODS_DOC_COMMAND = 'npm run docs:methods';

/** docs/methods.md, generated from CPI_METHODS so that the page and the code cannot disagree. */
export function renderMethodsDoc(): string {
  const methods: readonly [string, CpiMethod][] = Object.entries(CPI_METHODS);
  const rows = methods.map(([name, method]) => {
    const library = `\`${method.facade}(${method.argumentNames.map(camelCase).join(', ')})\``;
    const args = method.argumentNames.length > 0 ? method.argumentNames.map((arg) => `\`${arg}\``).join(', ') : '—';
    if (isRefused(method)) {
      const type = BOSH_ERROR_TYPE_OF_KIND[method.refusal().kind].replace('Bosh::Clouds::', '');
      return `| \`${name}\` | ${library} | ${args} | ${type} | ${type} | no | ${method.summary} |`;
    }
    return `| \`${name}\` | ${library} | ${args} | ${method.answers.v1} | ${method.answers.v2} | ${isComputed(method) ? 'no' : 'yes'} | ${method.summary} |`;
  });
  return [
    '# CPI methods',
    '',
    `<!-- Generated from src/app/protocol/cpiMethods.ts by \`${METHODS_DOC_COMMAND}\`; do not edit by hand. -->`,
    '',
    'Every method the `cpi` executable answers on stdin and stdout, and the library name under which',
    "`createCpi(config)` offers it. Both take the protocol's arguments in the protocol's order and check",
    'them the same way, once; a CID this CPI never made is "not found" (or `false` for `has_vm` and',
    '`has_disk`). The answer is the `result` of the response for the `api_version` of the request; the',
    'library returns the API v2 value (`createVm` returns `{cid, networks}`, the void methods nothing).',
    'A method that does not load the driver never contacts a hypervisor. A refused method answers the',
    'error named in the answer columns, with its reason.',
    '',
    '| Method | Library | Arguments | Answer (API v1) | Answer (API v2) | Loads the driver | Behaviour |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

function camelCase(name: string): string {
  return name.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}
