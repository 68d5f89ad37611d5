import { skipToken, useQuery } from '@apollo/client/react';
import { describeError, errorCode, serverMessage } from '../../apollo/errorCode.ts';
import { navigate } from '../../router/navigate.ts';
import { hrefFor } from '../../router/routes.ts';
import { PageMessage } from '../../ui/PageMessage.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { PANEL_PROPOSAL, type PanelRequest } from './panel.queries.ts';
import { PanelBuilderForm } from './PanelBuilderForm.tsx';
import { requestKey, usePanelBuilder } from './PanelBuilderProvider.tsx';
import { PanelResult } from './PanelResult.tsx';
import './panels.css';

/** The panel builder: constraints on the left, the proposal (members, alternates, balance, what was not met) on the right. */
export function PanelsPage() {
  useDocumentTitle('Panel builder');
  const builder = usePanelBuilder();
  const { submitted } = builder;
  const { data, previousData, loading, error } = useQuery(PANEL_PROPOSAL, submitted ? { variables: { request: submitted } } : skipToken);
  // While a new proposal loads, the last one stays (dimmed) rather than the page jumping to a spinner.
  const proposal = data?.panel ?? (loading ? previousData?.panel : undefined);

  function handlePropose(request: PanelRequest) {
    // The URL first, so the topic it names is already this request's when the builder re-renders.
    navigate(hrefFor({ name: 'panels', theme: request.themeId ?? null, session: request.sessionId ?? null }), { replace: true });
    builder.submit(request);
  }

  return (
    <div className="page page-panels" data-testid="panels-page">
      <header className="page-header">
        <h1>Panel builder</h1>
        <p className="page-lead">
          Propose a panel for a theme or a session, balanced across sectors, with every member explained by their evidence.
          Swap members for alternates and watch the balance change; export the result or save it as a draft.
        </p>
      </header>
      <div className="panels-layout">
        <PanelBuilderForm onPropose={handlePropose} busy={loading} />
        <div className="panels-result" aria-live="polite" aria-busy={loading}>
          {!submitted && (
            <PageMessage kind="empty" title="No panel yet" testId="panel-empty">
              <p>Choose a theme or a session, set the constraints, and press “Propose panel”.</p>
            </PageMessage>
          )}
          {submitted && error && (
            <PageMessage kind="error" title={errorTitle(error)} testId="panel-error">
              <p>{['BAD_USER_INPUT', 'NOT_FOUND'].includes(errorCode(error) ?? '') ? (serverMessage(error) ?? describeError(error)) : describeError(error)}</p>
            </PageMessage>
          )}
          {submitted && !error && !proposal && <PageMessage kind="loading" title="Finding the best panel…" />}
          {submitted && !error && proposal && (
            <PanelResult
              key={requestKey(submitted)}
              proposal={proposal}
              request={submitted}
              stale={loading}
              lineup={builder.lineups[requestKey(submitted)] ?? null}
              onLineupChange={(lineup) => builder.setLineup(submitted, lineup)}
            />
          )}
        </div>
      </div>
    </div>
  );
}

function errorTitle(error: unknown): string {
  switch (errorCode(error)) {
    case 'BAD_USER_INPUT':
      return 'The request needs a change';
    case 'NOT_FOUND':
      return 'Something the request names does not exist';
    default:
      return 'Could not propose a panel';
  }
}
