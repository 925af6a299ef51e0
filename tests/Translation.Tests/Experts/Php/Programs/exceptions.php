<?php
function divide($a, $b) {
    if ($b == 0) {
        throw new InvalidArgumentException("Division by zero requested");
    }
    return $a / $b;
}
class NegativeException extends Exception {}
function checkAge($age) {
    if ($age < 0) throw new NegativeException("Age cannot be negative: $age");
    return "ok";
}
foreach ([[10, 2], [1, 0], [9, 3]] as [$a, $b]) {
    try {
        echo divide($a, $b) . "\n";
    } catch (InvalidArgumentException $e) {
        echo "Error: " . $e->getMessage() . "\n";
    } finally {
        echo "done $a/$b\n";
    }
}
try {
    echo checkAge(5) . "\n";
    echo checkAge(-3) . "\n";
} catch (Exception $e) {
    echo "Caught: " . $e->getMessage() . "\n";
}
