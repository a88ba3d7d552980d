import { Injectable } from '@nestjs/common';
import { DepartmentRepository } from '../departments/department.repository';
import { IdentityProviderEntity } from '../identity-providers/identity-provider.entity';
import { UserEntity } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { AuthException } from './auth.exception';
import { MappedIdentity } from './saml/saml-attributes';
import { UserIdentityRepository } from './user-identity.repository';

/**
 * Turns a verified assertion into a Moot person: the linked identity first, then the email
 * (only within the domains this IdP is trusted for), then just-in-time creation when the IdP
 * allows it. Department and job title follow the IdP on every sign-in.
 */
@Injectable()
export class ProvisioningService {
  constructor(
    private readonly users: UserRepository,
    private readonly identities: UserIdentityRepository,
    private readonly departments: DepartmentRepository,
  ) {}

  /** An IdP with listed domains may only speak for addresses in them (one council's IdP cannot sign in another's staff). */
  static mayAssert(idp: IdentityProviderEntity, email: string): boolean {
    if (idp.emailDomains.length === 0) return true;
    const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
    return idp.emailDomains.includes(domain);
  }

  async provision(idp: IdentityProviderEntity, nameId: string, mapped: MappedIdentity): Promise<{ user: UserEntity; created: boolean }> {
    const linked = await this.identities.find(idp.id, nameId);
    let user = linked ? await this.users.findById(linked.userId) : null;
    let created = false;

    if (!user) {
      if (!mapped.email) throw AuthException.samlRejected('the identity provider sent no email address for this person');
      if (!ProvisioningService.mayAssert(idp, mapped.email)) {
        throw AuthException.samlRejected('this identity provider is not trusted for that email domain');
      }
      user = await this.users.findByEmail(mapped.email);
      if (!user) {
        if (!idp.jitProvisioning) throw AuthException.accountNotProvisioned();
        user = await this.users.create({
          email: mapped.email,
          displayName: mapped.displayName ?? mapped.email,
          givenName: mapped.givenName,
          familyName: mapped.familyName,
          role: 'member',
          status: 'active',
        });
        created = true;
      }
    }
    if (user.status !== 'active') throw AuthException.accountDeactivated();
    await this.identities.link(user.id, idp.id, nameId);
    return { user: await this.syncProfile(user, mapped), created };
  }

  private async syncProfile(user: UserEntity, mapped: MappedIdentity): Promise<UserEntity> {
    const changes: Partial<UserEntity> = { lastSignInAt: new Date() };
    if (mapped.jobTitle && mapped.jobTitle !== user.jobTitle) changes.jobTitle = mapped.jobTitle;
    if (mapped.department && mapped.department !== user.department?.name) {
      changes.departmentId = (await this.departments.findOrCreateByName(mapped.department)).id;
    }
    if (mapped.givenName && mapped.givenName !== user.givenName) changes.givenName = mapped.givenName;
    if (mapped.familyName && mapped.familyName !== user.familyName) changes.familyName = mapped.familyName;
    return this.users.update(user.id, changes);
  }
}
