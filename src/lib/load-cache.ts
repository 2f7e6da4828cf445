/**
 * Lazy loads (a guide's code, a step's page: each a chunk fetched on demand), cached by key, so
 * a render can read one with React's `use()`.
 *
 * A load that failed (offline, or a redeploy removed the chunk) stays failed: a render that reads
 * it shows the failure instead of starting the load again, which React would otherwise repeat on
 * every render, a request storm. A new attempt starts only when the caller names a new one
 * (`attempt`: a navigation's location key, a Retry press, a scheduled retry), once per name.
 */

/** Why a lazy load failed: the chunk (or what it imports) could not be fetched or run. */
export class LoadError extends Error {
  constructor(
    /** What was being loaded, for the message: `the page of step collect-asc`. */
    readonly what: string,
    options: { cause: unknown },
  ) {
    super(
      `Could not load ${what}: ${options.cause instanceof Error ? options.cause.message : String(options.cause)}`,
      options,
    );
    this.name = 'LoadError';
  }
}

export function isLoadError(error: unknown): error is LoadError {
  return error instanceof LoadError;
}

/** Marks a promise as React marks one it has read, so `use()` returns at once once it settled. */
export function markSettled<T>(promise: Promise<T>): Promise<T> {
  // Handlers that return nothing: returning the promise itself would chain its rejection on.
  promise.then(
    (value) => {
      Object.assign(promise, { status: 'fulfilled', value });
    },
    (reason: unknown) => {
      Object.assign(promise, { status: 'rejected', reason });
    },
  );
  return promise;
}

interface Entry<T> {
  promise: Promise<T>;
  /** The attempt that started it. */
  attempt: string | undefined;
  failed: boolean;
}

export interface LoadCache<T> {
  /**
   * The load of `key`: the same promise while it is pending or once it succeeded; after a
   * failure, the failed one again, unless `attempt` names an attempt other than the one that
   * failed, which starts a new load.
   */
  load(key: string, start: () => Promise<T>, what: string, attempt?: string): Promise<T>;
  /** The value, if `key` has loaded. */
  loaded(key: string): T | undefined;
  /** Forgets `key`: the next load starts again (the live preview, when a guide is saved). */
  forget(key: string): void;
}

export function createLoadCache<T>(): LoadCache<T> {
  const entries = new Map<string, Entry<T>>();
  const values = new Map<string, T>();
  return {
    load(key, start, what, attempt) {
      const known = entries.get(key);
      if (known && (!known.failed || attempt === undefined || attempt === known.attempt)) {
        return known.promise;
      }
      const entry: Entry<T> = { attempt, failed: false, promise: Promise.resolve() as Promise<T> };
      let started: Promise<T>;
      try {
        started = start();
      } catch (error) {
        started = Promise.reject(error);
      }
      entry.promise = markSettled(
        started.then(
          (value) => {
            values.set(key, value);
            return value;
          },
          (error: unknown) => {
            entry.failed = true;
            throw error instanceof LoadError ? error : new LoadError(what, { cause: error });
          },
        ),
      );
      // Read by a render later, or not at all: never an unhandled rejection here.
      entry.promise.catch(() => undefined);
      entries.set(key, entry);
      return entry.promise;
    },
    loaded: (key) => values.get(key),
    forget(key) {
      entries.delete(key);
      values.delete(key);
    },
  };
}
