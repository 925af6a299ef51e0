// A tiny stack-based virtual machine with a two-pass assembler.

class VMError extends Error {
  constructor(message, pc) {
    super(pc === undefined ? message : `${message} at pc=${pc}`);
    this.name = 'VMError';
  }
}

const ARITH = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => { if (b === 0) throw new VMError('division by zero'); return Math.trunc(a / b); },
  mod: (a, b) => { if (b === 0) throw new VMError('division by zero'); return a % b; },
  lt: (a, b) => (a < b ? 1 : 0),
  eq: (a, b) => (a === b ? 1 : 0),
};

function assemble(source) {
  const labels = new Map();
  const lines = source.split('\n').map((l) => l.replace(/;.*$/, '').trim()).filter(Boolean);
  const code = [];
  for (const line of lines) {
    const label = /^(\w+):$/.exec(line);
    if (label) labels.set(label[1], code.length);
    else code.push(line.split(/\s+/));
  }
  return code.map(([op, arg], i) => {
    if (arg === undefined) return { op };
    if (/^-?\d+$/.test(arg)) return { op, arg: Number(arg) };
    if (/^[a-z]$/.test(arg) && ['load', 'store'].includes(op)) return { op, arg };
    if (!labels.has(arg)) throw new VMError(`unknown label "${arg}"`, i);
    return { op, arg: labels.get(arg) };
  });
}

class Machine {
  #stack = [];
  #calls = [];
  #regs = {};
  output = [];
  steps = 0;

  constructor(code, { maxSteps = 10000 } = {}) {
    this.code = code;
    this.maxSteps = maxSteps;
  }

  #pop(pc) {
    if (this.#stack.length === 0) throw new VMError('stack underflow', pc);
    return this.#stack.pop();
  }

  run() {
    let pc = 0;
    while (pc < this.code.length) {
      if (++this.steps > this.maxSteps) throw new VMError(`step limit ${this.maxSteps} exceeded`, pc);
      const { op, arg } = this.code[pc];
      let next = pc + 1;
      switch (op) {
        case 'push': this.#stack.push(arg); break;
        case 'pop': this.#pop(pc); break;
        case 'dup': { const v = this.#pop(pc); this.#stack.push(v, v); break; }
        case 'swap': { const b = this.#pop(pc), a = this.#pop(pc); this.#stack.push(b, a); break; }
        case 'load': this.#stack.push(this.#regs[arg] ?? 0); break;
        case 'store': this.#regs[arg] = this.#pop(pc); break;
        case 'jmp': next = arg; break;
        case 'jz': if (this.#pop(pc) === 0) next = arg; break;
        case 'call': this.#calls.push(next); next = arg; break;
        case 'ret':
          if (!this.#calls.length) throw new VMError('return without call', pc);
          next = this.#calls.pop();
          break;
        case 'print': this.output.push(this.#pop(pc)); break;
        case 'halt': return this;
        default: {
          const fn = ARITH[op];
          if (!fn) throw new VMError(`unknown opcode "${op}"`, pc);
          const b = this.#pop(pc), a = this.#pop(pc);
          try { this.#stack.push(fn(a, b)); } catch (e) { throw new VMError(e.message, pc); }
        }
      }
      pc = next;
    }
    return this;
  }

  get depth() { return this.#stack.length; }
}

const programs = {
  factorial: 'push 1\n store a\n push 10\n store n\n loop: load n\n jz done\n load a\n load n\n mul\n store a\n'
    + ' load n\n push 1\n sub\n store n\n jmp loop\n done: load a\n print\n halt',
  fibonacci: 'push 0\n store a\n push 1\n store b\n push 12\n store n\n next: load n\n jz end\n load a\n print\n'
    + ' load a\n load b\n dup\n store a\n add\n store b\n load n\n push -1\n add\n store n\n jmp next\n end: halt',
  subroutine: 'push 17\n call square\n print\n push 6\n call square\n call square\n print\n halt\n square: dup\n mul\n ret',
  gcd: 'push 1071\n store a\n push 462\n store b\n top: load b\n jz out\n load a\n load b\n mod\n load b\n store a\n store b\n jmp top\n out: load a\n print',
  countdown: 'push 5\n again: dup\n print\n push 1\n sub\n dup\n jz stop\n jmp again\n stop: pop\n push 3\n push 7\n lt\n print',
  divzero: 'push 5\n push 0\n div\n print',
  underflow: 'push 1\n add',
  forever: 'spin: jmp spin',
  badlabel: 'jmp nowhere',
  opcode: 'push 2\n push 3\n pow',
};

const fixLabels = (src) => src.replace(/^\s*(\w+):\s+(.+)$/gm, '$1:\n$2');
for (const [name, src] of Object.entries(programs)) {
  try {
    const vm = new Machine(assemble(fixLabels(src)), { maxSteps: 500 }).run();
    console.log(`${name.padEnd(10)} ok   steps=${String(vm.steps).padStart(3)} depth=${vm.depth} out=[${vm.output.join(', ')}]`);
  } catch (err) {
    if (!(err instanceof VMError)) throw err;
    console.log(`${name.padEnd(10)} FAIL ${err.message}`);
  }
}
const listing = assemble(fixLabels(programs.subroutine));
console.log('Listing of "subroutine":');
listing.forEach(({ op, arg }, i) => console.log(`  ${String(i).padStart(3, '0')}  ${op.padEnd(6)}${arg ?? ''}`.trimEnd()));
const histogram = Object.values(programs).flatMap((src) => fixLabels(src).match(/^\s*[a-z]+(?=\s|$)/gm) ?? [])
  .map((s) => s.trim()).reduce((m, op) => m.set(op, (m.get(op) ?? 0) + 1), new Map());
const top = [...histogram].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, 5);
console.log('Most used opcodes: ' + top.map(([op, n]) => `${op}x${n}`).join(' '));
