import { PERSONAS, roleLabel } from './personas.ts';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Rijkshuisstijl-like, WCAG 2.1 AA: text #1a1a1a on white (17:1), white on #154273 (10:1),
 * white on #01689b buttons (5.9:1), error red #b51a1a on white (6.5:1), a 3px dark focus ring.
 */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:"RijksoverheidSansWebText",Verdana,Arial,sans-serif;font-size:1.0625rem;line-height:1.5;color:#1a1a1a;background:#fff}
.header{background:#154273;color:#fff;padding:1rem 1.5rem}
.header p{margin:0;font-size:1.25rem;font-weight:bold}
main{max-width:44rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.75rem;margin:0 0 1rem;color:#154273}
h2{font-size:1.25rem;margin:2rem 0 .5rem;color:#154273}
label{display:block;font-weight:bold;margin:1rem 0 .25rem}
input[type=text],input[type=password]{display:block;width:100%;max-width:24rem;font:inherit;padding:.5rem;border:2px solid #535353;border-radius:0;color:#1a1a1a;background:#fff}
input[aria-invalid=true]{border-color:#b51a1a}
button{display:inline-block;margin-top:1.5rem;margin-right:.75rem;font:inherit;font-weight:bold;padding:.6rem 1.25rem;border:2px solid #01689b;background:#01689b;color:#fff;cursor:pointer;text-decoration:none}
button.secondary{background:#fff;color:#01689b}
button:hover{background:#154273;border-color:#154273;color:#fff}
:focus-visible{outline:3px solid #1a1a1a;outline-offset:3px}
a{color:#01689b}
.error-summary{border:3px solid #b51a1a;padding:1rem 1.25rem;margin:0 0 1.5rem}
.error-summary h2{margin:0 0 .5rem;color:#b51a1a;font-size:1.125rem}
.error-summary ul{margin:0;padding-left:1.25rem}
.error-summary a{color:#b51a1a;font-weight:bold}
.note{background:#f3f3f3;border-left:6px solid #154273;padding:.75rem 1rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:left;font-weight:bold;margin-bottom:.5rem}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #8c8c8c;vertical-align:top}
code{font-family:Consolas,Menlo,monospace;font-size:.95em}
`;

export function page(title: string, main: string): string {
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – Stelsel mbo (ontwikkelomgeving)</title>
<style>${STYLE}</style>
</head>
<body>
<header class="header"><p>Stelsel mbo — Inloggen (ontwikkelomgeving)</p></header>
<main id="inhoud">
${main}
</main>
</body>
</html>
`;
}

export interface LoginPageOptions {
  /** Where the form posts to. */
  action: string;
  /** Shown for the application that asks for the login. */
  clientName?: string | undefined;
  username?: string | undefined;
  error?: string | undefined;
}

function personaTable(): string {
  const rows = PERSONAS.map(
    (p) =>
      `<tr><td><code>${escapeHtml(p.id)}</code></td><td>${escapeHtml(p.name)}</td><td>${escapeHtml(roleLabel(p.role))}</td><td><code>${escapeHtml(p.organisation)}</code></td></tr>`,
  ).join('\n');
  return `<h2 id="personas">Demo-persona's</h2>
<p class="note">Alleen in de ontwikkelomgeving. Het wachtwoord is voor elke persona <code>demo</code>.</p>
<table aria-labelledby="personas">
<thead><tr><th scope="col">Gebruikersnaam</th><th scope="col">Naam</th><th scope="col">Rol</th><th scope="col">Organisatie</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

/** The development login form: server-rendered, no JavaScript. */
export function loginPage(options: LoginPageOptions): string {
  const error = options.error;
  const summary = error
    ? `<div class="error-summary" role="alert" aria-labelledby="fout-titel">
<h2 id="fout-titel">Inloggen is niet gelukt</h2>
<ul><li><a href="#username" id="fout-bericht">${escapeHtml(error)}</a></li></ul>
</div>`
    : '';
  const invalid = error ? ' aria-invalid="true" aria-describedby="fout-bericht"' : '';
  const intro = options.clientName
    ? `<p>Log in om verder te gaan naar <strong>${escapeHtml(options.clientName)}</strong>.</p>`
    : '<p>Log in om verder te gaan.</p>';
  const main = `${summary}<h1>Inloggen</h1>
${intro}
<form method="post" action="${escapeHtml(options.action)}" novalidate>
<label for="username">Gebruikersnaam</label>
<input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(options.username ?? '')}"${invalid}>
<label for="password">Wachtwoord</label>
<input type="password" id="password" name="password" autocomplete="current-password" required${invalid}>
<button type="submit">Inloggen</button>
</form>
${personaTable()}`;
  return page(error ? 'Fout: inloggen' : 'Inloggen', main);
}

/** RP-initiated logout: `form` is oidc-provider's hidden form (with its xsrf token). */
export function logoutPage(form: string): string {
  return page(
    'Uitloggen',
    `<h1>Uitloggen</h1>
<p>Wilt u uitloggen bij Stelsel mbo?</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Ja, uitloggen</button>
<button type="submit" form="op.logoutForm" class="secondary">Nee, ingelogd blijven</button>`,
  );
}

export function loggedOutPage(clientName?: string): string {
  const from = clientName ? ` bij ${escapeHtml(clientName)}` : '';
  return page('Uitgelogd', `<h1>U bent uitgelogd</h1><p>U bent uitgelogd${from}. U kunt dit venster sluiten.</p>`);
}

export function errorPage(title: string, message: string, detail?: string): string {
  return page(
    `Fout: ${title}`,
    `<div class="error-summary" role="alert" aria-labelledby="fout-titel">
<h2 id="fout-titel">${escapeHtml(title)}</h2>
<p>${escapeHtml(message)}</p>
${detail ? `<p>Technische code: <code>${escapeHtml(detail)}</code></p>` : ''}
</div>
<p>Ga terug naar de applicatie en probeer opnieuw in te loggen.</p>`,
  );
}
