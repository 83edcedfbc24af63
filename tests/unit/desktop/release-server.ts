import { createHash, randomBytes } from 'node:crypto';
import {
  createServer,
  request as httpRequest,
  type ClientRequest,
  type IncomingMessage,
  type RequestOptions,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configureRequestOptions, configureRequestUrl, HttpExecutor, type DownloadOptions } from 'builder-util-runtime';
import { NsisUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';

export const OWNER = 'zbl';
export const REPO = 'desktop';

export interface Release {
  version: string;
  notes: string;
  /** The installer's bytes; sha512 and size go into latest.yml as electron-builder writes them. */
  installer: Buffer;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * GitHub's releases as electron-updater's release provider reads them (the GitHub Enterprise form,
 * on 127.0.0.1): the Atom feed with each release's notes as HTML, the latest release's tag, and
 * the release's assets (latest.yml, the installer). Records every request.
 */
export async function startReleaseServer(releases: Release[]) {
  const requests: string[] = [];
  const latest = releases[0]!;
  const installerName = (r: Release) => `ZeroBadLeads-Setup-${r.version}.exe`;
  const sha512 = (bytes: Buffer) => createHash('sha512').update(bytes).digest('base64');
  let installerFailures = 0;

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(path);
    if (path === `/${OWNER}/${REPO}/releases.atom`) {
      const entries = releases
        .map(
          (r) => `<entry>
  <id>tag:github.com,2008:Repository/1/v${r.version}</id>
  <updated>2026-11-20T10:00:00Z</updated>
  <link rel="alternate" type="text/html" href="https://github.com/${OWNER}/${REPO}/releases/tag/v${r.version}"/>
  <title>${r.version}</title>
  <content type="html">${escapeXml(r.notes)}</content>
</entry>`,
        )
        .join('\n');
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      res.end(
        `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entries}\n</feed>`,
      );
      return;
    }
    if (path === `/api/v3/repos/${OWNER}/${REPO}/releases/latest`) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ tag_name: `v${latest.version}` }));
      return;
    }
    const asset = new RegExp(`^/${OWNER}/${REPO}/releases/download/v([^/]+)/(.+)$`).exec(path);
    const release = asset ? releases.find((r) => r.version === asset[1]) : undefined;
    if (asset && release && asset[2] === 'latest.yml') {
      const name = installerName(release);
      const hash = sha512(release.installer);
      res.writeHead(200, { 'content-type': 'text/yaml' });
      res.end(
        [
          `version: ${release.version}`,
          'files:',
          `  - url: ${name}`,
          `    sha512: ${hash}`,
          `    size: ${release.installer.length}`,
          `path: ${name}`,
          `sha512: ${hash}`,
          `releaseDate: '2026-11-20T10:00:00.000Z'`,
          '',
        ].join('\n'),
      );
      return;
    }
    if (asset && release && asset[2] === installerName(release)) {
      if (installerFailures > 0) {
        installerFailures--;
        res.writeHead(503).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': release.installer.length });
      res.end(release.installer);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    requests,
    /** The next `n` downloads of the installer answer 503. */
    failInstaller(n: number): void {
      installerFailures = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type ReleaseServer = Awaited<ReturnType<typeof startReleaseServer>>;

export function release(version: string, notes: string, size = 256 * 1024): Release {
  return { version, notes, installer: randomBytes(size) };
}

/** electron-updater's HTTP under plain Node (Electron's `net` is what the packaged app uses). */
class NodeHttpExecutor extends HttpExecutor<ClientRequest> {
  createRequest(options: RequestOptions, callback: (response: IncomingMessage) => void): ClientRequest {
    return httpRequest(options, callback);
  }

  /** As electron-updater's own executor downloads, over Node's http. */
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise<string>((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(
        requestOptions,
        {
          destination,
          options,
          onCancel,
          callback: (error: Error | null) => (error == null ? resolve(destination) : reject(error)),
          responseHandler: null,
        },
        0,
      );
    });
  }
}

/**
 * The real NSIS updater of electron-updater, reading app-update.yml as electron-builder writes it
 * for the GitHub provider, against the fake server. Only running the installer is left out: the
 * test records the call instead.
 */
export function testUpdater(o: { dir: string; server: ReleaseServer; version: string }) {
  mkdirSync(o.dir, { recursive: true });
  const configPath = join(o.dir, 'app-update.yml');
  writeFileSync(
    configPath,
    [
      'provider: github',
      `owner: ${OWNER}`,
      `repo: ${REPO}`,
      `host: ${o.server.host}`,
      'protocol: http',
      'updaterCacheDirName: zero-bad-leads-updater',
      '',
    ].join('\n'),
  );
  const quits: number[] = [];
  const adapter: AppAdapter = {
    version: o.version,
    name: 'Zero Bad Leads',
    isPackaged: true,
    appUpdateConfigPath: configPath,
    userDataPath: o.dir,
    baseCachePath: join(o.dir, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => quits.push(Date.now()),
    onQuit: () => undefined,
  };
  class RecordingUpdater extends NsisUpdater {
    readonly installs: Array<{ silent: boolean; runAfter: boolean }> = [];
    override quitAndInstall(isSilent = false, isForceRunAfter = false): void {
      this.installs.push({ silent: isSilent, runAfter: isForceRunAfter });
    }
  }
  const updater = new RecordingUpdater(null, adapter);
  Object.defineProperty(updater, 'httpExecutor', { value: new NodeHttpExecutor() });
  // latest.yml, not latest-linux.yml: the Windows updater on this machine.
  Reflect.set(updater, '_testOnlyOptions', { platform: 'win32' });
  updater.disableDifferentialDownload = true;
  return updater;
}
