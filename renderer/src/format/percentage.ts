/** The share as a whole percentage (67 for 2 of 3), 0 when there is nobody to count. */
export const percentage = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 100);
