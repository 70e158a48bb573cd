import {
  CORE_MATRIX,
  formatFigures,
  runFaultMatrix,
  type FaultMatrixResult,
} from '../faults/follow-up-faults';
import { SEND_SLOTS } from '@onrecord/follow-ups';

/**
 * The core of the follow-up fault matrix (issue 22; `npm run faults:follow-ups` runs it full
 * size): a slow mail server, SIGKILLs mid-batch, Redis flushed with jobs queued, a mail
 * outage, and an idle worker — each follow-up counted at the SMTP server.
 */
describe('follow-ups under faults', () => {
  let result: FaultMatrixResult;

  beforeAll(async () => {
    result = await runFaultMatrix(CORE_MATRIX);
    // The figures, for whoever reads the test's output.
    process.stdout.write(`${formatFigures(result)}\n`);
  }, 600_000);

  const phase = (name: RegExp) => {
    const found = result.phases.find((p) => name.test(p.phase));
    if (!found) throw new Error(`no phase ${String(name)}`);
    return found;
  };

  it('loses nothing, sends nothing under another Message-ID, and nothing to another address', () => {
    for (const p of result.phases)
      expect({
        phase: p.phase,
        missing: p.missing,
        differentIdDuplicates: p.differentIdDuplicates,
        misaddressed: p.misaddressed,
      }).toEqual({ phase: p.phase, missing: 0, differentIdDuplicates: 0, misaddressed: 0 });
  });

  it('sends nothing twice when nothing crashed: a slow server, a flushed Redis, an outage', () => {
    for (const name of [/^slow SMTP/, /FLUSHALL/, /outage/, /idle worker/])
      expect({ phase: phase(name).phase, resends: phase(name).sameIdResends }).toEqual({
        phase: phase(name).phase,
        resends: 0,
      });
  });

  it('resends after a SIGKILL at most what the worker had in flight', () => {
    const killed = phase(/SIGKILL/);
    expect(killed.resendsPerKill).toHaveLength(2);
    for (const resends of killed.resendsPerKill ?? [])
      expect(resends).toBeLessThanOrEqual(SEND_SLOTS);
    expect(killed.sameIdResends).toBe((killed.resendsPerKill ?? []).reduce((sum, n) => sum + n, 0));
    // Each that went out twice shows both attempts: the school may have had it from the first.
    expect(killed.resentOnRecord).toBe(killed.resentFollowUps);
  });

  it('with an idle worker, sends each follow-up without needing the sweep', () => {
    const idle = phase(/idle worker/);
    expect(idle.missing).toBe(0);
    expect(idle.sweepsNeeded).toBe(0);
  });

  it('writes only structured log lines, BullMQ’s own errors included', () => {
    expect(result.unstructuredLogLines).toEqual([]);
  });
});
