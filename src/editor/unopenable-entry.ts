/**
 * The read-only view for an article whose form Keystatic cannot open at all: then the form's
 * own status panel (fields.tsx) never renders, so this plain-DOM script shows the dev server's
 * reasons (`formOpens: false`). Saves are refused by routes/keystatic-api.ts either way.
 */
import { editorApi, openArticlePath } from './client.ts';

interface Report {
  file: string;
  generation: string;
  readOnly: string[];
  formOpens: boolean;
  problems: string[];
}

const PANEL_ID = 'redaksi-hanya-baca';

function removePanel(): void {
  document.getElementById(PANEL_ID)?.remove();
}

function list(items: string[]): HTMLUListElement {
  const ul = document.createElement('ul');
  for (const item of items) {
    const li = document.createElement('li');
    li.textContent = item;
    ul.append(li);
  }
  return ul;
}

function showPanel(report: Report): void {
  removePanel();
  const panel = document.createElement('section');
  panel.id = PANEL_ID;
  panel.dataset.redaksiStatus = 'hanya-baca';
  panel.dataset.redaksiFormulir = 'tidak-terbuka';
  panel.setAttribute('role', 'alert');
  panel.style.cssText = 'position:fixed;left:50%;bottom:16px;transform:translateX(-50%);z-index:2147483647;max-width:min(48rem,95vw);max-height:60vh;overflow:auto;background:#fff;color:#8a1c1c;border:2px solid #8a1c1c;border-radius:6px;padding:12px 16px;font:14px/1.5 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.2)';
  const heading = document.createElement('strong');
  heading.textContent = `Hanya baca: editor tidak dapat membuka ${report.file}. Sunting berkasnya di editor teks; editor tidak akan menyimpannya.`;
  panel.append(heading, list(report.readOnly));
  if (report.problems.length) {
    const problems = document.createElement('strong');
    problems.textContent = `Pemeriksaan konten: ${report.problems.length} masalah`;
    const lines = list(report.problems);
    lines.dataset.redaksiProblems = '';
    panel.append(problems, lines);
  }
  document.body.append(panel);
}

/** Asks again whenever the open article or the content tree changes (Keystatic routes without reloading the page). */
function watch(): void {
  let file: string | undefined;
  let generation = '';
  const poll = async () => {
    const open = openArticlePath();
    if (open !== file) {
      file = open;
      generation = '';
      removePanel();
    }
    if (!open) return;
    try {
      const response = await fetch(`${editorApi('periksa')}?berkas=${encodeURIComponent(open)}&generasi=${generation}`);
      const body = (await response.json()) as Report | { unchanged: true };
      if ('unchanged' in body || openArticlePath() !== open) return;
      generation = body.generation;
      if (body.formOpens) removePanel();
      else showPanel(body);
    } catch {
      // The form's own status panel reports a failing check; nothing to add here.
    }
  };
  void poll();
  setInterval(poll, 2000);
}

if (typeof window !== 'undefined' && window.location.pathname.startsWith('/keystatic')) watch();
