import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Controller,
  Get,
  Header,
  NotFoundException,
  Param,
  ServiceUnavailableException,
  StreamableFile,
} from '@nestjs/common';
import { Public } from '@onrecord/platform/auth';

/**
 * A GraphQL explorer served from this process, with no CDN. React 19 ships no browser-global
 * build, so GraphiQL is bundled by the web build (apps/web/vite.explorer.config.mts) into
 * dist/apps/graphiql; this serves that page and its files. No inline script: it works under
 * a CSP of script-src 'self'. Only mounted when the explorer is enabled (development by default).
 */
const BUILD_DIR = join(process.cwd(), 'dist', 'apps', 'graphiql');
const TYPES: Record<string, string> = {
  js: 'text/javascript',
  css: 'text/css',
};
const ASSET_NAME = /^[\w-]+\.(js|css)$/;

@Public()
@Controller('graphiql')
export class GraphiqlController {
  private readonly cache = new Map<string, Buffer>();

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    const page = this.read('explorer.html')?.toString('utf8');
    if (!page) {
      throw new ServiceUnavailableException(
        'The explorer is part of the web build: run `npm run build` first.',
      );
    }
    return page;
  }

  /** A file as bytes with its own content type (a returned Buffer would be sent as JSON). */
  @Get('assets/:name')
  @Header('cache-control', 'public, max-age=86400')
  asset(@Param('name') name: string): StreamableFile {
    const type = ASSET_NAME.exec(name)?.[1];
    const body = type ? this.read(join('assets', name)) : null;
    if (!type || !body) throw new NotFoundException();
    return new StreamableFile(body, { type: TYPES[type] ?? 'application/octet-stream' });
  }

  private read(file: string): Buffer | null {
    let body = this.cache.get(file);
    if (!body) {
      try {
        body = readFileSync(join(BUILD_DIR, file));
      } catch {
        return null;
      }
      this.cache.set(file, body);
    }
    return body;
  }
}
