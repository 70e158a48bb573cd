/** What other libs' specs use of documents: small files with real signatures. */
export { SAMPLE_EXE, SAMPLE_HTML, SAMPLE_PDF, SAMPLE_PNG, SAMPLE_SVG } from './sample-files';
