/** Loading code on first use, shared by the lazy store and the lazy client. */
import { StorageError } from './errors.js';
import { t } from './text.js';

/**
 * Wraps a loader so that it runs once, on the first call, and every caller shares the result.
 * When loading fails, callers get a `storage-unavailable` {@link StorageError} (the original
 * error as its `cause`) and the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((cause: unknown) => {
      loading = undefined;
      const error = new StorageError(
        'storage-unavailable',
        '',
        t('The data could not be loaded. Check the connection and try again.', 'Les données n’ont pas pu être chargées. Vérifiez la connexion et réessayez.'),
      );
      (error as { cause?: unknown }).cause = cause;
      throw error;
    }));
}

/**
 * Subscribes once the loaded object is ready and returns an unsubscribe that works at any
 * time, even before loading finished. A failed load leaves the subscription silent: the
 * next call that awaits the loader reports the failure.
 */
export function subscribeWhenLoaded<T>(ready: () => Promise<T>, subscribe: (loaded: T) => () => void): () => void {
  let stopped = false;
  let stop: (() => void) | undefined;
  ready().then(
    (loaded) => {
      if (!stopped) stop = subscribe(loaded);
    },
    () => undefined,
  );
  return () => {
    stopped = true;
    stop?.();
  };
}

/**
 * Methods that wait for `ready`, then call the method of the same name on what `pick` takes
 * from the loaded object: one list of names instead of one wrapper written out per method.
 * The result's type has only the methods named, so a list that misses one does not compile
 * where the whole interface is expected.
 */
export function forwardCalls<Loaded, Name extends string, Target extends { readonly [K in Name]: (...args: never[]) => Promise<unknown> }>(
  ready: () => Promise<Loaded>,
  methods: readonly Name[],
  pick: (loaded: Loaded) => Target,
): Pick<Target, Name> {
  const calls: Record<string, unknown> = {};
  for (const method of methods) {
    calls[method] = async (...args: unknown[]) => {
      const target = pick(await ready()) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      return target[method]!(...args);
    };
  }
  return calls as Pick<Target, Name>;
}
