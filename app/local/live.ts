// Dexie liveQuery → Solid, the way rocicorp/mono's zero-solid bridges a subscription: a reactive value,
// a subscription, and onCleanup to end it with the owner. The query re-runs whenever IndexedDB changes in
// a range it read (writes from sync, from another tab, from the service worker).
//
//   createLiveQuery(() => db.shops.toArray())                    one query for the owner's lifetime
//   createLiveQuery(() => params.id, (id) => db.messages…(id))   re-subscribes when the source changes
//
// Results go into a store with `reconcile` keyed by id, so an update that changes one row re-renders that
// row only, and <For> keeps the DOM of the others. The accessor is `undefined` until the first result;
// a failing query throws from the accessor, so the nearest ErrorBoundary shows it.
import { liveQuery } from 'dexie';
import { createComputed, on, onCleanup, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';

export function createLiveQuery<T>(query: () => T | Promise<T>): Accessor<T | undefined>;
export function createLiveQuery<S, T>(source: Accessor<S>, query: (source: S) => T | Promise<T>): Accessor<T | undefined>;
export function createLiveQuery<S, T>(first: Accessor<S> | (() => T | Promise<T>), second?: (source: S) => T | Promise<T>): Accessor<T | undefined> {
  const [state, setState] = createStore<{ value: T | undefined; error: unknown }>({ value: undefined, error: undefined });

  const subscribe = (run: () => T | Promise<T>) => {
    const subscription = liveQuery(run).subscribe({
      next: (value) => {
        setState('error', undefined);
        setState('value', reconcile(value, { key: 'id' }));
      },
      error: (error: unknown) => setState('error', () => error),
    });
    onCleanup(() => subscription.unsubscribe());
  };

  if (second) {
    const source = first as Accessor<S>;
    createComputed(
      on(source, (value) => {
        setState({ value: undefined, error: undefined }); // never show the previous source's rows, not even briefly
        subscribe(() => second(value));
      }),
    );
  } else {
    subscribe(first as () => T | Promise<T>);
  }

  return () => {
    if (state.error !== undefined) throw state.error;
    return state.value;
  };
}
