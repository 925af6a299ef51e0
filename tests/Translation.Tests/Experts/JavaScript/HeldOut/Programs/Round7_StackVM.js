// A tiny stack-based VM: assembler with labels, then execution with tracing.
class VMError extends Error {
  constructor(message, pc) {
    super(`${message} at pc=${pc}`);
    this.name = 'VMError';
    this.pc = pc;
  }
}

const OPCODES = ['PUSH', 'POP', 'ADD', 'SUB', 'MUL', 'DIV', 'MOD', 'DUP', 'SWAP', 'OVER',
  'LOAD', 'STORE', 'JMP', 'JZ', 'JNZ', 'LT', 'EQ', 'PRINT', 'CALL', 'RET', 'HALT'];
const OP = Object.fromEntries(OPCODES.map((name, i) => [name, i]));
const TAKES_ARG = new Set(['PUSH', 'LOAD', 'STORE', 'JMP', 'JZ', 'JNZ', 'CALL']);

function assemble(source) {
  const labels = {};
  const pending = [];
  const lines = source.split(/[\n|]/).map(l => l.replace(/;.*$/, '').trim()).filter(Boolean);
  for (const line of lines) {
    const labelMatch = line.match(/^([a-z_]\w*):$/i);
    if (labelMatch) {
      labels[labelMatch[1]] = pending.reduce((n, ins) => n + (ins.arg !== undefined ? 2 : 1), 0);
      continue;
    }
    const [mnemonic, arg] = line.split(/\s+/);
    const name = mnemonic.toUpperCase();
    if (!(name in OP)) throw new SyntaxError(`unknown mnemonic ${mnemonic}`);
    pending.push(TAKES_ARG.has(name) ? { name, arg } : { name });
  }
  assemble.lastLabels = labels;
  return pending.flatMap(({ name, arg }) => {
    if (arg === undefined) return [OP[name]];
    const value = /^-?\d+$/.test(arg) ? Number(arg) : labels[arg];
    if (value === undefined) throw new SyntaxError(`undefined label ${arg}`);
    return [OP[name], value];
  });
}

class VM {
  #stack = [];
  #frames = [];
  constructor(code, { memorySize = 16, maxSteps = 10000 } = {}) {
    this.code = code;
    this.memory = new Array(memorySize).fill(0);
    this.maxSteps = maxSteps;
    this.output = [];
    this.steps = 0;
  }
  pop(pc) {
    if (this.#stack.length === 0) throw new VMError('stack underflow', pc);
    return this.#stack.pop();
  }
  push(v) {
    this.#stack.push(v | 0);
  }
  run() {
    let pc = 0;
    const bin = (pc, fn) => { const b = this.pop(pc), a = this.pop(pc); this.push(fn(a, b)); };
    while (pc < this.code.length) {
      if (++this.steps > this.maxSteps) throw new VMError('step limit exceeded', pc);
      const at = pc;
      const op = this.code[pc++];
      switch (OPCODES[op]) {
        case 'PUSH': this.push(this.code[pc++]); break;
        case 'POP': this.pop(at); break;
        case 'ADD': bin(at, (a, b) => a + b); break;
        case 'SUB': bin(at, (a, b) => a - b); break;
        case 'MUL': bin(at, (a, b) => Math.imul(a, b)); break;
        case 'DIV':
        case 'MOD': {
          const b = this.pop(at), a = this.pop(at);
          if (b === 0) throw new VMError('division by zero', at);
          this.push(OPCODES[op] === 'DIV' ? Math.trunc(a / b) : a % b);
          break;
        }
        case 'DUP': { const v = this.pop(at); this.push(v); this.push(v); break; }
        case 'SWAP': { const b = this.pop(at), a = this.pop(at); this.push(b); this.push(a); break; }
        case 'OVER': { const b = this.pop(at), a = this.pop(at); this.push(a); this.push(b); this.push(a); break; }
        case 'LOAD': this.push(this.memory[this.code[pc++]]); break;
        case 'STORE': this.memory[this.code[pc++]] = this.pop(at); break;
        case 'JMP': pc = this.code[pc]; break;
        case 'JZ': { const t = this.code[pc++]; if (this.pop(at) === 0) pc = t; break; }
        case 'JNZ': { const t = this.code[pc++]; if (this.pop(at) !== 0) pc = t; break; }
        case 'LT': bin(at, (a, b) => (a < b ? 1 : 0)); break;
        case 'EQ': bin(at, (a, b) => (a === b ? 1 : 0)); break;
        case 'PRINT': this.output.push(this.pop(at)); break;
        case 'CALL': this.#frames.push(pc + 1); pc = this.code[pc]; break;
        case 'RET':
          if (!this.#frames.length) throw new VMError('return without call', at);
          pc = this.#frames.pop();
          break;
        case 'HALT': return this.#stack.slice();
        default: throw new VMError(`bad opcode ${op}`, at);
      }
    }
    return this.#stack.slice();
  }
}

const programs = {
  factorials: `push 1 | store 0 | push 1 | store 1   ; i = 1, acc = 1
    loop: | load 1 | load 0 | mul | dup | store 1 | print
    load 0 | push 1 | add | dup | store 0 | push 11 | lt | jnz loop | halt`,
  gcdCalls: `push 1071 | push 462 | call gcd | print
    push 270 | push 192 | call gcd | print | halt
    gcd: | dup | jz done | swap | over | mod | jmp gcd
    done: | pop | ret`,
  broken: `push 5\npush 0\ndiv\nprint`,
  forever: `top:\npush 1\njmp top`,
};

for (const [name, src] of Object.entries(programs)) {
  const code = assemble(src);
  console.log(`== ${name} (${code.length} words) ==`);
  console.log(`   bytecode: ${code.slice(0, 16).map(n => n.toString(16).padStart(2, '0')).join(' ')}${code.length > 16 ? ' …' : ''}`);
  const labelText = Object.entries(assemble.lastLabels).map(([k, v]) => `${k}@${v}`).join(' ');
  console.log(`   labels: ${labelText || '(none)'}`);
  const vm = new VM(code, { maxSteps: 500 });
  try {
    const stack = vm.run();
    console.log(`   output: ${vm.output.join(', ')}`);
    console.log(`   final stack: [${stack}] after ${vm.steps} steps`);
  } catch (e) {
    console.log(`   ${e.name}: ${e.message} (output so far: ${JSON.stringify(vm.output)})`);
  }
}
try {
  assemble('push 1\njmp nowhere');
} catch (e) {
  console.log(`Assembler ${e.name}: ${e.message}`);
}
