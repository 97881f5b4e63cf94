/**
 * Text from a report (labels, cell text, file names, messages) as HTML text or attribute value:
 * the five characters that can end a text run or an attribute are escaped, and control
 * characters other than TAB and newline, which HTML forbids, become U+FFFD.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd');
}
