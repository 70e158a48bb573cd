import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { isAppRoute, isPortalRoute } from './web-app-routes';

/** Where `npm run build` puts the web app, from the process's working directory. */
export const WEB_APP_DIR = join(process.cwd(), 'dist', 'apps', 'web');

/**
 * Serves the built advocate console from this process, at the same origin as /graphql:
 * files as they are (hashed assets cached for a year, index.html never), and index.html for
 * the app's own routes so a reload of /cases/… works; portal.html (the family portal's own
 * entry) for /portal and /portal/…. Returns false when there is no build.
 */
export function serveWebApp(app: NestExpressApplication, dir = WEB_APP_DIR): boolean {
  const index = join(dir, 'index.html');
  const portal = join(dir, 'portal.html');
  if (!existsSync(index)) return false;
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
    res.sendFile(isPortalRoute(req.path) && existsSync(portal) ? portal : index);
  });
  return true;
}
