// The text shown when the kiosk cannot start: English for the technician, French for the
// school staff who see the screen. Electron-free so it can be tested.

export const STARTUP_ERROR_TITLE = 'Kiosk failed to start / Le kiosque ne peut pas démarrer';

export const startupErrorMessage = (error: unknown): string => {
  const detail = error instanceof Error ? error.message : String(error);
  return [
    'The kiosk could not start. Please contact the school office or your IT support.',
    '',
    'Le kiosque n’a pas pu démarrer. Veuillez prévenir le secrétariat ou le support informatique.',
    '',
    `Details / Détails : ${detail}`,
  ].join('\n');
};
