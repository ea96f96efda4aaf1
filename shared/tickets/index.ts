// After-sales tickets: one explicit transition table per kind, the pure machine that applies them, the
// TikTok status mappings and dashboard durations. See docs/shifts-and-tickets.md.
export * from './address-change';
export * from './cancellation';
export * from './durations';
export * from './machine';
export * from './refund';
export * from './resend';
export * from './return-refund';
export * from './tiktok-status';
export * from './types';
