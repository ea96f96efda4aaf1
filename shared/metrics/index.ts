// The dashboard's metric definitions, once (issue 8): computed directly from hand-built histories
// (computeMetrics) or kept as additive rollups as events happen (conversationIncrements, ticketIncrements,
// surveyIncrements → mergeRollups → metricsFromRollup). Pure: `now` is always an argument. See docs/metrics.md.
export * from './aggregate';
export * from './compute';
export * from './definitions';
export * from './events';
export * from './history';
export * from './rollup';
export * from './survey';
export * from './text';
export * from './tracker';
export * from './types';
