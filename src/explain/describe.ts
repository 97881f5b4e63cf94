import { itemName, valueName, type Lang } from '../check/types.js';
import type { CellVar } from './constraints.js';
import { formatValue, type Slip } from './slips.js';

const SLIP_NAMES: Record<Slip, { zh: string; en: string }> = {
  transposition: { zh: '两位数字前后颠倒', en: 'two digits swapped' },
  'extra-digit': { zh: '多打了一位数字', en: 'a digit too many' },
  'missing-digit': { zh: '漏打了一位数字', en: 'a digit missing' },
  unit: { zh: '按元而非万元填报', en: 'entered in 元 instead of 万元' },
  'neighbour-column': { zh: '数字填到了相邻一列', en: 'a number typed into the neighbouring column' },
};

export function slipName(slip: Slip, lang: Lang): string {
  return SLIP_NAMES[slip][lang];
}

/** The full name of a cell, as messages name it (`（一）予以公开[自然人]`). */
export function cellLabel(cell: CellVar, lang: Lang): string {
  if (cell.proseLabel) return cell.proseLabel[lang];
  return cell.bound ? valueName(cell.bound, lang) : cell.key;
}

/** A short name for a sentence: 「一、本年新收…」的总计. */
export function shortLabel(cell: CellVar, lang: Lang): string {
  if (cell.proseLabel) return cell.proseLabel[lang];
  const b = cell.bound;
  if (!b) return cell.key;
  if (lang === 'en') {
    const item = b.item.en ?? itemName(b.item, 'zh');
    return b.column ? `${item} (${b.column.en ?? b.column.labels[0] ?? b.column.id})` : item;
  }
  const name = itemName(b.item, 'zh');
  const item = [...name].length > 10 ? `${[...name].slice(0, 6).join('')}…` : name;
  return b.column ? `「${item}」的${b.column.labels[0] ?? b.column.id}` : `「${item}」`;
}

export interface ChangeText {
  cell: CellVar;
  to: number;
}

/** 将「…」由 14 改为 13 / change … from 14 to 13, for one or two cells. */
export function changeText(changes: ChangeText[], lang: Lang): string {
  if (lang === 'zh') return `将${changes.map((c) => `${shortLabel(c.cell, 'zh')}由 ${c.cell.text} 改为 ${formatValue(c.to)}`).join('、')}`;
  return `change ${changes.map((c) => `${shortLabel(c.cell, 'en')} from ${c.cell.text} to ${formatValue(c.to)}`).join(' and ')}`;
}

export interface Proposal {
  changes: ChangeText[];
  slip?: Slip;
}

const LISTED_IN_TEXT = 3;

/** The sentence a message gains: which change makes every failing check pass. */
export function explanationText(proposals: Proposal[], checks: number, lang: Lang): string {
  const zh = lang === 'zh';
  if (proposals.length === 0) {
    return zh
      ? `这 ${checks} 项校验无法通过只改动一两个数字全部满足，可能有三处或更多错误`
      : `no change of one or two numbers makes these ${checks} checks pass: three or more numbers are probably wrong`;
  }
  const slip = (p: Proposal) => (p.slip ? (zh ? `（疑为${slipName(p.slip, 'zh')}）` : ` (probably ${slipName(p.slip, 'en')})`) : '');
  if (proposals.length === 1) {
    const p = proposals[0];
    const change = changeText(p.changes, lang);
    return zh ? `若${change}，则 ${checks} 项校验全部通过${slip(p)}` : `${capitalise(change)} and all ${checks} checks pass${slip(p)}`;
  }
  const listed = proposals.slice(0, LISTED_IN_TEXT).map((p) => `${changeText(p.changes, lang)}${slip(p)}`);
  const rest = proposals.length - listed.length;
  const size = proposals[0].changes.length;
  return zh
    ? `有 ${proposals.length} 种只改动 ${size} 个数字的改法都能使 ${checks} 项校验全部通过：${listed.join('；或')}${rest > 0 ? `；另有 ${rest} 种` : ''}`
    : `${proposals.length} changes of ${size} number${size === 1 ? '' : 's'} each make all ${checks} checks pass: ${listed.join('; or ')}${rest > 0 ? `; and ${rest} more` : ''}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
