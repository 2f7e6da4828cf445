/** Saves text as a file the browser downloads: a Blob and an object URL, nothing sent anywhere. */
export function downloadFile(name: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; it is only released later, to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
