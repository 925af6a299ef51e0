<?php
function evaluateRPN($tokens) {
    $stack = [];
    foreach ($tokens as $t) {
        if (is_numeric($t)) {
            $stack[] = (int)$t;
            continue;
        }
        $b = array_pop($stack);
        $a = array_pop($stack);
        switch ($t) {
            case '+': $stack[] = $a + $b; break;
            case '-': $stack[] = $a - $b; break;
            case '*': $stack[] = $a * $b; break;
            case '/': $stack[] = intdiv($a, $b); break;
        }
    }
    return array_pop($stack);
}
echo evaluateRPN(["2", "1", "+", "3", "*"]) . "\n";
echo evaluateRPN(["4", "13", "5", "/", "+"]) . "\n";
echo evaluateRPN(["10", "6", "9", "3", "+", "-11", "*", "/", "*", "17", "+", "5", "+"]) . "\n";
