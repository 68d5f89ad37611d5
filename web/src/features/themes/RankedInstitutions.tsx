import { evidenceSummary } from '../../evidence/evidenceSummary.ts';
import { hrefFor } from '../../router/routes.ts';
import { SectorChip } from '../../ui/SectorChip.tsx';
import { RankedEvidence } from './RankedEvidence.tsx';
import { RankedRow } from './RankedRow.tsx';
import { RankedSection, type RankedMore } from './RankedSection.tsx';
import type { RankedInstitution } from './themes.queries.ts';

interface RankedInstitutionsProps {
  more?: RankedMore;
  institutions: RankedInstitution[];
  themeId: string;
}

export function RankedInstitutions({ institutions, themeId, more }: RankedInstitutionsProps) {
  const best = institutions[0]?.score ?? 0;
  return (
    <RankedSection
      sectionKey="institutions"
      title="Institutions"
      items={institutions}
      more={more}
      empty="No institution has evidence on this theme yet."
      renderItem={(item, rank) => {
        const { institution } = item;
        const place = [institution.city, institution.country].filter(Boolean).join(', ');
        return (
          <RankedRow
            key={institution.id}
            rank={rank}
            kind="INSTITUTION"
            sector={institution.sector}
            title={institution.label}
            href={hrefFor({ name: 'explore', show: [institution.id] })}
            score={item.score}
            best={best}
            details={<RankedEvidence evidence={item.evidence} total={item.evidenceCounts.total} themeId={themeId} id={institution.id} subject={institution.label} isPerson={false} />}
            meta={
              <>
                <SectorChip sector={institution.sector} short />
                {place && <span>{place}</span>}
                <span>
                  {item.people} {item.people === 1 ? 'person' : 'people'}
                </span>
              </>
            }
          >
            <p className="ranked-why">{evidenceSummary(item.evidenceCounts, 'institution')}</p>
          </RankedRow>
        );
      }}
    />
  );
}
