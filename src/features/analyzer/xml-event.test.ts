import { expect, test } from 'vitest';
import { parseXmlEvent, unescapeXml, xmlEventStart } from './xml-event';

const event =
  "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='COM+'/>" +
  "<EventID Qualifiers='49152'>4689</EventID><TimeCreated SystemTime='2022-11-11T06:34:11.4810000Z'/>" +
  '<EventRecordID>58231</EventRecordID><Channel>Application</Channel></System>' +
  '<EventData><Data>The run-time environment &amp; more</Data><Data>second</Data></EventData></Event>';

test('an Event element gives its id, source, log, time and data', () => {
  expect(parseXmlEvent(event)).toMatchObject({
    eventId: 4689,
    provider: 'COM+',
    logName: 'Application',
    time: { text: '2022-11-11T06:34:11.4810000Z', zone: 'utc' },
    message: 'The run-time environment & more\nsecond',
  });
});

test('with RenderingInfo, the message is what is shown; the data is matched too', () => {
  const rendered = event.replace(
    '</Event>',
    '<RenderingInfo Culture="en-US"><Message>Shown &lt;text&gt;</Message><Channel>Application</Channel></RenderingInfo></Event>',
  );
  const record = parseXmlEvent(rendered);
  expect(record.message).toBe('Shown <text>');
  expect(record.text).toContain('second');
});

test('the start of the Event element is found from inside it, skipping EventID and EventData', () => {
  const text = `<Events>\r\n${event}\r\n${event}`;
  const second = text.lastIndexOf('<Event ');
  expect(xmlEventStart(text, text.lastIndexOf('4689'))).toBe(second);
  expect(xmlEventStart(text, text.indexOf('<EventData>') + 3)).toBe(text.indexOf('<Event '));
  expect(xmlEventStart('<Events><EventID>', 12)).toBe(-1);
});

test('entities are unescaped', () => {
  expect(unescapeXml('a &lt;b&gt; &#x41;&#66; &quot;&apos;')).toBe('a <b> AB "\'');
});
