import { join } from 'node:path';

/** The roster database's file name inside the kiosk's data directory. */
export const DATABASE_FILE_NAME = 'kiosk.db';

export const databasePath = (dataDir: string): string => join(dataDir, DATABASE_FILE_NAME);
