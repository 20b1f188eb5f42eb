/**
 * Saves text as a file in the browser. A Blob behind an object URL rather than a link to the
 * backend, because the backend needs the user's token, which a plain link would not send.
 */
export function downloadText(
  fileName: string,
  text: string,
  mimeType: string,
): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // Revoked on the next tick: some browsers start reading the Blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
