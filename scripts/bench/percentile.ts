/** The `p`th percentile (nearest rank) of a list of numbers, NaN for an empty list: the bench scripts' one definition. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
