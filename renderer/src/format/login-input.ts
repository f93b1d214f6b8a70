// The login form's own check before calling the main process: an empty field is named
// (S-A11Y-1) instead of the generic "Identifiant ou mot de passe incorrect.".

export type LoginField = 'identifier' | 'password';

/** The fields left empty, in screen order. A password of spaces is the main process's call. */
export function missingLoginFields(identifier: string, password: string): LoginField[] {
  const missing: LoginField[] = [];
  if (identifier.trim() === '') missing.push('identifier');
  if (password === '') missing.push('password');
  return missing;
}
