import { describe, expect, it } from 'vitest';
import { certificateText, partnerSummary } from '../../src/recognition/index.js';
import { acknowledgement as ack, contribution as c } from './helpers.js';
import { errorOf } from '../support.js';

const log = [
  c({ id: 'c3', partnerId: 'p1', date: '2026-03-31', hours: 1.5, kind: 'review', project: 'Falls', role: 'Reviewer', phase: 'evaluate', partnerName: 'Jean Tremblay' }),
  c({ id: 'c1', partnerId: 'p1', date: '2026-02-03', hours: 2, kind: 'meeting', project: 'Discharge', role: 'Co-lead', phase: 'design' }),
  c({ id: 'c2', partnerId: 'p1', date: '2026-02-17', hours: 2.25, kind: 'meeting', project: 'Discharge', role: 'Co-lead', phase: 'plan' }),
  c({ id: 'c9', partnerId: 'p2', date: '2026-01-01', hours: 9, kind: 'meeting', project: 'Other' }),
];
const acks = [
  ack({ id: 'a1', partnerId: 'p1', kind: 'thank-you' }),
  ack({ id: 'a2', partnerId: 'p1', kind: 'thank-you' }),
  ack({ id: 'a3', partnerId: 'p1', kind: 'certificate' }),
  ack({ id: 'a4', partnerId: 'p2', kind: 'letter' }),
];

describe('partnerSummary', () => {
  it('sums up one partner’s work and thanks', () => {
    const summary = partnerSummary('p1', log, acks);
    expect(summary).toEqual({
      partnerId: 'p1',
      partnerName: 'Jean Tremblay',
      totalHours: 5.75,
      contributionCount: 3,
      meetingCount: 2,
      contributionsByKind: { meeting: 2, review: 1, 'co-design': 0, training: 0, event: 0, interview: 0, other: 0 },
      projects: ['Discharge', 'Falls'],
      roles: ['Co-lead', 'Reviewer'],
      phases: ['design', 'plan', 'evaluate'],
      firstOn: '2026-02-03',
      lastOn: '2026-03-31',
      acknowledgementCount: 3,
      acknowledgementsByKind: { 'thank-you': 2, letter: 0, email: 0, call: 0, certificate: 1, event: 0, 'report-credit': 0, publication: 0 },
    });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('adds hours without floating-point drift', () => {
    const tenths = Array.from({ length: 10 }, (_, i) => c({ id: `t${i}`, hours: 0.1 }));
    expect(partnerSummary('p1', tenths, []).totalHours).toBe(1);
  });

  it('gives an empty summary for a partner with no records', () => {
    const summary = partnerSummary('nobody', log, acks);
    expect(summary).toMatchObject({ contributionCount: 0, totalHours: 0, projects: [], acknowledgementCount: 0 });
    expect('firstOn' in summary).toBe(false);
    expect('partnerName' in summary).toBe(false);
  });

  it('refuses a malformed partner id', () => {
    expect(errorOf(() => partnerSummary('not an id', log, acks)).field).toBe('partnerId');
  });
});

describe('certificateText', () => {
  const summary = partnerSummary('p1', log, acks);

  it('writes a plain-text certificate in English', () => {
    expect(certificateText(summary, 'en')).toBe(
      [
        'Certificate of recognition',
        '',
        'Jean Tremblay worked with us as a partner to make care better.',
        '',
        'From 3 February 2026 to 31 March 2026: 3 contributions, including 2 meetings, 5.75 hours in all.',
        'Projects: Discharge, Falls',
        'Roles: Co-lead, Reviewer',
        'Project stages: Design, Plan, Evaluate',
        '',
        'Thank you for your time, your experience and your ideas. They made a real difference.',
      ].join('\n'),
    );
  });

  it('writes it in French with French dates and decimal commas', () => {
    const text = certificateText(summary, 'fr-CA');
    expect(text).toContain('Certificat de reconnaissance');
    expect(text).toContain('Du 3 février 2026 au 31 mars 2026 : 3 contributions, dont 2 réunions, 5,75 heures en tout.');
    expect(text).toContain('Étapes des projets : Conception, Planification, Évaluation');
  });

  it('handles one day, singulars and no meetings', () => {
    const one = partnerSummary('p1', [c({ date: '2026-05-01', hours: 1, kind: 'interview' })], []);
    expect(certificateText(one, 'en')).toContain('On 1 May 2026: 1 contribution, 1 hour in all.');
    expect(certificateText(one, 'fr')).toContain('Le 1er mai 2026 : 1 contribution, 1 heure en tout.');
    const half = partnerSummary('p1', [c({ date: '2026-05-01', hours: 1.5, kind: 'meeting' })], []);
    expect(certificateText(half, 'fr')).toContain('dont 1 réunion, 1,5 heure en tout.');
    expect(certificateText(half, 'en')).toContain('including 1 meeting, 1.5 hours in all.');
  });

  it('uses a given name, or a neutral phrase when there is no name', () => {
    const unnamed = partnerSummary('p2', log, acks);
    expect(certificateText(unnamed, 'en')).toContain('Our partner worked with us');
    expect(certificateText(unnamed, 'fr')).toContain('Notre partenaire a travaillé avec nous');
    expect(certificateText(unnamed, 'en', { name: 'Sam Lee' })).toContain('Sam Lee worked with us');
  });

  it('keeps names and projects as plain text, never HTML', () => {
    const tricky = partnerSummary('p1', [c({ partnerName: '<img src=x onerror=alert(1)>', project: 'A & B {list}' })], []);
    const text = certificateText(tricky, 'en');
    expect(text).toContain('<img src=x onerror=alert(1)> worked with us');
    expect(text).toContain('Projects: A & B {list}');
    expect(text).not.toContain('&amp;');
  });
});
