// One figure a line: `{"name": "...", "value": 123, "unit": "...", ...}` — easy to grep, diff and plot.
export interface Figure {
  name: string;
  value: number | null;
  unit?: string;
  budget?: number;
  [key: string]: unknown;
}

export function printFigure(figure: Figure): void {
  const withVerdict = figure.budget !== undefined && figure.value !== null ? { ...figure, withinBudget: figure.value <= figure.budget } : figure;
  console.log(JSON.stringify(withVerdict));
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
