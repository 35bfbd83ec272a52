// The server-sent events parser: chunks split anywhere, line breaks of every kind, multi-line
// data, comments, ids and retry.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStreamEvent } from '../../src/http/event-stream.js';
import { SseParser, type SseMessage } from '../../src/http/sse-parser.js';

function parse(chunks: readonly string[]): { messages: SseMessage[]; retries: number[] } {
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  const parser = new SseParser({ onMessage: (message) => messages.push(message), onRetry: (ms) => retries.push(ms) });
  for (const chunk of chunks) parser.push(chunk);
  return { messages, retries };
}

const STREAM = [
  'retry: 2000',
  '',
  ': ping',
  '',
  'id: 1',
  'event: results',
  'data: {"a":1}',
  '',
  ': a comment between events',
  'data: first line',
  'data:second line',
  'data',
  '',
  'id: 3',
  'event: poll',
  'data: {"b":"x: y"}',
  '',
  '',
].join('\n');

const EXPECTED: SseMessage[] = [
  { id: '1', event: 'results', data: '{"a":1}' },
  { id: '1', event: 'message', data: 'first line\nsecond line\n' },
  { id: '3', event: 'poll', data: '{"b":"x: y"}' },
];

describe('SseParser', () => {
  it('reads events, keeping the last id, joining data lines and skipping comments', () => {
    const { messages, retries } = parse([STREAM]);
    expect(messages).toEqual(EXPECTED);
    expect(retries).toEqual([2000]);
  });

  it('gives the same events however the text is cut into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: STREAM.length }), { maxLength: 12 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const chunks: string[] = [];
        let start = 0;
        for (const point of points) {
          chunks.push(STREAM.slice(start, point));
          start = point;
        }
        chunks.push(STREAM.slice(start));
        expect(parse(chunks).messages).toEqual(EXPECTED);
      }),
    );
  });

  it('reads \\r\\n and \\r line breaks, even when a chunk ends between \\r and \\n', () => {
    const crlf = STREAM.replace(/\n/g, '\r\n');
    const cr = STREAM.replace(/\n/g, '\r');
    expect(parse([crlf]).messages).toEqual(EXPECTED);
    expect(parse([cr]).messages).toEqual(EXPECTED);
    for (let cut = 0; cut <= crlf.length; cut += 1) {
      expect(parse([crlf.slice(0, cut), crlf.slice(cut)]).messages).toEqual(EXPECTED);
    }
  });

  it('skips a leading byte order mark, events without data, and an unfinished last event', () => {
    const { messages } = parse(['\uFEFFevent: lonely\n\nid: 7\n\ndata: ok\n\ndata: cut off']);
    expect(messages).toEqual([{ id: '7', event: 'message', data: 'ok' }]);
  });

  it('ignores unknown fields, a retry that is not a number, and ids holding NUL', () => {
    const { messages, retries } = parse(['id: 5\nretry: soon\nfoo: bar\nid: a\u0000b\ndata: x\n\n']);
    expect(messages).toEqual([{ id: '5', event: 'message', data: 'x' }]);
    expect(retries).toEqual([]);
  });
});

describe('readStreamEvent', () => {
  it('reads the server’s event data as a store event', () => {
    const poll = { id: 'p' };
    expect(readStreamEvent(JSON.stringify({ topic: 'poll:p', type: 'poll', poll }))).toEqual({ topic: 'poll:p', type: 'poll', poll });
  });

  it('ignores data that is not a store event', () => {
    for (const data of ['not json', '[]', '{"topic":"poll:p","type":"poll"}', '{"topic":"nope","type":"poll","poll":{}}', '{"topic":"wall:w","type":"vote","vote":{}}']) {
      expect(readStreamEvent(data), data).toBeUndefined();
    }
  });
});
