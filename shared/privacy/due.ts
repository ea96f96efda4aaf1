// When a data subject's request must be answered. GDPR (and UK GDPR) art. 12(3): within one month of
// receipt — the same day of the next month, or the month's last day when it has no such day (31 Jan → 28/29
// Feb). CCPA § 1798.130: within 45 calendar days. Extensions exist in both laws but are a decision a person
// records, not a default.
export type PrivacyLaw = 'gdpr' | 'ccpa';

export function privacyDueAt(law: PrivacyLaw, receivedAt: Date): Date {
  if (law === 'ccpa') return new Date(receivedAt.getTime() + 45 * 86_400_000);
  const y = receivedAt.getUTCFullYear();
  const m = receivedAt.getUTCMonth();
  const lastDayNextMonth = new Date(Date.UTC(y, m + 2, 0)).getUTCDate();
  const day = Math.min(receivedAt.getUTCDate(), lastDayNextMonth);
  return new Date(Date.UTC(y, m + 1, day, receivedAt.getUTCHours(), receivedAt.getUTCMinutes(), receivedAt.getUTCSeconds(), receivedAt.getUTCMilliseconds()));
}
