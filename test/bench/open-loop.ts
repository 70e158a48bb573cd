/**
 * An open-loop load: each operation class is started on its own fixed schedule (every
 * 1000 / rate ms from the phase's start), whether or not its earlier ones have answered, and
 * each one's latency counts from when it was due to start, not from when the timer fired. A
 * slow server therefore shows as latency (requests pile up), never as fewer requests: the
 * coordinated-omission trap of closed-loop tools, which wait for an answer before asking again.
 */
export interface OperationClass {
  label: string;
  /** Starts per second asked. */
  rate: number;
  /** One operation: resolves when it is done; throws (or rejects) on any error. */
  run: (sequence: number) => Promise<void>;
}

export interface ClassResult {
  label: string;
  rate: number;
  started: number;
  completed: number;
  errors: number;
  /** Up to three distinct error messages, so a failure says what it was. */
  errorSamples: string[];
  /** Milliseconds, sorted ascending, of those completed without error. */
  latencies: number[];
}

/** The `q` quantile (0–1) of sorted `values`, nearest rank; NaN when there are none. */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

/**
 * Runs every class at its rate × `rateFactor` for `seconds`, then waits (up to `drainMs`) for
 * what is still under way; an operation not done by then counts as an error.
 */
export async function runOpenLoop(
  classes: OperationClass[],
  seconds: number,
  rateFactor: number,
  drainMs = 30_000,
): Promise<ClassResult[]> {
  const start = performance.now();
  const end = start + seconds * 1000;
  const inFlight = new Set<Promise<void>>();
  const results = classes.map((c) => ({
    label: c.label,
    rate: c.rate * rateFactor,
    started: 0,
    completed: 0,
    errors: 0,
    errorSamples: [] as string[],
    latencies: [] as number[],
  }));

  const launch = (operation: OperationClass, result: ClassResult, dueAt: number) => {
    const sequence = result.started++;
    const running = operation.run(sequence).then(
      () => {
        result.completed++;
        result.latencies.push(performance.now() - dueAt);
      },
      (error: unknown) => {
        result.completed++;
        result.errors++;
        const message = error instanceof Error ? error.message : String(error);
        if (result.errorSamples.length < 3 && !result.errorSamples.includes(message))
          result.errorSamples.push(message.slice(0, 300));
      },
    );
    inFlight.add(running);
    void running.finally(() => inFlight.delete(running));
  };

  await Promise.all(
    classes.map(async (operation, index) => {
      const result = results[index];
      if (!result || result.rate <= 0) return;
      const interval = 1000 / result.rate;
      // Classes start spread over their first interval, so they do not all fire together.
      for (let dueAt = start + interval * (index / classes.length); dueAt < end;) {
        const wait = dueAt - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        // Every start due by now, each timed from its own due moment (a late timer adds latency).
        while (dueAt <= performance.now() && dueAt < end) {
          launch(operation, result, dueAt);
          dueAt += interval;
        }
      }
    }),
  );
  const drained = Promise.all([...inFlight]).then(() => true);
  const timedOut = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), drainMs));
  if (!(await Promise.race([drained, timedOut]))) {
    for (const result of results) {
      const unfinished = result.started - result.completed;
      if (unfinished > 0) {
        result.errors += unfinished;
        result.errorSamples.push(`${unfinished} not done ${drainMs} ms after the phase ended`);
      }
    }
  }
  for (const result of results) result.latencies.sort((a, b) => a - b);
  return results;
}
