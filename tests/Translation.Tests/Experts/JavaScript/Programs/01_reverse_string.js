function reverseString(s) {
  let out = "";
  for (let i = s.length - 1; i >= 0; i--) {
    out += s[i];
  }
  return out;
}
console.log(reverseString("geeksforgeeks"));
console.log(reverseString(""));
