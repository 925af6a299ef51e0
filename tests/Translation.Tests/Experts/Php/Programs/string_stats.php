<?php
$text = "The quick brown fox jumps over the lazy dog. The dog sleeps.";
$sentences = explode(".", $text);
$sentences = array_filter(array_map('trim', $sentences));
echo "Sentences: " . count($sentences) . "\n";
$words = explode(" ", strtolower(str_replace(".", "", $text)));
$lengths = array_map('strlen', $words);
echo "Words: " . count($words) . ", longest: " . max($lengths) . ", average: " . round(array_sum($lengths) / count($lengths), 2) . "\n";
$longest = "";
foreach ($words as $w) {
    if (strlen($w) > strlen($longest)) $longest = $w;
}
echo "Longest word: $longest\n";
echo "Title: " . ucwords(strtolower($text)) . "\n";
echo "Has 'fox': " . (str_contains($text, "fox") ? "yes" : "no") . "\n";
echo substr_count($text, "the") . " " . substr_count(strtolower($text), "the") . "\n";
