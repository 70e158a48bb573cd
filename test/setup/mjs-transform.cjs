// @ts-check
/**
 * Jest runs tests as CommonJS and loads an ES module (.mjs) only with Node's experimental VM
 * modules. The launcher's modules (infra/local/*.mjs) are ES modules that Node runs as
 * they are (npm start needs no build step and no TypeScript); for their unit tests, this
 * compiles them to CommonJS with TypeScript's transpiler, as ts-jest does for .ts files.
 */
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const ts = require('typescript');

const self = readFileSync(__filename, 'utf8');

module.exports = {
  /** @param {string} sourceText @param {string} sourcePath */
  process(sourceText, sourcePath) {
    const { outputText, sourceMapText } = ts.transpileModule(sourceText, {
      // Named .mjs, the file would keep its import/export syntax.
      fileName: sourcePath.replace(/\.mjs$/, '.js'),
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        sourceMap: true,
      },
    });
    return { code: outputText, map: sourceMapText };
  },
  /** @param {string} sourceText @param {string} sourcePath */
  getCacheKey(sourceText, sourcePath) {
    return createHash('sha256')
      .update(self)
      .update(ts.version)
      .update(sourcePath)
      .update(sourceText)
      .digest('hex');
  },
};
