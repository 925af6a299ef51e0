let moves = 0;
function hanoi(n, from, to, via, log) {
  if (n === 0) return;
  hanoi(n - 1, from, via, to, log);
  moves++;
  if (log) console.log(`Move disk ${n} from ${from} to ${to}`);
  hanoi(n - 1, via, to, from, log);
}
hanoi(3, "A", "C", "B", true);
console.log("moves:", moves);
moves = 0;
hanoi(10, "A", "C", "B", false);
console.log("moves for 10:", moves, 2 ** 10 - 1);
