import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { longDate } from '@onrecord/platform/text';
import { BASE_STYLE, PAGE } from '../pdf/render-pdf';
import type { LetterRecord } from './letter-record';

const humanize = (value: string): string => value.toLowerCase().replace(/_/g, ' ');

function letterhead(letter: LetterRecord): Content {
  const { organization } = letter;
  const reach = [organization.phone, organization.email].filter(Boolean).join('  ·  ');
  return {
    stack: [
      { text: organization.name, fontSize: 16, bold: true },
      ...(organization.address ? [{ text: organization.address, fontSize: 9 }] : []),
      ...(reach ? [{ text: reach, fontSize: 9 }] : []),
      { canvas: [{ type: 'line', x1: 0, y1: 6, x2: 504, y2: 6, lineWidth: 1 }] },
    ],
    margin: [0, 0, 0, 24],
  };
}

function addressees(letter: LetterRecord): Content {
  if (!letter.recipients.length)
    return { text: 'To: (no school contact chosen yet)', italics: true, margin: [0, 0, 0, 16] };
  return {
    stack: letter.recipients.map((r) => ({
      text: [
        { text: r.name, bold: true },
        ...[r.title ?? (r.role ? humanize(r.role) : null), r.school, r.district, r.email]
          .filter((line): line is string => !!line)
          // A title often names the school already ("Principal, Maple Valley Middle School").
          .filter((line, i, lines) => i === 0 || !(lines[0] ?? '').includes(line))
          .map((line) => `\n${line}`),
      ],
      margin: [0, 0, 0, 6],
    })),
    margin: [0, 0, 0, 12],
  };
}

/**
 * The written request's letter on the organization's letterhead: the organization's name,
 * address, phone and email, the date it was sent, the school contacts it is addressed to, the
 * subject, the letter as sent (or as drafted, marked DRAFT), and who signs it. The body is the
 * record's own text: its closing is kept, and a signature is added only when it names no one.
 */
export function letterDocument(letter: LetterRecord): TDocumentDefinitions {
  const signer = letter.advocate;
  const signed = signer ? letter.body.includes(signer.name) : true;
  return {
    ...PAGE,
    pageMargins: [54, 54, 54, 54],
    info: { title: letter.subject, author: letter.organization.name, creator: 'OnRecord' },
    defaultStyle: { ...BASE_STYLE, fontSize: 11, lineHeight: 1.25 },
    ...(letter.draft
      ? { watermark: { text: 'DRAFT', color: '#999999', opacity: 0.2, bold: true } }
      : {}),
    footer: (current, count) =>
      count > 1
        ? {
            text: `Page ${current} of ${count}`,
            alignment: 'right',
            fontSize: 8,
            margin: [54, 18, 54, 0],
          }
        : null,
    content: [
      letterhead(letter),
      { text: longDate(letter.date), margin: [0, 0, 0, 16] },
      addressees(letter),
      {
        text: [
          { text: 'Re: ', bold: true },
          { text: letter.subject, bold: true },
        ],
        margin: [0, 0, 0, 4],
      },
      { text: `Student: ${letter.studentName}`, margin: [0, 0, 0, 16] },
      ...letter.body
        .replace(/\r\n/g, '\n')
        .split(/\n{2,}/)
        .map((paragraph): Content => ({ text: paragraph, margin: [0, 0, 0, 10] })),
      ...(!signed && signer
        ? [
            {
              stack: [
                'Sincerely,',
                { text: ' ', margin: [0, 14, 0, 0] },
                { text: signer.name, bold: true },
                letter.organization.name,
                signer.email,
              ],
              margin: [0, 10, 0, 0],
              unbreakable: true,
            } satisfies Content,
          ]
        : []),
    ],
  };
}
