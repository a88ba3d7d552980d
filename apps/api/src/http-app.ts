import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation.pipe';
import { RealtimeIoAdapter } from './realtime/realtime-io.adapter';
import { AppConfig } from './config/app-config';

export const API_PREFIX = 'api';

/**
 * Builds the HTTP application exactly as `npm start` runs it (middleware, security headers,
 * validation, docs), so integration tests exercise the real stack.
 * `config.databaseUrl` must already be resolved.
 */
export async function createHttpApp(config: AppConfig, options: { bufferLogs?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: options.bufferLogs ?? true,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Angular Material and CDK set inline styles at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: config.isProduction ? [] : null,
        },
      },
      strictTransportSecurity: config.isProduction,
    }),
  );
  app.setGlobalPrefix(API_PREFIX, { exclude: ['scim/v2/{*path}'] });
  app.useGlobalPipes(createValidationPipe());
  const ioAdapter = new RealtimeIoAdapter(app, config);
  await ioAdapter.connect().catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  app.useWebSocketAdapter(ioAdapter);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Moot API')
      .setDescription('REST API of Moot, the staff social network for councils. Every error is JSON: {statusCode, code, message, errors?, requestId}.')
      .setVersion(process.env.npm_package_version ?? '0.1.0')
      .addCookieAuth('moot_session')
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json`, customSiteTitle: 'Moot API' });
  return app;
}
