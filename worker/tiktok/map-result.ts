// Transform the value of a successful Result and pass a failure through untouched.
import type { Result } from '../../shared/result';

export function mapResult<T, U, E>(r: Result<T, E>, fn: (val: T) => U): Result<U, E> {
  return r.ok ? { ok: true, val: fn(r.val) } : r;
}
