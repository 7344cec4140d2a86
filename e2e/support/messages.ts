/** The portal's own messages, so journeys find controls by the words citizens read. */
import { readFileSync } from 'node:fs';
import type enMessages from '../../content/messages/en.json';

export type Messages = typeof enMessages;

const load = (file: string): Messages =>
  JSON.parse(readFileSync(new URL(`../../content/messages/${file}.json`, import.meta.url), 'utf8')) as Messages;

export const zh = load('zh-Hant-TW');
export const en = load('en');
export const MESSAGES = { zh, en } as const;
