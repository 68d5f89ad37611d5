import { REL_PHRASES, type RelType } from '@atlas/schema';

/**
 * How a relationship reads from either end. Forward is the stored direction ("Ana authored P");
 * backward reads from the stored target ("P was written by Ana"), so a path can be told in the
 * order it is walked whatever way its relationships point.
 */
const BACKWARD: Record<RelType, string> = {
  AFFILIATED_WITH: 'employs',
  AUTHORED: 'was written by',
  ADDRESSES: 'is addressed by',
  WORKS_ON: 'is worked on by',
  SUBTHEME_OF: 'includes',
  PARTICIPATES_IN: 'involves',
  INVOLVED_IN: 'involves',
  PART_OF: 'includes',
  ABOUT: 'is discussed in',
  SPEAKS_AT: 'features',
  CITES: 'is cited by',
  ORGANISES: 'is organised by',
};

/** The verb phrase for walking a relationship of `type` forwards (as stored) or backwards. */
export function relationPhrase(type: RelType, forward: boolean): string {
  return forward ? REL_PHRASES[type] : BACKWARD[type];
}

/**
 * Taking part in the same thing: two people who authored one paper, spoke at one session, or an
 * institution and a person in one initiative. "A <verb> X together with B" is true of these, and
 * only of these (two people who work on a theme have not worked together).
 */
const JOINT: ReadonlyArray<ReadonlySet<RelType>> = [
  new Set<RelType>(['AUTHORED']),
  new Set<RelType>(['SPEAKS_AT']),
  new Set<RelType>(['PARTICIPATES_IN', 'INVOLVED_IN']),
];

/** Whether A -first-> X <-second- B reads as "A <first> X together with B". */
export function isJoint(first: RelType, second: RelType): boolean {
  return JOINT.some((family) => family.has(first) && family.has(second));
}
