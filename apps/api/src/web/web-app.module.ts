import fs from 'node:fs';
import path from 'node:path';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { AppConfig } from '../config/app-config';

/** Where `npm run build:web` puts the browser bundle, relative to the repository root. */
export function webAppRoot(): string {
  if (process.env.WEB_DIST_DIR) return path.resolve(process.env.WEB_DIST_DIR);
  // The repository (or image) root is the nearest folder above this file with a package.json.
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'dist', 'web', 'browser');
}

/**
 * Serves the Angular app at `/` with deep links falling back to index.html.
 * Everything under /api and /scim stays with the API (and so answers JSON 404s).
 */
@Module({})
export class WebAppModule {
  static forRoot(_config: AppConfig): DynamicModule {
    const root = webAppRoot();
    if (!fs.existsSync(path.join(root, 'index.html'))) {
      new Logger(WebAppModule.name).warn(`no web app found at ${root}: run "npm run build:web"; serving the API only`);
      return { module: WebAppModule };
    }
    return {
      module: WebAppModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath: root,
          exclude: ['/api/{*path}', '/scim/{*path}', '/socket.io/{*path}'],
          serveStaticOptions: { index: 'index.html', maxAge: '1h', setHeaders: noCacheForIndex },
        }),
      ],
    };
  }
}

function noCacheForIndex(response: { setHeader(name: string, value: string): void }, filePath: string): void {
  // Hashed bundles may be cached; index.html must not be, or a deploy leaves users on old code.
  if (filePath.endsWith('index.html')) response.setHeader('Cache-Control', 'no-cache');
}
