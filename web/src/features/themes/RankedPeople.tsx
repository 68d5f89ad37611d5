import { evidenceSummary } from '../../evidence/evidenceSummary.ts';
import { Link } from '../../router/Link.tsx';
import { hrefFor } from '../../router/routes.ts';
import { SectorChip } from '../../ui/SectorChip.tsx';
import { RankedEvidence } from './RankedEvidence.tsx';
import { RankedRow } from './RankedRow.tsx';
import { RankedSection, type RankedMore } from './RankedSection.tsx';
import type { RankedPerson } from './themes.queries.ts';

interface RankedPeopleProps {
  more?: RankedMore;
  people: RankedPerson[];
  themeId: string;
}

export function RankedPeople({ people, themeId, more }: RankedPeopleProps) {
  const best = people[0]?.score ?? 0;
  return (
    <RankedSection
      sectionKey="people"
      title="People"
      items={people}
      more={more}
      empty="Nobody has papers, initiatives, talks or declared expertise on this theme yet."
      renderItem={(item, rank) => (
        <RankedRow
          key={item.person.id}
          rank={rank}
          kind="PERSON"
          sector={item.sector}
          title={item.person.label}
          href={hrefFor({ name: 'person', id: item.person.id })}
          score={item.score}
          best={best}
          details={<RankedEvidence evidence={item.evidence} total={item.evidenceCounts.total} themeId={themeId} id={item.person.id} subject={item.person.label} isPerson />}
          meta={
            <>
              <SectorChip sector={item.sector} short />
              {item.institution && <Link href={hrefFor({ name: 'explore', show: [item.institution.id] })}>{item.institution.label}</Link>}
              {item.country && <span>{item.country}</span>}
            </>
          }
        >
          <p className="ranked-why">{evidenceSummary(item.evidenceCounts)}</p>
        </RankedRow>
      )}
    />
  );
}
