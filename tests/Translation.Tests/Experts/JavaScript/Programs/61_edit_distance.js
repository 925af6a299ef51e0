function editDistance(a, b) {
  const dp = [];
  for (let i = 0; i <= a.length; i++) {
    dp.push([]);
    for (let j = 0; j <= b.length; j++) {
      if (i === 0) dp[i].push(j);
      else if (j === 0) dp[i].push(i);
      else if (a[i - 1] === b[j - 1]) dp[i].push(dp[i - 1][j - 1]);
      else dp[i].push(1 + Math.min(dp[i - 1][j], dp[i][j - 1], dp[i - 1][j - 1]));
    }
  }
  return dp[a.length][b.length];
}
console.log(editDistance("kitten", "sitting"), editDistance("", "abc"), editDistance("sunday", "saturday"));
