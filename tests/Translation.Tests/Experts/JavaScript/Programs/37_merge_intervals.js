function merge(intervals) {
  intervals.sort((a, b) => a[0] - b[0]);
  const result = [intervals[0]];
  for (const [s, e] of intervals.slice(1)) {
    const last = result[result.length - 1];
    if (s <= last[1]) {
      last[1] = Math.max(last[1], e);
    } else {
      result.push([s, e]);
    }
  }
  return result;
}
console.log(JSON.stringify(merge([[1, 3], [8, 10], [2, 6], [15, 18]])));
