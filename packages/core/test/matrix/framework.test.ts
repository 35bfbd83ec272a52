import { describe, expect, it } from 'vitest';
import {
  CELL_EXAMPLE_LIST,
  CELL_EXAMPLES,
  MATRIX_CELLS,
  PHASE_IDS,
  PHASES,
  PLACE_IDS,
  PLACES,
  cellIndex,
  examplesFor,
  placeById,
  phaseById,
} from '../../src/matrix/index.js';
import { KEBAB_CASE } from '../support.js';

describe('places and phases', () => {
  it('lists the four places and four phases of seed 003 in order', () => {
    expect(PLACES.map((place) => place.id)).toEqual(['direct-care', 'clinic', 'organization', 'region']);
    expect(PHASES.map((phase) => phase.id)).toEqual(['design', 'plan', 'implement', 'evaluate']);
    expect(PLACE_IDS).toEqual(PLACES.map((place) => place.id));
    expect(PHASE_IDS).toEqual(PHASES.map((phase) => phase.id));
  });

  it('has kebab-case ids and non-empty English and French labels and descriptions', () => {
    for (const entry of [...PLACES, ...PHASES]) {
      expect(entry.id).toMatch(KEBAB_CASE);
      for (const text of [entry.label, entry.description]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.fr.trim()).not.toBe('');
      }
    }
  });

  it('labels the region as geographic region / system', () => {
    expect(placeById('region').label.en).toBe('Geographic region / system');
    expect(phaseById('evaluate').label.fr).toBe('Évaluation');
  });

  it('indexes cells as place * 4 + phase', () => {
    expect(cellIndex('direct-care', 'design')).toBe(0);
    expect(cellIndex('clinic', 'implement')).toBe(6);
    expect(cellIndex('region', 'evaluate')).toBe(15);
    MATRIX_CELLS.forEach((cell, index) => expect(cellIndex(cell.place, cell.phase)).toBe(index));
    expect(MATRIX_CELLS).toHaveLength(16);
  });
});

describe('built-in cell examples', () => {
  it('gives at least one example for each of the 16 cells', () => {
    for (const place of PLACE_IDS) {
      for (const phase of PHASE_IDS) {
        const examples = CELL_EXAMPLES[place][phase];
        expect(examples.length).toBeGreaterThan(0);
        expect(examplesFor(place, phase)).toBe(examples);
        for (const example of examples) {
          expect(example.place).toBe(place);
          expect(example.phase).toBe(phase);
        }
      }
    }
  });

  it('has unique, stable ids made of the cell and a kebab-case slug', () => {
    const ids = CELL_EXAMPLE_LIST.map((example) => example.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const example of CELL_EXAMPLE_LIST) {
      const [place, phase, slug] = example.id.split('.');
      expect(place).toBe(example.place);
      expect(phase).toBe(example.phase);
      expect(slug).toMatch(KEBAB_CASE);
    }
    expect(ids).toContain('direct-care.evaluate.surveys-and-suggestion-boxes');
    expect(ids).toContain('organization.design.steering-committees-and-boards');
    expect(ids).toContain('clinic.implement.improvement-team-member');
  });

  it('has English and French text for every example', () => {
    for (const example of CELL_EXAMPLE_LIST) {
      expect(example.title.en.trim()).not.toBe('');
      expect(example.title.fr.trim()).not.toBe('');
      expect(example.title.fr).not.toBe(example.title.en);
    }
  });

  it('cannot be changed by callers', () => {
    expect(Object.isFrozen(CELL_EXAMPLES)).toBe(true);
    expect(Object.isFrozen(CELL_EXAMPLES.clinic)).toBe(true);
    expect(Object.isFrozen(CELL_EXAMPLE_LIST[0])).toBe(true);
  });
});
