// Why a change made on this phone was not applied (a colleague changed the same thing first, the chat is no
// longer visible…): the outbox adds a notice when it rolls the change back, the conversation screen shows it
// until the person dismisses it. Kept in memory: they are about what just happened.
import { createSignal } from 'solid-js';

export interface MutationNotice {
  id: string;
  conversationId: string;
  /** The server's sentence (shared/schemas/mutations.ts `message`), or null: then the screen says it generally. */
  message: string | null;
}

const [notices, setNotices] = createSignal<MutationNotice[]>([]);
export { notices as mutationNotices };

export function addMutationNotice(notice: MutationNotice): void {
  setNotices((list) => [...list.filter((n) => n.id !== notice.id), notice].slice(-20));
}

export function dismissMutationNotice(id: string): void {
  setNotices((list) => list.filter((n) => n.id !== id));
}
