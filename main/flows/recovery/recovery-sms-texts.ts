// The SMS a recovery sends. S-OTP-6: the service named, the validity said, nothing else personal
// but what the person asked for (their own identifier, sent to their own number).

export function recoveryCodeSmsText(
  serviceName: string,
  code: string,
  validityMinutes: number,
): string {
  return `${serviceName} : votre code de récupération est ${code}. Il est valable ${validityMinutes} minutes. Ne le communiquez à personne.`;
}

export function recoveredIdentifierSmsText(serviceName: string, identifier: string): string {
  return `${serviceName} : votre identifiant est ${identifier}.`;
}

/** S-ENUM-4: the holder is told after a reset, so a reset they did not make does not go unseen. */
export function passwordResetSmsText(serviceName: string): string {
  return `${serviceName} : le mot de passe de votre compte vient d'être changé. Si ce n'est pas vous, contactez le secrétariat de l'établissement.`;
}
