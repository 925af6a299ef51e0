// Podcast feed deduplicator: merges episodes from mirrored feeds, normalizing titles, GUIDs and durations.
class FeedError extends Error {
  constructor(feed, message) {
    super(`[${feed}] ${message}`);
    this.name = 'FeedError';
    this.feed = feed;
  }
}

const normalizeTitle = (t) =>
  t.toLowerCase()
    .replace(/^(?:ep(?:isode)?\.?\s*#?\d+\s*[:\-–]\s*)/i, '')
    .replace(/\s*\((?:re-?upload|remastered|explicit)\)\s*/gi, ' ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]+/g, '')
    .replaceAll(/\s+/g, ' ')
    .trim();

const parseDuration = (d) => {
  if (typeof d === 'number') return d;
  const parts = String(d).split(':').map(Number);
  if (parts.some(Number.isNaN) || parts.length > 3) return null;
  return parts.reduce((acc, p) => acc * 60 + p, 0);
};

const fmtDuration = (secs) => {
  const h = Math.floor(secs / 3600);
  const rest = [Math.floor((secs % 3600) / 60), secs % 60].map((n) => String(n).padStart(2, '0')).join(':');
  return h ? `${h}:${rest}` : rest;
};

function fingerprint(title, durationSec) {
  let h = 5381;
  for (const ch of normalizeTitle(title)) h = ((h << 5) + h + ch.charCodeAt(0)) | 0;
  // bucket durations to 2-minute windows so trimmed re-uploads still collide
  return `${(h >>> 0).toString(36)}-${Math.round(durationSec / 120)}`;
}

class Episode {
  constructor({ guid, title, pubDate, duration, enclosure = {} }, source) {
    this.guid = guid?.trim() || null;
    this.title = title.trim();
    this.pubDate = pubDate;
    this.durationSec = parseDuration(duration);
    this.bytes = enclosure.length ?? 0;
    this.source = source;
  }
  get key() { return fingerprint(this.title, this.durationSec ?? 0); }
}

class FeedMerger {
  #byGuid = new Map();
  #byPrint = new Map();
  #stats = { seen: 0, dupGuid: 0, dupPrint: 0, invalid: 0 };
  static #preferred = ['official', 'mirror-a', 'mirror-b'];
  static rank(source) {
    const i = FeedMerger.#preferred.indexOf(source);
    return i === -1 ? FeedMerger.#preferred.length : i;
  }
  ingest(feedName, json) {
    let items;
    try {
      ({ channel: { items = [] } = {} } = JSON.parse(json));
    } catch (e) {
      throw new FeedError(feedName, `invalid JSON (${e.constructor.name})`);
    }
    for (const raw of items) {
      this.#stats.seen++;
      const ep = new Episode(raw, feedName);
      if (ep.durationSec === null) { this.#stats.invalid++; continue; }
      const existing = (ep.guid && this.#byGuid.get(ep.guid)) || this.#byPrint.get(ep.key);
      if (existing) {
        existing.guid === ep.guid ? this.#stats.dupGuid++ : this.#stats.dupPrint++;
        if (FeedMerger.rank(ep.source) < FeedMerger.rank(existing.source)) this.#replace(existing, ep);
        continue;
      }
      this.#store(ep);
    }
    return this;
  }
  #store(ep) {
    if (ep.guid) this.#byGuid.set(ep.guid, ep);
    this.#byPrint.set(ep.key, ep);
  }
  #replace(oldEp, newEp) {
    if (oldEp.guid) this.#byGuid.delete(oldEp.guid);
    this.#byPrint.delete(oldEp.key);
    newEp.guid ??= oldEp.guid;
    newEp.bytes ||= oldEp.bytes;
    this.#store(newEp);
  }
  get stats() { return { ...this.#stats, unique: this.#byPrint.size }; }
  episodes() { return [...this.#byPrint.values()].sort((a, b) => a.pubDate.localeCompare(b.pubDate)); }
}

const feeds = {
  'mirror-b': { channel: { items: [
    { guid: 'ep-101', title: 'Ep 101: The Deep Sea Cables', pubDate: '2024-03-01', duration: '48:10' },
    { title: 'Episode #102 - Why Bridges Sway', pubDate: '2024-03-08', duration: '52:31', enclosure: { length: 50_400_000 } },
    { guid: 'bonus-7', title: 'Bonus: Listener Mailbag (Explicit)', pubDate: '2024-03-10', duration: 1260 },
  ] } },
  official: { channel: { items: [
    { guid: 'ep-101', title: 'The Deep Sea Cables', pubDate: '2024-03-01', duration: '0:48:10', enclosure: { length: 46_200_000 } },
    { guid: 'ep-102', title: 'Why Bridges Sway (re-upload)', pubDate: '2024-03-08', duration: '51:58' },
    { guid: 'ep-103', title: 'Clocks, Tides & Time', pubDate: '2024-03-15', duration: '1:02:05' },
    { guid: 'ep-104', title: 'Broken Episode', pubDate: '2024-03-22', duration: 'n/a' },
  ] } },
  'mirror-a': { channel: { items: [
    { guid: '  ', title: 'EP. 103 – Clocks, Tides and Time?', pubDate: '2024-03-15', duration: '1:01:40' },
    { guid: 'ep-105', title: 'The Hidden Life of Lichens', pubDate: '2024-03-29', duration: '39:00' },
  ] } },
};

const merger = new FeedMerger();
for (const [name, data] of Object.entries(feeds)) {
  merger.ingest(name, JSON.stringify(data));
  console.log(`after ${name.padEnd(8)}: ${JSON.stringify(merger.stats)}`);
}
try {
  merger.ingest('mirror-c', '{"channel": {items: []}}');
} catch (e) {
  console.log(`${e.name}: ${e.message} (feed=${e.feed})`);
}
merger.ingest('empty', '{}');
console.log('--- Merged episode list ---');
for (const ep of merger.episodes()) {
  const mb = ep.bytes ? `${(ep.bytes / 1_048_576).toFixed(1)}MB` : '?MB';
  console.log(`${ep.pubDate} ${fmtDuration(ep.durationSec).padStart(7)} ${(ep.guid ?? '-').padEnd(8)} ${ep.source.padEnd(8)} ${mb.padStart(6)} ${ep.title}`);
}
const total = merger.episodes().reduce((s, e) => s + e.durationSec, 0);
console.log(`Total listening time: ${fmtDuration(total)} (${total}s)`);
console.log(`Normalized: "${normalizeTitle('Ep. 12 – Hello,   World! (Remastered)')}"`);
console.log(`Durations: ${['1:00:00', '90', '5:07', 'x:1', '1:2:3:4'].map((d) => String(parseDuration(d))).join(', ')}`);
console.log(`Fingerprints equal: ${fingerprint('Why Bridges Sway', 3151) === fingerprint('Episode 9: why bridges sway!', 3118)}`);
console.log(`Source ranks: ${['official', 'mirror-b', 'pirate'].map(FeedMerger.rank).join(',')}`);
for (const t of ['EPISODE 7 - Fast & Slow', 'Ep.8: Q&A (explicit)', '  Plain Title  ']) console.log(`  "${t}" -> "${normalizeTitle(t)}"`);
console.log(`Formats: ${[0, 59, 3600, 86399].map(fmtDuration).join(' | ')}`);
console.log(`Keys: ${merger.episodes().map((e) => e.key).join(' ')}`);
const bySource = merger.episodes().reduce((m, { source }) => m.set(source, (m.get(source) ?? 0) + 1), new Map());
console.log(`By source: ${[...bySource].map(([s, n]) => `${s}=${n}`).join(', ')} (${bySource.size} sources)`);
