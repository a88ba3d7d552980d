import { SCHEMA_ENTERPRISE_USER, SCHEMA_GROUP, SCHEMA_PATCH_OP, SCHEMA_USER } from './scim.constants';
import { ScimException } from './scim.exception';
import { parseEqualityFilter, ScimEqualityFilter } from './scim-filter';

export type ScimPatchOpName = 'add' | 'replace' | 'remove';

/** A parsed attribute path (RFC 7644 §3.10); names lower-cased, since SCIM's are case-insensitive. */
export interface ScimPath {
  /** Lower-cased extension schema URN, or null for the core schema. */
  extension: string | null;
  /** '' when the path names a whole extension (e.g. the enterprise URN alone). */
  attribute: string;
  filter: ScimEqualityFilter | null;
  subAttribute: string | null;
}

/** One operation on one attribute, after a path-less or complex value has been spread out. */
export interface ScimAttributeOperation {
  op: ScimPatchOpName;
  path: ScimPath;
  value: unknown;
}

const MAX_OPERATIONS = 1000;
const MAX_PATH_LENGTH = 512;
const CORE_SCHEMAS = [SCHEMA_USER, SCHEMA_GROUP].map((urn) => urn.toLowerCase());
const EXTENSIONS = [SCHEMA_ENTERPRISE_USER.toLowerCase()];
const ATTRIBUTE_PATH = /^([A-Za-z$][\w$-]*)(?:\[(.+)\])?(?:\.([A-Za-z$][\w$-]*))?$/;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses `name.givenName`, `emails[type eq "work"].value`, `members[value eq "…"]`, `urn:…:User:department`. */
export function parseScimPath(raw: string): ScimPath {
  let rest = raw.trim();
  if (!rest || rest.length > MAX_PATH_LENGTH) throw ScimException.invalidPath(`"${raw.slice(0, 80)}" is not a valid attribute path.`);
  let extension: string | null = null;
  if (/^urn:/i.test(rest)) {
    const lower = rest.toLowerCase();
    const schema = [...CORE_SCHEMAS, ...EXTENSIONS].find((urn) => lower === urn || lower.startsWith(`${urn}:`));
    // An unknown schema's attributes are kept apart so callers can ignore them.
    const urn = schema ?? lower.slice(0, lower.lastIndexOf(':'));
    extension = CORE_SCHEMAS.includes(urn) ? null : urn;
    rest = rest.slice(urn.length + 1);
    if (!rest) return { extension, attribute: '', filter: null, subAttribute: null };
  }
  const match = ATTRIBUTE_PATH.exec(rest);
  if (!match) throw ScimException.invalidPath(`"${raw.slice(0, 80)}" is not a valid attribute path.`);
  let filter: ScimEqualityFilter | null = null;
  if (match[2] !== undefined) {
    try {
      filter = parseEqualityFilter(match[2]);
    } catch (error) {
      throw error instanceof ScimException ? ScimException.invalidPath(`In path "${raw.slice(0, 80)}": ${error.message}`) : error;
    }
    filter = { attribute: filter.attribute.toLowerCase(), value: filter.value };
  }
  return { extension, attribute: match[1].toLowerCase(), filter, subAttribute: match[3]?.toLowerCase() ?? null };
}

/** Entra ID sends `"Replace"`, `"Add"`, `"Remove"`; RFC 7644 says lower case. Both are fine. */
function parseOpName(raw: unknown, index: number): ScimPatchOpName {
  const op = typeof raw === 'string' ? raw.toLowerCase() : raw;
  if (op === 'add' || op === 'replace' || op === 'remove') return op;
  throw ScimException.invalidSyntax(`Operations[${index}].op must be add, replace or remove.`);
}

/** A path-less value (or a complex one) becomes one operation per attribute it sets. */
function spread(op: ScimPatchOpName, path: ScimPath, value: unknown, out: ScimAttributeOperation[]): void {
  const wholeExtension = path.extension !== null && path.attribute === '';
  const complex = !path.filter && !path.subAttribute && isPlainObject(value) && path.attribute !== 'members';
  if (!wholeExtension && !complex) {
    out.push({ op, path, value });
    return;
  }
  if (!isPlainObject(value)) throw ScimException.invalidValue(`The value for ${path.extension ?? path.attribute} must be an object.`);
  for (const [key, inner] of Object.entries(value)) {
    if (wholeExtension) spread(op, { ...parseScimPath(key), extension: path.extension }, inner, out);
    else out.push({ op, path: { ...path, subAttribute: key.toLowerCase() }, value: inner });
  }
}

/** A whole resource, or a path-less PATCH value, as one operation per attribute it sets. */
export function spreadResource(op: ScimPatchOpName, value: unknown, label: string, out: ScimAttributeOperation[] = []): ScimAttributeOperation[] {
  if (!isPlainObject(value)) throw ScimException.invalidSyntax(`${label} must be an object.`);
  for (const [key, inner] of Object.entries(value)) {
    if (key.toLowerCase() === 'schemas') continue;
    spread(op, parseScimPath(key), inner, out);
  }
  return out;
}

/**
 * Validates a PatchOp request body and spreads it into attribute operations, accepting both
 * RFC 7644 and Entra ID's dialect (capitalised ops, dotted keys in path-less values).
 */
export function parsePatchRequest(body: unknown): ScimAttributeOperation[] {
  if (!isPlainObject(body)) throw ScimException.invalidSyntax('The body must be a PatchOp object.');
  const schemas = body.schemas;
  if (schemas !== undefined && (!Array.isArray(schemas) || !schemas.includes(SCHEMA_PATCH_OP))) {
    throw ScimException.invalidSyntax(`schemas must contain ${SCHEMA_PATCH_OP}.`);
  }
  const key = Object.keys(body).find((name) => name.toLowerCase() === 'operations');
  const operations = key ? body[key] : undefined;
  if (!Array.isArray(operations) || operations.length === 0) throw ScimException.invalidSyntax('Operations must be a non-empty array.');
  if (operations.length > MAX_OPERATIONS) throw ScimException.invalidSyntax(`At most ${MAX_OPERATIONS} operations are accepted at once.`);
  const out: ScimAttributeOperation[] = [];
  operations.forEach((operation: unknown, index) => {
    if (!isPlainObject(operation)) throw ScimException.invalidSyntax(`Operations[${index}] must be an object.`);
    const op = parseOpName(operation.op, index);
    const rawPath = operation.path;
    if (rawPath === undefined || rawPath === null || rawPath === '') {
      if (op === 'remove') throw ScimException.noTarget(`Operations[${index}]: remove needs a path.`);
      spreadResource(op, operation.value, `Operations[${index}].value (there is no path)`, out);
      return;
    }
    if (typeof rawPath !== 'string') throw ScimException.invalidPath(`Operations[${index}].path must be a string.`);
    spread(op, parseScimPath(rawPath), operation.value, out);
  });
  return out;
}
