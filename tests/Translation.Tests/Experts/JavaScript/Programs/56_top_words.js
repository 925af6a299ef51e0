function topWords(text, k) {
  const counts = {};
  text.toLowerCase().split(" ").forEach(w => {
    counts[w] = (counts[w] || 0) + 1;
  });
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, k)
    .map(([w, n]) => `${w}=${n}`);
}
console.log(topWords("b a c b a b d c", 3).join(" "));
