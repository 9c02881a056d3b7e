import '@utrecht/component-library-css';
import '@utrecht/design-tokens/dist/index.css';
import '@instrumentengidsen/ui/theme.css';
import './styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@instrumentengidsen/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';

const client = createApolloClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
