import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FragmentDefinitionNode } from 'graphql';
import type { Plugin } from 'vite';
import { compileDocument, fragmentsIn, GRAPHQL_CALL } from './graphql-compile';

const SOURCES = fileURLToPath(new URL('src/', import.meta.url));
const isSource = (path: string) => !path.includes('/gql/') && /\.tsx?$/.test(path);

/** The texts of the app's sources (not the generated gql folder). */
function sources(): string[] {
  return readdirSync(SOURCES, { recursive: true, encoding: 'utf8' })
    .map((path) => join(SOURCES, path))
    .filter(isSource)
    .map((path) => readFileSync(path, 'utf8'));
}

/**
 * Compiles each `graphql(`…`)` of GraphQL Code Generator's client preset into its document,
 * in place, as the preset's Babel plugin would (this build compiles with oxc, not Babel),
 * with the fragments it spreads (graphql-compile.ts). Without it, the first page would carry
 * gql.ts and graphql.ts: every operation of the app, as text and as a document. Types are
 * unchanged: tsc checks them against the generated overloads of graphql(). Line breaks are
 * kept, so that line numbers stay true.
 */
export function graphqlDocuments(): Plugin {
  let fragments: Map<string, FragmentDefinitionNode> = new Map();
  return {
    name: 'onrecord:graphql-documents',
    enforce: 'pre',
    buildStart() {
      fragments = fragmentsIn(sources());
    },
    // A fragment edited while the dev server runs: read them all again.
    handleHotUpdate({ file }) {
      if (file.startsWith(SOURCES) && isSource(file)) fragments = fragmentsIn(sources());
    },
    transform(code, id) {
      if (!id.startsWith(SOURCES) || !isSource(id)) return null;
      if (!code.includes('graphql(`')) return null;
      const compiled = code.replace(GRAPHQL_CALL, (_call, text: string) => {
        const document = JSON.stringify(compileDocument(text, fragments));
        return `JSON.parse(${JSON.stringify(document)})${'\n'.repeat(text.split('\n').length - 1)}`;
      });
      return { code: compiled, map: null };
    },
  };
}
