import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AuditService } from '../audit/audit.service';
import { SessionService } from '../auth/sessions/session.service';
import { AppConfig } from '../config/app-config';
import { DepartmentRepository } from '../departments/department.repository';
import type { UserEntity } from '../users/user.entity';
import { SCHEMA_USER } from './scim.constants';
import { ScimException } from './scim.exception';
import { parseScimFilter } from './scim-filter';
import { parseScimPage, ScimListResponse, toListResponse } from './scim-list';
import { isPlainObject, parsePatchRequest, spreadResource } from './scim-patch';
import type { ScimCaller } from './scim-request';
import { applyUserOperation, displayNameOf, fieldsOfResource, fieldsOfUser, ScimUserFields } from './scim-user-fields';
import { ScimUserResource, toScimUser } from './scim-user.mapper';
import { isUniqueViolation, ScimUserLookup, ScimUserRepository } from './scim-user.repository';

export interface ScimListQuery {
  filter?: unknown;
  startIndex?: unknown;
  count?: unknown;
}

/** SCIM provisioning rules for people: create, update, deactivate (never delete), audited. */
@Injectable()
export class ScimUsersService {
  constructor(
    private readonly users: ScimUserRepository,
    private readonly departments: DepartmentRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async get(id: string): Promise<ScimUserResource> {
    return this.toResource(await this.mustFind(id));
  }

  async list(query: ScimListQuery): Promise<ScimListResponse<ScimUserResource>> {
    const filter = parseScimFilter(query.filter, ['userName', 'externalId']);
    const page = parseScimPage(query.startIndex, query.count);
    let lookup: ScimUserLookup | null = null;
    if (filter) lookup = filter.attribute === 'userName' ? { email: filter.value.toLowerCase() } : { externalId: filter.value };
    const { users, total } = await this.users.list(lookup, page);
    return toListResponse(users.map((user) => this.toResource(user)), total, page);
  }

  async create(body: unknown, caller: ScimCaller): Promise<ScimUserResource> {
    const fields = fieldsOfResource(spreadResource('replace', userResource(body), 'The User resource'), null);
    await this.assertUnique(fields, null);
    const now = new Date();
    let id: string;
    try {
      id = await this.users.insert({
        email: fields.email,
        displayName: displayNameOf(fields),
        givenName: fields.givenName,
        familyName: fields.familyName,
        jobTitle: fields.jobTitle,
        departmentId: await this.departmentIdOf(fields.department),
        externalId: fields.externalId,
        status: fields.active ? 'active' : 'deactivated',
        deactivatedAt: fields.active ? null : now,
      });
    } catch (error) {
      throw isUniqueViolation(error) ? ScimException.uniqueness(`A user with userName ${fields.email} already exists.`) : error;
    }
    await this.audit.record({
      ...caller,
      action: 'scim.user_create',
      target: { type: 'user', id },
      details: { userName: fields.email, externalId: fields.externalId, active: fields.active },
    });
    return this.get(id);
  }

  async replace(id: string, body: unknown, caller: ScimCaller): Promise<ScimUserResource> {
    const user = await this.mustFind(id);
    const fields = fieldsOfResource(spreadResource('replace', userResource(body), 'The User resource'), fieldsOfUser(user));
    return this.apply(user, fields, caller);
  }

  async patch(id: string, body: unknown, caller: ScimCaller): Promise<ScimUserResource> {
    const operations = parsePatchRequest(body);
    const user = await this.mustFind(id);
    const fields = fieldsOfUser(user);
    for (const operation of operations) applyUserOperation(fields, operation);
    return this.apply(user, fields, caller);
  }

  /** DELETE deactivates: Moot keeps what people wrote; they just cannot sign in. */
  async deactivate(id: string, caller: ScimCaller): Promise<void> {
    const user = await this.mustFind(id);
    await this.apply(user, { ...fieldsOfUser(user), active: false }, caller);
  }

  private async apply(user: UserEntity, fields: ScimUserFields, caller: ScimCaller): Promise<ScimUserResource> {
    await this.assertUnique(fields, user.id);
    const before = fieldsOfUser(user);
    const changes: Partial<UserEntity> = {};
    if (fields.email !== user.email) changes.email = fields.email;
    if (displayNameOf(fields) !== user.displayName) changes.displayName = displayNameOf(fields);
    if (fields.givenName !== user.givenName) changes.givenName = fields.givenName;
    if (fields.familyName !== user.familyName) changes.familyName = fields.familyName;
    if (fields.jobTitle !== user.jobTitle) changes.jobTitle = fields.jobTitle;
    if (fields.externalId !== user.externalId) changes.externalId = fields.externalId;
    if ((fields.department ?? '').toLowerCase() !== (before.department ?? '').toLowerCase()) {
      changes.departmentId = await this.departmentIdOf(fields.department);
    }
    const updated = Object.keys(changes);
    const deactivating = before.active && !fields.active;
    const reactivating = !before.active && fields.active;
    if (deactivating) Object.assign(changes, { status: 'deactivated', deactivatedAt: new Date() });
    if (reactivating) Object.assign(changes, { status: 'active', deactivatedAt: null });
    if (Object.keys(changes).length === 0) return this.toResource(user);

    try {
      await this.users.update(user.id, changes);
    } catch (error) {
      throw isUniqueViolation(error) ? ScimException.uniqueness('userName or externalId is already used by another user.') : error;
    }
    const target = { type: 'user', id: user.id };
    // Sessions end after the status is saved, so no request can revive them in between.
    if (deactivating) await this.sessions.endAllForUser(user.id, 'deactivated');
    if (updated.length > 0) await this.audit.record({ ...caller, action: 'scim.user_update', target, details: { fields: updated } });
    if (deactivating) await this.audit.record({ ...caller, action: 'scim.user_deactivate', target });
    if (reactivating) await this.audit.record({ ...caller, action: 'scim.user_reactivate', target });
    return this.get(user.id);
  }

  private async assertUnique(fields: ScimUserFields, userId: string | null): Promise<void> {
    const byEmail = await this.users.findOneBy({ email: fields.email });
    if (byEmail && byEmail.id !== userId) throw ScimException.uniqueness(`A user with userName ${fields.email} already exists.`);
    if (!fields.externalId) return;
    const byExternalId = await this.users.findOneBy({ externalId: fields.externalId });
    if (byExternalId && byExternalId.id !== userId) throw ScimException.uniqueness(`A user with externalId ${fields.externalId} already exists.`);
  }

  private async departmentIdOf(name: string | null): Promise<string | null> {
    return name ? (await this.departments.findOrCreateByName(name)).id : null;
  }

  private async mustFind(id: string): Promise<UserEntity> {
    const user = isUUID(id) ? await this.users.findById(id) : null;
    if (!user) throw ScimException.notFound('User', id);
    return user;
  }

  private toResource(user: UserEntity): ScimUserResource {
    return toScimUser(user, this.config.publicUrl);
  }
}

/** A User body must be an object and, when it names schemas, include the core User schema. */
function userResource(body: unknown): Record<string, unknown> {
  if (!isPlainObject(body)) throw ScimException.invalidSyntax('The body must be a SCIM User object.');
  const schemas = body.schemas;
  if (schemas !== undefined && (!Array.isArray(schemas) || !schemas.includes(SCHEMA_USER))) {
    throw ScimException.invalidSyntax(`schemas must contain ${SCHEMA_USER}.`);
  }
  return body;
}
