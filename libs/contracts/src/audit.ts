/** REST shapes of the admin audit log (issue #8). */

export interface AuditEventView {
  id: string;
  at: string;
  actor: { userId: string | null; label: string };
  action: string;
  target: { type: string; id: string } | null;
  outcome: 'success' | 'failure';
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
}

/**
 * `GET /api/admin/audit?q=&action=&actorId=&targetType=&targetId=&outcome=&from=&to=&cursor=&limit=`
 * (site admins; newest first). `q` matches the actor label, action, target id, IP and details text.
 */
export interface AuditPage {
  items: AuditEventView[];
  nextCursor: string | null;
}

/** `GET /api/admin/audit/actions`: the action names recorded so far, for the filter. */
export interface AuditActionsResponse {
  actions: string[];
}
