import { formatSigned } from './chartGeometry.ts';
import type { Mixing } from './collaboration.queries.ts';
import { DefinitionLink } from './MeasureNote.tsx';
import { describeAssortativity, externalShare } from './mixingWords.ts';

/** The matrix in five numbers: how much, how much of it across sectors, and the two mixing measures. */
export function MixingSummary({ mixing }: { mixing: Mixing }) {
  return (
    <dl className="mixing-summary card" data-testid="mixing-summary">
      <div>
        <dt>
          <DefinitionLink term="collaboration">Collaborations</DefinitionLink>
        </dt>
        <dd data-testid="mixing-total">{mixing.total}</dd>
      </div>
      <div>
        <dt>Across sectors</dt>
        <dd>
          {mixing.external} <span className="mixing-note">{externalShare(mixing)}</span>
        </dd>
      </div>
      <div>
        <dt>Within a sector</dt>
        <dd>{mixing.internal}</dd>
      </div>
      <div>
        <dt>
          <DefinitionLink term="eiIndex">E-I index</DefinitionLink>
        </dt>
        <dd data-testid="mixing-ei">
          {formatSigned(mixing.eiIndex)} <span className="mixing-note">−1 within · +1 across</span>
        </dd>
      </div>
      <div className="mixing-summary-wide">
        <dt>
          <DefinitionLink term="assortativity">Assortativity</DefinitionLink>
        </dt>
        <dd data-testid="mixing-assortativity">
          {formatSigned(mixing.assortativity)} <span className="mixing-note">{describeAssortativity(mixing.assortativity)}</span>
        </dd>
      </div>
    </dl>
  );
}
