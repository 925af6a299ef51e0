<?php
$s = "  Hello, World  ";
echo "[" . trim($s) . "]\n";
$t = trim($s);
echo strtoupper($t) . " " . strtolower($t) . " " . strrev($t) . "\n";
echo strlen($t) . " " . substr($t, 0, 5) . " " . substr($t, -5) . " " . substr($t, 7, -2) . "\n";
echo ucfirst("php") . " " . ucwords("hello big world") . " " . str_repeat("ab", 3) . "\n";
echo str_replace("World", "PHP", $t) . "\n";
$pos = strpos($t, "o");
echo "first o at $pos\n";
if (strpos($t, "H") !== false) { echo "has H at " . strpos($t, "H") . "\n"; }
if (strpos($t, "z") === false) { echo "no z\n"; }
$words = explode(",", "a,b,,c");
echo count($words) . " parts: " . implode("|", $words) . "\n";
echo implode(" ", str_split("abcdef", 2)) . "\n";
echo ord("A") . " " . chr(98) . " " . str_pad("7", 3, "0", STR_PAD_LEFT) . " " . str_pad("x", 4, "-") . "\n";
echo sprintf("%5.1f|%-6s|%03d|%x|%b|%%", 3.14159, "hi", 7, 255, 5) . "\n";
echo number_format(1234567.891, 2) . " " . number_format(1234.5) . "\n";
