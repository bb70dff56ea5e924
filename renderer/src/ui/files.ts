import type { ExportedFile } from '../../../shared/ipc/contract';

/**
 * Saves an exported file through a detached <a download>: Electron turns it
 * into a Save dialog. Detached, so the external-link guard never sees the click.
 */
export function downloadExported(file: ExportedFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(file.fileName, new Blob([bytes], { type: file.mime }));
}

/** Saves text made in the renderer (e.g. an .ics calendar) the same way. */
export function downloadText(fileName: string, mime: string, text: string): void {
  downloadBlob(fileName, new Blob([text], { type: `${mime};charset=utf-8` }));
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
