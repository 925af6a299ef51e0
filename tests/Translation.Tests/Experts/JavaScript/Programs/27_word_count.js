function wordCount(text) {
  const counts = new Map();
  for (const w of text.toLowerCase().split(" ")) {
    if (w.length === 0) continue;
    counts.set(w, (counts.get(w) || 0) + 1);
  }
  const entries = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return entries.slice(0, 3);
}
for (const [w, n] of wordCount("the cat and the dog and the bird")) {
  console.log(`${w} -> ${n}`);
}
