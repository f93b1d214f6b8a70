// Saves a text file the way both hosts support: a Blob link with `download` (the browser's
// download; in Electron, its save dialog). Nothing is kept in storage (S-KIOSK-2).
export function downloadTextFile(fileName: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // After the click has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
