function fib(n) {
  const dp = new Array(n + 1).fill(0);
  dp[1] = 1;
  for (let i = 2; i <= n; i++) {
    dp[i] = dp[i - 1] + dp[i - 2];
  }
  return dp[n];
}
for (let n = 1; n <= 10; n++) {
  console.log(`fib(${n}) = ${fib(n)}`);
}
