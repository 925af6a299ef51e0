// Roman numerals and positional bases: parsing, formatting and validation.

class NumeralError extends Error {
  constructor(input, reason) {
    super(`cannot convert "${input}": ${reason}`);
    this.name = 'NumeralError';
    this.input = input;
  }
}

class Roman {
  static #TABLE = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  static #VALID = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
  #value;

  constructor(value) {
    if (!Number.isInteger(value) || value < 1 || value > 3999) throw new NumeralError(String(value), 'out of range 1..3999');
    this.#value = value;
  }

  static parse(text) {
    const upper = text.trim().toUpperCase();
    if (!upper || !Roman.#VALID.test(upper)) throw new NumeralError(text, 'not a canonical roman numeral');
    let total = 0;
    let rest = upper;
    for (const [value, symbol] of Roman.#TABLE) {
      while (rest.startsWith(symbol)) {
        total += value;
        rest = rest.slice(symbol.length);
      }
    }
    return new Roman(total);
  }

  get value() { return this.#value; }

  plus(other) { return new Roman(this.#value + other.value); }
  minus(other) { return new Roman(this.#value - other.value); }

  toString() {
    let n = this.#value;
    return Roman.#TABLE.reduce((out, [value, symbol]) => {
      const times = Math.floor(n / value);
      n -= times * value;
      return out + symbol.repeat(times);
    }, '');
  }
}

class Base {
  static DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

  constructor(radix, { digits = Base.DIGITS.slice(0, radix), prefix = '' } = {}) {
    if (radix < 2 || radix > digits.length) throw new RangeError(`unsupported radix ${radix}`);
    Object.assign(this, { radix, digits, prefix });
  }

  format(n, width = 0) {
    if (n < 0) return '-' + this.format(-n, width);
    let out = '';
    do {
      out = this.digits[n % this.radix] + out;
      n = Math.floor(n / this.radix);
    } while (n > 0);
    return this.prefix + out.padStart(width, this.digits[0]);
  }

  parse(text) {
    const body = text.startsWith(this.prefix) ? text.slice(this.prefix.length) : text;
    if (!body) throw new NumeralError(text, 'empty');
    return [...body].reduce((acc, ch) => {
      const d = this.digits.indexOf(ch.toUpperCase());
      if (d < 0) throw new NumeralError(text, `digit '${ch}' invalid in base ${this.radix}`);
      return acc * this.radix + d;
    }, 0);
  }
}

const bases = {
  bin: new Base(2, { prefix: '0b' }),
  oct: new Base(8, { prefix: '0o' }),
  hex: new Base(16, { prefix: '0x' }),
  b36: new Base(36),
  crockford: new Base(32, { digits: '0123456789ABCDEFGHJKMNPQRSTVWXYZ' }),
};

console.log('   n  roman           binary          hex    b36  crockford');
for (const n of [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]) {
  const r = new Roman(n).toString();
  const { bin, hex, b36, crockford } = bases;
  console.log(`${String(n).padStart(4)}  ${r.padEnd(14)} ${bin.format(n, 12).padStart(14)} ${hex.format(n, 3).padStart(6)} ${b36.format(n).padStart(5)} ${crockford.format(n).padStart(6)}`);
}

const inputs = ['MCMXCIV', 'mmxxiv', 'IIII', 'XLII', 'IC', '', 'MMMCMXCIX'];
for (const text of inputs) {
  try {
    const r = Roman.parse(text);
    console.log(`parse ${JSON.stringify(text)} = ${r.value} (round trip ${r.toString() === text.toUpperCase() ? 'ok' : 'differs'})`);
  } catch (e) {
    if (!(e instanceof NumeralError)) throw e;
    console.log(`error: ${e.message}`);
  }
}

const sums = [['XIV', 'XXVIII'], ['MM', 'MCM'], ['L', 'C']];
for (const [a, b] of sums) {
  try {
    console.log(`${a} + ${b} = ${Roman.parse(a).plus(Roman.parse(b))}; ${b} - ${a} = ${Roman.parse(b).minus(Roman.parse(a))}`);
  } catch (e) {
    console.log(`${a}/${b}: ${e.message}`);
  }
}

for (const [name, text] of [['hex', '0xFF'], ['bin', '0b101101'], ['oct', '0o777'], ['b36', 'ZZ'], ['hex', '0xG1'], ['crockford', '1HZ']]) {
  try {
    const n = bases[name].parse(text);
    console.log(`${name}:${text} -> ${n} -> ${bases.crockford.format(n)} (crockford), ${new Roman(n)}`);
  } catch (e) {
    console.log(`${name}:${text} -> ${e.name}: ${e.message}`);
  }
}
