import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The security headers of every HTTP answer (helmet): no X-Powered-By, nosniff, no framing
 * by other sites, no referrer, and a content security policy under which the explorer and a
 * same-origin web app work: scripts only from this origin and never inline, requests only
 * to it. HSTS only in production, where the service is reached over HTTPS (a browser that
 * saw it for localhost would refuse plain http to every local port for a year).
 */
export function securityHeaders(options: { production: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // GraphiQL's editor sets styles from script (style elements and attributes).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(options.production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.production
      ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true }
      : false,
  });
}
