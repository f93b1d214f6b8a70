// The administrator's commands on the hub's directory: schools, enrolment codes, kiosks,
// identifier clashes. Each prints English lines and returns an exit status.
import type { Pool } from 'pg';
import { createEnrolmentCode } from '../directory/enrolment-codes';
import { listIdentifierClashes } from '../directory/identifier-clashes';
import { listKiosks, revokeKiosk } from '../directory/kiosks';
import { addSchool, listSchools } from '../directory/schools';
import type { HubResult } from '../errors/hub-result';
import { shellQuoted } from './shell-quoted';

export interface CliOutput {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

/** `npm run hub -- <words>` with the options that reach the same database, as a shell line. */
export type HubCommandLine = (words: string) => string;

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

const when = (date: Date | null): string => (date === null ? 'never' : date.toISOString());

function failed(result: HubResult<unknown>, out: CliOutput): number | null {
  if (result.ok) return null;
  out.stderr(`error: ${result.error.message}`);
  return EXIT_FAILURE;
}

export async function schoolAdd(
  pool: Pool,
  uai: string,
  name: string | null,
  out: CliOutput,
  hubCommand: HubCommandLine,
): Promise<number> {
  const added = await addSchool(pool, uai, name);
  const refused = failed(added, out);
  if (refused !== null) return refused;
  out.stdout(`School ${uai}${name === null ? '' : ` (${name})`} added.`);
  out.stdout(`Next: ${hubCommand(`school enrolment-code ${shellQuoted(uai)}`)}`);
  return EXIT_OK;
}

export async function schoolList(
  pool: Pool,
  out: CliOutput,
  hubCommand: HubCommandLine,
): Promise<number> {
  const schools = await listSchools(pool);
  if (schools.length === 0)
    out.stdout(`No school yet: ${hubCommand('school add <UAI> --name "…"')}`);
  for (const s of schools) {
    out.stdout(
      `${s.uai}  ${s.kiosks} kiosk(s)  added ${when(s.createdAt)}  ${s.name ?? ''}`.trimEnd(),
    );
  }
  return EXIT_OK;
}

export async function schoolEnrolmentCode(
  pool: Pool,
  uai: string,
  out: CliOutput,
): Promise<number> {
  const created = await createEnrolmentCode(pool, uai);
  const refused = failed(created, out);
  if (refused !== null || !created.ok) return refused ?? EXIT_FAILURE;
  out.stdout(`Enrolment code for ${uai}: ${created.value.code}`);
  out.stdout(
    `Valid once, until ${when(created.value.expiresAt)}. Enter it with the hub's address in`,
  );
  out.stdout(
    `the kiosk console's Réglages, or: npm run config -- hub enrol <hub URL> ${created.value.code}`,
  );
  return EXIT_OK;
}

export async function kioskList(
  pool: Pool,
  school: string | null,
  out: CliOutput,
): Promise<number> {
  const kiosks = await listKiosks(pool, school);
  if (kiosks.length === 0) out.stdout('No kiosk enrolled.');
  for (const k of kiosks) {
    const state = k.revokedAt === null ? 'active' : `revoked ${when(k.revokedAt)}`;
    out.stdout(
      `${k.id}  ${k.schoolUai}  #${k.number}  ${state}  last contact ${when(k.lastContactAt)}  ` +
        `lag ${k.lag} change(s)  pushed through seq ${k.lastAppliedSeq}  "${k.label}"`,
    );
  }
  return EXIT_OK;
}

export async function kioskRevoke(pool: Pool, kioskId: string, out: CliOutput): Promise<number> {
  const revoked = await revokeKiosk(pool, kioskId);
  const refused = failed(revoked, out);
  if (refused !== null) return refused;
  out.stdout(`Kiosk ${kioskId} revoked: its next request is refused.`);
  return EXIT_OK;
}

export async function clashList(pool: Pool, out: CliOutput): Promise<number> {
  const clashes = await listIdentifierClashes(pool);
  if (clashes.length === 0) out.stdout('No identifier given by two schools.');
  for (const c of clashes) {
    out.stdout(
      `${c.identifier}  given by ${c.schoolUai} and ${c.otherSchoolUai}  found ${when(c.foundAt)}`,
    );
  }
  return EXIT_OK;
}
