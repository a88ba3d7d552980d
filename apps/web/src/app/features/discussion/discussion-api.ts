import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AttachmentView,
  CreatePostRequest,
  CreateReplyRequest,
  DirectoryPage,
  FeedPage,
  PostView,
  PreviewResponse,
  ReactionKind,
  ReactionsResponse,
  RepliesPage,
  ReplyView,
  RevisionsResponse,
} from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

/** Which feed a list shows: `GET /api/feeds/home`, `groups/:id`, `people/:id` or `topics/:topic`. */
export type FeedSource = { kind: 'home' } | { kind: 'group'; id: string } | { kind: 'person'; id: string } | { kind: 'topic'; topic: string };

/** Older items (`cursor`) or catch-up newer than a head cursor (`after`). */
export type FeedQuery = { cursor?: string; after?: string };

const segment = encodeURIComponent;

export function feedUrl(source: FeedSource): string {
  switch (source.kind) {
    case 'home':
      return '/api/feeds/home';
    case 'group':
      return `/api/feeds/groups/${segment(source.id)}`;
    case 'person':
      return `/api/feeds/people/${segment(source.id)}`;
    case 'topic':
      return `/api/feeds/topics/${segment(source.topic)}`;
  }
}

function params(values: Record<string, string | number | undefined>): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') result = result.set(key, value);
  return result;
}

/** `/api/posts`, `/api/replies`, `/api/feeds` and `/api/attachments`; failures reject with HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class DiscussionApi {
  private readonly http = inject(HttpClient);

  feed(source: FeedSource, query: FeedQuery = {}): Promise<FeedPage> {
    return firstValueFrom(this.http.get<FeedPage>(feedUrl(source), { params: params(query) }));
  }

  post(id: string): Promise<PostView> {
    return firstValueFrom(this.http.get<PostView>(`/api/posts/${segment(id)}`));
  }

  /** The server's rendering of a draft: the same markdown, mentions and sanitising as a saved post. */
  async preview(body: string): Promise<string> {
    return (await firstValueFrom(this.http.post<PreviewResponse>('/api/posts/preview', { body }))).html;
  }

  create(request: CreatePostRequest): Promise<PostView> {
    return firstValueFrom(this.http.post<PostView>('/api/posts', request));
  }

  editPost(id: string, body: string): Promise<PostView> {
    return firstValueFrom(this.http.patch<PostView>(`/api/posts/${segment(id)}`, { body }));
  }

  deletePost(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/posts/${segment(id)}`));
  }

  history(id: string): Promise<RevisionsResponse> {
    return firstValueFrom(this.http.get<RevisionsResponse>(`/api/posts/${segment(id)}/history`));
  }

  replies(postId: string, after?: string, limit?: number): Promise<RepliesPage> {
    return firstValueFrom(this.http.get<RepliesPage>(`/api/posts/${segment(postId)}/replies`, { params: params({ after, limit }) }));
  }

  reply(postId: string, request: CreateReplyRequest): Promise<ReplyView> {
    return firstValueFrom(this.http.post<ReplyView>(`/api/posts/${segment(postId)}/replies`, request));
  }

  /** `GET /api/replies/:id` (in the API, not yet in the contract's comments). */
  getReply(id: string): Promise<ReplyView> {
    return firstValueFrom(this.http.get<ReplyView>(`/api/replies/${segment(id)}`));
  }

  editReply(id: string, body: string): Promise<ReplyView> {
    return firstValueFrom(this.http.patch<ReplyView>(`/api/replies/${segment(id)}`, { body }));
  }

  deleteReply(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/replies/${segment(id)}`));
  }

  /** Adds (PUT) or removes (DELETE) your reaction on a post or a reply. */
  react(target: { post: string } | { reply: string }, kind: ReactionKind, on: boolean): Promise<ReactionsResponse> {
    const base = 'post' in target ? `/api/posts/${segment(target.post)}` : `/api/replies/${segment(target.reply)}`;
    const url = `${base}/reactions/${kind}`;
    return firstValueFrom(on ? this.http.put<ReactionsResponse>(url, null) : this.http.delete<ReactionsResponse>(url));
  }

  vote(postId: string, optionIds: string[]): Promise<PostView> {
    return firstValueFrom(this.http.post<PostView>(`/api/posts/${segment(postId)}/votes`, { optionIds }));
  }

  markSeen(postId: string): Promise<void> {
    return firstValueFrom(this.http.put<void>(`/api/posts/${segment(postId)}/seen`, null));
  }

  markRead(postId: string): Promise<PostView> {
    return firstValueFrom(this.http.put<PostView>(`/api/posts/${segment(postId)}/read`, null));
  }

  acceptReply(postId: string, replyId: string | null): Promise<PostView> {
    const url = `/api/posts/${segment(postId)}/accepted-reply`;
    return firstValueFrom(replyId ? this.http.put<PostView>(url, { replyId }) : this.http.delete<PostView>(url));
  }

  pin(postId: string, pinned: boolean): Promise<PostView> {
    const url = `/api/posts/${segment(postId)}/pin`;
    return firstValueFrom(pinned ? this.http.put<PostView>(url, null) : this.http.delete<PostView>(url));
  }

  upload(file: File, altText: string): Promise<AttachmentView> {
    const form = new FormData();
    form.append('file', file);
    if (altText) form.append('altText', altText);
    return firstValueFrom(this.http.post<AttachmentView>('/api/attachments', form));
  }

  async people(q: string): Promise<DirectoryPage['items']> {
    return (await firstValueFrom(this.http.get<DirectoryPage>('/api/people', { params: params({ q, limit: 6 }) }))).items;
  }
}
