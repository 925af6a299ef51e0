<?php
function reverseWords($s) {
    $words = explode(" ", $s);
    $result = [];
    for ($i = count($words) - 1; $i >= 0; $i--) {
        $result[] = $words[$i];
    }
    return implode(" ", $result);
}
function isAnagram($a, $b) {
    $x = str_split(strtolower($a));
    $y = str_split(strtolower($b));
    sort($x);
    sort($y);
    return $x == $y;
}
function capitalizeWords($s) {
    $out = "";
    $cap = true;
    for ($i = 0; $i < strlen($s); $i++) {
        $ch = $s[$i];
        $out .= $cap ? strtoupper($ch) : $ch;
        $cap = $ch == " ";
    }
    return $out;
}
echo reverseWords("geeks for geeks is great") . "\n";
echo (isAnagram("Listen", "Silent") ? "anagram" : "not anagram") . "\n";
echo (isAnagram("abc", "abd") ? "anagram" : "not anagram") . "\n";
echo capitalizeWords("hello there general kenobi") . "\n";
