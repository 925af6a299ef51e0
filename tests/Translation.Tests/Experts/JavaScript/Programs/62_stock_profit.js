function maxProfit(prices) {
  let minPrice = Infinity;
  let profit = 0;
  for (const p of prices) {
    minPrice = Math.min(minPrice, p);
    profit = Math.max(profit, p - minPrice);
  }
  return profit;
}
const cases = [[7, 1, 5, 3, 6, 4], [7, 6, 4, 3, 1], [2, 4, 1, 11]];
cases.forEach((c, i) => console.log(`case ${i + 1}: ${maxProfit(c)}`));
