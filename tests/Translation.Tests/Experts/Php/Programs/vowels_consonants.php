<?php
function countVowels($s) {
    $vowels = 0; $consonants = 0; $digits = 0; $spaces = 0;
    $s = strtolower($s);
    for ($i = 0; $i < strlen($s); $i++) {
        $c = $s[$i];
        if (strpos("aeiou", $c) !== false) $vowels++;
        elseif ($c >= 'a' && $c <= 'z') $consonants++;
        elseif ($c >= '0' && $c <= '9') $digits++;
        elseif ($c == ' ') $spaces++;
    }
    return [$vowels, $consonants, $digits, $spaces];
}
[$v, $c, $d, $sp] = countVowels("Geeks for Geeks 2024 Edition");
echo "Vowels: $v\nConsonants: $c\nDigits: $d\nSpaces: $sp\n";
