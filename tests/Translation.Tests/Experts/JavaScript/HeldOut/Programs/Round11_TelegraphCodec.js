'use strict';

class CodecError extends Error {
  constructor(codec, message, position = -1) {
    super(`[${codec}] ${message}${position >= 0 ? ` at ${position}` : ''}`);
    this.name = 'CodecError';
    this.position = position;
  }
}

class Codec {
  static registry = new Map();
  static register(codec) { Codec.registry.set(codec.name, codec); return codec; }
  constructor(name) { this.name = name; }
  encode() { throw new Error('abstract'); }
  decode() { throw new Error('abstract'); }
  roundTrip(text) { return this.decode(this.encode(text)); }
}

class MorseCodec extends Codec {
  static #TABLE = Object.freeze({
    A: '.-', B: '-...', C: '-.-.', D: '-..', E: '.', F: '..-.', G: '--.', H: '....', I: '..', J: '.---',
    K: '-.-', L: '.-..', M: '--', N: '-.', O: '---', P: '.--.', Q: '--.-', R: '.-.', S: '...', T: '-',
    U: '..-', V: '...-', W: '.--', X: '-..-', Y: '-.--', Z: '--..', 0: '-----', 1: '.----', 2: '..---',
    3: '...--', 4: '....-', 5: '.....', 6: '-....', 7: '--...', 8: '---..', 9: '----.', '.': '.-.-.-',
    ',': '--..--', '?': '..--..', '/': '-..-.', '=': '-...-',
  });
  static #REVERSE = new Map(Object.entries(MorseCodec.#TABLE).map(([k, v]) => [v, k]));
  constructor() { super('morse'); }
  encode(text) {
    return text.toUpperCase().trim().split(/\s+/).map(word => [...word].map((ch, i) => {
      const code = MorseCodec.#TABLE[ch];
      if (!code) throw new CodecError(this.name, `no code for '${ch}'`, i);
      return code;
    }).join(' ')).join(' / ');
  }
  decode(signal) {
    return signal.split(' / ').map(word => word.split(' ').map(sym => MorseCodec.#REVERSE.get(sym) ?? '#').join('')).join(' ');
  }
  // dot=1 unit, dash=3, intra-char gap 1, letter gap 3, word gap 7
  static durationUnits(signal) {
    let units = 0;
    for (const word of signal.split(' / ')) {
      for (const letter of word.split(' ')) {
        units += [...letter].reduce((s, c) => s + (c === '.' ? 1 : 3), 0) + (letter.length - 1);
        units += 3;
      }
      units += 4;
    }
    return units - 7;
  }
}

class BaudotCodec extends Codec {
  static LTRS = 0b11111;
  static FIGS = 0b11011;
  static #letters = '\0E\nA SIU\rDRJNFCKTZLWHYPQOBG\x1bMXV\x1f';
  static #figures = "\x003\n- '87\r\x054,!:(5+)2$6019?&\x1b./;\x1f";
  constructor() { super('baudot'); }
  encode(text) {
    const codes = [];
    let mode = 'ltrs';
    for (const [i, ch] of [...text.toUpperCase()].entries()) {
      const l = BaudotCodec.#letters.indexOf(ch);
      const f = BaudotCodec.#figures.indexOf(ch);
      if (l < 0 && f < 0) throw new CodecError(this.name, `unsupported '${ch}'`, i);
      if (l >= 0 && (mode === 'ltrs' || f < 0)) {
        if (mode !== 'ltrs') { codes.push(BaudotCodec.LTRS); mode = 'ltrs'; }
        codes.push(l);
      } else if (l >= 0 && l === f) codes.push(l); // space, CR, LF exist in both
      else {
        if (mode !== 'figs') { codes.push(BaudotCodec.FIGS); mode = 'figs'; }
        codes.push(f);
      }
    }
    return codes;
  }
  decode(codes) {
    let table = BaudotCodec.#letters;
    return codes.map(c => {
      switch (c) {
        case BaudotCodec.LTRS: table = BaudotCodec.#letters; return '';
        case BaudotCodec.FIGS: table = BaudotCodec.#figures; return '';
        default: return table[c];
      }
    }).join('');
  }
  static pack(codes) {
    const bytes = [];
    let acc = 0, bits = 0;
    for (const c of codes) {
      acc = (acc << 5) | (c & 0x1f); bits += 5;
      while (bits >= 8) { bits -= 8; bytes.push((acc >> bits) & 0xff); }
      acc &= (1 << bits) - 1;
    }
    if (bits > 0) bytes.push((acc << (8 - bits)) & 0xff);
    return bytes;
  }
}

const morse = Codec.register(new MorseCodec());
const baudot = Codec.register(new BaudotCodec());

const messages = ['SOS', 'Hello World', 'CQ CQ DE K1ABC', 'Meet at 10.30, pier 4?'];
for (const msg of messages) {
  const sig = morse.encode(msg);
  console.log(`morse  ${msg.padEnd(24)} ${sig}`);
  console.log(`       units=${MorseCodec.durationUnits(sig)} back="${morse.decode(sig)}"`);
}

for (const msg of ['RYRY', 'FLIGHT 370 AT 12:45', "IT'S 3 O'CLOCK"]) {
  const codes = baudot.encode(msg);
  const bin = codes.map(c => c.toString(2).padStart(5, '0')).join(' ');
  const packed = BaudotCodec.pack(codes).map(b => b.toString(16).padStart(2, '0')).join('');
  const shifts = codes.filter(c => c === BaudotCodec.LTRS || c === BaudotCodec.FIGS).length;
  console.log(`baudot ${msg} -> ${codes.length} codes, ${shifts} shifts`);
  console.log(`       ${bin.length > 60 ? bin.slice(0, 59) + '…' : bin}`);
  console.log(`       packed=${packed} back="${baudot.roundTrip(msg)}"`);
}

console.log('decode garbage:', morse.decode('... --- ...... / .-'));
console.log('registry:', [...Codec.registry.keys()].join(', '), 'bits for 8 chars:', BaudotCodec.pack(new Array(8).fill(31)).length * 8);
for (const [name, input] of [['morse', 'naïve'], ['baudot', 'a*b'], ['morse', 'ok@']]) {
  try {
    Codec.registry.get(name).encode(input);
    console.log('encoded?');
  } catch (e) {
    console.log(`${e.name}: ${e.message} (pos ${e.position})`);
  } finally {
    console.log(`  checked ${name}:${JSON.stringify(input)}`);
  }
}
