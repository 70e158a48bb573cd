import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Controller, Get, Header, NotFoundException, Param, StreamableFile } from '@nestjs/common';
import { Public } from './access.decorator';

/**
 * A GraphQL explorer served from this process, with no CDN: GraphiQL and React come from
 * node_modules. Only mounted when the explorer is enabled (development by default).
 */
const JAVASCRIPT = 'text/javascript; charset=utf-8';
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: JAVASCRIPT },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: JAVASCRIPT },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: JAVASCRIPT },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css; charset=utf-8' },
};

/** Starts the explorer: a file of its own, as the content security policy allows no inline script. */
const START = `const fetcher = GraphiQL.createFetcher({
  url: '/graphql',
  headers: { 'apollo-require-preflight': 'true' },
});
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }),
);
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>OnRecord GraphQL explorer</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css">
  <link rel="stylesheet" href="/graphiql/assets/explorer.css">
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script src="/graphiql/assets/explorer.js"></script>
</body>
</html>`;

@Public()
@Controller('graphiql')
export class GraphiqlController {
  private readonly cache = new Map<string, Buffer>();

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    return PAGE;
  }

  /** A file as bytes with its own content type (a returned Buffer would be sent as JSON). */
  @Get('assets/:name')
  @Header('cache-control', 'public, max-age=86400')
  asset(@Param('name') name: string): StreamableFile {
    if (name === 'explorer.js') return new StreamableFile(Buffer.from(START), { type: JAVASCRIPT });
    if (name === 'explorer.css') {
      return new StreamableFile(Buffer.from('html, body, #graphiql { height: 100%; margin: 0; }'), {
        type: 'text/css; charset=utf-8',
      });
    }
    const asset = ASSETS[name];
    if (!asset) throw new NotFoundException();
    let body = this.cache.get(name);
    if (!body) {
      body = readFileSync(join(dirname(require.resolve(`${asset.pkg}/package.json`)), asset.file));
      this.cache.set(name, body);
    }
    return new StreamableFile(body, { type: asset.type });
  }
}
