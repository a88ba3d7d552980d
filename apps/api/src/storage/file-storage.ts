import type { Readable } from 'node:stream';

/**
 * Where uploaded files live. The default keeps them under DATA_DIR; an S3-compatible store can
 * implement the same four methods. Keys are relative paths made by Moot (never user input).
 */
export abstract class FileStorage {
  abstract put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The file's bytes as a stream, or null when there is no such key. */
  abstract get(key: string): Promise<{ stream: Readable; contentType: string; size: number } | null>;
  abstract delete(key: string): Promise<void>;
  /** Deletes every key under a prefix (e.g. all renditions of one avatar). */
  abstract deletePrefix(prefix: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/_.-]{0,199}$/;

export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key) || key.includes('..') || key.includes('//')) throw new Error(`unsafe storage key: ${key}`);
}
