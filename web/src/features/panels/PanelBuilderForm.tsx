import { useId, useState, type FormEvent } from 'react';
import { PeoplePicker } from './PeoplePicker.tsx';
import { usePanelBuilder } from './PanelBuilderProvider.tsx';
import { toPanelRequest, type PanelForm } from './panelForm.ts';
import type { PanelRequest } from './panel.queries.ts';
import { RuleFields } from './RuleFields.tsx';
import { SectorFields } from './SectorFields.tsx';
import { SizeField } from './SizeField.tsx';
import { TopicFields } from './TopicFields.tsx';

interface PanelBuilderFormProps {
  onPropose: (request: PanelRequest) => void;
  busy: boolean;
}

/** The organiser's constraints. Nothing is sent until "Propose panel"; what cannot be sent says why. */
export function PanelBuilderForm({ onPropose, busy }: PanelBuilderFormProps) {
  const { form, setForm, reset } = usePanelBuilder();
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  const update = (patch: Partial<PanelForm>) => setForm((current) => ({ ...current, ...patch }));

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const result = toPanelRequest(form);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    setProblem(null);
    onPropose(result.request);
  }

  return (
    <form className="card panel-form" onSubmit={handleSubmit} aria-label="Panel constraints" data-testid="panel-builder" noValidate>
      <TopicFields form={form} onChange={update} />
      <SizeField size={form.size} onChange={(size) => update({ size })} />
      <SectorFields form={form} onChange={update} />
      <RuleFields form={form} onChange={update} />
      <PeoplePicker
        legend="Must be on the panel"
        hint="Confirmed speakers; they keep their seats."
        testId="panel-require"
        people={form.require}
        onChange={(require) => update({ require })}
      />
      <PeoplePicker
        legend="Leave out"
        hint="Booked elsewhere, declined, or on another panel."
        testId="panel-exclude"
        people={form.exclude}
        onChange={(exclude) => update({ exclude })}
      />
      {problem && (
        <p className="form-problem" role="alert" id={problemId} data-testid="panel-form-problem">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" data-testid="panel-submit" aria-describedby={problem ? problemId : undefined} disabled={busy}>
          {busy ? 'Proposing…' : 'Propose panel'}
        </button>
        <button type="button" className="button button-ghost" onClick={() => { reset(); setProblem(null); }}>
          Reset constraints
        </button>
      </div>
    </form>
  );
}
