/// <reference types="vite/client" />
import type { KioskBridge } from '../../shared/ipc-contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser host (HTTP bridge instead). */
    kiosk?: KioskBridge;
  }
}

export {};
