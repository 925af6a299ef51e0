function isValid(s) {
  const stack = [];
  const match = new Map([[")", "("], ["]", "["], ["}", "{"]]);
  for (const ch of s) {
    if (match.has(ch)) {
      if (stack.length === 0 || stack.pop() !== match.get(ch)) return false;
    } else {
      stack.push(ch);
    }
  }
  return stack.length === 0;
}
console.log(["()", "()[]{}", "(]", "([)]", "{[]}", "(("].map(isValid).join(" "));
