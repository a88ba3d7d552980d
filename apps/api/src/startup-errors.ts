import { AppConfig } from './config/app-config';

/** Turns the usual start-up failures into one line a council's IT team can act on. */
export function describeStartupError(error: unknown, config: AppConfig): string {
  const err = error as NodeJS.ErrnoException & { address?: string; port?: number };
  switch (err?.code) {
    case 'EADDRINUSE':
      return `PORT ${config.port} is already in use; stop the other program or set PORT to another number.`;
    case 'EACCES':
      return `not allowed to listen on PORT ${config.port}; choose a port above 1024.`;
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
      return `cannot reach the database in DATABASE_URL (${err.code}${err.address ? ` ${err.address}:${err.port}` : ''}).`;
    case '28P01':
    case '28000':
      return 'the database refused the user name or password in DATABASE_URL.';
    case '3D000':
      return 'the database named in DATABASE_URL does not exist; create it first.';
    default:
      return `could not start: ${err?.message ?? String(error)}`;
  }
}
