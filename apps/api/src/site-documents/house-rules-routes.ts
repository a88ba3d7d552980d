/**
 * The content writes refused until the person has accepted the current house rules: creating
 * and editing posts and replies, reporting, creating groups and joining them. Kept here, as
 * method + route pattern (as registered, with the /api prefix), so no other feature's
 * controller needs to know about house rules.
 */
export const HOUSE_RULES_ROUTES: readonly string[] = [
  'POST /api/posts',
  'PATCH /api/posts/:id',
  'POST /api/posts/:id/replies',
  'PATCH /api/replies/:id',
  'POST /api/reports',
  'POST /api/groups',
  'POST /api/groups/:idOrSlug/join',
];

const ROUTE_SET = new Set(HOUSE_RULES_ROUTES);

/** `routePath` is Express's `request.route.path`, e.g. `/api/groups/:idOrSlug/join`. */
export function needsHouseRules(method: string, routePath: string | undefined): boolean {
  if (!routePath) return false;
  const path = routePath.length > 1 ? routePath.replace(/\/+$/, '') : routePath;
  return ROUTE_SET.has(`${method.toUpperCase()} ${path}`);
}
