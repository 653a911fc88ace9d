/** Reads the first `n` bytes of a stream and gives back a stream that still starts at byte 0. */
export async function peekStream(source: AsyncIterable<Buffer>, n: number): Promise<{ head: Buffer; all: AsyncIterable<Buffer> }> {
  const iterator = source[Symbol.asyncIterator]();
  const taken: Buffer[] = [];
  let bytes = 0;
  let ended = false;
  while (bytes < n) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    taken.push(next.value);
    bytes += next.value.length;
  }
  const head = Buffer.concat(taken).subarray(0, n);
  const all = (async function* () {
    yield* taken;
    if (ended) return;
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await iterator.return?.();
    }
  })();
  return { head, all };
}
