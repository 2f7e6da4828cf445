import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a realistic set of the logs an engineer collects for this TSG (about 200 MB): the
 * guest agent's WaAppAgent.log, the VMSnapshot plugin logs, CommandExecution.log, and Event
 * Viewer exports of the Application, System and Security logs in XML, CSV and text, the XML and
 * text ones UTF-16LE with a BOM as Windows writes them. A few lines of each signature are planted
 * among ordinary lines. Deterministic (no randomness), so runs compare.
 */

const MB = 1024 * 1024;
const pad = (n, width = 2) => String(n).padStart(width, '0');

/** Writes `lines(i)` until the file reaches `size` bytes, in the given encoding. */
async function writeLog(path, size, encoding, line) {
  const out = createWriteStream(path);
  const bom = { 'utf-8': [], 'utf-8-bom': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe] }[encoding];
  let written = bom.length;
  if (bom.length) out.write(Buffer.from(bom));
  let i = 0;
  while (written < size) {
    let text = '';
    for (let k = 0; k < 2000; k++) text += line(i++);
    const bytes = Buffer.from(text, encoding === 'utf-16le' ? 'utf16le' : 'utf8');
    written += bytes.length;
    if (!out.write(bytes)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  return written;
}

const base = Date.UTC(2022, 10, 11, 0, 0, 0);
const iso = (i, step = 37) => {
  const t = new Date(base + i * step);
  return `${t.toISOString().slice(0, 19)}.${pad(t.getUTCMilliseconds(), 3)}${pad(i % 10000, 4)}Z`;
};
const us = (i, step = 37) => {
  const t = new Date(base + i * step);
  return `${t.getUTCMonth() + 1}/${t.getUTCDate()}/${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}.${pad(Math.floor(t.getUTCMilliseconds() / 10))}`;
};
const usAmPm = (i, step = 900) => {
  const t = new Date(base + i * step);
  const h = t.getUTCHours();
  return `${t.getUTCMonth() + 1}/${t.getUTCDate()}/${t.getUTCFullYear()} ${h % 12 || 12}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
};
/** Every `every` lines, one planted line. */
const planted = (i, every) => i % every === every - 1;

const agentMessages = [
  'Plugin Microsoft.Azure.RecoveryServices.VMSnapshot, version 1.0.77.0: enable command started.',
  'Goal state incarnation 117 received, processing extensions.',
  'HTTP GET https://168.63.129.16/machine/?comp=goalstate completed with status 200 (OK).',
  'Extension Microsoft.Compute.BGInfo 2.1 status: Ready, substatus count 0.',
  'Reporting status of all plugins. Incarnation 117, aggregate status Ready.',
  'Waiting for the next goal state. Heartbeat interval 30 seconds.',
];
const pluginMessages = [
  '[Info]: Snapshot operation started, taskId 7f1c0f2b-4a1e-4b0a-9c3e-2d9f1e8a5b6c, snapshot type CRASH_CONSISTENT.',
  '[Info]: Freezing volumes C:\\ D:\\ with VSS writer set (12 writers), timeout 60 seconds.',
  '[Verbose]: Blob https://md-xyz.blob.core.windows.net/abcd/osdisk.vhd?sv=… snapshot created.',
  '[Info]: Thawing volumes, elapsed 2.413 seconds, status Success.',
  '[Warning]: VSS writer SqlServerWriter is in state Stable with last error No error.',
  '[Info]: Uploading status file C:\\Packages\\Plugins\\Microsoft.Azure.RecoveryServices.VMSnapshot\\1.0.77.0\\Status\\0.status.',
];
const installFailed =
  '[Error]: Install provider failed {Exception = System.Runtime.InteropServices.COMException (0x80110401): Errors occurred accessing one or more objects - the ErrorInfo collection may have more detail (Exception from HRESULT: 0x80110401)';
const comPlus =
  'The run-time environment has detected an inconsistency in its internal state. Please contact Microsoft Product Support Services to report this error. Error Code = 0x8000ffff : Catastrophic failure\r\nCOM+ Services Internals Information:\r\nFile: d:\\w7rtm\\com\\complus\\src\\comsvcs\\threadpool\\stapool.cpp, Line: 1083\r\nComsvcs.dll file version: ENU 2001.12.10941.16384 shp';

const xmlEvent = (i, { provider, id, channel, message, qualifiers = 0, level = 4 }) =>
  `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='${provider}'/><EventID Qualifiers='${qualifiers}'>${id}</EventID><Version>0</Version><Level>${level}</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime='${iso(i, 900)}'/><EventRecordID>${100000 + i}</EventRecordID><Correlation/><Execution ProcessID='0' ThreadID='0'/><Channel>${channel}</Channel><Computer>vm-backup-01</Computer><Security/></System><EventData><Data>${message}</Data></EventData><RenderingInfo Culture='en-US'><Message>${message}</Message><Level>Information</Level><Task></Task><Opcode></Opcode><Channel></Channel><Provider></Provider><Keywords><Keyword>Classic</Keyword></Keywords></RenderingInfo></Event>\r\n`;

const appEvents = [
  {
    provider: 'Microsoft-Windows-Security-SPP',
    id: 16384,
    message:
      'Successfully scheduled Software Protection service for re-start at 2022-11-12T06:30:00Z. Reason: RulesEngine.',
  },
  { provider: 'VSS', id: 8224, message: 'The VSS service is shutting down due to idle timeout.' },
  {
    provider: 'MsiInstaller',
    id: 1035,
    message:
      'Windows Installer reconfigured the product. Product Name: Microsoft Visual C++ 2013 x64 Minimum Runtime - 12.0.40664. Reconfiguration success or error status: 0.',
  },
  {
    provider: 'Microsoft-Windows-RestartManager',
    id: 10001,
    message: 'Ending session 0 started 2022-11-11T06:30:00.000000000Z.',
  },
];

/** Writes the set into `dir`; returns [{ path, bytes, utf8 }]. */
export async function generateLogs(dir) {
  const plugins = join(dir, 'Plugins', 'Microsoft.Azure.RecoveryServices.VMSnapshot', '1.0.77.0');
  const events = join(dir, 'EventLogs');
  mkdirSync(plugins, { recursive: true });
  mkdirSync(events, { recursive: true });
  const files = [];
  const add = async (path, size, encoding, line) =>
    files.push({
      path,
      bytes: await writeLog(path, size, encoding, line),
      utf8: encoding !== 'utf-16le',
    });

  await add(join(dir, 'WaAppAgent.log'), 40 * MB, 'utf-8', (i) =>
    planted(i, 50_000)
      ? `[00000013] [${us(i)}] [ERROR] Extension Microsoft.Azure.RecoveryServices.VMSnapshot reported status error: ExtensionInstallationFailedCOM (see the plugin log).\r\n`
      : `[${pad(i % 64, 8)}] [${us(i)}] [INFO]  ${agentMessages[i % agentMessages.length]}\r\n`,
  );
  for (const n of [0, 1, 2]) {
    await add(join(plugins, `IaaSBcdrExtension${n}.log`), 20 * MB, 'utf-8', (i) =>
      planted(i, 40_000)
        ? `${iso(i)} ${i % 80_000 === 39_999 ? installFailed : '[Error]: IaaSVmProvider state check failed: IsProviderInstalled = True but the provider service is not registered.'}\r\n`
        : `${iso(i)} ${pluginMessages[i % pluginMessages.length]}\r\n`,
    );
  }
  await add(
    join(plugins, 'CommandExecution.log'),
    10 * MB,
    'utf-8',
    (i) =>
      `${iso(i)}\t[Info]:\tCommand ${i % 3 ? 'Enable' : 'Install'} of Microsoft.Azure.RecoveryServices.VMSnapshot 1.0.77.0 completed, exit code 0.\r\n`,
  );
  await add(join(events, 'Application.xml'), 40 * MB, 'utf-16le', (i) =>
    i === 0
      ? '<?xml version="1.0" encoding="UTF-16"?>\r\n<Events>\r\n'
      : xmlEvent(
          i,
          planted(i, 8000)
            ? {
                provider: 'COM+',
                id: 4689,
                channel: 'Application',
                message: comPlus,
                qualifiers: 49152,
                level: 2,
              }
            : { ...appEvents[i % appEvents.length], channel: 'Application' },
        ),
  );
  await add(join(events, 'Security.xml'), 10 * MB, 'utf-16le', (i) =>
    i === 0
      ? '<?xml version="1.0" encoding="UTF-16"?>\r\n<Events>\r\n'
      : xmlEvent(i, {
          provider: 'Microsoft-Windows-Security-Auditing',
          id: 4689,
          channel: 'Security',
          message: `A process has exited.\r\n\r\nProcess Information:\r\n\tProcess ID:\t0x${(i % 65536).toString(16)}\r\n\tProcess Name:\tC:\\Windows\\System32\\svchost.exe\r\n\tExit Status:\t0x0`,
        }),
  );
  await add(join(events, 'System.csv'), 20 * MB, 'utf-8-bom', (i) =>
    i === 0
      ? 'Level,Date and Time,Source,Event ID,Task Category\r\n'
      : `Information,${usAmPm(i)},Service Control Manager,7036,None,"The Windows Modules Installer service entered the ${i % 2 ? 'running' : 'stopped'} state.\r\n\r\nService: TrustedInstaller"\r\n`,
  );
  await add(join(events, 'Application.txt'), 20 * MB, 'utf-16le', (i) =>
    i === 0
      ? 'Level\tDate and Time\tSource\tEvent ID\tTask Category\r\n'
      : planted(i, 9000)
        ? `Error\t${usAmPm(i)}\tCOM+\t4689\t(117)\t"${comPlus}"\r\n`
        : `Information\t${usAmPm(i)}\t${appEvents[i % appEvents.length].provider}\t${appEvents[i % appEvents.length].id}\tNone\t"${appEvents[i % appEvents.length].message}"\r\n`,
  );
  return files;
}
