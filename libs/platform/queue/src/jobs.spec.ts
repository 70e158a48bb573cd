import { JOBS, JobName } from './jobs';

describe('job definitions', () => {
  it('give deterministic ids without ":" (BullMQ forbids it in custom ids)', () => {
    const samples: { [N in JobName]: Parameters<(typeof JOBS)[N]['jobId']>[0] } = {
      'system-check': {
        organizationId: '0f1e2d3c-4b5a-4697-8877-665544332211',
        systemCheckId: '6bb2849e-6aef-4c0c-8378-0ec7d0b3795e',
      },
      'send-follow-ups': {
        organizationId: '0f1e2d3c-4b5a-4697-8877-665544332211',
        followUpIds: ['6bb2849e-6aef-4c0c-8378-0ec7d0b3795e'],
        key: '6bb2849e-6aef-4c0c-8378-0ec7d0b3795e-1795900000000-0',
      },
      'follow-up-sweep': {},
      'advocate-digests': {},
      'replan-organization': {
        organizationId: '0f1e2d3c-4b5a-4697-8877-665544332211',
        requestedAt: 1795900000000,
      },
      'refresh-request-outcomes': {},
      'send-parent-surveys': {
        organizationId: '0f1e2d3c-4b5a-4697-8877-665544332211',
        caseId: '6bb2849e-6aef-4c0c-8378-0ec7d0b3795e',
      },
      'parent-survey-sweep': {},
    };
    for (const name of Object.keys(JOBS) as JobName[]) {
      const id = JOBS[name].jobId(samples[name] as never);
      expect(id).toBe(JOBS[name].jobId(samples[name] as never));
      expect(id).not.toContain(':');
    }
  });
});
