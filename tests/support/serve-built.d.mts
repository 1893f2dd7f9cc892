import type { ChildProcess } from 'node:child_process';

export function buildSite(): void;
export function freePort(): Promise<number>;
export interface ServedSite {
  baseUrl: string;
  adminToken: string;
  state: string;
  child: ChildProcess;
  log(): string;
  kill(): void;
  stop(options?: { keepState?: boolean }): Promise<void>;
}
export function serveBuilt(options?: {
  state?: string;
  port?: number;
  fresh?: boolean;
  dist?: string;
}): Promise<ServedSite>;
