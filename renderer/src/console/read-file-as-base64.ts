// A picked file's bytes as base64 text, the form the contract carries them in (JSON in both
// hosts). FileReader's data URL is encoded natively: no byte-by-byte loop over megabytes.
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}
