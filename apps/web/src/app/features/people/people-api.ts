import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AvatarResponse,
  DepartmentWithCount,
  DepartmentsResponse,
  DirectoryPage,
  DirectoryQuery,
  EndorsersResponse,
  MentoringMatches,
  PeopleSuggestions,
  Profile,
  ProfileSkill,
  SkillRef,
  SkillSuggestion,
  SkillSuggestionsResponse,
  UpdateProfileRequest,
} from '@moot/contracts';
import { Observable, firstValueFrom, map } from 'rxjs';

const PEOPLE = '/api/people';
const segment = encodeURIComponent;

/** `/api/people`, `/api/skills` and `/api/departments`; failures reject with HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class PeopleApi {
  private readonly http = inject(HttpClient);

  me(): Promise<Profile> {
    return firstValueFrom(this.http.get<Profile>(`${PEOPLE}/me`));
  }

  get(id: string): Promise<Profile> {
    return firstValueFrom(this.http.get<Profile>(`${PEOPLE}/${segment(id)}`));
  }

  updateMe(body: UpdateProfileRequest): Promise<Profile> {
    return firstValueFrom(this.http.patch<Profile>(`${PEOPLE}/me`, body));
  }

  uploadAvatar(file: File): Promise<AvatarResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    return firstValueFrom(this.http.put<AvatarResponse>(`${PEOPLE}/me/avatar`, body));
  }

  removeAvatar(): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${PEOPLE}/me/avatar`));
  }

  /** Adds a skill, or changes "I can help with" when it is already listed. */
  addSkill(name: string, offersHelp?: boolean): Promise<ProfileSkill> {
    const body = offersHelp === undefined ? { name } : { name, offersHelp };
    return firstValueFrom(this.http.post<ProfileSkill>(`${PEOPLE}/me/skills`, body));
  }

  removeSkill(skillId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${PEOPLE}/me/skills/${segment(skillId)}`));
  }

  addLearning(name: string): Promise<SkillRef> {
    return firstValueFrom(this.http.post<SkillRef>(`${PEOPLE}/me/learning`, { name }));
  }

  removeLearning(skillId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${PEOPLE}/me/learning/${segment(skillId)}`));
  }

  /** An Observable, so that a newer keystroke can cancel the request for an older one. */
  suggestSkills(q: string, limit = 8): Observable<SkillSuggestion[]> {
    const params = new HttpParams().set('q', q).set('limit', limit);
    return this.http.get<SkillSuggestionsResponse>('/api/skills', { params }).pipe(map((answer) => answer.skills));
  }

  endorse(personId: string, skillId: string, endorsed: boolean): Promise<void> {
    const url = `${PEOPLE}/${segment(personId)}/skills/${segment(skillId)}/endorsement`;
    return firstValueFrom(endorsed ? this.http.put<void>(url, null) : this.http.delete<void>(url));
  }

  endorsers(personId: string, skillId: string): Promise<EndorsersResponse> {
    return firstValueFrom(
      this.http.get<EndorsersResponse>(`${PEOPLE}/${segment(personId)}/skills/${segment(skillId)}/endorsements`),
    );
  }

  follow(personId: string, following: boolean): Promise<void> {
    const url = `${PEOPLE}/${segment(personId)}/follow`;
    return firstValueFrom(following ? this.http.put<void>(url, null) : this.http.delete<void>(url));
  }

  directory(query: DirectoryQuery): Promise<DirectoryPage> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params = params.set(key, value);
    }
    return firstValueFrom(this.http.get<DirectoryPage>(PEOPLE, { params }));
  }

  async departments(): Promise<DepartmentWithCount[]> {
    return (await firstValueFrom(this.http.get<DepartmentsResponse>('/api/departments'))).departments;
  }

  suggestions(skill?: string): Promise<PeopleSuggestions> {
    const params = skill ? new HttpParams().set('skill', skill) : new HttpParams();
    return firstValueFrom(this.http.get<PeopleSuggestions>(`${PEOPLE}/suggestions`, { params }));
  }

  mentoring(): Promise<MentoringMatches> {
    return firstValueFrom(this.http.get<MentoringMatches>(`${PEOPLE}/me/mentoring`));
  }
}
