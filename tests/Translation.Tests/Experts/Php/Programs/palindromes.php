<?php
function isPalindrome($s) {
    $clean = strtolower(preg_replace_free($s));
    return $clean == strrev($clean);
}
function preg_replace_free($s) {
    $out = "";
    for ($i = 0; $i < strlen($s); $i++) {
        if (ctype_alnum($s[$i])) {
            $out .= $s[$i];
        }
    }
    return $out;
}
function longestPalindrome($s) {
    $n = strlen($s);
    $best = "";
    for ($c = 0; $c < $n; $c++) {
        foreach ([0, 1] as $odd) {
            $l = $c;
            $r = $c + $odd;
            while ($l >= 0 && $r < $n && $s[$l] == $s[$r]) {
                $l--;
                $r++;
            }
            if ($r - $l - 1 > strlen($best)) {
                $best = substr($s, $l + 1, $r - $l - 1);
            }
        }
    }
    return $best;
}
foreach (["A man, a plan, a canal: Panama", "race a car", "Was it a car or a cat I saw"] as $s) {
    echo $s . " -> " . (isPalindrome($s) ? "yes" : "no") . "\n";
}
echo longestPalindrome("babad") . " " . longestPalindrome("forgeeksskeegfor") . "\n";
