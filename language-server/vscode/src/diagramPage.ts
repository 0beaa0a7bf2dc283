/**
 * The diagram kinds, the language server's answer to `dynadeploy.diagram.start`, and the HTML of
 * the diagram webview. Free of the VS Code API, so the unit tests can load it.
 */

import { randomBytes } from 'node:crypto';

export const DIAGRAM_KINDS = ['architecture', 'deployment', 'infrastructure'] as const;
export type DiagramKind = (typeof DIAGRAM_KINDS)[number];

/** The GLSP diagram types the server knows. */
export const DIAGRAM_TYPES: Record<DiagramKind, string> = {
  architecture: 'dynadeploy-architecture',
  deployment: 'dynadeploy-deployment',
  infrastructure: 'dynadeploy-infrastructure',
};

export const DIAGRAM_TITLES: Record<DiagramKind, string> = {
  architecture: 'Architecture',
  deployment: 'Deployment',
  infrastructure: 'Infrastructure',
};

export const DIAGRAM_DESCRIPTIONS: Record<DiagramKind, string> = {
  architecture: 'services in their groups, dependsOn and connectsTo',
  deployment: 'the targets and the services the distribution places on them',
  infrastructure: 'the targets, their containers and key properties',
};

/** The language server's command that starts the diagram server of a model folder. */
export const START_DIAGRAMS_COMMAND = 'dynadeploy.diagram.start';

/** The answer to `dynadeploy.diagram.start`. */
export interface DiagramStartResult {
  ok: boolean;
  message: string;
  folder?: string;
  port?: number;
  url?: string;
  websocket?: string;
  diagramTypes?: string[];
}

export function isDiagramStartResult(value: unknown): value is DiagramStartResult {
  return typeof value === 'object' && value !== null
    && typeof (value as DiagramStartResult).ok === 'boolean'
    && typeof (value as DiagramStartResult).message === 'string';
}

export function isDiagramKind(value: unknown): value is DiagramKind {
  return typeof value === 'string' && (DIAGRAM_KINDS as readonly string[]).includes(value);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface DiagramPageOptions {
  kind: DiagramKind;
  /** The model folder, as shown in the header. */
  folderLabel: string;
  scriptUri: string;
  styleUri: string;
  /** The webview's `cspSource`. */
  cspSource: string;
  nonce: string;
  /** The legend's markup (`<aside id="dd-legend">…</aside>` of the standalone page), trusted. */
  legendHtml?: string;
}

/**
 * The webview's page: the standalone page's header (diagram kinds, undo/redo, fit, legend,
 * connection state), the host of the diagram, the legend and the message panel, with a content
 * security policy that only lets in the extension's own script (by nonce) and styles and fonts.
 */
export function diagramPageHtml(options: DiagramPageOptions): string {
  const { kind, folderLabel, scriptUri, styleUri, cspSource, nonce } = options;
  const csp = [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    // sprotty positions and sizes elements with inline styles
    `style-src ${cspSource} 'unsafe-inline'`,
    `font-src ${cspSource} data:`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const kinds = DIAGRAM_KINDS.map(other => `<a data-diagram-kind="${other}" href="#"${other === kind ? ' class="active" aria-current="page"' : ''}`
    + ` title="${escapeHtml(DIAGRAM_DESCRIPTIONS[other])}">${DIAGRAM_TITLES[other]}</a>`).join('\n                ');
  return `<!doctype html>
<html lang="en">
    <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${csp}" />
        <meta name="viewport" content="width=device-width, initial-scale=1.0" />
        <title>${DIAGRAM_TITLES[kind]} diagram · DynaDeploy</title>
        <link rel="stylesheet" href="${escapeHtml(styleUri)}" />
    </head>
    <body data-diagram-kind="${kind}">
        <header class="dd-header">
            <nav class="dd-types" aria-label="Diagram">
                ${kinds}
            </nav>
            <span class="dd-folder" title="${escapeHtml(folderLabel)}">${escapeHtml(folderLabel)}</span>
            <div class="dd-actions" role="toolbar" aria-label="View">
                <button type="button" id="dd-undo" title="Undo the last diagram edit (Ctrl+Z)" aria-label="Undo">↶</button>
                <button type="button" id="dd-redo" title="Redo (Ctrl+Shift+Z)" aria-label="Redo">↷</button>
                <span class="dd-separator"></span>
                <button type="button" id="dd-fit" title="Fit the diagram to the window" aria-label="Fit">Fit</button>
                <span class="dd-separator"></span>
                <button type="button" id="dd-legend-toggle" title="Show or hide the legend" aria-pressed="true">Legend</button>
            </div>
            <span id="dd-connection" data-state="connecting">connecting…</span>
        </header>
        <main id="dd-diagram-host">
            ${options.legendHtml ?? ''}
            <div id="dd-messages" aria-live="polite"></div>
        </main>
        <script nonce="${nonce}" src="${escapeHtml(scriptUri)}"></script>
    </body>
</html>
`;
}

/** A random nonce for the page's script. */
export function makeNonce(): string {
  return randomBytes(18).toString('base64url');
}

/** The legend of the standalone page (`<aside id="dd-legend">…</aside>`), or undefined. */
export function extractLegend(standalonePage: string): string | undefined {
  const start = standalonePage.indexOf('<aside id="dd-legend"');
  const end = standalonePage.indexOf('</aside>', start);
  return start >= 0 && end > start ? standalonePage.slice(start, end + '</aside>'.length) : undefined;
}
