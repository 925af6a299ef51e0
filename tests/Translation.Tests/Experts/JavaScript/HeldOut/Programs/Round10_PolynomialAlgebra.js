'use strict';

const gcd = (a, b) => { a = Math.abs(a); b = Math.abs(b); while (b) [a, b] = [b, a % b]; return a; };

class Fraction {
  constructor(num, den = 1) {
    if (den === 0) throw new RangeError('zero denominator');
    const sign = den < 0 ? -1 : 1;
    const g = gcd(num, den) || 1;
    this.num = sign * num / g;
    this.den = sign * den / g;
  }
  add(o) { return new Fraction(this.num * o.den + o.num * this.den, this.den * o.den); }
  sub(o) { return this.add(o.neg()); }
  mul(o) { return new Fraction(this.num * o.num, this.den * o.den); }
  div(o) { return new Fraction(this.num * o.den, this.den * o.num); }
  neg() { return new Fraction(-this.num, this.den); }
  isZero() { return this.num === 0; }
  toString() { return this.den === 1 ? `${this.num}` : `${this.num}/${this.den}`; }
}

const F = (n, d = 1) => new Fraction(n, d);

class Polynomial {
  #coeffs;
  constructor(coeffs) {
    const c = coeffs.map(x => (x instanceof Fraction ? x : F(x)));
    while (c.length > 1 && c.at(-1).isZero()) c.pop();
    this.#coeffs = c.length ? c : [F(0)];
  }
  static fromRoots(...roots) {
    return roots.reduce((p, r) => p.mul(new Polynomial([-r, 1])), new Polynomial([1]));
  }
  get degree() { return this.#coeffs.length === 1 && this.#coeffs[0].isZero() ? -Infinity : this.#coeffs.length - 1; }
  get leading() { return this.#coeffs.at(-1); }
  coeff(i) { return this.#coeffs[i] ?? F(0); }

  add(o) {
    const n = Math.max(this.#coeffs.length, o.#coeffs.length);
    return new Polynomial(Array.from({ length: n }, (_, i) => this.coeff(i).add(o.coeff(i))));
  }
  sub(o) { return this.add(o.scale(F(-1))); }
  scale(f) { return new Polynomial(this.#coeffs.map(c => c.mul(f))); }
  mul(o) {
    const out = Array.from({ length: this.#coeffs.length + o.#coeffs.length - 1 }, () => F(0));
    this.#coeffs.forEach((a, i) => o.#coeffs.forEach((b, j) => { out[i + j] = out[i + j].add(a.mul(b)); }));
    return new Polynomial(out);
  }
  divmod(divisor) {
    if (divisor.degree === -Infinity) throw new RangeError('division by zero polynomial');
    let rem = this;
    const q = [];
    while (rem.degree >= divisor.degree) {
      const shift = rem.degree - divisor.degree;
      const factor = rem.leading.div(divisor.leading);
      q[shift] = factor;
      const term = new Polynomial([...Array(shift).fill(0), factor]);
      rem = rem.sub(divisor.mul(term));
    }
    return { quotient: new Polynomial(Array.from({ length: q.length }, (_, i) => q[i] ?? F(0))), remainder: rem };
  }
  derivative() {
    return new Polynomial(this.#coeffs.slice(1).map((c, i) => c.mul(F(i + 1))));
  }
  evaluate(x) {
    return this.#coeffs.reduceRight((acc, c) => acc.mul(x).add(c), F(0));
  }
  static gcd(a, b) {
    while (b.degree !== -Infinity) [a, b] = [b, a.divmod(b).remainder];
    return a.scale(F(1).div(a.leading));
  }
  toString() {
    const terms = [];
    for (let i = this.#coeffs.length - 1; i >= 0; i--) {
      const c = this.#coeffs[i];
      if (c.isZero()) continue;
      const abs = c.num < 0 ? c.neg() : c;
      const coef = abs.toString() === '1' && i > 0 ? '' : abs.toString();
      const pow = i === 0 ? '' : i === 1 ? 'x' : `x^${i}`;
      terms.push({ neg: c.num < 0, text: coef + pow });
    }
    if (!terms.length) return '0';
    return terms.map((t, k) => (k === 0 ? (t.neg ? '-' : '') : (t.neg ? ' - ' : ' + ')) + t.text).join('');
  }
}

const p = Polynomial.fromRoots(1, -2, 3);
const q = new Polynomial([F(1, 2), 0, 2]);
console.log(`p(x) = ${p}`);
console.log(`q(x) = ${q}`);
console.log(`p + q = ${p.add(q)}`);
console.log(`p - q = ${p.sub(q)}`);
console.log(`p * q = ${p.mul(q)}`);
const { quotient, remainder } = p.divmod(q);
console.log(`p / q = ${quotient} remainder ${remainder}`);
console.log(`check: ${quotient.mul(q).add(remainder)}`);
console.log(`p'(x) = ${p.derivative()}, p''(x) = ${p.derivative().derivative()}`);
for (const x of [F(-2), F(0), F(1, 2), F(3), F(5, 3)]) {
  console.log(`  p(${x}) = ${p.evaluate(x)}   q(${x}) = ${q.evaluate(x)}`);
}
const a = Polynomial.fromRoots(2, 2, -1, 4);
const b = Polynomial.fromRoots(2, 5, -1);
console.log(`a = ${a}`);
console.log(`b = ${b}`);
console.log(`gcd(a, b) = ${Polynomial.gcd(a, b)}`);
console.log(`gcd(a, a') = ${Polynomial.gcd(a, a.derivative())}  (repeated root)`);
console.log(`degrees: ${[p, q, a, b, new Polynomial([0])].map(x => x.degree).join(', ')}`);
const roots = [-3, -2, -1, 0, 1, 2, 3, 4, 5].filter(r => p.evaluate(F(r)).isZero() || a.evaluate(F(r)).isZero());
console.log(`integer roots of p or a in [-3,5]: ${roots}`);
try {
  p.divmod(new Polynomial([0]));
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
console.log(`Fraction sum 1/3 + 1/6 + 1/2 = ${[F(1, 3), F(1, 6), F(1, 2)].reduce((s, f) => s.add(f))}`);
