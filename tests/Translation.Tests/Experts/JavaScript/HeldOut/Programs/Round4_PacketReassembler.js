// Reassemble out-of-order packets into messages, with checksums and gap reports.

class PacketError extends Error {
  constructor(kind, packet, detail = '') {
    super(`${kind} stream=${packet.stream} seq=${packet.seq}${detail ? ': ' + detail : ''}`);
    this.name = 'PacketError';
    this.kind = kind;
  }
}

const FLAG_FIRST = 0b01;
const FLAG_LAST = 0b10;

const checksum = (text) => [...text].reduce((sum, ch, i) => (sum * 31 + ch.charCodeAt(0) + i) % 65521, 7);

function encode(stream, message, size, startSeq = 0) {
  const chunks = message.match(new RegExp(`.{1,${size}}`, 'gs')) ?? [''];
  return chunks.map((payload, i) => ({
    stream,
    seq: startSeq + i,
    flags: (i === 0 ? FLAG_FIRST : 0) | (i === chunks.length - 1 ? FLAG_LAST : 0),
    payload,
    sum: checksum(payload),
  }));
}

class Stream {
  #parts = new Map();
  first = null;
  last = null;
  duplicates = 0;

  constructor(id) { this.id = id; }

  add(packet) {
    if (this.#parts.has(packet.seq)) {
      this.duplicates++;
      if (this.#parts.get(packet.seq) !== packet.payload) throw new PacketError('conflict', packet, 'payload differs from earlier copy');
      return false;
    }
    if (packet.flags & FLAG_FIRST) this.first = packet.seq;
    if (packet.flags & FLAG_LAST) this.last = packet.seq;
    this.#parts.set(packet.seq, packet.payload);
    return true;
  }

  *missing() {
    const lo = this.first ?? Math.min(...this.#parts.keys());
    const hi = this.last ?? Math.max(...this.#parts.keys());
    for (let s = lo; s <= hi; s++) if (!this.#parts.has(s)) yield s;
  }

  get complete() {
    return this.first !== null && this.last !== null && this.missing().next().done;
  }

  assemble() {
    if (!this.complete) return null;
    return [...this.#parts.entries()].sort(([a], [b]) => a - b).map(([, p]) => p).join('');
  }

  get received() { return this.#parts.size; }
}

class Reassembler {
  streams = new Map();
  errors = [];

  receive(packet) {
    try {
      if (checksum(packet.payload) !== packet.sum) throw new PacketError('corrupt', packet, `checksum ${packet.sum} != ${checksum(packet.payload)}`);
      if (!this.streams.has(packet.stream)) this.streams.set(packet.stream, new Stream(packet.stream));
      return this.streams.get(packet.stream).add(packet);
    } catch (err) {
      if (!(err instanceof PacketError)) throw err;
      this.errors.push(err);
      return false;
    }
  }

  report() {
    return [...this.streams.values()]
      .sort((a, b) => a.id - b.id)
      .map((s) => ({ id: s.id, received: s.received, dupes: s.duplicates, gaps: [...s.missing()], text: s.assemble() }));
  }
}

// Deterministic "network": interleave streams, shuffle with an LCG, drop and damage a few packets.
let seed = 20240611;
const nextRand = () => (seed = (seed * 48271) % 2147483647);
const wire = [
  ...encode(1, 'The quick brown fox jumps over the lazy dog.', 6),
  ...encode(2, 'Packets may arrive late, twice, or never.', 5, 100),
  ...encode(3, 'Short one', 20, 7),
  ...encode(4, 'Checksums catch flipped bits in transit!', 8),
];
for (let i = wire.length - 1; i > 0; i--) {
  const j = nextRand() % (i + 1);
  [wire[i], wire[j]] = [wire[j], wire[i]];
}
const dropped = wire.filter((p) => p.stream === 2 && p.seq === 103);
const traffic = wire.filter((p) => !dropped.includes(p));
traffic.push({ ...traffic.find((p) => p.stream === 1 && p.seq === 2) });
traffic.push({ ...traffic.find((p) => p.stream === 4 && p.seq === 1), payload: 'in trXns' });
const damaged = traffic.find((p) => p.stream === 4 && p.seq === 3);
traffic.splice(traffic.indexOf(damaged), 1, { ...damaged, payload: damaged.payload.replace('t', 'T') });
traffic.push({ ...traffic.find((p) => p.stream === 1 && p.seq === 5), payload: 'lazy!!', sum: checksum('lazy!!') });

const ra = new Reassembler();
const accepted = traffic.map((p) => ra.receive(p)).filter(Boolean).length;
console.log(`Packets on wire: ${traffic.length}, accepted: ${accepted}, errors: ${ra.errors.length}`);
console.log('Arrival order: ' + traffic.slice(0, 12).map(({ stream, seq }) => `${stream}:${seq}`).join(' ') + ' ...');
for (const { id, received, dupes, gaps, text } of ra.report()) {
  console.log(`Stream ${id}: ${received} parts, ${dupes} duplicate(s), gaps [${gaps.join(', ')}]`);
  console.log(text === null ? '  (incomplete)' : `  "${text}"`);
}
const kinds = ra.errors.reduce((acc, e) => acc.set(e.kind, (acc.get(e.kind) ?? 0) + 1), new Map());
console.log('Error kinds: ' + [...kinds].map(([k, n]) => `${k}=${n}`).join(', '));
ra.errors.forEach((e) => console.log(`  ${e.message}`));
ra.receive(dropped[0]);
const retry = ra.report().find((s) => s.id === 2);
console.log(`After retransmit of 2:103 -> gaps [${retry.gaps.join(', ')}], text: "${retry.text}"`);
