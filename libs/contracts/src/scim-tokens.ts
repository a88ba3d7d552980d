/** Admin REST shapes for SCIM bearer tokens (`/api/admin/scim-tokens`). */

/** One token in `GET /api/admin/scim-tokens` (a bare array, newest first): never the secret. */
export interface ScimTokenSummary {
  id: string;
  name: string;
  /** The first characters of the token, to tell tokens apart. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** `POST /api/admin/scim-tokens`. */
export interface IssueScimTokenRequest {
  /** 1–100 characters, e.g. "Entra ID provisioning". */
  name: string;
}

/** 201 answer to `POST /api/admin/scim-tokens`: the only time the token itself is shown. */
export interface IssuedScimToken {
  id: string;
  name: string;
  token: string;
}
