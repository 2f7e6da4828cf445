import { expect, test } from 'vitest';
import { parseIsoTime, parseLineTime, parseLocalDateTime } from './log-time';

test('a WaAppAgent.log line gives its time, with no time zone', () => {
  const time = parseLineTime('[00000013] [11/11/2022 06:34:12.06] [WARN]  Plugin failed');
  expect(time).toEqual({
    text: '11/11/2022 06:34:12.06',
    sortKey: Date.UTC(2022, 10, 11, 6, 34, 12, 60),
    zone: 'none',
  });
});

test("the TSG's plugin log line gives a UTC time", () => {
  const time = parseLineTime('2018-12-04T07:52:28.8611188Z [Error]: Install provider failed {');
  expect(time).toEqual({
    text: '2018-12-04T07:52:28.8611188Z',
    sortKey: Date.UTC(2018, 11, 4, 7, 52, 28, 861),
    zone: 'utc',
  });
});

test('an offset is converted to UTC', () => {
  expect(parseIsoTime('2022-11-11T08:34:10+02:00')?.sortKey).toBe(
    Date.UTC(2022, 10, 11, 6, 34, 10),
  );
});

test('a time far into the line is not taken as the line time', () => {
  expect(
    parseLineTime('Some message with a lot of text before it mentions 2022-11-11T08:34:10Z'),
  ).toBeUndefined();
  expect(parseLineTime('no time here')).toBeUndefined();
});

test("Event Viewer's Date and Time column, 12-hour or dotted, has no time zone", () => {
  expect(parseLocalDateTime('11/11/2022 6:34:10 PM')).toEqual({
    text: '11/11/2022 6:34:10 PM',
    sortKey: Date.UTC(2022, 10, 11, 18, 34, 10),
    zone: 'none',
  });
  expect(parseLocalDateTime('11/11/2022 12:04:10 AM')?.sortKey).toBe(
    Date.UTC(2022, 10, 11, 0, 4, 10),
  );
  expect(parseLocalDateTime('11.11.2022 06:34:10')?.sortKey).toBe(
    Date.UTC(2022, 10, 11, 6, 34, 10),
  );
  expect(parseLocalDateTime('yesterday')).toBeUndefined();
});
