import { fetchWithSession } from '../../api-files';
import { placeFields, type DocumentPlace } from './document-place';

export interface DocumentUpload {
  caseId: string;
  kind: string;
  title: string;
  documentDate: string;
  sharedWithFamily: boolean;
  file: File;
  /** A place of the case it belongs to (a request, a response, a meeting, a week). */
  place?: DocumentPlace;
}

/**
 * Sends a document as the api takes it (multipart POST /documents, README "Documents"); a
 * refusal is an ApiFileError naming the fields at fault.
 */
export async function uploadDocument(upload: DocumentUpload): Promise<void> {
  const form = new FormData();
  form.append('caseId', upload.caseId);
  form.append('kind', upload.kind);
  form.append('title', upload.title);
  if (upload.documentDate) form.append('documentDate', upload.documentDate);
  form.append('sharedWithFamily', String(upload.sharedWithFamily));
  for (const [field, value] of placeFields(upload.place)) form.append(field, value);
  form.append('file', upload.file, upload.file.name);
  await fetchWithSession('/documents', { method: 'POST', body: form });
}

/** "Evaluación psicológica.pdf" → "Evaluación psicológica": a title to start from. */
export function titleFromFileName(name: string): string {
  return name
    .replace(/\.[^.]{1,10}$/, '')
    .replace(/[_]+/g, ' ')
    .trim()
    .slice(0, 200);
}
