/**
 * `work`, or the error from `onTimeout` once `ms` have passed, whichever comes first. The timer
 * never keeps the process alive, and a late failure of `work` is absorbed instead of surfacing as
 * an unhandled rejection.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      work.catch(() => undefined);
      reject(onTimeout());
    }, ms);
    timer.unref?.();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
