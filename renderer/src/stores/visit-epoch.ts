// Each visit (one parent, from the first tap to the end of the visit) has a number. An answer
// of the main process that arrives after the visit ended belongs to the previous parent and is
// dropped, so nothing of theirs (a flow, a login, a demo SMS) reappears on the next one's screen.
let visit = 0;

export const currentVisit = (): number => visit;

/** Called first thing when a visit ends (end-visit.ts). */
export function beginNextVisit(): void {
  visit += 1;
}
