<?php
function compress($s) {
    if ($s === "") return "";
    $out = "";
    $count = 1;
    for ($i = 1; $i <= strlen($s); $i++) {
        if ($i < strlen($s) && $s[$i] === $s[$i - 1]) {
            $count++;
        } else {
            $out .= $s[$i - 1] . ($count > 1 ? $count : "");
            $count = 1;
        }
    }
    return strlen($out) < strlen($s) ? $out : $s;
}
function firstUnique($s) {
    $freq = array_count_values(str_split($s));
    foreach (str_split($s) as $i => $c) {
        if ($freq[$c] == 1) return $i;
    }
    return -1;
}
foreach (["aabcccccaaa", "abc", "aaaaaaaaaaaab", ""] as $s) echo "[$s] -> [" . compress($s) . "]\n";
echo firstUnique("leetcode") . " " . firstUnique("loveleetcode") . " " . firstUnique("aabb") . "\n";
