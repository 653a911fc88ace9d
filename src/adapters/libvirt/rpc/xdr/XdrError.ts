/** A value that cannot be encoded, or bytes that cannot be decoded, as the XDR type says. */
export class XdrError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XdrError';
  }
}
