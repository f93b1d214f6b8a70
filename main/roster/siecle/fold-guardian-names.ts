import { foldName } from '../../../shared/fold-name';
import type { GuardianNameKeys } from './siecle-file';

/** A guardian's names as the identity match compares them (S-ENUM-2). */
export const foldGuardianNames = (names: {
  familyName: string;
  usageName: string | null;
  firstName: string;
}): GuardianNameKeys => ({
  family: foldName(names.familyName),
  usage: names.usageName === null ? null : foldName(names.usageName),
  first: foldName(names.firstName),
});
