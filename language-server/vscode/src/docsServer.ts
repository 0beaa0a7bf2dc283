/**
 * Serves a generated documentation folder (docs-out/) over HTTP on the loopback interface, so it
 * can be shown in VS Code's Simple Browser (also in a remote or web VS Code, where a file: URL of
 * the remote machine means nothing to the browser). Only files below the folder are served.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.dot': 'text/plain; charset=utf-8',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file below root that a request path names, or undefined when it would leave the root
 * (`..`, an absolute path, an encoded separator) or is not a valid URL path.
 */
export function resolveInside(root: string, requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent((requestPath.split(/[?#]/)[0]) || '/');
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) {
    return undefined;
  }
  const segments = decoded.split('/').filter(segment => segment !== '' && segment !== '.');
  if (segments.some(segment => segment === '..')) {
    return undefined;
  }
  const file = path.join(root, ...segments);
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return undefined;
  }
  return file;
}

export class DocsServer {
  private server: http.Server | undefined;
  private port = 0;

  constructor(readonly root: string) {}

  /** Starts the server (once) and returns the URL of a file in the folder. */
  async urlOf(relativeFile = 'index.html'): Promise<string> {
    if (!this.server) {
      const server = http.createServer((request, response) => this.handle(request, response));
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
      this.port = (server.address() as AddressInfo).port;
      this.server = server;
    }
    return `http://127.0.0.1:${this.port}/${relativeFile.split(path.sep).map(encodeURIComponent).join('/')}`;
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let file = resolveInside(this.root, request.url ?? '/');
    if (!file) {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad path');
      return;
    }
    try {
      if (fs.statSync(file).isDirectory()) {
        file = path.join(file, 'index.html');
      }
      const body = fs.readFileSync(file);
      response.writeHead(200, { 'Content-Type': contentType(file), 'Cache-Control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  }

  dispose(): void {
    this.server?.close();
    this.server = undefined;
  }
}
