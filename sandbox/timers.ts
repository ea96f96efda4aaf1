// Every timer the sandbox starts goes through here: unref'd so a Node process can exit, and cleared by
// close() so nothing fires after a test is over. Sleeps pending at close() resolve at once.
export interface Timers {
  after(ms: number, fn: () => void): () => void; // returns a cancel function
  sleep(ms: number): Promise<void>;
  clearAll(): void;
}

export function createTimers(): Timers {
  const live = new Map<ReturnType<typeof setTimeout>, () => void>();
  let closed = false;

  function after(ms: number, fn: () => void): () => void {
    if (closed) return () => {};
    const handle = setTimeout(() => {
      live.delete(handle);
      fn();
    }, Math.max(0, ms));
    (handle as { unref?: () => void }).unref?.();
    live.set(handle, () => {});
    return () => {
      clearTimeout(handle);
      live.delete(handle);
    };
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (closed) return resolve();
      const handle = setTimeout(() => {
        live.delete(handle);
        resolve();
      }, Math.max(0, ms));
      (handle as { unref?: () => void }).unref?.();
      live.set(handle, resolve);
    });
  }

  function clearAll(): void {
    closed = true;
    for (const [handle, onCancel] of live) {
      clearTimeout(handle);
      onCancel();
    }
    live.clear();
  }

  return { after, sleep, clearAll };
}
