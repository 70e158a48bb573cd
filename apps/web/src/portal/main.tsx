import './session-from-address';
import '@mantine/core/styles.css';
import './i18n';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { cssVariablesResolver, theme } from '../theme';
import { readPrerenderedPage } from './first-page';
import { PortalRouter, routerReady } from './PortalRouter';
import { PortalSessionProvider } from './PortalSession';

/** The family portal: its own entry (portal.html), so a parent's phone loads none of the console. */
const root = document.getElementById('root') as HTMLElement;
void (root.hasChildNodes() ? routerReady() : Promise.resolve()).then(() => {
  readPrerenderedPage(root);
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <PortalSessionProvider>
          <PortalRouter />
        </PortalSessionProvider>
      </MantineProvider>
    </StrictMode>,
  );
});
