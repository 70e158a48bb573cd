import '@mantine/core/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { client } from './apollo';
import { i18nReady } from './i18n';
import { AuthProvider } from './auth/AuthProvider';
import { AppRouter } from './AppRouter';
import { cssVariablesResolver, theme } from './theme';

// The first screen is drawn in the reader's language, never in keys.
void i18nReady.then(() =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <ApolloProvider client={client}>
          <AuthProvider>
            <AppRouter />
          </AuthProvider>
        </ApolloProvider>
      </MantineProvider>
    </StrictMode>,
  ),
);
