import { hrefFor } from '../../router/routes.ts';
import { SectorChip } from '../../ui/SectorChip.tsx';
import { OnThemes } from './OnThemes.tsx';
import { RankedRow } from './RankedRow.tsx';
import { RankedSection, type RankedMore } from './RankedSection.tsx';
import type { RankedInitiative } from './themes.queries.ts';

interface RankedInitiativesProps {
  more?: RankedMore;
  initiatives: RankedInitiative[];
  themeId: string;
  counted: ReadonlySet<string>;
}

const years = (from: number | null, to: number | null) => (from ? (to && to !== from ? `${from}–${to}` : `since ${from}`) : null);

export function RankedInitiatives({ initiatives, themeId, counted, more }: RankedInitiativesProps) {
  const best = initiatives[0]?.score ?? 0;
  return (
    <RankedSection
      sectionKey="initiatives"
      title="Initiatives"
      items={initiatives}
      more={more}
      initial={6}
      empty="No initiatives on this theme yet."
      renderItem={({ initiative, score, sectors }, rank) => {
        const span = years(initiative.startYear, initiative.endYear);
        return (
          <RankedRow
            key={initiative.id}
            rank={rank}
            kind="INITIATIVE"
            sector={null}
            title={initiative.label}
            href={hrefFor({ name: 'explore', show: [initiative.id] })}
            score={score}
            best={best}
            meta={
              <>
                {span && <span>{span}</span>}
                {initiative.city && <span>{initiative.city}</span>}
                <OnThemes themes={initiative.themes} themeId={themeId} counted={counted} />
              </>
            }
          >
            {sectors.length > 0 && (
              <p className="ranked-sectors">
                <span className="visually-hidden">Sectors taking part: </span>
                {sectors.map((sector) => (
                  <SectorChip key={sector} sector={sector} short />
                ))}
              </p>
            )}
          </RankedRow>
        );
      }}
    />
  );
}
