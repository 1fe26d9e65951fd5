import type { Adapter } from '../collectResponseSites.js';
import { expressAdapter } from './express.js';

/** Every framework adapter; each recognises one API (DESIGN.md §2). */
export const ADAPTERS: readonly Adapter[] = [expressAdapter];
