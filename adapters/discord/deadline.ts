// Discord's 3-second rule: answer at once when the answer is ready, else defer and follow up.
// One flag decides which path owns the interaction, so reply and defer never race (40060).
export interface DeadlineSteps<T> {
  answer(value: T): Promise<void>;
  defer(): Promise<void>;
  followUp(value: T): Promise<void>;
}

export async function answerInTime<T>(
  compute: Promise<T>,
  deferAfterMs: number,
  steps: DeadlineSteps<T>,
): Promise<void> {
  let state: 'waiting' | 'answered' | 'deferred' = 'waiting';
  let deferring: Promise<void> = Promise.resolve();
  const timer = setTimeout(() => {
    if (state !== 'waiting') return;
    state = 'deferred';
    deferring = steps.defer();
  }, deferAfterMs);
  try {
    const value = await compute;
    if (state === 'waiting') {
      state = 'answered';
      await steps.answer(value);
      return;
    }
    // The follow-up needs the deferral to have been accepted first.
    await deferring;
    await steps.followUp(value);
  } finally {
    clearTimeout(timer);
  }
}
