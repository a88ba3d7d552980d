import { StringDecoder } from 'node:string_decoder';

/** The non-empty lines of a byte stream (UTF-8), one at a time: never the whole file in memory. */
export class LineReader implements AsyncIterable<string> {
  constructor(private readonly source: AsyncIterable<Buffer | string>) {}

  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for await (const chunk of this.source) {
      rest += typeof chunk === 'string' ? chunk : decoder.write(chunk);
      let newline: number;
      while ((newline = rest.indexOf('\n')) >= 0) {
        const line = rest.slice(0, newline).trim();
        rest = rest.slice(newline + 1);
        if (line) yield line;
      }
    }
    rest += decoder.end();
    if (rest.trim()) yield rest.trim();
  }
}
