function compress(s) {
  let result = "";
  let count = 1;
  for (let i = 1; i <= s.length; i++) {
    if (i < s.length && s[i] === s[i - 1]) {
      count++;
    } else {
      result += s[i - 1] + (count > 1 ? count : "");
      count = 1;
    }
  }
  return result.length < s.length ? result : s;
}
console.log(compress("aabcccccaaa"), compress("abc"), compress("zzzzzzzzzzzz"));
