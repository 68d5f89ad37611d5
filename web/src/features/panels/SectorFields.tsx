import { SECTORS, SECTOR_LABELS } from '@atlas/schema';
import { useId } from 'react';
import { sectorColour } from '../../graph/palette.ts';
import type { Sector } from '../../graphql/types.ts';
import { seatsFor, type PanelForm, type SectorMode } from './panelForm.ts';

interface SectorFieldsProps {
  form: PanelForm;
  onChange: (patch: Partial<PanelForm>) => void;
}

const MODES: Array<{ mode: SectorMode; label: string }> = [
  { mode: 'cover', label: 'One from each' },
  { mode: 'shares', label: 'Shares' },
  { mode: 'none', label: 'Any' },
];

/** Which sectors the panel must cover: at least one from each ticked sector, or a share of the seats each. */
export function SectorFields({ form, onChange }: SectorFieldsProps) {
  const name = useId();
  const idPrefix = useId();
  const totalShare = Object.values(form.shares).reduce((sum, v) => sum + (v ?? 0), 0);

  function handleTick(sector: Sector, checked: boolean) {
    const ticked = new Set(form.sectors);
    if (checked) ticked.add(sector);
    else ticked.delete(sector);
    onChange({ sectors: SECTORS.filter((s) => ticked.has(s)) });
  }

  return (
    <fieldset className="form-group" data-testid="panel-sectors">
      <legend>Sectors</legend>
      <div className="segmented">
        {MODES.map(({ mode, label }) => (
          <label key={mode} className={form.sectorMode === mode ? 'is-checked' : undefined}>
            <input type="radio" name={name} value={mode} checked={form.sectorMode === mode} onChange={() => onChange({ sectorMode: mode })} />
            {label}
          </label>
        ))}
      </div>

      {form.sectorMode === 'cover' && (
        <>
          <ul className="check-list">
            {SECTORS.map((sector) => (
              <li key={sector}>
                <label>
                  <input
                    type="checkbox"
                    checked={form.sectors.includes(sector)}
                    onChange={(event) => handleTick(sector, event.target.checked)}
                    data-testid={`panel-sector-${sector}`}
                  />
                  <span className="sector-dot" style={{ background: sectorColour(sector) }} aria-hidden="true" />
                  {SECTOR_LABELS[sector]}
                </label>
              </li>
            ))}
          </ul>
          {form.sectors.length > form.size && (
            <p className="field-hint field-hint-warn">
              {form.size} seats can cover {form.size} sectors; the ones listed last will be dropped.
            </p>
          )}
        </>
      )}

      {form.sectorMode === 'shares' && (
        <>
          <table className="share-table">
            <caption className="visually-hidden">Target share of seats per sector</caption>
            <tbody>
              {SECTORS.map((sector) => {
                const id = `${idPrefix}-${sector}`;
                const percent = form.shares[sector] ?? 0;
                const seats = seatsFor(percent, form.size);
                return (
                  <tr key={sector}>
                    <th scope="row">
                      <label htmlFor={id}>
                        <span className="sector-dot" style={{ background: sectorColour(sector) }} aria-hidden="true" />
                        {SECTOR_LABELS[sector]}
                      </label>
                    </th>
                    <td>
                      <span className="input-suffix">
                        <input
                          id={id}
                          type="number"
                          min={0}
                          max={100}
                          step={5}
                          inputMode="numeric"
                          value={percent}
                          data-testid={`panel-share-${sector}`}
                          onChange={(event) => onChange({ shares: { ...form.shares, [sector]: clampPercent(event.target.valueAsNumber) } })}
                        />
                        %
                      </span>
                    </td>
                    <td className="share-seats">{percent > 0 ? `≥ ${seats} ${seats === 1 ? 'seat' : 'seats'}` : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className={`field-hint${totalShare > 100 ? ' field-hint-warn' : ''}`}>
            {totalShare > 100 ? `The shares add up to ${totalShare}%: at most 100%.` : `Each share reserves at least that part of the ${form.size} seats, rounded down.`}
          </p>
        </>
      )}
      {form.sectorMode === 'none' && <p className="field-hint">No sector constraint: the best evidence wins.</p>}
    </fieldset>
  );
}

const clampPercent = (value: number) => (Number.isFinite(value) ? Math.min(100, Math.max(0, Math.round(value))) : 0);
