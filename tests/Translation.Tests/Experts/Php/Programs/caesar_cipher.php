<?php
function caesar(string $text, int $shift): string {
    $out = "";
    $shift = ($shift % 26 + 26) % 26;
    for ($i = 0; $i < strlen($text); $i++) {
        $c = $text[$i];
        if (ctype_upper($c)) {
            $out .= chr((ord($c) - 65 + $shift) % 26 + 65);
        } elseif (ctype_lower($c)) {
            $out .= chr((ord($c) - 97 + $shift) % 26 + 97);
        } else {
            $out .= $c;
        }
    }
    return $out;
}
$msg = "Hello, World! Zebra-123";
$enc = caesar($msg, 3);
echo $enc . "\n";
echo caesar($enc, -3) . "\n";
echo caesar("abc", 29) . "\n";
