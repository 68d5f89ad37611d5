import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo/client.ts';
import { App } from './app/App.tsx';
import './app/app.css';
import './app/pages.css';

const root = document.getElementById('root');
if (!root) throw new Error('No #root element: is web/index.html the page being served?');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
