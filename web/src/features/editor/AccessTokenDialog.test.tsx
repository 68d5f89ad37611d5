import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCache } from '../../apollo/cache.ts';
import { writeEditorToken } from '../../apollo/editorToken.ts';
import { AccessTokenDialog } from './AccessTokenDialog.tsx';
import { VIEWER } from './viewer.queries.ts';

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterEach(() => {
  cleanup();
  writeEditorToken(null);
});

const asRole = (role: string): MockLink.MockedResponse => ({ request: { query: VIEWER }, result: { data: { viewer: { __typename: 'Viewer', role } } } });
const refused: MockLink.MockedResponse = {
  request: { query: VIEWER },
  result: { errors: [new GraphQLError('This atlas is not public: send an API token.', { extensions: { code: 'UNAUTHENTICATED' } })] },
};

function renderDialog(mock: MockLink.MockedResponse) {
  render(
    <MockedProvider mocks={[mock]} cache={createCache()}>
      <AccessTokenDialog />
    </MockedProvider>,
  );
}

describe('AccessTokenDialog', () => {
  it('stays closed for a reader without a token on a public atlas', async () => {
    renderDialog(asRole('reader'));
    expect(await screen.findByRole('button', { name: 'Access token' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByTestId('access-token-dialog').hasAttribute('open')).toBe(false);
  });

  it('shows the role of the stored token on its button', async () => {
    writeEditorToken('atlas_0123456789abcdef_secret');
    renderDialog(asRole('admin'));
    expect(await screen.findByRole('button', { name: 'Admin' })).toBeTruthy();
  });

  it('opens by itself when the server will not answer without a token, and says why', async () => {
    renderDialog(refused);
    await waitFor(() => expect(screen.getByTestId('access-token-dialog').hasAttribute('open')).toBe(true));
    expect(screen.getByTestId('access-token-status').textContent).toMatch(/This atlas is not public/);
  });

  it('asks for another token when the stored one is refused', async () => {
    writeEditorToken('atlas_0123456789abcdef_revoked');
    renderDialog(refused);
    await waitFor(() => expect(screen.getByTestId('access-token-dialog').hasAttribute('open')).toBe(true));
    expect(screen.getByTestId('access-token-status').textContent).toMatch(/does not accept the token kept in this browser/);
    expect(screen.getByText('Remove token')).toBeTruthy();
  });
});
