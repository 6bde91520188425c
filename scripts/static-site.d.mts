// Types for static-site.mjs (the tests are strict TypeScript).
import type { Browser } from 'playwright-core';

export interface Served {
  url: string;
  close(): Promise<void>;
}
export const CONTENT_TYPES: Record<string, string>;
export const ISOLATION_HEADERS: Record<string, string>;
export function serveStatic(root: string, opts?: { headers?: Record<string, string> }): Promise<Served>;
export const CHROMIUM: string;
export const CHROMIUM_FLAGS: string[];
export function launchChromium(): Promise<Browser>;
