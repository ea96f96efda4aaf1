// The sync state in words, announced politely to screen readers when it changes.
import { t, type MessageKey } from '../i18n';
import { syncState, type SyncState } from '../sync/pull';

const LABELS: Record<SyncState, MessageKey> = {
  idle: 'sync.syncing',
  syncing: 'sync.syncing',
  synced: 'sync.synced',
  offline: 'sync.offline',
  error: 'sync.error',
};

export function SyncStatus() {
  return (
    <p class="sync-status" data-state={syncState()} data-testid="sync-status" role="status">
      <span class="dot" aria-hidden="true" />
      {t(LABELS[syncState()])}
    </p>
  );
}
