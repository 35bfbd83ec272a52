import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/export/csv.js';
import { pledgesToCsv } from '../../src/pledges/index.js';
import { pledge } from './helpers.js';

describe('pledgesToCsv', () => {
  it('neutralises a formula in the file and gives the text back through parseCsv', () => {
    const text = '=HYPERLINK("http://evil.example","click")';
    const csv = pledgesToCsv([pledge({ text })]);
    const raw = parseCsv(csv, false);
    expect(raw[1]?.[2]).toBe(`'${text}`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(parseCsv(csv)[1]?.[2]).toBe(text);
  });

  it('round-trips every field, and markup stays text', () => {
    const p = pledge({ text: '<img src=x onerror=alert(1)>, "quoted"\nnext line', name: 'Ana', nameConsent: true, reflection: '-went well', joinCount: 3, followUpDays: 60 });
    const rows = parseCsv(pledgesToCsv([p]));
    expect(rows[0]).toEqual(['id', 'wallId', 'text', 'name', 'nameConsent', 'followUpDays', 'followUpOn', 'status', 'reflection', 'joinCount', 'createdAt', 'updatedAt']);
    expect(rows[1]).toEqual([p.id, p.wallId, p.text, 'Ana', 'true', '60', p.followUpOn, 'made', '-went well', '3', p.createdAt, p.updatedAt]);
  });

  it('leaves the name empty without consent, even if a record kept one', () => {
    const csv = pledgesToCsv([pledge({ name: 'Secret Person', nameConsent: false })]);
    expect(csv).not.toContain('Secret Person');
    expect(parseCsv(csv)[1]?.[3]).toBe('');
  });
});
