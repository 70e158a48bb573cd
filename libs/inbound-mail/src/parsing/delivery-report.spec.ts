import { deliveryFailure, isDeliveryReport } from './delivery-report';

const REPORT = [
  'Reporting-MTA: dns; mx.school.example.org',
  'Arrival-Date: Fri, 4 Dec 2026 09:59:58 -0600',
  '',
  'Final-Recipient: rfc822; teacher@school.example.org',
  'Action: delivered',
  'Status: 2.0.0',
  '',
  'Final-Recipient: rfc822; principal@school.example.org',
  'Original-Recipient: rfc822;principal@school.example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <principal@school.example.org>: Recipient',
  '    address rejected: User unknown in local recipient table',
].join('\r\n');

const RETURNED = [
  'From: OnRecord <no-reply@onrecord.test>',
  'To: principal@school.example.org',
  'Message-Id: <abc123@onrecord.test>',
  'Subject: Request for an evaluation',
].join('\n');

describe('delivery status notifications', () => {
  it('knows a delivery report by its content type only', () => {
    const report = (type: string) => ({
      value: 'multipart/report',
      params: { 'report-type': type },
    });
    expect(isDeliveryReport(report('delivery-status'))).toBe(true);
    expect(isDeliveryReport(report('global-delivery-status'))).toBe(true);
    expect(isDeliveryReport(report('disposition-notification'))).toBe(false);
    expect(isDeliveryReport({ value: 'multipart/mixed' })).toBe(false);
    expect(isDeliveryReport(undefined)).toBe(false);
  });

  it('reads the failed recipient, the folded diagnostic and the returned Message-ID', () => {
    expect(deliveryFailure(REPORT, RETURNED)).toEqual({
      recipient: 'principal@school.example.org',
      diagnostic:
        '550 5.1.1 <principal@school.example.org>: Recipient address rejected: User unknown in local recipient table',
      originalMessageId: '<abc123@onrecord.test>',
      failed: true,
    });
  });

  it('falls back to the status code, and to X-Failed-Recipients, and says when nothing was returned', () => {
    expect(
      deliveryFailure('Final-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.2.2', null),
    ).toEqual({
      recipient: 'a@b.example',
      diagnostic: 'status 5.2.2',
      originalMessageId: null,
      failed: true,
    });
    expect(deliveryFailure('', null, 'c@d.example, e@f.example')).toEqual({
      recipient: 'c@d.example',
      diagnostic: null,
      originalMessageId: null,
      failed: true,
    });
  });

  it('tells a delay from a failure: only a failure fails the send', () => {
    const delayed = [
      'Final-Recipient: rfc822; principal@school.example.org',
      'Action: delayed',
      'Status: 4.4.7',
      'Diagnostic-Code: smtp; 421 4.4.7 mailbox busy, will retry',
    ].join('\n');
    expect(deliveryFailure(delayed, RETURNED)).toEqual({
      recipient: 'principal@school.example.org',
      diagnostic: '421 4.4.7 mailbox busy, will retry',
      originalMessageId: '<abc123@onrecord.test>',
      failed: false,
    });
    expect(deliveryFailure(REPORT, RETURNED).failed).toBe(true);
  });
});
