function groupAnagrams(words) {
  const groups = new Map();
  for (const w of words) {
    const key = w.split("").sort().join("");
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(w);
  }
  return [...groups.values()];
}
for (const g of groupAnagrams(["eat", "tea", "tan", "ate", "nat", "bat"])) {
  console.log(g.join(","));
}
