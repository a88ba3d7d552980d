export type HealthStatus = 'ok' | 'error';

/** `GET /api/health`: 200 when everything is up, 503 when the database is unreachable. */
export interface HealthResponse {
  status: HealthStatus;
  version: string;
  uptimeSeconds: number;
  checks: Record<string, { status: 'up' | 'down'; message?: string }>;
}
