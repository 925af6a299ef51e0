import java.util.Arrays;

public class Main {
    static long[] memo = new long[91];

    static long fibMemo(int n) {
        if (n < 2) return n;
        if (memo[n] != 0) return memo[n];
        return memo[n] = fibMemo(n - 1) + fibMemo(n - 2);
    }

    static int knapsack(int[] weights, int[] values, int capacity) {
        int n = weights.length;
        int[][] dp = new int[n + 1][capacity + 1];
        for (int i = 1; i <= n; i++) {
            for (int w = 0; w <= capacity; w++) {
                dp[i][w] = dp[i - 1][w];
                if (weights[i - 1] <= w) {
                    dp[i][w] = Math.max(dp[i][w], dp[i - 1][w - weights[i - 1]] + values[i - 1]);
                }
            }
        }
        return dp[n][capacity];
    }

    static String lcs(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--)
            for (int j = b.length() - 1; j >= 0; j--)
                t[i][j] = a.charAt(i) == b.charAt(j) ? 1 + t[i + 1][j + 1] : Math.max(t[i + 1][j], t[i][j + 1]);
        StringBuilder sb = new StringBuilder();
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) { sb.append(a.charAt(i)); i++; j++; }
            else if (t[i + 1][j] >= t[i][j + 1]) i++;
            else j++;
        }
        return sb.toString();
    }

    static int coinChange(int[] coins, int amount) {
        int[] dp = new int[amount + 1];
        Arrays.fill(dp, Integer.MAX_VALUE);
        dp[0] = 0;
        for (int a = 1; a <= amount; a++)
            for (int c : coins)
                if (c <= a && dp[a - c] != Integer.MAX_VALUE)
                    dp[a] = Math.min(dp[a], dp[a - c] + 1);
        return dp[amount] == Integer.MAX_VALUE ? -1 : dp[amount];
    }

    static int editDistance(String s, String t) {
        int[][] d = new int[s.length() + 1][t.length() + 1];
        for (int i = 0; i <= s.length(); i++) d[i][0] = i;
        for (int j = 0; j <= t.length(); j++) d[0][j] = j;
        for (int i = 1; i <= s.length(); i++)
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
            }
        return d[s.length()][t.length()];
    }

    public static void main(String[] args) {
        System.out.println("fib(50) = " + fibMemo(50));
        System.out.println("fib(90) = " + fibMemo(90));
        int[] w = {1, 3, 4, 5};
        int[] v = {1, 4, 5, 7};
        System.out.println("knapsack(7) = " + knapsack(w, v, 7));
        System.out.println("knapsack(10) = " + knapsack(w, v, 10));
        System.out.println("lcs = " + lcs("AGGTAB", "GXTXAYB"));
        System.out.println("coins(11) = " + coinChange(new int[] {1, 2, 5}, 11));
        System.out.println("coins(3, {2}) = " + coinChange(new int[] {2}, 3));
        System.out.println("edit(kitten, sitting) = " + editDistance("kitten", "sitting"));
        int[] ways = new int[11];
        ways[0] = 1;
        for (int step = 1; step <= 2; step++)
            for (int i = step; i <= 10; i++) ways[i] += ways[i - step];
        System.out.println("ways: " + Arrays.toString(ways));
    }
}
