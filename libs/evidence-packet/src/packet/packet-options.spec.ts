import { BadInput } from '@onrecord/platform/errors';
import { parsePacketOptions } from './packet-options';

const problems = (query: Record<string, unknown>) => {
  try {
    parsePacketOptions(query);
    return [];
  } catch (error) {
    return (error as BadInput).fields.map((f) => `${f.field}: ${f.message}`);
  }
};

describe('the evidence packet options', () => {
  it('defaults to a PDF of everything shared, without documents', () => {
    expect(parsePacketOptions({})).toEqual({
      format: 'pdf',
      from: null,
      to: null,
      includeInternal: false,
      includeDocuments: false,
    });
    expect(
      parsePacketOptions({
        format: 'csv',
        from: '2025-09-01',
        to: '2026-06-30',
        internal: 'true',
        documents: 'false',
      }),
    ).toEqual({
      format: 'csv',
      from: '2025-09-01',
      to: '2026-06-30',
      includeInternal: true,
      includeDocuments: false,
    });
  });

  it('names each bad parameter', () => {
    expect(
      problems({
        format: 'docx',
        from: '2025-13-01',
        to: '2025-02-30',
        internal: 'yes',
        page: '2',
      }),
    ).toEqual([
      'format: must be pdf or csv',
      'from: must be a date, YYYY-MM-DD',
      'to: must be a date, YYYY-MM-DD',
      'internal: must be true or false',
      'page: is not an option of the evidence packet',
    ]);
    expect(problems({ from: '2026-01-01', to: '2025-12-31' })).toEqual([
      'to: must not be before from (2026-01-01)',
    ]);
    expect(problems({ format: ['pdf', 'csv'] })).toEqual(['format: must be given once']);
  });
});
