import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runDetectCli } from '../../adapters/console/detectCli.js';

async function runWith(input: string): Promise<{ code: number; lines: unknown[] }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  stdin.end(input);
  const code = await runDetectCli(stdin, stdout);
  stdout.end();
  const text = Buffer.concat(chunks).toString('utf8');
  expect(text === '' || text.endsWith('\n')).toBe(true);
  return {
    code,
    lines: text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as unknown),
  };
}

describe('detect CLI', () => {
  it('given JSON lines then it writes one result line per input line, codes as numbers in order', async () => {
    const result = await runWith(
      [
        JSON.stringify({ text: 'HTTP/1.1 503 Service Unavailable, then 502 Bad Gateway; 5xx spike' }),
        JSON.stringify({ text: 'took 503ms for 404 users' }),
        JSON.stringify({ text: '500번대 에러' }),
      ].join('\n'),
    );
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      { codes: [503, 502], classes: ['5xx'] },
      { codes: [], classes: [] },
      { codes: [], classes: ['5xx'] },
    ]);
  });

  it('given blank lines, bad JSON and a missing text then each bad line still gets one line with an error', async () => {
    const result = await runWith(
      `\n{"text": "status=404"}\n\nnot json\n{"message": "x"}\n{"text": 503}\n   \n{"text":"HTTP 500"}\r\n`,
    );
    expect(result.code).toBe(0);
    expect(result.lines).toHaveLength(5);
    expect(result.lines[0]).toEqual({ codes: [404], classes: [] });
    for (const bad of result.lines.slice(1, 4)) {
      expect(bad).toMatchObject({ codes: [], classes: [] });
      expect(typeof (bad as { error?: unknown }).error).toBe('string');
    }
    expect(result.lines[4]).toEqual({ codes: [500], classes: [] });
  });

  it('given empty input then it writes nothing and exits 0', async () => {
    expect(await runWith('')).toEqual({ code: 0, lines: [] });
  });
});
