function flatten(arr) {
  let out = [];
  for (const item of arr) {
    if (Array.isArray(item)) {
      out = out.concat(flatten(item));
    } else {
      out.push(item);
    }
  }
  return out;
}
console.log(flatten([1, [2, [3, [4]], 5], [[6]]]).join(","));
