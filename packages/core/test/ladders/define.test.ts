import { describe, expect, it } from 'vitest';
import { defineLadder, getBuiltInLadder, resolveLadder } from '../../src/ladders/index.js';
import { ValidationError } from '../../src/shared/errors.js';
import { expectValidationError } from './helpers.js';
import { errorOf } from '../support.js';

const text = (en: string, fr: string = `${en} (fr)`) => ({ en, fr });

function validInput(): Record<string, unknown> {
  return {
    id: 'local-ladder',
    name: text('Our ladder', 'Notre échelle'),
    question: text('Where are we?', 'Où en sommes-nous ?'),
    source: 'Our hospital, 2025',
    rungs: [
      { id: 'low', label: text('Low'), description: text('Patients are not involved.') },
      { id: 'middle', label: text('Middle'), description: text('Patients give advice.') },
      { id: 'high', label: text('High'), description: text('Patients decide with us.') },
      { id: 'top', label: text('Top'), description: text('Patients lead.') },
    ],
    bands: [
      { id: 'below', label: text('Below'), rungs: ['low', 'middle'] },
      { id: 'above', label: text('Above'), rungs: ['high', 'top'] },
    ],
  };
}

function withRungs(rungs: unknown): Record<string, unknown> {
  return { ...validInput(), rungs, bands: undefined };
}

describe('defineLadder', () => {
  it('reads a valid custom ladder, trimming text and freezing the result', () => {
    const input = validInput();
    (input['name'] as { en: string }).en = '  Our ladder  ';
    const ladder = defineLadder(input);
    expect(ladder.id).toBe('local-ladder');
    expect(ladder.name).toEqual({ en: 'Our ladder', fr: 'Notre échelle' });
    expect(ladder.rungs.map((rung) => rung.id)).toEqual(['low', 'middle', 'high', 'top']);
    expect(ladder.bands.map((band) => band.rungs)).toEqual([
      ['low', 'middle'],
      ['high', 'top'],
    ]);
    expect(Object.isFrozen(ladder)).toBe(true);
    expect(Object.isFrozen(ladder.bands[0]!.rungs)).toBe(true);
  });

  it('gives a default question and source and no bands when they are left out', () => {
    const { question: _question, source: _source, bands: _bands, ...rest } = validInput();
    const ladder = defineLadder(rest);
    expect(ladder.question.en.length).toBeGreaterThan(0);
    expect(ladder.question.fr.length).toBeGreaterThan(0);
    expect(ladder.source.length).toBeGreaterThan(0);
    expect(ladder.bands).toEqual([]);
  });

  it('keeps markup-like text as text', () => {
    const input = validInput();
    (input['rungs'] as { label: unknown }[])[0]!.label = text('<b>Low</b>');
    expect(defineLadder(input).rungs[0]!.label.en).toBe('<b>Low</b>');
  });

  it('accepts bands that do not cover every rung', () => {
    const input = validInput();
    input['bands'] = [{ id: 'upper', label: text('Upper'), rungs: ['high', 'top'] }];
    expect(defineLadder(input).bands).toHaveLength(1);
  });

  it('refuses input that is not an object', () => {
    expectValidationError(() => defineLadder(null), '', 'wrong-type');
    expectValidationError(() => defineLadder([1, 2]), '', 'wrong-type');
    expectValidationError(() => defineLadder('ladder'), '', 'wrong-type');
  });

  it('refuses unknown and forbidden keys', () => {
    expectValidationError(() => defineLadder({ ...validInput(), colour: 'red' }), 'colour', 'unknown-field');
    expectValidationError(() => defineLadder(JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}')), '__proto__', 'forbidden-key');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('names missing or malformed top-level fields', () => {
    const { id: _id, ...noId } = validInput();
    expectValidationError(() => defineLadder(noId), 'id', 'required');
    expectValidationError(() => defineLadder({ ...validInput(), id: 'has space' }), 'id', 'invalid-id');
    const { name: _name, ...noName } = validInput();
    expectValidationError(() => defineLadder(noName), 'name', 'required');
    expectValidationError(() => defineLadder({ ...validInput(), name: 'Our ladder' }), 'name', 'wrong-type');
    expectValidationError(() => defineLadder({ ...validInput(), name: { en: 'Our ladder' } }), 'name.fr', 'wrong-type');
    expectValidationError(() => defineLadder({ ...validInput(), name: { en: 'Our ladder', fr: '   ' } }), 'name.fr', 'required');
    expectValidationError(() => defineLadder({ ...validInput(), name: { en: 'x', fr: 'y', de: 'z' } }), 'name.de', 'unknown-field');
    expectValidationError(() => defineLadder({ ...validInput(), question: { en: 'x'.repeat(5000), fr: 'y' } }), 'question.en', 'too-long');
    expectValidationError(() => defineLadder({ ...validInput(), source: 12 }), 'source', 'wrong-type');
  });

  it('refuses the id of a built-in ladder', () => {
    expectValidationError(() => defineLadder({ ...validInput(), id: 'arnstein' }), 'id', 'duplicate');
  });

  it('needs between 2 and 20 rungs', () => {
    const rung = (index: number) => ({ id: `r${index}`, label: text(`R${index}`), description: text(`Rung ${index}`) });
    expectValidationError(() => defineLadder(withRungs([rung(1)])), 'rungs', 'too-short');
    expectValidationError(() => defineLadder(withRungs([])), 'rungs', 'too-short');
    expectValidationError(() => defineLadder(withRungs(Array.from({ length: 21 }, (_, i) => rung(i)))), 'rungs', 'too-long');
    expect(defineLadder(withRungs(Array.from({ length: 20 }, (_, i) => rung(i)))).rungs).toHaveLength(20);
    expectValidationError(() => defineLadder(withRungs('low,high')), 'rungs', 'wrong-type');
  });

  it('names the rung field at fault', () => {
    const rungs = () => structuredClone(validInput()['rungs']) as Record<string, unknown>[];
    let list = rungs();
    list[1]!['id'] = 'low';
    expectValidationError(() => defineLadder(withRungs(list)), 'rungs.1.id', 'duplicate');
    list = rungs();
    delete list[2]!['description'];
    expectValidationError(() => defineLadder(withRungs(list)), 'rungs.2.description', 'required');
    list = rungs();
    list[0]!['label'] = { en: 'Low', fr: 7 };
    expectValidationError(() => defineLadder(withRungs(list)), 'rungs.0.label.fr', 'wrong-type');
    list = rungs();
    list[3]!['id'] = 'constructor';
    expectValidationError(() => defineLadder(withRungs(list)), 'rungs.3.id', 'forbidden-key');
    list = rungs();
    list[3]!['extra'] = true;
    expectValidationError(() => defineLadder(withRungs(list)), 'rungs.3.extra', 'unknown-field');
    list = rungs();
    list[1] = 'middle' as unknown as Record<string, unknown>;
    expectValidationError(() => defineLadder(withRungs(list)), 'rungs.1', 'wrong-type');
  });

  it('names the band field at fault', () => {
    const withBands = (bands: unknown) => ({ ...validInput(), bands });
    expectValidationError(
      () => defineLadder(withBands([{ id: 'b', label: text('B'), rungs: ['low', 'nowhere'] }])),
      'bands.0.rungs.1',
      'unknown-value',
    );
    expectValidationError(
      () => defineLadder(withBands([{ id: 'b', label: text('B'), rungs: ['low', 'high'] }])),
      'bands.0.rungs.1',
      'invalid',
    );
    expectValidationError(
      () => defineLadder(withBands([{ id: 'b', label: text('B'), rungs: ['middle', 'low'] }])),
      'bands.0.rungs.1',
      'invalid',
    );
    expectValidationError(
      () =>
        defineLadder(
          withBands([
            { id: 'a', label: text('A'), rungs: ['low', 'middle'] },
            { id: 'b', label: text('B'), rungs: ['middle', 'high'] },
          ]),
        ),
      'bands.1.rungs.0',
      'duplicate',
    );
    expectValidationError(
      () =>
        defineLadder(
          withBands([
            { id: 'a', label: text('A'), rungs: ['low'] },
            { id: 'a', label: text('A again'), rungs: ['middle'] },
          ]),
        ),
      'bands.1.id',
      'duplicate',
    );
    expectValidationError(() => defineLadder(withBands([{ id: 'a', label: text('A'), rungs: [] }])), 'bands.0.rungs', 'too-short');
    expectValidationError(() => defineLadder(withBands([{ id: 'a', label: text('A') }])), 'bands.0.rungs', 'required');
    expectValidationError(() => defineLadder(withBands({})), 'bands', 'wrong-type');
  });

  it('throws only ValidationError for assorted junk', () => {
    const junk: unknown[] = [undefined, 0, true, Symbol('x'), () => 1, new Date(), { id: 'x', name: text('X'), rungs: [null, null] }];
    for (const value of junk) expect(errorOf(() => defineLadder(value))).toBeInstanceOf(ValidationError);
  });
});

describe('resolveLadder', () => {
  const custom = defineLadder(validInput());

  it('finds built-in ladders and the custom ladder by id', () => {
    expect(resolveLadder('arnstein')).toBe(getBuiltInLadder('arnstein'));
    expect(resolveLadder('local-ladder', custom)).toBe(custom);
    expect(resolveLadder('iap2', custom)).toBe(getBuiltInLadder('iap2'));
  });

  it('refuses an unknown ladder, naming the field', () => {
    const error = expectValidationError(() => resolveLadder('local-ladder'), 'ladderId', 'unknown-value');
    expect(error.messages.en).toContain('participation');
    expectValidationError(() => resolveLadder(42, custom, 'settings.ladderId'), 'settings.ladderId', 'unknown-value');
    expectValidationError(() => resolveLadder('toString'), 'ladderId', 'unknown-value');
  });
});
