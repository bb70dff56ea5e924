/**
 * Median of the values, reordering them in place. Quickselect is linear on
 * average, where sorting the gaps would cost a second full sort in
 * postingStats. Returns NaN for an empty array.
 */
export function medianInPlace(a: Float64Array): number {
  const n = a.length;
  if (n === 0) return NaN;
  const upper = n >> 1;
  const hi = select(a, upper);
  if (n % 2 === 1) return hi;
  // Everything left of `upper` is ≤ hi after selection; the lower middle is their maximum.
  let lo = -Infinity;
  for (let i = 0; i < upper; i++) if ((a[i] as number) > lo) lo = a[i] as number;
  return (lo + hi) / 2;
}

/** k-th smallest (0-based), partitioning `a` around it (Hoare, median of three pivot). */
function select(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const mid = (left + right) >> 1;
    const x = a[left] as number, y = a[mid] as number, z = a[right] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : (x < z ? x : y < z ? z : y);
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k] as number;
  }
  return a[k] as number;
}
