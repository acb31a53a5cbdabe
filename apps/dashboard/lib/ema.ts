/**
 * Exponential moving average as TensorBoard smooths scalars: weight 0 leaves the values as they are, 0.99 is
 * very smooth. The average is debiased (divided by 1 − weightⁿ) so the first points are not pulled to zero.
 * Missing values stay missing and do not move the average.
 */
export function smoothEma(values: ReadonlyArray<number | null>, weight: number): Array<number | null> {
  const w = Math.min(Math.max(weight, 0), 0.999);
  let last = 0;
  let seen = 0;
  return values.map((value) => {
    if (value === null || !Number.isFinite(value)) return null;
    last = last * w + (1 - w) * value;
    seen += 1;
    return w === 0 ? value : last / (1 - w ** seen);
  });
}
