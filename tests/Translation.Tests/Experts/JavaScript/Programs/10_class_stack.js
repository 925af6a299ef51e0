class Stack {
  constructor() {
    this.items = [];
  }
  push(x) { this.items.push(x); }
  pop() { return this.items.pop(); }
  peek() { return this.items[this.items.length - 1]; }
  isEmpty() { return this.items.length === 0; }
  get size() { return this.items.length; }
}
function balanced(expr) {
  const st = new Stack();
  const pairs = { ")": "(", "]": "[", "}": "{" };
  for (const c of expr) {
    if (c === "(" || c === "[" || c === "{") st.push(c);
    else if (c in pairs) {
      if (st.isEmpty() || st.pop() !== pairs[c]) return false;
    }
  }
  return st.isEmpty();
}
console.log(balanced("{[()]}"), balanced("([)]"), balanced("(("));
const s = new Stack();
s.push(3); s.push(4);
console.log(s.size, s.peek());
