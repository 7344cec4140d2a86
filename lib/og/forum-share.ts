/**
 * The words on a forum thread's share image (title, status and endorsement progress), apart from
 * the JSX so tests can check that the font has every glyph. Titles are anyone's words: the forum
 * font holds the 5,401 common characters of Big5 (常用字) besides ASCII and punctuation, and any
 * other character is drawn as □ — next/og would otherwise try to download a font for it at
 * request time, which fails offline and slows every image.
 */
import { progressPercent, type ThreadKind, type ThreadStatus } from '@/lib/forum/rules';

export type ForumShareInput = {
  kind: ThreadKind;
  title: string;
  hidden: boolean;
  status: ThreadStatus;
  overdue: boolean;
  endorsements: number;
  threshold: number | null;
  endorseUntil: Date | null;
  answerDue: Date | null;
  category: string;
  synthetic: boolean;
};

export type ForumShare = {
  site: string;
  label: string;
  title: string;
  status: string;
  progress: { text: string; percent: number } | null;
  footer: string;
};

const STATUS: Record<ThreadStatus, string> = {
  collecting: '附議中',
  open: '待回覆',
  awaiting_answer: '待機關回應',
  under_review: '研議中',
  answered: '已回應',
  adopted: '採納',
  partly_adopted: '部分採納',
  declined: '不採納',
  not_reached: '未達門檻',
};
const KIND: Record<ThreadKind, string> = { proposal: '提案', question: '提問' };

export const FORUM_SHARE_TEXT = ['Tax Cloud 稅務雲', '意見交流', '示範資料', '（此文章已隱藏）', '人附議', '已達門檻', '附議截止', '機關回應期限', '逾期未回應', '／', '：', '□', '…', '·', ...Object.values(STATUS), ...Object.values(KIND)];

/** The common characters of Big5 (A440–C67E): the forum font's CJK set. */
export function big5CommonCharacters(): string {
  const decoder = new TextDecoder('big5');
  let out = '';
  for (let hi = 0xa4; hi <= 0xc6; hi += 1) {
    for (let lo = 0x40; lo <= 0xfe; lo += 1) {
      const c = decoder.decode(new Uint8Array([hi, lo]));
      if (c.length === 1 && c !== '\ufffd') out += c;
    }
  }
  return out;
}

const nt = (n: number) => new Intl.NumberFormat('zh-Hant-TW').format(n);
const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

/** At most `max` characters (by code point), cut with an ellipsis. */
function clamp(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

/** Replaces every character the font lacks (glyphs: the font's characters). */
export function drawable(text: string, glyphs: ReadonlySet<string>): string {
  return [...text].map((c) => (glyphs.has(c) ? c : '□')).join('');
}

export function forumShare(thread: ForumShareInput, categoryName: string, glyphs: ReadonlySet<string>): ForumShare {
  const status = thread.overdue ? STATUS_OVERDUE : STATUS[thread.status];
  const progress =
    thread.kind === 'proposal' && thread.threshold
      ? { text: `${nt(thread.endorsements)}／${nt(thread.threshold)} 人附議`, percent: progressPercent(thread.endorsements, thread.threshold) }
      : null;
  const footer =
    thread.status === 'collecting' && thread.endorseUntil
      ? `附議截止：${day(thread.endorseUntil)}`
      : (thread.status === 'awaiting_answer' || thread.status === 'under_review') && thread.answerDue
        ? `機關回應期限：${day(thread.answerDue)}`
        : '';
  return {
    site: 'Tax Cloud 稅務雲 · 意見交流',
    label: drawable(`${KIND[thread.kind]} · ${categoryName}${thread.synthetic ? ' · 示範資料' : ''}`, glyphs),
    title: thread.hidden ? '（此文章已隱藏）' : drawable(clamp(thread.title, 64), glyphs),
    status,
    progress,
    footer,
  };
}

const STATUS_OVERDUE = '逾期未回應';
