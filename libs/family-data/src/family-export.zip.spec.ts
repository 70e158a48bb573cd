import AdmZip from 'adm-zip';
import { PassThrough, Readable } from 'node:stream';
import type { FamilyRecords } from './family-export.service';
import { documentPath, writeFamilyZip } from './family-export.zip';

const RECORDS: FamilyRecords = {
  familyId: 'f1',
  householdName: 'Rivera household',
  emails: [],
  recordIds: [],
  guardianIds: [],
  tables: {
    document: [
      { id: 'd1', file_name: 'iep.pdf' },
      { id: 'd2', file_name: 'iep.pdf' },
    ],
  },
};

async function zipOf(files: Parameters<typeof writeFamilyZip>[3]): Promise<AdmZip> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeFamilyZip(RECORDS, 'Advocates United', out, files, new Date('2026-12-05T10:00:00Z'));
  return new AdmZip(Buffer.concat(chunks));
}

describe('the family export ZIP', () => {
  it("holds each document's file in its own folder, so equal file names do not clash", async () => {
    const [first, second] = RECORDS.tables['document']!.map(documentPath);
    const zip = await zipOf([
      { name: first!, open: async () => Readable.from([Buffer.from('first IEP')]) },
      { name: second!, open: async () => Readable.from([Buffer.from('second IEP')]) },
    ]);
    expect(zip.readAsText('documents/d1/iep.pdf')).toBe('first IEP');
    expect(zip.readAsText('documents/d2/iep.pdf')).toBe('second IEP');
    expect(zip.readAsText('README.txt')).not.toContain('no file in the storage');
  });

  it('names in its README a document whose file the storage does not hold', async () => {
    const zip = await zipOf([
      { name: 'documents/d1/iep.pdf', open: async () => Readable.from([Buffer.from('IEP')]) },
      { name: 'documents/d2/iep.pdf', open: async () => undefined },
    ]);
    expect(zip.getEntry('documents/d2/iep.pdf')).toBeNull();
    expect(zip.readAsText('README.txt')).toMatch(
      /no file in the storage:\n {2}documents\/d2\/iep\.pdf/,
    );
    expect(zip.readAsText('records/document.json')).toContain('"d2"');
  });
});
