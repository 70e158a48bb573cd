import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { isAppRoute, isPortalRoute, isPortalSignInLink } from './web-app-routes';

/** Where `npm run build` puts the web app, from the process's working directory. */
export const WEB_APP_DIR = join(process.cwd(), 'dist', 'apps', 'web');

/**
 * Serves the built advocate console from this process, at the same origin as /graphql:
 * files as they are (hashed assets cached for a year, index.html never), and index.html for
 * the app's own routes so a reload of /cases/… works; portal.html (the family portal's own
 * entry) for /portal and /portal/…, and for an emailed sign-in link the same page already
 * drawn, in the browser's language. Returns false when there is no build.
 */
export function serveWebApp(app: NestExpressApplication, dir = WEB_APP_DIR): boolean {
  const index = join(dir, 'index.html');
  const portal = join(dir, 'portal.html');
  if (!existsSync(index)) return false;
  const hasPortal = existsSync(portal);
  const firstPages = new Map(
    ['en', 'es']
      .map((language) => [language, join(dir, `portal-sign-in.${language}.html`)] as const)
      .filter(([, file]) => existsSync(file)),
  );
  const pageFor = (req: Request, res: Response): string => {
    if (!isPortalRoute(req.path) || !hasPortal) return index;
    if (!isPortalSignInLink(req.path, req.query['token']) || firstPages.size === 0) return portal;
    res.vary('Accept-Language');
    const language = req.acceptsLanguages([...firstPages.keys()]) || 'en';
    return firstPages.get(language) ?? portal;
  };
  app.useStaticAssets(dir, {
    index: false,
    setHeaders: (res, path) => {
      res.setHeader(
        'cache-control',
        path.includes(`${join(dir, 'assets')}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isAppRoute(req.method, req.path, req.headers.accept)) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(pageFor(req, res));
  });
  return true;
}
