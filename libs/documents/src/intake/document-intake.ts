import { sniffDocumentType, type SniffedType } from './sniff';

export const NOT_KEPT =
  'is not a kind of file OnRecord keeps: PDF, an image (JPEG, PNG, HEIC…), a Word or OpenDocument file, a spreadsheet, or plain text';

/** What the intake read from a file's bytes, or why it does not keep it. */
export type Intake = { type: SniffedType } | { problem: string };

/**
 * The same rules for every way a file comes in (the console, the family portal, a reply's
 * attachment): not empty, not over the size limit, and a kind of file that cannot run.
 */
export async function intake(bytes: Buffer, maxBytes: number): Promise<Intake> {
  if (!bytes.length) return { problem: 'is empty' };
  if (bytes.length > maxBytes)
    return {
      problem: `is larger than ${Math.floor(maxBytes / (1024 * 1024))} MB, the most OnRecord takes`,
    };
  const type = await sniffDocumentType(bytes);
  return type ? { type } : { problem: NOT_KEPT };
}
