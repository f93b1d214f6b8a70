// The renderer's Content-Security-Policy (security.md S-EL-2). One string, shared by the
// Electron `app://` protocol handler and the browser host, so both transports serve the same
// page under the same rules. Electron-free on purpose.

/** Directives, one per entry, so a test or a reviewer can read them one at a time. */
export const CONTENT_SECURITY_POLICY_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // Vue's scoped styles and simple-keyboard set inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
] as const;

/** The value of the `Content-Security-Policy` header on every HTML document we serve. */
export const CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY_DIRECTIVES.join('; ');
