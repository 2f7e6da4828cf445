/**
 * Breaks text into lines of at most `maxChars` characters, at spaces; a word longer than a line
 * (an error name such as `ExtensionInstallationFailedMDTC`) is broken before a capital letter
 * where it can be, else cut. SVG text does not wrap by itself.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const max = Math.max(4, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (const piece of splitLongWord(word, max)) {
      if (!line) line = piece;
      else if (line.length + 1 + piece.length <= max) line = `${line} ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

function splitLongWord(word: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > max) {
    let cut = -1;
    for (let i = max; i > max / 3; i--) {
      if (/[A-Z]/.test(rest[i]!) && /[a-z]/.test(rest[i - 1]!)) {
        cut = i;
        break;
      }
    }
    if (cut === -1) cut = max;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...pieces, rest];
}
