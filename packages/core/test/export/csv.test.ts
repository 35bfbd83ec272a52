import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neutralizeCell, parseCsv, restoreCell, toCsv, toJsonText } from '../../src/export/csv.js';

describe('toCsv', () => {
  it('writes RFC 4180 text: CRLF line ends, quoted fields with commas, quotes and line breaks', () => {
    const text = toCsv({
      header: ['name', 'note'],
      rows: [
        ['Ana', 'likes, commas'],
        ['Ben', 'said "hello"'],
        ['Cy', 'two\nlines'],
      ],
    });
    expect(text).toBe('name,note\r\nAna,"likes, commas"\r\nBen,"said ""hello"""\r\nCy,"two\nlines"\r\n');
  });

  it('writes numbers and booleans as they are and empty cells for missing values', () => {
    expect(toCsv({ header: ['a', 'b', 'c', 'd'], rows: [[-3, true, null, undefined]] })).toBe('a,b,c,d\r\n-3,true,,\r\n');
  });

  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', "'=already"])(
    'neutralises the spreadsheet formula start in %j',
    (cell) => {
      const written = toCsv({ header: ['x'], rows: [[cell]] });
      const [, row] = parseCsv(written, false);
      expect(row?.[0]?.startsWith("'")).toBe(true);
      expect(parseCsv(written)[1]).toEqual([cell]);
    },
  );

  it('leaves ordinary text alone', () => {
    expect(neutralizeCell('Plain words')).toBe('Plain words');
    expect(restoreCell("'quoted but harmless")).toBe("'quoted but harmless");
  });
});

describe('parseCsv', () => {
  it('round-trips any table of text cells (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.tuple(
            fc.array(fc.string({ minLength: 1 }), { minLength: width, maxLength: width }),
            fc.array(fc.array(fc.string(), { minLength: width, maxLength: width }), { maxLength: 8 }),
          ),
        ),
        ([header, rows]) => {
          const parsed = parseCsv(toCsv({ header, rows }));
          expect(parsed).toEqual([header, ...rows]);
        },
      ),
    );
  });

  it('reads LF line ends too', () => {
    expect(parseCsv('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('toJsonText', () => {
  it('writes indented JSON ending with a line break', () => {
    expect(toJsonText({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });
});
