import { expect, test } from 'vitest';
import { DelimitedRecordEnds, parseDelimitedEvent, splitDelimited } from './delimited-event';

test('fields: quoted, with doubled quotes, separators and newlines inside', () => {
  expect(
    splitDelimited('Error,1/2/2022 1:00:00 AM,COM+,4689,(117),"a ""b"", c\r\nd"', ','),
  ).toEqual(['Error', '1/2/2022 1:00:00 AM', 'COM+', '4689', '(117)', 'a "b", c\r\nd']);
  expect(splitDelimited('a\tb\t\tc', '\t')).toEqual(['a', 'b', '', 'c']);
});

test('the header line is no event; an event row gives id, source, time and description', () => {
  expect(parseDelimitedEvent('Level,Date and Time,Source,Event ID,Task Category\r\n', ',')).toBe(
    undefined,
  );
  expect(
    parseDelimitedEvent(
      'Error\t11/11/2022 6:34:11 AM\tCOM+\t4689\t(117)\t"line one\r\nline two"\r\n',
      '\t',
    ),
  ).toMatchObject({ eventId: 4689, provider: 'COM+', message: 'line one\nline two' });
});

const csv =
  'Level,Date and Time,Source,Event ID,Task Category\r\n' +
  'Error,d,COM+,4689,(117),"one\r\ntwo ""quoted"" three\r\n"\r\n' +
  'Information,d,VSS,8224,None,plain "quote" in an unquoted field\r\n' +
  'Information,d,VSS,8224,None,last\r\n';

function endsIn(chunks: string[]): number[] {
  const finder = new DelimitedRecordEnds(',');
  const ends: number[] = [];
  let offset = 0;
  for (const chunk of chunks) {
    ends.push(...finder.push(chunk).map((e) => e + offset));
    offset += chunk.length;
  }
  return ends;
}

test('records end at newlines outside quotes, however the text is cut into chunks', () => {
  const whole = endsIn([csv]);
  expect(whole.map((e) => csv.slice(0, e).split('\r\n').length - 1)).toEqual([1, 4, 5, 6]);
  for (let cut = 0; cut <= csv.length; cut++) {
    expect(endsIn([csv.slice(0, cut), csv.slice(cut)])).toEqual(whole);
  }
  expect(endsIn([...csv])).toEqual(whole);
});
