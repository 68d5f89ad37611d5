import { loadEntity } from '../loadEntity.ts';
import { countEvidence, type EvidenceCounts, type EvidenceItem } from '../../ranking/evidence.ts';
import { builder, type AtlasTypes } from '../builder.ts';
import { checkRange } from '../errors.ts';
import { EntityRef } from '../entity.ts';
import { objectRefs } from '../objectRefs.ts';

export const EvidenceKindEnum = builder.enumType('EvidenceKind', {
  values: {
    PAPER: { description: 'A paper on the theme they (co-)authored.' },
    INITIATIVE: { description: 'An initiative on the theme they are involved in (or, for an institution, take part in).' },
    EXPERTISE: { description: 'Declared expertise in the theme.' },
    TALK: { description: 'A talk in a session about the theme.' },
  },
});

/** One fact that counts towards a ranking, with its weight; entities resolve through the request's DataLoader. */
export const EvidenceRef = builder.objectRef<EvidenceItem>('Evidence').implement({
  description: 'One fact that counts towards a ranking, with what it contributed (scores are sums of weights).',
  fields: (t) => ({
    kind: t.field({ type: EvidenceKindEnum, resolve: (item) => item.kind }),
    weight: t.exposeFloat('weight'),
    entity: t.field({
      type: EntityRef,
      description: 'The paper, initiative, session (a talk) or theme (declared expertise).',
      resolve: (item, _args, ctx) => loadEntity(ctx, item.entityId),
    }),
    theme: t.field({
      type: objectRefs.Theme,
      description: 'The theme it is about: the one asked for, or one of its subthemes.',
      resolve: (item, _args, ctx) => loadEntity(ctx, item.themeId),
    }),
    role: t.exposeString('role', { nullable: true, description: 'first author, co-author, last author; an initiative or talk role.' }),
    year: t.exposeInt('year', { nullable: true }),
    person: t.field({
      type: objectRefs.Person,
      nullable: true,
      description: "For an institution's evidence: whose it is (null for the institution's own part in an initiative).",
      resolve: (item, _args, ctx) => (item.personId ? ctx.loaders.entityById.load(item.personId) : null),
    }),
  }),
});

const EvidenceCountsRef = builder.objectRef<EvidenceCounts>('EvidenceCounts').implement({
  description:
    'How much evidence of each kind: enough for a summary line without loading the list. Papers, initiatives and talks count distinct ones ' +
    '(two people of an institution on one paper are one paper, and two facts in `total`).',
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'Facts of evidence: the length of the whole list.' }),
    papers: t.exposeInt('papers'),
    firstAuthorPapers: t.exposeInt('firstAuthorPapers', { description: 'Papers first-authored (by the person, or by one of the institution\'s people).' }),
    initiatives: t.exposeInt('initiatives'),
    talks: t.exposeInt('talks'),
    expertise: t.exposeInt('expertise', { description: "Declarations of expertise in the theme or its subthemes (for an institution, its people's)." }),
  }),
});

/** The most evidence one `evidence(first:)` hands out; `evidenceOf` gives all of it. */
export const MAX_EVIDENCE_PAGE = 1000;

/**
 * A ranked item's `evidence(first:)` (strongest first, the N strongest when asked: a ranked institution
 * at scale carries thousands of facts) and its `evidenceCounts`.
 */
export function evidenceFields<T extends { evidence: EvidenceItem[] }>(t: PothosSchemaTypes.ObjectFieldBuilder<AtlasTypes, T>, description: string) {
  return {
    evidence: t.field({
      type: [EvidenceRef],
      description: `${description} Strongest first; \`first\` keeps the strongest N (1 to ${MAX_EVIDENCE_PAGE}), all when left out.`,
      args: { first: t.arg.int({ required: false }) },
      resolve: (item, { first }) => (first == null ? item.evidence : item.evidence.slice(0, checkRange('first', first, 1, MAX_EVIDENCE_PAGE))),
    }),
    evidenceCounts: t.field({ type: EvidenceCountsRef, description: 'All of its evidence, counted by kind.', resolve: (item) => countEvidence(item.evidence) }),
  };
}
