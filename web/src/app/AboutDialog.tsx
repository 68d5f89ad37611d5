import { SECTOR_LABELS } from '@atlas/schema';
import { useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { EntityIcon } from '../graph/EntityIcon.tsx';
import { KIND_PLURALS } from '../graph/palette.ts';
import { kindOf } from '../graphql/types.ts';
import { STATS } from './stats.queries.ts';

const number = new Intl.NumberFormat('en-GB');

/** About the atlas: what it is, what it holds, and the attribution the real data requires. */
export function AboutDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { data } = useQuery(STATS);
  return (
    <>
      <button type="button" className="button button-ghost" data-testid="about-button" onClick={() => dialogRef.current?.showModal()}>
        {/* The icon shows only on a phone, where the word gives way (app.css). */}
        <svg viewBox="0 0 20 20" width="15" height="15" aria-hidden="true" className="button-icon phone-only">
          <circle cx="10" cy="10" r="7.5" />
          <path d="M10 9v5M10 6.2v.1" />
        </svg>
        <span className="button-label">About</span>
      </button>
      <dialog ref={dialogRef} className="about" aria-labelledby="about-title" data-testid="about-dialog" onClick={(event) => event.target === dialogRef.current && dialogRef.current?.close()}>
        <form method="dialog" className="about-body">
          <h2 id="about-title">About Stakeholder Atlas</h2>
          <p>
            A knowledge graph of who works with whom on a city's digital future: people, institutions and their sector,
            papers, themes, initiatives, events and sessions. Search for anything, then follow its connections.
          </p>
          {data && (
            <div className="about-stats">
              <table>
                <caption>In the atlas</caption>
                <tbody>
                  {data.stats.byKind.map(({ kind, count }) => (
                    <tr key={kind}>
                      <th scope="row"><EntityIcon kind={kind} sector={null} size={13} decorative /> {KIND_PLURALS[kindOf(kind)]}</th>
                      <td>{number.format(count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table>
                <caption>By sector</caption>
                <thead>
                  <tr><th scope="col">Sector</th><th scope="col">Institutions</th><th scope="col">People</th></tr>
                </thead>
                <tbody>
                  {data.stats.bySector.map(({ sector, institutions, people }) => (
                    <tr key={sector}>
                      <th scope="row"><EntityIcon kind="INSTITUTION" sector={sector} size={13} decorative /> {SECTOR_LABELS[sector]}</th>
                      <td>{number.format(institutions)}</td>
                      <td>{number.format(people)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>Data and attribution</h3>
          <p className="attribution" data-testid="attribution">
            Berlin stakeholder data: Technologiestiftung Berlin / CityLAB Berlin, supported by the Senatskanzlei Berlin,
            CC BY 3.0 DE (<a href="https://github.com/technologiestiftung/stakeholder-radar" target="_blank" rel="noreferrer noopener">github.com/technologiestiftung/stakeholder-radar</a>).
            People and papers in the demo are fictional.
          </p>
          <div className="about-actions">
            <button type="submit" className="button">Close</button>
          </div>
        </form>
      </dialog>
    </>
  );
}
