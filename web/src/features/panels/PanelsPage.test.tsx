import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache } from '../../apollo/cache.ts';
import { VIEWER } from '../editor/viewer.queries.ts';
import { THEMES } from '../themes/themes.queries.ts';
import { PANEL_PROPOSAL, type PanelRequest } from './panel.queries.ts';
import { PanelBuilderProvider, type UrlTopic } from './PanelBuilderProvider.tsx';
import { proposal } from './panelFixtures.ts';
import { defaultPanelForm, toPanelRequest } from './panelForm.ts';
import { PanelsPage } from './PanelsPage.tsx';

afterEach(cleanup);

const theme = (id: string, name: string, parent: string | null) => ({
  __typename: 'Theme',
  id,
  name,
  description: null,
  parent: parent ? { __typename: 'Theme', id: parent } : null,
});

const THEMES_MOCK: MockLink.MockedResponse = {
  request: { query: THEMES },
  result: { data: { themes: [theme('theme-data-governance', 'Data governance', null), theme('theme-open-data', 'Open data', 'theme-data-governance')] } },
};
const VIEWER_MOCK: MockLink.MockedResponse = { request: { query: VIEWER }, result: { data: { viewer: { __typename: 'Viewer', role: 'reader' } } } };

/** The fixture proposal as the server sends it: every object typed. */
function proposalData() {
  const p = proposal();
  return {
    panel: {
      __typename: 'PanelProposal',
      ...p,
      balance: {
        __typename: 'PanelBalance',
        ...p.balance,
        bySector: p.balance.bySector.map((s) => ({ __typename: 'PanelSectorCount', ...s })),
        byCountry: p.balance.byCountry.map((c) => ({ __typename: 'CountryCount', ...c })),
      },
      unmet: p.unmet.map((u) => ({ __typename: 'UnmetConstraint', ...u })),
    },
  };
}

function renderPage(urlTopic: UrlTopic | null, mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={[THEMES_MOCK, VIEWER_MOCK, ...mocks]} cache={createCache()}>
      <PanelBuilderProvider urlTopic={urlTopic}>
        <PanelsPage />
      </PanelBuilderProvider>
    </MockedProvider>,
  );
}

const defaults = (themeId: string): PanelRequest => {
  const result = toPanelRequest(defaultPanelForm({ themeId }));
  if (!result.ok) throw new Error(result.message);
  return result.request;
};

describe('PanelsPage', () => {
  it('starts with the issue’s defaults and proposes for the chosen theme and size', async () => {
    const request = { ...defaults('theme-open-data'), size: 5 };
    renderPage(null, [{ request: { query: PANEL_PROPOSAL, variables: { request } }, result: { data: proposalData() } }]);
    expect(screen.getByTestId('panel-empty')).toBeTruthy();
    expect((screen.getByRole('radio', { name: '4 seats' }) as HTMLInputElement).checked).toBe(true);
    for (const sector of ['PUBLIC', 'ACADEMIA', 'PRIVATE', 'CIVIL_SOCIETY']) {
      expect((screen.getByTestId(`panel-sector-${sector}`) as HTMLInputElement).checked).toBe(true);
    }
    expect((screen.getByTestId('panel-sector-OTHER') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('At most one person per institution') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('panel-prefer-new-faces') as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByTestId('panel-submit'));
    expect(screen.getByTestId('panel-form-problem').textContent).toBe('Choose a theme for the panel.');

    await screen.findByRole('option', { name: /Open data/ });
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'theme-open-data' } });
    fireEvent.click(screen.getByRole('radio', { name: '5 seats' }));
    fireEvent.click(screen.getByTestId('panel-submit'));

    expect(await screen.findAllByTestId('panel-member')).toHaveLength(4);
    expect(screen.getByTestId('unmet-constraint').textContent).toContain('No candidate from Civil society');
    expect(window.location.search).toBe('?theme=theme-open-data');
  });

  it('proposes at once for the theme in the URL, and shows a BAD_USER_INPUT message as the server wrote it', async () => {
    const error = new GraphQLError('maxPerCountry must be from 1 to 8, got 0.', { extensions: { code: 'BAD_USER_INPUT' } });
    renderPage({ theme: 'theme-data-governance', session: null }, [
      { request: { query: PANEL_PROPOSAL, variables: { request: defaults('theme-data-governance') } }, result: { errors: [error] } },
    ]);
    const shown = await screen.findByTestId('panel-error');
    expect(shown.textContent).toContain('The request needs a change');
    expect(shown.textContent).toContain('maxPerCountry must be from 1 to 8, got 0.');
  });
});
