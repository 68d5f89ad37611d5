import { hrefFor } from '../../router/routes.ts';
import { OnThemes } from './OnThemes.tsx';
import { RankedRow } from './RankedRow.tsx';
import { RankedSection, type RankedMore } from './RankedSection.tsx';
import type { RankedPaper } from './themes.queries.ts';

interface RankedPapersProps {
  more?: RankedMore;
  papers: RankedPaper[];
  themeId: string;
  counted: ReadonlySet<string>;
}

export function RankedPapers({ papers, themeId, counted, more }: RankedPapersProps) {
  const best = papers[0]?.score ?? 0;
  return (
    <RankedSection
      sectionKey="papers"
      title="Papers"
      items={papers}
      more={more}
      initial={6}
      empty="No papers on this theme yet."
      renderItem={({ paper, score, citations }, rank) => (
        <RankedRow
          key={paper.id}
          rank={rank}
          kind="PAPER"
          sector={null}
          title={paper.label}
          href={hrefFor({ name: 'explore', show: [paper.id] })}
          score={score}
          best={best}
          meta={
            <>
              {paper.year && <span>{paper.year}</span>}
              {paper.venue && <span className="ranked-venue">{paper.venue}</span>}
              <span>
                {citations} {citations === 1 ? 'citation' : 'citations'}
              </span>
              <OnThemes themes={paper.themes} themeId={themeId} counted={counted} />
            </>
          }
        />
      )}
    />
  );
}
