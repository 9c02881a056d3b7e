import '@utrecht/component-library-css';
import '@utrecht/design-tokens/dist/index.css';
import '@instrumentengidsen/ui/theme.css';
import './styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@instrumentengidsen/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from './App';

const client = createApolloClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
