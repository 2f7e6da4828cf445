import type { ScanInput } from './analyzer-protocol';

/**
 * The files of a drop, folders included (read with the File and Directory Entries API), or of a
 * file or folder picker. Each keeps its path below what was dropped or picked.
 */

interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  fullPath: string;
  file?(success: (file: File) => void, failure: (error: unknown) => void): void;
  createReader?(): {
    readEntries(success: (entries: Entry[]) => void, failure: (error: unknown) => void): void;
  };
}

function fileOf(entry: Entry): Promise<File> {
  return new Promise((resolve, reject) => entry.file!(resolve, reject));
}

async function entriesOf(directory: Entry): Promise<Entry[]> {
  const reader = directory.createReader!();
  const all: Entry[] = [];
  // readEntries returns a batch at a time; an empty batch is the end.
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: Entry, out: ScanInput[]): Promise<void> {
  if (entry.isFile) {
    const file = await fileOf(entry);
    out.push({ kind: 'file', file, path: entry.fullPath.replace(/^\//, '') });
  } else if (entry.isDirectory) {
    for (const child of await entriesOf(entry)) await walk(child, out);
  }
}

export async function droppedInputs(transfer: DataTransfer): Promise<ScanInput[]> {
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  // Entries must be taken before the first await: the drop's data is gone after it.
  const entries = items.map(
    (item) =>
      (item as unknown as { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.() ?? null,
  );
  if (entries.every((e) => e === null)) return pickedInputs(transfer.files);
  const out: ScanInput[] = [];
  for (const entry of entries) if (entry) await walk(entry, out);
  return out;
}

export function pickedInputs(files: FileList | null): ScanInput[] {
  return [...(files ?? [])].map((file) => ({
    kind: 'file',
    file,
    path: file.webkitRelativePath || file.name,
  }));
}
