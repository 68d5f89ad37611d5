import type { PersonThemeFacts } from '../db/personProfile.ts';
import { compareText } from '../util/compareText.ts';
import { expertiseEvidence, initiativeEvidence, paperEvidence, scoreOf, sortEvidence, talkEvidence, type EvidenceItem } from './evidence.ts';

export interface ThemeExpertise {
  themeId: string;
  score: number;
  evidence: EvidenceItem[];
}

/** Every theme above `themeId` in the tree (parents, their parents, ...). */
function ancestors(themeId: string, parents: Map<string, string[]>): string[] {
  const found: string[] = [];
  const queue = [...(parents.get(themeId) ?? [])];
  while (queue.length) {
    const id = queue.shift()!;
    if (found.includes(id)) continue;
    found.push(id);
    queue.push(...(parents.get(id) ?? []));
  }
  return found;
}

/**
 * A person's expertise profile: for each theme they have evidence on, directly or through a
 * subtheme, their evidence and score (the same weights as the theme rankings), best first.
 */
export function expertiseProfile(personId: string, facts: PersonThemeFacts): ThemeExpertise[] {
  const parents = new Map(facts.tree.map((theme) => [theme.id, theme.parents]));
  const byTheme = new Map<string, EvidenceItem[]>();
  const add = (item: EvidenceItem) => {
    for (const themeId of [item.themeId, ...ancestors(item.themeId, parents)]) {
      const list = byTheme.get(themeId) ?? [];
      // A paper about two subthemes of one theme counts once for that theme.
      if (!list.some((x) => x.kind === item.kind && x.entityId === item.entityId)) list.push(item);
      byTheme.set(themeId, list);
    }
  };
  for (const paper of facts.papers) add(paperEvidence(paper, { personId, position: paper.position }, facts.referenceYear));
  for (const initiative of facts.initiatives) add(initiativeEvidence(initiative, personId, initiative.role));
  for (const talk of facts.talks) add(talkEvidence(talk, personId, talk.role));
  for (const themeId of facts.expertise) add(expertiseEvidence(themeId, personId));
  return [...byTheme]
    .map(([themeId, evidence]) => ({ themeId, evidence: sortEvidence(evidence), score: scoreOf(evidence) }))
    .sort((a, b) => b.score - a.score || compareText(a.themeId, b.themeId));
}
