<?php
function wordCount($text) {
    $words = explode(" ", strtolower($text));
    $freq = [];
    foreach ($words as $w) {
        if ($w == "") continue;
        $freq[$w] = ($freq[$w] ?? 0) + 1;
    }
    return $freq;
}
$freq = wordCount("the quick brown fox jumps over the lazy dog the end");
foreach ($freq as $w => $n) {
    if ($n > 1) echo "$w: $n\n";
}
echo "distinct: " . count($freq) . "\n";
