// Quiz packs in the browser: a `.cronica-quiz` file is downloaded through a Blob and an
// `<a download>` link (no Tauri plugin needed) and read back with `File.text()`. The backend
// exports and checks the pack; the largest file it takes is refused here before it is read.

/** The largest pack the backend accepts (5 MB); a bigger file is not even read. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

export const PACK_EXTENSION = '.cronica-quiz';

/** A file name for a quiz: its title without characters file systems refuse, and the extension. */
export function packFileName(title: string): string {
  const safe = Array.from(title.normalize('NFC').replace(/\s+/g, ' '))
    .map((ch) => (/[\\/:*?"<>|]/.test(ch) || ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? '-' : ch))
    .join('')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 100)
    .trim();
  return `${safe === '' ? 'quiz' : safe}${PACK_EXTENSION}`;
}

/** Starts the download of `text` as a file called `fileName`. */
export function downloadText(text: string, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has its data.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
