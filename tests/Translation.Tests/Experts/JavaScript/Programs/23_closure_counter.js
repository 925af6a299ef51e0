function makeCounter(start = 0) {
  let count = start;
  function next() {
    count += 1;
    return count;
  }
  return next;
}
const c1 = makeCounter();
const c2 = makeCounter(10);
c1();
c1();
console.log(c1(), c2(), c2());
