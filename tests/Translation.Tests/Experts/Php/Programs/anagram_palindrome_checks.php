<?php
function canFormPalindrome($s) {
    $counts = count_chars_free($s);
    $odd = 0;
    foreach ($counts as $c) {
        if ($c % 2 == 1) $odd++;
    }
    return $odd <= 1;
}
function count_chars_free($s) {
    $m = [];
    foreach (str_split($s) as $ch) {
        $m[$ch] = isset($m[$ch]) ? $m[$ch] + 1 : 1;
    }
    return $m;
}
function minDeletions($s) {
    $n = strlen($s);
    $dp = array_fill(0, $n, array_fill(0, $n, 0));
    for ($len = 2; $len <= $n; $len++) {
        for ($i = 0; $i + $len - 1 < $n; $i++) {
            $j = $i + $len - 1;
            if ($s[$i] == $s[$j]) $dp[$i][$j] = $dp[$i + 1][$j - 1];
            else $dp[$i][$j] = 1 + min($dp[$i + 1][$j], $dp[$i][$j - 1]);
        }
    }
    return $n > 0 ? $dp[0][$n - 1] : 0;
}
foreach (["civic", "ivicc", "hello", "aabbccd"] as $w) {
    echo "$w: " . (canFormPalindrome($w) ? "yes" : "no") . ", deletions " . minDeletions($w) . "\n";
}
