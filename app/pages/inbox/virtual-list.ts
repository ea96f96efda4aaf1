// A small window virtualiser for the inbox (no dependency): the page scrolls as a whole, the list keeps the
// full height (total × row height) and renders only the rows from `start` to `end`, pushed down by a top
// padding. Rows have one height (CSS fixes it: app.css "virtual inbox"), measured from the first rendered
// row so that a larger font still lines up. Ranges snap to CHUNK rows, so a scroll of a few pixels does not
// re-query IndexedDB; OVERSCAN rows either side keep keyboard focus moving and fast flings painted.
import { createSignal, onCleanup, onMount, type Accessor } from 'solid-js';

export const ROW_ESTIMATE = 96;
const OVERSCAN = 20;
const CHUNK = 20;
/** At the top the window holds at least this many rows (a tall screen, and the first paint of 50 rows). */
export const MIN_ROWS = 60;

export interface VirtualWindow {
  range: Accessor<[number, number]>;
  rowHeight: Accessor<number>;
  /** The list element (a ref): measures the rendered rows and recomputes the range. */
  attach(el: HTMLElement): void;
  /** Recomputes the range (after rows or the total changed). */
  update(): void;
  reset(): void;
}

export function createVirtualWindow(): VirtualWindow {
  const [range, setRange] = createSignal<[number, number]>([0, MIN_ROWS], { equals: (a, b) => a[0] === b[0] && a[1] === b[1] });
  const [rowHeight, setRowHeight] = createSignal(ROW_ESTIMATE);
  let list: HTMLElement | undefined;

  const update = () => {
    if (!list?.isConnected) return;
    const item = list.querySelector(':scope > li');
    const measured = item?.getBoundingClientRect().height;
    if (measured && Math.abs(measured - rowHeight()) > 0.5) setRowHeight(measured);
    const h = rowHeight();
    const top = list.getBoundingClientRect().top;
    const first = Math.max(0, Math.floor(-top / h));
    const last = Math.ceil((window.innerHeight - top) / h);
    const start = Math.max(0, Math.floor((first - OVERSCAN) / CHUNK) * CHUNK);
    setRange([start, Math.max(start + MIN_ROWS / 2, MIN_ROWS, Math.ceil((last + OVERSCAN) / CHUNK) * CHUNK)]);
  };

  onMount(() => {
    let frame = 0;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), update()));
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    onCleanup(() => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    });
  });

  return {
    range,
    rowHeight,
    attach: (el) => {
      list = el;
      queueMicrotask(update);
    },
    update,
    reset: () => setRange([0, MIN_ROWS]),
  };
}
