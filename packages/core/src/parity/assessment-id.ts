/** Ids of parity assessments (a module of its own, so an element can use it without the readers). */

/**
 * The id one person's answers are kept under when everyone answers from their own device
 * (a server): the shared assessment id and the person's id, so nobody overwrites — or is
 * refused — someone else's answers. A team's parity then combines everyone's.
 */
export function personalAssessmentId(assessmentId: string, participantId: string): string {
  const room = Math.max(1, 128 - participantId.length - 1);
  return `${assessmentId.slice(0, room)}.${participantId}`.slice(0, 128);
}
