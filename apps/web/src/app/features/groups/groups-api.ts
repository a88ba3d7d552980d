import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { BulkAddReport, BulkAddRequest, ChangeRoleRequest, CreateGroupRequest, DepartmentWithCount, DepartmentsResponse, DirectoryPage, GroupDetail, GroupDirectoryPage, GroupMembersPage, GroupRole, GroupSummary, GroupType, InviteRequest, InviteResponse, JoinGroupRequest, JoinGroupResponse, JoinRequestsResponse, TransferOwnershipRequest, UpdateGroupRequest, GroupSuggestionsResponse } from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

/** `GET /api/groups` filters; empty values are left out of the query string. */
export interface GroupDirectoryQuery {
  q?: string;
  type?: GroupType | '';
  /** Department slug. */
  department?: string;
  mine?: boolean;
  cursor?: string;
  limit?: number;
}

export interface GroupMembersQuery {
  role?: GroupRole | '';
  /** Department slug. */
  department?: string;
  q?: string;
  cursor?: string;
}

const GROUPS = '/api/groups';
const segment = encodeURIComponent;

/** `/api/groups` and the people and departments the group pages pick from; failures reject with HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class GroupsApi {
  private readonly http = inject(HttpClient);

  directory(query: GroupDirectoryQuery): Promise<GroupDirectoryPage> {
    return firstValueFrom(this.http.get<GroupDirectoryPage>(GROUPS, { params: toParams({ ...query, mine: query.mine || undefined }) }));
  }

  /** Groups you are not in, with the most members from other departments (not in the contract: `{ items }`). */
  async suggestions(): Promise<GroupSummary[]> {
    return (await firstValueFrom(this.http.get<GroupSuggestionsResponse>(`${GROUPS}/suggestions`))).items;
  }

  get(idOrSlug: string): Promise<GroupDetail> {
    return firstValueFrom(this.http.get<GroupDetail>(`${GROUPS}/${segment(idOrSlug)}`));
  }

  create(body: CreateGroupRequest): Promise<GroupDetail> {
    return firstValueFrom(this.http.post<GroupDetail>(GROUPS, body));
  }

  update(id: string, body: UpdateGroupRequest): Promise<GroupDetail> {
    return firstValueFrom(this.http.patch<GroupDetail>(`${GROUPS}/${segment(id)}`, body));
  }

  setArchived(id: string, archived: boolean): Promise<GroupDetail> {
    return firstValueFrom(this.http.post<GroupDetail>(`${GROUPS}/${segment(id)}/${archived ? 'archive' : 'unarchive'}`, {}));
  }

  /** 204: fetch the group again to see the new roles. */
  transferOwnership(id: string, body: TransferOwnershipRequest): Promise<void> {
    return firstValueFrom(this.http.post<void>(`${GROUPS}/${segment(id)}/transfer-ownership`, body));
  }

  members(id: string, query: GroupMembersQuery): Promise<GroupMembersPage> {
    return firstValueFrom(this.http.get<GroupMembersPage>(`${GROUPS}/${segment(id)}/members`, { params: toParams({ ...query }) }));
  }

  join(id: string, body: JoinGroupRequest): Promise<JoinGroupResponse> {
    return firstValueFrom(this.http.post<JoinGroupResponse>(`${GROUPS}/${segment(id)}/join`, body));
  }

  leave(id: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(`${GROUPS}/${segment(id)}/leave`, {}));
  }

  requests(id: string): Promise<JoinRequestsResponse> {
    return firstValueFrom(this.http.get<JoinRequestsResponse>(`${GROUPS}/${segment(id)}/requests`));
  }

  decide(id: string, userId: string, decision: 'approve' | 'deny'): Promise<void> {
    return firstValueFrom(this.http.post<void>(`${GROUPS}/${segment(id)}/requests/${segment(userId)}/${decision}`, {}));
  }

  changeRole(id: string, userId: string, body: ChangeRoleRequest): Promise<void> {
    return firstValueFrom(this.http.patch<void>(`${GROUPS}/${segment(id)}/members/${segment(userId)}`, body));
  }

  removeMember(id: string, userId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${GROUPS}/${segment(id)}/members/${segment(userId)}`));
  }

  invite(id: string, body: InviteRequest): Promise<InviteResponse> {
    return firstValueFrom(this.http.post<InviteResponse>(`${GROUPS}/${segment(id)}/invitations`, body));
  }

  bulkAdd(id: string, body: BulkAddRequest): Promise<BulkAddReport> {
    return firstValueFrom(this.http.post<BulkAddReport>(`${GROUPS}/${segment(id)}/members/bulk`, body));
  }

  people(q: string): Promise<DirectoryPage> {
    return firstValueFrom(this.http.get<DirectoryPage>('/api/people', { params: toParams({ q, limit: 8 }) }));
  }

  async departments(): Promise<DepartmentWithCount[]> {
    return (await firstValueFrom(this.http.get<DepartmentsResponse>('/api/departments'))).departments;
  }
}

function toParams(query: Record<string, string | number | boolean | undefined>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '' && value !== false) params = params.set(key, value);
  }
  return params;
}
