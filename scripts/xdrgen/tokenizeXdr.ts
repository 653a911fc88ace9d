/** A token of the XDR language: an identifier, a number, or one punctuation character. */
export interface XdrToken {
  readonly kind: 'ident' | 'number' | 'punct';
  readonly text: string;
  readonly line: number;
}

const PUNCTUATION = new Set(['{', '}', '(', ')', '[', ']', '<', '>', ';', ',', '=', ':', '*', '-']);

/**
 * Splits XDR source into tokens. Comments (`/* *\/` and `//`), rpcgen pass-through lines
 * (`%...`) and preprocessor lines (`#...`) are dropped.
 */
export function tokenizeXdr(source: string): XdrToken[] {
  const tokens: XdrToken[] = [];
  let i = 0;
  let line = 1;
  let atLineStart = true;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      i++;
      atLineStart = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    if (atLineStart && (c === '%' || c === '#')) {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    atLineStart = false;
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) throw new Error(`line ${line}: unterminated comment`);
      for (let k = i; k < end; k++) if (source[k] === '\n') line++;
      i = end + 2;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < source.length && /[A-Za-z0-9_]/.test(source[j]!)) j++;
      tokens.push({ kind: 'ident', text: source.slice(i, j), line });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < source.length && /[0-9A-Fa-fxX]/.test(source[j]!)) j++;
      tokens.push({ kind: 'number', text: source.slice(i, j), line });
      i = j;
      continue;
    }
    if (PUNCTUATION.has(c)) {
      tokens.push({ kind: 'punct', text: c, line });
      i++;
      continue;
    }
    throw new Error(`line ${line}: unexpected character '${c}'`);
  }
  return tokens;
}
