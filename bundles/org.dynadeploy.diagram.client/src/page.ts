// The page around the diagram: the message panel (server failures stay visible until dismissed),
// the connection indicator, the diagram-type switcher and the legend. Plain DOM, no framework; the
// elements are in index.html, and everything here copes with their absence (the VS Code webview
// or an SWT Browser may host the client in a page of their own).
import { DiagramKind, DiagramTypes } from './model';

export type Severity = 'NONE' | 'INFO' | 'WARNING' | 'ERROR' | 'FATAL' | 'OK';

const INFO_TIMEOUT_MS = 6000;

/** Shows a message in the message panel; errors stay until dismissed, the rest fade out. */
export function showMessage(severity: Severity, message: string, details?: string): HTMLElement | undefined {
    const panel = document.getElementById('dd-messages');
    if (!panel || severity === 'NONE' || !message) {
        return undefined;
    }
    const level = severity.toLowerCase();
    const entry = document.createElement('div');
    entry.className = `dd-message ${level}`;
    entry.setAttribute('role', severity === 'ERROR' || severity === 'FATAL' ? 'alert' : 'status');
    const text = document.createElement('div');
    text.className = 'dd-message-text';
    text.textContent = message;
    entry.appendChild(text);
    if (details && details !== message) {
        const more = document.createElement('details');
        const summary = document.createElement('summary');
        summary.textContent = 'Details';
        const pre = document.createElement('pre');
        pre.textContent = details;
        more.append(summary, pre);
        entry.appendChild(more);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'dd-message-close';
    close.title = 'Dismiss';
    close.setAttribute('aria-label', 'Dismiss message');
    close.textContent = '×';
    close.addEventListener('click', () => entry.remove());
    entry.appendChild(close);
    // the same message again (a retried edit) replaces the older one
    for (const old of Array.from(panel.querySelectorAll<HTMLElement>('.dd-message'))) {
        if (old.querySelector('.dd-message-text')?.textContent === message) {
            old.remove();
        }
    }
    panel.appendChild(entry);
    if (severity === 'INFO' || severity === 'OK') {
        window.setTimeout(() => entry.remove(), INFO_TIMEOUT_MS);
    }
    return entry;
}

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

export function setConnectionState(state: ConnectionState, text?: string): void {
    const indicator = document.getElementById('dd-connection');
    if (!indicator) {
        return;
    }
    indicator.dataset.state = state;
    indicator.textContent = text ?? state;
    indicator.title =
        state === 'connected' ? 'Connected to the DynaDeploy diagram server' : state === 'connecting' ? 'Connecting…' : 'Not connected';
}

/** Reads the diagram kind from `?type=` (`architecture`, `deployment`, `infrastructure`, or a full diagram type). */
export function diagramKindFromUrl(search: string = window.location.search): DiagramKind {
    const type = new URLSearchParams(search).get('type') ?? '';
    for (const [kind, diagramType] of Object.entries(DiagramTypes)) {
        if (type === kind || type === diagramType) {
            return kind as DiagramKind;
        }
    }
    return 'architecture';
}

/** Marks the current kind in the switcher and makes its links keep the other URL parameters. */
export function initTypeSwitcher(current: DiagramKind): void {
    for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('[data-diagram-kind]'))) {
        const kind = link.dataset.diagramKind!;
        const params = new URLSearchParams(window.location.search);
        params.set('type', kind);
        link.href = `?${params.toString()}`;
        link.classList.toggle('active', kind === current);
        if (kind === current) {
            link.setAttribute('aria-current', 'page');
        }
    }
    document.body.dataset.diagramKind = current;
    const title = document.querySelector<HTMLElement>('[data-diagram-kind="' + current + '"]')?.textContent?.trim();
    if (title) {
        document.title = `${title} · DynaDeploy`;
    }
}

/** The legend shows the entries of the current diagram kind; it can be folded away (kept for the next page). */
export function initLegend(current: DiagramKind): void {
    const legend = document.getElementById('dd-legend');
    const toggle = document.getElementById('dd-legend-toggle');
    if (!legend || !toggle) {
        return;
    }
    for (const entry of Array.from(legend.querySelectorAll<HTMLElement>('[data-kinds]'))) {
        entry.classList.toggle('dd-relevant', (entry.dataset.kinds ?? '').split(' ').includes(current));
    }
    const key = 'dynadeploy.diagram.legend';
    const apply = (open: boolean): void => {
        legend.hidden = !open;
        toggle.setAttribute('aria-pressed', String(open));
    };
    let open = true;
    try {
        open = window.localStorage.getItem(key) !== 'closed';
    } catch {
        // storage may be unavailable (file://, sandboxed webview): keep the default
    }
    apply(open);
    toggle.addEventListener('click', () => {
        open = legend.hidden;
        apply(open);
        try {
            window.localStorage.setItem(key, open ? 'open' : 'closed');
        } catch {
            // see above
        }
    });
}

/** Script errors of the client itself are shown too, never only in the console. */
export function reportUncaughtErrors(): void {
    window.addEventListener('error', event => showMessage('ERROR', `Diagram client error: ${event.message}`));
    window.addEventListener('unhandledrejection', event => {
        const reason = event.reason instanceof Error ? event.reason.message : String(event.reason);
        showMessage('ERROR', `Diagram client error: ${reason}`);
    });
}
