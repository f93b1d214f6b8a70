// Moving between the console's sections from inside one: a wrong-link report or an audit row
// opens its guardian's page in the search section. The section that opens reads the request
// once, on mount, so it never outlives the visit that made it.
import { useConsoleStore } from '../stores/console';

let guardianToOpen: number | null = null;

/** Opens the search section on this guardian's page. */
export function openGuardianPage(guardianId: number): void {
  guardianToOpen = guardianId;
  useConsoleStore().section = 'search';
}

/** The guardian page asked for, if any; asking again gives null. */
export function takeGuardianToOpen(): number | null {
  const guardianId = guardianToOpen;
  guardianToOpen = null;
  return guardianId;
}
