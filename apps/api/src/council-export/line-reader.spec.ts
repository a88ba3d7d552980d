import { Readable } from 'node:stream';
import { LineReader } from './line-reader';

async function lines(chunks: Buffer[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of new LineReader(Readable.from(chunks))) out.push(line);
  return out;
}

describe('LineReader', () => {
  it('splits lines across chunk boundaries, including inside a multi-byte character', async () => {
    const bytes = Buffer.from('{"a":"café"}\n\n{"b":2}\n{"c":3}', 'utf8');
    const split = bytes.indexOf(0xc3) + 1;
    await expect(lines([bytes.subarray(0, split), bytes.subarray(split, split + 9), bytes.subarray(split + 9)])).resolves.toEqual(['{"a":"café"}', '{"b":2}', '{"c":3}']);
  });
});
