import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './explorer.css';

// Apollo's CSRF prevention wants this header on requests a browser could send cross-site.
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  headers: { 'apollo-require-preflight': 'true' },
});

createRoot(document.getElementById('graphiql') as HTMLElement).render(
  <GraphiQL fetcher={fetcher} defaultEditorToolsVisibility />,
);
