import {
  anchorExpressions,
  findAnchors,
  matchRuleText,
  type CompiledRule,
  type CompiledSignatures,
} from './compile-signatures';
import { DelimitedRecordEnds, parseDelimitedEvent } from './delimited-event';
import { detailsRecordStart, parseEventDetails } from './event-details';
import { eventLogSource, type WindowsLog } from './event-log-source';
import type { EventRecord } from './event-record';
import { hitContext, type Hit } from './hit';
import type { LogFormat } from './log-format';
import { parseLineTime } from './log-time';
import type { LogSource } from '../../machine/guide-signatures';
import { parseXmlEvent, xmlEventEnd, xmlEventStart } from './xml-event';

/**
 * Scans decoded text, chunk by chunk, one pass with every signature. Text is cut into records
 * (lines, or events) and a record is only read closely where an anchor of some signature occurs
 * in it. A record split between two chunks is held back until it is complete, so it is matched
 * once; memory holds one chunk, one unfinished record, and the hits (bounded).
 */

export interface ScannerOptions {
  /** The file's path, or "Pasted text". */
  file: string;
  format: LogFormat;
  /** For `lines`: which log the file is. */
  lineSource: LogSource;
  /** For event exports that do not name their log: the log named by the file's name. */
  fileLog?: WindowsLog;
  compiled: CompiledSignatures;
  /** Hits kept per signature (the rest are counted). */
  maxHitsPerSignature?: number;
  /** A record longer than this (characters) is searched in parts of this size. */
  maxRecordLength?: number;
}

export interface NotEvidenceSeen {
  count: number;
  /** Where the first one is. */
  line: number;
}

export interface ScannerTotals {
  lines: number;
  hits: Hit[];
  /** Hits per signature, counting those not kept. */
  hitCounts: Record<string, number>;
  notEvidence: Record<string, NotEvidenceSeen>;
  warnings: string[];
}

const isEvents = (format: LogFormat) => format !== 'lines';

const eventSources = new Set<LogSource>([
  'application-log',
  'system-log',
  'security-log',
  'other-event-log',
]);

export class TextScanner {
  private pending: string[] = [];
  private pendingLength = 0;
  /** The line number the pending text starts on. */
  private line = 1;
  private newlines = 0;
  private lastChar = '';
  private readonly recordEnds?: DelimitedRecordEnds;
  private readonly maxHits: number;
  private readonly maxRecord: number;
  private readonly rules: CompiledRule[];
  private readonly anchors: RegExp[];
  private readonly totals: ScannerTotals = {
    lines: 0,
    hits: [],
    hitCounts: {},
    notEvidence: {},
    warnings: [],
  };
  private longRecordWarned = false;

  constructor(private readonly options: ScannerOptions) {
    if (options.format === 'event-csv') this.recordEnds = new DelimitedRecordEnds(',');
    if (options.format === 'event-txt') this.recordEnds = new DelimitedRecordEnds('\t');
    this.maxHits = options.maxHitsPerSignature ?? 100;
    this.maxRecord = options.maxRecordLength ?? 16 * 1024 * 1024;
    const events = isEvents(options.format);
    // Only the rules that can match here: event rules in event exports, line rules for the log
    // this file is.
    this.rules = options.compiled.rules.filter((r) =>
      events
        ? r.sources.some((s) => eventSources.has(s))
        : r.eventId === undefined && r.sources.includes(options.lineSource),
    );
    this.anchors = anchorExpressions(this.rules);
  }

  push(chunk: string): void {
    if (chunk.length === 0) return;
    this.lastChar = chunk[chunk.length - 1]!;
    let ends: number[] | undefined;
    let first: number;
    let last: number;
    if (this.recordEnds) {
      ends = this.recordEnds.push(chunk);
      first = ends[0] ?? 0;
      last = ends.at(-1) ?? 0;
    } else {
      [first, last] = this.cutsOf(chunk);
    }
    if (last <= 0) {
      this.pending.push(chunk);
      this.pendingLength += chunk.length;
      if (this.pendingLength > this.maxRecord) this.flushLongRecord();
      return;
    }
    // The record begun in earlier chunks ends in this one: scanned on its own (it is short),
    // then the chunk's complete records are scanned in place, with no copy of the chunk.
    let from = 0;
    if (this.pendingLength > 0) {
      const head = this.pending.join('') + chunk.slice(0, first);
      this.process(head, 0, head.length, ends ? [head.length] : undefined);
      from = first;
    }
    this.process(chunk, from, last, ends);
    const rest = last < chunk.length ? chunk.slice(last) : '';
    this.pending = rest ? [rest] : [];
    this.pendingLength = rest.length;
  }

  /** The end of the input: scans what is left, and returns the totals. */
  end(): ScannerTotals {
    if (this.pendingLength > 0) {
      const text = this.pending.join('');
      this.pending = [];
      this.pendingLength = 0;
      this.process(text, 0, text.length, undefined);
    }
    this.totals.lines = this.newlines + (this.lastChar !== '' && this.lastChar !== '\n' ? 1 : 0);
    return this.totals;
  }

  /** Where the first and the last complete record of a chunk end (0: none ends in it). */
  private cutsOf(chunk: string): [number, number] {
    switch (this.options.format) {
      case 'event-xml': {
        const first = chunk.indexOf(xmlEventEnd);
        if (first === -1) return [0, 0];
        return [first + xmlEventEnd.length, chunk.lastIndexOf(xmlEventEnd) + xmlEventEnd.length];
      }
      case 'event-details': {
        const first = chunk.indexOf(`\n${detailsRecordStart}`);
        if (first === -1) return [0, 0];
        return [first + 1, chunk.lastIndexOf(`\n${detailsRecordStart}`) + 1];
      }
      default:
        return [chunk.indexOf('\n') + 1, chunk.lastIndexOf('\n') + 1];
    }
  }

  private flushLongRecord() {
    if (!this.longRecordWarned) {
      this.longRecordWarned = true;
      const unit = isEvents(this.options.format) ? 'An event' : 'A line';
      this.totals.warnings.push(
        `${unit} starting on line ${this.line} is longer than ${Math.round(this.maxRecord / 1048576)} million characters: it was searched in parts of that size, so a match split between two parts may be missed.`,
      );
    }
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    this.process(text, 0, text.length, undefined);
  }

  /**
   * Scans the complete records of `text` between `from` and `to` (`ends`: where delimited
   * records end, when known), and counts its lines.
   */
  private process(text: string, from: number, to: number, ends: number[] | undefined) {
    let cursor = from;
    let cursorLine = this.line;
    const lineAt = (position: number) => {
      cursorLine += countNewlines(text, cursor, position);
      cursor = position;
      return cursorLine;
    };
    let done = from;
    for (const position of findAnchors(text, this.anchors, from, to)) {
      if (position < done) continue;
      const [start, end] = this.recordAround(text, position, ends, from, to);
      if (end <= position || start < done) {
        done = Math.max(done, position + 1);
        continue;
      }
      this.matchRecord(text.slice(start, end), lineAt(start));
      done = end;
    }
    const total = lineAt(to) - this.line;
    this.newlines += total;
    this.line += total;
  }

  /** The record around `position`, within `from`..`to`. */
  private recordAround(
    text: string,
    position: number,
    ends: number[] | undefined,
    from: number,
    to: number,
  ): [number, number] {
    switch (this.options.format) {
      case 'lines': {
        const start = position === 0 ? 0 : text.lastIndexOf('\n', position - 1) + 1;
        const end = text.indexOf('\n', position);
        return [Math.max(from, start), end === -1 || end >= to ? to : end + 1];
      }
      case 'event-xml': {
        const start = xmlEventStart(text, position);
        if (start < from) return [0, 0];
        const end = text.indexOf(xmlEventEnd, start);
        return [start, end === -1 || end + xmlEventEnd.length > to ? to : end + xmlEventEnd.length];
      }
      case 'event-details': {
        let start = text.lastIndexOf(detailsRecordStart, position);
        while (start > from && text[start - 1] !== '\n') {
          start = text.lastIndexOf(detailsRecordStart, start - 1);
        }
        const end = text.indexOf(`\n${detailsRecordStart}`, position);
        return [Math.max(from, start), end === -1 || end + 1 > to ? to : end + 1];
      }
      default: {
        if (!ends || ends.length === 0) return [from, to];
        // The first record end after `position`.
        let lo = 0;
        let hi = ends.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (ends[mid]! <= position) lo = mid + 1;
          else hi = mid;
        }
        const start = lo === 0 ? from : Math.max(from, ends[lo - 1]!);
        return [start, lo < ends.length ? Math.min(ends[lo]!, to) : to];
      }
    }
  }

  private matchRecord(record: string, line: number) {
    if (this.options.format === 'lines') {
      this.matchLine(record.replace(/\r?\n$/, ''), line);
      return;
    }
    const event = this.parseEvent(record);
    if (event) this.matchEvent(event, line);
  }

  private parseEvent(record: string): EventRecord | undefined {
    switch (this.options.format) {
      case 'event-xml':
        return parseXmlEvent(record);
      case 'event-details':
        return parseEventDetails(record);
      case 'event-csv':
        return parseDelimitedEvent(record, ',');
      default:
        return parseDelimitedEvent(record, '\t');
    }
  }

  private matchLine(line: string, lineNumber: number) {
    const source = this.options.lineSource;
    for (const rule of this.rules) {
      const ranges = matchRuleText(rule, line);
      if (!ranges) continue;
      this.record(rule, lineNumber, () => ({
        signatureId: rule.id,
        file: this.options.file,
        line: lineNumber,
        time: parseLineTime(line),
        source,
        context: hitContext(line, ranges),
      }));
    }
  }

  private matchEvent(event: EventRecord, lineNumber: number) {
    const source = eventLogSource(event, this.options.fileLog);
    for (const rule of this.rules) {
      if (!rule.sources.includes(source)) continue;
      if (rule.eventId !== undefined && event.eventId !== rule.eventId) continue;
      const ranges = matchRuleText(rule, event.text);
      if (!ranges) continue;
      this.record(rule, lineNumber, () => {
        // The description alone when the rule matches it (the data often repeats it).
        const inMessage =
          event.message.length < event.text.length ? matchRuleText(rule, event.message) : null;
        return {
          signatureId: rule.id,
          file: this.options.file,
          line: lineNumber,
          time: event.time,
          source,
          context: inMessage
            ? hitContext(event.message, inMessage)
            : hitContext(event.text, ranges),
          event: { id: event.eventId, log: event.logName, provider: event.provider },
        };
      });
    }
  }

  private record(rule: CompiledRule, line: number, hit: () => Hit) {
    if (rule.kind === 'not-evidence') {
      const seen = this.totals.notEvidence[rule.id];
      if (seen) seen.count++;
      else this.totals.notEvidence[rule.id] = { count: 1, line };
      return;
    }
    const count = (this.totals.hitCounts[rule.id] ?? 0) + 1;
    this.totals.hitCounts[rule.id] = count;
    if (count <= this.maxHits) this.totals.hits.push(hit());
  }
}

/** How many `\n` are in `text` between `from` and `to`. */
export function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  let at = text.indexOf('\n', from);
  while (at !== -1 && at < to) {
    count++;
    at = text.indexOf('\n', at + 1);
  }
  return count;
}
