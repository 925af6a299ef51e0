<?php
function lcs($a, $b) {
    $m = strlen($a); $n = strlen($b);
    $dp = array_fill(0, $m + 1, array_fill(0, $n + 1, 0));
    for ($i = 1; $i <= $m; $i++) {
        for ($j = 1; $j <= $n; $j++) {
            if ($a[$i - 1] == $b[$j - 1]) $dp[$i][$j] = $dp[$i - 1][$j - 1] + 1;
            else $dp[$i][$j] = max($dp[$i - 1][$j], $dp[$i][$j - 1]);
        }
    }
    return $dp[$m][$n];
}
function knapsack($W, $wt, $val) {
    $n = count($wt);
    $dp = array_fill(0, $W + 1, 0);
    for ($i = 0; $i < $n; $i++) {
        for ($w = $W; $w >= $wt[$i]; $w--) {
            $dp[$w] = max($dp[$w], $dp[$w - $wt[$i]] + $val[$i]);
        }
    }
    return $dp[$W];
}
echo lcs("AGGTAB", "GXTXAYB") . "\n";
echo knapsack(50, [10, 20, 30], [60, 100, 120]) . "\n";
