import { sniff } from './sniff.js';
import { checkZip, type ReadFailure, type ReadLimits } from './zip-limits.js';

export type OfficeApp = 'word' | 'excel';

const SAVE_AS: Record<OfficeApp, string> = { word: '.docx', excel: '.xlsx' };

/**
 * What to do with a file named as a Word or Excel document, before any library sees it: an
 * OOXML zip within the limits is read; HTML served under an Office name (a CMS "export to
 * Word/Excel") is read as HTML; a legacy binary file (.doc, .wps, .xls, .et), RTF, MHT or an
 * encrypted document gets a diagnostic saying how to save it so it can be read.
 */
export async function gateOffice(bytes: Uint8Array, app: OfficeApp, limits: ReadLimits): Promise<ReadFailure | 'zip' | 'html'> {
  if (bytes.length === 0) return { failure: 'file-empty' };
  const saveAs = SAVE_AS[app];
  switch (sniff(bytes)) {
    case 'zip':
      return (await checkZip(bytes, limits)) ?? 'zip';
    case 'html':
      return 'html';
    case 'ole-encrypted':
      return { failure: 'file-encrypted', data: { saveAs } };
    case 'ole':
    case 'rtf':
    case 'mht':
      return { failure: 'file-legacy-office', data: { saveAs } };
    default:
      return { failure: 'file-corrupt', data: { reason: `not a ${saveAs} (zip) file` } };
  }
}
