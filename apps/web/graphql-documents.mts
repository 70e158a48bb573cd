import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type { Plugin } from 'vite';

const SOURCES = fileURLToPath(new URL('src/', import.meta.url));
const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;

/**
 * Compiles each `graphql(`…`)` of GraphQL Code Generator's client preset into its document,
 * in place, as the preset's Babel plugin would (this build compiles with oxc, not Babel).
 * Without it, the first page would carry gql.ts and graphql.ts: every operation of the app,
 * as text and as a document. Types are unchanged: tsc checks them against the generated
 * overloads of graphql(). Line breaks are kept, so that line numbers stay true.
 */
export function graphqlDocuments(): Plugin {
  return {
    name: 'onrecord:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(SOURCES) || id.includes('/src/gql/') || !/\.tsx?$/.test(id)) return null;
      if (!code.includes('graphql(`')) return null;
      const compiled = code.replace(CALL, (_call, text: string) => {
        const document = JSON.stringify(parse(text, { noLocation: true }));
        return `JSON.parse(${JSON.stringify(document)})${'\n'.repeat(text.split('\n').length - 1)}`;
      });
      return { code: compiled, map: null };
    },
  };
}
