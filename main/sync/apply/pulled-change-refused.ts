/** A pulled change this kiosk cannot apply: its whole page is refused, nothing written. */
export class PulledChangeRefusedError extends Error {
  override name = 'PulledChangeRefusedError';
}
