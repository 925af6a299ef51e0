const VOWELS = "aeiou";
function vowelStats(sentence) {
  const words = sentence.split(" ");
  const stats = words.map(w => {
    let v = 0;
    for (const ch of w.toLowerCase()) {
      if (VOWELS.includes(ch)) v++;
    }
    return { word: w, vowels: v };
  });
  const total = stats.reduce((sum, s) => sum + s.vowels, 0);
  const top = stats.reduce((best, s) => (s.vowels > best.vowels ? s : best));
  return `${total} vowels, most in "${top.word}" (${(total / words.length).toFixed(2)} per word)`;
}
console.log(vowelStats("The quick brown fox jumps over the lazy dog"));
