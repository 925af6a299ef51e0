function charFrequency(s) {
  const freq = {};
  for (const ch of s) {
    freq[ch] = (freq[ch] || 0) + 1;
  }
  return freq;
}
const f = charFrequency("mississippi");
for (const [ch, n] of Object.entries(f)) {
  console.log(ch + ": " + n);
}
console.log(Object.keys(f).length);
