/** What other libs' and the api's specs use of documents: small files with real signatures, and the upload. */
export { SAMPLE_EXE, SAMPLE_HTML, SAMPLE_PDF, SAMPLE_PNG, SAMPLE_SVG } from './sample-files';
export { uploadDocument } from './documents-api';
