// Renders a small subset of Markdown into HTML-ish text and a plain-text outline.
const SOURCE = `# Release Notes
Version **2.4** ships with _faster_ sync and \`retry\` support.

## Highlights
- Offline mode for **mobile** clients
- New [status page](https://status.example.com) link
- Fixed a crash when \`config.yml\` is empty
1. Upgrade the server
2. Run \`migrate --all\`
3. Restart _all_ workers

## Known Issues
> Large uploads may time out.
> Workaround: split files.

---
### Credits
Thanks to *everyone* who filed bugs!`;

const escapeHtml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function renderInline(text) {
  const codeSpans = [];
  let out = text.replace(/`([^`]+)`/g, (_, code) => {
    codeSpans.push(code);
    return `\u0000${codeSpans.length - 1}\u0000`;
  });
  out = escapeHtml(out)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(\*|_)(.+?)\1/g, '<em>$2</em>')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (m, label, url) => `<a href="${url}">${label}</a>`);
  return out.replace(/\u0000(\d+)\u0000/g, (_, i) => `<code>${escapeHtml(codeSpans[Number(i)])}</code>`);
}

const slugify = (title) => title.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function parseBlocks(src) {
  const blocks = [];
  for (const line of src.split('\n')) {
    const last = blocks[blocks.length - 1];
    let m;
    if ((m = /^(#{1,6})\s+(.*)$/.exec(line))) {
      blocks.push({ type: 'heading', level: m[1].length, text: m[2] });
    } else if ((m = /^[-*]\s+(.*)$/.exec(line))) {
      if (last?.type === 'ul') last.items.push(m[1]);
      else blocks.push({ type: 'ul', items: [m[1]] });
    } else if ((m = /^\d+\.\s+(.*)$/.exec(line))) {
      if (last?.type === 'ol') last.items.push(m[1]);
      else blocks.push({ type: 'ol', items: [m[1]] });
    } else if (line.startsWith('>')) {
      const text = line.slice(1).trim();
      if (last?.type === 'quote') last.lines.push(text);
      else blocks.push({ type: 'quote', lines: [text] });
    } else if (/^-{3,}$/.test(line.trim())) {
      blocks.push({ type: 'rule' });
    } else if (line.trim() === '') {
      blocks.push({ type: 'blank' });
    } else if (last?.type === 'para') {
      last.lines.push(line.trim());
    } else {
      blocks.push({ type: 'para', lines: [line.trim()] });
    }
  }
  return blocks.filter(({ type }) => type !== 'blank');
}

function toHtml(blocks) {
  const out = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'heading': {
        const { level, text } = block;
        out.push(`<h${level} id="${slugify(text)}">${renderInline(text)}</h${level}>`);
        break;
      }
      case 'ul':
      case 'ol':
        out.push(`<${block.type}>`, ...block.items.map((it) => `  <li>${renderInline(it)}</li>`), `</${block.type}>`);
        break;
      case 'quote':
        out.push(`<blockquote>${block.lines.map(renderInline).join('<br>')}</blockquote>`);
        break;
      case 'rule':
        out.push('<hr>');
        break;
      default:
        out.push(`<p>${renderInline(block.lines.join(' '))}</p>`);
    }
  }
  return out;
}

const blocks = parseBlocks(SOURCE);
const html = toHtml(blocks);
html.forEach((line) => console.log(line));

console.log('--- outline ---');
const counters = [0, 0, 0, 0, 0, 0];
for (const { type, level, text } of blocks) {
  if (type !== 'heading') continue;
  counters[level - 1]++;
  counters.fill(0, level);
  const number = counters.slice(0, level).join('.');
  console.log(`${'  '.repeat(level - 1)}${number} ${text}`);
}
const stats = blocks.reduce((acc, { type }) => ({ ...acc, [type]: (acc[type] ?? 0) + 1 }), {});
console.log('--- stats ---');
console.log(JSON.stringify(stats));
const links = [...SOURCE.matchAll(/\[([^\]]+)\]\(([^)]+)\)/g)].map(([, label, url]) => ({ label, url }));
console.log(`links: ${JSON.stringify(links)}`);
console.log(`html chars: ${html.join('\n').length}, tags: ${(html.join('').match(/<[a-z0-9]+/g) || []).length}`);
