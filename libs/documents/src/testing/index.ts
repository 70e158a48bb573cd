/** What other libs' and the api's specs use to put documents on their cases. */
export { uploadDocument } from './documents-api';
