// A short key naming the set of shops a member sees. The client echoes it on each pull; a different key
// means the member gained or lost shops, and rows of a newly visible shop may carry versions below the
// client's cursor, so the server restarts that client's sync from zero.
import { sha256Hex } from '../crypto/tokens';
import type { ShopScope } from '../db/queries/visibility';

export async function scopeKey(scope: ShopScope): Promise<string> {
  if (scope === 'all') return 'all';
  return (await sha256Hex([...scope].sort().join(','))).slice(0, 16);
}
